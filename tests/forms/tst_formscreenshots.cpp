// Renders every part editor, and the backend form of every type, to PNGs for a visual check.
// Written to $AD_SCREENSHOT_DIR when set (docs/screenshots), else to a temporary directory.

#include "formtest.h"

#include "app/forms/backendeditor.h"
#include "app/forms/inputseditor.h"
#include "app/parteditor.h"
#include "backend/backends.h"

#include <QComboBox>
#include <QListWidget>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>

using namespace ad;
using namespace ad::app;

class TestFormScreenshots : public QObject {
    Q_OBJECT
private slots:
    void parts();
    void backends();

private:
    QString dir()
    {
        const QByteArray env = qgetenv("AD_SCREENSHOT_DIR");
        if (!env.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(env));
            return QString::fromLocal8Bit(env);
        }
        return m_tmp.path();
    }
    QTemporaryDir m_tmp;
};

void TestFormScreenshots::parts()
{
    QFile f(QStringLiteral(AD_EXAMPLES_DIR "/webhook-selfservice-steps-survey.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    Document doc;
    doc.loadBytes(f.readAll(), QStringLiteral("survey.json"));
    QWidget parent;
    for (PartEditor *e : createPartEditors(&parent)) {
        e->setDocument(&doc);
        e->resize(760, e->partId() == parts::UserInputs ? 1500 : 1000);
        if (auto *in = qobject_cast<InputsEditor *>(e))
            in->list()->setCurrentRow(qMin(1, in->list()->count() - 1));
        e->show();
        const QString path = dir() + QStringLiteral("/forms-%1.png").arg(e->partId());
        QVERIFY(e->grab().save(path));
    }
}

void TestFormScreenshots::backends()
{
    for (const BackendDecl &b : ad::backends()) {
        if (!b.inSchema)
            continue;
        Document doc;
        doc.loadBytes(formtest::actionWith(b.newActionJson), QStringLiteral("t.json"));
        BackendEditor e;
        e.setDocument(&doc);
        e.resize(760, 1000);
        e.show();
        QVERIFY(e.grab().save(dir() + QStringLiteral("/forms-backend-%1.png").arg(b.type.toLower())));
    }
}

QTEST_MAIN(TestFormScreenshots)
#include "tst_formscreenshots.moc"
