// Tests for the call trace: TraceModel's bound, counters, texts and formats, and TracePanel's count, copy,
// save, explanation and auto-scroll, driven through the widgets' objectNames.
#include "core/errors.h"
#include "core/trace_format.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <string>
#include <vector>

using socketlab::core::CallEvent;
using socketlab::core::Condition;
using socketlab::gui::TraceModel;
using socketlab::gui::TracePanel;

namespace {

constexpr int kBoundedMaxRows = 20000;
constexpr int kBoundedAppended = 25000;
constexpr int kPanelWidth = 900;
constexpr int kPanelHeight = 300;

// Event number `i`: its arguments name it, so a test can tell which calls were kept.
CallEvent numberedEvent(int i)
{
    CallEvent event;
    event.tMs = i * 0.25;
    event.call = "send";
    event.args = "4, #" + std::to_string(i);
    event.result = 1;
    event.socket = 4;
    return event;
}

std::vector<CallEvent> numberedEvents(int first, int count)
{
    std::vector<CallEvent> events;
    events.reserve(static_cast<std::size_t>(count));
    for (int i = first; i < first + count; ++i)
        events.push_back(numberedEvent(i));
    return events;
}

CallEvent bindEvent()
{
    CallEvent event;
    event.tMs = 0.123;
    event.call = "bind";
    event.args = "5, ('127.0.0.1', 12345)";
    event.socket = 5;
    return event;
}

CallEvent acceptEvent()
{
    CallEvent event;
    event.tMs = 12.345;
    event.call = "accept";
    event.args = "5";
    event.result = 9;
    event.returned = "(9, ('127.0.0.1', 33564))";
    event.socket = 5;
    return event;
}

CallEvent recvEvent()
{
    CallEvent event;
    event.tMs = 13.5;
    event.call = "recv";
    event.args = "3, 1024";
    event.result = 24;
    event.data = "b'Thank you for connecting'";
    event.socket = 3;
    return event;
}

CallEvent sendEvent()
{
    CallEvent event;
    event.tMs = 13.25;
    event.call = "send";
    event.args = "9, b'Thank you for connecting'";
    event.result = 24;
    event.data = "b'Thank you for connecting'";
    event.socket = 9;
    return event;
}

CallEvent refusedEvent()
{
    CallEvent event;
    event.tMs = 1.002;
    event.call = "connect";
    event.args = "3, ('127.0.0.1', 1)";
    event.result = -1;
    event.socket = 3;
    event.errorName = "ECONNREFUSED";
    event.errorCode = 111;
    event.message = "Connection refused";
    event.condition = Condition::ConnectionRefused;
    return event;
}

QString display(const TraceModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestTracePanel : public QObject {
    Q_OBJECT

private slots:
    void modelIsBounded_data();
    void modelIsBounded();
    void oneInsertionPerAppend();
    void omittedCallsAreCounted();
    void loweringTheBoundDropsOldest();
    void displayTexts();
    void failureRows();
    void toolTipsUseSourceMaterial();
    void textAndJsonLines();
    void headersAndLanguageChange();
    void countLabel();
    void copyPutsTextOnClipboard();
    void detailExplainsSelectedCall();
    void autoScrollFollowsOnlyAtBottom();
    void droppingOldRowsKeepsReaderInPlace();
    void saveWritesFiles();
    void saveFailureIsShown();
    void clearResets();
    void bigBatchIsSpilledInSlices();
};

void TestTracePanel::modelIsBounded_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one append") << kBoundedAppended;
    QTest::newRow("worker-sized batches") << 2000;
    QTest::newRow("small batches") << 30;
}

void TestTracePanel::modelIsBounded()
{
    QFETCH(int, batchSize);
    TraceModel model;
    QCOMPARE(model.maxRows(), socketlab::gui::kDefaultMaxTraceRows);
    model.setMaxRows(kBoundedMaxRows);
    for (int first = 0; first < kBoundedAppended; first += batchSize)
        model.append(numberedEvents(first, std::min(batchSize, kBoundedAppended - first)));

    QCOMPARE(model.rowCount(), kBoundedMaxRows);
    QCOMPARE(model.totalCalls(), quint64(kBoundedAppended));
    QCOMPARE(model.notShownCalls(), quint64(kBoundedAppended - kBoundedMaxRows));
    QCOMPARE(model.event(0).args, std::string("4, #5000"));
    QCOMPARE(model.event(kBoundedMaxRows - 1).args, "4, #" + std::to_string(kBoundedAppended - 1));
}

void TestTracePanel::oneInsertionPerAppend()
{
    TraceModel model;
    model.setMaxRows(100);
    QSignalSpy inserted(&model, &TraceModel::rowsInserted);
    QSignalSpy removed(&model, &TraceModel::rowsRemoved);

    model.append(numberedEvents(0, 60));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 59);

