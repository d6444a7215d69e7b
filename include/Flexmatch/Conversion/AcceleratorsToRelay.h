//===- AcceleratorsToRelay.h - Debug lowering -------------------*- C++ -*-===//

#ifndef FLEXMATCH_CONVERSION_ACCELERATORSTORELAY_H
#define FLEXMATCH_CONVERSION_ACCELERATORSTORELAY_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace flexmatch {

#define GEN_PASS_DECL_CONVERTACCELERATORSTORELAY
#include "Flexmatch/Conversion/Passes.h.inc"

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_ACCELERATORSTORELAY_H
