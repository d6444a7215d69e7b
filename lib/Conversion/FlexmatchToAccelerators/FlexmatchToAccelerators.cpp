//===- FlexmatchToAccelerators.cpp - All region conversions at once -------===//

#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"

#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/VTA/VTAOps.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTFLEXMATCHTOACCELERATORS
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

namespace {
struct ConvertFlexmatchToAcceleratorsPass
    : flexmatch::impl::ConvertFlexmatchToAcceleratorsBase<
          ConvertFlexmatchToAcceleratorsPass> {
  void runOnOperation() override {
    SmallVector<CompositeLowering> lowerings = getHLSCNNLowerings();
    llvm::append_range(lowerings, getFlexASRLowerings());
    llvm::append_range(lowerings, getVTALowerings());
    if (failed(convertComposites(getOperation(), lowerings)))
      signalPassFailure();
  }
};
} // namespace
