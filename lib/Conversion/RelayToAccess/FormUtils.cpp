//===- FormUtils.cpp - Helpers shared by the access forms -----------------===//

#include "Forms.h"

using namespace mlir;

namespace flexmatch::forms {

RankedTensorType staticTensor(Type type) {
  auto tensor = dyn_cast_or_null<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape() ||
      !ap::PatternType::isValidElementType(tensor.getElementType()))
    return {};
  return tensor;
}

bool allSameTensors(ValueRange operands, size_t count, Type resultType) {
  RankedTensorType result = staticTensor(resultType);
  if (!result || operands.size() != count)
    return false;
  return llvm::all_of(operands, [&](Value operand) {
    RankedTensorType type = staticTensor(operand.getType());
    return type && type.getElementType() == result.getElementType();
  });
}

bool allFloatTensors(ValueRange operands, size_t count, Type resultType) {
  return allSameTensors(operands, count, resultType) &&
         isa<FloatType>(cast<RankedTensorType>(resultType).getElementType());
}

std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank) {
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis >= rank)
    return std::nullopt;
  return axis;
}

std::optional<SmallVector<int64_t>> layoutPermutation(StringRef from,
                                                      StringRef to) {
  if (from.size() != to.size())
    return std::nullopt;
  SmallVector<int64_t> permutation;
  for (char letter : to) {
    size_t at = from.find(letter);
    if (at == StringRef::npos || from.count(letter) != 1)
      return std::nullopt;
    permutation.push_back(at);
  }
  return permutation;
}

bool isIdentity(ArrayRef<int64_t> permutation) {
  for (auto [i, p] : llvm::enumerate(permutation))
    if (p != int64_t(i))
      return false;
  return true;
}

std::optional<std::pair<SmallVector<int64_t>, SmallVector<int64_t>>>
spatialPadding(ArrayRef<int64_t> padding, unsigned rank) {
  SmallVector<int64_t> before, after;
  if (padding.size() == 1) {
    before.assign(rank, padding[0]);
    after.assign(rank, padding[0]);
  } else if (padding.size() == rank) {
    before.assign(padding.begin(), padding.end());
    after.assign(padding.begin(), padding.end());
  } else if (padding.size() == 2 * rank) {
    before.assign(padding.begin(), padding.begin() + rank);
    after.assign(padding.begin() + rank, padding.end());
  } else {
    return std::nullopt;
  }
  if (llvm::any_of(before, [](int64_t p) { return p < 0; }) ||
      llvm::any_of(after, [](int64_t p) { return p < 0; }))
    return std::nullopt;
  return std::make_pair(before, after);
}

ap::PatternType patternOf(Value value) {
  return cast<ap::PatternType>(value.getType());
}

Value accessTensor(OpBuilder &b, Location loc, Value tensor) {
  return ap::TensorOp::create(b, loc, tensor);
}

Value reaccess(OpBuilder &b, Location loc, Value pattern, int64_t axis) {
  if (int64_t(patternOf(pattern).getNumShapeDims()) == axis)
    return pattern;
  return ap::AccessOp::create(b, loc, pattern, axis);
}

Value accessAt(OpBuilder &b, Location loc, Value tensor, int64_t axis) {
  return reaccess(b, loc, accessTensor(b, loc, tensor), axis);
}

Value transpose(OpBuilder &b, Location loc, Value pattern,
                ArrayRef<int64_t> permutation) {
  if (isIdentity(permutation))
    return pattern;
  return ap::TransposeOp::create(b, loc, pattern,
                                 b.getDenseI64ArrayAttr(permutation));
}

Value pad(OpBuilder &b, Location loc, Value pattern, ap::PadType padType,
          int64_t axis, int64_t before, int64_t after) {
  if (before == 0 && after == 0)
    return pattern;
  return ap::PadOp::create(b, loc, pattern, axis, before, after, padType);
}

Value compute(OpBuilder &b, Location loc, ap::ComputeKind kind, Value pattern) {
  return ap::ComputeOp::create(b, loc, kind, pattern);
}

Value toTensor(OpBuilder &b, Location loc, Value pattern, Type resultType) {
  assert(patternOf(pattern).getTensorType() == resultType &&
         "an access form views a tensor of another type than the op's");
  return ap::ToTensorOp::create(b, loc, resultType, pattern);
}

} // namespace flexmatch::forms
