// How every benchmark reports: one human line and one machine line per figure, so that
// run-benchmarks.py can gather the figures of all benchmarks into one table.
//
// Machine line (tab-separated, starts with "BENCH"):
//   BENCH <figure> <measured> <baseline> <ratio> <target> <PASS|FAIL>
// A figure is either a comparison with a baseline measured in the same run on the same machine
// (these machines are shared and noisy: only ratios mean something) or a limit (a stall in ms,
// a memory growth in MB) that has no baseline.
#pragma once

#include <cstdint>
#include <string>

namespace socketlab::bench {

// measured / baseline (or baseline / measured for times, where lower is better) must reach
// minRatio.
struct Comparison {
    std::string figure; // "TCP bulk 2 GiB: core sessions vs plain send/recv loop"
    std::string unit; // "Gbit/s"
    double measured = 0;
    double baseline = 0;
    double minRatio = 1.0;
    bool lowerIsBetter = false; // times: the ratio is baseline / measured
    std::string baselineName; // "plain loop"
};

// measured must not exceed (or, with atLeast, must reach) limit.
struct Limit {
    std::string figure; // "Server tab flood: longest GUI event-loop stall"
    std::string unit; // "ms"
    double measured = 0;
    double limit = 0;
    bool atLeast = false;
};

// Prints the figure and returns whether it meets its target.
bool report(const Comparison& comparison);
bool report(const Limit& limit);

// --smoke: tiny sizes so CTest can check that a benchmark still runs (no figure is judged then;
// the lines say SMOKE instead of PASS/FAIL).
bool smokeRun(int argc, char** argv);
void setSmoke(bool smoke);

// Exit code of a benchmark: 0 when every reported figure met its target (or in a smoke run).
int exitCode();

double gbitPerSecond(std::uint64_t bytes, double seconds);

} // namespace socketlab::bench
