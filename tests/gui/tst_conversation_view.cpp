// Tests for ConversationView: received data shown safely as text or hex, chunk headers with exact
// sizes, and bounded storage and rendering with exact "not shown" counts.
#include "gui/conversation_view.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

using socketlab::gui::ConversationView;
using socketlab::workers::DataChunk;
using socketlab::workers::Direction;

namespace {

constexpr qsizetype kKiB = 1024;
constexpr qsizetype kMiB = 1024 * kKiB;
constexpr char kContext[] = "socketlab::gui::ConversationView";
const QString kPeer = QStringLiteral("('127.0.0.1', 48437)");

// The view's own texts, as tr() gives them in the running language (plural forms included).
QString viewText(const char* source, int count)
{
    return QCoreApplication::translate(kContext, source, nullptr, count);
}

DataChunk chunk(const QByteArray& bytes, Direction direction = Direction::Received, quint64 connection = 1)
{
    DataChunk result;
    result.connection = connection;
    result.direction = direction;
    result.bytes = bytes;
    return result;
}

QPlainTextEdit* textView(ConversationView& view)
{
    return view.findChild<QPlainTextEdit*>("conversationText");
}

// Rendering happens once control returns to the event loop; wait until the last line is the one
// expected.
void waitForLastLine(ConversationView& view, const QString& lastLine)
{
    QPlainTextEdit* edit = textView(view);
    QTRY_VERIFY2(edit->toPlainText().endsWith(lastLine), qPrintable(edit->toPlainText().right(200)));
}

QStringList shownLines(ConversationView& view)
{
    return textView(view)->toPlainText().split(QLatin1Char('\n'));
}

// A "language" that marks every text of the view and its form, to see what is retranslated.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        const QByteArray name(context);
        if (name != kContext && name != "ConversationView")
            return {};
        return QStringLiteral("XX ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestConversationView : public QObject {
    Q_OBJECT

private slots:
    void widgetsFromForm();
    void floodRendersOnlyASmallWindow();
    void manyEntriesRenderedOverSeveralTurns();
    void escapesBinaryData();
    void showsUtf8AsIs();
    void streamHeaders();
    void chunksHeaders();
    void hexLines();
    void omittedBytesNoted();
    void notesAndNotShown();
    void boundedWhenAppendedAtOnce();
    void boundedWhenRenderedAsItArrives();
    void scrollFollowsOnlyAtBottom();
    void clearResets();
    void floodStaysResponsive();
    void languageChangeRetranslates();
};

void TestConversationView::widgetsFromForm()
{
    ConversationView view;
    QVERIFY(view.findChild<QComboBox*>("displayModeCombo"));
    QVERIFY(view.findChild<QPushButton*>("clearConversationButton"));
    QVERIFY(view.findChild<QPushButton*>("saveConversationButton"));
    QVERIFY(textView(view));
    QVERIFY(textView(view)->isReadOnly());
    QVERIFY(!view.findChild<QPushButton*>("saveConversationButton")->isEnabled()); // nothing to save yet
}

void TestConversationView::escapesBinaryData()
{
    ConversationView view;
    // A terminal colour escape, NUL, an invalid UTF-8 byte, a bell and a backslash.
    view.appendChunk(chunk(QByteArray("red:\x1b[31mX\x1b[0m\x00\xff\x07\\", 18)), kPeer);
    waitForLastLine(view, QStringLiteral("red:\\x1b[31mX\\x1b[0m\\x00\\xff\\x07\\\\"));
    const QString shown = textView(view)->toPlainText();
    QVERIFY(!shown.contains(QChar(0x1b)));
    QVERIFY(!shown.contains(QChar(0x00)));
    QVERIFY(!shown.contains(QChar(0x07)));
    QVERIFY(!shown.contains(QChar::ReplacementCharacter));
    QCOMPARE(view.storedBytes(), QByteArray("red:\x1b[31mX\x1b[0m\x00\xff\x07\\", 18)); // saved raw
}

void TestConversationView::showsUtf8AsIs()
{
    ConversationView view;
    const QString russian = QStringLiteral("Привет, мир! Как дела?");
    view.appendChunk(chunk(russian.toUtf8() + "\nвторая строка\n"), kPeer);
    waitForLastLine(view, QStringLiteral("вторая строка"));
    const QStringList lines = shownLines(view);
    QCOMPARE(lines.size(), 3); // header, two lines; the final newline adds no empty line
    QCOMPARE(lines.at(1), russian);
}

void TestConversationView::streamHeaders()
{
    ConversationView view;
    view.setSessionStart(QDateTime(QDate(2026, 11, 25), QTime(10, 57, 1)));
    DataChunk received = chunk(QByteArray(24, 'a'));
    received.tMs = 123.4;
    view.appendChunk(received, kPeer);
    DataChunk sent = chunk(QByteArray(24, 'b'), Direction::Sent);
    sent.tMs = 1500;
    view.appendChunk(sent, kPeer);
    view.appendChunk(chunk(QByteArray(1, 'c')), QString());
    waitForLastLine(view, QStringLiteral("c"));

    const QStringList lines = shownLines(view);
    QCOMPARE(lines.at(0), QStringLiteral("10:57:01.123  ") + viewText("← %n byte(s) from %1", 24).arg(kPeer));
    QCOMPARE(lines.at(2), QStringLiteral("10:57:02.500  ") + viewText("→ %n byte(s) to %1", 24).arg(kPeer));
    QVERIFY(lines.at(4).endsWith(viewText("← %n byte(s) received", 1)));
    QVERIFY(lines.at(0).contains(QStringLiteral("24 byte")));
    QCOMPARE(view.bytesReceived(), quint64(25));
    QCOMPARE(view.bytesSent(), quint64(24));
}

void TestConversationView::chunksHeaders()
{
    ConversationView view;
    view.setLayout(ConversationView::Layout::Chunks);
    view.appendChunk(chunk(QByteArray(1024, 'x')), kPeer);
    view.appendChunk(chunk(QByteArray(1000, 'y')), kPeer);
    view.appendChunk(chunk("Hello", Direction::Sent), kPeer);
    view.appendChunk(chunk("again", Direction::Received, 2), kPeer); // a new connection counts from 1
    waitForLastLine(view, QStringLiteral("again"));

    const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d  "));
    const QStringList lines = shownLines(view);
    QCOMPARE(lines.size(), 8);
    for (int i = 0; i < lines.size(); i += 2)
        QVERIFY2(time.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
    QVERIFY(lines.at(0).endsWith(viewText("recv() #%1 — %n byte(s)", 1024).arg(1)));
    QVERIFY(lines.at(0).contains(QStringLiteral("recv() #1 — 1024 byte")));
    QVERIFY(lines.at(2).contains(QStringLiteral("recv() #2 — 1000 byte")));
    QVERIFY(lines.at(4).endsWith(viewText("send() — %n byte(s)", 5)));
    QVERIFY(lines.at(6).contains(QStringLiteral("recv() #1 — 5 byte")));

    // Switching the layout re-renders the same chunks with Stream headers.
    view.setLayout(ConversationView::Layout::Stream);
    QVERIFY(shownLines(view).at(0).endsWith(viewText("← %n byte(s) from %1", 1024).arg(kPeer)));
}

void TestConversationView::hexLines()
{
    ConversationView view;
    view.appendChunk(chunk("Hello, world! 0123\r\n"), kPeer);
    view.setDisplayMode(ConversationView::DisplayMode::Hex);
    QCOMPARE(view.findChild<QComboBox*>("displayModeCombo")->currentIndex(), 1);
    QCOMPARE(textView(view)->lineWrapMode(), QPlainTextEdit::NoWrap);

    QStringList lines = shownLines(view);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(
        lines.at(1), QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 20 30 31  |Hello, world! 01|"));
    QCOMPARE(lines.at(2), QStringLiteral("00000010  32 33 0d 0a                                       |23..|"));

    // The combo switches back, and text mode escapes the same bytes.
    view.findChild<QComboBox*>("displayModeCombo")->setCurrentIndex(0);
    QCOMPARE(view.displayMode(), ConversationView::DisplayMode::Text);
    lines = shownLines(view);
    QCOMPARE(lines.at(1), QStringLiteral("Hello, world! 0123\\r"));

    // Appends in hex mode render as hex too.
    view.setDisplayMode(ConversationView::DisplayMode::Hex);
    view.appendChunk(chunk(QByteArray("\x00\xff", 2)), kPeer);
    waitForLastLine(view, QStringLiteral("00000000  00 ff                                             |..|"));
}

void TestConversationView::omittedBytesNoted()
{
    ConversationView view;
    DataChunk cut = chunk("abc");
    cut.omittedBytes = 1000;
    view.appendChunk(cut, kPeer);
    waitForLastLine(view, viewText("(+%n byte(s) not shown)", 1000));
    const QStringList lines = shownLines(view);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).endsWith(viewText("← %n byte(s) from %1", 1003).arg(kPeer)));
    QCOMPARE(lines.at(1), QStringLiteral("abc"));
    QCOMPARE(view.bytesReceived(), quint64(1003));
    QCOMPARE(view.storedBytes(), QByteArray("abc"));
}

void TestConversationView::notesAndNotShown()
{
    ConversationView view;
    view.appendChunk(chunk("data"), kPeer);
    view.appendNotShown(4096, 4000);
    view.appendNote(QStringLiteral("Connection 3 closed by the peer"));
    waitForLastLine(view, QStringLiteral("Connection 3 closed by the peer"));
    const QStringList lines = shownLines(view);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(2), viewText("%n byte(s) not shown", 4096));
    QVERIFY(lines.at(2).contains(QStringLiteral("4096")));
    // Left out, yet counted in its direction.
    QCOMPARE(view.bytesReceived(), quint64(4 + 4000));
    QCOMPARE(view.bytesSent(), quint64(96));

