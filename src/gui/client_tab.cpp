// ClientTab: settings, connection states and the session's batches shown as conversation, counters and trace.
#include "client_tab.h"
#include "ui_clienttab.h"

#include "code_view.h"
#include "conversation_view.h"
#include "core_text.h"
#include "field_check.h"
#include "glossary.h"
#include "host_choices.h"
#include "payload_editor.h"
#include "step_panel.h"
#include "tcp_state_label.h"
#include "throughput_chart.h"
#include "trace_panel.h"

#include "core/resolver.h"
#include "core/session.h"
#include "core/tcp_client.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QSplitter>
#include <QSysInfo>

#include <array>
#include <limits>

namespace socketlab::gui {
namespace {

// The combo's rows, in the order of forms/clienttab.ui.
constexpr std::array<core::Family, 3> kFamilies {core::Family::Inet, core::Family::Inet6, core::Family::Unix};

const QString kLocalhost = QStringLiteral("localhost");
const QString kIPv6Loopback = QStringLiteral("::1");
// Step-by-step mode's call buttons to a row: the tab is as wide as the window.
constexpr int kStepButtonColumns = 6;
// The conversation gets the room; the trace starts smaller but stays readable.
constexpr int kConversationStretch = 3;
constexpr int kTraceStretch = 2;

constexpr double kTutorialTimeoutSeconds = core::kDefaultConnectTimeoutMs / 1000.0;
constexpr double kMillisecondsPerSecond = 1000.0;
// The newest errors stay readable; a flood of refused commands must not grow the label without end.
constexpr std::size_t kMaxErrorsShown = 5;

// An error background that keeps the text readable in light and dark palettes.
const QColor kErrorTintLight(255, 232, 232);
const QColor kErrorTintDark(96, 40, 40);
constexpr int kDarkPaletteLightness = 128;

const QString kSettingsGroup = QStringLiteral("client");
const QString kFamilyKey = QStringLiteral("family");
const QString kHostKey = QStringLiteral("host");
const QString kPortKey = QStringLiteral("port");
const QString kTimeoutKey = QStringLiteral("connectTimeoutSeconds");
const QString kRecvSizeKey = QStringLiteral("recvSize");

// How people write an address with a port: 127.0.0.1:12345, [::1]:12345, or just the AF_UNIX path.
QString targetText(const QString& host, const QString& port, bool isUnix)
{
    if (isUnix)
        return host;
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + port;
}

} // namespace

ClientTab::ClientTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClientTab>())
    , m_otherKindHost(defaultUnixSocketPath())
{
    m_ui->setupUi(this);
    m_ui->receivedView->setLayout(ConversationView::Layout::Chunks);

    QPalette errorPalette = m_ui->errorLabel->palette();
    const bool dark = errorPalette.color(QPalette::Window).lightness() < kDarkPaletteLightness;
    errorPalette.setColor(QPalette::Window, dark ? kErrorTintDark : kErrorTintLight);
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->setAutoFillBackground(true);

    m_ui->clientSplitter->setStretchFactor(m_ui->clientSplitter->indexOf(m_ui->conversationPane), kConversationStretch);
    m_ui->clientSplitter->setStretchFactor(m_ui->clientSplitter->indexOf(m_ui->tracePanel), kTraceStretch);

    // The socket's TCP state and the throughput chart, one row under the conversation's header.
    m_tcpState = new TcpStateLabel(TcpStateLabel::Role::Connection, this);
    m_throughput = new ThroughputChart(this);
    auto* activityRow = new QHBoxLayout;
    activityRow->addWidget(m_tcpState);
    activityRow->addWidget(m_throughput, 1);
    m_ui->conversationLayout->insertLayout(m_ui->conversationLayout->indexOf(m_ui->receivedView), activityRow);

    fillHostChoices();
    applyTutorialSettings();

    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this, &ClientTab::onFamilyChanged);
    connect(m_ui->hostCombo, &QComboBox::editTextChanged, this, &ClientTab::checkInput);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &ClientTab::checkInput);
    // Enter in an address field connects, like pressing Connect.
    connect(m_ui->hostCombo->lineEdit(), &QLineEdit::returnPressed, this, &ClientTab::connectToServer);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &ClientTab::connectToServer);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ClientTab::connectToServer);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &ClientTab::disconnectFromServer);
    connect(m_ui->shutdownButton, &QPushButton::clicked, this, &ClientTab::shutdownSending);
    connect(m_ui->payloadEditor, &PayloadEditor::sendRequested, this, &ClientTab::sendPayload);
    connect(&m_worker, &workers::TcpClientWorker::batchReady, this, &ClientTab::onBatch);
    setupCodeView();
    connect(&m_worker, &workers::TcpClientWorker::finished, this, &ClientTab::onFinished);
    setupStepPanel();

    retranslate();
}

