// The call trace as a table model: a bounded list of the socket calls a session made, for TracePanel.
#pragma once

#include "core/call_event.h"
#include "core/errors.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QModelIndexList>
#include <QString>

#include <deque>
#include <vector>

namespace socketlab::gui {

// Enough rows for a long lesson; beyond that the oldest calls go, so a flood cannot grow memory without end.
inline constexpr int kDefaultMaxTraceRows = 20000;

class TraceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, CallColumn, ArgumentsColumn, ResultColumn, ErrorColumn, ColumnCount };

    explicit TraceModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends one batch with a single row insertion (batches arrive every ~30 ms); `omitted` counts calls the
    // session left out of the batch. Drops the oldest rows, in one removal, when over maxRows().
    void append(const std::vector<core::CallEvent>& events, quint64 omitted = 0);
    // Forgets every row and resets the counters.
    void clear();

    const core::CallEvent& event(int row) const;

    int maxRows() const { return m_maxRows; }
    // Drops the oldest rows at once when the new bound is below the current row count.
    void setMaxRows(int rows);

    // Every call the sessions reported, shown or not.
    quint64 totalCalls() const { return m_totalCalls; }
    // Calls left out of batches plus rows dropped for the bound.
    quint64 notShownCalls() const { return m_omittedCalls + m_droppedCalls; }

    // The kept rows (or the rows of `rows`, in row order) as core::toTextLine lines joined by '\n'.
    QString toText(const QModelIndexList& rows = {}) const;
    // One core::toJsonLine object a line, each line ending in '\n': the format of socketlab-cli --trace.
    QString toJsonLines() const;

    // Re-reads the translated headers after a language change.
    void retranslate();

    // The call as Python would show it: "bind(5, ('127.0.0.1', 12345)) = 0",
    // "accept(3) = 4 → (4, ('127.0.0.1', 48437))", "connect(3, ...) = -1 ECONNREFUSED (Connection refused)".
    static QString callText(const core::CallEvent& event);
    // The failure of a failed call as a core::Error, for the core's explanations and hints.
    static core::Error errorOf(const core::CallEvent& event);

signals:
    // totalCalls() or notShownCalls() changed (after append(), clear() and setMaxRows()).
    void countsChanged();

private:
    QString toolTip(const core::CallEvent& event) const;
    // "TCP state now: ESTABLISHED" with its meaning; for close(), the state before and TIME_WAIT.
    static QString tcpStateToolTipPart(const core::CallEvent& event);
    // Drops `count` rows from the front in one removal and counts them as not shown.
    void dropOldest(int count);

    // A deque: appending at the back and dropping at the front are both O(count), never O(rows).
    std::deque<core::CallEvent> m_events;
    int m_maxRows = kDefaultMaxTraceRows;
    quint64 m_totalCalls = 0;
    quint64 m_omittedCalls = 0;
    quint64 m_droppedCalls = 0;
    QFont m_fixedFont; // looked up once: data() is called for every visible cell on every repaint
};

} // namespace socketlab::gui
