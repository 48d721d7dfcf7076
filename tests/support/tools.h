// Programs some tests run (the generated code's interpreters and compilers). Empty when missing:
// the test then skips, naming what it lacks.
#pragma once

#include <QStandardPaths>
#include <QString>

namespace socketlab::tests {

inline QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

inline QString cCompiler()
{
    for (const char* name : {"cc", "gcc", "clang"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    return QString();
}

} // namespace socketlab::tests
