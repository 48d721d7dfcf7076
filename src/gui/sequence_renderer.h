// Draws a SequenceModel with QPainter: the same drawing for the live view (only what is on screen, headers kept
// at the top) and for export to PNG and SVG (everything). Columns are lifelines (a closed socket's column is
// used again by its session's next socket), rows are calls, top to bottom.
#pragma once

#include "sequence_model.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <QString>

#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

class QFontMetrics;
class QPainter;

namespace socketlab::gui {

class SequenceRenderer {
    Q_DECLARE_TR_FUNCTIONS(socketlab::gui::SequenceRenderer)

public:
    // Something drawn that has a tooltip, in document coordinates.
    struct Hit {
        QRectF rect;
        QString toolTip;
    };

    SequenceRenderer(const SequenceModel& model, const QFont& font);

    // Recomputes columns and sizes from the model (after it changed, or the font did).
    void relayout();
    QSize documentSize() const;
    int headerHeight() const { return m_headerHeight; }
    int rowHeight() const { return m_rowHeight; }

    // Paints the part of the document in `visible` (document coordinates) with the painter already translated
    // so that the document's origin is where it belongs; the lifeline headers are drawn at `headerTop` (the
    // top of the visible part, so they stay in view). Fills `hits` with what it drew.
    void paint(QPainter& painter, const QRectF& visible, qreal headerTop, std::vector<Hit>* hits = nullptr) const;

    // Where a lifeline runs and the middle of a row, in document coordinates.
    qreal columnX(const SequenceModel::Lifeline& line) const;
    qreal rowY(int row) const;

    // The label of a lifeline: "Server · fd 4" and "from 127.0.0.1:48437".
    QString lifelineTitle(const SequenceModel::Lifeline& line) const;
    QString lifelineRole(const SequenceModel::Lifeline& line) const;
    // A call as the diagram labels it: "send() → 24 B", "connect() → ECONNREFUSED".
    static QString eventLabel(const core::CallEvent& call);
    static QString messageLabel(const SequenceModel::Message& message);

private:
    int sideMargin() const;
    // The rows a lifeline spans: from its first call (or the top) to its close (or the bottom).
    std::pair<qreal, qreal> lifelineSpan(const SequenceModel::Lifeline& line) const;
    void paintHeaders(QPainter& painter, const QRectF& visible, qreal headerTop, std::vector<Hit>* hits) const;
    void paintMessage(QPainter& painter, const SequenceModel::Message& message, std::vector<Hit>* hits) const;

    // A lifeline header's width, kept with what its texts are made of: relayout() after every batch
    // measures only the headers that are new or changed, not the 10,000 of a busy server again.
    struct HeaderWidth {
        QString sourceName;
        core::SocketHandle socket = core::kNoSocket;
        SequenceModel::Role role = SequenceModel::Role::Socket;
        CallAddress address; // the one lifelineRole() shows
        int width = 0;
    };
    int headerWidth(const SequenceModel::Lifeline& line, const QFontMetrics& metrics);

    const SequenceModel& m_model;
    QFont m_font;
    std::unordered_map<int, HeaderWidth> m_headerWidths; // by lifeline id
    QString m_measuredLanguage; // the texts the widths were measured in
    std::map<std::pair<int, int>, int> m_columns; // (source, slot) -> column
    int m_columnWidth = 0;
    int m_rowHeight = 0;
    int m_headerHeight = 0;
    int m_rows = 0;
};

} // namespace socketlab::gui
