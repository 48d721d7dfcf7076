// Tests of the glossary: every entry, the trace's call names, the glossary tooltips and What's This
// of the tabs' fields (kept through an input error), and the trace rows' tooltips.
#include "client_tab.h"
#include "glossary.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "trace_model.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include "call_events.h"

#include "gui/field_check.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace socketlab;
using gui::Term;

Q_DECLARE_METATYPE(std::optional<socketlab::gui::Term>)

namespace {

constexpr Term kAllTerms[] = {Term::Domain, Term::Type, Term::Protocol, Term::Hostname, Term::Port, Term::Socket,
    Term::Bind, Term::Listen, Term::Accept, Term::Connect, Term::Recv, Term::Send, Term::RecvFrom, Term::SendTo,
    Term::Close, Term::GetHostName, Term::GetAddrInfo};

template<typename T>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestGlossary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTermHasTitleAndText();
    void termForCall_data();
    void termForCall();
    void fieldToolTipsAreGlossaryEntries();
    void markedFieldGetsGlossaryToolTipBack();
    void traceRowsShowGlossaryEntries();
};

void TestGlossary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_glossary"));
}

void TestGlossary::everyTermHasTitleAndText()
{
    for (const Term term : kAllTerms) {
        QVERIFY(!gui::glossaryTitle(term).isEmpty());
        QVERIFY(!gui::glossaryText(term).isEmpty());
    }
    // The source's own phrases (TERMS.md) are in the entries.
    QVERIFY(
        gui::glossaryText(Term::Bind).contains(QStringLiteral("binds an address (hostname, port pair) to the socket")));
    QVERIFY(gui::glossaryText(Term::Accept).contains(QStringLiteral("waiting until it arrives (blocking)")));
    QVERIFY(gui::glossaryText(Term::Hostname).contains(QStringLiteral("dotted-quad address")));
    QVERIFY(gui::glossaryText(Term::Port).contains(QStringLiteral("service name")));
}

void TestGlossary::termForCall_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<std::optional<Term>>("term");
    const std::pair<const char*, Term> taught[] = {{"socket", Term::Socket}, {"bind", Term::Bind},
        {"listen", Term::Listen}, {"accept", Term::Accept}, {"connect", Term::Connect}, {"recv", Term::Recv},
        {"send", Term::Send}, {"recvfrom", Term::RecvFrom}, {"sendto", Term::SendTo}, {"close", Term::Close},
        {"gethostname", Term::GetHostName}, {"getaddrinfo", Term::GetAddrInfo}};
    for (const auto& [call, term] : taught)
        QTest::newRow(call) << QString::fromLatin1(call) << std::optional<Term>(term);
    for (const char* call : {"setsockopt", "shutdown", "getnameinfo", "Bind", ""})
        QTest::newRow(*call ? call : "empty") << QString::fromLatin1(call) << std::optional<Term>();
}

void TestGlossary::termForCall()
{
    QFETCH(QString, call);
    QFETCH(std::optional<Term>, term);
    const std::string name = call.toStdString();
    QCOMPARE(gui::termForCall(name), term);
}

