// ServerTab: settings and validation, the TcpServerWorker's batches turned into the clients
// table, the conversation and the trace, and the layout that adapts to a narrow tab.
#include "server_tab.h"
#include "ui_servertab.h"

#include "client_list_model.h"
#include "code_view.h"
#include "core_text.h"
#include "field_check.h"
#include "glossary.h"
#include "host_choices.h"
#include "step_panel.h"
#include "tcp_state_label.h"
#include "tcp_state_text.h"
#include "throughput_chart.h"

#include "core/resolver.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QSysInfo>

#include <array>
#include <climits>
#include <limits>
#include <unordered_map>
#include <vector>

namespace socketlab::gui {
namespace {

// Stacked above the panes (a narrow tab), the settings get at least this much height.
constexpr int kMinStackedSettingsHeight = 132;

// listen()'s backlog as the core accepts it (the system caps it at SOMAXCONN anyway).
constexpr int kMaxBacklog = 65535;
// Below this tab width the settings go above the panes instead of beside them (side-by-side
// mode on a small screen gives the tab about 500 px).
constexpr int kWideLayoutMinWidth = 760;
// The settings column's width in the wide arrangement, in average characters: room for the
// reply modes' names without making the panes much narrower.
constexpr int kSettingsColumnChars = 44;
// The panes' share of the splitter's height at first: clients, conversation, trace.
constexpr std::array<int, 3> kPaneStretch = {3, 3, 4};
// Step-by-step mode's call buttons to a row: in the narrow settings column, and across the
// tab when the settings are stacked above the panes.
constexpr int kStepButtonColumnsWide = 2;
constexpr int kStepButtonColumnsStacked = 4;
// Room around a client table cell's text, so the widest sample is not cut.
constexpr int kColumnPadding = 24;

constexpr std::array<core::Family, 3> kFamilies = {core::Family::Inet, core::Family::Inet6, core::Family::Unix};
constexpr std::array<core::ReplyMode, 4> kReplyModes
    = {core::ReplyMode::Tutorial, core::ReplyMode::Echo, core::ReplyMode::Discard, core::ReplyMode::Manual};
// How reply modes are written in the settings file, in kReplyModes' order.
constexpr std::array<const char*, 4> kReplyModeKeys = {"tutorial", "echo", "discard", "manual"};

constexpr const char* kSettingsGroup = "server";
constexpr const char* kFamilyKey = "family";
constexpr const char* kHostKey = "host";
constexpr const char* kPortKey = "port";
constexpr const char* kBacklogKey = "backlog";
constexpr const char* kReuseKey = "reuse";
constexpr const char* kModeKey = "mode";
constexpr const char* kReplyKey = "reply";

} // namespace

ServerTab::ServerTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerTab>())
{
    m_ui->setupUi(this);
    m_ui->backlogSpin->setRange(0, kMaxBacklog);
    // A host typed by the user is not a new choice, and inline completion would turn "1" into
    // "127.0.0.1" behind the user's back.
    m_ui->hostCombo->setCompleter(nullptr);
    for (std::size_t pane = 0; pane < kPaneStretch.size(); ++pane)
        m_ui->serverSplitter->setStretchFactor(static_cast<int>(pane), kPaneStretch[pane]);
    m_ui->conversationView->setLayout(ConversationView::Layout::Stream);
    applyArrangement(m_wideLayout);
    m_ui->settingsPanel->installEventFilter(this);

    setupCombos();
    setupClientsView();
    applyTutorialSettings();
    retranslate();
    connectSignals();
    setupCodeView();
    setupStepPanel();
    updateControls();
}

