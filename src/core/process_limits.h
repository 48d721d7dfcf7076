// Process-wide preparation for serving many sockets; each executable calls it once at start.
#pragma once

namespace socketlab::core {

// Raises the soft open-file limit to the hard limit so thousands of clients fit (no-op where
// there is no such limit).
void raiseOpenFileLimit();

} // namespace socketlab::core
