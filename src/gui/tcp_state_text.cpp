// TCP state labels and tooltips for the client list, the tabs' state labels and the trace.
#include "tcp_state_text.h"

#include "core_text.h"

#include <QCoreApplication>

namespace socketlab::gui {
QString tcpStateLabel(std::optional<core::TcpState> state)
{
    if (!state)
        return {};
    if (*state == core::TcpState::Unknown)
        return QCoreApplication::translate("socketlab::gui::TcpStateText", "not reported by this system");
    return QString::fromLatin1(core::tcpStateName(*state));
}

QString tcpStateToolTip(std::optional<core::TcpState> state)
{
    if (!state)
        return {};
    return coreText(core::tcpStateExplanation(*state));
}

QString tcpStateLabelSample()
{
    // The longest kernel name; "not reported by this system" may elide (its tooltip explains).
    return QStringLiteral("SYN_RECEIVED");
}

QString timeWaitNote()
{
    return coreText(core::timeWaitAfterCloseText());
}

} // namespace socketlab::gui
