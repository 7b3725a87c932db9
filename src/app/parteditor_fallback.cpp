// Stand-in for the forms (src/app/forms/, branch h-forms) so this branch links and runs alone:
// a weak createPartEditors() giving one "form not available" page per part. The real, strong
// definition in src/app/forms/ replaces it; delete this file once the forms are merged.
#include "app/parteditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ad::app {

namespace {

class UnavailablePartEditor : public PartEditor {
public:
    UnavailablePartEditor(const QString &id, QWidget *parent) : PartEditor(parent), m_id(id)
    {
        auto *lay = new QVBoxLayout(this);
        auto *label = new QLabel(tr("<h3>%1</h3><p>The form for this part is not available in this build. "
                                    "Edit it in the JSON view (Ctrl+J).</p>")
                                     .arg(partTitle(id)),
                                 this);
        label->setWordWrap(true);
        lay->addWidget(label);
        lay->addStretch(1);
    }
    void setDocument(Document *) override {}
    QString partId() const override { return m_id; }

private:
    QString m_id;
};

}  // namespace

__attribute__((weak)) QList<PartEditor *> createPartEditors(QWidget *parent)
{
    QList<PartEditor *> list;
    for (const QString &id : partIds())
        list << new UnavailablePartEditor(id, parent);
    return list;
}

}  // namespace ad::app
