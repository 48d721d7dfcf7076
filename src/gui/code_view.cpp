// CodeView: shows the generated program, follows the tab's settings and the language, copies and saves it.
#include "code_view.h"

#include "ui_codeview.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>

namespace socketlab::gui {

namespace {

constexpr const char* kPagesContext = "socketlab::gui::CodeView";
const char* const kTracePageTitle = QT_TRANSLATE_NOOP("socketlab::gui::CodeView", "Call trace");
const char* const kCodePageTitle = QT_TRANSLATE_NOOP("socketlab::gui::CodeView", "Code");
// Program text is as wide as it is written: a few spaces of tab stop, as in an editor.
constexpr int kTabStopSpaces = 4;
// Lines of code the page keeps when the tab is short (the caption may be cut then, the code scrolls).
constexpr int kMinimumCodeLines = 3;
// An error background that keeps the text readable in light and dark palettes (as the tabs' error labels).
const QColor kErrorBackground(255, 220, 220);
const QColor kErrorText(120, 0, 0);

// The tab widget that holds the trace and the code: its page titles follow the language.
class TraceCodePages : public QTabWidget {
public:
    explicit TraceCodePages(QWidget* parent)
        : QTabWidget(parent)
    {
    }

    void retranslate()
    {
        setTabText(0, QCoreApplication::translate(kPagesContext, kTracePageTitle));
        setTabText(1, QCoreApplication::translate(kPagesContext, kCodePageTitle));
    }

    // No taller than the trace alone: in the tab's tightest arrangement the page bar's height comes out
    // of the trace table (which scrolls) instead of making the whole tab taller than it was.
    QSize minimumSizeHint() const override
    {
        const QSize pages = QTabWidget::minimumSizeHint();
        return count() > 0 ? QSize(pages.width(), widget(0)->minimumSizeHint().height()) : pages;
    }

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QTabWidget::changeEvent(event);
    }
};

} // namespace

CodeView::CodeView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CodeView>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("codeView"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->codeEdit->setFont(mono);
    m_ui->codeEdit->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * kTabStopSpaces);
    m_ui->languageCombo->addItem(QStringLiteral("Python 3"), static_cast<int>(CodeLanguage::Python));
    m_ui->languageCombo->addItem(QStringLiteral("C"), static_cast<int>(CodeLanguage::C));
    QPalette errorPalette = m_ui->warningLabel->palette();
    errorPalette.setColor(QPalette::Window, kErrorBackground);
    errorPalette.setColor(QPalette::WindowText, kErrorText);
    m_ui->warningLabel->setPalette(errorPalette);
    m_ui->warningLabel->setAutoFillBackground(true);
    m_ui->statusLabel->setVisible(false);

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &CodeView::refresh);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CodeView::copyCode);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CodeView::saveCode);
}

CodeView::~CodeView() = default;

void CodeView::setGenerator(Generator generator)
{
    m_generator = std::move(generator);
    refresh();
}

void CodeView::refresh()
{
    if (!m_generator)
        return;
    m_code = m_generator(language());
    m_ui->captionLabel->setText(m_code.caption);
    m_ui->warningLabel->setText(m_code.warning);
    m_ui->warningLabel->setVisible(!m_code.warning.isEmpty());
    // Same text: keep the learner's scroll position and selection.
    if (m_ui->codeEdit->toPlainText() != m_code.text)
        m_ui->codeEdit->setPlainText(m_code.text);
}

CodeLanguage CodeView::language() const
{
    return static_cast<CodeLanguage>(m_ui->languageCombo->currentData().toInt());
}

void CodeView::setLanguage(CodeLanguage language)
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(static_cast<int>(language)));
}

QString CodeView::code() const
{
    return m_code.text;
}

bool CodeView::saveTo(const QString& fileName)
{
    const QByteArray bytes = m_code.text.toUtf8();
    QSaveFile file(fileName);
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    m_status = saved ? Status::Saved : Status::SaveFailed;
    m_statusFile = fileName;
    m_statusReason = saved ? QString() : file.errorString();
    updateStatus();
    return saved;
}

QTabWidget* CodeView::placeBesideTrace(QSplitter* splitter, QWidget* trace, CodeView* view)
{
    const int index = splitter->indexOf(trace);
    // No parent yet: a child of the splitter would be added as a pane of its own before the swap.
    auto* pages = new TraceCodePages(nullptr);
    pages->setObjectName(QStringLiteral("traceCodePages"));
    pages->setDocumentMode(true);
    const QSizePolicy policy = trace->sizePolicy(); // it carries the pane's stretch factor
    splitter->replaceWidget(index, pages);
    pages->addTab(trace, QString());
    pages->addTab(view, QString());
    pages->setSizePolicy(policy);
    pages->retranslate();
    return pages;
}

QSize CodeView::minimumSizeHint() const
{
    const int tools = m_ui->toolsLayout->minimumSize().height();
    const int code = m_ui->codeEdit->fontMetrics().lineSpacing() * kMinimumCodeLines;
    return {layout()->minimumSize().width(), tools + layout()->spacing() + code};
}

void CodeView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CodeView::copyCode()
{
    QGuiApplication::clipboard()->setText(m_code.text);
}

void CodeView::saveCode()
{
    const QString start
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_code.fileName);
    const QString filter = language() == CodeLanguage::Python ? tr("Python programs (*.py)") : tr("C programs (*.c)");
    // The dialog asks before replacing an existing file; the name is used exactly as confirmed there.
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save program"), start, filter);
    if (!fileName.isEmpty())
        saveTo(fileName);
}

void CodeView::retranslate()
{
    refresh(); // the comments and the caption are translated
    updateStatus();
}

void CodeView::updateStatus()
{
    const QString file = QDir::toNativeSeparators(m_statusFile);
    switch (m_status) {
    case Status::None: m_ui->statusLabel->clear(); break;
    case Status::Saved: m_ui->statusLabel->setText(tr("Saved to %1").arg(file)); break;
    case Status::SaveFailed:
        m_ui->statusLabel->setText(tr("The program could not be saved to %1: %2").arg(file, m_statusReason));
        break;
    }
    m_ui->statusLabel->setVisible(m_status != Status::None);
    m_ui->statusLabel->setPalette(m_status == Status::SaveFailed ? m_ui->warningLabel->palette() : palette());
    m_ui->statusLabel->setAutoFillBackground(m_status == Status::SaveFailed);
}

} // namespace socketlab::gui
