// Tests of the main window: Pair on this machine, a taken port, side by side, quitting while
// sessions run, and the command line without a display.
#include "client_tab.h"
#include "learn_panel.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include "core/resolver.h"
#include "core/socket.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace socketlab;

namespace {

// Settings as a closed window leaves them (Server tab on show), so the next window is not a first start.
void rememberWindow()
{
    QSettings().clear();
    gui::MainWindow window;
    window.close();
}

QString conversationText(QWidget* tab, const char* viewName)
{
    QWidget* view = tab->findChild<QWidget*>(QString::fromLatin1(viewName));
    if (!view)
        return QStringLiteral("<no %1>").arg(QString::fromLatin1(viewName));
    auto* text = view->findChild<QPlainTextEdit*>(QStringLiteral("conversationText"));
    return text ? text->toPlainText() : QStringLiteral("<no conversationText>");
}

// Fails the test on Qt's warning about a thread destroyed while running.
// The server tab's reply modes in order: tutorial, echo, discard, manual.
constexpr int kEchoModeIndex = 1;

QStringList g_threadWarnings;
void recordThreadWarnings(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (message.contains(QLatin1String("Destroyed while thread")))
        g_threadWarnings << message;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pairShowsTheTutorialExchange();
    void startOnTakenPortShowsErrorAndStaysUsable();
    void sideBySideShowsBothEnds();
    void pairOnUdpTabBindsBothEndpoints();
    void quitWhileServingAndConnectedIsClean();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void onlyTheShownTabIsBuiltBeforeTheFirstFrame();
    void learnPanelPagesComeAfterTheFirstFrame();
    void learnPanelFilledInLooksAsBuiltAtOnce();
    void tabAskedForIsBuiltInItsPlace();
    void unbuiltTabKeepsItsSettings();
    void reportsShownWhenAsked();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
}

void TestMainWindow::pairShowsTheTutorialExchange()
{
    gui::MainWindow window;
    window.resize(1024, 700);
    window.show();
    auto* pair = window.findChild<QAction*>(QStringLiteral("actionPair"));
    QVERIFY(pair);
    pair->trigger();
    // Port 12345 may be taken (another test, another program): pairing then takes a free port.
    QTRY_VERIFY(
        conversationText(window.clientTab(), "receivedView").contains(QLatin1String("Thank you for connecting")));
    QTRY_VERIFY(conversationText(window.serverTab(), "conversationView")
                    .contains(QLatin1String("Got connection from ('127.0.0.1', ")));
    window.close();
}

void TestMainWindow::startOnTakenPortShowsErrorAndStaysUsable()
{
    core::CallRecorder recorder;
    auto holder = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(holder.ok());
    auto endpoints
        = core::resolveEndpoints("127.0.0.1", "0", core::Family::Inet, core::SocketType::Stream, true, recorder);
    QVERIFY(endpoints.ok());
    QVERIFY(holder->bind(endpoints->front()).ok());
    QVERIFY(holder->listen(1).ok());
    auto local = holder->localAddress();
    QVERIFY(local.ok());

    gui::MainWindow window;
    window.show();
    gui::ServerTab* server = window.serverTab();
    server->applyTutorialSettings();
    server->setPort(QString::number(local->port()));
    auto* start = server->findChild<QPushButton*>(QStringLiteral("startButton"));
    auto* errorLabel = server->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(start && errorLabel);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    // The window may open on another tab: "shown" means not hidden, not on screen.
    QTRY_VERIFY(!errorLabel->isHidden() && errorLabel->text().contains(QLatin1String("EADDRINUSE")));
    QTRY_VERIFY(start->isEnabled());
    QVERIFY(!server->isRunning());
    // Still usable: a free port works.
    server->setPort(QStringLiteral("0"));
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(server->isRunning());
    server->stop();
    QTRY_VERIFY(!server->isRunning());
}

void TestMainWindow::sideBySideShowsBothEnds()
{
    gui::MainWindow window;
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionSideBySide"));
    QVERIFY(tabs && action);
    window.setSideBySide(false);
    const int separateCount = tabs->count();
    constexpr QSize kSmallScreenWindow(1024, 700);
    window.resize(kSmallScreenWindow);
    action->trigger();
    QVERIFY(window.isSideBySide());
    // Both ends fit a small screen's window: it does not grow past 1024x700.
    QTRY_COMPARE(window.size(), kSmallScreenWindow);
    QCOMPARE(tabs->count(), separateCount - 1);
    auto* splitter = window.findChild<QSplitter*>(QStringLiteral("sideBySideSplitter"));
    QVERIFY(splitter);
    QCOMPARE(splitter->indexOf(window.serverTab()), 0);
    QCOMPARE(splitter->indexOf(window.clientTab()), 1);
    QVERIFY(window.serverTab()->isVisible() && window.clientTab()->isVisible());
    action->trigger();
    QVERIFY(!window.isSideBySide());
    QCOMPARE(tabs->count(), separateCount);
    QVERIFY(tabs->indexOf(window.serverTab()) >= 0 && tabs->indexOf(window.clientTab()) >= 0);
}

void TestMainWindow::pairOnUdpTabBindsBothEndpoints()
{
    gui::MainWindow window;
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(window.udpTab());
    window.findChild<QAction*>(QStringLiteral("actionPair"))->trigger();
    QTRY_VERIFY(window.udpTab()->endpointA()->boundPort() != 0 && window.udpTab()->endpointB()->boundPort() != 0);
    QVERIFY(!window.serverTab()->isRunning()); // the TCP pair is not touched
    window.stopAllSessions();
    QTRY_VERIFY(!window.udpTab()->endpointA()->isRunning() && !window.udpTab()->endpointB()->isRunning());
}

void TestMainWindow::quitWhileServingAndConnectedIsClean()
{
    g_threadWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordThreadWarnings);
    {
        auto window = std::make_unique<gui::MainWindow>();
        window->show();
        gui::ServerTab* server = window->serverTab();
        gui::ClientTab* client = window->clientTab();
        server->applyTutorialSettings();
        server->setPort(QStringLiteral("0"));
        // Echo keeps the connection open, so both sessions are busy when the window closes.
        auto* mode = server->findChild<QComboBox*>(QStringLiteral("replyModeCombo"));
        QVERIFY(mode);
        mode->setCurrentIndex(kEchoModeIndex);
        QSignalSpy listening(server, &gui::ServerTab::listening);
        QSignalSpy connected(client, &gui::ClientTab::connected);
        QVERIFY(server->start());
        QTRY_COMPARE(listening.count(), 1);
        client->applyTutorialSettings();
        client->setPort(QString::number(listening.first().at(1).value<quint16>()));
        QVERIFY(client->connectToServer());
        QTRY_COMPARE(connected.count(), 1);
        QVERIFY(server->isRunning() && client->isBusy());
        window->close();
        QTRY_VERIFY(!server->isRunning() && !client->isBusy());
    } // the tabs' workers are destroyed here: they must have stopped and joined their threads
    qInstallMessageHandler(previous);
    QVERIFY2(g_threadWarnings.isEmpty(), qPrintable(g_threadWarnings.join(QLatin1Char('\n'))));
}