    // Notes are italic: the view renders them apart from the data.
    QTextBlock noteBlock = textView(view)->document()->findBlockByNumber(3);
    QVERIFY(noteBlock.begin().fragment().charFormat().fontItalic());
}

void TestConversationView::boundedWhenAppendedAtOnce()
{
    ConversationView view;
    constexpr qsizetype kChunk = 64 * kKiB;
    constexpr qsizetype kTotal = 3 * kMiB;
    for (qsizetype sent = 0; sent < kTotal; sent += kChunk)
        view.appendChunk(chunk(QByteArray(kChunk, static_cast<char>('A' + sent / kChunk % 26))), kPeer);

    QCOMPARE(view.bytesReceived(), quint64(kTotal));
    const QByteArray stored = view.storedBytes();
    QVERIFY(stored.size() <= ConversationView::kMaxStoredBytes);
    QCOMPARE(stored.size(), kMiB);
    QByteArray newest; // the last 1 MiB appended, in order
    for (qsizetype sent = kTotal - kMiB; sent < kTotal; sent += kChunk)
        newest += QByteArray(kChunk, static_cast<char>('A' + sent / kChunk % 26));
    QCOMPARE(stored, newest);

    // The view shows the newest kRendered bytes; the first line counts every byte before them.
    const quint64 hidden = quint64(kTotal - ConversationView::kMaxRenderedBytes);
    QTRY_COMPARE(shownLines(view).at(0), viewText("%n older byte(s) not shown", int(hidden)));
    QVERIFY(shownLines(view).at(0).contains(QString::number(hidden)));
    const QStringList headers = shownLines(view).filter(kPeer);
    QCOMPARE(headers.size(), int(ConversationView::kMaxRenderedBytes / kChunk));
}

