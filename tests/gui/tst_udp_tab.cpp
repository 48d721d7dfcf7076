// Tests for UdpTab and its UdpEndpointPanels, driven through their widgets (found by objectName)
// on loopback, port 0: validation, pairing and datagram boundaries, echo, Reply to sender, an
// oversized payload refused before sendto(), '<broadcast>' without SO_BROADCAST (the kernel refuses
// it with EACCES before anything is sent), multicast on the loopback interface, settings and a
// language change. Nothing here leaves this machine.
#include "gui/datagram_model.h"
#include "gui/field_check.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"
#include "gui/udp_endpoint_panel.h"
#include "gui/udp_tab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace socketlab;
using gui::DatagramModel;
using gui::UdpEndpointPanel;
using gui::UdpTab;

namespace {

const QString kGroup = QStringLiteral("239.255.42.99");
const QString kLoopback = QStringLiteral("127.0.0.1");
// One more than UDP over IPv4 allows (65507).
constexpr int kOversizedPayload = 65508;
// A port for the refused broadcast: the kernel refuses before sending, so nothing listens there.
const QString kBroadcastPort = QStringLiteral("9");

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no widget named %s", name);
    return found;
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void replaceText(QComboBox* combo, const QString& text)
{
    replaceText(combo->lineEdit(), text);
}

// Types `text` in the panel's payload editor and presses its Send button.
void sendText(UdpEndpointPanel* panel, const QString& text)
{
    auto* edit = child<QLineEdit>(panel, "payloadEdit");
    replaceText(edit, text);
    auto* send = child<QPushButton>(panel, "sendButton");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
}

bool traceHasCall(UdpEndpointPanel* panel, const char* call)
{
    const gui::TraceModel* trace = child<gui::TracePanel>(panel, "tracePanel")->model();
    for (int row = 0; row < trace->rowCount(); ++row) {
        if (trace->event(row).call == call)
            return true;
    }
    return false;
}

QString errorText(UdpEndpointPanel* panel)
{
    return child<QLabel>(panel, "errorLabel")->text();
}

} // namespace

class TestUdpTab : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void invalidSettingsDisableStart();
    void allInterfacesWarnsAndAsks();
    void pairKeepsDatagramBoundaries();
    void replyToSenderSetsDestination();
    void echoModeSendsBack();
    void oversizedPayloadRefusedBeforeSendto();
    void broadcastWithoutSoBroadcastIsRefused();
    void multicastOnLoopback();
    void addressInUseShowsError();
    void settingsRoundTrip();
    void languageChangeKeepsValues();

private:
    // Pairs the endpoints and waits until each sends to the other.
    void pair();

    std::unique_ptr<UdpTab> m_tab;
};

void TestUdpTab::init()
{
    m_tab = std::make_unique<UdpTab>();
    m_tab->resize(1000, 590);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestUdpTab::cleanup()
{
    m_tab.reset(); // running endpoints are stopped and joined here
}

void TestUdpTab::pair()
{
    QTest::mouseClick(child<QPushButton>(m_tab.get(), "udpPairButton"), Qt::LeftButton);
    UdpEndpointPanel* a = m_tab->endpointA();
    UdpEndpointPanel* b = m_tab->endpointB();
    QTRY_VERIFY(a->boundPort() != 0 && b->boundPort() != 0);
    QTRY_COMPARE(child<QLineEdit>(a, "destinationPortEdit")->text(), QString::number(b->boundPort()));
    QCOMPARE(child<QLineEdit>(b, "destinationPortEdit")->text(), QString::number(a->boundPort()));
    QCOMPARE(child<QComboBox>(a, "destinationHostCombo")->currentText(), kLoopback);
}

void TestUdpTab::invalidSettingsDisableStart()
{
    UdpEndpointPanel* a = m_tab->endpointA();
    auto* port = child<QLineEdit>(a, "portEdit");
    auto* host = child<QComboBox>(a, "hostCombo");
    auto* start = child<QPushButton>(a, "startButton");
    auto* validation = child<QLabel>(a, "validationLabel");
    QVERIFY(start->isEnabled());

    replaceText(port, QStringLiteral("70000"));
    QVERIFY(gui::isMarkedInvalid(port));
    QVERIFY(!start->isEnabled());
    QVERIFY(validation->isVisible());
    QVERIFY(validation->text().contains(QStringLiteral("70000")));
    QVERIFY(!a->start());

    replaceText(port, QStringLiteral("0"));
    QVERIFY(!gui::isMarkedInvalid(port));
    replaceText(host, QStringLiteral("300.1.2.3"));
    QVERIFY(gui::isMarkedInvalid(host));
    QVERIFY(!start->isEnabled());

    replaceText(host, kLoopback);
    QVERIFY(start->isEnabled());
    QVERIFY(!validation->isVisible());

    // The destination is checked the same way, with the family: '<broadcast>' is an IPv4 form.
    auto* destination = child<QComboBox>(a, "destinationHostCombo");
    replaceText(destination, QStringLiteral("<broadcast>"));
    QVERIFY(!gui::isMarkedInvalid(destination));
    replaceText(destination, QStringLiteral("1.2.3.4.5"));
    QVERIFY(gui::isMarkedInvalid(destination));
    child<QGroupBox>(a, "multicastGroup")->setChecked(true); // its fields are disabled while unchecked
    replaceText(child<QLineEdit>(a, "multicastGroupEdit"), QStringLiteral("10.0.0.1"));
    QVERIFY(gui::isMarkedInvalid(child<QLineEdit>(a, "multicastGroupEdit")));
    QVERIFY(!child<QPushButton>(a, "joinButton")->isEnabled());
}

void TestUdpTab::allInterfacesWarnsAndAsks()
{
    UdpEndpointPanel* a = m_tab->endpointA();
    a->setBindAddress(QString(), QStringLiteral("0"));
    QVERIFY(child<QLabel>(a, "allInterfacesWarning")->isVisible());
    bool asked = false;
    // The question is modal: answer it with Enter, which picks the default button (No).
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (box)
            QTest::keyClick(box, Qt::Key_Enter);
    });
    QTest::mouseClick(child<QPushButton>(a, "startButton"), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(!a->isRunning());
}

