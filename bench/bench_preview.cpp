// How long one preview update takes outside the template render itself: building the payload
// context (with form-time jqQuery through the real engine or without jq) and building the rendered
// invocation from an already rendered invocationMethod. Prints medians; no assertions.
#include "context/contextbuilder.h"
#include "invocation/invocationbuilder.h"
#include "invocation/invocationformat.h"
#include "invocation/invocationrender.h"
#include "json/jsonparser.h"
#include "template/templateengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ad;

namespace {

JsonValue load(const char *name)
{
    QFile f(QStringLiteral(AD_EXAMPLES_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", name);
    return parseJson(f.readAll()).value;
}

double medianMs(int runs, const std::function<void()> &fn)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// An action with n inputs, each with a jqQuery default and visibility reading the form.
JsonValue manyInputs(int n)
{
    QString props;
    for (int i = 0; i < n; ++i)
        props += QStringLiteral("%1\"in%2\":{\"type\":\"string\",\"default\":{\"jqQuery\":\".user.email + \\\"-%2\\\"\"},"
                                "\"visible\":{\"jqQuery\":\".form.in0 != null\"}}")
                     .arg(i ? QStringLiteral(",") : QString())
                     .arg(i);
    return parseJson(QStringLiteral("{\"identifier\":\"many\",\"trigger\":{\"type\":\"self-service\",\"operation\":\"CREATE\","
                                    "\"userInputs\":{\"properties\":{%1}}},\"invocationMethod\":{\"type\":\"KAFKA\"}}")
                         .arg(props))
        .value;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const Scenario scenario;
    const JsonValue survey = load("webhook-selfservice-steps-survey.json");
    const JsonValue day2 = load("github-day2-entity-array-dataset.json");
    const JsonValue automation = load("automation-run-updated-upsert-sync-status.json");
    const JsonValue many = manyInputs(30);

    std::printf("context build, median ms (100 runs each; first engine call excluded)\n");
    const ContextBuilder noJq;
    const ContextBuilder withJq = engineContextBuilder(engine);
    const ContextBuilder withJqSingle(engineEvaluator(engine));
    withJq.build(survey, scenario);  // start the worker
    for (const auto &[name, action] : {std::pair<const char *, const JsonValue *>{"survey (5 inputs, 1 jqQuery)", &survey},
                                       {"day-2 entity array + dataset jqQuery", &day2},
                                       {"automation RUN_UPDATED", &automation},
                                       {"30 inputs, 60 jqQuery", &many}}) {
        withJq.build(*action, scenario);  // warm the worker's compile cache for these programs
        std::printf("  %-38s no jq %7.3f   engine, one call per field %8.3f   batched %8.3f\n", name,
                    medianMs(100, [&] { noJq.build(*action, scenario); }),
                    medianMs(100, [&] { withJqSingle.build(*action, scenario); }),
                    medianMs(100, [&] { withJq.build(*action, scenario); }));
    }

    InvocationSettings s = InvocationSettings::fromScenario(scenario);
    s.clientSecret = QStringLiteral("test");
    const InvocationPreview p = renderInvocation(survey, scenario, engine);
    std::printf("\nbuildInvocation (WEBHOOK, signed) median ms: %.4f\n",
                medianMs(1000, [&] { buildInvocation(p.render.value, s); }));
    std::printf("invocationToText + toCurl median ms:         %.4f\n",
                medianMs(1000, [&] {
                    invocationToText(p.invocation);
                    toCurl(p.invocation);
                }));
    std::printf("renderInvocation end to end (survey) ms:     %.3f\n",
                medianMs(50, [&] { renderInvocation(survey, scenario, engine); }));
    return 0;
}