ClientTab::~ClientTab() = default; // m_worker's destructor stops a running session and waits for it

void ClientTab::setHost(const QString& host)
{
    m_ui->hostCombo->setEditText(host);
}

void ClientTab::setPort(const QString& port)
{
    m_ui->portEdit->setText(port);
}

void ClientTab::applyTutorialSettings()
{
    setFamily(core::Family::Inet);
    setHost(QString::fromLatin1(core::kDefaultHost));
    setPort(QString::fromLatin1(core::kTutorialPortText));
    m_ui->timeoutSpin->setValue(kTutorialTimeoutSeconds);
    m_ui->recvSizeSpin->setValue(static_cast<int>(core::kTutorialRecvSize));
}

bool ClientTab::isBusy() const
{
    return m_state == State::Connecting || m_state == State::Connected;
}

void ClientTab::setupCodeView()
{
    m_codeView = new CodeView(this);
    CodeView::placeBesideTrace(m_ui->clientSplitter, m_ui->tracePanel, m_codeView);
    m_codeView->setGenerator([this](CodeLanguage language) { return generateClientCode(codeSettings(), language); });
    connect(this, &ClientTab::codeSettingsChanged, m_codeView, &CodeView::refresh);
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this, &ClientTab::codeSettingsChanged);
    connect(m_ui->hostCombo, &QComboBox::currentTextChanged, this, &ClientTab::codeSettingsChanged);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &ClientTab::codeSettingsChanged);
    connect(m_ui->timeoutSpin, &QDoubleSpinBox::valueChanged, this, &ClientTab::codeSettingsChanged);
    connect(m_ui->recvSizeSpin, &QSpinBox::valueChanged, this, &ClientTab::codeSettingsChanged);
}

ClientCodeSettings ClientTab::codeSettings() const
{
    ClientCodeSettings settings;
    settings.family = family();
    settings.host = m_ui->hostCombo->currentText().trimmed();
    settings.port = m_ui->portEdit->text().trimmed();
    settings.timeoutSeconds = m_ui->timeoutSpin->value();
    settings.recvSize = m_ui->recvSizeSpin->value();
    return settings;
}

QSplitter* ClientTab::splitter() const
{
    return m_ui->clientSplitter;
}

core::Family ClientTab::family() const
{
    const int index = m_ui->familyCombo->currentIndex();
    return index >= 0 && index < static_cast<int>(kFamilies.size()) ? kFamilies[index] : core::Family::Inet;
}

void ClientTab::setFamily(core::Family family)
{
    for (std::size_t i = 0; i < kFamilies.size(); ++i) {
        if (kFamilies[i] == family)
            m_ui->familyCombo->setCurrentIndex(static_cast<int>(i));
    }
}

void ClientTab::onFamilyChanged()
{
    const bool isUnix = family() == core::Family::Unix;
    if (isUnix != m_isUnix) {
        // A path makes no sense as a host and the other way round: keep each kind for a switch back.
        const QString current = m_ui->hostCombo->currentText();
        m_isUnix = isUnix;
        fillHostChoices();
        m_ui->hostCombo->setEditText(m_otherKindHost);
        m_otherKindHost = current;
    }
    updateFamilyTexts();
    checkInput();
}

void ClientTab::fillHostChoices()
{
    const QString current = m_ui->hostCombo->currentText();
    const QSignalBlocker blocker(m_ui->hostCombo);
    m_ui->hostCombo->clear();
    if (m_isUnix) {
        m_ui->hostCombo->addItem(defaultUnixSocketPath());
    } else {
        // The last one is what the tutorial's socket.gethostname() returns (asked of Qt: no socket call here).
        m_ui->hostCombo->addItems(
            {QString::fromLatin1(core::kDefaultHost), kLocalhost, kIPv6Loopback, QSysInfo::machineHostName()});
    }
    m_ui->hostCombo->setEditText(current);
}

