// The Lookup tab against Python itself: for each question, the tab's answer (its fields -> LookupQuery ->
// worker -> table) must be exactly socket.getaddrinfo's list — same entries, same order, same numbers.
// Needs python3 on PATH (skipped without it); loopback and the services database only, no network.
#include "gui/address_info_model.h"
#include "gui/lookup_tab.h"

// Shared with the core's tests (tests/support).
#include "loopback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using socketlab::gui::AddressInfoModel;
using socketlab::gui::LookupTab;
namespace core = socketlab::core;
namespace tests = socketlab::tests;

namespace {

constexpr int kPythonTimeoutMs = 30000;
constexpr int kLookupTimeoutMs = 30000;

// Linux's numbers for what Python prints as int(family) and int(type).
constexpr int kAfUnspec = 0;
constexpr int kAfInet = 2;
constexpr int kAfInet6 = 10;
constexpr int kSockAny = 0;
constexpr int kSockStream = 1;
constexpr int kSockDgram = 2;
constexpr int kSockRaw = 3;

// The rows of the tab's family and type combos.
constexpr int kFamilyAnyRow = 0;
constexpr int kFamilyInetRow = 1;
constexpr int kFamilyInet6Row = 2;
constexpr int kTypeAnyRow = 0;
constexpr int kTypeStreamRow = 1;
constexpr int kTypeDatagramRow = 2;

int familyNumber(core::Family family)
{
    switch (family) {
    case core::Family::Inet: return kAfInet;
    case core::Family::Inet6: return kAfInet6;
    default: return kAfUnspec;
    }
}

int typeNumber(core::SocketType type)
{
    switch (type) {
    case core::SocketType::Stream: return kSockStream;
    case core::SocketType::Datagram: return kSockDgram;
    case core::SocketType::Raw: return kSockRaw;
    case core::SocketType::Any: break;
    }
    return kSockAny;
}

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace

class TestLookupPython : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAsPython_data();
    void sameAsPython();

private:
    QString m_python;
};

void TestLookupPython::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
}

void TestLookupPython::sameAsPython_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("familyRow");
    QTest::addColumn<int>("typeRow");
    QTest::addColumn<bool>("passive");
    QTest::addColumn<QString>("pythonArgs"); // the same question in Python

    QTest::newRow("localhost 80 stream") << "localhost"
                                         << "80" << kFamilyAnyRow << kTypeStreamRow << false
                                         << "'localhost', '80', 0, socket.SOCK_STREAM";
    QTest::newRow("127.0.0.1 http inet") << "127.0.0.1"
                                         << "http" << kFamilyInetRow << kTypeAnyRow << false
                                         << "'127.0.0.1', 'http', socket.AF_INET, 0";
    QTest::newRow("::1 443 inet6 stream")
        << "::1"
        << "443" << kFamilyInet6Row << kTypeStreamRow << false << "'::1', '443', socket.AF_INET6, socket.SOCK_STREAM";
    // Python spells the empty host None: getaddrinfo(NULL, ...) with AI_PASSIVE is INADDR_ANY.
    QTest::newRow("'' 12345 inet dgram passive")
        << ""
        << "12345" << kFamilyInetRow << kTypeDatagramRow << true
        << "None, '12345', socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE";
}

void TestLookupPython::sameAsPython()
{
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(int, familyRow);
    QFETCH(int, typeRow);
    QFETCH(bool, passive);
    QFETCH(QString, pythonArgs);
    if (host == QLatin1String("::1") && !tests::ipv6LoopbackAvailable())
        QSKIP("::1 is not available here");

    // Python's answer, as plain numbers and strings.
    const QString script = QStringLiteral(
        "import socket, json\n"
        "print(json.dumps([[int(f), int(t), p, c, list(a[:2])] for f, t, p, c, a in socket.getaddrinfo(%1)]))\n")
                               .arg(pythonArgs);
    QProcess python;
    python.start(m_python, {QStringLiteral("-c"), script});
    QVERIFY2(python.waitForFinished(kPythonTimeoutMs), "python3 did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
        python.readAllStandardError().constData());
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(expected.isArray());

    // The tab's answer for the same fields.
    LookupTab tab;
    child<QComboBox>(tab, "lookupFamilyCombo")->setCurrentIndex(familyRow);
    child<QComboBox>(tab, "lookupTypeCombo")->setCurrentIndex(typeRow);
    child<QCheckBox>(tab, "passiveCheck")->setChecked(passive);
    tab.setHost(host);
    tab.setService(service);
    QVERIFY(tab.lookup());
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isLookingUp(), kLookupTimeoutMs);
    const QLabel* error = child<QLabel>(tab, "errorLabel");
    QVERIFY2(!error->isVisibleTo(&tab), qPrintable(error->text()));
    const auto* model = qobject_cast<const AddressInfoModel*>(child<QTableView>(tab, "resultsView")->model());
    QVERIFY(model);
    const std::vector<core::AddressInfo>& entries = model->entries();

    const QJsonArray rows = expected.array();
    QCOMPARE(static_cast<qsizetype>(entries.size()), rows.size());
    QVERIFY(!entries.empty());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        const core::AddressInfo& entry = entries[static_cast<std::size_t>(i)];
        const QByteArray where = "entry " + QByteArray::number(i);
        QVERIFY2(row.size() == 5, where.constData());
        QCOMPARE(familyNumber(entry.family), row[0].toInt());
        QCOMPARE(typeNumber(entry.type), row[1].toInt());
        QCOMPARE(entry.protocol, row[2].toInt());
        QCOMPARE(QString::fromStdString(entry.canonicalName), row[3].toString());
        const QJsonArray address = row[4].toArray();
        QCOMPARE(QString::fromStdString(entry.address.host()), address[0].toString());
        QCOMPARE(static_cast<int>(entry.address.port()), address[1].toInt());
    }
}

QTEST_MAIN(TestLookupPython)
#include "tst_lookup_python.moc"
