#pragma once
// A deploy action saved with two scenarios made from Port runs, for the preview's "Port payload" line
// (tst_portpayloadgui, tst_themebanners): "run r_same", whose payload is what we render too, and
// "run r_diff", whose inputs and entity differ from what Port sent (/body/env and /body/service).
// Scenario-from-run writes them so.

#include "org/runscenario.h"
#include "json/jsonparser.h"

#include "guifixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace runscenariofixture {

// One raw string per line: moc trips over multi-line raw strings at namespace scope.
inline const char *const kDeploy =
    R"({"identifier":"deploy","title":"Deploy","trigger":{"type":"self-service","operation":"DAY-2",)"
    R"("blueprintIdentifier":"service","userInputs":{"properties":{"env":{"type":"string","enum":["dev","prod"]}},)"
    R"("required":["env"]}},"invocationMethod":{"type":"WEBHOOK","url":"https://example.com/deploy",)"
    R"("body":{"env":"{{ .inputs.env }}","service":"{{ .entity.identifier }}","run":"{{ .run.id }}"}}})";

inline ad::JsonValue js(const char *text) { return ad::parseJson(QByteArray(text)).value; }

// Writes kDeploy to `path` and the two scenarios to its sidecar. A failure is recorded for the calling
// test, which checks QTest::currentTestFailed() before going on.
inline void writeDeployWithTwoRuns(const QString &path)
{
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kDeploy);
    }
    const ad::JsonValue action = js(kDeploy);
    const struct {
        const char *name;
        const char *run;
    } runs[] = {
        {"run r_same", R"({"id":"r_same","action":{"identifier":"deploy"},"entity":{"identifier":"svc-a"},)"
                       R"("properties":{"env":"prod"},"payload":{"env":"prod","service":"svc-a","run":"r_same"}})"},
        {"run r_diff", R"({"id":"r_diff","action":{"identifier":"deploy"},"entity":{"identifier":"svc-b"},)"
                       R"("properties":{"env":"dev"},"payload":{"env":"prod","service":"svc-a","run":"r_diff"}})"},
    };
    for (const auto &r : runs) {
        QString error;
        QVERIFY2(
            ad::org::addRunScenario(path, action, js(r.run), QString::fromLatin1(r.name), nullptr, nullptr, &error),
            qPrintable(error));
    }
}

// A main window (1100x760, shown) with that action and its scenarios open. A failure is recorded for
// the calling test, which checks QTest::currentTestFailed() before going on.
struct PayloadWindow : guifixture::WindowFixture {
    QTemporaryDir dir;
    ad::app::PreviewDock *preview = window->findChild<ad::app::PreviewDock *>();

    PayloadWindow()
    {
        const QString path = dir.filePath(QStringLiteral("deploy.json"));
        writeDeployWithTwoRuns(path);
        if (QTest::currentTestFailed())
            return;
        window->resize(1100, 760);
        window->show();
        QVERIFY(window->openFile(path));
    }
};

}  // namespace runscenariofixture