    model.append(numberedEvents(60, 60)); // 20 over the bound
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 19);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.event(0).args, std::string("4, #20"));

    model.append({}); // an empty batch inserts nothing
    QCOMPARE(inserted.count(), 2);
}

void TestTracePanel::omittedCallsAreCounted()
{
    TraceModel model;
    QSignalSpy counts(&model, &TraceModel::countsChanged);
    model.append(numberedEvents(0, 2), 7);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCalls(), quint64(9));
    QCOMPARE(model.notShownCalls(), quint64(7));
    model.append({}, 3); // a batch of only omitted calls still counts
    QCOMPARE(model.totalCalls(), quint64(12));
    QCOMPARE(model.notShownCalls(), quint64(10));
    QCOMPARE(counts.count(), 2);
}

void TestTracePanel::loweringTheBoundDropsOldest()
{
    TraceModel model;
    model.append(numberedEvents(0, 50));
    QSignalSpy removed(&model, &TraceModel::rowsRemoved);
    model.setMaxRows(10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.event(0).args, std::string("4, #40"));
    QCOMPARE(model.totalCalls(), quint64(50));
    QCOMPARE(model.notShownCalls(), quint64(40));
}

void TestTracePanel::displayTexts()
{
    TraceModel model;
    model.append({bindEvent(), acceptEvent(), recvEvent(), sendEvent()});

    QCOMPARE(display(model, 0, TraceModel::TimeColumn), QStringLiteral("0.123"));
    QCOMPARE(display(model, 0, TraceModel::CallColumn), QStringLiteral("bind"));
    QCOMPARE(display(model, 0, TraceModel::ArgumentsColumn), QStringLiteral("5, ('127.0.0.1', 12345)"));
    QCOMPARE(display(model, 0, TraceModel::ResultColumn), QStringLiteral("0"));
    QCOMPARE(display(model, 0, TraceModel::ErrorColumn), QString());

    QCOMPARE(display(model, 1, TraceModel::TimeColumn), QStringLiteral("12.345"));
    QCOMPARE(display(model, 1, TraceModel::ResultColumn), QStringLiteral("9 \u2192 (9, ('127.0.0.1', 33564))"));
    // recv returns the bytes; send already shows them in its arguments.
    QCOMPARE(display(model, 2, TraceModel::ResultColumn), QStringLiteral("24 \u2192 b'Thank you for connecting'"));
    QCOMPARE(display(model, 3, TraceModel::ResultColumn), QStringLiteral("24"));

    QCOMPARE(TraceModel::callText(model.event(0)), QStringLiteral("bind(5, ('127.0.0.1', 12345)) = 0"));
    QCOMPARE(TraceModel::callText(model.event(1)), QStringLiteral("accept(5) = 9 \u2192 (9, ('127.0.0.1', 33564))"));

    const auto alignment
        = [&](int column) { return model.data(model.index(0, column), Qt::TextAlignmentRole).value<Qt::Alignment>(); };
    QVERIFY(alignment(TraceModel::TimeColumn) & Qt::AlignRight);
    QVERIFY(alignment(TraceModel::ResultColumn) & Qt::AlignRight);
    QVERIFY(alignment(TraceModel::CallColumn) & Qt::AlignLeft);

    const QFont fixed = model.data(model.index(0, TraceModel::ArgumentsColumn), Qt::FontRole).value<QFont>();
    QVERIFY(fixed.fixedPitch() || QFontInfo(fixed).fixedPitch());
    QVERIFY(!model.data(model.index(0, TraceModel::CallColumn), Qt::FontRole).isValid());
}

