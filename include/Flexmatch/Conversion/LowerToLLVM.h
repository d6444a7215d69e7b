//===- LowerToLLVM.h - From relay/linalg on tensors to LLVM -----*- C++ -*-===//

#ifndef FLEXMATCH_CONVERSION_LOWERTOLLVM_H
#define FLEXMATCH_CONVERSION_LOWERTOLLVM_H

#include "mlir/Pass/PassManager.h"

namespace flexmatch {

/// Adds to `pm` the passes that take a module of relay and access ops or of
/// linalg on tensors down to the LLVM dialect, ready for the JIT: access and
/// relay to linalg,
/// one-shot bufferization with function results turned into out-parameters
/// (the caller owns every buffer), loops, and the standard conversions to
/// LLVM with the bare-pointer calling convention (a function takes one
/// pointer per buffer: every shape is static).
void buildLowerToLLVMPipeline(mlir::OpPassManager &pm);

/// Registers `--flexmatch-lower-to-llvm`.
void registerLowerToLLVMPipeline();

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_LOWERTOLLVM_H
