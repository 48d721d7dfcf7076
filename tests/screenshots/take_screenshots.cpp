// socketlab-screenshots: renders the main window in the states the README shows (after "Pair on
// this machine", separate tabs, side by side, the Learn panel) to PNG files, headless (offscreen).
// With --tour it instead renders every tab at a small and a large size, to check a language's
// layout (Russian runs about 30% longer than English). With --first-frame it renders the main window's
// first frame, as the user sees it at start-up (first start, later start), to check that start-up work
// (what is built before or after that frame) leaves it unchanged.
//
//   socketlab-screenshots <output folder> [--lang en|ru] [--tour | --first-frame]
#include "client_tab.h"
#include "learn_panel.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "step_panel.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include "i18n/language.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QWindow>

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
        // The client's address, whatever the language of the line around it.
        || !waitForText(window.serverTab(), "conversationView", QStringLiteral("('127.0.0.1', "))) {
        std::fprintf(stderr, "socketlab-screenshots: the pair did not complete\n");
        return false;
    }
    if (currentTab)
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(currentTab(window));
    QTest::qWait(100); // let the views settle after the last batch (a screenshot, not a test)
    return save(&window, folder, name);
}

// The sequence diagram beside the Client tab after a pair.
bool shootDiagram(const QDir& folder, const QSize& size, const QString& name)
{
    MainWindow window;
    window.resize(size);
    window.show();
    QDockWidget* dock = window.sequenceDock();
    dock->toggleViewAction()->trigger();
    if (!pairAndShoot(window, size, false, folder, name, [](MainWindow& w) -> QWidget* { return w.clientTab(); }))
        return false;
    if (!dock->isFloating())
        return true;
    // Where the window is too narrow the diagram floats over its right side: draw it there.
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    painter.drawPixmap(dock->geometry().topLeft() - window.geometry().topLeft(), dock->grab());
    painter.end();
    return shot.save(folder.filePath(name));
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

// Every tab, side by side included, at both sizes, after a pair, a datagram and a lookup, so the
// dynamic texts show too: <folder>/tour-<language>-<tab>-<width>x<height>.png.
bool shootTour(const QDir& folder, const QString& language)
{
    MainWindow window;
    window.resize(kSmallWindow);
    window.show();
    window.pairOnThisMachine();
    if (!waitForText(window.clientTab(), "receivedView", QStringLiteral("Thank you for connecting")))
        return false;
    window.udpTab()->pairEndpoints();
    window.lookupTab()->setHost(QStringLiteral("localhost"));
    window.lookupTab()->setService(QStringLiteral("http"));
    window.lookupTab()->lookup();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    const QList<QPair<QString, QWidget*>> pages {{QStringLiteral("server"), window.serverTab()},
        {QStringLiteral("client"), window.clientTab()}, {QStringLiteral("udp"), window.udpTab()},
        {QStringLiteral("lookup"), window.lookupTab()}};
    bool ok = true;
    for (const QSize& size : {kSmallWindow, kLargeWindow}) {
        window.resize(size);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        for (const auto& [name, page] : pages) {
            tabs->setCurrentWidget(page);
            QTest::qWait(50);
            ok = save(&window, folder, QStringLiteral("tour-") + language + QLatin1Char('-') + name + suffix) && ok;
        }
        window.setSideBySide(true);
        tabs->setCurrentIndex(0); // the Server and Client tab
        QTest::qWait(50);
        ok = save(&window, folder, QStringLiteral("tour-") + language + QStringLiteral("-side-by-side") + suffix) && ok;
        window.setSideBySide(false);
    }
    return ok;
}

// Step-by-step mode with the tutorial's pair walked to its lesson: the server has listen()ed but
// not accept()ed, the client is connected all the same and blocked in recv().
// <folder>/tour-<language>-steps-<tab>-<width>x<height>.png; for the README (`readme`) only the
// side-by-side view at the large size, as steps-side-by-side-1920x1080.png.
bool shootSteps(const QDir& folder, const QString& language, bool readme = false)
{
    using socketlab::core::StepCall;
    using socketlab::gui::StepPanel;
    MainWindow window;
    window.resize(kSmallWindow);
    window.show();
    StepPanel* server = window.serverTab()->stepPanel();
    StepPanel* client = window.clientTab()->stepPanel();
    window.serverTab()->setPort(QStringLiteral("0"));
    if (!server->setStepMode(true) || !client->setStepMode(true))
        return false;
    const auto press = [](StepPanel* panel, StepCall call) {
        return QTest::qWaitFor([panel, call] { return panel->press(call); }, kWaitMs);
    };
    QSignalSpy serverSteps(server, &StepPanel::stepFinished);
    if (!press(server, StepCall::Socket) || !press(server, StepCall::Bind)
        || !QTest::qWaitFor([&serverSteps] { return serverSteps.count() == 2; }, kWaitMs))
        return false;
    const auto bound = serverSteps.last().first().value<socketlab::workers::StepReport>();
    if (!bound.local || !press(server, StepCall::Listen))
        return false;
    window.clientTab()->setPort(QString::number(bound.local->port()));
    if (!press(client, StepCall::Socket) || !press(client, StepCall::Connect) || !press(client, StepCall::Recv)
        || !QTest::qWaitFor([server] { return server->button(StepCall::Accept)->isEnabled(); }, kWaitMs))
        return false;
    // UDP endpoint A: socket() and bind(), then blocked in recvfrom().
    StepPanel* udp = window.udpTab()->endpointA()->stepPanel();
    window.udpTab()->endpointA()->setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    if (!udp->setStepMode(true) || !press(udp, StepCall::Socket) || !press(udp, StepCall::Bind)
        || !press(udp, StepCall::RecvFrom))
        return false;
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    if (readme) {
        window.resize(kLargeWindow);
        window.setSideBySide(true);
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        return save(&window, folder, QStringLiteral("steps-side-by-side-1920x1080.png"));
    }
    bool ok = true;
    for (const QSize& size : {kSmallWindow, kLargeWindow}) {
        window.resize(size);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        for (const auto& [name, page] : {std::pair<QString, QWidget*>(QStringLiteral("server"), window.serverTab()),
                 std::pair<QString, QWidget*>(QStringLiteral("client"), window.clientTab()),
                 std::pair<QString, QWidget*>(QStringLiteral("udp"), window.udpTab())}) {
            tabs->setCurrentWidget(page);
            QTest::qWait(50);
            ok = save(&window, folder, QStringLiteral("tour-") + language + QStringLiteral("-steps-") + name + suffix)
                && ok;
        }
        window.setSideBySide(true);
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        ok = save(&window, folder, QStringLiteral("tour-") + language + QStringLiteral("-steps-side-by-side") + suffix)
            && ok;
        window.setSideBySide(false);
    }
    return ok;
}

// The Learn panel opened as F1 opens it, on one of its pages, beside the Server tab. Where the screen
// is too narrow for it to dock, it floats over the window's right side: it is painted onto the
// window's image there (the offscreen screen is 800 pixels wide, so it is put at the window's right
// edge, where a screen as wide as the window has it).
bool shootLearn(const QDir& folder, const QSize& size, const char* page, const QString& name)
{
    MainWindow window;
    window.resize(size);
    window.show();
    socketlab::gui::LearnPanel* panel = window.learnPanel();
    if (!panel->isVisible())
        panel->toggleViewAction()->trigger();
    auto* pages = panel->findChild<QTabWidget*>(QStringLiteral("learnTabs"));
    QWidget* pageWidget = panel->findChild<QWidget*>(QString::fromLatin1(page));
    if (!pages || !pageWidget)
        return false;
    pages->setCurrentWidget(pageWidget);
    QTest::qWait(100);
    if (!panel->isFloating())
        return save(&window, folder, name);
    panel->move(window.geometry().right() + 1 - panel->width(), window.geometry().top());
    QApplication::processEvents();
    QPixmap image = window.grab();
    QPainter painter(&image);
    painter.drawPixmap(panel->geometry().topLeft() - window.geometry().topLeft(), panel->grab());
    painter.end();
    const QString path = folder.filePath(name);
    if (!image.save(path)) {
        std::fprintf(stderr, "socketlab-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Grabs a window's first frame: right after its first expose has been handled (as src/gui/shown_report.cpp
// reports it), before anything queued by that frame's painting runs.
class FirstFrameGrabber final : public QObject {
public:
    explicit FirstFrameGrabber(QWidget& window)
        : m_window(window)
    {
        window.createWinId();
        window.windowHandle()->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* handle = static_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && handle->isExposed()) {
            handle->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this, [this] { frame = m_window.grab(); }, Qt::QueuedConnection);
        }
        return false;
    }

    QPixmap frame;

private:
    QWidget& m_window;
};

// The first frame at a first start (no settings) or a later one (the settings a first session left), at the
// window's own start size, or at `size` when valid.
bool shootFirstFrame(const QDir& folder, bool firstStart, const QSize& size, const QString& name)
{
    QSettings().clear();
    if (!firstStart) {
        MainWindow remembered;
        remembered.close();
    }
    MainWindow window;
    if (size.isValid())
        window.resize(size);
    FirstFrameGrabber grabber(window);
    window.show();
    if (!QTest::qWaitFor([&grabber] { return !grabber.frame.isNull(); }, kWaitMs)) {
        std::fprintf(stderr, "socketlab-screenshots: no first frame for %s\n", qPrintable(name));
        return false;
    }
    const QString path = folder.filePath(name);
    if (!grabber.frame.save(path)) {
        std::fprintf(stderr, "socketlab-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s %dx%d\n", qPrintable(path), grabber.frame.width(), grabber.frame.height());
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication::setOrganizationName(QStringLiteral("SocketLabScreenshots"));
    QApplication::setApplicationName(QStringLiteral("SocketLab"));
    QStringList arguments = QApplication::arguments().mid(1);
    const bool tour = arguments.removeAll(QStringLiteral("--tour")) > 0;
    const bool firstFrame = arguments.removeAll(QStringLiteral("--first-frame")) > 0;
    QString language = QLatin1String(socketlab::i18n::kEnglish);
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0) {
        language = arguments.value(langAt + 1);
        arguments.remove(langAt, std::min<qsizetype>(2, arguments.size() - langAt));
    }
    if (arguments.size() != 1 || !socketlab::i18n::setLanguage(language)) {
        std::fprintf(stderr, "usage: socketlab-screenshots <output folder> [--lang en|ru] [--tour | --first-frame]\n");
        return 2;
    }
    const QDir folder(arguments.constFirst());
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        std::fprintf(stderr, "socketlab-screenshots: cannot create %s\n", qPrintable(folder.path()));
        return 1;
    }
    if (firstFrame) {
        bool ok = true;
        for (const bool firstStart : {true, false}) {
            const QString start = firstStart ? QStringLiteral("first") : QStringLiteral("later");
            ok = shootFirstFrame(folder, firstStart, QSize(),
                     QStringLiteral("first-frame-%1-%2-start-size.png").arg(language, start))
                && ok;
            ok = shootFirstFrame(folder, firstStart, kSmallWindow,
                     QStringLiteral("first-frame-%1-%2-1024x700.png").arg(language, start))
                && ok;
        }
        return ok ? 0 : 1;
    }
    if (tour) {
        bool ok = shootTour(folder, language);
        ok = shootSteps(folder, language) && ok;
        for (const QSize& size : {kSmallWindow, kLargeWindow}) {
            for (const char* page : {"vocabularyPage", "methodsPage", "addressesPage", "programsPage"}) {
                ok = shootLearn(folder, size, page,
                         QStringLiteral("tour-%1-learn-%2-%3x%4.png")
                             .arg(language, QString::fromLatin1(page).remove(QLatin1String("Page")))
                             .arg(size.width())
                             .arg(size.height()))
                    && ok;
            }
        }
        return ok ? 0 : 1;
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
    ok = ok && shootDiagram(folder, kLargeWindow, QStringLiteral("diagram-1920x1080.png"));
    ok = ok && shootDiagram(folder, kSmallWindow, QStringLiteral("diagram-1024x700.png"));
    ok = ok && shootUdp(folder);
    ok = ok && shootLookup(folder);
    ok = ok && shootLearn(folder, kSmallWindow, "programsPage", QStringLiteral("learn-1024x700.png"));
    ok = ok && shootLearn(folder, kLargeWindow, "vocabularyPage", QStringLiteral("learn-1920x1080.png"));
    ok = ok && shootSteps(folder, language, true);
    // The same window in Russian, the tutorial's language.
    if (language == QLatin1String(socketlab::i18n::kEnglish) && socketlab::i18n::setLanguage(QStringLiteral("ru"))) {
        MainWindow window;
        ok = ok
            && pairAndShoot(
                window, kLargeWindow, true, folder, QStringLiteral("side-by-side-ru-1920x1080.png"), nullptr);
        ok = ok && shootLearn(folder, kLargeWindow, "methodsPage", QStringLiteral("learn-ru-1920x1080.png"));
        ok = ok && shootDiagram(folder, kLargeWindow, QStringLiteral("diagram-ru-1920x1080.png"));
    }
    return ok ? 0 : 1;
}
