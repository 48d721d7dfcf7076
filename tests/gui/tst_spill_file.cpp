// Tests for "nothing lost": the conversation and the call trace are saved whole however far a session went
// past what the views keep in memory (SpillFile), the in-memory part stays bounded, the temporary files go
// with clear() and the view, and a spill file that cannot be written is said once while the view goes on.
#include "core/trace_format.h"
#include "gui/conversation_view.h"
#include "gui/spill_file.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <string>
#include <sys/resource.h>
#include <vector>

using socketlab::core::CallEvent;
using socketlab::gui::ConversationView;
using socketlab::gui::SpillFile;
using socketlab::gui::TraceModel;
using socketlab::gui::TracePanel;
using socketlab::workers::DataChunk;
using socketlab::workers::Direction;

namespace {

constexpr qsizetype kMiB = 1024 * 1024;
constexpr qsizetype kConversationBytes = 5 * kMiB;
constexpr qsizetype kChunkBytes = 40000; // not a power of two: chunk edges fall anywhere
constexpr int kTraceCalls = 50000;
constexpr int kTraceBatch = 2000; // workers::kMaxCallsPerBatch

// Bytes that differ from chunk to chunk and include every byte value, so a lost, doubled or reordered
// chunk shows in the comparison.
QByteArray patternChunk(int index, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 7 + index * 13) & 0xff);
    return bytes;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CallEvent numberedEvent(int i)
{
    CallEvent event;
    event.tMs = i * 0.25;
    event.call = "send";
    event.args = "4, #" + std::to_string(i);
    event.result = 1;
    event.socket = 4;
    return event;
}

// Open files of this process in `directory`. A spill file may have no name at all (Linux's O_TMPFILE), so it
// is found by the descriptors that point there, which also shows it is closed after clear().
int spillFilesIn(const QString& directory)
{
    int count = 0;
    const QString prefix = QDir(directory).canonicalPath() + QLatin1Char('/');
    for (const QFileInfo& fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files)) {
        if (fd.symLinkTarget().startsWith(prefix))
            ++count;
    }
    return count;
}

// A path QDir::tempPath() accepts but where no file can be made: an existing regular file (root ignores
// permissions, so a read-only directory would not do).
QString unusableTempDir(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("not-a-directory"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    return path;
}

// Points QDir::tempPath() at `path` for the lifetime of the object.
class TempDirOverride {
public:
    explicit TempDirOverride(const QString& path)
        : m_old(qgetenv("TMPDIR"))
        , m_wasSet(qEnvironmentVariableIsSet("TMPDIR"))
    {
        qputenv("TMPDIR", QFile::encodeName(path));
    }
    ~TempDirOverride()
    {
        if (m_wasSet)
            qputenv("TMPDIR", m_old);
        else
            qunsetenv("TMPDIR");
    }

private:
    QByteArray m_old;
    bool m_wasSet;
};

// A file size limit for this process (as a full disk would stop writes), lifted again at the end.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of killing us
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestSpillFile : public QObject {
    Q_OBJECT

private slots:
    void conversationSavedWholePastTheBound();
    void conversationTempFileGoesWithClearAndView();
    void conversationSpillFailureIsSaidOnce();
    void traceSavedWholePastTheBound();
    void traceSpillFailureIsShown();
    void diskFullMidwayFailsOnce();
    void sizeLimitStopsTheRecord();
    void saveNamesAreTakenAsGiven_data();
    void saveNamesAreTakenAsGiven();
};

void TestSpillFile::conversationSavedWholePastTheBound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TempDirOverride temp(dir.path());
    ConversationView view;
    QByteArray everything;
    int index = 0;
    for (qsizetype sent = 0; sent < kConversationBytes; sent += kChunkBytes, ++index) {
        DataChunk chunk;
        chunk.connection = 1;
        chunk.direction = index % 3 == 0 ? Direction::Sent : Direction::Received;
        chunk.bytes = patternChunk(index, kChunkBytes);
        everything += chunk.bytes;
        view.appendChunk(chunk, QStringLiteral("('127.0.0.1', 48437)"));
        if (index % 16 == 0)
            QCoreApplication::processEvents(); // batches arrive from the event loop
    }
    // One chunk over the view's per-chunk cut: the saved file still holds all of it.
    DataChunk big;
    big.bytes = patternChunk(index, ConversationView::kMaxRenderedBytes * 2);
    everything += big.bytes;
    view.appendChunk(big, QString());

    // The memory part stayed bounded although five times its bound went through.
    QVERIFY(view.storedBytes().size() <= ConversationView::kMaxStoredBytes);
    QCOMPARE(view.bytesReceived() + view.bytesSent(), static_cast<quint64>(everything.size()));

    const QString path = dir.filePath(QStringLiteral("conversation.bin"));
    QVERIFY(view.saveTo(path));
    const QByteArray saved = readAll(path);
    qInfo("saved %lld bytes, kept %lld in memory", qlonglong(saved.size()), qlonglong(view.storedBytes().size()));
    QCOMPARE(saved.size(), everything.size());
    QVERIFY(saved == everything);

    // More data after a Save is saved too, after what came before.
    const QByteArray more = patternChunk(9999, 1000);
    DataChunk last;
    last.bytes = more;
    view.appendChunk(last, QString());
    QVERIFY(view.saveTo(path));
    QVERIFY(readAll(path) == everything + more);
}

