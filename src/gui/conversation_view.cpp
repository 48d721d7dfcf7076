// The conversation view: bounded storage of chunks and notes, rendered incrementally as text or hex.
#include "conversation_view.h"
#include "ui_conversationview.h"

#include "core/hex.h"
#include "core/python_repr.h"
#include "gui/spill_file.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <limits>
#include <string_view>

namespace socketlab::gui {
namespace {

// Hex mode: 16 bytes a line, split 8 + 8, as `hexdump -C` prints them.
constexpr std::size_t kHexBytesPerLine = 16;
constexpr std::size_t kHexBytesPerGroup = 8;
constexpr int kHexGroupWidth = int(kHexBytesPerGroup) * 3 - 1; // "48 65 6c 6c 6f 20 77 6f"
constexpr int kHexColumnWidth = 2 * kHexGroupWidth + 2; // two groups, two spaces apart
constexpr int kHexOffsetDigits = 8;
constexpr int kHexLineLength = kHexOffsetDigits + 2 + kHexColumnWidth + 2 + 1 + int(kHexBytesPerLine) + 1;
const QString kHexGap = QStringLiteral("  ");
// Text mode: longer lines of received text are broken into lines of this many characters.
constexpr qsizetype kMaxTextLineChars = 1024;
constexpr char kFirstPrintable = 0x20;
constexpr char kLastPrintable = 0x7e;

// The combo's rows, in the form's order.
constexpr int kTextModeIndex = 0;
constexpr int kHexModeIndex = 1;

// tr() counts are ints; a count past that picks its plural form from a stand-in with the same
// last six digits (every plural rule looks at most at those), and shows the real number.
constexpr quint64 kPluralStandInBase = 1000000;

const QString kTimeFormat = QStringLiteral("HH:mm:ss.zzz");
const QString kHeaderSeparator = QStringLiteral("  ");

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a        |Hello, world!.|"
QString hexDump(const QByteArray& bytes)
{
    QString dump;
    constexpr auto kStep = static_cast<qsizetype>(kHexBytesPerLine);
    dump.reserve((bytes.size() / kStep + 1) * kHexLineLength);
    for (qsizetype offset = 0; offset < bytes.size(); offset += kStep) {
        const std::string_view line = view(bytes).substr(static_cast<std::size_t>(offset), kHexBytesPerLine);
        QString hex = QString::fromLatin1(core::toHex(line));
        if (line.size() > kHexBytesPerGroup)
            hex.insert(kHexGroupWidth, QLatin1Char(' ')); // the extra space between the two groups
        if (offset > 0)
            dump += QLatin1Char('\n');
        dump += QStringLiteral("%1").arg(offset, kHexOffsetDigits, 16, QLatin1Char('0'));
        dump += kHexGap;
        dump += hex.leftJustified(kHexColumnWidth, QLatin1Char(' '));
        dump += kHexGap;
        dump += QLatin1Char('|');
        for (const char c : line)
            dump += (c >= kFirstPrintable && c <= kLastPrintable) ? QLatin1Char(c) : QLatin1Char('.');
        dump += QLatin1Char('|');
    }
    return dump;
}

} // namespace

struct ConversationView::Formats {
    QTextCharFormat received;
    QTextCharFormat sent;
    QTextCharFormat content;
    QTextCharFormat note;
};

ConversationView::ConversationView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationView>())
{
    m_ui->setupUi(this);
    m_ui->conversationText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->conversationText->document()->setUndoRedoEnabled(false);

    // Between the toolbar and the text, hidden until the whole conversation can no longer be kept: a note in
    // the text would soon scroll out of the bounded view during the very flood that filled the disk.
    m_spillWarning = new QLabel(this);
    m_spillWarning->setObjectName(QStringLiteral("spillWarning"));
    m_spillWarning->setWordWrap(true);
    m_spillWarning->hide();
    m_ui->conversationLayout->insertWidget(1, m_spillWarning);
    m_spill = new SpillFile(QStringLiteral("conversation"), this);
    connect(m_spill, &SpillFile::failed, this, &ConversationView::onSpillFailed);

    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &ConversationView::renderPending);

    connect(m_ui->displayModeCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setDisplayMode(index == kHexModeIndex ? DisplayMode::Hex : DisplayMode::Text); });
    connect(m_ui->clearConversationButton, &QPushButton::clicked, this, &ConversationView::clear);
    connect(m_ui->saveConversationButton, &QPushButton::clicked, this, &ConversationView::saveToFile);

    applyWrapMode();
    updateButtons();
    retranslateSaveToolTip();
}

