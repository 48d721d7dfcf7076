// ThroughputChart: a small live chart of one session's bytes per second in and out over the
// last minute (a QPainter sparkline, no Qt Charts), with the current rate and the totals as
// text: "↓ 12.3 KiB/s  ↑ 0 B/s · total ↓ 1.2 MiB  ↑ 3 KiB". Fed with the exact byte counts of
// the worker's batches; it samples on a timer only while its session runs.
#pragma once

#include "throughput_meter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace socketlab::gui {

// How often the chart closes a sample and repaints while its session runs (4 Hz).
inline constexpr int kThroughputSampleMs = 250;

class ThroughputChart : public QWidget {
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget* parent = nullptr);

    // A session starts: forget the last one's numbers, sample until stop().
    void start();
    // The session ended: one last sample, then the numbers stay on show without a timer.
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Bytes a batch moved (received, sent).
    void addBytes(quint64 bytesIn, quint64 bytesOut);

    const ThroughputMeter& meter() const { return m_meter; }
    QString text() const; // what the text label shows

    // "12.3 KiB/s" (perSecond) or "12.3 KiB" in the current language.
    static QString formatBytes(double bytes, bool perSecond);

protected:
    void changeEvent(QEvent* event) override;

private:
    void takeSample();
    void refresh();
    void retranslate();

    ThroughputMeter m_meter;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QWidget* m_sparkline = nullptr; // paints the text and the chart
    QString m_textLine; // "↓ 12.3 KiB/s  ↑ 0 B/s · total ↓ 1.2 MiB  ↑ 3 KiB"
    QString m_toolTip;
};

} // namespace socketlab::gui
