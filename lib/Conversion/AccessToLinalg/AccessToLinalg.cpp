//===- AccessToLinalg.cpp - Lower access ops to linalg --------------------===//
//
// An access pattern of shape S and item I is the tensor of dims S ++ I, so
// the ops that only re-split or re-view (tensor, access, to_tensor) vanish
// and the rest are the tensor computations glenside defines. The builders
// are those of the relay lowering (LoweringUtils).
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/AccessToLinalg.h"

#include "../RelayToLinalg/LoweringUtils.h"

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTACCESSTOLINALG
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::lowering;
// Not `access`: POSIX declares a function of that name.
namespace ap = flexmatch::access;

AccessToLinalgTypeConverter::AccessToLinalgTypeConverter() {
  addConversion([](Type type) { return type; });
  addConversion([](ap::PatternType type) -> Type {
    return type.getTensorType();
  });
}

namespace {

/// The tensor type an access op's result lowers to.
RankedTensorType loweredType(Operation *op) {
  return cast<ap::PatternType>(op->getResult(0).getType())
      .getTensorType();
}

/// The number of shape (non-item) dims of an access value.
unsigned shapeDims(Value v) {
  return cast<ap::PatternType>(v.getType()).getNumShapeDims();
}

/// Ops that only change how a tensor is viewed: the lowered operand is the
/// result.
template <typename OpTy>
struct ViewLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getOperands()[0]);
    return success();
  }
};

/// Ops whose result is their input's elements in a new shape.
template <typename OpTy>
struct ReshapeLikeLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, reshape(rewriter, op.getLoc(), adaptor.getInput(),
                                   loweredType(op).getShape()));
    return success();
  }
};

struct TransposeLowering : OpConversionPattern<ap::TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, transpose(rewriter, op.getLoc(), adaptor.getInput(),
                                     op.getPermutation()));
    return success();
  }
};

struct PadLowering : OpConversionPattern<ap::PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType type = typeOf(adaptor.getInput());
    int64_t axis = op.getAxis();
    SmallVector<int64_t> low(type.getRank(), 0), high(type.getRank(), 0);
    low[axis] = op.getBefore();
    high[axis] = op.getAfter();
    Type elem = type.getElementType();
    Value value = op.getPadType() == ap::PadType::Min
                      ? lowestValue(rewriter, loc, elem, /*isUnsigned=*/false)
                      : scalarConstant(rewriter, loc, elem, 0);
    rewriter.replaceOp(op,
                       pad(rewriter, loc, adaptor.getInput(), low, high, value));
    return success();
  }
};

struct SliceLowering : OpConversionPattern<ap::SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType result = loweredType(op);
    SmallVector<int64_t> offsets(result.getRank(), 0),
        strides(result.getRank(), 1);
    offsets[op.getAxis()] = op.getLow();
    strides[op.getAxis()] = op.getStep();
    rewriter.replaceOp(op, slice(rewriter, op.getLoc(), adaptor.getInput(),
                                 offsets, result.getShape(), strides));
    return success();
  }
};

struct BroadcastLowering : OpConversionPattern<ap::BroadcastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::BroadcastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, elementwise(rewriter, op.getLoc(), loweredType(op),
                                       {adaptor.getInput()},
                                       [](OpBuilder &, Location,
                                          ValueRange args) { return args[0]; }));
    return success();
  }
};

struct ConcatenateLowering : OpConversionPattern<ap::ConcatenateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::ConcatenateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, concat(rewriter, op.getLoc(),
                                  {adaptor.getLhs(), adaptor.getRhs()},
                                  op.getAxis()));
    return success();
  }
};

/// cartesian_product and pair: the result has an axis of 2 before the item
/// dims; index 0 along it reads the left operand, 1 the right one. The
/// operands' shape dims sit at `lhsShapeAt` and `rhsShapeAt` among the
/// result's loops (the same place for pair, one after the other for the
/// cartesian product).
Value selectBetween(OpBuilder &b, Location loc, Value lhs, Value rhs,
                    unsigned lhsShapeDims, unsigned rhsShapeDims,
                    unsigned rhsShapeAt, RankedTensorType resultType) {
  MLIRContext *ctx = b.getContext();
  int64_t rank = resultType.getRank();
  unsigned pairAxis = rhsShapeAt + rhsShapeDims;
  int64_t itemDims = rank - pairAxis - 1;
  auto map = [&](unsigned shapeAt, unsigned numShape) {
    SmallVector<AffineExpr> exprs;
    for (unsigned i = 0; i < numShape; ++i)
      exprs.push_back(getAffineDimExpr(shapeAt + i, ctx));
    for (int64_t i = 0; i < itemDims; ++i)
      exprs.push_back(getAffineDimExpr(pairAxis + 1 + i, ctx));
    return AffineMap::get(rank, 0, exprs, ctx);
  };
  SmallVector<AffineMap> maps{map(0, lhsShapeDims),
                              map(rhsShapeAt, rhsShapeDims),
                              b.getMultiDimIdentityMap(rank)};
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{lhs, rhs},
             ValueRange{emptyTensor(b, loc, resultType)}, maps,
             SmallVector<utils::IteratorType>(rank,
                                              utils::IteratorType::parallel),
             [&](OpBuilder &nb, Location l, ValueRange args) {
               Value index = linalg::IndexOp::create(nb, l, pairAxis);
               Value first = arith::CmpIOp::create(
                   nb, l, arith::CmpIPredicate::eq, index,
                   arith::ConstantIndexOp::create(nb, l, 0));
               linalg::YieldOp::create(
                   nb, l,
                   arith::SelectOp::create(nb, l, first, args[0], args[1])
                       .getResult());
             })
      .getResult(0);
}

