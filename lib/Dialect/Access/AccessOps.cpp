//===- AccessOps.cpp - Glenside access-pattern operators ------------------===//
//
// Result type inference. Each op checks its operands and attributes and
// reports what is wrong as "<op>: <message>" at the op's location (when it
// has one) instead of asserting: the verifier and the e-graph, which builds
// ops from operands and attributes alone, both rely on that.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Dialect/Access/AccessOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

using namespace mlir;
using namespace flexmatch::access;

using OptLoc = std::optional<Location>;
using Dims = SmallVector<int64_t>;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Formats dims as the pattern type does: [2, 3].
static std::string dimsStr(ArrayRef<int64_t> dims) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << '[';
  llvm::interleaveComma(dims, os);
  os << ']';
  return text;
}

static std::string typeStr(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  return text;
}

/// Emits "<op>: <message>" at `loc` (if any) and returns failure.
static LogicalResult opError(OptLoc loc, StringRef op, const Twine &message) {
  return emitOptionalError(loc, op, ": ", message.str());
}

/// Checks what the op's accessors assume: the number of operands, and the
/// presence and kinds of the attributes.
template <typename Adaptor>
static LogicalResult checkAdaptor(MLIRContext *context, OptLoc loc,
                                  StringRef op, Adaptor &adaptor,
                                  size_t numOperands) {
  if (adaptor.getOperands().size() != numOperands)
    return opError(loc, op,
                   "expected " + Twine(numOperands) + " operands, got " +
                       Twine(adaptor.getOperands().size()));
  return adaptor.verify(loc ? *loc : UnknownLoc::get(context));
}

/// The type of `value` as an access pattern, or null after reporting that
/// operand `what` of `op` is not one.
static PatternType patternOperand(OptLoc loc, StringRef op, Value value,
                                  StringRef what) {
  auto type = dyn_cast_or_null<PatternType>(value ? value.getType() : Type());
  if (!type)
    (void)opError(loc, op, Twine(what) + " must be an access pattern");
  return type;
}

/// The input of a one-operand op after the adaptor checks, or null after
/// reporting what is wrong.
template <typename Adaptor>
static PatternType unaryInput(MLIRContext *context, OptLoc loc, StringRef op,
                              Adaptor &adaptor) {
  if (failed(checkAdaptor(context, loc, op, adaptor, 1)))
    return {};
  return patternOperand(loc, op, adaptor.getInput(), "input");
}

/// Checks that `axis` is in [0, max] for an op on `type`.
static LogicalResult checkAxis(OptLoc loc, StringRef op, int64_t axis,
                               int64_t max, PatternType type) {
  if (max < 0)
    return opError(loc, op,
                   typeStr(type) + " has no dim to take axis " + Twine(axis) +
                       " of");
  if (axis < 0 || axis > max)
    return opError(loc, op,
                   "axis " + Twine(axis) + " is out of range [0, " +
                       Twine(max) + "] for " + typeStr(type));
  return success();
}

/// The number of elements of `dims`, or nothing if it overflows.
static std::optional<int64_t> product(ArrayRef<int64_t> dims) {
  int64_t result = 1;
  for (int64_t dim : dims)
    if (llvm::MulOverflow(result, dim, result))
      return std::nullopt;
  return result;
}

/// Pushes the pattern type of the given parts, after the checks of
/// PatternType::verify, reported for `op`: the general guard against a
/// malformed result type that the op's own checks missed.
static LogicalResult pushPattern(MLIRContext *context, OptLoc loc, StringRef op,
                                 ArrayRef<int64_t> shape,
                                 ArrayRef<int64_t> itemShape, Type elementType,
                                 SmallVectorImpl<Type> &results) {
  auto negative = [](int64_t dim) { return dim < 0; };
  if (llvm::any_of(shape, negative) || llvm::any_of(itemShape, negative))
    return opError(loc, op,
                   "result dims " + dimsStr(shape) + ", " + dimsStr(itemShape) +
                       " have a negative dim");
  if (!PatternType::isValidElementType(elementType))
    return opError(loc, op,
                   "element type " + typeStr(elementType) +
                       " is not an integer, index or float type");
  results.push_back(PatternType::get(context, shape, itemShape, elementType));
  return success();
}

