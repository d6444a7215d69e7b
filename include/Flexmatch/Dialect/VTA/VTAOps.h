//===- VTAOps.h - The vta dialect -------------------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_VTA_VTAOPS_H
#define FLEXMATCH_DIALECT_VTA_VTAOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "Flexmatch/Dialect/VTA/VTAOpsDialect.h.inc"

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/VTA/VTAOps.h.inc"

#endif // FLEXMATCH_DIALECT_VTA_VTAOPS_H
