#include "org/orgsync.h"

#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "model/actionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace ad::org {

namespace {

const QStringList &extraIgnored()
{
    static const QStringList f = {QStringLiteral("_id"), QStringLiteral("orgId")};
    return f;
}

void removeIf(JsonValue *obj, QStringView key, const JsonValue &defaultValue)
{
    if (!obj || !obj->isObject())
        return;
    if (const JsonValue *v = obj->find(key); v && *v == defaultValue)
        obj->remove(key);
}

// Sorts object keys recursively; `keepOrder` pointers keep their own member order (their children
// are still sorted).
void sortKeys(JsonValue &v, const QString &pointer, const QStringList &keepOrder)
{
    if (v.isArray()) {
        for (qsizetype i = 0; i < v.size(); ++i)
            sortKeys(v[i], jsonPointerAppend(pointer, i), keepOrder);
        return;
    }
    if (!v.isObject())
        return;
    for (JsonMember &m : v.members())
        sortKeys(m.value, jsonPointerAppend(pointer, m.key), keepOrder);
    if (!keepOrder.contains(pointer))
        std::stable_sort(v.members().begin(), v.members().end(),
                         [](const JsonMember &a, const JsonMember &b) { return a.key < b.key; });
}

void diffInto(const JsonValue *l, const JsonValue *r, const QString &pointer, QList<JsonDifference> *out)
{
    if (l && r && *l == *r)
        return;
    if (l && r && l->type() == r->type() && l->isObject()) {
        QStringList keys = l->keys();
        for (const QString &k : r->keys())
            if (!keys.contains(k))
                keys << k;
        for (const QString &k : keys)
            diffInto(l->find(k), r->find(k), jsonPointerAppend(pointer, k), out);
        return;
    }
    if (l && r && l->type() == r->type() && l->isArray()) {
        for (qsizetype i = 0; i < qMax(l->size(), r->size()); ++i)
            diffInto(i < l->size() ? &l->at(i) : nullptr, i < r->size() ? &r->at(i) : nullptr,
                     jsonPointerAppend(pointer, i), out);
        return;
    }
    JsonDifference d;
    d.pointer = pointer;
    if (l)
        d.left = *l;
    if (r)
        d.right = *r;
    out->append(d);
}

JsonValue actionOfFile(const ActionFile &f)
{
    if (f.shape() == ActionFile::Shape::SingleAction || f.shape() == ActionFile::Shape::ApiAction)
        if (const JsonValue *a = f.action(0))
            return *a;
    return {};
}

void describeKind(SyncItem *item)
{
    const JsonValue &a = item->local ? *item->local : item->org ? *item->org : item->base ? *item->base : JsonValue();
    const JsonValue &trigger = a.value(u"trigger");
    item->automation = trigger.value(u"type").toString() == QLatin1String("automation");
    item->blueprint = trigger.value(u"blueprintIdentifier").toString();
    if (item->blueprint.isEmpty())
        item->blueprint = trigger.value(u"event").value(u"blueprintIdentifier").toString();
}

}  // namespace

JsonValue stripServerFields(const JsonValue &action)
{
    JsonValue a = action;
    if (!a.isObject())
        return a;
    for (const QString &f : ActionFile::serverFields())
        a.remove(f);
    for (const QString &f : extraIgnored())
        a.remove(f);
    return a;
}

