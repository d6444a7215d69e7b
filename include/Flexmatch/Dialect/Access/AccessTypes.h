//===- AccessTypes.h - The access pattern type ------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_ACCESS_ACCESSTYPES_H
#define FLEXMATCH_DIALECT_ACCESS_ACCESSTYPES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"

#define GET_TYPEDEF_CLASSES
#include "Flexmatch/Dialect/Access/AccessOpsTypes.h.inc"

#endif // FLEXMATCH_DIALECT_ACCESS_ACCESSTYPES_H
