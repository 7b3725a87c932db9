#include "context/formstate.h"

namespace ad {

const InputState *FormState::find(const QString &id) const
{
    for (const InputState &in : inputs)
        if (in.id == id)
            return &in;
    return nullptr;
}

JsonValue FormState::values() const
{
    JsonValue o = JsonValue::object();
    for (const InputState &in : inputs)
        o.set(in.id, in.value);
    return o;
}

}  // namespace ad
