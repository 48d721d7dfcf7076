// The part of a session's listener that every subcommand shares: the call trace goes to the
// --trace/--verbose output, problems that do not end the session go to stderr, and the first
// failure is kept so that the command can exit with code 1 after a session that "ended well".
#pragma once

#include "core/session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace socketlab::cli {

class TerminalListener : public core::SessionListener {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    explicit TerminalListener(core::CallSink& trace);

    void onCall(const core::CallEvent& event) override;
    bool wantsCalls() const override { return m_trace.wantsCalls(); }
    void onProblem(const core::Error& error) override;

    const std::optional<core::Error>& firstProblem() const { return m_firstProblem; }

protected:
    // "Listening on ('127.0.0.1', 12345) — press Ctrl+C to stop" on stderr: tests and scripts
    // started with --port 0 read the real port from it.
    static void printListening(const core::Endpoint& local);
    void rememberProblem(const core::Error& error);

private:
    core::CallSink& m_trace;
    std::optional<core::Error> m_firstProblem;
};

// The exit code and the message for how a session ended: `result` is what run() returned,
// `listener` what happened along the way. Prints the error (if any) on stderr.
int finishSession(const core::Result<void>& result, const TerminalListener& listener, bool stopRequested);

} // namespace socketlab::cli
