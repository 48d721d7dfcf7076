// The two written forms of the call trace: one JSON object a line (for tools, and the same in
// socketlab-cli --trace and the GUI's "Save trace"), and one readable line a call.
#pragma once

#include "call_event.h"

#include <string>

namespace socketlab::core {

// {"t_ms": 0.123, "call": "bind", "args": "3, ('127.0.0.1', 12345)", "result": 0,
//  "errno": null, "message": "", "socket": 3, "returned": "", "data": ""}
std::string toJsonLine(const CallEvent& event);

// "   0.123 ms  bind(3, ('127.0.0.1', 12345)) = 0"
// "   1.002 ms  connect(3, ('127.0.0.1', 1)) = -1 ECONNREFUSED (Connection refused)"
std::string toTextLine(const CallEvent& event);

// JSON string literal with escapes (quotes included).
std::string jsonString(const std::string& text);

} // namespace socketlab::core
