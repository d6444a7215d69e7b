//===- RelayTypes.h - Relay type variables and ADTs -------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_RELAY_RELAYTYPES_H
#define FLEXMATCH_DIALECT_RELAY_RELAYTYPES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"

#define GET_TYPEDEF_CLASSES
#include "Flexmatch/Dialect/Relay/RelayOpsTypes.h.inc"

#endif // FLEXMATCH_DIALECT_RELAY_RELAYTYPES_H