void TestTracePanel::failureRows()
{
    TraceModel model;
    model.append({bindEvent(), refusedEvent()});
    QCOMPARE(display(model, 1, TraceModel::ErrorColumn), QStringLiteral("ECONNREFUSED (Connection refused)"));
    QCOMPARE(display(model, 1, TraceModel::ResultColumn), QStringLiteral("-1"));
    QVERIFY(model.data(model.index(1, TraceModel::CallColumn), Qt::ForegroundRole).isValid());
    QVERIFY(model.data(model.index(1, TraceModel::TimeColumn), Qt::BackgroundRole).isValid());
    QVERIFY(!model.data(model.index(0, TraceModel::CallColumn), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0, TraceModel::CallColumn), Qt::BackgroundRole).isValid());
    QCOMPARE(TraceModel::callText(model.event(1)),
        QStringLiteral("connect(3, ('127.0.0.1', 1)) = -1 ECONNREFUSED (Connection refused)"));
}

void TestTracePanel::toolTipsUseSourceMaterial()
{
    TraceModel model;
    model.append({bindEvent(), refusedEvent()});
    for (int column = 0; column < TraceModel::ColumnCount; ++column) {
        const QString tip = model.data(model.index(0, column), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("binds an address (hostname, port pair) to the socket")), qPrintable(tip));
    }
    const QString failed = model.data(model.index(1, TraceModel::ErrorColumn), Qt::ToolTipRole).toString();
    QVERIFY2(failed.contains(QStringLiteral("actively initiates a connection to a TCP server")), qPrintable(failed));
    QVERIFY2(failed.contains(QStringLiteral("Nothing is listening at the address.")), qPrintable(failed));
    QVERIFY2(failed.contains(QStringLiteral("Start the server first")), qPrintable(failed));
}

void TestTracePanel::textAndJsonLines()
{
    TraceModel model;
    const std::vector<CallEvent> events {bindEvent(), acceptEvent(), refusedEvent()};
    model.append(events);

    const QStringList lines = model.toText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(lines.at(i), QString::fromStdString(socketlab::core::toTextLine(events[std::size_t(i)])));

    // Given rows: each row once, in trace order, whatever the order and number of indexes.
    const QModelIndexList picked {model.index(2, TraceModel::CallColumn), model.index(0, TraceModel::TimeColumn),
        model.index(2, TraceModel::ErrorColumn)};
    QCOMPARE(model.toText(picked),
        QString::fromStdString(socketlab::core::toTextLine(events[0]) + "\n" + socketlab::core::toTextLine(events[2])));

    const QString json = model.toJsonLines();
    QVERIFY(json.endsWith(QLatin1Char('\n')));
    const QStringList jsonLines = json.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(jsonLines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(jsonLines.at(i).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(jsonLines.at(i), QString::fromStdString(socketlab::core::toJsonLine(events[std::size_t(i)])));
        QCOMPARE(document.object().value(QStringLiteral("call")).toString(),
            QString::fromStdString(events[std::size_t(i)].call));
    }
    const QJsonObject refused = QJsonDocument::fromJson(jsonLines.at(2).toUtf8()).object();
    QCOMPARE(refused.value(QStringLiteral("errno")).toString(), QStringLiteral("ECONNREFUSED"));
    QVERIFY(QJsonDocument::fromJson(jsonLines.at(0).toUtf8()).object().value(QStringLiteral("errno")).isNull());
}

void TestTracePanel::headersAndLanguageChange()
{
    TracePanel panel;
    TraceModel* model = panel.model();
    QCOMPARE(model->columnCount(), int(TraceModel::ColumnCount));
    QCOMPARE(model->headerData(TraceModel::CallColumn, Qt::Horizontal).toString(), QStringLiteral("Call"));
    QCOMPARE(model->headerData(TraceModel::ArgumentsColumn, Qt::Horizontal).toString(), QStringLiteral("Arguments"));
    QCOMPARE(model->headerData(TraceModel::ResultColumn, Qt::Horizontal).toString(), QStringLiteral("Result"));
    QCOMPARE(model->headerData(TraceModel::ErrorColumn, Qt::Horizontal).toString(), QStringLiteral("Error"));
    QVERIFY(model->headerData(TraceModel::TimeColumn, Qt::Horizontal).toString().startsWith(QStringLiteral("Time")));

    panel.append({bindEvent()});
    QSignalSpy headers(model, &TraceModel::headerDataChanged);
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &languageChange);
    QCOMPARE(headers.count(), 1);
    // Texts set in code survive retranslateUi().
    QCOMPARE(child<QLabel>(panel, "traceCount")->text(), QStringLiteral("1 call(s)"));
    QCOMPARE(child<QLabel>(panel, "traceTitle")->text(), QStringLiteral("Call trace"));
}

