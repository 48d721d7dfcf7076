// SequenceCanvas: the live, scrolling view of a SequenceModel.
#include "sequence_canvas.h"

#include "sequence_model.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace socketlab::gui {

SequenceCanvas::SequenceCanvas(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    viewport()->setAutoFillBackground(false);
    viewport()->setMouseTracking(true);
    setMinimumSize(200, 160);
}

SequenceCanvas::~SequenceCanvas() = default;

void SequenceCanvas::setModel(SequenceModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_renderer = model ? std::make_unique<SequenceRenderer>(*model, font()) : nullptr;
    if (model)
        connect(model, &SequenceModel::changed, this, &SequenceCanvas::refresh);
    refresh();
}

QSize SequenceCanvas::sizeHint() const
{
    return {600, 400};
}

void SequenceCanvas::refresh()
{
    if (!isVisible()) {
        m_layoutPending = true;
        return;
    }
    m_layoutPending = false;
    const bool follow = m_following;
    if (m_renderer)
        m_renderer->relayout();
    updateScrollBars();
    if (follow) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
    viewport()->update();
}

void SequenceCanvas::updateScrollBars()
{
    m_adjusting = true;
    const QSize document = m_renderer ? m_renderer->documentSize() : QSize();
    const QSize page = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, document.height() - page.height()));
    verticalScrollBar()->setPageStep(page.height());
    verticalScrollBar()->setSingleStep(m_renderer ? m_renderer->rowHeight() : 20);
    horizontalScrollBar()->setRange(0, std::max(0, document.width() - page.width()));
    horizontalScrollBar()->setPageStep(page.width());
    horizontalScrollBar()->setSingleStep(20);
    m_adjusting = false;
}

QPointF SequenceCanvas::documentOrigin() const
{
    return {static_cast<qreal>(horizontalScrollBar()->value()), static_cast<qreal>(verticalScrollBar()->value())};
}

void SequenceCanvas::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    m_hits.clear();
    if (!m_renderer) {
        painter.fillRect(viewport()->rect(), Qt::white);
        return;
    }
    const QPointF origin = documentOrigin();
    painter.translate(-origin);
    m_renderer->paint(painter, QRectF(origin, QSizeF(viewport()->size())), origin.y(), &m_hits);
}

void SequenceCanvas::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const bool follow = m_following;
    updateScrollBars();
    if (follow) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
}

void SequenceCanvas::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    // The learner scrolled: follow again only once back at the bottom.
    if (!m_adjusting)
        m_following = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    viewport()->update();
}

QString SequenceCanvas::toolTipAt(const QPoint& point) const
{
    const QPointF document = documentOrigin() + point;
    // Drawn last is on top.
    for (auto hit = m_hits.rbegin(); hit != m_hits.rend(); ++hit)
        if (hit->rect.contains(document))
            return hit->toolTip;
    return {};
}

bool SequenceCanvas::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceCanvas::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_model) {
        m_renderer = std::make_unique<SequenceRenderer>(*m_model, font());
        refresh();
    } else if (event->type() == QEvent::LanguageChange && m_renderer) {
        if (!isVisible()) {
            m_layoutPending = true;
            return;
        }
        m_renderer->relayout(); // the headers' texts, and so the columns' widths, changed
        updateScrollBars();
        viewport()->update();
    }
}

void SequenceCanvas::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_layoutPending)
        refresh();
}

} // namespace socketlab::gui
