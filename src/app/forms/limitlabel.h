#pragma once
// Per-field extras keyed off the declaration: GitHub's 10 workflow inputs, counted live.

#include "backend/backends.h"
#include "json/jsonvalue.h"

class QWidget;

namespace ad::app {

class FormContext;

// A live note for fields with a known limit, or nullptr.
QWidget *createLimitLabel(FormContext *ctx, const FieldDecl &decl, const QString &pointer, QWidget *parent);

// How many inputs a workflow dispatch would get from `workflowInputs` (not counting `ref`; a
// spreadValue() of .inputs counts the action's user inputs). `exact` false when a spread of
// something else makes the count a lower bound.
int countWorkflowInputs(const JsonValue &workflowInputs, const JsonValue *userInputProperties, bool *exact);

}  // namespace ad::app
