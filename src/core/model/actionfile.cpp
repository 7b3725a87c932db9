#include "model/actionfile.h"

#include "backend/backends.h"
#include "json/jsonpointer.h"
#include "model/legacy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace ad {

namespace {

// Port rejects bodies over 1 MiB; a file hundreds of times that size is a mistake, and reading it
// whole would only exhaust memory.
constexpr qint64 kMaxFileBytes = qint64(256) << 20;

bool isApiResponse(const JsonValue &root)
{
    return root.isObject() && root.contains(u"ok") && (root.contains(u"action") || root.contains(u"actions")
                                                        || root.contains(u"error"));
}

Diagnostic shapeError(const QString &message, const QString &pointer, const SourcePos &pos)
{
    return Diagnostic{Diagnostic::Severity::Error, message, pointer, pos, QStringLiteral("shape")};
}

// Some of Port's docs show INTEGRATION_ACTION's workflow fields flat under invocationMethod; the API
// only accepts them nested in integrationActionExecutionProperties (PORT-SPEC §10.3).
void nestIntegrationFields(JsonValue &action, const QString &pointer, QStringList *lines)
{
    JsonValue *im = action.find(u"invocationMethod");
    if (!im || !im->isObject() || im->value(u"type").toString() != QLatin1String("INTEGRATION_ACTION"))
        return;
    const BackendDecl *decl = findBackend(QStringLiteral("INTEGRATION_ACTION"));
    const QString groupKey = QStringLiteral("integrationActionExecutionProperties");
    const FieldDecl *group = decl ? findField(*decl, groupKey) : nullptr;
    if (!group)
        return;
    JsonValue nested = im->contains(groupKey) ? im->value(groupKey) : JsonValue::object();
    if (!nested.isObject())
        return;
    QStringList moved;
    std::vector<JsonMember> kept;
    for (JsonMember &m : im->members()) {
        const bool workflowField = std::any_of(group->children.begin(), group->children.end(),
                                               [&m](const FieldDecl &f) { return f.key == m.key; });
        if (workflowField && !nested.contains(m.key)) {
            nested.members().push_back(m);
            moved << m.key;
        } else {
            kept.push_back(m);
        }
    }
    if (moved.isEmpty())
        return;
    im->members() = std::move(kept);
    im->set(groupKey, nested);
    const QString imPointer = jsonPointerAppend(pointer, QStringLiteral("invocationMethod"));
    lines->append(QCoreApplication::translate("ad::ActionFile", "moved %1 from %2 into %3 (Port's API rejects the flat INTEGRATION_ACTION form, §10.3)")
                      .arg(moved.join(QStringLiteral(", ")), imPointer, jsonPointerAppend(imPointer, groupKey)));
}

}  // namespace

QString ActionFile::shapeName(Shape s)
{
    switch (s) {
    case Shape::SingleAction: return QCoreApplication::translate("ad::ActionFile", "a single action");
    case Shape::ActionArray: return QCoreApplication::translate("ad::ActionFile", "an array of actions");
    case Shape::ApiAction: return QCoreApplication::translate("ad::ActionFile", "a Port API response with one action");
    case Shape::ApiActionList: return QCoreApplication::translate("ad::ActionFile", "a Port API response with a list of actions");
    case Shape::Unknown: break;
    }
    return QCoreApplication::translate("ad::ActionFile", "not an action file");
}

ActionFile ActionFile::fromBytes(const QByteArray &utf8, const QString &path)
{
    ActionFile f;
    f.m_path = path;
    JsonParseResult r = parseJson(utf8);
    if (!r.ok()) {
        f.m_parseError = r.error;
        return f;
    }
    f.m_root = std::move(r.value);
    f.reclassify();
    return f;
}

ActionFile ActionFile::fromValue(const JsonValue &root, const QString &path)
{
    ActionFile f;
    f.m_path = path;
    f.m_root = root;
    f.reclassify();
    return f;
}

ActionFile ActionFile::fromFile(const QString &path)
{
    QByteArray data;
    QString error;
    if (!readInput(path, &data, &error)) {
        ActionFile f;
        f.m_path = path;
        f.m_readFailed = true;
        f.m_parseError.message = error;
        return f;
    }
    return fromBytes(data, path);
}

