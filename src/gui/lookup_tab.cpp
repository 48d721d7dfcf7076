// LookupTab: getaddrinfo / getnameinfo / gethostname through the LookupWorker, answers as a table, in
// Python's form, in the trace and in a history that runs them again.
#include "lookup_tab.h"
#include "ui_lookuptab.h"

#include "address_info_model.h"
#include "core_text.h"
#include "field_check.h"
#include "glossary.h"
#include "trace_panel.h"

#include "core/python_repr.h"
#include "core/resolver.h"

#include <QClipboard>
#include <QColor>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace socketlab::gui {
namespace {

// The combos' rows, in the order fillChoices() adds them.
constexpr std::array<core::Family, 3> kFamilies {core::Family::Unspecified, core::Family::Inet, core::Family::Inet6};
constexpr std::array<core::SocketType, 3> kTypes {
    core::SocketType::Any, core::SocketType::Stream, core::SocketType::Datagram};

// A lookup worth trying, as the examples combo offers it.
struct Example {
    const char* label; // translated when shown
    const char* host;
    const char* service;
    core::Family family;
    core::SocketType type;
    unsigned flags;
};

// The first is the tutorial's own program; the others show each host form and what it becomes.
const std::array<Example, 8> kExamples {{
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "The tutorial: tutorialspoint.com, www"), "tutorialspoint.com",
        "www", core::Family::Unspecified, core::SocketType::Any, 0},
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "localhost, http"), "localhost", "http", core::Family::Unspecified,
        core::SocketType::Any, 0},
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "127.0.0.1, 80"), "127.0.0.1", "80", core::Family::Unspecified,
        core::SocketType::Any, 0},
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "::1, 443"), "::1", "443", core::Family::Unspecified,
        core::SocketType::Any, 0},
    // What the tutorial's server.py binds to when its host is '': a passive, every-interface address.
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "'' (INADDR_ANY), 12345 with AI_PASSIVE"), "", "12345",
        core::Family::Inet, core::SocketType::Stream, core::kPassive},
    // Broadcast only exists for IPv4 datagrams.
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "<broadcast>, 80"), core::kBroadcastHost, "80", core::Family::Inet,
        core::SocketType::Datagram, 0},
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "2130706433 (integer), www"), "2130706433", "www",
        core::Family::Unspecified, core::SocketType::Any, 0},
    // .invalid is reserved (RFC 2606): it never resolves, anywhere.
    {QT_TRANSLATE_NOOP("socketlab::gui::LookupTab", "no-such-host.invalid"), "no-such-host.invalid", "",
        core::Family::Unspecified, core::SocketType::Any, 0},
}};
constexpr int kTutorialExample = 0;

// Each AI_ flag and the check box that sets it; likewise for NI_.
using CheckMember = QCheckBox* Ui::LookupTab::*;
const std::array<std::pair<unsigned, CheckMember>, 5> kLookupFlagChecks {{
    {core::kPassive, &Ui::LookupTab::passiveCheck},
    {core::kCanonName, &Ui::LookupTab::canonNameCheck},
    {core::kNumericHost, &Ui::LookupTab::numericHostCheck},
    {core::kNumericServ, &Ui::LookupTab::numericServCheck},
    {core::kAddrConfig, &Ui::LookupTab::addrConfigCheck},
}};
const std::array<std::pair<unsigned, CheckMember>, 4> kNameFlagChecks {{
    {core::kNameNumericHost, &Ui::LookupTab::niNumericHostCheck},
    {core::kNameNumericServ, &Ui::LookupTab::niNumericServCheck},
    {core::kNameRequired, &Ui::LookupTab::niNameReqdCheck},
    {core::kNameDatagram, &Ui::LookupTab::niDgramCheck},
}};

const QString kDefaultReverseAddress = QStringLiteral("127.0.0.1");
const QString kDefaultReversePort = QStringLiteral("80");
const QString kDefaultServiceQuestion = QStringLiteral("www");
// The services database is asked through the resolver with a numeric loopback host, so no name
// server is ever involved: only the port part of the answer matters.
const QString kServicesHost = QStringLiteral("127.0.0.1");
// The services row's choices, in the order of forms/lookuptab.ui.
constexpr int kServiceTcpRow = 0;
constexpr int kServiceUdpRow = 1;
const QString kTcp = QStringLiteral("tcp");
const QString kUdp = QStringLiteral("udp");

// Enough history to scroll back through a lesson; older lookups are dropped.
constexpr std::size_t kMaxHistory = 200;
constexpr int kMillisecondDecimals = 2;
// The results get the room; history and trace start smaller.
constexpr int kResultsStretch = 3;
constexpr int kHistoryStretch = 2;
// A lookup answered within this long (a name from /etc/hosts, a numeric address) replaces the old
// answer directly, in one repaint: clearing the table, saying "waiting" and painting the buttons
// first would only put a repaint between the question and its answer (it cost ten times the call).
// A slower one shows that it waits.
constexpr int kWaitingLookDelayMs = 100;

