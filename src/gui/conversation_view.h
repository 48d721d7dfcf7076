// The data a session received and sent, as text or hex, with a header per recv()/send() chunk.
//
// Received data is never interpreted: text is escaped (core::escapeForDisplay), so terminal
// escapes and invalid UTF-8 show as \x1b style escapes. Memory and rendering are bounded: the
// view keeps the last kMaxStoredBytes of chunk bytes (what Save writes) and shows at most the last
// kMaxRenderedBytes of them (kMaxRenderedHexBytes as hex, about five characters a byte); everything
// older is counted in a first line "N older bytes not shown". During a flood the document is
// updated at most every kMinRenderIntervalMs. Every chunk byte that reaches the view is also
// spilled to a temporary file (SpillFile), which Save copies whole; only if that file cannot be
// written does Save fall back to the kept bytes, and a line above the text says so.
#pragma once

#include "workers/session_batch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QTime>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTextCursor;
namespace Ui {
class ConversationView;
}
QT_END_NAMESPACE

namespace socketlab::gui {

class SpillFile;

class ConversationView : public QWidget {
    Q_OBJECT

public:
    // Stream: a header per chunk with the time, direction and peer (the server tab).
    // Chunks: the header names the call, "recv() #3 — 1024 bytes", so a learner sees how TCP
    // splits and joins messages (the client tab).
    enum class Layout { Stream, Chunks };
    enum class DisplayMode { Text, Hex };

    static constexpr qsizetype kMaxStoredBytes = 1024 * 1024;
    // 64 KiB of text is some 64 long lines, far more than the view shows at once; in a flood every
    // render lays the window out anew, and 256 KiB made that the GUI thread's largest piece of work.
    static constexpr qsizetype kMaxRenderedBytes = 64 * 1024;
    static constexpr qsizetype kMaxRenderedHexBytes = 64 * 1024;
    static constexpr int kMinRenderIntervalMs = 50;
    // Notes and tiny chunks cost document lines too: these bound their number.
    static constexpr std::size_t kMaxStoredEntries = 20000;
    static constexpr std::size_t kMaxRenderedEntries = 4000;
    // At most this many entries go into the document per event-loop turn: laying out a whole
    // window (a flood of thousands of small chunks) in one go stalled the GUI for ~50 ms, and 1000
    // a turn still took up to 40 ms on a loaded machine. The rest follows on the next turns,
    // oldest first, so the final text is the same.
    static constexpr std::size_t kMaxEntriesPerRender = 500;

    explicit ConversationView(QWidget* parent = nullptr);
    ~ConversationView() override;

    using QWidget::setLayout; // setLayout(Layout) must not hide QWidget's own
    void setLayout(Layout layout);
    Layout conversationLayout() const { return m_layout; }
    void setDisplayMode(DisplayMode mode);
    DisplayMode displayMode() const { return m_displayMode; }
    // Chunk times are milliseconds since the session started (DataChunk::tMs); with the start
    // known the headers show when each call happened, else when the chunk reached this view.
    void setSessionStart(const QDateTime& start);

    // peerLabel: the peer in Python's tuple form, "('127.0.0.1', 48437)", or empty.
    void appendChunk(const workers::DataChunk& chunk, const QString& peerLabel);
    // A remark between the data, e.g. "Connection 3 closed by the peer".
    void appendNote(const QString& note);
    // Payload left out of a batch entirely (SessionBatch::bytesNotShown), `receivedBytes` of it
    // received (SessionBatch::bytesNotShownReceived) and the rest sent: counted like shown bytes.
    void appendNotShown(quint64 bytes, quint64 receivedBytes);
    void clear();

    // Everything appended since the last clear(), including bytes that were never kept.
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesSent() const { return m_bytesSent; }
    // The kept chunk bytes in order, both directions: what Save writes.
    QByteArray storedBytes() const;
    // Writes every chunk byte since the last clear() (the kept bytes only if the spill file failed) to
    // `fileName`; a failure is shown in a warning naming the file. Returns whether the file was written.
    bool saveTo(const QString& fileName);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        enum class Kind { Chunk, Note, NotShown };
        Kind kind = Kind::Chunk;
        workers::Direction direction = workers::Direction::Received;
        QByteArray bytes; // Chunk: the bytes kept
        quint64 uncounted = 0; // Chunk: bytes of it not kept; NotShown: the bytes left out
        QString text; // Chunk: the peer label; Note: the note
        QTime time; // Chunk: when the call happened
        quint64 recvNumber = 0; // Chunk: the n of "recv() #n" on its connection
        int blocks = 0; // document lines it occupies while shown

        // What it adds to the "older bytes not shown" line once it is out of view.
        quint64 hiddenCost() const;
    };
    struct Formats;

    Entry& entryAt(quint64 seq);
    quint64 endSeq() const;
    void append(Entry entry);
    void dropOldest();
    quint64 windowStart() const;
    void renderPending();
    void renderAll();
    void continueRenderLater();
    void insertEntry(QTextCursor& cursor, Entry& entry, const Formats& formats) const;
    void updateOlderLine(QTextCursor& cursor, const Formats& formats);
    Formats currentFormats() const;
    QString headerText(const Entry& entry) const;
    QString contentText(const Entry& entry) const;
    QString byteCountText(const char* source, quint64 count) const;
    void applyWrapMode();
    void updateButtons();
    void saveToFile();
    void onSpillFailed(const QString& reason);
    void retranslateSaveToolTip();
    void updateSpillWarning();
    // The local time of a chunk without a session start.
    QTime wallClockNow();

    std::unique_ptr<Ui::ConversationView> m_ui;
    Layout m_layout = Layout::Stream;
    DisplayMode m_displayMode = DisplayMode::Text;
    QDateTime m_sessionStart;
    QTime m_wallClockAtRead; // wallClockNow(): the local clock as last read,
    QElapsedTimer m_sinceWallClockRead; // and the steady time since

    // The source of truth. m_entries[i] has sequence number m_firstSeq + i; the document shows
    // entries [m_shownStart, m_shownEnd) (sequence numbers), after an optional "older" line.
    std::deque<Entry> m_entries;
    quint64 m_firstSeq = 0;
    quint64 m_shownStart = 0;
    quint64 m_shownEnd = 0;
    qsizetype m_storedBytes = 0;
    quint64 m_droppedBytes = 0; // every byte of the entries no longer stored
    quint64 m_olderBytes = 0; // every byte before m_shownStart, stored or dropped
    bool m_hasOlderLine = false;
    bool m_fullRenderNeeded = false;

    core::ConnectionId m_recvConnection = 0;
    quint64 m_recvCount = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;

    // Appends are rendered together once control returns to the event loop, so a batch of
    // thousands of chunks costs one document update; a flood's batches are rendered together
    // too, at most every kMinRenderIntervalMs.
    QTimer m_renderTimer;
    QElapsedTimer m_sinceRender;

    SpillFile* m_spill = nullptr;
    QLabel* m_spillWarning = nullptr; // shown once the spill file failed
    QString m_spillError;
};

} // namespace socketlab::gui
