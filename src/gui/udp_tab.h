// UdpTab: two UDP endpoints side by side, so a learner sees a datagram leave one socket with
// sendto() and arrive in the other with recvfrom(), and a button that pairs them on this machine.
#pragma once

#include <QWidget>

#include <memory>

class QSettings;

namespace Ui {
class UdpTab;
}

namespace socketlab::gui {

class UdpEndpointPanel;

class UdpTab : public QWidget {
    Q_OBJECT

public:
    explicit UdpTab(QWidget* parent = nullptr);
    ~UdpTab() override;

    // Binds both endpoints on 127.0.0.1, port 0 (stopping them first if they run), and once both
    // are bound points each one's destination at the other.
    void pairEndpoints();
    void stopAll();

    UdpEndpointPanel* endpointA() const;
    UdpEndpointPanel* endpointB() const;

    void loadSettings(QSettings& settings);
    void saveSettings(QSettings& settings) const;

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class PairStep { Idle, Stopping, Binding };

    void retranslate();
    void continuePairing();
    void onBound();

    std::unique_ptr<Ui::UdpTab> m_ui;
    PairStep m_pairStep = PairStep::Idle;
};

} // namespace socketlab::gui
