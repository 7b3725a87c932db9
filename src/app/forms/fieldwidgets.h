#pragma once
// The simple field widgets: text, choice, boolean (or template / jqQuery), number, list, and
// literal-or-jqQuery. Each edits exactly its pointer.

#include "app/util/themecolors.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/templatelineedit.h"

#include <QStringList>

#include <functional>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace ad::app {

// Text; optionally template-aware. Empty text removes the key unless `keepEmpty`.
class StringField : public FieldWidget {
    Q_OBJECT
public:
    StringField(FormContext *ctx, const QString &pointer, TemplateLineEdit::Mode mode, bool keepEmpty,
                QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    TemplateLineEdit *edit() const { return m_edit; }

private:
    TemplateLineEdit *m_edit;
    bool m_keepEmpty;
};

// One of `choices`; editable (free text / template) when `editable`. With `noneText`, a first
// entry that removes the key.
class EnumField : public FieldWidget {
    Q_OBJECT
public:
    EnumField(FormContext *ctx, const QString &pointer, const QStringList &choices, bool editable,
              const QString &noneText = {}, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    QComboBox *combo() const { return m_combo; }
    void setDefaultText(const QString &t) { m_default = t; }

private:
    void commit(const QString &text);
    QComboBox *m_combo;
    QString m_noneText;
    QString m_default;
    int m_fixedCount = 0;  // the none item and the declared choices
};

// true/false, or (alt != None) a "{{ template }}" string or a {"jqQuery": ...} object.
class BoolField : public FieldWidget {
    Q_OBJECT
public:
    enum class Alt { None, Template, JqQuery };
    BoolField(FormContext *ctx, const QString &pointer, const QString &text, bool defaultValue, Alt alt,
              QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    QCheckBox *checkBox() const { return m_check; }
    QToolButton *altToggle() const { return m_toggle; }
    TemplateLineEdit *altEdit() const { return m_edit; }

private:
    void showAlt(bool alt);
    QCheckBox *m_check;
    QToolButton *m_toggle = nullptr;
    TemplateLineEdit *m_edit = nullptr;
    bool m_default;
    Alt m_alt;
};

// A JSON number; empty removes the key.
class NumberField : public FieldWidget {
    Q_OBJECT
public:
    NumberField(FormContext *ctx, const QString &pointer, bool integer, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

// Comma-separated list. StringOrList: a template or a single item stays a string. Array: always an
// array (empty removes the key).
class ListField : public FieldWidget {
    Q_OBJECT
public:
    enum class Shape { StringOrList, Array };
    ListField(FormContext *ctx, const QString &pointer, Shape shape, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    TemplateLineEdit *edit() const { return m_edit; }
    static QString toText(const JsonValue &v);

private:
    JsonValue fromText(const QString &t) const;
    TemplateLineEdit *m_edit;
    Shape m_shape;
};

// A literal (parsed by `parse`, shown by `show`) or {"jqQuery": "..."} (jq toggle).
class LiteralOrJqField : public FieldWidget {
    Q_OBJECT
public:
    using Parse = std::function<JsonValue(const QString &)>;
    using Show = std::function<QString(const JsonValue &)>;
    LiteralOrJqField(FormContext *ctx, const QString &pointer, Parse parse, Show show, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    TemplateLineEdit *edit() const { return m_edit; }
    QToolButton *jqToggle() const { return m_toggle; }

private:
    void commit();
    TemplateLineEdit *m_edit;
    QToolButton *m_toggle;
    Parse m_parse;
    Show m_show;
};

// Compact one-line JSON of a value (for table cells and literal fields).
QString compactJson(const JsonValue &v);
// Text typed for a value of JSON type: a JSON literal when it parses, else the string itself.
JsonValue jsonOrString(const QString &text);

}  // namespace ad::app

namespace ad::app {

// A read-only note computed from the value at its pointer (length hints, pattern checks).
class HintLabel : public FieldWidget {
    Q_OBJECT
public:
    // Returns the text, and sets *bad when it is a problem (shown in red).
    using Compute = std::function<QString(const JsonValue *, bool *bad)>;
    HintLabel(FormContext *ctx, const QString &pointer, Compute compute, QWidget *parent = nullptr);
    void refresh() override;
    QString text() const;

private:
    QLabel *m_label;
    Compute m_compute;
};

}  // namespace ad::app
