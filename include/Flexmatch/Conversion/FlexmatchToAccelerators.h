//===- FlexmatchToAccelerators.h - Regions to accelerator ops ---*- C++ -*-===//
//
// The conversions of flexmatch.composite regions (what --eqsat marked) into
// the ops of the accelerator dialects, one per dialect, and the shared walk
// they are built on.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_CONVERSION_FLEXMATCHTOACCELERATORS_H
#define FLEXMATCH_CONVERSION_FLEXMATCHTOACCELERATORS_H

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/Pass/Pass.h"

#include <functional>

namespace flexmatch {

#define GEN_PASS_DECL_CONVERTFLEXMATCHTOHLSCNN
#define GEN_PASS_DECL_CONVERTFLEXMATCHTOFLEXASR
#define GEN_PASS_DECL_CONVERTFLEXMATCHTOVTA
#define GEN_PASS_DECL_CONVERTFLEXMATCHTOACCELERATORS
#include "Flexmatch/Conversion/Passes.h.inc"

/// How the composites of one accelerator function become an op.
struct CompositeLowering {
  /// The accelerator function, e.g. "flex-linear".
  llvm::StringRef function;
  /// The number of inputs a composite of it has.
  unsigned numInputs;
  /// Builds the replacement at the builder's insertion point (before the
  /// composite) from the composite's inputs, with the composite's result
  /// type, location and BYOC names; returns null after reporting why the
  /// composite cannot become the op.
  std::function<mlir::Operation *(mlir::OpBuilder &, fm::CompositeOp)> build;
};

/// Builds \p OpTy on all the inputs of \p composite, for functions whose
/// region is defined by its inputs alone (the body is the function's fixed
/// computation).
template <typename OpTy>
mlir::Operation *buildOnInputs(mlir::OpBuilder &builder,
                               fm::CompositeOp composite) {
  mlir::OperationState state(composite.getLoc(), OpTy::getOperationName());
  state.addOperands(composite.getInputs());
  state.addTypes(composite.getType());
  state.addAttribute("composite", composite.getCompositeAttr());
  state.addAttribute("compiler", composite.getCompilerAttr());
  return builder.create(state);
}

/// Replaces every composite under \p root whose function one of
/// \p lowerings names by the op it builds, once that op verifies (its
/// verifier names a violated hardware constraint at the composite's
/// location). Other composites stay. Fails if any composite could not be
/// replaced; every such composite is reported.
mlir::LogicalResult
convertComposites(mlir::Operation *root,
                  llvm::ArrayRef<CompositeLowering> lowerings);

/// The lowerings of each dialect's conversion.
llvm::SmallVector<CompositeLowering> getHLSCNNLowerings();
llvm::SmallVector<CompositeLowering> getFlexASRLowerings();
llvm::SmallVector<CompositeLowering> getVTALowerings();

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_FLEXMATCHTOACCELERATORS_H
