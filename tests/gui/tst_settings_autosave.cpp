// Settings survive a crash: a change in any tab is on disk shortly after it is made, with no close() —
// checked in the settings file itself, and by killing the real socketlab with SIGKILL.
#include "gui/client_tab.h"
#include "gui/lookup_tab.h"
#include "gui/main_window.h"
#include "gui/server_tab.h"
#include "gui/settings_autosave.h"
#include "gui/udp_endpoint_panel.h"
#include "gui/udp_tab.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using socketlab::gui::MainWindow;
using socketlab::gui::SettingsAutosave;

namespace {

// Generous: 5x the debounce, and more for a loaded CI machine.
constexpr int kWaitMs = 10 * SettingsAutosave::kDebounceMs;
constexpr int kProcessWaitMs = 20000;

// The value of `key` in `[group]` of an INI file as it is on disk now (not QSettings' in-process cache).
QString valueOnDisk(const QString& path, const QString& group, const QString& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    QString current;
    const QString prefix = key + QLatin1Char('=');
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
            current = line.mid(1, line.size() - 2);
        else if (current == group && line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return QString();
}

template<typename T>
T* field(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

} // namespace

class TestSettingsAutosave : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void changesAreWrittenWithoutClose();
    void manyChangesOneWrite();
    void settingSurvivesKill();
};

void TestSettingsAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings_autosave"));
    QSettings().clear();
    QSettings().sync();
}

void TestSettingsAutosave::changesAreWrittenWithoutClose()
{
    const QString path = QSettings().fileName();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    // Through the window: a tab not built yet at start is built when asked for, and watched too.
    auto* server = window.serverTab();
    auto* client = window.clientTab();
    auto* udp = window.udpTab();
    auto* lookup = window.lookupTab();
    QVERIFY(server && client && udp && lookup);

    field<QLineEdit>(server, "portEdit")->setText(QStringLiteral("23456"));
    QCheckBox* reuse = field<QCheckBox>(server, "reuseAddressCheck");
    const bool reuseBefore = reuse->isChecked();
    reuse->setChecked(!reuseBefore);
    field<QLineEdit>(client, "portEdit")->setText(QStringLiteral("34567"));
    field<QSpinBox>(client, "recvSizeSpin")->setValue(2048);
    field<QLineEdit>(udp->endpointA(), "portEdit")->setText(QStringLiteral("45678"));
    field<QCheckBox>(udp->endpointB(), "echoCheck")->setChecked(true);
    field<QLineEdit>(lookup, "serviceEdit")->setText(QStringLiteral("ssh"));

    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(
        valueOnDisk(path, QStringLiteral("server"), QStringLiteral("port")), QStringLiteral("23456"), kWaitMs);
    qInfo(
        "settings on disk %lld ms after the changes (debounce %d ms)", timer.elapsed(), SettingsAutosave::kDebounceMs);
    QCOMPARE(valueOnDisk(path, QStringLiteral("server"), QStringLiteral("reuse")),
        !reuseBefore ? QStringLiteral("true") : QStringLiteral("false"));
    QCOMPARE(valueOnDisk(path, QStringLiteral("client"), QStringLiteral("port")), QStringLiteral("34567"));
    QCOMPARE(valueOnDisk(path, QStringLiteral("client"), QStringLiteral("recvSize")), QStringLiteral("2048"));
    QCOMPARE(valueOnDisk(path, QStringLiteral("udpA"), QStringLiteral("port")), QStringLiteral("45678"));
    QCOMPARE(valueOnDisk(path, QStringLiteral("udpB"), QStringLiteral("echo")), QStringLiteral("true"));
    QCOMPARE(valueOnDisk(path, QStringLiteral("lookup"), QStringLiteral("service")), QStringLiteral("ssh"));

    // A later change is written too.
    field<QLineEdit>(server, "portEdit")->setText(QStringLiteral("23457"));
    QTRY_COMPARE_WITH_TIMEOUT(
        valueOnDisk(path, QStringLiteral("server"), QStringLiteral("port")), QStringLiteral("23457"), kWaitMs);
}

void TestSettingsAutosave::manyChangesOneWrite()
{
    // Typing is debounced: a burst of changes is one write, after the burst.
    int saves = 0;
    QWidget root;
    auto* edit = new QLineEdit(&root);
    SettingsAutosave autosave(&root, [&saves] { ++saves; });
    for (int i = 0; i < 50; ++i)
        edit->setText(QString::number(i));
    QTRY_COMPARE_WITH_TIMEOUT(saves, 1, kWaitMs);
    // Nothing more is pending.
    QTest::qWait(2 * SettingsAutosave::kDebounceMs);
    QCOMPARE(saves, 1);
}

void TestSettingsAutosave::settingSurvivesKill()
{
#ifndef Q_OS_UNIX
    QSKIP("XDG_CONFIG_HOME and SIGKILL are Unix");
#else
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString path = QDir(config.path()).filePath(QStringLiteral("SocketLab/SocketLab.conf"));

    // --tab client --port: a field changed as a learner would, then the process dies without closing.
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(SOCKETLAB_GUI_PATH),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("client"),
            QStringLiteral("--port"), QStringLiteral("4242")});
    QVERIFY2(app.waitForStarted(kProcessWaitMs), qPrintable(app.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(
        valueOnDisk(path, QStringLiteral("client"), QStringLiteral("port")), QStringLiteral("4242"), kProcessWaitMs);
    app.kill(); // SIGKILL: no closeEvent, no destructor
    QVERIFY(app.waitForFinished(kProcessWaitMs));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QCOMPARE(valueOnDisk(path, QStringLiteral("client"), QStringLiteral("port")), QStringLiteral("4242"));

#endif
}

QTEST_MAIN(TestSettingsAutosave)
#include "tst_settings_autosave.moc"