JsonValue normalize(const JsonValue &action)
{
    JsonValue a = stripServerFields(action);
    if (!a.isObject())
        return a;
    a.clearSourceInfo();
    const JsonValue no = JsonValue::fromBool(false);
    removeIf(&a, u"requiredApproval", no);
    if (JsonValue *im = a.find(u"invocationMethod"); im && im->isObject()) {
        removeIf(im, u"agent", no);
        removeIf(im, u"synchronized", no);
        if (im->value(u"type").toString() == QLatin1String("WEBHOOK"))
            removeIf(im, u"method", JsonValue::fromString(QStringLiteral("POST")));
    }
    if (JsonValue *trigger = a.find(u"trigger"); trigger && trigger->isObject()) {
        if (JsonValue *ui = trigger->find(u"userInputs"); ui && ui->isObject()) {
            removeIf(ui, u"required", JsonValue::array());
            removeIf(ui, u"order", JsonValue::array());
            // `required` is a set of names: its order means nothing.
            if (JsonValue *req = ui->find(u"required"); req && req->isArray())
                std::stable_sort(req->items().begin(), req->items().end(), [](const JsonValue &x, const JsonValue &y) {
                    return x.isString() && y.isString() && x.toString() < y.toString();
                });
        }
    }
    // The webhook body's key order is the order of the payload Port sends; the inputs' order is
    // the form's order when `order` is not given. Everything else Port stores as a set of keys.
    sortKeys(a, QString(), {QStringLiteral("/invocationMethod/body"), QStringLiteral("/trigger/userInputs/properties")});
    return a;
}

bool sameAction(const JsonValue &a, const JsonValue &b)
{
    return normalize(a) == normalize(b);
}

QList<JsonDifference> diff(const JsonValue &left, const JsonValue &right)
{
    QList<JsonDifference> out;
    diffInto(&left, &right, QString(), &out);
    return out;
}

QString cellText(const std::optional<JsonValue> &v, int maxChars)
{
    if (!v)
        return QStringLiteral("(absent)");
    QString s = QString::fromUtf8(toCompactJs(*v));
    if (maxChars > 0 && s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

// ---- manifest ----

bool Manifest::load(const QString &dir, Manifest *out, QString *error)
{
    *out = Manifest();
    const QString path = QDir(dir).filePath(kManifestName);
    if (!QFileInfo::exists(path))
        return true;
    const ActionFile f = ActionFile::fromFile(path);
    if (!f.ok() || !f.root().isObject()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.ok() ? QStringLiteral("not a manifest object") : f.parseError().message);
        return false;
    }
    const JsonValue &r = f.root();
    out->profile = r.value(u"profile").toString();
    out->baseUrl = r.value(u"baseUrl").toString();
    out->syncedAt = QDateTime::fromString(r.value(u"syncedAt").toString(), Qt::ISODate);
    for (const JsonMember &m : r.value(u"actions").members()) {
        ManifestEntry e;
        e.file = m.value.value(u"file").toString();
        e.copy = m.value.value(u"copy");
        out->actions.insert(m.key, e);
    }
    return true;
}

bool Manifest::save(const QString &dir, QString *error) const
{
    JsonValue r = JsonValue::object();
    r.set(QStringLiteral("version"), JsonValue::fromInt(kVersion));
    r.set(QStringLiteral("profile"), JsonValue::fromString(profile));
    r.set(QStringLiteral("baseUrl"), JsonValue::fromString(baseUrl));
    r.set(QStringLiteral("syncedAt"), JsonValue::fromString(syncedAt.toUTC().toString(Qt::ISODateWithMs)));
    JsonValue actions = JsonValue::object();
    for (auto it = this->actions.cbegin(); it != this->actions.cend(); ++it) {
        JsonValue e = JsonValue::object();
        e.set(QStringLiteral("file"), JsonValue::fromString(it->file));
        e.set(QStringLiteral("copy"), it->copy);
        actions.set(it.key(), e);
    }
    r.set(QStringLiteral("actions"), actions);
    QSaveFile f(QDir(dir).filePath(kManifestName));
    const QByteArray bytes = writeJson(r);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

// ---- folder ----

QString fileNameFor(const QString &identifier)
{
    QString s;
    for (const QChar c : identifier)
        s += (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')) ? c : QLatin1Char('_');
    if (s.isEmpty() || s.startsWith(QLatin1Char('.')))
        s.prepend(QLatin1Char('_'));
    return s + QStringLiteral(".json");
}

QMap<QString, LocalAction> readFolder(const QString &dir, QStringList *problems)
{
    QMap<QString, LocalAction> out;
    const QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == kManifestName || name.endsWith(QLatin1String(".scenarios.json")))
            continue;
        LocalAction la;
        la.file = name;
        const ActionFile f = ActionFile::fromFile(d.filePath(name));
        QString id;
        if (!f.ok()) {
            la.error = QStringLiteral("%1:%2:%3: %4").arg(name).arg(f.parseError().pos.line).arg(f.parseError().pos.column).arg(f.parseError().message);
        } else {
            la.action = actionOfFile(f);
            id = la.action.value(u"identifier").toString();
            if (!la.action.isObject())
                la.error = QStringLiteral("%1: not a single action (%2)").arg(name, ActionFile::shapeName(f.shape()));
            else if (id.isEmpty())
                la.error = QStringLiteral("%1: the action has no identifier").arg(name);
        }
        if (id.isEmpty())
            id = name;
        if (out.contains(id)) {
            if (problems)
                *problems << QStringLiteral("%1 and %2 both hold the action \"%3\"; %2 is ignored").arg(out.value(id).file, name, id);
            continue;
        }
        if (!la.error.isEmpty() && problems)
            *problems << la.error;
        out.insert(id, la);
    }
    return out;
}

// ---- status ----

QString statusName(Status s)
{
    switch (s) {
    case Status::Same: return QStringLiteral("same");
    case Status::ChangedLocally: return QStringLiteral("changed locally");
    case Status::ChangedInOrg: return QStringLiteral("changed in the org");
    case Status::ChangedOnBothSides: return QStringLiteral("changed on both sides");
    case Status::OnlyLocal: return QStringLiteral("only local");
    case Status::OnlyInOrg: return QStringLiteral("only in the org");
    case Status::Different: return QStringLiteral("different");
    case Status::Error: return QStringLiteral("error");
    }
    return {};
}

QString statusKey(Status s)
{
    return statusName(s).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QStringLiteral("the-"));
}

