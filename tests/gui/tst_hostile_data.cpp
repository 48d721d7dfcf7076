// Received data is never interpreted: hostile payloads sent over loopback (terminal escape sequences, BEL,
// NUL, backspace, carriage return, an 8-bit CSI, invalid UTF-8, bidirectional overrides) show escaped in the
// conversation, the call trace (table, copy text, JSON lines) and the datagram list.
#include "../support/loopback.h"

#include "core/call_event.h"
#include "gui/conversation_view.h"
#include "gui/datagram_model.h"
#include "gui/trace_model.h"

#include <QPlainTextEdit>
#include <QtTest>

#include <vector>

using socketlab::gui::ConversationView;
using socketlab::gui::DatagramModel;
using socketlab::gui::TraceModel;
namespace core = socketlab::core;
namespace workers = socketlab::workers;

namespace {

// Collects the calls a socket records.
class EventList : public core::CallSink {
public:
    void onCall(const core::CallEvent& event) override { events.push_back(event); }
    std::vector<core::CallEvent> events;
};

// A character a view must never show as itself: C0 controls except line breaks and tabs, DEL, C1 controls,
// bidirectional controls, and the replacement character (invalid bytes must be shown, not swallowed).
QString forbiddenIn(const QString& text, bool newlinesAllowed)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lineBreak = (u == u'\n' || u == u'\t' || u == QChar::ParagraphSeparator) && newlinesAllowed;
        if ((u < 0x20 && !lineBreak) || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0x061C || u == 0x200E
            || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0xFFFD) {
            return QStringLiteral("U+%1 in: %2").arg(u, 4, 16, QLatin1Char('0')).arg(text.left(300));
        }
    }
    return QString();
}

// Sends `payload` over a loopback TCP connection; returns what recv() got and the recorded recv() call.
bool receiveOverLoopback(const QByteArray& payload, QByteArray& received, core::CallEvent& recvEvent)
{
    EventList events;
    core::CallRecorder recorder(&events);
    auto listener = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    if (!listener.ok() || !listener->bind(socketlab::tests::loopbackV4(0)).ok() || !listener->listen(1).ok())
        return false;
    auto local = listener->localAddress();
    auto sender = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    if (!local.ok() || !sender.ok() || !sender->connect(*local, 5000).ok())
        return false;
    auto accepted = listener->accept();
    if (!accepted.ok())
        return false;
    if (!sender->send(payload.constData(), static_cast<std::size_t>(payload.size())).ok()
        || !sender->shutdown(core::ShutdownHow::Write).ok())
        return false;
    char buffer[4096];
    while (socketlab::tests::waitReadable(accepted->socket.handle(), 5000)) {
        auto got = accepted->socket.recv(buffer, sizeof buffer);
        if (!got.ok() || *got == 0)
            break;
        received.append(buffer, static_cast<qsizetype>(*got));
    }
    for (const core::CallEvent& event : events.events) {
        if (event.call == "recv" && event.result > 0) {
            recvEvent = event;
            return received == payload;
        }
    }
    return false;
}

} // namespace

class TestHostileData : public QObject {
    Q_OBJECT

private slots:
    void shownEscaped_data();
    void shownEscaped();
};

void TestHostileData::shownEscaped_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("visible"); // an escape that must be shown instead
    QTest::newRow("clear screen CSI") << QByteArray("\x1b[2J\x1b[H") << QStringLiteral("\\x1b[2J");
    QTest::newRow("OSC title with BEL") << QByteArray("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
    QTest::newRow("bell") << QByteArray("ding\x07") << QStringLiteral("\\x07");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("\\x00");
    QTest::newRow("backspace") << QByteArray("secret\x08\x08\x08\x08\x08\x08public") << QStringLiteral("\\x08");
    QTest::newRow("carriage return") << QByteArray("rm -rf /\rls") << QStringLiteral("\\r");
    QTest::newRow("8-bit CSI") << QByteArray("\xc2\x9b"
                                             "31m")
                               << QStringLiteral("\\xc2\\x9b");
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xc0\xaf") << QStringLiteral("\\xff\\xfe\\xc0\\xaf");
    QTest::newRow("RLO override") << QByteArray("invoice\xe2\x80\xae"
                                                "fdp.exe")
                                  << QStringLiteral("\\u202e");
    QTest::newRow("isolate") << QByteArray("\xe2\x81\xa6x\xe2\x81\xa9") << QStringLiteral("\\u2066");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QStringLiteral("\\x7f");
}

void TestHostileData::shownEscaped()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, visible);
    QByteArray received;
    core::CallEvent recvEvent;
    QVERIFY(receiveOverLoopback(payload, received, recvEvent));

    workers::DataChunk chunk;
    chunk.connection = 1;
    chunk.bytes = received;
    chunk.peer = socketlab::tests::loopbackV4(40000);

    // The conversation, as text.
    ConversationView view;
    view.appendChunk(chunk, QStringLiteral("('127.0.0.1', 40000)"));
    auto* text = view.findChild<QPlainTextEdit*>(QStringLiteral("conversationText"));
    QTRY_VERIFY(text->toPlainText().contains(visible));
    const QString conversationProblem = forbiddenIn(text->toPlainText(), true);
    QVERIFY2(conversationProblem.isEmpty(), qPrintable(conversationProblem));

    // The datagram list's content column.
    DatagramModel datagrams;
    workers::SessionBatch batch;
    batch.data.push_back(chunk);
    batch.datagramsReceived = 1;
    batch.bytesReceived = static_cast<quint64>(received.size());
    datagrams.appendBatch(batch);
    QCOMPARE(datagrams.rowCount(), 1);
    const QString content = datagrams.data(datagrams.index(0, DatagramModel::ContentColumn)).toString();
    const QString datagramProblem = forbiddenIn(content, false);
    QVERIFY2(datagramProblem.isEmpty(), qPrintable(datagramProblem));
    QVERIFY2(content.contains(visible), qPrintable(content));

    // The trace: each cell, the copied text and the JSON lines.
    TraceModel trace;
    trace.append({recvEvent});
    for (int column = 0; column < TraceModel::ColumnCount; ++column) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString cell = trace.data(trace.index(0, column), role).toString();
            const QString problem = forbiddenIn(cell, role == Qt::ToolTipRole);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    for (const QString& exported : {trace.toText(), trace.toJsonLines()}) {
        const QString problem = forbiddenIn(exported, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

QTEST_MAIN(TestHostileData)
#include "tst_hostile_data.moc"
