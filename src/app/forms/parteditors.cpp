#include "app/parteditor.h"

#include "app/forms/approvaleditor.h"
#include "app/forms/backendeditor.h"
#include "app/forms/detailseditor.h"
#include "app/forms/inputseditor.h"
#include "app/forms/triggereditor.h"

namespace ad::app {

QList<PartEditor *> createPartEditors(QWidget *parent)
{
    return {new DetailsEditor(parent), new TriggerEditor(parent), new InputsEditor(parent), new BackendEditor(parent),
            new ApprovalEditor(parent)};
}

}  // namespace ad::app