ServerTab::~ServerTab()
{
    m_ui->settingsPanel->removeEventFilter(this);
    // QWidget deletes the children after this class's members are gone, and some still emit on
    // the way (a focused editable combo box emits activated() when it loses focus): none may
    // reach this half-destroyed tab. m_worker's destructor then stops a running server and waits.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void ServerTab::setupCombos()
{
    for (const core::Family each : kFamilies)
        m_ui->familyCombo->addItem(QString::fromLatin1(core::familyName(each)), static_cast<int>(each));
    for (const core::ReplyMode each : kReplyModes)
        m_ui->replyModeCombo->addItem(QString(), static_cast<int>(each)); // texts: retranslate()
}

void ServerTab::setupClientsView()
{
    // The listening socket's TCP state in the clients' header row and the throughput chart in the
    // conversation's, so the tab needs no more height than before.
    m_listenState = new TcpStateLabel(TcpStateLabel::Role::ListeningSocket, this);
    m_throughput = new ThroughputChart(this);
    m_ui->clientsHeader->insertWidget(m_ui->clientsHeader->indexOf(m_ui->clientsCount) + 1, m_listenState);
    auto* conversationHeader = new QHBoxLayout;
    m_ui->conversationLayout->removeWidget(m_ui->conversationTitle);
    conversationHeader->addWidget(m_ui->conversationTitle);
    conversationHeader->addWidget(m_throughput, 1);
    m_ui->conversationLayout->insertLayout(0, conversationHeader);

    m_clients = new ClientListModel(this);
    QTableView* view = m_ui->clientsView;
    view->setModel(m_clients);
    // Fixed row heights and no ResizeToContents: with 10,000 clients the view must not measure rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + view->fontMetrics().descent() * 2);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setHighlightSections(false);
}

void ServerTab::connectSignals()
{
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this, &ServerTab::onFamilyChanged);
    connect(m_ui->hostCombo, &QComboBox::activated, this, &ServerTab::onHostActivated);
    connect(m_ui->hostCombo, &QComboBox::editTextChanged, this, &ServerTab::updateControls);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &ServerTab::updateControls);
    connect(m_ui->replyModeCombo, &QComboBox::currentIndexChanged, this, &ServerTab::updateControls);
    connect(m_ui->startButton, &QPushButton::clicked, this, &ServerTab::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ServerTab::stop);
    connect(m_ui->closeClientButton, &QPushButton::clicked, this, &ServerTab::closeSelectedClient);
    connect(m_ui->payloadEditor, &PayloadEditor::sendRequested, this, &ServerTab::sendToSelectedClient);
    connect(m_ui->clientsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ServerTab::updateClientControls);
    connect(&m_worker, &workers::TcpServerWorker::batchReady, this, &ServerTab::onBatch);
    connect(&m_worker, &workers::TcpServerWorker::finished, this, &ServerTab::onFinished);
}

// --- settings ---------------------------------------------------------------------------------

core::Family ServerTab::family() const
{
    return static_cast<core::Family>(m_ui->familyCombo->currentData().toInt());
}

void ServerTab::setFamily(core::Family family)
{
    const int index = m_ui->familyCombo->findData(static_cast<int>(family));
    if (index >= 0)
        m_ui->familyCombo->setCurrentIndex(index);
}

void ServerTab::onFamilyChanged()
{
    const bool isUnix = family() == core::Family::Unix;
    if (isUnix != m_isUnix) {
        // An IP host means nothing as a path and the other way round: keep each for a switch back.
        const QString previous = hostValue();
        m_isUnix = isUnix;
        fillHostChoices();
        const QString fallback = isUnix ? defaultUnixSocketPath() : QString::fromLatin1(core::kDefaultHost);
        m_ui->hostCombo->setEditText(m_otherKindHost.isEmpty() ? fallback : m_otherKindHost);
        m_otherKindHost = previous;
    } else if (!isUnix) {
        // Each IP family refuses the other's loopback address: follow the switch.
        const QString host = hostValue().trimmed();
        const QString loopback4 = QString::fromLatin1(core::kDefaultHost);
        const QString loopback6 = QStringLiteral("::1");
        if (family() == core::Family::Inet6 && host == loopback4)
            m_ui->hostCombo->setEditText(loopback6);
        else if (family() == core::Family::Inet && host == loopback6)
            m_ui->hostCombo->setEditText(loopback4);
    }
    refreshFieldTexts();
    updateControls();
}

void ServerTab::fillHostChoices()
{
    if (m_isUnix) {
        setHostChoices(m_ui->hostCombo,
            {{defaultUnixSocketPath(), defaultUnixSocketPath(), tr("A socket file in the temporary folder")}});
        return;
    }
    const QString loopback4 = QString::fromLatin1(core::kDefaultHost);
    const QString loopback6 = QStringLiteral("::1");
    const QString localhost = QStringLiteral("localhost");
    std::vector<HostChoice> choices = {
        {loopback4, loopback4, tr("The IPv4 loopback address: only programs on this machine can connect")},
        {loopback6, loopback6, tr("The IPv6 loopback address (AF_INET6): only programs on this machine can connect")},
        {localhost, localhost, tr("A host name for the loopback address, looked up with getaddrinfo()")},
    };
    // What the tutorial's socket.gethostname() returns; the GUI makes no socket calls itself.
    const QString machine = QSysInfo::machineHostName();
    if (!machine.isEmpty()) {
        choices.push_back({machine, machine,
            tr("This machine's name, as the tutorial's socket.gethostname() returns it. It may stand "
               "for an address that other machines on your network can reach.")});
    }
    choices.push_back(
        {allInterfacesLabel(), QString(), tr("The empty string: INADDR_ANY, every network interface of this machine")});
    setHostChoices(m_ui->hostCombo, choices);
}

QString ServerTab::allInterfacesLabel() const
{
    return tr("'' (all interfaces)");
}

QString ServerTab::hostValue() const
{
    return hostChoiceValue(m_ui->hostCombo);
}

void ServerTab::onHostActivated(int index)
{
    applyHostChoice(m_ui->hostCombo, index);
}

core::ReplyMode ServerTab::replyMode() const
{
    return static_cast<core::ReplyMode>(m_ui->replyModeCombo->currentData().toInt());
}

