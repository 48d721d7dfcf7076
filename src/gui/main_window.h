// MainWindow: the Server, Client, UDP and Lookup tabs, the Learn panel, "Pair on this machine", side-by-side
// view, remembered geometry and settings, and the command line's lesson set-up.
#pragma once

#include "app_options.h"

#include "core/errors.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QAction;
class QDockWidget;
class QSplitter;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace socketlab::gui {

class ClientTab;
class LearnPanel;
class LookupTab;
class SequenceView;
class ServerTab;
class SettingsAutosave;
class UdpTab;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const AppOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The tabs. With remembered settings only the tab on show is built before the window first shows
    // (start-up time; a first start needs them all to decide where the Learn panel fits); the others
    // are built one per event-loop turn right after its first frame, or at once when asked for here:
    // callers always get the complete tab.
    ServerTab* serverTab() const;
    ClientTab* clientTab() const;
    UdpTab* udpTab() const;
    LookupTab* lookupTab() const;
    // Whether every tab has been built (the UI is then the same as if all were built at start).
    bool allTabsBuilt() const;
    // With its content (built after the first frame otherwise).
    LearnPanel* learnPanel() const;
    SequenceView* sequenceView() const { return m_sequenceView; }
    QDockWidget* sequenceDock() const { return m_sequenceDock; }
    bool isSideBySide() const;

public slots:
    // One click: the tutorial's server on this machine and the client connected to it; on the
    // UDP tab, its two endpoints bound and aimed at each other.
    void pairOnThisMachine();
    void setSideBySide(bool sideBySide);
    void stopAllSessions();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Page { Server, Client, Udp, Lookup, Count };
    enum class PairStep { Idle, StartingServer, RetryingWithReuseAddress, RetryingOnFreePort, WaitingForClientToEnd };

    void buildTabs();
    // Builds `page`'s tab if it is still a placeholder, and returns the tab.
    QWidget* ensureTab(Page page);
    // The widget standing for `page` in the tab widget: its tab, or its placeholder until built.
    QWidget* pageWidget(Page page) const;
    void buildCurrentTab();
    // Where the size of the tab widget matters (docking beside it): it is the widest tab's.
    void ensureAllTabs();
    // After the first frame: builds the next tab still waiting, then lets the event loop turn.
    void buildNextDeferredTab();
    void buildLearnPanel();
    void buildSequenceDiagram();
    // Selects the tab that shows `page` (side by side, the Server and Client tabs share one).
    void showTab(QWidget* page);
    // The Learn panel's program buttons: fields only, never a session.
    void setUpServerLikeTutorial();
    void setUpClientLikeTutorial();
    void setUpLookupLikeTutorial();
    void retranslate();
    void showAbout();
    void applyOptions(const AppOptions& options);
    void applyLessonOptions(const AppOptions& options);
    void loadSettings();
    void saveSettings() const;
    void showStatus(const QString& text);

    void onServerListening(const QString& displayAddress, quint16 port);
    void onServerStartFailed(const core::Error& error);
    void onClientDisconnected();
    void connectPairedClient();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ServerTab* m_serverTab = nullptr;
    ClientTab* m_clientTab = nullptr;
    UdpTab* m_udpTab = nullptr;
    LookupTab* m_lookupTab = nullptr;
    std::array<QWidget*, static_cast<std::size_t>(Page::Count)> m_placeholders {}; // null once built
    bool m_deferredBuildStarted = false;
    SettingsAutosave* m_autosave = nullptr;
    LearnPanel* m_learnPanel = nullptr;
    SequenceView* m_sequenceView = nullptr;
    QDockWidget* m_sequenceDock = nullptr;
    QAction* m_whatsThisAction = nullptr;
    QSplitter* m_sideBySideSplitter = nullptr;
    PairStep m_pairStep = PairStep::Idle;
    quint16 m_pairPort = 0;
};

} // namespace socketlab::gui
