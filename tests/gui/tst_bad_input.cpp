// Issue 7, bad input: every host and port field of the Server, Client, UDP and Lookup tabs, every
// bad value of the list. Each is typed, the tab's button pressed, and then: no session
// started and no socket call traced, the field marked invalid, the message under the fields names
// the value (control characters shown escaped) and the expected form; a good value afterwards
// clears the mark and enables the button again. Also hex payloads, AF_UNIX paths too long for
// sun_path and the recv() size. Loopback only, port 0; nothing leaves this machine.
#include "core/python_repr.h"
#include "core/tcp_server.h"
#include "core/udp_endpoint.h"
#include "gui/client_tab.h"
#include "gui/field_check.h"
#include "gui/lookup_tab.h"
#include "gui/server_tab.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"
#include "gui/udp_endpoint_panel.h"
#include "gui/udp_tab.h"
#include "i18n/language.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

#include <functional>
#include <memory>

using namespace socketlab;
namespace core = socketlab::core;

namespace {

constexpr int kTabWidth = 1024;
constexpr int kTabHeight = 700;

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

int tracedCalls(QWidget* owner)
{
    return child<gui::TracePanel>(owner, "tracePanel")->model()->rowCount();
}

bool traceHasCall(QWidget* owner, const char* call)
{
    const gui::TraceModel* model = child<gui::TracePanel>(owner, "tracePanel")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->event(row).call == call)
            return true;
    }
    return false;
}

// A value is typed when a keyboard can type it; control characters arrive by paste (setText).
void enterText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool printable = true;
    for (const QChar c : text)
        printable = printable && c.isPrint();
    if (printable)
        QTest::keyClicks(edit, text);
    else
        edit->setText(text);
    QCOMPARE(edit->text(), text);
}

// One tab with one field under test: where to type, where the message shows, which button starts.
struct Subject {
    std::unique_ptr<QWidget> tab;
    QWidget* owner = nullptr; // the widget with the field, its message, its button and its trace
    QWidget* field = nullptr; // the widget marked invalid
    QLineEdit* edit = nullptr;
    QLabel* message = nullptr;
    QPushButton* button = nullptr;
    std::function<bool()> idle; // no session, lookup or send has started
};

enum class Field {
    ServerHost,
    ServerPort,
    ClientHost,
    ClientPort,
    UdpHost,
    UdpPort,
    UdpTargetHost,
    UdpTargetPort,
    LookupHost,
    LookupService,
    LookupReverseAddress,
    LookupReversePort
};

const char* fieldName(Field field)
{
    switch (field) {
    case Field::ServerHost: return "server host";
    case Field::ServerPort: return "server port";
    case Field::ClientHost: return "client host";
    case Field::ClientPort: return "client port";
    case Field::UdpHost: return "udp local host";
    case Field::UdpPort: return "udp local port";
    case Field::UdpTargetHost: return "udp target host";
    case Field::UdpTargetPort: return "udp target port";
    case Field::LookupHost: return "lookup host";
    case Field::LookupService: return "lookup service";
    case Field::LookupReverseAddress: return "lookup reverse address";
    case Field::LookupReversePort: return "lookup reverse port";
    }
    return "";
}

bool isPortField(Field field)
{
    return field == Field::ServerPort || field == Field::ClientPort || field == Field::UdpPort
        || field == Field::UdpTargetPort || field == Field::LookupService || field == Field::LookupReversePort;
}

void show(QWidget* tab)
{
    tab->resize(kTabWidth, kTabHeight);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab));
}

