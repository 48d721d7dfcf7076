// UdpEndpointPanel: settings and validation, the UdpWorker's batches turned into datagram rows,
// multicast memberships, errors and the trace.
#include "udp_endpoint_panel.h"
#include "ui_udpendpointpanel.h"

#include "code_view.h"
#include "core_text.h"
#include "datagram_model.h"
#include "field_check.h"
#include "glossary.h"
#include "host_choices.h"
#include "payload_editor.h"
#include "step_panel.h"
#include "throughput_chart.h"
#include "trace_panel.h"

#include "core/resolver.h"
#include "core/session.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSysInfo>

#include <algorithm>
#include <array>
#include <climits>
#include <string>

namespace socketlab::gui {
namespace {

constexpr std::array<core::Family, 2> kFamilies = {core::Family::Inet, core::Family::Inet6};

const QString kIPv6Loopback = QStringLiteral("::1");
const QString kLocalhost = QStringLiteral("localhost");
// Administratively scoped groups (RFC 2365 for IPv4, link-local for IPv6): they never leave the site.
const QString kExampleGroup4 = QStringLiteral("239.255.42.99");
const QString kExampleGroup6 = QStringLiteral("ff02::1234");
// The loopback interface keeps multicast on this machine: its address for AF_INET, its name for AF_INET6.
const QString kLoopbackInterface6 = QStringLiteral("lo");

// IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS take 0-255; 1 stays on the local network.
constexpr int kMaxMulticastTtl = 255;
constexpr int kDefaultMulticastTtl = 1;

// The datagram list gets the room; the trace starts smaller but stays readable.
// Step-by-step mode's call buttons to a row: an endpoint is half the tab wide.
constexpr int kStepButtonColumns = 3;
constexpr int kDatagramStretch = 3;
constexpr int kTraceStretch = 2;
// Room around a cell's text, so the widest sample is not cut; small, so that at ~500 px the content
// column keeps some room.
constexpr int kColumnPadding = 12;
// The groups list shows this many rows before it scrolls: it must not eat the datagram list.
constexpr int kGroupsListRows = 2;
// The port field holds at most "65535" and some room; it gives the rest to the host.
constexpr int kPortFieldChars = 7;
// On a short panel the controls scroll rather than push the window taller, but at least this much
// of them stays in view (the bind settings and Start).
constexpr int kMinControlsHeight = 120;
// The newest errors stay readable; a flood of refused sends must not grow the label without end.
constexpr std::size_t kMaxErrorsShown = 3;

const QString kFamilyKey = QStringLiteral("family");
const QString kHostKey = QStringLiteral("host");
const QString kPortKey = QStringLiteral("port");
const QString kReuseKey = QStringLiteral("reuse");
const QString kBroadcastKey = QStringLiteral("broadcast");
const QString kEchoKey = QStringLiteral("echo");
const QString kDestinationHostKey = QStringLiteral("destinationHost");
const QString kDestinationPortKey = QStringLiteral("destinationPort");
const QString kMulticastKey = QStringLiteral("multicast");
const QString kGroupKey = QStringLiteral("multicastGroup");
const QString kInterfaceKey = QStringLiteral("multicastInterface");
const QString kTtlKey = QStringLiteral("multicastTtl");
const QString kLoopKey = QStringLiteral("multicastLoop");
const QString kContentModeKey = QStringLiteral("contentHex");
const QString kSplitterKey = QStringLiteral("splitter");

// The interface multicast leaves by and joins on: for AF_INET an IPv4 address of this machine, for
// AF_INET6 an interface name or index (checked by the system). Empty lets the system choose.
std::optional<core::Error> interfaceProblem(const QString& text, core::Family family)
{
    const std::string input = text.trimmed().toStdString();
    if (input.empty() || family != core::Family::Inet)
        return std::nullopt;
    const core::Result<core::HostSpec> host = core::parseHost(input, family);
    if (host && host->form == core::HostForm::IPv4)
        return std::nullopt;
    return core::inputError(core::InputProblem::UnknownInterface, input);
}

} // namespace

UdpEndpointPanel::UdpEndpointPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UdpEndpointPanel>())
{
    m_ui->setupUi(this);
    for (const core::Family each : kFamilies)
        m_ui->familyCombo->addItem(QString::fromLatin1(core::familyName(each)), static_cast<int>(each));
    // A host typed by the user is not a new choice, and inline completion would turn "1" into
    // "127.0.0.1" behind the user's back.
    m_ui->hostCombo->setCompleter(nullptr);
    m_ui->destinationHostCombo->setCompleter(nullptr);
    const int portWidth = m_ui->portEdit->fontMetrics().averageCharWidth() * kPortFieldChars;
    m_ui->portEdit->setMaximumWidth(portWidth + m_ui->portEdit->sizeHint().height());
    m_ui->destinationPortEdit->setMaximumWidth(m_ui->portEdit->maximumWidth());
    m_ui->multicastTtlSpin->setRange(0, kMaxMulticastTtl);
    m_ui->multicastTtlSpin->setValue(kDefaultMulticastTtl);
    m_ui->multicastLoopCheck->setChecked(true);
    m_ui->multicastGroupEdit->setText(kExampleGroup4);
    m_ui->multicastInterfaceEdit->setText(QString::fromLatin1(core::kDefaultHost));
    showMulticastSettings(m_ui->multicastGroup->isChecked());
    m_ui->datagramSplitter->setStretchFactor(0, kDatagramStretch);
    m_ui->datagramSplitter->setStretchFactor(1, kTraceStretch);
    m_ui->errorLabel->hide();

    setupViews();
    m_ui->controlsPanel->installEventFilter(this);
    setBindAddress(QString::fromLatin1(core::kDefaultHost), QString::fromLatin1(core::kTutorialPortText));
    setDestination(QString::fromLatin1(core::kDefaultHost), QString::fromLatin1(core::kTutorialPortText));
    retranslate();
    connectSignals();
    setupCodeView();
    setupStepPanel();
    validate();
    updateControls();
}

