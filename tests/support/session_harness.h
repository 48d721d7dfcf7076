// Test helpers for the core's sessions: a thread-safe recording listener with bounded waits,
// and an RAII thread that runs a session and always stops and joins it, even when a test fails.
#pragma once

#include "core/call_event.h"
#include "core/errors.h"
#include "core/session.h"
#include "core/tcp_client.h"
#include "core/tcp_server.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace socketlab::tests {

using namespace std::chrono_literals;

// Generous bound for anything that should happen "soon" on loopback: a wait that reaches it
// means the test failed, never that the machine was slow.
inline constexpr int kWaitMs = 10000;

// Records every call event, thread-safely.
class RecordingSink : public core::CallSink {
public:
    void onCall(const core::CallEvent& event) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_events.push_back(event);
    }
    std::vector<core::CallEvent> events() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_events;
    }
    void clear()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_events.clear();
    }

private:
    mutable std::mutex m_mutex;
    std::vector<core::CallEvent> m_events;
};

inline std::vector<std::string> callNames(const std::vector<core::CallEvent>& events)
{
    std::vector<std::string> names;
    for (const auto& event : events)
        names.push_back(event.call);
    return names;
}

inline std::vector<core::CallEvent> eventsNamed(const std::vector<core::CallEvent>& events, const std::string& call)
{
    std::vector<core::CallEvent> out;
    for (const auto& event : events) {
        if (event.call == call)
            out.push_back(event);
    }
    return out;
}

inline std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty())
            out += ", ";
        out += part;
    }
    return out;
}

struct ClosedRecord {
    core::ConnectionId id = 0;
    core::CloseReason reason = core::CloseReason::PeerClosed;
    core::ConnectionTotals totals;
    std::optional<core::Error> error;
};

struct DatagramRecord {
    core::Endpoint peer;
    std::string data;
};

// A SessionListener that keeps everything it is told, under a mutex, and lets the test thread
// wait (bounded) for a condition on what it has seen. Callbacks arrive on the session thread.
class RecordingListener : public core::SessionListener {
public:
    // State seen by waitFor() predicates; read it only inside a predicate or through snapshot().
    struct State {
        std::vector<core::CallEvent> calls;
        std::optional<core::Endpoint> ready;
        std::vector<std::pair<core::ConnectionId, core::Endpoint>> opened;
        std::map<core::ConnectionId, std::string> received;
        std::map<core::ConnectionId, std::size_t> receiveCalls;
        std::vector<std::size_t> receiveSizes;
        std::map<core::ConnectionId, std::string> sent;
        std::vector<core::ConnectionId> peerFinished;
        std::vector<ClosedRecord> closed;
        std::vector<DatagramRecord> datagrams;
        std::vector<DatagramRecord> datagramsSent;
        std::vector<core::Error> problems;
        std::map<core::ConnectionId, std::vector<core::TcpState>> tcpStates; // each change, in order
    };

    void onCall(const core::CallEvent& event) override
    {
        update([&](State& s) { s.calls.push_back(event); });
    }
    void onReady(const core::Endpoint& local) override
    {
        update([&](State& s) { s.ready = local; });
    }
    void onConnectionOpened(core::ConnectionId id, const core::Endpoint& peer) override
    {
        update([&](State& s) { s.opened.emplace_back(id, peer); });
    }
    void onReceived(core::ConnectionId id, const char* data, std::size_t size) override
    {
        update([&](State& s) {
            s.received[id].append(data, size);
            ++s.receiveCalls[id];
            s.receiveSizes.push_back(size);
        });
    }
    void onSent(core::ConnectionId id, const char* data, std::size_t size) override
    {
        update([&](State& s) { s.sent[id].append(data, size); });
    }
    void onPeerFinished(core::ConnectionId id) override
    {
        update([&](State& s) { s.peerFinished.push_back(id); });
    }
    void onConnectionClosed(core::ConnectionId id, core::CloseReason reason, const core::ConnectionTotals& totals,
        const core::Error* error) override
    {
        update([&](State& s) {
            ClosedRecord record;
            record.id = id;
            record.reason = reason;
            record.totals = totals;
            if (error)
                record.error = *error;
            s.closed.push_back(record);
        });
    }
    void onDatagram(const core::Endpoint& from, const char* data, std::size_t size) override
    {
        update([&](State& s) { s.datagrams.push_back({from, std::string(data, size)}); });
    }
    void onDatagramSent(const core::Endpoint& to, const char* data, std::size_t size) override
    {
        update([&](State& s) { s.datagramsSent.push_back({to, std::string(data, size)}); });
    }
    void onProblem(const core::Error& error) override
    {
        update([&](State& s) { s.problems.push_back(error); });
    }
    void onTcpState(core::ConnectionId id, core::TcpState state) override
    {
        update([&](State& s) { s.tcpStates[id].push_back(state); });
    }