void ClientTab::checkInput()
{
    QStringList problems;
    const core::Result<core::HostSpec> host = core::parseHost(m_ui->hostCombo->currentText().toStdString(), family());
    const QString hostProblem = host ? QString() : inputErrorText(host.error());
    markField(m_ui->hostCombo, hostProblem);
    if (!hostProblem.isEmpty())
        problems << hostProblem;

    QString portProblem;
    if (!m_isUnix) {
        const core::Result<core::PortSpec> port = core::parseKnownPort(m_ui->portEdit->text().toStdString());
        if (!port)
            portProblem = inputErrorText(port.error());
    }
    markField(m_ui->portEdit, portProblem);
    if (!portProblem.isEmpty())
        problems << portProblem;

    m_inputValid = problems.isEmpty();
    m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!m_inputValid);
    updateControls();
}

bool ClientTab::connectToServer()
{
    if (isBusy() || m_stepPanel->isStepMode())
        return false;
    checkInput();
    if (!m_inputValid) {
        emit statusMessage(tr("Cannot connect: %1").arg(m_ui->validationLabel->text()));
        return false;
    }

    const QString host = m_ui->hostCombo->currentText().trimmed();
    const QString port = m_ui->portEdit->text().trimmed();
    core::TcpClientOptions options;
    options.family = family();
    options.host = host.toStdString();
    options.port = m_isUnix ? std::string() : port.toStdString();
    options.connectTimeoutMs = qRound(m_ui->timeoutSpin->value() * kMillisecondsPerSecond);
    options.recvSize = static_cast<std::size_t>(m_ui->recvSizeSpin->value());
    options.mode = core::ClientMode::Conversation;
    options.closeWhenPeerFinishes = true;

    // Each connection is its own lesson: start from an empty conversation and trace.
    m_ui->receivedView->clear();
    m_ui->tracePanel->clear();
    m_errors.clear();
    m_peerTuple.clear();
    m_bytesReceived = 0;
    m_bytesSent = 0;
    m_sendingShutDown = false;
    m_peerFinished = false;
    m_connectionClosed = false;
    updateErrorText();
    updateBytesText();

    if (!m_worker.start(options)) {
        emit statusMessage(tr("Cannot connect: the previous connection is still closing. Try again."));
        return false;
    }
    setState(State::Connecting);
    m_tcpState->setState(std::nullopt);
    m_throughput->start();
    emit statusMessage(tr("Connecting to %1…").arg(targetText(host, port, m_isUnix)));
    return true;
}

void ClientTab::disconnectFromServer()
{
    if (m_state == State::Connecting)
        m_worker.stop(); // ends a connect() that is still waiting
    else if (m_state == State::Connected)
        m_worker.disconnectFromServer(); // close(), recorded in the trace
}

void ClientTab::shutdownSending()
{
    if (m_state != State::Connected || m_sendingShutDown)
        return;
    m_worker.shutdownWrite();
    m_sendingShutDown = true;
    m_ui->receivedView->appendNote(
        tr("Shut down sending: once everything queued is sent, shutdown(SHUT_WR) sends FIN and the server's recv() "
           "returns 0. This socket still receives."));
    updateControls();
}

void ClientTab::sendPayload(const QByteArray& bytes)
{
    if (canSend())
        m_worker.send(bytes);
}

bool ClientTab::canSend() const
{
    return m_state == State::Connected && !m_sendingShutDown && !m_peerFinished && !m_connectionClosed;
}

void ClientTab::onBatch(const workers::SessionBatch& batch)
{
    if (!batch.calls.empty() || batch.callsOmitted > 0)
        m_ui->tracePanel->append(batch.calls, batch.callsOmitted);

    // Notes and data come in separate lists; their times put "Connected", each recv() and "closed" in order.
    // On a tie a connection opens before its data and ends after it.
    auto connection = batch.connections.begin();
    auto chunk = batch.data.begin();
    while (connection != batch.connections.end() || chunk != batch.data.end()) {
        const bool connectionFirst = chunk == batch.data.end()
            || (connection != batch.connections.end()
                && (connection->kind == workers::ConnectionEvent::Kind::Opened ? connection->tMs <= chunk->tMs
                                                                               : connection->tMs < chunk->tMs));
        if (connectionFirst)
            showConnectionEvent(*connection++);
        else
            showChunk(*chunk++);
    }
    if (batch.bytesNotShown > 0)
        m_ui->receivedView->appendNotShown(batch.bytesNotShown, batch.bytesNotShownReceived);

    const auto ownState = batch.tcpStates.find(core::TcpClient::kConnection);
    if (ownState != batch.tcpStates.end())
        m_tcpState->setState(ownState->second);
    m_throughput->addBytes(batch.bytesReceived, batch.bytesSent);
    if (batch.bytesReceived > 0 || batch.bytesSent > 0) {
        m_bytesReceived += batch.bytesReceived;
        m_bytesSent += batch.bytesSent;
        updateBytesText();
    }
    for (const core::Error& problem : batch.problems)
        addError(problem);
}

