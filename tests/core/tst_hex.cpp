// Tests for hex.cpp: typing binary payloads as hex and showing bytes as hex.
#include "core/errors.h"
#include "core/hex.h"

#include <QtTest>

#include <string>

using namespace socketlab::core;

class TestHex : public QObject {
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void toHexForm();
    void roundTripEveryByte();
};

void TestHex::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("spaced lower") << "48 65 6c 6c 6f" << QByteArray("Hello");
    QTest::newRow("packed upper") << "48656C6C6F" << QByteArray("Hello");
    QTest::newRow("0x prefixes") << "0x48 0x65" << QByteArray("He");
    QTest::newRow("mixed white space") << " 48\t65\n6c " << QByteArray("Hel");
    QTest::newRow("nul and ff") << "00 ff" << QByteArray("\x00\xff", 2);
    QTest::newRow("empty") << "" << QByteArray();
}

void TestHex::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    const auto result = parseHex(text.toStdString());
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QCOMPARE(QByteArray::fromStdString(*result), bytes);
}

void TestHex::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("odd digits") << "486";
    QTest::newRow("single digit") << "4";
    QTest::newRow("non-hex") << "zz";
    QTest::newRow("half byte at end") << "48 6";
    QTest::newRow("lone 0x") << "0x";
    QTest::newRow("punctuation") << "48,65";
    QTest::newRow("odd length, three digits") << "abc";
    QTest::newRow("odd length, spaced") << "48 65 6";
    QTest::newRow("odd length, split byte") << "4 865";
    QTest::newRow("g") << "4g";
    QTest::newRow("letters") << "hello";
    QTest::newRow("0x without digits before a byte") << "0x 48";
    QTest::newRow("0x with one digit") << "0x4";
    QTest::newRow("0xzz") << "0xzz";
    QTest::newRow("non-ASCII") << "48 \u0444\u0444";
    QTest::newRow("control character") << "48\x01"
                                          "65";
    QTest::newRow("minus") << "-48";
}

void TestHex::parseRefuses()
{
    QFETCH(QString, text);
    const auto result = parseHex(text.toStdString());
    QVERIFY2(!result.ok(), "accepted hex that must be refused");
    QCOMPARE(int(result.error().kind), int(ErrorKind::Input));
    QCOMPARE(int(result.error().problem), int(InputProblem::BadHex));
    QVERIFY2(QString::fromStdString(result.error().input).contains(text.trimmed()), result.error().input.c_str());
}

void TestHex::toHexForm()
{
    QCOMPARE(QString::fromStdString(toHex("Hello")), QString("48 65 6c 6c 6f"));
    QCOMPARE(QString::fromStdString(toHex(std::string("\x00\xff\x1b", 3))), QString("00 ff 1b"));
    QCOMPARE(QString::fromStdString(toHex("")), QString());
}

void TestHex::roundTripEveryByte()
{
    std::string all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    const auto back = parseHex(toHex(all));
    QVERIFY(back.ok());
    QVERIFY(*back == all);
}

QTEST_GUILESS_MAIN(TestHex)
#include "tst_hex.moc"
