// SequenceRenderer: layout and QPainter drawing of the sequence diagram.
#include "sequence_renderer.h"

#include "trace_model.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <set>

namespace socketlab::gui {
namespace {

constexpr int kMargin = 8;
constexpr int kMinColumnWidth = 170;
constexpr int kMaxColumnWidth = 300;
constexpr int kColumnPadding = 28;
constexpr qreal kActivationWidth = 8;
constexpr qreal kArrowHead = 7;

// Light colors a printed page and the light theme both show well; one hue per session.
struct SourceColors {
    QColor fill;
    QColor line;
};
const SourceColors kSourceColors[] = {
    {QColor(0xe3, 0xf2, 0xfd), QColor(0x15, 0x65, 0xc0)}, // blue
    {QColor(0xe8, 0xf5, 0xe9), QColor(0x2e, 0x7d, 0x32)}, // green
    {QColor(0xff, 0xf3, 0xe0), QColor(0xe6, 0x51, 0x00)}, // orange
    {QColor(0xf3, 0xe5, 0xf5), QColor(0x6a, 0x1b, 0x9a)}, // purple
};
const QColor kBackground(Qt::white);
const QColor kText(0x21, 0x21, 0x21);
const QColor kLifeline(0x9e, 0x9e, 0x9e);
const QColor kFailed(0xc6, 0x28, 0x28);
const QColor kLabelBackground(255, 255, 255, 225);

const SourceColors& colorsOf(int source)
{
    return kSourceColors[static_cast<std::size_t>(source) % std::size(kSourceColors)];
}

QColor messageColor(SequenceModel::MessageKind kind)
{
    switch (kind) {
    case SequenceModel::MessageKind::Connection: return QColor(0x37, 0x47, 0x4f);
    case SequenceModel::MessageKind::Data: return QColor(0x15, 0x65, 0xc0);
    case SequenceModel::MessageKind::Fin: return QColor(0xe6, 0x51, 0x00);
    case SequenceModel::MessageKind::Datagram: return QColor(0x6a, 0x1b, 0x9a);
    }
    return kText;
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

bool movesBytes(const std::string& call)
{
    return call == "send" || call == "recv" || call == "sendto" || call == "recvfrom";
}

} // namespace

SequenceRenderer::SequenceRenderer(const SequenceModel& model, const QFont& font)
    : m_model(model)
    , m_font(font)
{
    relayout();
}

void SequenceRenderer::relayout()
{
    const QFontMetrics metrics(m_font);
    m_rowHeight = metrics.height() + 12;
    m_headerHeight = 2 * metrics.height() + 3 * kMargin;
    m_rows = static_cast<int>(m_model.events().size());
    m_columns.clear();
    // After a language change every header text is different: measure them all again.
    const QString language = tr("%1 · fd %2") + QChar(0) + tr("accepted from %1") + QChar(0) + tr("new socket");
    if (language != m_measuredLanguage) {
        m_headerWidths.clear();
        m_measuredLanguage = language;
    }
    int widest = 0;
    for (const auto& [id, line] : m_model.lifelines()) {
        m_columns.emplace(std::make_pair(line.source, line.slot), 0);
        widest = std::max(widest, headerWidth(line, metrics));
    }
    // Forget the lifelines that left the diagram, so the widths stay bounded by the model.
    if (m_headerWidths.size() > m_model.lifelines().size()) {
        for (auto entry = m_headerWidths.begin(); entry != m_headerWidths.end();) {
            if (m_model.lifelines().count(entry->first) == 0)
                entry = m_headerWidths.erase(entry);
            else
                ++entry;
        }
    }
    int column = 0;
    for (auto& entry : m_columns)
        entry.second = column++;
    m_columnWidth = std::clamp(widest + kColumnPadding, kMinColumnWidth, kMaxColumnWidth);
}

int SequenceRenderer::headerWidth(const SequenceModel::Lifeline& line, const QFontMetrics& metrics)
{
    const bool showsLocal = line.role == SequenceModel::Role::Listening || line.role == SequenceModel::Role::Bound;
    const bool showsPeer = line.role == SequenceModel::Role::Accepted || line.role == SequenceModel::Role::Connected;
    const CallAddress address = showsLocal ? line.local : showsPeer ? line.peer : CallAddress();
    const QString sourceName = m_model.sourceName(line.source);
    HeaderWidth& known = m_headerWidths[line.id];
    if (known.width > 0 && known.socket == line.socket && known.role == line.role && known.address == address
        && known.sourceName == sourceName)
        return known.width;
    known.sourceName = sourceName;
    known.socket = line.socket;
    known.role = line.role;
    known.address = address;
    known.width
        = std::max({1, metrics.horizontalAdvance(lifelineTitle(line)), metrics.horizontalAdvance(lifelineRole(line))});
    return known.width;
}

QSize SequenceRenderer::documentSize() const
{
    const int columns = std::max<int>(1, static_cast<int>(m_columns.size()));
    return {2 * sideMargin() + columns * m_columnWidth, m_headerHeight + m_rows * m_rowHeight + kMargin};
}

qreal SequenceRenderer::columnX(const SequenceModel::Lifeline& line) const
{
    const auto found = m_columns.find({line.source, line.slot});
    const int column = found == m_columns.end() ? 0 : found->second;
    return sideMargin() + column * m_columnWidth + m_columnWidth / 2.0;
}

int SequenceRenderer::sideMargin() const
{
    // Labels reach up to half a column past the outer columns.
    return kMargin + m_columnWidth / 2;
}

qreal SequenceRenderer::rowY(int row) const
{
    return m_headerHeight + row * m_rowHeight + m_rowHeight / 2.0;
}

std::pair<qreal, qreal> SequenceRenderer::lifelineSpan(const SequenceModel::Lifeline& line) const
{
    const int first = m_model.rowOf(line.firstEvent);
    const qreal top = first >= 0 ? rowY(first) - m_rowHeight / 2.0 + 2 : m_headerHeight;
    const int last = line.closed ? m_model.rowOf(line.closeEvent) : -1;
    const qreal bottom = last >= 0 ? rowY(last) : m_headerHeight + m_rows * m_rowHeight;
    return {top, bottom};
}

QString SequenceRenderer::lifelineTitle(const SequenceModel::Lifeline& line) const
{
    return tr("%1 · fd %2").arg(m_model.sourceName(line.source)).arg(line.socket);
}

QString SequenceRenderer::lifelineRole(const SequenceModel::Lifeline& line) const
{
    switch (line.role) {
    case SequenceModel::Role::Listening: return tr("listening on %1").arg(line.local.display());
    case SequenceModel::Role::Accepted: return tr("accepted from %1").arg(line.peer.display());
    case SequenceModel::Role::Connected: return tr("connected to %1").arg(line.peer.display());
    case SequenceModel::Role::Bound: return tr("bound to %1").arg(line.local.display());
    case SequenceModel::Role::Socket: break;
    }
    return tr("new socket");
}

QString SequenceRenderer::eventLabel(const core::CallEvent& call)
{
    const QString name = fromStd(call.call) + QStringLiteral("()");
    if (call.failed())
        return name + QStringLiteral(" → ") + fromStd(call.errorName);
    if (call.call == "socket" || call.call == "accept")
        return name + QStringLiteral(" → ") + tr("fd %1").arg(call.result);
    if (call.call == "recv" && call.result == 0)
        return name + QStringLiteral(" → 0: ") + tr("peer closed");
    if (movesBytes(call.call))
        return name + QStringLiteral(" → ") + tr("%1 B").arg(call.result);
    return name;
}

QString SequenceRenderer::messageLabel(const SequenceModel::Message& message)
{
    switch (message.kind) {
    case SequenceModel::MessageKind::Connection: return tr("connection");
    case SequenceModel::MessageKind::Fin: return QStringLiteral("FIN");
    case SequenceModel::MessageKind::Data:
    case SequenceModel::MessageKind::Datagram: break;
    }
    return tr("%1 B").arg(message.bytes);
}

void SequenceRenderer::paint(QPainter& painter, const QRectF& visible, qreal headerTop, std::vector<Hit>* hits) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    painter.fillRect(visible, kBackground);
    const QFontMetrics metrics(m_font);