void TestGlossary::fieldToolTipsAreGlossaryEntries()
{
    gui::MainWindow window;
    const QString port = gui::glossaryText(Term::Port);
    const QString host = gui::glossaryText(Term::Hostname).toHtmlEscaped(); // the tooltips are rich text
    const QString domain = gui::glossaryText(Term::Domain);
    gui::UdpEndpointPanel* udp = window.udpTab()->endpointA();
    const std::pair<QWidget*, QString> expected[] = {
        {child<QLineEdit>(window.serverTab(), "portEdit"), port},
        {child<QLineEdit>(window.clientTab(), "portEdit"), port},
        {child<QLineEdit>(udp, "portEdit"), port},
        {child<QLineEdit>(udp, "destinationPortEdit"), port},
        {child<QLineEdit>(window.lookupTab(), "serviceEdit"), port},
        {child<QComboBox>(window.serverTab(), "hostCombo"), host},
        {child<QComboBox>(window.clientTab(), "hostCombo"), host},
        {child<QComboBox>(udp, "hostCombo"), host},
        {child<QComboBox>(udp, "destinationHostCombo"), host},
        {child<QComboBox>(window.lookupTab(), "lookupHostCombo"), host},
        {child<QComboBox>(window.serverTab(), "familyCombo"), domain},
        {child<QComboBox>(window.clientTab(), "familyCombo"), domain},
        {child<QComboBox>(udp, "familyCombo"), domain},
        {child<QComboBox>(window.lookupTab(), "lookupFamilyCombo"), domain},
        {child<QComboBox>(window.lookupTab(), "lookupTypeCombo"), gui::glossaryText(Term::Type)},
        {child<QWidget>(window.clientTab(), "typeLabel"), gui::glossaryText(Term::Type)},
        {child<QSpinBox>(window.lookupTab(), "protocolSpin"), gui::glossaryText(Term::Protocol)},
    };
    for (const auto& [field, text] : expected) {
        QVERIFY2(field->toolTip().startsWith(text),
            qPrintable(field->objectName() + QLatin1String(": ") + field->toolTip()));
        QVERIFY2(field->whatsThis().contains(text), qPrintable(field->objectName()));
    }
    QVERIFY(child<QLineEdit>(window.serverTab(), "portEdit")->whatsThis().contains(gui::glossaryTitle(Term::Port)));
}

void TestGlossary::markedFieldGetsGlossaryToolTipBack()
{
    gui::ServerTab tab;
    auto* portEdit = child<QLineEdit>(&tab, "portEdit");
    portEdit->clear();
    QTest::keyClicks(portEdit, QStringLiteral("70000"));
    QVERIFY(gui::isMarkedInvalid(portEdit));
    QVERIFY(portEdit->toolTip().contains(QStringLiteral("70000")));
    portEdit->clear();
    QTest::keyClicks(portEdit, QStringLiteral("12345"));
    QVERIFY(!gui::isMarkedInvalid(portEdit));
    QVERIFY(portEdit->toolTip().startsWith(gui::glossaryText(Term::Port)));
}

void TestGlossary::traceRowsShowGlossaryEntries()
{
    gui::TraceModel model;
    core::CallEvent bind = tests::callEvent("bind", "3, ('127.0.0.1', 12345)");
    core::CallEvent refused = tests::callEvent("connect", "3, ('127.0.0.1', 1)");
    refused.result = -1;
    refused.errorName = "ECONNREFUSED";
    refused.message = "Connection refused";
    refused.condition = core::Condition::ConnectionRefused;
    model.append({bind, refused, tests::callEvent("setsockopt", "3, SOL_SOCKET, SO_REUSEADDR, 1")});

    const QString bindTip = model.data(model.index(0, gui::TraceModel::CallColumn), Qt::ToolTipRole).toString();
    const int entryAt = bindTip.indexOf(gui::glossaryText(Term::Bind).toHtmlEscaped());
    QVERIFY2(entryAt >= 0, qPrintable(bindTip));
    QVERIFY(bindTip.contains(gui::glossaryTitle(Term::Bind)));
    // The row's own call follows the entry.
    QVERIFY(bindTip.indexOf(gui::TraceModel::callText(bind).toHtmlEscaped()) > entryAt);
    QCOMPARE(model.data(model.index(0, gui::TraceModel::ArgumentsColumn), Qt::WhatsThisRole).toString(), bindTip);

    const QString refusedTip = model.data(model.index(1, gui::TraceModel::ErrorColumn), Qt::ToolTipRole).toString();
    QVERIFY(refusedTip.contains(gui::glossaryText(Term::Connect).toHtmlEscaped()));
    QVERIFY(refusedTip.contains(QStringLiteral("ECONNREFUSED")));
    QVERIFY(refusedTip.contains(QStringLiteral("Start the server first")));

    // A call the tutorial does not teach keeps the core's one-line description.
    const QString optionTip = model.data(model.index(2, 0), Qt::ToolTipRole).toString();
    QVERIFY2(optionTip.contains(QStringLiteral("sets an option of the socket")), qPrintable(optionTip));
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
