// A session's getaddrinfo on a helper thread, abandoned (not waited for) on Stop.
#include "stoppable_resolve.h"

#include "platform.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace socketlab::core {
namespace {

// Keeps the helper's call events until the session replays them into its own recorder (whose
// sink belongs to the session thread).
class CollectingSink final : public CallSink {
public:
    void onCall(const CallEvent& event) override { events.push_back(event); }
    std::vector<CallEvent> events;
};

// Shared by the session and the helper; the last of the two to let go frees it.
struct PendingLookup {
    std::mutex mutex;
    std::condition_variable done;
    std::optional<Result<std::vector<Endpoint>>> answer;
    CollectingSink calls;
};

// Whether resolveEndpoints answers (host, port) without calling getaddrinfo.
bool answeredWithoutCall(const std::string& hostText, const std::string& portText, Family family)
{
    Result<HostSpec> host = parseHost(hostText, family);
    if (!host || host->form == HostForm::UnixPath)
        return true; // refused input, or a path: no call
    Result<PortSpec> port = parsePort(portText);
    return !port || (host->form != HostForm::Name && port->isNumber);
}

Error cancelledLookup(const std::string& host)
{
    Error error = platform::cancelledError("getaddrinfo");
    error.input = host;
    return error;
}

} // namespace

Result<std::vector<Endpoint>> resolveEndpointsUntilStopped(const std::string& host, const std::string& port,
    Family family, SocketType type, bool passive, CallRecorder& recorder, const std::atomic<bool>& stop)
{
    if (answeredWithoutCall(host, port, family))
        return resolveEndpoints(host, port, family, type, passive, recorder);
    if (stop.load(std::memory_order_relaxed))
        return cancelledLookup(host);

    auto pending = std::make_shared<PendingLookup>();
    try {
        std::thread([pending, host, port, family, type, passive] {
            CallRecorder helperRecorder(&pending->calls);
            Result<std::vector<Endpoint>> answer = resolveEndpoints(host, port, family, type, passive, helperRecorder);
            std::lock_guard<std::mutex> lock(pending->mutex);
            pending->answer = std::move(answer);
            pending->done.notify_all();
        }).detach();
    } catch (const std::system_error&) {
        // No thread to be had (the process is at its limit): resolve here, as before, rather
        // than fail a session that only needs a name.
        return resolveEndpoints(host, port, family, type, passive, recorder);
    }

    std::unique_lock<std::mutex> lock(pending->mutex);
    while (!pending->answer) {
        if (stop.load(std::memory_order_relaxed))
            return cancelledLookup(host); // the helper finishes alone; `pending` outlives us
        pending->done.wait_for(lock, std::chrono::milliseconds(kResolveStopCheckMs));
    }
    for (const CallEvent& event : pending->calls.events)
        recorder.record(event); // stamped with the session's clock now
    return std::move(*pending->answer);
}

} // namespace socketlab::core
