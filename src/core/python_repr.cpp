// Python's repr() of str and bytes, and escaping of received data for display.
#include "python_repr.h"

#include <cstdio>

namespace socketlab::core {
namespace {

void appendHexEscape(std::string& out, unsigned char byte)
{
    char buffer[5];
    std::snprintf(buffer, sizeof buffer, "\\x%02x", byte);
    out += buffer;
}

bool appendCommonEscape(std::string& out, unsigned char byte)
{
    switch (byte) {
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    case '\t': out += "\\t"; return true;
    case '\\': out += "\\\\"; return true;
    default: return false;
    }
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not valid.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned minimum = 0;
    unsigned codePoint = 0;
    if (byte >= 0xC2 && byte <= 0xDF) {
        length = 2, minimum = 0x80, codePoint = byte & 0x1Fu;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
        length = 3, minimum = 0x800, codePoint = byte & 0x0Fu;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        length = 4, minimum = 0x10000, codePoint = byte & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0u) != 0x80u)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    if (codePoint < minimum || codePoint > 0x10FFFF || surrogate)
        return 0;
    // C1 control characters (U+0080..U+009F) can act as terminal controls: escape them too.
    if (codePoint >= 0x80 && codePoint <= 0x9F)
        return 0;
    return length;
}

// The code point of a valid UTF-8 sequence (utf8SequenceLength() said so).
unsigned decodeUtf8(std::string_view sequence)
{
    static constexpr unsigned kLeadMasks[] = {0, 0x7Fu, 0x1Fu, 0x0Fu, 0x07u};
    unsigned codePoint = static_cast<unsigned char>(sequence[0]) & kLeadMasks[sequence.size()];
    for (std::size_t k = 1; k < sequence.size(); ++k)
        codePoint = (codePoint << 6) | (static_cast<unsigned char>(sequence[k]) & 0x3Fu);
    return codePoint;
}

// Bidirectional controls reorder the text around them (a U+202E shows 'exe.txt' as 'txt.exe', the
// "trojan source" trick): received data must not rearrange what is shown, so they are escaped.
bool isBidiControl(unsigned codePoint)
{
    return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

// Python's choice: single quotes, unless the text holds a single quote and no double quote.
char pythonQuote(std::string_view text)
{
    const bool hasSingle = text.find('\'') != std::string_view::npos;
    const bool hasDouble = text.find('"') != std::string_view::npos;
    return (hasSingle && !hasDouble) ? '"' : '\'';
}

// Appends the valid UTF-8 sequence at text[i], or a \xNN escape of its first byte when there is
// none; returns how many bytes it used.
std::size_t appendUtf8OrHex(std::string& out, std::string_view text, std::size_t i)
{
    if (const std::size_t length = utf8SequenceLength(text, i)) {
        const unsigned codePoint = decodeUtf8(text.substr(i, length));
        if (isBidiControl(codePoint)) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", codePoint); // as Python's repr() shows it
            out += buffer;
        } else {
            out.append(text.substr(i, length));
        }
        return length;
    }
    appendHexEscape(out, static_cast<unsigned char>(text[i]));
    return 1;
}

} // namespace

std::string pythonStr(std::string_view text)
{
    const char quote = pythonQuote(text);
    std::string out(1, quote);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (appendCommonEscape(out, byte))
            continue;
        if (byte == static_cast<unsigned char>(quote)) {
            out += '\\';
            out += static_cast<char>(byte);
        } else if (byte < 0x20 || byte == 0x7F) {
            appendHexEscape(out, byte);
        } else if (byte < 0x80) {
            out += static_cast<char>(byte);
        } else {
            i += appendUtf8OrHex(out, text, i) - 1;
        }
    }
    out += quote;
    return out;
}

std::string pythonBytes(std::string_view data, std::size_t limit)
{
    const bool cut = data.size() > limit;
    const std::string_view shown = cut ? data.substr(0, limit) : data;
    const char quote = pythonQuote(shown);
    std::string out = "b";
    out += quote;
    for (const char c : shown) {
        const auto byte = static_cast<unsigned char>(c);
        if (appendCommonEscape(out, byte))
            continue;
        if (byte == static_cast<unsigned char>(quote)) {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte >= 0x7F) {
            appendHexEscape(out, byte);
        } else {
            out += c;
        }
    }
    out += quote;
    if (cut)
        out += "...";
    return out;
}

std::string escapeForDisplay(std::string_view data, bool keepNewlines)
{
    std::string out;
    out.reserve(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n' && keepNewlines) {
            out += '\n';
        } else if (byte == '\t' && keepNewlines) {
            out += '\t';
        } else if (byte < 0x20 || byte == 0x7F) {
            if (!appendCommonEscape(out, byte))
                appendHexEscape(out, byte);
        } else if (byte == '\\') {
            out += "\\\\";
        } else if (byte < 0x80) {
            out += static_cast<char>(byte);
        } else {
            i += appendUtf8OrHex(out, data, i) - 1;
        }
    }
    return out;
}

std::string escapeInvalidUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += static_cast<char>(byte);
        } else {
            i += appendUtf8OrHex(out, text, i) - 1;
        }
    }
    return out;
}

} // namespace socketlab::core
