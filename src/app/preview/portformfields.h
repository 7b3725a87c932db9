#pragma once
// One editor per kind of Port user input (PORT-SPEC §3.2), as the form in Port draws it: a text
// line for strings, a multi-line box for multi-line/markdown/yaml, a number field, a toggle for
// booleans, a drop-down for enums and entity pickers (filled from the scenario's mock entities),
// a checklist for arrays of enum values or entities, a date-time picker and a JSON box for objects
// and free arrays. The form view lays them out; a field only shows a value and reports edits.

#include "context/formstate.h"
#include "context/scenario.h"
#include "json/jsonvalue.h"

#include <QObject>

#include <memory>

class QWidget;

namespace ad::app {

class PortField : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QWidget *widget() const = 0;
    // Shows the value and choices of `in` (the scenario `s` supplies the mock entities). Emits nothing.
    virtual void show(const InputState &in, const Scenario &s) = 0;

signals:
    // The user changed the value. `unset`: the field was cleared to "no value" (the scenario then
    // drops the input and Port's default applies).
    void edited(const ad::JsonValue &value, bool unset);
};

// The editor for an input declared by `schema`: chosen by type, format, enum and items.
std::unique_ptr<PortField> makePortField(const JsonValue &schema, QWidget *parent);

// What a value looks like in a text field: strings as is, entities by identifier, else JSON.
QString portValueText(const JsonValue &v);

}  // namespace ad::app
