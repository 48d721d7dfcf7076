// The call trace leaving the CLI: --trace FILE (one JSON object a line) and --verbose (one
// readable line a call on stderr), as the calls happen.
#pragma once

#include "core/call_event.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace socketlab::cli {

class TraceOutput : public core::CallSink {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    TraceOutput() = default;

    // Creates the file, exactly as named (no shell sees it); an existing file is truncated only with
    // `overwrite`, else refused. On failure returns false with a message naming the file.
    bool openFile(const QString& path, bool overwrite, QString& errorMessage);
    void setVerbose(bool verbose) { m_verbose = verbose; }

    void onCall(const core::CallEvent& event) override;
    // Without --trace or --verbose nobody reads the calls: the sessions skip building them.
    bool wantsCalls() const override { return m_verbose || (m_file.isOpen() && !m_writeFailed); }

private:
    QFile m_file;
    bool m_verbose = false;
    bool m_writeFailed = false; // report a full disk once, not once a call
};

} // namespace socketlab::cli
