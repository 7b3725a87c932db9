#pragma once
// Duplicate keys of one object, found in linear time (objects may have 100k+ members).

#include "json/jsonvalue.h"

#include <vector>

namespace ad {

// For each member of `object`, the index of the next member with the same key, or -1 when it is
// the last of its key (the one JSON.parse, and so Port, keeps).
std::vector<qsizetype> nextSameKey(const JsonValue &object);

}  // namespace ad