// An error background that keeps the text readable in light and dark palettes (as the Client tab's).
const QColor kErrorTintLight(255, 232, 232);
const QColor kErrorTintDark(96, 40, 40);
constexpr int kDarkPaletteLightness = 128;

const QString kSettingsGroup = QStringLiteral("lookup");
const QString kHostKey = QStringLiteral("host");
const QString kServiceKey = QStringLiteral("service");
const QString kFamilyKey = QStringLiteral("family");
const QString kTypeKey = QStringLiteral("type");
const QString kProtocolKey = QStringLiteral("protocol");
const QString kFlagsKey = QStringLiteral("flags");
const QString kReverseAddressKey = QStringLiteral("reverseAddress");
const QString kReversePortKey = QStringLiteral("reversePort");
const QString kReverseFlagsKey = QStringLiteral("reverseFlags");
const QString kServiceQuestionKey = QStringLiteral("serviceQuestion");
const QString kServiceUdpKey = QStringLiteral("serviceUdp");
const QString kMainSplitterKey = QStringLiteral("splitter");
const QString kResultsSplitterKey = QStringLiteral("resultsSplitter");

template<std::size_t N>
unsigned checkedFlags(const Ui::LookupTab& ui, const std::array<std::pair<unsigned, CheckMember>, N>& checks)
{
    unsigned flags = 0;
    for (const auto& [flag, check] : checks) {
        if ((ui.*check)->isChecked())
            flags |= flag;
    }
    return flags;
}

template<std::size_t N>
void setCheckedFlags(Ui::LookupTab& ui, const std::array<std::pair<unsigned, CheckMember>, N>& checks, unsigned flags)
{
    for (const auto& [flag, check] : checks)
        (ui.*check)->setChecked((flags & flag) != 0);
}

template<typename T, std::size_t N>
int indexOf(const std::array<T, N>& values, T value)
{
    const auto found = std::find(values.begin(), values.end(), value);
    return found == values.end() ? 0 : static_cast<int>(found - values.begin());
}

// The answer of a call as Python prints it: 'text'.
QString pythonText(const std::string& text)
{
    return fromStd(core::pythonStr(text));
}

} // namespace

LookupTab::LookupTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LookupTab>())
    , m_model(new AddressInfoModel(this))
{
    m_ui->setupUi(this);

    m_ui->resultsView->setModel(m_model);
    QHeaderView* header = m_ui->resultsView->horizontalHeader();
    for (int column = 0; column < AddressInfoModel::AddressColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->pythonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    QPalette errorPalette = m_ui->errorLabel->palette();
    const bool dark = errorPalette.color(QPalette::Window).lightness() < kDarkPaletteLightness;
    errorPalette.setColor(QPalette::Window, dark ? kErrorTintDark : kErrorTintLight);
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->setAutoFillBackground(true);

    m_ui->lookupSplitter->setStretchFactor(m_ui->lookupSplitter->indexOf(m_ui->inputScroll), 0);
    m_ui->lookupSplitter->setStretchFactor(m_ui->lookupSplitter->indexOf(m_ui->resultsSplitter), 1);
    m_ui->resultsSplitter->setStretchFactor(m_ui->resultsSplitter->indexOf(m_ui->resultsPane), kResultsStretch);
    m_ui->resultsSplitter->setStretchFactor(m_ui->resultsSplitter->indexOf(m_ui->historyTraceTabs), kHistoryStretch);

    fillChoices();
    applyExample(kTutorialExample);
    m_ui->reverseAddressEdit->setText(kDefaultReverseAddress);
    m_ui->reversePortEdit->setText(kDefaultReversePort);
    m_ui->serviceLookupEdit->setText(kDefaultServiceQuestion);

    connect(m_ui->copyHostNameButton, &QPushButton::clicked, this, &LookupTab::copyHostName);
    connect(m_ui->refreshHostNameButton, &QPushButton::clicked, this, &LookupTab::refreshHostName);

    connect(m_ui->examplesCombo, &QComboBox::activated, this, &LookupTab::applyExample);
    connect(m_ui->lookupHostCombo, &QComboBox::editTextChanged, this, &LookupTab::checkLookupInput);
    connect(m_ui->serviceEdit, &QLineEdit::textChanged, this, &LookupTab::checkLookupInput);
    connect(m_ui->lookupFamilyCombo, &QComboBox::currentIndexChanged, this, &LookupTab::checkLookupInput);
    connect(m_ui->protocolSpin, &QSpinBox::valueChanged, this, &LookupTab::updateProtocolName);
    // Enter in a field asks, like pressing the section's button.
    connect(m_ui->lookupHostCombo->lineEdit(), &QLineEdit::returnPressed, this, &LookupTab::lookup);
    connect(m_ui->serviceEdit, &QLineEdit::returnPressed, this, &LookupTab::lookup);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &LookupTab::lookup);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LookupTab::cancelLookup);

    connect(m_ui->reverseAddressEdit, &QLineEdit::textChanged, this, &LookupTab::checkReverseInput);
    connect(m_ui->reversePortEdit, &QLineEdit::textChanged, this, &LookupTab::checkReverseInput);
    connect(m_ui->reverseAddressEdit, &QLineEdit::returnPressed, this, &LookupTab::reverseLookup);
    connect(m_ui->reversePortEdit, &QLineEdit::returnPressed, this, &LookupTab::reverseLookup);
    connect(m_ui->reverseButton, &QPushButton::clicked, this, &LookupTab::reverseLookup);

    connect(m_ui->serviceLookupEdit, &QLineEdit::textChanged, this, &LookupTab::checkServiceInput);
    connect(m_ui->serviceLookupEdit, &QLineEdit::returnPressed, this, &LookupTab::serviceLookup);
    connect(m_ui->serviceLookupButton, &QPushButton::clicked, this, &LookupTab::serviceLookup);

    connect(m_ui->historyList, &QListWidget::itemActivated, this, &LookupTab::rerunHistory);

    connect(&m_worker, &workers::LookupWorker::finished, this, &LookupTab::onFinished);
    connect(&m_worker, &workers::LookupWorker::cancelled, this, &LookupTab::onCancelled);
    m_waitingLook.setSingleShot(true);
    m_waitingLook.setInterval(kWaitingLookDelayMs);
    connect(&m_waitingLook, &QTimer::timeout, this, &LookupTab::showWaiting);

    retranslate();
    refreshHostName();
}