ConversationView::~ConversationView() = default;

void ConversationView::retranslateSaveToolTip()
{
    // Set here, not in the form: Save writes the whole record now, not only the bytes kept in memory.
    m_ui->saveConversationButton->setToolTip(
        tr("Save every byte received and sent since the last Clear, exactly as it was, to a file."));
    updateSpillWarning();
}

void ConversationView::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    renderAll();
}

void ConversationView::setDisplayMode(DisplayMode mode)
{
    {
        const QSignalBlocker blocker(m_ui->displayModeCombo);
        m_ui->displayModeCombo->setCurrentIndex(mode == DisplayMode::Hex ? kHexModeIndex : kTextModeIndex);
    }
    if (mode == m_displayMode)
        return;
    m_displayMode = mode;
    applyWrapMode();
    renderAll();
}

void ConversationView::setSessionStart(const QDateTime& start)
{
    m_sessionStart = start;
}

QTime ConversationView::wallClockNow()
{
    // QTime::currentTime() converts to local time, and the C library looks at the time zone file
    // (a stat() of /etc/localtime) each time: 10,000 clients echoing a few bytes make batches of
    // 4,096 chunks, and that alone cost the GUI thread tens of milliseconds a batch. The local
    // clock is read once a second and moved on by the steady clock in between.
    constexpr qint64 kRereadMs = 1000;
    if (!m_sinceWallClockRead.isValid() || m_sinceWallClockRead.elapsed() >= kRereadMs) {
        m_wallClockAtRead = QTime::currentTime();
        m_sinceWallClockRead.start();
        return m_wallClockAtRead;
    }
    return m_wallClockAtRead.addMSecs(static_cast<int>(m_sinceWallClockRead.elapsed()));
}

void ConversationView::appendChunk(const workers::DataChunk& chunk, const QString& peerLabel)
{
    const bool received = chunk.direction == workers::Direction::Received;
    const quint64 size = static_cast<quint64>(chunk.bytes.size()) + chunk.omittedBytes;
    (received ? m_bytesReceived : m_bytesSent) += size;

    Entry entry;
    entry.kind = Entry::Kind::Chunk;
    entry.direction = chunk.direction;
    entry.bytes = chunk.bytes;
    entry.uncounted = chunk.omittedBytes;
    m_spill->append(chunk.bytes); // whole, before the cut below
    // A chunk larger than the view could show keeps its start; the rest is counted like omittedBytes.
    if (entry.bytes.size() > kMaxRenderedBytes) {
        entry.uncounted += static_cast<quint64>(entry.bytes.size() - kMaxRenderedBytes);
        entry.bytes.truncate(kMaxRenderedBytes);
    }
    entry.text = peerLabel;
    entry.time = m_sessionStart.isValid() ? m_sessionStart.addMSecs(qRound64(chunk.tMs)).time() : wallClockNow();
    if (received) {
        // "recv() #n" counts on one connection at a time: the client tab's.
        if (chunk.connection != m_recvConnection) {
            m_recvConnection = chunk.connection;
            m_recvCount = 0;
        }
        entry.recvNumber = ++m_recvCount;
    }
    append(std::move(entry));
}

void ConversationView::appendNote(const QString& note)
{
    if (note.isEmpty())
        return; // every entry takes at least one line of its own
    Entry entry;
    entry.kind = Entry::Kind::Note;
    entry.text = note;
    append(std::move(entry));
}

void ConversationView::appendNotShown(quint64 bytes, quint64 receivedBytes)
{
    if (bytes == 0)
        return;
    receivedBytes = std::min(receivedBytes, bytes);
    m_bytesReceived += receivedBytes;
    m_bytesSent += bytes - receivedBytes;
    Entry entry;
    entry.kind = Entry::Kind::NotShown;
    entry.uncounted = bytes;
    append(std::move(entry));
}

