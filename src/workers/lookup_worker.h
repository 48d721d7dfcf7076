// LookupWorker: gethostname, getaddrinfo and getnameinfo off the GUI thread.
//
// A resolver call cannot be interrupted, so cancelling one discards its answer when it comes;
// the calls run on detached threads that own everything they touch, so neither cancelling
// nor quitting ever waits for a slow name server. A thread is reused for the next lookup (a new
// one starts only when all are busy), so a local lookup costs the call and an event-loop turn,
// not a thread start.
#pragma once

#include "core/call_event.h"
#include "core/errors.h"
#include "core/resolver.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace socketlab::workers {

using LookupId = quint64;
struct LookupWorkerLife;

enum class LookupKind { HostName, AddressInfo, NameInfo };

struct LookupResult {
    LookupId id = 0;
    LookupKind kind = LookupKind::AddressInfo;
    core::LookupQuery query; // AddressInfo: what was asked
    std::string address; // NameInfo: the address and port asked about
    std::string port;
    unsigned nameFlags = 0;
    std::vector<core::AddressInfo> entries; // AddressInfo
    core::NameInfo name; // NameInfo
    std::string hostName; // HostName
    std::optional<core::Error> error; // set when the lookup failed
    std::vector<core::CallEvent> calls; // every call it made, for the trace
    double elapsedMs = 0; // the call's own duration
};

class LookupWorker : public QObject {
    Q_OBJECT

public:
    explicit LookupWorker(QObject* parent = nullptr);
    ~LookupWorker() override;

    // Each starts one lookup and returns its id; finished() delivers the result on this thread.
    LookupId hostName();
    LookupId addressInfo(const core::LookupQuery& query);
    // getnameinfo for a numeric address and port (flags: core::NameInfoFlag bits).
    LookupId nameInfo(const QString& address, const QString& port, unsigned flags);
    // The answer of `id` is dropped; cancelled(id) is emitted at once.
    void cancel(LookupId id);
    bool isBusy() const { return !m_pending.empty(); }
    // How many lookup threads this process has started (threads are reused; for diagnostics and tests).
    static int threadsStarted();

signals:
    void finished(const socketlab::workers::LookupResult& result);
    void cancelled(socketlab::workers::LookupId id);

private:
    LookupId launch(LookupResult request);
    void deliver(const LookupResult& result);
    // A lookup thread's life: runs queued requests until none comes for a while or the worker is gone.
    static void serveLookups(const std::shared_ptr<LookupWorkerLife>& life);

    std::shared_ptr<LookupWorkerLife> m_life;
    LookupId m_nextId = 1;
    std::vector<LookupId> m_pending;
};

} // namespace socketlab::workers

Q_DECLARE_METATYPE(socketlab::workers::LookupResult)
