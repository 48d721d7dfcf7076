// The Learn panel: pages built from the glossary and the tutorial's programs, rebuilt on every
// language change so that no text stays in the language it was first shown in.
#include "learn_panel.h"

#include "glossary.h"
#include "ui_learnpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtMath>

#include <algorithm>

namespace socketlab::gui {
namespace {

const QString kShebang = QStringLiteral("#!/usr/bin/env python3");
constexpr int kIndent = 4; // Python's usual indentation, for the comments inside `while True:`
// The panel's docked width when the window has room: its page tabs and the programs' lines fit.
constexpr int kPreferredWidth = 400;
// What the panel's content asks of the window when docked (see the constructor).
constexpr int kMinimumContentWidth = 60;

QString comment(const QString& text, int indent = 0)
{
    return QString(indent, QLatin1Char(' ')) + QStringLiteral("# ") + text;
}

QString code(const QString& text)
{
    return QStringLiteral("<tt>") + text.toHtmlEscaped() + QStringLiteral("</tt>");
}

// One table a section, each row the term in bold code or words, then its description: the source's
// "Term and description" tables, in one column so they fit a narrow panel.
QString table(const QString& heading, const QString& caption, const QList<Term>& terms, bool titlesAreCode)
{
    QString html = heading.isEmpty() ? QString() : QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-collapse: collapse; border-color: #999999\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th></tr>").arg(caption.toHtmlEscaped());
    for (const Term term : terms) {
        const QString title = titlesAreCode ? code(glossaryTitle(term)) : glossaryTitle(term).toHtmlEscaped();
        html += QStringLiteral("<tr><td><b>%1</b><br>%2</td></tr>").arg(title, glossaryText(term).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

template<std::size_t N>
QList<Term> terms(const std::array<Term, N>& list)
{
    return QList<Term>(list.begin(), list.end());
}

QString listItem(const QString& text)
{
    return QStringLiteral("<li>") + text + QStringLiteral("</li>");
}

} // namespace

LearnPanel::LearnPanel(QWidget* parent, Content content)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("learnPanel")); // before setupUi, which keeps a name already given
    if (content == Content::Now) {
        ensureContent();
        return;
    }
    // The empty dock: what the main window needs to place it (restoreState) and to draw its frame and title.
    // Its pages cost more to build, lay out and paint than the window's whole first frame otherwise, so they
    // come one event-loop turn later. The same properties and title as forms/learnpanel.ui (in its context).
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetMovable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setWindowTitle(QCoreApplication::translate("LearnPanel", "Learn"));
    auto* empty = new QWidget(this);
    empty->setMinimumWidth(kMinimumContentWidth);
    setWidget(empty);
}

void LearnPanel::ensureContent()
{
    buildContent(true);
}

void LearnPanel::buildContent(bool pageTexts)
{
    if (m_ui) {
        if (pageTexts && m_pageTextsPending) {
            m_pageTextsPending = false;
            setPageTexts();
        }
        return;
    }
    m_pageTextsPending = !pageTexts;
    // setupUi resizes the dock to the form's size; a dock already placed in the window keeps its place.
    QWidget* empty = widget();
    const QRect placed = geometry();
    m_ui = std::make_unique<Ui::LearnPanel>();
    m_ui->setupUi(this);
    if (empty) {
        setGeometry(placed);
        delete empty;
    }
    // Its content must never make the window wider: shown beside a tab that needs most of a small
    // window, the panel would push the window past the screen. dock_placement floats it instead.
    widget()->setMinimumWidth(kMinimumContentWidth);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* view : {m_ui->serverProgramCode, m_ui->clientProgramCode, m_ui->lookupProgramCode}) {
        view->setFont(fixed);
        view->installEventFilter(this);
    }

    connect(m_ui->setUpServerButton, &QPushButton::clicked, this, &LearnPanel::setUpServerRequested);
    connect(m_ui->setUpClientButton, &QPushButton::clicked, this, &LearnPanel::setUpClientRequested);
    connect(m_ui->setUpLookupButton, &QPushButton::clicked, this, &LearnPanel::setUpLookupRequested);
    // The program in the current language, as shown: asked for at the click, never remembered.
    connect(m_ui->copyServerButton, &QPushButton::clicked, this,
        [] { QGuiApplication::clipboard()->setText(serverProgram()); });
    connect(m_ui->copyClientButton, &QPushButton::clicked, this,
        [] { QGuiApplication::clipboard()->setText(clientProgram()); });
    connect(m_ui->copyLookupButton, &QPushButton::clicked, this,
        [] { QGuiApplication::clipboard()->setText(lookupProgram()); });

