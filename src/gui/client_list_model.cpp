// ClientListModel: batch-wise updates of the connection table, bounded history of closed rows.
#include "client_list_model.h"

#include "core_text.h"
#include "tcp_state_text.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <climits>

namespace socketlab::gui {
namespace {

// Seconds matter when clients come and go quickly; the date is in the tooltip.
constexpr const char* kSinceFormat = "HH:mm:ss";

} // namespace

ClientListModel::ClientListModel(QObject* parent, int maxClosedRows)
    : QAbstractTableModel(parent)
    , m_maxClosedRows(std::max(0, maxClosedRows))
{
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Client& client = m_clients[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn: return QVariant::fromValue<qulonglong>(client.id);
        case PeerColumn: return client.peer;
        case StateColumn: return stateText(client.state);
        // A closed row has no socket left to ask: its last state would mislead.
        case TcpStateColumn: return client.state == State::Closed ? QString() : tcpStateLabel(client.tcpState);
        case BytesInColumn: return QVariant::fromValue<qulonglong>(client.totals.bytesReceived);
        case BytesOutColumn: return QVariant::fromValue<qulonglong>(client.totals.bytesSent);
        case SinceColumn: return client.since.time().toString(QLatin1String(kSinceFormat));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == StateColumn && client.state == State::Closed)
            return closeReasonText(client.reason, client.error);
        if (column == SinceColumn)
            return QLocale().toString(client.since, QLocale::LongFormat);
        if (column == TcpStateColumn) {
            if (client.state != State::Closed)
                return tcpStateToolTip(client.tcpState);
            // The side that closed first keeps the connection in TIME_WAIT.
            if (client.reason == core::CloseReason::ClosedHere || client.reason == core::CloseReason::SessionStopped)
                return timeWaitNote();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == BytesInColumn || column == BytesOutColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        // Closed rows stay for their totals, but must not look like clients one can still talk to.
        if (client.state == State::Closed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("#");
        case PeerColumn: return tr("Peer address");
        case StateColumn: return tr("State");
        case TcpStateColumn: return tr("TCP state");
        case BytesInColumn: return tr("Bytes in");
        case BytesOutColumn: return tr("Bytes out");
        case SinceColumn: return tr("Connected at");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The server's number for this connection, in the order accept() returned them");
        case PeerColumn: return tr("The client's address as accept() returned it, in Python's (host, port) form");
        case StateColumn: return tr("Connected; the peer finished sending (recv() returned 0); or closed");
        case TcpStateColumn:
            return tr("The connection's state as the system's TCP reports it (LISTEN, ESTABLISHED, CLOSE_WAIT, ...); "
                      "point at a state for what it means");
        case BytesInColumn: return tr("Bytes received from this client with recv()");
        case BytesOutColumn: return tr("Bytes sent to this client with send()");
        case SinceColumn: return tr("When accept() returned this connection");
        default: return {};
        }
    }
    return {};
}

void ClientListModel::applyBatch(const workers::SessionBatch& batch)
{
    const QDateTime now = QDateTime::currentDateTime();
    const int firstNewRow = rowCount();

    // New connections first, all in one insertion.
    std::vector<Client> opened;
    core::ConnectionId lastId = m_clients.empty() ? 0 : m_clients.back().id;
    for (const workers::ConnectionEvent& event : batch.connections) {
        if (event.kind != workers::ConnectionEvent::Kind::Opened || event.connection <= lastId)
            continue; // ids only grow; anything else would be a duplicate
        Client client;
        client.id = event.connection;
        client.peer = fromStd(event.peer.toTuple());
        client.since = now;
        opened.push_back(std::move(client));
        lastId = event.connection;
    }
    if (!opened.empty()) {
        beginInsertRows(QModelIndex(), firstNewRow, firstNewRow + static_cast<int>(opened.size()) - 1);
        m_clients.insert(
            m_clients.end(), std::make_move_iterator(opened.begin()), std::make_move_iterator(opened.end()));
        m_openCount += static_cast<int>(opened.size());
        endInsertRows();
    }

    // Then every change, announced as one range. Rows inserted just now are new to the views anyway.
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    const auto touched = [&](int row) {
        if (row < firstNewRow) {
            firstChanged = std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        }
    };
    for (const auto& [id, delta] : batch.traffic) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        Client& client = m_clients[static_cast<std::size_t>(row)];
        client.totals.bytesReceived += delta.bytesReceived;
        client.totals.bytesSent += delta.bytesSent;
        touched(row);
    }
    for (const workers::ConnectionEvent& event : batch.connections) {
        if (event.kind == workers::ConnectionEvent::Kind::Opened)
            continue;
        const int row = rowOf(event.connection);
        if (row < 0)
            continue;
        Client& client = m_clients[static_cast<std::size_t>(row)];
        if (client.state == State::Closed)
            continue;
        if (event.kind == workers::ConnectionEvent::Kind::PeerFinished) {
            client.state = State::PeerFinished;
        } else {
            client.state = State::Closed;
            client.totals = event.totals; // the session's own count is final
            client.reason = event.reason;
            client.error = event.error;
            m_closedOrder.push_back(client.id);
            --m_openCount;
        }
        touched(row);
    }
    for (const auto& [id, state] : batch.tcpStates) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_clients[static_cast<std::size_t>(row)].tcpState = state;
        touched(row);
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    dropOldestClosed();
}

