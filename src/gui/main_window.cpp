// MainWindow: tabs, the pairing of the tutorial's server and client, and what is remembered.
#include "main_window.h"

#include "client_tab.h"
#include "dock_placement.h"
#include "language_menu.h"
#include "learn_panel.h"
#include "lookup_tab.h"
#include "sequence_view.h"
#include "server_tab.h"
#include "settings_autosave.h"
#include "step_panel.h"
#include "trace_panel.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"
#include "ui_mainwindow.h"

#include "core/session.h"
#include "socketlab_version.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QWhatsThis>

#include <algorithm>

namespace socketlab::gui {
namespace {

constexpr int kStatusTimeoutMs = 15000;
// Room for three lifelines (server's listening and accepted sockets, the client's) side by side.
constexpr int kSequenceDockWidth = 840;
// Narrower than two columns, the diagram is better floating over the window.
constexpr int kSequenceMinDockedWidth = 560;
const QString kFreePort = QStringLiteral("0");

// QSettings keys.
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSideBySideKey = QStringLiteral("window/sideBySide");
const QString kSideBySideSplitterKey = QStringLiteral("window/sideBySideSplitter");
const QString kServerSplitterKey = QStringLiteral("window/serverSplitter");
const QString kClientSplitterKey = QStringLiteral("window/clientSplitter");
const QString kCurrentTabKey = QStringLiteral("window/currentTab");

} // namespace

MainWindow::MainWindow(const AppOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    buildTabs();
    buildLearnPanel();
    buildSequenceDiagram();
    // After View: where desktop apps keep how the window looks.
    auto* languageMenu = new LanguageMenu(this);
    m_ui->menuBar->insertMenu(m_ui->menuSession->menuAction(), languageMenu);
    retranslate();

    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionSideBySide, &QAction::toggled, this, &MainWindow::setSideBySide);
    connect(m_ui->actionPair, &QAction::triggered, this, &MainWindow::pairOnThisMachine);
    connect(m_ui->actionStopAll, &QAction::triggered, this, &MainWindow::stopAllSessions);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    loadSettings();
    // Settings survive a crash: written shortly after each change (the command line's too, as at close), not
    // only at close. Tabs built later are watched when built.
    m_autosave = new SettingsAutosave(this, [this] { saveSettings(); });
    connect(m_ui->actionSideBySide, &QAction::toggled, m_autosave, &SettingsAutosave::schedule);
    applyOptions(options);
    buildCurrentTab();
    // A click on a tab not built yet builds it there and then.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::buildCurrentTab);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildTabs()
{
    // Building a tab costs more than all the rest of the window: until needed, each is an empty page.
    for (QWidget*& placeholder : m_placeholders) {
        placeholder = new QWidget(this);
        m_ui->tabs->addTab(placeholder, QString());
    }

    m_sideBySideSplitter = new QSplitter(Qt::Horizontal, this);
    m_sideBySideSplitter->setObjectName(QStringLiteral("sideBySideSplitter"));
    m_sideBySideSplitter->setChildrenCollapsible(false);
    m_sideBySideSplitter->hide();
}

QWidget* MainWindow::pageWidget(Page page) const
{
    if (QWidget* placeholder = m_placeholders[static_cast<std::size_t>(page)])
        return placeholder;
    switch (page) {
    case Page::Server: return m_serverTab;
    case Page::Client: return m_clientTab;
    case Page::Udp: return m_udpTab;
    case Page::Lookup: return m_lookupTab;
    case Page::Count: break;
    }
    return nullptr;
}

QWidget* MainWindow::ensureTab(Page page)
{
    QWidget*& placeholder = m_placeholders[static_cast<std::size_t>(page)];
    if (!placeholder)
        return pageWidget(page);
    auto tracePanelOf = [](QWidget* owner) { return owner->findChild<TracePanel*>(QStringLiteral("tracePanel")); };
    QSettings settings;
    QWidget* tab = nullptr;
    switch (page) {
    case Page::Server:
        m_serverTab = new ServerTab(this);
        connect(m_serverTab, &ServerTab::listening, this, &MainWindow::onServerListening);
        connect(m_serverTab, &ServerTab::startFailed, this, &MainWindow::onServerStartFailed);
        connect(m_serverTab, &ServerTab::statusMessage, this, &MainWindow::showStatus);
        m_sequenceView->watch(tracePanelOf(m_serverTab), SequenceView::Session::Server);
        m_serverTab->loadSettings(settings);
        m_serverTab->splitter()->restoreState(settings.value(kServerSplitterKey).toByteArray());
        tab = m_serverTab;
        break;
    case Page::Client:
        m_clientTab = new ClientTab(this);
        connect(m_clientTab, &ClientTab::disconnected, this, &MainWindow::onClientDisconnected);
        connect(m_clientTab, &ClientTab::statusMessage, this, &MainWindow::showStatus);
        m_sequenceView->watch(tracePanelOf(m_clientTab), SequenceView::Session::Client);
        m_clientTab->loadSettings(settings);
        m_clientTab->splitter()->restoreState(settings.value(kClientSplitterKey).toByteArray());
        tab = m_clientTab;
        break;
    case Page::Udp:
        m_udpTab = new UdpTab(this);
        connect(m_udpTab, &UdpTab::statusMessage, this, &MainWindow::showStatus);
        m_sequenceView->watch(tracePanelOf(m_udpTab->endpointA()), SequenceView::Session::UdpA);
        m_sequenceView->watch(tracePanelOf(m_udpTab->endpointB()), SequenceView::Session::UdpB);
        m_udpTab->loadSettings(settings);
        tab = m_udpTab;
        break;
    case Page::Lookup:
        m_lookupTab = new LookupTab(this);
        connect(m_lookupTab, &LookupTab::statusMessage, this, &MainWindow::showStatus);
        m_lookupTab->loadSettings(settings);
        tab = m_lookupTab;
        break;
    case Page::Count: return nullptr;
    }
    // The tab takes its placeholder's place; the current page stays current, and nothing the user did is
    // signalled (no autosave for a build).
    QTabWidget* tabs = m_ui->tabs;
    const int index = tabs->indexOf(placeholder);
    if (index >= 0) {
        const QSignalBlocker blocker(tabs);
        const bool wasCurrent = tabs->currentIndex() == index;
        const QString text = tabs->tabText(index);
        const QString toolTip = tabs->tabToolTip(index);
        tabs->removeTab(index);
        tabs->insertTab(index, tab, text);
        tabs->setTabToolTip(index, toolTip);
        if (wasCurrent)
            tabs->setCurrentIndex(index);
    }
    delete placeholder;
    placeholder = nullptr;
    if (m_autosave)
        m_autosave->watch(tab);
    return tab;
}

void MainWindow::buildCurrentTab()
{
    QWidget* current = m_ui->tabs->currentWidget();
    for (std::size_t page = 0; page < m_placeholders.size(); ++page) {
        if (current && current == m_placeholders[page])
            ensureTab(static_cast<Page>(page));
    }
}

void MainWindow::buildNextDeferredTab()
{
    for (std::size_t page = 0; page < m_placeholders.size(); ++page) {
        if (m_placeholders[page]) {
            ensureTab(static_cast<Page>(page));
            QTimer::singleShot(0, this, &MainWindow::buildNextDeferredTab);
            return;
        }
    }
}

void MainWindow::ensureAllTabs()
{
    for (std::size_t page = 0; page < m_placeholders.size(); ++page)
        ensureTab(static_cast<Page>(page));
}

bool MainWindow::allTabsBuilt() const
{
    return std::all_of(m_placeholders.begin(), m_placeholders.end(), [](QWidget* page) { return page == nullptr; });
}

// Asking for a tab builds it: callers never see a placeholder.
ServerTab* MainWindow::serverTab() const
{
    return static_cast<ServerTab*>(const_cast<MainWindow*>(this)->ensureTab(Page::Server));
}

ClientTab* MainWindow::clientTab() const
{
    return static_cast<ClientTab*>(const_cast<MainWindow*>(this)->ensureTab(Page::Client));
}

UdpTab* MainWindow::udpTab() const
{
    return static_cast<UdpTab*>(const_cast<MainWindow*>(this)->ensureTab(Page::Udp));
}

LearnPanel* MainWindow::learnPanel() const
{
    m_learnPanel->ensureContent();
    return m_learnPanel;
}

LookupTab* MainWindow::lookupTab() const
{
    return static_cast<LookupTab*>(const_cast<MainWindow*>(this)->ensureTab(Page::Lookup));
}

bool MainWindow::event(QEvent* event)
{
    // The first paint of the window: once its first frame is out, the Learn panel's pages are built, then
    // the remaining tabs, one per event-loop turn so that input keeps flowing. Queued, so it runs after this
    // frame is complete.
    if (event->type() == QEvent::Paint && !m_deferredBuildStarted) {
        m_deferredBuildStarted = true;
        QMetaObject::invokeMethod(m_learnPanel, &LearnPanel::ensureContent, Qt::QueuedConnection);
        QMetaObject::invokeMethod(this, &MainWindow::buildNextDeferredTab, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::buildLearnPanel()
{
    // Only the dock now (its place and title are in the first frame); its pages come on the next turn.
    m_learnPanel = new LearnPanel(this, LearnPanel::Content::Later);
    addDockWidget(Qt::RightDockWidgetArea, m_learnPanel);
    // The dock's own action: its text follows the panel's title in every language.
    QAction* toggle = m_learnPanel->toggleViewAction();
    toggle->setShortcut(QKeySequence::HelpContents);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggle);
    m_ui->mainToolBar->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            ensureAllTabs(); // the room beside the tabs depends on the widest one
            placeShownDock(*this, *m_learnPanel, m_learnPanel->preferredWidth());
        }
    });
    // What's This shows the glossary entry of a field or of a call in the trace.
    m_whatsThisAction = QWhatsThis::createAction(this);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, m_whatsThisAction);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);

    connect(m_learnPanel, &LearnPanel::retranslated, this, [this] {
        ensureAllTabs();
        widenDockedDock(*this, *m_learnPanel, m_learnPanel->preferredWidth());
    });
    connect(m_learnPanel, &LearnPanel::setUpServerRequested, this, &MainWindow::setUpServerLikeTutorial);
    connect(m_learnPanel, &LearnPanel::setUpClientRequested, this, &MainWindow::setUpClientLikeTutorial);
    connect(m_learnPanel, &LearnPanel::setUpLookupRequested, this, &MainWindow::setUpLookupLikeTutorial);
}