UdpEndpointPanel::~UdpEndpointPanel()
{
    m_ui->controlsPanel->removeEventFilter(this);
    // QWidget deletes the children after this class's members are gone, and some still emit on
    // the way (a focused editable combo box emits activated() when it loses focus): none may reach
    // this half-destroyed panel. m_worker's destructor then stops a running endpoint and waits.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
    disconnect(&m_worker, nullptr, this, nullptr);
}

void UdpEndpointPanel::setupViews()
{
    m_datagrams = new DatagramModel(this);
    QTableView* view = m_ui->datagramView;
    view->setModel(m_datagrams);
    // Fixed row heights: with 10,000 datagrams the view must not measure rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + view->fontMetrics().descent() * 2);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_throughput = new ThroughputChart(this);
    m_ui->datagramLayout->insertWidget(m_ui->datagramLayout->indexOf(m_ui->datagramCount) + 1, m_throughput);

    // The datagram list and the trace take what the controls leave (the form makes the splitter
    // ignore its size hint), but never less than they need to stay usable.
    m_ui->datagramSplitter->setMinimumHeight(m_ui->datagramSplitter->minimumSizeHint().height());

    const int rowHeight = m_ui->groupsList->fontMetrics().height() + m_ui->groupsList->fontMetrics().descent();
    m_ui->groupsList->setFixedHeight(rowHeight * kGroupsListRows + 2 * m_ui->groupsList->frameWidth());
}

void UdpEndpointPanel::connectSignals()
{
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this, &UdpEndpointPanel::onFamilyChanged);
    for (QComboBox* combo : {m_ui->hostCombo, m_ui->destinationHostCombo}) {
        connect(combo, &QComboBox::activated, this, [combo](int index) { applyHostChoice(combo, index); });
        connect(combo, &QComboBox::editTextChanged, this, &UdpEndpointPanel::validate);
    }
    for (QLineEdit* edit :
        {m_ui->portEdit, m_ui->destinationPortEdit, m_ui->multicastGroupEdit, m_ui->multicastInterfaceEdit})
        connect(edit, &QLineEdit::textChanged, this, &UdpEndpointPanel::validate);
    connect(m_ui->multicastGroup, &QGroupBox::toggled, this, [this](bool on) {
        showMulticastSettings(on);
        validate();
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &UdpEndpointPanel::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &UdpEndpointPanel::stop);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &UdpEndpointPanel::joinGroup);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &UdpEndpointPanel::leaveGroup);
    connect(m_ui->groupsList, &QListWidget::itemSelectionChanged, this, &UdpEndpointPanel::updateControls);
    connect(m_ui->payloadEditor, &PayloadEditor::sendRequested, this, &UdpEndpointPanel::sendPayload);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &UdpEndpointPanel::replyToSender);
    connect(m_ui->contentModeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_datagrams->setContentMode(index == 1 ? DatagramModel::ContentMode::Hex : DatagramModel::ContentMode::Text);
    });
    connect(m_ui->datagramView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UdpEndpointPanel::updateControls);
    connect(m_datagrams, &DatagramModel::countsChanged, this, &UdpEndpointPanel::updateCounts);
    connect(&m_worker, &workers::UdpWorker::batchReady, this, &UdpEndpointPanel::onBatch);
    connect(&m_worker, &workers::UdpWorker::finished, this, &UdpEndpointPanel::onFinished);
}

int UdpEndpointPanel::controlsHeight() const
{
    const QScrollArea* scroll = m_ui->controlsScroll;
    const QWidget* controls = m_ui->controlsPanel;
    const int width = scroll->viewport()->width();
    const int height = controls->hasHeightForWidth() ? controls->heightForWidth(width) : controls->sizeHint().height();
    return height + 2 * scroll->frameWidth();
}

void UdpEndpointPanel::fitControlsArea()
{
    QScrollArea* scroll = m_ui->controlsScroll;
    // Never sideways: as wide as the controls need. As tall as they are when the panel has the
    // room, so the datagrams and the trace get the rest; on a short panel the controls scroll.
    scroll->setMinimumWidth(m_ui->controlsPanel->minimumSizeHint().width());
    const int full = controlsHeight();
    const int available = height() - m_ui->datagramSplitter->minimumHeight() - m_ui->panelLayout->spacing();
    scroll->setFixedHeight(std::clamp(available, std::min(full, kMinControlsHeight), full));
}

QSize UdpEndpointPanel::minimumSizeHint() const
{
    // The controls may scroll: ask only for the part of them that must stay in view, so that the
    // tab fits a 1024x700 screen whatever the controls show.
    QSize hint = QWidget::minimumSizeHint();
    const int shrinkable = m_ui->controlsScroll->minimumHeight() - std::min(controlsHeight(), kMinControlsHeight);
    hint.setHeight(hint.height() - std::max(0, shrinkable));
    return hint;
}

void UdpEndpointPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitControlsArea();
}

bool UdpEndpointPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The controls' height changes with their labels (a refusal, a warning, an error) and width.
    if (watched == m_ui->controlsPanel && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize))
        fitControlsArea();
    return QWidget::eventFilter(watched, event);
}

void UdpEndpointPanel::showMulticastSettings(bool shown)
{
    // Unchecked, the box is one line: an empty frame would only take room from the datagram list.
    m_ui->multicastContents->setVisible(shown);
    m_ui->multicastGroup->setFlat(!shown);
}

// --- settings ---------------------------------------------------------------------------------