void TestUdpTab::pairKeepsDatagramBoundaries()
{
    pair();
    UdpEndpointPanel* a = m_tab->endpointA();
    UdpEndpointPanel* b = m_tab->endpointB();
    DatagramModel* received = b->datagrams();

    sendText(a, QStringLiteral("hello"));
    QTRY_COMPARE(received->rowCount(), 1);
    QCOMPARE(received->directionAt(0), workers::Direction::Received);
    QCOMPARE(received->sizeAt(0), quint64(5));
    QCOMPARE(received->peerAt(0)->port(), a->boundPort());
    QTRY_COMPARE(a->datagrams()->datagramsSent(), quint64(1));
    QVERIFY(traceHasCall(a, "sendto"));
    QTRY_VERIFY(traceHasCall(b, "recvfrom"));

    // Three sendto() calls are three datagrams, never one stream of 6 bytes.
    for (const char* text : {"a", "bb", "ccc"})
        sendText(a, QString::fromLatin1(text));
    QTRY_COMPARE(received->rowCount(), 4);
    QCOMPARE(received->sizeAt(1), quint64(1));
    QCOMPARE(received->sizeAt(2), quint64(2));
    QCOMPARE(received->sizeAt(3), quint64(3));
    QCOMPARE(received->datagramsReceived(), quint64(4));
    QCOMPARE(received->bytesReceived(), quint64(11));
    QVERIFY(child<QLabel>(b, "datagramCount")->text().contains(QStringLiteral("11")));
}

void TestUdpTab::replyToSenderSetsDestination()
{
    pair();
    UdpEndpointPanel* a = m_tab->endpointA();
    UdpEndpointPanel* b = m_tab->endpointB();
    b->setDestination(kLoopback, QStringLiteral("9"));
    sendText(a, QStringLiteral("who"));
    QTRY_COMPARE(b->datagrams()->rowCount(), 1);

    auto* reply = child<QPushButton>(b, "replyButton");
    QVERIFY(!reply->isEnabled()); // nothing selected yet
    child<QTableView>(b, "datagramView")->selectRow(0);
    QVERIFY(reply->isEnabled());
    QTest::mouseClick(reply, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(b, "destinationPortEdit")->text(), QString::number(a->boundPort()));

    sendText(b, QStringLiteral("you"));
    QTRY_COMPARE(a->datagrams()->datagramsReceived(), quint64(1));
}

void TestUdpTab::echoModeSendsBack()
{
    child<QCheckBox>(m_tab->endpointB(), "echoCheck")->setChecked(true);
    pair();
    UdpEndpointPanel* a = m_tab->endpointA();
    sendText(a, QStringLiteral("ping"));
    // A lists its own sendto() and then the echo that recvfrom() returned, from B's port.
    QTRY_COMPARE(a->datagrams()->datagramsReceived(), quint64(1));
    DatagramModel* model = a->datagrams();
    const int last = model->rowCount() - 1;
    QCOMPARE(model->directionAt(last), workers::Direction::Received);
    QCOMPARE(model->sizeAt(last), quint64(4));
    QCOMPARE(model->peerAt(last)->port(), m_tab->endpointB()->boundPort());
    QTRY_COMPARE(m_tab->endpointB()->datagrams()->datagramsSent(), quint64(1));
}

