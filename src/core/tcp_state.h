// A TCP socket's state as the kernel keeps it (RFC 793's state machine), for showing a learner
// what listen(), connect(), shutdown() and close() do to a connection. The platform shim reads it
// (Linux TCP_INFO, macOS TCP_CONNECTION_INFO, Windows SIO_TCP_INFO); where the system does not
// tell, the state is Unknown and the front ends say so instead of guessing.
#pragma once

namespace socketlab::core {

enum class TcpState {
    Unknown, // the system does not report it (or the socket is not a TCP socket)
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

// The kernel's name: "ESTABLISHED", "CLOSE_WAIT"; "" for Unknown.
const char* tcpStateName(TcpState state);
// What the state means, marked for translation (context kTextContext), e.g. for CLOSE_WAIT "The
// peer has closed its side ...". For Unknown: that the system does not report the state.
const char* tcpStateExplanation(TcpState state);
// Why a port can stay busy after its server closed: TIME_WAIT and SO_REUSEADDR. Marked for
// translation; shown next to close() of a TCP socket and with "address in use".
const char* timeWaitAfterCloseText();

} // namespace socketlab::core