core::Family UdpEndpointPanel::family() const
{
    return static_cast<core::Family>(m_ui->familyCombo->currentData().toInt());
}

void UdpEndpointPanel::setFamily(core::Family family)
{
    const int index = m_ui->familyCombo->findData(static_cast<int>(family));
    if (index >= 0)
        m_ui->familyCombo->setCurrentIndex(index);
}

void UdpEndpointPanel::onFamilyChanged()
{
    // Each IP family refuses the other's loopback address and groups: follow the switch.
    const bool v6 = family() == core::Family::Inet6;
    const QString loopback4 = QString::fromLatin1(core::kDefaultHost);
    const auto follow = [v6](const QString& value, const QString& as4, const QString& as6) {
        if (v6 && value.trimmed() == as4)
            return as6;
        if (!v6 && value.trimmed() == as6)
            return as4;
        return value;
    };
    m_ui->hostCombo->setEditText(follow(bindHost(), loopback4, kIPv6Loopback));
    m_ui->destinationHostCombo->setEditText(follow(destinationHost(), loopback4, kIPv6Loopback));
    m_ui->multicastGroupEdit->setText(follow(m_ui->multicastGroupEdit->text(), kExampleGroup4, kExampleGroup6));
    m_ui->multicastInterfaceEdit->setText(follow(m_ui->multicastInterfaceEdit->text(), loopback4, kLoopbackInterface6));
    m_groupsToJoin.clear(); // groups of the other family cannot be joined
    updateGroupsList();
    refreshFieldTexts();
    updateControls();
}

void UdpEndpointPanel::fillHostChoices()
{
    const QString loopback4 = QString::fromLatin1(core::kDefaultHost);
    const QString machine = QSysInfo::machineHostName();
    const QString machineTip = tr("This machine's name, as the tutorial's socket.gethostname() returns it. It may "
                                  "stand for an address that other machines on your network can reach.");
    std::vector<HostChoice> bind = {
        {loopback4, loopback4, tr("The IPv4 loopback address: only programs on this machine can send to it")},
        {kIPv6Loopback, kIPv6Loopback,
            tr("The IPv6 loopback address (AF_INET6): only programs on this machine can send to it")},
        {kLocalhost, kLocalhost, tr("A host name for the loopback address, looked up with getaddrinfo()")},
    };
    std::vector<HostChoice> destination = bind;
    destination.push_back({QString::fromLatin1(core::kBroadcastHost), QString::fromLatin1(core::kBroadcastHost),
        tr("INADDR_BROADCAST (255.255.255.255): every machine on the local network. Needs SO_BROADCAST.")});
    destination.push_back({kExampleGroup4, kExampleGroup4,
        tr("A multicast group: every socket that joined it receives the datagram (see Multicast)")});
    if (!machine.isEmpty()) {
        bind.push_back({machine, machine, machineTip});
        destination.push_back({machine, machine, machineTip});
    }
    bind.push_back(
        {allInterfacesLabel(), QString(), tr("The empty string: INADDR_ANY, every network interface of this machine")});
    setHostChoices(m_ui->hostCombo, bind);
    setHostChoices(m_ui->destinationHostCombo, destination);
}

QString UdpEndpointPanel::allInterfacesLabel() const
{
    return tr("'' (all interfaces)");
}

QString UdpEndpointPanel::bindHost() const
{
    return hostChoiceValue(m_ui->hostCombo);
}

QString UdpEndpointPanel::destinationHost() const
{
    return hostChoiceValue(m_ui->destinationHostCombo);
}

void UdpEndpointPanel::setBindAddress(const QString& host, const QString& port)
{
    m_ui->hostCombo->setEditText(host);
    m_ui->portEdit->setText(port);
}

void UdpEndpointPanel::setDestination(const QString& host, const QString& port)
{
    m_ui->destinationHostCombo->setEditText(host);
    m_ui->destinationPortEdit->setText(port);
}

quint16 UdpEndpointPanel::boundPort() const
{
    return m_boundTo ? m_boundTo->port() : 0;
}

void UdpEndpointPanel::setTitle(const QString& title)
{
    m_title = title;
    updateTitle();
}

void UdpEndpointPanel::updateTitle()
{
    m_ui->settingsGroup->setTitle(m_title.isEmpty() ? tr("UDP endpoint") : m_title);
}

void UdpEndpointPanel::loadSettings(QSettings& settings, const QString& group)
{
    settings.beginGroup(group);
    core::Family savedFamily = core::Family::Unspecified;
    if (core::parseFamily(settings.value(kFamilyKey).toString().toStdString(), savedFamily))
        setFamily(savedFamily); // before the hosts: a family switch puts in its own loopback address
    if (settings.contains(kHostKey))
        m_ui->hostCombo->setEditText(settings.value(kHostKey).toString());
    if (settings.contains(kPortKey))
        m_ui->portEdit->setText(settings.value(kPortKey).toString());
    if (settings.contains(kDestinationHostKey))
        m_ui->destinationHostCombo->setEditText(settings.value(kDestinationHostKey).toString());
    if (settings.contains(kDestinationPortKey))
        m_ui->destinationPortEdit->setText(settings.value(kDestinationPortKey).toString());
    m_ui->reuseAddressCheck->setChecked(settings.value(kReuseKey, false).toBool());
    m_ui->broadcastCheck->setChecked(settings.value(kBroadcastKey, false).toBool());
    m_ui->echoCheck->setChecked(settings.value(kEchoKey, false).toBool());
    m_ui->multicastGroup->setChecked(settings.value(kMulticastKey, false).toBool());
    if (settings.contains(kGroupKey))
        m_ui->multicastGroupEdit->setText(settings.value(kGroupKey).toString());
    if (settings.contains(kInterfaceKey))
        m_ui->multicastInterfaceEdit->setText(settings.value(kInterfaceKey).toString());
    m_ui->multicastTtlSpin->setValue(settings.value(kTtlKey, kDefaultMulticastTtl).toInt()); // the spin box clamps it
    m_ui->multicastLoopCheck->setChecked(settings.value(kLoopKey, true).toBool());
    m_ui->contentModeCombo->setCurrentIndex(settings.value(kContentModeKey, false).toBool() ? 1 : 0);
    if (settings.contains(kSplitterKey))
        m_ui->datagramSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
    settings.endGroup();
    validate();
}