struct CartesianProductLowering
    : OpConversionPattern<ap::CartesianProductOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::CartesianProductOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    unsigned lhsShape = shapeDims(op.getLhs()), rhsShape = shapeDims(op.getRhs());
    rewriter.replaceOp(op, selectBetween(rewriter, op.getLoc(), adaptor.getLhs(),
                                         adaptor.getRhs(), lhsShape, rhsShape,
                                         lhsShape, loweredType(op)));
    return success();
  }
};

struct PairLowering : OpConversionPattern<ap::PairOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::PairOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    unsigned shape = shapeDims(op.getLhs());
    rewriter.replaceOp(op, selectBetween(rewriter, op.getLoc(), adaptor.getLhs(),
                                         adaptor.getRhs(), shape, shape, 0,
                                         loweredType(op)));
    return success();
  }
};

/// windows: out[s..., c..., k...] = in[s..., c * stride + k] per item dim.
struct WindowsLowering : OpConversionPattern<ap::WindowsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::WindowsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MLIRContext *ctx = rewriter.getContext();
    RankedTensorType result = loweredType(op);
    unsigned n = shapeDims(op.getInput());
    ArrayRef<int64_t> strides = op.getStrides();
    int64_t m = strides.size();
    int64_t rank = result.getRank();
    SmallVector<AffineExpr> exprs;
    for (unsigned i = 0; i < n; ++i)
      exprs.push_back(getAffineDimExpr(i, ctx));
    for (int64_t j = 0; j < m; ++j)
      exprs.push_back(getAffineDimExpr(n + j, ctx) * strides[j] +
                      getAffineDimExpr(n + m + j, ctx));
    SmallVector<AffineMap> maps{AffineMap::get(rank, 0, exprs, ctx),
                                rewriter.getMultiDimIdentityMap(rank)};
    Value windows =
        linalg::GenericOp::create(
            rewriter, op.getLoc(), TypeRange{result},
            ValueRange{adaptor.getInput()},
            ValueRange{emptyTensor(rewriter, op.getLoc(), result)}, maps,
            SmallVector<utils::IteratorType>(rank,
                                             utils::IteratorType::parallel),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(b, l, args[0]);
            })
            .getResult(0);
    rewriter.replaceOp(op, windows);
    return success();
  }
};

struct LiteralLowering : OpConversionPattern<ap::LiteralOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::LiteralOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto value = dyn_cast<DenseElementsAttr>(op.getValue());
    if (!value)
      return op.emitError()
             << "access.literal: cannot lower a value that is not a dense "
                "elements attribute";
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

