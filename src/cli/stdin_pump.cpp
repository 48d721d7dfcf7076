// Reads standard input in chunks and hands them to TcpClient::sendBlocking (back-pressure: the
// reader waits while the client has a lot queued).
#include "stdin_pump.h"

#include "cli_text.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

namespace socketlab::cli {

namespace {

// One read() of standard input: the bytes available now (a typed line, or a pipe's chunk), not a
// full buffer, so interactive input goes out as it is typed. Returns -1 on error, 0 at EOF.
long long readStandardInput(char* buffer, std::size_t size)
{
    for (;;) {
#ifdef _WIN32
        const int count = _read(_fileno(stdin), buffer, static_cast<unsigned int>(size));
#else
        const ssize_t count = ::read(STDIN_FILENO, buffer, size);
#endif
        if (count < 0 && errno == EINTR)
            continue;
        return static_cast<long long>(count);
    }
}

} // namespace

StdinPump::StdinPump(core::TcpClient& client)
    : m_client(client)
    , m_shared(std::make_shared<Shared>())
{
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
#endif
}

StdinPump::~StdinPump()
{
    sessionEnded();
    if (!m_thread.joinable())
        return;
    if (m_shared->finished.load())
        m_thread.join();
    else
        m_thread.detach();
}

void StdinPump::start()
{
    m_thread = std::thread(&StdinPump::pump, m_shared, &m_client);
}

void StdinPump::sessionEnded()
{
    // Taking the mutex waits for a sendBlocking() in progress, which returns once the session has
    // ended; after this the thread checks the flag before every use of the client.
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->sessionEnded = true;
}

std::optional<QString> StdinPump::readError() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->error;
}

void StdinPump::pump(std::shared_ptr<Shared> shared, core::TcpClient* client)
{
    std::string buffer;
    for (;;) {
        // Read into directly and moved to the client, no copy; the client hands sent buffers
        // back, so a long stream reuses a few instead of allocating one per chunk.
        buffer.resize(kStdinChunkSize);
        const long long count = readStandardInput(buffer.data(), buffer.size());
        const int readErrno = errno; // before anything else can change it
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (shared->sessionEnded)
            break;
        if (count <= 0) {
            if (count < 0) {
                shared->error = CliText::tr("Cannot read standard input: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(readErrno)));
            }
            client->shutdownWrite();
            break;
        }
        buffer.resize(static_cast<std::size_t>(count));
        if (!client->sendBlocking(std::move(buffer)))
            break;
        buffer = client->reusableBuffer();
    }
    shared->finished.store(true);
}

} // namespace socketlab::cli
