// StepMachine: which socket call may come next when a learner makes the calls one at a time
// (the GUI's step-by-step mode). It knows the order a server, a client and a UDP endpoint make
// their calls in — socket() before bind(), bind() before listen(), listen() before accept(),
// send()/recv() only on a connected socket, close() always on an open one — and nothing else:
// no sockets, no threads, so every state can be tested directly.
#pragma once

#include <array>

namespace socketlab::core {

enum class StepRole { Server, Client, Udp };

// One call a learner can press. The server's calls on the accepted connection (`c` in the
// tutorial's server.py) are Send, Recv, ShutdownWrite and CloseConnection; Close is `s.close()`.
enum class StepCall {
    Socket, // s = socket(family, SOCK_STREAM or SOCK_DGRAM)
    SetReuseAddress, // s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
    Bind, // s.bind((host, port))
    Listen, // s.listen(backlog)
    Accept, // c, addr = s.accept()
    Connect, // s.connect((host, port))
    Send, // c.send(data) on a server, s.send(data) on a client
    Recv, // c.recv(n) / s.recv(n)
    SendTo, // s.sendto(data, (host, port))
    RecvFrom, // s.recvfrom(n)
    ShutdownWrite, // shutdown(SHUT_WR) on the connected socket
    CloseConnection, // c.close(): the server's accepted connection
    Close, // s.close() (on a server it closes an open accepted connection first)
};

inline constexpr std::array<StepCall, 13> kAllStepCalls = {StepCall::Socket, StepCall::SetReuseAddress, StepCall::Bind,
    StepCall::Listen, StepCall::Accept, StepCall::Connect, StepCall::Send, StepCall::Recv, StepCall::SendTo,
    StepCall::RecvFrom, StepCall::ShutdownWrite, StepCall::CloseConnection, StepCall::Close};

// The system call's name as the trace shows it: "socket", "setsockopt", "accept", "close".
const char* stepCallName(StepCall call);
// Whether a learner's program would wait in this call (accept, connect, recv, recvfrom).
bool stepCallBlocks(StepCall call);

// A bit per StepCall, in the enum's order.
using StepCallSet = unsigned;
constexpr StepCallSet stepCallBit(StepCall call)
{
    return 1u << static_cast<unsigned>(call);
}

class StepMachine {
public:
    explicit StepMachine(StepRole role);

    StepRole role() const { return m_role; }
    // The calls that make sense next; one of them may be requested.
    StepCallSet allowed() const;
    bool allows(StepCall call) const { return (allowed() & stepCallBit(call)) != 0; }

    // What a finished call changes. A refused or cancelled call changes nothing.
    void succeeded(StepCall call);
    // A connect() that failed leaves the socket unusable for another connect(): only close().
    void failed(StepCall call);

    bool isOpen() const { return m_open; }
    bool isBound() const { return m_bound; }
    bool isListening() const { return m_listening; }
    // Server: an accepted connection is open. Client: connect() succeeded.
    bool isConnected() const { return m_connected; }
    bool isWriteShut() const { return m_writeShut; }

private:
    StepRole m_role;
    bool m_open = false;
    bool m_bound = false; // bind() succeeded, or (UDP) sendto() bound it implicitly
    bool m_listening = false;
    bool m_connected = false;
    bool m_connectFailed = false;
    bool m_writeShut = false;
};

} // namespace socketlab::core
