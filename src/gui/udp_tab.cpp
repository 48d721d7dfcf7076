// UdpTab: the two endpoints, their titles and settings, and pairing them on this machine.
#include "udp_tab.h"
#include "ui_udptab.h"

#include "udp_endpoint_panel.h"

#include "core/session.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>

namespace socketlab::gui {
namespace {

// Before pairing, each endpoint binds a tutorial-style port and sends to the other's.
constexpr const char* kPortA = core::kTutorialPortText; // 12345
constexpr const char* kPortB = "12346";
// Port 0: the system picks a free port, so pairing never collides with a port in use.
constexpr const char* kAnyPort = "0";

const QString kGroupA = QStringLiteral("udpA");
const QString kGroupB = QStringLiteral("udpB");
const QString kSplitterKey = QStringLiteral("udp/splitter");

} // namespace

UdpTab::UdpTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UdpTab>())
{
    m_ui->setupUi(this);
    const QString loopback = QString::fromLatin1(core::kDefaultHost);
    endpointA()->setBindAddress(loopback, QString::fromLatin1(kPortA));
    endpointA()->setDestination(loopback, QString::fromLatin1(kPortB));
    endpointB()->setBindAddress(loopback, QString::fromLatin1(kPortB));
    endpointB()->setDestination(loopback, QString::fromLatin1(kPortA));
    // Both endpoints get the same room.
    m_ui->udpSplitter->setStretchFactor(0, 1);
    m_ui->udpSplitter->setStretchFactor(1, 1);
    retranslate();

    connect(m_ui->udpPairButton, &QPushButton::clicked, this, &UdpTab::pairEndpoints);
    for (UdpEndpointPanel* panel : {endpointA(), endpointB()}) {
        connect(panel, &UdpEndpointPanel::statusMessage, this, &UdpTab::statusMessage);
        connect(panel, &UdpEndpointPanel::bound, this, &UdpTab::onBound);
        connect(panel, &UdpEndpointPanel::stopped, this, &UdpTab::continuePairing);
    }
}

UdpTab::~UdpTab()
{
    // The panels' workers stop and wait in the panels' destructors; pairing must not react.
    for (UdpEndpointPanel* panel : {endpointA(), endpointB()})
        disconnect(panel, nullptr, this, nullptr);
}

UdpEndpointPanel* UdpTab::endpointA() const
{
    return m_ui->endpointA;
}

UdpEndpointPanel* UdpTab::endpointB() const
{
    return m_ui->endpointB;
}

void UdpTab::pairEndpoints()
{
    m_pairStep = PairStep::Stopping;
    // A running endpoint must close its socket before it binds again; stopped() continues.
    stopAll();
    continuePairing();
}

void UdpTab::stopAll()
{
    endpointA()->stop();
    endpointB()->stop();
}

void UdpTab::continuePairing()
{
    if (m_pairStep == PairStep::Binding) {
        // An endpoint stopped (failed to bind, or was stopped) before both were bound.
        m_pairStep = PairStep::Idle;
        return;
    }
    if (m_pairStep != PairStep::Stopping || endpointA()->isRunning() || endpointB()->isRunning())
        return;
    m_pairStep = PairStep::Binding;
    const QString loopback = QString::fromLatin1(core::kDefaultHost);
    for (UdpEndpointPanel* panel : {endpointA(), endpointB()}) {
        panel->setFamily(core::Family::Inet);
        panel->setBindAddress(loopback, QString::fromLatin1(kAnyPort));
    }
    emit statusMessage(tr("Pairing: binding both endpoints on %1 with ports the system picks...").arg(loopback));
    if (!endpointA()->start() || !endpointB()->start()) {
        m_pairStep = PairStep::Idle;
        emit statusMessage(tr("Pairing failed: an endpoint could not start. See its settings."));
    }
}

void UdpTab::onBound()
{
    if (m_pairStep != PairStep::Binding || endpointA()->boundPort() == 0 || endpointB()->boundPort() == 0)
        return;
    m_pairStep = PairStep::Idle;
    const QString loopback = QString::fromLatin1(core::kDefaultHost);
    const QString portA = QString::number(endpointA()->boundPort());
    const QString portB = QString::number(endpointB()->boundPort());
    endpointA()->setDestination(loopback, portB);
    endpointB()->setDestination(loopback, portA);
    emit statusMessage(tr("Paired: Endpoint A on port %1 sends to Endpoint B on port %2, and B to A. Type a "
                          "message and press Send.")
                           .arg(portA, portB));
}

void UdpTab::loadSettings(QSettings& settings)
{
    endpointA()->loadSettings(settings, kGroupA);
    endpointB()->loadSettings(settings, kGroupB);
    if (settings.contains(kSplitterKey))
        m_ui->udpSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void UdpTab::saveSettings(QSettings& settings) const
{
    endpointA()->saveSettings(settings, kGroupA);
    endpointB()->saveSettings(settings, kGroupB);
    settings.setValue(kSplitterKey, m_ui->udpSplitter->saveState());
}

void UdpTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void UdpTab::retranslate()
{
    endpointA()->setTitle(tr("Endpoint A"));
    endpointB()->setTitle(tr("Endpoint B"));
}

} // namespace socketlab::gui