void ServerTab::setReplyMode(core::ReplyMode mode)
{
    const int index = m_ui->replyModeCombo->findData(static_cast<int>(mode));
    if (index >= 0)
        m_ui->replyModeCombo->setCurrentIndex(index);
}

void ServerTab::setHost(const QString& host)
{
    m_ui->hostCombo->setEditText(host);
}

void ServerTab::setPort(const QString& port)
{
    m_ui->portEdit->setText(port);
}

QString ServerTab::port() const
{
    if (m_listeningOn && m_listeningOn->family() != core::Family::Unix)
        return QString::number(m_listeningOn->port());
    return m_ui->portEdit->text();
}

void ServerTab::setReuseAddress(bool enabled)
{
    m_ui->reuseAddressCheck->setChecked(enabled);
}

void ServerTab::applyTutorialSettings()
{
    setFamily(core::Family::Inet);
    setHost(QString::fromLatin1(core::kDefaultHost));
    setPort(QString::fromLatin1(core::kTutorialPortText));
    m_ui->backlogSpin->setValue(core::kTutorialBacklog);
    m_ui->reuseAddressCheck->setChecked(false);
    setReplyMode(core::ReplyMode::Tutorial);
    // The tutorial's own text, sent as it is in every language.
    m_ui->replyTextEdit->setText(QString::fromUtf8(core::kTutorialReply));
    m_ui->replyTextEdit->setCursorPosition(0); // show the start of the text, also when disabled
}

void ServerTab::loadSettings(QSettings& settings)
{
    settings.beginGroup(QLatin1String(kSettingsGroup));
    core::Family savedFamily = core::Family::Unspecified;
    if (core::parseFamily(settings.value(QLatin1String(kFamilyKey)).toString().toStdString(), savedFamily))
        setFamily(savedFamily); // before the host: a family switch puts in its own default host
    if (settings.contains(QLatin1String(kHostKey)))
        setHost(settings.value(QLatin1String(kHostKey)).toString());
    if (settings.contains(QLatin1String(kPortKey)))
        setPort(settings.value(QLatin1String(kPortKey)).toString());
    if (settings.contains(QLatin1String(kBacklogKey)))
        m_ui->backlogSpin->setValue(settings.value(QLatin1String(kBacklogKey)).toInt());
    if (settings.contains(QLatin1String(kReuseKey)))
        m_ui->reuseAddressCheck->setChecked(settings.value(QLatin1String(kReuseKey)).toBool());
    const QString mode = settings.value(QLatin1String(kModeKey)).toString();
    for (std::size_t i = 0; i < kReplyModes.size(); ++i) {
        if (mode == QLatin1String(kReplyModeKeys[i]))
            setReplyMode(kReplyModes[i]);
    }
    if (settings.contains(QLatin1String(kReplyKey))) {
        m_ui->replyTextEdit->setText(settings.value(QLatin1String(kReplyKey)).toString());
        m_ui->replyTextEdit->setCursorPosition(0);
    }
    settings.endGroup();
}

void ServerTab::saveSettings(QSettings& settings) const
{
    settings.beginGroup(QLatin1String(kSettingsGroup));
    settings.setValue(QLatin1String(kFamilyKey), QString::fromLatin1(core::familyName(family())));
    settings.setValue(QLatin1String(kHostKey), hostValue());
    settings.setValue(QLatin1String(kPortKey), m_ui->portEdit->text());
    settings.setValue(QLatin1String(kBacklogKey), m_ui->backlogSpin->value());
    settings.setValue(QLatin1String(kReuseKey), m_ui->reuseAddressCheck->isChecked());
    for (std::size_t i = 0; i < kReplyModes.size(); ++i) {
        if (replyMode() == kReplyModes[i])
            settings.setValue(QLatin1String(kModeKey), QLatin1String(kReplyModeKeys[i]));
    }
    settings.setValue(QLatin1String(kReplyKey), m_ui->replyTextEdit->text());
    settings.endGroup();
}

QSplitter* ServerTab::splitter() const
{
    return m_ui->serverSplitter;
}

// --- validation and controls -----------------------------------------------------------------

bool ServerTab::validate()
{
    QStringList problems;
    QString hostProblem;
    m_bindsAllInterfaces = false;
    const core::Result<core::HostSpec> host = core::parseHost(hostValue().toStdString(), family());
    if (host)
        m_bindsAllInterfaces = bindsAllInterfaces(*host);
    else
        problems << (hostProblem = inputErrorText(host.error()));
    markField(m_ui->hostCombo, hostProblem);

    QString portProblem;
    if (!m_isUnix) {
        const core::Result<core::PortSpec> port = core::parseKnownPort(m_ui->portEdit->text().toStdString());
        if (!port)
            problems << (portProblem = inputErrorText(port.error()));
    }
    markField(m_ui->portEdit, portProblem);

    m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!problems.isEmpty());
    m_ui->allInterfacesWarning->setVisible(m_bindsAllInterfaces);
    m_inputValid = problems.isEmpty();
    return m_inputValid;
}

