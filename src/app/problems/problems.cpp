#include "app/problems/problems.h"

#include "app/document/document.h"
#include "json/jsonpointer.h"

#include <QCoreApplication>

#include "model/filevalidation.h"

namespace ad::app {

SourcePos positionFor(const JsonValue &root, QString pointer)
{
    while (true) {
        if (const JsonValue *v = resolvePointer(root, pointer); v && v->pos().isValid())
            return v->pos();
        if (pointer.isEmpty())
            return {};
        pointer = pointer.left(qMax(0, int(pointer.lastIndexOf(QLatin1Char('/')))));
    }
}

QList<Problem> computeProblems(const Document &doc)
{
    QList<Problem> out;
    if (doc.hasPendingText()) {
        Problem p;
        p.parseError = true;
        p.diagnostic.severity = Diagnostic::Severity::Error;
        p.diagnostic.code = QStringLiteral("json-syntax");
        p.diagnostic.message = doc.parseError().message;
        p.diagnostic.pos = doc.parseError().pos;
        out << p;
        return out;
    }
    return computeProblems(doc.file());
}

QString guiWording(QString message)
{
    // The validator is shared with the CLI, whose messages name its commands; in the window the
    // same fix is a menu command.
    message.replace(QStringLiteral("`action-designer migrate FILE`"),
                    QCoreApplication::translate("ad::app::Problems", "Edit ▸ Migrate to Current Format"));
    message.replace(QStringLiteral("export --for-port"),
                    QCoreApplication::translate("ad::app::Problems", "File ▸ Export for Port"));
    return message;
}

QList<Problem> computeProblems(const ActionFile &file)
{
    QList<Problem> out;
    for (const Diagnostic &d : validateActionFile(file)) {
        Problem p;
        p.diagnostic = d;
        p.diagnostic.message = guiWording(d.message);
        if (!p.diagnostic.pos.isValid())
            p.diagnostic.pos = positionFor(file.root(), d.pointer);
        out << p;
    }
    return out;
}

}  // namespace ad::app