bool ActionFile::readInput(const QString &path, QByteArray *out, QString *error)
{
    auto failed = [error](const QString &message) {
        *error = message;
        return false;
    };
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return failed(QCoreApplication::translate("ad::ActionFile", "cannot read standard input"));
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return failed(QCoreApplication::translate("ad::ActionFile", "no such file"));
        if (info.isDir())
            return failed(QCoreApplication::translate("ad::ActionFile", "is a directory, not a file"));
        if (info.size() > kMaxFileBytes)
            return failed(QCoreApplication::translate("ad::ActionFile", "file is %1 MiB; files over %2 MiB are not read")
                              .arg(info.size() >> 20)
                              .arg(kMaxFileBytes >> 20));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return failed(QCoreApplication::translate("ad::ActionFile", "cannot read: %1").arg(file.errorString()));
    }
    // Sequential devices (stdin, pipes) report no size, so read in chunks and enforce the cap.
    QByteArray data;
    while (true) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (data.size() > kMaxFileBytes)
            return failed(QCoreApplication::translate("ad::ActionFile", "more than %1 MiB; not read").arg(kMaxFileBytes >> 20));
    }
    if (file.error() != QFileDevice::NoError)
        return failed(QCoreApplication::translate("ad::ActionFile", "cannot read: %1").arg(file.errorString()));
    *out = data;
    return true;
}

void ActionFile::reclassify()
{
    if (!ok()) {
        m_shape = Shape::Unknown;
        return;
    }
    if (m_root.isArray()) {
        m_shape = Shape::ActionArray;
    } else if (isApiResponse(m_root)) {
        const JsonValue *okv = m_root.find(u"ok");
        const JsonValue *one = m_root.find(u"action");
        const JsonValue *many = m_root.find(u"actions");
        if (!okv->isBool() || !okv->toBool())
            m_shape = Shape::Unknown;
        else if (one && one->isObject())
            m_shape = Shape::ApiAction;
        else if (many && many->isArray())
            m_shape = Shape::ApiActionList;
        else
            m_shape = Shape::Unknown;
    } else if (m_root.isObject()) {
        m_shape = Shape::SingleAction;
    } else {
        m_shape = Shape::Unknown;
    }
}

QStringList ActionFile::actionPointers() const
{
    QStringList out;
    switch (m_shape) {
    case Shape::SingleAction:
        out << QStringLiteral("");
        break;
    case Shape::ActionArray:
        for (qsizetype i = 0; i < m_root.size(); ++i)
            out << jsonPointerAppend(QString(), i);
        break;
    case Shape::ApiAction:
        out << QStringLiteral("/action");
        break;
    case Shape::ApiActionList: {
        const JsonValue &list = *m_root.find(u"actions");
        for (qsizetype i = 0; i < list.size(); ++i)
            out << jsonPointerAppend(QStringLiteral("/actions"), i);
        break;
    }
    case Shape::Unknown:
        break;
    }
    return out;
}

const JsonValue *ActionFile::action(qsizetype i) const
{
    // Direct, not through actionPointers(): callers loop over every action.
    if (i < 0)
        return nullptr;
    const JsonValue *list = nullptr;
    switch (m_shape) {
    case Shape::SingleAction: return i == 0 ? &m_root : nullptr;
    case Shape::ApiAction: return i == 0 ? m_root.find(u"action") : nullptr;
    case Shape::ActionArray: list = &m_root; break;
    case Shape::ApiActionList: list = m_root.find(u"actions"); break;
    case Shape::Unknown: return nullptr;
    }
    return list && i < list->size() ? &list->items()[size_t(i)] : nullptr;
}

JsonValue *ActionFile::action(qsizetype i)
{
    return const_cast<JsonValue *>(std::as_const(*this).action(i));
}

qsizetype ActionFile::actionCount() const
{
    switch (m_shape) {
    case Shape::SingleAction:
    case Shape::ApiAction: return 1;
    case Shape::ActionArray: return m_root.size();
    case Shape::ApiActionList: return m_root.find(u"actions")->size();
    case Shape::Unknown: break;
    }
    return 0;
}

QStringList ActionFile::legacyActionPointers() const
{
    QStringList out;
    for (const QString &p : actionPointers()) {
        const JsonValue *a = resolvePointer(m_root, p);
        if (a && isLegacyV1Action(*a))
            out << p;
    }
    return out;
}

