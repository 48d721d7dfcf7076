// Ctrl+C (SIGINT) and SIGTERM stop the running session cleanly instead of killing the process, so
// sockets are closed, the trace file is complete and the exit code is 0.
#pragma once

#include "core/session.h"

#include <csignal>

namespace socketlab::cli {

// While it exists, SIGINT and SIGTERM call session.stop(). A second signal ends the process the
// usual way, in case stopping ever hangs.
class StopOnSignals {
public:
    explicit StopOnSignals(core::Session& session);
    ~StopOnSignals();
    StopOnSignals(const StopOnSignals&) = delete;
    StopOnSignals& operator=(const StopOnSignals&) = delete;

private:
    using Handler = void (*)(int);
    Handler m_previousInterrupt = SIG_DFL;
    Handler m_previousTerminate = SIG_DFL;
};

} // namespace socketlab::cli