/// Pushes a pattern of `dims` split as `like` is, with its element type.
static LogicalResult pushWithSplitOf(MLIRContext *context, OptLoc loc,
                                     StringRef op, ArrayRef<int64_t> dims,
                                     PatternType like,
                                     SmallVectorImpl<Type> &results) {
  unsigned split = like.getNumShapeDims();
  return pushPattern(context, loc, op, dims.take_front(split),
                     dims.drop_front(split), like.getElementType(), results);
}

/// The `EnumKeyword` directive: an enum attribute as its bare keyword
/// (`dot_product`), which the attribute's own printer would precede by a
/// space.
template <typename EnumAttrT>
static ParseResult parseEnumKeyword(OpAsmParser &parser, EnumAttrT &attr) {
  using Enum = decltype(attr.getValue());
  SMLoc loc = parser.getCurrentLocation();
  StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  std::optional<Enum> value = symbolizeEnum<Enum>(keyword);
  if (!value)
    return parser.emitError(loc)
           << "unknown " << EnumAttrT::getMnemonic() << " '" << keyword << "'";
  attr = EnumAttrT::get(parser.getContext(), *value);
  return success();
}

template <typename EnumAttrT>
static void printEnumKeyword(OpAsmPrinter &printer, Operation *,
                             EnumAttrT attr) {
  printer << stringifyEnum(attr.getValue());
}

//===----------------------------------------------------------------------===//
// Conversions between tensors and access patterns
//===----------------------------------------------------------------------===//

LogicalResult TensorOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  if (failed(checkAdaptor(context, loc, op, adaptor, 1)))
    return failure();
  auto tensor = dyn_cast<RankedTensorType>(adaptor.getTensor().getType());
  if (!tensor)
    return opError(loc, op, "operand must be a ranked tensor");
  if (!tensor.hasStaticShape())
    return opError(loc, op, typeStr(tensor) + " has a dynamic dim");
  return pushPattern(context, loc, op, {}, tensor.getShape(),
                     tensor.getElementType(), results);
}

LogicalResult AccessOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  if (failed(checkAxis(loc, op, axis, input.getRank(), input)))
    return failure();
  Dims dims = input.getDims();
  ArrayRef<int64_t> all = dims;
  return pushPattern(context, loc, op, all.take_front(axis),
                     all.drop_front(axis), input.getElementType(), results);
}

LogicalResult ToTensorOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  results.push_back(input.getTensorType());
  return success();
}

//===----------------------------------------------------------------------===//
// Rearranging dims
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  ArrayRef<int64_t> permutation = adaptor.getPermutation();
  Dims dims = input.getDims();
  int64_t rank = dims.size();
  SmallVector<bool> seen(rank, false);
  bool valid = static_cast<int64_t>(permutation.size()) == rank;
  for (int64_t index : permutation) {
    if (!valid)
      break;
    valid = index >= 0 && index < rank && !seen[index];
    if (valid)
      seen[index] = true;
  }
  if (!valid)
    return opError(loc, op,
                   "permutation " + dimsStr(permutation) +
                       " is not a permutation of the " + Twine(rank) +
                       " dims of " + typeStr(input));
  Dims permuted;
  for (int64_t index : permutation)
    permuted.push_back(dims[index]);
  return pushWithSplitOf(context, loc, op, permuted, input, results);
}

LogicalResult PadOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  int64_t before = adaptor.getBeforeAttr().getInt();
  int64_t after = adaptor.getAfterAttr().getInt();
  if (failed(checkAxis(loc, op, axis, int64_t(input.getRank()) - 1, input)))
    return failure();
  if (before < 0 || after < 0)
    return opError(loc, op,
                   "padding before " + Twine(before) + " and after " +
                       Twine(after) + " must be non-negative");
  Dims dims = input.getDims();
  if (llvm::AddOverflow(dims[axis], before, dims[axis]) ||
      llvm::AddOverflow(dims[axis], after, dims[axis]))
    return opError(loc, op, "padded dim " + Twine(axis) + " overflows");
  return pushWithSplitOf(context, loc, op, dims, input, results);
}