// m_worker's destructor leaves running resolver calls to finish on their own; their answers are dropped.
LookupTab::~LookupTab() = default;

void LookupTab::setHost(const QString& host)
{
    m_ui->lookupHostCombo->setEditText(host);
}

void LookupTab::setService(const QString& service)
{
    m_ui->serviceEdit->setText(service);
}

void LookupTab::applyTutorialSettings()
{
    applyExample(kTutorialExample);
}

core::Family LookupTab::family() const
{
    const int index = m_ui->lookupFamilyCombo->currentIndex();
    return index >= 0 && index < static_cast<int>(kFamilies.size()) ? kFamilies[index] : core::Family::Unspecified;
}

core::SocketType LookupTab::socketType() const
{
    const int index = m_ui->lookupTypeCombo->currentIndex();
    return index >= 0 && index < static_cast<int>(kTypes.size()) ? kTypes[index] : core::SocketType::Any;
}

unsigned LookupTab::lookupFlags() const
{
    return checkedFlags(*m_ui, kLookupFlagChecks);
}

unsigned LookupTab::nameInfoFlags() const
{
    return checkedFlags(*m_ui, kNameFlagChecks);
}

core::LookupQuery LookupTab::currentQuery() const
{
    core::LookupQuery query;
    query.host = m_ui->lookupHostCombo->currentText().trimmed().toStdString();
    query.service = m_ui->serviceEdit->text().trimmed().toStdString();
    query.family = family();
    query.type = socketType();
    query.protocol = m_ui->protocolSpin->value();
    query.flags = lookupFlags();
    return query;
}

void LookupTab::applyQuery(const core::LookupQuery& query)
{
    m_ui->lookupFamilyCombo->setCurrentIndex(indexOf(kFamilies, query.family));
    m_ui->lookupTypeCombo->setCurrentIndex(indexOf(kTypes, query.type));
    m_ui->protocolSpin->setValue(query.protocol);
    setCheckedFlags(*m_ui, kLookupFlagChecks, query.flags);
    setHost(fromStd(query.host));
    setService(fromStd(query.service));
}

void LookupTab::fillChoices()
{
    // The families and types are spelled as in C and Python; only "any" is a word to translate.
    const auto fill = [](QComboBox* combo, const QStringList& texts) {
        const QSignalBlocker blocker(combo);
        const int current = combo->currentIndex();
        combo->clear();
        combo->addItems(texts);
        combo->setCurrentIndex(std::max(current, 0));
    };
    fill(m_ui->lookupFamilyCombo,
        {tr("Any (AF_UNSPEC)"), QString::fromLatin1(core::familyName(core::Family::Inet)),
            QString::fromLatin1(core::familyName(core::Family::Inet6))});
    fill(m_ui->lookupTypeCombo,
        {tr("Any (0)"), QString::fromLatin1(core::socketTypeName(core::SocketType::Stream)),
            QString::fromLatin1(core::socketTypeName(core::SocketType::Datagram))});

    // The examples combo is a menu: it shows its placeholder, and choosing a row fills in the fields.
    const QSignalBlocker examplesBlocker(m_ui->examplesCombo);
    m_ui->examplesCombo->clear();
    for (const Example& example : kExamples)
        m_ui->examplesCombo->addItem(tr(example.label));
    m_ui->examplesCombo->setPlaceholderText(tr("Choose one to fill in the fields"));
    m_ui->examplesCombo->setCurrentIndex(-1);

    if (m_ui->lookupHostCombo->count() == 0) {
        const QSignalBlocker hostBlocker(m_ui->lookupHostCombo);
        const QString current = m_ui->lookupHostCombo->currentText();
        for (const Example& example : kExamples) {
            const QString host = QString::fromLatin1(example.host);
            if (!host.isEmpty() && m_ui->lookupHostCombo->findText(host) < 0)
                m_ui->lookupHostCombo->addItem(host);
        }
        m_ui->lookupHostCombo->setEditText(current);
    }
    m_ui->lookupHostCombo->lineEdit()->setPlaceholderText(tr("'' (empty string: INADDR_ANY)"));
    m_ui->serviceEdit->setPlaceholderText(tr("None"));
}

