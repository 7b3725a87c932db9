#include "app/runner/runtimeline.h"

#include "app/util/themecolors.h"

#include "invocation/invocationformat.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPalette>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace ad::app {

namespace {

// Bodies beyond this are cut in the view (the store keeps up to its own limit).
constexpr qsizetype kShownBodyBytes = 64 * 1024;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
}

// JSON bodies pretty-printed (keys in their order), anything else as text.
QString bodyText(const QByteArray &body, bool *cut)
{
    *cut = body.size() > kShownBodyBytes;
    const QByteArray shown = *cut ? body.left(kShownBodyBytes) : body;
    if (!*cut) {
        const JsonParseResult parsed = parseJson(shown);
        if (parsed.ok() && parsed.value.isContainer())
            return QString::fromUtf8(writeJson(parsed.value));
    }
    return QString::fromUtf8(shown);
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre style=\"margin:2px 0 6px 12px\">%1</pre>").arg(esc(text));
}

QString headersBlock(const HeaderList &headers)
{
    QString out;
    for (const auto &h : headers)
        out += h.first + QStringLiteral(": ") + maskHeaderValue(h.first, h.second, {}) + QLatin1Char('\n');
    return out.isEmpty() ? QString() : pre(out.chopped(1));
}

QString section(const QString &title)
{
    return QStringLiteral("<h4 style=\"margin:6px 0 1px 0\">%1</h4>").arg(esc(title));
}

QString bodyBlock(const QByteArray &body, bool storedTruncated, qint64 size)
{
    if (body.isEmpty())
        return QStringLiteral("<p style=\"margin-left:12px\"><i>%1</i></p>").arg(QCoreApplication::translate("ad::app::RunTimeline", "(empty body)"));
    bool cut = false;
    QString out = pre(bodyText(body, &cut));
    if (cut || storedTruncated)
        out += QStringLiteral("<p style=\"margin-left:12px;color:%1\">%2</p>")
                   .arg(warningTextColor(QApplication::palette()).name(),
                        QCoreApplication::translate("ad::app::RunTimeline", "… truncated (showing %1 of %2)")
                            .arg(formatSize(cut ? kShownBodyBytes : body.size()),
                                 formatSize(qMax<qint64>(size, body.size()))));
    return out;
}

QString link(const QString &url)
{
    // Only web links are clickable: a backend may report anything (javascript:, file:).
    const QString scheme = QUrl(url).scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return esc(url);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(url));
}

// The runner's own fixed lines, stored in English and shown in the UI language.
const char *const kRunnerLines[] = {
    QT_TRANSLATE_NOOP("ad::app::RunTimeline", "Rendering the invocation…"),
    QT_TRANSLATE_NOOP("ad::app::RunTimeline", "Interrupted: the designer stopped before the run ended."),
    QT_TRANSLATE_NOOP("ad::app::RunTimeline", "Cancelled by the user"),
};

QString runnerLineText(const QString &message)
{
    for (const char *line : kRunnerLines)
        if (message == QString::fromUtf8(line))
            return QCoreApplication::translate("ad::app::RunTimeline", line);
    return message;
}

}  // namespace

QString runEventText(const QString &what)
{
    // The history stores events in one fixed (English) form; they are translated when shown, so a
    // run reads in the language of the session that shows it.
    if (what == QLatin1String("created (IN_PROGRESS)"))
        return QCoreApplication::translate("ad::app::RunTimeline", "created (IN_PROGRESS)");
    if (what == QLatin1String("response reported"))
        return QCoreApplication::translate("ad::app::RunTimeline", "response reported");
    static const QRegularExpression status(QStringLiteral("^status (\\S+) -> (\\S+)$"));
    if (const auto m = status.match(what); m.hasMatch())
        return QCoreApplication::translate("ad::app::RunTimeline", "status %1 → %2").arg(m.captured(1), m.captured(2));
    const struct {
        const char *prefix;
        const char *text;
    } fields[] = {
        {"statusLabel: ", QT_TRANSLATE_NOOP("ad::app::RunTimeline", "status label: %1")},
        {"link: ", QT_TRANSLATE_NOOP("ad::app::RunTimeline", "link: %1")},
        {"summary: ", QT_TRANSLATE_NOOP("ad::app::RunTimeline", "summary: %1")},
        {"externalRunId: ", QT_TRANSLATE_NOOP("ad::app::RunTimeline", "external run id: %1")},
    };
    for (const auto &f : fields)
        if (what.startsWith(QLatin1String(f.prefix)))
            return QCoreApplication::translate("ad::app::RunTimeline", f.text).arg(what.mid(int(qstrlen(f.prefix))));
    return what;
}

