// ThroughputChart: the sparkline painter and the rate text.
#include "throughput_chart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace socketlab::gui {
namespace {

constexpr int kSparklineMinWidth = 140;
constexpr int kChartMinWidth = 60; // the chart keeps this much; the text gives way first
constexpr int kChartPreferredWidth = 160;
constexpr int kChartMaxWidth = 240;
constexpr int kTextGap = 6;
constexpr int kTextSlack = 4;
// The rate text's width may shrink by this many characters before the chart asks for less room.
constexpr int kHintHysteresisChars = 8;
// Tall enough to read, low enough to share a row with a push button.
constexpr int kSparklineHeight = 22;
constexpr double kBytesPerUnit = 1024.0;
// Received and sent, in colours that stay apart on light and dark palettes.
const QColor kInColor(0x2a, 0x7a, 0xb0);
const QColor kOutColor(0xd9, 0x82, 0x2b);

// Paints the rate text at the left (elided when space is short; the tooltip has it whole) and the
// meter's history at the right: time runs left to right over kThroughputHistoryMs, both lines
// share one scale (the highest rate on show) so in and out compare at a glance. One text line
// high, so the chart fits in a header row.
class Sparkline : public QWidget {
public:
    Sparkline(const ThroughputMeter& meter, QWidget* parent)
        : QWidget(parent)
        , m_meter(meter)
    {
        setMinimumSize(kSparklineMinWidth, std::max(kSparklineHeight, fontMetrics().height() + 4));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setText(const QString& text)
    {
        m_text = text;
        // A new size hint lays out every parent up to the main window (and repaints what they hold):
        // only when the text needs more room than the last hint gave, or far less.
        const int width = fontMetrics().horizontalAdvance(m_text);
        if (width > m_hintTextWidth
            || width < m_hintTextWidth - kHintHysteresisChars * fontMetrics().averageCharWidth()) {
            m_hintTextWidth = width;
            updateGeometry();
        }
        update();
    }
    QSize sizeHint() const override
    {
        return {std::max(m_hintTextWidth, fontMetrics().horizontalAdvance(m_text)) + kTextGap + kChartPreferredWidth,
            minimumHeight()};
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const int textRoom = std::max(0, width() - kChartMinWidth - kTextGap);
        // A little slack: elidedText() elides text that only just fits its measured width.
        const int textWidth = std::min(fontMetrics().horizontalAdvance(m_text) + kTextSlack, textRoom);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, 0, textWidth, height()), Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(m_text, Qt::ElideRight, textWidth));

        painter.setRenderHint(QPainter::Antialiasing);
        const int chartLeft = textWidth + kTextGap;
        const QRectF area
            = QRectF(chartLeft, 0, std::min(width() - chartLeft, kChartMaxWidth), height()).adjusted(1, 1, -1, -1);
        // A faint frame, unlike a text field's, so it does not look like something to type in.
        painter.setPen(palette().color(QPalette::Midlight));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area);
        const auto& history = m_meter.history();
        if (history.empty())
            return;
        double peak = 0;
        for (const auto& sample : history)
            peak = std::max({peak, sample.inPerSecond(), sample.outPerSecond()});
        if (peak <= 0)
            return;
        const qint64 end = history.back().endMs;
        const auto point = [&](qint64 tMs, double rate) {
            const double x = area.right() - (end - tMs) * area.width() / kThroughputHistoryMs;
            const double y = area.bottom() - rate / peak * (area.height() - 2);
            return QPointF(std::max(x, area.left()), y);
        };
        for (const bool in : {true, false}) {
            QPainterPath path;
            bool first = true;
            for (const auto& sample : history) {
                const double rate = in ? sample.inPerSecond() : sample.outPerSecond();
                if (first)
                    path.moveTo(point(sample.endMs - sample.lengthMs, rate));
                first = false;
                path.lineTo(point(sample.endMs, rate));
            }
            painter.setPen(QPen(in ? kInColor : kOutColor, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
    }

private:
    const ThroughputMeter& m_meter;
    QString m_text;
    int m_hintTextWidth = 0; // the text width the size hint last announced
};

} // namespace

ThroughputChart::ThroughputChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputChart"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sparkline = new Sparkline(m_meter, this);
    m_sparkline->setObjectName(QStringLiteral("throughputSparkline"));
    layout->addWidget(m_sparkline, 1);
    m_timer.setInterval(kThroughputSampleMs);
    connect(&m_timer, &QTimer::timeout, this, &ThroughputChart::takeSample);
    m_clock.start();
    m_meter.reset(0);
    retranslate();
}

void ThroughputChart::start()
{
    m_meter.reset(m_clock.elapsed());
    m_timer.start();
    refresh();
}

void ThroughputChart::stop()
{
    if (!m_timer.isActive())
        return;
    takeSample();
    m_timer.stop();
    refresh();
}

void ThroughputChart::addBytes(quint64 bytesIn, quint64 bytesOut)
{
    if (bytesIn == 0 && bytesOut == 0)
        return;
    m_meter.addBytes(bytesIn, bytesOut);
}

void ThroughputChart::takeSample()
{
    m_meter.sample(m_clock.elapsed());
    refresh();
}

QString ThroughputChart::formatBytes(double bytes, bool perSecond)
{
    // Plain bytes below one KiB, then one decimal: "999 B/s", "12.3 KiB/s", "1.5 MiB/s".
    const QLocale locale;
    if (bytes < kBytesPerUnit) {
        const QString number = locale.toString(static_cast<qulonglong>(bytes + 0.5));
        return perSecond ? tr("%1 B/s").arg(number) : tr("%1 B").arg(number);
    }
    double value = bytes / kBytesPerUnit;
    int unit = 0; // KiB, MiB, GiB
    while (value >= kBytesPerUnit && unit < 2) {
        value /= kBytesPerUnit;
        ++unit;
    }
    const QString number = locale.toString(value, 'f', 1);
    switch (unit) {
    case 0: return perSecond ? tr("%1 KiB/s").arg(number) : tr("%1 KiB").arg(number);
    case 1: return perSecond ? tr("%1 MiB/s").arg(number) : tr("%1 MiB").arg(number);
    default: return perSecond ? tr("%1 GiB/s").arg(number) : tr("%1 GiB").arg(number);
    }
}

QString ThroughputChart::text() const
{
    return m_textLine;
}

void ThroughputChart::refresh()
{
    m_textLine
        = (tr("↓ %1  ↑ %2 · total ↓ %3  ↑ %4")
                .arg(formatBytes(m_meter.currentInPerSecond(), true), formatBytes(m_meter.currentOutPerSecond(), true),
                    formatBytes(static_cast<double>(m_meter.totalIn()), false),
                    formatBytes(static_cast<double>(m_meter.totalOut()), false)));
    static_cast<Sparkline*>(m_sparkline)->setText(m_textLine);
    m_sparkline->setToolTip(m_textLine + QStringLiteral("\n\n") + m_toolTip);
}

void ThroughputChart::retranslate()
{
    m_toolTip = tr("Bytes per second over the last minute, received (↓, blue) and sent (↑, orange), then the "
                   "totals of this session. Counted exactly.");
    refresh();
}

void ThroughputChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace socketlab::gui