void LookupTab::applyExample(int index)
{
    if (index < 0 || index >= static_cast<int>(kExamples.size()))
        return;
    const Example& example = kExamples[static_cast<std::size_t>(index)];
    core::LookupQuery query;
    query.host = example.host;
    query.service = example.service;
    query.family = example.family;
    query.type = example.type;
    query.flags = example.flags;
    applyQuery(query);
    m_ui->examplesCombo->setCurrentIndex(-1);
}

void LookupTab::refreshHostName()
{
    if (m_hostNameId != 0)
        return;
    m_hostNameId = m_worker.hostName();
    updateControls();
}

void LookupTab::copyHostName()
{
    const QString name = m_ui->hostNameEdit->text();
    if (name.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(name);
    emit statusMessage(tr("Copied the host name %1").arg(name));
}

bool LookupTab::lookup()
{
    // The fields were checked at their last change (every field the check reads signals it, and a new
    // language checks again), so m_lookupInputValid is current: checking again here would only add a
    // parse, a services lookup for a named port and a tooltip event before the question is asked.
    if (!m_lookupInputValid) {
        emit statusMessage(tr("Cannot look up: %1").arg(m_ui->validationLabel->text()));
        return false;
    }
    if (isLookingUp())
        m_worker.cancel(m_lookupId); // cancelled() comes at once: the old answer will never show

    const core::LookupQuery query = currentQuery();
    m_lookupId = m_worker.addressInfo(query); // first: the resolver works while this thread goes on
    m_shownQuery = query;
    m_lookupCancelled = false;
    // The old answer stays until the new one comes, or shortly; meanwhile the tab is not repainted
    // (its widgets are up to date all the same), so the answer's repaint is the next one. Until then only
    // the buttons updateControls() switches change: holding back their updates is enough, and costs far
    // less than the whole tab's (a walk over all its widgets, there and back, ~40% of a local lookup).
    // The timer is (re)started here, while the resolver works, and not stopped at the answer: stopping it
    // there would put its cost between the answer and its rows. Running out after the answer, it finds no
    // lookup waiting and does nothing.
    setWaitingButtonsUpdatesEnabled(false);
    m_waitingLook.start();
    updateControls();
    emit statusMessage(tr("Calling getaddrinfo()…"));
    return true;
}

void LookupTab::endWaitingLook()
{
    m_waitingLook.stop();
    setWaitingButtonsUpdatesEnabled(true);
}

void LookupTab::setWaitingButtonsUpdatesEnabled(bool enabled)
{
    m_ui->lookupButton->setUpdatesEnabled(enabled);
    m_ui->cancelButton->setUpdatesEnabled(enabled);
}

void LookupTab::clearAnswer()
{
    endWaitingLook();
    m_model->setEntries({});
    m_ui->pythonView->clear();
    m_shownElapsedMs.reset();
    setSectionError(Section::AddressInfo, std::nullopt);
}

void LookupTab::showWaiting()
{
    endWaitingLook();
    if (!isLookingUp())
        return;
    clearAnswer();
    updateDurationText();
}

void LookupTab::cancelLookup()
{
    if (isLookingUp())
        m_worker.cancel(m_lookupId);
}

void LookupTab::reverseLookup()
{
    checkReverseInput();
    if (!m_reverseInputValid || m_reverseId != 0)
        return;
    // The check above accepted exactly these: a numeric address and a port number.
    const core::Result<core::HostSpec> host
        = core::parseHost(m_ui->reverseAddressEdit->text().toStdString(), core::Family::Unspecified);
    const core::Result<core::PortSpec> port = core::parsePort(m_ui->reversePortEdit->text().toStdString());
    m_ui->reverseResultEdit->clear();
    setSectionError(Section::NameInfo, std::nullopt);
    m_reverseId = m_worker.nameInfo(fromStd(host->numeric), QString::number(port->number), nameInfoFlags());
    updateControls();
}

void LookupTab::serviceLookup()
{
    checkServiceInput();
    if (!m_serviceInputValid || m_serviceId != 0)
        return;
    const core::Result<core::PortSpec> service = core::parsePort(m_ui->serviceLookupEdit->text().toStdString());
    const bool udp = m_ui->serviceTypeCombo->currentIndex() == kServiceUdpRow;
    m_serviceQuestion = fromStd(service->input);
    m_serviceAskedByName = !service->isNumber;
    m_serviceProtocol = udp ? kUdp : kTcp;
    m_serviceAnswer.clear();
    setSectionError(Section::Services, std::nullopt);
    if (service->isNumber) {
        // getnameinfo() names the port; the numeric host keeps it from asking for a host name.
        const unsigned flags = core::kNameNumericHost | (udp ? core::kNameDatagram : 0u);
        m_serviceId = m_worker.nameInfo(kServicesHost, QString::number(service->number), flags);
    } else {
        // getaddrinfo(None, 'www', AF_INET, type, 0, AI_PASSIVE): only the port of the answer matters.
        core::LookupQuery query;
        query.service = service->service;
        query.family = core::Family::Inet;
        query.type = udp ? core::SocketType::Datagram : core::SocketType::Stream;
        query.flags = core::kPassive;
        m_serviceId = m_worker.addressInfo(query);
    }
    updateServiceResultText();
    updateControls();
}

void LookupTab::rerunHistory(QListWidgetItem* item)
{
    const int row = m_ui->historyList->row(item);
    if (row < 0 || row >= static_cast<int>(m_history.size()))
        return;
    applyQuery(m_history[static_cast<std::size_t>(row)].query);
    lookup();
}

void LookupTab::onFinished(const workers::LookupResult& result)
{
    // An id this tab no longer waits for is an answer nobody asked for any more.
    const workers::LookupId id = result.id;
    if (id == 0 || (id != m_hostNameId && id != m_lookupId && id != m_reverseId && id != m_serviceId))
        return;
    if (id == m_hostNameId)
        showHostName(result);
    else if (id == m_lookupId)
        showAddressInfo(result);
    else if (id == m_reverseId)
        showNameInfo(result);
    else
        showService(result);
    updateControls();
    // The answer first, then its calls in the trace.
    if (!result.calls.empty())
        m_ui->tracePanel->append(result.calls);
}

void LookupTab::onCancelled(workers::LookupId id)
{
    if (id == 0 || id != m_lookupId)
        return;
    m_lookupId = 0;
    m_lookupCancelled = true;
    clearAnswer(); // the old answer was for an earlier question
    updateDurationText();
    updateControls();
    emit statusMessage(tr("getaddrinfo() cancelled: its answer will be ignored"));
}

void LookupTab::showHostName(const workers::LookupResult& result)
{
    m_hostNameId = 0;
    setSectionError(Section::HostName, result.error);
    const QString name = result.error ? QString() : fromStd(result.hostName);
    m_ui->hostNameEdit->setText(name);
    // The tutorial's server and client use this name as their host: offer it for a lookup too.
    if (!name.isEmpty() && m_ui->lookupHostCombo->findText(name) < 0) {
        const QSignalBlocker blocker(m_ui->lookupHostCombo);
        const QString current = m_ui->lookupHostCombo->currentText();
        m_ui->lookupHostCombo->addItem(name);
        m_ui->lookupHostCombo->setEditText(current);
    }
}

void LookupTab::showAddressInfo(const workers::LookupResult& result)
{
    m_lookupId = 0;
    setWaitingButtonsUpdatesEnabled(true); // the repaint after this event shows the answer
    m_shownElapsedMs = result.elapsedMs;
    setSectionError(Section::AddressInfo, result.error);
    // One reset: the new answer replaces the old one (or none, after a failure).
    m_model->setEntries(result.error ? std::vector<core::AddressInfo>() : result.entries);
    if (result.error)
        m_ui->pythonView->clear();
    else
        m_ui->pythonView->setPlainText(fromStd(core::pythonAddressList(result.entries)));
    updateDurationText();

    HistoryEntry entry;
    entry.query = m_shownQuery; // what this tab asked, exactly as its fields said
    entry.count = static_cast<int>(result.entries.size());
    entry.error = result.error;
    entry.elapsedMs = result.elapsedMs;
    // The call as the trace spells it; a call refused before it was made is named by its host and service.
    const auto call = std::find_if(result.calls.rbegin(), result.calls.rend(),
        [](const core::CallEvent& event) { return event.call == "getaddrinfo"; });
    entry.call = call != result.calls.rend()
        ? QStringLiteral("getaddrinfo(%1)").arg(fromStd(call->args))
        : QStringLiteral("getaddrinfo(%1, %2)").arg(pythonText(m_shownQuery.host), pythonText(m_shownQuery.service));
    addHistory(std::move(entry));

    if (result.error)
        emit statusMessage(errorForStatus(*result.error));
    else
        emit statusMessage(m_ui->durationLabel->text());
}

void LookupTab::showNameInfo(const workers::LookupResult& result)
{
    m_reverseId = 0;
    setSectionError(Section::NameInfo, result.error);
    // Python's socket.getnameinfo() returns (host, port), both strings: ('localhost', 'http').
    m_ui->reverseResultEdit->setText(result.error
            ? QString()
            : QStringLiteral("(%1, %2)").arg(pythonText(result.name.host), pythonText(result.name.service)));
    if (result.error)
        emit statusMessage(errorForStatus(*result.error));
}

void LookupTab::showService(const workers::LookupResult& result)
{
    m_serviceId = 0;
    setSectionError(Section::Services, result.error);
    if (!result.error) {
        if (!m_serviceAskedByName)
            m_serviceAnswer = fromStd(result.name.service);
        else if (!result.entries.empty())
            m_serviceAnswer = QString::number(result.entries.front().address.port());
    }
    updateServiceResultText();
    if (result.error)
        emit statusMessage(errorForStatus(*result.error));
}

void LookupTab::setSectionError(Section section, const std::optional<core::Error>& error)
{
    // No error before and none now (every local lookup): the error text stays as it is.
    if (!error && !m_errors[static_cast<std::size_t>(section)])
        return;
    m_errors[static_cast<std::size_t>(section)] = error;
    updateErrorText();
}

void LookupTab::checkLookupInput()
{
    QStringList problems;
    const core::Result<core::HostSpec> host
        = core::parseHost(m_ui->lookupHostCombo->currentText().toStdString(), family());
    const QString hostProblem = host ? QString() : inputErrorText(host.error());
    markField(m_ui->lookupHostCombo, hostProblem);
    if (host)
        m_hostSpec = *host;
    else
        m_hostSpec.reset();
    if (!hostProblem.isEmpty())
        problems << hostProblem;

    // An empty service is Python's None: no port at all.
    QString serviceProblem;
    const QString service = m_ui->serviceEdit->text();
    if (!service.trimmed().isEmpty()) {
        const core::Result<core::PortSpec> port = core::parseKnownPort(service.toStdString());
        if (!port)
            serviceProblem = inputErrorText(port.error());
    }
    markField(m_ui->serviceEdit, serviceProblem);
    if (!serviceProblem.isEmpty())
        problems << serviceProblem;

    m_lookupInputValid = problems.isEmpty();
    m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!m_lookupInputValid);
    updateFormText();
    updateControls();
}