    retranslate();

    // A text browser lays its whole document out again at every resize, on a hidden page too, and the
    // window's first show resizes the panel several times: the browsers stay hidden (their texts are
    // set all the same) until the panel's first frame is out, then the current page's one is shown at
    // its final size (one layout), and each other one when its page is first shown.
    for (QTextBrowser* browser : {m_ui->vocabularyText, m_ui->methodsText, m_ui->addressesText})
        browser->setVisible(false);
    connect(m_ui->learnTabs, &QTabWidget::currentChanged, this, &LearnPanel::showCurrentBrowser);
    // A widget set into a dock already shown must be shown explicitly (last: the browsers stay hidden).
    if (empty && isVisible())
        widget()->show();
}

void LearnPanel::showCurrentBrowser()
{
    if (!m_firstFrameDone)
        return;
    buildContent(true); // a browser is never shown empty
    if (QWidget* page = m_ui->learnTabs->currentWidget()) {
        for (QTextBrowser* browser : page->findChildren<QTextBrowser*>())
            browser->setVisible(true);
    }
}

bool LearnPanel::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && m_ui && !m_firstFrameDone) {
        m_firstFrameDone = true;
        // Queued: after the frame being painted now.
        QMetaObject::invokeMethod(this, &LearnPanel::showCurrentBrowser, Qt::QueuedConnection);
    }
    return QDockWidget::event(event);
}

LearnPanel::~LearnPanel() = default;

int LearnPanel::preferredWidth() const
{
    const_cast<LearnPanel*>(this)->buildContent(false);
    // In the current language: the page tabs side by side, and the programs' buttons without a horizontal scroll.
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth, nullptr, this);
    const int tabs = m_ui->learnTabs->tabBar()->sizeHint().width();
    const int programs = m_ui->programsContents->minimumSizeHint().width()
        + m_ui->programsScroll->verticalScrollBar()->sizeHint().width() + 2 * m_ui->programsScroll->frameWidth();
    return std::max({kPreferredWidth, tabs + frame, programs + frame});
}

void LearnPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_ui) {
            m_ui->retranslateUi(this);
            retranslate();
        } else {
            ensureContent(); // built in the new language
        }
        emit retranslated();
    }
    QDockWidget::changeEvent(event);
}

void LearnPanel::setPageTexts()
{
    m_ui->vocabularyText->setHtml(vocabularyHtml());
    m_ui->methodsText->setHtml(methodsHtml());
    m_ui->addressesText->setHtml(addressesHtml());
    showProgram(m_ui->serverProgramCode, serverProgram());
    showProgram(m_ui->clientProgramCode, clientProgram());
    showProgram(m_ui->lookupProgramCode, lookupProgram());
}

void LearnPanel::retranslate()
{
    if (!m_pageTextsPending)
        setPageTexts();

    m_ui->serverProgramIntro->setText(tr("server.py waits for clients on port 12345, sends each one 'Thank you for "
                                         "connecting' and closes the connection. Run it first."));
    m_ui->clientProgramIntro->setText(
        tr("client.py connects to port 12345 on the same machine, prints what the server sent and closes the socket. "
           "Start the server in the background (python3 server.py &), then run python3 client.py."));
    m_ui->lookupProgramIntro->setText(
        tr("This program asks for the addresses of tutorialspoint.com for the www service (port 80), prints the "
           "list, then prints the host name of this machine."));

    m_ui->setUpServerButton->setToolTip(
        tr("Fills in the Server tab like server.py: AF_INET, port 12345, backlog 5, the reply 'Thank you for "
           "connecting'. It binds 127.0.0.1, this machine only, where server.py binds socket.gethostname(). Nothing "
           "starts until you start the server."));
    m_ui->setUpClientButton->setToolTip(
        tr("Fills in the Client tab like client.py: AF_INET, 127.0.0.1, port 12345, recv(1024). Nothing connects "
           "until you connect."));
    m_ui->setUpLookupButton->setToolTip(tr("Fills in the Lookup tab with getaddrinfo('tutorialspoint.com', 'www'). "
                                           "Nothing is looked up until you look it up."));
}

