// DatagramModel: the UDP panel's list of datagrams, one row per recvfrom() or sendto(). Datagram
// boundaries are the lesson, so rows are never merged: "a", "bb", "ccc" stay three rows.
//
// Fed whole worker batches: each batch's datagrams arrive with one row insertion. The list keeps
// the newest kMaxDatagramRows rows (the oldest go in one removal); the counters stay exact and say
// how many datagrams are not listed.
#pragma once

#include "core/address.h"
#include "workers/session_batch.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QFont>
#include <QString>

#include <deque>
#include <limits>
#include <optional>

namespace socketlab::gui {

inline constexpr int kMaxDatagramRows = 10000;
// The payload kept per row for its content column: enough to read, and 10,000 rows of 64 KiB
// datagrams cannot hold 640 MB. The size column always shows the datagram's real size.
inline constexpr int kDatagramPreviewBytes = 1024;

class DatagramModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, PeerColumn, SizeColumn, ContentColumn, ColumnCount };
    enum class ContentMode { Text, Hex };

    explicit DatagramModel(QObject* parent = nullptr, int maxRows = kMaxDatagramRows);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the batch's datagrams (its data chunks) with one row insertion, drops the oldest rows
    // beyond maxRows() with one removal, and adds the batch's exact counts to the totals.
    void appendBatch(const workers::SessionBatch& batch);
    // Forgets every row and every counter (a new run).
    void clear();
    // The content column's texts are built in data(): tell the views they changed language.
    void retranslate();

    void setContentMode(ContentMode mode);
    ContentMode contentMode() const { return m_contentMode; }
    int maxRows() const { return m_maxRows; }

    // The row's sender (received) or destination (sent); nullopt for a row out of range.
    std::optional<core::Endpoint> peerAt(int row) const;
    std::optional<workers::Direction> directionAt(int row) const;
    // The datagram's full size in bytes, whatever the row keeps of it.
    quint64 sizeAt(int row) const;

    quint64 datagramsReceived() const { return m_datagramsReceived; }
    quint64 datagramsSent() const { return m_datagramsSent; }
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesSent() const { return m_bytesSent; }
    // Datagrams that are counted but not listed: dropped for the bound, or left out of a batch.
    quint64 notShownCount() const { return m_notShown; }

    // The longest direction text in the current language, to size its column.
    static QString directionTextSample();

signals:
    // A counter changed (after appendBatch() and clear()).
    void countsChanged();

private:
    struct Row {
        qint64 wallMs = 0; // when it happened, in ms since the epoch
        workers::Direction direction = workers::Direction::Received;
        core::Endpoint peer;
        QString peerTuple; // ('127.0.0.1', 40001), built once: data() runs on every repaint
        quint64 size = 0;
        QByteArray preview; // the first kDatagramPreviewBytes bytes
    };

    QString contentText(const Row& row) const;
    QString toolTip(const Row& row) const;
    static QString directionText(workers::Direction direction);

    std::deque<Row> m_rows; // oldest first: appending and dropping are O(count), never O(rows)
    int m_maxRows;
    ContentMode m_contentMode = ContentMode::Text;
    // The batches stamp data with ms on the worker's own clock: wall time = tMs + this offset. A
    // chunk is never stamped after its batch arrives, so the smallest "arrival - stamp" is the
    // best estimate of the offset.
    qint64 m_clockOffsetMs = std::numeric_limits<qint64>::max();
    quint64 m_datagramsReceived = 0;
    quint64 m_datagramsSent = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    quint64 m_notShown = 0;
    QFont m_fixedFont; // looked up once: data() is called for every visible cell
};

} // namespace socketlab::gui
