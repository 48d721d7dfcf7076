// Tests for python_repr.cpp: strings and bytes spelled as Python's repr() spells them, and
// received bytes made safe for a terminal.
#include "core/python_repr.h"

#include <QtTest>

#include <string>

using namespace socketlab::core;

namespace {
QByteArray b(const std::string& text)
{
    return QByteArray::fromStdString(text);
}
} // namespace

class TestPythonRepr : public QObject {
    Q_OBJECT

private slots:
    void str_data();
    void str();
    void bytes_data();
    void bytes();
    void bytesTruncated();
    void display_data();
    void display();
};

void TestPythonRepr::str_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // what Python 3's repr(str) prints

    QTest::newRow("plain") << QByteArray("localhost") << QByteArray("'localhost'");
    QTest::newRow("empty") << QByteArray("") << QByteArray("''");
    QTest::newRow("single quote") << QByteArray("it's") << QByteArray("\"it's\"");
    QTest::newRow("double quote") << QByteArray("say \"hi\"") << QByteArray("'say \"hi\"'");
    QTest::newRow("both quotes") << QByteArray("it's \"x\"") << QByteArray("'it\\'s \"x\"'");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\\\b'");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\\nb'");
    QTest::newRow("cr tab") << QByteArray("\r\t") << QByteArray("'\\r\\t'");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("'a\\x00b'");
    QTest::newRow("escape") << QByteArray("\x1b[0m") << QByteArray("'\\x1b[0m'");
    QTest::newRow("del") << QByteArray("\x7f") << QByteArray("'\\x7f'");
    QTest::newRow("unicode kept") << QByteArray("Привет") << QByteArray("'Привет'");
    QTest::newRow("bidi override") << QByteArray("a\xe2\x80\xae") << QByteArray("'a\\u202e'");
}

void TestPythonRepr::str()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(b(pythonStr(input.toStdString())), expected);
}

void TestPythonRepr::bytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // what Python 3's repr(bytes) prints

    QTest::newRow("tutorial reply") << QByteArray("Thank you") << QByteArray("b'Thank you'");
    QTest::newRow("empty") << QByteArray("") << QByteArray("b''");
    QTest::newRow("controls") << QByteArray("\0\n\r\t", 4) << QByteArray("b'\\x00\\n\\r\\t'");
    QTest::newRow("single quote") << QByteArray("it's") << QByteArray("b\"it's\"");
    QTest::newRow("double quote") << QByteArray("\"x\"") << QByteArray("b'\"x\"'");
    QTest::newRow("both quotes") << QByteArray("it's \"x\"") << QByteArray("b'it\\'s \"x\"'");
    QTest::newRow("backslash") << QByteArray("\\") << QByteArray("b'\\\\'");
    QTest::newRow("high bytes") << QByteArray("\x7f\x80\xff") << QByteArray("b'\\x7f\\x80\\xff'");
    QTest::newRow("utf8 as bytes") << QByteArray("\xd0\x9f") << QByteArray("b'\\xd0\\x9f'");
    QTest::newRow("escape lower hex") << QByteArray("\x1b\x0b\x0c") << QByteArray("b'\\x1b\\x0b\\x0c'");
}

void TestPythonRepr::bytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(b(pythonBytes(input.toStdString())), expected);
}

void TestPythonRepr::bytesTruncated()
{
    const QByteArray cut = b(pythonBytes("abcdefghij", 4));
    QVERIFY2(cut.startsWith("b'abcd"), cut.constData());
    QVERIFY2(cut.contains("..."), cut.constData());
    QVERIFY2(!cut.contains('e'), cut.constData());

    // At or under the limit nothing is cut or marked.
    QCOMPARE(b(pythonBytes("abcd", 4)), QByteArray("b'abcd'"));
    QCOMPARE(b(pythonBytes("abc", 4)), QByteArray("b'abc'"));
    // The limit counts bytes of data, not characters of the escaped form.
    const QByteArray escaped = b(pythonBytes(std::string(10, '\0'), 2));
    QVERIFY2(escaped.startsWith("b'\\x00\\x00"), escaped.constData());
    QVERIFY2(!escaped.contains("\\x00\\x00\\x00"), escaped.constData());
    QVERIFY2(escaped.contains("..."), escaped.constData());
}

void TestPythonRepr::display_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepNewlines");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ascii") << QByteArray("Thank you for connecting") << false << QByteArray("Thank you for connecting");
    QTest::newRow("escape sequence") << QByteArray("\x1b[2J") << false << QByteArray("\\x1b[2J");
    QTest::newRow("newline kept") << QByteArray("a\nb") << true << QByteArray("a\nb");
    QTest::newRow("newline escaped") << QByteArray("a\nb") << false << QByteArray("a\\nb");
    QTest::newRow("tab") << QByteArray("a\tb") << false << QByteArray("a\\tb");
    QTest::newRow("cr") << QByteArray("a\rb") << false << QByteArray("a\\rb");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << false << QByteArray("a\\x00b");
    QTest::newRow("bell") << QByteArray("\x07") << true << QByteArray("\\x07");
    QTest::newRow("del") << QByteArray("\x7f") << false << QByteArray("\\x7f");
    QTest::newRow("russian") << QByteArray("Спасибо за подключение") << false << QByteArray("Спасибо за подключение");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << false << QByteArray("\xf0\x9f\x98\x80");
    QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                "b")
                                  << false << QByteArray("a\\xffb");
    QTest::newRow("lone continuation") << QByteArray("\x80") << false << QByteArray("\\x80");
    QTest::newRow("truncated sequence") << QByteArray("\xd0") << false << QByteArray("\\xd0");
    QTest::newRow("truncated then ascii") << QByteArray("\xe2\x82"
                                                        "A")
                                          << false << QByteArray("\\xe2\\x82A");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false << QByteArray("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false << QByteArray("\\xed\\xa0\\x80");
    // Bidirectional controls would reorder what is shown around them ("trojan source").
    QTest::newRow("bidi override") << QByteArray("evil\xe2\x80\xaetxt.exe") << false
                                   << QByteArray("evil\\u202etxt.exe");
    QTest::newRow("bidi embeddings and marks")
        << QByteArray("\xe2\x80\xaa\xe2\x80\x8f\xd8\x9c") << true << QByteArray("\\u202a\\u200f\\u061c");
    QTest::newRow("bidi isolates") << QByteArray("\xe2\x81\xa6x\xe2\x81\xa9") << false << QByteArray("\\u2066x\\u2069");
    QTest::newRow("8-bit CSI") << QByteArray("\xc2\x9b[2J") << false << QByteArray("\\xc2\\x9b[2J");
    QTest::newRow("neighbours kept") << QByteArray("\xe2\x80\x94\xe2\x81\xa5") << false
                                     << QByteArray("\xe2\x80\x94\xe2\x81\xa5");
}

void TestPythonRepr::display()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepNewlines);
    QFETCH(QByteArray, expected);
    QCOMPARE(b(escapeForDisplay(input.toStdString(), keepNewlines)), expected);
}

QTEST_GUILESS_MAIN(TestPythonRepr)
#include "tst_python_repr.moc"