LogicalResult SliceOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  int64_t low = adaptor.getLowAttr().getInt();
  int64_t high = adaptor.getHighAttr().getInt();
  // The typed getter applies the default step of 1.
  int64_t step = adaptor.getStep();
  if (failed(checkAxis(loc, op, axis, int64_t(input.getRank()) - 1, input)))
    return failure();
  Dims dims = input.getDims();
  if (low < 0 || low >= high || high > dims[axis])
    return opError(loc, op,
                   "slice [" + Twine(low) + ", " + Twine(high) +
                       ") is not a non-empty range within dim " + Twine(axis) +
                       " of size " + Twine(dims[axis]));
  if (step < 1)
    return opError(loc, op, "step " + Twine(step) + " must be positive");
  dims[axis] = (high - low - 1) / step + 1;
  return pushWithSplitOf(context, loc, op, dims, input, results);
}

LogicalResult FlattenOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  std::optional<int64_t> shape = product(input.getShape());
  std::optional<int64_t> item = product(input.getItemShape());
  if (!shape || !item)
    return opError(loc, op,
                   "element count of " + typeStr(input) + " overflows");
  return pushPattern(context, loc, op, {*shape}, {*item},
                     input.getElementType(), results);
}

LogicalResult ReshapeOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  auto checkPart = [&](StringRef what, ArrayRef<int64_t> from,
                       ArrayRef<int64_t> to) -> LogicalResult {
    if (llvm::any_of(to, [](int64_t dim) { return dim < 0; }))
      return opError(loc, op,
                     Twine(what) + " " + dimsStr(to) + " has a negative dim");
    std::optional<int64_t> fromCount = product(from);
    std::optional<int64_t> toCount = product(to);
    if (!fromCount || !toCount)
      return opError(loc, op, Twine(what) + " element count overflows");
    if (*fromCount != *toCount)
      return opError(loc, op,
                     Twine(what) + " " + dimsStr(to) + " has " +
                         Twine(*toCount) + " elements but the input's " +
                         dimsStr(from) + " has " + Twine(*fromCount));
    return success();
  };
  if (failed(checkPart("shape", input.getShape(), adaptor.getShape())) ||
      failed(checkPart("item_shape", input.getItemShape(),
                       adaptor.getItemShape())))
    return failure();
  return pushPattern(context, loc, op, adaptor.getShape(),
                     adaptor.getItemShape(), input.getElementType(), results);
}

LogicalResult SqueezeOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  if (failed(checkAxis(loc, op, axis, int64_t(input.getRank()) - 1, input)))
    return failure();
  Dims dims = input.getDims();
  if (dims[axis] != 1)
    return opError(loc, op,
                   "dim " + Twine(axis) + " of " + typeStr(input) + " is " +
                       Twine(dims[axis]) + ", not 1");
  dims.erase(dims.begin() + axis);
  unsigned split = input.getNumShapeDims();
  if (axis < split)
    --split;
  ArrayRef<int64_t> result = dims;
  return pushPattern(context, loc, op, result.take_front(split),
                     result.drop_front(split), input.getElementType(), results);
}

LogicalResult InsertAxisOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  if (failed(checkAxis(loc, op, axis, input.getRank(), input)))
    return failure();
  Dims dims = input.getDims();
  dims.insert(dims.begin() + axis, 1);
  unsigned split = input.getNumShapeDims();
  if (axis <= split)
    ++split;
  ArrayRef<int64_t> result = dims;
  return pushPattern(context, loc, op, result.take_front(split),
                     result.drop_front(split), input.getElementType(), results);
}