bool isDifference(Status s)
{
    return s != Status::Same;
}

QList<SyncItem> compareFolder(const QMap<QString, LocalAction> &local, const Manifest &manifest,
                              const QMap<QString, JsonValue> &org)
{
    QStringList ids = local.keys();
    for (const QString &k : org.keys())
        if (!ids.contains(k))
            ids << k;
    std::sort(ids.begin(), ids.end());
    QList<SyncItem> out;
    for (const QString &id : std::as_const(ids)) {
        SyncItem it;
        it.identifier = id;
        if (local.contains(id)) {
            const LocalAction &la = local.value(id);
            it.file = la.file;
            it.error = la.error;
            if (la.error.isEmpty())
                it.local = stripServerFields(la.action);
        }
        if (org.contains(id))
            it.org = stripServerFields(org.value(id));
        if (manifest.actions.contains(id)) {
            it.base = manifest.actions.value(id).copy;
            if (it.file.isEmpty() && !local.contains(id))
                it.file = manifest.actions.value(id).file;
        }
        describeKind(&it);
        if (!it.error.isEmpty()) {
            it.status = Status::Error;
        } else if (it.local && !it.org) {
            it.status = Status::OnlyLocal;
        } else if (!it.local && it.org) {
            it.status = Status::OnlyInOrg;
        } else {
            const JsonValue l = normalize(*it.local);
            const JsonValue o = normalize(*it.org);
            if (l == o) {
                it.status = Status::Same;
            } else if (!it.base) {
                it.status = Status::Different;
            } else {
                const JsonValue b = normalize(*it.base);
                const bool localChanged = l != b;
                const bool orgChanged = o != b;
                it.status = localChanged && orgChanged ? Status::ChangedOnBothSides
                            : localChanged             ? Status::ChangedLocally
                                                       : Status::ChangedInOrg;
            }
            if (it.status != Status::Same)
                it.differences = diff(l, o);
        }
        if ((it.status == Status::OnlyLocal || it.status == Status::OnlyInOrg))
            it.differences = it.local ? diff(normalize(*it.local), JsonValue()) : diff(JsonValue(), normalize(*it.org));
        out.append(it);
    }
    return out;
}

