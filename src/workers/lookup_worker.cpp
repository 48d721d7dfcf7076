// LookupWorker: resolver calls on detached threads, answers delivered to the GUI thread.
#include "lookup_worker.h"

#include <QMetaObject>

#include <algorithm>
#include <chrono>
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

// Shared by the worker and its lookup threads: a thread may post an answer only while the
// worker lives, and the worker's destructor takes the lock to end that.
struct LookupWorkerLife {
    std::mutex mutex;
    LookupWorker* worker = nullptr;
};

LookupWorker::LookupWorker(QObject* parent)
    : QObject(parent)
    , m_life(std::make_shared<LookupWorkerLife>())
{
    qRegisterMetaType<LookupResult>();
    m_life->worker = this;
}

LookupWorker::~LookupWorker()
{
    // Lookups still running finish on their own threads; their answers go nowhere.
    std::lock_guard<std::mutex> lock(m_life->mutex);
    m_life->worker = nullptr;
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

LookupId LookupWorker::launch(LookupResult request)
{
    request.id = m_nextId++;
    m_pending.push_back(request.id);
    std::thread([life = m_life, request = std::move(request)]() mutable {
        runLookup(request);
        std::lock_guard<std::mutex> lock(life->mutex);
        if (LookupWorker* worker = life->worker) {
            QMetaObject::invokeMethod(
                worker, [worker, result = std::move(request)] { worker->deliver(result); }, Qt::QueuedConnection);
        }
    }).detach();
    return m_pending.back();
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
