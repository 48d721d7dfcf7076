// "Every byte received is counted exactly, even when the view drops old data": the Server, Client
// and UDP tabs are flooded past what their conversation (ConversationView::kMaxStoredBytes), call
// trace and datagram list (kMaxDatagramRows) keep. The totals they show equal what the peer sent,
// and each view says how much it no longer shows.
#include "client_list_model.h"
#include "client_tab.h"
#include "conversation_view.h"
#include "datagram_model.h"
#include "server_tab.h"
#include "trace_model.h"
#include "trace_panel.h"
#include "udp_endpoint_panel.h"

#include "core/socket.h"
#include "i18n/language.h"

#include "gui_faults.h"
#include "loopback.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <string>
#include <thread>

using namespace socketlab;
using gui::ConversationView;

namespace {

constexpr int kWaitMs = 20000;
constexpr int kManualModeIndex = 3; // tutorial, echo, discard, manual
// Past what a conversation keeps: first in pieces the tab takes whole, so the view stores them and
// must drop the oldest, then in one burst faster than a batch carries (SessionBatch bounds).
constexpr quint64 kPieceBytes = 64 * 1024;
constexpr int kPieces = 40;
constexpr quint64 kBurstBytes = 1024 * 1024;
constexpr quint64 kFloodBytes = kPieceBytes * kPieces + kBurstBytes;
static_assert(kPieceBytes * kPieces > static_cast<quint64>(ConversationView::kMaxStoredBytes));
// A small trace bound, so a few hundred recv() calls go past it.
constexpr int kSmallTraceRows = 20;
// UDP: past the list's bound, in bursts the socket's receive buffer holds whole (loopback UDP
// drops what does not fit, and then the sender's count would differ for a reason of its own).
constexpr int kDatagramSize = 100;
constexpr int kDatagramBurst = 100;
constexpr int kDatagrams = gui::kMaxDatagramRows + kDatagramBurst;

ConversationView* conversationOf(QWidget* tab, const char* name)
{
    return tab->findChild<ConversationView*>(QLatin1String(name));
}

QString viewText(ConversationView* view)
{
    return view->findChild<QPlainTextEdit*>(QStringLiteral("conversationText"))->toPlainText();
}

// The number on the view's first line, "N older bytes not shown"; -1 without that line.
qint64 olderBytesNotShown(ConversationView* view)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^(\\d+) older bytes? not shown")).match(viewText(view));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// What the text accounts for: the older bytes it no longer shows, the "N bytes not shown" lines
// of data left out of batches, and the size in each shown chunk's header (which includes a cut
// chunk's "(+N bytes not shown)"). Every byte received must be in exactly one of them.
quint64 bytesAccountedFor(ConversationView* view)
{
    const QString text = viewText(view);
    quint64 total = static_cast<quint64>(std::max<qint64>(olderBytesNotShown(view), 0));
    const QRegularExpression parts(
        QStringLiteral("^(\\d+) bytes? not shown$|← (\\d+) bytes? (?:from|received)|recv\\(\\) #\\d+ — (\\d+) bytes?"),
        QRegularExpression::MultilineOption);
    for (QRegularExpressionMatchIterator it = parts.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (int group = 1; group <= 3; ++group) {
            if (match.capturedLength(group) > 0)
                total += match.captured(group).toULongLong();
        }
    }
    return total;
}

gui::TraceModel* traceOf(QWidget* tab)
{
    return tab->findChild<gui::TracePanel*>(QStringLiteral("tracePanel"))->model();
}

QString traceCountText(QWidget* tab)
{
    return tab->findChild<gui::TracePanel*>(QStringLiteral("tracePanel"))
        ->findChild<QLabel*>(QStringLiteral("traceCount"))
        ->text();
}

// The trace says how many calls there were and how many it no longer lists.
void checkTraceBound(QWidget* tab)
{
    gui::TraceModel* trace = traceOf(tab);
    QCOMPARE(trace->rowCount(), kSmallTraceRows);
    QVERIFY(trace->notShownCalls() > 0);
    QCOMPARE(trace->totalCalls(), static_cast<quint64>(trace->rowCount()) + trace->notShownCalls());
    QVERIFY2(traceCountText(tab).contains(QStringLiteral("%1 not shown").arg(trace->notShownCalls())),
        qPrintable(traceCountText(tab)));
}

// The conversation counted every byte and says how many of them it no longer shows.
void checkConversation(ConversationView* view, quint64 expected)
{
    QTRY_COMPARE_WITH_TIMEOUT(view->bytesReceived(), expected, kWaitMs);
    // The text is rendered at most every 50 ms, the last batch's with a delay.
    QTRY_COMPARE_WITH_TIMEOUT(bytesAccountedFor(view), expected, kWaitMs);
    QVERIFY(
        static_cast<quint64>(view->storedBytes().size()) <= static_cast<quint64>(ConversationView::kMaxStoredBytes));
    const qint64 older = olderBytesNotShown(view);
    const quint64 accounted = bytesAccountedFor(view);
    qInfo("%llu bytes received; the view says %lld older bytes are not shown and accounts for %llu in all", expected,
        older, accounted);
    QVERIFY2(older > 0, "no \"older bytes not shown\" line");
    QCOMPARE(accounted, expected);
}

// Sends the flood to the tab whose conversation is `view`; true when every byte went out and the
// view counted each piece before the next was sent.
bool flood(core::Socket& socket, ConversationView* view)
{
    socket.setRecordData(false);
    const std::string piece(kPieceBytes, 'y');
    for (int i = 1; i <= kPieces; ++i) {
        if (!socket.send(piece.data(), piece.size()).ok())
            return false;
        if (!QTest::qWaitFor([&] { return view->bytesReceived() == kPieceBytes * i; }, kWaitMs))
            return false;
    }
    // The burst goes out from a thread of its own: the GUI thread must go on taking the batches.
    bool sentAll = false;
    std::thread sender([&] {
        const std::string burst(kBurstBytes, 'z');
        auto sent = socket.send(burst.data(), burst.size()); // blocking: all of it, or an error
        sentAll = sent.ok() && *sent == burst.size();
    });
    sender.join();
    return sentAll;
}

} // namespace

class TestExactCounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void serverTabCountsAFlood();
    void clientTabCountsAFlood();
    void udpTabCountsEveryDatagram();
};

void TestExactCounts::initTestCase()
{
    QVERIFY(i18n::setLanguage(QStringLiteral("en"))); // the English plurals: "100 older datagrams not shown"
}

void TestExactCounts::serverTabCountsAFlood()
{
    gui::ServerTab tab;
    tab.resize(1024, 700);
    tab.show();
    tab.applyTutorialSettings();
    tab.setPort(QStringLiteral("0"));
    tab.findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->setCurrentIndex(kManualModeIndex);
    traceOf(&tab)->setMaxRows(kSmallTraceRows);
    QSignalSpy listening(&tab, &gui::ServerTab::listening);
    QVERIFY(tab.start());
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kWaitMs);

    core::CallRecorder recorder;
    auto client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(client.ok());
    QVERIFY(client->connect(tests::loopbackV4(listening.first().at(1).value<quint16>()), kWaitMs).ok());
    QVERIFY(flood(*client, conversationOf(&tab, "conversationView")));
    auto* clients
        = qobject_cast<gui::ClientListModel*>(tab.findChild<QTableView*>(QStringLiteral("clientsView"))->model());
    QTRY_COMPARE_WITH_TIMEOUT(clients->totalsAt(0).bytesReceived, kFloodBytes, kWaitMs);
    checkConversation(conversationOf(&tab, "conversationView"), kFloodBytes);
    checkTraceBound(&tab);
}

void TestExactCounts::clientTabCountsAFlood()
{
    tests::LoopbackListener listener;
    QVERIFY(listener.ok());

    gui::ClientTab tab;
    tab.resize(1024, 700);
    tab.show();
    tab.applyTutorialSettings(); // recv(1024): thousands of recv() calls
    tab.setPort(QString::number(listener.port));
    traceOf(&tab)->setMaxRows(kSmallTraceRows);
    QSignalSpy connected(&tab, &gui::ClientTab::connected);
    QVERIFY(tab.connectToServer());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kWaitMs);
    QVERIFY(tests::waitReadable(listener.socket.handle(), kWaitMs));
    auto accepted = listener.socket.accept();
    QVERIFY(accepted.ok());

    QVERIFY(flood(accepted->socket, conversationOf(&tab, "receivedView")));
    auto* bytesLabel = tab.findChild<QLabel*>(QStringLiteral("bytesLabel"));
    const QString expected = QLocale().toString(kFloodBytes);
    QTRY_VERIFY2_WITH_TIMEOUT(bytesLabel->text().contains(expected), qPrintable(bytesLabel->text()), kWaitMs);
    checkConversation(conversationOf(&tab, "receivedView"), kFloodBytes);
    checkTraceBound(&tab);
}

void TestExactCounts::udpTabCountsEveryDatagram()
{
    gui::UdpEndpointPanel endpoint;
    endpoint.resize(1024, 700);
    endpoint.show();
    endpoint.setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    traceOf(&endpoint)->setMaxRows(kSmallTraceRows);
    QVERIFY(endpoint.start());
    QTRY_VERIFY_WITH_TIMEOUT(endpoint.boundPort() != 0, kWaitMs);
    const core::Endpoint target
        = tests::endpointFor("127.0.0.1", endpoint.boundPort(), core::Family::Inet, core::SocketType::Datagram);

    core::CallRecorder recorder;
    auto sender = core::Socket::open(core::Family::Inet, core::SocketType::Datagram, 0, recorder);
    QVERIFY(sender.ok());
    sender->setRecordData(false);
    const std::string payload(kDatagramSize, 'z');
    gui::DatagramModel* datagrams = endpoint.datagrams();
    quint64 bytesSent = 0;
    for (int sentCount = 0; sentCount < kDatagrams;) {
        for (int i = 0; i < kDatagramBurst; ++i, ++sentCount) {
            auto result = sender->sendTo(payload.data(), payload.size(), target);
            QVERIFY(result.ok());
            bytesSent += *result;
        }
        QTRY_COMPARE_WITH_TIMEOUT(datagrams->datagramsReceived(), static_cast<quint64>(sentCount), kWaitMs);
    }
    QCOMPARE(datagrams->bytesReceived(), bytesSent);
    QCOMPARE(datagrams->rowCount(), gui::kMaxDatagramRows);
    QCOMPARE(datagrams->notShownCount(), static_cast<quint64>(kDatagrams - gui::kMaxDatagramRows));
    const QString counts = endpoint.findChild<QLabel*>(QStringLiteral("datagramCount"))->text();
    qInfo("%s", qPrintable(counts));
    QVERIFY2(counts.contains(QStringLiteral("%1 older datagrams not shown").arg(kDatagrams - gui::kMaxDatagramRows)),
        qPrintable(counts));
    QVERIFY2(counts.contains(QStringLiteral("Received %1 datagrams").arg(kDatagrams)), qPrintable(counts));
    checkTraceBound(&endpoint);
}

QTEST_MAIN(TestExactCounts)
#include "tst_exact_counts.moc"
