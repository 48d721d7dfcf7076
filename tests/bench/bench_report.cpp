// bench_report: the one output format of every benchmark (see bench_report.h).
#include "bench_report.h"

#include <cstdio>
#include <cstring>

namespace socketlab::bench {
namespace {

bool g_smoke = false;
bool g_allPassed = true;

std::string number(double value)
{
    char text[64];
    if (value >= 100)
        std::snprintf(text, sizeof text, "%.0f", value);
    else if (value >= 10)
        std::snprintf(text, sizeof text, "%.1f", value);
    else if (value >= 1 || value == 0)
        std::snprintf(text, sizeof text, "%.2f", value);
    else
        std::snprintf(text, sizeof text, "%.3f", value); // a lookup's 0.067 ms must not read 0.07
    return text;
}

const char* verdict(bool passed)
{
    if (g_smoke)
        return "SMOKE";
    g_allPassed = g_allPassed && passed;
    return passed ? "PASS" : "FAIL";
}

} // namespace

bool report(const Comparison& c)
{
    const double ratio = c.lowerIsBetter ? (c.measured > 0 ? c.baseline / c.measured : 0)
                                         : (c.baseline > 0 ? c.measured / c.baseline : 0);
    const bool passed = ratio >= c.minRatio;
    const std::string measured = number(c.measured) + " " + c.unit;
    const std::string baseline = number(c.baseline) + " " + c.unit + " (" + c.baselineName + ")";
    const std::string target = ">= " + number(c.minRatio) + "x";
    const char* result = verdict(passed);
    std::printf("%s: %s vs %s = %.2fx (target %s) %s\n", c.figure.c_str(), measured.c_str(), baseline.c_str(), ratio,
        target.c_str(), result);
    std::printf("BENCH\t%s\t%s\t%s\t%.2fx\t%s\t%s\n", c.figure.c_str(), measured.c_str(), baseline.c_str(), ratio,
        target.c_str(), result);
    std::fflush(stdout);
    return passed;
}

bool report(const Limit& l)
{
    const bool passed = l.atLeast ? l.measured >= l.limit : l.measured <= l.limit;
    const std::string measured = number(l.measured) + " " + l.unit;
    const std::string target = std::string(l.atLeast ? ">= " : "<= ") + number(l.limit) + " " + l.unit;
    const char* result = verdict(passed);
    std::printf("%s: %s (target %s) %s\n", l.figure.c_str(), measured.c_str(), target.c_str(), result);
    std::printf("BENCH\t%s\t%s\t-\t-\t%s\t%s\n", l.figure.c_str(), measured.c_str(), target.c_str(), result);
    std::fflush(stdout);
    return passed;
}

bool smokeRun(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0)
            g_smoke = true;
    }
    return g_smoke;
}

void setSmoke(bool smoke)
{
    g_smoke = smoke;
}

int exitCode()
{
    return g_allPassed ? 0 : 1;
}

double gbitPerSecond(std::uint64_t bytes, double seconds)
{
    return seconds > 0 ? static_cast<double>(bytes) * 8.0 / seconds / 1e9 : 0;
}

} // namespace socketlab::bench