Diagnostics ActionFile::shapeDiagnostics() const
{
    Diagnostics ds;
    if (!ok())
        return ds;
    if (m_shape == Shape::Unknown) {
        if (isApiResponse(m_root)) {
            const JsonValue &okv = m_root.value(u"ok");
            if (okv.isBool() && !okv.toBool()) {
                QString msg = QCoreApplication::translate("ad::ActionFile", "this is a Port error response, not an action");
                const QString code = m_root.value(u"error").toString();
                const QString text = m_root.value(u"message").toString();
                if (!code.isEmpty() || !text.isEmpty())
                    msg += QStringLiteral(" (") + code + (code.isEmpty() || text.isEmpty() ? QString() : QStringLiteral(": ")) + text
                           + QLatin1Char(')');
                ds << shapeError(msg, QStringLiteral(""), m_root.pos());
            } else if (const JsonValue *one = m_root.find(u"action"); one && !one->isObject()) {
                ds << shapeError(QCoreApplication::translate("ad::ActionFile", "'action' in an API response must be an object, not %1").arg(one->typeName()),
                                 QStringLiteral("/action"), one->pos());
            } else if (const JsonValue *many = m_root.find(u"actions"); many && !many->isArray()) {
                ds << shapeError(QCoreApplication::translate("ad::ActionFile", "'actions' in an API response must be an array, not %1").arg(many->typeName()),
                                 QStringLiteral("/actions"), many->pos());
            } else if (!okv.isBool()) {
                ds << shapeError(QCoreApplication::translate("ad::ActionFile", "'ok' in an API response must be true or false"), QStringLiteral("/ok"),
                                 okv.pos());
            } else {
                ds << shapeError(QCoreApplication::translate("ad::ActionFile", "an API response without 'action' or 'actions': no action to read"),
                                 QStringLiteral(""), m_root.pos());
            }
        } else {
            ds << shapeError(QCoreApplication::translate("ad::ActionFile", "expected an action object, an array of actions or a "
                                                                        "Port API response, found %1")
                                 .arg(m_root.typeName()),
                             QStringLiteral(""), m_root.pos());
        }
        return ds;
    }
    for (const QString &p : actionPointers()) {
        const JsonValue *a = resolvePointer(m_root, p);
        if (a && !a->isObject())
            ds << shapeError(QCoreApplication::translate("ad::ActionFile", "expected an action object, found %1").arg(a->typeName()), p, a->pos());
    }
    return ds;
}

QByteArray ActionFile::toBytes(const JsonWriteOptions &opt) const
{
    return writeJson(m_root, opt);
}

const QStringList &ActionFile::serverFields()
{
    static const QStringList fields = {QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("createdBy"),
                                       QStringLiteral("updatedAt"), QStringLiteral("updatedBy")};
    return fields;
}

JsonValue ActionFile::forPort(QStringList *notes) const
{
    QStringList lines;
    // Strip in a copy of the whole root first so the pointers in the notes name the original file.
    JsonValue root = m_root;
    for (const QString &p : actionPointers()) {
        JsonValue *a = resolvePointer(root, p);
        if (!a || !a->isObject())
            continue;
        for (const QString &field : serverFields()) {
            if (a->remove(field) > 0)
                lines << QCoreApplication::translate("ad::ActionFile", "removed %1").arg(jsonPointerAppend(p, field));
        }
        nestIntegrationFields(*a, p, &lines);
    }
    if (m_shape == Shape::ApiAction || m_shape == Shape::ApiActionList) {
        // Unwrapping drops the envelope; name anything in it besides ok/action(s) so nothing goes unnoticed.
        for (const JsonMember &m : m_root.members())
            if (m.key != QLatin1String("ok") && m.key != QLatin1String("action") && m.key != QLatin1String("actions"))
                lines << QCoreApplication::translate("ad::ActionFile", "left out %1 of the API response envelope").arg(jsonPointerAppend(QString(), m.key));
    }
    JsonValue out;
    switch (m_shape) {
    case Shape::ApiAction:
        out = *root.find(u"action");
        lines << QCoreApplication::translate("ad::ActionFile", "unwrapped the API response {\"ok\": true, \"action\": {...}} to the bare action");
        break;
    case Shape::ApiActionList:
        out = *root.find(u"actions");
        lines << QCoreApplication::translate("ad::ActionFile", "unwrapped the API response {\"ok\": true, \"actions\": "
                                                             "[...]} to an array of actions (POST /v1/actions takes one "
                                                             "action per request)");
        break;
    default:
        out = std::move(root);
        break;
    }
    if (notes)
        *notes = lines;
    return out;
}

}  // namespace ad