void TestTracePanel::countLabel()
{
    TracePanel panel;
    QLabel* count = child<QLabel>(panel, "traceCount");
    panel.append({bindEvent(), acceptEvent(), refusedEvent()});
    QCOMPARE(count->text(), QStringLiteral("3 call(s)"));
    panel.append({sendEvent(), recvEvent()}, 2);
    QCOMPARE(count->text(), QStringLiteral("7 calls, 2 not shown"));
}

void TestTracePanel::copyPutsTextOnClipboard()
{
    TracePanel panel;
    panel.append({bindEvent(), acceptEvent(), refusedEvent()});
    QPushButton* copy = child<QPushButton>(panel, "copyTraceButton");
    QClipboard* clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard->text(), panel.model()->toText()); // nothing selected: every call

    panel.view()->selectRow(1);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard->text(), QString::fromStdString(socketlab::core::toTextLine(acceptEvent())));

    // Ctrl+C in the table copies whole calls too, not the text of the current cell.
    panel.view()->selectAll();
    clipboard->clear();
    panel.view()->setFocus();
    QTest::keySequence(panel.view(), QKeySequence::Copy);
    QCOMPARE(clipboard->text(), panel.model()->toText());
}

void TestTracePanel::detailExplainsSelectedCall()
{
    TracePanel panel;
    QLabel* detail = child<QLabel>(panel, "traceDetail");
    QCOMPARE(detail->text(), QStringLiteral("Select a call to see what it does."));

    panel.append({bindEvent(), refusedEvent()});
    panel.view()->selectRow(0);
    QVERIFY2(detail->text().contains(QStringLiteral("bind(5, (&#x27;127.0.0.1&#x27;, 12345)) = 0"))
            || detail->text().contains(QStringLiteral("bind(5, ('127.0.0.1', 12345)) = 0")),
        qPrintable(detail->text()));
    QVERIFY(detail->text().contains(QStringLiteral("binds an address (hostname, port pair) to the socket")));

    panel.view()->selectRow(1);
    QVERIFY2(detail->text().contains(QStringLiteral("Nothing is listening")), qPrintable(detail->text()));
    QVERIFY(detail->text().contains(QStringLiteral("Start the server first")));
    QVERIFY(detail->text().contains(QStringLiteral("Connection refused")));

    panel.view()->clearSelection();
    QCOMPARE(detail->text(), QStringLiteral("Select a call to see what it does."));
}

void TestTracePanel::autoScrollFollowsOnlyAtBottom()
{
    TracePanel panel;
    panel.resize(kPanelWidth, kPanelHeight);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QScrollBar* bar = panel.view()->verticalScrollBar();

    panel.append(numberedEvents(0, 200));
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // it starts at the bottom, so it follows

    bar->setValue(0); // the learner scrolls up to read
    panel.append(numberedEvents(200, 50));
    QTRY_VERIFY(bar->maximum() > 0);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);

    bar->setValue(bar->maximum()); // and back down: following again
    panel.append(numberedEvents(250, 50));
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(panel.view()->rowAt(panel.view()->viewport()->height() - 1), panel.model()->rowCount() - 1);
}