void ConversationView::clear()
{
    m_renderTimer.stop();
    m_firstSeq += m_entries.size();
    m_entries.clear();
    m_shownStart = m_shownEnd = m_firstSeq;
    m_storedBytes = 0;
    m_droppedBytes = 0;
    m_olderBytes = 0;
    m_hasOlderLine = false;
    m_fullRenderNeeded = false;
    m_bytesReceived = 0;
    m_bytesSent = 0;
    m_spill->clear();
    m_spillError.clear();
    updateSpillWarning();
    m_ui->conversationText->clear();
    updateButtons();
}

QByteArray ConversationView::storedBytes() const
{
    QByteArray bytes;
    bytes.reserve(m_storedBytes);
    for (const Entry& entry : m_entries)
        bytes += entry.bytes;
    return bytes;
}

void ConversationView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateSaveToolTip();
        renderAll(); // headers and notes are built in code
    } else if (event->type() == QEvent::PaletteChange) {
        renderAll(); // header and note colours come from the palette
    }
}

quint64 ConversationView::Entry::hiddenCost() const
{
    return static_cast<quint64>(bytes.size()) + uncounted;
}

ConversationView::Entry& ConversationView::entryAt(quint64 seq)
{
    return m_entries[seq - m_firstSeq];
}

quint64 ConversationView::endSeq() const
{
    return m_firstSeq + m_entries.size();
}

void ConversationView::append(Entry entry)
{
    m_storedBytes += entry.bytes.size();
    m_entries.push_back(std::move(entry));
    while ((m_storedBytes > kMaxStoredBytes || m_entries.size() > kMaxStoredEntries) && m_entries.size() > 1)
        dropOldest();
    if (!m_renderTimer.isActive()) {
        const qint64 sinceRender = m_sinceRender.isValid() ? m_sinceRender.elapsed() : kMinRenderIntervalMs;
        m_renderTimer.start(static_cast<int>(std::max<qint64>(0, kMinRenderIntervalMs - sinceRender)));
    }
}

void ConversationView::dropOldest()
{
    const Entry& oldest = m_entries.front();
    m_droppedBytes += oldest.hiddenCost();
    if (m_firstSeq >= m_shownStart) {
        // Only when more than the stored bound arrived at once: the document still shows (or has
        // yet to show) this entry, so it is rebuilt from what remains.
        m_shownStart = m_firstSeq + 1;
        m_shownEnd = std::max(m_shownEnd, m_shownStart);
        m_fullRenderNeeded = true;
    }
    m_storedBytes -= oldest.bytes.size();
    m_entries.pop_front();
    ++m_firstSeq;
}

quint64 ConversationView::windowStart() const
{
    // The newest entries that fit the rendering bounds, at least one.
    const qsizetype byteLimit = m_displayMode == DisplayMode::Hex ? kMaxRenderedHexBytes : kMaxRenderedBytes;
    quint64 start = endSeq();
    qsizetype bytes = 0;
    std::size_t count = 0;
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        bytes += it->bytes.size();
        ++count;
        if (count > 1 && (bytes > byteLimit || count > kMaxRenderedEntries))
            break;
        --start;
    }
    return start;
}

