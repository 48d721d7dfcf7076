// The call trace panel: the table of calls, its header row with copy/save/clear, and the explanation of the
// selected call in the source material's words.
#include "trace_panel.h"

#include "core/trace_format.h"
#include "gui/core_text.h"
#include "gui/live_label.h"
#include "gui/spill_file.h"
#include "gui/trace_model.h"
#include "ui_tracepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>
#include <climits>

namespace socketlab::gui {

namespace {

// Space above and below a row's text; rows have one fixed height so 20000 of them lay out instantly.
constexpr int kRowPadding = 3;
// The table never shrinks below this many rows, nor the explanation below this many lines.
constexpr int kMinimumVisibleRows = 3;
constexpr int kMinimumDetailLines = 2;
// Column widths, in characters of the monospace font: at least room for typical values, at most a share
// that leaves the error column visible.
constexpr int kMinimumArgumentsChars = 24;
constexpr int kMaximumArgumentsChars = 40;
constexpr int kMinimumResultChars = 12;
constexpr int kMaximumResultChars = 30; // "4 → (4, ('127.0.0.1', 48437))"; longer lists are elided
// Space between a cell's text and its edges, on top of the style's own margin, so a right-aligned result does
// not run into the error beside it.
constexpr int kCellPadding = 4;
// The time column fits over a quarter of an hour of a session, the call column the longest call names the core
// records; neither needs fitting to the calls.
const QLatin1String kWidestTime("999999.999");
const char* const kLongestCallNames[]
    = {"getaddrinfo", "getnameinfo", "getpeername", "getsockname", "gethostname", "setsockopt"};

const QLatin1String kJsonLinesSuffix(".jsonl");
const QLatin1String kTextSuffix(".txt");

// Paints each cell's background and selection over the whole cell, and its text kCellPadding further in.
class PaddedItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem cell(option);
        initStyleOption(&cell, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();

        QStyleOptionViewItem background(cell);
        background.text.clear();
        background.features &= ~QStyleOptionViewItem::HasDisplay;
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        // The selection is painted again under the text, in the same colour over the same colour: invisible.
        QStyleOptionViewItem text(cell);
        text.rect.adjust(kCellPadding, 0, -kCellPadding, 0);
        text.backgroundBrush = QBrush();
        text.state &= ~QStyle::State_HasFocus;
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * kCellPadding, 0);
    }
};

// Horizontal space a cell needs besides its text: the style's text margins and our padding.
int cellMargins(const QWidget* view)
{
    const int styleMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return 2 * (styleMargin + kCellPadding);
}

} // namespace

TracePanel::TracePanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TracePanel>())
    , m_model(new TraceModel(this))
{
    m_ui->setupUi(this);
    QTableView* table = view();
    table->setModel(m_model);
    table->setItemDelegate(new PaddedItemDelegate(table));

    // One fixed row height, from the taller of the two fonts the rows use.
    const QFont fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int rowHeight = std::max(table->fontMetrics().height(), QFontMetrics(fixedFont).height()) + 2 * kRowPadding;
    QHeaderView* rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(rowHeight);
    rows->setDefaultSectionSize(rowHeight);
    const int frame = 2 * table->frameWidth();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + kMinimumVisibleRows * rowHeight + frame);

    // Until the first calls arrive, arguments and results get widths for typical values; then they fit the
    // calls once (fitColumns()).
    QHeaderView* columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = QFontMetrics(fixedFont).horizontalAdvance(QLatin1Char('0'));
    columns->resizeSection(TraceModel::ArgumentsColumn, digit * kMinimumArgumentsChars + cellMargins(table));
    columns->resizeSection(TraceModel::ResultColumn, digit * kMinimumResultChars + cellMargins(table));
    sizeShortColumns();

    // The explanation keeps a few lines even when the table is given most of the height.
    m_ui->traceSplitter->setStretchFactor(0, 1);
    m_ui->traceSplitter->setStretchFactor(1, 0);
    m_ui->traceDetailArea->setMinimumHeight(m_ui->traceDetail->fontMetrics().lineSpacing() * kMinimumDetailLines
        + m_ui->traceDetailLayout->contentsMargins().top() + m_ui->traceDetailLayout->contentsMargins().bottom()
        + 2 * m_ui->traceDetailArea->frameWidth());

    // Below the header row, hidden until the whole trace can no longer be kept.
    m_spillWarning = new QLabel(this);
    m_spillWarning->setWordWrap(true);
    m_spillWarning->hide();
    m_ui->traceLayout->insertWidget(1, m_spillWarning);
    m_textSpill = new SpillFile(QStringLiteral("trace"), this);
    m_jsonSpill = new SpillFile(QStringLiteral("trace-json"), this);
    connect(m_textSpill, &SpillFile::failed, this, &TracePanel::onSpillFailed);
    connect(m_jsonSpill, &SpillFile::failed, this, &TracePanel::onSpillFailed);
    hostLiveLabel(m_ui->traceCount);
    m_spillTimer.setInterval(0);
    connect(&m_spillTimer, &QTimer::timeout, this, [this] { spillQueued(kSpillCallsPerTurn); });

    // Ctrl+C in the table copies whole calls, as the Copy button does (see eventFilter()).
    table->installEventFilter(this);

    connect(m_ui->copyTraceButton, &QPushButton::clicked, this, &TracePanel::copyTrace);
    connect(m_ui->saveTraceButton, &QPushButton::clicked, this, &TracePanel::saveTrace);
    connect(m_ui->clearTraceButton, &QPushButton::clicked, this, &TracePanel::clear);
    connect(m_model, &TraceModel::countsChanged, this, &TracePanel::updateCount);
    connect(m_model, &TraceModel::countsChanged, this, &TracePanel::updateButtons);
    connect(m_model, &TraceModel::modelReset, this, &TracePanel::updateDetail);
    connect(m_model, &TraceModel::rowsRemoved, this,
        [this](const QModelIndex&, int first, int last) { m_rowsRemovedInAppend += last - first + 1; });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TracePanel::updateDetail);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TracePanel::updateDetail);

    retranslate();
    updateButtons();
}

