// The call trace table: a bounded deque of call events, shown with the core's texts in the current language.
#include "trace_model.h"

#include "core/trace_format.h"
#include "gui/core_text.h"
#include "gui/glossary.h"
#include "gui/tcp_state_text.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <iterator>
#include <set>

namespace socketlab::gui {

namespace {

// Digits after the decimal point of the time column: microseconds, as in the CLI's trace.
constexpr int kTimeDecimals = 3;
// Failed rows: a red readable on a light base and a lighter one readable on a dark base.
constexpr QRgb kFailureTextOnLight = qRgb(190, 30, 30);
constexpr QRgb kFailureTextOnDark = qRgb(255, 125, 115);
// A faint red wash, blended over the base (and alternate-row) colour of either palette.
constexpr QRgb kFailureTint = qRgb(220, 50, 50);
constexpr int kFailureTintAlpha = 38;

const QString kArrow = QStringLiteral(" \u2192 "); // what Python's call returns follows the arrow

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

// The payload, unless the arguments or the return value already show it (send, sendto, recvfrom): the same
// rule as core::toTextLine.
bool dataAlreadyShown(const core::CallEvent& event)
{
    return event.data.empty() || event.args.find(event.data) != std::string::npos
        || event.returned.find(event.data) != std::string::npos;
}

// "9 → (9, ('127.0.0.1', 33564))": the C result, what Python's call returns, and the payload when nothing
// else shows it.
QString resultText(const core::CallEvent& event)
{
    QString text = QString::number(event.result);
    if (!event.returned.empty())
        text += kArrow + fromStd(event.returned);
    // recv's bytes are what Python's recv() returns; for other calls the payload is an aside.
    if (!dataAlreadyShown(event))
        text += (event.returned.empty() && event.call == "recv" ? kArrow : QStringLiteral("  ")) + fromStd(event.data);
    return text;
}

} // namespace

TraceModel::TraceModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TraceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const core::CallEvent& e = m_events[static_cast<std::size_t>(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: return QString::number(e.tMs, 'f', kTimeDecimals);
        case CallColumn: return fromStd(e.call);
        case ArgumentsColumn: return fromStd(e.args);
        case ResultColumn: return resultText(e);
        case ErrorColumn:
            return e.failed() ? fromStd(e.errorName) + QStringLiteral(" (") + fromStd(e.message) + QLatin1Char(')')
                              : QString();
        }
        break;
    case Qt::ToolTipRole:
    case Qt::WhatsThisRole: return toolTip(e);
    case Qt::ForegroundRole:
        if (e.failed())
            return QBrush(QColor(darkPalette() ? kFailureTextOnDark : kFailureTextOnLight));
        break;
    case Qt::BackgroundRole:
        if (e.failed()) {
            QColor tint(kFailureTint);
            tint.setAlpha(kFailureTintAlpha);
            return QBrush(tint);
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == TimeColumn || column == ResultColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (column == ArgumentsColumn || column == ResultColumn)
            return m_fixedFont;
        break;
    default: break;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        // Headers line up with their column's text.
        const bool right = section == TimeColumn || section == ResultColumn;
        return QVariant::fromValue(Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (ms)");
    case CallColumn: return tr("Call");
    case ArgumentsColumn: return tr("Arguments");
    case ResultColumn: return tr("Result");
    case ErrorColumn: return tr("Error");
    }
    return {};
}

void TraceModel::append(const std::vector<core::CallEvent>& events, quint64 omitted)
{
    m_totalCalls += events.size() + omitted;
    m_omittedCalls += omitted;

    // A batch larger than the bound keeps only its newest calls; the rest never become rows.
    const std::size_t maxRows = static_cast<std::size_t>(m_maxRows);
    const std::size_t kept = std::min(events.size(), maxRows);
    const std::size_t skipped = events.size() - kept;
    m_droppedCalls += skipped;

    // Drop first, then insert: the model never holds more than maxRows() rows, not even for a moment.
    const std::size_t overflow = m_events.size() + kept > maxRows ? m_events.size() + kept - maxRows : 0;
    if (overflow > 0)
        dropOldest(static_cast<int>(overflow));

    if (kept > 0) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(kept) - 1);
        m_events.insert(m_events.end(), events.begin() + static_cast<std::ptrdiff_t>(skipped), events.end());
        endInsertRows();
    }
    if (!events.empty() || omitted > 0)
        emit countsChanged();
}

void TraceModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
    m_totalCalls = 0;
    m_omittedCalls = 0;
    m_droppedCalls = 0;
    emit countsChanged();
}