LogicalResult BroadcastOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  if (failed(checkAdaptor(context, loc, op, adaptor, 2)))
    return failure();
  PatternType input = patternOperand(loc, op, adaptor.getInput(), "input");
  PatternType target = patternOperand(loc, op, adaptor.getTarget(), "target");
  if (!input || !target)
    return failure();
  Dims from = input.getDims();
  Dims to = target.getDims();
  auto cannot = [&](const Twine &why) {
    return opError(loc, op,
                   "cannot broadcast dims " + dimsStr(from) + " to " +
                       dimsStr(to) + ": " + why);
  };
  if (from.size() > to.size())
    return cannot("more dims than the target");
  size_t offset = to.size() - from.size();
  for (auto [index, dim] : llvm::enumerate(from))
    if (dim != 1 && dim != to[index + offset])
      return cannot("dim " + Twine(index) + " is " + Twine(dim) +
                    ", not 1 or " + Twine(to[index + offset]));
  return pushPattern(context, loc, op, target.getShape(), target.getItemShape(),
                     input.getElementType(), results);
}

//===----------------------------------------------------------------------===//
// Combining access patterns
//===----------------------------------------------------------------------===//

/// Checks that `lhs` and `rhs` have the same element type.
static LogicalResult checkSameElementType(OptLoc loc, StringRef op,
                                          PatternType lhs, PatternType rhs) {
  if (lhs.getElementType() == rhs.getElementType())
    return success();
  return opError(loc, op,
                 "element types " + typeStr(lhs.getElementType()) + " and " +
                     typeStr(rhs.getElementType()) + " differ");
}

LogicalResult
CartesianProductOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                     Adaptor adaptor,
                                     SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  if (failed(checkAdaptor(context, loc, op, adaptor, 2)))
    return failure();
  PatternType lhs = patternOperand(loc, op, adaptor.getLhs(), "lhs");
  PatternType rhs = patternOperand(loc, op, adaptor.getRhs(), "rhs");
  if (!lhs || !rhs || failed(checkSameElementType(loc, op, lhs, rhs)))
    return failure();
  if (lhs.getItemShape() != rhs.getItemShape())
    return opError(loc, op,
                   "item shapes " + dimsStr(lhs.getItemShape()) + " and " +
                       dimsStr(rhs.getItemShape()) + " differ");
  Dims shape(lhs.getShape());
  llvm::append_range(shape, rhs.getShape());
  Dims item{2};
  llvm::append_range(item, lhs.getItemShape());
  return pushPattern(context, loc, op, shape, item, lhs.getElementType(),
                     results);
}

LogicalResult PairOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  if (failed(checkAdaptor(context, loc, op, adaptor, 2)))
    return failure();
  PatternType lhs = patternOperand(loc, op, adaptor.getLhs(), "lhs");
  PatternType rhs = patternOperand(loc, op, adaptor.getRhs(), "rhs");
  if (!lhs || !rhs)
    return failure();
  if (lhs != rhs)
    return opError(loc, op,
                   "operand types " + typeStr(lhs) + " and " + typeStr(rhs) +
                       " differ");
  Dims item{2};
  llvm::append_range(item, lhs.getItemShape());
  return pushPattern(context, loc, op, lhs.getShape(), item,
                     lhs.getElementType(), results);
}

LogicalResult ConcatenateOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  if (failed(checkAdaptor(context, loc, op, adaptor, 2)))
    return failure();
  PatternType lhs = patternOperand(loc, op, adaptor.getLhs(), "lhs");
  PatternType rhs = patternOperand(loc, op, adaptor.getRhs(), "rhs");
  if (!lhs || !rhs || failed(checkSameElementType(loc, op, lhs, rhs)))
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  if (failed(checkAxis(loc, op, axis, int64_t(lhs.getRank()) - 1, lhs)))
    return failure();
  Dims dims = lhs.getDims();
  Dims other = rhs.getDims();
  bool compatible = lhs.getNumShapeDims() == rhs.getNumShapeDims() &&
                    dims.size() == other.size();
  for (size_t index = 0; compatible && index < dims.size(); ++index)
    compatible = index == size_t(axis) || dims[index] == other[index];
  if (!compatible)
    return opError(loc, op,
                   typeStr(lhs) + " and " + typeStr(rhs) +
                       " differ in their split or in a dim other than axis " +
                       Twine(axis));
  if (llvm::AddOverflow(dims[axis], other[axis], dims[axis]))
    return opError(loc, op, "dim " + Twine(axis) + " overflows");
  ArrayRef<int64_t> result = dims;
  unsigned split = lhs.getNumShapeDims();
  return pushPattern(context, loc, op, result.take_front(split),
                     result.drop_front(split), lhs.getElementType(), results);
}

