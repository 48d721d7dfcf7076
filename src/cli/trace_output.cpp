// Writes call events to the --trace file and, with --verbose, to stderr.
#include "trace_output.h"

#include "output.h"

#include "core/trace_format.h"

#include <cstdio>

namespace socketlab::cli {

bool TraceOutput::openFile(const QString& path, bool overwrite, QString& errorMessage)
{
    m_file.setFileName(path);
    // NewOnly creates the file in the same step as it checks it is new (O_EXCL): nothing can slip in between.
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | (overwrite ? QIODevice::Truncate : QIODevice::NewOnly);
    if (!m_file.open(mode)) {
        if (!overwrite && m_file.exists()) {
            errorMessage = tr("The trace file '%1' exists already. Choose another name, or add --overwrite to "
                              "replace it.")
                               .arg(path);
            return false;
        }
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
