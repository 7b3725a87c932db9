#pragma once
// The ids of a self-service action's user inputs and the lists that name them (required, order,
// each step's order, dependsOn): shared by the inputs list and the selected input's form.

#include "json/jsonvalue.h"

#include <QString>

namespace ad::app::userinputs {

inline const QString kUI = QStringLiteral("/trigger/userInputs");
inline const QString kProps = QStringLiteral("/trigger/userInputs/properties");

QString propPointer(const QString &id);
bool validId(const QString &id);
// Replaces `from` by `to` (or drops it when `to` is empty) in an array of ids.
JsonValue renamedIds(const JsonValue &arr, const QString &from, const QString &to);
// Applies renamedIds to required, order, every step's order and every input's dependsOn.
void renameEverywhere(JsonValue &c, const QString &from, const QString &to);

}  // namespace ad::app::userinputs