// Builds the tab for `field`. UDP target fields need a bound socket and a payload, so that only the
// target keeps Send from sending.
void makeSubject(Field field, Subject& s)
{
    const bool host = !isPortField(field);
    switch (field) {
    case Field::ServerHost:
    case Field::ServerPort: {
        auto* tab = new gui::ServerTab;
        s.tab.reset(tab);
        s.owner = tab;
        s.button = child<QPushButton>(tab, "startButton");
        s.message = child<QLabel>(tab, "validationLabel");
        s.field = host ? static_cast<QWidget*>(child<QComboBox>(tab, "hostCombo")) : child<QLineEdit>(tab, "portEdit");
        s.idle = [tab] { return !tab->isRunning(); };
        break;
    }
    case Field::ClientHost:
    case Field::ClientPort: {
        auto* tab = new gui::ClientTab;
        s.tab.reset(tab);
        s.owner = tab;
        s.button = child<QPushButton>(tab, "connectButton");
        s.message = child<QLabel>(tab, "validationLabel");
        s.field = host ? static_cast<QWidget*>(child<QComboBox>(tab, "hostCombo")) : child<QLineEdit>(tab, "portEdit");
        s.idle = [tab] { return !tab->isBusy(); };
        break;
    }
    case Field::UdpHost:
    case Field::UdpPort:
    case Field::UdpTargetHost:
    case Field::UdpTargetPort: {
        auto* tab = new gui::UdpTab;
        s.tab.reset(tab);
        gui::UdpEndpointPanel* panel = tab->endpointA();
        s.owner = panel;
        const bool target = field == Field::UdpTargetHost || field == Field::UdpTargetPort;
        if (target) {
            s.button = child<QPushButton>(panel, "sendButton");
            s.message = child<QLabel>(panel, "destinationProblem");
            s.field = host ? static_cast<QWidget*>(child<QComboBox>(panel, "destinationHostCombo"))
                           : child<QLineEdit>(panel, "destinationPortEdit");
            s.idle = [panel] { return !traceHasCall(panel, "sendto"); };
        } else {
            s.button = child<QPushButton>(panel, "startButton");
            s.message = child<QLabel>(panel, "validationLabel");
            s.field = host ? static_cast<QWidget*>(child<QComboBox>(panel, "hostCombo"))
                           : child<QLineEdit>(panel, "portEdit");
            s.idle = [panel] { return !panel->isRunning(); };
        }
        break;
    }
    case Field::LookupHost:
    case Field::LookupService: {
        auto* tab = new gui::LookupTab;
        s.tab.reset(tab);
        s.owner = tab;
        s.button = child<QPushButton>(tab, "lookupButton");
        s.message = child<QLabel>(tab, "validationLabel");
        s.field = host ? static_cast<QWidget*>(child<QComboBox>(tab, "lookupHostCombo"))
                       : child<QLineEdit>(tab, "serviceEdit");
        s.idle = [tab] { return !tab->isLookingUp(); };
        break;
    }
    case Field::LookupReverseAddress:
    case Field::LookupReversePort: {
        auto* tab = new gui::LookupTab;
        s.tab.reset(tab);
        s.owner = tab;
        s.button = child<QPushButton>(tab, "reverseButton");
        s.message = child<QLabel>(tab, "reverseValidationLabel");
        s.field = child<QLineEdit>(tab, host ? "reverseAddressEdit" : "reversePortEdit");
        s.idle = [] { return true; }; // getnameinfo() leaves no state behind: the trace tells
        break;
    }
    }
    auto* combo = qobject_cast<QComboBox*>(s.field);
    s.edit = combo ? combo->lineEdit() : qobject_cast<QLineEdit*>(s.field);
    show(s.tab.get());
}

// Binds UDP endpoint A on 127.0.0.1, port 0, aims it at itself and types a payload.
void bindForSending(gui::UdpEndpointPanel* panel)
{
    panel->setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QVERIFY(panel->start());
    QTRY_VERIFY(panel->boundPort() != 0);
    panel->setDestination(QStringLiteral("127.0.0.1"), QString::number(panel->boundPort()));
    enterText(child<QLineEdit>(panel, "payloadEdit"), QStringLiteral("x"));
    QTRY_VERIFY(child<QPushButton>(panel, "sendButton")->isEnabled());
}

// A host name of `length` characters made of valid 63-character labels.
QString nameOfLength(int length)
{
    QString name;
    while (name.size() < length)
        name += (name.size() + 1) % 64 == 0 ? QLatin1Char('.') : QLatin1Char('a');
    return name;
}

QString shown(const QString& value)
{
    return QString::fromStdString(core::escapeForDisplay(value.trimmed().toStdString(), false));
}

} // namespace

Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(socketlab::core::Family)

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void badValueRefusedAtTheField_data();
    void badValueRefusedAtTheField();
    void trimmedPortAccepted_data();
    void trimmedPortAccepted();
    void badHexNotSent_data();
    void badHexNotSent();
    void unixPathTooLong_data();
    void unixPathTooLong();
    void datagramOverTheLimitNotSent_data();
    void datagramOverTheLimitNotSent();
    void recvSizeStaysInRange_data();
    void recvSizeStaysInRange();
    void messagesFitAt1024x700_data();
    void messagesFitAt1024x700();
};

