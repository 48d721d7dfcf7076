// Process-wide preparation, forwarded to the platform shim.
#include "process_limits.h"

#include "platform.h"

namespace socketlab::core {

void raiseOpenFileLimit()
{
    platform::raiseOpenFileLimit();
}

} // namespace socketlab::core
