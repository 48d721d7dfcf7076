// TcpStateLabel: the text and tooltip of a session's own socket state.
#include "tcp_state_label.h"

#include "tcp_state_text.h"

#include <QEvent>

namespace socketlab::gui {

TcpStateLabel::TcpStateLabel(Role role, QWidget* parent)
    : QLabel(parent)
    , m_role(role)
{
    setObjectName(
        role == Role::ListeningSocket ? QStringLiteral("listenTcpStateLabel") : QStringLiteral("tcpStateLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    refresh();
}

void TcpStateLabel::setState(std::optional<core::TcpState> state)
{
    m_state = state;
    m_closed = false;
    refresh();
}

void TcpStateLabel::setSocketClosed()
{
    m_state.reset();
    m_closed = true;
    refresh();
}

void TcpStateLabel::refresh()
{
    QString state = tcpStateLabel(m_state);
    if (!m_state)
        state = m_closed ? tr("closed") : QStringLiteral("—");
    setText(m_role == Role::ListeningSocket ? tr("Listening socket: %1").arg(state) : tr("TCP state: %1").arg(state));
    QString tip;
    if (m_state)
        tip = tcpStateToolTip(m_state);
    else if (m_closed)
        tip = timeWaitNote();
    else
        tip = tr("The state of this socket as the system's TCP reports it, once it exists.");
    setToolTip(tip);
}

void TcpStateLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace socketlab::gui