//===----------------------------------------------------------------------===//
// Computing over items
//===----------------------------------------------------------------------===//

LogicalResult ComputeOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  ComputeKind kind = adaptor.getKind();
  ArrayRef<int64_t> item = input.getItemShape();
  ArrayRef<int64_t> resultItem;
  switch (kind) {
  case ComputeKind::DotProduct:
  case ComputeKind::ElementwiseAdd:
  case ComputeKind::ElementwiseMul:
  case ComputeKind::ElementwiseDiv:
    // These combine the slices of the item along its axis 0.
    if (item.empty())
      return opError(loc, op,
                     stringifyComputeKind(kind) +
                         " needs an item with at least one dim, got " +
                         typeStr(input));
    if (kind != ComputeKind::DotProduct)
      resultItem = item.drop_front();
    break;
  case ComputeKind::ReduceSum:
  case ComputeKind::ReduceMax:
  case ComputeKind::ReduceMean:
    break;
  case ComputeKind::Relu:
  case ComputeKind::Sqrt:
  case ComputeKind::Negative:
  case ComputeKind::Softmax:
    resultItem = item;
    break;
  }
  return pushPattern(context, loc, op, input.getShape(), resultItem,
                     input.getElementType(), results);
}

LogicalResult WindowsOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  PatternType input = unaryInput(context, loc, op, adaptor);
  if (!input)
    return failure();
  ArrayRef<int64_t> item = input.getItemShape();
  ArrayRef<int64_t> window = adaptor.getWindowShape();
  ArrayRef<int64_t> strides = adaptor.getStrides();
  if (window.size() != item.size() || strides.size() != item.size())
    return opError(loc, op,
                   "window_shape " + dimsStr(window) + " and strides " +
                       dimsStr(strides) + " need one value per dim of item " +
                       dimsStr(item));
  Dims shape(input.getShape());
  for (auto [index, itemDim] : llvm::enumerate(item)) {
    if (window[index] < 1 || window[index] > itemDim)
      return opError(loc, op,
                     "window_shape " + dimsStr(window) + " does not fit item " +
                         dimsStr(item) + " in dim " + Twine(index) + ": " +
                         Twine(window[index]) + " is not in [1, " +
                         Twine(itemDim) + "]");
    if (strides[index] < 1)
      return opError(loc, op,
                     "strides " + dimsStr(strides) + " must be positive");
    shape.push_back((itemDim - window[index]) / strides[index] + 1);
  }
  return pushPattern(context, loc, op, shape, window, input.getElementType(),
                     results);
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

LogicalResult LiteralOp::inferReturnTypes(MLIRContext *context, OptLoc loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  StringRef op = getOperationName();
  if (failed(checkAdaptor(context, loc, op, adaptor, 0)))
    return failure();
  auto tensor = dyn_cast<RankedTensorType>(adaptor.getValueAttr().getType());
  if (!tensor || !tensor.hasStaticShape())
    return opError(loc, op,
                   "value of type " +
                       typeStr(adaptor.getValueAttr().getType()) +
                       " is not a static-shaped tensor");
  return pushPattern(context, loc, op, {}, tensor.getShape(),
                     tensor.getElementType(), results);
}

OpFoldResult LiteralOp::fold(FoldAdaptor) { return getValueAttr(); }

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/Access/AccessOps.cpp.inc"
