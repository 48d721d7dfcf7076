// Tests of the Learn panel: the dock and its View menu toggle, its room beside the tabs, the texts of
// each page, the programs, the program buttons (fields and tab only, no session), and a language
// switch reaching the panel, the glossary and the tooltips built from it.
#include "client_tab.h"
#include "glossary.h"
#include "learn_panel.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "trace_model.h"
#include "udp_tab.h"

#include "call_events.h"

#include "i18n/language.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace socketlab;
using gui::Term;

namespace {

template<typename T>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// A stand-in for a second language: marks every text of the glossary and the panel, so a test sees
// which texts were fetched again after the switch.
class MarkingTranslator : public QTranslator {
public:
    static QString mark() { return QStringLiteral("[xx] "); }
    bool isEmpty() const override { return false; }
    QString translate(
        const char* context, const char* sourceText, const char* disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QLatin1String ctx(context);
        // The panel's code, its form (named after the form's class) and the glossary.
        if (ctx == QLatin1String("socketlab::gui::Glossary") || ctx == QLatin1String("socketlab::gui::LearnPanel")
            || ctx == QLatin1String("LearnPanel"))
            return mark() + QString::fromUtf8(sourceText);
        return {};
    }
};

} // namespace

class TestLearnPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dockTogglesFromViewMenu();
    void shownPanelIsNeverASliver_data();
    void shownPanelIsNeverASliver();
    void pagesShowTheTutorial();
    void programsAreValidPython3();
    void setUpButtons_data();
    void setUpButtons();
    void languageSwitchReachesEveryText();
    void browsersLaidOutAfterFirstFrame();
    void widthFirstThenTexts();
    void firstStartFillsBrowsersAfterFirstFrame();
};

void TestLearnPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_learn_panel"));
}

void TestLearnPanel::dockTogglesFromViewMenu()
{
    gui::MainWindow window;
    window.resize(1024, 700);
    window.show();
    auto* dock = child<gui::LearnPanel>(&window, "learnPanel");
    QCOMPARE(dock, window.learnPanel());
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QCOMPARE(dock->allowedAreas(), Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetClosable));
    QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetFloatable));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Learn"));

    QAction* toggle = dock->toggleViewAction();
    QVERIFY(child<QMenu>(&window, "menuView")->actions().contains(toggle));
    QCOMPARE(toggle->shortcut(), QKeySequence(QKeySequence::HelpContents));

    const bool wasVisible = dock->isVisible();
    toggle->trigger();
    QCOMPARE(dock->isVisible(), !wasVisible);
    QCOMPARE(toggle->isChecked(), !wasVisible);
    toggle->trigger();
    QCOMPARE(dock->isVisible(), wasVisible);
}

void TestLearnPanel::shownPanelIsNeverASliver_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    // Russian tabs need more width: showing the panel must still not push the window wider.
    QTest::newRow("Russian") << QStringLiteral("ru");
}

void TestLearnPanel::shownPanelIsNeverASliver()
{
    QFETCH(QString, language);
    QVERIFY(i18n::setLanguage(language));
    const auto restoreEnglish = qScopeGuard([] { i18n::setLanguage(QStringLiteral("en")); });
    // The offscreen screen is narrower than either window: only the wide one has room beside the tabs.
    for (const QSize& size : {QSize(1920, 1080), QSize(1024, 700)}) {
        gui::MainWindow window;
        window.resize(size);
        window.show();
        gui::LearnPanel* panel = window.learnPanel();
        if (panel->isVisible())
            panel->toggleViewAction()->trigger();
        panel->toggleViewAction()->trigger();
        QVERIFY(panel->isVisible());
        QTRY_VERIFY2(panel->width() >= panel->preferredWidth(), qPrintable(QString::number(panel->width())));
        // Docked where there is room; floating where the tabs would leave only a sliver.
        QCOMPARE(panel->isFloating(), size.width() < 1280);
        QCOMPARE(window.width(), size.width());
        auto* tabs = child<QTabWidget>(&window, "tabs");
        QVERIFY(tabs->width() >= tabs->minimumSizeHint().width());
    }
}