void TestSpillFile::conversationTempFileGoesWithClearAndView()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TempDirOverride temp(dir.path());
    {
        ConversationView view;
        DataChunk chunk;
        chunk.bytes = patternChunk(1, 1000);
        view.appendChunk(chunk, QString());
        QTRY_COMPARE(spillFilesIn(dir.path()), 1);
        view.clear();
        QCOMPARE(spillFilesIn(dir.path()), 0);
        view.appendChunk(chunk, QString());
        QTRY_COMPARE(spillFilesIn(dir.path()), 1);
        // After clear() only the new data is saved.
        const QString path = QDir(dir.path()).filePath(QStringLiteral("after-clear.bin"));
        QVERIFY(view.saveTo(path));
        QCOMPARE(readAll(path), chunk.bytes);
        QFile::remove(path);
    }
    QCOMPARE(spillFilesIn(dir.path()), 0); // the view is gone, as at the app's exit
}

void TestSpillFile::conversationSpillFailureIsSaidOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TempDirOverride temp(unusableTempDir(dir));
    ConversationView view;
    QByteArray everything;
    for (int i = 0; i < 30; ++i) {
        DataChunk chunk;
        // At the per-chunk cut, not over it: what is kept is the newest whole.
        chunk.bytes = patternChunk(i, ConversationView::kMaxRenderedBytes);
        everything += chunk.bytes;
        view.appendChunk(chunk, QString());
        QCoreApplication::processEvents();
    }
    view.resize(800, 400);
    view.show();
    auto* warning = view.findChild<QLabel*>(QStringLiteral("spillWarning"));
    QVERIFY(warning);
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("can no longer be kept")), qPrintable(warning->text()));
    // Said once, in its own line: nothing about it in the text, which a flood scrolls away.
    auto* text = view.findChild<QPlainTextEdit*>(QStringLiteral("conversationText"));
    QVERIFY(!text->toPlainText().contains(QLatin1String("can no longer be kept")));

    // Save still works, with what the view kept: the newest bytes.
    const QString path = dir.filePath(QStringLiteral("kept.bin"));
    QVERIFY(view.saveTo(path));
    const QByteArray saved = readAll(path);
    QVERIFY(!saved.isEmpty());
    QVERIFY(saved.size() <= ConversationView::kMaxStoredBytes);
    QVERIFY(everything.endsWith(saved));

    // Clear hides the line and starts a new record (which fails again here).
    view.clear();
    QVERIFY(!warning->isVisible());
}

void TestSpillFile::traceSavedWholePastTheBound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TracePanel panel;
    std::string text;
    std::string json;
    for (int first = 0; first < kTraceCalls; first += kTraceBatch) {
        std::vector<CallEvent> batch;
        for (int i = first; i < first + kTraceBatch; ++i) {
            batch.push_back(numberedEvent(i));
            text += socketlab::core::toTextLine(batch.back()) + '\n';
            json += socketlab::core::toJsonLine(batch.back()) + '\n';
        }
        panel.append(batch);
        QCoreApplication::processEvents();
    }
    QVERIFY(panel.model()->rowCount() <= socketlab::gui::kDefaultMaxTraceRows);
    QCOMPARE(panel.model()->totalCalls(), quint64(kTraceCalls));

    const QString textPath = dir.filePath(QStringLiteral("trace.txt"));
    QVERIFY(panel.saveTo(textPath, false));
    const QByteArray savedText = readAll(textPath);
    QCOMPARE(savedText.count('\n'), kTraceCalls);
    QVERIFY(savedText == QByteArray::fromStdString(text));

    const QString jsonPath = dir.filePath(QStringLiteral("trace.jsonl"));
    QVERIFY(panel.saveTo(jsonPath, true));
    const QByteArray savedJson = readAll(jsonPath);
    QCOMPARE(savedJson.count('\n'), kTraceCalls);
    QVERIFY(savedJson == QByteArray::fromStdString(json));

    // Clear starts a new record.
    panel.clear();
    panel.append({numberedEvent(7)});
    QVERIFY(panel.saveTo(textPath, false));
    QCOMPARE(readAll(textPath), QByteArray::fromStdString(socketlab::core::toTextLine(numberedEvent(7)) + '\n'));
}

