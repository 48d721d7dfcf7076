// The GUI's bridge to the core's texts: translates what the core marks (see core/text.h) and
// builds the messages a learner reads for refused input and failed calls.
#pragma once

#include "core/errors.h"

#include <QString>

#include <string>

namespace socketlab::gui {

QString fromStd(const std::string& text); // UTF-8
// A text the core marked with QT_TRANSLATE_NOOP, translated into the current language.
QString coreText(const char* text);

// Refused input: "Port '70000' is out of range. ..." (translated).
QString inputErrorText(const core::Error& error);
// "connect: Connection refused (ECONNREFUSED)" — the call, the system's own message, the name.
QString errorSummary(const core::Error& error);
// The plain-language explanation, with the address filled in; may be empty.
QString errorExplanation(const core::Error& error);
// What to try; may be empty.
QString errorHint(const core::Error& error);
// Everything on one line, for a status bar: the summary, then the explanation and the hint.
// Refused input gives the input text.
QString errorForStatus(const core::Error& error);
// Rich text for an error label: what failed in bold, then why and what to try. HTML-escaped.
QString errorParagraph(const core::Error& error);
// What a call does, in the source material's words ("binds an address (hostname, port pair) to
// the socket"); empty for unknown calls.
QString callDescriptionText(const std::string& call);

} // namespace socketlab::gui
