// Call events made by hand, for tests of the views that show them (trace rows, their tooltips).
#pragma once

#include "core/call_event.h"

namespace socketlab::tests {

// A successful `call` on socket 3 with `args` written as the trace writes them.
inline core::CallEvent callEvent(const char* call, const char* args)
{
    core::CallEvent event;
    event.call = call;
    event.args = args;
    event.socket = 3;
    return event;
}

} // namespace socketlab::tests