void TestBadInput::badValueRefusedAtTheField_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // a part of the expected form the message must name
    QTest::addColumn<QString>("good");

    const QList<QPair<QString, QString>> ports = {{QString(), QStringLiteral("0 to 65535")},
        {QStringLiteral("-1"), QStringLiteral("0 to 65535")}, {QStringLiteral("65536"), QStringLiteral("0 to 65535")},
        {QStringLiteral("70000"), QStringLiteral("0 to 65535")}, {QStringLiteral("12a"), QStringLiteral("0 to 65535")},
        {QStringLiteral("no-such-service"), QStringLiteral("services database")}};
    const QList<QPair<QString, QString>> hosts = {{QStringLiteral("1.2.3.256"), QStringLiteral("0 to 255")},
        {QStringLiteral("1.2.3.4.5"), QStringLiteral("0 to 255")},
        {QStringLiteral("1..2.3"), QStringLiteral("0 to 255")},
        {QStringLiteral("::1::"), QStringLiteral("such as ::1")},
        {QStringLiteral("fe80::1%"), QStringLiteral("such as ::1")},
        {QStringLiteral("[::1"), QStringLiteral("such as ::1")},
        {QStringLiteral("12345::"), QStringLiteral("such as ::1")},
        {nameOfLength(254), QStringLiteral("253 characters")},
        {QString(64, QLatin1Char('a')) + QStringLiteral(".example.com"), QStringLiteral("1 to 63")},
        {QStringLiteral("my host"), QStringLiteral("Expected a host name")},
        {QStringLiteral("my\thost"), QStringLiteral("Expected a host name")},
        {QStringLiteral("my\x01host"), QStringLiteral("Expected a host name")},
        {QStringLiteral("my\x7fhost"), QStringLiteral("Expected a host name")},
        {QStringLiteral("my\nhost"), QStringLiteral("Expected a host name")}};

    for (const Field field : {Field::ServerPort, Field::ClientPort, Field::UdpPort, Field::UdpTargetPort,
             Field::LookupService, Field::LookupReversePort}) {
        for (const auto& [value, expected] : ports) {
            if (value.isEmpty() && field == Field::LookupService)
                continue; // an empty service is Python's None: getaddrinfo gets no port
            // getnameinfo() takes a number only: a service name there is refused for that reason.
            const bool numberOnly = field == Field::LookupReversePort && value == QLatin1String("no-such-service");
            QTest::addRow("%s: '%s'", fieldName(field), qPrintable(shown(value)))
                << field << value << (numberOnly ? QStringLiteral("needs a port number") : expected)
                << QStringLiteral(" 80 ");
        }
    }
    for (const Field field : {Field::ServerHost, Field::ClientHost, Field::UdpHost, Field::UdpTargetHost,
             Field::LookupHost, Field::LookupReverseAddress}) {
        for (const auto& [value, expected] : hosts)
            QTest::addRow("%s: '%s'", fieldName(field), qPrintable(shown(value).left(40)))
                << field << value << expected << QStringLiteral("127.0.0.1");
    }
}

