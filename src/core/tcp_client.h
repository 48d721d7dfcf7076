// TcpClient: the tutorial's client.py made into a session: connect (with a timeout), recv with
// a chosen size (the tutorial's 1024), send, half-close, close. In the tutorial mode it does
// exactly what client.py does: connect, one recv(), close.
#pragma once

#include "session.h"
#include "socket.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace socketlab::core {

enum class ClientMode {
    Tutorial, // connect, one recv(recvSize), close
    Conversation, // stay connected; recv until the peer closes or stop()
};

inline constexpr int kDefaultConnectTimeoutMs = 10000;
inline constexpr std::size_t kClientMaxQueued = 4 * 1024 * 1024;

struct TcpClientOptions {
    Family family = Family::Inet;
    std::string host = kDefaultHost;
    std::string port = kTutorialPortText;
    int connectTimeoutMs = kDefaultConnectTimeoutMs; // negative: no limit
    std::size_t recvSize = kTutorialRecvSize;
    ClientMode mode = ClientMode::Tutorial;
    bool closeWhenPeerFinishes = true; // Conversation: end once the peer closed and all is sent
};

class TcpClient : public Session {
public:
    static constexpr ConnectionId kConnection = 1;

    TcpClient(TcpClientOptions options, SessionListener& listener);
    ~TcpClient() override;

    Result<void> run() override;

    // Thread-safe commands; data queued before the connection exists is sent once it does.
    void send(std::string data);
    // Waits while more than kClientMaxQueued bytes are queued (back-pressure for streaming).
    // Returns false once the session has ended and nothing more will be sent.
    bool sendBlocking(std::string data);
    void shutdownWrite(); // after everything queued has been sent
    // A buffer given to send()/sendBlocking() whose data has gone out, to fill again: streaming
    // then needs no allocation (and no fresh pages) per chunk. Empty when none is spare yet.
    std::string reusableBuffer();

    // Streaming without copies or a queue (a file, a generator): the session calls
    // source(buffer, capacity) on its own thread whenever the socket can take more and nothing
    // from send() waits; the source fills up to `capacity` bytes and returns how many. 0 ends the
    // stream, and the sending side is shut down as by shutdownWrite(). Back-pressure is built in:
    // the source is asked only as fast as the peer reads, one buffer at a time. Set before run();
    // Conversation mode.
    using SendSource = std::function<std::size_t(char* buffer, std::size_t capacity)>;
    void setSendSource(SendSource source);
    void disconnect();

private:
    Result<void> connectToServer();
    Result<void> loop();
    void readAvailable();
    void flush();
    void reportState(); // the socket's TCP state, when it differs from the last one reported
    bool takeQueued(); // moves queued data into m_output; false when nothing was queued
    bool takeFromSource(); // fills m_sourceBuffer from m_source; false when it has ended
    std::size_t unsent() const { return m_outputSize - m_outputOffset; }
    bool hasQueued();
    void updateInterest();
    void fail(const Error& error);
    void endSession();

    TcpClientOptions m_options;
    Socket m_socket;
    ConnectionTotals m_totals;
    std::string m_buffer;
    unsigned m_interest = 0;
    bool m_connected = false;
    bool m_peerFinished = false;
    bool m_writeShutdownRequested = false;
    bool m_writeShutDone = false;
    bool m_closeRequested = false;
    bool m_done = false;
    CloseReason m_closeReason = CloseReason::ClosedHere;
    std::optional<Error> m_failure;
    std::optional<TcpState> m_reportedState; // last reported to the listener

    // Shared with other threads.
    std::mutex m_queueMutex;
    std::condition_variable m_queueDrained;
    std::deque<std::string> m_queue; // guarded by m_queueMutex
    std::size_t m_queuedBytes = 0; // guarded by m_queueMutex
    bool m_ended = false; // guarded by m_queueMutex
    std::string m_spare; // guarded by m_queueMutex: a sent buffer, see reusableBuffer()

    // Session thread only: what is being sent now: m_outputSize bytes at m_outputData, which
    // points into m_output (queued data) or m_sourceBuffer (streamed data).
    std::string m_output;
    std::vector<char> m_sourceBuffer;
    SendSource m_source;
    const char* m_outputData = nullptr;
    std::size_t m_outputSize = 0;
    std::size_t m_outputOffset = 0;
    std::chrono::steady_clock::time_point m_lastStateSample;
};

} // namespace socketlab::core