void TestSpillFile::traceSpillFailureIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TempDirOverride temp(unusableTempDir(dir));
    TracePanel panel;
    panel.resize(900, 400);
    panel.show();
    panel.append({numberedEvent(1), numberedEvent(2)});
    QLabel* warning = nullptr;
    QTRY_VERIFY((warning = [&]() -> QLabel* {
        for (QLabel* label : panel.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(QLatin1String("can no longer be kept")))
                return label;
        }
        return nullptr;
    }()));
    // Save falls back to the rows in the table.
    const QString path = dir.filePath(QStringLiteral("trace.txt"));
    QVERIFY(panel.saveTo(path, false));
    QCOMPARE(QString::fromUtf8(readAll(path)), panel.model()->toText() + QLatin1Char('\n'));
    // Clear hides the message and tries again.
    panel.clear();
    QVERIFY(!warning->isVisible());
}

void TestSpillFile::diskFullMidwayFailsOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TempDirOverride temp(dir.path());
    SpillFile spill(QStringLiteral("test"));
    QSignalSpy failed(&spill, &SpillFile::failed);
    {
        const FileSizeLimit limit(static_cast<rlim_t>(kMiB));
        QVERIFY(limit.ok());
        for (int i = 0; i < 12; ++i)
            spill.append(patternChunk(i, SpillFile::kPendingBytes)); // each one written at once
    }
    QCOMPARE(failed.count(), 1);
    QVERIFY(!spill.isComplete());
    QVERIFY2(!spill.errorString().isEmpty(), qPrintable(spill.errorString()));
    QString error;
    QVERIFY(!spill.copyTo(dir.filePath(QStringLiteral("out.bin")), error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.bin"))));
    QCOMPARE(spillFilesIn(dir.path()), 0); // the part written is removed, not left behind
    spill.clear();
    QVERIFY(spill.isComplete());
}

void TestSpillFile::sizeLimitStopsTheRecord()
{
    // A flood cannot fill the disk: past the limit the record stops, said once, as a full disk would be.
    SpillFile spill(QStringLiteral("test"), nullptr, 3 * SpillFile::kPendingBytes);
    QSignalSpy failed(&spill, &SpillFile::failed);
    for (int i = 0; i < 3; ++i)
        spill.append(patternChunk(i, SpillFile::kPendingBytes));
    QVERIFY(spill.isComplete());
    spill.append(QByteArray(1, 'x'));
    spill.append(QByteArray(1, 'y'));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!spill.isComplete());
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("MiB")), qPrintable(spill.errorString()));
}

void TestSpillFile::saveNamesAreTakenAsGiven_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces") << QStringLiteral("my conversation.bin");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\".bin");
    QTest::newRow("command substitution") << QStringLiteral("$(touch pwned).bin");
    QTest::newRow("backticks") << QStringLiteral("`touch pwned`.bin");
    QTest::newRow("semicolon") << QStringLiteral("a; touch pwned.bin");
    QTest::newRow("leading dash") << QStringLiteral("-rf.bin");
    QTest::newRow("cyrillic") << QStringLiteral("разговор.bin");
    QTest::newRow("glob") << QStringLiteral("*.bin");
}

void TestSpillFile::saveNamesAreTakenAsGiven()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConversationView view;
    DataChunk chunk;
    chunk.bytes = QByteArrayLiteral("Thank you for connecting");
    view.appendChunk(chunk, QString());
    TracePanel panel;
    panel.append({numberedEvent(1)});

    const QString conversationPath = QDir(dir.path()).filePath(name);
    QVERIFY(view.saveTo(conversationPath));
    const QString tracePath = QDir(dir.path()).filePath(name + QStringLiteral(".txt"));
    QVERIFY(panel.saveTo(tracePath, false));
    // Exactly the two files, with exactly those names, and nothing else happened in the directory.
    QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    entries.sort();
    QStringList expected {name, name + QStringLiteral(".txt")};
    expected.sort();
    QCOMPARE(entries, expected);
    QVERIFY(!QFile::exists(QStringLiteral("pwned"))); // nor where a shell would have run
    QCOMPARE(readAll(conversationPath), chunk.bytes);
    QVERIFY(readAll(tracePath).contains("#1"));
}

QTEST_MAIN(TestSpillFile)
#include "tst_spill_file.moc"
