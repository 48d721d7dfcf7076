// The application's icon: the desktop's icon theme first (the installed hicolor icons, or a
// theme's own version of them), else the PNG sizes embedded in the program (resources/icons).
#pragma once

#include <QIcon>

namespace socketlab::gui {

// The icon sizes embedded as Qt resources, :/icons/hicolor/<N>x<N>/apps/<app id>.png.
inline constexpr int kEmbeddedIconSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};

// The embedded PNG sizes alone (no theme): what shows where no icon theme has the app id
// (Windows, macOS, a build run from its build directory).
QIcon embeddedApplicationIcon();

// QIcon::fromTheme(app id) with the embedded icon as the fallback.
QIcon applicationIcon();

// Sets applicationIcon() as the icon of every window (QApplication::setWindowIcon).
void installApplicationIcon();

} // namespace socketlab::gui
