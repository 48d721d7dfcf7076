// LearnPanel: the tutorial beside the tabs. Its vocabulary, socket.socket() and the method tables,
// the host and port forms (all from the glossary), and its three programs in Python 3, each with a
// button that sets up the matching tab to do what the program does.
#pragma once

#include <QDockWidget>
#include <QString>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class LearnPanel;
}

namespace socketlab::gui {

class LearnPanel : public QDockWidget {
    Q_OBJECT

public:
    // When its content is built: at once, or (in the main window, to keep it off the start-up's first
    // frame) when ensureContent() is called; until then it is an empty dock with its title.
    enum class Content { Now, Later };
    explicit LearnPanel(QWidget* parent = nullptr, Content content = Content::Now);
    ~LearnPanel() override;

    // Builds the pages, the programs and their buttons, if not built yet.
    void ensureContent();
    bool hasContent() const { return m_ui != nullptr; }

    // The programs as shown, with their comments in the current language.
    static QString serverProgram();
    static QString clientProgram();
    static QString lookupProgram();

    // The width it is docked at when there is room: its page tabs (in the current language) fit.
    // Builds the pages when needed (the browsers' and programs' texts, which no width depends on, only come
    // with ensureContent()).
    int preferredWidth() const;

signals:
    // The user asked for the tab to be set up like the program. Only fields change; nothing starts.
    void setUpServerRequested();
    void setUpClientRequested();
    void setUpLookupRequested();
    // The texts changed language, and preferredWidth() with them.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;

private:
    // What server.py and client.py begin with alike: the file's comment, the import, the socket and
    // the host.
    static QStringList tutorialPreamble(const QString& fileComment);
    // Builds the pages; their text browsers and programs stay empty while `pageTexts` is false.
    void buildContent(bool pageTexts);
    void retranslate();
    // The texts of the vocabulary, methods and addresses pages and the programs, in the current language (the
    // programs' intros, whose longest words set the panel's minimum width, are not among them).
    void setPageTexts();
    QString vocabularyHtml() const;
    QString methodsHtml() const;
    QString addressesHtml() const;
    void showProgram(QPlainTextEdit* view, const QString& program);
    void fitCodeHeight(QPlainTextEdit* view);
    // Shows the text browser of the current page, once the panel's first frame is out.
    void showCurrentBrowser();

    std::unique_ptr<Ui::LearnPanel> m_ui;
    bool m_firstFrameDone = false;
    // Built for preferredWidth() alone (a first start, before the first frame): the page texts, which no
    // width depends on and which are not on show in that frame (the browsers are hidden until it is out, the
    // programs are on a page of their own), come with ensureContent().
    bool m_pageTextsPending = false;
};

} // namespace socketlab::gui