TracePanel::~TracePanel() = default;

QTableView* TracePanel::view() const
{
    return m_ui->traceView;
}

void TracePanel::append(const std::vector<core::CallEvent>& events, quint64 omitted)
{
    QScrollBar* bar = view()->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    const bool wasEmpty = m_model->rowCount() == 0;

    m_rowsRemovedInAppend = 0;
    m_model->append(events, omitted);
    // The whole trace, in both forms Save offers, is spilled on the next turns; the table keeps only its bound.
    m_spillQueue.insert(m_spillQueue.end(), events.begin(), events.end());
    if (!m_spillQueue.empty() && !m_spillTimer.isActive())
        m_spillTimer.start();

    if (wasEmpty && m_model->rowCount() > 0 && !m_columnsFitted)
        fitColumns();
    if (atBottom) {
        view()->scrollToBottom();
    } else if (m_rowsRemovedInAppend > 0) {
        // The oldest rows went: move up by as many so the calls the learner is reading stay in place.
        const bool perItem = view()->verticalScrollMode() == QAbstractItemView::ScrollPerItem;
        const int step = perItem ? 1 : view()->verticalHeader()->defaultSectionSize();
        bar->setValue(std::max(bar->value() - m_rowsRemovedInAppend * step, 0));
    }
    m_rowsRemovedInAppend = 0;
    emit appended(events, omitted);
}

void TracePanel::spillQueued(std::size_t count)
{
    count = std::min(count, m_spillQueue.size());
    std::string text;
    std::string json;
    for (std::size_t i = 0; i < count; ++i) {
        const core::CallEvent& event = m_spillQueue.front();
        text += core::toTextLine(event);
        text += '\n';
        json += core::toJsonLine(event);
        json += '\n';
        m_spillQueue.pop_front();
    }
    m_textSpill->append(QByteArray::fromStdString(text));
    m_jsonSpill->append(QByteArray::fromStdString(json));
    if (m_spillQueue.empty())
        m_spillTimer.stop();
    else if (!m_spillTimer.isActive())
        m_spillTimer.start();
}

void TracePanel::clear()
{
    m_spillQueue.clear();
    m_spillTimer.stop();
    m_model->clear();
    m_columnsFitted = false;
    m_textSpill->clear();
    m_jsonSpill->clear();
    m_spillError.clear();
    updateSpillWarning();
    updateDetail();
}

