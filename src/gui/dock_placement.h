// Room for a side dock (the Learn panel) in a main window whose central widget has a large minimum
// width: the Lookup and UDP tabs need most of 1024 pixels, so a dock beside them would get a sliver.
// The window grows as far as its screen allows; where even that is not enough, the dock floats over
// the window instead of being squeezed.
#pragma once

class QDockWidget;
class QMainWindow;

namespace socketlab::gui {

// Below this a docked panel of text is too cramped to read.
inline constexpr int kMinDockedWidth = 300;

// The width a dock gets beside the central widget, which keeps its minimum width.
int roomBesideCentralWidget(const QMainWindow& window);
// Widens `window`, as far as its screen allows, until `width` fits beside the central widget. Leaves
// a maximized or full-screen window alone.
void widenForDock(QMainWindow& window, int width);
// For a dock the user has just shown: docked at `preferredWidth` where there is room (widening the
// window if need be), else floating over the window's right side at that width. "Room" is at least
// `minDockedWidth`: a wide drawing needs more than a column of text.
void placeShownDock(QMainWindow& window, QDockWidget& dock, int preferredWidth, int minDockedWidth = kMinDockedWidth);
// A visible docked dock narrower than `preferredWidth` (its texts grew) gets wider, as room allows.
void widenDockedDock(QMainWindow& window, QDockWidget& dock, int preferredWidth);

} // namespace socketlab::gui
