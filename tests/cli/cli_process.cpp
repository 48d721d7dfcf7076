// CliProcess: QProcess with collected output and bounded waits for the CLI tests.
#include "cli_process.h"

#include <QProcessEnvironment>

#include <QDeadlineTimer>

namespace socketlab::tests {

namespace {

constexpr int kKillWaitMs = 5000;

} // namespace

CliProcess::CliProcess()
{
    // Messages follow the locale: the tests read the English ones unless they ask otherwise.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    m_process.setProcessEnvironment(environment);
}

CliProcess::~CliProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(kKillWaitMs);
    }
}

QString CliProcess::cliPath()
{
    return QStringLiteral(SOCKETLAB_CLI_PATH);
}

bool CliProcess::startCli(const QStringList& arguments)
{
    return start(cliPath(), arguments);
}

bool CliProcess::start(const QString& program, const QStringList& arguments)
{
    m_process.start(program, arguments);
    return m_process.waitForStarted(kProcessWaitMs);
}

bool CliProcess::waitForStderr(const QRegularExpression& pattern, QRegularExpressionMatch* match, int timeoutMs)
{
    return waitFor(QProcess::StandardError, pattern, match, timeoutMs);
}

bool CliProcess::waitForStdout(const QRegularExpression& pattern, QRegularExpressionMatch* match, int timeoutMs)
{
    return waitFor(QProcess::StandardOutput, pattern, match, timeoutMs);
}

quint16 CliProcess::waitForListeningPort(int timeoutMs)
{
    // IPv4 ('127.0.0.1', 40000) and IPv6 ('::1', 40000, 0, 0) alike: the number after the host.
    static const QRegularExpression listening(QStringLiteral("Listening on \\('[^']*', (\\d+)"));
    QRegularExpressionMatch match;
    if (!waitForStderr(listening, &match, timeoutMs))
        return 0;
    return static_cast<quint16>(match.captured(1).toUInt());
}

bool CliProcess::waitFor(
    QProcess::ProcessChannel channel, const QRegularExpression& pattern, QRegularExpressionMatch* match, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_process.setReadChannel(channel);
    for (;;) {
        const bool running = m_process.state() != QProcess::NotRunning;
        collect();
        const QByteArray& text = channel == QProcess::StandardError ? m_stderr : m_stdout;
        const QRegularExpressionMatch found = pattern.match(QString::fromUtf8(text));
        if (found.hasMatch()) {
            if (match != nullptr)
                *match = found;
            return true;
        }
        if (!running || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    }
}

void CliProcess::write(const QByteArray& data)
{
    m_process.write(data);
}

void CliProcess::closeWrite()
{
    m_process.closeWriteChannel();
}

bool CliProcess::finish(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kKillWaitMs);
        collect();
        return false;
    }
    collect();
    return true;
}

bool CliProcess::exitedNormally() const
{
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit;
}

QByteArray CliProcess::standardOutput()
{
    collect();
    return m_stdout;
}

QByteArray CliProcess::standardError()
{
    collect();
    return m_stderr;
}

QByteArray CliProcess::describe()
{
    collect();
    return QByteArray("exit code ") + QByteArray::number(m_process.exitCode()) + ", stderr: " + m_stderr;
}

void CliProcess::collect()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

} // namespace socketlab::tests
