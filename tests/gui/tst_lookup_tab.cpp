// Tests for the Lookup tab, driven through its widgets' objectNames: gethostname at start, getaddrinfo for
// each host form (name, '<broadcast>', an integer), refused input, an unknown name, getnameinfo, the
// services database, cancelling, the history and the settings. Loopback names only: no network needed.
#include "gui/address_info_model.h"
#include "gui/field_check.h"
#include "gui/lookup_tab.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using socketlab::gui::AddressInfoModel;
using socketlab::gui::LookupTab;
namespace gui = socketlab::gui;

namespace {

constexpr int kTabWidth = 1000;
constexpr int kTabHeight = 590;
// A name the resolver must refuse can need a name server's answer (or its timeout) first.
constexpr int kResolverTimeoutMs = 30000;
// The rows of the tab's family and type combos.
constexpr int kFamilyInetRow = 1;
constexpr int kTypeAnyRow = 0;
constexpr int kTypeDatagramRow = 2;
constexpr int kBroadcastExample = 5;

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace

class TestLookupTab : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsHostName();
    void looksUpLocalhost();
    void waitingHoldsBackOnlyTheSwitchedButtons();
    void broadcastBecomesAllOnes();
    void integerHostIsLoopback();
    void refusesMalformedHost();
    void explainsUnknownName();
    void reverseLookup();
    void servicesDatabase();
    void cancelShowsNothing();
    void historyRunsAgain();
    void examplesFillFields();
    void keepsSettings();
    void survivesLanguageChange();
    void oldAnswerStaysUntilTheNewOne();
    void lookupUsesTheCheckOfTheLastChange();
    void answerStaysWhenTheWaitingDelayRunsOut();

private:
    // Runs getaddrinfo with the current fields and waits for its answer.
    void lookUp(const QString& host, const QString& service);
    // Whether the results table has a row whose address is `tuple`.
    bool hasAddress(const QString& tuple) const;

    std::unique_ptr<LookupTab> m_tab;
};

void TestLookupTab::init()
{
    m_tab = std::make_unique<LookupTab>();
    m_tab->resize(kTabWidth, kTabHeight);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestLookupTab::cleanup()
{
    m_tab.reset();
}

void TestLookupTab::lookUp(const QString& host, const QString& service)
{
    m_tab->setHost(host);
    m_tab->setService(service);
    QVERIFY(m_tab->lookup());
    QVERIFY(m_tab->isLookingUp());
    QVERIFY(child<QPushButton>(*m_tab, "cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_tab, "lookupButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->isLookingUp(), kResolverTimeoutMs);
    QVERIFY(!child<QPushButton>(*m_tab, "cancelButton")->isEnabled());
}

bool TestLookupTab::hasAddress(const QString& tuple) const
{
    const QAbstractItemModel* model = child<QTableView>(*m_tab, "resultsView")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AddressInfoModel::AddressColumn).data().toString() == tuple)
            return true;
    }
    return false;
}

void TestLookupTab::waitingHoldsBackOnlyTheSwitchedButtons()
{
    // Until the answer the tab is not repainted for what the lookup itself switched (its two buttons), so
    // the answer's repaint is the next one; the rest of the tab is not held back (what is typed meanwhile
    // shows), and everything repaints again with the answer.
    m_tab->setHost(QStringLiteral("localhost"));
    m_tab->setService(QStringLiteral("80"));
    QVERIFY(m_tab->lookup());
    auto* lookupButton = child<QPushButton>(*m_tab, "lookupButton");
    auto* cancelButton = child<QPushButton>(*m_tab, "cancelButton");
    QVERIFY(!lookupButton->updatesEnabled());
    QVERIFY(!cancelButton->updatesEnabled());
    QVERIFY(m_tab->updatesEnabled());
    QVERIFY(child<QLineEdit>(*m_tab, "serviceEdit")->updatesEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->isLookingUp(), kResolverTimeoutMs);
    QVERIFY(lookupButton->updatesEnabled());
    QVERIFY(cancelButton->updatesEnabled());
}

void TestLookupTab::showsHostName()
{
    // What Python's socket.gethostname() prints; Qt asks the same system call.
    QTRY_COMPARE(child<QLineEdit>(*m_tab, "hostNameEdit")->text(), QSysInfo::machineHostName());
    QVERIFY(child<QPushButton>(*m_tab, "copyHostNameButton")->isEnabled());
    QTRY_VERIFY(child<gui::TracePanel>(*m_tab, "tracePanel")->model()->rowCount() > 0);
}

