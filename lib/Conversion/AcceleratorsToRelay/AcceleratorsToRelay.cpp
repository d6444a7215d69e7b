//===- AcceleratorsToRelay.cpp - The debug lowering of accelerator ops ----===//
//
// Replaces every op of the accelerator dialects by relay ops computing it
// (a config's debug function, else the built-in semantics), so that the
// host lowering runs a compiled model and tests compare it with the
// original.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/AcceleratorsToRelay.h"

#include "Semantics.h"

#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Dialect/VTA/VTAOps.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTACCELERATORSTORELAY
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

namespace {
struct ConvertAcceleratorsToRelayPass
    : flexmatch::impl::ConvertAcceleratorsToRelayBase<ConvertAcceleratorsToRelayPass> {
  using ConvertAcceleratorsToRelayBase::ConvertAcceleratorsToRelayBase;

  LogicalResult initialize(MLIRContext *context) override {
    eqsat::Config config;
    if (!configs.empty()) {
      std::vector<std::string> paths(configs.begin(), configs.end());
      llvm::Expected<eqsat::Config> loaded = eqsat::loadConfigs(paths);
      if (!loaded) {
        emitError(UnknownLoc::get(context))
            << llvm::toString(loaded.takeError());
        return failure();
      }
      config = std::move(*loaded);
    }
    Debug = std::make_shared<DebugFunctions>(config);
    return success();
  }

  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (isa<hlscnn::HLSCNNDialect, flexasr::FlexASRDialect,
              vta::VTADialect>(op->getDialect()))
        ops.push_back(op);
    });
    bool failedAny = false;
    for (Operation *op : ops) {
      OpBuilder builder(op);
      RelayBuilder r(builder, op->getLoc());
      StringRef function = acceleratorFunctionOf(op);
      bool debug = !function.empty() && Debug->has(function);
      Value value = debug ? Debug->build(r, function, op)
                          : buildBuiltinSemantics(r, op);
      auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
      // A debug function may compute something else than the op (e.g. a
      // convolution without the op's strides and padding): refuse rather
      // than compute wrong numbers.
      if (value && debug &&
          cast<ShapedType>(value.getType()).getShape() !=
              resultType.getShape()) {
        op->emitError("the debug function of ")
            << function << " computes " << value.getType()
            << " on these operands, not the op's " << resultType;
        value = nullptr;
      }
      value = r.castTo(value, resultType);
      if (!value) {
        failedAny = true;
        continue;
      }
      op->getResult(0).replaceAllUsesWith(value);
      op->erase();
    }
    if (failedAny)
      signalPassFailure();
  }

  /// Shared by the pass's clones (one per thread).
  std::shared_ptr<DebugFunctions> Debug;
};
} // namespace
