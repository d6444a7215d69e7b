//===- Elementwise.cpp - Access forms of elementwise ops and reductions ---===//
//
// Unary ops are computes over the whole tensor as one item. Binary ops
// bring both operands to the result's dims (leading axes of size 1, then a
// broadcast), pair them and fold the pair. Softmax and mean compute over
// the trailing axes made the item.
//
//===----------------------------------------------------------------------===//

#include "Forms.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;

namespace flexmatch::forms {

namespace {

Value buildUnary(OpBuilder &b, Location loc, ValueRange operands,
                 Type resultType, ap::ComputeKind kind) {
  if (!allFloatTensors(operands, 1, resultType) ||
      operands[0].getType() != resultType)
    return {};
  return toTensor(b, loc,
                  compute(b, loc, kind, accessTensor(b, loc, operands[0])),
                  resultType);
}

/// Whether `dims`, aligned on the right, broadcast NumPy-style to `to`.
bool broadcastsTo(ArrayRef<int64_t> dims, ArrayRef<int64_t> to) {
  if (dims.size() > to.size())
    return false;
  ArrayRef<int64_t> aligned = to.take_back(dims.size());
  for (auto [d, t] : llvm::zip(dims, aligned))
    if (d != 1 && d != t)
      return false;
  return true;
}

/// The tensor `value`, whose dims broadcast to `result`'s, as a pattern of
/// shape [] and item `result`'s dims; `target` is such a pattern (it gives
/// the broadcast its dims) or null, and is set when null and needed.
Value toResultDims(OpBuilder &b, Location loc, Value value,
                   RankedTensorType result, Value &target) {
  auto type = cast<RankedTensorType>(value.getType());
  Value pattern = accessTensor(b, loc, value);
  if (type.getShape() == result.getShape())
    return pattern;
  int64_t missing = result.getRank() - type.getRank();
  if (missing > 0) {
    SmallVector<int64_t> item(missing, 1);
    llvm::append_range(item, type.getShape());
    pattern = ap::ReshapeOp::create(b, loc, pattern, ArrayRef<int64_t>{}, item);
  }
  if (patternOf(pattern).getItemShape() == result.getShape())
    return pattern;
  if (!target) {
    // Neither operand has the result's dims: a zero literal gives them.
    target = ap::LiteralOp::create(
        b, loc,
        DenseElementsAttr::get(result, b.getZeroAttr(result.getElementType())));
  }
  return ap::BroadcastOp::create(b, loc, pattern, target);
}

/// `kind` (elementwise_add/mul/div) of `lhs` and `rhs`, each broadcast to
/// the dims of `result` first.
Value pairAndFold(OpBuilder &b, Location loc, Value lhs, Value rhs,
                  RankedTensorType result, ap::ComputeKind kind) {
  Value target;
  // An operand that has the result's dims is the target of the other's
  // broadcast.
  Value lhsPattern, rhsPattern;
  if (cast<RankedTensorType>(lhs.getType()).getShape() == result.getShape()) {
    lhsPattern = target = accessTensor(b, loc, lhs);
    rhsPattern = toResultDims(b, loc, rhs, result, target);
  } else {
    if (cast<RankedTensorType>(rhs.getType()).getShape() == result.getShape())
      rhsPattern = target = accessTensor(b, loc, rhs);
    lhsPattern = toResultDims(b, loc, lhs, result, target);
    if (!rhsPattern)
      rhsPattern = toResultDims(b, loc, rhs, result, target);
  }
  Value pair = ap::PairOp::create(b, loc, lhsPattern, rhsPattern);
  return toTensor(b, loc, compute(b, loc, kind, pair), result);
}

Value buildBinary(OpBuilder &b, Location loc, ValueRange operands,
                  Type resultType, ap::ComputeKind kind) {
  if (!allFloatTensors(operands, 2, resultType))
    return {};
  auto result = cast<RankedTensorType>(resultType);
  for (Value operand : operands)
    if (!broadcastsTo(cast<RankedTensorType>(operand.getType()).getShape(),
                      result.getShape()))
      return {};
  return pairAndFold(b, loc, operands[0], operands[1], result, kind);
}

} // namespace

Value buildRelu(OpBuilder &b, Location loc, ValueRange operands, DictionaryAttr,
                Type resultType) {
  return buildUnary(b, loc, operands, resultType, ap::ComputeKind::Relu);
}

Value buildSqrt(OpBuilder &b, Location loc, ValueRange operands, DictionaryAttr,
                Type resultType) {
  return buildUnary(b, loc, operands, resultType, ap::ComputeKind::Sqrt);
}

Value buildNegative(OpBuilder &b, Location loc, ValueRange operands,
                    DictionaryAttr, Type resultType) {
  return buildUnary(b, loc, operands, resultType, ap::ComputeKind::Negative);
}

Value buildAdd(OpBuilder &b, Location loc, ValueRange operands, DictionaryAttr,
               Type resultType) {
  return buildBinary(b, loc, operands, resultType,
                     ap::ComputeKind::ElementwiseAdd);
}

Value buildMultiply(OpBuilder &b, Location loc, ValueRange operands,
                    DictionaryAttr, Type resultType) {
  return buildBinary(b, loc, operands, resultType,
                     ap::ComputeKind::ElementwiseMul);
}

Value buildDivide(OpBuilder &b, Location loc, ValueRange operands,
                  DictionaryAttr, Type resultType) {
  return buildBinary(b, loc, operands, resultType,
                     ap::ComputeKind::ElementwiseDiv);
}

Value buildBiasAdd(OpBuilder &b, Location loc, ValueRange operands,
                   DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 2, resultType) ||
      operands[0].getType() != resultType)
    return {};
  auto biasAdd =
      withDefaults<relay::BiasAddOp>(b.getContext(), operands, attrs);
  auto data = cast<RankedTensorType>(resultType);
  auto bias = cast<RankedTensorType>(operands[1].getType());
  std::optional<int64_t> axis =
      normalizeAxis(biasAdd.getAxis(), data.getRank());
  if (!axis || bias.getRank() != 1 ||
      bias.getDimSize(0) != data.getDimSize(*axis))
    return {};
  // The bias as [1, ..., C, ..., 1], C on `axis`, broadcast to the data.
  Value dataPattern = accessTensor(b, loc, operands[0]);
  SmallVector<int64_t> item(data.getRank(), 1);
  item[*axis] = bias.getDimSize(0);
  Value biasPattern = ap::ReshapeOp::create(
      b, loc, accessTensor(b, loc, operands[1]), ArrayRef<int64_t>{}, item);
  if (item != data.getShape())
    biasPattern = ap::BroadcastOp::create(b, loc, biasPattern, dataPattern);
  Value pair = ap::PairOp::create(b, loc, dataPattern, biasPattern);
  return toTensor(b, loc,
                  compute(b, loc, ap::ComputeKind::ElementwiseAdd, pair),
                  resultType);
}