void TestUdpTab::oversizedPayloadRefusedBeforeSendto()
{
    pair();
    UdpEndpointPanel* a = m_tab->endpointA();
    // setText: typing 65,508 characters key by key would take minutes. A QLineEdit holds at most
    // 32767 characters unless told otherwise.
    auto* payload = child<QLineEdit>(a, "payloadEdit");
    payload->setMaxLength(kOversizedPayload);
    payload->setText(QString(kOversizedPayload, QLatin1Char('x')));
    QCOMPARE(payload->text().size(), kOversizedPayload);
    auto* send = child<QPushButton>(a, "sendButton");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(child<QLabel>(a, "errorLabel")->isVisible());
    QVERIFY(errorText(a).contains(QStringLiteral("65507")));
    QVERIFY(errorText(a).contains(QString::number(kOversizedPayload)));

    // The refusal happened here, so no sendto() reached the worker: a datagram sent after it is
    // the first and only sendto() in the trace.
    sendText(a, QStringLiteral("ok"));
    QTRY_COMPARE(m_tab->endpointB()->datagrams()->rowCount(), 1);
    QCOMPARE(m_tab->endpointB()->datagrams()->sizeAt(0), quint64(2));
    // A learns of its own sendto() in its next batch, which may come after B's.
    QTRY_COMPARE(a->datagrams()->datagramsSent(), quint64(1));
    const gui::TraceModel* trace = child<gui::TracePanel>(a, "tracePanel")->model();
    int sendtoCalls = 0;
    for (int row = 0; row < trace->rowCount(); ++row)
        sendtoCalls += trace->event(row).call == "sendto" ? 1 : 0;
    QCOMPARE(sendtoCalls, 1);
}

