//===- Pooling.cpp - Access forms of pooling ------------------------------===//
//
// Pooling is a reduction over windows of the padded spatial dims: the data
// (in NCHW) is accessed at axis 2 so that H and W are the item, windowed,
// and each window reduced. Max pools pad with the lowest value; ceil_mode
// adds the padding at the end that the last, partial window needs.
//
//===----------------------------------------------------------------------===//

#include "Forms.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"

using namespace mlir;

namespace flexmatch::forms {

namespace {

/// One value per spatial axis of the two, from one or two.
std::optional<SmallVector<int64_t>> perAxis(ArrayRef<int64_t> values) {
  if (values.size() == 1)
    return SmallVector<int64_t>{values[0], values[0]};
  if (values.size() == 2)
    return SmallVector<int64_t>(values);
  return std::nullopt;
}

template <typename PoolOp>
Value buildPool2D(OpBuilder &b, Location loc, ValueRange operands,
                  typename PoolOp::Adaptor pool, Type resultType,
                  ap::ComputeKind kind, ap::PadType padType,
                  bool ceilModeAllowed) {
  auto data = cast<RankedTensorType>(operands[0].getType());
  auto windowShape = perAxis(pool.getPoolSize());
  auto strides = perAxis(pool.getStrides());
  auto padding = spatialPadding(pool.getPadding(), 2);
  auto toCanonical = layoutPermutation(pool.getLayout(), "NCHW");
  auto fromCanonical = layoutPermutation("NCHW", pool.getLayout());
  if (data.getRank() != 4 || !windowShape || !strides || !padding ||
      !toCanonical || !fromCanonical ||
      (!pool.getOutLayout().empty() &&
       pool.getOutLayout() != pool.getLayout()) ||
      llvm::any_of(pool.getDilation(), [](int64_t d) { return d != 1; }) ||
      llvm::any_of(*strides, [](int64_t s) { return s < 1; }) ||
      (pool.getCeilMode() && !ceilModeAllowed))
    return {};
  SmallVector<int64_t> dims;
  for (int64_t p : *toCanonical)
    dims.push_back(data.getDimSize(p));
  SmallVector<int64_t> result{dims[0], dims[1]}, after(padding->second);
  for (unsigned i = 0; i < 2; ++i) {
    int64_t window = (*windowShape)[i], stride = (*strides)[i];
    int64_t padded = dims[2 + i] + padding->first[i] + padding->second[i];
    if (window < 1 || padded < window)
      return {};
    int64_t out = pool.getCeilMode()
                      ? (padded - window + stride - 1) / stride + 1
                      : (padded - window) / stride + 1;
    // The last window may reach past the padding in ceil mode.
    after[i] += std::max<int64_t>(0, (out - 1) * stride + window - padded);
    result.push_back(out);
  }
  SmallVector<int64_t> expected;
  for (int64_t p : *fromCanonical)
    expected.push_back(result[p]);
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};

  // [] of [N, C, H, W], padded -> [N, C] of [H', W'] -> windows
  // [N, C, oh, ow] of [kh, kw] -> reduced [N, C, oh, ow].
  Value x = transpose(b, loc, accessTensor(b, loc, operands[0]), *toCanonical);
  for (unsigned i = 0; i < 2; ++i)
    x = pad(b, loc, x, padType, 2 + i, padding->first[i], after[i]);
  Value windows = ap::WindowsOp::create(b, loc, reaccess(b, loc, x, 2),
                                        b.getDenseI64ArrayAttr(*windowShape),
                                        b.getDenseI64ArrayAttr(*strides));
  Value pooled = compute(b, loc, kind, windows);
  return toTensor(b, loc, transpose(b, loc, pooled, *fromCanonical),
                  resultType);
}

} // namespace

Value buildMaxPool2D(OpBuilder &b, Location loc, ValueRange operands,
                     DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 1, resultType))
    return {};
  auto pool = withDefaults<relay::MaxPool2DOp>(b.getContext(), operands, attrs);
  return buildPool2D<relay::MaxPool2DOp>(b, loc, operands, pool, resultType,
                                         ap::ComputeKind::ReduceMax,
                                         ap::PadType::Min,
                                         /*ceilModeAllowed=*/true);
}

Value buildAvgPool2D(OpBuilder &b, Location loc, ValueRange operands,
                     DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 1, resultType))
    return {};
  auto pool = withDefaults<relay::AvgPool2DOp>(b.getContext(), operands, attrs);
  // reduce_mean divides by the window size: right when no window covers
  // padding, or when the padding counts.
  bool padded = llvm::any_of(pool.getPadding(), [](int64_t p) { return p; });
  if (padded && !pool.getCountIncludePad())
    return {};
  return buildPool2D<relay::AvgPool2DOp>(b, loc, operands, pool, resultType,
                                         ap::ComputeKind::ReduceMean,
                                         ap::PadType::Zero,
                                         /*ceilModeAllowed=*/false);
}

Value buildGlobalAvgPool2D(OpBuilder &b, Location loc, ValueRange operands,
                           DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 1, resultType))
    return {};
  auto pool =
      withDefaults<relay::GlobalAvgPool2DOp>(b.getContext(), operands, attrs);
  StringRef layout = pool.getLayout();
  auto toCanonical = layoutPermutation(layout, "NCHW");
  auto data = cast<RankedTensorType>(operands[0].getType());
  if (data.getRank() != 4 || !toCanonical ||
      layout.find('N') > layout.find('C') ||
      (!pool.getOutLayout().empty() && pool.getOutLayout() != layout))
    return {};
  SmallVector<int64_t> expected(data.getShape());
  expected[layout.find('H')] = 1;
  expected[layout.find('W')] = 1;
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  // [N, C] of [H, W] -> means [N, C] -> the 1s where H and W were.
  Value x = transpose(b, loc, accessTensor(b, loc, operands[0]), *toCanonical);
  Value means =
      compute(b, loc, ap::ComputeKind::ReduceMean, reaccess(b, loc, x, 2));
  int64_t h = layout.find('H'), w = layout.find('W');
  for (int64_t axis : {std::min(h, w), std::max(h, w)})
    means = ap::InsertAxisOp::create(b, loc, means, axis);
  return toTensor(b, loc, means, resultType);
}

} // namespace flexmatch::forms