    // Lifelines: dashed, ending in a cross where the socket was closed.
    for (const auto& [id, line] : m_model.lifelines()) {
        const auto [top, bottom] = lifelineSpan(line);
        if (bottom < visible.top() || top > visible.bottom())
            continue;
        const qreal x = columnX(line);
        painter.setPen(QPen(kLifeline, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, std::max(top, visible.top())), QPointF(x, std::min(bottom, visible.bottom())));
        if (line.closed && m_model.rowOf(line.closeEvent) >= 0) {
            const qreal arm = 6;
            painter.setPen(QPen(kText, 2));
            painter.drawLine(QPointF(x - arm, bottom + arm), QPointF(x + arm, bottom + 2 * arm));
            painter.drawLine(QPointF(x - arm, bottom + 2 * arm), QPointF(x + arm, bottom + arm));
        }
    }

    // Calls: a bar on the lifeline and a label beside it; a socket's first row names the socket instead.
    const std::vector<quint64>& order = m_model.rowOrder();
    const int firstRow = std::max(0, static_cast<int>((visible.top() - m_headerHeight) / m_rowHeight) - 1);
    const int lastRow = std::min(m_rows - 1, static_cast<int>((visible.bottom() - m_headerHeight) / m_rowHeight) + 1);
    // Up to the next column's bar.
    const qreal labelWidth = m_columnWidth - 2 * kActivationWidth - 4;
    // A call's label goes beside its bar on the side no arrow of that call takes: right by default, left when an
    // arrow leaves or arrives on the right, above the arrow when arrows take both sides.
    std::map<quint64, int> arrowSides; // bit 1: an arrow on the left, bit 2: on the right
    for (const SequenceModel::Message& message : m_model.messages()) {
        const SequenceModel::Event* from = m_model.event(message.from);
        const SequenceModel::Event* to = m_model.event(message.to);
        const auto fromLine = m_model.lifelines().find(from ? from->lifeline : 0);
        const auto toLine = m_model.lifelines().find(to ? to->lifeline : 0);
        if (!from || !to || fromLine == m_model.lifelines().end() || toLine == m_model.lifelines().end())
            continue;
        const qreal x1 = columnX(fromLine->second);
        const qreal x2 = columnX(toLine->second);
        arrowSides[message.from] |= x2 > x1 || x1 == x2 ? 2 : 1;
        arrowSides[message.to] |= x1 > x2 || x1 == x2 ? 2 : 1;
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        const SequenceModel::Event* event = m_model.event(order[static_cast<std::size_t>(row)]);
        if (!event)
            continue;
        const auto found = m_model.lifelines().find(event->lifeline);
        if (found == m_model.lifelines().end())
            continue;
        const SequenceModel::Lifeline& line = found->second;
        const qreal x = columnX(line);
        const qreal y = rowY(row);
        const bool failed = event->call.failed();
        const QRectF bar(x - kActivationWidth / 2, y - m_rowHeight / 2.0 + 3, kActivationWidth, m_rowHeight - 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(failed ? kFailed : colorsOf(line.source).line);
        painter.drawRect(bar);
        const QString label = metrics.elidedText(eventLabel(event->call), Qt::ElideRight, static_cast<int>(labelWidth));
        const auto sides = arrowSides.find(event->id);
        const int side = sides == arrowSides.end() ? 0 : sides->second;
        const qreal textWidth = metrics.horizontalAdvance(label) + 4;
        const qreal textTop = side == 3 ? y - metrics.height() - 1 : y - metrics.height() / 2.0;
        const qreal textLeft = side == 2 ? x - kActivationWidth - textWidth : x + kActivationWidth;
        const QRectF textRect(textLeft, textTop, textWidth, metrics.height());
        painter.fillRect(textRect, kLabelBackground);
        painter.setPen(failed ? kFailed : kText);
        painter.drawText(textRect.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
        if (hits)
            hits->push_back({bar.united(textRect), TraceModel::callText(event->call)});
    }

    // A socket accept() made in a column used before: its name where it starts. (A socket() call's label says
    // so itself, and the first socket of a column is named by the header.)
    std::set<std::pair<int, int>> columnSeen;
    for (const auto& [id, line] : m_model.lifelines()) {
        const bool firstInColumn = columnSeen.insert({line.source, line.slot}).second;
        const SequenceModel::Event* first = m_model.event(line.firstEvent);
        const int row = m_model.rowOf(line.firstEvent);
        if (firstInColumn || !first || row < firstRow || row > lastRow || first->lifeline == line.id)
            continue;
        const qreal x = columnX(line);
        const QString title = metrics.elidedText(
            lifelineTitle(line) + QStringLiteral(" · ") + lifelineRole(line), Qt::ElideRight, m_columnWidth - 12);
        const QRectF box(x - kActivationWidth / 2, rowY(row) - m_rowHeight / 2.0 + 2,
            metrics.horizontalAdvance(title) + 10, m_rowHeight - 4);
        painter.setPen(QPen(colorsOf(line.source).line, 1));
        painter.setBrush(colorsOf(line.source).fill);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(kText);
        painter.drawText(box.adjusted(5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
        if (hits)
            hits->push_back({box, lifelineTitle(line) + QLatin1Char('\n') + lifelineRole(line)});
    }

    for (const SequenceModel::Message& message : m_model.messages()) {
        const int from = m_model.rowOf(message.from);
        const int to = m_model.rowOf(message.to);
        if (from < 0 || to < 0 || std::max(rowY(from), rowY(to)) < visible.top() - m_rowHeight
            || std::min(rowY(from), rowY(to)) > visible.bottom() + m_rowHeight)
            continue;
        paintMessage(painter, message, hits);
    }

    paintHeaders(painter, visible, headerTop, hits);
    painter.restore();
}

void SequenceRenderer::paintMessage(
    QPainter& painter, const SequenceModel::Message& message, std::vector<Hit>* hits) const
{
    const SequenceModel::Event* from = m_model.event(message.from);
    const SequenceModel::Event* to = m_model.event(message.to);
    const auto& lines = m_model.lifelines();
    const auto fromLine = lines.find(from->lifeline);
    const auto toLine = lines.find(to->lifeline);
    if (fromLine == lines.end() || toLine == lines.end())
        return;
    // connect() meets the listening socket's accept(); the arrow ends at the socket accept() made.
    const qreal x1 = columnX(fromLine->second);
    const qreal x2 = columnX(toLine->second);
    const QPointF start(x1, rowY(m_model.rowOf(message.from)));
    QPointF end(x2, rowY(m_model.rowOf(message.to)));
    const QColor color = messageColor(message.kind);
    const Qt::PenStyle style = message.kind == SequenceModel::MessageKind::Fin ? Qt::DashLine : Qt::SolidLine;
    painter.setPen(QPen(color, 1.6, style));
    painter.setBrush(Qt::NoBrush);
    QPointF tipFrom = start;
    if (std::abs(x1 - x2) < 1) {
        // A socket talking to itself: a loop to the right.
        QPainterPath path(start);
        path.cubicTo(start + QPointF(40, 0), end + QPointF(40, 0), end + QPointF(kActivationWidth / 2, 0));
        painter.drawPath(path);
        tipFrom = end + QPointF(40, 0);
        end += QPointF(kActivationWidth / 2, 0);
    } else {
        const qreal side = x2 > x1 ? 1 : -1;
        end -= QPointF(side * kActivationWidth / 2, 0);
        painter.drawLine(start + QPointF(side * kActivationWidth / 2, 0), end);
    }
    // Arrow head along the line's direction.
    const QPointF direction = end - tipFrom;
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length > 0) {
        const QPointF unit = direction / length;
        const QPointF normal(-unit.y(), unit.x());
        const QPolygonF head({end, end - unit * kArrowHead * 1.6 + normal * kArrowHead * 0.6,
            end - unit * kArrowHead * 1.6 - normal * kArrowHead * 0.6});
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(head);
    }
    const QFontMetrics metrics(m_font);
    const QString label = messageLabel(message);
    const QPointF middle = (start + end) / 2;
    const QRectF labelRect(middle.x() - metrics.horizontalAdvance(label) / 2.0 - 3, middle.y() - metrics.height() / 2.0,
        metrics.horizontalAdvance(label) + 6, metrics.height());
    painter.setPen(QPen(color, 1));
    painter.setBrush(kLabelBackground);
    painter.drawRoundedRect(labelRect, 3, 3);
    painter.setPen(color);
    painter.drawText(labelRect, Qt::AlignCenter, label);
    if (hits) {
        hits->push_back({labelRect,
            tr("%1 on %2\n→ %3 on %4")
                .arg(TraceModel::callText(from->call), lifelineTitle(fromLine->second), TraceModel::callText(to->call),
                    lifelineTitle(toLine->second))});
    }
}

void SequenceRenderer::paintHeaders(
    QPainter& painter, const QRectF& visible, qreal headerTop, std::vector<Hit>* hits) const
{
    const QFontMetrics metrics(m_font);
    painter.fillRect(QRectF(visible.left(), headerTop, visible.width(), m_headerHeight), kBackground);
    painter.setPen(QPen(kLifeline, 1));
    painter.drawLine(QPointF(visible.left(), headerTop + m_headerHeight - 1),
        QPointF(visible.right(), headerTop + m_headerHeight - 1));
    // Per column, the socket seen longest in the visible part (else the nearest one): a socket that was closed
    // just below the top must not hide the one that listens for the rest of the screen.
    const qreal from = headerTop + m_headerHeight;
    const qreal to = visible.bottom();
    std::map<int, const SequenceModel::Lifeline*> shown;
    std::map<int, qreal> shownScore;
    for (const auto& [id, line] : m_model.lifelines()) {
        const int column = m_columns.at({line.source, line.slot});
        const auto [top, bottom] = lifelineSpan(line);
        const qreal overlap = std::min(bottom, to) - std::max(top, from);
        const qreal score = overlap > 0 ? overlap : -std::min(std::abs(top - from), std::abs(bottom - from));
        if (!shown.count(column) || score > shownScore[column]) {
            shown[column] = &line;
            shownScore[column] = score;
        }
    }
    for (const auto& [column, line] : shown) {
        const qreal x = columnX(*line);
        const QRectF box(
            x - m_columnWidth / 2.0 + 6, headerTop + kMargin, m_columnWidth - 12, m_headerHeight - 2 * kMargin);
        painter.setPen(QPen(colorsOf(line->source).line, line->closed ? 1 : 1.5));
        painter.setBrush(colorsOf(line->source).fill);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(kText);
        const QRectF inner = box.adjusted(6, 3, -6, -3);
        QFont bold = m_font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(inner, Qt::AlignTop | Qt::AlignHCenter,
            QFontMetrics(bold).elidedText(lifelineTitle(*line), Qt::ElideRight, static_cast<int>(inner.width())));
        painter.setFont(m_font);
        painter.drawText(inner, Qt::AlignBottom | Qt::AlignHCenter,
            metrics.elidedText(lifelineRole(*line), Qt::ElideMiddle, static_cast<int>(inner.width())));
        if (hits)
            hits->push_back({box, lifelineTitle(*line) + QLatin1Char('\n') + lifelineRole(*line)});
    }
}

} // namespace socketlab::gui