QList<SyncItem> compareSets(const QMap<QString, JsonValue> &left, const QMap<QString, JsonValue> &right)
{
    QMap<QString, LocalAction> l;
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        l.insert(it.key(), LocalAction{QString(), it.value(), QString()});
    return compareFolder(l, Manifest(), right);
}

QMap<QString, JsonValue> actionsByIdentifier(const JsonValue &listAnswer)
{
    QMap<QString, JsonValue> out;
    const JsonValue &list = listAnswer.isArray() ? listAnswer : listAnswer.value(u"actions");
    for (const JsonValue &a : list.items()) {
        const QString id = a.value(u"identifier").toString();
        if (!id.isEmpty())
            out.insert(id, stripServerFields(a));
    }
    return out;
}

// ---- pull ----

QList<PullStep> planPull(const QMap<QString, LocalAction> &local, const Manifest &manifest,
                         const QMap<QString, JsonValue> &org, const QStringList &only, bool force, const QString &dir)
{
    QList<PullStep> out;
    const QDir d(dir);
    for (auto it = org.cbegin(); it != org.cend(); ++it) {
        const QString &id = it.key();
        if (!only.isEmpty() && !only.contains(id))
            continue;
        PullStep s;
        s.identifier = id;
        s.copy = stripServerFields(it.value());
        s.file = local.contains(id)                ? local.value(id).file
                 : manifest.actions.contains(id)   ? manifest.actions.value(id).file
                                                   : fileNameFor(id);
        if (local.contains(id)) {
            const LocalAction &la = local.value(id);
            const bool sameAsOrg = la.error.isEmpty() && sameAction(la.action, s.copy);
            const bool hasBase = manifest.actions.contains(id);
            const bool localEdits = !la.error.isEmpty()
                                    || (hasBase ? !sameAction(la.action, manifest.actions.value(id).copy) : !sameAsOrg);
            if (sameAsOrg) {
                s.op = PullStep::Op::Unchanged;  // the user's layout stays
            } else if (localEdits && !force) {
                s.op = PullStep::Op::Keep;
                s.reason = hasBase ? QStringLiteral("edited since the last pull")
                                   : QStringLiteral("differs from the org and was never pulled");
            }
        } else if (QFileInfo::exists(d.filePath(s.file)) && !force) {
            s.op = PullStep::Op::Keep;
            s.reason = QStringLiteral("the file exists but does not hold the action \"%1\"").arg(id);
        }
        out.append(s);
    }
    return out;
}

void applyPull(QList<PullStep> *plan, const QString &dir, Manifest *manifest)
{
    const QDir d(dir);
    for (PullStep &s : *plan) {
        if (s.op == PullStep::Op::Keep)
            continue;
        if (s.op == PullStep::Op::Write) {
            const QByteArray bytes = writeJson(s.copy);
            QFile existing(d.filePath(s.file));
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
                s.op = PullStep::Op::Unchanged;
            } else {
                existing.close();
                QSaveFile f(d.filePath(s.file));
                if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
                    s.op = PullStep::Op::Keep;
                    s.reason = QStringLiteral("cannot write: %1").arg(f.errorString());
                    continue;
                }
            }
        }
        manifest->actions.insert(s.identifier, ManifestEntry{s.file, s.copy});
    }
}

// ---- push ----

