// Tests of the sequence diagram panel: a real pair of the tutorial's server and client drawn in a main window,
// export to PNG and SVG (and a clear error when that fails), following new calls, tooltips.
#include "main_window.h"
#include "sequence_canvas.h"
#include "sequence_model.h"
#include "sequence_renderer.h"
#include "sequence_view.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace socketlab;
using Model = gui::SequenceModel;

namespace {

core::CallEvent call(
    const char* name, core::SocketHandle socket, std::string args, long long result = 0, std::string returned = {})
{
    core::CallEvent event;
    event.call = name;
    event.socket = socket;
    event.args = std::move(args);
    event.result = result;
    event.returned = std::move(returned);
    return event;
}

// The tutorial's exchange as the two sessions report it, without sockets.
void feedTutorialExchange(Model& model)
{
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server,
        {call("socket", 3, "AF_INET, SOCK_STREAM, 0", 3), call("bind", 3, "3, ('127.0.0.1', 12345)"),
            call("listen", 3, "3, 5")});
    model.append(
        client, {call("socket", 3, "AF_INET, SOCK_STREAM, 0", 3), call("connect", 3, "3, ('127.0.0.1', 12345)")});
    model.append(server,
        {call("accept", 3, "3", 4, "(4, ('127.0.0.1', 48437))"), call("send", 4, "4, b'Thank you for connecting'", 24),
            call("close", 4, "4")});
    model.append(client, {call("recv", 3, "3, 1024", 24), call("recv", 3, "3, 1024", 0), call("close", 3, "3")});
}

const Model::Message* dataMessage(const Model& model, quint64 bytes)
{
    for (const Model::Message& message : model.messages())
        if (message.kind == Model::MessageKind::Data && message.bytes == bytes)
            return &message;
    return nullptr;
}

} // namespace

class TestSequenceView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pairInMainWindowIsDrawn();
    void udpPairDatagramIsDrawn();
    void exportWritesPngAndSvg();
    void exportFailureSaysWhy();
    void followsNewCallsUnlessScrolledUp();
    void tooltipShowsTheCall();
    void hiddenCanvasLaysOutWhenShown();
    void columnsFollowALongerHeader();
};

void TestSequenceView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sequence_view"));
}

void TestSequenceView::pairInMainWindowIsDrawn()
{
    gui::MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QAction* toggle = window.sequenceDock()->toggleViewAction();
    QVERIFY(!window.sequenceDock()->isVisible());
    toggle->trigger();
    QVERIFY(window.sequenceDock()->isVisible());
    window.pairOnThisMachine();

    const Model& model = *window.sequenceView()->model();
    // The server's reply, 'Thank you for connecting', goes from the accepted socket to the client's socket.
    QTRY_VERIFY_WITH_TIMEOUT(dataMessage(model, 24) != nullptr, 10000);
    const Model::Message& reply = *dataMessage(model, 24);
    const Model::Event* send = model.event(reply.from);
    const Model::Event* recv = model.event(reply.to);
    QCOMPARE(QString::fromStdString(send->call.call), QStringLiteral("send"));
    QCOMPARE(QString::fromStdString(recv->call.call), QStringLiteral("recv"));
    QCOMPARE(model.sourceName(send->source), QStringLiteral("Server"));
    QCOMPARE(model.sourceName(recv->source), QStringLiteral("Client"));
    QCOMPARE(model.lifelines().at(send->lifeline).role, Model::Role::Accepted);
    QCOMPARE(model.lifelines().at(recv->lifeline).role, Model::Role::Connected);
    QVERIFY(model.rowOf(reply.from) < model.rowOf(reply.to));

    bool listening = false;
    for (const auto& [id, line] : model.lifelines())
        listening = listening || (line.role == Model::Role::Listening && line.source == send->source);
    QVERIFY(listening);
    int connections = 0;
    for (const Model::Message& message : model.messages())
        connections += message.kind == Model::MessageKind::Connection ? 1 : 0;
    QCOMPARE(connections, 1);
    // The server closes after its reply: FIN reaches the client's recv() = 0.
    QTRY_VERIFY(std::any_of(model.messages().begin(), model.messages().end(),
        [](const Model::Message& message) { return message.kind == Model::MessageKind::Fin; }));
    window.stopAllSessions();
}