void ClientTab::showConnectionEvent(const workers::ConnectionEvent& event)
{
    switch (event.kind) {
    case workers::ConnectionEvent::Kind::Opened: {
        m_peerTuple = fromStd(event.peer.toTuple());
        const QString text = tr("Connected to %1").arg(m_peerTuple);
        m_ui->receivedView->appendNote(text);
        setState(State::Connected);
        emit statusMessage(text);
        emit connected(m_peerTuple);
        break;
    }
    case workers::ConnectionEvent::Kind::PeerFinished:
        m_peerFinished = true;
        m_ui->receivedView->appendNote(tr("The server closed the connection (recv() returned 0)"));
        updateControls();
        break;
    case workers::ConnectionEvent::Kind::Closed:
        m_connectionClosed = true;
        m_ui->receivedView->appendNote(
            tr("Disconnected. Received %1, sent %2.")
                .arg(bytesText(event.totals.bytesReceived), bytesText(event.totals.bytesSent)));
        updateControls();
        break;
    }
}

void ClientTab::showChunk(const workers::DataChunk& chunk)
{
    m_ui->receivedView->appendChunk(chunk, m_peerTuple);
    if (chunk.direction == workers::Direction::Received)
        emit received(chunk.bytes);
}

void ClientTab::onFinished(const std::optional<core::Error>& error)
{
    const bool wasConnected = !m_peerTuple.isEmpty();
    if (error) {
        addError(*error);
        emit statusMessage(errorForStatus(*error));
    } else if (!wasConnected) {
        const QString text = tr("Connection attempt cancelled");
        m_ui->receivedView->appendNote(text);
        emit statusMessage(text);
    } else {
        emit statusMessage(tr("Disconnected from %1").arg(m_peerTuple));
    }
    setState(wasConnected ? State::Closed : State::Idle);
    m_throughput->stop();
    if (wasConnected)
        m_tcpState->setSocketClosed();
    else
        m_tcpState->setState(std::nullopt);
    if (error && !wasConnected)
        emit connectFailed(*error);
    emit disconnected();
}

void ClientTab::addError(const core::Error& error)
{
    m_errors.push_back(error);
    if (m_errors.size() > kMaxErrorsShown)
        m_errors.erase(m_errors.begin(), m_errors.end() - kMaxErrorsShown);
    updateErrorText();
}

void ClientTab::setState(State state)
{
    m_state = state;
    updateStateText();
    updateControls();
}

void ClientTab::updateControls()
{
    const bool busy = isBusy();
    const bool stepping = m_stepPanel && m_stepPanel->isStepMode();
    m_ui->settingsGroup->setEnabled(!busy);
    m_ui->portLabel->setEnabled(!m_isUnix);
    m_ui->portEdit->setEnabled(!m_isUnix);
    m_ui->connectButton->setEnabled(!busy && m_inputValid && !stepping);
    m_ui->disconnectButton->setEnabled(busy);
    m_ui->shutdownButton->setEnabled(canSend());
    // Step mode's s.send() sends what is typed here; the editor's own Send belongs to Connect.
    m_ui->payloadEditor->setEnabled(canSend() || stepping);
    m_ui->payloadEditor->setSendEnabled(canSend());
    // Step mode's call buttons stand in for these, and its state line for the connection state.
    for (QWidget* oneClick : {static_cast<QWidget*>(m_ui->connectButton), static_cast<QWidget*>(m_ui->disconnectButton),
             static_cast<QWidget*>(m_ui->shutdownButton), static_cast<QWidget*>(m_ui->stateLabel)})
        oneClick->setVisible(!stepping);
    if (m_stepPanel)
        m_stepPanel->setToggleAllowed(!busy && !m_worker.isRunning());
}

