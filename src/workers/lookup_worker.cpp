// LookupWorker: resolver calls on reused detached threads, answers delivered to the GUI thread.
#include "lookup_worker.h"

#include <QMetaObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace socketlab::workers {
namespace {

// Collects the calls of one lookup for its result.
class CollectingSink final : public core::CallSink {
public:
    explicit CollectingSink(std::vector<core::CallEvent>& calls)
        : m_calls(calls)
    {
    }
    void onCall(const core::CallEvent& event) override { m_calls.push_back(event); }

private:
    std::vector<core::CallEvent>& m_calls;
};

void runLookup(LookupResult& result)
{
    CollectingSink sink(result.calls);
    core::CallRecorder recorder(&sink);
    const auto start = std::chrono::steady_clock::now();
    switch (result.kind) {
    case LookupKind::HostName: {
        core::Result<std::string> name = core::getHostName(recorder);
        if (name)
            result.hostName = *name;
        else
            result.error = name.error();
        break;
    }
    case LookupKind::AddressInfo: {
        core::Result<std::vector<core::AddressInfo>> entries = core::getAddressInfo(result.query, recorder);
        if (entries)
            result.entries = std::move(*entries);
        else
            result.error = entries.error();
        break;
    }
    case LookupKind::NameInfo: {
        // The address is numeric, so turning it into a sockaddr makes no call of its own.
        core::Result<std::vector<core::Endpoint>> address = core::resolveEndpoints(
            result.address, result.port, core::Family::Unspecified, core::SocketType::Any, false, recorder);
        if (!address) {
            result.error = address.error();
            break;
        }
        core::Result<core::NameInfo> name = core::getNameInfo(address->front(), result.nameFlags, recorder);
        if (name)
            result.name = *name;
        else
            result.error = name.error();
        break;
    }
    }
    result.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

// Shared by the worker and its lookup threads. A thread takes the next request from the queue, runs it,
// and may post the answer only while the worker lives; the worker's destructor takes the lock to end
// that. Threads are reused: starting one per lookup costs more than the event-loop turn a local
// lookup is allowed on top of the call, so a thread that answered waits a while for the next request.
struct LookupWorkerLife {
    std::mutex mutex;
    std::condition_variable wake;
    LookupWorker* worker = nullptr;
    std::deque<LookupResult> queue;
    int idleThreads = 0; // threads waiting in wake, each ready to take one request
    bool closing = false; // the worker is gone: idle threads end, queued requests are dropped
};

namespace {

// How long a lookup thread without work stays for the next request before it ends.
constexpr std::chrono::seconds kIdleLinger {30};

std::atomic<int> g_threadsStarted {0};

} // namespace

void LookupWorker::serveLookups(const std::shared_ptr<LookupWorkerLife>& life)
{
    std::unique_lock<std::mutex> lock(life->mutex);
    for (;;) {
        ++life->idleThreads;
        const bool hasWork
            = life->wake.wait_for(lock, kIdleLinger, [&life] { return life->closing || !life->queue.empty(); });
        --life->idleThreads;
        if (!hasWork || life->closing)
            return;
        LookupResult request = std::move(life->queue.front());
        life->queue.pop_front();
        // A slow name server holds only this thread: the next request gets another one.
        lock.unlock();
        runLookup(request);
        lock.lock();
        if (LookupWorker* worker = life->worker) {
            QMetaObject::invokeMethod(
                worker, [worker, result = std::move(request)] { worker->deliver(result); }, Qt::QueuedConnection);
        }
    }
}

LookupWorker::LookupWorker(QObject* parent)
    : QObject(parent)
    , m_life(std::make_shared<LookupWorkerLife>())
{
    qRegisterMetaType<LookupResult>();
    m_life->worker = this;
}

LookupWorker::~LookupWorker()
{
    // Lookups still running finish on their own threads; their answers go nowhere. Idle threads end.
    std::lock_guard<std::mutex> lock(m_life->mutex);
    m_life->worker = nullptr;
    m_life->closing = true;
    m_life->wake.notify_all();
}

LookupId LookupWorker::hostName()
{
    LookupResult request;
    request.kind = LookupKind::HostName;
    return launch(std::move(request));
}

LookupId LookupWorker::addressInfo(const core::LookupQuery& query)
{
    LookupResult request;
    request.kind = LookupKind::AddressInfo;
    request.query = query;
    return launch(std::move(request));
}

LookupId LookupWorker::nameInfo(const QString& address, const QString& port, unsigned flags)
{
    LookupResult request;
    request.kind = LookupKind::NameInfo;
    request.address = address.toStdString();
    request.port = port.toStdString();
    request.nameFlags = flags;
    return launch(std::move(request));
}

void LookupWorker::cancel(LookupId id)
{
    const auto found = std::find(m_pending.begin(), m_pending.end(), id);
    if (found == m_pending.end())
        return;
    m_pending.erase(found);
    emit cancelled(id);
}

int LookupWorker::threadsStarted()
{
    return g_threadsStarted.load();
}

LookupId LookupWorker::launch(LookupResult request)
{
    const LookupId id = m_nextId++;
    request.id = id;
    m_pending.push_back(id);
    bool wakeIdle = false;
    {
        std::lock_guard<std::mutex> lock(m_life->mutex);
        m_life->queue.push_back(std::move(request));
        // Every queued request needs a thread of its own: one waiting takes it, else a new one starts.
        wakeIdle = static_cast<int>(m_life->queue.size()) <= m_life->idleThreads;
        if (!wakeIdle) {
            ++g_threadsStarted;
            std::thread(serveLookups, m_life).detach();
        }
    }
    // Woken after the lock is released, the idle thread takes the request at once instead of waking only
    // to wait for this thread's unlock. Nothing is lost meanwhile: a waiting thread checks the queue under
    // the lock before it sleeps, so whichever thread gets there first takes the request.
    if (wakeIdle)
        m_life->wake.notify_one();
    return id;
}

void LookupWorker::deliver(const LookupResult& result)
{
    const auto found = std::find(m_pending.begin(), m_pending.end(), result.id);
    if (found == m_pending.end())
        return; // cancelled: the answer is dropped
    m_pending.erase(found);
    emit finished(result);
}

} // namespace socketlab::workers
