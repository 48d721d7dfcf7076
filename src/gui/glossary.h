// The tutorial's vocabulary and method tables as one glossary: the Learn panel, the tooltips and
// What's This of the fields, and the call trace's rows all show these same texts, in the language
// current at the moment they are asked for (nothing is cached, so a language switch reaches them all).
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string_view>

class QWidget;

namespace socketlab::gui {

enum class Term {
    // The vocabulary ("Term and description").
    Domain,
    Type,
    Protocol,
    Hostname,
    Port,
    // socket.socket(family, type, protocol=0).
    Socket,
    // Server socket methods.
    Bind,
    Listen,
    Accept,
    // Client socket methods.
    Connect,
    // General socket methods.
    Recv,
    Send,
    RecvFrom,
    SendTo,
    Close,
    GetHostName,
    // The tutorial's lookup program.
    GetAddrInfo,
};

inline constexpr std::array<Term, 5> kVocabularyTerms
    = {Term::Domain, Term::Type, Term::Protocol, Term::Hostname, Term::Port};
inline constexpr std::array<Term, 3> kServerMethodTerms = {Term::Bind, Term::Listen, Term::Accept};
inline constexpr std::array<Term, 1> kClientMethodTerms = {Term::Connect};
inline constexpr std::array<Term, 6> kGeneralMethodTerms
    = {Term::Recv, Term::Send, Term::RecvFrom, Term::SendTo, Term::Close, Term::GetHostName};

// "port", "s.bind()": the term as the tutorial names it (method names are code and stay as they are).
QString glossaryTitle(Term term);
// One to three plain sentences for a beginner, in the current language.
QString glossaryText(Term term);

// The entry for a call as the trace names it ("bind", "socket", "getaddrinfo"); none for calls the
// tutorial does not teach (setsockopt, shutdown, ...).
std::optional<Term> termForCall(std::string_view callName);

// Tooltip text: the entry's description, then `detail` (what one particular field adds) on its own
// line. With a detail it is rich text, so Qt wraps it instead of showing one screen-wide line.
QString glossaryToolTip(Term term, const QString& detail = {});
// What's This text: the title in bold, the description and the detail, as rich text.
QString glossaryWhatsThis(Term term, const QString& detail = {});
// Sets both on `widget`. Call it where the widget's normal tooltip is set on every language change
// (see field_check.h: a field marked invalid shows its problem instead, until it is valid again).
void setGlossaryHelp(QWidget* widget, Term term, const QString& detail = {});

} // namespace socketlab::gui