QString LearnPanel::vocabularyHtml() const
{
    QString html = QStringLiteral("<p>%1</p>").arg(tr("Sockets have their own vocabulary.").toHtmlEscaped());
    html += table(QString(), tr("Term and description"), terms(kVocabularyTerms), false);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The same descriptions appear as tooltips on the fields of the tabs and on the calls of the "
                        "call trace.")
                         .toHtmlEscaped());
    return html;
}

QString LearnPanel::methodsHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("The socket module").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("To create a socket, use the socket.socket() function of the socket module:").toHtmlEscaped());
    html += QStringLiteral("<pre>s = socket.socket(family, type, protocol=0)</pre>");
    html += QStringLiteral("<p>%1</p>").arg(glossaryText(Term::Socket).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("In Python 3 the third parameter is named proto, and each parameter has a default value.")
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Once you have a socket object, you use its methods to write a client or a server program.")
                         .toHtmlEscaped());
    const QString caption = tr("Method and description");
    html += table(tr("Server socket methods"), caption, terms(kServerMethodTerms), true);
    html += table(tr("Client socket methods"), caption, terms(kClientMethodTerms), true);
    html += table(tr("General socket methods"), caption, terms(kGeneralMethodTerms), true);
    html += table(tr("Name lookup"), caption, {Term::GetAddrInfo}, true);
    return html;
}

QString LearnPanel::addressesHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Host and port").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("In Python the address of an AF_INET socket is a (host, port) pair: s.bind(('127.0.0.1', "
                        "12345)). AF_INET6 adds two numbers, (host, port, flowinfo, scope_id); an AF_UNIX address "
                        "is a file path.")
                         .toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4><ul>").arg(glossaryTitle(Term::Hostname).toHtmlEscaped());
    const QStringList hostForms = {
        tr("A host name, looked up with getaddrinfo(): %1, %2")
            .arg(code(QStringLiteral("localhost")), code(QStringLiteral("tutorialspoint.com"))),
        tr("A dotted-quad address: %1").arg(code(QStringLiteral("127.0.0.1"))),
        tr("An IPv6 address in colon notation: %1 (SocketLab also takes %2)")
            .arg(code(QStringLiteral("::1")), code(QStringLiteral("[::1]"))),
        tr("The string %1: INADDR_BROADCAST, 255.255.255.255. AF_INET only; sending to it needs SO_BROADCAST.")
            .arg(code(QStringLiteral("'<broadcast>'"))),
        tr("An empty string %1: INADDR_ANY (0.0.0.0), every interface of this machine; in6addr_any (::) for "
           "AF_INET6")
            .arg(code(QStringLiteral("''"))),
        tr("An integer, a binary address in host byte order: %1 is 127.0.0.1").arg(code(QStringLiteral("2130706433"))),
        tr("For AF_UNIX: a file system path such as %1, and no port").arg(code(QStringLiteral("/tmp/socketlab.sock"))),
    };
    for (const QString& form : hostForms)
        html += listItem(form);
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("SocketLab's host fields accept every one of these forms.").toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4><ul>").arg(glossaryTitle(Term::Port).toHtmlEscaped());
    const QStringList portForms = {
        tr("A port number, 0 to 65535: %1").arg(code(QStringLiteral("12345"))),
        tr("A string with the port number: %1").arg(code(QStringLiteral("'12345'"))),
        tr("A service name, looked up in the services database: %1 and %2 are port 80, %3 is port 7")
            .arg(code(QStringLiteral("'www'")), code(QStringLiteral("'http'")), code(QStringLiteral("'echo'"))),
        tr("%1: any free port. The system picks one; getsockname() tells which.").arg(code(QStringLiteral("0"))),
    };
    for (const QString& form : portForms)
        html += listItem(form);
    html += QStringLiteral("</ul><p>%1</p><p>%2</p>")
                .arg(tr("In Python, bind() and connect() take the port as a number; getaddrinfo() also takes a "
                        "string or a service name. SocketLab's port fields take all three.")
                         .toHtmlEscaped(),
                    tr("Ports below 1024 are reserved: on most systems only an administrator may bind them.")
                        .toHtmlEscaped());
    return html;
}

