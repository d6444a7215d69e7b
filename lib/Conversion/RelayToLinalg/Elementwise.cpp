//===- Elementwise.cpp - Lower relay's elementwise ops --------------------===//
//
// Unary, binary (with NumPy broadcasting), comparison and selection ops,
// casts, and the activations and bias additions that are elementwise once
// their per-channel operand is broadcast: each becomes one linalg.generic.
//
//===----------------------------------------------------------------------===//

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace flexmatch::lowering;
namespace relay = flexmatch::relay;

namespace {

/// The relay element type of an op's first operand.
Type relayElement(Value v) {
  return cast<ShapedType>(v.getType()).getElementType();
}

//===----------------------------------------------------------------------===//
// Unary
//===----------------------------------------------------------------------===//

/// f(x) for one element; `elem` is the relay element type (signedness).
using UnaryFn = Value (*)(OpBuilder &, Location, Value, Type elem);

template <typename OpTy, UnaryFn fn>
struct UnaryLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Type elem = relayElement(op.getData());
    Value result = elementwise(
        rewriter, op.getLoc(), this->resultType(op), {adaptor.getData()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return fn(b, loc, args[0], elem);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

template <typename FloatOp>
Value floatUnary(OpBuilder &b, Location loc, Value x, Type) {
  return FloatOp::create(b, loc, x);
}

/// Ops that are the identity on integers (rounding) or only defined on
/// floats apply `FloatOp` to floats.
template <typename FloatOp>
Value roundingUnary(OpBuilder &b, Location loc, Value x, Type) {
  if (!isa<FloatType>(x.getType()))
    return x;
  return FloatOp::create(b, loc, x);
}

Value relu(OpBuilder &b, Location loc, Value x, Type elem) {
  return maxScalar(b, loc, x, scalarConstant(b, loc, x.getType(), 0),
                   isUnsigned(elem));
}

Value sigmoid(OpBuilder &b, Location loc, Value x, Type) {
  Value one = scalarConstant(b, loc, x.getType(), 1);
  Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
  return arith::DivFOp::create(b, loc, one,
                               arith::AddFOp::create(b, loc, one, e));
}

Value negative(OpBuilder &b, Location loc, Value x, Type) {
  if (isa<FloatType>(x.getType()))
    return arith::NegFOp::create(b, loc, x);
  return arith::SubIOp::create(b, loc, scalarConstant(b, loc, x.getType(), 0),
                               x);
}

Value absolute(OpBuilder &b, Location loc, Value x, Type elem) {
  if (isa<FloatType>(x.getType()))
    return math::AbsFOp::create(b, loc, x);
  if (isUnsigned(elem) || x.getType().isInteger(1))
    return x;
  return math::AbsIOp::create(b, loc, x);
}

Value sign(OpBuilder &b, Location loc, Value x, Type elem) {
  Type type = x.getType();
  Value zero = scalarConstant(b, loc, type, 0);
  Value one = scalarConstant(b, loc, type, 1);
  Value minusOne = scalarConstant(b, loc, type, -1);
  Value positive, negative;
  if (isa<FloatType>(type)) {
    positive = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, x, zero);
    negative = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, x, zero);
  } else {
    bool uns = isUnsigned(elem);
    positive = arith::CmpIOp::create(
        b, loc, uns ? arith::CmpIPredicate::ugt : arith::CmpIPredicate::sgt, x,
        zero);
    negative = arith::CmpIOp::create(
        b, loc, uns ? arith::CmpIPredicate::ult : arith::CmpIPredicate::slt, x,
        zero);
  }
  Value negOrZero = arith::SelectOp::create(b, loc, negative, minusOne, zero);
  return arith::SelectOp::create(b, loc, positive, one, negOrZero);
}

Value identity(OpBuilder &, Location, Value x, Type) { return x; }

Value logicalNot(OpBuilder &b, Location loc, Value x, Type) {
  return arith::XOrIOp::create(b, loc, x,
                               scalarConstant(b, loc, x.getType(), 1));
}

template <int value>
Value constantLike(OpBuilder &b, Location loc, Value x, Type) {
  return scalarConstant(b, loc, x.getType(), value);
}

//===----------------------------------------------------------------------===//
// Binary
//===----------------------------------------------------------------------===//

/// f(x, y) for one pair of elements; `elem` is the relay element type.
using BinaryFn = Value (*)(OpBuilder &, Location, Value, Value, Type elem);

template <typename OpTy, BinaryFn fn>
struct BinaryLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Type elem = relayElement(op.getLhs());
    Value result = elementwise(
        rewriter, op.getLoc(), this->resultType(op),
        {adaptor.getLhs(), adaptor.getRhs()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return fn(b, loc, args[0], args[1], elem);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

Value add(OpBuilder &b, Location loc, Value x, Value y, Type) {
  return addScalar(b, loc, x, y);
}
Value subtract(OpBuilder &b, Location loc, Value x, Value y, Type) {
  return subScalar(b, loc, x, y);
}
Value multiply(OpBuilder &b, Location loc, Value x, Value y, Type) {
  return mulScalar(b, loc, x, y);
}
Value divide(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  return divScalar(b, loc, x, y, isUnsigned(elem));
}
Value maximum(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  return maxScalar(b, loc, x, y, isUnsigned(elem));
}
Value minimum(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  return minScalar(b, loc, x, y, isUnsigned(elem));
}

Value power(OpBuilder &b, Location loc, Value x, Value y, Type) {
  if (isa<FloatType>(x.getType()))
    return math::PowFOp::create(b, loc, x, y);
  return math::IPowIOp::create(b, loc, x, y);
}

Value floorDivide(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  if (isa<FloatType>(x.getType()))
    return math::FloorOp::create(b, loc, arith::DivFOp::create(b, loc, x, y));
  if (isUnsigned(elem))
    return arith::DivUIOp::create(b, loc, x, y);
  return arith::FloorDivSIOp::create(b, loc, x, y);
}

Value floorMod(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  // x - floor(x / y) * y: the result has the sign of y.
  Value quotient = floorDivide(b, loc, x, y, elem);
  return subScalar(b, loc, x, mulScalar(b, loc, quotient, y));
}

Value truncMod(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  if (isa<FloatType>(x.getType()))
    return arith::RemFOp::create(b, loc, x, y);
  if (isUnsigned(elem))
    return arith::RemUIOp::create(b, loc, x, y);
  return arith::RemSIOp::create(b, loc, x, y);
}

Value logicalAnd(OpBuilder &b, Location loc, Value x, Value y, Type) {
  return arith::AndIOp::create(b, loc, x, y);
}
Value logicalOr(OpBuilder &b, Location loc, Value x, Value y, Type) {
  return arith::OrIOp::create(b, loc, x, y);
}

template <arith::CmpFPredicate fp, arith::CmpIPredicate si,
          arith::CmpIPredicate ui>
Value compare(OpBuilder &b, Location loc, Value x, Value y, Type elem) {
  if (isa<FloatType>(x.getType()))
    return arith::CmpFOp::create(b, loc, fp, x, y);
  bool uns = isUnsigned(elem) || x.getType().isInteger(1);
  return arith::CmpIOp::create(b, loc, uns ? ui : si, x, y);
}

using FP = arith::CmpFPredicate;
using IP = arith::CmpIPredicate;

//===----------------------------------------------------------------------===//
// Selection, clipping, casts, activations
//===----------------------------------------------------------------------===//

struct WhereLowering : RelayLowering<relay::WhereOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::WhereOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Type condElem = relayElement(op.getCondition());
    Value result = elementwise(
        rewriter, op.getLoc(), resultType(op),
        {adaptor.getCondition(), adaptor.getX(), adaptor.getY()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value cond = convertScalar(b, loc, args[0], condElem,
                                     b.getI1Type());
          return arith::SelectOp::create(b, loc, cond, args[1], args[2]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ClipLowering : RelayLowering<relay::ClipOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::ClipOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Type elem = relayElement(op.getData());
    double lo = op.getAMin().convertToDouble();
    double hi = op.getAMax().convertToDouble();
    Value result = elementwise(
        rewriter, op.getLoc(), resultType(op), {adaptor.getData()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Type type = args[0].getType();
          Value x = args[0];
          // Integer bounds beyond the type's range clamp nothing.
          if (isa<FloatType>(type) || lo > -9.2e18)
            x = maxScalar(b, loc, x, scalarConstant(b, loc, type, lo),
                          isUnsigned(elem));
          if (isa<FloatType>(type) || hi < 9.2e18)
            x = minScalar(b, loc, x, scalarConstant(b, loc, type, hi),
                          isUnsigned(elem));
          return x;
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

template <typename OpTy>
struct CastLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Type from = relayElement(op.getData());
    Type to = cast<ShapedType>(op.getType()).getElementType();
    Value result = elementwise(
        rewriter, op.getLoc(), this->resultType(op), {adaptor.getData()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return convertScalar(b, loc, args[0], from, to);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LeakyReluLowering : RelayLowering<relay::LeakyReluOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::LeakyReluOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    double alpha = op.getAlpha().convertToDouble();
    Value result = elementwise(
        rewriter, op.getLoc(), resultType(op), {adaptor.getData()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value x = args[0];
          Value zero = scalarConstant(b, loc, x.getType(), 0);
          Value scaled =
              mulScalar(b, loc, x, scalarConstant(b, loc, x.getType(), alpha));
          Value positive =
              arith::CmpFOp::create(b, loc, FP::OGT, x, zero);
          return arith::SelectOp::create(b, loc, positive, x, scaled);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct PReluLowering : RelayLowering<relay::PReluOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::PReluOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    RankedTensorType type = resultType(op);
    int64_t axis = normalizeAxis(op.getAxis(), type.getRank());
    Value alpha = alignVector(rewriter, op.getLoc(), adaptor.getAlpha(), axis,
                              type.getRank());
    Value result = elementwise(
        rewriter, op.getLoc(), type, {adaptor.getData(), alpha},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value zero = scalarConstant(b, loc, args[0].getType(), 0);
          Value positive =
              arith::CmpFOp::create(b, loc, FP::OGT, args[0], zero);
          return arith::SelectOp::create(b, loc, positive, args[0],
                                         mulScalar(b, loc, args[0], args[1]));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct BiasAddLowering : RelayLowering<relay::BiasAddOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::BiasAddOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    RankedTensorType type = resultType(op);
    int64_t axis = normalizeAxis(op.getAxis(), type.getRank());
    Value bias = alignVector(rewriter, op.getLoc(), adaptor.getBias(), axis,
                             type.getRank());
    Value result = elementwise(rewriter, op.getLoc(), type,
                               {adaptor.getData(), bias},
                               [](OpBuilder &b, Location loc, ValueRange args) {
                                 return addScalar(b, loc, args[0], args[1]);
                               });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Inference-time dropout: the data unchanged, and a mask of ones.
struct DropoutLowering : RelayLowering<relay::DropoutOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::DropoutOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    auto type = signless(tensorType(op.getData()));
    Value one = scalarConstant(rewriter, op.getLoc(), type.getElementType(), 1);
    Value mask = filledTensor(rewriter, op.getLoc(), type, one);
    rewriter.replaceOpWithMultiple(
        op, SmallVector<SmallVector<Value>>{{adaptor.getData(), mask}});
    return success();
  }
};

} // namespace

void flexmatch::lowering::populateElementwiseLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<
      UnaryLowering<relay::ReluOp, relu>,
      UnaryLowering<relay::SigmoidOp, sigmoid>,
      UnaryLowering<relay::TanhOp, floatUnary<math::TanhOp>>,
      UnaryLowering<relay::SqrtOp, floatUnary<math::SqrtOp>>,
      UnaryLowering<relay::RsqrtOp, floatUnary<math::RsqrtOp>>,
      UnaryLowering<relay::NegativeOp, negative>,
      UnaryLowering<relay::ExpOp, floatUnary<math::ExpOp>>,
      UnaryLowering<relay::LogOp, floatUnary<math::LogOp>>,
      UnaryLowering<relay::ErfOp, floatUnary<math::ErfOp>>,
      // TVM lowers round to llvm.nearbyint: ties to even.
      UnaryLowering<relay::RoundOp, roundingUnary<math::RoundEvenOp>>,
      UnaryLowering<relay::FloorOp, roundingUnary<math::FloorOp>>,
      UnaryLowering<relay::CeilOp, roundingUnary<math::CeilOp>>,
      UnaryLowering<relay::TruncOp, roundingUnary<math::TruncOp>>,
      UnaryLowering<relay::AbsOp, absolute>,
      UnaryLowering<relay::SignOp, sign>,
      UnaryLowering<relay::SinOp, floatUnary<math::SinOp>>,
      UnaryLowering<relay::CosOp, floatUnary<math::CosOp>>,
      UnaryLowering<relay::CopyOp, identity>,
      UnaryLowering<relay::StopGradientOp, identity>,
      UnaryLowering<relay::LogicalNotOp, logicalNot>,
      UnaryLowering<relay::ZerosLikeOp, constantLike<0>>,
      UnaryLowering<relay::OnesLikeOp, constantLike<1>>,
      BinaryLowering<relay::AddOp, add>,
      BinaryLowering<relay::SubtractOp, subtract>,
      BinaryLowering<relay::MultiplyOp, multiply>,
      BinaryLowering<relay::DivideOp, divide>,
      BinaryLowering<relay::PowerOp, power>,
      BinaryLowering<relay::MaximumOp, maximum>,
      BinaryLowering<relay::MinimumOp, minimum>,
      BinaryLowering<relay::FloorDivideOp, floorDivide>,
      BinaryLowering<relay::FloorModOp, floorMod>,
      BinaryLowering<relay::ModOp, truncMod>,
      BinaryLowering<relay::LogicalAndOp, logicalAnd>,
      BinaryLowering<relay::LogicalOrOp, logicalOr>,
      BinaryLowering<relay::LessOp, compare<FP::OLT, IP::slt, IP::ult>>,
      BinaryLowering<relay::GreaterOp, compare<FP::OGT, IP::sgt, IP::ugt>>,
      BinaryLowering<relay::LessEqualOp, compare<FP::OLE, IP::sle, IP::ule>>,
      BinaryLowering<relay::GreaterEqualOp,
                     compare<FP::OGE, IP::sge, IP::uge>>,
      BinaryLowering<relay::EqualOp, compare<FP::OEQ, IP::eq, IP::eq>>,
      BinaryLowering<relay::NotEqualOp, compare<FP::UNE, IP::ne, IP::ne>>,
      WhereLowering, ClipLowering, CastLowering<relay::CastOp>,
      CastLowering<relay::CastLikeOp>, LeakyReluLowering, PReluLowering,
      BiasAddLowering, DropoutLowering>(converter, ctx);
}
