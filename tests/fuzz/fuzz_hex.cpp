// libFuzzer target: the hex parser behind every "hex" payload field and --hex option, and the hex
// form the views show. Whatever parseHex accepts must come back unchanged through toHex, and any
// bytes at all must survive toHex -> parseHex.
#include "core/hex.h"
#include "fuzz_check.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>

using namespace socketlab::core;
using socketlab::fuzz::check;
using socketlab::fuzz::checkRefusal;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    const Result<std::string> parsed = parseHex(input);
    if (parsed) {
        check(parsed->size() <= input.size() / 2, "two digits or more per byte");
        const Result<std::string> again = parseHex(toHex(*parsed));
        check(again.ok() && *again == *parsed, "toHex of parsed bytes parses back to them");
    } else {
        checkRefusal(parsed.error(), input, "refused hex names the whole input");
        check(parsed.error().problem == InputProblem::BadHex, "refused hex is BadHex");
    }

    // Digits are read the same in either case ("0X" included).
    std::string upper(input);
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    std::string lower(input);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    const Result<std::string> fromUpper = parseHex(upper);
    const Result<std::string> fromLower = parseHex(lower);
    check(fromUpper.ok() == parsed.ok() && fromLower.ok() == parsed.ok(), "case does not decide acceptance");
    if (parsed)
        check(*fromUpper == *parsed && *fromLower == *parsed, "case does not change the bytes");

    // The input as raw bytes: shown as hex, read back exactly.
    const std::string shown = toHex(input);
    check(shown.size() == (size ? size * 3 - 1 : 0), "toHex writes two digits and a space a byte");
    const Result<std::string> back = parseHex(shown);
    check(back.ok() && *back == input, "any bytes survive toHex -> parseHex");
    return 0;
}
