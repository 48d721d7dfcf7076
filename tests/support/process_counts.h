// What a leak test counts: this process's open file descriptors and threads, from /proc (Linux).
// -1 where /proc/self is missing; a test then skips, saying so.
#pragma once

#include <QDir>
#include <QString>

namespace socketlab::tests {

inline int procEntries(const char* folder)
{
    const QDir dir(QString::fromLatin1(folder));
    if (!dir.exists())
        return -1;
    return static_cast<int>(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}

// Entries of /proc/self/fd (the listing's own descriptor included, so compare counts only).
inline int openFdCount()
{
    return procEntries("/proc/self/fd");
}

inline int threadCount()
{
    return procEntries("/proc/self/task");
}

} // namespace socketlab::tests