void ServerTab::refreshFieldTexts()
{
    // markField() remembers a field's normal tooltip when it first marks it: unmark both fields so
    // the tooltips set now are the ones remembered, then check them again.
    markField(m_ui->hostCombo, QString());
    markField(m_ui->portEdit, QString());
    updateFamilyTexts();
    validate();
}

void ServerTab::updateControls()
{
    validate();
    const bool idle = m_state == State::Idle;
    const bool stepping = m_stepPanel && m_stepPanel->isStepMode();
    m_ui->settingsGroup->setEnabled(idle);
    m_ui->portEdit->setEnabled(!m_isUnix);
    // Step mode's c.send() sends the reply text, whatever the reply mode says.
    m_ui->replyTextEdit->setEnabled(replyMode() == core::ReplyMode::Tutorial || stepping);
    m_ui->startButton->setEnabled(idle && m_inputValid && !stepping);
    m_ui->stopButton->setEnabled(!stepping && (m_state == State::Starting || m_state == State::Listening));
    // Step mode's call buttons stand in for Start and Stop.
    m_ui->startButton->setVisible(!stepping);
    m_ui->stopButton->setVisible(!stepping);
    if (m_stepPanel)
        m_stepPanel->setToggleAllowed(idle && !m_worker.isRunning());
    updateClientControls();
}

void ServerTab::updateClientControls()
{
    const std::optional<core::ConnectionId> id = selectedConnection();
    const bool open = m_state == State::Listening && id && m_clients->isOpenAt(m_clients->rowOf(*id));
    m_ui->closeClientButton->setEnabled(open);
    m_ui->payloadEditor->setSendEnabled(open);
}

void ServerTab::updateClientsCount()
{
    if (m_acceptedCount == 0 && m_state == State::Idle) {
        m_ui->clientsCount->clear();
        return;
    }
    m_ui->clientsCount->setText(tr("%n client(s) connected", nullptr, m_clients->openCount())
        + QStringLiteral(" \u00b7 ") + acceptedText(m_acceptedCount));
}

QString ServerTab::acceptedText(quint64 count) const
{
    if (count <= static_cast<quint64>(INT_MAX))
        return tr("%n accepted in all", nullptr, static_cast<int>(count));
    return tr("%1 accepted in all").arg(QLocale().toString(count));
}

QString ServerTab::byteCountText(quint64 count) const
{
    if (count <= static_cast<quint64>(INT_MAX))
        return tr("%n byte(s)", nullptr, static_cast<int>(count));
    return tr("%1 bytes").arg(QLocale().toString(count));
}

void ServerTab::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyLayoutWidth(event->size().width());
}

void ServerTab::applyLayoutWidth(int width)
{
    const bool wide = width >= kWideLayoutMinWidth;
    if (wide != m_wideLayout)
        applyArrangement(wide);
    else
        fitSettingsArea();
}

