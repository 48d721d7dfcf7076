// Texts that the core owns but must not translate itself (it has no Qt).
//
// The core marks each English text with QT_TRANSLATE_NOOP so that lupdate collects it into
// translations/*.ts; the GUI and the CLI translate it at display time with
// QCoreApplication::translate(kTextContext, text). Placeholders are Qt's: %1, %2, ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace socketlab::core {

// The translation context of every text the core marks.
inline constexpr const char* kTextContext = "socketlab::core";

// Replaces %1..%9 in an (untranslated) template, the way QString::arg does for simple cases.
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

} // namespace socketlab::core
