// What the fuzz targets share: a failed property aborts with the property's text, which
// libFuzzer (and the replay driver) report with the input that broke it.
#pragma once

#include "core/errors.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace socketlab::fuzz {

[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "fuzz property failed: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char* what)
{
    if (!condition)
        fail(what);
}

// A refused input is an input error with a reason, naming what was refused (trimmed or whole).
inline void checkRefusal(const core::Error& error, std::string_view refused, const char* what)
{
    check(error.kind == core::ErrorKind::Input, what);
    check(error.problem != core::InputProblem::None, what);
    check(error.input == refused, what);
}

} // namespace socketlab::fuzz
