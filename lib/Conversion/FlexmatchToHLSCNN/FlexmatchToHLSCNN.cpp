//===- FlexmatchToHLSCNN.cpp - hlscnn-conv2d regions to hlscnn.conv2d -----===//
//
// The region's body is the convolution --eqsat matched; its attributes
// (strides, padding, layouts, dilation, groups) decide whether HLSCNN can
// compute it, so they are read from the body's relay.nn.conv2d. HLSCNN
// computes NCHW data with OIHW weights; other layouts (TensorFlow's NHWC
// and HWIO) get relay transposes into and out of those.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"

#include "Flexmatch/Dialect/Common/HardwareConstraints.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/IR/Verifier.h"

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

/// The permutation taking \p layout to \p canonical (perm[i] is where
/// canonical[i] is in layout), or nothing when \p layout is not a
/// reordering of \p canonical.
static std::optional<SmallVector<int64_t, 4>>
permutationTo(StringRef layout, StringRef canonical) {
  if (layout.size() != canonical.size())
    return std::nullopt;
  SmallVector<int64_t, 4> perm;
  for (char c : canonical) {
    size_t at = layout.find(c);
    if (at == StringRef::npos || layout.count(c) != 1)
      return std::nullopt;
    perm.push_back(at);
  }
  return perm;
}

/// relay.transpose of \p value by \p perm (no op for the identity).
static Value transpose(OpBuilder &builder, Location loc, Value value,
                       ArrayRef<int64_t> perm) {
  if (llvm::equal(perm, llvm::seq<int64_t>(0, perm.size())))
    return value;
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (int64_t axis : perm)
    shape.push_back(type.getDimSize(axis));
  OperationState state(loc, "relay.transpose");
  state.addOperands(value);
  state.addAttribute("axes", builder.getDenseI64ArrayAttr(perm));
  state.addTypes(type.clone(shape));
  return builder.create(state)->getResult(0);
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
  StringRef outLayout = conv.getOutLayout().empty() ? conv.getDataLayout()
                                                     : conv.getOutLayout();
  auto dataPerm = permutationTo(conv.getDataLayout(), "NCHW");
  if (!dataPerm) {
    reject("NCHW data") << "the convolution's data_layout "
                        << conv.getDataLayout() << " is no order of NCHW";
    return nullptr;
  }
  auto weightPerm = permutationTo(conv.getKernelLayout(), "OIHW");
  if (!weightPerm) {
    reject("OIHW weight") << "the convolution's kernel_layout "
                          << conv.getKernelLayout() << " is no order of OIHW";
    return nullptr;
  }
  auto resultPerm = permutationTo("NCHW", outLayout);
  if (!resultPerm) {
    reject("NCHW result") << "the convolution's out_layout " << outLayout
                          << " is no order of NCHW";
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
  Location loc = composite.getLoc();
  Value data = transpose(builder, loc, composite.getInputs()[0], *dataPerm);
  Value weight =
      transpose(builder, loc, composite.getInputs()[1], *weightPerm);
  auto resultType = cast<RankedTensorType>(composite.getType());
  SmallVector<int64_t> nchw;
  SmallVector<int64_t, 4> toNCHW = *permutationTo(outLayout, "NCHW");
  for (int64_t axis : toNCHW)
    nchw.push_back(resultType.getDimSize(axis));
  auto op = hlscnn::Conv2DOp::create(
      builder, loc, resultType.clone(nchw), data, weight, conv.getStrides(),
      *padding, composite.getComposite(), composite.getCompiler());
  if (data == composite.getInputs()[0] &&
      weight == composite.getInputs()[1] &&
      nchw == SmallVector<int64_t>(resultType.getShape()) &&
      llvm::equal(*resultPerm, llvm::seq<int64_t>(0, 4)))
    return op;
  // Around transposes, the caller's verification would not reach the op:
  // check it here.
  if (failed(verify(op))) {
    op->erase();
    for (Value created : {weight, data})
      if (Operation *def = created.getDefiningOp(); def && def->use_empty())
        def->erase();
    return nullptr;
  }
  return transpose(builder, loc, op.getResult(), *resultPerm).getDefiningOp();
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
