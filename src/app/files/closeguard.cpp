#include "app/files/closeguard.h"

#include "app/document/document.h"

#include <QCoreApplication>

namespace ad::app {

bool closeNeedsAnswer(bool modified)
{
    return modified;
}

CloseStep decideClose(bool modified, bool hasPath, CloseAnswer answer)
{
    if (!modified)
        return CloseStep::Close;
    switch (answer) {
    case CloseAnswer::Save: return hasPath ? CloseStep::SaveThenClose : CloseStep::SaveAsThenClose;
    case CloseAnswer::Discard: return CloseStep::Close;
    case CloseAnswer::Cancel: return CloseStep::Stay;
    }
    return CloseStep::Stay;
}

QString closeQuestion(const Document &doc)
{
    return QCoreApplication::translate("ad::app::CloseGuard", "Save the changes to %1 before closing?")
        .arg(doc.displayName());
}

}  // namespace ad::app