void TestSequenceView::udpPairDatagramIsDrawn()
{
    gui::MainWindow window;
    window.show();
    window.udpTab()->pairEndpoints();
    gui::UdpEndpointPanel* a = window.udpTab()->endpointA();
    QTRY_VERIFY(a->boundPort() != 0 && window.udpTab()->endpointB()->boundPort() != 0);
    auto* payload = a->findChild<QLineEdit*>(QStringLiteral("payloadEdit"));
    auto* send = a->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QVERIFY(payload && send);
    payload->setText(QStringLiteral("Hello, datagram"));
    QTRY_VERIFY(send->isEnabled());
    send->click();

    const Model& model = *window.sequenceView()->model();
    auto datagram = [&model]() -> const Model::Message* {
        for (const Model::Message& message : model.messages())
            if (message.kind == Model::MessageKind::Datagram)
                return &message;
        return nullptr;
    };
    QTRY_VERIFY(datagram() != nullptr);
    QCOMPARE(datagram()->bytes, quint64(15));
    QCOMPARE(model.sourceName(model.event(datagram()->from)->source), QStringLiteral("UDP A"));
    QCOMPARE(model.sourceName(model.event(datagram()->to)->source), QStringLiteral("UDP B"));
    QCOMPARE(QString::fromStdString(model.event(datagram()->to)->call.call), QStringLiteral("recvfrom"));
    window.stopAllSessions();
}

