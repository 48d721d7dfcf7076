// Stepper: one call at a time, waits on the poller so they can be cancelled.
#include "stepper.h"

#include "platform.h"
#include "stoppable_resolve.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

namespace socketlab::core {
namespace {

constexpr std::uint64_t kWaitToken = 1;
// recv()/recvfrom() sizes beyond this are refused: the buffer is allocated for each call.
constexpr std::size_t kMaxStepRecvSize = 1024 * 1024;

SocketType typeFor(StepRole role)
{
    return role == StepRole::Udp ? SocketType::Datagram : SocketType::Stream;
}

} // namespace

Stepper::Stepper(StepRole role, CallSink& sink)
    : m_machine(role)
    , m_recorder(&sink)
{
    Result<std::unique_ptr<Poller>> poller = Poller::create();
    if (poller)
        m_poller = std::move(*poller);
    else
        m_pollerError = poller.error();
}

Stepper::~Stepper()
{
    // Whoever listened may be gone already: the sockets close unrecorded.
    m_recorder.setSink(nullptr);
    closeAll();
}

void Stepper::cancel()
{
    m_cancelled.store(true);
    if (m_poller)
        m_poller->wake();
}

void Stepper::stop()
{
    m_stopped.store(true);
    cancel();
}

StepOutcome Stepper::perform(StepCall call, const StepSettings& settings)
{
    StepOutcome outcome;
    outcome.call = call;
    if (!m_machine.allows(call)) {
        outcome.error = inputError(InputProblem::CallOutOfOrder, std::string(stepCallName(call)) + "()");
        return outcome;
    }
    // A cancel() meant for an earlier call must not end this one; a stop() always does (it may
    // come between these two lines, hence the second look).
    m_cancelled.store(false);
    if (m_stopped.load())
        m_cancelled.store(true);

    Result<void> result = makeCall(call, settings, outcome);
    if (result) {
        m_machine.succeeded(call);
    } else {
        outcome.error = result.error();
        m_machine.failed(call);
    }
    return outcome;
}

Result<void> Stepper::makeCall(StepCall call, const StepSettings& settings, StepOutcome& outcome)
{
    switch (call) {
    case StepCall::Socket: return openSocket(settings);
    case StepCall::SetReuseAddress: return m_socket.setOption(SocketOption::ReuseAddress, 1);
    case StepCall::Bind: return bind(settings, outcome);
    case StepCall::Listen:
        if (settings.backlog < 0)
            return inputError(InputProblem::BadBacklog, std::to_string(settings.backlog));
        return m_socket.listen(settings.backlog);
    case StepCall::Accept: return accept(outcome);
    case StepCall::Connect: return connect(settings, outcome);
    case StepCall::Send: return send(settings.data, outcome);
    case StepCall::Recv: return recv(settings.recvSize, outcome);
    case StepCall::SendTo: return sendTo(settings, outcome);
    case StepCall::RecvFrom: return recvFrom(settings.recvSize, outcome);
    case StepCall::ShutdownWrite: return dataSocket().shutdown(ShutdownHow::Write);
    case StepCall::CloseConnection: m_connection.close(); return {};
    case StepCall::Close: closeAll(); return {};
    }
    return {};
}

Result<void> Stepper::openSocket(const StepSettings& settings)
{
    Result<Socket> opened = Socket::open(settings.family, typeFor(m_machine.role()), 0, m_recorder);
    if (!opened)
        return opened.error();
    // Waits happen on the poller (cancellable); the calls themselves are the blocking program's.
    if (Result<void> nonBlocking = opened->setNonBlocking(true); !nonBlocking)
        return nonBlocking;
    m_socket = std::move(*opened);
    m_bound = Endpoint();
    return {};
}

Result<Endpoint> Stepper::resolve(const std::string& host, const std::string& port, bool passive)
{
    // cancel() must not wait for a name server that does not answer.
    Result<std::vector<Endpoint>> addresses = resolveEndpointsUntilStopped(
        host, port, m_socket.family(), m_socket.type(), passive, m_recorder, m_cancelled);
    if (!addresses)
        return addresses.error();
    const auto sameFamily = std::find_if(addresses->begin(), addresses->end(),
        [this](const Endpoint& address) { return address.family() == m_socket.family(); });
    if (sameFamily == addresses->end())
        return inputError(InputProblem::HostFamilyMismatch, host);
    return *sameFamily;
}

Result<void> Stepper::bind(const StepSettings& settings, StepOutcome& outcome)
{
    Result<Endpoint> address = resolve(settings.host, settings.port, true);
    if (!address)
        return address.error();
    if (Result<void> bound = m_socket.bind(*address); !bound)
        return bound;
    m_bound = *address;
    outcome.local = *address;
    // With port 0 the system picks the port: ask it which, as a Python program would.
    if (address->family() != Family::Unix && address->port() == 0) {
        Result<Endpoint> local = m_socket.localAddress();
        if (!local)
            return local.error();
        outcome.local = *local;
    }
    return {};
}

Result<void> Stepper::waitFor(const Socket& socket, unsigned interest, StepCall call)
{
    if (!m_poller)
        return *m_pollerError;
    if (m_blocked)
        m_blocked(call);
    if (Result<void> added = m_poller->add(socket.handle(), interest, kWaitToken); !added)
        return added;
    std::vector<ReadyEvent> events;
    Result<void> outcome;
    for (;;) {
        Result<bool> woken = m_poller->wait(-1, events);
        if (!woken) {
            outcome = woken.error();
            break;
        }
        if (!events.empty())
            break; // ready, or an error the next call reports
        if (*woken && m_cancelled.load()) {
            outcome = platform::cancelledError(stepCallName(call));
            break;
        }
    }
    m_poller->remove(socket.handle());
    return outcome;
}

Result<void> Stepper::accept(StepOutcome& outcome)
{
    for (;;) {
        Result<Accepted> accepted = m_socket.accept();
        if (accepted) {
            m_connection = std::move(accepted->socket);
            outcome.peer = accepted->peer;
            return {};
        }
        if (accepted.error().condition != Condition::WouldBlock)
            return accepted.error();
        if (Result<void> ready = waitFor(m_socket, kReadable, StepCall::Accept); !ready)
            return ready;
    }
}

Result<void> Stepper::connect(const StepSettings& settings, StepOutcome& outcome)
{
    Result<Endpoint> address = resolve(settings.host, settings.port, false);
    if (!address)
        return address.error();
    if (!m_poller)
        return *m_pollerError;
    if (m_blocked)
        m_blocked(StepCall::Connect);
    if (Result<void> connected = m_socket.connect(*address, settings.connectTimeoutMs, m_poller.get(), &m_cancelled);
        !connected)
        return connected;
    outcome.peer = *address;
    return {};
}

Socket& Stepper::dataSocket()
{
    return m_machine.role() == StepRole::Server ? m_connection : m_socket;
}

Result<void> Stepper::send(const std::string& data, StepOutcome& outcome)
{
    Socket& socket = dataSocket();
    for (;;) {
        // One send(), as Python's socket.send(): it may take only part of the data.
        Result<std::size_t> sent = socket.send(data.data(), data.size());
        if (sent) {
            outcome.sent = *sent;
            return {};
        }
        if (sent.error().condition != Condition::WouldBlock)
            return sent.error();
        if (Result<void> ready = waitFor(socket, kWritable, StepCall::Send); !ready)
            return ready;
    }
}

Result<void> Stepper::recv(std::size_t size, StepOutcome& outcome)
{
    if (size == 0 || size > kMaxStepRecvSize)
        return inputError(InputProblem::BadSize, std::to_string(size));
    Socket& socket = dataSocket();
    std::string buffer(size, '\0');
    for (;;) {
        Result<std::size_t> received = socket.recv(buffer.data(), buffer.size());
        if (received) {
            outcome.received = buffer.substr(0, *received);
            outcome.peerFinished = *received == 0;
            return {};
        }
        if (received.error().condition != Condition::WouldBlock)
            return received.error();
        if (Result<void> ready = waitFor(socket, kReadable, StepCall::Recv); !ready)
            return ready;
    }
}

Result<void> Stepper::sendTo(const StepSettings& settings, StepOutcome& outcome)
{
    Result<Endpoint> address = resolve(settings.peerHost, settings.peerPort, false);
    if (!address)
        return address.error();
    for (;;) {
        Result<std::size_t> sent = m_socket.sendTo(settings.data.data(), settings.data.size(), *address);
        if (sent) {
            outcome.sent = *sent;
            outcome.peer = *address;
            return {};
        }
        if (sent.error().condition != Condition::WouldBlock)
            return sent.error();
        if (Result<void> ready = waitFor(m_socket, kWritable, StepCall::SendTo); !ready)
            return ready;
    }
}

Result<void> Stepper::recvFrom(std::size_t size, StepOutcome& outcome)
{
    if (size == 0 || size > kMaxStepRecvSize)
        return inputError(InputProblem::BadSize, std::to_string(size));
    std::string buffer(size, '\0');
    for (;;) {
        Endpoint from;
        Result<std::size_t> received = m_socket.recvFrom(buffer.data(), buffer.size(), from);
        if (received) {
            outcome.received = buffer.substr(0, *received);
            outcome.peer = from;
            return {};
        }
        if (received.error().condition != Condition::WouldBlock)
            return received.error();
        if (Result<void> ready = waitFor(m_socket, kReadable, StepCall::RecvFrom); !ready)
            return ready;
    }
}

void Stepper::closeAll()
{
    m_connection.close();
    if (!m_socket.isOpen())
        return;
    m_socket.close();
    // A bound AF_UNIX socket leaves its file behind; it is ours, so remove it.
    if (m_bound.family() == Family::Unix && !m_bound.host().empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_bound.host(), ignored);
    }
    m_bound = Endpoint();
}

} // namespace socketlab::core
