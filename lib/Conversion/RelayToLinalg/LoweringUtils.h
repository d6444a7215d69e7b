//===- LoweringUtils.h - Builders shared by the relay lowerings -*- C++ -*-===//
//
// The relay lowerings are written against these few builders (broadcasting
// elementwise generics, reductions, reshapes, padding, scalar arithmetic that
// works for floats and integers alike), so each op's lowering reads as its
// definition in Relay.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_CONVERSION_RELAYTOLINALG_LOWERINGUTILS_H
#define FLEXMATCH_LIB_CONVERSION_RELAYTOLINALG_LOWERINGUTILS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Transforms/DialectConversion.h"

namespace flexmatch::lowering {

using mlir::Location;
using mlir::OpBuilder;
using mlir::RankedTensorType;
using mlir::Type;
using mlir::Value;
using mlir::ValueRange;
using llvm::ArrayRef;

using ScalarBody =
    llvm::function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// The element type code is generated for: unsigned integers become
/// signless (arith only knows signless integers; ops pick unsigned forms by
/// looking at the relay type).
Type signless(Type elementType);
RankedTensorType signless(RankedTensorType type);

/// True for relay's unsigned integer element types (uint8, ...).
inline bool isUnsigned(Type elementType) {
  return elementType.isUnsignedInteger();
}

/// The relay type of `v` as a ranked tensor type (null if it is not one).
RankedTensorType tensorType(Value v);

/// The type of a lowered value, which is always a ranked tensor.
inline RankedTensorType typeOf(Value v) {
  return mlir::cast<RankedTensorType>(v.getType());
}

/// The inverse of a permutation.
llvm::SmallVector<int64_t> inversePermutation(ArrayRef<int64_t> perm);

/// TVM's padding forms for `rank` spatial axes: one value for every side,
/// one per axis for both sides, or the begins then the ends.
std::pair<llvm::SmallVector<int64_t>, llvm::SmallVector<int64_t>>
splitPadding(ArrayRef<int64_t> padding, int64_t rank);

/// Reports `op` and returns failure unless every tensor it takes or makes
/// has a static shape: the lowering allocates every buffer statically.
llvm::LogicalResult requireStaticShapes(mlir::Operation *op);

/// A tensor of `type` whose contents are undefined: the init of linalg ops
/// that overwrite it.
Value emptyTensor(OpBuilder &b, Location loc, RankedTensorType type);

/// A scalar constant of a float or integer type.
Value scalarConstant(OpBuilder &b, Location loc, Type type, double value);

/// The smallest (-inf for floats) and largest values of an element type.
Value lowestValue(OpBuilder &b, Location loc, Type type, bool isUnsigned);
Value highestValue(OpBuilder &b, Location loc, Type type, bool isUnsigned);

/// A tensor of `type` holding `scalar` everywhere (linalg.fill).
Value filledTensor(OpBuilder &b, Location loc, RankedTensorType type,
                   Value scalar);

/// The first element of a tensor as a scalar (relay passes scalars such as
/// pad values and fill values as rank-0 tensors).
Value extractScalar(OpBuilder &b, Location loc, Value tensor);

/// The indexing map that reads an operand of `inShape` at an index of
/// `outShape` under NumPy broadcasting (shapes aligned on the right; a size
/// 1 axis against a larger one reads index 0).
mlir::AffineMap broadcastMap(mlir::MLIRContext *ctx, ArrayRef<int64_t> inShape,
                             ArrayRef<int64_t> outShape);

/// A linalg.generic computing `body(elements of inputs)` at every index of
/// `resultType`, the inputs broadcast to it.
Value elementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                  ValueRange inputs, ScalarBody body);

/// A linalg.generic over `resultType` whose body sees the loop indices
/// (linalg.index) and returns the element: for gathers and resamplings
/// whose reads are not affine.
Value indexed(OpBuilder &b, Location loc, RankedTensorType resultType,
              llvm::function_ref<Value(OpBuilder &, Location, ValueRange)>
                  body);

/// Reduces `input` over the ascending `axes`, starting from `init` and
/// folding each element with `combine(element, accumulator)`; the reduced
/// axes disappear from the result.
Value reduce(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> axes,
             Value init,
             llvm::function_ref<Value(OpBuilder &, Location, Value, Value)>
                 combine);

