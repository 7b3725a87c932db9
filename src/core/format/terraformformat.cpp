#include "format/terraformformat.h"
#include "format/terraformmapping.h"
#include "json/jsonparser.h"

#include <QCoreApplication>
#include <QSet>

namespace ad {

namespace {

void collectModule(const JsonValue &module, QList<JsonValue> *out)
{
    for (const JsonValue &r : module.value(u"resources").items()) {
        if (r.value(u"type").toString() == QLatin1String("port_action") && r.value(u"values").isObject())
            out->append(r.value(u"values"));
    }
    for (const JsonValue &child : module.value(u"child_modules").items())
        collectModule(child, out);
}

}  // namespace

bool TerraformFormat::isJsonAttribute(const QString &path)
{
    static const QSet<QString> paths = {
        QStringLiteral("self_service_trigger.condition"),
        QStringLiteral("self_service_trigger.user_properties.object_props.*.default"),
        QStringLiteral("self_service_trigger.user_properties.array_props.*."
                       "string_items.dataset"),
        QStringLiteral("webhook_method.body"),
        QStringLiteral("github_method.workflow_inputs"),
        QStringLiteral("gitlab_method.pipeline_variables"),
        QStringLiteral("azure_method.payload"),
        QStringLiteral("kafka_method.payload"),
        QStringLiteral("upsert_entity_method.mapping.properties"),
        QStringLiteral("upsert_entity_method.mapping.relations"),
        QStringLiteral("integration_method.integration_action_execution_"
                       "properties.workflow_inputs"),
    };
    return paths.contains(path);
}

QList<HclResource> TerraformFormat::resources(const QList<Source> &actions, FormatGaps *gaps)
{
    QList<HclResource> out;
    QSet<QString> names;
    for (const Source &s : actions) {
        TerraformAction t = actionToTerraform(s.action, s.pointer);
        if (gaps)
            gaps->append(t.gaps);
        if (t.attributes.isEmpty())
            continue;  // nothing Terraform can hold (a legacy action)
        HclResource r;
        r.type = QStringLiteral("port_action");
        const QString base = terraformResourceName(s.action.value(u"identifier").toString());
        r.name = base;
        for (int n = 2; names.contains(r.name); ++n)
            r.name = base + QLatin1Char('_') + QString::number(n);
        names.insert(r.name);
        r.attributes = t.attributes;
        for (const FormatGap &g : t.gaps)
            r.comments << QCoreApplication::translate("ad::Terraform", "not carried over: %1").arg(formatGapLine(g));
        out.append(r);
    }
    return out;
}

FormatExport TerraformFormat::exportActions(const QList<Source> &actions) const
{
    FormatExport out;
    const QList<HclResource> rs = resources(actions, &out.gaps);
    if (rs.isEmpty()) {
        out.error = actions.isEmpty()
                        ? QCoreApplication::translate("ad::Terraform", "no action to export")
                        : QCoreApplication::translate("ad::Terraform", "none of the actions can be written as a port_action");
        return out;
    }
    out.bytes = writeHcl(rs, &TerraformFormat::isJsonAttribute).toUtf8();
    return out;
}

QList<JsonValue> TerraformFormat::portActions(const JsonValue &doc, QString *error)
{
    QList<JsonValue> out;
    if (doc.value(u"values").isObject()) {
        collectModule(doc.value(u"values").value(u"root_module"), &out);
    } else if (doc.value(u"resources").isArray()) {
        for (const JsonValue &r : doc.value(u"resources").items()) {
            if (r.value(u"type").toString() != QLatin1String("port_action") ||
                r.value(u"mode").toString() == QLatin1String("data"))
                continue;
            for (const JsonValue &i : r.value(u"instances").items())
                out.append(i.value(u"attributes"));
        }
    } else if (error) {
        *error = QCoreApplication::translate("ad::Terraform",
                                             "neither 'terraform show -json' output (values.root_module) "
                                             "nor a state file (resources[])");
    }
    return out;
}

FormatImport TerraformFormat::importActions(const QByteArray &bytes) const
{
    FormatImport out;
    const JsonParseResult r = parseJson(bytes);
    if (!r.ok()) {
        out.error = QCoreApplication::translate("ad::Terraform", "line %1, column %2: %3")
                        .arg(r.error.pos.line)
                        .arg(r.error.pos.column)
                        .arg(r.error.message);
        return out;
    }
    const QList<JsonValue> attrs = portActions(r.value, &out.error);
    if (!out.error.isEmpty())
        return out;
    if (attrs.isEmpty()) {
        out.error = QCoreApplication::translate("ad::Terraform", "no port_action resource in the file");
        return out;
    }
    for (const JsonValue &a : attrs) {
        QStringList warnings;
        FormatImport::Item item;
        item.action = terraformToAction(a, &warnings);
        item.name = item.action.value(u"identifier").toString();
        for (const QString &w : warnings)
            out.warnings << (item.name.isEmpty() ? w : item.name + QStringLiteral(": ") + w);
        out.actions.append(item);
    }
    return out;
}

}  // namespace ad