void UdpEndpointPanel::saveSettings(QSettings& settings, const QString& group) const
{
    settings.beginGroup(group);
    settings.setValue(kFamilyKey, QString::fromLatin1(core::familyName(family())));
    settings.setValue(kHostKey, bindHost());
    settings.setValue(kPortKey, m_ui->portEdit->text());
    settings.setValue(kDestinationHostKey, destinationHost());
    settings.setValue(kDestinationPortKey, m_ui->destinationPortEdit->text());
    settings.setValue(kReuseKey, m_ui->reuseAddressCheck->isChecked());
    settings.setValue(kBroadcastKey, m_ui->broadcastCheck->isChecked());
    settings.setValue(kEchoKey, m_ui->echoCheck->isChecked());
    settings.setValue(kMulticastKey, m_ui->multicastGroup->isChecked());
    settings.setValue(kGroupKey, m_ui->multicastGroupEdit->text());
    settings.setValue(kInterfaceKey, m_ui->multicastInterfaceEdit->text());
    settings.setValue(kTtlKey, m_ui->multicastTtlSpin->value());
    settings.setValue(kLoopKey, m_ui->multicastLoopCheck->isChecked());
    settings.setValue(kContentModeKey, m_ui->contentModeCombo->currentIndex() == 1);
    settings.setValue(kSplitterKey, m_ui->datagramSplitter->saveState());
    settings.endGroup();
}

// --- validation and controls -----------------------------------------------------------------

void UdpEndpointPanel::validate()
{
    QStringList problems;
    const bool bindValid = validateBindSettings(problems);
    const bool multicastValid = validateMulticastSettings(problems);
    m_settingsValid = bindValid && multicastValid;
    m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!problems.isEmpty());
    m_ui->allInterfacesWarning->setVisible(m_bindsAllInterfaces);
    m_destinationValid = validateDestination();
    updateControls();
}

bool UdpEndpointPanel::validateBindSettings(QStringList& problems)
{
    QString hostProblem;
    m_bindsAllInterfaces = false;
    const core::Result<core::HostSpec> host = core::parseHost(bindHost().toStdString(), family());
    if (host)
        m_bindsAllInterfaces = bindsAllInterfaces(*host);
    else
        problems << (hostProblem = inputErrorText(host.error()));
    markField(m_ui->hostCombo, hostProblem);

    QString portProblem;
    const core::Result<core::PortSpec> port = core::parseKnownPort(m_ui->portEdit->text().toStdString());
    if (!port)
        problems << (portProblem = inputErrorText(port.error()));
    markField(m_ui->portEdit, portProblem);
    return hostProblem.isEmpty() && portProblem.isEmpty();
}

bool UdpEndpointPanel::validateMulticastSettings(QStringList& problems)
{
    const bool used = m_ui->multicastGroup->isChecked();
    QString groupProblem;
    if (used && !m_ui->multicastGroupEdit->text().trimmed().isEmpty()) {
        const core::Result<std::string> group
            = core::parseMulticastGroup(m_ui->multicastGroupEdit->text().toStdString(), family());
        if (!group)
            problems << (groupProblem = inputErrorText(group.error()));
    }
    markField(m_ui->multicastGroupEdit, groupProblem);

    QString interfaceText;
    if (used) {
        if (const std::optional<core::Error> problem = interfaceProblem(m_ui->multicastInterfaceEdit->text(), family()))
            problems << (interfaceText = inputErrorText(*problem));
    }
    markField(m_ui->multicastInterfaceEdit, interfaceText);
    // A group typed but not valid only keeps Join disabled; the interface is needed at Start.
    return interfaceText.isEmpty();
}

