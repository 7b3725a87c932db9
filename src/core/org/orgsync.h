#pragma once
// Keeping a folder of action files in step with a Port organization, without widgets or network:
// the CLI and the Organization dock feed it what they fetched and act on what it says.
//
// "Same" is decided after normalizing (PORT-SPEC §7.7): server fields dropped, the defaults Port
// fills in on store dropped, object keys sorted where Port does not care about their order. The
// folder's manifest (.port-sync.json) keeps the copy of each action as last pulled (or pushed), so
// the status of an action is three-way: local file, that copy, the org now.

#include "json/jsonvalue.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ad::org {

// The server-managed fields (ActionFile::serverFields()) plus the ones port-cli also ignores
// (_id, orgId); removed from a copy, everything else kept as it is.
JsonValue stripServerFields(const JsonValue &action);
// The form two copies are compared in; see the header comment. Never written to files.
JsonValue normalize(const JsonValue &action);
bool sameAction(const JsonValue &a, const JsonValue &b);

// One place where two values differ, by JSON pointer. A side that lacks the member is nullopt.
struct JsonDifference {
    QString pointer;
    std::optional<JsonValue> left;
    std::optional<JsonValue> right;
};
// Leaf-level differences of two already normalized values: objects by key, arrays by index.
QList<JsonDifference> diff(const JsonValue &left, const JsonValue &right);
// A value shown in one table cell / one line: compact JSON, "(absent)" for nullopt.
QString cellText(const std::optional<JsonValue> &v, int maxChars = 200);

// ---- the folder ----

inline const QString kManifestName = QStringLiteral(".port-sync.json");

struct ManifestEntry {
    QString file;        // relative to the folder
    JsonValue copy;      // the org's copy as last pulled/pushed, server fields stripped
};

struct Manifest {
    static constexpr int kVersion = 1;
    QString profile;
    QString baseUrl;
    QDateTime syncedAt;
    QMap<QString, ManifestEntry> actions;  // by identifier

    // Records who it was synced with, and now.
    void stamp(const QString &profileName, const QString &apiBase)
    {
        profile = profileName;
        baseUrl = apiBase;
        syncedAt = QDateTime::currentDateTimeUtc();
    }
    // A missing file is an empty manifest (true); a broken one is false with *error.
    static bool load(const QString &dir, Manifest *out, QString *error);
    bool save(const QString &dir, QString *error) const;
};

// One action file in the folder.
struct LocalAction {
    QString file;        // relative to the folder
    JsonValue action;    // as in the file (a bare action, or the action of an API wrapper)
    QString error;       // unreadable / not JSON / no identifier
};

// Every *.json file of the folder except the manifest and scenario sidecars (*.scenarios.json).
// Files whose action has no identifier are listed under their file name with an error.
QMap<QString, LocalAction> readFolder(const QString &dir, QStringList *problems = nullptr);
// The file an action pulled for the first time is written to: "<identifier>.json", made safe.
QString fileNameFor(const QString &identifier);

// ---- status ----

enum class Status {
    Same,
    ChangedLocally,
    ChangedInOrg,
    ChangedOnBothSides,
    OnlyLocal,
    OnlyInOrg,
    Different,  // no last-pulled copy to tell who changed it (never pulled; or two orgs compared)
    Error       // the local file could not be read
};
QString statusName(Status s);   // "same", "changed locally", ...
QString statusKey(Status s);    // "same", "changed-locally", ... (for --format json)

struct SyncItem {
    QString identifier;
    Status status = Status::Same;
    QString file;                       // local file, when there is one
    std::optional<JsonValue> local;     // server fields stripped
    std::optional<JsonValue> base;      // the manifest's copy
    std::optional<JsonValue> org;       // server fields stripped
    QString error;
    QString blueprint;   // trigger.blueprintIdentifier (self-service) or the event's blueprint
    bool automation = false;
    // What differs between the local (left) and the org (right) copies, after normalizing.
    QList<JsonDifference> differences;
};

// Local folder vs the org, with the manifest as the common ancestor.
QList<SyncItem> compareFolder(const QMap<QString, LocalAction> &local, const Manifest &manifest,
                              const QMap<QString, JsonValue> &org);
// Two sets of actions (two orgs, or a folder without manifest): same / different / only left
// (OnlyLocal) / only right (OnlyInOrg).
QList<SyncItem> compareSets(const QMap<QString, JsonValue> &left, const QMap<QString, JsonValue> &right);
// The actions of Port's list answer ({"ok":true,"actions":[...]}) by identifier, server fields
// stripped.
QMap<QString, JsonValue> actionsByIdentifier(const JsonValue &listAnswer);
bool isDifference(Status s);

// ---- pull ----

struct PullStep {
    enum class Op { Write, Unchanged, Keep };
    QString identifier;
    Op op = Op::Write;
    QString file;       // relative to the folder
    JsonValue copy;     // the org's copy, server fields stripped (what is written and recorded)
    QString reason;     // why kept
};
// What pulling `org` into a folder does per action: write the org's copy, leave a file that is
// already the same, or keep a file with local edits (edited since the last pull, or never pulled
// and different) unless `force`. `only` limits it (empty: every action of the org).
QList<PullStep> planPull(const QMap<QString, LocalAction> &local, const Manifest &manifest,
                         const QMap<QString, JsonValue> &org, const QStringList &only, bool force,
                         const QString &dir);
// Writes the plan's Write steps (canonical formatting) and records every written or unchanged
// action in `manifest`. Files that cannot be written become Keep steps with the error as reason.
void applyPull(QList<PullStep> *plan, const QString &dir, Manifest *manifest);

// ---- push ----

struct PushStep {
    enum class Op { Create, Update, Skip };
    QString identifier;
    Op op = Op::Skip;
    QString file;
    JsonValue body;   // what is sent: the local action, server fields stripped
    QString reason;   // why skipped / what changes, one line
    QList<JsonDifference> differences;
};
// Local changes to send: OnlyLocal -> create (POST), changed locally -> replace (PUT). Changed in
// the org or on both sides is skipped unless `force` (pushing would undo the org's change).
// `only` limits it to these identifiers (empty: every action of the folder).
QList<PushStep> planPush(const QList<SyncItem> &items, const QStringList &only, bool force);

// The place in `action` a Port error names: a details entry's instancePath / path / dataPath /
// field, or a "/a/b", "body/a/b" or "body.a.b" text in the message; the longest prefix of it that
// exists in `action`. Empty when it names nothing there.
QString pointerNamedBy(const QString &message, const JsonValue &details, const JsonValue &action);

}  // namespace ad::org
