#include "app/problems/problemsdock.h"

#include "app/util/elidedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::app {

namespace {
constexpr int kWhereChars = 36;  // a pointer wider than this is elided (full text in the tooltip)
}

ProblemsView::ProblemsView(QWidget *parent) : QWidget(parent)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Problem"), tr("Line"), tr("Where"), tr("Code")});
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(Message, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    // A pointer keeps its head and its last token; the message elides at its end like prose.
    m_tree->setItemDelegateForColumn(Where, new ElideDelegate(Qt::ElideMiddle, m_tree));
    m_tree->setAccessibleName(tr("Problems"));
    lay->addWidget(m_tree);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_tree->itemAt(at);
        if (!item)
            return;
        if (QMenu *menu = contextMenuFor(m_tree->indexOfTopLevelItem(item))) {
            menu->exec(m_tree->viewport()->mapToGlobal(at));
            menu->deleteLater();
        }
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_problems.size())
            emit activated(m_problems.at(i));
    });
}

void ProblemsView::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        const int la = a.diagnostic.pos.isValid() ? a.diagnostic.pos.line : INT_MAX;
        const int lb = b.diagnostic.pos.isValid() ? b.diagnostic.pos.line : INT_MAX;
        return la != lb ? la < lb : a.diagnostic.pos.column < b.diagnostic.pos.column;
    });
    const int currentRow = m_tree->currentItem() ? m_tree->indexOfTopLevelItem(m_tree->currentItem()) : -1;
    m_tree->clear();
    for (int i = 0; i < m_problems.size(); ++i) {
        const Diagnostic &d = m_problems.at(i).diagnostic;
        auto *item = new QTreeWidgetItem(m_tree);
        const QStyle::StandardPixmap icon = d.severity == Diagnostic::Severity::Error ? QStyle::SP_MessageBoxCritical
                                            : d.severity == Diagnostic::Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        item->setIcon(Message, style()->standardIcon(icon));
        item->setText(Message, d.message);
        item->setText(Line, d.pos.isValid() ? QStringLiteral("%1:%2").arg(d.pos.line).arg(d.pos.column) : QString());
        item->setText(Where, m_problems.at(i).parseError ? tr("JSON text") : d.pointer);
        item->setText(Code, d.code);
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, item->text(c));
        item->setData(Message, Qt::UserRole, i);
    }
    if (currentRow >= 0 && currentRow < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(currentRow));
    fitColumns();
    emit summaryChanged(summary());
}

void ProblemsView::fitColumns()
{
    // Narrow columns take their content up to a cap, so the message keeps the spare width.
    const int ch = fontMetrics().averageCharWidth();
    for (int c = Line; c < ColumnCount; ++c) {
        m_tree->resizeColumnToContents(c);
        if (c == Where)
            m_tree->setColumnWidth(c, qMin(m_tree->columnWidth(c), kWhereChars * ch));
    }
}

void ProblemsView::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::FontChange)
        fitColumns();
}

QStringList ProblemsView::quickFixes(const Problem &p)
{
    const QString &code = p.diagnostic.code;
    if (code == QLatin1String("legacy-v1") || code == QLatin1String("flat-integration-action"))
        return {tr("Migrate to the current format…")};
    return {};
}

QMenu *ProblemsView::contextMenuFor(int row)
{
    QTreeWidgetItem *item = m_tree->topLevelItem(row);
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    if (i < 0 || i >= m_problems.size())
        return nullptr;
    const Problem p = m_problems.at(i);
    auto *menu = new QMenu(this);
    QAction *go = menu->addAction(tr("Go to Problem"));
    connect(go, &QAction::triggered, this, [this, p]() { emit activated(p); });
    const QStringList fixes = quickFixes(p);
    if (!fixes.isEmpty()) {
        menu->addSeparator();
        QAction *fix = menu->addAction(fixes.first());
        fix->setObjectName(QStringLiteral("quickfix.migrate"));
        connect(fix, &QAction::triggered, this, &ProblemsView::migrateRequested);
    }
    return menu;
}

QString ProblemsView::summary() const
{
    int errors = 0, warnings = 0, notes = 0;
    for (const Problem &p : m_problems) {
        switch (p.diagnostic.severity) {
        case Diagnostic::Severity::Error: ++errors; break;
        case Diagnostic::Severity::Warning: ++warnings; break;
        case Diagnostic::Severity::Info: ++notes; break;
        }
    }
    if (!errors && !warnings && !notes)
        return tr("No problems");
    QStringList parts;
    if (errors)
        parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings)
        parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    if (notes)
        parts << (notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes));
    return parts.join(QStringLiteral(", "));
}

}  // namespace ad::app
