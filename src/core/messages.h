// The core's English texts for refused input and failed calls, each marked for translation
// (see text.h). Front ends translate them with QCoreApplication::translate(kTextContext, ...).
#pragma once

#include "errors.h"

#include <string>

namespace socketlab::core {

// "Port '%1' is out of range. ..." — %1 is the refused input.
const char* inputProblemText(InputProblem problem);
// A plain-language explanation of what went wrong, e.g. "Nothing is listening at %1." with %1
// the address the call was aimed at. Empty for conditions without one.
const char* conditionExplanation(Condition condition);
// What to try, e.g. "Start the server first, or check the host and port."
const char* conditionHint(Condition condition);
// What a call does, in the source material's words: "binds an address (hostname, port pair) to
// the socket". Empty for unknown calls.
const char* callDescription(const std::string& call);

// The whole English line for a terminal:
// "connect: Connection refused (ECONNREFUSED) — Nothing is listening at 127.0.0.1:12345. Start the server first."
std::string describeError(const Error& error);

} // namespace socketlab::core
