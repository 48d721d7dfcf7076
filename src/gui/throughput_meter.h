// ThroughputMeter: bytes per second in and out of one session, from the exact byte counts the
// worker batches carry. The caller adds bytes as batches arrive and closes a sample at a steady
// pace with the time it passes in (so tests can drive the clock); the meter keeps the last
// kThroughputHistoryMs of samples for a chart, the current rate and the totals.
#pragma once

#include <QtGlobal>

#include <deque>

namespace socketlab::gui {

// How far back the chart looks.
inline constexpr qint64 kThroughputHistoryMs = 60000;
// The "current" rate is averaged over this much of the most recent history, so one short sample
// interval does not make it jump.
inline constexpr qint64 kThroughputCurrentWindowMs = 1000;

class ThroughputMeter {
public:
    struct Sample {
        qint64 endMs = 0; // when the interval ended
        qint64 lengthMs = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        double inPerSecond() const { return lengthMs > 0 ? bytesIn * 1000.0 / lengthMs : 0.0; }
        double outPerSecond() const { return lengthMs > 0 ? bytesOut * 1000.0 / lengthMs : 0.0; }
    };

    // Forgets everything; the first interval starts at nowMs.
    void reset(qint64 nowMs);
    // Bytes that moved since the last sample (added to the totals at once).
    void addBytes(quint64 bytesIn, quint64 bytesOut);
    // Closes the interval ending at nowMs. An interval of no time is skipped (its bytes wait).
    void sample(qint64 nowMs);

    quint64 totalIn() const { return m_totalIn; }
    quint64 totalOut() const { return m_totalOut; }
    // Bytes per second over the last kThroughputCurrentWindowMs of samples (0 before any sample).
    double currentInPerSecond() const;
    double currentOutPerSecond() const;
    // The samples of the last kThroughputHistoryMs, oldest first.
    const std::deque<Sample>& history() const { return m_history; }

private:
    double currentRate(bool in) const;

    std::deque<Sample> m_history;
    qint64 m_lastSampleMs = 0;
    quint64 m_pendingIn = 0;
    quint64 m_pendingOut = 0;
    quint64 m_totalIn = 0;
    quint64 m_totalOut = 0;
};

} // namespace socketlab::gui