const core::CallEvent& TraceModel::event(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_events[static_cast<std::size_t>(row)];
}

void TraceModel::setMaxRows(int rows)
{
    m_maxRows = std::max(rows, 1);
    if (rowCount() > m_maxRows) {
        dropOldest(rowCount() - m_maxRows);
        emit countsChanged();
    }
}

void TraceModel::dropOldest(int count)
{
    beginRemoveRows({}, 0, count - 1);
    m_events.erase(m_events.begin(), m_events.begin() + count);
    endRemoveRows();
    m_droppedCalls += static_cast<quint64>(count);
}

QString TraceModel::toText(const QModelIndexList& rows) const
{
    QStringList lines;
    if (rows.isEmpty()) {
        lines.reserve(rowCount());
        for (const core::CallEvent& e : m_events)
            lines.append(fromStd(core::toTextLine(e)));
    } else {
        // A row selection holds one index per cell: each row once, in the order of the trace.
        std::set<int> unique;
        for (const QModelIndex& index : rows) {
            if (index.isValid() && index.model() == this && index.row() < rowCount())
                unique.insert(index.row());
        }
        for (const int row : unique)
            lines.append(fromStd(core::toTextLine(event(row))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TraceModel::toJsonLines() const
{
    QString text;
    for (const core::CallEvent& e : m_events) {
        text += fromStd(core::toJsonLine(e));
        text += QLatin1Char('\n');
    }
    return text;
}

void TraceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Tooltips carry translated descriptions; views ask for them on demand, so no dataChanged is needed.
}

QString TraceModel::callText(const core::CallEvent& event)
{
    const QString call = fromStd(event.call) + QLatin1Char('(') + fromStd(event.args) + QStringLiteral(") = ");
    if (event.failed())
        return call + QString::number(event.result) + QLatin1Char(' ') + fromStd(event.errorName) + QStringLiteral(" (")
            + fromStd(event.message) + QLatin1Char(')');
    return call + resultText(event);
}

core::Error TraceModel::errorOf(const core::CallEvent& event)
{
    core::Error error;
    error.kind = core::ErrorKind::System;
    error.condition = event.condition;
    error.call = event.call;
    error.code = event.errorCode;
    error.name = event.errorName;
    error.message = event.message;
    // The event does not keep the address the call aimed at: the explanation then says "the address".
    return error;
}

QString TraceModel::tcpStateToolTipPart(const core::CallEvent& event)
{
    const auto paragraph = [](const QString& heading, std::optional<core::TcpState> state) {
        return QStringLiteral("<p><b>") + heading.arg(tcpStateLabel(state)).toHtmlEscaped() + QStringLiteral("</b><br>")
            + tcpStateToolTip(state).toHtmlEscaped() + QStringLiteral("</p>");
    };
    QString html;
    if (event.tcpState)
        html += paragraph(tr("TCP state now: %1"), event.tcpState);
    if (event.tcpStateBeforeClose) {
        html += paragraph(tr("TCP state before close(): %1"), event.tcpStateBeforeClose);
        html += QStringLiteral("<p>") + timeWaitNote().toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html;
}

QString TraceModel::toolTip(const core::CallEvent& event) const
{
    // Rich text, so Qt wraps long explanations instead of making one screen-wide line. A call the tutorial
    // teaches starts with its glossary entry, as in the Learn panel; then this call's own details.
    QString html;
    const std::optional<Term> term = termForCall(event.call);
    if (term) {
        html = QStringLiteral("<p><b>") + glossaryTitle(*term).toHtmlEscaped() + QStringLiteral("</b><br>")
            + glossaryText(*term).toHtmlEscaped() + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><tt>") + callText(event).toHtmlEscaped() + QStringLiteral("</tt></p>");
    const QString description = term ? QString() : callDescriptionText(event.call);
    if (!description.isEmpty())
        html += QStringLiteral("<p>") + description.toHtmlEscaped() + QStringLiteral("</p>");
    if (event.failed()) {
        const core::Error error = errorOf(event);
        const QString explanation = errorExplanation(error);
        const QString hint = errorHint(error);
        if (!explanation.isEmpty())
            html += QStringLiteral("<p>") + explanation.toHtmlEscaped() + QStringLiteral("</p>");
        if (!hint.isEmpty())
            html += QStringLiteral("<p>") + hint.toHtmlEscaped() + QStringLiteral("</p>");
    }
    html += tcpStateToolTipPart(event);
    return html;
}

} // namespace socketlab::gui
