//===- LoweringUtils.cpp - Builders shared by the relay lowerings ---------===//

#include "LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;

namespace flexmatch::lowering {

Type signless(Type elementType) {
  if (auto integer = dyn_cast<IntegerType>(elementType);
      integer && !integer.isSignless())
    return IntegerType::get(elementType.getContext(), integer.getWidth());
  return elementType;
}

RankedTensorType signless(RankedTensorType type) {
  return RankedTensorType::get(type.getShape(),
                               signless(type.getElementType()));
}

RankedTensorType tensorType(Value v) {
  return dyn_cast<RankedTensorType>(v.getType());
}

SmallVector<int64_t> inversePermutation(ArrayRef<int64_t> perm) {
  SmallVector<int64_t> inverse(perm.size());
  for (auto [i, p] : llvm::enumerate(perm))
    inverse[p] = i;
  return inverse;
}

std::pair<SmallVector<int64_t>, SmallVector<int64_t>>
splitPadding(ArrayRef<int64_t> padding, int64_t rank) {
  SmallVector<int64_t> begin(rank, 0), end(rank, 0);
  for (int64_t i = 0; i < rank; ++i) {
    if (padding.size() == 1) {
      begin[i] = end[i] = padding[0];
    } else if (int64_t(padding.size()) == rank) {
      begin[i] = end[i] = padding[i];
    } else if (int64_t(padding.size()) == 2 * rank) {
      begin[i] = padding[i];
      end[i] = padding[rank + i];
    }
  }
  return {begin, end};
}

static bool isStatic(Type type) {
  if (auto tuple = dyn_cast<TupleType>(type))
    return llvm::all_of(tuple.getTypes(), isStatic);
  if (auto shaped = dyn_cast<ShapedType>(type))
    return shaped.hasStaticShape();
  return true;
}

LogicalResult requireStaticShapes(Operation *op) {
  for (Type type : llvm::concat<const Type>(op->getOperandTypes(),
                                            op->getResultTypes()))
    if (!isStatic(type))
      return op->emitError() << relayOpName(op) << ": cannot lower " << type
                             << ": dynamic shapes are not supported";
  return success();
}

llvm::StringRef relayOpName(Operation *op) {
  llvm::StringRef name = op->getName().getStringRef();
  name.consume_front("relay.");
  return name;
}

Value emptyTensor(OpBuilder &b, Location loc, RankedTensorType type) {
  return tensor::EmptyOp::create(b, loc, type.getShape(),
                                 type.getElementType());
}

Value scalarConstant(OpBuilder &b, Location loc, Type type, double value) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(floatType, value));
  if (type.isIndex())
    return arith::ConstantIndexOp::create(b, loc, int64_t(value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, APInt(type.getIntOrFloatBitWidth(),
                                           int64_t(value), /*isSigned=*/true,
                                           /*implicitTrunc=*/true)));
}

static Value extremeValue(OpBuilder &b, Location loc, Type type,
                          bool isUnsigned, bool lowest) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(
        b, loc,
        b.getFloatAttr(floatType, APFloat::getInf(floatType.getFloatSemantics(),
                                                  /*Negative=*/lowest)));
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value = isUnsigned || width == 1
                    ? (lowest ? APInt::getMinValue(width)
                              : APInt::getMaxValue(width))
                    : (lowest ? APInt::getSignedMinValue(width)
                              : APInt::getSignedMaxValue(width));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

Value lowestValue(OpBuilder &b, Location loc, Type type, bool isUnsigned) {
  return extremeValue(b, loc, type, isUnsigned, /*lowest=*/true);
}

Value highestValue(OpBuilder &b, Location loc, Type type, bool isUnsigned) {
  return extremeValue(b, loc, type, isUnsigned, /*lowest=*/false);
}

Value filledTensor(OpBuilder &b, Location loc, RankedTensorType type,
                   Value scalar) {
  Value init = emptyTensor(b, loc, type);
  return linalg::FillOp::create(b, loc, ValueRange{scalar}, ValueRange{init})
      .getResult(0);
}

Value extractScalar(OpBuilder &b, Location loc, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  SmallVector<Value> indices(type.getRank(), zero);
  return tensor::ExtractOp::create(b, loc, tensor, indices);
}