void TestConversationView::boundedWhenRenderedAsItArrives()
{
    // Chunks of several lines, rendered one by one: the incremental path (lines leaving from the
    // top) must end exactly where a full re-render does.
    ConversationView view;
    view.setLayout(ConversationView::Layout::Chunks);
    constexpr int kChunks = 400;
    quint64 total = 0;
    for (int i = 0; i < kChunks; ++i) {
        QByteArray bytes;
        for (int line = 0; line <= i % 5; ++line)
            bytes += QByteArray(2000 + i, 'a' + line) + '\n';
        const QByteArray tag = QByteArray("end of chunk ") + QByteArray::number(i);
        bytes += tag;
        total += quint64(bytes.size());
        view.appendChunk(chunk(bytes), kPeer);
        if (i % 7 == 3)
            view.appendNote(QStringLiteral("note %1").arg(i));
        else if (i % 3 == 0) // several entries per update, as in real batches
            waitForLastLine(view, QString::fromLatin1(tag));
    }
    QCOMPARE(view.bytesReceived(), total);
    QVERIFY(view.storedBytes().size() <= ConversationView::kMaxStoredBytes);
    QVERIFY(view.storedBytes().endsWith("end of chunk 399"));
    QTRY_VERIFY(textView(view)->toPlainText().endsWith(QStringLiteral("end of chunk 399")));

    const QString incremental = textView(view)->toPlainText();
    const QString firstLine = incremental.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(QStringLiteral("older")), qPrintable(firstLine));
    view.setDisplayMode(ConversationView::DisplayMode::Hex);
    view.setDisplayMode(ConversationView::DisplayMode::Text);
    QCOMPARE(textView(view)->toPlainText(), incremental);

    // The first line's count plus what is shown is everything received.
    const QRegularExpression number(QStringLiteral("(\\d+)"));
    const quint64 older = number.match(firstLine).captured(1).toULongLong();
    quint64 shown = 0;
    const QRegularExpression size(QStringLiteral("— (\\d+) byte"));
    for (const QString& line : shownLines(view)) {
        const auto match = size.match(line);
        if (match.hasMatch())
            shown += match.captured(1).toULongLong();
    }
    QCOMPARE(older + shown, total);
    QVERIFY(shown <= quint64(ConversationView::kMaxRenderedBytes));
}