bool TracePanel::saveTo(const QString& fileName, bool json)
{
    spillQueued(m_spillQueue.size()); // every call appended so far
    SpillFile* spill = json ? m_jsonSpill : m_textSpill;
    if (spill->isComplete()) {
        QString error;
        if (spill->copyTo(fileName, error))
            return true;
        QMessageBox::warning(this, tr("Save call trace"),
            tr("The call trace could not be saved to %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    // The spill failed: the rows the table kept are all there is.
    QString text = json ? m_model->toJsonLines() : m_model->toText();
    if (!json && !text.isEmpty())
        text += QLatin1Char('\n'); // a text file ends with a line break, like the JSON lines do
    const QByteArray bytes = text.toUtf8();

    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QMessageBox::warning(this, tr("Save call trace"),
        tr("The call trace could not be saved to %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    return false;
}

void TracePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool TracePanel::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own Ctrl+C copies the text of the current cell only; a learner wants whole calls.
    if (watched == view() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copyTrace();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TracePanel::copyTrace()
{
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    // Nothing selected: the learner wants the whole story.
    QGuiApplication::clipboard()->setText(m_model->toText(selected));
}

void TracePanel::saveTrace()
{
    const QString textFilter = tr("Text (*.txt)");
    const QString jsonFilter = tr("JSON lines (*.jsonl)");
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("socketlab-trace") + kTextSuffix);
    QString selectedFilter = textFilter;
    // The dialog asks before replacing an existing file; the name is used exactly as confirmed there.
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save call trace"), start, textFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (fileName.isEmpty())
        return;
    const bool json = fileName.endsWith(kJsonLinesSuffix, Qt::CaseInsensitive)
        || (!fileName.endsWith(kTextSuffix, Qt::CaseInsensitive) && selectedFilter == jsonFilter);
    saveTo(fileName, json);
}

void TracePanel::updateCount()
{
    // tr()'s plural form takes an int; a count past INT_MAX is beyond any lesson and shown capped.
    const int total = static_cast<int>(std::min<quint64>(m_model->totalCalls(), INT_MAX));
    const quint64 notShown = m_model->notShownCalls();
    // Changes with every batch: a live label, so the window is not laid out again each time.
    setLiveLabelText(m_ui->traceCount,
        notShown == 0 ? tr("%n call(s)", nullptr, total) : tr("%n calls, %1 not shown", nullptr, total).arg(notShown));
}

void TracePanel::updateDetail()
{
    const QModelIndex current = view()->selectionModel()->currentIndex();
    const bool shown = current.isValid() && view()->selectionModel()->isRowSelected(current.row(), {});
    if (!shown) {
        m_ui->traceDetail->setText(tr("Select a call to see what it does."));
        return;
    }
    // Compact lines rather than paragraphs: the whole explanation should fit the few lines the panel has.
    const core::CallEvent& event = m_model->event(current.row());
    QStringList lines {QStringLiteral("<tt>") + TraceModel::callText(event).toHtmlEscaped() + QStringLiteral("</tt>")};
    const QString description = callDescriptionText(event.call);
    if (!description.isEmpty())
        lines.append(description.toHtmlEscaped());
    if (event.failed()) {
        const core::Error error = TraceModel::errorOf(event);
        const QString explanation = errorExplanation(error);
        const QString hint = errorHint(error);
        QString advice = explanation.isEmpty()
            ? QString()
            : QStringLiteral("<b>") + explanation.toHtmlEscaped() + QStringLiteral("</b>");
        if (!hint.isEmpty())
            advice += (advice.isEmpty() ? QString() : QStringLiteral(" ")) + hint.toHtmlEscaped();
        if (!advice.isEmpty())
            lines.append(advice);
        lines.append(tr("The system says: %1").arg(errorSummary(error)).toHtmlEscaped());
    }
    const QString html = lines.join(QStringLiteral("<br>"));
    m_ui->traceDetail->setText(html);
}

void TracePanel::updateButtons()
{
    const bool hasRows = m_model->rowCount() > 0;
    m_ui->copyTraceButton->setEnabled(hasRows);
    m_ui->saveTraceButton->setEnabled(hasRows);
    m_ui->clearTraceButton->setEnabled(hasRows || m_model->totalCalls() > 0);
}

void TracePanel::fitColumns()
{
    // Once, on the first calls: later the learner's own column widths win.
    m_columnsFitted = true;
    QTableView* table = view();
    QHeaderView* columns = table->horizontalHeader();
    const int digit
        = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QLatin1Char('0'));
    const struct {
        int column;
        int minimumChars;
        int maximumChars;
    } fits[] = {
        {TraceModel::ArgumentsColumn, kMinimumArgumentsChars, kMaximumArgumentsChars},
        {TraceModel::ResultColumn, kMinimumResultChars, kMaximumResultChars},
    };
    for (const auto& fit : fits) {
        table->resizeColumnToContents(fit.column); // the widest of the header and the visible calls
        const int least = digit * fit.minimumChars + cellMargins(table);
        const int most = digit * fit.maximumChars + cellMargins(table);
        columns->resizeSection(fit.column, std::clamp(columns->sectionSize(fit.column), least, most));
    }
}

void TracePanel::sizeShortColumns()
{
    // Only ever widened: a translated header may need more room, a learner's wider column stays.
    QTableView* table = view();
    QHeaderView* columns = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    int longestCall = 0;
    for (const char* name : kLongestCallNames)
        longestCall = std::max(longestCall, metrics.horizontalAdvance(QLatin1String(name)));
    const int needed[][2] = {
        {TraceModel::TimeColumn, metrics.horizontalAdvance(kWidestTime) + cellMargins(table)},
        {TraceModel::CallColumn, longestCall + cellMargins(table)},
    };
    for (const auto& [column, width] : needed)
        columns->resizeSection(
            column, std::max({columns->sectionSize(column), width, columns->sectionSizeHint(column)}));
}

void TracePanel::onSpillFailed(const QString& reason)
{
    if (!m_spillError.isEmpty())
        return; // the other form failed first: one message is enough
    m_spillError = reason;
    updateSpillWarning();
}

void TracePanel::updateSpillWarning()
{
    m_spillWarning->setVisible(!m_spillError.isEmpty());
    if (!m_spillError.isEmpty()) {
        m_spillWarning->setText(
            tr("The whole trace can no longer be kept for Save (%1): Save will write only the calls listed here.")
                .arg(m_spillError));
    }
}

void TracePanel::retranslate()
{
    updateSpillWarning();
    m_model->retranslate();
    sizeShortColumns();
    updateCount();
    updateDetail();
}

} // namespace socketlab::gui
