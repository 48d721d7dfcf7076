// Stepper: one socket (and, for a server, the connection accept() returned) driven ONE call at a
// time, for the GUI's step-by-step mode. Each perform() makes the real call, recorded as a
// CallEvent like every other call of the core, after the StepMachine has agreed to it.
//
// accept(), connect(), recv() and recvfrom() wait as they would in a learner's blocking program,
// but on the poller, so cancel() (any thread) ends the wait at once; the blocked handler is told
// before the wait starts, so a front end can say "blocked in accept()" while it lasts.
#pragma once

#include "address.h"
#include "call_event.h"
#include "errors.h"
#include "poller.h"
#include "session.h"
#include "socket.h"
#include "step_machine.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace socketlab::core {

// What the calls take: the front end's current field values.
struct StepSettings {
    Family family = Family::Inet;
    std::string host = kDefaultHost; // bind() (server, UDP) or connect() (client)
    std::string port = kTutorialPortText;
    int backlog = kTutorialBacklog;
    std::size_t recvSize = kTutorialRecvSize;
    std::string data; // send() / sendto()
    std::string peerHost = kDefaultHost; // sendto()'s destination
    std::string peerPort = kTutorialPortText;
    int connectTimeoutMs = -1; // a learner's blocking connect() has no limit; cancel() ends it
};

struct StepOutcome {
    StepCall call = StepCall::Socket;
    std::optional<Error> error; // refused, failed or cancelled; the state is unchanged then
    std::string received; // recv() / recvfrom(): the bytes
    bool peerFinished = false; // recv() returned 0
    std::size_t sent = 0;
    std::optional<Endpoint> peer; // accept(): the client; connect(): the server; recvfrom(): the sender
    std::optional<Endpoint> local; // bind(): the address bound (the system's port for port 0)

    bool ok() const { return !error; }
};

class Stepper {
public:
    using BlockedHandler = std::function<void(StepCall)>;

    // Events go to `sink` from the thread that calls perform().
    Stepper(StepRole role, CallSink& sink);
    ~Stepper();
    Stepper(const Stepper&) = delete;
    Stepper& operator=(const Stepper&) = delete;

    // Makes `call` when the machine allows it, else refuses it (InputProblem::CallOutOfOrder)
    // without touching a socket. Blocks while the call waits; cancel() ends the wait.
    StepOutcome perform(StepCall call, const StepSettings& settings);

    // Thread-safe: ends a wait in progress with Condition::Cancelled.
    void cancel();
    // Thread-safe: every wait from now on, in progress or later, ends at once (for shutting down).
    void stop();

    const StepMachine& machine() const { return m_machine; }
    // Called on perform()'s thread just before a call starts to wait.
    void setBlockedHandler(BlockedHandler handler) { m_blocked = std::move(handler); }

private:
    Result<void> makeCall(StepCall call, const StepSettings& settings, StepOutcome& outcome);
    Result<void> openSocket(const StepSettings& settings);
    Result<void> bind(const StepSettings& settings, StepOutcome& outcome);
    Result<void> accept(StepOutcome& outcome);
    Result<void> connect(const StepSettings& settings, StepOutcome& outcome);
    Result<void> send(const std::string& data, StepOutcome& outcome);
    Result<void> recv(std::size_t size, StepOutcome& outcome);
    Result<void> sendTo(const StepSettings& settings, StepOutcome& outcome);
    Result<void> recvFrom(std::size_t size, StepOutcome& outcome);
    void closeAll();
    // The first address for (host, port) of the open socket's family.
    Result<Endpoint> resolve(const std::string& host, const std::string& port, bool passive);
    // Waits until `socket` is ready for `interest`, or cancel().
    Result<void> waitFor(const Socket& socket, unsigned interest, StepCall call);
    // The socket send/recv/shutdown work on: the accepted connection on a server.
    Socket& dataSocket();

    StepMachine m_machine;
    CallRecorder m_recorder;
    std::unique_ptr<Poller> m_poller;
    std::optional<Error> m_pollerError;
    Socket m_socket;
    Socket m_connection; // the server's accepted connection
    Endpoint m_bound; // to remove an AF_UNIX socket file again
    std::atomic<bool> m_cancelled {false};
    std::atomic<bool> m_stopped {false};
    BlockedHandler m_blocked;
};

} // namespace socketlab::core
