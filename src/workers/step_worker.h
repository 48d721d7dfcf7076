// StepWorker: the step-by-step mode's core::Stepper on its own thread. The GUI requests one
// call at a time; the call runs (and, for accept/connect/recv/recvfrom, waits) on the worker's
// thread, and what it did comes back to the GUI thread as signals: the recorded calls, "blocked
// in accept()" while a call waits, and a report when it returns.
//
// Every signal is emitted in the thread the worker lives in (the GUI's), so receivers and
// QSignalSpy need no cross-thread care. Destroying the worker ends a waiting call and joins.
#pragma once

#include "core/call_event.h"
#include "core/errors.h"
#include "core/step_machine.h"
#include "core/stepper.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace socketlab::workers {

// What one requested call did.
struct StepReport {
    core::StepCall call = core::StepCall::Socket;
    std::optional<core::Error> error; // refused, failed or cancelled
    QByteArray received; // recv()/recvfrom(): the bytes
    bool peerFinished = false; // recv() returned 0
    quint64 sent = 0;
    QByteArray sentData; // send()/sendto(): the bytes the call took
    std::optional<core::Endpoint> peer; // accept(): the client; connect(): the server; recvfrom(): the sender
    std::optional<core::Endpoint> local; // bind(): the address bound
};

class StepWorker : public QObject {
    Q_OBJECT

public:
    explicit StepWorker(core::StepRole role, QObject* parent = nullptr);
    ~StepWorker() override;

    core::StepRole role() const { return m_role; }
    // Queues `call` with these settings. Refused (false) while a call is still running or when
    // the calls so far do not allow it.
    bool request(core::StepCall call, const core::StepSettings& settings);
    // Ends a call that is waiting (accept, connect, recv, recvfrom) with Condition::Cancelled.
    void cancel();

    // The calls that may be requested now: none while one runs.
    core::StepCallSet allowed() const { return m_busy ? 0 : m_allowed; }
    bool isBusy() const { return m_busy; }
    // The call waiting right now, if one is.
    std::optional<core::StepCall> blockedIn() const { return m_blockedIn; }
    // A socket is open (the mode should not be left without closing it).
    bool isOpen() const { return m_open; }

signals:
    // Calls as they were recorded (delivered before blocked() and stepFinished()).
    void callsRecorded(const std::vector<socketlab::core::CallEvent>& calls);
    // `call` now waits, as it would in a blocking program.
    void blocked(socketlab::core::StepCall call);
    void stepFinished(const socketlab::workers::StepReport& report);
    // allowed(), isBusy(), blockedIn() or isOpen() changed.
    void stateChanged();

private:
    class Sink : public core::CallSink {
    public:
        void onCall(const core::CallEvent& event) override { events.push_back(event); }
        std::vector<core::CallEvent> events; // worker thread only
    };

    void run(); // the worker thread
    void deliverCalls(std::vector<core::CallEvent> calls);
    void onBlocked(core::StepCall call, std::vector<core::CallEvent> calls);
    void onFinished(const StepReport& report, std::vector<core::CallEvent> calls, core::StepCallSet allowed, bool open);

    const core::StepRole m_role;
    Sink m_sink;
    std::unique_ptr<core::Stepper> m_stepper;
    QThread* m_thread = nullptr;

    // Shared with the worker thread.
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    std::optional<std::pair<core::StepCall, core::StepSettings>> m_pending;
    bool m_quit = false;

    // GUI thread.
    core::StepCallSet m_allowed = 0;
    bool m_busy = false;
    bool m_open = false;
    std::optional<core::StepCall> m_blockedIn;
};

} // namespace socketlab::workers

Q_DECLARE_METATYPE(socketlab::workers::StepReport)
Q_DECLARE_METATYPE(socketlab::core::StepCall)
Q_DECLARE_METATYPE(std::vector<socketlab::core::CallEvent>)
