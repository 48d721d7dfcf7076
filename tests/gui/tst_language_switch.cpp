// Switching the language at run time: every visible text of the window turns Russian at once, with
// the tutorial's terms, dynamic texts of a running session included, and back to English again.
#include "client_tab.h"
#include "language_menu.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include "core/messages.h"
#include "core/text.h"
#include "i18n/language.h"
#include "loopback.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace socketlab;

namespace {

// Enough rows of each list to meet every kind of row a session makes.
constexpr int kRowsRead = 30;

struct ShownText {
    QString where;
    QString text;
};

QString describe(const QObject* object)
{
    QString name = object->objectName();
    for (const QObject* parent = object->parent(); parent && name.count(QLatin1Char('/')) < 2;
         parent = parent->parent())
        if (!parent->objectName().isEmpty())
            name = parent->objectName() + QLatin1Char('/') + name;
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ') + name;
}

// Every text the window shows or can show on hover: labels, buttons, titles, tab texts, tooltips,
// What's This, placeholders, menu and toolbar actions, column headers.
QList<ShownText> shownTexts(QMainWindow& window)
{
    QList<ShownText> texts;
    auto add = [&texts](const QObject* object, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.append({describe(object) + QLatin1Char(' ') + what, text});
    };
    QList<QWidget*> widgets = window.findChildren<QWidget*>();
    widgets.prepend(&window);
    for (QWidget* widget : widgets) {
        add(widget, QStringLiteral("toolTip"), widget->toolTip());
        add(widget, QStringLiteral("whatsThis"), widget->whatsThis());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label, QStringLiteral("text"), label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button, QStringLiteral("text"), button->text());
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box, QStringLiteral("title"), box->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* dock = qobject_cast<QDockWidget*>(widget))
            add(dock, QStringLiteral("title"), dock->windowTitle());
        if (auto* menu = qobject_cast<QMenu*>(widget))
            add(menu, QStringLiteral("title"), menu->title());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                add(tabs, QStringLiteral("tab tip %1").arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(combo, QStringLiteral("item %1").arg(i), combo->itemText(i));
                add(combo, QStringLiteral("item tip %1").arg(i), combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            // The rows' own texts and tooltips too: states, directions, the glossary on each call.
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), kRowsRead); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    add(view, QStringLiteral("cell %1,%2").arg(row).arg(column), index.data().toString());
                    add(view, QStringLiteral("cell tip %1,%2").arg(row).arg(column),
                        index.data(Qt::ToolTipRole).toString());
                }
            }
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                add(view, QStringLiteral("header %1").arg(column),
                    view->model()->headerData(column, Qt::Horizontal).toString());
                add(view, QStringLiteral("header tip %1").arg(column),
                    view->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
    }
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->isSeparator() || action->objectName().startsWith(QLatin1String("actionLanguage_")))
            continue; // each language is named in itself
        add(action, QStringLiteral("text"), action->text());
        add(action, QStringLiteral("toolTip"), action->toolTip());
        add(action, QStringLiteral("statusTip"), action->statusTip());
    }
    return texts;
}

