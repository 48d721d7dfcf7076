// ClientTab: the tutorial's client.py made visible. Settings for the client socket, Connect /
// Disconnect / Shut down sending, a payload to send, every recv() as its own chunk, and the call trace.
#pragma once

#include "code_generator.h"
#include "core/address.h"
#include "core/errors.h"
#include "core/stepper.h"
#include "workers/session_batch.h"
#include "workers/step_worker.h"
#include "workers/tcp_client_worker.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QSettings;
class QSplitter;

namespace Ui {
class ClientTab;
}

namespace socketlab::gui {

class CodeView;
class StepPanel;
class TcpStateLabel;
class ThroughputChart;

class ClientTab : public QWidget {
    Q_OBJECT

public:
    explicit ClientTab(QWidget* parent = nullptr);
    ~ClientTab() override;

    void setHost(const QString& host);
    void setPort(const QString& port);
    // The tutorial's client.py: AF_INET, 127.0.0.1, 12345, a 10 s connect timeout, recv(1024).
    void applyTutorialSettings();

    // Starts a connection with the current settings. False when a setting is invalid (marked at
    // its field) or a connection is already being made or open.
    bool connectToServer();
    // Closes the connection, or cancels a connect() that is still waiting.
    void disconnectFromServer();
    // Connecting or connected.
    bool isBusy() const;

    void loadSettings(QSettings& settings);
    void saveSettings(QSettings& settings) const;

    QSplitter* splitter() const;
    // The "Step by step" toggle and its call buttons.
    StepPanel* stepPanel() const { return m_stepPanel; }

    // The settings as the equivalent program (the Code page) uses them.
    ClientCodeSettings codeSettings() const;

signals:
    // The connection is open; `peerTuple` is the server's address as Python shows it: ('127.0.0.1', 12345).
    void connected(const QString& peerTuple);
    // The bytes of one recv() call.
    void received(const QByteArray& bytes);
    // The connection could not be made (refused, timed out, name not found, ...).
    void connectFailed(const socketlab::core::Error& error);
    // The session has ended, whether it connected or not: the tab is ready for a new connection.
    void disconnected();
    void statusMessage(const QString& text);
    // A setting the equivalent program depends on has changed.
    void codeSettingsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Idle, Connecting, Connected, Closed };

    core::Family family() const;
    void setFamily(core::Family family);
    void onFamilyChanged();
    void setupCodeView();
    void fillHostChoices();

    // Checks host and port as the core will, marks refused fields and enables Connect only when both pass.
    void checkInput();
    bool canSend() const;
    void updateControls();
    void setState(State state);

    void shutdownSending();
    void sendPayload(const QByteArray& bytes);
    void onBatch(const workers::SessionBatch& batch);
    void showConnectionEvent(const workers::ConnectionEvent& event);
    void showChunk(const workers::DataChunk& chunk);
    void onFinished(const std::optional<core::Error>& error);
    void addError(const core::Error& error);

    // Step-by-step mode: the fields' values for one call, and what the call did.
    void setupStepPanel();
    bool stepSettings(core::StepCall call, core::StepSettings& settings, QString& problem);
    void onStepModeChanged(bool on);
    void onStepFinished(const workers::StepReport& report);

    // Texts built in code, for the first time and after a language change.
    void retranslate();
    void updateFamilyTexts();
    void updateStateText();
    void updateBytesText();
    void updateErrorText();
    // "24 bytes", plural-aware in every language.
    static QString bytesText(quint64 bytes);

    std::unique_ptr<Ui::ClientTab> m_ui;
    TcpStateLabel* m_tcpState = nullptr; // the socket's TCP state, beside the throughput chart
    ThroughputChart* m_throughput = nullptr;
    workers::TcpClientWorker m_worker;
    CodeView* m_codeView = nullptr; // the Code page beside the call trace
    State m_state = State::Idle;
    bool m_inputValid = false;
    bool m_isUnix = false; // which kind of host the host field holds now
    QString m_otherKindHost; // the host of the other kind (IP host or AF_UNIX path), kept for a switch back
    QString m_peerTuple; // the server as Python shows it, once connected
    bool m_sendingShutDown = false; // shutdown(SHUT_WR) requested: nothing more can be sent
    bool m_peerFinished = false; // recv() returned 0
    bool m_connectionClosed = false; // closed; the session thread is ending
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    std::vector<core::Error> m_errors; // shown in the error label, kept to re-translate them
    StepPanel* m_stepPanel = nullptr;
    QString m_stepPeer; // step mode: the server connect() reached, as Python shows it
};

} // namespace socketlab::gui
