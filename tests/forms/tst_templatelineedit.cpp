// The template-aware line edit: {{ }} ranges and completion of context paths at the cursor.

#include "app/forms/templatelineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QTest>

using namespace ad::app;

class TestTemplateLineEdit : public QObject {
    Q_OBJECT
private slots:
    void ranges();
    void completionStart();
    void completes();
};

void TestTemplateLineEdit::ranges()
{
    using R = QList<QPair<int, int>>;
    QCOMPARE(TemplateLineEdit::templateRanges(QStringLiteral("a {{ .x }} b {{.y}}")), R({{2, 8}, {13, 6}}));
    QCOMPARE(TemplateLineEdit::templateRanges(QStringLiteral("open {{ .x")), R({{5, 5}}));
    QCOMPARE(TemplateLineEdit::templateRanges(QStringLiteral("none")), R());
}

void TestTemplateLineEdit::completionStart()
{
    TemplateLineEdit e;
    e.setText(QStringLiteral("https://x/{{ .inputs.na }}/.run"));
    QCOMPARE(e.completionStart(23), 13);  // after ".inputs.na"
    QCOMPARE(e.completionStart(31), -1);  // outside {{ }}
    e.setMode(TemplateLineEdit::Mode::Jq);
    e.setText(QStringLiteral(".form.a == 1"));
    QCOMPARE(e.completionStart(7), 0);
    e.setMode(TemplateLineEdit::Mode::Plain);
    QCOMPARE(e.completionStart(7), -1);
}

void TestTemplateLineEdit::completes()
{
    TemplateLineEdit e;
    e.setCompletionSource([] {
        return QStringList{QStringLiteral(".inputs.name"), QStringLiteral(".inputs.env"), QStringLiteral(".run.id")};
    });
    e.show();
    e.setFocus();
    QTest::keyClicks(&e, QStringLiteral("id-{{ .inputs.n"));
    QVERIFY(e.completer()->popup()->isVisible());
    QCOMPARE(e.completer()->currentCompletion(), QStringLiteral(".inputs.name"));
    emit e.completer()->activated(QStringLiteral(".inputs.name"));
    QCOMPARE(e.text(), QStringLiteral("id-{{ .inputs.name"));
    QTest::keyClicks(&e, QStringLiteral(" }}"));
    QCOMPARE(e.text(), QStringLiteral("id-{{ .inputs.name }}"));
}

QTEST_MAIN(TestTemplateLineEdit)
#include "tst_templatelineedit.moc"