QString plainText(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// English prose left in a Russian window: a word of Latin letters that is not code (a call, a
// constant, a file, an address), not an abbreviation (TCP, IPv4) and not a name SocketLab keeps.
QStringList englishWords(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("[^\\s«»\"'“”,;!?()\\[\\]{}—–]+"));
    static const QRegularExpression plainWord(QStringLiteral("^[A-Za-z][a-z]+[.:]?$"));
    static const QStringList kept {QStringLiteral("SocketLab"), QStringLiteral("Python"), QStringLiteral("Qt"),
        QStringLiteral("localhost"), QStringLiteral("socket"), QStringLiteral("www"), QStringLiteral("http"),
        QStringLiteral("echo"), QStringLiteral("discard"), QStringLiteral("Winsock"), QStringLiteral("Linux"),
        QStringLiteral("Windows"), QStringLiteral("macOS"), QStringLiteral("errno"), QStringLiteral("s"),
        QStringLiteral("c"), QStringLiteral("addr"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("import"), QStringLiteral("print"), QStringLiteral("while"), QStringLiteral("True"),
        QStringLiteral("pprint"), QStringLiteral("from"), QStringLiteral("as"), QStringLiteral("in"),
        // Python's own names, shown as Python prints them: getaddrinfo's tuple fields and None.
        QStringLiteral("family"), QStringLiteral("type"), QStringLiteral("proto"), QStringLiteral("canonname"),
        QStringLiteral("sockaddr"), QStringLiteral("None"),
        // The services database's protocol names.
        QStringLiteral("tcp"), QStringLiteral("udp"),
        // The calls themselves, named as the trace names them.
        QStringLiteral("bind"), QStringLiteral("listen"), QStringLiteral("accept"), QStringLiteral("connect"),
        QStringLiteral("send"), QStringLiteral("recv"), QStringLiteral("sendto"), QStringLiteral("recvfrom"),
        QStringLiteral("close"), QStringLiteral("shutdown"), QStringLiteral("setsockopt"),
        QStringLiteral("getsockname"), QStringLiteral("gethostname"), QStringLiteral("getaddrinfo"),
        QStringLiteral("getnameinfo"),
        // Data, not text: what gethostname() returns here.
        QSysInfo::machineHostName()};
    QStringList words;
    auto it = token.globalMatch(plainText(text));
    while (it.hasNext()) {
        QString word = it.next().captured();
        if (!plainWord.match(word).hasMatch())
            continue; // code, numbers, addresses, abbreviations, mixed scripts
        word.remove(QRegularExpression(QStringLiteral("[.:]$")));
        if (!kept.contains(word))
            words << word;
    }
    return words;
}

bool hasCyrillic(const QString& text)
{
    static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    return text.contains(cyrillic);
}

// "Thank you for connecting" is data the server sends, the same in every language.
QString withoutReplyLiteral(QString text)
{
    return text.remove(QLatin1String("Thank you for connecting"));
}

QAction* languageAction(QMainWindow& window, const char* code)
{
    return window.findChild<QAction*>(QStringLiteral("actionLanguage_") + QLatin1String(code));
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
        QSettings().clear();
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void menuNamesEachLanguageInItself()
    {
        gui::MainWindow window;
        QAction* english = languageAction(window, "en");
        QAction* russian = languageAction(window, "ru");
        QVERIFY(english && russian);
        QCOMPARE(english->text(), QStringLiteral("English"));
        QCOMPARE(russian->text(), QStringLiteral("Русский"));
        QVERIFY(english->isChecked());
        QVERIFY(!russian->isChecked());
    }

    void switchingTurnsEveryTextRussianAndBack()
    {
        gui::MainWindow window;
        window.resize(1024, 700);
        window.show();
        // Sessions first, so the dynamic texts are covered too: the tutorial's pair (server state, client
        // list, conversations, traces) and the UDP pair.
        window.pairOnThisMachine();
        gui::ServerTab* server = window.serverTab();
        QTRY_VERIFY(server->isRunning());
        QTRY_VERIFY(server->findChild<QAbstractItemView*>(QStringLiteral("clientsView"))->model()->rowCount() > 0);
        window.udpTab()->pairEndpoints();
        QTRY_VERIFY(window.udpTab()->endpointA()->boundPort() != 0 && window.udpTab()->endpointB()->boundPort() != 0);

        languageAction(window, "ru")->trigger();
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("ru"));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(window.serverTab())), QStringLiteral("Сервер"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.clientTab())), QStringLiteral("Клиент"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.lookupTab())), QStringLiteral("Разрешение имён"));
        QVERIFY(languageAction(window, "ru")->isChecked());

        // Line by line: a Russian sentence must not hide an English one in the same tooltip.
        QStringList leftovers;
        for (const ShownText& shown : shownTexts(window)) {
            for (const QString& line : plainText(withoutReplyLiteral(shown.text)).split(QLatin1Char('\n'))) {
                if (!englishWords(line).isEmpty() && !hasCyrillic(line))
                    leftovers << shown.where + QStringLiteral(": ") + line;
            }
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(QStringLiteral("\n") + leftovers.join(QLatin1Char('\n'))));

        languageAction(window, "en")->trigger();
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(window.serverTab())), QStringLiteral("Server"));
        QStringList russianLeft;
        for (const ShownText& shown : shownTexts(window)) {
            if (hasCyrillic(shown.text))
                russianLeft << shown.where + QStringLiteral(": ") + shown.text;
        }
        QVERIFY2(russianLeft.isEmpty(), qPrintable(QStringLiteral("\n") + russianLeft.join(QLatin1Char('\n'))));
        server->stop();
        QTRY_VERIFY(!server->isRunning());
    }

    // The explanation and the hint are SocketLab's and follow the language; the system's own message
    // stays as the system gave it, beside them.
    void errorsKeepTheSystemMessageBesideOurs()
    {
        const quint16 port = tests::closedPort();
        QVERIFY(port != 0);
        gui::MainWindow window;
        window.show();
        gui::ClientTab* client = window.clientTab();
        client->setHost(QStringLiteral("127.0.0.1"));
        client->setPort(QString::number(port));
        QSignalSpy failed(client, &gui::ClientTab::connectFailed);
        auto* connectButton = client->findChild<QPushButton*>(QStringLiteral("connectButton"));
        QVERIFY(connectButton);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE(failed.count(), 1);
        auto* errorLabel = client->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(errorLabel);
        const char* hint = core::conditionHint(core::Condition::ConnectionRefused);
        const QString systemMessage = QString::fromLocal8Bit(std::strerror(ECONNREFUSED));
        QTRY_VERIFY2(errorLabel->text().contains(QLatin1String(hint)), qPrintable(errorLabel->text()));

        languageAction(window, "ru")->trigger();
        const QString russianHint = QCoreApplication::translate(core::kTextContext, hint);
        QVERIFY(russianHint != QLatin1String(hint));
        QTRY_VERIFY2(errorLabel->text().contains(russianHint.toHtmlEscaped()), qPrintable(errorLabel->text()));
        QVERIFY2(errorLabel->text().contains(QLatin1String("ECONNREFUSED")), qPrintable(errorLabel->text()));
        QVERIFY2(errorLabel->text().contains(systemMessage), qPrintable(errorLabel->text()));

        languageAction(window, "en")->trigger();
        QTRY_VERIFY2(errorLabel->text().contains(QLatin1String(hint)), qPrintable(errorLabel->text()));
    }

    void choiceIsRemembered()
    {
        {
            gui::MainWindow window;
            languageAction(window, "ru")->trigger();
        }
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
        i18n::setLanguage(QStringLiteral("en"));
        QCOMPARE(gui::LanguageMenu::applyStartLanguage(QString()), QStringLiteral("ru"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("ru"));
        // --lang wins over the remembered choice, and is not remembered itself.
        QCOMPARE(gui::LanguageMenu::applyStartLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
        QSettings().remove(QStringLiteral("language"));
        QCOMPARE(gui::LanguageMenu::applyStartLanguage(QString()), i18n::systemLanguage());
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