/// compute: a function of each item, over the item dims (the trailing ones).
struct ComputeLowering : OpConversionPattern<ap::ComputeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ap::ComputeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    RankedTensorType type = typeOf(x);
    Type elem = type.getElementType();
    int64_t n = shapeDims(op.getInput());
    int64_t rank = type.getRank();
    SmallVector<int64_t> itemAxes;
    for (int64_t i = n; i < rank; ++i)
      itemAxes.push_back(i);
    auto add = [](OpBuilder &b, Location l, Value v, Value acc) {
      return addScalar(b, l, v, acc);
    };
    auto mul = [](OpBuilder &b, Location l, Value v, Value acc) {
      return mulScalar(b, l, v, acc);
    };
    auto max = [](OpBuilder &b, Location l, Value v, Value acc) {
      return maxScalar(b, l, v, acc, /*isUnsigned=*/false);
    };
    auto unary = [&](auto fn) {
      return elementwise(rewriter, loc, type, {x},
                         [&](OpBuilder &b, Location l, ValueRange args) {
                           return fn(b, l, args[0]);
                         });
    };
    Value zero = scalarConstant(rewriter, loc, elem, 0);
    Value one = scalarConstant(rewriter, loc, elem, 1);
    Value result;
    switch (op.getKind()) {
    case ap::ComputeKind::DotProduct: {
      // Multiply across the first item axis, then sum the rest.
      Value products = reduce(rewriter, loc, x, {n}, one, mul);
      SmallVector<int64_t> rest;
      for (int64_t i = n; i < rank - 1; ++i)
        rest.push_back(i);
      result = rest.empty() ? products
                            : reduce(rewriter, loc, products, rest, zero, add);
      break;
    }
    case ap::ComputeKind::ReduceSum:
      result = reduce(rewriter, loc, x, itemAxes, zero, add);
      break;
    case ap::ComputeKind::ReduceMax:
      result = reduce(rewriter, loc, x, itemAxes,
                      lowestValue(rewriter, loc, elem, false), max);
      break;
    case ap::ComputeKind::ReduceMean: {
      int64_t count = 1;
      for (int64_t axis : itemAxes)
        count *= type.getDimSize(axis);
      Value sum = reduce(rewriter, loc, x, itemAxes, zero, add);
      result = elementwise(rewriter, loc, typeOf(sum), {sum},
                           [&](OpBuilder &b, Location l, ValueRange args) {
                             return divScalar(
                                 b, l, args[0],
                                 scalarConstant(b, l, elem, count), false);
                           });
      break;
    }
    case ap::ComputeKind::Relu:
      result = unary([&](OpBuilder &b, Location l, Value v) {
        return maxScalar(b, l, v, scalarConstant(b, l, elem, 0), false);
      });
      break;
    case ap::ComputeKind::Sqrt:
      result = unary([](OpBuilder &b, Location l, Value v) -> Value {
        return math::SqrtOp::create(b, l, v);
      });
      break;
    case ap::ComputeKind::Negative:
      result = unary([&](OpBuilder &b, Location l, Value v) {
        return subScalar(b, l, scalarConstant(b, l, elem, 0), v);
      });
      break;
    case ap::ComputeKind::ElementwiseAdd:
      result = reduce(rewriter, loc, x, {n}, zero, add);
      break;
    case ap::ComputeKind::ElementwiseMul:
      result = reduce(rewriter, loc, x, {n}, one, mul);
      break;
    case ap::ComputeKind::ElementwiseDiv: {
      // item[0] / item[1] / ... = item[0] / (item[1] * ...).
      int64_t count = type.getDimSize(n);
      SmallVector<int64_t> offsets(rank, 0), sizes(type.getShape()),
          ones(rank, 1);
      sizes[n] = 1;
      Value first = slice(rewriter, loc, x, offsets, sizes, ones);
      SmallVector<int64_t> firstShape(type.getShape());
      firstShape.erase(firstShape.begin() + n);
      first = reshape(rewriter, loc, first, firstShape);
      if (count == 1) {
        result = first;
        break;
      }
      offsets[n] = 1;
      sizes[n] = count - 1;
      Value rest = slice(rewriter, loc, x, offsets, sizes, ones);
      Value divisor = reduce(rewriter, loc, rest, {n}, one, mul);
      result = elementwise(rewriter, loc, typeOf(first), {first, divisor},
                           [](OpBuilder &b, Location l, ValueRange args) {
                             return divScalar(b, l, args[0], args[1], false);
                           });
      break;
    }
    case ap::ComputeKind::Softmax: {
      Value maxes = reduceKeepDims(rewriter, loc, x, itemAxes,
                                   lowestValue(rewriter, loc, elem, false),
                                   max);
      Value exps = elementwise(
          rewriter, loc, type, {x, maxes},
          [](OpBuilder &b, Location l, ValueRange args) -> Value {
            return math::ExpOp::create(b, l, subScalar(b, l, args[0], args[1]));
          });
      Value sums = reduceKeepDims(rewriter, loc, exps, itemAxes, zero, add);
      result = elementwise(rewriter, loc, type, {exps, sums},
                           [](OpBuilder &b, Location l, ValueRange args) {
                             return divScalar(b, l, args[0], args[1], false);
                           });
      break;
    }
    }
    rewriter.replaceOp(
        op, reshape(rewriter, loc, result, loweredType(op).getShape()));
    return success();
  }
};

struct ConvertAccessToLinalgPass
    : flexmatch::impl::ConvertAccessToLinalgBase<ConvertAccessToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    AccessToLinalgTypeConverter converter;
    ConversionTarget target(*ctx);
    target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect,
                           math::MathDialect, tensor::TensorDialect>();
    target.addIllegalDialect<ap::AccessDialect>();
    RewritePatternSet patterns(ctx);
    populateAccessToLinalgPatterns(converter, patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void flexmatch::populateAccessToLinalgPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns) {
  patterns.add<ViewLowering<ap::TensorOp>, ViewLowering<ap::AccessOp>,
               ViewLowering<ap::ToTensorOp>,
               ReshapeLikeLowering<ap::FlattenOp>,
               ReshapeLikeLowering<ap::ReshapeOp>,
               ReshapeLikeLowering<ap::SqueezeOp>,
               ReshapeLikeLowering<ap::InsertAxisOp>, TransposeLowering,
               PadLowering, SliceLowering, BroadcastLowering,
               ConcatenateLowering, CartesianProductLowering, PairLowering,
               WindowsLowering, LiteralLowering, ComputeLowering>(
      converter, patterns.getContext());
}
