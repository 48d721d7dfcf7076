// Tests for ServerTab, driven through its widgets (found by objectName) on loopback, port 0:
// validation at the fields, the tutorial's reply, echo, manual send, Close client, a port that is
// taken, stopping with a client connected, settings and a language change.
#include "gui/client_list_model.h"
#include "gui/field_check.h"
#include "gui/payload_editor.h"
#include "gui/server_tab.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"

#include "core/socket.h"

#include "loopback.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <string>

using namespace socketlab;
using gui::ClientListModel;
using gui::ServerTab;

namespace {

// Bound for a loopback peer's answer: reaching it means the test failed, not that it was slow.
constexpr int kPeerWaitMs = 5000;
constexpr std::size_t kRecvSize = 1024;

// A client socket of the test's own, made with the core (blocking calls are fine in a test).
struct RawClient {
    core::CallRecorder recorder;
    core::Socket socket;
    std::string localTuple; // how the server sees this client: ('127.0.0.1', 48437)
};

std::unique_ptr<RawClient> connectTo(quint16 port)
{
    auto client = std::make_unique<RawClient>();
    auto opened = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, client->recorder);
    if (!opened.ok())
        return nullptr;
    client->socket = std::move(opened.value());
    if (!client->socket.connect(tests::loopbackV4(port), kPeerWaitMs).ok())
        return nullptr;
    auto local = client->socket.localAddress();
    if (!local.ok())
        return nullptr;
    client->localTuple = local->toTuple();
    return client;
}

// Reads until `expected` bytes arrived or the peer closed; bounded by kPeerWaitMs per recv().
std::string receive(core::Socket& socket, std::size_t expected, bool* peerClosed = nullptr)
{
    std::string received;
    char buffer[kRecvSize];
    while (received.size() < expected || expected == 0) {
        if (!tests::waitReadable(socket.handle(), kPeerWaitMs))
            break;
        auto got = socket.recv(buffer, sizeof buffer);
        if (!got.ok() || *got == 0) {
            if (peerClosed)
                *peerClosed = got.ok();
            break;
        }
        received.append(buffer, *got);
    }
    return received;
}

// Reads everything until the server closes the connection.
std::string receiveAll(core::Socket& socket, bool* peerClosed)
{
    return receive(socket, 0, peerClosed);
}

} // namespace

class TestServerTab : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultsAreTheTutorials();
    void invalidPortDisablesStart_data();
    void invalidPortDisablesStart();
    void invalidHostIsMarked();
    void allInterfacesShowsWarning();
    void allInterfacesAsksFirstAndDefaultsToNo();
    void unixFamilyUsesAPath();
    void narrowTabStacksSettings();
    void tutorialModeServesClient();
    void echoRoundTrip();
    void manualSendAndCloseClient();
    void addressInUseShowsErrorAndStaysUsable();
    void stopWithClientConnected();
    void settingsRoundTrip();
    void languageChangeKeepsValues();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        T* found = m_tab->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no widget named %s", name);
        return found;
    }
    void replaceText(QLineEdit* edit, const QString& text);
    void setMode(core::ReplyMode mode);
    // Starts the shown tab on 127.0.0.1, port 0, and returns the port it listens on (0: failed).
    quint16 startOnFreePort(core::ReplyMode mode);
    QString conversation() const;
    ClientListModel* clients() const;
    bool traceHasFailed(const char* call, const char* errorName) const;

    std::unique_ptr<ServerTab> m_tab;
};

void TestServerTab::init()
{
    m_tab = std::make_unique<ServerTab>();
    m_tab->resize(1024, 600);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestServerTab::cleanup()
{
    m_tab.reset(); // a running server is stopped and joined here
}

void TestServerTab::replaceText(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestServerTab::setMode(core::ReplyMode mode)
{
    auto* combo = widget<QComboBox>("replyModeCombo");
    QVERIFY(combo);
    const int index = combo->findData(static_cast<int>(mode));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

quint16 TestServerTab::startOnFreePort(core::ReplyMode mode)
{
    QSignalSpy listening(m_tab.get(), &ServerTab::listening);
    m_tab->applyTutorialSettings();
    setMode(mode);
    replaceText(widget<QLineEdit>("portEdit"), QStringLiteral("0"));
    auto* start = widget<QPushButton>("startButton");
    if (!start || !start->isEnabled())
        return 0;
    QTest::mouseClick(start, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return listening.count() == 1; }))
        return 0;
    return static_cast<quint16>(listening.first().at(1).toUInt());
}

QString TestServerTab::conversation() const
{
    auto* text = m_tab->findChild<QPlainTextEdit*>(QStringLiteral("conversationText"));
    return text ? text->toPlainText() : QString();
}

ClientListModel* TestServerTab::clients() const
{
    auto* view = widget<QTableView>("clientsView");
    return view ? qobject_cast<ClientListModel*>(view->model()) : nullptr;
}

bool TestServerTab::traceHasFailed(const char* call, const char* errorName) const
{
    auto* panel = widget<gui::TracePanel>("tracePanel");
    if (!panel)
        return false;
    const gui::TraceModel* model = panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const core::CallEvent& event = model->event(row);
        if (event.call == call && event.errorName == errorName)
            return true;
    }
    return false;
}

