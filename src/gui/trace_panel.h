// The call trace panel: every socket call of a session in a table, with copy, save and a plain-language
// explanation of the selected call.
#pragma once

#include "core/call_event.h"

#include <QString>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <memory>
#include <vector>

class QLabel;
class QTableView;

namespace Ui {
class TracePanel;
}

namespace socketlab::gui {

class SpillFile;
class TraceModel;

class TracePanel : public QWidget {
    Q_OBJECT

public:
    explicit TracePanel(QWidget* parent = nullptr);
    ~TracePanel() override;

    // Appends one batch. Follows the newest call only when the view was already at the bottom, so a learner
    // reading older calls stays where they are.
    void append(const std::vector<core::CallEvent>& events, quint64 omitted = 0);
    void clear();

    TraceModel* model() const { return m_model; }
    QTableView* view() const;

    // Writes the whole trace to `fileName`: JSON lines when `json` is true, else one text line a call. Every call
    // since clear() is written, also those the table dropped for its bound: each batch is spilled to temporary
    // files as it arrives (only if they cannot be written, the table's rows, and the panel says so).
    // A failure is shown in a warning naming the file and the reason; returns whether the file was written.
    bool saveTo(const QString& fileName, bool json);

    // Calls appended but not yet written to the spill files. The lines are made on the next turns of
    // the event loop, at most kSpillCallsPerTurn a turn, so a batch of 2000 calls does not hold the
    // GUI thread in one piece; saveTo() and clear() finish them first.
    static constexpr std::size_t kSpillCallsPerTurn = 500;
    std::size_t callsAwaitingSpill() const { return m_spillQueue.size(); }

signals:
    // Every batch given to append(), for other views of the same calls (the sequence diagram).
    void appended(const std::vector<core::CallEvent>& events, quint64 omitted);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copyTrace();
    void saveTrace();
    void updateCount();
    void updateDetail();
    void updateButtons();
    void fitColumns();
    void sizeShortColumns();
    void retranslate();
    void onSpillFailed(const QString& reason);
    // Writes up to `count` queued calls to the spill files; reschedules itself while calls remain.
    void spillQueued(std::size_t count);
    void updateSpillWarning();

    std::unique_ptr<Ui::TracePanel> m_ui;
    TraceModel* m_model = nullptr;
    int m_rowsRemovedInAppend = 0; // rows dropped from the top during the current append()
    bool m_columnsFitted = false; // columns are sized to the first calls once, then left to the learner
    SpillFile* m_textSpill = nullptr; // every call as core::toTextLine lines
    SpillFile* m_jsonSpill = nullptr; // every call as core::toJsonLine lines
    QLabel* m_spillWarning = nullptr; // shown once a spill file failed
    QString m_spillError;
    std::deque<core::CallEvent> m_spillQueue; // appended, not yet spilled: at most a few batches
    QTimer m_spillTimer; // zero-interval: the next turn of the event loop
};

} // namespace socketlab::gui