void TestLearnPanel::pagesShowTheTutorial()
{
    gui::LearnPanel panel;
    const QString vocabulary = child<QTextBrowser>(&panel, "vocabularyText")->toPlainText();
    QVERIFY(vocabulary.contains(QStringLiteral("Term and description")));
    for (const Term term : gui::kVocabularyTerms) {
        QVERIFY2(vocabulary.contains(gui::glossaryTitle(term)), qPrintable(gui::glossaryTitle(term)));
        QVERIFY2(vocabulary.contains(gui::glossaryText(term)), qPrintable(gui::glossaryTitle(term)));
    }

    const QString methods = child<QTextBrowser>(&panel, "methodsText")->toPlainText();
    QVERIFY(methods.contains(QStringLiteral("s = socket.socket(family, type, protocol=0)")));
    QVERIFY(methods.contains(gui::glossaryText(Term::Socket)));
    for (const char* heading : {"Server socket methods", "Client socket methods", "General socket methods"})
        QVERIFY2(methods.contains(QLatin1String(heading)), heading);
    QVERIFY(methods.indexOf(QLatin1String("Server socket methods")) < methods.indexOf(gui::glossaryTitle(Term::Bind)));
    QVERIFY(methods.indexOf(QLatin1String("General socket methods"))
        < methods.indexOf(gui::glossaryTitle(Term::GetHostName)));
    for (const Term term : {Term::Bind, Term::Listen, Term::Accept, Term::Connect, Term::Recv, Term::Send,
             Term::RecvFrom, Term::SendTo, Term::Close, Term::GetHostName, Term::GetAddrInfo}) {
        QVERIFY2(methods.contains(gui::glossaryTitle(term)), qPrintable(gui::glossaryTitle(term)));
        QVERIFY2(methods.contains(gui::glossaryText(term)), qPrintable(gui::glossaryTitle(term)));
    }

    const QString addresses = child<QTextBrowser>(&panel, "addressesText")->toPlainText();
    for (const char* form : {"dotted-quad address", "IPv6 address in colon notation", "'<broadcast>'", "INADDR_ANY",
             "2130706433", "host byte order", "service name", "any free port"})
        QVERIFY2(addresses.contains(QLatin1String(form)), form);

    auto* server = child<QPlainTextEdit>(&panel, "serverProgramCode");
    QVERIFY(server->isReadOnly());
    QVERIFY(server->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(server->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(server->toPlainText(), gui::LearnPanel::serverProgram());
    QCOMPARE(child<QPlainTextEdit>(&panel, "clientProgramCode")->toPlainText(), gui::LearnPanel::clientProgram());
    QCOMPARE(child<QPlainTextEdit>(&panel, "lookupProgramCode")->toPlainText(), gui::LearnPanel::lookupProgram());

    const QStringList serverLines = gui::LearnPanel::serverProgram().split(QLatin1Char('\n'));
    for (const char* line : {"port = 12345", "s.listen(5)", "    c, addr = s.accept()",
             "    print('Got connection from', addr)", "    c.send(b'Thank you for connecting')", "    c.close()"})
        QVERIFY2(serverLines.contains(QLatin1String(line)), line);
    const QStringList clientLines = gui::LearnPanel::clientProgram().split(QLatin1Char('\n'));
    QVERIFY(clientLines.contains(QLatin1String("print(s.recv(1024).decode())")));
    QVERIFY(clientLines.contains(QLatin1String("s.close()")));
    QVERIFY(!clientLines.contains(QLatin1String("s.close"))); // the source's slip: no call without ()
    QVERIFY(
        gui::LearnPanel::lookupProgram().contains(QLatin1String("socket.getaddrinfo('tutorialspoint.com', 'www')")));
    QVERIFY(gui::LearnPanel::lookupProgram().contains(QLatin1String("print(socket.gethostname())")));
}

void TestLearnPanel::programsAreValidPython3()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& program :
        {gui::LearnPanel::serverProgram(), gui::LearnPanel::clientProgram(), gui::LearnPanel::lookupProgram()}) {
        const QString path = dir.filePath(QStringLiteral("program.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(program.toUtf8());
        file.close();
        // Parsed, not run: the programs would touch the network.
        QProcess process;
        process.start(python,
            {QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(open(sys.argv[1]).read())"), path});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    }
}

void TestLearnPanel::setUpButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("sideBySide");
    for (const bool sideBySide : {false, true}) {
        const char* suffix = sideBySide ? " side by side" : "";
        for (const char* button : {"setUpServerButton", "setUpClientButton", "setUpLookupButton"})
            QTest::newRow(qPrintable(QLatin1String(button) + QLatin1String(suffix)))
                << QString::fromLatin1(button) << sideBySide;
    }
}

void TestLearnPanel::setUpButtons()
{
    QFETCH(QString, button);
    QFETCH(bool, sideBySide);
    gui::MainWindow window;
    window.resize(1024, 700);
    window.setSideBySide(sideBySide);
    window.show();
    gui::LearnPanel* panel = window.learnPanel();
    if (!panel->isVisible())
        panel->toggleViewAction()->trigger(); // as F1 does
    QVERIFY(panel->isVisible());
    auto* tabs = child<QTabWidget>(&window, "tabs");
    tabs->setCurrentWidget(window.udpTab());

    // Fields away from the tutorial's values, so the button visibly puts them back.
    auto* serverPort = child<QLineEdit>(window.serverTab(), "portEdit");
    auto* clientPort = child<QLineEdit>(window.clientTab(), "portEdit");
    serverPort->setText(QStringLiteral("999"));
    child<QSpinBox>(window.serverTab(), "backlogSpin")->setValue(1);
    clientPort->setText(QStringLiteral("1"));
    child<QSpinBox>(window.clientTab(), "recvSizeSpin")->setValue(4);
    window.lookupTab()->setHost(QStringLiteral("example.org"));
    window.lookupTab()->setService(QStringLiteral("80"));

    child<QTabWidget>(panel, "learnTabs")->setCurrentWidget(child<QWidget>(panel, "programsPage"));
    auto* pushButton = child<QPushButton>(panel, qPrintable(button));
    QVERIFY(pushButton->isVisible());
    QTest::mouseClick(pushButton, Qt::LeftButton);

    QWidget* expected = button == QLatin1String("setUpServerButton") ? static_cast<QWidget*>(window.serverTab())
        : button == QLatin1String("setUpClientButton")               ? static_cast<QWidget*>(window.clientTab())
                                                                     : static_cast<QWidget*>(window.lookupTab());
    QVERIFY(tabs->currentWidget()->isAncestorOf(expected) || tabs->currentWidget() == expected);
    if (expected == window.serverTab()) {
        QCOMPARE(serverPort->text(), QStringLiteral("12345"));
        QCOMPARE(child<QSpinBox>(window.serverTab(), "backlogSpin")->value(), 5);
        QCOMPARE(
            child<QLineEdit>(window.serverTab(), "replyTextEdit")->text(), QStringLiteral("Thank you for connecting"));
        QCOMPARE(clientPort->text(), QStringLiteral("1")); // the other tabs stay as they were
    } else if (expected == window.clientTab()) {
        QCOMPARE(clientPort->text(), QStringLiteral("12345"));
        QCOMPARE(child<QComboBox>(window.clientTab(), "hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
        QCOMPARE(child<QSpinBox>(window.clientTab(), "recvSizeSpin")->value(), 1024);
        QCOMPARE(serverPort->text(), QStringLiteral("999"));
    } else {
        QCOMPARE(child<QComboBox>(window.lookupTab(), "lookupHostCombo")->currentText(),
            QStringLiteral("tutorialspoint.com"));
        QCOMPARE(child<QLineEdit>(window.lookupTab(), "serviceEdit")->text(), QStringLiteral("www"));
    }
    // Only fields: no server, no connection, no lookup.
    QVERIFY(!window.serverTab()->isRunning());
    QVERIFY(!window.clientTab()->isBusy());
    QVERIFY(!window.lookupTab()->isLookingUp());
}

void TestLearnPanel::languageSwitchReachesEveryText()
{
    gui::MainWindow window;
    window.show();
    auto* portEdit = child<QLineEdit>(window.serverTab(), "portEdit");
    auto* vocabulary = child<QTextBrowser>(window.learnPanel(), "vocabularyText");
    auto* serverCode = child<QPlainTextEdit>(window.learnPanel(), "serverProgramCode");
    auto* setUpServer = child<QPushButton>(window.learnPanel(), "setUpServerButton");
    QVERIFY(!portEdit->toolTip().startsWith(MarkingTranslator::mark()));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString mark = MarkingTranslator::mark();
    // The glossary is asked again, in the new language: its entries are never kept.
    QVERIFY(gui::glossaryText(Term::Port).startsWith(mark));
    QTRY_VERIFY2(portEdit->toolTip().startsWith(gui::glossaryText(Term::Port)), qPrintable(portEdit->toolTip()));
    QTRY_VERIFY(vocabulary->toPlainText().contains(mark + QStringLiteral("Term and description")));
    QVERIFY(vocabulary->toPlainText().contains(gui::glossaryText(Term::Domain)));
    QVERIFY(serverCode->toPlainText().contains(QStringLiteral("# ") + mark + QStringLiteral("Create a socket object")));
    QCOMPARE(setUpServer->text(), mark + QStringLiteral("Set up the Server tab"));
    QCOMPARE(window.learnPanel()->windowTitle(), mark + QStringLiteral("Learn"));

    gui::TraceModel model;
    model.append({tests::callEvent("listen", "3, 5")});
    QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(mark));

    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(!portEdit->toolTip().contains(mark));
    QTRY_VERIFY(!vocabulary->toPlainText().contains(mark));
    QVERIFY(!serverCode->toPlainText().contains(mark));
}

void TestLearnPanel::browsersLaidOutAfterFirstFrame()
{
    // A text browser lays its document out at every resize: none is shown while the window first
    // shows (their texts are there all the same), then the current page's one, and each other one
    // with its page.
    gui::LearnPanel panel;
    auto* vocabulary = child<QTextBrowser>(&panel, "vocabularyText");
    auto* methods = child<QTextBrowser>(&panel, "methodsText");
    QVERIFY(vocabulary->isHidden());
    QVERIFY(methods->isHidden());
    QVERIFY(!methods->toPlainText().isEmpty());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(vocabulary->isVisible());
    QVERIFY(methods->isHidden());
    child<QTabWidget>(&panel, "learnTabs")->setCurrentWidget(child<QWidget>(&panel, "methodsPage"));
    QVERIFY(methods->isVisible());
}

void TestLearnPanel::widthFirstThenTexts()
{
    // A first start asks for the width before the first frame: the pages are built, but the browsers' and
    // programs' texts (no width depends on them) come with ensureContent(), the same as if built at once.
    gui::LearnPanel atOnce;
    gui::LearnPanel widthFirst(nullptr, gui::LearnPanel::Content::Later);
    QCOMPARE(widthFirst.preferredWidth(), atOnce.preferredWidth());
    QVERIFY(widthFirst.hasContent());
    auto* vocabulary = child<QTextBrowser>(&widthFirst, "vocabularyText");
    auto* server = child<QPlainTextEdit>(&widthFirst, "serverProgramCode");
    QVERIFY(vocabulary->toPlainText().isEmpty());
    QVERIFY(server->toPlainText().isEmpty());
    widthFirst.ensureContent();
    QVERIFY(vocabulary->toPlainText().contains(QStringLiteral("Term and description")));
    QCOMPARE(server->toPlainText(), gui::LearnPanel::serverProgram());
    for (const char* name : {"vocabularyText", "methodsText", "addressesText"})
        QCOMPARE(child<QTextBrowser>(&widthFirst, name)->toHtml(), child<QTextBrowser>(&atOnce, name)->toHtml());
    for (const char* name : {"serverProgramCode", "clientProgramCode", "lookupProgramCode"}) {
        QCOMPARE(child<QPlainTextEdit>(&widthFirst, name)->toPlainText(),
            child<QPlainTextEdit>(&atOnce, name)->toPlainText());
        // As tall as its program, as when built at once.
        QCOMPARE(child<QPlainTextEdit>(&widthFirst, name)->maximumHeight(),
            child<QPlainTextEdit>(&atOnce, name)->maximumHeight());
    }
}

void TestLearnPanel::firstStartFillsBrowsersAfterFirstFrame()
{
    QSettings().clear(); // a first start: the Learn panel's width is asked for before the first frame
    gui::MainWindow window;
    auto* panel = child<gui::LearnPanel>(&window, "learnPanel");
    QVERIFY(panel->hasContent());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nobody asks for the panel: its browsers get their texts by themselves once the first frame is out.
    auto* vocabulary = child<QTextBrowser>(panel, "vocabularyText");
    QTRY_VERIFY(vocabulary->toPlainText().contains(QStringLiteral("Term and description")));
    QVERIFY(!child<QTextBrowser>(panel, "methodsText")->toPlainText().isEmpty());
    QVERIFY(!child<QTextBrowser>(panel, "addressesText")->toPlainText().isEmpty());
    QCOMPARE(child<QPlainTextEdit>(panel, "lookupProgramCode")->toPlainText(), gui::LearnPanel::lookupProgram());
    if (panel->isVisible())
        QTRY_VERIFY(vocabulary->isVisible());
}

QTEST_MAIN(TestLearnPanel)
#include "tst_learn_panel.moc"
