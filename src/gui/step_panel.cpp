// StepPanel: the call buttons, enabled by the worker's state machine, and the state line.
#include "step_panel.h"
#include "trace_panel.h"
#include "ui_steppanel.h"

#include "core_text.h"
#include "glossary.h"

#include <QEvent>
#include <QPushButton>

#include <algorithm>
#include <array>
#include <climits>

namespace socketlab::gui {
namespace {

using core::StepCall;

struct CallButton {
    StepCall call;
    const char* label; // code, as the tutorial writes it: never translated
    const char* objectName;
};

// The tutorial's names: s is the socket the program made, c the one the server's accept() returned.
constexpr std::array<CallButton, 10> kServerButtons = {{
    {StepCall::Socket, "s = socket()", "stepSocket"},
    {StepCall::SetReuseAddress, "s.setsockopt()", "stepSetsockopt"},
    {StepCall::Bind, "s.bind()", "stepBind"},
    {StepCall::Listen, "s.listen()", "stepListen"},
    {StepCall::Accept, "c, addr = s.accept()", "stepAccept"},
    {StepCall::Send, "c.send()", "stepSend"},
    {StepCall::Recv, "c.recv()", "stepRecv"},
    {StepCall::ShutdownWrite, "c.shutdown()", "stepShutdown"},
    {StepCall::CloseConnection, "c.close()", "stepCloseConnection"},
    {StepCall::Close, "s.close()", "stepClose"},
}};
constexpr std::array<CallButton, 6> kClientButtons = {{
    {StepCall::Socket, "s = socket()", "stepSocket"},
    {StepCall::Connect, "s.connect()", "stepConnect"},
    {StepCall::Send, "s.send()", "stepSend"},
    {StepCall::Recv, "s.recv()", "stepRecv"},
    {StepCall::ShutdownWrite, "s.shutdown()", "stepShutdown"},
    {StepCall::Close, "s.close()", "stepClose"},
}};
constexpr std::array<CallButton, 5> kUdpButtons = {{
    {StepCall::Socket, "s = socket()", "stepSocket"},
    {StepCall::Bind, "s.bind()", "stepBind"},
    {StepCall::SendTo, "s.sendto()", "stepSendto"},
    {StepCall::RecvFrom, "s.recvfrom()", "stepRecvfrom"},
    {StepCall::Close, "s.close()", "stepClose"},
}};

QString callName(StepCall call)
{
    return QString::fromLatin1(core::stepCallName(call)) + QLatin1String("()");
}

QString peerText(const std::optional<core::Endpoint>& endpoint)
{
    return endpoint ? fromStd(endpoint->toTuple()) : QString();
}

} // namespace

StepPanel::StepPanel(core::StepRole role, int columns, SettingsSource source, TracePanel* trace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StepPanel>())
    , m_role(role)
    , m_source(std::move(source))
    , m_trace(trace)
{
    setObjectName(QStringLiteral("stepPanel")); // before setupUi, which keeps a name already given
    m_ui->setupUi(this);
    m_ui->callsArea->hide();
    connect(m_ui->modeCheck, &QCheckBox::toggled, this, &StepPanel::onToggled);
    connect(m_ui->stopWaitingButton, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    addButtons(role);
    setColumns(columns);
    retranslate();
    updateControls();
}

StepPanel::~StepPanel() = default;

void StepPanel::addButtons(core::StepRole role)
{
    const auto add = [this](const auto& buttons) {
        for (const CallButton& each : buttons) {
            auto* button = new QPushButton(QString::fromLatin1(each.label), m_ui->callsArea);
            button->setObjectName(QLatin1String(each.objectName));
            button->setAutoDefault(false);
            m_buttons[each.call] = button;
            m_buttonOrder.push_back(button);
            const StepCall call = each.call;
            connect(button, &QPushButton::clicked, this, [this, call] { request(call); });
        }
    };
    switch (role) {
    case core::StepRole::Server: add(kServerButtons); break;
    case core::StepRole::Client: add(kClientButtons); break;
    case core::StepRole::Udp: add(kUdpButtons); break;
    }
}

void StepPanel::setColumns(int columns)
{
    m_columns = std::max(1, columns);
    for (QPushButton* button : m_buttonOrder)
        m_ui->callsGrid->removeWidget(button);
    int index = 0;
    for (QPushButton* button : m_buttonOrder) {
        m_ui->callsGrid->addWidget(button, index / m_columns, index % m_columns);
        ++index;
    }
    m_ui->stateRow->setDirection(m_columns <= 2 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool StepPanel::isStepMode() const
{
    return m_ui->modeCheck->isChecked();
}

void StepPanel::stop()
{
    if (!isStepMode())
        return;
    // Destroying the worker ends a waiting call and closes the sockets (unrecorded, as when the
    // app quits); unchecking the toggle then brings back the one-click buttons.
    m_worker.reset();
    m_ui->modeCheck->setChecked(false);
    emit activityChanged();
}

bool StepPanel::setStepMode(bool on)
{
    if (on != isStepMode()) {
        if (!m_ui->modeCheck->isEnabled())
            return false;
        m_ui->modeCheck->setChecked(on);
    }
    return isStepMode() == on;
}

void StepPanel::setToggleAllowed(bool allowed)
{
    m_toggleAllowed = allowed;
    updateControls();
}

bool StepPanel::isActive() const
{
    return m_worker && (m_worker->isBusy() || m_worker->isOpen());
}

QPushButton* StepPanel::button(StepCall call) const
{
    const auto found = m_buttons.find(call);
    return found != m_buttons.end() ? found->second : nullptr;
}

bool StepPanel::press(StepCall call)
{
    QPushButton* pressed = button(call);
    if (!pressed || !pressed->isEnabled())
        return false;
    pressed->click();
    return true;
}

QString StepPanel::stateText() const
{
    return m_ui->stateLabel->text();
}

void StepPanel::onToggled(bool on)
{
    if (on) {
        m_worker = std::make_unique<workers::StepWorker>(m_role);
        connect(m_worker.get(), &workers::StepWorker::callsRecorded, m_trace,
            [this](const std::vector<core::CallEvent>& calls) { m_trace->append(calls); });
        connect(m_worker.get(), &workers::StepWorker::blocked, this, &StepPanel::onBlocked);
        connect(m_worker.get(), &workers::StepWorker::stepFinished, this, &StepPanel::onStepFinished);
        connect(m_worker.get(), &workers::StepWorker::stateChanged, this, [this] {
            updateControls();
            emit activityChanged();
        });
    } else {
        m_worker.reset(); // nothing is open: the toggle is disabled while a socket is
    }
    m_lastReport.reset();
    m_problem.clear();
    m_ui->callsArea->setVisible(on);
    updateStateText();
    updateControls();
    emit stepModeChanged(on);
}

void StepPanel::request(StepCall call)
{
    if (!m_worker)
        return;
    core::StepSettings settings;
    QString problem;
    if (m_source && !m_source(call, settings, problem)) {
        m_problem = problem;
        m_lastReport.reset();
        updateStateText();
        emit statusMessage(problem);
        return;
    }
    m_problem.clear();
    m_worker->request(call, settings);
}

void StepPanel::onBlocked(StepCall call)
{
    updateStateText();
    emit statusMessage(blockedText(call));
}

void StepPanel::onStepFinished(const workers::StepReport& report)
{
    m_lastReport = report;
    updateStateText();
    emit statusMessage(m_ui->stateLabel->text());
    emit stepFinished(report);
}

void StepPanel::updateControls()
{
    const core::StepCallSet allowed = m_worker ? m_worker->allowed() : 0;
    for (const auto& [call, button] : m_buttons)
        button->setEnabled((allowed & core::stepCallBit(call)) != 0);
    m_ui->stopWaitingButton->setEnabled(m_worker && m_worker->blockedIn().has_value());
    // Leaving step mode with a socket open would drop it unseen: close() it first.
    m_ui->modeCheck->setEnabled(m_toggleAllowed && !isActive());
}

void StepPanel::updateStateText()
{
    QString text;
    if (!isStepMode())
        text.clear();
    else if (m_worker && m_worker->blockedIn())
        text = blockedText(*m_worker->blockedIn());
    else if (!m_problem.isEmpty())
        text = m_problem;
    else if (m_lastReport)
        text = reportText(*m_lastReport);
    else
        text = tr("Press the calls in order, starting with socket().");
    m_ui->stateLabel->setText(text);
}

QString StepPanel::blockedText(StepCall call) const
{
    switch (call) {
    case StepCall::Accept: return tr("Blocked in accept() — waiting for a client");
    case StepCall::Connect: return tr("Blocked in connect() — waiting for the server to answer");
    case StepCall::Recv: return tr("Blocked in recv() — waiting for data");
    case StepCall::RecvFrom: return tr("Blocked in recvfrom() — waiting for a datagram");
    default: break;
    }
    return tr("Blocked in %1 — waiting for room in the send buffer").arg(callName(call));
}

QString StepPanel::reportText(const workers::StepReport& report) const
{
    if (report.error) {
        if (report.error->condition == core::Condition::Cancelled)
            return tr("%1 stopped waiting: nothing had arrived.").arg(callName(report.call));
        return errorSummary(*report.error);
    }
    const int sent = static_cast<int>(std::min<quint64>(report.sent, INT_MAX));
    switch (report.call) {
    case StepCall::Socket:
        switch (m_role) {
        case core::StepRole::Server: return tr("The socket is open. Next: bind() it to the address above.");
        case core::StepRole::Client: return tr("The socket is open. Next: connect() it to the server.");
        case core::StepRole::Udp: return tr("The socket is open: bind() it to receive, or sendto() right away.");
        }
        break;
    case StepCall::SetReuseAddress: return tr("SO_REUSEADDR is set: bind() may reuse a port still in TIME_WAIT.");
    case StepCall::Bind:
        if (m_role == core::StepRole::Udp)
            return tr("Bound to %1: datagrams sent to this address arrive here.").arg(peerText(report.local));
        return tr("Bound to %1. Next: listen().").arg(peerText(report.local));
    case StepCall::Listen:
        return tr("Listening. Clients can connect now, before accept() is called: the system queues them in the "
                  "backlog.");
    case StepCall::Accept: return tr("accept() returned a new socket c for the client %1.").arg(peerText(report.peer));
    case StepCall::Connect:
        return tr("Connected to %1. The server need not have called accept() yet: the connection waits in its "
                  "backlog.")
            .arg(peerText(report.peer));
    case StepCall::Send: return tr("send() sent %n byte(s).", nullptr, sent);
    case StepCall::Recv:
        if (report.peerFinished)
            return tr("recv() returned 0 bytes: the other side has closed (or shut down) its sending side.");
        return tr("recv() returned %n byte(s).", nullptr, static_cast<int>(report.received.size()));
    case StepCall::SendTo: return tr("sendto() sent %n byte(s) to %1.", nullptr, sent).arg(peerText(report.peer));
    case StepCall::RecvFrom:
        return tr("recvfrom() returned %n byte(s) from %1.", nullptr, static_cast<int>(report.received.size()))
            .arg(peerText(report.peer));
    case StepCall::ShutdownWrite:
        return tr("Sending is shut down (FIN sent): the other side's recv() returns 0 once it has read everything.");
    case StepCall::CloseConnection: return tr("c is closed; s still listens, so accept() can take the next client.");
    case StepCall::Close: return tr("The socket is closed. Start again with socket().");
    }
    return {};
}

QString StepPanel::callToolTip(StepCall call) const
{
    const bool server = m_role == core::StepRole::Server;
    switch (call) {
    case StepCall::Socket: return glossaryToolTip(Term::Socket, tr("Uses the family chosen above."));
    case StepCall::SetReuseAddress:
        return tr("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1): lets bind() take a port whose earlier connections are "
                  "still in TIME_WAIT");
    case StepCall::Bind: return glossaryToolTip(Term::Bind, tr("Uses the host and port above."));
    case StepCall::Listen: return glossaryToolTip(Term::Listen, tr("Uses the backlog above."));
    case StepCall::Accept:
        return glossaryToolTip(
            Term::Accept, tr("Waits until a client connects, unless one is already waiting in the backlog."));
    case StepCall::Connect:
        return glossaryToolTip(Term::Connect, tr("Connects to the host and port above, as client.py does."));
    case StepCall::Send:
        return glossaryToolTip(Term::Send,
            server ? tr("Sends the reply text above to the client c.")
                   : tr("Sends the data typed in the field below."));
    case StepCall::Recv:
        return glossaryToolTip(Term::Recv,
            server ? tr("Receives at most 1024 bytes; waits until data arrives or the client closes.")
                   : tr("Receives at most the recv() size above; waits until data arrives or the server closes."));
    case StepCall::SendTo: return glossaryToolTip(Term::SendTo, tr("Sends the data to the address of the peer."));
    case StepCall::RecvFrom: return glossaryToolTip(Term::RecvFrom, tr("Waits until a datagram arrives."));
    case StepCall::ShutdownWrite:
        return tr("shutdown(SHUT_WR): sends FIN, so the other side's recv() returns 0, while this socket can still "
                  "receive");
    case StepCall::CloseConnection:
        return glossaryToolTip(
            Term::Close, tr("Closes c, the client's connection; the listening socket s stays open."));
    case StepCall::Close:
        return glossaryToolTip(
            Term::Close, server ? tr("Closes the listening socket s (and c, if it is still open).") : QString());
    }
    return {};
}

void StepPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void StepPanel::retranslate()
{
    m_ui->modeCheck->setToolTip(tr("Make the calls one at a time instead of all at once: press socket(), bind(), "
                                   "listen(), accept() ... in order and watch each one in the call trace. Only the "
                                   "calls that can come next are enabled. Close the socket to leave this mode."));
    m_ui->stopWaitingButton->setToolTip(
        tr("Ends the call that is waiting (accept, connect, recv or recvfrom), as a Ctrl+C would end a blocked "
           "program"));
    for (const auto& [call, button] : m_buttons)
        button->setToolTip(callToolTip(call));
    updateStateText();
}

} // namespace socketlab::gui
