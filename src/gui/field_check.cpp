// Field validity marking: palette tint + tooltip, remembered in dynamic properties.
#include "field_check.h"

#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace socketlab::gui {
namespace {

constexpr const char* kInvalidProperty = "socketlabInvalid";
constexpr const char* kNormalToolTipProperty = "socketlabNormalToolTip";
// A light red that keeps dark text readable; on dark palettes it is mixed with the base colour.
const QColor kInvalidTint(255, 205, 205);

QColor invalidBase(const QColor& normal)
{
    if (normal.lightness() >= 128)
        return kInvalidTint;
    return QColor((normal.red() + 160) / 2, normal.green() / 2, normal.blue() / 2);
}

} // namespace

void markField(QWidget* field, const QString& problem)
{
    if (!field)
        return;
    const bool invalid = !problem.isEmpty();
    const bool wasInvalid = isMarkedInvalid(field);
    // Valid and unmarked: nothing to change. (Each dynamic property set sends the widget an event; fields
    // are checked at every edit and lookup.) Its normal tooltip is remembered when it is first marked.
    if (!invalid && !wasInvalid)
        return;
    if (!wasInvalid)
        field->setProperty(kNormalToolTipProperty, field->toolTip());
    if (invalid) {
        QPalette palette = field->palette();
        palette.setColor(
            QPalette::Base, invalidBase(field->style() ? field->palette().color(QPalette::Base) : QColor(Qt::white)));
        field->setPalette(palette);
        field->setToolTip(problem);
        field->setAccessibleDescription(problem);
    } else if (wasInvalid) {
        field->setPalette(QPalette()); // back to the inherited palette
        field->setToolTip(field->property(kNormalToolTipProperty).toString());
        field->setAccessibleDescription(QString());
    }
    field->setProperty(kInvalidProperty, invalid);
}

bool isMarkedInvalid(const QWidget* field)
{
    return field && field->property(kInvalidProperty).toBool();
}

} // namespace socketlab::gui