bool UdpEndpointPanel::validateDestination()
{
    QStringList problems;
    QString hostProblem;
    const core::Result<core::HostSpec> host = core::parseHost(destinationHost().toStdString(), family());
    if (!host)
        problems << (hostProblem = inputErrorText(host.error()));
    markField(m_ui->destinationHostCombo, hostProblem);

    QString portProblem;
    const core::Result<core::PortSpec> port = core::parseKnownPort(m_ui->destinationPortEdit->text().toStdString());
    if (!port)
        problems << (portProblem = inputErrorText(port.error()));
    markField(m_ui->destinationPortEdit, portProblem);

    m_ui->destinationProblem->setText(problems.join(QLatin1Char('\n')));
    m_ui->destinationProblem->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

bool UdpEndpointPanel::validateGroup()
{
    return !m_ui->multicastGroupEdit->text().trimmed().isEmpty()
        && core::parseMulticastGroup(m_ui->multicastGroupEdit->text().toStdString(), family()).ok();
}

void UdpEndpointPanel::refreshFieldTexts()
{
    for (QWidget* field : std::initializer_list<QWidget*> {m_ui->hostCombo, m_ui->portEdit, m_ui->destinationHostCombo,
             m_ui->destinationPortEdit, m_ui->multicastGroupEdit, m_ui->multicastInterfaceEdit})
        markField(field, QString());
    updateFamilyTexts();
    validate();
}

void UdpEndpointPanel::updateControls()
{
    const bool idle = m_state == State::Idle;
    const bool bound = m_state == State::Bound;
    for (QWidget* setting : std::initializer_list<QWidget*> {m_ui->hostCombo, m_ui->portEdit, m_ui->familyCombo,
             m_ui->reuseAddressCheck, m_ui->broadcastCheck, m_ui->echoCheck, m_ui->multicastInterfaceEdit,
             m_ui->multicastTtlSpin, m_ui->multicastLoopCheck})
        setting->setEnabled(idle);
    const bool stepping = m_stepPanel && m_stepPanel->isStepMode();
    m_ui->startButton->setEnabled(idle && m_settingsValid && !stepping);
    m_ui->stopButton->setEnabled(m_state == State::Starting || bound);
    // Step mode's call buttons stand in for Start and Stop.
    m_ui->startButton->setVisible(!stepping);
    m_ui->stopButton->setVisible(!stepping);
    m_ui->stateLabel->setVisible(!stepping); // the step panel's state line says it
    if (m_stepPanel)
        m_stepPanel->setToggleAllowed(idle && !m_worker.isRunning());

    const bool canChangeGroups = idle || bound;
    m_ui->joinButton->setEnabled(canChangeGroups && validateGroup());
    const QStringList& groups = bound ? m_joinedGroups : m_groupsToJoin;
    const bool groupChosen
        = !m_ui->groupsList->selectedItems().isEmpty() || groups.contains(m_ui->multicastGroupEdit->text().trimmed());
    m_ui->leaveButton->setEnabled(canChangeGroups && groupChosen);

    m_ui->payloadEditor->setSendEnabled(bound && m_destinationValid);
    m_ui->replyButton->setEnabled(selectedReceivedRow().has_value());
}

void UdpEndpointPanel::setupStepPanel()
{
    const auto settingsForCall = [this](core::StepCall call, core::StepSettings& settings, QString& problem) {
        return stepSettings(call, settings, problem);
    };
    m_stepPanel = new StepPanel(core::StepRole::Udp, kStepButtonColumns, settingsForCall, m_ui->tracePanel, this);
    // Under Start and Stop, which step mode stands in for.
    m_ui->settingsGroupLayout->insertWidget(m_ui->settingsGroupLayout->indexOf(m_ui->runRow) + 1, m_stepPanel);
    connect(m_stepPanel, &StepPanel::stepFinished, this, &UdpEndpointPanel::onStepFinished);
    connect(m_stepPanel, &StepPanel::stepModeChanged, this, &UdpEndpointPanel::onStepModeChanged);
    connect(m_stepPanel, &StepPanel::activityChanged, this, &UdpEndpointPanel::updateControls);
    connect(m_stepPanel, &StepPanel::statusMessage, this, &UdpEndpointPanel::statusMessage);
}

bool UdpEndpointPanel::stepSettings(core::StepCall call, core::StepSettings& settings, QString& problem)
{
    validate();
    // socket() needs the family, bind() the address: refuse them while a field is invalid.
    if ((call == core::StepCall::Socket || call == core::StepCall::Bind) && !m_settingsValid) {
        problem = m_ui->validationLabel->text();
        return false;
    }
    if (call == core::StepCall::Bind && m_bindsAllInterfaces && !confirmAllInterfaces()) {
        problem = tr("bind() was not made: you chose not to bind to all interfaces.");
        return false;
    }
    const core::UdpOptions current = options();
    settings.family = current.family;
    settings.host = current.host;
    settings.port = current.port;
    settings.peerHost = destinationHost().trimmed().toStdString();
    settings.peerPort = m_ui->destinationPortEdit->text().trimmed().toStdString();
    if (call == core::StepCall::SendTo) {
        if (!m_destinationValid) {
            problem = tr("The destination is not valid: correct the marked field first.");
            return false;
        }
        const std::optional<QByteArray> payload = m_ui->payloadEditor->payload();
        if (!payload) {
            problem = tr("Type the data to send in the field below first.");
            return false;
        }
        settings.data = payload->toStdString();
    }
    return true;
}

void UdpEndpointPanel::onStepModeChanged(bool on)
{
    // A fresh start in either mode: nothing of the other one mixes in.
    m_datagrams->clear();
    m_ui->tracePanel->clear();
    m_errors.clear();
    updateErrorText();
    updateControls();
    if (on)
        emit statusMessage(tr("Step by step: press socket(), then each next call."));
}

void UdpEndpointPanel::onStepFinished(const workers::StepReport& report)
{
    if (report.error || !report.peer)
        return; // the step panel's state line says what failed
    workers::DataChunk chunk;
    chunk.peer = *report.peer;
    workers::SessionBatch batch;
    if (report.call == core::StepCall::SendTo) {
        chunk.direction = workers::Direction::Sent;
        chunk.bytes = report.sentData;
        batch.datagramsSent = 1;
        batch.bytesSent = report.sent;
    } else if (report.call == core::StepCall::RecvFrom) {
        chunk.bytes = report.received;
        batch.datagramsReceived = 1;
        batch.bytesReceived = static_cast<quint64>(report.received.size());
    } else {
        return;
    }
    batch.data.push_back(chunk);
    m_datagrams->appendBatch(batch);
}

void UdpEndpointPanel::updateStateText()
{
    switch (m_state) {
    case State::Idle: m_ui->stateLabel->setText(tr("Not bound")); break;
    case State::Starting: m_ui->stateLabel->setText(tr("Binding\u2026")); break;
    case State::Bound:
        m_ui->stateLabel->setText(tr("Bound to %1: recvfrom() waits").arg(fromStd(m_boundTo->toTuple())));
        break;
    case State::Stopping: m_ui->stateLabel->setText(tr("Closing\u2026")); break;
    }
    m_ui->stateLabel->setToolTip(m_ui->stateLabel->text());
}

void UdpEndpointPanel::updateCounts()
{
    const auto bytes = [](quint64 count) {
        if (count > static_cast<quint64>(INT_MAX))
            return tr("%1 bytes").arg(QLocale().toString(count));
        return tr("%n byte(s)", nullptr, static_cast<int>(count));
    };
    const auto datagrams = [](quint64 count) {
        if (count > static_cast<quint64>(INT_MAX))
            return tr("%1 datagrams").arg(QLocale().toString(count));
        return tr("%n datagram(s)", nullptr, static_cast<int>(count));
    };
    QString text = tr("Received %1 (%2), sent %3 (%4)")
                       .arg(datagrams(m_datagrams->datagramsReceived()), bytes(m_datagrams->bytesReceived()),
                           datagrams(m_datagrams->datagramsSent()), bytes(m_datagrams->bytesSent()));
    const quint64 notShown = m_datagrams->notShownCount();
    if (notShown > 0) {
        text += QStringLiteral(" \u00b7 ")
            + (notShown > static_cast<quint64>(INT_MAX)
                    ? tr("%1 older datagrams not shown").arg(QLocale().toString(notShown))
                    : tr("%n older datagram(s) not shown", nullptr, static_cast<int>(notShown)));
    }
    // One line, so the list keeps its rows on a short panel; a narrow one cuts it, the tooltip has it all.
    m_ui->datagramCount->setText(text);
    m_ui->datagramCount->setToolTip(
        tr("Every datagram received and sent in this run, counted exactly, with their bytes:") + QLatin1Char('\n')
        + text);
}

void UdpEndpointPanel::updateGroupsList()
{
    QListWidget* list = m_ui->groupsList;
    const QSignalBlocker blocker(list);
    list->clear();
    if (m_state == State::Idle) {
        // Not joined yet: they are joined at Start, so say so instead of pretending.
        for (const QString& group : m_groupsToJoin) {
            auto* item = new QListWidgetItem(tr("%1 (joined at Start)").arg(group), list);
            item->setData(Qt::UserRole, group);
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setToolTip(tr("setsockopt(IP_ADD_MEMBERSHIP) joins this group when the socket starts"));
        }
    } else {
        for (const QString& group : m_joinedGroups) {
            auto* item = new QListWidgetItem(group, list);
            item->setData(Qt::UserRole, group);
            item->setToolTip(tr("Joined: datagrams sent to %1 reach this socket").arg(group));
        }
    }
    updateControls();
}

// --- start and stop --------------------------------------------------------------------------

bool UdpEndpointPanel::start()
{
    if (m_state != State::Idle || m_worker.isRunning())
        return false;
    validate();
    if (!m_settingsValid)
        return false;
    if (m_bindsAllInterfaces && !confirmAllInterfaces())
        return false;

    // A new run is a new socket: nothing of the last one may mix in.
    m_datagrams->clear();
    m_ui->tracePanel->clear();
    m_errors.clear();
    m_lastErrorFatal = false;
    updateErrorText();

    if (!m_worker.start(options()))
        return false;
    m_state = State::Starting;
    m_throughput->start();
    updateStateText();
    updateGroupsList();
    emit statusMessage(tr("%1: socket(), bind(), then recvfrom()...").arg(m_ui->settingsGroup->title()));
    return true;
}

bool UdpEndpointPanel::confirmAllInterfaces()
{
    return confirmAllInterfacesOnce(m_allInterfacesConfirmed, this, tr("Bind to all interfaces?"),
        tr("The socket will receive datagrams on every network interface of this machine, so other machines on "
           "your network can send to it.\n\nBind to all interfaces anyway?"));
}

void UdpEndpointPanel::setupCodeView()
{
    m_codeView = new CodeView(this);
    CodeView::placeBesideTrace(m_ui->datagramSplitter, m_ui->tracePanel, m_codeView);
    m_codeView->setGenerator([this](CodeLanguage language) { return generateUdpCode(codeSettings(), language); });
    connect(this, &UdpEndpointPanel::codeSettingsChanged, m_codeView, &CodeView::refresh);
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->hostCombo, &QComboBox::currentTextChanged, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->reuseAddressCheck, &QCheckBox::toggled, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->broadcastCheck, &QCheckBox::toggled, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->echoCheck, &QCheckBox::toggled, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->destinationHostCombo, &QComboBox::currentTextChanged, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->destinationPortEdit, &QLineEdit::textChanged, this, &UdpEndpointPanel::codeSettingsChanged);
    connect(m_ui->payloadEditor, &PayloadEditor::payloadChanged, this, &UdpEndpointPanel::codeSettingsChanged);
}

