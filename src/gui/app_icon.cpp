// The application icon: theme first, embedded PNGs as the fallback.
#include "app_icon.h"

#include "socketlab_version.h"

#include <QApplication>
#include <QSize>
#include <QString>

namespace socketlab::gui {

QIcon embeddedApplicationIcon()
{
    // PNGs, not the SVG: they need no image plugin (the svg icon engine is a separate package on
    // Linux and is not deployed everywhere), and 16-256 px cover every size a window asks for.
    QIcon icon;
    for (const int size : kEmbeddedIconSizes)
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(QStringLiteral(SOCKETLAB_APP_ID)),
            QSize(size, size));
    return icon;
}

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral(SOCKETLAB_APP_ID), embeddedApplicationIcon());
}

void installApplicationIcon()
{
    QApplication::setWindowIcon(applicationIcon());
}

} // namespace socketlab::gui
