// The scrolling surface of the sequence diagram: paints only what is on screen, keeps the lifeline headers at
// the top, follows new calls while it is scrolled to the bottom, and shows each element's call as a tooltip.
#pragma once

#include "sequence_renderer.h"

#include <QAbstractScrollArea>

#include <memory>
#include <vector>

namespace socketlab::gui {

class SequenceModel;

class SequenceCanvas : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceCanvas(QWidget* parent = nullptr);
    ~SequenceCanvas() override;

    void setModel(SequenceModel* model);
    SequenceModel* model() const { return m_model; }
    const SequenceRenderer* renderer() const { return m_renderer.get(); }

    // The tooltip of what is drawn at `point` (viewport coordinates), or an empty string.
    QString toolTipAt(const QPoint& point) const;
    // Whether the view moves along with new calls: it does while scrolled to the bottom.
    bool isFollowing() const { return m_following; }

    // Lays the diagram out again (the model or its sessions' names changed) and repaints. While the
    // canvas is hidden (the dock closed: the usual case) it only notes that a layout is due and
    // lays out when shown, so 10,000 connections cost nothing per batch that nobody sees.
    void refresh();
    // Whether a layout waits for the canvas to be shown.
    bool isLayoutPending() const { return m_layoutPending; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateScrollBars();
    QPointF documentOrigin() const;

    SequenceModel* m_model = nullptr;
    std::unique_ptr<SequenceRenderer> m_renderer;
    mutable std::vector<SequenceRenderer::Hit> m_hits; // of the last paint, in document coordinates
    bool m_following = true;
    bool m_adjusting = false; // scroll bars moved by the canvas itself, not the learner
    bool m_layoutPending = false; // the model changed while the canvas was hidden
};

} // namespace socketlab::gui
