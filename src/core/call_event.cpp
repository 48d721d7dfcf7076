// CallRecorder: time-stamps call events and hands them to the session's sink.
#include "call_event.h"

namespace socketlab::core {

CallRecorder::CallRecorder(CallSink* sink)
    : m_sink(sink)
    , m_start(std::chrono::steady_clock::now())
{
}

double CallRecorder::elapsedMs() const
{
    const auto elapsed = std::chrono::steady_clock::now() - m_start;
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

void CallRecorder::record(CallEvent event)
{
    if (!active())
        return;
    event.tMs = elapsedMs();
    m_sink->onCall(event);
}

void CallRecorder::recordSuccess(const char* call, std::string args, long long result, SocketHandle socket,
    std::string returned, std::optional<TcpState> tcpState)
{
    if (!active())
        return;
    CallEvent event;
    event.call = call;
    event.args = std::move(args);
    event.result = result;
    event.returned = std::move(returned);
    event.socket = socket;
    event.tcpState = tcpState;
    record(std::move(event));
}

void CallRecorder::recordFailure(
    const char* call, std::string args, SocketHandle socket, const Error& error, std::optional<TcpState> tcpState)
{
    if (!active())
        return;
    CallEvent event;
    event.call = call;
    event.args = std::move(args);
    event.result = -1;
    event.socket = socket;
    event.errorName = error.name.empty() ? std::string("ERROR") : error.name;
    event.errorCode = error.code;
    event.message = error.message;
    event.condition = error.condition;
    event.tcpState = tcpState;
    record(std::move(event));
}

} // namespace socketlab::core