void TestMainWindow::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    const QString english = QStringLiteral("C.UTF-8");
    const QString russian = QStringLiteral("ru_RU.UTF-8");
    QTest::newRow("help") << english << QStringList {QStringLiteral("--help")} << QStringLiteral("Usage: socketlab");
    QTest::newRow("version") << english << QStringList {QStringLiteral("--version")} << QStringLiteral("socketlab ");
    // The help speaks the language the window would: Qt's words and SocketLab's own.
    const QString russianHelp = QStringLiteral("Использование: socketlab [параметры]\nSocketLab: изучайте");
    QTest::newRow("help, --lang ru") << english
                                     << QStringList {QStringLiteral("--lang"), QStringLiteral("ru"),
                                            QStringLiteral("--help")}
                                     << russianHelp;
    QTest::newRow("help, Russian system") << russian << QStringList {QStringLiteral("--help")} << russianHelp;
    QTest::newRow("help, --lang en on a Russian system")
        << russian << QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << QStringLiteral("Usage: socketlab");
}

void TestMainWindow::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOCKETLAB_GUI_PATH), options);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(output.contains(expected.toUtf8()), output.constData());
}

void TestMainWindow::onlyTheShownTabIsBuiltBeforeTheFirstFrame()
{
    rememberWindow(); // not a first start (that one builds all tabs to see where the Learn panel fits)
    gui::MainWindow window;
    window.resize(1024, 700);
    // Start-up builds the tab on show only; the others are empty pages until the first frame is out.
    QCOMPARE(window.findChildren<gui::ServerTab*>().size(), 1);
    QCOMPARE(window.findChildren<gui::ClientTab*>().size(), 0);
    QCOMPARE(window.findChildren<gui::UdpTab*>().size(), 0);
    QCOMPARE(window.findChildren<gui::LookupTab*>().size(), 0);
    QVERIFY(!window.allTabsBuilt());
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(3), QStringLiteral("Lookup")); // the titles are there from the start

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Then the rest follows by itself, each tab in its place, the shown one still current.
    QTRY_VERIFY(window.allTabsBuilt());
    QCOMPARE(window.findChildren<gui::ClientTab*>().size(), 1);
    QCOMPARE(window.findChildren<gui::UdpTab*>().size(), 1);
    QCOMPARE(window.findChildren<gui::LookupTab*>().size(), 1);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->widget(0), window.serverTab());
    QCOMPARE(tabs->widget(1), window.clientTab());
    QCOMPARE(tabs->widget(2), window.udpTab());
    QCOMPARE(tabs->widget(3), window.lookupTab());
    QCOMPARE(tabs->tabText(1), QStringLiteral("Client"));
    QVERIFY(!tabs->tabToolTip(3).isEmpty());
    QCOMPARE(tabs->currentWidget(), window.serverTab());
}