void MainWindow::buildSequenceDiagram()
{
    m_sequenceView = new SequenceView(this);
    m_sequenceDock = new QDockWidget(this);
    m_sequenceDock->setObjectName(QStringLiteral("sequenceDock"));
    m_sequenceDock->setWidget(m_sequenceView);
    addDockWidget(Qt::RightDockWidgetArea, m_sequenceDock);
    m_sequenceDock->hide(); // until asked for; a saved window state may show it
    // The diagram listens to the sessions' trace panels (watched as each tab is built: the tabs need not
    // know it exists); their order is fixed here, whichever tab is built first.
    for (SequenceView::Session session : {SequenceView::Session::Server, SequenceView::Session::Client,
             SequenceView::Session::UdpA, SequenceView::Session::UdpB})
        m_sequenceView->addSession(session);
    QAction* toggle = m_sequenceDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_ui->menuView->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            ensureAllTabs();
            placeShownDock(*this, *m_sequenceDock, kSequenceDockWidth, kSequenceMinDockedWidth);
        }
    });
}

void MainWindow::showTab(QWidget* page)
{
    const int index = m_ui->tabs->indexOf(page);
    m_ui->tabs->setCurrentIndex(index >= 0 ? index : m_ui->tabs->indexOf(m_sideBySideSplitter));
}

