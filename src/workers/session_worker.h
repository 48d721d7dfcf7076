// SessionWorker: runs one core session at a time on its own QThread and hands what it does to
// the GUI as one batch per ~30 ms. Blocking socket calls never run on the GUI thread.
//
// The worker object itself lives in the GUI thread; only the session's run() is on the QThread.
// Stopping is immediate (the session's wake-up), and destroying a running worker stops it and
// waits for its thread, so quitting with sessions running is clean.
#pragma once

#include "batching_listener.h"
#include "session_batch.h"

#include "core/errors.h"
#include "core/session.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QThread;

namespace socketlab::workers {

// How often collected events are delivered to the GUI.
inline constexpr int kFlushIntervalMs = 30;

class SessionWorker : public QObject {
    Q_OBJECT

public:
    ~SessionWorker() override;

    bool isRunning() const { return m_thread != nullptr; }

public slots:
    // Ends the session promptly; finished() follows once its thread has ended.
    void stop();

signals:
    void started();
    void batchReady(const socketlab::workers::SessionBatch& batch);
    // The session has ended: `error` is empty on a clean end (stop, count reached, peer done).
    void finished(const std::optional<socketlab::core::Error>& error);

protected:
    explicit SessionWorker(QObject* parent = nullptr);

    // The listener to construct a core session with.
    core::SessionListener& listener() { return m_listener; }
    // Takes ownership and runs session->run() on a new thread. Refused while one runs.
    bool startSession(std::unique_ptr<core::Session> session);
    // How often batches are delivered (kFlushIntervalMs unless a worker changes it).
    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }
    int flushIntervalMs() const { return m_flushTimer.interval(); }
    // Fewer call events per batch than kMaxCallsPerBatch (before startSession()).
    void setMaxCallsPerBatch(std::size_t maxCalls) { m_listener.setMaxCallsPerBatch(maxCalls); }
    // The running session for thread-safe commands, or null.
    core::Session* session() const { return m_thread ? m_session.get() : nullptr; }

private:
    void flush();
    void onThreadFinished();

    BatchingListener m_listener;
    std::unique_ptr<core::Session> m_session;
    QThread* m_thread = nullptr;
    QTimer m_flushTimer;
    std::optional<core::Error> m_result; // written by the session thread before it ends
};

} // namespace socketlab::workers