void TestSequenceView::exportWritesPngAndSvg()
{
    gui::SequenceView view;
    feedTutorialExchange(*view.model());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    const QString png = folder.filePath(QStringLiteral("diagram.png"));
    QString error;
    QVERIFY2(view.exportPng(png, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(png));
    const gui::SequenceRenderer renderer(*view.model(), view.canvas()->font());
    QCOMPARE(image.size(), renderer.documentSize());
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));

    const QString svg = folder.filePath(QStringLiteral("diagram.svg"));
    QVERIFY2(view.exportSvg(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<svg")));
    QVERIFY2(text.contains(QStringLiteral("Server · fd 3")), "the server's lifeline header");
    QVERIFY2(text.contains(QStringLiteral("Client · fd 3")), "the client's lifeline header");
    QVERIFY2(text.contains(QStringLiteral(">24 B<")), "the reply's arrow with its byte count");
    QVERIFY(text.contains(QStringLiteral(">FIN<")));
}

void TestSequenceView::exportFailureSaysWhy()
{
    gui::SequenceView view;
    feedTutorialExchange(*view.model());
    QTemporaryDir folder;
    const QString missing = folder.filePath(QStringLiteral("no-such-folder/diagram"));
    QString error;
    QVERIFY(!view.exportPng(missing + QStringLiteral(".png"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!view.exportSvg(missing + QStringLiteral(".svg"), &error));
    QVERIFY(!error.isEmpty());
}

void TestSequenceView::followsNewCallsUnlessScrolledUp()
{
    gui::SequenceView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Model& model = *view.model();
    const int source = model.addSource(QStringLiteral("UDP A"));
    model.append(source, {call("socket", 3, "AF_INET, SOCK_DGRAM, 0", 3)});
    auto more = [&] {
        std::vector<core::CallEvent> calls(20, call("setsockopt", 3, "3, SOL_SOCKET, SO_BROADCAST, 1"));
        model.append(source, calls);
    };
    more();
    QScrollBar* bar = view.canvas()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    more();
    QCOMPARE(bar->value(), bar->maximum()); // followed

    bar->setValue(bar->maximum() / 2);
    const int reading = bar->value();
    QVERIFY(!view.canvas()->isFollowing());
    more();
    QCOMPARE(bar->value(), reading); // stays where the learner reads

    bar->setValue(bar->maximum());
    more();
    QCOMPARE(bar->value(), bar->maximum());
}

void TestSequenceView::tooltipShowsTheCall()
{
    gui::SequenceView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    feedTutorialExchange(*view.model());
    gui::SequenceCanvas* canvas = view.canvas();
    canvas->verticalScrollBar()->setValue(0);
    canvas->viewport()->repaint();
    const gui::SequenceRenderer* renderer = canvas->renderer();
    // Row 0 is the server's socket() call: its label is just right of its lifeline.
    const Model& model = *view.model();
    const Model::Event* first = model.event(model.rowOrder().front());
    QCOMPARE(QString::fromStdString(first->call.call), QStringLiteral("socket"));
    const qreal x = renderer->columnX(model.lifelines().at(first->lifeline));
    const QPoint onCall(qRound(x) + 12 - canvas->horizontalScrollBar()->value(),
        qRound(renderer->rowY(0)) - canvas->verticalScrollBar()->value());
    QVERIFY2(
        canvas->toolTipAt(onCall).startsWith(QStringLiteral("socket(AF_INET")), qPrintable(canvas->toolTipAt(onCall)));
    QVERIFY(canvas->toolTipAt(QPoint(onCall.x() - 60, onCall.y())).isEmpty()); // nothing drawn left of it
    // The header names the socket.
    QVERIFY(
        canvas->toolTipAt(QPoint(onCall.x(), renderer->headerHeight() / 2)).contains(QStringLiteral("listening on")));
}

// The dock is closed most of the time: batches then cost no layout (with 10,000 clients, measuring 10,000
// headers for every batch stalled the window), and showing the diagram lays it out as it is by then.
void TestSequenceView::hiddenCanvasLaysOutWhenShown()
{
    gui::SequenceView view;
    view.resize(600, 300);
    Model& model = *view.model();
    gui::SequenceCanvas* canvas = view.canvas();
    const QSize empty = canvas->renderer()->documentSize();
    feedTutorialExchange(model);
    QVERIFY(!view.isVisible());
    QVERIFY(canvas->isRefreshPending());
    QCOMPARE(canvas->renderer()->documentSize(), empty); // nothing measured while hidden

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!canvas->isRefreshPending());
    const gui::SequenceRenderer fresh(model, canvas->font());
    QCOMPARE(canvas->renderer()->documentSize(), fresh.documentSize());
    QVERIFY(canvas->renderer()->documentSize().height() > empty.height());
    QCOMPARE(canvas->verticalScrollBar()->value(), canvas->verticalScrollBar()->maximum()); // follows the end

    // Shown, every batch is laid out at once.
    const QSize before = canvas->renderer()->documentSize();
    model.append(model.addSource(QStringLiteral("UDP A")), {call("socket", 9, "AF_INET, SOCK_DGRAM, 0", 9)});
    QVERIFY(!canvas->isRefreshPending());
    QVERIFY(canvas->renderer()->documentSize().height() > before.height());
}

// Header widths are measured once per lifeline and kept: a lifeline whose header grows (bound, then an
// address) must still widen the columns.
void TestSequenceView::columnsFollowALongerHeader()
{
    gui::SequenceView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Model& model = *view.model();
    const int source = model.addSource(QStringLiteral("Server"));
    model.append(source, {call("socket", 3, "AF_INET6, SOCK_STREAM, 0", 3)});
    const int narrow = view.canvas()->renderer()->documentSize().width();
    model.append(source, {call("bind", 3, "3, ('fe80::1234:5678:9abc:def0:1234', 65000, 0, 0)")});
    const int wide = view.canvas()->renderer()->documentSize().width();
    QVERIFY2(wide > narrow, qPrintable(QStringLiteral("%1 <= %2").arg(wide).arg(narrow)));
    const gui::SequenceRenderer fresh(model, view.canvas()->font());
    QCOMPARE(view.canvas()->renderer()->documentSize(), fresh.documentSize());
}

QTEST_MAIN(TestSequenceView)
#include "tst_sequence_view.moc"