void LookupTab::checkReverseInput()
{
    QStringList problems;
    QString addressProblem;
    const core::Result<core::HostSpec> host
        = core::parseHost(m_ui->reverseAddressEdit->text().toStdString(), core::Family::Unspecified);
    if (!host)
        addressProblem = inputErrorText(host.error());
    else if (host->numeric.empty()) // a name or the empty string: getnameinfo() takes an address
        addressProblem = tr("getnameinfo() needs a numeric address, such as 127.0.0.1 or ::1.");
    markField(m_ui->reverseAddressEdit, addressProblem);
    if (!addressProblem.isEmpty())
        problems << addressProblem;

    QString portProblem;
    const core::Result<core::PortSpec> port = core::parsePort(m_ui->reversePortEdit->text().toStdString());
    if (!port)
        portProblem = inputErrorText(port.error());
    else if (!port->isNumber)
        portProblem = tr("Port '%1': getnameinfo() needs a port number, such as 80; it finds the service name itself.")
                          .arg(fromStd(port->input));
    markField(m_ui->reversePortEdit, portProblem);
    if (!portProblem.isEmpty())
        problems << portProblem;

    m_reverseInputValid = problems.isEmpty();
    m_ui->reverseValidationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->reverseValidationLabel->setVisible(!m_reverseInputValid);
    updateControls();
}