void ServerTab::applyArrangement(bool wide)
{
    m_wideLayout = wide;
    // Wide: settings in a column beside the panes. Narrow: settings above them, in two columns,
    // so the panes keep the full width.
    m_ui->serverLayout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_ui->serverLayout->setStretch(0, wide ? 0 : 1);
    m_ui->settingsColumns->setDirection(wide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // In the column the reply fields go under their labels, so the modes' names are not cut.
    m_ui->replyForm->setRowWrapPolicy(wide ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    // Wide: the settings and the buttons under them at the top of the column, the rest empty.
    m_ui->settingsSpacer->changeSize(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_ui->settingsColumnSpacer->changeSize(
        0, 0, QSizePolicy::Minimum, wide ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    if (m_stepPanel)
        m_stepPanel->setColumns(wide ? kStepButtonColumnsWide : kStepButtonColumnsStacked);
    m_ui->settingsPanelLayout->invalidate();
    fitSettingsArea();
    updateGeometry();
}

void ServerTab::fitSettingsArea()
{
    QScrollArea* scroll = m_ui->settingsScroll;
    QWidget* panel = m_ui->settingsPanel;
    // The settings never scroll sideways: the area is always as wide as they need.
    const int needed = panel->minimumSizeHint().width();
    if (m_wideLayout) {
        const int panelWidth = std::max(needed, settingsColumnWidth());
        const int width = panelWidth + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        scroll->setMinimumWidth(width);
        scroll->setMaximumWidth(width);
        // As tall as the settings, so Start and Stop follow right under them; shorter (scrolling)
        // only when the window is. At that width, long labels (Russian) put their field on a row
        // of its own: the height follows.
        const int height = panel->hasHeightForWidth() ? panel->heightForWidth(panelWidth) : panel->sizeHint().height();
        scroll->setMaximumHeight(std::max(height, panel->sizeHint().height()) + 2 * scroll->frameWidth());
        scroll->setMinimumHeight(0);
        return;
    }
    scroll->setMinimumWidth(needed);
    scroll->setMaximumWidth(QWIDGETSIZE_MAX);
    // Stacked: as tall as the settings need and no taller, so the panes get the rest; on a short
    // tab the settings scroll rather than push the window taller than the screen.
    const int width = scroll->viewport()->width();
    const int height = panel->hasHeightForWidth() ? panel->heightForWidth(width) : panel->sizeHint().height();
    const int full = height + 2 * scroll->frameWidth();
    scroll->setMaximumHeight(full);
    // The panes below have splitters and shrink well; the settings must stay readable.
    scroll->setMinimumHeight(std::min(full, kMinStackedSettingsHeight));
}

bool ServerTab::eventFilter(QObject* watched, QEvent* event)
{
    // The settings' size changes with their labels (a refusal, a warning, an error) and width.
    if (watched == m_ui->settingsPanel && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize))
        fitSettingsArea();
    return QWidget::eventFilter(watched, event);
}

int ServerTab::settingsColumnWidth() const
{
    return fontMetrics().averageCharWidth() * kSettingsColumnChars;
}

QSize ServerTab::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    if (m_wideLayout) {
        // Any width below the wide arrangement's threshold switches to the stacked one, so ask
        // only for what that needs: a side-by-side splitter can then give this tab ~500 px.
        const QMargins margins = layout()->contentsMargins();
        const int stacked
            = std::max(m_ui->settingsGroup->minimumSizeHint().width(), m_ui->serverSplitter->minimumSizeHint().width());
        hint.setWidth(std::min(hint.width(), stacked + margins.left() + margins.right()));
    }
    return hint;
}

void ServerTab::fitClientColumns()
{
    QHeaderView* header = m_ui->clientsView->horizontalHeader();
    const QFontMetrics cells = m_ui->clientsView->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    // Samples of the widest usual content; the learner can still resize every column.
    const std::array<QString, ClientListModel::ColumnCount> samples = {
        QStringLiteral("00000"),
        QStringLiteral("('127.0.0.1', 65535)"),
        m_clients->stateTextSample(),
        tcpStateLabelSample(),
        QLocale().toString(999999999ULL),
        QLocale().toString(999999999ULL),
        QStringLiteral("00:00:00"),
    };
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        const QString title = m_clients->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(
            cells.horizontalAdvance(samples[static_cast<std::size_t>(column)]), titles.horizontalAdvance(title));
        header->resizeSection(column, width + kColumnPadding);
    }
}

// --- start and stop --------------------------------------------------------------------------

bool ServerTab::start()
{
    if (m_state != State::Idle || m_worker.isRunning())
        return false;
    if (!validate()) {
        updateControls();
        return false;
    }
    if (m_bindsAllInterfaces && !confirmAllInterfaces())
        return false;

    // A new run numbers its connections from 1 again: nothing of the last run may mix in.
    m_clients->clear();
    m_ui->conversationView->clear();
    m_ui->tracePanel->clear();
    m_error.reset();
    m_problemCount = 0;
    m_acceptedCount = 0;
    m_listeningOn.reset();
    updateErrorText();

    if (!m_worker.start(options()))
        return false;
    m_listenState->setState(std::nullopt);
    m_throughput->start();
    m_state = State::Starting;
    updateControls();
    updateClientsCount();
    emit statusMessage(tr("Starting the server: socket(), bind(), listen()..."));
    return true;
}

bool ServerTab::confirmAllInterfaces()
{
    return confirmAllInterfacesOnce(m_allInterfacesConfirmed, this, tr("Listen on all interfaces?"),
        tr("The server will listen on every network interface of this machine, so other machines on your "
           "network can connect to it.\n\nListen on all interfaces anyway?"));
}

void ServerTab::setupCodeView()
{
    m_codeView = new CodeView(this);
    CodeView::placeBesideTrace(m_ui->serverSplitter, m_ui->tracePanel, m_codeView);
    m_codeView->setGenerator([this](CodeLanguage language) { return generateServerCode(codeSettings(), language); });
    connect(this, &ServerTab::codeSettingsChanged, m_codeView, &CodeView::refresh);
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this, &ServerTab::codeSettingsChanged);
    connect(m_ui->hostCombo, &QComboBox::currentTextChanged, this, &ServerTab::codeSettingsChanged);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &ServerTab::codeSettingsChanged);
    connect(m_ui->backlogSpin, &QSpinBox::valueChanged, this, &ServerTab::codeSettingsChanged);
    connect(m_ui->reuseAddressCheck, &QCheckBox::toggled, this, &ServerTab::codeSettingsChanged);
    connect(m_ui->replyModeCombo, &QComboBox::currentIndexChanged, this, &ServerTab::codeSettingsChanged);
    connect(m_ui->replyTextEdit, &QLineEdit::textChanged, this, &ServerTab::codeSettingsChanged);
}

