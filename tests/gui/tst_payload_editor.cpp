// Tests for PayloadEditor: text and hex payloads, line endings, refused hex explained, and when
// Send (the button or Return) is allowed.
#include "gui/payload_editor.h"

#include "core/errors.h"
#include "core/udp_endpoint.h"
#include "gui/core_text.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using socketlab::gui::PayloadEditor;

namespace {

// The rows of the form's combo boxes.
constexpr int kTextRow = 0;
constexpr int kHexRow = 1;
constexpr int kNoEndingRow = 0;
constexpr int kLfRow = 1;
constexpr int kCrLfRow = 2;

// The editor's widgets, found the way a user sees them: by objectName.
struct Widgets {
    explicit Widgets(PayloadEditor& editor)
        : edit(editor.findChild<QLineEdit*>("payloadEdit"))
        , format(editor.findChild<QComboBox*>("payloadFormatCombo"))
        , ending(editor.findChild<QComboBox*>("lineEndingCombo"))
        , send(editor.findChild<QPushButton*>("sendButton"))
        , problem(editor.findChild<QLabel*>("payloadProblem"))
    {
    }
    bool complete() const { return edit && format && ending && send && problem; }

    QLineEdit* edit;
    QComboBox* format;
    QComboBox* ending;
    QPushButton* send;
    QLabel* problem;
};

// A "language" that marks every text of the editor and its form, to see what is retranslated.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        const QByteArray name(context);
        if (name != "socketlab::gui::PayloadEditor" && name != "PayloadEditor" && name != "socketlab::core")
            return {};
        return QStringLiteral("XX ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPayloadEditor : public QObject {
    Q_OBJECT

private slots:
    void holdsMoreThanTheLargestDatagram();
    void init();
    void cleanup();
    void textWithoutEnding();
    void lineEndings_data();
    void lineEndings();
    void hexParsed();
    void invalidHexExplained_data();
    void invalidHexExplained();
    void lineEndingDisabledInHex();
    void emptyPayload();
    void returnSendsOnce();
    void buttonSends();
    void setSendEnabledDisables();
    void clearAfterSend();
    void languageChangeRetranslates();

private:
    std::unique_ptr<PayloadEditor> m_editor;
};

void TestPayloadEditor::init()
{
    m_editor = std::make_unique<PayloadEditor>();
    m_editor->resize(600, 80);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QVERIFY(Widgets(*m_editor).complete());
}

void TestPayloadEditor::cleanup()
{
    m_editor.reset();
}

void TestPayloadEditor::textWithoutEnding()
{
    Widgets w(*m_editor);
    w.edit->setText(QStringLiteral("Привет")); // keyClicks() types Latin-1 only
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>(QStringLiteral("Привет").toUtf8()));
    QVERIFY(w.send->isEnabled());
    QVERIFY(w.problem->isHidden());
}

void TestPayloadEditor::lineEndings_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << kNoEndingRow << QByteArray("Hi");
    QTest::newRow("LF") << kLfRow << QByteArray("Hi\n");
    QTest::newRow("CRLF") << kCrLfRow << QByteArray("Hi\r\n");
}

void TestPayloadEditor::lineEndings()
{
    QFETCH(int, row);
    QFETCH(QByteArray, expected);
    Widgets w(*m_editor);
    QTest::keyClicks(w.edit, QStringLiteral("Hi"));
    w.ending->setCurrentIndex(row);
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>(expected));
}

void TestPayloadEditor::hexParsed()
{
    Widgets w(*m_editor);
    w.format->setCurrentIndex(kHexRow);
    QCOMPARE(m_editor->format(), PayloadEditor::Format::Hex);
    QTest::keyClicks(w.edit, QStringLiteral("48 65 6c 6c 6f"));
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>("Hello"));
    QVERIFY(w.send->isEnabled());
    QVERIFY(w.problem->isHidden());
    QVERIFY(!w.edit->property("invalid").toBool());
}

void TestPayloadEditor::invalidHexExplained_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("odd digit count") << QStringLiteral("48 65 6");
    QTest::newRow("not hex") << QStringLiteral("zz");
    QTest::newRow("single digit") << QStringLiteral("4");
}

void TestPayloadEditor::invalidHexExplained()
{
    QFETCH(QString, input);
    Widgets w(*m_editor);
    w.format->setCurrentIndex(kHexRow);
    QTest::keyClicks(w.edit, input);

    QVERIFY(!m_editor->payload());
    QVERIFY(!w.send->isEnabled());
    QVERIFY(w.problem->isVisible());
    QVERIFY2(w.problem->text().contains(QLatin1Char('\'') + input + QLatin1Char('\'')), qPrintable(w.problem->text()));
    QCOMPARE(w.problem->text(),
        socketlab::gui::inputErrorText(
            socketlab::core::inputError(socketlab::core::InputProblem::BadHex, input.toStdString())));
    QVERIFY(w.edit->property("invalid").toBool());

    // Corrected input clears the refusal.
    w.edit->setText(QStringLiteral("0x48 0x69"));
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>("Hi"));
    QVERIFY(w.problem->isHidden());
    QVERIFY(!w.edit->property("invalid").toBool());
    QVERIFY(w.send->isEnabled());
}

