// The portable tests' main: runs the registered cases (all, or those named as arguments), one
// line per case and a summary line; exit code 0 only when every case that ran passed.
#include "portable_test.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <exception>
#include <mutex>
#include <vector>

namespace portable_test {

namespace {

struct Case {
    const char* name;
    CaseFunction function;
};

std::vector<Case>& registry()
{
    static std::vector<Case> cases;
    return cases;
}

// Failures of the running case; fail() may be called from a test's helper threads too.
std::atomic<int> g_caseFailures {0};
std::mutex g_outputMutex;

bool named(const char* name, int argc, char** argv)
{
    if (argc < 2)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

Registrar::Registrar(const char* name, CaseFunction function)
{
    registry().push_back({name, function});
}

void fail(const char* file, int line, const std::string& what)
{
    ++g_caseFailures;
    std::lock_guard<std::mutex> lock(g_outputMutex);
    std::printf("%s:%d: FAIL: %s\n", file, line, what.c_str());
    std::fflush(stdout);
}

} // namespace portable_test

int main(int argc, char** argv)
{
    using namespace portable_test;
    int passed = 0;
    int failed = 0;
    for (int i = 1; i < argc; ++i) {
        bool known = false;
        for (const Case& entry : registry())
            known = known || std::strcmp(entry.name, argv[i]) == 0;
        if (!known) {
            std::printf("no test case named %s\n", argv[i]);
            ++failed;
        }
    }
    for (const Case& entry : registry()) {
        if (!named(entry.name, argc, argv))
            continue;
        g_caseFailures = 0;
        std::printf("RUN  %s\n", entry.name);
        std::fflush(stdout);
        try {
            entry.function();
        } catch (const CaseStopped&) {
            // REQUIRE* already reported why.
        } catch (const std::exception& exception) {
            fail(__FILE__, __LINE__, std::string("unexpected exception: ") + exception.what());
        }
        const bool ok = g_caseFailures == 0;
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", entry.name);
        ++(ok ? passed : failed);
    }
    std::printf("%s: %d passed, %d failed\n", failed == 0 ? "OK" : "FAILED", passed, failed);
    return failed == 0 ? 0 : 1;
}
