//===- AcceleratorsToRuntime.h - Accelerator ops as ABI calls ---*- C++ -*-===//
//
// Every op of the accelerator dialects (hlscnn, flexasr, vta) becomes a call
// to the entry point AcceleratorABI.h names after its compiler and
// composite, on memref descriptors of its operands and of a fresh result
// buffer.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_CONVERSION_ACCELERATORSTORUNTIME_H
#define FLEXMATCH_CONVERSION_ACCELERATORSTORUNTIME_H

#include "mlir/Pass/Pass.h"

namespace flexmatch {

#define GEN_PASS_DECL_CONVERTACCELERATORSTORUNTIME
#include "Flexmatch/Conversion/Passes.h.inc"

/// The name of the entry point of an op with the configs' \p compiler and
/// \p composite names whose result has element type \p elementType.
std::string runtimeEntryName(llvm::StringRef compiler,
                             llvm::StringRef composite,
                             mlir::Type elementType);

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_ACCELERATORSTORUNTIME_H