void TestServerTab::defaultsAreTheTutorials()
{
    QCOMPARE(widget<QComboBox>("familyCombo")->currentText(), QStringLiteral("AF_INET"));
    QCOMPARE(widget<QComboBox>("hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(widget<QLineEdit>("portEdit")->text(), QStringLiteral("12345"));
    QCOMPARE(widget<QSpinBox>("backlogSpin")->value(), 5);
    QVERIFY(!widget<QCheckBox>("reuseAddressCheck")->isChecked());
    QCOMPARE(widget<QComboBox>("replyModeCombo")->currentData().toInt(), static_cast<int>(core::ReplyMode::Tutorial));
    QCOMPARE(widget<QLineEdit>("replyTextEdit")->text(), QStringLiteral("Thank you for connecting"));
    QVERIFY(widget<QLineEdit>("replyTextEdit")->isEnabled());
    QVERIFY(widget<QPushButton>("startButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("stopButton")->isEnabled());
    QVERIFY(!widget<QLabel>("allInterfacesWarning")->isVisible());
    QVERIFY(!widget<QLabel>("validationLabel")->isVisible());
    QVERIFY(!widget<QLabel>("errorLabel")->isVisible());
    QVERIFY(!widget<QPushButton>("closeClientButton")->isEnabled());

    // The reply text only matters to the tutorial's mode.
    setMode(core::ReplyMode::Echo);
    QVERIFY(!widget<QLineEdit>("replyTextEdit")->isEnabled());
}

void TestServerTab::invalidPortDisablesStart_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("out of range") << QStringLiteral("70000");
    QTest::newRow("not a number") << QStringLiteral("12a");
    QTest::newRow("empty") << QString();
}

void TestServerTab::invalidPortDisablesStart()
{
    QFETCH(QString, port);
    auto* portEdit = widget<QLineEdit>("portEdit");
    auto* label = widget<QLabel>("validationLabel");
    auto* start = widget<QPushButton>("startButton");

    replaceText(portEdit, port);
    QVERIFY(gui::isMarkedInvalid(portEdit));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Port '%1'").arg(port)), qPrintable(label->text()));
    QVERIFY(!portEdit->toolTip().isEmpty());
    QVERIFY(!start->isEnabled());
    QVERIFY(!m_tab->start());

    replaceText(portEdit, QStringLiteral("0"));
    QVERIFY(!gui::isMarkedInvalid(portEdit));
    QVERIFY(!label->isVisible());
    QVERIFY(start->isEnabled());

    // A service name is a port too, as in the source material.
    replaceText(portEdit, QStringLiteral("echo"));
    QVERIFY(!gui::isMarkedInvalid(portEdit));
    QVERIFY(start->isEnabled());
}

void TestServerTab::invalidHostIsMarked()
{
    auto* host = widget<QComboBox>("hostCombo");
    replaceText(host->lineEdit(), QStringLiteral("300.1.1.1"));
    QVERIFY(gui::isMarkedInvalid(host));
    QVERIFY(widget<QLabel>("validationLabel")->text().contains(QStringLiteral("300.1.1.1")));
    QVERIFY(!widget<QPushButton>("startButton")->isEnabled());

    // An IPv6 address needs AF_INET6; switching the domain makes it valid.
    replaceText(host->lineEdit(), QStringLiteral("::1"));
    QVERIFY(gui::isMarkedInvalid(host));
    auto* family = widget<QComboBox>("familyCombo");
    family->setCurrentIndex(family->findText(QStringLiteral("AF_INET6")));
    QVERIFY(!gui::isMarkedInvalid(host));
    QVERIFY(widget<QPushButton>("startButton")->isEnabled());
}

void TestServerTab::allInterfacesShowsWarning()
{
    auto* host = widget<QComboBox>("hostCombo");
    auto* warning = widget<QLabel>("allInterfacesWarning");
    for (const QString& any : {QString(), QStringLiteral("0.0.0.0"), QStringLiteral("0")}) {
        m_tab->setHost(any);
        QVERIFY2(warning->isVisible(), qPrintable(any));
        QVERIFY(!gui::isMarkedInvalid(host));
    }
    QVERIFY(warning->text().contains(QStringLiteral("Other machines on your network can connect")));

    // Choosing the '' item puts its value, the empty string, in the field.
    m_tab->setHost(QStringLiteral("127.0.0.1"));
    QVERIFY(!warning->isVisible());
    const int anyIndex = host->findData(QString());
    QVERIFY(anyIndex >= 0);
    QVERIFY(host->itemText(anyIndex).startsWith(QStringLiteral("''")));
    host->setCurrentIndex(anyIndex);
    emit host->activated(anyIndex);
    QCOMPARE(host->currentText(), QString());
    QVERIFY(warning->isVisible());
}

void TestServerTab::allInterfacesAsksFirstAndDefaultsToNo()
{
    m_tab->setHost(QString());
    m_tab->setPort(QStringLiteral("0"));
    bool asked = false;
    // The question is modal: answer it with Enter, which picks the default button.
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (box)
            QTest::keyClick(box, Qt::Key_Enter);
    });
    QTest::mouseClick(widget<QPushButton>("startButton"), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(!m_tab->isRunning()); // No: nothing listens on every interface
    QVERIFY(widget<QPushButton>("startButton")->isEnabled());
}

void TestServerTab::unixFamilyUsesAPath()
{
    auto* family = widget<QComboBox>("familyCombo");
    auto* host = widget<QComboBox>("hostCombo");
    family->setCurrentIndex(family->findText(QStringLiteral("AF_UNIX")));
    QVERIFY(!widget<QLineEdit>("portEdit")->isEnabled());
    QVERIFY(host->currentText().endsWith(QStringLiteral("socketlab.sock")));
    QVERIFY(widget<QPushButton>("startButton")->isEnabled());

    // Back to AF_INET: the IP host comes back.
    family->setCurrentIndex(family->findText(QStringLiteral("AF_INET")));
    QCOMPARE(host->currentText(), QStringLiteral("127.0.0.1"));
    QVERIFY(widget<QLineEdit>("portEdit")->isEnabled());
}

void TestServerTab::narrowTabStacksSettings()
{
    auto* settings = widget<QWidget>("settingsScroll"); // the settings scroll when the tab is short
    QVERIFY(settings->geometry().right() < m_tab->splitter()->geometry().left()); // beside

    // Side by side with the client in a 1024 px window, the tab gets about half: it must be able
    // to go that narrow (its wide arrangement alone would need more), and then stacks.
    // About what a 1024x700 main window leaves the tab; tst_main_window checks that window itself.
    constexpr QSize kWindow(1024, 600);
    QSplitter window;
    window.addWidget(new QWidget);
    ServerTab* tab = new ServerTab;
    window.addWidget(tab);
    window.resize(kWindow);
    window.setSizes({kWindow.width() / 2, kWindow.width() / 2});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(tab->width() <= kWindow.width() / 2);
    QCOMPARE(window.size(), kWindow);
    auto* stacked = tab->findChild<QWidget*>(QStringLiteral("settingsScroll"));
    QTRY_VERIFY(stacked->geometry().bottom() < tab->splitter()->geometry().top()); // above
    QVERIFY(stacked->isVisible());
}

void TestServerTab::tutorialModeServesClient()
{
    QSignalSpy status(m_tab.get(), &ServerTab::statusMessage);
    const quint16 port = startOnFreePort(core::ReplyMode::Tutorial);
    QVERIFY(port != 0);
    QVERIFY(m_tab->isRunning());
    QCOMPARE(m_tab->port(), QString::number(port));
    QVERIFY(!widget<QPushButton>("startButton")->isEnabled());
    QVERIFY(widget<QPushButton>("stopButton")->isEnabled());
    QVERIFY(!widget<QComboBox>("familyCombo")->isEnabled());
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("127.0.0.1:%1").arg(port)));

    auto client = connectTo(port);
    QVERIFY(client);
    bool closedByServer = false;
    QCOMPARE(receiveAll(client->socket, &closedByServer), std::string("Thank you for connecting"));
    QVERIFY(closedByServer);

    const QString gotLine = QStringLiteral("Got connection from %1").arg(QString::fromStdString(client->localTuple));
    QTRY_VERIFY2(conversation().contains(gotLine), qPrintable(conversation()));
    QTRY_VERIFY(conversation().contains(QStringLiteral("Thank you for connecting")));

    ClientListModel* model = clients();
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->stateAt(0), ClientListModel::State::Closed);
    QCOMPARE(model->data(model->index(0, ClientListModel::PeerColumn)).toString(),
        QString::fromStdString(client->localTuple));
    QCOMPARE(model->totalsAt(0).bytesSent, 24u);
    QCOMPARE(model->totalsAt(0).bytesReceived, 0u);
}