QColor runStatusColor(const QString &status)
{
    if (status == runstatus::Success)
        return QColor(0x2e, 0x9d, 0x4f);
    if (status == runstatus::Failure)
        return QColor(0xd0, 0x3a, 0x3a);
    // Port's other states (PORT-SPEC §7.4), seen in the org's runs.
    if (status == QLatin1String("WAITING_FOR_APPROVAL"))
        return QColor(0x2f, 0x7d, 0xd8);
    if (status == QLatin1String("DECLINED"))
        return QColor(0x80, 0x80, 0x80);
    return QColor(0xe0, 0x9a, 0x1a);
}

QIcon runStatusIcon(const QString &status)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(status);
    if (it != cache.end())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(runStatusColor(status));
    if (status == runstatus::InProgress)
        p.drawPie(QRectF(1, 1, 10, 10), 90 * 16, -270 * 16);  // a "spinner" quarter cut out
    else
        p.drawEllipse(QRectF(1, 1, 10, 10));
    p.end();
    return *cache.insert(status, QIcon(pm));
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(QLocale::c().toString(ms / 1000.0, 'f', 1));
    return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(QLocale::c().toString(bytes / 1024.0, 'f', 1));
    return QStringLiteral("%1 MiB").arg(QLocale::c().toString(bytes / (1024.0 * 1024.0), 'f', 1));
}

