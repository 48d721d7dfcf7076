// StepWorker: a request queue of one, the stepper's thread, and delivery to the GUI thread.
#include "step_worker.h"

#include <QThread>

#include <algorithm>

namespace socketlab::workers {

StepWorker::StepWorker(core::StepRole role, QObject* parent)
    : QObject(parent)
    , m_role(role)
    , m_stepper(std::make_unique<core::Stepper>(role, m_sink))
{
    qRegisterMetaType<StepReport>();
    qRegisterMetaType<core::StepCall>();
    qRegisterMetaType<std::vector<core::CallEvent>>();
    m_allowed = core::StepMachine(role).allowed();
    m_stepper->setBlockedHandler([this](core::StepCall call) {
        std::vector<core::CallEvent> calls = std::move(m_sink.events);
        m_sink.events.clear();
        QMetaObject::invokeMethod(
            this, [this, call, calls = std::move(calls)]() mutable { onBlocked(call, std::move(calls)); },
            Qt::QueuedConnection);
    });
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("SocketLab step-by-step"));
    m_thread->start();
}

StepWorker::~StepWorker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_quit = true;
    }
    m_stepper->stop(); // a waiting call returns at once
    m_wakeUp.notify_all();
    m_thread->wait();
    delete m_thread;
    m_stepper.reset(); // closes what is still open, after its thread has ended
}

bool StepWorker::request(core::StepCall call, const core::StepSettings& settings)
{
    if (m_busy || (m_allowed & core::stepCallBit(call)) == 0)
        return false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.emplace(call, settings);
    }
    m_busy = true;
    m_wakeUp.notify_all();
    emit stateChanged();
    return true;
}

void StepWorker::cancel()
{
    if (m_busy)
        m_stepper->cancel();
}

void StepWorker::run()
{
    for (;;) {
        std::pair<core::StepCall, core::StepSettings> next;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wakeUp.wait(lock, [this] { return m_quit || m_pending; });
            if (m_quit)
                return;
            next = std::move(*m_pending);
            m_pending.reset();
        }
        const core::StepOutcome outcome = m_stepper->perform(next.first, next.second);
        StepReport report;
        report.call = outcome.call;
        report.error = outcome.error;
        report.received = QByteArray(outcome.received.data(), static_cast<qsizetype>(outcome.received.size()));
        report.peerFinished = outcome.peerFinished;
        report.sent = outcome.sent;
        const std::string& data = next.second.data;
        report.sentData = QByteArray(data.data(), static_cast<qsizetype>(std::min(outcome.sent, data.size())));
        report.peer = outcome.peer;
        report.local = outcome.local;
        std::vector<core::CallEvent> calls = std::move(m_sink.events);
        m_sink.events.clear();
        const core::StepCallSet allowed = m_stepper->machine().allowed();
        const bool open = m_stepper->machine().isOpen();
        QMetaObject::invokeMethod(
            this,
            [this, report, calls = std::move(calls), allowed, open]() mutable {
                onFinished(report, std::move(calls), allowed, open);
            },
            Qt::QueuedConnection);
    }
}

void StepWorker::deliverCalls(std::vector<core::CallEvent> calls)
{
    if (!calls.empty())
        emit callsRecorded(calls);
}

void StepWorker::onBlocked(core::StepCall call, std::vector<core::CallEvent> calls)
{
    deliverCalls(std::move(calls));
    if (!m_busy)
        return; // the call ended already (its report was queued after this)
    m_blockedIn = call;
    emit blocked(call);
    emit stateChanged();
}

void StepWorker::onFinished(
    const StepReport& report, std::vector<core::CallEvent> calls, core::StepCallSet allowed, bool open)
{
    deliverCalls(std::move(calls));
    m_busy = false;
    m_blockedIn.reset();
    m_allowed = allowed;
    m_open = open;
    emit stepFinished(report);
    emit stateChanged();
}

} // namespace socketlab::workers
