// A tiny test harness for the portable tests: plain C++17, no Qt and no framework, so the same
// test programs build natively and with mingw-w64 (run under wine), where Debian has no Qt.
//
//   TEST_CASE(connectRefused) { ...; CHECK(x); CHECK_EQUAL(a, b); REQUIRE(ok); }
//
// CHECK* reports file:line (and both values) and lets the case go on; REQUIRE* reports and ends
// the case. main (portable_test.cpp) runs every case, or only those named on the command line,
// prints one summary line and exits nonzero when anything failed.
#pragma once

#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace portable_test {

using CaseFunction = void (*)();

// Registers a case at static initialisation; main runs them in the order of the source file.
struct Registrar {
    Registrar(const char* name, CaseFunction function);
};

// Thrown by REQUIRE* to end the current case; caught by main, never by tests.
struct CaseStopped { };

// Counts a failure of the current case and prints "file:line: FAIL: what".
void fail(const char* file, int line, const std::string& what);

// A value as the failure message shows it: strings quoted, enums as numbers.
template<typename T>
std::string show(const T& value)
{
    std::ostringstream out;
    if constexpr (std::is_enum_v<T>)
        out << static_cast<long long>(value);
    else if constexpr (std::is_convertible_v<const T&, std::string>)
        out << '"' << std::string(value) << '"';
    else
        out << value;
    return out.str();
}

// A list as the failure message shows it: [a, b, c].
template<typename T>
std::string show(const std::vector<T>& values)
{
    std::string out = "[";
    for (const T& value : values)
        out += (out.size() > 1 ? ", " : "") + show(value);
    return out + "]";
}

template<typename A, typename B>
bool checkEqual(
    const char* file, int line, const char* actualText, const char* expectedText, const A& actual, const B& expected)
{
    if (actual == expected)
        return true;
    fail(file, line,
        std::string(actualText) + " == " + expectedText + "\n    actual:   " + show(actual)
            + "\n    expected: " + show(expected));
    return false;
}

} // namespace portable_test

#define TEST_CASE(name)                                                                                                \
    static void name();                                                                                                \
    static const portable_test::Registrar name##Registrar(#name, &name);                                               \
    static void name()

#define CHECK(condition)                                                                                               \
    ((condition) ? true : (portable_test::fail(__FILE__, __LINE__, "CHECK(" #condition ")"), false))

// CHECK with an explanation (an error's text, a count) printed when it fails.
#define CHECK_MSG(condition, message)                                                                                  \
    ((condition)                                                                                                       \
            ? true                                                                                                     \
            : (portable_test::fail(__FILE__, __LINE__, std::string("CHECK(" #condition "): ") + (message)), false))

#define CHECK_EQUAL(actual, expected)                                                                                  \
    portable_test::checkEqual(__FILE__, __LINE__, #actual, #expected, actual, expected)

#define REQUIRE(condition)                                                                                             \
    do {                                                                                                               \
        if (!CHECK(condition))                                                                                         \
            throw portable_test::CaseStopped {};                                                                       \
    } while (false)

#define REQUIRE_MSG(condition, message)                                                                                \
    do {                                                                                                               \
        if (!CHECK_MSG(condition, message))                                                                            \
            throw portable_test::CaseStopped {};                                                                       \
    } while (false)

#define REQUIRE_EQUAL(actual, expected)                                                                                \
    do {                                                                                                               \
        if (!CHECK_EQUAL(actual, expected))                                                                            \
            throw portable_test::CaseStopped {};                                                                       \
    } while (false)