QString runTimelineHtml(const Run &run)
{
    QString h;
    const QString colour = runStatusColor(run.status).name();
    h += QStringLiteral("<p style=\"margin:0\"><span style=\"color:%1;font-weight:bold\">● %2</span>")
             .arg(colour, esc(run.status));
    if (!run.statusLabel.isEmpty())
        h += QStringLiteral(" — %1").arg(esc(run.statusLabel));
    // One whole sentence per translation, its arguments filled in one arg() call (so no argument's
    // own text is taken for a placeholder).
    h += QStringLiteral("&nbsp;&nbsp;")
         + QCoreApplication::translate("ad::app::RunTimeline", "%1 · %2 · scenario %3")
               .arg(QStringLiteral("<b>%1</b>").arg(esc(run.action)), esc(run.backend),
                    esc(run.scenario.isEmpty() ? QStringLiteral("-") : run.scenario))
         + QStringLiteral("</p>");
    QString when = QCoreApplication::translate("ad::app::RunTimeline", "%1 · started %2")
                       .arg(run.id, run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (run.isFinished())
        when += QStringLiteral(" · ") + QCoreApplication::translate("ad::app::RunTimeline", "took %1").arg(formatDuration(run.durationMs()));
    else
        when += QStringLiteral(" · ") + QCoreApplication::translate("ad::app::RunTimeline", "running");
    h += QStringLiteral("<p style=\"margin:0;color:gray\">%1</p>").arg(esc(when));
    if (!run.summary.isEmpty())
        h += QStringLiteral("<p style=\"margin:4px 0\">%1</p>").arg(esc(run.summary));

    for (const QString &w : run.warnings)
        h += QStringLiteral("<p style=\"margin:4px 0;padding:3px;background:%1;color:%2\">⚠ %3</p>")
                 .arg(toneBackground(QApplication::palette(), Tone::Warning).name(),
                      toneText(QApplication::palette(), Tone::Warning).name(), esc(w));

    if (!run.links.isEmpty() || !run.externalRunId.isEmpty()) {
        h += section(QCoreApplication::translate("ad::app::RunTimeline", "Links"));
        for (const QString &l : run.links)
            h += QStringLiteral("<p style=\"margin:0 0 0 12px\">%1</p>").arg(link(l));
        if (!run.externalRunId.isEmpty())
            h += QStringLiteral("<p style=\"margin:0 0 0 12px\">%1</p>").arg(QCoreApplication::translate("ad::app::RunTimeline", "External run id: %1").arg(esc(run.externalRunId)));
    }

    // Logs and status changes interleaved by time; the store keeps each list in order.
    struct Line {
        QDateTime at;
        QString by;
        QString text;
        bool event;
    };
    QList<Line> lines;
    for (const RunLog &l : run.logs)
        lines.append({l.createdAt, l.createdBy, l.createdBy == QLatin1String("runner") ? runnerLineText(l.message) : l.message, false});
    for (const RunEvent &e : run.events)
        lines.append({e.at, e.by, runEventText(e.what), true});
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at < b.at; });
    if (!lines.isEmpty()) {
        h += section(QCoreApplication::translate("ad::app::RunTimeline", "Logs and status changes"));
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-left:12px\">");
        for (const Line &l : lines)
            h += QStringLiteral("<tr><td style=\"color:gray\">%1&nbsp;</td><td style=\"color:gray\">%2&nbsp;</td>"
                                "<td>%3%4%5</td></tr>")
                     .arg(esc(time(l.at)), esc(l.by), l.event ? QStringLiteral("<i>") : QString(), esc(l.text),
                          l.event ? QStringLiteral("</i>") : QString());
        h += QStringLiteral("</table>");
    }

    const RunRequest &rq = run.request;
    if (!rq.method.isEmpty() || !rq.url.isEmpty()) {
        h += section(QCoreApplication::translate("ad::app::RunTimeline", "Request sent"));
        h += QStringLiteral("<p style=\"margin:0 0 0 12px\"><b>%1</b> %2</p>").arg(esc(rq.method), esc(rq.url));
        if (!rq.topic.isEmpty())
            h += QStringLiteral("<p style=\"margin:0 0 0 12px\">%1</p>")
                     .arg(QCoreApplication::translate("ad::app::RunTimeline", "topic %1, key %2").arg(esc(rq.topic), esc(QString::fromUtf8(rq.key))));
        h += headersBlock(rq.headers);
        h += bodyBlock(rq.body, false, rq.body.size());
    }

    const RunResponse &rs = run.response;
    if (!rs.isEmpty()) {
        h += section(QCoreApplication::translate("ad::app::RunTimeline", "Response"));
        QStringList facts;
        // With an HTTP status the runner's message is the reason phrase ("OK", "Not Found").
        if (rs.httpStatus > 0)
            facts << QStringLiteral("HTTP %1 %2").arg(rs.httpStatus).arg(rs.error).trimmed();
        if (rs.elapsedMs >= 0)
            facts << formatDuration(rs.elapsedMs);
        facts << formatSize(rs.bodySize);
        if (rs.truncated)
            facts << QCoreApplication::translate("ad::app::RunTimeline", "truncated");
        const QColor c = rs.httpStatus >= 200 && rs.httpStatus < 300 ? runStatusColor(runstatus::Success)
                                                                      : runStatusColor(runstatus::Failure);
        h += QStringLiteral("<p style=\"margin:0 0 0 12px\"><span style=\"color:%1;font-weight:bold\">%2</span></p>")
                 .arg(c.name(), esc(facts.join(QStringLiteral(" · "))));
        if (rs.httpStatus == 0 && !rs.error.isEmpty())
            h += QStringLiteral("<p style=\"margin:0 0 0 12px;color:%1\">%2</p>")
                     .arg(runStatusColor(runstatus::Failure).name(), esc(rs.error));
        for (const QString &r : rs.redirects)
            h += QStringLiteral("<p style=\"margin:0 0 0 12px\">↪ %1</p>").arg(QCoreApplication::translate("ad::app::RunTimeline", "redirected to %1").arg(link(r)));
        h += headersBlock(rs.headers);
        if (rs.httpStatus > 0 || !rs.body.isEmpty())
            h += bodyBlock(rs.body, rs.truncated, rs.bodySize);
    }
    if (!run.reportedResponse.isEmpty()) {
        h += section(QCoreApplication::translate("ad::app::RunTimeline", "Response reported by the backend"));
        h += bodyBlock(run.reportedResponse, false, run.reportedResponse.size());
    }

    return h;
}

}  // namespace ad::app