void ClientTab::setupStepPanel()
{
    const auto settingsForCall = [this](core::StepCall call, core::StepSettings& settings, QString& problem) {
        return stepSettings(call, settings, problem);
    };
    m_stepPanel = new StepPanel(core::StepRole::Client, kStepButtonColumns, settingsForCall, m_ui->tracePanel, this);
    // Under Connect and Disconnect, which step mode stands in for.
    m_ui->clientLayout->insertWidget(m_ui->clientLayout->indexOf(m_ui->buttonsLayout) + 1, m_stepPanel);
    connect(m_stepPanel, &StepPanel::stepFinished, this, &ClientTab::onStepFinished);
    connect(m_stepPanel, &StepPanel::stepModeChanged, this, &ClientTab::onStepModeChanged);
    connect(m_stepPanel, &StepPanel::activityChanged, this, &ClientTab::updateControls);
    connect(m_stepPanel, &StepPanel::statusMessage, this, &ClientTab::statusMessage);
}

bool ClientTab::stepSettings(core::StepCall call, core::StepSettings& settings, QString& problem)
{
    // socket() needs the family, connect() the host and port: refuse them while a field is invalid.
    if (call == core::StepCall::Socket || call == core::StepCall::Connect) {
        checkInput();
        if (!m_inputValid) {
            problem = m_ui->validationLabel->text();
            return false;
        }
    }
    settings.family = family();
    settings.host = m_ui->hostCombo->currentText().trimmed().toStdString();
    settings.port = m_isUnix ? std::string() : m_ui->portEdit->text().trimmed().toStdString();
    settings.connectTimeoutMs = qRound(m_ui->timeoutSpin->value() * kMillisecondsPerSecond);
    settings.recvSize = static_cast<std::size_t>(m_ui->recvSizeSpin->value());
    if (call == core::StepCall::Send) {
        const std::optional<QByteArray> payload = m_ui->payloadEditor->payload();
        if (!payload) {
            problem = tr("Type the data to send in the field below first.");
            return false;
        }
        settings.data = payload->toStdString();
    }
    return true;
}

void ClientTab::onStepModeChanged(bool on)
{
    // A fresh start in either mode: nothing of the other one mixes in.
    m_ui->receivedView->clear();
    m_ui->tracePanel->clear();
    m_errors.clear();
    m_stepPeer.clear();
    updateErrorText();
    updateControls();
    if (on)
        emit statusMessage(tr("Step by step: press socket(), then each next call."));
}

void ClientTab::onStepFinished(const workers::StepReport& report)
{
    if (report.error)
        return; // the panel's state line says what failed
    workers::DataChunk chunk;
    chunk.connection = core::TcpClient::kConnection;
    switch (report.call) {
    case core::StepCall::Connect:
        m_stepPeer = report.peer ? fromStd(report.peer->toTuple()) : QString();
        m_ui->receivedView->appendNote(tr("Connected to %1").arg(m_stepPeer));
        break;
    case core::StepCall::Send:
        chunk.direction = workers::Direction::Sent;
        chunk.bytes = report.sentData;
        m_ui->receivedView->appendChunk(chunk, m_stepPeer);
        break;
    case core::StepCall::Recv:
        if (report.peerFinished) {
            m_ui->receivedView->appendNote(tr("The server closed the connection (recv() returned 0)"));
            break;
        }
        chunk.bytes = report.received;
        m_ui->receivedView->appendChunk(chunk, m_stepPeer);
        emit received(report.received);
        break;
    default: break;
    }
}

void ClientTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClientTab::retranslate()
{
    // markField keeps a field's normal tooltip while it shows a problem: restore it before the new language
    // replaces it (updateFamilyTexts() does so for the host), then check again so the problems are in the new
    // language too.
    markField(m_ui->portEdit, QString());
    m_ui->retranslateUi(this);
    setGlossaryHelp(m_ui->familyCombo, Term::Domain, tr("The tutorial's client.py uses AF_INET."));
    setGlossaryHelp(m_ui->typeLabel, Term::Type, tr("The tutorial's client.py uses SOCK_STREAM."));
    // The spin box silently keeps typed values outside its range out: its tooltip names the range.
    m_ui->recvSizeSpin->setToolTip(m_ui->recvSizeSpin->toolTip() + QLatin1Char(' ')
        + tr("From %1 to %2 bytes.").arg(m_ui->recvSizeSpin->minimum()).arg(m_ui->recvSizeSpin->maximum()));
    updateFamilyTexts();
    updateStateText();
    updateBytesText();
    updateErrorText();
    checkInput();
}

