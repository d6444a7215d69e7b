//===- RelayOps.h - Relay operations ----------------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_RELAY_RELAYOPS_H
#define FLEXMATCH_DIALECT_RELAY_RELAYOPS_H

#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Dialect/Relay/RelayTypes.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace flexmatch::relay {
/// The MLIR element type of a Relay dtype name ("float32" -> f32, "int8" ->
/// i8, "uint8" -> ui8, "bool" -> i1, ...), or null for an unknown name.
mlir::Type parseDType(mlir::MLIRContext *ctx, llvm::StringRef dtype);
/// The Relay dtype name of an element type, or "" if Relay has none.
std::string printDType(mlir::Type elementType);
} // namespace flexmatch::relay

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/Relay/RelayOps.h.inc"

#endif // FLEXMATCH_DIALECT_RELAY_RELAYOPS_H