Value buildSoftmax(OpBuilder &b, Location loc, ValueRange operands,
                   DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 1, resultType) ||
      operands[0].getType() != resultType)
    return {};
  auto softmax =
      withDefaults<relay::SoftmaxOp>(b.getContext(), operands, attrs);
  int64_t rank = cast<RankedTensorType>(resultType).getRank();
  std::optional<int64_t> axis = normalizeAxis(softmax.getAxis(), rank);
  if (!axis || *axis != rank - 1)
    return {};
  Value rows = accessAt(b, loc, operands[0], rank - 1);
  return toTensor(b, loc, compute(b, loc, ap::ComputeKind::Softmax, rows),
                  resultType);
}

Value buildMean(OpBuilder &b, Location loc, ValueRange operands,
                DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 1, resultType))
    return {};
  auto mean = withDefaults<relay::MeanOp>(b.getContext(), operands, attrs);
  auto data = cast<RankedTensorType>(operands[0].getType());
  int64_t rank = data.getRank();
  SmallVector<bool> reduced(rank, !mean.getAxis());
  if (auto axes = mean.getAxis()) {
    for (int64_t axis : *axes) {
      std::optional<int64_t> normalized = normalizeAxis(axis, rank);
      if (!normalized)
        return {};
      reduced[*normalized] = true;
    }
    if (mean.getExclude())
      for (auto &&r : reduced)
        r = !r;
  } else if (mean.getExclude()) {
    return {};
  }
  // reduce_mean reduces the item: the reduced axes must be the trailing ones.
  int64_t first = rank;
  while (first > 0 && reduced[first - 1])
    --first;
  if (first == rank ||
      llvm::is_contained(ArrayRef(reduced).take_front(first), true))
    return {};
  SmallVector<int64_t> expected(data.getShape().take_front(first));
  if (mean.getKeepdims())
    expected.append(rank - first, 1);
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};
  Value means = compute(b, loc, ap::ComputeKind::ReduceMean,
                        accessAt(b, loc, operands[0], first));
  if (mean.getKeepdims())
    for (int64_t axis = first; axis < rank; ++axis)
      means = ap::InsertAxisOp::create(b, loc, means, axis);
  return toTensor(b, loc, means, resultType);
}

} // namespace flexmatch::forms
