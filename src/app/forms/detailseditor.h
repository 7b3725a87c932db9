#pragma once
// The action's identity: identifier, title, icon, description, publish, allowAnyoneToViewRuns.

#include "app/forms/formpart.h"

namespace ad::app {

class DetailsEditor : public FormPart {
    Q_OBJECT
public:
    explicit DetailsEditor(QWidget *parent = nullptr);
};

}  // namespace ad::app