void TestServerTab::echoRoundTrip()
{
    const quint16 port = startOnFreePort(core::ReplyMode::Echo);
    QVERIFY(port != 0);
    auto client = connectTo(port);
    QVERIFY(client);
    const std::string message = "hello, echo";
    auto sent = client->socket.send(message.data(), message.size());
    QVERIFY(sent.ok());
    QCOMPARE(receive(client->socket, message.size()), message);

    QTRY_VERIFY(conversation().contains(QString::fromStdString(message)));
    ClientListModel* model = clients();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->totalsAt(0).bytesReceived, quint64(message.size()));
    QTRY_COMPARE(model->totalsAt(0).bytesSent, quint64(message.size()));
    QCOMPARE(model->stateAt(0), ClientListModel::State::Connected);
}

void TestServerTab::manualSendAndCloseClient()
{
    const quint16 port = startOnFreePort(core::ReplyMode::Manual);
    QVERIFY(port != 0);
    auto client = connectTo(port);
    QVERIFY(client);
    ClientListModel* model = clients();
    QTRY_COMPARE(model->rowCount(), 1);

    auto* editor = widget<gui::PayloadEditor>("payloadEditor");
    auto* close = widget<QPushButton>("closeClientButton");
    auto* sendButton = editor->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QVERIFY(sendButton);
    QVERIFY(!close->isEnabled()); // nothing selected yet
    QVERIFY(!editor->isSendEnabled());

    widget<QTableView>("clientsView")->selectRow(0);
    QTRY_VERIFY(close->isEnabled());
    QVERIFY(editor->isSendEnabled());

    editor->setLineEnding(gui::PayloadEditor::LineEnding::None);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("payloadEdit")), QStringLiteral("hi there"));
    QTRY_VERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QCOMPARE(receive(client->socket, 8), std::string("hi there"));
    QTRY_COMPARE(model->totalsAt(0).bytesSent, 8u);

    QTest::mouseClick(close, Qt::LeftButton);
    bool closedByServer = false;
    QCOMPARE(receiveAll(client->socket, &closedByServer), std::string());
    QVERIFY(closedByServer);
    QTRY_COMPARE(model->stateAt(0), ClientListModel::State::Closed);
    QVERIFY(!close->isEnabled());
    QVERIFY(!editor->isSendEnabled());
    QTRY_VERIFY(conversation().contains(QStringLiteral("closed")));
}

