// Internal to src/core: the portable poll()/WSAPoll() Poller. It is Poller::create() where
// there is no epoll (Windows, macOS, the BSDs), and it is built everywhere so the Linux tests
// exercise the same code that Windows runs.
#pragma once

#include "poller.h"

#include <memory>

namespace socketlab::core {

Result<std::unique_ptr<Poller>> createPollPoller();

} // namespace socketlab::core
