// Dock placement: widen the window, dock, or float, from the central widget's minimum width.
#include "dock_placement.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace socketlab::gui {

int roomBesideCentralWidget(const QMainWindow& window)
{
    const QWidget* central = window.centralWidget();
    const int separator = window.style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, &window);
    return window.width() - (central ? central->minimumSizeHint().width() : 0) - separator;
}

void widenForDock(QMainWindow& window, int width)
{
    const int missing = width - roomBesideCentralWidget(window);
    if (missing <= 0 || window.isMaximized() || window.isFullScreen() || !window.screen())
        return;
    const QRect available = window.screen()->availableGeometry();
    const int frame = window.frameGeometry().width() - window.width(); // 0 before the window is first shown
    window.resize(
        std::max(window.width(), std::min(window.width() + missing, available.width() - frame)), window.height());
    if (window.frameGeometry().right() > available.right())
        window.move(std::max(available.left(), available.right() + 1 - window.frameGeometry().width()), window.y());
}

void placeShownDock(QMainWindow& window, QDockWidget& dock, int preferredWidth, int minDockedWidth)
{
    if (dock.isFloating())
        return;
    widenForDock(window, preferredWidth);
    const int room = roomBesideCentralWidget(window);
    if (room >= minDockedWidth) {
        window.resizeDocks({&dock}, {std::min(room, preferredWidth)}, Qt::Horizontal);
        return;
    }
    // Over the window's right edge (or the screen's, if the window reaches past it); double-clicking the
    // title docks it again, and the window's saved state remembers either.
    const QRect available = window.screen() ? window.screen()->availableGeometry() : window.geometry();
    const QRect frame = window.geometry();
    const int width = std::min(preferredWidth, available.width());
    const int right = std::min(frame.right(), available.right());
    dock.setFloating(true);
    dock.setGeometry(QRect(right + 1 - width, frame.top(), width, frame.height()).intersected(available));
}

void widenDockedDock(QMainWindow& window, QDockWidget& dock, int preferredWidth)
{
    if (!dock.isVisible() || dock.isFloating() || dock.width() >= preferredWidth)
        return;
    widenForDock(window, preferredWidth);
    window.resizeDocks({&dock}, {std::min(roomBesideCentralWidget(window), preferredWidth)}, Qt::Horizontal);
}

} // namespace socketlab::gui