void ClientListModel::dropOldestClosed()
{
    if (m_closedOrder.size() <= static_cast<std::size_t>(m_maxClosedRows))
        return;
    std::vector<int> rows;
    while (m_closedOrder.size() > static_cast<std::size_t>(m_maxClosedRows)) {
        const int row = rowOf(m_closedOrder.front());
        m_closedOrder.pop_front();
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    // Contiguous runs, last run first, so the rows of earlier runs keep their numbers.
    std::size_t end = rows.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && rows[start - 1] == rows[start] - 1)
            --start;
        const int first = rows[start];
        const int last = rows[end - 1];
        beginRemoveRows(QModelIndex(), first, last);
        m_clients.erase(m_clients.begin() + first, m_clients.begin() + last + 1);
        endRemoveRows();
        end = start;
    }
}

void ClientListModel::clear()
{
    beginResetModel();
    m_clients.clear();
    m_closedOrder.clear();
    m_openCount = 0;
    endResetModel();
}

void ClientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_clients.empty())
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, TcpStateColumn));
}

std::optional<core::ConnectionId> ClientListModel::connectionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_clients[static_cast<std::size_t>(row)].id;
}

int ClientListModel::rowOf(core::ConnectionId id) const
{
    const auto before = [](const Client& client, core::ConnectionId wanted) { return client.id < wanted; };
    const auto found = std::lower_bound(m_clients.begin(), m_clients.end(), id, before);
    if (found == m_clients.end() || found->id != id)
        return -1;
    return static_cast<int>(found - m_clients.begin());
}

ClientListModel::State ClientListModel::stateAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return State::Closed;
    return m_clients[static_cast<std::size_t>(row)].state;
}

std::optional<core::TcpState> ClientListModel::tcpStateAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_clients[static_cast<std::size_t>(row)].tcpState;
}

bool ClientListModel::isOpenAt(int row) const
{
    return row >= 0 && row < rowCount() && stateAt(row) != State::Closed;
}

core::ConnectionTotals ClientListModel::totalsAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_clients[static_cast<std::size_t>(row)].totals;
}

QString ClientListModel::peerTuple(core::ConnectionId id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_clients[static_cast<std::size_t>(row)].peer;
}

QString ClientListModel::stateText(State state)
{
    switch (state) {
    case State::Connected: return tr("Connected");
    case State::PeerFinished: return tr("Peer finished sending");
    case State::Closed: return tr("Closed");
    }
    return {};
}

QString ClientListModel::stateTextSample()
{
    QString longest;
    for (const State state : {State::Connected, State::PeerFinished, State::Closed}) {
        const QString text = stateText(state);
        if (text.size() > longest.size())
            longest = text;
    }
    return longest;
}

QString ClientListModel::closeReasonText(core::CloseReason reason, const std::optional<core::Error>& error)
{
    switch (reason) {
    case core::CloseReason::PeerClosed: return tr("the client closed the connection");
    case core::CloseReason::ClosedHere: return tr("the server closed the connection");
    case core::CloseReason::Failed: return error ? tr("failed: %1").arg(errorSummary(*error)) : tr("failed");
    case core::CloseReason::SessionStopped: return tr("the server stopped");
    }
    return {};
}

} // namespace socketlab::gui
