// The preview's marks outside the dock: failing templates in the Problems dock,
// underlined in the form fields and squiggled in JSON fields; jumping from a
// trace row to its template.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/jsonfield.h"
#include "app/forms/templatelineedit.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "invocation/backgroundrenderer.h"
#include "invocation/invocationformat.h"

#include <Qsci/qsciscintilla.h>

namespace ad::app {

namespace {

// A Scintilla indicator the JSON editors leave free (theirs are the low numbers).
const int kTemplateErrorIndicator = 17;

}  // namespace

void PreviewDock::markTemplates()
{
    const InvocationPreview &p = m_preview;
    Document *doc = m_window->document();
    const QString base = doc->actionPointer();
    const JsonValue &root = doc->file().root();
    const int timeoutMs = m_renderer->timeoutMs();
    const QStringList secrets = p.invocation.secretValues;

    // Problems dock and JSON view markers.
    QList<Problem> problems;
    const auto add = [&](Diagnostic::Severity sev, const QString &code, const QString &message, const QString &ptr,
                         const SourcePos &pos) {
        Problem pr;
        pr.diagnostic.severity = sev;
        pr.diagnostic.code = code;
        pr.diagnostic.message = maskSecrets(message, secrets);
        pr.diagnostic.pointer = base + ptr;
        pr.diagnostic.pos = pos.isValid() ? pos : positionFor(root, base + ptr);
        problems << pr;
    };
    for (const TemplateTrace &t : p.render.traces) {
        if (!t.error.isEmpty())
            add(Diagnostic::Severity::Error, QStringLiteral("template-error"),
                tr("{{ %1 }} renders null: %2").arg(t.filter.trimmed(), traceError(t, timeoutMs)), t.pointer, t.pos);
        for (const QString &w : t.warnings)
            add(Diagnostic::Severity::Warning, QStringLiteral("template-warning"),
                tr("{{ %1 }}: %2").arg(t.filter.trimmed(), w), t.pointer, t.pos);
    }
    if (!p.render.fatalError.isEmpty())
        add(Diagnostic::Severity::Error, QStringLiteral("template-error"), p.render.fatalError,
            QStringLiteral("/invocationMethod"), {});
    if (!p.invocation.sendError.isEmpty())
        add(Diagnostic::Severity::Error, QStringLiteral("request-error"), p.invocation.sendError,
            QStringLiteral("/invocationMethod/headers"), {});
    for (const QString &w : p.warnings)
        add(Diagnostic::Severity::Warning, QStringLiteral("preview-warning"), w, QString(), {});
    for (const QString &w : p.invocation.warnings)
        add(Diagnostic::Severity::Warning, QStringLiteral("preview-warning"), w, QStringLiteral("/invocationMethod"), {});
    m_window->setExtraProblems(QStringLiteral("preview"), problems);

    // Form fields: underline the failing {{ }} in the line edit that holds it.
    const QList<FieldWidget *> fields = m_window->editorArea()->findChildren<FieldWidget *>();
    for (FieldWidget *f : fields) {
        const QString &fp = f->pointer();
        for (TemplateLineEdit *edit : f->findChildren<TemplateLineEdit *>()) {
            QList<QPair<QString, QString>> errors;
            for (const TemplateTrace &t : p.render.traces) {
                if (t.error.isEmpty() || !(t.pointer == fp || t.pointer.startsWith(fp + QLatin1Char('/'))))
                    continue;
                if (t.pointer == fp || edit->text().contains(t.filter))
                    errors.append({t.filter, maskSecrets(traceError(t, timeoutMs), secrets)});
            }
            edit->setTemplateErrors(errors);
        }
        if (auto *json = qobject_cast<JsonField *>(f))
            markJsonField(json->editor(), fp, p.render.traces, timeoutMs, secrets);
    }
}

void PreviewDock::markJsonField(QsciScintilla *editor, const QString &fieldPointer, const QList<TemplateTrace> &traces,
                                int timeoutMs, const QStringList &secrets)
{
    // A JSON field (body, payload) holds many templates: squiggle each failing {{ }} in its text.
    const int indicator = kTemplateErrorIndicator;
    editor->SendScintilla(QsciScintilla::SCI_INDICSETSTYLE, indicator, QsciScintilla::INDIC_SQUIGGLE);
    editor->SendScintilla(QsciScintilla::SCI_INDICSETFORE, indicator, QColor(Qt::red));
    editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, indicator);
    editor->SendScintilla(QsciScintilla::SCI_INDICATORCLEARRANGE, 0, editor->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    const QString text = editor->text();
    QStringList tips;
    for (const TemplateTrace &t : traces) {
        if (t.error.isEmpty() || !t.pointer.startsWith(fieldPointer + QLatin1Char('/')) || t.filter.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(t.filter); at >= 0; at = text.indexOf(t.filter, at + 1)) {
            const qsizetype open = text.lastIndexOf(QLatin1String("{{"), at);
            const qsizetype close = text.indexOf(QLatin1String("}}"), at + t.filter.size());
            if (open < 0 || close < 0)
                continue;
            const int start = int(text.left(open).toUtf8().size());
            const int length = int(text.mid(open, close + 2 - open).toUtf8().size());
            editor->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, start, length);
        }
        tips << QStringLiteral("{{ %1 }}: %2").arg(t.filter.trimmed(), maskSecrets(traceError(t, timeoutMs), secrets));
    }
    editor->setToolTip(tips.join(QLatin1Char('\n')));
}

void PreviewDock::jumpToTrace(int row)
{
    if (row < 0 || row >= m_preview.render.traces.size())
        return;
    const TemplateTrace &t = m_preview.render.traces.at(row);
    Document *doc = m_window->document();
    Problem p;
    p.diagnostic.pointer = doc->actionPointer() + t.pointer;
    p.diagnostic.pos = t.pos.isValid() ? t.pos : positionFor(doc->file().root(), p.diagnostic.pointer);
    m_window->showProblem(p);
}

}  // namespace ad::app