void TestBadInput::badValueRefusedAtTheField()
{
    QFETCH(Field, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(QString, good);

    Subject s;
    makeSubject(field, s);
    const bool target = field == Field::UdpTargetHost || field == Field::UdpTargetPort;
    if (target)
        bindForSending(static_cast<gui::UdpEndpointPanel*>(s.owner));
    const int callsBefore = tracedCalls(s.owner);

    enterText(s.edit, value);
    QTest::mouseClick(s.button, Qt::LeftButton);
    QTest::keyClick(s.edit, Qt::Key_Return); // Return in the field must follow the same rule

    QVERIFY2(s.idle(), "a session, lookup or send started with refused input");
    QCOMPARE(tracedCalls(s.owner), callsBefore); // no socket call at all
    QVERIFY(!s.button->isEnabled());
    QVERIFY(gui::isMarkedInvalid(s.field));
    QVERIFY(s.message->isVisible());
    const QString text = s.message->text();
    const QString named = QStringLiteral("'%1").arg(shown(value).left(30));
    QVERIFY2(text.contains(named), qPrintable(QStringLiteral("%1 does not name %2").arg(text, named)));
    QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 does not say %2").arg(text, expected)));
    QVERIFY2(s.field->toolTip().contains(named), qPrintable(s.field->toolTip()));
    QVERIFY2(!text.contains(QLatin1Char('\x01')) && !text.contains(QLatin1Char('\t')), qPrintable(text));

    // The tab is still usable: a good value clears the mark and the message and enables the button.
    enterText(s.edit, good);
    QVERIFY(!gui::isMarkedInvalid(s.field));
    QVERIFY(!s.message->isVisible());
    QVERIFY(s.button->isEnabled());
    if (target) {
        // Aim back at the socket itself so that the send really goes out.
        auto* panel = static_cast<gui::UdpEndpointPanel*>(s.owner);
        panel->setDestination(QStringLiteral("127.0.0.1"), QString::number(panel->boundPort()));
        QTest::mouseClick(s.button, Qt::LeftButton);
        QTRY_VERIFY(traceHasCall(panel, "sendto"));
    }
}

void TestBadInput::trimmedPortAccepted_data()
{
    QTest::addColumn<Field>("field");
    for (const Field field :
        {Field::ServerPort, Field::ClientPort, Field::UdpPort, Field::UdpTargetPort, Field::LookupService})
        QTest::newRow(fieldName(field)) << field;
}

void TestBadInput::trimmedPortAccepted()
{
    QFETCH(Field, field);
    Subject s;
    makeSubject(field, s);
    enterText(s.edit, QStringLiteral(" 80 "));
    QVERIFY(!gui::isMarkedInvalid(s.field));
    QVERIFY(!s.message->isVisible());
    enterText(s.edit, QStringLiteral(" http "));
    QVERIFY(!gui::isMarkedInvalid(s.field));
}

void TestBadInput::badHexNotSent_data()
{
    QTest::addColumn<QString>("hex");
    QTest::newRow("odd length") << QStringLiteral("486");
    QTest::newRow("odd length, spaced") << QStringLiteral("48 65 6");
    QTest::newRow("non-hex g") << QStringLiteral("4g");
    QTest::newRow("non-hex word") << QStringLiteral("hello");
    QTest::newRow("0x alone") << QStringLiteral("0x");
    QTest::newRow("punctuation") << QStringLiteral("48,65");
}

// Bad hex in one payload editor: Send stays disabled, neither the button nor Return sends, the
// problem names the input and the form; good hex then goes out as `call`.
static void checkHexEditor(QWidget* owner, const QString& hex, const char* call)
{
    auto* format = child<QComboBox>(owner, "payloadFormatCombo");
    format->setCurrentIndex(1); // Hex
    auto* edit = child<QLineEdit>(owner, "payloadEdit");
    auto* send = child<QPushButton>(owner, "sendButton");
    auto* problem = child<QLabel>(owner, "payloadProblem");
    QVERIFY(!traceHasCall(owner, call));

    enterText(edit, hex);
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!traceHasCall(owner, call));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("'%1'").arg(hex)), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("pairs of hex digits")), qPrintable(problem->text()));

    enterText(edit, QStringLiteral("48 65"));
    QVERIFY(!problem->isVisible());
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(traceHasCall(owner, call));
}

void TestBadInput::badHexNotSent()
{
    QFETCH(QString, hex);

    // UDP send.
    gui::UdpTab udp;
    show(&udp);
    bindForSending(udp.endpointA());
    checkHexEditor(udp.endpointA(), hex, "sendto");
    if (QTest::currentTestFailed())
        return;

    // A server in manual mode on 127.0.0.1, port 0, and the Client tab connected to it: the
    // client's send and the server's manual send to the selected client.
    gui::ServerTab server;
    show(&server);
    server.applyTutorialSettings();
    auto* mode = child<QComboBox>(&server, "replyModeCombo");
    mode->setCurrentIndex(mode->findData(static_cast<int>(core::ReplyMode::Manual)));
    server.setPort(QStringLiteral("0"));
    QVERIFY(server.start());
    QTRY_VERIFY(server.port() != QLatin1String("0"));
    gui::ClientTab client;
    show(&client);
    client.setHost(QStringLiteral("127.0.0.1"));
    client.setPort(server.port());
    QVERIFY(client.connectToServer());
    QTRY_VERIFY(child<QWidget>(&client, "payloadEditor")->isEnabled());
    checkHexEditor(&client, hex, "send");
    if (QTest::currentTestFailed())
        return;

    auto* clients = child<QTableView>(&server, "clientsView");
    QTRY_COMPARE(clients->model()->rowCount(), 1);
    clients->selectRow(0);
    checkHexEditor(&server, hex, "send");
}

