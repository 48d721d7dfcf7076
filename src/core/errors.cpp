// Error's text form and the constructor for refused input.
#include "errors.h"

#include "messages.h"
#include "text.h"

namespace socketlab::core {

std::string Error::toString() const
{
    if (kind == ErrorKind::Input)
        return message;
    std::string text = call.empty() ? std::string() : call + ": ";
    text += message;
    if (!name.empty())
        text += " (" + name + ")";
    return text;
}

Error inputError(InputProblem problem, std::string input)
{
    Error error;
    error.kind = ErrorKind::Input;
    error.condition = Condition::BadInput;
    error.problem = problem;
    error.message = fillPlaceholders(inputProblemText(problem), {input});
    error.input = std::move(input);
    return error;
}

} // namespace socketlab::core