void TestConversationView::scrollFollowsOnlyAtBottom()
{
    ConversationView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar* bar = textView(view)->verticalScrollBar();
    for (int i = 0; i < 200; ++i)
        view.appendChunk(chunk(QByteArray::number(i)), kPeer);
    waitForLastLine(view, QStringLiteral("199"));
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // followed the data

    bar->setValue(bar->maximum() / 2);
    const int reading = bar->value();
    view.appendChunk(chunk("more"), kPeer);
    waitForLastLine(view, QStringLiteral("more"));
    QCOMPARE(bar->value(), reading); // the reader stays where they were

    bar->setValue(bar->maximum());
    view.appendChunk(chunk("latest"), kPeer);
    waitForLastLine(view, QStringLiteral("latest"));
    QCOMPARE(bar->value(), bar->maximum());
}

void TestConversationView::clearResets()
{
    ConversationView view;
    view.appendChunk(chunk("abc"), kPeer);
    view.appendChunk(chunk("de", Direction::Sent), kPeer);
    waitForLastLine(view, QStringLiteral("de"));
    QVERIFY(view.findChild<QPushButton*>("saveConversationButton")->isEnabled());
    QTest::mouseClick(view.findChild<QPushButton*>("clearConversationButton"), Qt::LeftButton);
    QCOMPARE(textView(view)->toPlainText(), QString());
    QCOMPARE(view.storedBytes(), QByteArray());
    QCOMPARE(view.bytesReceived(), quint64(0));
    QCOMPARE(view.bytesSent(), quint64(0));
    QVERIFY(!view.findChild<QPushButton*>("saveConversationButton")->isEnabled());

    view.appendChunk(chunk("fresh"), kPeer);
    waitForLastLine(view, QStringLiteral("fresh"));
    QCOMPARE(shownLines(view).size(), 2);
}

