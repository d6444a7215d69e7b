//===- FlexmatchToHLSCNN.cpp - hlscnn-conv2d regions to hlscnn.conv2d -----===//
//
// The region's body is the convolution --eqsat matched; its attributes
// (strides, padding, layouts, dilation, groups) decide whether HLSCNN can
// compute it, so they are read from the body's relay.nn.conv2d.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"

#include "Flexmatch/Dialect/Common/HardwareConstraints.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTFLEXMATCHTOHLSCNN
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

/// The convolution of a hlscnn-conv2d body: a single relay.nn.conv2d of the
/// two block arguments, yielded.
static relay::Conv2DOp bodyConvolution(fm::CompositeOp composite) {
  Block &body = composite.getBody().front();
  auto yield = cast<fm::YieldOp>(body.getTerminator());
  auto conv = yield.getValue().getDefiningOp<relay::Conv2DOp>();
  if (!conv || &body.front() != conv.getOperation() ||
      conv.getData() != body.getArgument(0) ||
      conv.getWeight() != body.getArgument(1))
    return nullptr;
  return conv;
}

/// Relay's padding (one value: all sides; two: [h, w] on both sides; four:
/// [top, left, bottom, right]) as HLSCNN's four values.
static std::optional<SmallVector<int64_t, 4>>
expandPadding(ArrayRef<int64_t> padding) {
  switch (padding.size()) {
  case 1:
    return SmallVector<int64_t, 4>(4, padding[0]);
  case 2:
    return SmallVector<int64_t, 4>{padding[0], padding[1], padding[0],
                                   padding[1]};
  case 4:
    return SmallVector<int64_t, 4>(padding);
  default:
    return std::nullopt;
  }
}

static Operation *buildConv2D(OpBuilder &builder, fm::CompositeOp composite) {
  relay::Conv2DOp conv = bodyConvolution(composite);
  if (!conv) {
    composite.emitError("cannot become hlscnn.conv2d: the body is not a "
                        "single relay.nn.conv2d of the two inputs");
    return nullptr;
  }
  auto reject = [&](StringRef constraint) {
    return composite.emitError("cannot become hlscnn.conv2d: violates '")
           << constraint << "': ";
  };
  if (conv.getDataLayout() != "NCHW") {
    reject("NCHW data") << "the convolution's data_layout is "
                        << conv.getDataLayout();
    return nullptr;
  }
  if (conv.getKernelLayout() != "OIHW") {
    reject("OIHW weight") << "the convolution's kernel_layout is "
                          << conv.getKernelLayout();
    return nullptr;
  }
  if (!conv.getOutLayout().empty() && conv.getOutLayout() != "NCHW") {
    reject("NCHW result") << "the convolution's out_layout is "
                          << conv.getOutLayout();
    return nullptr;
  }
  if (llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; })) {
    reject("no dilation") << "the convolution's dilation is "
                          << accel::shapeStr(conv.getDilation());
    return nullptr;
  }
  if (conv.getGroups() != 1) {
    reject("groups == 1") << "the convolution has " << conv.getGroups()
                          << " groups";
    return nullptr;
  }
  std::optional<SmallVector<int64_t, 4>> padding =
      expandPadding(conv.getPadding());
  if (!padding || conv.getStrides().size() != 2) {
    composite.emitError("cannot become hlscnn.conv2d: the convolution has ")
        << conv.getStrides().size() << " strides and "
        << conv.getPadding().size() << " padding values";
    return nullptr;
  }
  return hlscnn::Conv2DOp::create(
      builder, composite.getLoc(), composite.getType(),
      composite.getInputs()[0], composite.getInputs()[1], conv.getStrides(),
      *padding, composite.getComposite(), composite.getCompiler());
}

SmallVector<CompositeLowering> flexmatch::getHLSCNNLowerings() {
  return {{"hlscnn-conv2d", 2, buildConv2D}};
}

namespace {
struct ConvertFlexmatchToHLSCNNPass
    : flexmatch::impl::ConvertFlexmatchToHLSCNNBase<ConvertFlexmatchToHLSCNNPass> {
  void runOnOperation() override {
    if (failed(convertComposites(getOperation(), getHLSCNNLowerings())))
      signalPassFailure();
  }
};
} // namespace