void TestUdpTab::broadcastWithoutSoBroadcastIsRefused()
{
    UdpEndpointPanel* a = m_tab->endpointA();
    QVERIFY(!child<QCheckBox>(a, "broadcastCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(a, "broadcastCheck")->toolTip().isEmpty());
    a->setBindAddress(kLoopback, QStringLiteral("0"));
    QVERIFY(a->start());
    QTRY_VERIFY(a->boundPort() != 0);
    // Without SO_BROADCAST the kernel refuses sendto() to 255.255.255.255 with EACCES before
    // anything leaves the socket.
    a->setDestination(QStringLiteral("<broadcast>"), kBroadcastPort);
    QVERIFY(!gui::isMarkedInvalid(child<QComboBox>(a, "destinationHostCombo")));
    sendText(a, QStringLiteral("x"));
    QTRY_VERIFY(child<QLabel>(a, "errorLabel")->isVisible());
    if (!errorText(a).contains(QStringLiteral("EACCES")))
        QSKIP(qPrintable(QStringLiteral("this system refused differently: ") + errorText(a)));
    QVERIFY(errorText(a).contains(QStringLiteral("SO_BROADCAST")));
    QCOMPARE(a->datagrams()->datagramsSent(), quint64(0));
    QVERIFY(a->isRunning()); // a refused sendto() does not end the endpoint
}

void TestUdpTab::multicastOnLoopback()
{
    UdpEndpointPanel* a = m_tab->endpointA();
    UdpEndpointPanel* b = m_tab->endpointB();
    // B binds the group address itself (Linux allows it): it receives only what is sent to the
    // group, and no all-interfaces question comes up.
    for (UdpEndpointPanel* panel : {a, b}) {
        child<QGroupBox>(panel, "multicastGroup")->setChecked(true);
        QCOMPARE(child<QLineEdit>(panel, "multicastInterfaceEdit")->text(), kLoopback);
        QCOMPARE(child<QLineEdit>(panel, "multicastGroupEdit")->text(), kGroup);
    }
    b->setBindAddress(kGroup, QStringLiteral("0"));
    a->setBindAddress(kLoopback, QStringLiteral("0"));
    QVERIFY(b->start());
    QTRY_VERIFY(b->boundPort() != 0 || !b->isRunning());
    if (!b->isRunning())
        QSKIP(qPrintable(QStringLiteral("binding the group address was refused: ") + errorText(b)));

    auto* groups = child<QListWidget>(b, "groupsList");
    QTest::mouseClick(child<QPushButton>(b, "joinButton"), Qt::LeftButton);
    QCOMPARE(groups->count(), 0); // listed when the system confirms it, not on the click
    QTRY_VERIFY(groups->count() == 1 || child<QLabel>(b, "errorLabel")->isVisible());
    if (groups->count() == 0)
        QSKIP(qPrintable(QStringLiteral("this system refused the membership: ") + errorText(b)));
    QCOMPARE(groups->item(0)->text(), kGroup);

    QVERIFY(a->start());
    QTRY_VERIFY(a->boundPort() != 0);
    a->setDestination(kGroup, QString::number(b->boundPort()));
    sendText(a, QStringLiteral("to the group"));
    QTRY_VERIFY(a->datagrams()->datagramsSent() == 1 || child<QLabel>(a, "errorLabel")->isVisible());
    if (a->datagrams()->datagramsSent() == 0)
        QSKIP(qPrintable(QStringLiteral("this system refused sending to the group: ") + errorText(a)));
    QTRY_COMPARE(b->datagrams()->datagramsReceived(), quint64(1));
    QCOMPARE(b->datagrams()->peerAt(0)->port(), a->boundPort());

    QTest::mouseClick(child<QPushButton>(b, "leaveButton"), Qt::LeftButton); // the only group is chosen
    QTRY_COMPARE(groups->count(), 0);
}

void TestUdpTab::addressInUseShowsError()
{
    UdpEndpointPanel* a = m_tab->endpointA();
    UdpEndpointPanel* b = m_tab->endpointB();
    a->setBindAddress(kLoopback, QStringLiteral("0"));
    QVERIFY(a->start());
    QTRY_VERIFY(a->boundPort() != 0);
    b->setBindAddress(kLoopback, QString::number(a->boundPort()));
    QVERIFY(b->start());
    QTRY_VERIFY(!b->isRunning());
    QVERIFY(child<QLabel>(b, "errorLabel")->isVisible());
    QVERIFY(errorText(b).contains(QStringLiteral("EADDRINUSE")));
    QCOMPARE(b->boundPort(), quint16(0));
    QVERIFY(child<QPushButton>(b, "startButton")->isEnabled());
}

void TestUdpTab::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("udp.ini"));
    UdpEndpointPanel* b = m_tab->endpointB();
    b->setBindAddress(QStringLiteral("localhost"), QStringLiteral("23456"));
    b->setDestination(QStringLiteral("<broadcast>"), QStringLiteral("34567"));
    child<QCheckBox>(b, "broadcastCheck")->setChecked(true);
    child<QCheckBox>(b, "echoCheck")->setChecked(true);
    child<QGroupBox>(b, "multicastGroup")->setChecked(true);
    child<QComboBox>(b, "contentModeCombo")->setCurrentIndex(1);
    {
        QSettings settings(file, QSettings::IniFormat);
        m_tab->saveSettings(settings);
    }
    UdpTab other;
    {
        QSettings settings(file, QSettings::IniFormat);
        other.loadSettings(settings);
    }
    UdpEndpointPanel* loaded = other.endpointB();
    QCOMPARE(child<QComboBox>(loaded, "hostCombo")->currentText(), QStringLiteral("localhost"));
    QCOMPARE(child<QLineEdit>(loaded, "portEdit")->text(), QStringLiteral("23456"));
    QCOMPARE(child<QComboBox>(loaded, "destinationHostCombo")->currentText(), QStringLiteral("<broadcast>"));
    QCOMPARE(child<QLineEdit>(loaded, "destinationPortEdit")->text(), QStringLiteral("34567"));
    QVERIFY(child<QCheckBox>(loaded, "broadcastCheck")->isChecked());
    QVERIFY(child<QCheckBox>(loaded, "echoCheck")->isChecked());
    QVERIFY(child<QGroupBox>(loaded, "multicastGroup")->isChecked());
    QCOMPARE(child<QComboBox>(loaded, "contentModeCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(other.endpointA(), "portEdit")->text(), QStringLiteral("12345"));
}

void TestUdpTab::languageChangeKeepsValues()
{
    UdpEndpointPanel* a = m_tab->endpointA();
    auto* port = child<QLineEdit>(a, "portEdit");
    replaceText(port, QStringLiteral("70000"));
    child<QComboBox>(a, "contentModeCombo")->setCurrentIndex(1);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_tab.get(), &change);

    QCOMPARE(child<QGroupBox>(a, "settingsGroup")->title(), QStringLiteral("Endpoint A"));
    QCOMPARE(child<QGroupBox>(m_tab->endpointB(), "settingsGroup")->title(), QStringLiteral("Endpoint B"));
    QCOMPARE(port->text(), QStringLiteral("70000"));
    QVERIFY(gui::isMarkedInvalid(port));
    QVERIFY(port->toolTip().contains(QStringLiteral("70000")));
    QCOMPARE(child<QComboBox>(a, "contentModeCombo")->currentIndex(), 1);
    QCOMPARE(a->datagrams()->contentMode(), DatagramModel::ContentMode::Hex);
    replaceText(port, QStringLiteral("12345"));
    QVERIFY(!port->toolTip().contains(QStringLiteral("70000")));
    QVERIFY(!port->toolTip().isEmpty());
}

QTEST_MAIN(TestUdpTab)
#include "tst_udp_tab.moc"
