#pragma once
// The scenarios of one action file, kept in a sidecar next to it (`deploy.json` ->
// `deploy.scenarios.json`) so they never end up in the exported action. Secrets (organization
// secrets and the client secret) are stored as {"secretRef": "<key>"} into a SecretResolver; the
// sidecar never holds a clear-text secret.

#include "context/scenario.h"
#include "context/secretresolver.h"
#include "json/jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

class ScenarioFile {
public:
    static constexpr int kFormatVersion = 1;

    // "dir/deploy.json" -> "dir/deploy.scenarios.json" (any other name: "<name>.scenarios.json").
    static QString sidecarPath(const QString &actionPath);

    QList<Scenario> scenarios;
    QString active;  // name of the active scenario

    // The active scenario, else the first, else nullptr.
    const Scenario *activeScenario() const;
    const Scenario *find(const QString &name) const;
    Scenario *find(const QString &name);
    // A name not used yet, from `base` ("copy", "copy 2", ...).
    QString uniqueName(const QString &base) const;

    // Reads the sidecar. Secret refs are resolved through `resolver` (may be null: values stay
    // empty); unresolved refs and unknown shapes become warnings, never failures. Returns false with
    // *error only when the file exists but cannot be read or is not a scenarios object.
    static bool load(const QString &path, ScenarioFile *out, const SecretResolver *resolver, QString *error,
                     QStringList *warnings = nullptr);
    static ScenarioFile fromJson(const JsonValue &root, const SecretResolver *resolver,
                                 QStringList *warnings = nullptr);

    // Writes every secret value into `resolver` (giving new secrets a ref) and the sidecar with refs
    // only. Fails, writing nothing, when a secret has a value but there is no resolver to hold it.
    bool save(const QString &path, SecretResolver *resolver, QString *error);
    // The sidecar document; stores secrets in `resolver` as a side effect (see save()).
    JsonValue toJson(SecretResolver *resolver, QString *error);

    // The scenario an action file is rendered in by the CLI: `name` (empty = the active one) from the
    // action's sidecar; with no sidecar, the default Scenario (then only an empty name or "default"
    // is accepted). False with *error for a missing name or an unreadable sidecar.
    static bool scenarioForAction(const QString &actionPath, const QString &name, const SecretResolver *resolver,
                                  Scenario *out, QString *error, QStringList *warnings = nullptr);

    // One scenario without any secret (for the "{{ . }}" view, duplicates, tests).
    static JsonValue scenarioToJson(const Scenario &s);
    static Scenario scenarioFromJson(const JsonValue &v, const SecretResolver *resolver, QStringList *warnings);
};

}  // namespace ad