void TestPayloadEditor::lineEndingDisabledInHex()
{
    Widgets w(*m_editor);
    w.ending->setCurrentIndex(kCrLfRow);
    QVERIFY(w.ending->isEnabled());
    w.format->setCurrentIndex(kHexRow);
    QVERIFY(!w.ending->isEnabled());
    QTest::keyClicks(w.edit, QStringLiteral("41"));
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>("A")); // hex is sent exactly as written

    // Back to text: the chosen ending applies again (and "41" is now two characters).
    w.format->setCurrentIndex(kTextRow);
    QVERIFY(w.ending->isEnabled());
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>("41\r\n"));
}

void TestPayloadEditor::emptyPayload()
{
    Widgets w(*m_editor);
    QVERIFY(!m_editor->payload());
    QVERIFY(!w.send->isEnabled());
    QVERIFY(w.problem->isHidden()); // empty is not an error, just nothing to send

    w.ending->setCurrentIndex(kLfRow); // an empty line is a message in line-based protocols
    QCOMPARE(m_editor->payload(), std::optional<QByteArray>("\n"));
    QVERIFY(w.send->isEnabled());

    w.format->setCurrentIndex(kHexRow); // no ending in hex: nothing to send
    QVERIFY(!m_editor->payload());
    QVERIFY(!w.send->isEnabled());
}

void TestPayloadEditor::returnSendsOnce()
{
    Widgets w(*m_editor);
    QSignalSpy spy(m_editor.get(), &PayloadEditor::sendRequested);
    w.ending->setCurrentIndex(kCrLfRow);
    QTest::keyClicks(w.edit, QStringLiteral("GET / HTTP/1.0"));
    QTest::keyClick(w.edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("GET / HTTP/1.0\r\n"));
    QCOMPARE(w.edit->text(), QStringLiteral("GET / HTTP/1.0")); // kept for sending again
}

void TestPayloadEditor::buttonSends()
{
    Widgets w(*m_editor);
    QSignalSpy spy(m_editor.get(), &PayloadEditor::sendRequested);
    QTest::keyClicks(w.edit, QStringLiteral("ping"));
    QTest::mouseClick(w.send, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("ping"));
}

void TestPayloadEditor::setSendEnabledDisables()
{
    Widgets w(*m_editor);
    QSignalSpy spy(m_editor.get(), &PayloadEditor::sendRequested);
    QTest::keyClicks(w.edit, QStringLiteral("hello"));
    m_editor->setSendEnabled(false);
    QVERIFY(!w.send->isEnabled());
    QVERIFY(w.edit->isEnabled()); // the next message can be prepared meanwhile
    QTest::keyClick(w.edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_editor->payload()); // valid, only not sendable now

    m_editor->setSendEnabled(true);
    QVERIFY(w.send->isEnabled());
    QTest::keyClick(w.edit, Qt::Key_Enter);
    QCOMPARE(spy.count(), 1);
}

void TestPayloadEditor::clearAfterSend()
{
    Widgets w(*m_editor);
    QVERIFY(!m_editor->clearAfterSend());
    m_editor->setClearAfterSend(true);
    QTest::keyClicks(w.edit, QStringLiteral("once"));
    QTest::keyClick(w.edit, Qt::Key_Return);
    QCOMPARE(w.edit->text(), QString());
    QVERIFY(!w.send->isEnabled());
}

void TestPayloadEditor::languageChangeRetranslates()
{
    Widgets w(*m_editor);
    w.format->setCurrentIndex(kHexRow);
    w.edit->setText(QStringLiteral("4"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(w.send->text(), QStringLiteral("XX S&end"));
    QVERIFY(w.problem->text().startsWith(QStringLiteral("XX '4'"))); // the core's refusal, translated
    QVERIFY(w.edit->placeholderText().startsWith(QStringLiteral("XX ")));
    QCOMPARE(w.format->currentIndex(), kHexRow); // retranslating keeps the choices
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(w.send->text(), QStringLiteral("S&end"));
}

void TestPayloadEditor::holdsMoreThanTheLargestDatagram()
{
    // The largest IPv4 datagram plus one must be typeable, so the refusal can be seen.
    PayloadEditor editor;
    auto* edit = editor.findChild<QLineEdit*>(QStringLiteral("payloadEdit"));
    QVERIFY(edit);
    const QString oversized(int(socketlab::core::kMaxUdpPayloadIPv4) + 1, QLatin1Char('x'));
    edit->setText(oversized);
    QCOMPARE(edit->text().size(), oversized.size());
    QCOMPARE(editor.payload()->size(), oversized.size());
}

QTEST_MAIN(TestPayloadEditor)
#include "tst_payload_editor.moc"
