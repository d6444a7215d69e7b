//===- Quantized.cpp - Lower qnn.quantize, dequantize, requantize, add ----===//
//
// The reference (float) semantics of TVM's QNN ops; scales and zero points
// are scalars or per-channel vectors along `axis`. qnn.conv2d and qnn.dense
// live with the other contractions (Contraction.cpp).
//
// TVM computes requantize in fixed point; the double-precision form here
// agrees with it except where the fixed-point multiplier's rounding moves a
// value across a rounding boundary (at most one unit in the last place).
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

/// A quantisation parameter widened to f64 and shaped to broadcast against
/// a rank-`rank` tensor along `axis`.
Value parameter(OpBuilder &b, Location loc, Value lowered, Value relayValue,
                int64_t axis, int64_t rank) {
  Value wide = castTensor(b, loc, lowered,
                          tensorType(relayValue).getElementType(),
                          b.getF64Type());
  return alignParameter(b, loc, wide, normalizeAxis(axis, rank), rank);
}

/// round(x) + zero point, clamped to the range of `to` and converted.
Value quantizeScalar(OpBuilder &b, Location loc, Value x, Value zeroPoint,
                     Type to, bool roundHalfUp) {
  Value rounded =
      roundHalfUp
          ? Value(math::FloorOp::create(
                b, loc,
                arith::AddFOp::create(b, loc, x,
                                      scalarConstant(b, loc, x.getType(), 0.5))))
          : Value(math::RoundEvenOp::create(b, loc, x));
  Value shifted = arith::AddFOp::create(b, loc, rounded, zeroPoint);
  unsigned width = to.getIntOrFloatBitWidth();
  bool uns = to.isUnsignedInteger();
  double lo = uns ? 0 : -std::ldexp(1.0, width - 1);
  double hi = uns ? std::ldexp(1.0, width) - 1 : std::ldexp(1.0, width - 1) - 1;
  Value clamped = arith::MinimumFOp::create(
      b, loc,
      arith::MaximumFOp::create(b, loc, shifted,
                                scalarConstant(b, loc, x.getType(), lo)),
      scalarConstant(b, loc, x.getType(), hi));
  return convertScalar(b, loc, clamped, x.getType(), to);
}

