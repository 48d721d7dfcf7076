// The start-up hook: one line on stdout after the first expose of the main window has been handled.
#include "shown_report.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace socketlab::gui {
namespace {

// Sees the window's first expose; the widgets paint while that event is handled, so the line is
// printed by a queued call that runs right after it: the first frame is then drawn.
class ExposeWatcher final : public QObject {
public:
    explicit ExposeWatcher(QWindow* window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* window = static_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && window->isExposed() && !m_reported) {
            m_reported = true;
            window->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::puts(kShownLine);
                    std::fflush(stdout);
                    // "quit": ends right there, for profiling start-up alone (callgrind, perf).
                    if (qEnvironmentVariable(kReportShownVariable) == QLatin1String("quit"))
                        QCoreApplication::exit(0);
                    deleteLater();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    bool m_reported = false;
};

} // namespace

bool reportWhenShown(QWidget& window)
{
    if (qEnvironmentVariableIsEmpty(kReportShownVariable))
        return false;
    window.createWinId(); // the native window exists before show(), so its first expose is seen
    new ExposeWatcher(window.windowHandle());
    return true;
}

} // namespace socketlab::gui
