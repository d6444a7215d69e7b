//===- FlexmatchToFlexASR.cpp - FlexASR regions to flexasr ops ------------===//
//
// flex-linear, flex-maxpool and flex-lstm regions are defined by their
// inputs alone (the body is the function's fixed computation), so each
// becomes its op on the composite's inputs.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"

#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTFLEXMATCHTOFLEXASR
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

SmallVector<CompositeLowering> flexmatch::getFlexASRLowerings() {
  return {{"flex-linear", 3, buildOnInputs<flexasr::LinearOp>},
          {"flex-maxpool", 1, buildOnInputs<flexasr::MaxPoolOp>},
          {"flex-lstm", 7, buildOnInputs<flexasr::LSTMOp>}};
}

namespace {
struct ConvertFlexmatchToFlexASRPass
    : flexmatch::impl::ConvertFlexmatchToFlexASRBase<ConvertFlexmatchToFlexASRPass> {
  void runOnOperation() override {
    if (failed(convertComposites(getOperation(), getFlexASRLowerings())))
      signalPassFailure();
  }
};
} // namespace
