// MainWindow: the Server, Client, UDP and Lookup tabs, "Pair on this machine", side-by-side
// view, remembered geometry and settings, and the command line's lesson set-up.
#pragma once

#include "app_options.h"

#include "core/errors.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace socketlab::gui {

class ClientTab;
class LookupTab;
class ServerTab;
class UdpTab;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const AppOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    ServerTab* serverTab() const { return m_serverTab; }
    ClientTab* clientTab() const { return m_clientTab; }
    UdpTab* udpTab() const { return m_udpTab; }
    LookupTab* lookupTab() const { return m_lookupTab; }
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

private:
    enum class PairStep { Idle, StartingServer, RetryingWithReuseAddress, RetryingOnFreePort, WaitingForClientToEnd };

    void buildTabs();
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
    QSplitter* m_sideBySideSplitter = nullptr;
    PairStep m_pairStep = PairStep::Idle;
    quint16 m_pairPort = 0;
};

} // namespace socketlab::gui
