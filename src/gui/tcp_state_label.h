// TcpStateLabel: one line naming a session's own TCP socket and its state as the system reports
// it — "Listening socket: LISTEN" on the Server tab, "TCP state: ESTABLISHED" on the Client tab —
// with the state's meaning as its tooltip. After the socket is closed it explains TIME_WAIT.
#pragma once

#include "core/tcp_state.h"

#include <QLabel>

#include <optional>

namespace socketlab::gui {

class TcpStateLabel : public QLabel {
    Q_OBJECT

public:
    enum class Role { ListeningSocket, Connection };

    explicit TcpStateLabel(Role role, QWidget* parent = nullptr);

    // The state last reported; std::nullopt: no socket (not started yet).
    void setState(std::optional<core::TcpState> state);
    // The session ended and closed its socket: no state to ask for, but TIME_WAIT to explain.
    void setSocketClosed();
    std::optional<core::TcpState> state() const { return m_state; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Role m_role;
    std::optional<core::TcpState> m_state;
    bool m_closed = false;
};

} // namespace socketlab::gui
