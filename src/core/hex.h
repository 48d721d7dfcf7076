// Hex text <-> bytes, for typing binary payloads and showing received data.
#pragma once

#include "errors.h"

#include <string>
#include <string_view>

namespace socketlab::core {

// Accepts pairs of hex digits, upper or lower case, with optional white space between bytes and
// an optional "0x" before each byte: "48 65 6c 6c 6f", "48656C6C6F", "0x48 0x65". Refuses odd
// digit counts and non-hex characters with InputProblem::BadHex naming the input.
Result<std::string> parseHex(std::string_view text);

// "48 65 6c 6c 6f": lower case, one space between bytes.
std::string toHex(std::string_view bytes);

} // namespace socketlab::core