void TestConversationView::floodStaysResponsive()
{
    // 30 batches of 256 KiB (one second of a flood) in hex mode, the most expensive rendering:
    // each batch must render well within a frame budget of the event loop.
    ConversationView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDisplayMode(ConversationView::DisplayMode::Hex);
    constexpr int kBatches = 30;
    constexpr qsizetype kRecvSize = 1024; // the client's recv() size: 256 chunks a batch
    QElapsedTimer timer;
    timer.start();
    qint64 slowest = 0;
    for (int batch = 0; batch < kBatches; ++batch) {
        QElapsedTimer batchTimer;
        batchTimer.start();
        for (qsizetype offset = 0; offset < socketlab::workers::kMaxDataBytesPerBatch; offset += kRecvSize)
            view.appendChunk(chunk(QByteArray(kRecvSize, char(batch))), kPeer);
        const QString last = QStringLiteral("%1").arg(batch, 2, 16, QLatin1Char('0'));
        QTRY_VERIFY(textView(view)->document()->lastBlock().text().contains(last + QLatin1Char(' ') + last));
        slowest = std::max(slowest, batchTimer.elapsed());
    }
    qInfo("30 batches of 256 KiB in hex: %lld ms in all, slowest batch %lld ms", timer.elapsed(), slowest);
    QCOMPARE(view.bytesReceived(), quint64(kBatches) * quint64(socketlab::workers::kMaxDataBytesPerBatch));
    QVERIFY(textView(view)->document()->characterCount() < 4 * 1024 * 1024);
}

void TestConversationView::languageChangeRetranslates()
{
    ConversationView view;
    view.setLayout(ConversationView::Layout::Chunks);
    view.appendChunk(chunk("abc"), kPeer);
    waitForLastLine(view, QStringLiteral("abc"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(view.findChild<QComboBox*>("displayModeCombo")->itemText(1), QStringLiteral("XX Hex"));
    QTRY_VERIFY2(
        shownLines(view).at(0).contains(QStringLiteral("XX recv() #1 — 3 byte")), qPrintable(shownLines(view).at(0)));
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(!shownLines(view).at(0).contains(QStringLiteral("XX ")));
}

void TestConversationView::floodRendersOnlyASmallWindow()
{
    // A flood's batch is 256 KiB (SessionBatch's bound) in 64 KiB recv() chunks; every render lays
    // its window out anew, so the window is a few screens of text, not the whole batch (a 256 KiB
    // window was the GUI thread's largest piece of work in the flood profile).
    ConversationView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 4; ++i)
        view.appendChunk(chunk(QByteArray(64 * kKiB, static_cast<char>('a' + i))), kPeer);
    QTRY_VERIFY(shownLines(view).size() > 1);
    QTRY_VERIFY(shownLines(view).at(0).contains(QString::number(3 * 64 * kKiB))); // "196608 older bytes not shown"
    const int characters
        = view.findChild<QPlainTextEdit*>(QStringLiteral("conversationText"))->document()->characterCount();
    QVERIFY2(characters < 80 * kKiB, qPrintable(QString::number(characters)));
    QCOMPARE(view.bytesReceived(), quint64(4 * 64 * kKiB));
}

void TestConversationView::manyEntriesRenderedOverSeveralTurns()
{
    // 10,000 clients echoing at once bring thousands of tiny entries in one batch: laying out the
    // whole window in one go was the GUI thread's longest event. A render turn takes a bounded
    // number of entries, oldest first; the next turns add the rest, and the text ends the same.
    ConversationView view;
    constexpr int kNotes = int(ConversationView::kMaxEntriesPerRender) * 2 + 7;
    static_assert(kNotes < int(ConversationView::kMaxRenderedEntries), "the whole set fits the window");
    for (int i = 0; i < kNotes; ++i)
        view.appendNote(QStringLiteral("note %1").arg(i));
    // A render turn, synchronously (a mode switch lays the window out anew): waiting for the timer
    // instead could see several turns at once on a loaded machine.
    view.setDisplayMode(ConversationView::DisplayMode::Hex);
    const QStringList first = shownLines(view);
    QCOMPARE(first.size(), int(ConversationView::kMaxEntriesPerRender));
    QCOMPARE(first.front(), QStringLiteral("note 0"));
    waitForLastLine(view, QStringLiteral("note %1").arg(kNotes - 1));
    const QStringList all = shownLines(view);
    QCOMPARE(all.size(), kNotes);
    for (int i = 0; i < kNotes; ++i)
        QCOMPARE(all.at(i), QStringLiteral("note %1").arg(i));
}

QTEST_MAIN(TestConversationView)
#include "tst_conversation_view.moc"
