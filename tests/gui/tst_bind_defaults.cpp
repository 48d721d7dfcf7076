// Security defaults of the tabs that bind(): loopback unless the learner chooses otherwise, and every form
// of "all interfaces" ('', 0.0.0.0, 0, ::, 0:0::0) warns, in the Server tab and in both UDP endpoints.
#include "gui/server_tab.h"
#include "gui/udp_endpoint_panel.h"
#include "gui/udp_tab.h"

#include <QComboBox>
#include <QLabel>
#include <QtTest>

using socketlab::gui::ServerTab;
using socketlab::gui::UdpEndpointPanel;
using socketlab::gui::UdpTab;

class TestBindDefaults : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreLoopback();
    void allInterfacesWarn_data();
    void allInterfacesWarn();
};

void TestBindDefaults::defaultsAreLoopback()
{
    ServerTab server;
    server.show();
    QCOMPARE(server.findChild<QComboBox*>(QStringLiteral("hostCombo"))->currentText(), QStringLiteral("127.0.0.1"));
    QVERIFY(!server.findChild<QLabel*>(QStringLiteral("allInterfacesWarning"))->isVisible());

    UdpTab udp;
    udp.show();
    for (UdpEndpointPanel* endpoint : {udp.endpointA(), udp.endpointB()}) {
        QCOMPARE(
            endpoint->findChild<QComboBox*>(QStringLiteral("hostCombo"))->currentText(), QStringLiteral("127.0.0.1"));
        QVERIFY(!endpoint->findChild<QLabel*>(QStringLiteral("allInterfacesWarning"))->isVisible());
    }
}

void TestBindDefaults::allInterfacesWarn_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("warns");
    QTest::newRow("empty") << "inet" << QString() << true;
    QTest::newRow("0.0.0.0") << "inet" << QStringLiteral("0.0.0.0") << true;
    QTest::newRow("integer 0") << "inet" << QStringLiteral("0") << true;
    QTest::newRow("::") << "inet6" << QStringLiteral("::") << true;
    QTest::newRow("0:0::0") << "inet6" << QStringLiteral("0:0::0") << true;
    QTest::newRow("loopback") << "inet" << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("::1") << "inet6" << QStringLiteral("::1") << false;
    QTest::newRow("localhost") << "inet" << QStringLiteral("localhost") << false;
}

void TestBindDefaults::allInterfacesWarn()
{
    QFETCH(QString, family);
    QFETCH(QString, host);
    QFETCH(bool, warns);
    const auto coreFamily
        = family == QLatin1String("inet6") ? socketlab::core::Family::Inet6 : socketlab::core::Family::Inet;

    ServerTab server;
    server.show();
    auto* familyCombo = server.findChild<QComboBox*>(QStringLiteral("familyCombo"));
    familyCombo->setCurrentIndex(familyCombo->findText(
        family == QLatin1String("inet6") ? QStringLiteral("AF_INET6") : QStringLiteral("AF_INET")));
    server.setHost(host);
    QCOMPARE(server.findChild<QLabel*>(QStringLiteral("allInterfacesWarning"))->isVisible(), warns);

    UdpTab udp;
    udp.show();
    for (UdpEndpointPanel* endpoint : {udp.endpointA(), udp.endpointB()}) {
        endpoint->setFamily(coreFamily);
        endpoint->setBindAddress(host, QStringLiteral("0"));
        QCOMPARE(endpoint->findChild<QLabel*>(QStringLiteral("allInterfacesWarning"))->isVisible(), warns);
    }
}

QTEST_MAIN(TestBindDefaults)
#include "tst_bind_defaults.moc"