void LookupTab::checkServiceInput()
{
    const core::Result<core::PortSpec> port = core::parsePort(m_ui->serviceLookupEdit->text().toStdString());
    markField(m_ui->serviceLookupEdit, port ? QString() : inputErrorText(port.error()));
    m_serviceInputValid = port.ok();
    updateControls();
}

void LookupTab::updateControls()
{
    m_ui->copyHostNameButton->setEnabled(!m_ui->hostNameEdit->text().isEmpty());
    m_ui->refreshHostNameButton->setEnabled(m_hostNameId == 0);
    m_ui->lookupButton->setEnabled(m_lookupInputValid && !isLookingUp());
    m_ui->cancelButton->setEnabled(isLookingUp());
    m_ui->reverseButton->setEnabled(m_reverseInputValid && m_reverseId == 0);
    m_ui->serviceLookupButton->setEnabled(m_serviceInputValid && m_serviceId == 0);
}

void LookupTab::addHistory(HistoryEntry entry)
{
    m_ui->historyList->insertItem(0, historyText(entry));
    m_history.insert(m_history.begin(), std::move(entry));
    while (m_history.size() > kMaxHistory) {
        m_history.pop_back();
        delete m_ui->historyList->takeItem(m_ui->historyList->count() - 1);
    }
}

