// LookupTab: the tutorial's last program made visible — socket.gethostname() and
// pprint(socket.getaddrinfo('tutorialspoint.com', 'www')) — plus getnameinfo() and the services
// database. Every answer shows as a table, as Python prints it, and as calls in the trace.
#pragma once

#include "core/address.h"
#include "core/errors.h"
#include "core/resolver.h"
#include "workers/lookup_worker.h"

#include <QString>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QListWidgetItem;
class QSettings;

namespace Ui {
class LookupTab;
}

namespace socketlab::gui {

class AddressInfoModel;

class LookupTab : public QWidget {
    Q_OBJECT

public:
    explicit LookupTab(QWidget* parent = nullptr);
    ~LookupTab() override;

    void setHost(const QString& host);
    void setService(const QString& service);
    // The tutorial's lookup program: getaddrinfo('tutorialspoint.com', 'www'), any family and type,
    // no flags. Only the fields change; nothing is looked up.
    void applyTutorialSettings();

    // Runs getaddrinfo with the fields' values. False when a field is invalid (it is marked). A lookup
    // still running is cancelled first: the newest question is the one answered.
    bool lookup();
    // A getaddrinfo call started by lookup() has not answered yet.
    bool isLookingUp() const { return m_lookupId != 0; }

    void loadSettings(QSettings& settings);
    void saveSettings(QSettings& settings) const;

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The independent questions this tab asks; each shows its own failure until it succeeds.
    enum class Section { HostName, AddressInfo, NameInfo, Services, Count };

    // One past getaddrinfo, enough to show it in any language and to ask it again.
    struct HistoryEntry {
        core::LookupQuery query;
        QString call; // "getaddrinfo('localhost', 'http')", as the trace spells it
        int count = 0;
        std::optional<core::Error> error; // set when it failed
        double elapsedMs = 0;
    };

    core::LookupQuery currentQuery() const;
    void applyQuery(const core::LookupQuery& query);
    core::Family family() const;
    core::SocketType socketType() const;
    unsigned lookupFlags() const;
    unsigned nameInfoFlags() const;

    void fillChoices();
    void applyExample(int index);
    void refreshHostName();
    void copyHostName();
    void cancelLookup();
    void reverseLookup();
    void serviceLookup();
    void rerunHistory(QListWidgetItem* item);

    void onFinished(const workers::LookupResult& result);
    void onCancelled(workers::LookupId id);
    // Stops waiting to show "waiting", and lets the tab repaint again.
    void endWaitingLook();
    // The Look up and Cancel buttons: the only widgets a lookup changes before its answer.
    void setWaitingButtonsUpdatesEnabled(bool enabled);
    // Empties the answer shown (table, Python list, its error and duration).
    void clearAnswer();
    // A lookup still waiting after kWaitingLookDelayMs: the old answer goes, "waiting" shows.
    void showWaiting();
    void showHostName(const workers::LookupResult& result);
    void showAddressInfo(const workers::LookupResult& result);
    void showNameInfo(const workers::LookupResult& result);
    void showService(const workers::LookupResult& result);
    void setSectionError(Section section, const std::optional<core::Error>& error);

    // Checks each section's input as the core will, marks refused fields, and enables its button.
    void checkLookupInput();
    void checkReverseInput();
    void checkServiceInput();
    void updateControls();

    void addHistory(HistoryEntry entry);
    // Texts built in code, for the first time and after a language change.
    void retranslate();
    void updateFormText();
    void updateProtocolName();
    void updateDurationText();
    void updateErrorText();
    void updateServiceResultText();
    void fitInputColumn();
    QString historyText(const HistoryEntry& entry) const;
    static QString millisecondsText(double ms);

    std::unique_ptr<Ui::LookupTab> m_ui;
    AddressInfoModel* m_model = nullptr;
    workers::LookupWorker m_worker;
    QTimer m_waitingLook;
    // The lookup each section waits for; 0 when it waits for none.
    workers::LookupId m_hostNameId = 0;
    workers::LookupId m_lookupId = 0;
    workers::LookupId m_reverseId = 0;
    workers::LookupId m_serviceId = 0;
    bool m_lookupInputValid = false;
    bool m_reverseInputValid = false;
    bool m_serviceInputValid = false;
    std::optional<core::HostSpec> m_hostSpec; // the host form recognised, while the host field is valid
    core::LookupQuery m_shownQuery; // the question whose answer the results show
    std::optional<double> m_shownElapsedMs; // its duration; nothing while waiting or after a failure
    bool m_lookupCancelled = false; // the last getaddrinfo was cancelled before it answered
    // The services row's last answer: "www → 80/tcp", built again in a new language.
    QString m_serviceQuestion; // what was asked: "www" or "80"
    QString m_serviceAnswer; // "80" or "http"; empty while none
    bool m_serviceAskedByName = true;
    QString m_serviceProtocol; // "tcp" or "udp"
    std::array<std::optional<core::Error>, static_cast<std::size_t>(Section::Count)> m_errors;
    std::vector<HistoryEntry> m_history; // newest first, as listed
};

} // namespace socketlab::gui
