//===- Shape.cpp - Access forms of shape and data-movement ops ------------===//
//
// Reshapes, transposes, inserted and removed axes, zero padding,
// concatenation and slicing, each on the whole tensor as one item.
//
//===----------------------------------------------------------------------===//

#include "Forms.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;

namespace flexmatch::forms {

namespace {

/// The elements of `value` viewed with the dims of `resultType`.
Value buildReshapeTo(OpBuilder &b, Location loc, ValueRange operands,
                     Type resultType) {
  if (!allSameTensors(operands, 1, resultType))
    return {};
  auto result = cast<RankedTensorType>(resultType);
  auto data = cast<RankedTensorType>(operands[0].getType());
  if (data.getNumElements() != result.getNumElements())
    return {};
  Value reshaped =
      ap::ReshapeOp::create(b, loc, accessTensor(b, loc, operands[0]),
                            ArrayRef<int64_t>{}, result.getShape());
  return toTensor(b, loc, reshaped, resultType);
}

} // namespace

Value buildBatchFlatten(OpBuilder &b, Location loc, ValueRange operands,
                        DictionaryAttr, Type resultType) {
  return buildReshapeTo(b, loc, operands, resultType);
}

Value buildReshape(OpBuilder &b, Location loc, ValueRange operands,
                   DictionaryAttr, Type resultType) {
  // The result type already resolves newshape's special values.
  return buildReshapeTo(b, loc, operands, resultType);
}

Value buildTranspose(OpBuilder &b, Location loc, ValueRange operands,
                     DictionaryAttr attrs, Type resultType) {
  if (!allSameTensors(operands, 1, resultType))
    return {};
  auto op = withDefaults<relay::TransposeOp>(b.getContext(), operands, attrs);
  auto data = cast<RankedTensorType>(operands[0].getType());
  int64_t rank = data.getRank();
  SmallVector<int64_t> permutation;
  if (auto axes = op.getAxes(); axes && !axes->empty()) {
    for (int64_t axis : *axes) {
      std::optional<int64_t> normalized = normalizeAxis(axis, rank);
      if (!normalized)
        return {};
      permutation.push_back(*normalized);
    }
  } else {
    for (int64_t i = rank - 1; i >= 0; --i)
      permutation.push_back(i);
  }
  if (int64_t(permutation.size()) != rank)
    return {};
  SmallVector<int64_t> expected;
  for (int64_t p : permutation)
    expected.push_back(data.getDimSize(p));
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  return toTensor(
      b, loc, transpose(b, loc, accessTensor(b, loc, operands[0]), permutation),
      resultType);
}

Value buildExpandDims(OpBuilder &b, Location loc, ValueRange operands,
                      DictionaryAttr attrs, Type resultType) {
  if (!allSameTensors(operands, 1, resultType))
    return {};
  auto op = withDefaults<relay::ExpandDimsOp>(b.getContext(), operands, attrs);
  if (!op.getAttributes().get("axis"))
    return {};
  auto data = cast<RankedTensorType>(operands[0].getType());
  int64_t rank = data.getRank();
  int64_t axis = int64_t(op.getAxis());
  int64_t count = int64_t(op.getNumNewaxis());
  if (axis < 0)
    axis += rank + 1;
  if (axis < 0 || axis > rank || count < 0)
    return {};
  SmallVector<int64_t> expected(data.getShape());
  expected.insert(expected.begin() + axis, count, 1);
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  Value x = accessTensor(b, loc, operands[0]);
  for (int64_t i = 0; i < count; ++i)
    x = ap::InsertAxisOp::create(b, loc, x, axis);
  return toTensor(b, loc, x, resultType);
}

Value buildSqueeze(OpBuilder &b, Location loc, ValueRange operands,
                   DictionaryAttr attrs, Type resultType) {
  if (!allSameTensors(operands, 1, resultType))
    return {};
  auto op = withDefaults<relay::SqueezeOp>(b.getContext(), operands, attrs);
  auto data = cast<RankedTensorType>(operands[0].getType());
  int64_t rank = data.getRank();
  SmallVector<bool> removed(rank, false);
  if (auto axes = op.getAxis()) {
    for (int64_t axis : *axes) {
      std::optional<int64_t> normalized = normalizeAxis(axis, rank);
      if (!normalized || data.getDimSize(*normalized) != 1)
        return {};
      removed[*normalized] = true;
    }
  } else {
    for (int64_t i = 0; i < rank; ++i)
      removed[i] = data.getDimSize(i) == 1;
  }
  SmallVector<int64_t> expected;
  for (int64_t i = 0; i < rank; ++i)
    if (!removed[i])
      expected.push_back(data.getDimSize(i));
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  Value x = accessTensor(b, loc, operands[0]);
  for (int64_t i = rank - 1; i >= 0; --i)
    if (removed[i])
      x = ap::SqueezeOp::create(b, loc, x, i);
  return toTensor(b, loc, x, resultType);
}

Value buildPad(OpBuilder &b, Location loc, ValueRange operands,
               DictionaryAttr attrs, Type resultType) {
  if (operands.size() != 2 ||
      !allFloatTensors(operands.take_front(), 1, resultType))
    return {};
  auto op = withDefaults<relay::PadOp>(b.getContext(), operands, attrs);
  // Glenside pads with zeros only.
  DenseElementsAttr padValue;
  if (op.getPadMode() != "constant" ||
      !matchPattern(operands[1], m_Constant(&padValue)) || !padValue.isSplat())
    return {};
  if (auto f = dyn_cast<FloatAttr>(padValue.getSplatValue<Attribute>())) {
    if (!f.getValue().isZero())
      return {};
  } else if (auto i =
                 dyn_cast<IntegerAttr>(padValue.getSplatValue<Attribute>())) {
    if (!i.getValue().isZero())
      return {};
  } else {
    return {};
  }
  auto data = cast<RankedTensorType>(operands[0].getType());
  ArrayAttr widths = op.getPadWidth();
  if (int64_t(widths.size()) != data.getRank())
    return {};
  SmallVector<std::pair<int64_t, int64_t>> pads;
  SmallVector<int64_t> expected;
  for (auto [axis, width] : llvm::enumerate(widths)) {
    ArrayRef<int64_t> pair = cast<DenseI64ArrayAttr>(width).asArrayRef();
    if (pair.size() != 2 || pair[0] < 0 || pair[1] < 0)
      return {};
    pads.push_back({pair[0], pair[1]});
    expected.push_back(data.getDimSize(axis) + pair[0] + pair[1]);
  }
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  Value x = accessTensor(b, loc, operands[0]);
  for (auto [axis, p] : llvm::enumerate(pads))
    x = pad(b, loc, x, ap::PadType::Zero, axis, p.first, p.second);
  return toTensor(b, loc, x, resultType);
}

Value buildConcatenate(OpBuilder &b, Location loc, ValueRange operands,
                       DictionaryAttr attrs, Type resultType) {
  if (operands.empty() ||
      !allSameTensors(operands, operands.size(), resultType))
    return {};
  auto result = cast<RankedTensorType>(resultType);
  int64_t rank = result.getRank();
  IntegerAttr axisAttr =
      attrs ? attrs.getAs<IntegerAttr>("axis") : IntegerAttr();
  std::optional<int64_t> axis =
      normalizeAxis(axisAttr ? axisAttr.getInt() : 0, rank);
  if (!axis)
    return {};
  int64_t total = 0;
  for (Value operand : operands) {
    auto type = cast<RankedTensorType>(operand.getType());
    if (type.getRank() != rank)
      return {};
    for (int64_t i = 0; i < rank; ++i)
      if (i != *axis && type.getDimSize(i) != result.getDimSize(i))
        return {};
    total += type.getDimSize(*axis);
  }
  if (total != result.getDimSize(*axis))
    return {};
  Value x = accessTensor(b, loc, operands[0]);
  for (Value operand : operands.drop_front())
    x = ap::ConcatenateOp::create(b, loc, x, accessTensor(b, loc, operand),
                                  *axis);
  return toTensor(b, loc, x, resultType);
}

Value buildStridedSlice(OpBuilder &b, Location loc, ValueRange operands,
                        DictionaryAttr attrs, Type resultType) {
  if (!allSameTensors(operands, 1, resultType))
    return {};
  auto op =
      withDefaults<relay::StridedSliceOp>(b.getContext(), operands, attrs);
  if (!op.getAttributes().get("begin") || !op.getAttributes().get("end"))
    return {};
  auto data = cast<RankedTensorType>(operands[0].getType());
  int64_t rank = data.getRank();
  ArrayRef<int64_t> begin = op.getBegin(), end = op.getEnd();
  ArrayRef<int64_t> strides;
  if (auto s = op.getStrides())
    strides = *s;
  SmallVector<int64_t> axes;
  if (auto given = op.getAxes()) {
    for (int64_t axis : *given) {
      std::optional<int64_t> normalized = normalizeAxis(axis, rank);
      if (!normalized)
        return {};
      axes.push_back(*normalized);
    }
  } else {
    for (int64_t i = 0; i < int64_t(begin.size()); ++i)
      axes.push_back(i);
  }
  if (int64_t(axes.size()) > rank || begin.size() < axes.size() ||
      end.size() < axes.size())
    return {};
  // A single stride other than 1 for several axes: TVM versions disagree
  // on whether it applies to all of them.
  if (strides.size() == 1 && axes.size() > 1 && strides[0] != 1)
    return {};
  bool bySize = op.getSliceMode() == "size";
  if (!bySize && op.getSliceMode() != "end")
    return {};
  struct Range {
    int64_t axis, low, high, step;
  };
  SmallVector<Range> ranges;
  SmallVector<int64_t> expected(data.getShape());
  for (auto [i, axis] : llvm::enumerate(axes)) {
    int64_t dim = data.getDimSize(axis);
    int64_t step = i < strides.size() ? strides[i] : 1;
    if (step < 1)
      return {};
    int64_t low = begin[i] < 0 ? begin[i] + dim : begin[i];
    low = std::clamp<int64_t>(low, 0, dim);
    int64_t high;
    if (bySize) {
      high = end[i] < 0 ? dim : low + end[i];
    } else {
      high = end[i] < 0 ? end[i] + dim : end[i];
    }
    high = std::clamp<int64_t>(high, 0, dim);
    if (low >= high)
      return {};
    expected[axis] = (high - low + step - 1) / step;
    if (low != 0 || high != dim || step != 1)
      ranges.push_back({int64_t(axis), low, high, step});
  }
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  Value x = accessTensor(b, loc, operands[0]);
  for (const Range &range : ranges)
    x = ap::SliceOp::create(b, loc, x, range.axis, range.low, range.high,
                            range.step);
  return toTensor(b, loc, x, resultType);
}

/// split: one access slice per part along `axis`, gathered in a relay.tuple
/// (the result is a tuple; its fields are what the e-graph sees).
Value buildSplit(OpBuilder &b, Location loc, ValueRange operands,
                 DictionaryAttr attrs, Type resultType) {
  auto tuple = dyn_cast<TupleType>(resultType);
  if (operands.size() != 1 || !tuple || tuple.size() == 0)
    return {};
  RankedTensorType data = staticTensor(operands[0].getType());
  if (!data)
    return {};
  auto op = withDefaults<relay::SplitOp>(b.getContext(), operands, attrs);
  std::optional<int64_t> axis = normalizeAxis(op.getAxis(), data.getRank());
  if (!axis)
    return {};
  // Check every part before building anything.
  int64_t offset = 0;
  for (Type part : tuple.getTypes()) {
    RankedTensorType type = staticTensor(part);
    // access.slice takes non-empty ranges.
    if (!type || type.getElementType() != data.getElementType() ||
        type.getRank() != data.getRank() || type.getDimSize(*axis) == 0)
      return {};
    for (int64_t i = 0; i < data.getRank(); ++i)
      if (i != *axis && type.getDimSize(i) != data.getDimSize(i))
        return {};
    offset += type.getDimSize(*axis);
  }
  if (offset != data.getDimSize(*axis))
    return {};
  Value x = accessTensor(b, loc, operands[0]);
  SmallVector<Value> parts;
  offset = 0;
  for (Type part : tuple.getTypes()) {
    int64_t size = cast<RankedTensorType>(part).getDimSize(*axis);
    Value slice = size == data.getDimSize(*axis)
                      ? x
                      : ap::SliceOp::create(b, loc, x, *axis, offset,
                                            offset + size, 1)
                            .getResult();
    parts.push_back(toTensor(b, loc, slice, part));
    offset += size;
  }
  return relay::TupleOp::create(b, loc, parts);
}

} // namespace flexmatch::forms
