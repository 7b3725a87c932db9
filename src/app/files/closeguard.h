#pragma once
// What closing a document with unsaved changes does, separate from the dialog that asks, so the
// decision is testable without a modal box.

#include <QString>

namespace ad::app {

class Document;

enum class CloseAnswer { Save, Discard, Cancel };
enum class CloseStep {
    Close,             // nothing to save, or the user discarded the changes
    SaveThenClose,     // save to the document's file, close only if that worked
    SaveAsThenClose,   // untitled: ask for a file name first
    Stay,              // cancelled
};

// Whether closing must ask at all.
bool closeNeedsAnswer(bool modified);
CloseStep decideClose(bool modified, bool hasPath, CloseAnswer answer);
// The question shown: "Save the changes to deploy.json before closing?"
QString closeQuestion(const Document &doc);

}  // namespace ad::app