/// Like `reduce`, but the reduced axes stay, with size 1, so the result
/// broadcasts against `input`.
Value reduceKeepDims(
    OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> axes,
    Value init,
    llvm::function_ref<Value(OpBuilder &, Location, Value, Value)> combine);

/// A possibly negative axis counted from the front.
inline int64_t normalizeAxis(int64_t axis, int64_t rank) {
  return axis < 0 ? axis + rank : axis;
}

/// A rank-1 `vector` reshaped so that its axis lines up with axis `axis` of
/// a rank-`rank` tensor under right-aligned broadcasting: [C] -> [C, 1, 1].
Value alignVector(OpBuilder &b, Location loc, Value vector, int64_t axis,
                  int64_t rank);

/// A quantisation parameter (scale or zero point: a scalar, or a vector
/// along `axis`) shaped to broadcast against a rank-`rank` tensor.
Value alignParameter(OpBuilder &b, Location loc, Value param, int64_t axis,
                     int64_t rank);

/// `v` with elements converted from relay type `from` to `to` when they
/// differ.
Value castTensor(OpBuilder &b, Location loc, Value v, Type from, Type to);

/// `input` with a new shape of the same size (collapse then expand).
Value reshape(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> shape);

/// `input` with its axes permuted: result axis i is input axis perm[i].
Value transpose(OpBuilder &b, Location loc, Value input,
                ArrayRef<int64_t> perm);

/// `input` padded by `low` and `high` elements per axis with `padScalar`.
Value pad(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> low,
          ArrayRef<int64_t> high, Value padScalar);

/// A static slice: offsets, sizes and strides per axis.
Value slice(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> offsets,
            ArrayRef<int64_t> sizes, ArrayRef<int64_t> strides);

/// Concatenation of equally ranked tensors along `axis`.
Value concat(OpBuilder &b, Location loc, ValueRange inputs, int64_t axis);

/// Converts scalar `v` from relay element type `from` to `to` (both may be
/// unsigned: the signedness decides the extension and the float casts).
Value convertScalar(OpBuilder &b, Location loc, Value v, Type from, Type to);

/// Scalar arithmetic on floats or integers (`isUnsigned` picks the unsigned
/// integer forms).
Value addScalar(OpBuilder &b, Location loc, Value x, Value y);
Value subScalar(OpBuilder &b, Location loc, Value x, Value y);
Value mulScalar(OpBuilder &b, Location loc, Value x, Value y);
Value divScalar(OpBuilder &b, Location loc, Value x, Value y, bool isUnsigned);
Value maxScalar(OpBuilder &b, Location loc, Value x, Value y, bool isUnsigned);
Value minScalar(OpBuilder &b, Location loc, Value x, Value y, bool isUnsigned);

/// The Relay op name of `op` without the dialect prefix, for diagnostics.
llvm::StringRef relayOpName(mlir::Operation *op);

/// The base of every relay lowering: checks static shapes, then calls
/// `lower`. Diagnostics name the Relay operator.
template <typename OpTy>
class RelayLowering : public mlir::OpConversionPattern<OpTy> {
public:
  using mlir::OpConversionPattern<OpTy>::OpConversionPattern;
  using Adaptor = typename OpTy::Adaptor;

  llvm::LogicalResult
  matchAndRewrite(OpTy op, Adaptor adaptor,
                  mlir::ConversionPatternRewriter &rewriter) const final {
    if (mlir::failed(requireStaticShapes(op)))
      return mlir::failure();
    return lower(op, adaptor, rewriter);
  }

protected:
  virtual llvm::LogicalResult
  lower(OpTy op, Adaptor adaptor,
        mlir::ConversionPatternRewriter &rewriter) const = 0;

  /// The lowered type of the op's (single, tensor) result.
  RankedTensorType resultType(OpTy op) const {
    return signless(mlir::cast<RankedTensorType>(op->getResult(0).getType()));
  }
};

} // namespace flexmatch::lowering

#endif // FLEXMATCH_LIB_CONVERSION_RELAYTOLINALG_LOWERINGUTILS_H
