//===- AccessOps.h - Glenside access-pattern operators ----------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_ACCESS_ACCESSOPS_H
#define FLEXMATCH_DIALECT_ACCESS_ACCESSOPS_H

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Access/AccessTypes.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "Flexmatch/Dialect/Access/AccessOpsEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "Flexmatch/Dialect/Access/AccessOpsAttributes.h.inc"

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/Access/AccessOps.h.inc"

#endif // FLEXMATCH_DIALECT_ACCESS_ACCESSOPS_H