ServerCodeSettings ServerTab::codeSettings() const
{
    const core::TcpServerOptions server = options();
    ServerCodeSettings settings;
    settings.family = server.family;
    settings.host = QString::fromStdString(server.host);
    settings.port = QString::fromStdString(server.port);
    settings.backlog = server.backlog;
    settings.reuseAddress = server.reuseAddress;
    settings.mode = server.mode;
    settings.reply = QByteArray::fromStdString(server.reply);
    settings.recvSize = static_cast<int>(core::kTutorialRecvSize);
    return settings;
}

core::TcpServerOptions ServerTab::options() const
{
    core::TcpServerOptions options;
    options.family = family();
    options.host = hostValue().trimmed().toStdString();
    if (!m_isUnix)
        options.port = m_ui->portEdit->text().trimmed().toStdString();
    options.backlog = m_ui->backlogSpin->value();
    options.reuseAddress = m_ui->reuseAddressCheck->isChecked();
    options.mode = replyMode();
    options.reply = m_ui->replyTextEdit->text().toStdString(); // UTF-8, as typed: never translated
    return options;
}

void ServerTab::stop()
{
    if (m_state != State::Starting && m_state != State::Listening)
        return;
    m_state = State::Stopping;
    m_worker.stop();
    updateControls();
    emit statusMessage(tr("Stopping the server..."));
}

bool ServerTab::isRunning() const
{
    return m_worker.isRunning();
}

// --- clients ---------------------------------------------------------------------------------

std::optional<core::ConnectionId> ServerTab::selectedConnection() const
{
    const QModelIndexList rows = m_ui->clientsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_clients->connectionAt(rows.first().row());
}

void ServerTab::closeSelectedClient()
{
    if (const std::optional<core::ConnectionId> id = selectedConnection())
        m_worker.closeConnection(*id);
}

void ServerTab::sendToSelectedClient(const QByteArray& bytes)
{
    const std::optional<core::ConnectionId> id = selectedConnection();
    if (id && m_clients->isOpenAt(m_clients->rowOf(*id)))
        m_worker.send(*id, bytes);
}

// --- what the server did ---------------------------------------------------------------------

void ServerTab::onBatch(const workers::SessionBatch& batch)
{
    if (batch.ready)
        onReady(*batch.ready);
    for (const workers::ConnectionEvent& event : batch.connections)
        m_acceptedCount += event.kind == workers::ConnectionEvent::Kind::Opened ? 1 : 0;
    showConversation(batch);
    m_clients->applyBatch(batch);
    if (const auto listener = batch.tcpStates.find(0); listener != batch.tcpStates.end())
        m_listenState->setState(listener->second); // id 0: the listening socket
    m_throughput->addBytes(batch.bytesReceived, batch.bytesSent);
    if (!batch.calls.empty() || batch.callsOmitted > 0)
        m_ui->tracePanel->append(batch.calls, batch.callsOmitted);
    std::vector<core::Error> problems = batch.problems;
    // A client's connection that failed (reset by the client, broken pipe) is shown with its hint too.
    for (const workers::ConnectionEvent& event : batch.connections) {
        if (event.kind == workers::ConnectionEvent::Kind::Closed && event.reason == core::CloseReason::Failed
            && event.error)
            problems.push_back(*event.error);
    }
    if (!problems.empty()) {
        // Not fatal (a refused command, a failed accept): the server goes on, the learner is told.
        m_problemCount += problems.size();
        if (!m_errorIsFatal || !m_error) {
            m_error = problems.back();
            m_errorIsFatal = false;
        }
        updateErrorText();
        emit statusMessage(errorForStatus(problems.back()));
    }
    updateClientsCount();
    updateClientControls();
}

void ServerTab::onReady(const core::Endpoint& local)
{
    if (m_state != State::Starting)
        return; // stopped before the listener was ready
    m_state = State::Listening;
    m_listeningOn = local;
    updateControls();
    const QString display = fromStd(local.toDisplay());
    m_ui->conversationView->appendNote(tr("Listening on %1: accept() waits for clients").arg(display));
    emit statusMessage(tr("Server listening on %1").arg(display));
    emit listening(display, local.port());
}

void ServerTab::showConversation(const workers::SessionBatch& batch)
{
    // Peers of connections opened in this batch: the clients model learns of them afterwards.
    std::unordered_map<core::ConnectionId, QString> openedNow;
    const auto peerOf = [&](core::ConnectionId id) {
        const auto found = openedNow.find(id);
        return found != openedNow.end() ? found->second : m_clients->peerTuple(id);
    };
    // Notes and data in the order they happened (one clock stamps both).
    auto chunk = batch.data.begin();
    const auto showChunksBefore = [&](double tMs) {
        for (; chunk != batch.data.end() && chunk->tMs < tMs; ++chunk)
            m_ui->conversationView->appendChunk(*chunk, peerOf(chunk->connection));
    };
    for (const workers::ConnectionEvent& event : batch.connections) {
        showChunksBefore(event.tMs);
        if (event.kind == workers::ConnectionEvent::Kind::Opened)
            openedNow[event.connection] = fromStd(event.peer.toTuple());
        m_ui->conversationView->appendNote(connectionNote(event, peerOf(event.connection)));
    }
    showChunksBefore(std::numeric_limits<double>::infinity());
    if (batch.bytesNotShown > 0)
        m_ui->conversationView->appendNotShown(batch.bytesNotShown, batch.bytesNotShownReceived);
}