void LearnPanel::showProgram(QPlainTextEdit* view, const QString& program)
{
    view->setPlainText(program);
    fitCodeHeight(view);
}

void LearnPanel::fitCodeHeight(QPlainTextEdit* view)
{
    // As tall as the program, so only the page scrolls; room for a horizontal scroll bar only while a line is
    // wider than the view.
    const QStringList lines = view->toPlainText().split(QLatin1Char('\n'));
    const QFontMetrics metrics(view->font());
    int widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const int margin = static_cast<int>(2 * view->document()->documentMargin());
    // The view's own width: during its resize event the viewport still has the old one.
    const bool scrolls = widest + margin > view->contentsRect().width();
    // The lines' heights as the view lays them out, not as the font suggests.
    qreal textHeight = 0;
    const QAbstractTextDocumentLayout* layout = view->document()->documentLayout();
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next())
        textHeight += layout->blockBoundingRect(block).height();
    view->setFixedHeight(qCeil(textHeight) + margin + 2 * view->frameWidth()
        + (scrolls ? view->horizontalScrollBar()->sizeHint().height() : 0));
}

bool LearnPanel::eventFilter(QObject* watched, QEvent* event)
{
    // A new width may add or remove the horizontal scroll bar; the height follows.
    if (event->type() == QEvent::Resize) {
        if (auto* view = qobject_cast<QPlainTextEdit*>(watched))
            fitCodeHeight(view);
    }
    return QDockWidget::eventFilter(watched, event);
}

QStringList LearnPanel::tutorialPreamble(const QString& fileComment)
{
    return {
        kShebang,
        comment(fileComment),
        QString(),
        comment(tr("Import the socket module")),
        QStringLiteral("import socket"),
        QString(),
        comment(tr("Create a socket object")),
        QStringLiteral("s = socket.socket()"),
        comment(tr("Get the local machine name")),
        QStringLiteral("host = socket.gethostname()"),
    };
}

QString LearnPanel::serverProgram()
{
    // The tutorial's server.py in Python 3: print(), bytes for send(); its comments, translated.
    const QStringList lines = tutorialPreamble(tr("This is the server.py file"))
        + QStringList {
            comment(tr("Reserve a port for your service")),
            QStringLiteral("port = 12345"),
            comment(tr("Bind to the port")),
            QStringLiteral("s.bind((host, port))"),
            QString(),
            comment(tr("Now wait for client connections")),
            QStringLiteral("s.listen(5)"),
            QStringLiteral("while True:"),
            comment(tr("Establish a connection with a client"), kIndent),
            QStringLiteral("    c, addr = s.accept()"),
            QStringLiteral("    print('Got connection from', addr)"),
            comment(tr("Python 3 sends bytes: b'...'"), kIndent),
            QStringLiteral("    c.send(b'Thank you for connecting')"),
            comment(tr("Close the connection"), kIndent),
            QStringLiteral("    c.close()"),
        };
    return lines.join(QLatin1Char('\n'));
}

QString LearnPanel::clientProgram()
{
    // The tutorial's client.py in Python 3, with the parentheses its s.close forgot.
    const QStringList lines = tutorialPreamble(tr("This is the client.py file"))
        + QStringList {
            comment(tr("The port the server listens on")),
            QStringLiteral("port = 12345"),
            QString(),
            QStringLiteral("s.connect((host, port))"),
            comment(tr("recv() returns bytes; decode() makes text")),
            QStringLiteral("print(s.recv(1024).decode())"),
            comment(tr("Close the socket when done")),
            QStringLiteral("s.close()"),
        };
    return lines.join(QLatin1Char('\n'));
}

QString LearnPanel::lookupProgram()
{
    // The tutorial's lookup program in Python 3. Its second comment said "server hostname", but
    // gethostname() names the machine the program runs on.
    const QStringList lines = {
        kShebang,
        QStringLiteral("import socket"),
        QStringLiteral("from pprint import pprint"),
        QString(),
        comment(tr("Get the server's addresses")),
        QStringLiteral("addrinfo = socket.getaddrinfo('tutorialspoint.com', 'www')"),
        QStringLiteral("pprint(addrinfo)"),
        QString(),
        comment(tr("Get the host name of this machine")),
        QStringLiteral("print(socket.gethostname())"),
    };
    return lines.join(QLatin1Char('\n'));
}

} // namespace socketlab::gui