AffineMap broadcastMap(MLIRContext *ctx, ArrayRef<int64_t> inShape,
                       ArrayRef<int64_t> outShape) {
  size_t offset = outShape.size() - inShape.size();
  SmallVector<AffineExpr> exprs;
  for (auto [i, dim] : llvm::enumerate(inShape)) {
    if (dim == 1 && outShape[offset + i] != 1)
      exprs.push_back(getAffineConstantExpr(0, ctx));
    else
      exprs.push_back(getAffineDimExpr(offset + i, ctx));
  }
  return AffineMap::get(outShape.size(), 0, exprs, ctx);
}

Value elementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                  ValueRange inputs, ScalarBody body) {
  MLIRContext *ctx = b.getContext();
  SmallVector<AffineMap> maps;
  for (Value input : inputs)
    maps.push_back(broadcastMap(
        ctx, cast<RankedTensorType>(input.getType()).getShape(),
        resultType.getShape()));
  maps.push_back(b.getMultiDimIdentityMap(resultType.getRank()));
  SmallVector<utils::IteratorType> iterators(resultType.getRank(),
                                             utils::IteratorType::parallel);
  Value init = emptyTensor(b, loc, resultType);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value result = body(nested, nestedLoc, args.drop_back());
        linalg::YieldOp::create(nested, nestedLoc, result);
      });
  return generic.getResult(0);
}

Value indexed(OpBuilder &b, Location loc, RankedTensorType resultType,
              llvm::function_ref<Value(OpBuilder &, Location, ValueRange)>
                  body) {
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(resultType.getRank())};
  SmallVector<utils::IteratorType> iterators(resultType.getRank(),
                                             utils::IteratorType::parallel);
  Value init = emptyTensor(b, loc, resultType);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, ValueRange{}, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nested, Location nestedLoc, ValueRange) {
        SmallVector<Value> indices;
        for (int64_t i = 0; i < resultType.getRank(); ++i)
          indices.push_back(linalg::IndexOp::create(nested, nestedLoc, i));
        linalg::YieldOp::create(nested, nestedLoc,
                                body(nested, nestedLoc, indices));
      });
  return generic.getResult(0);
}

Value reduce(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> axes,
             Value init,
             llvm::function_ref<Value(OpBuilder &, Location, Value, Value)>
                 combine) {
  auto inType = cast<RankedTensorType>(input.getType());
  MLIRContext *ctx = b.getContext();
  SmallVector<int64_t> outShape;
  SmallVector<AffineExpr> outExprs;
  SmallVector<utils::IteratorType> iterators;
  for (int64_t i = 0; i < inType.getRank(); ++i) {
    if (llvm::is_contained(axes, i)) {
      iterators.push_back(utils::IteratorType::reduction);
      continue;
    }
    iterators.push_back(utils::IteratorType::parallel);
    outShape.push_back(inType.getDimSize(i));
    outExprs.push_back(getAffineDimExpr(i, ctx));
  }
  auto outType = RankedTensorType::get(outShape, init.getType());
  Value acc = filledTensor(b, loc, outType, init);
  SmallVector<AffineMap> maps{
      b.getMultiDimIdentityMap(inType.getRank()),
      AffineMap::get(inType.getRank(), 0, outExprs, ctx)};
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{outType}, ValueRange{input}, ValueRange{acc}, maps,
      iterators, [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        linalg::YieldOp::create(nested, nestedLoc,
                                combine(nested, nestedLoc, args[0], args[1]));
      });
  return generic.getResult(0);
}

Value reduceKeepDims(
    OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> axes,
    Value init,
    llvm::function_ref<Value(OpBuilder &, Location, Value, Value)> combine) {
  Value reduced = reduce(b, loc, input, axes, init, combine);
  SmallVector<int64_t> shape(
      cast<RankedTensorType>(input.getType()).getShape());
  for (int64_t axis : axes)
    shape[axis] = 1;
  return reshape(b, loc, reduced, shape);
}

Value alignVector(OpBuilder &b, Location loc, Value vector, int64_t axis,
                  int64_t rank) {
  auto type = cast<RankedTensorType>(vector.getType());
  SmallVector<int64_t> shape{type.getNumElements()};
  shape.append(rank - axis - 1, 1);
  return reshape(b, loc, vector, shape);
}

