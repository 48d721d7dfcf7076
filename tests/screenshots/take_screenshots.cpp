// socketlab-screenshots: renders the main window in the states the README shows (after "Pair on
// this machine", separate tabs and side by side) to PNG files, headless (QT_QPA_PLATFORM=offscreen).
//
//   socketlab-screenshots <output folder>
#include "client_tab.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

namespace {

using socketlab::gui::MainWindow;

constexpr int kWaitMs = 10000;
const QSize kSmallWindow(1024, 700);
const QSize kLargeWindow(1920, 1080);

bool waitForText(QWidget* tab, const char* viewName, const QString& text)
{
    QWidget* view = tab->findChild<QWidget*>(QString::fromLatin1(viewName));
    auto* edit = view ? view->findChild<QPlainTextEdit*>(QStringLiteral("conversationText")) : nullptr;
    return edit && QTest::qWaitFor([&] { return edit->toPlainText().contains(text); }, kWaitMs);
}

bool save(QWidget* widget, const QDir& folder, const QString& name)
{
    QApplication::processEvents();
    const QString path = folder.filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "socketlab-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Pairs, waits for the tutorial's exchange, and saves the window.
bool pairAndShoot(MainWindow& window, const QSize& size, bool sideBySide, const QDir& folder, const QString& name,
    QWidget* (*currentTab)(MainWindow&))
{
    window.setSideBySide(sideBySide);
    window.resize(size);
    window.show();
    window.pairOnThisMachine();
    if (!waitForText(window.clientTab(), "receivedView", QStringLiteral("Thank you for connecting"))
        || !waitForText(window.serverTab(), "conversationView", QStringLiteral("Got connection from"))) {
        std::fprintf(stderr, "socketlab-screenshots: the pair did not complete\n");
        return false;
    }
    if (currentTab)
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(currentTab(window));
    QTest::qWait(100); // let the views settle after the last batch (a screenshot, not a test)
    return save(&window, folder, name);
}

// The UDP tab after its pair, with one datagram sent from A to B.
bool shootUdp(const QDir& folder)
{
    MainWindow window;
    window.resize(kSmallWindow);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(window.udpTab());
    window.udpTab()->pairEndpoints();
    socketlab::gui::UdpEndpointPanel* a = window.udpTab()->endpointA();
    socketlab::gui::UdpEndpointPanel* b = window.udpTab()->endpointB();
    if (!QTest::qWaitFor([&] { return a->boundPort() != 0 && b->boundPort() != 0; }, kWaitMs))
        return false;
    auto* payload = a->findChild<QLineEdit*>(QStringLiteral("payloadEdit"));
    auto* send = a->findChild<QPushButton*>(QStringLiteral("sendButton"));
    auto* received = b->findChild<QAbstractItemView*>(QStringLiteral("datagramView"));
    if (!payload || !send || !received)
        return false;
    payload->setText(QStringLiteral("Hello, datagram"));
    if (!QTest::qWaitFor([&] { return send->isEnabled(); }, kWaitMs))
        return false;
    send->click();
    if (!QTest::qWaitFor([&] { return received->model()->rowCount() > 0; }, kWaitMs))
        return false;
    QTest::qWait(100);
    return save(&window, folder, QStringLiteral("udp-1024x700.png"));
}

// The Lookup tab after getaddrinfo('localhost', 'http').
bool shootLookup(const QDir& folder)
{
    MainWindow window;
    window.resize(kSmallWindow);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(window.lookupTab());
    window.lookupTab()->setHost(QStringLiteral("localhost"));
    window.lookupTab()->setService(QStringLiteral("http"));
    window.lookupTab()->lookup();
    auto* python = window.lookupTab()->findChild<QPlainTextEdit*>(QStringLiteral("pythonView"));
    if (!python
        || !QTest::qWaitFor([&] { return python->toPlainText().contains(QLatin1String("127.0.0.1")); }, kWaitMs))
        return false;
    QTest::qWait(100);
    return save(&window, folder, QStringLiteral("lookup-1024x700.png"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication::setOrganizationName(QStringLiteral("SocketLabScreenshots"));
    QApplication::setApplicationName(QStringLiteral("SocketLab"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: socketlab-screenshots <output folder>\n");
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        std::fprintf(stderr, "socketlab-screenshots: cannot create %s\n", argv[1]);
        return 1;
    }
    bool ok = true;
    {
        MainWindow window;
        ok = ok
            && pairAndShoot(window, kSmallWindow, false, folder, QStringLiteral("pair-client-1024x700.png"),
                [](MainWindow& w) -> QWidget* { return w.clientTab(); });
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(window.serverTab());
        ok = ok && save(&window, folder, QStringLiteral("pair-server-1024x700.png"));
    }
    {
        MainWindow window;
        ok = ok
            && pairAndShoot(window, kLargeWindow, true, folder, QStringLiteral("side-by-side-1920x1080.png"), nullptr);
    }
    {
        MainWindow window;
        ok = ok
            && pairAndShoot(window, kSmallWindow, true, folder, QStringLiteral("side-by-side-1024x700.png"), nullptr);
    }
    ok = ok && shootUdp(folder);
    ok = ok && shootLookup(folder);
    return ok ? 0 : 1;
}
