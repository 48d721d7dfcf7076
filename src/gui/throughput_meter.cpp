// ThroughputMeter: interval samples, the recent average and exact totals.
#include "throughput_meter.h"

namespace socketlab::gui {

void ThroughputMeter::reset(qint64 nowMs)
{
    m_history.clear();
    m_lastSampleMs = nowMs;
    m_pendingIn = m_pendingOut = 0;
    m_totalIn = m_totalOut = 0;
}

void ThroughputMeter::addBytes(quint64 bytesIn, quint64 bytesOut)
{
    m_pendingIn += bytesIn;
    m_pendingOut += bytesOut;
    m_totalIn += bytesIn;
    m_totalOut += bytesOut;
}

void ThroughputMeter::sample(qint64 nowMs)
{
    if (nowMs <= m_lastSampleMs)
        return;
    Sample sample;
    sample.endMs = nowMs;
    sample.lengthMs = nowMs - m_lastSampleMs;
    sample.bytesIn = m_pendingIn;
    sample.bytesOut = m_pendingOut;
    m_history.push_back(sample);
    m_lastSampleMs = nowMs;
    m_pendingIn = m_pendingOut = 0;
    while (!m_history.empty() && m_history.front().endMs <= nowMs - kThroughputHistoryMs)
        m_history.pop_front();
}

double ThroughputMeter::currentRate(bool in) const
{
    if (m_history.empty())
        return 0.0;
    const qint64 windowStart = m_history.back().endMs - kThroughputCurrentWindowMs;
    quint64 bytes = 0;
    qint64 lengthMs = 0;
    for (auto it = m_history.rbegin(); it != m_history.rend() && it->endMs > windowStart; ++it) {
        bytes += in ? it->bytesIn : it->bytesOut;
        lengthMs += it->lengthMs;
    }
    return lengthMs > 0 ? bytes * 1000.0 / lengthMs : 0.0;
}

double ThroughputMeter::currentInPerSecond() const
{
    return currentRate(true);
}

double ThroughputMeter::currentOutPerSecond() const
{
    return currentRate(false);
}

} // namespace socketlab::gui
