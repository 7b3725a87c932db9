#pragma once
// Validation of a whole action file: the container (shape) and then every action in it, with
// pointers and positions naming the real file. What `validate`, `migrate` and the designer run.

#include "model/actionfile.h"
#include "validate/diagnostic.h"

namespace ad {

// Diagnostics for every action in `file` (empty when the file did not parse: see parseError()).
Diagnostics validateActionFile(const ActionFile &file);

}  // namespace ad
