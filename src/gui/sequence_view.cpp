// SequenceView: the diagram panel's buttons, counts and exports.
#include "sequence_view.h"

#include "sequence_canvas.h"
#include "sequence_model.h"
#include "sequence_renderer.h"
#include "trace_panel.h"
#include "ui_sequenceview.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

#include <algorithm>

namespace socketlab::gui {
namespace {

// A taller PNG would need hundreds of megabytes; SVG has no such limit.
constexpr int kMaxPngSide = 32000;

} // namespace

SequenceView::SequenceView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SequenceView>())
    , m_model(new SequenceModel(this))
{
    m_ui->setupUi(this);
    m_ui->canvas->setModel(m_model);
    connect(m_model, &SequenceModel::changed, this, &SequenceView::updateCount);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &SequenceView::clear);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_ui->exportSvgButton, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    retranslate();
}

SequenceView::~SequenceView() = default;

SequenceCanvas* SequenceView::canvas() const
{
    return m_ui->canvas;
}

void SequenceView::addSession(Session session)
{
    if (std::find(m_sources.begin(), m_sources.end(), session) != m_sources.end())
        return;
    m_model->addSource(sessionName(session));
    m_sources.push_back(session);
}

void SequenceView::watch(TracePanel* panel, Session session)
{
    if (!panel)
        return;
    addSession(session);
    const int source = static_cast<int>(std::find(m_sources.begin(), m_sources.end(), session) - m_sources.begin());
    connect(panel, &TracePanel::appended, this,
        [this, source](
            const std::vector<core::CallEvent>& events, quint64 omitted) { m_model->append(source, events, omitted); });
}

void SequenceView::clear()
{
    m_model->clear();
}

QString SequenceView::sessionName(Session session) const
{
    switch (session) {
    case Session::Server: return tr("Server");
    case Session::Client: return tr("Client");
    case Session::UdpA: return tr("UDP A");
    case Session::UdpB: return tr("UDP B");
    }
    return {};
}

void SequenceView::updateCount()
{
    const auto calls = static_cast<int>(m_model->events().size());
    QString text = tr("%n call(s)", nullptr, calls);
    QString toolTip = tr("Each column is a socket, each row a call, time runs downwards. Arrows join a connect() "
                         "to its accept(), each send() to the recv() that got its last byte, FIN to the recv() "
                         "that returned 0, and each sendto() to its recvfrom().");
    if (m_model->droppedEvents() > 0) {
        text += QStringLiteral(" · ") + tr("%n older not shown", nullptr, static_cast<int>(m_model->droppedEvents()));
        toolTip += QLatin1Char('\n')
            + tr("The diagram keeps the latest %n call(s); Clear starts afresh.", nullptr, m_model->maxEvents());
    }
    if (m_model->omittedCalls() > 0) {
        text += QStringLiteral(" · ") + tr("some arrows may be missing");
        toolTip += QLatin1Char('\n')
            + tr("The sessions left %n call(s) out of their reports (too many at once): arrows around them are "
                 "not drawn.",
                nullptr, static_cast<int>(m_model->omittedCalls()));
    }
    m_ui->countLabel->setText(text);
    m_ui->countLabel->setToolTip(toolTip);
    const bool empty = m_model->events().empty();
    m_ui->exportPngButton->setEnabled(!empty);
    m_ui->exportSvgButton->setEnabled(!empty);
    m_ui->clearButton->setEnabled(!empty || !m_model->lifelines().empty());
}

bool SequenceView::exportPng(const QString& fileName, QString* error) const
{
    SequenceRenderer renderer(*m_model, m_ui->canvas->font());
    const QSize size = renderer.documentSize();
    if (size.width() > kMaxPngSide || size.height() > kMaxPngSide) {
        if (error)
            *error = tr("The diagram is %1 × %2 pixels, more than a PNG image of at most %3 pixels a side can "
                        "hold. Export SVG instead, or Clear and record a shorter session.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(kMaxPngSide);
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("Not enough memory for an image of %1 × %2 pixels.").arg(size.width()).arg(size.height());
        return false;
    }
    {
        QPainter painter(&image);
        renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), 0);
    }
    QImageWriter writer(fileName, "png");
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

bool SequenceView::exportSvg(const QString& fileName, QString* error) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    SequenceRenderer renderer(*m_model, m_ui->canvas->font());
    const QSize size = renderer.documentSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(tr("Sequence diagram"));
    generator.setDescription(tr("Socket calls recorded by SocketLab"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("The SVG drawing could not be started.");
        return false;
    }
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), 0);
    painter.end();
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SequenceView::chooseAndExport(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString fileName
        = QFileDialog::getSaveFileName(this, svg ? tr("Export the diagram as SVG") : tr("Export the diagram as PNG"),
            QDir(folder).filePath(QStringLiteral("sequence-diagram.") + suffix),
            svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + suffix;
    QString error;
    if (!(svg ? exportSvg(fileName, &error) : exportPng(fileName, &error)))
        QMessageBox::warning(
            this, tr("Export failed"), tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(fileName), error));
}

void SequenceView::retranslate()
{
    for (std::size_t source = 0; source < m_sources.size(); ++source)
        m_model->setSourceName(static_cast<int>(source), sessionName(m_sources[source]));
    updateCount();
    m_ui->canvas->refresh();
}

void SequenceView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace socketlab::gui