QString LookupTab::historyText(const HistoryEntry& entry) const
{
    if (entry.error) {
        const QString what = entry.error->name.empty() ? errorSummary(*entry.error) : fromStd(entry.error->name);
        return tr("%1 → %2, %3").arg(entry.call, what, millisecondsText(entry.elapsedMs));
    }
    return tr("%1 → %Ln result(s), %2", nullptr, entry.count).arg(entry.call, millisecondsText(entry.elapsedMs));
}

QString LookupTab::millisecondsText(double ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', kMillisecondDecimals));
}

void LookupTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LookupTab::retranslate()
{
    // markField keeps a field's normal tooltip while it shows a problem: restore every field before the new
    // language replaces the tooltips, then check again so the problems are in the new language too.
    for (QWidget* field : std::initializer_list<QWidget*> {m_ui->lookupHostCombo, m_ui->serviceEdit,
             m_ui->reverseAddressEdit, m_ui->reversePortEdit, m_ui->serviceLookupEdit})
        markField(field, QString());
    m_ui->retranslateUi(this);
    // The tutorial's terms, in the Learn panel's words, then what each field adds here.
    setGlossaryHelp(m_ui->lookupHostCombo, Term::Hostname,
        tr("getaddrinfo() looks a host name up (hosts file, DNS); the other forms need no lookup."));
    setGlossaryHelp(m_ui->serviceEdit, Term::Port, tr("Empty is Python's None: no port."));
    setGlossaryHelp(m_ui->lookupFamilyCombo, Term::Domain, tr("Any asks for every family (AF_UNSPEC, Python's 0)."));
    setGlossaryHelp(m_ui->lookupTypeCombo, Term::Type, tr("Any gives an entry for each type."));
    setGlossaryHelp(m_ui->protocolSpin, Term::Protocol, tr("The tutorial's program passes none, which is 0."));
    fillChoices();
    m_model->retranslate();
    updateProtocolName();
    updateDurationText();
    updateErrorText();
    updateServiceResultText();
    for (int row = 0; row < m_ui->historyList->count(); ++row)
        m_ui->historyList->item(row)->setText(historyText(m_history[static_cast<std::size_t>(row)]));
    checkLookupInput();
    checkReverseInput();
    checkServiceInput();
    fitInputColumn();
}

void LookupTab::fitInputColumn()
{
    // Longer words in another language must not be cut off: the input column is as wide as its content.
    // (A horizontal scroll bar is the last resort in a window narrower than that.)
    m_ui->inputScroll->setMinimumWidth(
        m_ui->inputPane->minimumSizeHint().width() + m_ui->inputScroll->verticalScrollBar()->sizeHint().width());
}

void LookupTab::showEvent(QShowEvent* event)
{
    // Sizes are only final once the style has polished the widgets, which happens when they are first shown.
    fitInputColumn();
    QWidget::showEvent(event);
}

void LookupTab::updateFormText()
{
    QString text;
    if (m_hostSpec) {
        const QString numeric = fromStd(m_hostSpec->numeric);
        switch (m_hostSpec->form) {
        case core::HostForm::Name: text = tr("Host name: looked up with getaddrinfo"); break;
        case core::HostForm::IPv4: text = tr("Dotted-quad address"); break;
        case core::HostForm::IPv6: text = tr("IPv6 address in colon notation"); break;
        case core::HostForm::Broadcast: text = tr("INADDR_BROADCAST → %1").arg(numeric); break;
        case core::HostForm::Integer: text = tr("Integer address in host byte order → %1").arg(numeric); break;
        case core::HostForm::Any:
            // getaddrinfo gets no host (None) and AI_PASSIVE: the any-address of each family asked for.
            switch (family()) {
            case core::Family::Inet: text = tr("Empty string → INADDR_ANY (0.0.0.0)"); break;
            case core::Family::Inet6: text = tr("Empty string → in6addr_any (::)"); break;
            default: text = tr("Empty string → INADDR_ANY (0.0.0.0) and in6addr_any (::)"); break;
            }
            break;
        case core::HostForm::UnixPath: break; // only for AF_UNIX, which getaddrinfo does not offer
        }
    }
    // The line is cut off where it is longer than the field; the tooltip holds all of it.
    m_ui->formLabel->setText(text);
    m_ui->formLabel->setToolTip(text);
}

void LookupTab::updateProtocolName()
{
    m_ui->protocolNameLabel->setText(AddressInfoModel::protocolName(m_ui->protocolSpin->value()));
}

void LookupTab::updateDurationText()
{
    QString text;
    if (isLookingUp())
        text = tr("Waiting for getaddrinfo()…");
    else if (m_lookupCancelled)
        text = tr("Cancelled: the answer will be ignored");
    else if (m_shownElapsedMs && m_errors[static_cast<std::size_t>(Section::AddressInfo)])
        text = tr("getaddrinfo failed after %1").arg(millisecondsText(*m_shownElapsedMs));
    else if (m_shownElapsedMs)
        text = tr("%Ln result(s); getaddrinfo took %1", nullptr, m_model->rowCount())
                   .arg(millisecondsText(*m_shownElapsedMs));
    m_ui->durationLabel->setText(text);
}

