#pragma once
// The preview dock's "Try jq" tab: any jq filter, evaluated live against the
// scenario's full
// {{ . }} context exactly as Port would evaluate the template "{{ filter }}"
// (same worker process, time limit, single-quote rewrite, env disabled, first
// output), off the UI thread. Completes context paths with their current values
// and inserts the filter as a template into the form field or JSON editor that
// had the focus last.

#include "json/jsonvalue.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ad {
class TemplateEngine;
struct RenderOutput;
} // namespace ad

namespace ad::app {

class PreviewDock;
class TemplateLineEdit;

class JqPlayground : public QWidget {
    Q_OBJECT
public:
    explicit JqPlayground(PreviewDock *dock, QWidget *parent = nullptr);
    ~JqPlayground() override;

    TemplateLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *insertButton() const { return m_insert; }
    // Evaluations finished so far, and whether one is on its way.
    int evaluationCount() const { return m_count; }
    bool isEvaluating() const { return m_pending != 0; }
    bool lastFailed() const { return m_failed; }

    // Every path of the context (".inputs.name", ...) and its current value,
    // compact and shortened.
    static QList<QPair<QString, QString>> contextPaths(const JsonValue &context);
    QString valueOfPath(const QString &path) const { return m_values.value(path); }
    // The field or editor "Insert as template" writes to (null when none was
    // focused yet).
    QWidget *insertTarget() const { return m_target; }
    // Inserts "{{ filter }}" at the target's cursor; false when there is no
    // target.
    bool insertAsTemplate();

    void evaluateNow(); // skips the debounce

private:
    void schedule();
    void contextChanged();
    void rendered(quint64 id, const ad::RenderOutput &out);
    void focusChanged(QWidget *now);

    PreviewDock *m_dock;
    TemplateEngine *m_engine = nullptr; // created on the first evaluation (starts a worker)
    QTimer *m_debounce;
    TemplateLineEdit *m_filter;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QPushButton *m_insert;
    QPointer<QWidget> m_target;
    JsonValue m_context;
    QHash<QString, QString> m_values;
    QStringList m_paths;
    quint64 m_pending = 0;
    int m_count = 0;
    bool m_failed = false;
    QMetaObject::Connection m_focusConnection;
};

} // namespace ad::app
