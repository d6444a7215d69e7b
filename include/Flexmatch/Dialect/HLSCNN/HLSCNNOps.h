//===- HLSCNNOps.h - The hlscnn dialect -------------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_HLSCNN_HLSCNNOPS_H
#define FLEXMATCH_DIALECT_HLSCNN_HLSCNNOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "Flexmatch/Dialect/HLSCNN/HLSCNNOpsDialect.h.inc"

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h.inc"

#endif // FLEXMATCH_DIALECT_HLSCNN_HLSCNNOPS_H
