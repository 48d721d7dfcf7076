// UdpEndpointPanel: one UDP endpoint of the UDP tab. Settings for the datagram socket (bind
// address, SO_REUSEADDR, SO_BROADCAST, echo), multicast membership, sendto() with a payload, one
// row per datagram (recvfrom() or sendto()) with Reply to sender, errors, and the call trace.
#pragma once

#include "code_generator.h"
#include "core/address.h"
#include "core/errors.h"
#include "core/stepper.h"
#include "core/udp_endpoint.h"
#include "workers/session_batch.h"
#include "workers/step_worker.h"
#include "workers/udp_worker.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QSettings;

namespace Ui {
class UdpEndpointPanel;
}

namespace socketlab::gui {

class CodeView;
class DatagramModel;
class StepPanel;
class ThroughputChart;

class UdpEndpointPanel : public QWidget {
    Q_OBJECT

public:
    explicit UdpEndpointPanel(QWidget* parent = nullptr);
    ~UdpEndpointPanel() override;

    // Binds with the current settings and starts the recvfrom() loop. False when a setting is
    // invalid (marked at its field), the user declined to bind all interfaces, or it runs already.
    // Success means the session started; bound() or an error in the error label follows.
    bool start();
    // Closes the socket; stopped() follows.
    void stop();
    bool isRunning() const;

    void setFamily(core::Family family);
    void setBindAddress(const QString& host, const QString& port);
    void setDestination(const QString& host, const QString& port);
    // The port the socket is bound to (the system's choice for port 0); 0 when not bound.
    quint16 boundPort() const;

    void loadSettings(QSettings& settings, const QString& group);
    void saveSettings(QSettings& settings, const QString& group) const;

    // The panel's name ("Endpoint A"), translated by the caller.
    void setTitle(const QString& title);

    DatagramModel* datagrams() const { return m_datagrams; }
    // The "Step by step" toggle and its call buttons.
    StepPanel* stepPanel() const { return m_stepPanel; }

    // The settings as the equivalent program (the Code page) uses them.
    UdpCodeSettings codeSettings() const;

    // The controls above the datagram list may scroll: only a part of them sets the minimum.
    QSize minimumSizeHint() const override;

signals:
    void bound(quint16 port);
    // The session has ended, cleanly or with an error; the panel is ready to start again.
    void stopped();
    void statusMessage(const QString& text);
    // A setting the equivalent program depends on has changed.
    void codeSettingsChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class State { Idle, Starting, Bound, Stopping };

    void setupViews();
    void showMulticastSettings(bool shown);
    void fitControlsArea();
    int controlsHeight() const; // all of the controls, at the current width
    void connectSignals();
    void setupCodeView();

    core::Family family() const;
    void onFamilyChanged();
    void fillHostChoices();
    QString allInterfacesLabel() const;
    QString bindHost() const;
    QString destinationHost() const;

    // Checks every field as the core will, marks refused ones and enables the buttons that need them.
    void validate();
    bool validateBindSettings(QStringList& problems);
    bool validateMulticastSettings(QStringList& problems);
    bool validateDestination();
    bool validateGroup();
    // markField() remembers a field's normal tooltip: unmark before tooltips change, then check again.
    void refreshFieldTexts();
    bool confirmAllInterfaces();
    core::UdpOptions options() const;
    void updateControls();
    void updateStateText();
    void updateTitle();
    void updateCounts();
    void updateGroupsList();

    void sendPayload(const QByteArray& bytes);
    void replyToSender();
    std::optional<int> selectedReceivedRow() const;
    void joinGroup();
    void leaveGroup();

    void onBatch(const workers::SessionBatch& batch);
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
    void updateErrorText();

    std::unique_ptr<Ui::UdpEndpointPanel> m_ui;
    ThroughputChart* m_throughput = nullptr; // under the datagram list
    DatagramModel* m_datagrams = nullptr;
    CodeView* m_codeView = nullptr; // the Code page beside the call trace
    workers::UdpWorker m_worker;
    State m_state = State::Idle;
    QString m_title;
    bool m_settingsValid = false;
    bool m_destinationValid = false;
    bool m_bindsAllInterfaces = false;
    bool m_allInterfacesConfirmed = false; // asked once while the program runs
    std::optional<core::Endpoint> m_boundTo;
    // Before Start: the groups to join at Start. While running: the groups the system confirmed.
    QStringList m_groupsToJoin;
    QStringList m_joinedGroups;
    // Shown in the error label, kept to translate them again: the newest few.
    std::vector<core::Error> m_errors;
    bool m_lastErrorFatal = false;
    StepPanel* m_stepPanel = nullptr;
};

} // namespace socketlab::gui