QList<PushStep> planPush(const QList<SyncItem> &items, const QStringList &only, bool force)
{
    QList<PushStep> out;
    for (const SyncItem &it : items) {
        if (!only.isEmpty() && !only.contains(it.identifier))
            continue;
        if (!it.local && it.status != Status::Error) {
            if (!only.isEmpty()) {
                PushStep s;
                s.identifier = it.identifier;
                s.reason = QStringLiteral("no local file");
                out.append(s);
            }
            continue;
        }
        PushStep s;
        s.identifier = it.identifier;
        s.file = it.file;
        s.differences = it.differences;
        if (it.local)
            s.body = *it.local;
        switch (it.status) {
        case Status::Error:
            s.reason = it.error;
            break;
        case Status::Same:
            s.reason = QStringLiteral("same as the org");
            break;
        case Status::OnlyLocal:
            s.op = PushStep::Op::Create;
            s.reason = QStringLiteral("new in the org");
            break;
        case Status::ChangedLocally:
        case Status::Different:
            s.op = PushStep::Op::Update;
            s.reason = QStringLiteral("%1 difference(s)").arg(it.differences.size());
            break;
        case Status::ChangedInOrg:
        case Status::ChangedOnBothSides:
            if (force) {
                s.op = PushStep::Op::Update;
                s.reason = QStringLiteral("replaces the org's newer copy (--force)");
            } else {
                s.reason = QStringLiteral("%1: pushing would undo the org's change; pull first or use --force")
                               .arg(statusName(it.status));
            }
            break;
        case Status::OnlyInOrg:
            break;
        }
        out.append(s);
    }
    return out;
}

namespace {

void collectPaths(const JsonValue &v, QStringList *out)
{
    static const QStringList keys = {QStringLiteral("instancePath"), QStringLiteral("dataPath"), QStringLiteral("path"),
                                     QStringLiteral("field"), QStringLiteral("property")};
    if (v.isString())
        return;
    if (v.isObject())
        for (const JsonMember &m : v.members()) {
            if (keys.contains(m.key) && m.value.isString())
                out->append(m.value.toString());
            else if (keys.contains(m.key) && m.value.isArray())  // ["body", "trigger", "operation"]
                out->append(QString::fromUtf8(toCompactJs(m.value)));
            collectPaths(m.value, out);
        }
    for (const JsonValue &i : v.items())
        collectPaths(i, out);
}

QStringList tokensOf(QString path)
{
    path = path.trimmed();
    if (path.startsWith(QLatin1Char('['))) {  // a JSON array of segments
        QStringList t;
        for (const QString &part : path.mid(1, path.size() - 2).split(QLatin1Char(',')))
            t << part.trimmed().remove(QLatin1Char('"'));
        return t;
    }
    if (path.startsWith(QLatin1Char('/')))
        return jsonPointerTokens(path);
    if (path.startsWith(QLatin1String("#/")))
        return jsonPointerTokens(path.mid(1));
    if (path.contains(QLatin1Char('/')))  // "body/trigger/operation"
        return jsonPointerTokens(QLatin1Char('/') + path);
    return path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

}  // namespace

QString pointerNamedBy(const QString &message, const JsonValue &details, const JsonValue &action)
{
    QStringList candidates;
    collectPaths(details, &candidates);
    static const QRegularExpression slashPath(QStringLiteral(R"((?:^|[\s'"`(])(/?(?:body)?/[A-Za-z0-9_$/-]+|body(?:\.[A-Za-z0-9_$-]+)+))"));
    auto it = slashPath.globalMatch(message);
    while (it.hasNext())
        candidates << it.next().captured(1);
    QString best;
    for (const QString &c : std::as_const(candidates)) {
        QStringList tokens = tokensOf(c);
        if (!tokens.isEmpty() && (tokens.first() == QLatin1String("body") || tokens.first().isEmpty()))
            tokens.removeFirst();
        while (!tokens.isEmpty() && !resolvePointer(action, jsonPointer(tokens)))
            tokens.removeLast();
        const QString p = jsonPointer(tokens);
        if (!tokens.isEmpty() && p.size() > best.size())
            best = p;
    }
    return best;
}

}  // namespace ad::org
