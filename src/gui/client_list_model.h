// ClientListModel: the Server tab's table of connections, one row per client the server
// accepted, with its peer address in Python's tuple form, its state and exact byte counts.
//
// It is fed whole worker batches: the new connections of a batch arrive with one row insertion
// and the changes with one dataChanged range, so thousands of clients never mean thousands of
// signals. Closed rows stay visible (greyed, with their totals) up to a bound; the oldest
// closed rows are dropped beyond it. Live connections are never dropped.
#pragma once

#include "core/errors.h"
#include "core/session.h"
#include "workers/session_batch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace socketlab::gui {

// How many closed connections stay listed before the oldest are dropped.
inline constexpr int kMaxClosedClientRows = 1000;

class ClientListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        PeerColumn,
        StateColumn,
        TcpStateColumn,
        BytesInColumn,
        BytesOutColumn,
        SinceColumn,
        ColumnCount
    };
    enum class State { Connected, PeerFinished, Closed };

    explicit ClientListModel(QObject* parent = nullptr, int maxClosedRows = kMaxClosedClientRows);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies what one batch says about connections: opened, peer finished, closed, traffic.
    void applyBatch(const workers::SessionBatch& batch);
    // Forgets every row (a new server run starts its connection ids at 1 again).
    void clear();
    // The texts are built in data()/headerData(): tell the views they changed language.
    void retranslate();

    // The row's connection; std::nullopt for a row out of range.
    std::optional<core::ConnectionId> connectionAt(int row) const;
    // The row showing `id`, or -1 when it is not listed (never was, or dropped).
    int rowOf(core::ConnectionId id) const;
    State stateAt(int row) const;
    // The TCP state last reported for the row's socket; std::nullopt before any report.
    std::optional<core::TcpState> tcpStateAt(int row) const;
    bool isOpenAt(int row) const; // connected, or the peer finished sending but we have not closed
    core::ConnectionTotals totalsAt(int row) const;
    // "('127.0.0.1', 48437)"; empty when `id` is not listed.
    QString peerTuple(core::ConnectionId id) const;
    int openCount() const { return m_openCount; }

    // "the client closed it", "closed by the server", ... for a close note or a tooltip.
    static QString closeReasonText(core::CloseReason reason, const std::optional<core::Error>& error);
    // The longest state text in the current language, to size the state column.
    static QString stateTextSample();

private:
    struct Client {
        core::ConnectionId id = 0;
        QString peer;
        State state = State::Connected;
        core::ConnectionTotals totals;
        QDateTime since;
        core::CloseReason reason = core::CloseReason::ClosedHere;
        std::optional<core::Error> error;
        std::optional<core::TcpState> tcpState; // as the system last reported it
    };

    void dropOldestClosed();
    static QString stateText(State state);

    std::vector<Client> m_clients; // in connection order, so ids ascend and rowOf() can bisect
    std::deque<core::ConnectionId> m_closedOrder; // oldest close first
    int m_maxClosedRows;
    int m_openCount = 0;
};

} // namespace socketlab::gui