void TestTracePanel::droppingOldRowsKeepsReaderInPlace()
{
    TracePanel panel;
    panel.model()->setMaxRows(100);
    panel.resize(kPanelWidth, kPanelHeight);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView* view = panel.view();

    panel.append(numberedEvents(0, 100));
    QCoreApplication::processEvents();
    view->scrollTo(panel.model()->index(50, 0), QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    const int topRow = view->rowAt(0);
    QVERIFY(topRow > 0);
    const std::string reading = panel.model()->event(topRow).args;

    panel.append(numberedEvents(100, 10)); // the 10 oldest go
    QCoreApplication::processEvents();
    QCOMPARE(panel.model()->event(view->rowAt(0)).args, reading);
}

void TestTracePanel::saveWritesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TracePanel panel;
    panel.append({bindEvent(), refusedEvent()});

    const QString textPath = dir.filePath(QStringLiteral("trace.txt"));
    QVERIFY(panel.saveTo(textPath, false));
    QFile text(textPath);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(text.readAll()), panel.model()->toText() + QLatin1Char('\n'));

    const QString jsonPath = dir.filePath(QStringLiteral("trace.jsonl"));
    QVERIFY(panel.saveTo(jsonPath, true));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(json.readAll()), panel.model()->toJsonLines());
}

void TestTracePanel::saveFailureIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TracePanel panel;
    panel.append({bindEvent()});
    const QString path = dir.filePath(QStringLiteral("missing/trace.txt"));

    // The warning is modal: read it and close it from a timer that runs inside its event loop.
    QString warning;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &closer, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    closer.start(0);
    QVERIFY(!panel.saveTo(path, false));
    closer.stop();
    QVERIFY2(warning.contains(QDir::toNativeSeparators(path)), qPrintable(warning));
}

void TestTracePanel::clearResets()
{
    TracePanel panel;
    panel.append({bindEvent(), refusedEvent()}, 4);
    panel.view()->selectRow(1);
    QVERIFY(child<QPushButton>(panel, "clearTraceButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(panel, "clearTraceButton"), Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(panel.model()->totalCalls(), quint64(0));
    QCOMPARE(panel.model()->notShownCalls(), quint64(0));
    QCOMPARE(child<QLabel>(panel, "traceCount")->text(), QStringLiteral("0 call(s)"));
    QCOMPARE(child<QLabel>(panel, "traceDetail")->text(), QStringLiteral("Select a call to see what it does."));
    QVERIFY(!child<QPushButton>(panel, "copyTraceButton")->isEnabled());
}

void TestTracePanel::bigBatchIsSpilledInSlices()
{
    // A flood's batch of 2000 calls: the rows at once, in one insertion, while their lines for Save
    // are made on the next turns of the event loop in slices, so the GUI thread never holds the
    // whole batch's formatting in one turn. Save still writes every call, finished or not.
    constexpr int kBatch = 2000;
    static_assert(kBatch > 2 * int(TracePanel::kSpillCallsPerTurn));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TracePanel panel;
    panel.append(numberedEvents(0, kBatch));
    QCOMPARE(panel.model()->rowCount(), kBatch);
    QCOMPARE(panel.callsAwaitingSpill(), std::size_t(kBatch));
    QCoreApplication::processEvents(); // one turn: one slice
    QVERIFY(panel.callsAwaitingSpill() >= kBatch - 2 * TracePanel::kSpillCallsPerTurn);
    QVERIFY(panel.callsAwaitingSpill() < std::size_t(kBatch));

    const QString early = dir.filePath(QStringLiteral("early.txt"));
    QVERIFY(panel.saveTo(early, false)); // before the slices are done: Save finishes them
    QCOMPARE(panel.callsAwaitingSpill(), std::size_t(0));
    QFile earlyFile(early);
    QVERIFY(earlyFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(earlyFile.readAll()), panel.model()->toText() + QLatin1Char('\n'));

    panel.append(numberedEvents(kBatch, kBatch));
    QTRY_COMPARE(panel.callsAwaitingSpill(), std::size_t(0));
    const QString json = dir.filePath(QStringLiteral("all.jsonl"));
    QVERIFY(panel.saveTo(json, true));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(jsonFile.readAll()), panel.model()->toJsonLines());

    // Clear forgets calls not yet spilled too.
    panel.append(numberedEvents(2 * kBatch, kBatch));
    panel.clear();
    QCOMPARE(panel.callsAwaitingSpill(), std::size_t(0));
}

QTEST_MAIN(TestTracePanel)
#include "tst_trace_panel.moc"
