// The live sequence diagram's data, without widgets: one lifeline per socket of several sessions (the Server
// tab, the Client tab, the two UDP endpoints), the calls made on each, and the messages between them —
// connect() to accept(), each send() to the recv() that got its last byte, FIN to the peer's recv() = 0,
// sendto() to recvfrom(). Sessions report in batches from different threads, so either end of a message may
// arrive first; both ends wait for each other. Bounded: the oldest calls go beyond maxEvents().
#pragma once

#include "core/call_event.h"
#include "sequence_calls.h"

#include <QObject>
#include <QString>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace socketlab::gui {

inline constexpr int kDefaultMaxDiagramEvents = 5000;

class SequenceModel : public QObject {
    Q_OBJECT

public:
    enum class Role { Socket, Listening, Accepted, Connected, Bound };
    enum class MessageKind { Connection, Data, Fin, Datagram };

    struct Lifeline {
        int id = 0;
        int source = 0;
        core::SocketHandle socket = core::kNoSocket;
        Role role = Role::Socket;
        CallAddress local; // bound or listening address
        CallAddress peer; // connected to / accepted from
        int slot = 0; // column within its source: slots of closed sockets are used again
        quint64 firstEvent = 0;
        bool closed = false;
        quint64 closeEvent = 0;
    };
    struct Event {
        quint64 id = 0;
        int source = 0;
        int lifeline = 0;
        core::CallEvent call;
    };
    struct Message {
        MessageKind kind = MessageKind::Data;
        quint64 from = 0; // event ids
        quint64 to = 0;
        quint64 bytes = 0;
    };

    explicit SequenceModel(QObject* parent = nullptr);
    ~SequenceModel() override;

    // A session that reports calls; its name heads its lifelines ("Server", "UDP A").
    int addSource(const QString& name);
    void setSourceName(int source, const QString& name);
    QString sourceName(int source) const;
    int sourceCount() const { return static_cast<int>(m_sourceNames.size()); }

    // One batch of `source`'s calls, in the order it made them; `omitted` counts calls the session left out.
    void append(int source, const std::vector<core::CallEvent>& calls, quint64 omitted = 0);
    void clear();

    int maxEvents() const { return m_maxEvents; }
    void setMaxEvents(int events);

    const std::deque<Event>& events() const { return m_events; }
    const Event* event(quint64 id) const;
    // The lifelines that still have calls in the diagram or are open, by id.
    const std::map<int, Lifeline>& lifelines() const { return m_lifelines; }
    const std::deque<Message>& messages() const { return m_messages; }

    // The events in drawing order, top to bottom: each session's calls in its order, and the receiving end of
    // every message below its sending end (batches of two sessions may arrive in either order).
    const std::vector<quint64>& rowOrder() const;
    // The row of an event in rowOrder(), or -1.
    int rowOf(quint64 id) const;

    quint64 droppedEvents() const { return m_droppedEvents; }
    // Calls the sessions left out of their batches: messages around them may be missing.
    quint64 omittedCalls() const { return m_omittedCalls; }

signals:
    // After append(), clear() and setMaxEvents().
    void changed();

private:
    struct Stream;
    struct Matching;

    int lifelineFor(int source, core::SocketHandle socket, quint64 eventId, bool startsNew);
    void ingest(int source, const core::CallEvent& call);
    void closeLifeline(Lifeline& line, quint64 eventId);
    void addMessage(MessageKind kind, quint64 from, quint64 to, quint64 bytes);
    void dropOldest();
    void invalidateRows() { m_rowsValid = false; }
    void computeRows() const;

    std::vector<QString> m_sourceNames;
    std::deque<Event> m_events;
    std::map<int, Lifeline> m_lifelines;
    std::map<std::pair<int, core::SocketHandle>, int> m_open; // (source, socket) -> lifeline id
    std::deque<Message> m_messages;
    std::deque<int> m_closedLines; // closed lifelines in the order they closed, so by closeEvent
    std::unique_ptr<Matching> m_matching;
    int m_nextLifeline = 1;
    quint64 m_nextEvent = 1;
    int m_maxEvents = kDefaultMaxDiagramEvents;
    quint64 m_droppedEvents = 0;
    quint64 m_omittedCalls = 0;

    mutable bool m_rowsValid = false;
    mutable std::vector<quint64> m_rowOrder;
    mutable std::vector<int> m_rowOfIndex; // by event id - first id
};

} // namespace socketlab::gui
