#include "app/jsonview/jsonview.h"
#include "app/util/themecolors.h"

#include "app/document/document.h"
#include "app/jsonview/findbar.h"
#include "app/jsonview/jsoneditor.h"

#include <QInputDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ad::app {

JsonView::JsonView(QWidget *parent) : QWidget(parent)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(0);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_editor = new JsonEditor(this);
    m_editor->setAccessibleName(tr("JSON text"));
    m_findBar = new FindBar(m_editor, [this](const QString &t) {
        if (m_doc)
            m_doc->setText(t);
    }, this);
    m_findBar->hide();
    lay->addWidget(m_banner);
    lay->addWidget(m_editor, 1);
    lay->addWidget(m_findBar);
    setFocusProxy(m_editor);

    connect(m_banner, &QLabel::linkActivated, this, [this] {
        if (m_doc && m_doc->hasPendingText())
            goTo(m_doc->parseError().pos.line, m_doc->parseError().pos.column);
    });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_applying && m_doc)
            m_doc->setText(m_editor->text());
    });
}

void JsonView::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (!doc)
        return;
    connect(doc, &Document::changed, this, &JsonView::syncFromDocument);
    connect(doc, &Document::parseStateChanged, this, &JsonView::updateBanner);
    m_applying = true;
    m_editor->setText(doc->text());
    m_applying = false;
    m_editor->setCursorPosition(0, 0);
    updateBanner();
}

void JsonView::syncFromDocument()
{
    if (!m_doc)
        return;
    const QString text = m_doc->text();
    if (text != m_editor->text()) {
        m_applying = true;
        m_editor->replaceTextMinimally(text);
        m_applying = false;
    }
    updateBanner();
}

void JsonView::updateBanner()
{
    if (!m_doc || !m_doc->hasPendingText()) {
        m_banner->hide();
        return;
    }
    const JsonParseError &e = m_doc->parseError();
    setBanner(m_banner, Tone::Error);
    m_banner->setText(tr("<b>The JSON does not parse</b> — <a href=\"#\">line %1, column %2</a>: %3. "
                         "The forms show the last valid state (read-only) until it does.")
                          .arg(e.pos.line)
                          .arg(e.pos.column)
                          .arg(e.message.toHtmlEscaped()));
    m_banner->show();
}

void JsonView::setProblems(const QList<Problem> &problems)
{
    QList<EditorProblem> list;
    for (const Problem &p : problems) {
        if (!p.diagnostic.pos.isValid())
            continue;
        list << EditorProblem{p.diagnostic.pos.line, p.diagnostic.pos.column, p.diagnostic.message,
                              p.diagnostic.severity == Diagnostic::Severity::Error};
    }
    m_editor->setProblems(list);
}

void JsonView::setEditorFont(const QFont &font)
{
    m_editor->applyAppearance(font);
}

void JsonView::showFind()
{
    m_findBar->showFind();
}

void JsonView::showReplace()
{
    m_findBar->showReplace();
}

void JsonView::findNext()
{
    if (m_findBar->isHidden())
        m_findBar->showFind();
    else
        m_findBar->findNext();
}

void JsonView::findPrevious()
{
    if (m_findBar->isHidden())
        m_findBar->showFind();
    else
        m_findBar->findPrevious();
}

void JsonView::goToLineDialog()
{
    bool ok = false;
    const QString answer = QInputDialog::getText(
        this, tr("Go to Line"), tr("Line (or line:column), 1 to %1:").arg(m_editor->lines()), QLineEdit::Normal,
        QString::number(m_editor->caretLine()), &ok);
    if (!ok)
        return;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s*(?::\\s*(\\d+))?\\s*$")).match(answer);
    if (!m.hasMatch())
        return;
    goTo(m.captured(1).toInt(), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt());
}

void JsonView::goTo(int line, int column)
{
    m_editor->goTo(line, column);
}

}  // namespace ad::app
