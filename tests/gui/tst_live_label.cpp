// A live label (a count that changes with every batch of a flood) must not make its parents lay
// themselves out again on each change: in a flood that relaid out and repainted the whole Server
// tab about 30 times a second. It still shows every text, and asks for room when a text needs more.
#include "live_label.h"
#include "trace_panel.h"

#include "core/call_event.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <vector>

using namespace socketlab;

namespace {

// Counts the layout requests a widget receives.
class LayoutRequests : public QObject {
public:
    explicit LayoutRequests(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        count += event->type() == QEvent::LayoutRequest ? 1 : 0;
        return false;
    }
};

core::CallEvent recvCall(int i)
{
    core::CallEvent event;
    event.call = "recv";
    event.socket = 4;
    event.args = "4, 65536";
    event.result = 65536;
    event.tMs = i;
    return event;
}

} // namespace

class TestLiveLabel : public QObject {
    Q_OBJECT

private slots:
    void changingCountsDoNotRelayoutParents();
    void longerTextAsksForRoom();
    void traceCountIsLive();
};

void TestLiveLabel::changingCountsDoNotRelayoutParents()
{
    QWidget row;
    auto* layout = new QHBoxLayout(&row);
    auto* label = new QLabel(QStringLiteral("1000 calls"), &row);
    label->setObjectName(QStringLiteral("count"));
    layout->addWidget(label, 1);
    layout->addWidget(new QPushButton(QStringLiteral("Copy"), &row));
    gui::hostLiveLabel(label);
    row.resize(400, 40);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    QCoreApplication::processEvents();

    LayoutRequests requests(&row);
    for (int count = 1001; count < 1100; ++count) {
        gui::setLiveLabelText(label, QStringLiteral("%1 calls").arg(count));
        QCoreApplication::processEvents();
    }
    QCOMPARE(requests.count, 0);
    QCOMPARE(label->text(), QStringLiteral("1099 calls"));
    QCOMPARE(row.findChild<QLabel*>(QStringLiteral("count")), label); // still found by name
    QVERIFY(label->isVisible());
    QCOMPARE(label->size(), label->parentWidget()->size()); // fills its place in the row
    QVERIFY(label->width() > 100);
}

void TestLiveLabel::longerTextAsksForRoom()
{
    QWidget row;
    auto* layout = new QHBoxLayout(&row);
    auto* label = new QLabel(QStringLiteral("1 call"), &row);
    layout->addWidget(label);
    layout->addStretch(1);
    gui::hostLiveLabel(label);
    row.resize(600, 40);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    const int before = label->width();
    const QString longer = QStringLiteral("123456 calls, 98765 not shown and then some more words");
    gui::setLiveLabelText(label, longer);
    QTRY_VERIFY(label->width() >= label->fontMetrics().horizontalAdvance(longer));
    QVERIFY(label->width() > before);
}

void TestLiveLabel::traceCountIsLive()
{
    gui::TracePanel panel;
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Two digits first: a count that grows by a digit may ask for room once.
    panel.append(std::vector<core::CallEvent>(11, recvCall(0)));
    QCoreApplication::processEvents();
    LayoutRequests requests(&panel);
    for (int batch = 1; batch < 45; ++batch) {
        panel.append({recvCall(batch), recvCall(batch)});
        QCoreApplication::processEvents();
    }
    QCOMPARE(requests.count, 0);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("traceCount"))->text().startsWith(QStringLiteral("99 call")));
}

QTEST_MAIN(TestLiveLabel)
#include "tst_live_label.moc"