    // Waits until `predicate(state)` holds, at most timeoutMs. Returns whether it held.
    bool waitFor(const std::function<bool(const State&)>& predicate, int timeoutMs = kWaitMs)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return predicate(m_state); });
    }

    State snapshot() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_state;
    }

    // The local address from onReady, waiting for it; invalid if it never came.
    core::Endpoint waitReady(int timeoutMs = kWaitMs)
    {
        if (!waitFor([](const State& s) { return s.ready.has_value(); }, timeoutMs))
            return {};
        return *snapshot().ready;
    }

    std::vector<std::string> callNames() const { return tests::callNames(snapshot().calls); }

private:
    template<typename F>
    void update(F&& change)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            change(m_state);
        }
        m_changed.notify_all();
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    State m_state;
};

// Runs session.run() on a std::thread. The destructor stops the session and joins the thread,
// so a failing QVERIFY (which returns early) never leaves a thread or a socket behind.
class SessionThread {
public:
    using Clock = std::chrono::steady_clock;

    explicit SessionThread(core::Session& session)
        : m_session(session)
    {
        m_thread = std::thread([this] {
            core::Result<void> result = m_session.run();
            const auto end = Clock::now();
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_finished = true;
                m_endTime = end;
                if (!result.ok())
                    m_error = result.error();
            }
            m_done.notify_all();
        });
    }
    ~SessionThread()
    {
        m_session.stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    SessionThread(const SessionThread&) = delete;
    SessionThread& operator=(const SessionThread&) = delete;

    // Waits for run() to return; false if it did not within timeoutMs.
    bool waitFinished(int timeoutMs = kWaitMs)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        return m_done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_finished; });
    }
    bool finished() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_finished;
    }
    // run()'s error, if it returned one (valid once finished).
    std::optional<core::Error> error() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_error;
    }
    Clock::time_point endTime() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_endTime;
    }
    // Stops and joins now (the destructor does the same; joining twice is harmless).
    void stopAndJoin()
    {
        m_session.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    core::Session& m_session;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    Clock::time_point m_endTime;
    std::optional<core::Error> m_error;
};

// A server on 127.0.0.1; port "0" lets the system pick one.
inline core::TcpServerOptions serverOptions(core::ReplyMode mode, const std::string& port = "0")
{
    core::TcpServerOptions options;
    options.host = "127.0.0.1";
    options.port = port;
    options.mode = mode;
    return options;
}

// A client of 127.0.0.1:port whose connect waits no longer than a test does.
inline core::TcpClientOptions clientOptions(std::uint16_t port, core::ClientMode mode)
{
    core::TcpClientOptions options;
    options.host = "127.0.0.1";
    options.port = std::to_string(port);
    options.mode = mode;
    options.connectTimeoutMs = kWaitMs;
    return options;
}

inline std::string describe(const std::optional<core::Error>& error)
{
    return error ? error->toString() : std::string("(no error)");
}

} // namespace socketlab::tests