QString ServerTab::connectionNote(const workers::ConnectionEvent& event, const QString& peer) const
{
    switch (event.kind) {
    case workers::ConnectionEvent::Kind::Opened:
        // The tutorial's own line: print 'Got connection from', addr
        return tr("Got connection from %1").arg(peer);
    case workers::ConnectionEvent::Kind::PeerFinished: return tr("%1 finished sending: recv() returned 0").arg(peer);
    case workers::ConnectionEvent::Kind::Closed:
        return tr("Connection from %1 closed (%2): %3 received, %4 sent")
            .arg(peer, ClientListModel::closeReasonText(event.reason, event.error),
                byteCountText(event.totals.bytesReceived), byteCountText(event.totals.bytesSent));
    }
    return {};
}

void ServerTab::onFinished(const std::optional<core::Error>& error)
{
    const bool hadListened = m_listeningOn.has_value();
    m_state = State::Idle;
    m_listeningOn.reset();
    m_throughput->stop();
    if (hadListened)
        m_listenState->setSocketClosed();
    else
        m_listenState->setState(std::nullopt);
    if (error) {
        m_error = *error;
        m_errorIsFatal = true;
        m_errorBeforeListening = !hadListened;
        m_ui->conversationView->appendNote(tr("The server stopped: %1").arg(errorSummary(*error)));
    } else {
        m_ui->conversationView->appendNote(tr("The server stopped."));
    }
    updateErrorText();
    updateControls();
    updateClientsCount();

    // The tab is idle before anyone hears of it: a startFailed() handler may start again.
    emit statusMessage(error ? errorForStatus(*error) : tr("Server stopped"));
    emit stopped();
    if (error && !hadListened)
        emit startFailed(*error);
}

void ServerTab::updateErrorText()
{
    if (!m_error) {
        m_ui->errorLabel->clear();
        m_ui->errorLabel->hide();
        return;
    }
    QString heading;
    if (m_errorIsFatal)
        heading = m_errorBeforeListening ? tr("The server could not start.") : tr("The server stopped.");
    else if (m_problemCount > 1)
        heading = tr("A problem (%1 so far); the server goes on:").arg(m_problemCount);
    else
        heading = tr("A problem; the server goes on:");
    m_ui->errorLabel->setText(heading.toHtmlEscaped() + QLatin1String("<br>") + errorParagraph(*m_error));
    m_ui->errorLabel->show();
}

// --- step by step ---------------------------------------------------------------------------

void ServerTab::setupStepPanel()
{
    const auto settingsForCall = [this](core::StepCall call, core::StepSettings& settings, QString& problem) {
        return stepSettings(call, settings, problem);
    };
    m_stepPanel = new StepPanel(core::StepRole::Server,
        m_wideLayout ? kStepButtonColumnsWide : kStepButtonColumnsStacked, settingsForCall, m_ui->tracePanel, this);
    // With the settings, so it scrolls with them where the window is short (its buttons take room).
    m_ui->settingsPanelLayout->insertWidget(m_ui->settingsPanelLayout->indexOf(m_ui->errorLabel) + 1, m_stepPanel);
    // The call buttons make the settings taller than a scroll area's size hint allows (24 lines):
    // let the area, not the spacer under it, take the column's free height, up to what it needs.
    m_ui->settingsColumnLayout->setStretchFactor(m_ui->settingsScroll, 1);
    connect(m_stepPanel, &StepPanel::stepFinished, this, &ServerTab::onStepFinished);
    connect(m_stepPanel, &StepPanel::stepModeChanged, this, &ServerTab::onStepModeChanged);
    connect(m_stepPanel, &StepPanel::activityChanged, this, &ServerTab::updateControls);
    connect(m_stepPanel, &StepPanel::statusMessage, this, &ServerTab::statusMessage);
}

bool ServerTab::stepSettings(core::StepCall call, core::StepSettings& settings, QString& problem)
{
    // socket() needs the family, bind() the host and port: refuse them while a field is invalid.
    if ((call == core::StepCall::Socket || call == core::StepCall::Bind) && !validate()) {
        problem = m_ui->validationLabel->text();
        return false;
    }
    if (call == core::StepCall::Bind && m_bindsAllInterfaces && !confirmAllInterfaces()) {
        problem = tr("bind() was not made: you chose not to listen on all interfaces.");
        return false;
    }
    const core::TcpServerOptions current = options();
    settings.family = current.family;
    settings.host = current.host;
    settings.port = m_isUnix ? std::string() : current.port;
    settings.backlog = current.backlog;
    settings.data = current.reply;
    return true;
}