void TestBadInput::unixPathTooLong_data()
{
    QTest::addColumn<bool>("server");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("refused");
    // sun_path is 108 bytes on Linux, one of them the terminating zero.
    for (const bool server : {true, false}) {
        const char* name = server ? "server" : "client";
        QTest::addRow("%s, 108 bytes", name) << server << 108 << true;
        QTest::addRow("%s, 200 bytes", name) << server << 200 << true;
        QTest::addRow("%s, 107 bytes", name) << server << 107 << false;
    }
}

void TestBadInput::unixPathTooLong()
{
    QFETCH(bool, server);
    QFETCH(int, length);
    QFETCH(bool, refused);
    std::unique_ptr<QWidget> tab;
    if (server)
        tab = std::make_unique<gui::ServerTab>();
    else
        tab = std::make_unique<gui::ClientTab>();
    show(tab.get());
    child<QComboBox>(tab.get(), "familyCombo")->setCurrentText(QStringLiteral("AF_UNIX"));
    auto* host = child<QComboBox>(tab.get(), "hostCombo");
    const QString path = QStringLiteral("/tmp/") + QString(length - 5, QLatin1Char('p'));
    enterText(host->lineEdit(), path);
    auto* button = child<QPushButton>(tab.get(), server ? "startButton" : "connectButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(gui::isMarkedInvalid(host), refused);
    if (!refused)
        return;
    QCOMPARE(tracedCalls(tab.get()), 0);
    QVERIFY(!button->isEnabled());
    const QString text = child<QLabel>(tab.get(), "validationLabel")->text();
    QVERIFY2(
        text.contains(QStringLiteral("'/tmp/ppp")) && text.contains(QStringLiteral("107 bytes")), qPrintable(text));
}

void TestBadInput::datagramOverTheLimitNotSent_data()
{
    QTest::addColumn<core::Family>("family");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("sent");
    // What one datagram can carry: 65535 less the IPv4 and UDP headers, or less the UDP header (IPv6).
    QTest::newRow("IPv4, 65508 bytes") << core::Family::Inet << 65508 << false;
    QTest::newRow("IPv4, 70000 bytes") << core::Family::Inet << 70000 << false;
    QTest::newRow("IPv4, 65507 bytes") << core::Family::Inet << 65507 << true;
    QTest::newRow("IPv6, 65528 bytes") << core::Family::Inet6 << 65528 << false;
    QTest::newRow("IPv6, 65527 bytes") << core::Family::Inet6 << 65527 << true;
}

void TestBadInput::datagramOverTheLimitNotSent()
{
    QFETCH(core::Family, family);
    QFETCH(int, size);
    QFETCH(bool, sent);
    QCOMPARE(core::maxDatagramSize(family), family == core::Family::Inet6 ? 65527u : 65507u);
    gui::UdpTab tab;
    show(&tab);
    gui::UdpEndpointPanel* panel = tab.endpointA();
    panel->setFamily(family);
    panel->setBindAddress(
        family == core::Family::Inet6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QVERIFY(panel->start());
    QTRY_VERIFY(panel->boundPort() != 0 || !panel->isRunning());
    if (panel->boundPort() == 0)
        QSKIP("this machine cannot bind the loopback address of that family");
    panel->setDestination(family == core::Family::Inet6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"),
        QString::number(panel->boundPort()));
    child<QLineEdit>(panel, "payloadEdit")->setText(QString(size, QLatin1Char('x')));
    auto* send = child<QPushButton>(panel, "sendButton");
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    if (sent) {
        QTRY_VERIFY(traceHasCall(panel, "sendto"));
        return;
    }
    // Refused before sendto(), with the size and the limit named.
    auto* error = child<QLabel>(panel, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!traceHasCall(panel, "sendto"));
    const QString limit = QString::number(core::maxDatagramSize(family));
    QVERIFY2(error->text().contains(QString::number(size)) && error->text().contains(limit), qPrintable(error->text()));
    QVERIFY(panel->isRunning()); // still bound: a smaller datagram can go
    child<QLineEdit>(panel, "payloadEdit")->setText(QStringLiteral("x"));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(traceHasCall(panel, "sendto"));
}

void TestBadInput::recvSizeStaysInRange_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("not a number") << QStringLiteral("abc");
    QTest::newRow("above the maximum") << QStringLiteral("2000000");
    QTest::newRow("far above") << QStringLiteral("99999999999");
}

void TestBadInput::recvSizeStaysInRange()
{
    // The recv() size is a spin box bounded to 1..1048576 (the CLI's --recv-size has the same range):
    // typed text outside it never becomes the value.
    QFETCH(QString, typed);
    gui::ClientTab tab;
    show(&tab);
    auto* spin = child<QSpinBox>(&tab, "recvSizeSpin");
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 1048576);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, typed);
    QTest::keyClick(spin, Qt::Key_Tab);
    QVERIFY2(spin->value() >= 1 && spin->value() <= 1048576, qPrintable(QString::number(spin->value())));
    QVERIFY(spin->value() != typed.toLongLong());
    QVERIFY2(spin->toolTip().contains(QStringLiteral("1 to 1048576")), qPrintable(spin->toolTip()));
}

