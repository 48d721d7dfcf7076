// How the GUI shows a TCP socket's state: the kernel's name ("ESTABLISHED") with a translated
// explanation for tooltips, and a plain "not reported by this system" where the platform does
// not tell — never a guess.
#pragma once

#include "core/tcp_state.h"

#include <QString>

#include <optional>

namespace socketlab::gui {

// "ESTABLISHED"; for Unknown "not reported by this system" (translated); empty for nullopt.
QString tcpStateLabel(std::optional<core::TcpState> state);
// The translated explanation of the state; empty for nullopt.
QString tcpStateToolTip(std::optional<core::TcpState> state);
// The widest state name, to size a column.
QString tcpStateLabelSample();
// Why a just-closed TCP socket can keep its port busy (TIME_WAIT, SO_REUSEADDR), translated.
QString timeWaitNote();

} // namespace socketlab::gui
