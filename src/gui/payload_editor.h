// What the user types to send: text (UTF-8, with an optional line ending) or hex bytes.
//
// Refused hex is explained under the field with the core's own message, and Send stays disabled
// while the input is invalid, empty, or the owner has no connection to send on.
#pragma once

#include <QByteArray>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
namespace Ui {
class PayloadEditor;
}
QT_END_NAMESPACE

namespace socketlab::gui {

class PayloadEditor : public QWidget {
    Q_OBJECT

public:
    // In the order of the form's combo boxes.
    enum class Format { Text, Hex };
    enum class LineEnding { None, Lf, CrLf };

    explicit PayloadEditor(QWidget* parent = nullptr);
    ~PayloadEditor() override;

    // The bytes Send would send, line ending included; nullopt while the input is invalid or
    // there is nothing to send (no text and no line ending).
    std::optional<QByteArray> payload() const;

    // Whether the owner can send now (connected); Send also needs a valid payload.
    void setSendEnabled(bool enabled);
    bool isSendEnabled() const { return m_sendEnabled; }
    // Off by default: learners often send the same message again.
    void setClearAfterSend(bool clear) { m_clearAfterSend = clear; }
    bool clearAfterSend() const { return m_clearAfterSend; }

    void setFormat(Format format);
    Format format() const;
    void setLineEnding(LineEnding ending);
    LineEnding lineEnding() const;

signals:
    void sendRequested(const QByteArray& bytes);
    // The text, its format or the line ending changed: payload() may be different.
    void payloadChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateState();
    void send();

    std::unique_ptr<Ui::PayloadEditor> m_ui;
    bool m_sendEnabled = true;
    bool m_clearAfterSend = false;
};

} // namespace socketlab::gui