void TestLookupTab::looksUpLocalhost()
{
    lookUp(QStringLiteral("localhost"), QStringLiteral("http"));
    QVERIFY2(hasAddress(QStringLiteral("('127.0.0.1', 80)")), "no ('127.0.0.1', 80) row");
    QVERIFY(child<QPlainTextEdit>(*m_tab, "pythonView")
                ->toPlainText()
                .contains(QStringLiteral("(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80))")));
    QVERIFY(child<QLabel>(*m_tab, "durationLabel")->text().contains(QStringLiteral("getaddrinfo took")));
    QVERIFY(!child<QLabel>(*m_tab, "errorLabel")->isVisible());
    QVERIFY(child<QLabel>(*m_tab, "formLabel")->text().contains(QStringLiteral("Host name")));
    const QListWidget* history = child<QListWidget>(*m_tab, "historyList");
    QCOMPARE(history->count(), 1);
    QVERIFY(history->item(0)->text().startsWith(QStringLiteral("getaddrinfo('localhost', 'http')")));
    // gethostname at start and this getaddrinfo are both in the trace.
    QTRY_VERIFY(child<gui::TracePanel>(*m_tab, "tracePanel")->model()->rowCount() >= 2);
}

void TestLookupTab::broadcastBecomesAllOnes()
{
    child<QComboBox>(*m_tab, "lookupFamilyCombo")->setCurrentIndex(kFamilyInetRow);
    child<QComboBox>(*m_tab, "lookupTypeCombo")->setCurrentIndex(kTypeDatagramRow);
    m_tab->setHost(QStringLiteral("<broadcast>"));
    QVERIFY(child<QLabel>(*m_tab, "formLabel")->text().contains(QStringLiteral("255.255.255.255")));
    lookUp(QStringLiteral("<broadcast>"), QStringLiteral("80"));
    QVERIFY2(hasAddress(QStringLiteral("('255.255.255.255', 80)")), "no ('255.255.255.255', 80) row");
}

void TestLookupTab::integerHostIsLoopback()
{
    child<QComboBox>(*m_tab, "lookupFamilyCombo")->setCurrentIndex(kFamilyInetRow);
    lookUp(QStringLiteral("2130706433"), QStringLiteral("www"));
    QVERIFY2(hasAddress(QStringLiteral("('127.0.0.1', 80)")), "no ('127.0.0.1', 80) row");
    const QString form = child<QLabel>(*m_tab, "formLabel")->text();
    QVERIFY2(form.contains(QStringLiteral("127.0.0.1")), qPrintable(form));
}

void TestLookupTab::refusesMalformedHost()
{
    QComboBox* host = child<QComboBox>(*m_tab, "lookupHostCombo");
    m_tab->setHost(QStringLiteral("a b"));
    QVERIFY(gui::isMarkedInvalid(host));
    QVERIFY(!child<QPushButton>(*m_tab, "lookupButton")->isEnabled());
    QVERIFY(child<QLabel>(*m_tab, "validationLabel")->isVisible());
    QVERIFY(!m_tab->lookup());
    QVERIFY(!m_tab->isLookingUp());

    m_tab->setHost(QStringLiteral("localhost"));
    QVERIFY(!gui::isMarkedInvalid(host));
    QVERIFY(child<QPushButton>(*m_tab, "lookupButton")->isEnabled());
    QVERIFY(!child<QLabel>(*m_tab, "validationLabel")->isVisible());

    m_tab->setService(QStringLiteral("70000"));
    QVERIFY(gui::isMarkedInvalid(child<QLineEdit>(*m_tab, "serviceEdit")));
    QVERIFY(!child<QPushButton>(*m_tab, "lookupButton")->isEnabled());
}

void TestLookupTab::explainsUnknownName()
{
    lookUp(QStringLiteral("no-such-host.invalid"), QString());
    const QLabel* error = child<QLabel>(*m_tab, "errorLabel");
    QVERIFY(error->isVisible());
    // EAI_NONAME here; EAI_AGAIN where no name server answers.
    QVERIFY2(error->text().contains(QStringLiteral("EAI_")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("no-such-host.invalid")), qPrintable(error->text()));
    QCOMPARE(child<QTableView>(*m_tab, "resultsView")->model()->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>(*m_tab, "pythonView")->toPlainText().isEmpty());
    QVERIFY(child<QListWidget>(*m_tab, "historyList")->item(0)->text().contains(QStringLiteral("EAI_")));

    // A later answer clears the failure.
    lookUp(QStringLiteral("127.0.0.1"), QStringLiteral("80"));
    QVERIFY(!error->isVisible());
}

