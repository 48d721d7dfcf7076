// ServerTab: the tutorial's server.py made visible. Settings for the listening socket, Start /
// Stop, the clients accept() returned (with Close client and a manual send), the conversation
// with "Got connection from (...)" notes, and the call trace.
#pragma once

#include "code_generator.h"
#include "core/address.h"
#include "core/errors.h"
#include "core/stepper.h"
#include "core/tcp_server.h"
#include "workers/session_batch.h"
#include "workers/step_worker.h"
#include "workers/tcp_server_worker.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QSettings;
class QSplitter;

namespace Ui {
class ServerTab;
}

namespace socketlab::gui {

class ClientListModel;
class CodeView;
class StepPanel;
class TcpStateLabel;
class ThroughputChart;

class ServerTab : public QWidget {
    Q_OBJECT

public:
    explicit ServerTab(QWidget* parent = nullptr);
    ~ServerTab() override;

    // The host field: a host in any form the core accepts, or the socket path for AF_UNIX.
    void setHost(const QString& host);
    void setPort(const QString& port);
    void setReuseAddress(bool enabled);
    // While listening, the port the server is bound to (the system's choice when the field says
    // 0 or a service name); otherwise the port field as typed.
    QString port() const;
    // server.py: AF_INET, 127.0.0.1, port 12345, listen(5), no SO_REUSEADDR, send
    // "Thank you for connecting" and close.
    void applyTutorialSettings();

    // Starts the server with the current settings. False when a setting is invalid (marked at its
    // field), the user declined to listen on all interfaces, or a server is already running.
    // Success means the session started; listening() or startFailed() follows.
    bool start();
    // Closes every connection and the listening socket; stopped() follows.
    void stop();
    bool isRunning() const;

    void loadSettings(QSettings& settings);
    void saveSettings(QSettings& settings) const;

    QSplitter* splitter() const;
    // The "Step by step" toggle and its call buttons.
    StepPanel* stepPanel() const { return m_stepPanel; }

    // The settings as the equivalent program (the Code page) uses them.
    ServerCodeSettings codeSettings() const;

    // Only what the narrow arrangement needs: below its threshold width the tab stacks its parts.
    QSize minimumSizeHint() const override;

signals:
    // The listening socket is ready: accept() is waiting for clients.
    void listening(const QString& displayAddress, quint16 port);
    // The server could not start (address in use, permission denied, name not found, ...). The
    // tab is already back in its stopped state, so a handler may change settings and start again.
    void startFailed(const socketlab::core::Error& error);
    // The session has ended, cleanly or not; the tab is ready to start again.
    void stopped();
    void statusMessage(const QString& text);
    // A setting the equivalent program depends on has changed.
    void codeSettingsChanged();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class State { Idle, Starting, Listening, Stopping };

    void setupCombos();
    void setupClientsView();
    void connectSignals();
    void setupCodeView();

    core::Family family() const;
    void setFamily(core::Family family);
    void onFamilyChanged();
    void fillHostChoices();
    QString allInterfacesLabel() const;
    // The host field's value: "" when it shows the all-interfaces choice.
    QString hostValue() const;
    void onHostActivated(int index);
    core::ReplyMode replyMode() const;
    void setReplyMode(core::ReplyMode mode);

    // Checks host and port, marks refused fields, shows the reasons and the all-interfaces
    // warning; returns whether both are valid.
    bool validate();
    void refreshFieldTexts();
    bool confirmAllInterfaces();
    core::TcpServerOptions options() const;
    void updateControls();
    void updateClientControls();
    void updateClientsCount();
    void applyLayoutWidth(int width);
    void applyArrangement(bool wide);
    void fitSettingsArea();
    int settingsColumnWidth() const;
    void fitClientColumns();

    std::optional<core::ConnectionId> selectedConnection() const;
    void closeSelectedClient();
    void sendToSelectedClient(const QByteArray& bytes);

    void onBatch(const workers::SessionBatch& batch);
    void onReady(const core::Endpoint& local);
    void showConversation(const workers::SessionBatch& batch);
    QString connectionNote(const workers::ConnectionEvent& event, const QString& peer) const;
    void onFinished(const std::optional<core::Error>& error);

    // Step-by-step mode: the fields' values for one call, and what the call did.
    void setupStepPanel();
    bool stepSettings(core::StepCall call, core::StepSettings& settings, QString& problem);
    void onStepModeChanged(bool on);
    void onStepFinished(const workers::StepReport& report);

    // Texts built in code, for the first time and after a language change.
    void retranslate();
    void updateFamilyTexts();
    void updateErrorText();
    QString byteCountText(quint64 count) const;
    QString acceptedText(quint64 count) const;

    std::unique_ptr<Ui::ServerTab> m_ui;
    TcpStateLabel* m_listenState = nullptr; // the listening socket's TCP state
    ThroughputChart* m_throughput = nullptr; // all clients together
    ClientListModel* m_clients = nullptr;
    CodeView* m_codeView = nullptr; // the Code page beside the call trace
    workers::TcpServerWorker m_worker;
    State m_state = State::Idle;
    bool m_inputValid = false;
    bool m_bindsAllInterfaces = false;
    bool m_allInterfacesConfirmed = false; // asked once while the program runs
    bool m_isUnix = false; // which kind of host the host field holds now
    QString m_otherKindHost; // the host of the other kind (IP host or AF_UNIX path), for a switch back
    std::optional<core::Endpoint> m_listeningOn;
    quint64 m_acceptedCount = 0; // connections accepted in this run
    bool m_wideLayout = true; // as the form is drawn: settings beside the panes
    // What the error label shows, kept to translate it again: the error that ended the session,
    // or the latest non-fatal problem (a refused command, a failed accept).
    std::optional<core::Error> m_error;
    bool m_errorIsFatal = false;
    bool m_errorBeforeListening = false;
    quint64 m_problemCount = 0;
    StepPanel* m_stepPanel = nullptr;
    QString m_stepPeer; // step mode: the client accept() returned, as Python shows it
};

} // namespace socketlab::gui
