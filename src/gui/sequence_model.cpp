// SequenceModel: lifelines from the calls' sockets, messages from pairing the calls of two sockets.
#include "sequence_model.h"

#include <algorithm>
#include <limits>
#include <set>

namespace socketlab::gui {
namespace {

// Waiting ends of messages are kept this long; beyond, the oldest wait no more (their peer never reported).
constexpr std::size_t kMaxWaiting = 1024;

template<typename T>
void keepBounded(std::deque<T>& queue)
{
    while (queue.size() > kMaxWaiting)
        queue.pop_front();
}

} // namespace

// One direction of a TCP connection. Each side's byte counts give every send() and recv() a range of the
// stream: a send's arrow goes to the recv() that got its last byte, and a recv() is drawn below the send() its
// last byte came from. Either side may report first, so each keeps the ranges the other has not reached.
struct SequenceModel::Stream {
    struct Range {
        quint64 id, start, end;
    };
    quint64 sent = 0;
    quint64 received = 0;
    std::deque<Range> sends; // end > received
    std::deque<Range> recvs; // end > sent
    quint64 fin = 0; // the shutdown()/close() that sent FIN
    quint64 eof = 0; // the recv() that returned 0
};

struct SequenceModel::Matching {
    enum class OpKind { Send, Recv, Fin, Eof };
    struct Op {
        OpKind kind;
        quint64 id;
        quint64 bytes;
    };
    struct Connect {
        int lifeline;
        quint64 id;
        CallAddress target;
    };
    struct Accept {
        int listening;
        int accepted;
        quint64 id;
    };
    struct DatagramOut {
        quint64 id;
        int lifeline;
        CallAddress to;
        quint64 bytes;
        std::set<int> receivedBy;
    };
    struct DatagramIn {
        quint64 id;
        int lifeline;
        CallAddress from;
        quint64 bytes;
    };

