// The sequence diagram panel: the live diagram of the Server and Client tabs' and the UDP endpoints' calls,
// with Clear and export to PNG and SVG. It watches the sessions' trace panels, so the tabs know nothing of it.
#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class SequenceView;
}

namespace socketlab::gui {

class SequenceCanvas;
class SequenceModel;
class TracePanel;

class SequenceView : public QWidget {
    Q_OBJECT

public:
    enum class Session { Server, Client, UdpA, UdpB };

    explicit SequenceView(QWidget* parent = nullptr);
    ~SequenceView() override;

    // Gives `session` its place among the sources before its trace panel exists (the main window builds tabs
    // when first needed): the sessions then keep the same order whichever tab is built first.
    void addSession(Session session);
    // Draws every batch `panel` shows, as `session`'s calls; a session not added yet is added now.
    void watch(TracePanel* panel, Session session);

    SequenceModel* model() const { return m_model; }
    SequenceCanvas* canvas() const;
    void clear();

    // Write the whole diagram; on failure, false and the reason in `error`.
    bool exportPng(const QString& fileName, QString* error = nullptr) const;
    bool exportSvg(const QString& fileName, QString* error = nullptr) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseAndExport(bool svg);
    void updateCount();
    void retranslate();
    QString sessionName(Session session) const;

    std::unique_ptr<Ui::SequenceView> m_ui;
    SequenceModel* m_model = nullptr;
    std::vector<Session> m_sources; // by source index of the model
};

} // namespace socketlab::gui
