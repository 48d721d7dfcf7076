// A program run by a CLI test: its output collected, every wait bounded, and the process always
// killed when the test ends (the destructor), whatever the test's outcome.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace socketlab::tests {

// Long enough for a loaded CI machine, short enough that a hang fails the test, not CTest.
inline constexpr int kProcessWaitMs = 10000;

class CliProcess {
public:
    CliProcess();
    ~CliProcess();
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    static QString cliPath();

    // Starts socketlab-cli with `arguments`; false (with the reason in errorString()) on failure.
    bool startCli(const QStringList& arguments);
    bool start(const QString& program, const QStringList& arguments);
    // The environment starts as the system's with an English locale (see the constructor).
    QProcessEnvironment environment() const { return m_process.processEnvironment(); }
    void setEnvironment(const QProcessEnvironment& environment) { m_process.setProcessEnvironment(environment); }

    // Waits until the whole stderr (or stdout) so far matches; false on timeout or exit.
    bool waitForStderr(
        const QRegularExpression& pattern, QRegularExpressionMatch* match = nullptr, int timeoutMs = kProcessWaitMs);
    bool waitForStdout(
        const QRegularExpression& pattern, QRegularExpressionMatch* match = nullptr, int timeoutMs = kProcessWaitMs);
    // The port from "Listening on ('127.0.0.1', 40000) — ..." on stderr; 0 if none came.
    quint16 waitForListeningPort(int timeoutMs = kProcessWaitMs);

    void write(const QByteArray& data);
    void closeWrite();

    // Waits for the exit; false on timeout (the process is then killed).
    bool finish(int timeoutMs = kProcessWaitMs);
    bool exitedNormally() const;
    int exitCode() const { return m_process.exitCode(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    void terminate() { m_process.terminate(); }

    QByteArray standardOutput();
    QByteArray standardError();
    QString errorString() const { return m_process.errorString(); }
    // For QVERIFY2 messages: what the process said on stderr.
    QByteArray describe();

private:
    bool waitFor(QProcess::ProcessChannel channel, const QRegularExpression& pattern, QRegularExpressionMatch* match,
        int timeoutMs);
    void collect();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace socketlab::tests
