// Translation of the core's texts for the GUI.
#include "core_text.h"

#include "core/messages.h"
#include "core/python_repr.h"
#include "core/text.h"

#include <QCoreApplication>

namespace socketlab::gui {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString coreText(const char* text)
{
    if (!text || !*text)
        return {};
    return QCoreApplication::translate(core::kTextContext, text);
}

namespace {

// A name of 254 characters is one word that a label cannot wrap: show its start, enough to know it.
constexpr int kMaxShownInput = 40;

} // namespace

QString inputErrorText(const core::Error& error)
{
    // A tab, newline or control character the user typed is shown as \t, \n, \x01: visible, one line.
    QString input = fromStd(core::escapeForDisplay(error.input, false));
    if (input.size() > kMaxShownInput)
        input = input.left(kMaxShownInput - 1) + QChar(0x2026); // …
    return coreText(core::inputProblemText(error.problem)).arg(input);
}

QString errorSummary(const core::Error& error)
{
    if (error.kind == core::ErrorKind::Input)
        return inputErrorText(error);
    return fromStd(error.toString()); // the system's message is shown as the system gives it
}

QString errorExplanation(const core::Error& error)
{
    const QString pattern = coreText(core::conditionExplanation(error.condition));
    if (pattern.isEmpty())
        return {};
    const QString where
        = error.input.empty() ? QCoreApplication::translate("socketlab::gui", "the address") : fromStd(error.input);
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(where) : pattern;
}

QString errorHint(const core::Error& error)
{
    return coreText(core::conditionHint(error.condition));
}

QString errorForStatus(const core::Error& error)
{
    if (error.kind == core::ErrorKind::Input)
        return inputErrorText(error);
    QString text = errorSummary(error);
    const QString explanation = errorExplanation(error);
    const QString hint = errorHint(error);
    if (!explanation.isEmpty() || !hint.isEmpty())
        text += QStringLiteral(" \u2014 ") + QStringList {explanation, hint}.join(QLatin1Char(' ')).trimmed();
    return text;
}

QString errorParagraph(const core::Error& error)
{
    const QString details = QStringList {errorExplanation(error), errorHint(error)}.join(QLatin1Char(' ')).trimmed();
    QString paragraph = QStringLiteral("<b>%1</b>").arg(errorSummary(error).toHtmlEscaped());
    if (!details.isEmpty())
        paragraph += QStringLiteral(" \u2014 ") + details.toHtmlEscaped();
    return paragraph;
}

QString callDescriptionText(const std::string& call)
{
    return coreText(core::callDescription(call));
}

} // namespace socketlab::gui