void ClientTab::updateFamilyTexts()
{
    // The fields' normal tooltips change now: unmark them first (see retranslate()); callers check again.
    markField(m_ui->hostCombo, QString());
    markField(m_ui->portEdit, QString());
    if (m_isUnix) {
        m_ui->hostLabel->setText(tr("Socket &path:"));
        const QString pathHelp
            = tr("The file system path of the server's AF_UNIX socket, such as %1. An AF_UNIX address has no host "
                 "and no port.")
                  .arg(defaultUnixSocketPath());
        m_ui->hostCombo->setToolTip(pathHelp);
        m_ui->hostCombo->setWhatsThis(pathHelp);
        setGlossaryHelp(m_ui->portEdit, Term::Port, tr("An AF_UNIX socket has no port: its path is its address."));
    } else {
        m_ui->hostLabel->setText(tr("&Host:"));
        // The glossary entry, then what is particular to the client's field.
        setGlossaryHelp(m_ui->hostCombo, Term::Hostname,
            tr("Here: the server's host. %1 is this machine's name, what the tutorial's socket.gethostname() returns.")
                .arg(QSysInfo::machineHostName()));
        setGlossaryHelp(m_ui->portEdit, Term::Port, tr("The port the server listens on; the tutorial uses 12345."));
    }
}

void ClientTab::updateStateText()
{
    switch (m_state) {
    case State::Idle: m_ui->stateLabel->setText(tr("Not connected")); break;
    case State::Connecting: m_ui->stateLabel->setText(tr("Connecting…")); break;
    case State::Connected: m_ui->stateLabel->setText(tr("Connected")); break;
    case State::Closed: m_ui->stateLabel->setText(tr("Closed")); break;
    }
}

void ClientTab::updateBytesText()
{
    m_ui->bytesLabel->setText(tr("Received %1, sent %2").arg(bytesText(m_bytesReceived), bytesText(m_bytesSent)));
}

void ClientTab::updateErrorText()
{
    QStringList paragraphs;
    for (const core::Error& error : m_errors) {
        paragraphs << errorParagraph(error);
    }
    m_ui->errorLabel->setText(paragraphs.join(QStringLiteral("<br>")));
    m_ui->errorLabel->setVisible(!paragraphs.isEmpty());
}

QString ClientTab::bytesText(quint64 bytes)
{
    // tr()'s plural count is an int; counts beyond it (over 2 GiB) keep the plural form of "many".
    if (bytes > static_cast<quint64>(std::numeric_limits<int>::max()))
        return tr("%1 bytes").arg(QLocale().toString(bytes));
    return tr("%Ln byte(s)", nullptr, static_cast<int>(bytes));
}

void ClientTab::loadSettings(QSettings& settings)
{
    settings.beginGroup(kSettingsGroup);
    core::Family savedFamily = core::Family::Unspecified;
    if (core::parseFamily(settings.value(kFamilyKey).toString().toStdString(), savedFamily))
        setFamily(savedFamily);
    if (settings.contains(kHostKey))
        setHost(settings.value(kHostKey).toString());
    if (settings.contains(kPortKey))
        setPort(settings.value(kPortKey).toString());
    if (settings.contains(kTimeoutKey))
        m_ui->timeoutSpin->setValue(settings.value(kTimeoutKey).toDouble()); // the spin box clamps it
    if (settings.contains(kRecvSizeKey))
        m_ui->recvSizeSpin->setValue(settings.value(kRecvSizeKey).toInt());
    settings.endGroup();
}

void ClientTab::saveSettings(QSettings& settings) const
{
    settings.beginGroup(kSettingsGroup);
    settings.setValue(kFamilyKey, QString::fromLatin1(core::familyName(family())));
    settings.setValue(kHostKey, m_ui->hostCombo->currentText());
    settings.setValue(kPortKey, m_ui->portEdit->text());
    settings.setValue(kTimeoutKey, m_ui->timeoutSpin->value());
    settings.setValue(kRecvSizeKey, m_ui->recvSizeSpin->value());
    settings.endGroup();
}

} // namespace socketlab::gui
