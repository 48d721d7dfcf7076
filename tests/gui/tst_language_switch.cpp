// Switching the language at run time: every visible text of the window turns Russian at once, with
// the tutorial's terms, dynamic texts of a running session included, and back to English again.
#include "client_tab.h"
#include "language_menu.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "server_tab.h"

#include "i18n/language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>

using namespace socketlab;

namespace {

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
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
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
        QStringLiteral("sockaddr"), QStringLiteral("None")};
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
        // A running server, so its dynamic texts (state, address, client count) are covered too.
        gui::ServerTab* server = window.serverTab();
        server->setHost(QStringLiteral("127.0.0.1"));
        server->setPort(QStringLiteral("0"));
        server->start();
        QTRY_VERIFY(server->isRunning());

        languageAction(window, "ru")->trigger();
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("ru"));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(window.serverTab())), QStringLiteral("Сервер"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.clientTab())), QStringLiteral("Клиент"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.lookupTab())), QStringLiteral("Разрешение имён"));
        QVERIFY(languageAction(window, "ru")->isChecked());

        QStringList leftovers;
        for (const ShownText& shown : shownTexts(window)) {
            const QString text = withoutReplyLiteral(shown.text);
            const QStringList words = englishWords(text);
            if (!words.isEmpty() && !hasCyrillic(text))
                leftovers << shown.where + QStringLiteral(": ") + shown.text;
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
