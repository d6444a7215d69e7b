//===- Semantics.h - What the debug lowering replaces an op by --*- C++ -*-===//

#ifndef FLEXMATCH_LIB_CONVERSION_ACCELERATORSTORELAY_SEMANTICS_H
#define FLEXMATCH_LIB_CONVERSION_ACCELERATORSTORELAY_SEMANTICS_H

#include "Flexmatch/Conversion/RelayBuilder.h"

#include "Flexmatch/Transforms/Config.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <map>
#include <string>

namespace flexmatch {

/// Builds the relay computation of accelerator op \p op on its operands
/// with its built-in semantics; returns its value (the element type may
/// still differ from the op's out dtype) or null after a diagnostic.
mlir::Value buildBuiltinSemantics(RelayBuilder &r, mlir::Operation *op);

/// The accelerator function of the configs that \p op computes
/// (hlscnn.conv2d: "hlscnn-conv2d", ...), or "" for ops no config function
/// describes (the ALU ops, layer norm, attention).
llvm::StringRef acceleratorFunctionOf(mlir::Operation *op);

/// The Relay-text debug functions of the configs, imported on demand.
class DebugFunctions {
public:
  /// Keeps the debug functions of \p config that are Relay text.
  explicit DebugFunctions(const eqsat::Config &config);

  bool has(llvm::StringRef function) const {
    return Configs.count(function.str());
  }

  /// Clones the body of \p function's debug function onto the operands of
  /// \p op, inferring every type again; returns the result or null after
  /// a diagnostic.
  mlir::Value build(RelayBuilder &r, llvm::StringRef function,
                    mlir::Operation *op);

private:
  /// The imported function for \p op's operand types (untyped parameters
  /// take them), imported once per function and operand types.
  mlir::func::FuncOp import(llvm::StringRef function, mlir::Operation *op);

  std::map<std::string, eqsat::AcceleratorConfig> Configs;
  std::map<std::string, mlir::OwningOpRef<mlir::ModuleOp>> Imported;
};

} // namespace flexmatch

#endif // FLEXMATCH_LIB_CONVERSION_ACCELERATORSTORELAY_SEMANTICS_H
