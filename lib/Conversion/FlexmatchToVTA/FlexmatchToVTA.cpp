//===- FlexmatchToVTA.cpp - vta-dense regions to vta.dense ----------------===//

#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"

#include "Flexmatch/Dialect/VTA/VTAOps.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTFLEXMATCHTOVTA
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

SmallVector<CompositeLowering> flexmatch::getVTALowerings() {
  return {{"vta-dense", 2, buildOnInputs<vta::DenseOp>}};
}

namespace {
struct ConvertFlexmatchToVTAPass
    : flexmatch::impl::ConvertFlexmatchToVTABase<ConvertFlexmatchToVTAPass> {
  void runOnOperation() override {
    if (failed(convertComposites(getOperation(), getVTALowerings())))
      signalPassFailure();
  }
};
} // namespace
