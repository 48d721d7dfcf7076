// SessionWorker: thread plumbing and batched delivery for core sessions.
#include "session_worker.h"

#include <QThread>

namespace socketlab::workers {

SessionWorker::SessionWorker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SessionBatch>();
    qRegisterMetaType<core::Error>();
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionWorker::flush);
}

SessionWorker::~SessionWorker()
{
    if (m_thread) {
        m_session->stop();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool SessionWorker::startSession(std::unique_ptr<core::Session> session)
{
    if (m_thread || !session)
        return false;
    m_session = std::move(session);
    m_result.reset();
    m_listener.take(); // nothing from an earlier run may leak into this one
    core::Session* running = m_session.get();
    m_thread = QThread::create([this, running] {
        core::Result<void> result = running->run();
        if (!result)
            m_result = result.error();
    });
    m_thread->setObjectName(QStringLiteral("SocketLab session"));
    // QThread::finished is emitted from the ending thread; queue it to ours.
    connect(m_thread, &QThread::finished, this, &SessionWorker::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    m_flushTimer.start();
    emit started();
    return true;
}

void SessionWorker::stop()
{
    if (m_thread)
        m_session->stop();
}

void SessionWorker::flush()
{
    SessionBatch batch = m_listener.take();
    if (!batch.isEmpty())
        emit batchReady(batch);
}

void SessionWorker::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_flushTimer.stop();
    flush(); // the last events, before finished()
    const std::optional<core::Error> result = m_result;
    emit finished(result);
}

} // namespace socketlab::workers
