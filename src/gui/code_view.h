// CodeView: the program that does what a tab is set up to do (see code_generator.h), in Python 3 or C,
// read-only, with Copy and Save. The tab hands it a generator and calls refresh() when a setting changes.
#pragma once

#include "code_generator.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QSplitter;
class QTabWidget;

namespace Ui {
class CodeView;
}

namespace socketlab::gui {

class CodeView : public QWidget {
    Q_OBJECT

public:
    using Generator = std::function<GeneratedCode(CodeLanguage)>;

    explicit CodeView(QWidget* parent = nullptr);
    ~CodeView() override;

    void setGenerator(Generator generator);
    // Generates the program again from the tab's current settings.
    void refresh();

    CodeLanguage language() const;
    void setLanguage(CodeLanguage language);
    QString code() const;
    QString fileName() const { return m_code.fileName; }

    // Writes the program to `fileName`; a failure is shown below the code, naming the file and the reason.
    bool saveTo(const QString& fileName);

    // Puts `trace` (a pane of `splitter`) and `view` on two pages, "Call trace" and "Code", in the pane's
    // place, so a tab keeps its arrangement and gains the code with no room taken from the other panes.
    static QTabWidget* placeBesideTrace(QSplitter* splitter, QWidget* trace, CodeView* view);

    // The tools and a few lines of code: the page must not make a short tab taller than the trace does.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Status { None, Saved, SaveFailed };

    void copyCode();
    void saveCode();
    void retranslate();
    void updateStatus();

    std::unique_ptr<Ui::CodeView> m_ui;
    Generator m_generator;
    GeneratedCode m_code;
    Status m_status = Status::None;
    QString m_statusFile; // the file of the last save
    QString m_statusReason; // why it failed
};

} // namespace socketlab::gui
