// Marks an input field valid or invalid at the field itself: a tinted background that works
// with any style, and the reason as its tooltip and accessible description.
#pragma once

#include <QString>

class QWidget;

namespace socketlab::gui {

// An empty `problem` marks the field valid and restores its normal look and tooltip.
void markField(QWidget* field, const QString& problem);
bool isMarkedInvalid(const QWidget* field);

} // namespace socketlab::gui
