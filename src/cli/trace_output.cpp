// Writes call events to the --trace file and, with --verbose, to stderr.
#include "trace_output.h"

#include "output.h"

#include "core/trace_format.h"

#include <cstdio>

namespace socketlab::cli {

bool TraceOutput::openFile(const QString& path, QString& errorMessage)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        errorMessage = tr("Cannot write the trace file '%1': %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void TraceOutput::onCall(const core::CallEvent& event)
{
    if (m_verbose) {
        const std::string line = core::toTextLine(event) + '\n';
        std::fwrite(line.data(), 1, line.size(), stderr);
    }
    if (!m_file.isOpen() || m_writeFailed)
        return;
    const std::string line = core::toJsonLine(event) + '\n';
    // Flushed a line at a time so that the file is complete however the process ends.
    const qint64 written = m_file.write(line.data(), static_cast<qint64>(line.size()));
    if (written != static_cast<qint64>(line.size()) || !m_file.flush()) {
        m_writeFailed = true;
        printStatus(tr("Cannot write the trace file '%1': %2").arg(m_file.fileName(), m_file.errorString()));
    }
}

} // namespace socketlab::cli
