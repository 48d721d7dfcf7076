// What a session did during one flush interval (~30 ms), delivered to the GUI as one signal.
//
// Calls and data are bounded per batch so a flood cannot queue unbounded memory; what is left
// out is counted, and the byte counters stay exact.
#pragma once

#include "core/call_event.h"
#include "core/errors.h"
#include "core/session.h"

#include <QByteArray>
#include <QMetaType>

#include <map>
#include <optional>
#include <vector>

namespace socketlab::workers {

// At most this many call events and this many payload bytes travel in one batch.
inline constexpr std::size_t kMaxCallsPerBatch = 2000;
inline constexpr qsizetype kMaxDataBytesPerBatch = 256 * 1024;
inline constexpr std::size_t kMaxChunksPerBatch = 4096;

enum class Direction { Received, Sent };

struct DataChunk {
    core::ConnectionId connection = 0;
    Direction direction = Direction::Received;
    QByteArray bytes; // what one recv()/send()/recvfrom()/sendto() moved (may be cut)
    quint64 omittedBytes = 0; // bytes of this chunk that were not kept
    core::Endpoint peer; // for datagrams: the sender or the destination
    double tMs = 0;
};

struct ConnectionEvent {
    enum class Kind { Opened, PeerFinished, Closed };
    Kind kind = Kind::Opened;
    core::ConnectionId connection = 0;
    core::Endpoint peer;
    core::CloseReason reason = core::CloseReason::ClosedHere;
    core::ConnectionTotals totals;
    std::optional<core::Error> error;
    double tMs = 0;
};

struct SessionBatch {
    std::vector<core::CallEvent> calls;
    quint64 callsOmitted = 0;
    std::vector<DataChunk> data;
    quint64 bytesNotShown = 0; // payload of chunks left out entirely (past the batch's bounds)
    quint64 bytesNotShownReceived = 0; // the received part of bytesNotShown; the rest was sent
    std::map<core::ConnectionId, core::ConnectionTotals> traffic; // per connection, this batch
    std::vector<ConnectionEvent> connections;
    std::vector<core::Error> problems;
    std::vector<std::pair<std::string, bool>> memberships; // multicast group, joined (true) or left
    std::optional<core::Endpoint> ready;
    // The latest TCP state of each socket that changed in this batch (a server's listening
    // socket under id 0). One entry per socket, so bounded by the connections themselves.
    std::map<core::ConnectionId, core::TcpState> tcpStates;
    quint64 bytesReceived = 0; // exact, kept or not
    quint64 bytesSent = 0;
    quint64 datagramsReceived = 0;
    quint64 datagramsSent = 0;

    bool isEmpty() const
    {
        return calls.empty() && callsOmitted == 0 && data.empty() && bytesNotShown == 0 && traffic.empty()
            && connections.empty() && tcpStates.empty() && problems.empty() && memberships.empty() && !ready
            && datagramsReceived == 0 && datagramsSent == 0;
    }
};

} // namespace socketlab::workers

Q_DECLARE_METATYPE(socketlab::workers::SessionBatch)
Q_DECLARE_METATYPE(socketlab::core::Error)
