#pragma once
// A stored run as the Runner dock shows it: header, warnings, links, the request sent, the response,
// and the logs and status changes in time order. Everything comes from the RunStore, already masked;
// header values that name credentials are masked once more for display.

#include "runner/run.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace ad::app {

// Rich text for a QTextBrowser (links are <a href>, opened with QDesktopServices by the dock).
QString runTimelineHtml(const Run &run);
// A stored status change ("status IN_PROGRESS -> SUCCESS", "statusLabel: x") in the UI language.
QString runEventText(const QString &what);
// The colour of a status in the runs list and the timeline header.
QColor runStatusColor(const QString &status);
// A dot in that colour (a quarter cut out while in progress): the runs list and the org's run picker.
QIcon runStatusIcon(const QString &status);
// "1.2 s", "340 ms", "2 min 5 s"; "" for a negative duration.
QString formatDuration(qint64 ms);
// "512 B", "3.4 KiB", "1.0 MiB".
QString formatSize(qint64 bytes);

}  // namespace ad::app