struct DequantizeLowering : RelayLowering<relay::QnnDequantizeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::QnnDequantizeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = resultType(op);
    int64_t rank = outType.getRank();
    Type from = tensorType(op.getData()).getElementType();
    Type to = outType.getElementType();
    Value scale = parameter(rewriter, loc, adaptor.getInputScale(),
                            op.getInputScale(), op.getAxis(), rank);
    Value zp = parameter(rewriter, loc, adaptor.getInputZeroPoint(),
                         op.getInputZeroPoint(), op.getAxis(), rank);
    Value result = elementwise(
        rewriter, loc, outType, {adaptor.getData(), scale, zp},
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = convertScalar(b, l, args[0], from, b.getF64Type());
          Value v = arith::MulFOp::create(
              b, l, arith::SubFOp::create(b, l, x, args[2]), args[1]);
          return convertScalar(b, l, v, b.getF64Type(), to);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct QuantizeLowering : RelayLowering<relay::QnnQuantizeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::QnnQuantizeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = resultType(op);
    int64_t rank = outType.getRank();
    Type from = tensorType(op.getData()).getElementType();
    Type to = cast<ShapedType>(op.getType()).getElementType();
    Value scale = parameter(rewriter, loc, adaptor.getOutputScale(),
                            op.getOutputScale(), op.getAxis(), rank);
    Value zp = parameter(rewriter, loc, adaptor.getOutputZeroPoint(),
                         op.getOutputZeroPoint(), op.getAxis(), rank);
    Value result = elementwise(
        rewriter, loc, outType, {adaptor.getData(), scale, zp},
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = convertScalar(b, l, args[0], from, b.getF64Type());
          return quantizeScalar(b, l, arith::DivFOp::create(b, l, x, args[1]),
                                args[2], to, /*roundHalfUp=*/false);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// (data - in_zp) * in_scale / out_scale, rounded by `rounding` (UPWARD:
/// ties toward +inf; TONEAREST: ties away from zero), plus out_zp.
struct RequantizeLowering : RelayLowering<relay::QnnRequantizeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::QnnRequantizeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = resultType(op);
    int64_t rank = outType.getRank();
    Type from = tensorType(op.getData()).getElementType();
    Type to = cast<ShapedType>(op.getType()).getElementType();
    bool upward = op.getRounding() != "TONEAREST";
    Value inScale = parameter(rewriter, loc, adaptor.getInputScale(),
                              op.getInputScale(), op.getAxis(), rank);
    Value inZp = parameter(rewriter, loc, adaptor.getInputZeroPoint(),
                           op.getInputZeroPoint(), op.getAxis(), rank);
    Value outScale = parameter(rewriter, loc, adaptor.getOutputScale(),
                               op.getOutputScale(), op.getAxis(), rank);
    Value outZp = parameter(rewriter, loc, adaptor.getOutputZeroPoint(),
                            op.getOutputZeroPoint(), op.getAxis(), rank);
    Value result = elementwise(
        rewriter, loc, outType,
        {adaptor.getData(), inScale, inZp, outScale, outZp},
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = convertScalar(b, l, args[0], from, b.getF64Type());
          Value scaled = arith::DivFOp::create(
              b, l,
              arith::MulFOp::create(b, l,
                                    arith::SubFOp::create(b, l, x, args[2]),
                                    args[1]),
              args[3]);
          if (!upward) {
            Value rounded = math::RoundOp::create(b, l, scaled);
            return quantizeScalar(b, l, rounded, args[4], to, false);
          }
          return quantizeScalar(b, l, scaled, args[4], to, true);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Both operands requantized to the output scale (with requantize's default
/// UPWARD rounding, as TVM's QNN canonicalization does), then added.
struct QnnAddLowering : RelayLowering<relay::QnnAddOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::QnnAddOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = resultType(op);
    Type to = cast<ShapedType>(op.getType()).getElementType();
    Type lhsElem = tensorType(op.getLhs()).getElementType();
    Type rhsElem = tensorType(op.getRhs()).getElementType();
    auto scalarParam = [&](Value lowered, Value relayValue) {
      return parameter(rewriter, loc, lowered, relayValue, 0, 0);
    };
    SmallVector<Value> inputs{
        adaptor.getLhs(),
        adaptor.getRhs(),
        scalarParam(adaptor.getLhsScale(), op.getLhsScale()),
        scalarParam(adaptor.getLhsZeroPoint(), op.getLhsZeroPoint()),
        scalarParam(adaptor.getRhsScale(), op.getRhsScale()),
        scalarParam(adaptor.getRhsZeroPoint(), op.getRhsZeroPoint()),
        scalarParam(adaptor.getOutputScale(), op.getOutputScale()),
        scalarParam(adaptor.getOutputZeroPoint(), op.getOutputZeroPoint())};
    Value result = elementwise(
        rewriter, loc, outType, inputs,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Type f64 = b.getF64Type();
          auto requant = [&](Value q, Type elem, Value scale, Value zp) {
            Value x = convertScalar(b, l, q, elem, f64);
            Value v = arith::DivFOp::create(
                b, l,
                arith::MulFOp::create(b, l, arith::SubFOp::create(b, l, x, zp),
                                      scale),
                args[6]);
            // requantize's default rounding (UPWARD): ties toward +inf.
            return math::FloorOp::create(
                b, l,
                arith::AddFOp::create(b, l, v, scalarConstant(b, l, f64, 0.5)));
          };
          Value sum = arith::AddFOp::create(
              b, l, requant(args[0], lhsElem, args[2], args[3]),
              requant(args[1], rhsElem, args[4], args[5]));
          return quantizeScalar(b, l, sum, args[7], to, false);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void flexmatch::lowering::populateQuantizedLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<DequantizeLowering, QuantizeLowering, RequantizeLowering,
               QnnAddLowering>(converter, patterns.getContext());
}
