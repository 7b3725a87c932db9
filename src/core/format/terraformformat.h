#pragma once
// Terraform as an ActionFormat: exports port_action resources as HCL, imports
// `terraform show -json` output or a state file. The attribute mapping itself
// is terraformmapping.h.

#include "format/actionformat.h"
#include "format/hcl.h"

namespace ad {

class TerraformFormat : public ActionFormat {
public:
    QString name() const override { return QStringLiteral("Terraform"); }
    QString fileExtension() const override { return QStringLiteral("tf"); }
    FormatExport exportActions(const QList<Source> &actions) const override;
    FormatImport importActions(const QByteArray &bytes) const override;

    // The resources exportActions() writes, before they become text (tests
    // compare these with what parseHcl() reads back).
    static QList<HclResource> resources(const QList<Source> &actions, FormatGaps *gaps);
    // Which string attributes hold JSON (written as jsonencode(...)); see
    // HclJsonAttribute.
    static bool isJsonAttribute(const QString &path);
    // port_action attribute objects in `terraform show -json` output
    // (values.root_module and its child_modules) or a state file
    // (resources[].instances[].attributes). `error` is set when the document is
    // neither.
    static QList<JsonValue> portActions(const JsonValue &doc, QString *error);
};

}  // namespace ad
