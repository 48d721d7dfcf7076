// The payload editor: turns the typed text into the bytes to send and explains refused input.
#include "payload_editor.h"
#include "ui_payloadeditor.h"

#include "core_text.h"

#include "core/hex.h"
#include "core/udp_endpoint.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace socketlab::gui {
namespace {

// QLineEdit holds 32767 characters by default: too few for the largest datagram in hex ("xx "
// a byte), which must be typeable so that its refusal can be seen.
constexpr int kMaxPayloadCharacters = 3 * static_cast<int>(core::kMaxUdpPayloadIPv6) + 16;

// Refused input is marked by this dynamic property; the style sheet draws a red frame for it.
constexpr char kInvalidProperty[] = "invalid";
const QColor kProblemColor(0xd3, 0x2f, 0x2f);
const QString kInvalidStyle
    = QStringLiteral("QLineEdit[invalid=\"true\"] { border: 2px solid %1; border-radius: 3px; }");

QByteArray lineEndingBytes(PayloadEditor::LineEnding ending)
{
    switch (ending) {
    case PayloadEditor::LineEnding::Lf: return QByteArrayLiteral("\n");
    case PayloadEditor::LineEnding::CrLf: return QByteArrayLiteral("\r\n");
    case PayloadEditor::LineEnding::None: break;
    }
    return {};
}

// The bytes for the typed text; refused hex gives the core's BadHex error naming the input.
core::Result<QByteArray> parsePayload(
    const QString& text, PayloadEditor::Format format, PayloadEditor::LineEnding ending)
{
    if (format == PayloadEditor::Format::Text)
        return QByteArray(text.toUtf8() + lineEndingBytes(ending));
    auto bytes = core::parseHex(text.toStdString());
    if (!bytes)
        return bytes.error();
    return QByteArray::fromStdString(*bytes);
}

} // namespace

PayloadEditor::PayloadEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PayloadEditor>())
{
    m_ui->setupUi(this);
    m_ui->payloadEdit->setMaxLength(kMaxPayloadCharacters);
    m_ui->payloadEdit->setStyleSheet(kInvalidStyle.arg(kProblemColor.name()));
    QPalette problemPalette = m_ui->payloadProblem->palette();
    problemPalette.setColor(QPalette::WindowText, kProblemColor);
    m_ui->payloadProblem->setPalette(problemPalette);

    connect(m_ui->payloadEdit, &QLineEdit::textChanged, this, &PayloadEditor::updateState);
    connect(m_ui->payloadEdit, &QLineEdit::returnPressed, this, &PayloadEditor::send);
    connect(m_ui->payloadFormatCombo, &QComboBox::currentIndexChanged, this, &PayloadEditor::updateState);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, &PayloadEditor::updateState);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &PayloadEditor::send);
    connect(m_ui->payloadEdit, &QLineEdit::textChanged, this, &PayloadEditor::payloadChanged);
    connect(m_ui->payloadFormatCombo, &QComboBox::currentIndexChanged, this, &PayloadEditor::payloadChanged);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, &PayloadEditor::payloadChanged);

    updateState();
}

PayloadEditor::~PayloadEditor() = default;

std::optional<QByteArray> PayloadEditor::payload() const
{
    const auto bytes = parsePayload(m_ui->payloadEdit->text(), format(), lineEnding());
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    return *bytes;
}

void PayloadEditor::setSendEnabled(bool enabled)
{
    m_sendEnabled = enabled;
    updateState();
}

void PayloadEditor::setFormat(Format format)
{
    m_ui->payloadFormatCombo->setCurrentIndex(static_cast<int>(format));
}

PayloadEditor::Format PayloadEditor::format() const
{
    return static_cast<Format>(m_ui->payloadFormatCombo->currentIndex());
}

void PayloadEditor::setLineEnding(LineEnding ending)
{
    m_ui->lineEndingCombo->setCurrentIndex(static_cast<int>(ending));
}

PayloadEditor::LineEnding PayloadEditor::lineEnding() const
{
    // Hex is sent exactly as written: a line ending would be bytes the user did not type.
    if (format() == Format::Hex)
        return LineEnding::None;
    return static_cast<LineEnding>(m_ui->lineEndingCombo->currentIndex());
}

void PayloadEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateState(); // the placeholder, the problem text and the tooltip are built in code
    }
}

void PayloadEditor::updateState()
{
    const bool hex = format() == Format::Hex;
    m_ui->lineEndingCombo->setEnabled(!hex);
    m_ui->payloadEdit->setPlaceholderText(hex ? tr("Bytes in hex, e.g. 48 65 6c 6c 6f") : tr("Text to send"));

    const auto bytes = parsePayload(m_ui->payloadEdit->text(), format(), lineEnding());
    const bool invalid = !bytes;
    m_ui->payloadProblem->setText(invalid ? inputErrorText(bytes.error()) : QString());
    m_ui->payloadProblem->setVisible(invalid);
    if (m_ui->payloadEdit->property(kInvalidProperty).toBool() != invalid) {
        m_ui->payloadEdit->setProperty(kInvalidProperty, invalid);
        // A dynamic property does not restyle by itself.
        m_ui->payloadEdit->style()->unpolish(m_ui->payloadEdit);
        m_ui->payloadEdit->style()->polish(m_ui->payloadEdit);
    }

    const bool hasPayload = bytes && !bytes->isEmpty();
    m_ui->sendButton->setEnabled(m_sendEnabled && hasPayload);
    m_ui->sendButton->setToolTip(
        hasPayload ? tr("Send %n byte(s)", nullptr, static_cast<int>(bytes->size())) : QString());
}

void PayloadEditor::send()
{
    if (!m_ui->sendButton->isEnabled())
        return; // Return in the field follows the same rules as the button
    const auto bytes = payload();
    if (!bytes)
        return;
    emit sendRequested(*bytes);
    if (m_clearAfterSend)
        m_ui->payloadEdit->clear();
}

} // namespace socketlab::gui
