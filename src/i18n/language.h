// The languages SocketLab speaks, and switching between them at run time.
//
// Both executables use this: the GUI from its Language menu (every widget then gets
// QEvent::LanguageChange and retranslates itself), socketlab-cli once at start from --lang or the
// system locale. The app's translations are embedded as :/i18n/socketlab_<code>.qm; English is the
// source language, and its file holds only the plural forms ("1 byte", "2 bytes").
#pragma once

#include <QString>
#include <QStringList>

namespace socketlab::i18n {

inline constexpr char kEnglish[] = "en";
inline constexpr char kRussian[] = "ru";

// Two-letter codes, English first.
QStringList supportedLanguages();
bool isSupported(const QString& code);

// The system locale's language when SocketLab speaks it, else English. Follows LANG / LC_ALL on
// Unix, the user's UI language on Windows and macOS.
QString systemLanguage();

// The language's name in itself ("English", "Русский"): what a menu shows, so that a user who
// cannot read the current language still finds their own.
QString nativeName(const QString& code);

// Replaces the installed translators with the app's and Qt's (qtbase_<code>.qm: dialog buttons,
// file dialogs) for `code`, and makes that language's locale the default for numbers. Returns
// false, leaving the previous language in place, when `code` is unsupported or its translation is
// missing from this build.
bool setLanguage(const QString& code);

// The code last set with setLanguage(), English before that.
QString currentLanguage();

// Whether the English plural forms were embedded (english_plurals.cpp says why they stand apart).
bool hasEnglishPlurals();

} // namespace socketlab::i18n
