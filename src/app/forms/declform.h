#pragma once
// Builds form rows from backend field declarations (backends.h): one widget per FieldKind, so a
// new field or type needs no form code.

#include "backend/backends.h"

#include <QString>

class QFormLayout;
class QWidget;

namespace ad::app {

class FieldWidget;
class FormContext;

FieldWidget *createFieldWidget(FormContext *ctx, const FieldDecl &decl, const QString &pointer, QWidget *parent);
// Adds a row per field to `form`; fields live under `base` (e.g. "/invocationMethod").
// `usedMnemonics` (lower-case letters already taken in the window part) gets each label's Alt+letter.
void addDeclaredRows(FormContext *ctx, QFormLayout *form, const QList<FieldDecl> &fields, const QString &base,
                     QWidget *parent, QString *usedMnemonics = nullptr);
// "Workflow" -> "&Workflow", or "W&orkflow" when w is taken; unchanged when every letter is.
QString withMnemonic(const QString &label, QString *used);
// A hand-written text field of a part: its key, label (with &mnemonic) and help.
struct TextFieldSpec {
    const char *key;
    QString label;
    QString help;
};

// A form whose fields take the width they are given.
QFormLayout *newFieldForm(QWidget *host);
// Adds a labelled row for any field widget (label with buddy and tooltip).
void addFieldRow(QFormLayout *form, const QString &label, FieldWidget *w, const QString &help, bool required,
                 bool wide = false);

}  // namespace ad::app