Value alignParameter(OpBuilder &b, Location loc, Value param, int64_t axis,
                     int64_t rank) {
  auto type = cast<RankedTensorType>(param.getType());
  if (type.getNumElements() == 1)
    return reshape(b, loc, param, {});
  return alignVector(b, loc, param, axis, rank);
}

Value castTensor(OpBuilder &b, Location loc, Value v, Type from, Type to) {
  if (signless(from) == signless(to))
    return v;
  auto type = RankedTensorType::get(
      cast<RankedTensorType>(v.getType()).getShape(), signless(to));
  return elementwise(b, loc, type, {v},
                     [&](OpBuilder &nb, Location l, ValueRange args) {
                       return convertScalar(nb, l, args[0], from, to);
                     });
}

Value reshape(OpBuilder &b, Location loc, Value input,
              ArrayRef<int64_t> shape) {
  auto inType = cast<RankedTensorType>(input.getType());
  if (inType.getShape() == shape)
    return input;
  Type elem = inType.getElementType();
  // Through rank 1: every static reshape is a collapse then an expand.
  int64_t size = inType.getNumElements();
  auto flatType = RankedTensorType::get({size}, elem);
  Value flat = input;
  if (inType.getRank() == 0)
    flat = tensor::ExpandShapeOp::create(b, loc, flatType, input,
                                         ArrayRef<ReassociationIndices>{});
  else if (inType.getRank() > 1)
    flat = tensor::CollapseShapeOp::create(
        b, loc, flatType, input,
        ArrayRef<ReassociationIndices>{
            llvm::to_vector(llvm::seq<int64_t>(0, inType.getRank()))});
  auto outType = RankedTensorType::get(shape, elem);
  if (shape.size() == 1)
    return flat;
  if (shape.empty())
    return tensor::CollapseShapeOp::create(b, loc, outType, flat,
                                           ArrayRef<ReassociationIndices>{});
  return tensor::ExpandShapeOp::create(
      b, loc, outType, flat,
      ArrayRef<ReassociationIndices>{
          llvm::to_vector(llvm::seq<int64_t>(0, shape.size()))});
}

Value transpose(OpBuilder &b, Location loc, Value input,
                ArrayRef<int64_t> perm) {
  if (llvm::equal(perm, llvm::seq<int64_t>(0, perm.size())))
    return input;
  auto inType = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(inType.getDimSize(p));
  Value init = emptyTensor(
      b, loc, RankedTensorType::get(shape, inType.getElementType()));
  return linalg::TransposeOp::create(b, loc, input, init, perm)->getResult(0);
}

static SmallVector<OpFoldResult> indexAttrs(OpBuilder &b,
                                            ArrayRef<int64_t> values) {
  return llvm::map_to_vector(
      values, [&](int64_t v) -> OpFoldResult { return b.getIndexAttr(v); });
}

Value pad(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> low,
          ArrayRef<int64_t> high, Value padScalar) {
  auto inType = cast<RankedTensorType>(input.getType());
  if (llvm::all_of(low, [](int64_t v) { return v == 0; }) &&
      llvm::all_of(high, [](int64_t v) { return v == 0; }))
    return input;
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < inType.getRank(); ++i)
    shape.push_back(inType.getDimSize(i) + low[i] + high[i]);
  Value padded = filledTensor(
      b, loc, RankedTensorType::get(shape, inType.getElementType()),
      padScalar);
  SmallVector<int64_t> ones(inType.getRank(), 1);
  return tensor::InsertSliceOp::create(b, loc, input, padded,
                                       indexAttrs(b, low),
                                       indexAttrs(b, inType.getShape()),
                                       indexAttrs(b, ones));
}

Value slice(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> offsets,
            ArrayRef<int64_t> sizes, ArrayRef<int64_t> strides) {
  auto inType = cast<RankedTensorType>(input.getType());
  auto type = RankedTensorType::get(sizes, inType.getElementType());
  return tensor::ExtractSliceOp::create(b, loc, type, input,
                                        indexAttrs(b, offsets),
                                        indexAttrs(b, sizes),
                                        indexAttrs(b, strides));
}