void TestBadInput::messagesFitAt1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    for (const char* language : {"en", "ru"}) {
        for (const Field field :
            {Field::ServerHost, Field::ClientHost, Field::UdpHost, Field::UdpTargetHost, Field::LookupHost}) {
            QTest::addRow("%s, %s, 254 characters", language, fieldName(field))
                << QString::fromLatin1(language) << field << nameOfLength(254);
            QTest::addRow("%s, %s, control characters", language, fieldName(field))
                << QString::fromLatin1(language) << field << QStringLiteral("my\thost\x01");
        }
        QTest::addRow("%s, server port, unknown service", language)
            << QString::fromLatin1(language) << Field::ServerPort << QStringLiteral("no-such-service");
    }
}

void TestBadInput::messagesFitAt1024x700()
{
    // The message under the fields wraps inside the tab at the smallest window size: no part of it
    // lies beyond the tab's right edge and the label is as tall as its wrapped text. With
    // SOCKETLAB_BAD_INPUT_SHOTS=<dir> each case is saved as a PNG to look at.
    QFETCH(QString, language);
    QFETCH(Field, field);
    QFETCH(QString, value);
    QVERIFY(i18n::setLanguage(language));
    Subject s;
    makeSubject(field, s);
    enterText(s.edit, value);
    QVERIFY(gui::isMarkedInvalid(s.field));
    QTRY_VERIFY(s.message->isVisible());
    QCoreApplication::processEvents(); // layouts settle

    // The owner is the tab, or the UDP endpoint panel: half the tab, with its own edge.
    const QRect shownRect(s.message->mapTo(s.owner, QPoint(0, 0)), s.message->size());
    const QString where = QStringLiteral("%1 in %2x%3: %4")
                              .arg(QString::number(shownRect.right()), QString::number(s.owner->width()),
                                  QString::number(s.owner->height()), s.message->text());
    QVERIFY2(shownRect.right() < s.owner->width(), qPrintable(where));
    // A word wider than the label cannot wrap and is cut at its edge.
    const QFontMetrics metrics(s.message->font());
    for (const QString& word : s.message->text().split(QRegularExpression(QStringLiteral("\\s+"))))
        QVERIFY2(metrics.horizontalAdvance(word) <= s.message->contentsRect().width(), qPrintable(where + u' ' + word));
    QVERIFY2(s.message->height() >= s.message->heightForWidth(s.message->width()), qPrintable(where));

    const QString directory
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SOCKETLAB_BAD_INPUT_SHOTS"));
    if (!directory.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        QVERIFY(s.tab->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestBadInput)
#include "tst_bad_input.moc"