void ServerTab::onStepModeChanged(bool on)
{
    // A fresh start in either mode: nothing of the other one mixes in.
    m_clients->clear();
    m_ui->conversationView->clear();
    m_ui->tracePanel->clear();
    m_error.reset();
    m_stepPeer.clear();
    updateErrorText();
    updateControls();
    if (on)
        emit statusMessage(tr("Step by step: press socket(), then each next call."));
}

void ServerTab::onStepFinished(const workers::StepReport& report)
{
    if (report.error)
        return; // the panel's state line says what failed
    workers::DataChunk chunk;
    chunk.connection = 1;
    switch (report.call) {
    case core::StepCall::Accept:
        m_stepPeer = report.peer ? fromStd(report.peer->toTuple()) : QString();
        m_ui->conversationView->appendNote(tr("Got connection from %1").arg(m_stepPeer));
        break;
    case core::StepCall::Send:
        chunk.direction = workers::Direction::Sent;
        chunk.bytes = report.sentData;
        m_ui->conversationView->appendChunk(chunk, m_stepPeer);
        break;
    case core::StepCall::Recv:
        if (report.peerFinished) {
            m_ui->conversationView->appendNote(tr("%1 finished sending: recv() returned 0").arg(m_stepPeer));
            break;
        }
        chunk.bytes = report.received;
        m_ui->conversationView->appendChunk(chunk, m_stepPeer);
        break;
    default: break;
    }
}

// --- language --------------------------------------------------------------------------------

void ServerTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ServerTab::retranslate()
{
    const std::array<QString, kFamilies.size()> familyTips = {
        tr("AF_INET: IPv4. The address is a (host, port) pair with a dotted-quad host such as 127.0.0.1."),
        tr("AF_INET6: IPv6. The host is in colon notation such as ::1; Python shows the address as (host, port, "
           "flowinfo, scope_id)."),
        tr("AF_UNIX: a socket file on this machine. The address is a file system path; there is no port."),
    };
    for (std::size_t i = 0; i < familyTips.size(); ++i)
        m_ui->familyCombo->setItemData(static_cast<int>(i), familyTips[i], Qt::ToolTipRole);

    const std::array<QString, kReplyModes.size()> modeTexts = {
        tr("Tutorial: send a text, then close"),
        tr("Echo: send back what arrives"),
        tr("Discard: read and count"),
        tr("Manual: you send"),
    };
    const std::array<QString, kReplyModes.size()> modeTips = {
        tr("server.py: c.send(text), then c.close(). The client reads the text, then sees the connection end."),
        tr("recv() in a loop and send() every byte back, until the client closes"),
        tr("recv() in a loop and drop the data; only the byte counts grow"),
        tr("recv() in a loop and show the data; select a client below to send to it or close it"),
    };
    for (std::size_t i = 0; i < modeTexts.size(); ++i) {
        m_ui->replyModeCombo->setItemText(static_cast<int>(i), modeTexts[i]);
        m_ui->replyModeCombo->setItemData(static_cast<int>(i), modeTips[i], Qt::ToolTipRole);
    }

    m_ui->allInterfacesWarning->setText(tr("Other machines on your network can connect to this server."));
    fillHostChoices();
    refreshFieldTexts();
    updateErrorText();
    updateClientsCount();
    m_clients->retranslate();
    fitClientColumns();
}

void ServerTab::updateFamilyTexts()
{
    // The fields explain themselves in the Learn panel's words (its glossary), then say what is particular here.
    setGlossaryHelp(m_ui->familyCombo, Term::Domain, tr("The tutorial's server.py uses AF_INET."));
    if (m_isUnix) {
        m_ui->hostLabel->setText(tr("Socket pat&h:"));
        const QString pathHelp
            = tr("AF_UNIX: the file system path of the socket file, such as %1").arg(defaultUnixSocketPath());
        m_ui->hostCombo->setToolTip(pathHelp);
        m_ui->hostCombo->setWhatsThis(pathHelp);
        m_ui->hostCombo->lineEdit()->setPlaceholderText(QString());
        setGlossaryHelp(m_ui->portEdit, Term::Port, tr("An AF_UNIX socket has no port: its path is its address."));
    } else {
        m_ui->hostLabel->setText(tr("&Host:"));
        setGlossaryHelp(m_ui->hostCombo, Term::Hostname, tr("Here: the network interface the server binds to."));
        m_ui->hostCombo->lineEdit()->setPlaceholderText(allInterfacesLabel());
        setGlossaryHelp(m_ui->portEdit, Term::Port, tr("The tutorial's server.py uses 12345."));
    }
}

} // namespace socketlab::gui
