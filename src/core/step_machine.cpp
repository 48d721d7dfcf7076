// StepMachine: the order of a server's, a client's and a UDP endpoint's calls.
#include "step_machine.h"

namespace socketlab::core {

const char* stepCallName(StepCall call)
{
    switch (call) {
    case StepCall::Socket: return "socket";
    case StepCall::SetReuseAddress: return "setsockopt";
    case StepCall::Bind: return "bind";
    case StepCall::Listen: return "listen";
    case StepCall::Accept: return "accept";
    case StepCall::Connect: return "connect";
    case StepCall::Send: return "send";
    case StepCall::Recv: return "recv";
    case StepCall::SendTo: return "sendto";
    case StepCall::RecvFrom: return "recvfrom";
    case StepCall::ShutdownWrite: return "shutdown";
    case StepCall::CloseConnection:
    case StepCall::Close: return "close";
    }
    return "?";
}

bool stepCallBlocks(StepCall call)
{
    return call == StepCall::Accept || call == StepCall::Connect || call == StepCall::Recv
        || call == StepCall::RecvFrom;
}

StepMachine::StepMachine(StepRole role)
    : m_role(role)
{
}

StepCallSet StepMachine::allowed() const
{
    StepCallSet set = 0;
    const auto allowIf = [&set](StepCall call, bool condition) {
        if (condition)
            set |= stepCallBit(call);
    };
    allowIf(StepCall::Socket, !m_open);
    allowIf(StepCall::Close, m_open);
    const bool canTalk = m_open && m_connected;
    switch (m_role) {
    case StepRole::Server:
        // SO_REUSEADDR matters for bind(), so it comes before it.
        allowIf(StepCall::SetReuseAddress, m_open && !m_bound);
        allowIf(StepCall::Bind, m_open && !m_bound);
        allowIf(StepCall::Listen, m_open && m_bound && !m_listening);
        // One accepted connection at a time, as the tutorial's loop has: accept, send, close.
        allowIf(StepCall::Accept, m_open && m_listening && !m_connected);
        allowIf(StepCall::CloseConnection, canTalk);
        break;
    case StepRole::Client: allowIf(StepCall::Connect, m_open && !m_connected && !m_connectFailed); break;
    case StepRole::Udp:
        allowIf(StepCall::Bind, m_open && !m_bound);
        allowIf(StepCall::SendTo, m_open);
        // recvfrom() on a socket with no port would wait for ever: bind (or send) first.
        allowIf(StepCall::RecvFrom, m_open && m_bound);
        return set;
    }
    allowIf(StepCall::Send, canTalk && !m_writeShut);
    allowIf(StepCall::Recv, canTalk);
    allowIf(StepCall::ShutdownWrite, canTalk && !m_writeShut);
    return set;
}

void StepMachine::succeeded(StepCall call)
{
    switch (call) {
    case StepCall::Socket: *this = StepMachine(m_role), m_open = true; break;
    case StepCall::SetReuseAddress: break;
    case StepCall::Bind: m_bound = true; break;
    case StepCall::Listen: m_listening = true; break;
    case StepCall::Accept:
    case StepCall::Connect:
        m_connected = true;
        m_writeShut = false;
        break;
    case StepCall::SendTo: m_bound = true; break; // the system gave it a port
    case StepCall::ShutdownWrite: m_writeShut = true; break;
    case StepCall::CloseConnection:
        m_connected = false;
        m_writeShut = false;
        break;
    case StepCall::Close: *this = StepMachine(m_role); break;
    case StepCall::Send:
    case StepCall::Recv:
    case StepCall::RecvFrom: break;
    }
}

void StepMachine::failed(StepCall call)
{
    if (call == StepCall::Connect)
        m_connectFailed = true;
}

} // namespace socketlab::core
