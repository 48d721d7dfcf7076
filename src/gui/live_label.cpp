// The host of a live label: a layout item with the label's hints that keeps them while they fit.
#include "live_label.h"

#include <QLabel>
#include <QLayout>
#include <QResizeEvent>

#include <algorithm>

namespace socketlab::gui {
namespace {

class LabelHost : public QWidget {
public:
    explicit LabelHost(QLabel* label)
        : QWidget(label->parentWidget())
        , m_label(label)
    {
        setSizePolicy(label->sizePolicy());
        takeHints();
    }

    QSize sizeHint() const override { return m_hint; }
    QSize minimumSizeHint() const override { return m_minimum; }
    bool hasHeightForWidth() const override { return m_label->hasHeightForWidth(); }
    int heightForWidth(int width) const override { return m_label->heightForWidth(width); }

    // After a new text: tells the layout only when the label needs what the host does not give.
    void textChanged()
    {
        const QSize hint = m_label->sizeHint();
        const bool wider = hint.width() > m_hint.width() || m_label->minimumSizeHint().width() > m_minimum.width();
        const bool otherHeight = m_label->hasHeightForWidth() ? m_label->heightForWidth(width()) != m_lines
                                                              : hint.height() != m_hint.height();
        if (wider || otherHeight) {
            takeHints();
            updateGeometry();
        }
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        m_label->setGeometry(rect());
        if (m_label->hasHeightForWidth())
            m_lines = m_label->heightForWidth(width());
    }

private:
    void takeHints()
    {
        // Never narrower than before: a count that shrinks again must not make the row jump.
        m_hint = m_hint.isValid()
            ? QSize(std::max(m_hint.width(), m_label->sizeHint().width()), m_label->sizeHint().height())
            : m_label->sizeHint();
        m_minimum = m_label->minimumSizeHint();
        m_lines = m_label->hasHeightForWidth() ? m_label->heightForWidth(width()) : -1;
    }

    QLabel* m_label;
    QSize m_hint;
    QSize m_minimum;
    int m_lines = -1; // the label's height for the host's width when the hints were taken (word wrap)
};

} // namespace

void hostLiveLabel(QLabel* label)
{
    QWidget* parent = label->parentWidget();
    if (!parent || !parent->layout() || dynamic_cast<LabelHost*>(parent))
        return;
    auto* host = new LabelHost(label);
    delete parent->layout()->replaceWidget(label, host);
    label->setParent(host);
    label->move(0, 0);
    label->show();
}

void setLiveLabelText(QLabel* label, const QString& text)
{
    if (label->text() == text)
        return;
    label->setText(text); // its updateGeometry() stops at the host, which has no layout
    if (auto* host = dynamic_cast<LabelHost*>(label->parentWidget()))
        host->textChanged();
}

} // namespace socketlab::gui
