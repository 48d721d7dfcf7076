// The Code page of the Server and Client tabs: it follows the fields as they change, switches language,
// follows a language change, copies and saves (and says why a save failed).
#include "client_tab.h"
#include "code_view.h"
#include "server_tab.h"
#include "udp_endpoint_panel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace socketlab;

namespace {

// Marks every comment of the generator, so a test sees the program follow a language change.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/ = nullptr,
        int /*n*/ = -1) const override
    {
        if (QByteArray(context) == "socketlab::gui::CodeGenerator")
            return QStringLiteral("XX ") + QString::fromUtf8(sourceText);
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCodeView : public QObject {
    Q_OBJECT

private slots:
    void serverCodeFollowsFields();
    void clientCodeFollowsFields();
    void udpCodeFollowsFields();
    void pageBesideTrace();
    void followsLanguageChange();
    void copyAndSave();
};

void TestCodeView::serverCodeFollowsFields()
{
    gui::ServerTab tab;
    auto* view = tab.findChild<gui::CodeView*>();
    QVERIFY(view);
    QVERIFY(view->code().contains("port = 12345"));
    QVERIFY(view->code().contains("s.listen(5)"));

    tab.setPort(QStringLiteral("4242"));
    QVERIFY(view->code().contains("port = 4242"));
    tab.findChild<QSpinBox*>(QStringLiteral("backlogSpin"))->setValue(9);
    QVERIFY(view->code().contains("s.listen(9)"));
    tab.setReuseAddress(true);
    QVERIFY(view->code().contains("SO_REUSEADDR"));

    auto* reply = tab.findChild<QLineEdit*>(QStringLiteral("replyTextEdit"));
    reply->clear();
    QTest::keyClicks(reply, QStringLiteral("it's"));
    QVERIFY2(view->code().contains("c.sendall(b'it\\'s')"), qPrintable(view->code()));

    auto* mode = tab.findChild<QComboBox*>(QStringLiteral("replyModeCombo"));
    mode->setCurrentIndex(mode->findData(static_cast<int>(core::ReplyMode::Echo)));
    QVERIFY(view->code().contains("c.sendall(data)"));

    view->setLanguage(gui::CodeLanguage::C);
    QCOMPARE(view->fileName(), QStringLiteral("server.c"));
    QVERIFY(view->code().contains("listen(s, 9)"));
    tab.setHost(QStringLiteral("2130706433"));
    QVERIFY(view->code().contains("const char *host = \"127.0.0.1\";"));

    auto* caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"));
    QVERIFY(!caption->text().isEmpty());
    auto* warning = view->findChild<QLabel*>(QStringLiteral("warningLabel"));
    QVERIFY(warning->isHidden());
    tab.setPort(QStringLiteral("99999"));
    QVERIFY(!warning->isHidden());
    QVERIFY(!warning->text().isEmpty());
}

void TestCodeView::clientCodeFollowsFields()
{
    gui::ClientTab tab;
    auto* view = tab.findChild<gui::CodeView*>();
    QVERIFY(view);
    QCOMPARE(view->fileName(), QStringLiteral("client.py"));
    QVERIFY(view->code().contains("s.recv(1024)"));
    tab.setPort(QStringLiteral("5151"));
    QVERIFY(view->code().contains("port = 5151"));
    tab.setHost(QStringLiteral("localhost"));
    QVERIFY(view->code().contains("host = 'localhost'"));
    tab.findChild<QSpinBox*>(QStringLiteral("recvSizeSpin"))->setValue(64);
    QVERIFY(view->code().contains("s.recv(64)"));
}

void TestCodeView::udpCodeFollowsFields()
{
    gui::UdpEndpointPanel panel;
    auto* view = panel.findChild<gui::CodeView*>();
    QVERIFY(view);
    QCOMPARE(view->fileName(), QStringLiteral("udp.py"));
    panel.setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("6001"));
    QVERIFY(view->code().contains("port = 6001"));
    QVERIFY(!view->code().contains("s.sendto(b'hi'"));
    panel.setDestination(QStringLiteral("127.0.0.1"), QStringLiteral("6002"));
    QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("payloadEdit")), QStringLiteral("hi"));
    QVERIFY2(view->code().contains("s.sendto(b'hi', (to_host, to_port))"), qPrintable(view->code()));
    QVERIFY(view->code().contains("to_port = 6002"));
    panel.findChild<QCheckBox*>(QStringLiteral("echoCheck"))->setChecked(true);
    QVERIFY(view->code().contains("    s.sendto(data, addr)"));
    panel.findChild<QCheckBox*>(QStringLiteral("broadcastCheck"))->setChecked(true);
    QVERIFY(view->code().contains("SO_BROADCAST"));
}

void TestCodeView::pageBesideTrace()
{
    gui::ServerTab tab;
    auto* pages = tab.findChild<QTabWidget*>(QStringLiteral("traceCodePages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 2);
    // In the trace's place: the last of the splitter's three panes.
    QCOMPARE(tab.splitter()->count(), 3);
    QCOMPARE(tab.splitter()->indexOf(pages), 2);
    QCOMPARE(pages->widget(0)->objectName(), QStringLiteral("tracePanel"));
    QCOMPARE(pages->widget(1), tab.findChild<gui::CodeView*>());
    QCOMPARE(pages->tabText(1), QStringLiteral("Code"));
}

void TestCodeView::followsLanguageChange()
{
    gui::ServerTab tab;
    auto* view = tab.findChild<gui::CodeView*>();
    QVERIFY(!view->code().contains("XX "));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_VERIFY(view->code().contains("# XX Create a socket object"));
    QVERIFY(view->code().contains("s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)")); // code untranslated
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(!view->code().contains("XX "));
}

void TestCodeView::copyAndSave()
{
    gui::ClientTab tab;
    auto* view = tab.findChild<gui::CodeView*>();
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), view->code());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("client.py"));
    QVERIFY(view->saveTo(file));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), view->code());

    auto* status = view->findChild<QLabel*>(QStringLiteral("statusLabel"));
    const QString badFile = dir.filePath(QStringLiteral("no-such-folder/client.py"));
    QVERIFY(!view->saveTo(badFile));
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(badFile)), qPrintable(status->text()));
}

QTEST_MAIN(TestCodeView)
#include "tst_code_view.moc"
