// Start-up measurement hook: with SOCKETLAB_REPORT_SHOWN=1 in the environment, the program prints
// the line "SOCKETLAB_SHOWN" on stdout once its main window has been exposed and painted for the
// first time, so a benchmark can time process start to window shown (tests/bench/bench_startup).
// With SOCKETLAB_REPORT_SHOWN=quit it then quits (to profile start-up alone). Without the variable
// it does nothing at all. It depends on Qt Widgets only: the benchmark's
// minimal Qt window compiles this same file, so both programs signal "shown" the same way.
#pragma once

class QWidget;

namespace socketlab::gui {

inline constexpr char kReportShownVariable[] = "SOCKETLAB_REPORT_SHOWN";
inline constexpr char kShownLine[] = "SOCKETLAB_SHOWN";

// Call before window.show(). Returns whether the report was armed (the variable is set).
bool reportWhenShown(QWidget& window);

} // namespace socketlab::gui
