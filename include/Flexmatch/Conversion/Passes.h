//===- Passes.h - flexmatch conversion passes -------------------*- C++ -*-===//

#ifndef FLEXMATCH_CONVERSION_PASSES_H
#define FLEXMATCH_CONVERSION_PASSES_H

#include "Flexmatch/Conversion/AcceleratorsToRelay.h"
#include "Flexmatch/Conversion/AccessToLinalg.h"
#include "Flexmatch/Conversion/AccessToRelay.h"
#include "Flexmatch/Conversion/AcceleratorsToRuntime.h"
#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"
#include "Flexmatch/Conversion/LowerToLLVM.h"
#include "Flexmatch/Conversion/RelayToAccess.h"
#include "Flexmatch/Conversion/RelayToLinalg.h"
#include "mlir/Pass/Pass.h"

namespace flexmatch {

#define GEN_PASS_REGISTRATION
#include "Flexmatch/Conversion/Passes.h.inc"

/// Registers the conversion passes and the pipelines built from them.
inline void registerConversionPasses() {
  registerFlexmatchConversionPasses();
  registerLowerToLLVMPipeline();
}

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_PASSES_H