void MainWindow::setUpServerLikeTutorial()
{
    showTab(ensureTab(Page::Server));
    // A running server keeps its settings: changing the fields under it would misstate what it does.
    if (m_serverTab->isRunning()) {
        showStatus(tr("The server is running: stop it first to set it up like server.py."));
        return;
    }
    m_serverTab->applyTutorialSettings();
    showStatus(tr("The Server tab is set up like server.py; start the server when you are ready."));
}

void MainWindow::setUpClientLikeTutorial()
{
    showTab(ensureTab(Page::Client));
    if (m_clientTab->isBusy()) {
        showStatus(tr("The client is connected: disconnect it first to set it up like client.py."));
        return;
    }
    m_clientTab->applyTutorialSettings();
    showStatus(tr("The Client tab is set up like client.py. Start the server, then connect."));
}

void MainWindow::setUpLookupLikeTutorial()
{
    showTab(ensureTab(Page::Lookup));
    m_lookupTab->applyTutorialSettings();
    showStatus(tr("The Lookup tab is set up like the tutorial's lookup program; look the host up when you are ready."));
}

bool MainWindow::isSideBySide() const
{
    return m_ui->tabs->indexOf(m_sideBySideSplitter) >= 0;
}

void MainWindow::setSideBySide(bool sideBySide)
{
    if (sideBySide == isSideBySide())
        return;
    ensureTab(Page::Server);
    ensureTab(Page::Client);
    const QSignalBlocker blocker(m_ui->actionSideBySide);
    m_ui->actionSideBySide->setChecked(sideBySide);
    QTabWidget* tabs = m_ui->tabs;
    if (sideBySide) {
        const bool clientWasCurrent = tabs->currentWidget() == m_clientTab;
        const bool serverWasCurrent = tabs->currentWidget() == m_serverTab;
        tabs->removeTab(tabs->indexOf(m_clientTab));
        tabs->removeTab(tabs->indexOf(m_serverTab));
        m_sideBySideSplitter->addWidget(m_serverTab);
        m_sideBySideSplitter->addWidget(m_clientTab);
        m_serverTab->show();
        m_clientTab->show();
        tabs->insertTab(0, m_sideBySideSplitter, QString());
        if (clientWasCurrent || serverWasCurrent)
            tabs->setCurrentIndex(0);
    } else {
        const bool pairWasCurrent = tabs->currentWidget() == m_sideBySideSplitter;
        tabs->removeTab(tabs->indexOf(m_sideBySideSplitter));
        m_sideBySideSplitter->hide();
        tabs->insertTab(0, m_serverTab, QString());
        tabs->insertTab(1, m_clientTab, QString());
        if (pairWasCurrent)
            tabs->setCurrentIndex(0);
    }
    retranslate();
}

