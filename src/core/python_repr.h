// Python's spelling of values, so that the trace reads like the tutorial's programs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace socketlab::core {

// 'text' with Python's escapes, as repr(str) prints it.
std::string pythonStr(std::string_view text);
// b'Thank you' with \x escapes for non-printable bytes, as repr(bytes) prints it;
// longer data is cut at `limit` bytes and marked with "...".
std::string pythonBytes(std::string_view data, std::size_t limit = std::string::npos);

// Bytes made safe for a terminal or a one-line view: printable ASCII and valid UTF-8 pass,
// control characters and invalid bytes become \n, \t, \x1b style escapes. Newlines are kept
// when keepNewlines is set. Received data is never interpreted.
std::string escapeForDisplay(std::string_view data, bool keepNewlines);

// The text unchanged where it is valid UTF-8; each invalid byte becomes a \xNN escape. For
// texts that must be UTF-8 (JSON) but come from outside (paths, system messages).
std::string escapeInvalidUtf8(std::string_view text);

} // namespace socketlab::core