UdpCodeSettings UdpEndpointPanel::codeSettings() const
{
    const core::UdpOptions udp = options();
    UdpCodeSettings settings;
    settings.family = udp.family;
    settings.host = QString::fromStdString(udp.host);
    settings.port = QString::fromStdString(udp.port);
    settings.reuseAddress = udp.reuseAddress;
    settings.broadcast = udp.broadcast;
    settings.echo = udp.echo;
    settings.recvSize = static_cast<int>(udp.recvSize);
    // The program sends the payload typed now, once; nothing typed: it only receives.
    const std::optional<QByteArray> payload = m_ui->payloadEditor->payload();
    if (payload) {
        settings.destinationHost = destinationHost().trimmed();
        settings.destinationPort = m_ui->destinationPortEdit->text().trimmed();
        settings.payload = *payload;
    }
    return settings;
}

core::UdpOptions UdpEndpointPanel::options() const
{
    core::UdpOptions options;
    options.family = family();
    options.host = bindHost().trimmed().toStdString();
    options.port = m_ui->portEdit->text().trimmed().toStdString();
    options.reuseAddress = m_ui->reuseAddressCheck->isChecked();
    options.broadcast = m_ui->broadcastCheck->isChecked();
    options.echo = m_ui->echoCheck->isChecked();
    if (m_ui->multicastGroup->isChecked()) {
        for (const QString& group : m_groupsToJoin)
            options.multicastGroups.push_back(group.toStdString());
        options.multicastInterface = m_ui->multicastInterfaceEdit->text().trimmed().toStdString();
        options.multicastTtl = m_ui->multicastTtlSpin->value();
        options.multicastLoopback = m_ui->multicastLoopCheck->isChecked();
    }
    return options;
}