void LookupTab::updateErrorText()
{
    QStringList paragraphs;
    for (const std::optional<core::Error>& error : m_errors) {
        if (!error)
            continue;
        paragraphs << errorParagraph(*error);
    }
    m_ui->errorLabel->setText(paragraphs.join(QStringLiteral("<br>")));
    m_ui->errorLabel->setVisible(!paragraphs.isEmpty());
}

void LookupTab::updateServiceResultText()
{
    QString text;
    if (m_serviceId != 0)
        text = tr("Looking up %1…").arg(m_serviceQuestion);
    else if (m_serviceAnswer.isEmpty())
        text = QString();
    else if (m_serviceAskedByName)
        text = QStringLiteral("%1 → %2/%3").arg(m_serviceQuestion, m_serviceAnswer, m_serviceProtocol);
    else if (m_serviceAnswer == m_serviceQuestion) // getnameinfo() gives the digits back for an unlisted port
        text = tr("%1/%2 is not in the services database").arg(m_serviceQuestion, m_serviceProtocol);
    else
        text = QStringLiteral("%1/%2 → %3").arg(m_serviceQuestion, m_serviceProtocol, m_serviceAnswer);
    m_ui->serviceResultLabel->setText(text);
}

void LookupTab::loadSettings(QSettings& settings)
{
    settings.beginGroup(kSettingsGroup);
    core::LookupQuery query = currentQuery();
    core::Family savedFamily = core::Family::Unspecified;
    if (core::parseFamily(settings.value(kFamilyKey).toString().toStdString(), savedFamily)
        && savedFamily != core::Family::Unix)
        query.family = savedFamily;
    const QString savedType = settings.value(kTypeKey).toString();
    for (const core::SocketType type : kTypes) {
        if (savedType == QLatin1String(core::socketTypeName(type)))
            query.type = type;
    }
    query.host = settings.value(kHostKey, fromStd(query.host)).toString().toStdString();
    query.service = settings.value(kServiceKey, fromStd(query.service)).toString().toStdString();
    query.protocol = settings.value(kProtocolKey, query.protocol).toInt(); // the spin box clamps it
    query.flags = settings.value(kFlagsKey, query.flags).toUInt();
    applyQuery(query);

    m_ui->reverseAddressEdit->setText(settings.value(kReverseAddressKey, m_ui->reverseAddressEdit->text()).toString());
    m_ui->reversePortEdit->setText(settings.value(kReversePortKey, m_ui->reversePortEdit->text()).toString());
    setCheckedFlags(*m_ui, kNameFlagChecks, settings.value(kReverseFlagsKey, nameInfoFlags()).toUInt());
    m_ui->serviceLookupEdit->setText(settings.value(kServiceQuestionKey, m_ui->serviceLookupEdit->text()).toString());
    if (settings.contains(kServiceUdpKey))
        m_ui->serviceTypeCombo->setCurrentIndex(
            settings.value(kServiceUdpKey).toBool() ? kServiceUdpRow : kServiceTcpRow);
    if (settings.contains(kMainSplitterKey))
        m_ui->lookupSplitter->restoreState(settings.value(kMainSplitterKey).toByteArray());
    if (settings.contains(kResultsSplitterKey))
        m_ui->resultsSplitter->restoreState(settings.value(kResultsSplitterKey).toByteArray());
    settings.endGroup();
}

void LookupTab::saveSettings(QSettings& settings) const
{
    const core::LookupQuery query = currentQuery();
    settings.beginGroup(kSettingsGroup);
    settings.setValue(kHostKey, fromStd(query.host));
    settings.setValue(kServiceKey, fromStd(query.service));
    settings.setValue(kFamilyKey, QString::fromLatin1(core::familyName(query.family)));
    settings.setValue(kTypeKey, QString::fromLatin1(core::socketTypeName(query.type)));
    settings.setValue(kProtocolKey, query.protocol);
    settings.setValue(kFlagsKey, query.flags);
    settings.setValue(kReverseAddressKey, m_ui->reverseAddressEdit->text());
    settings.setValue(kReversePortKey, m_ui->reversePortEdit->text());
    settings.setValue(kReverseFlagsKey, nameInfoFlags());
    settings.setValue(kServiceQuestionKey, m_ui->serviceLookupEdit->text());
    settings.setValue(kServiceUdpKey, m_ui->serviceTypeCombo->currentIndex() == kServiceUdpRow);
    settings.setValue(kMainSplitterKey, m_ui->lookupSplitter->saveState());
    settings.setValue(kResultsSplitterKey, m_ui->resultsSplitter->saveState());
    settings.endGroup();
}

} // namespace socketlab::gui