void TestMainWindow::learnPanelPagesComeAfterTheFirstFrame()
{
    rememberWindow(); // a later start: the saved state places the panel
    gui::MainWindow window;
    window.resize(1024, 700);
    // Before the first frame the panel is its dock (placed, titled, in the View menu), without its pages.
    auto* panel = window.findChild<gui::LearnPanel*>(QStringLiteral("learnPanel"));
    QVERIFY(panel);
    QVERIFY(!panel->hasContent());
    QVERIFY(!panel->findChild<QTabWidget*>(QStringLiteral("learnTabs")));
    QCOMPARE(panel->windowTitle(), QStringLiteral("Learn"));

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Then they fill in by themselves, shown with the dock.
    QTRY_VERIFY(panel->hasContent());
    auto* pages = panel->findChild<QTabWidget*>(QStringLiteral("learnTabs"));
    QVERIFY(pages);
    QCOMPARE(pages->isVisible(), panel->isVisible());
    if (panel->isVisible())
        QTRY_VERIFY(panel->findChild<QWidget*>(QStringLiteral("vocabularyText"))->isVisible());
    QCOMPARE(window.learnPanel(), panel);
}

void TestMainWindow::learnPanelFilledInLooksAsBuiltAtOnce()
{
    // Pages built a turn after the first frame end up exactly where and how pages built with the window are.
    QSettings().clear();
    {
        gui::MainWindow window; // a session that closed with the panel shown
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!window.learnPanel()->isVisible())
            window.learnPanel()->toggleViewAction()->trigger();
        QVERIFY(window.learnPanel()->isVisible());
        window.close();
    }
    auto shown = [](bool pagesAtOnce) {
        auto window = std::make_unique<gui::MainWindow>();
        if (pagesAtOnce)
            window->learnPanel(); // asking for the panel builds its pages
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return std::unique_ptr<gui::MainWindow>();
        auto* panel = window->findChild<gui::LearnPanel*>(QStringLiteral("learnPanel"));
        if (!QTest::qWaitFor([&] { return panel->hasContent() && window->allTabsBuilt(); }))
            return std::unique_ptr<gui::MainWindow>();
        auto* vocabulary = panel->findChild<QWidget*>(QStringLiteral("vocabularyText"));
        if (!panel->isVisible() || !QTest::qWaitFor([vocabulary] { return vocabulary->isVisible(); }))
            return std::unique_ptr<gui::MainWindow>();
        return window;
    };
    const std::unique_ptr<gui::MainWindow> atOnce = shown(true);
    QVERIFY(atOnce);
    const QImage expected = atOnce->grab().toImage();
    const QRect expectedPanel = atOnce->findChild<gui::LearnPanel*>(QStringLiteral("learnPanel"))->geometry();
    const std::unique_ptr<gui::MainWindow> later = shown(false);
    QVERIFY(later);
    QCOMPARE(later->findChild<gui::LearnPanel*>(QStringLiteral("learnPanel"))->geometry(), expectedPanel);
    QCOMPARE(later->grab().toImage(), expected);
}

void TestMainWindow::tabAskedForIsBuiltInItsPlace()
{
    rememberWindow();
    gui::MainWindow window; // never shown: nothing is built after a first frame
    QCOMPARE(window.findChildren<gui::LookupTab*>().size(), 0);
    gui::LookupTab* lookup = window.lookupTab();
    QVERIFY(lookup);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QCOMPARE(tabs->indexOf(lookup), 3);
    QCOMPARE(tabs->tabText(3), QStringLiteral("Lookup"));
    QCOMPARE(tabs->currentWidget(), window.serverTab()); // asking for a tab does not show it
    QCOMPARE(window.lookupTab(), lookup); // built once
    QCOMPARE(window.findChildren<gui::LookupTab*>().size(), 1);
}

void TestMainWindow::unbuiltTabKeepsItsSettings()
{
    QSettings().clear();
    const QString host = QStringLiteral("127.0.0.2");
    auto lookupHost = [](gui::MainWindow& window) {
        return window.lookupTab()->findChild<QComboBox*>(QStringLiteral("lookupHostCombo"))->currentText();
    };
    {
        gui::MainWindow window;
        window.lookupTab()->setHost(host);
        window.close(); // saves
    }
    {
        gui::MainWindow window;
        QCOMPARE(window.findChildren<gui::LookupTab*>().size(), 0);
        window.close(); // saves, with the Lookup tab never built
    }
    gui::MainWindow window;
    QCOMPARE(lookupHost(window), host);
}

void TestMainWindow::reportsShownWhenAsked()
{
    // The start-up benchmark's hook: one line once the window is painted; "quit" then ends the program.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("SOCKETLAB_REPORT_SHOWN"), QStringLiteral("quit"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOCKETLAB_GUI_PATH), {QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("SOCKETLAB_SHOWN\n"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