void UdpEndpointPanel::stop()
{
    if (m_state != State::Starting && m_state != State::Bound)
        return;
    m_state = State::Stopping;
    m_worker.stop();
    updateStateText();
    updateControls();
}

bool UdpEndpointPanel::isRunning() const
{
    return m_worker.isRunning();
}

// --- sending, replying and groups ---------------------------------------------------------------

void UdpEndpointPanel::sendPayload(const QByteArray& bytes)
{
    if (m_state != State::Bound || !validateDestination())
        return;
    // Each send starts a fresh account of what went wrong; a stopped socket's error stays.
    if (!m_lastErrorFatal) {
        m_errors.clear();
        updateErrorText();
    }
    const std::size_t size = static_cast<std::size_t>(bytes.size());
    if (size > core::maxDatagramSize(m_boundTo->family())) {
        // Refused before sendto(): the learner sees why, and the trace shows no call that was not made.
        addError(core::inputError(core::InputProblem::DatagramTooLarge, std::to_string(size)));
        return;
    }
    m_worker.sendTo(destinationHost().trimmed(), m_ui->destinationPortEdit->text().trimmed(), bytes);
}

std::optional<int> UdpEndpointPanel::selectedReceivedRow() const
{
    const QModelIndexList rows = m_ui->datagramView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.first().row();
    if (m_datagrams->directionAt(row) != workers::Direction::Received)
        return std::nullopt;
    return row;
}

void UdpEndpointPanel::replyToSender()
{
    const std::optional<int> row = selectedReceivedRow();
    if (!row)
        return;
    const std::optional<core::Endpoint> peer = m_datagrams->peerAt(*row);
    if (!peer)
        return;
    setDestination(fromStd(peer->host()), QString::number(peer->port()));
    m_ui->payloadEditor->setFocus();
    emit statusMessage(
        tr("%1: the next datagram goes to %2").arg(m_ui->settingsGroup->title(), fromStd(peer->toTuple())));
}

void UdpEndpointPanel::joinGroup()
{
    const core::Result<std::string> group
        = core::parseMulticastGroup(m_ui->multicastGroupEdit->text().toStdString(), family());
    if (!group)
        return;
    const QString text = fromStd(*group);
    if (m_state == State::Bound) {
        m_worker.joinGroup(text); // the list changes when the batch confirms it
    } else if (m_state == State::Idle && !m_groupsToJoin.contains(text)) {
        m_groupsToJoin << text;
        updateGroupsList();
    }
}

void UdpEndpointPanel::leaveGroup()
{
    const QList<QListWidgetItem*> selected = m_ui->groupsList->selectedItems();
    const QString group = selected.isEmpty() ? m_ui->multicastGroupEdit->text().trimmed()
                                             : selected.first()->data(Qt::UserRole).toString();
    if (m_state == State::Bound) {
        m_worker.leaveGroup(group);
    } else if (m_state == State::Idle) {
        m_groupsToJoin.removeAll(group);
        updateGroupsList();
    }
}

// --- what the endpoint did -------------------------------------------------------------------

void UdpEndpointPanel::onBatch(const workers::SessionBatch& batch)
{
    if (!batch.calls.empty() || batch.callsOmitted > 0)
        m_ui->tracePanel->append(batch.calls, batch.callsOmitted);
    if (batch.ready && m_state == State::Starting) {
        m_boundTo = *batch.ready;
        m_state = State::Bound;
        updateStateText();
        updateControls();
        emit statusMessage(tr("%1: bound to %2").arg(m_ui->settingsGroup->title(), fromStd(m_boundTo->toTuple())));
        emit bound(m_boundTo->port());
    }
    m_datagrams->appendBatch(batch);
    m_throughput->addBytes(batch.bytesReceived, batch.bytesSent);
    if (!batch.memberships.empty()) {
        for (const auto& [group, joined] : batch.memberships) {
            const QString text = fromStd(group);
            m_joinedGroups.removeAll(text);
            if (joined)
                m_joinedGroups << text;
        }
        updateGroupsList();
    }
    for (const core::Error& problem : batch.problems)
        addError(problem);
    if (!batch.problems.empty())
        emit statusMessage(errorForStatus(batch.problems.back()));
}

void UdpEndpointPanel::onFinished(const std::optional<core::Error>& error)
{
    m_state = State::Idle;
    m_boundTo.reset();
    m_throughput->stop();
    // Closing the socket left every group: the next Start joins them again.
    if (!m_joinedGroups.isEmpty())
        m_groupsToJoin = m_joinedGroups;
    m_joinedGroups.clear();
    if (error) {
        addError(*error);
        m_lastErrorFatal = true;
        updateErrorText();
    }
    updateStateText();
    updateGroupsList();
    emit statusMessage(error ? errorForStatus(*error) : tr("%1: socket closed").arg(m_ui->settingsGroup->title()));
    emit stopped();
}