Value concat(OpBuilder &b, Location loc, ValueRange inputs, int64_t axis) {
  auto first = cast<RankedTensorType>(inputs.front().getType());
  SmallVector<int64_t> shape(first.getShape());
  shape[axis] = 0;
  for (Value input : inputs)
    shape[axis] += cast<RankedTensorType>(input.getType()).getDimSize(axis);
  Value result = emptyTensor(
      b, loc, RankedTensorType::get(shape, first.getElementType()));
  SmallVector<int64_t> offsets(shape.size(), 0), ones(shape.size(), 1);
  for (Value input : inputs) {
    auto type = cast<RankedTensorType>(input.getType());
    result = tensor::InsertSliceOp::create(
        b, loc, input, result, indexAttrs(b, offsets),
        indexAttrs(b, type.getShape()), indexAttrs(b, ones));
    offsets[axis] += type.getDimSize(axis);
  }
  return result;
}

Value convertScalar(OpBuilder &b, Location loc, Value v, Type from, Type to) {
  Type target = signless(to);
  if (signless(from) == target)
    return v;
  bool fromFloat = isa<FloatType>(from), toFloat = isa<FloatType>(to);
  // Booleans are 0 and 1, and become true for any non-zero value.
  if (to.isInteger(1)) {
    Value zero = scalarConstant(b, loc, v.getType(), 0);
    if (fromFloat)
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, v, zero);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, v, zero);
  }
  bool fromUnsigned = from.isUnsignedInteger() || from.isInteger(1);
  if (fromFloat && toFloat) {
    if (from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth())
      return arith::ExtFOp::create(b, loc, target, v);
    return arith::TruncFOp::create(b, loc, target, v);
  }
  if (fromFloat)
    return to.isUnsignedInteger()
               ? Value(arith::FPToUIOp::create(b, loc, target, v))
               : Value(arith::FPToSIOp::create(b, loc, target, v));
  if (toFloat)
    return fromUnsigned ? Value(arith::UIToFPOp::create(b, loc, target, v))
                        : Value(arith::SIToFPOp::create(b, loc, target, v));
  unsigned fromWidth = from.getIntOrFloatBitWidth();
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (fromWidth < toWidth)
    return fromUnsigned ? Value(arith::ExtUIOp::create(b, loc, target, v))
                        : Value(arith::ExtSIOp::create(b, loc, target, v));
  if (fromWidth > toWidth)
    return arith::TruncIOp::create(b, loc, target, v);
  return v; // Same width, different signedness: the bits are the value.
}

Value addScalar(OpBuilder &b, Location loc, Value x, Value y) {
  if (isa<FloatType>(x.getType()))
    return arith::AddFOp::create(b, loc, x, y);
  return arith::AddIOp::create(b, loc, x, y);
}

Value subScalar(OpBuilder &b, Location loc, Value x, Value y) {
  if (isa<FloatType>(x.getType()))
    return arith::SubFOp::create(b, loc, x, y);
  return arith::SubIOp::create(b, loc, x, y);
}

Value mulScalar(OpBuilder &b, Location loc, Value x, Value y) {
  if (isa<FloatType>(x.getType()))
    return arith::MulFOp::create(b, loc, x, y);
  return arith::MulIOp::create(b, loc, x, y);
}

Value divScalar(OpBuilder &b, Location loc, Value x, Value y,
                bool isUnsigned) {
  if (isa<FloatType>(x.getType()))
    return arith::DivFOp::create(b, loc, x, y);
  if (isUnsigned)
    return arith::DivUIOp::create(b, loc, x, y);
  return arith::DivSIOp::create(b, loc, x, y);
}

Value maxScalar(OpBuilder &b, Location loc, Value x, Value y,
                bool isUnsigned) {
  // NaN-propagating, as TVM's max.
  if (isa<FloatType>(x.getType()))
    return arith::MaximumFOp::create(b, loc, x, y);
  if (isUnsigned || x.getType().isInteger(1))
    return arith::MaxUIOp::create(b, loc, x, y);
  return arith::MaxSIOp::create(b, loc, x, y);
}

Value minScalar(OpBuilder &b, Location loc, Value x, Value y,
                bool isUnsigned) {
  if (isa<FloatType>(x.getType()))
    return arith::MinimumFOp::create(b, loc, x, y);
  if (isUnsigned || x.getType().isInteger(1))
    return arith::MinUIOp::create(b, loc, x, y);
  return arith::MinSIOp::create(b, loc, x, y);
}

} // namespace flexmatch::lowering
