// Labels whose text changes with every batch of a flood (a call count, a byte count) without laying
// out the whole window again each time.
//
// QLabel::setText() announces a new size hint, and every layout passes that on to its parent, up to
// the main window: in the flood profile the Server tab's splitter, its panes, buttons and combo
// boxes were laid out and repainted about 30 times a second because the trace's count changed.
// hostLiveLabel() puts the label in a host widget in its place in the layout; the host has the
// label's size policy and passes a new size on only when the label no longer fits it.
#pragma once

class QLabel;
class QString;

namespace socketlab::gui {

// Puts `label` (in a layout of its parent) into a host widget in its place. Call once.
void hostLiveLabel(QLabel* label);

// Sets the text of a label given to hostLiveLabel() (of any label: then plain setText()). The layout
// hears of it only when the text needs more room, or another number of lines, than the host has.
void setLiveLabelText(QLabel* label, const QString& text);

} // namespace socketlab::gui
