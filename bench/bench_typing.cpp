// Typing latency in the JSON view of a ~1 MB document (issue 7): opens the real main window on a
// file of many actions, types into a string value at a human pace (one key every 30 ms), and
// records (a) how long each key event takes to handle and (b) the longest gap between ticks of a
// 5 ms timer while typing, i.e. the longest the UI was unresponsive (a "stall"). Also runs the
// debounced validation that follows the typing burst. No assertions: it prints figures.
#include "app/document/document.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/templatelineedit.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
QByteArray makeBigFile(int targetBytes)
{
    QByteArray out = "[\n";
    const QDir dir(QStringLiteral(AD_EXAMPLES_DIR));
    QList<QByteArray> actions;
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (f.startsWith(QLatin1String("legacy")))
            continue;
        QFile file(dir.filePath(f));
        if (file.open(QIODevice::ReadOnly))
            actions << file.readAll().trimmed();
    }
    int n = 0;
    while (out.size() < targetBytes) {
        QByteArray a = actions.at(n % actions.size());
        const QByteArray renamed = QByteArray("\"identifier\": \"n") + QByteArray::number(n) + QByteArray("_");
        a.replace(QByteArray("\"identifier\": \""), renamed);
        if (n)
            out += ",\n";
        out += a;
        ++n;
    }
    out += "\n]\n";
    return out;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[size_t(std::min<double>(double(v.size() - 1), p * double(v.size())))];
}
}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int keys = argc > 1 ? atoi(argv[1]) : 120;

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("big.json"));
    const QByteArray big = makeBigFile(1 << 20);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(big);
    f.close();

    // The preview's jq worker is the app binary; without this it would be this harness itself.
    ad::app::PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
    ad::app::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QElapsedTimer open;
    open.start();
    QString error;
    if (!w.openFile(path, &error)) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }
    w.action(QStringLiteral("view.toggleJson")) ? w.action(QStringLiteral("view.toggleJson"))->trigger() : void();
    QCoreApplication::processEvents();
    const qint64 openMs = open.elapsed();

    ad::app::JsonEditor *ed = w.jsonView()->editor();
    ed->setFocus();
    // Caret inside the first "title" string value.
    const QString text = ed->text();
    const int at = int(text.indexOf(QLatin1String("\"title\": \"")) + 10);
    int line = 0, index = 0;
    ed->lineIndexFromPosition(at, &line, &index);
    ed->setCursorPosition(line, index);

    // Stall detector: the largest gap between 5 ms ticks.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
    });

    const QString typed = QStringLiteral("Deploy the service to production ");
    // Types `keys` characters into `target` at a human pace; per-key handling times and the
    // longest UI stall (including the debounced work after the burst).
    auto typeInto = [&](QWidget *target, std::vector<double> &perKey) {
        ticker.start();
        lastTick = clock.elapsed();
        maxGap = 0;
        for (int i = 0; i < keys; ++i) {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(target, typed.at(i % typed.size()).toLatin1());
            perKey.push_back(double(k.nsecsElapsed()) / 1e6);
            QTest::qWait(30);
        }
        QTest::qWait(600);
        ticker.stop();
        return maxGap;
    };

    std::vector<double> perKey;
    const qint64 jsonStall = typeInto(ed, perKey);

    // The same in a form field (the action's title) of the same document.
    w.editorArea()->showPart(QStringLiteral("details"));
    w.editorArea()->showForm();
    QCoreApplication::processEvents();
    QWidget *titleEdit = nullptr;
    for (ad::app::StringField *f : w.findChildren<ad::app::StringField *>())
        if (f->pointer() == QLatin1String("/title") && f->isVisible())
            titleEdit = f->edit();
    std::vector<double> perFormKey;
    qint64 formStall = -1;
    if (titleEdit) {
        titleEdit->setFocus();
        formStall = typeInto(titleEdit, perFormKey);
    }

    std::printf("document: %.2f MB, %lld actions' worth; open + first JSON view: %lld ms\n", big.size() / 1048576.0,
                static_cast<long long>(w.document()->actionCount()), static_cast<long long>(openMs));
    std::printf("%-40s %10s\n", "typing, 1 MB document (JSON view)", "ms");
    std::printf("%-40s %10.2f\n", "key handling, median", percentile(perKey, 0.5));
    std::printf("%-40s %10.2f\n", "key handling, p95", percentile(perKey, 0.95));
    std::printf("%-40s %10.2f\n", "key handling, max", percentile(perKey, 1.0));
    std::printf("%-40s %10lld   (goal: no stall > 50 ms)\n", "longest UI stall while typing", static_cast<long long>(jsonStall));
    std::printf("%-40s %10.2f\n", "form field: key handling, median", percentile(perFormKey, 0.5));
    std::printf("%-40s %10.2f\n", "form field: key handling, max", percentile(perFormKey, 1.0));
    std::printf("%-40s %10lld\n", "form field: longest UI stall", static_cast<long long>(formStall));
    return 0;
}