    std::map<std::pair<int, int>, Stream> streams; // (sender, receiver)
    std::map<int, int> peerOf;
    std::map<int, std::deque<Op>> backlog; // ops of TCP sockets not yet paired
    std::deque<Connect> connects;
    std::deque<Accept> accepts;
    std::deque<DatagramOut> datagramsOut;
    std::deque<DatagramIn> datagramsIn;
    std::set<int> unreliable; // lifelines whose session left calls out: their byte counts no longer line up
    std::deque<std::pair<quint64, quint64>> constraints; // (above, below), besides the messages
    std::vector<std::vector<int>> sourceSlots; // per source: lifeline owning each slot, 0 when free
    // Per source: the free slots, lowest first. A server with 10,000 clients has 10,000 slots: finding a free
    // one by scanning sourceSlots made every accept() and close() cost 10,000 steps.
    std::vector<std::set<int>> freeSlots;
};

SequenceModel::SequenceModel(QObject* parent)
    : QObject(parent)
    , m_matching(std::make_unique<Matching>())
{
}

SequenceModel::~SequenceModel() = default;

int SequenceModel::addSource(const QString& name)
{
    m_sourceNames.push_back(name);
    m_matching->sourceSlots.emplace_back();
    m_matching->freeSlots.emplace_back();
    return static_cast<int>(m_sourceNames.size()) - 1;
}

void SequenceModel::setSourceName(int source, const QString& name)
{
    if (source >= 0 && source < sourceCount())
        m_sourceNames[static_cast<std::size_t>(source)] = name;
}

QString SequenceModel::sourceName(int source) const
{
    return source >= 0 && source < sourceCount() ? m_sourceNames[static_cast<std::size_t>(source)] : QString();
}

const SequenceModel::Event* SequenceModel::event(quint64 id) const
{
    if (m_events.empty() || id < m_events.front().id || id > m_events.back().id)
        return nullptr;
    return &m_events[static_cast<std::size_t>(id - m_events.front().id)];
}

void SequenceModel::append(int source, const std::vector<core::CallEvent>& calls, quint64 omitted)
{
    if (source < 0 || source >= sourceCount())
        return;
    if (omitted > 0) {
        m_omittedCalls += omitted;
        for (const auto& [key, line] : m_open)
            if (key.first == source)
                m_matching->unreliable.insert(line);
    }
    for (const core::CallEvent& call : calls)
        if (call.socket != core::kNoSocket)
            ingest(source, call);
    dropOldest();
    invalidateRows();
    emit changed();
}

void SequenceModel::clear()
{
    const std::size_t sources = m_matching->sourceSlots.size();
    m_events.clear();
    m_lifelines.clear();
    m_closedLines.clear();
    m_open.clear();
    m_messages.clear();
    m_matching = std::make_unique<Matching>();
    m_matching->sourceSlots.resize(sources);
    m_matching->freeSlots.resize(sources);
    m_droppedEvents = 0;
    m_omittedCalls = 0;
    invalidateRows();
    emit changed();
}

void SequenceModel::setMaxEvents(int events)
{
    m_maxEvents = std::max(1, events);
    dropOldest();
    invalidateRows();
    emit changed();
}

int SequenceModel::lifelineFor(int source, core::SocketHandle socket, quint64 eventId, bool startsNew)
{
    const auto key = std::make_pair(source, socket);
    const auto open = m_open.find(key);
    if (open != m_open.end()) {
        if (!startsNew)
            return open->second;
        // The system gave the number of a socket we never saw closed: that one is gone.
        closeLifeline(m_lifelines[open->second], eventId);
    }
    Lifeline line;
    line.id = m_nextLifeline++;
    line.source = source;
    line.socket = socket;
    line.firstEvent = eventId;
    std::vector<int>& sourceSlots = m_matching->sourceSlots[static_cast<std::size_t>(source)];
    std::set<int>& freeSlots = m_matching->freeSlots[static_cast<std::size_t>(source)];
    if (freeSlots.empty()) {
        line.slot = static_cast<int>(sourceSlots.size());
        sourceSlots.push_back(line.id);
    } else {
        line.slot = *freeSlots.begin(); // the lowest, as a scan from the left would find
        freeSlots.erase(freeSlots.begin());
        sourceSlots[static_cast<std::size_t>(line.slot)] = line.id;
    }
    m_lifelines[line.id] = line;
    m_open[key] = line.id;
    return line.id;
}

void SequenceModel::closeLifeline(Lifeline& line, quint64 eventId)
{
    if (line.closed)
        return;
    line.closed = true;
    line.closeEvent = eventId;
    m_closedLines.push_back(line.id);
    m_open.erase(std::make_pair(line.source, line.socket));
    std::vector<int>& sourceSlots = m_matching->sourceSlots[static_cast<std::size_t>(line.source)];
    const auto slot = static_cast<std::size_t>(line.slot);
    if (slot < sourceSlots.size() && sourceSlots[slot] == line.id) {
        sourceSlots[slot] = 0;
        m_matching->freeSlots[static_cast<std::size_t>(line.source)].insert(line.slot);
    }
}

void SequenceModel::addMessage(MessageKind kind, quint64 from, quint64 to, quint64 bytes)
{
    if (!event(from) || !event(to))
        return; // one end has already left the diagram
    m_messages.push_back({kind, from, to, bytes});
}

void SequenceModel::ingest(int source, const core::CallEvent& call)
{
    Matching& match = *m_matching;
    const quint64 id = m_nextEvent++;
    const bool creates = call.call == "socket" && !call.failed();
    const int lineId = lifelineFor(source, call.socket, id, creates);
    m_events.push_back({id, source, lineId, call});
    Lifeline& line = m_lifelines[lineId];
    const bool ok = !call.failed();

    // Where an op of `owner` goes: its stream once paired, else its backlog.
    auto streamOp = [this, &match](int owner, Matching::OpKind kind, quint64 eventId, quint64 bytes) {
        const auto peer = match.peerOf.find(owner);
        if (peer == match.peerOf.end()) {
            std::deque<Matching::Op>& ops = match.backlog[owner];
            ops.push_back({kind, eventId, bytes});
            if (ops.size() > kMaxWaiting) {
                ops.pop_front();
                match.unreliable.insert(owner);
            }
            return;
        }
        if (match.unreliable.count(owner) || match.unreliable.count(peer->second))
            return;
        const bool outgoing = kind == Matching::OpKind::Send || kind == Matching::OpKind::Fin;
        Stream& stream = outgoing ? match.streams[{owner, peer->second}] : match.streams[{peer->second, owner}];
        switch (kind) {
        case Matching::OpKind::Send: {
            const quint64 start = stream.sent;
            const quint64 end = start + bytes;
            stream.sent = end;
            for (const Stream::Range& recv : stream.recvs)
                if (recv.end - 1 >= start && recv.end - 1 < end)
                    match.constraints.emplace_back(eventId, recv.id);
            if (end <= stream.received) {
                for (const Stream::Range& recv : stream.recvs)
                    if (recv.start <= end - 1 && end - 1 < recv.end)
                        addMessage(MessageKind::Data, eventId, recv.id, bytes);
            } else {
                stream.sends.push_back({eventId, start, end});
            }
            while (!stream.recvs.empty() && stream.recvs.front().end <= stream.sent)
                stream.recvs.pop_front();
            break;
        }
        case Matching::OpKind::Recv: {
            const quint64 start = stream.received;
            const quint64 end = start + bytes;
            stream.received = end;
            for (const Stream::Range& send : stream.sends) {
                if (send.end - 1 >= start && send.end - 1 < end)
                    addMessage(MessageKind::Data, send.id, eventId, send.end - send.start);
                if (send.start <= end - 1 && end - 1 < send.end)
                    match.constraints.emplace_back(send.id, eventId);
            }
            if (end > stream.sent)
                stream.recvs.push_back({eventId, start, end});
            while (!stream.sends.empty() && stream.sends.front().end <= stream.received)
                stream.sends.pop_front();
            break;
        }
        case Matching::OpKind::Fin:
            if (stream.fin != 0)
                return;
            stream.fin = eventId;
            if (stream.eof != 0)
                addMessage(MessageKind::Fin, stream.fin, stream.eof, 0);
            break;
        case Matching::OpKind::Eof:
            if (stream.eof != 0)
                return;
            stream.eof = eventId;
            if (stream.fin != 0)
                addMessage(MessageKind::Fin, stream.fin, stream.eof, 0);
            break;
        }
    };

    auto pair = [this, &match, &streamOp](int client, int server, quint64 connectId, quint64 acceptId) {
        addMessage(MessageKind::Connection, connectId, acceptId, 0);
        match.peerOf[client] = server;
        match.peerOf[server] = client;
        for (int side : {client, server}) {
            const std::deque<Matching::Op> ops = std::move(match.backlog[side]);
            match.backlog.erase(side);
            for (const Matching::Op& op : ops)
                streamOp(side, op.kind, op.id, op.bytes);
        }
    };

    auto listensFor = [this](int listening, const CallAddress& target) {
        const auto found = m_lifelines.find(listening);
        return found != m_lifelines.end() && found->second.local.receives(target);
    };

    const std::string& name = call.call;
    if ((name == "bind" || name == "getsockname") && ok) {
        const CallAddress address = addressOfCall(call);
        if (address.valid)
            line.local = address;
        if (line.role == Role::Socket && name == "bind")
            line.role = Role::Bound;
    } else if (name == "listen" && ok) {
        line.role = Role::Listening;
    } else if (name == "connect" && ok) {
        line.role = Role::Connected;
        line.peer = addressOfCall(call);
        const auto accept = std::find_if(match.accepts.begin(), match.accepts.end(),
            [&](const Matching::Accept& waiting) { return listensFor(waiting.listening, line.peer); });
        if (accept != match.accepts.end()) {
            const Matching::Accept found = *accept;
            match.accepts.erase(accept);
            pair(lineId, found.accepted, id, found.id);
        } else {
            match.connects.push_back({lineId, id, line.peer});
            keepBounded(match.connects);
        }
    } else if (name == "accept" && ok) {
        const int accepted = lifelineFor(source, acceptedSocket(call), id, true);
        Lifeline& acceptedLine = m_lifelines[accepted];
        acceptedLine.role = Role::Accepted;
        acceptedLine.peer = addressOfCall(call);
        acceptedLine.local = m_lifelines[lineId].local;
        const auto connect = std::find_if(match.connects.begin(), match.connects.end(),
            [&](const Matching::Connect& waiting) { return listensFor(lineId, waiting.target); });
        if (connect != match.connects.end()) {
            const Matching::Connect found = *connect;
            match.connects.erase(connect);
            pair(found.lifeline, accepted, found.id, id);
        } else {
            match.accepts.push_back({lineId, accepted, id});
            keepBounded(match.accepts);
        }
    } else if (name == "send" && ok && call.result > 0) {
        streamOp(lineId, Matching::OpKind::Send, id, static_cast<quint64>(call.result));
    } else if (name == "recv" && ok) {
        if (call.result > 0)
            streamOp(lineId, Matching::OpKind::Recv, id, static_cast<quint64>(call.result));
        else if (call.result == 0)
            streamOp(lineId, Matching::OpKind::Eof, id, 0);
    } else if (shutsDownSending(call)) {
        streamOp(lineId, Matching::OpKind::Fin, id, 0);
    } else if (name == "sendto" && ok) {
        const CallAddress to = addressOfCall(call);
        Matching::DatagramOut out {id, lineId, to, static_cast<quint64>(std::max(0LL, call.result)), {}};
        auto delivered = [&](const Matching::DatagramIn& in) {
            const auto receiver = m_lifelines.find(in.lifeline);
            const bool reaches
                = receiver == m_lifelines.end() || !receiver->second.local.valid || receiver->second.local.receives(to);
            const bool fromHere = !line.local.valid
                || (line.local.port == in.from.port && (line.local.host == in.from.host || line.local.isWildcard()));
            return in.bytes == out.bytes && reaches && fromHere && !out.receivedBy.count(in.lifeline);
        };
        for (auto in = match.datagramsIn.begin(); in != match.datagramsIn.end();) {
            if (delivered(*in)) {
                addMessage(MessageKind::Datagram, id, in->id, out.bytes);
                out.receivedBy.insert(in->lifeline);
                in = match.datagramsIn.erase(in);
                if (!to.isGroup())
                    break;
            } else {
                ++in;
            }
        }
        if (out.receivedBy.empty() || to.isGroup()) {
            match.datagramsOut.push_back(std::move(out));
            keepBounded(match.datagramsOut);
        }
    } else if (name == "recvfrom" && ok) {
        const Matching::DatagramIn in {id, lineId, addressOfCall(call), static_cast<quint64>(call.result)};
        const auto out = std::find_if(match.datagramsOut.begin(), match.datagramsOut.end(), [&](const auto& sent) {
            const auto sender = m_lifelines.find(sent.lifeline);
            const CallAddress senderLocal = sender == m_lifelines.end() ? CallAddress() : sender->second.local;
            const bool fromThere = !senderLocal.valid
                || (senderLocal.port == in.from.port && (senderLocal.host == in.from.host || senderLocal.isWildcard()));
            const bool reaches = !line.local.valid || line.local.receives(sent.to);
            return sent.bytes == in.bytes && fromThere && reaches && !sent.receivedBy.count(lineId);
        });
        if (out != match.datagramsOut.end()) {
            addMessage(MessageKind::Datagram, out->id, id, in.bytes);
            out->receivedBy.insert(lineId);
            if (!out->to.isGroup())
                match.datagramsOut.erase(out);
        } else {
            match.datagramsIn.push_back(in);
            keepBounded(match.datagramsIn);
        }
    }

    if (name == "close") {
        // Closing sends FIN unless shutdown() already did.
        streamOp(lineId, Matching::OpKind::Fin, id, 0);
        closeLifeline(m_lifelines[lineId], id);
    }
}

void SequenceModel::dropOldest()
{
    const std::size_t max = static_cast<std::size_t>(m_maxEvents);
    if (m_events.size() <= max)
        return;
    const std::size_t excess = m_events.size() - max;
    m_events.erase(m_events.begin(), m_events.begin() + static_cast<std::ptrdiff_t>(excess));
    m_droppedEvents += excess;
    const quint64 first = m_events.front().id;
    auto gone = [first](quint64 from, quint64 to) { return from < first || to < first; };
    m_messages.erase(std::remove_if(m_messages.begin(), m_messages.end(),
                         [&](const Message& message) { return gone(message.from, message.to); }),
        m_messages.end());
    auto& constraints = m_matching->constraints;
    constraints.erase(std::remove_if(constraints.begin(), constraints.end(),
                          [&](const auto& edge) { return gone(edge.first, edge.second); }),
        constraints.end());
    // Closed lifelines whose close left the diagram go too. Only those are visited (oldest close first): a
    // server holding 10,000 open connections must not walk 10,000 lifelines for every batch.
    while (!m_closedLines.empty()) {
        const auto line = m_lifelines.find(m_closedLines.front());
        if (line != m_lifelines.end() && line->second.closeEvent >= first)
            break;
        if (line != m_lifelines.end()) {
            m_matching->backlog.erase(line->first);
            m_lifelines.erase(line);
        }
        m_closedLines.pop_front();
    }
}

const std::vector<quint64>& SequenceModel::rowOrder() const
{
    computeRows();
    return m_rowOrder;
}

int SequenceModel::rowOf(quint64 id) const
{
    computeRows();
    if (m_events.empty() || id < m_events.front().id || id > m_events.back().id)
        return -1;
    return m_rowOfIndex[static_cast<std::size_t>(id - m_events.front().id)];
}

void SequenceModel::computeRows() const
{
    if (m_rowsValid)
        return;
    m_rowsValid = true;
    const std::size_t count = m_events.size();
    m_rowOrder.clear();
    m_rowOrder.reserve(count);
    m_rowOfIndex.assign(count, -1);
    if (count == 0)
        return;
    const quint64 first = m_events.front().id;
    // A topological order: each session's calls in sequence, and every message's receiving end after its
    // sending end. Among the calls that may come next, the one that arrived first.
    std::vector<int> waitingFor(count, 0);
    std::vector<std::vector<std::size_t>> below(count);
    auto addEdge = [&](quint64 from, quint64 to) {
        if (from < first || to < first || from == to)
            return;
        below[from - first].push_back(static_cast<std::size_t>(to - first));
        ++waitingFor[to - first];
    };
    for (const Message& message : m_messages)
        addEdge(message.from, message.to);
    for (const auto& [from, to] : m_matching->constraints)
        addEdge(from, to);

    std::vector<std::vector<std::size_t>> bySource(m_sourceNames.size());
    for (std::size_t index = 0; index < count; ++index)
        bySource[static_cast<std::size_t>(m_events[index].source)].push_back(index);
    std::vector<std::size_t> next(bySource.size(), 0);
    for (std::size_t placed = 0; placed < count; ++placed) {
        std::size_t best = count;
        std::size_t bestSource = 0;
        std::size_t fallback = count; // when every candidate waits (a wrong pairing made a cycle)
        std::size_t fallbackSource = 0;
        for (std::size_t source = 0; source < bySource.size(); ++source) {
            if (next[source] >= bySource[source].size())
                continue;
            const std::size_t candidate = bySource[source][next[source]];
            if (candidate < fallback) {
                fallback = candidate;
                fallbackSource = source;
            }
            if (waitingFor[candidate] == 0 && candidate < best) {
                best = candidate;
                bestSource = source;
            }
        }
        if (best == count) {
            best = fallback;
            bestSource = fallbackSource;
        }
        ++next[bestSource];
        m_rowOfIndex[best] = static_cast<int>(m_rowOrder.size());
        m_rowOrder.push_back(m_events[best].id);
        for (std::size_t after : below[best])
            --waitingFor[after];
    }
}

} // namespace socketlab::gui
