#pragma once
// tst_docklayout's helpers for the UI language and a run with long lines.

#include "app/i18n/language.h"
#include "runner/runstore.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTranslator>

namespace docklayout {

using namespace ad;
using namespace ad::app;

// The UI in `code` ("de") while it lives: the app's translators installed before a window is built,
// removed after (the next test builds its window in English).
class Language {
public:
    explicit Language(const QString &code) { m_on = code == QLatin1String("en") || installTranslators(code); }
    ~Language()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    // The language is in use ("en" always is).
    bool on() const { return m_on; }

private:
    bool m_on = false;
};

// A finished run whose timeline has long lines: a request URL with a long path, log lines of
// three lines' length at a dock's width, a long summary and a warning.
QString addLongRun(RunStore *store)
{
    Run header;
    header.action = QStringLiteral("deploy_service");
    header.backend = QStringLiteral("WEBHOOK");
    header.scenario = QStringLiteral("default");
    const QString id = store->create(header);
    RunRequest rq;
    rq.method = QStringLiteral("POST");
    rq.url = QStringLiteral("https://deploy.example.com/hooks/") + QStringLiteral("team-platform/").repeated(8) +
             QStringLiteral("deploy?environment=staging&version=1.4.2");
    rq.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                  {QStringLiteral("X-Port-Signature"),
                   QStringLiteral("v1,") + QStringLiteral("DvFHUZ49DT4nule99xa62NJu").repeated(4)}};
    rq.body =
        R"({"environment":"staging","summary":"Deploy example-service 1.4.2 to staging in cluster example-cluster after the checks"})";
    store->setRequest(id, rq);
    store->addWarning(id, QStringLiteral("TLS certificate verification is off for this run, so a self-signed test "
                                         "endpoint is accepted; never use this against production systems"));
    for (int i = 1; i <= 14; ++i)
        store->appendLog(id,
                         QStringLiteral("Step %1: pulling registry.example.com/team/deploy-service:1.4.2 and waiting "
                                        "for the rollout of every replica in cluster example-cluster to report "
                                        "ready before the next step starts")
                             .arg(i),
                         QStringLiteral("webhook-client"));
    store->finish(id, runstatus::Success,
                  QStringLiteral("Deployed example-service 1.4.2 to staging in cluster example-cluster after a "
                                 "rolling update of every replica"));
    return id;
}

// Text lines of `view` that lie wholly inside its viewport (scrolled to the top): each block of
// text counts once, and only when it is laid out on one line.
int wholeLinesInView(QTextBrowser *view, int *wrapped)
{
    QTextDocument *doc = view->document();
    const int height = view->viewport()->height();
    int lines = 0;
    *wrapped = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QRectF box = doc->documentLayout()->blockBoundingRect(b);
        if (b.text().trimmed().isEmpty() || box.bottom() > height)
            continue;
        if (b.layout()->lineCount() == 1)
            ++lines;
        else
            ++*wrapped;
    }
    return lines;
}

}  // namespace docklayout
