// DatagramModel: one row per datagram, appended a batch at a time, bounded, with exact counters.
#include "datagram_model.h"

#include "core_text.h"

#include "core/hex.h"
#include "core/python_repr.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace socketlab::gui {
namespace {

// Milliseconds matter: datagrams sent in a burst arrive within the same second.
constexpr const char* kTimeFormat = "HH:mm:ss.zzz";
// A cut preview ends with this, so a learner never mistakes it for the whole datagram.
const QString kCutMark = QStringLiteral("\u2026");

} // namespace

DatagramModel::DatagramModel(QObject* parent, int maxRows)
    : QAbstractTableModel(parent)
    , m_maxRows(std::max(1, maxRows))
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

int DatagramModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DatagramModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatagramModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(row.wallMs).time().toString(QLatin1String(kTimeFormat));
        case DirectionColumn: return directionText(row.direction);
        case PeerColumn: return row.peerTuple;
        case SizeColumn: return QVariant::fromValue<qulonglong>(row.size);
        case ContentColumn: return contentText(row);
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(row);
    case Qt::FontRole:
        // Hex bytes line up in a fixed font; the peer stays in the normal one to leave the content room.
        if (index.column() == ContentColumn)
            return m_fixedFont;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant DatagramModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn: return tr("Time");
        case DirectionColumn: return tr("Direction");
        case PeerColumn: return tr("Peer");
        case SizeColumn: return tr("Bytes");
        case ContentColumn: return tr("Content");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeerColumn:
            return tr("The sender recvfrom() returned, or the address sendto() sent to, as Python shows it");
        case SizeColumn: return tr("The datagram's size: one recvfrom() returns exactly one datagram");
        default: return {};
        }
    }
    return {};
}

void DatagramModel::appendBatch(const workers::SessionBatch& batch)
{
    quint64 chunksReceived = 0;
    quint64 bytesInChunksReceived = 0;
    quint64 bytesInChunksSent = 0;
    for (const workers::DataChunk& chunk : batch.data) {
        const quint64 size = static_cast<quint64>(chunk.bytes.size()) + chunk.omittedBytes;
        if (chunk.direction == workers::Direction::Received) {
            ++chunksReceived;
            bytesInChunksReceived += size;
        } else {
            bytesInChunksSent += size;
        }
    }
    const quint64 chunksSent = batch.data.size() - chunksReceived;
    // The batch's own counters are exact (they include datagrams left out of it); a batch put
    // together by hand may have only chunks.
    const quint64 received = std::max(batch.datagramsReceived, chunksReceived);
    const quint64 sent = std::max(batch.datagramsSent, chunksSent);
    m_datagramsReceived += received;
    m_datagramsSent += sent;
    m_bytesReceived += std::max(batch.bytesReceived, bytesInChunksReceived);
    m_bytesSent += std::max(batch.bytesSent, bytesInChunksSent);
    m_notShown += received + sent - batch.data.size();

    if (!batch.data.empty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_clockOffsetMs = std::min(m_clockOffsetMs, now - static_cast<qint64>(batch.data.back().tMs));

        // A batch larger than the whole list keeps only its newest datagrams.
        const std::size_t keep = std::min(batch.data.size(), static_cast<std::size_t>(m_maxRows));
        const std::size_t skip = batch.data.size() - keep;
        m_notShown += skip;

        const int overflow = static_cast<int>(m_rows.size() + keep) - m_maxRows;
        if (overflow > 0) {
            beginRemoveRows(QModelIndex(), 0, overflow - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
            endRemoveRows();
            m_notShown += static_cast<quint64>(overflow);
        }

        const int first = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(keep) - 1);
        for (auto chunk = batch.data.begin() + static_cast<std::ptrdiff_t>(skip); chunk != batch.data.end(); ++chunk) {
            Row row;
            row.wallMs = m_clockOffsetMs + static_cast<qint64>(chunk->tMs);
            row.direction = chunk->direction;
            row.peer = chunk->peer;
            // A flood comes from one peer: its rows share one tuple text instead of formatting it per row.
            if (!m_rows.empty() && m_rows.back().peer == chunk->peer)
                row.peerTuple = m_rows.back().peerTuple;
            else
                row.peerTuple = fromStd(chunk->peer.toTuple());
            row.size = static_cast<quint64>(chunk->bytes.size()) + chunk->omittedBytes;
            // Shared, not copied, when the whole datagram fits the preview (left() always copies).
            row.preview = chunk->bytes.size() <= kDatagramPreviewBytes ? chunk->bytes
                                                                       : chunk->bytes.left(kDatagramPreviewBytes);
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    if (received + sent > 0)
        emit countsChanged();
}

void DatagramModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_datagramsReceived = m_datagramsSent = m_bytesReceived = m_bytesSent = m_notShown = 0;
    emit countsChanged();
}

void DatagramModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DatagramModel::setContentMode(ContentMode mode)
{
    if (mode == m_contentMode)
        return;
    m_contentMode = mode;
    if (!m_rows.empty())
        emit dataChanged(index(0, ContentColumn), index(rowCount() - 1, ContentColumn));
}

std::optional<core::Endpoint> DatagramModel::peerAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].peer;
}

std::optional<workers::Direction> DatagramModel::directionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].direction;
}

quint64 DatagramModel::sizeAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].size;
}

QString DatagramModel::contentText(const Row& row) const
{
    const std::string_view bytes(row.preview.constData(), static_cast<std::size_t>(row.preview.size()));
    // Received data is never interpreted: control characters and invalid UTF-8 show as escapes.
    QString text
        = fromStd(m_contentMode == ContentMode::Hex ? core::toHex(bytes) : core::escapeForDisplay(bytes, false));
    if (row.size > static_cast<quint64>(row.preview.size()))
        text += kCutMark;
    return text;
}

QString DatagramModel::toolTip(const Row& row) const
{
    const QString size = tr("%n byte(s)", nullptr, static_cast<int>(std::min<quint64>(row.size, INT_MAX)));
    QString text = row.direction == workers::Direction::Received
        ? tr("recvfrom() returned one datagram of %1 from %2").arg(size, row.peerTuple)
        : tr("sendto() sent one datagram of %1 to %2").arg(size, row.peerTuple);
    if (row.size > static_cast<quint64>(row.preview.size()))
        text += QLatin1Char('\n')
            + tr("The list shows its first %n byte(s).", nullptr, static_cast<int>(row.preview.size()));
    return text;
}

QString DatagramModel::directionTextSample()
{
    const QString received = directionText(workers::Direction::Received);
    const QString sent = directionText(workers::Direction::Sent);
    return received.size() >= sent.size() ? received : sent;
}

QString DatagramModel::directionText(workers::Direction direction)
{
    return direction == workers::Direction::Received ? tr("received \u2190") : tr("sent \u2192");
}

} // namespace socketlab::gui
