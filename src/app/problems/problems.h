#pragma once
// What the Problems dock and the JSON view's markers show: the JSON parse error while the text
// does not parse, otherwise every validation diagnostic of the file.

#include "validate/diagnostic.h"

#include <QList>
#include <QString>

namespace ad {
class ActionFile;
}

namespace ad::app {

class Document;

struct Problem {
    Diagnostic diagnostic;  // pointer is from the file root; pos is filled in whenever it can be
    bool parseError = false;
};

// The closest source position for a file-root pointer: its own value's, else its nearest ancestor's.
SourcePos positionFor(const JsonValue &root, QString pointer);

// A validator message as the window shows it: CLI commands replaced by the menu command that does
// the same.
QString guiWording(QString message);

// Computes the problems of the document's current text.
QList<Problem> computeProblems(const Document &doc);
// The validator's problems of a parsed file (safe on any thread).
QList<Problem> computeProblems(const ActionFile &file);

}  // namespace ad::app
