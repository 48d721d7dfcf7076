// Shared listener behaviour: trace forwarding, problem reports, the listening line, exit codes.
#include "terminal_listener.h"

#include "command.h"
#include "output.h"

namespace socketlab::cli {

TerminalListener::TerminalListener(core::CallSink& trace)
    : m_trace(trace)
{
}

void TerminalListener::onCall(const core::CallEvent& event)
{
    m_trace.onCall(event);
}

void TerminalListener::onProblem(const core::Error& error)
{
    printStatus(errorText(error));
    rememberProblem(error);
}

void TerminalListener::printListening(const core::Endpoint& local)
{
    printStatus(tr("Listening on %1 — press Ctrl+C to stop").arg(fromStd(local.toTuple())));
}

void TerminalListener::rememberProblem(const core::Error& error)
{
    if (!m_firstProblem)
        m_firstProblem = error;
}

int finishSession(const core::Result<void>& result, const TerminalListener& listener, bool stopRequested)
{
    if (result.ok())
        return kExitSuccess;
    const core::Error& error = result.error();
    // Ctrl+C while a call was waiting (a connect, say) is the user's choice, not a failure.
    if (stopRequested && error.condition == core::Condition::Cancelled)
        return kExitSuccess;
    // The listener may already have shown this very error as a problem.
    const std::optional<core::Error>& shown = listener.firstProblem();
    if (!shown || shown->toString() != error.toString())
        printStatus(errorText(error));
    return error.kind == core::ErrorKind::Input ? kExitUsage : kExitCallFailed;
}

} // namespace socketlab::cli