void MainWindow::retranslate()
{
    QTabWidget* tabs = m_ui->tabs;
    auto setTitle = [tabs](QWidget* page, const QString& title, const QString& toolTip) {
        const int index = tabs->indexOf(page);
        if (index < 0)
            return;
        tabs->setTabText(index, title);
        tabs->setTabToolTip(index, toolTip);
    };
    setTitle(pageWidget(Page::Server), tr("Server"), tr("socket, bind, listen, accept: the tutorial's server.py"));
    setTitle(pageWidget(Page::Client), tr("Client"), tr("socket, connect, send, recv: the tutorial's client.py"));
    setTitle(m_sideBySideSplitter, tr("Server and Client"), tr("Both ends of the connection at once"));
    setTitle(
        pageWidget(Page::Udp), tr("UDP"), tr("sendto and recvfrom: connectionless sockets, one datagram at a time"));
    setTitle(pageWidget(Page::Lookup), tr("Lookup"), tr("gethostname, getaddrinfo and getnameinfo: who a host is"));
    m_learnPanel->toggleViewAction()->setToolTip(
        tr("Show or hide the Learn panel: the tutorial's vocabulary, socket methods and programs"));
    m_whatsThisAction->setText(tr("What's &This?"));
    m_sequenceDock->setWindowTitle(tr("Sequence Diagram"));
    m_sequenceDock->toggleViewAction()->setToolTip(
        tr("Show or hide the live sequence diagram: every socket a lifeline, every call a row, arrows between peers"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, kStatusTimeoutMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SocketLab"),
        tr("<h3>SocketLab %1</h3>"
           "<p>Learn socket programming by watching every real socket call: a server and a client talking on "
           "one machine, UDP, and name lookup.</p>"
           "<p>Built from raw BSD sockets, after a beginner's tutorial on Python's socket module.</p>"
           "<p>Qt %2 (built with Qt %3). MIT license.</p>")
            .arg(QStringLiteral(SOCKETLAB_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
}

void MainWindow::pairOnThisMachine()
{
    ensureTab(Page::Server);
    ensureTab(Page::Client);
    if (m_udpTab && m_ui->tabs->currentWidget() == m_udpTab) {
        m_udpTab->pairEndpoints();
        return;
    }
    if (m_pairStep != PairStep::Idle)
        return;
    if (m_serverTab->isRunning()) {
        // A server is already up: connect to it rather than disturb it.
        bool isNumber = false;
        const quint16 port = m_serverTab->port().trimmed().toUShort(&isNumber);
        if (isNumber && port != 0) {
            m_pairPort = port;
            connectPairedClient();
            return;
        }
        m_serverTab->stop();
    }
    m_pairStep = PairStep::StartingServer;
    m_serverTab->applyTutorialSettings();
    if (!m_serverTab->start()) {
        m_pairStep = PairStep::Idle;
        showStatus(tr("The tutorial's server could not start; see the Server tab."));
    }
}

void MainWindow::onServerListening(const QString& displayAddress, quint16 port)
{
    Q_UNUSED(displayAddress)
    if (m_pairStep == PairStep::RetryingWithReuseAddress)
        showStatus(tr("Port %1 was still in TIME_WAIT from an earlier connection; the server set SO_REUSEADDR to "
                      "bind it again.")
                       .arg(core::kTutorialPort));
    if (m_pairStep == PairStep::RetryingOnFreePort)
        showStatus(tr("Port %1 is busy (another program, or connections of an earlier server still in "
                      "TIME_WAIT), so the server listens on port %2 instead.")
                       .arg(core::kTutorialPort)
                       .arg(port));
    if (m_pairStep != PairStep::Idle && m_pairStep != PairStep::WaitingForClientToEnd) {
        m_pairPort = port;
        connectPairedClient();
    }
}

void MainWindow::onServerStartFailed(const core::Error& error)
{
    if (m_pairStep == PairStep::StartingServer && error.condition == core::Condition::AddressInUse) {
        // Most often the port is only in TIME_WAIT after an earlier run: SO_REUSEADDR, the
        // error's own hint, lets the tutorial's port be bound again.
        m_pairStep = PairStep::RetryingWithReuseAddress;
        m_serverTab->setReuseAddress(true);
        if (m_serverTab->start())
            return;
    }
    if (m_pairStep == PairStep::RetryingWithReuseAddress && error.condition == core::Condition::AddressInUse) {
        // Another program really listens there: take any free port, and say so.
        m_pairStep = PairStep::RetryingOnFreePort;
        m_serverTab->setPort(kFreePort);
        if (m_serverTab->start())
            return;
    }
    if (m_pairStep != PairStep::Idle)
        showStatus(tr("The tutorial's server could not start; see the Server tab."));
    m_pairStep = PairStep::Idle;
}

void MainWindow::connectPairedClient()
{
    if (m_clientTab->isBusy()) {
        m_pairStep = PairStep::WaitingForClientToEnd;
        m_clientTab->disconnectFromServer();
        return;
    }
    m_pairStep = PairStep::Idle;
    m_clientTab->applyTutorialSettings();
    m_clientTab->setPort(QString::number(m_pairPort));
    m_clientTab->connectToServer();
    if (!isSideBySide())
        m_ui->tabs->setCurrentWidget(m_clientTab);
}

void MainWindow::onClientDisconnected()
{
    if (m_pairStep == PairStep::WaitingForClientToEnd)
        connectPairedClient();
}

void MainWindow::stopAllSessions()
{
    // A tab not built yet has run nothing.
    m_pairStep = PairStep::Idle;
    if (m_clientTab) {
        m_clientTab->disconnectFromServer();
        m_clientTab->stepPanel()->stop();
    }
    if (m_serverTab) {
        m_serverTab->stop();
        m_serverTab->stepPanel()->stop();
    }
    if (m_udpTab) {
        m_udpTab->stopAll();
        m_udpTab->endpointA()->stepPanel()->stop();
        m_udpTab->endpointB()->stepPanel()->stop();
    }
}

void MainWindow::applyOptions(const AppOptions& options)
{
    QWidget* page = nullptr;
    switch (options.tab) {
    case StartTab::Server: page = ensureTab(Page::Server); break;
    case StartTab::Client: page = ensureTab(Page::Client); break;
    case StartTab::Udp: page = ensureTab(Page::Udp); break;
    case StartTab::Lookup: page = ensureTab(Page::Lookup); break;
    case StartTab::Remembered: break;
    }
    if (page)
        showTab(page);
    applyLessonOptions(options);
}

void MainWindow::applyLessonOptions(const AppOptions& options)
{
    // --host/--port/--start act on the chosen tab; without --tab, on the Server tab.
    if (options.host.isNull() && options.port.isNull() && !options.start)
        return; // nothing to do: no tab needs building for it
    bool started = true;
    switch (options.tab) {
    case StartTab::Client:
        ensureTab(Page::Client);
        if (!options.host.isNull())
            m_clientTab->setHost(options.host);
        if (!options.port.isNull())
            m_clientTab->setPort(options.port);
        if (options.start)
            started = m_clientTab->connectToServer();
        break;
    case StartTab::Udp: {
        // UDP endpoint A binds to the given address.
        ensureTab(Page::Udp);
        UdpEndpointPanel* endpoint = m_udpTab->endpointA();
        if (!options.host.isNull() || !options.port.isNull())
            endpoint->setBindAddress(options.host.isNull() ? QString::fromLatin1(core::kDefaultHost) : options.host,
                options.port.isNull() ? QString::fromLatin1(core::kTutorialPortText) : options.port);
        if (options.start)
            started = endpoint->start();
        break;
    }
    case StartTab::Lookup:
        ensureTab(Page::Lookup);
        if (!options.host.isNull())
            m_lookupTab->setHost(options.host);
        if (!options.port.isNull())
            m_lookupTab->setService(options.port);
        if (options.start)
            started = m_lookupTab->lookup();
        break;
    case StartTab::Server:
    case StartTab::Remembered:
        ensureTab(Page::Server);
        if (!options.host.isNull())
            m_serverTab->setHost(options.host);
        if (!options.port.isNull())
            m_serverTab->setPort(options.port);
        if (options.start)
            started = m_serverTab->start();
        break;
    }
    if (!started)
        showStatus(tr("Could not start: check the settings marked in the tab."));
}

void MainWindow::loadSettings()
{
    QSettings settings;
    const bool firstStart = !restoreGeometry(settings.value(kGeometryKey).toByteArray());
    const QByteArray state = settings.value(kStateKey).toByteArray();
    // Learners look for the Learn panel first: shown where it fits beside the tabs, else it waits for F1. A saved
    // state knows the panel and decides instead. The room beside the tabs depends on the widest tab, so this
    // decision (a first start) needs them all built; later starts build only the tab on show.
    if (firstStart || state.isEmpty()) {
        // Its width needs its pages, which later starts build after the first frame (a saved state has its width).
        resizeDocks({m_learnPanel}, {m_learnPanel->preferredWidth()}, Qt::Horizontal);
        ensureAllTabs();
        if (firstStart)
            widenForDock(*this, m_learnPanel->preferredWidth());
        m_learnPanel->setVisible(roomBesideCentralWidget(*this) >= kMinDockedWidth);
    }
    restoreState(state);
    // Each tab reads its own settings when it is built (ensureTab).
    setSideBySide(settings.value(kSideBySideKey, false).toBool());
    m_sideBySideSplitter->restoreState(settings.value(kSideBySideSplitterKey).toByteArray());
    const int tab = settings.value(kCurrentTabKey, 0).toInt();
    if (tab >= 0 && tab < m_ui->tabs->count())
        m_ui->tabs->setCurrentIndex(tab);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSideBySideKey, isSideBySide());
    settings.setValue(kSideBySideSplitterKey, m_sideBySideSplitter->saveState());
    settings.setValue(kCurrentTabKey, m_ui->tabs->currentIndex());
    // A tab not built yet was not changed: what it loaded from is still there.
    if (m_serverTab) {
        settings.setValue(kServerSplitterKey, m_serverTab->splitter()->saveState());
        m_serverTab->saveSettings(settings);
    }
    if (m_clientTab) {
        settings.setValue(kClientSplitterKey, m_clientTab->splitter()->saveState());
        m_clientTab->saveSettings(settings);
    }
    if (m_udpTab)
        m_udpTab->saveSettings(settings);
    if (m_lookupTab)
        m_lookupTab->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    // The tabs' workers stop their sessions and wait for their threads when destroyed; stopping
    // here first lets both end at the same time.
    stopAllSessions();
    event->accept();
}

} // namespace socketlab::gui
