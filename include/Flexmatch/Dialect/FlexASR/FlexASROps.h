//===- FlexASROps.h - The flexasr dialect -----------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_FLEXASR_FLEXASROPS_H
#define FLEXMATCH_DIALECT_FLEXASR_FLEXASROPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "Flexmatch/Dialect/FlexASR/FlexASROpsDialect.h.inc"

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/FlexASR/FlexASROps.h.inc"

#endif // FLEXMATCH_DIALECT_FLEXASR_FLEXASROPS_H
