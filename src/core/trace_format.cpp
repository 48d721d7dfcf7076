// JSON-lines and text forms of call events.
#include "trace_format.h"

#include "python_repr.h"

#include <cstdio>

namespace socketlab::core {

std::string jsonString(const std::string& rawText)
{
    // JSON must be valid UTF-8; a path or a system message need not be. Invalid bytes become
    // \\xNN escapes (as escapeForDisplay writes them) so the line stays parseable and the byte visible.
    const std::string text = escapeInvalidUtf8(rawText);
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", byte);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string toJsonLine(const CallEvent& event)
{
    char time[32];
    std::snprintf(time, sizeof time, "%.3f", event.tMs);
    std::string line = "{\"t_ms\": ";
    line += time;
    line += ", \"call\": " + jsonString(event.call);
    line += ", \"args\": " + jsonString(event.args);
    line += ", \"result\": " + std::to_string(event.result);
    line += ", \"errno\": " + (event.failed() ? jsonString(event.errorName) : std::string("null"));
    line += ", \"message\": " + jsonString(event.message);
    line += ", \"socket\": " + std::to_string(static_cast<long long>(event.socket));
    line += ", \"returned\": " + jsonString(event.returned);
    line += ", \"data\": " + jsonString(event.data);
    line += "}";
    return line;
}

std::string toTextLine(const CallEvent& event)
{
    char time[32];
    std::snprintf(time, sizeof time, "%10.3f ms  ", event.tMs);
    std::string line = time;
    line += event.call + "(" + event.args + ") = " + std::to_string(event.result);
    if (event.failed()) {
        line += " " + event.errorName + " (" + event.message + ")";
    } else if (!event.returned.empty()) {
        line += " -> " + event.returned;
    }
    // The payload, unless the arguments or the return value already show it (send, recvfrom).
    const bool shown
        = event.args.find(event.data) != std::string::npos || event.returned.find(event.data) != std::string::npos;
    if (!event.data.empty() && !shown)
        line += "  " + event.data;
    return line;
}

} // namespace socketlab::core