void TestServerTab::addressInUseShowsErrorAndStaysUsable()
{
    // Something else listens on a loopback port first.
    core::CallRecorder recorder;
    auto taken = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(taken.ok());
    QVERIFY(taken->bind(tests::loopbackV4(0)).ok());
    QVERIFY(taken->listen(core::kTutorialBacklog).ok());
    auto local = taken->localAddress();
    QVERIFY(local.ok());

    QSignalSpy failed(m_tab.get(), &ServerTab::startFailed);
    QSignalSpy stopped(m_tab.get(), &ServerTab::stopped);
    replaceText(widget<QLineEdit>("portEdit"), QString::number(local->port()));
    QTest::mouseClick(widget<QPushButton>("startButton"), Qt::LeftButton);

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<core::Error>().name, std::string("EADDRINUSE"));
    QCOMPARE(stopped.count(), 1);
    auto* error = widget<QLabel>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("EADDRINUSE")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("SO_REUSEADDR")) || error->text().contains(QStringLiteral("port")));
    QTRY_VERIFY(traceHasFailed("bind", "EADDRINUSE"));

    // Back in the stopped state and usable: another port works.
    QVERIFY(!m_tab->isRunning());
    QVERIFY(widget<QPushButton>("startButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("stopButton")->isEnabled());
    QVERIFY(widget<QComboBox>("familyCombo")->isEnabled());
    const quint16 port = startOnFreePort(core::ReplyMode::Tutorial);
    QVERIFY(port != 0);
    QVERIFY(!error->isVisible());
}

void TestServerTab::stopWithClientConnected()
{
    const quint16 port = startOnFreePort(core::ReplyMode::Echo);
    QVERIFY(port != 0);
    auto client = connectTo(port);
    QVERIFY(client);
    ClientListModel* model = clients();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->stateAt(0), ClientListModel::State::Connected);

    QSignalSpy stopped(m_tab.get(), &ServerTab::stopped);
    QSignalSpy failed(m_tab.get(), &ServerTab::startFailed);
    QTest::mouseClick(widget<QPushButton>("stopButton"), Qt::LeftButton);
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(failed.count(), 0);

    QVERIFY(!m_tab->isRunning());
    QVERIFY(widget<QPushButton>("startButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("stopButton")->isEnabled());
    QVERIFY(widget<QComboBox>("familyCombo")->isEnabled());
    QVERIFY(!widget<QLabel>("errorLabel")->isVisible());
    QCOMPARE(model->stateAt(0), ClientListModel::State::Closed);
    bool closedByServer = false;
    receiveAll(client->socket, &closedByServer);
    QVERIFY(closedByServer);
}

void TestServerTab::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        auto* family = widget<QComboBox>("familyCombo");
        family->setCurrentIndex(family->findText(QStringLiteral("AF_INET6")));
        m_tab->setHost(QStringLiteral("::1"));
        m_tab->setPort(QStringLiteral("www"));
        widget<QSpinBox>("backlogSpin")->setValue(17);
        widget<QCheckBox>("reuseAddressCheck")->setChecked(true);
        setMode(core::ReplyMode::Discard);
        widget<QLineEdit>("replyTextEdit")->setText(QStringLiteral("Спасибо"));
        m_tab->saveSettings(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("server/family")).toString(), QStringLiteral("AF_INET6"));
    ServerTab other;
    other.loadSettings(settings);
    QCOMPARE(other.findChild<QComboBox*>(QStringLiteral("familyCombo"))->currentText(), QStringLiteral("AF_INET6"));
    QCOMPARE(other.findChild<QComboBox*>(QStringLiteral("hostCombo"))->currentText(), QStringLiteral("::1"));
    QCOMPARE(other.port(), QStringLiteral("www"));
    QCOMPARE(other.findChild<QSpinBox*>(QStringLiteral("backlogSpin"))->value(), 17);
    QVERIFY(other.findChild<QCheckBox*>(QStringLiteral("reuseAddressCheck"))->isChecked());
    QCOMPARE(other.findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->currentData().toInt(),
        static_cast<int>(core::ReplyMode::Discard));
    QCOMPARE(other.findChild<QLineEdit*>(QStringLiteral("replyTextEdit"))->text(), QStringLiteral("Спасибо"));
}

void TestServerTab::languageChangeKeepsValues()
{
    auto* portEdit = widget<QLineEdit>("portEdit");
    replaceText(portEdit, QStringLiteral("70000"));
    setMode(core::ReplyMode::Echo);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_tab.get(), &change);

    QCOMPARE(portEdit->text(), QStringLiteral("70000"));
    QVERIFY(gui::isMarkedInvalid(portEdit));
    QVERIFY(portEdit->toolTip().contains(QStringLiteral("70000")));
    QCOMPARE(widget<QComboBox>("replyModeCombo")->currentData().toInt(), static_cast<int>(core::ReplyMode::Echo));
    QVERIFY(!widget<QComboBox>("replyModeCombo")->currentText().isEmpty());
    QCOMPARE(widget<QComboBox>("hostCombo")->currentText(), QStringLiteral("127.0.0.1"));

    // The field's own tooltip comes back once it is valid again.
    replaceText(portEdit, QStringLiteral("12345"));
    QVERIFY(!portEdit->toolTip().contains(QStringLiteral("70000")));
    QVERIFY(!portEdit->toolTip().isEmpty());
}

QTEST_MAIN(TestServerTab)
#include "tst_server_tab.moc"