void UdpEndpointPanel::addError(const core::Error& error)
{
    m_errors.push_back(error);
    if (m_errors.size() > kMaxErrorsShown)
        m_errors.erase(m_errors.begin(), m_errors.end() - kMaxErrorsShown);
    updateErrorText();
    // On a short panel the controls scroll: bring the news into view once the label has its place.
    QMetaObject::invokeMethod(
        this, [this] { m_ui->controlsScroll->ensureWidgetVisible(m_ui->errorLabel); }, Qt::QueuedConnection);
}

void UdpEndpointPanel::updateErrorText()
{
    QStringList paragraphs;
    if (m_lastErrorFatal)
        paragraphs << tr("The socket is closed:").toHtmlEscaped();
    for (const core::Error& error : m_errors) {
        paragraphs << errorParagraph(error);
    }
    m_ui->errorLabel->setText(paragraphs.join(QStringLiteral("<br>")));
    m_ui->errorLabel->setVisible(!m_errors.empty());
}

// --- language --------------------------------------------------------------------------------

void UdpEndpointPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Unmark first: markField() restores the tooltips the form had before retranslateUi().
        for (QWidget* field :
            std::initializer_list<QWidget*> {m_ui->hostCombo, m_ui->portEdit, m_ui->destinationHostCombo,
                m_ui->destinationPortEdit, m_ui->multicastGroupEdit, m_ui->multicastInterfaceEdit})
            markField(field, QString());
        const int contentMode = m_ui->contentModeCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->contentModeCombo->setCurrentIndex(contentMode);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void UdpEndpointPanel::retranslate()
{
    const std::array<QString, kFamilies.size()> familyTips = {
        tr("AF_INET: IPv4. The address is a (host, port) pair with a dotted-quad host such as 127.0.0.1."),
        tr("AF_INET6: IPv6. The host is in colon notation such as ::1; Python shows the address as (host, port, "
           "flowinfo, scope_id)."),
    };
    for (std::size_t i = 0; i < familyTips.size(); ++i)
        m_ui->familyCombo->setItemData(static_cast<int>(i), familyTips[i], Qt::ToolTipRole);
    m_ui->allInterfacesWarning->setText(tr("Other machines on your network can send datagrams to this socket."));
    m_ui->multicastTtlSpin->setToolTip(
        tr("IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS for AF_INET6): how many routers a multicast datagram may "
           "cross. 1 keeps it on the local network."));
    m_ui->multicastLoopCheck->setToolTip(
        tr("IP_MULTICAST_LOOP: sockets on this machine that joined the group receive what this socket sends"));
    m_ui->joinButton->setToolTip(tr("setsockopt(IP_ADD_MEMBERSHIP): join the group, so datagrams sent to it "
                                    "reach this socket. Before Start, the group is joined at Start."));
    m_ui->leaveButton->setToolTip(tr("setsockopt(IP_DROP_MEMBERSHIP): leave the selected group"));
    updateTitle();
    fillHostChoices();
    refreshFieldTexts();
    updateStateText();
    updateCounts();
    updateGroupsList();
    updateErrorText();
    m_datagrams->retranslate();

    // Size the columns to samples of their widest usual content; the learner can still resize them.
    QHeaderView* header = m_ui->datagramView->horizontalHeader();
    const QFontMetrics cells = m_ui->datagramView->fontMetrics();
    const std::array<int, DatagramModel::ContentColumn> samples = {
        cells.horizontalAdvance(QStringLiteral("00:00:00.000")),
        cells.horizontalAdvance(DatagramModel::directionTextSample()),
        cells.horizontalAdvance(QStringLiteral("('127.0.0.1', 65535)")),
        cells.horizontalAdvance(QStringLiteral("65535")),
    };
    for (int column = 0; column < DatagramModel::ContentColumn; ++column) {
        const QString title = m_datagrams->headerData(column, Qt::Horizontal).toString();
        const int width
            = std::max(samples[static_cast<std::size_t>(column)], header->fontMetrics().horizontalAdvance(title));
        header->resizeSection(column, width + kColumnPadding);
    }
}

void UdpEndpointPanel::updateFamilyTexts()
{
    // The tutorial's terms, in the Learn panel's words, then what each field adds here.
    setGlossaryHelp(m_ui->familyCombo, Term::Domain, tr("A UDP socket is AF_INET or AF_INET6 here."));
    setGlossaryHelp(m_ui->hostCombo, Term::Hostname, tr("Here: the network interface bind() uses."));
    m_ui->hostCombo->lineEdit()->setPlaceholderText(allInterfacesLabel());
    setGlossaryHelp(m_ui->portEdit, Term::Port, tr("Here: the port bind() uses."));
    setGlossaryHelp(m_ui->destinationHostCombo, Term::Hostname,
        tr("Here: where sendto() sends. '<broadcast>' needs SO_BROADCAST; a multicast group works too."));
    setGlossaryHelp(
        m_ui->destinationPortEdit, Term::Port, tr("Here: the port of the socket that should receive the datagram."));
    const bool v6 = family() == core::Family::Inet6;
    m_ui->multicastGroupEdit->setToolTip(v6
            ? tr("An IPv6 multicast group (ff00::/8), such as %1").arg(kExampleGroup6)
            : tr("An IPv4 multicast group (224.0.0.0 to 239.255.255.255), such as %1").arg(kExampleGroup4));
    m_ui->multicastInterfaceEdit->setToolTip(v6
            ? tr("IPV6_MULTICAST_IF: the interface name or index to send and join on; %1 keeps multicast on this "
                 "machine, empty lets the system choose")
                  .arg(kLoopbackInterface6)
            : tr("IP_MULTICAST_IF: the IPv4 address of the interface to send and join on; %1 keeps multicast on "
                 "this machine, empty lets the system choose")
                  .arg(QString::fromLatin1(core::kDefaultHost)));
}

} // namespace socketlab::gui