void ConversationView::renderPending()
{
    m_renderTimer.stop();
    // Between full renders the window only moves forward.
    const quint64 newStart = std::max(windowStart(), m_shownStart);
    if (m_fullRenderNeeded || newStart >= m_shownEnd) {
        renderAll(); // nothing shown now stays shown
        return;
    }
    const quint64 end = std::min<quint64>(endSeq(), m_shownEnd + kMaxEntriesPerRender);
    if (end == m_shownEnd)
        return;

    QPlainTextEdit* edit = m_ui->conversationText;
    QScrollBar* bar = edit->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    const int oldValue = bar->value();
    QTextDocument* document = edit->document();
    const Formats formats = currentFormats();

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // The oldest shown entries leave from the top: their lines, right after the "older" line.
    int removedBlocks = 0;
    for (quint64 seq = m_shownStart; seq < newStart; ++seq)
        removedBlocks += entryAt(seq).blocks;
    if (removedBlocks > 0) {
        const int first = m_hasOlderLine ? 1 : 0;
        cursor.setPosition(document->findBlockByNumber(first).position());
        cursor.setPosition(document->findBlockByNumber(first + removedBlocks).position(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    for (quint64 seq = m_shownStart; seq < newStart; ++seq)
        m_olderBytes += entryAt(seq).hiddenCost();
    m_shownStart = newStart;
    for (quint64 seq = m_shownEnd; seq < end; ++seq)
        insertEntry(cursor, entryAt(seq), formats);
    m_shownEnd = end;
    updateOlderLine(cursor, formats);
    cursor.endEditBlock();

    // Keep following new data only when the reader was at the bottom; otherwise keep the lines
    // they are reading in place although lines above them left.
    bar->setValue(atBottom ? bar->maximum() : std::max(0, oldValue - removedBlocks));
    m_sinceRender.start();
    updateButtons();
    continueRenderLater();
}

void ConversationView::renderAll()
{
    m_renderTimer.stop();
    m_fullRenderNeeded = false;
    // The window may also grow here (hex to text); the count before it is summed afresh.
    m_shownStart = windowStart();
    m_olderBytes = m_droppedBytes;
    for (quint64 seq = m_firstSeq; seq < m_shownStart; ++seq)
        m_olderBytes += entryAt(seq).hiddenCost();

    QPlainTextEdit* edit = m_ui->conversationText;
    QScrollBar* bar = edit->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    const int oldValue = bar->value();
    const Formats formats = currentFormats();

    edit->clear();
    m_hasOlderLine = false;
    QTextCursor cursor(edit->document());
    cursor.beginEditBlock();
    const quint64 end = std::min<quint64>(endSeq(), m_shownStart + kMaxEntriesPerRender);
    for (quint64 seq = m_shownStart; seq < end; ++seq)
        insertEntry(cursor, entryAt(seq), formats);
    m_shownEnd = end;
    updateOlderLine(cursor, formats);
    cursor.endEditBlock();

    bar->setValue(atBottom ? bar->maximum() : oldValue);
    m_sinceRender.start();
    updateButtons();
    continueRenderLater();
}

void ConversationView::continueRenderLater()
{
    // Entries left for the next turn (kMaxEntriesPerRender): on right after the events waiting now.
    if (m_shownEnd < endSeq())
        m_renderTimer.start(0);
}

void ConversationView::insertEntry(QTextCursor& cursor, Entry& entry, const Formats& formats) const
{
    QTextDocument* document = cursor.document();
    const int blocksBefore = document->isEmpty() ? 0 : document->blockCount();
    // setPosition, not movePosition: moving lays out the block it passes, which with wrapping
    // made rendering several times slower.
    cursor.setPosition(document->characterCount() - 1);
    if (blocksBefore > 0)
        cursor.insertBlock();

    switch (entry.kind) {
    case Entry::Kind::Chunk: {
        const bool received = entry.direction == workers::Direction::Received;
        cursor.insertText(headerText(entry), received ? formats.received : formats.sent);
        const QString content = contentText(entry);
        if (!content.isEmpty()) {
            cursor.insertBlock();
            cursor.insertText(content, formats.content);
        }
        if (entry.uncounted > 0) {
            cursor.insertBlock();
            cursor.insertText(byteCountText(QT_TR_N_NOOP("(+%n byte(s) not shown)"), entry.uncounted), formats.note);
        }
        break;
    }
    case Entry::Kind::Note: cursor.insertText(entry.text, formats.note); break;
    case Entry::Kind::NotShown:
        cursor.insertText(byteCountText(QT_TR_N_NOOP("%n byte(s) not shown"), entry.uncounted), formats.note);
        break;
    }
    entry.blocks = document->blockCount() - blocksBefore;
}

void ConversationView::updateOlderLine(QTextCursor& cursor, const Formats& formats)
{
    if (m_olderBytes == 0)
        return;
    cursor.setPosition(0);
    if (m_hasOlderLine) {
        cursor.setPosition(cursor.document()->firstBlock().length() - 1, QTextCursor::KeepAnchor);
    } else if (!cursor.document()->isEmpty()) {
        cursor.insertBlock();
        cursor.setPosition(0);
    }
    cursor.insertText(byteCountText(QT_TR_N_NOOP("%n older byte(s) not shown"), m_olderBytes), formats.note);
    m_hasOlderLine = true;
}

ConversationView::Formats ConversationView::currentFormats() const
{
    Formats formats;
    formats.received.setFontWeight(QFont::Bold);
    formats.received.setForeground(palette().color(QPalette::Link));
    formats.sent.setFontWeight(QFont::Bold);
    formats.sent.setForeground(palette().color(QPalette::Text));
    formats.content.setForeground(palette().color(QPalette::Text));
    formats.note.setFontItalic(true);
    formats.note.setForeground(palette().color(QPalette::PlaceholderText));
    return formats;
}

QString ConversationView::headerText(const Entry& entry) const
{
    const quint64 size = static_cast<quint64>(entry.bytes.size()) + entry.uncounted;
    const bool received = entry.direction == workers::Direction::Received;
    QString header;
    if (m_layout == Layout::Chunks) {
        header = received ? byteCountText(QT_TR_N_NOOP("recv() #%1 — %n byte(s)"), size).arg(entry.recvNumber)
                          : byteCountText(QT_TR_N_NOOP("send() — %n byte(s)"), size);
    } else if (entry.text.isEmpty()) {
        header = received ? byteCountText(QT_TR_N_NOOP("← %n byte(s) received"), size)
                          : byteCountText(QT_TR_N_NOOP("→ %n byte(s) sent"), size);
    } else {
        header = received ? byteCountText(QT_TR_N_NOOP("← %n byte(s) from %1"), size).arg(entry.text)
                          : byteCountText(QT_TR_N_NOOP("→ %n byte(s) to %1"), size).arg(entry.text);
    }
    return entry.time.toString(kTimeFormat) + kHeaderSeparator + header;
}

QString ConversationView::contentText(const Entry& entry) const
{
    if (m_displayMode == DisplayMode::Hex)
        return hexDump(entry.bytes);
    const QString text = QString::fromStdString(core::escapeForDisplay(view(entry.bytes), true));
    // A chunk's final newline ends its last line; an extra empty line would only add noise.
    const qsizetype length = text.endsWith(QLatin1Char('\n')) ? text.size() - 1 : text.size();
    // Laying out one very long paragraph costs far more than the same text in short ones (a
    // 64 KiB line took a second): long lines are broken, like the widget's own wrapping would.
    QString broken;
    broken.reserve(length + length / kMaxTextLineChars);
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            lineStart = i + 1;
        } else if (i - lineStart >= kMaxTextLineChars && !c.isLowSurrogate()) {
            broken += QLatin1Char('\n');
            lineStart = i;
        }
        broken += c;
    }
    return broken;
}

QString ConversationView::byteCountText(const char* source, quint64 count) const
{
    if (count <= static_cast<quint64>(std::numeric_limits<int>::max()))
        return tr(source, nullptr, static_cast<int>(count));
    const auto standIn = static_cast<int>(kPluralStandInBase + count % kPluralStandInBase);
    return tr(source, nullptr, standIn).replace(QString::number(standIn), QString::number(count));
}

void ConversationView::applyWrapMode()
{
    // Hex lines are exactly 16 bytes wide; text wraps at the view's width.
    m_ui->conversationText->setLineWrapMode(
        m_displayMode == DisplayMode::Hex ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
}

void ConversationView::updateButtons()
{
    m_ui->saveConversationButton->setEnabled(m_storedBytes > 0);
    m_ui->clearConversationButton->setEnabled(!m_entries.empty() || m_olderBytes > 0);
}

void ConversationView::saveToFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("conversation.bin"));
    // The dialog asks before replacing an existing file.
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Save Conversation"), suggested, tr("All files (*)"));
    if (!fileName.isEmpty())
        saveTo(fileName);
}

bool ConversationView::saveTo(const QString& fileName)
{
    QString error;
    if (m_spill->isComplete()) {
        if (m_spill->copyTo(fileName, error))
            return true;
    } else {
        const QByteArray bytes = storedBytes();
        QSaveFile file(fileName);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return true;
        error = file.errorString();
    }
    QMessageBox::warning(this, tr("Save Conversation"),
        tr("Could not save the conversation to %1:\n%2").arg(QDir::toNativeSeparators(fileName), error));
    return false;
}

void ConversationView::onSpillFailed(const QString& reason)
{
    m_spillError = reason;
    updateSpillWarning();
}

void ConversationView::updateSpillWarning()
{
    m_spillWarning->setVisible(!m_spillError.isEmpty());
    if (!m_spillError.isEmpty()) {
        m_spillWarning->setText(tr("The whole conversation can no longer be kept for Save (%1): Save will write "
                                   "only the most recent data.")
                                    .arg(m_spillError));
    }
}

} // namespace socketlab::gui
