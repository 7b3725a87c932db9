#include "app/problems/problems.h"

#include "app/document/document.h"
#include "json/jsonpointer.h"

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

QList<Problem> computeProblems(const ActionFile &file)
{
    QList<Problem> out;
    for (const Diagnostic &d : validateActionFile(file)) {
        Problem p;
        p.diagnostic = d;
        if (!p.diagnostic.pos.isValid())
            p.diagnostic.pos = positionFor(file.root(), d.pointer);
        out << p;
    }
    return out;
}

}  // namespace ad::app
