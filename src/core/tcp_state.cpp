// TCP state names as the kernel spells them (netstat, ss) and their plain-language meanings.
#include "tcp_state.h"

#include "text.h"

namespace socketlab::core {

const char* tcpStateName(TcpState state)
{
    switch (state) {
    case TcpState::Unknown: return "";
    case TcpState::Closed: return "CLOSED";
    case TcpState::Listen: return "LISTEN";
    case TcpState::SynSent: return "SYN_SENT";
    case TcpState::SynReceived: return "SYN_RECEIVED";
    case TcpState::Established: return "ESTABLISHED";
    case TcpState::FinWait1: return "FIN_WAIT1";
    case TcpState::FinWait2: return "FIN_WAIT2";
    case TcpState::CloseWait: return "CLOSE_WAIT";
    case TcpState::Closing: return "CLOSING";
    case TcpState::LastAck: return "LAST_ACK";
    case TcpState::TimeWait: return "TIME_WAIT";
    }
    return "";
}

const char* tcpStateExplanation(TcpState state)
{
    switch (state) {
    case TcpState::Unknown:
        return QT_TRANSLATE_NOOP("socketlab::core", "This system does not report the state of a TCP socket.");
    case TcpState::Closed:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "No connection: the socket is not connected yet, or its connection has ended (refused, reset or "
            "fully closed).");
    case TcpState::Listen:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Listening: after listen(), the system completes incoming connections and queues them for accept().");
    case TcpState::SynSent:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "connect() has sent its SYN and waits for the server's answer (the first step of the handshake).");
    case TcpState::SynReceived:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "A client's SYN has arrived and been answered; the handshake waits for the client's last ACK.");
    case TcpState::Established:
        return QT_TRANSLATE_NOOP("socketlab::core", "The connection is open: both sides can send() and recv().");
    case TcpState::FinWait1:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "This side has closed or shut down its sending side (FIN sent) and waits for the peer to acknowledge "
            "it.");
    case TcpState::FinWait2:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "This side has finished sending and the peer has acknowledged it; the peer can still send until it "
            "closes too.");
    case TcpState::CloseWait:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The peer has closed its side (recv() returns 0). The connection stays half-open until this side "
            "calls close(): a program that never does leaks sockets in CLOSE_WAIT.");
    case TcpState::Closing:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Both sides closed at the same moment; each waits for the other to acknowledge its FIN.");
    case TcpState::LastAck:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The peer closed first and this side has closed too; it waits for the last acknowledgement.");
    case TcpState::TimeWait:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The side that closed first waits about a minute (twice the maximum segment lifetime) so that late "
            "packets of this connection cannot be mistaken for a new one. Meanwhile the address stays in use.");
    }
    return "";
}

const char* timeWaitAfterCloseText()
{
    return QT_TRANSLATE_NOOP("socketlab::core",
        "After close() the socket is gone, but the side that closed first keeps the connection in TIME_WAIT for "
        "about a minute. A server restarted on the same port within that time gets EADDRINUSE unless it sets "
        "SO_REUSEADDR before bind().");
}

} // namespace socketlab::core