void TestLookupTab::reverseLookup()
{
    child<QLineEdit>(*m_tab, "reverseAddressEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>(*m_tab, "reversePortEdit")->setText(QStringLiteral("80"));
    child<QCheckBox>(*m_tab, "niNumericHostCheck")->setChecked(true);
    QPushButton* reverse = child<QPushButton>(*m_tab, "reverseButton");
    QVERIFY(reverse->isEnabled());
    QTest::mouseClick(reverse, Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>(*m_tab, "reverseResultEdit")->text(), QStringLiteral("('127.0.0.1', 'http')"));

    // A name is not an address for getnameinfo().
    child<QLineEdit>(*m_tab, "reverseAddressEdit")->setText(QStringLiteral("localhost"));
    QVERIFY(gui::isMarkedInvalid(child<QLineEdit>(*m_tab, "reverseAddressEdit")));
    QVERIFY(!reverse->isEnabled());
}

void TestLookupTab::servicesDatabase()
{
    QLineEdit* question = child<QLineEdit>(*m_tab, "serviceLookupEdit");
    QPushButton* find = child<QPushButton>(*m_tab, "serviceLookupButton");
    const QLabel* answer = child<QLabel>(*m_tab, "serviceResultLabel");
    question->setText(QStringLiteral("www"));
    QTest::mouseClick(find, Qt::LeftButton);
    QTRY_COMPARE(answer->text(), QStringLiteral("www → 80/tcp"));
    question->setText(QStringLiteral("80"));
    QTRY_VERIFY(find->isEnabled());
    QTest::mouseClick(find, Qt::LeftButton);
    QTRY_COMPARE(answer->text(), QStringLiteral("80/tcp → http"));
}

void TestLookupTab::cancelShowsNothing()
{
    m_tab->setHost(QStringLiteral("localhost"));
    m_tab->setService(QStringLiteral("http"));
    QVERIFY(m_tab->lookup());
    // No event is processed in between, so its answer cannot have been shown yet.
    QPushButton* cancel = child<QPushButton>(*m_tab, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_tab->isLookingUp());
    QVERIFY(child<QPushButton>(*m_tab, "lookupButton")->isEnabled());
    QVERIFY(child<QLabel>(*m_tab, "durationLabel")->text().contains(QStringLiteral("Cancelled")));

    // The next lookup's answer is the only one shown, and the cancelled one never reaches the history.
    lookUp(QStringLiteral("127.0.0.1"), QStringLiteral("443"));
    QVERIFY(hasAddress(QStringLiteral("('127.0.0.1', 443)")));
    QVERIFY(!hasAddress(QStringLiteral("('127.0.0.1', 80)")));
    QCOMPARE(child<QListWidget>(*m_tab, "historyList")->count(), 1);
}

void TestLookupTab::oldAnswerStaysUntilTheNewOne()
{
    // A local answer comes within a turn: the old one is replaced by it directly (one model reset, one
    // repaint), not first by an empty table.
    lookUp(QStringLiteral("127.0.0.1"), QStringLiteral("443"));
    QVERIFY(hasAddress(QStringLiteral("('127.0.0.1', 443)")));
    m_tab->setService(QStringLiteral("80"));
    QVERIFY(m_tab->lookup());
    QVERIFY(m_tab->isLookingUp());
    QVERIFY(hasAddress(QStringLiteral("('127.0.0.1', 443)"))); // no event processed yet: still the old answer
    QTRY_VERIFY(!m_tab->isLookingUp());
    QVERIFY(hasAddress(QStringLiteral("('127.0.0.1', 80)")));
    QVERIFY(!hasAddress(QStringLiteral("('127.0.0.1', 443)")));
}

void TestLookupTab::historyRunsAgain()
{
    QListWidget* history = child<QListWidget>(*m_tab, "historyList");
    lookUp(QStringLiteral("localhost"), QStringLiteral("http"));
    lookUp(QStringLiteral("127.0.0.1"), QStringLiteral("443"));
    QCOMPARE(history->count(), 2);
    QVERIFY(history->item(0)->text().startsWith(QStringLiteral("getaddrinfo('127.0.0.1', 443)")));

    // Double-clicking the older one fills the fields with it and asks again.
    QListWidgetItem* older = history->item(1);
    history->scrollToItem(older);
    // The list lays its items out later, in an event of its own.
    QTRY_VERIFY(history->visualItemRect(older).isValid());
    // A real double-click starts with a press; QTest's double-click event alone has none.
    const QPoint where = history->visualItemRect(older).center();
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(history->viewport(), Qt::LeftButton, {}, where);
    QCOMPARE(child<QComboBox>(*m_tab, "lookupHostCombo")->currentText(), QStringLiteral("localhost"));
    QCOMPARE(child<QLineEdit>(*m_tab, "serviceEdit")->text(), QStringLiteral("http"));
    QTRY_COMPARE(history->count(), 3);
    QVERIFY(history->item(0)->text().startsWith(QStringLiteral("getaddrinfo('localhost', 'http')")));
    QVERIFY(hasAddress(QStringLiteral("('127.0.0.1', 80)")));
}

void TestLookupTab::examplesFillFields()
{
    QComboBox* examples = child<QComboBox>(*m_tab, "examplesCombo");
    QCOMPARE(examples->count(), 8);
    QVERIFY(examples->itemText(0).contains(QStringLiteral("tutorialspoint.com")));
    // The tutorial's own program is what the tab starts with.
    QCOMPARE(child<QComboBox>(*m_tab, "lookupHostCombo")->currentText(), QStringLiteral("tutorialspoint.com"));
    QCOMPARE(child<QLineEdit>(*m_tab, "serviceEdit")->text(), QStringLiteral("www"));

    emit examples->activated(kBroadcastExample);
    QCOMPARE(child<QComboBox>(*m_tab, "lookupHostCombo")->currentText(), QStringLiteral("<broadcast>"));
    QCOMPARE(child<QLineEdit>(*m_tab, "serviceEdit")->text(), QStringLiteral("80"));
    QCOMPARE(child<QComboBox>(*m_tab, "lookupFamilyCombo")->currentIndex(), kFamilyInetRow);
    QCOMPARE(child<QComboBox>(*m_tab, "lookupTypeCombo")->currentIndex(), kTypeDatagramRow);
    QVERIFY(child<QLabel>(*m_tab, "formLabel")->text().contains(QStringLiteral("INADDR_BROADCAST")));
}

void TestLookupTab::keepsSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        m_tab->setHost(QStringLiteral("::1"));
        m_tab->setService(QStringLiteral("443"));
        child<QComboBox>(*m_tab, "lookupTypeCombo")->setCurrentIndex(kTypeDatagramRow);
        child<QCheckBox>(*m_tab, "canonNameCheck")->setChecked(true);
        child<QCheckBox>(*m_tab, "niDgramCheck")->setChecked(true);
        QSettings settings(file, QSettings::IniFormat);
        m_tab->saveSettings(settings);
    }
    LookupTab restored;
    QCOMPARE(child<QComboBox>(restored, "lookupTypeCombo")->currentIndex(), kTypeAnyRow);
    QSettings settings(file, QSettings::IniFormat);
    restored.loadSettings(settings);
    QCOMPARE(child<QComboBox>(restored, "lookupHostCombo")->currentText(), QStringLiteral("::1"));
    QCOMPARE(child<QLineEdit>(restored, "serviceEdit")->text(), QStringLiteral("443"));
    QCOMPARE(child<QComboBox>(restored, "lookupTypeCombo")->currentIndex(), kTypeDatagramRow);
    QVERIFY(child<QCheckBox>(restored, "canonNameCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(restored, "passiveCheck")->isChecked());
    QVERIFY(child<QCheckBox>(restored, "niDgramCheck")->isChecked());
    QVERIFY(settings.childGroups().contains(QStringLiteral("lookup")));
}

void TestLookupTab::survivesLanguageChange()
{
    lookUp(QStringLiteral("localhost"), QStringLiteral("http"));
    m_tab->setHost(QStringLiteral("a b"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_tab.get(), &change);
    // The texts built in code are there again, and refused input is still marked.
    QVERIFY(child<QLabel>(*m_tab, "durationLabel")->text().contains(QStringLiteral("getaddrinfo took")));
    QCOMPARE(child<QListWidget>(*m_tab, "historyList")->count(), 1);
    QCOMPARE(child<QComboBox>(*m_tab, "examplesCombo")->count(), 8);
    QVERIFY(gui::isMarkedInvalid(child<QComboBox>(*m_tab, "lookupHostCombo")));
    QCOMPARE(
        child<QTableView>(*m_tab, "resultsView")->model()->headerData(AddressInfoModel::AddressColumn, Qt::Horizontal),
        QVariant(QStringLiteral("sockaddr")));
}

void TestLookupTab::lookupUsesTheCheckOfTheLastChange()
{
    // lookup() does not check the fields again: it relies on the check each field change made. So every
    // way a field changes must check it: the typed host, a host chosen from the list, the family (an
    // IPv6 address is refused for AF_INET), the service, and an example or a history entry filling them in.
    auto* hostCombo = child<QComboBox>(*m_tab, "lookupHostCombo");
    auto* familyCombo = child<QComboBox>(*m_tab, "lookupFamilyCombo");
    auto* lookupButton = child<QPushButton>(*m_tab, "lookupButton");
    const auto refused = [&] {
        return !lookupButton->isEnabled() && !m_tab->lookup() && !m_tab->isLookingUp()
            && child<QLabel>(*m_tab, "validationLabel")->isVisible();
    };

    lookUp(QStringLiteral("::1"), QStringLiteral("443"));
    familyCombo->setCurrentIndex(kFamilyInetRow);
    QVERIFY(gui::isMarkedInvalid(hostCombo));
    QVERIFY(refused());

    const int loopbackRow = hostCombo->findText(QStringLiteral("127.0.0.1"));
    QVERIFY(loopbackRow >= 0);
    hostCombo->setCurrentIndex(loopbackRow); // chosen from the list, not typed
    QVERIFY(!gui::isMarkedInvalid(hostCombo));
    QVERIFY(lookupButton->isEnabled());
    lookUp(QStringLiteral("127.0.0.1"), QStringLiteral("80"));

    m_tab->setService(QStringLiteral("no-such-service-name"));
    QVERIFY(refused());
    m_tab->applyTutorialSettings(); // an example fills in every field: any family, 'www'
    QVERIFY(!gui::isMarkedInvalid(hostCombo));
    QVERIFY(lookupButton->isEnabled());

    // The history entry of ::1 (any family) runs again although the fields said AF_INET before.
    familyCombo->setCurrentIndex(kFamilyInetRow);
    m_tab->setHost(QStringLiteral("::1"));
    QVERIFY(refused());
    auto* history = child<QListWidget>(*m_tab, "historyList");
    QListWidgetItem* ipv6 = history->item(history->count() - 1);
    QVERIFY(ipv6->text().contains(QStringLiteral("::1")));
    emit history->itemActivated(ipv6);
    QVERIFY(m_tab->isLookingUp());
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->isLookingUp(), kResolverTimeoutMs);
    QVERIFY(hasAddress(QStringLiteral("('::1', 443, 0, 0)")));
}

void TestLookupTab::answerStaysWhenTheWaitingDelayRunsOut()
{
    // The delay before "waiting" shows is not stopped when a local answer comes: it runs out later and
    // must find nothing to do (the answer, its duration and the buttons stay).
    lookUp(QStringLiteral("127.0.0.1"), QStringLiteral("80"));
    const QString duration = child<QLabel>(*m_tab, "durationLabel")->text();
    const QString python = child<QPlainTextEdit>(*m_tab, "pythonView")->toPlainText();
    QVERIFY(!python.isEmpty());
    // Well past the delay (a tenth of a second); every turn checks that the answer is still shown.
    constexpr int kPastTheDelayMs = 400;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kPastTheDelayMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, kPastTheDelayMs);
        QVERIFY(hasAddress(QStringLiteral("('127.0.0.1', 80)")));
    }
    QCOMPARE(child<QLabel>(*m_tab, "durationLabel")->text(), duration);
    QCOMPARE(child<QPlainTextEdit>(*m_tab, "pythonView")->toPlainText(), python);
    QVERIFY(child<QPushButton>(*m_tab, "lookupButton")->isEnabled());
    QVERIFY(child<QPushButton>(*m_tab, "lookupButton")->updatesEnabled());
    QVERIFY(child<QPushButton>(*m_tab, "cancelButton")->updatesEnabled());
}

QTEST_MAIN(TestLookupTab)
#include "tst_lookup_tab.moc"
