//===- Resampling.cpp - Lower nn.upsampling and image.resize2d ------------===//
//
// Both resample H and W as TVM's topi resize does: each output coordinate
// maps to an input coordinate by the coordinate transformation mode, then
// nearest-neighbour (with the rounding method) or linear interpolation of
// the clamped neighbours. One linalg.generic reading through tensor.extract.
//
//===----------------------------------------------------------------------===//

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace flexmatch::lowering;
namespace relay = flexmatch::relay;

namespace {

struct ResampleSpec {
  StringRef method;         // nearest_neighbor or linear
  StringRef coordinateMode; // half_pixel, align_corners, asymmetric, ...
  StringRef rounding;       // for nearest_neighbor
};

/// The input coordinate (f32) of output index `o` along an axis.
Value inputCoordinate(OpBuilder &b, Location loc, Value o, int64_t in,
                      int64_t out, StringRef mode) {
  Type f32 = b.getF32Type();
  auto cst = [&](double v) { return scalarConstant(b, loc, f32, v); };
  Value x = arith::SIToFPOp::create(
      b, loc, f32, arith::IndexCastOp::create(b, loc, b.getI64Type(), o));
  double scale = double(in) / double(out);
  if (mode == "align_corners") {
    double s = out > 1 ? double(in - 1) / double(out - 1) : 0.0;
    return arith::MulFOp::create(b, loc, x, cst(s));
  }
  if (mode == "asymmetric")
    return arith::MulFOp::create(b, loc, x, cst(scale));
  Value centred = arith::MulFOp::create(
      b, loc, arith::AddFOp::create(b, loc, x, cst(0.5)), cst(scale));
  if (mode == "tf_half_pixel_for_nn")
    return centred;
  Value halfPixel = arith::SubFOp::create(b, loc, centred, cst(0.5));
  if (mode == "pytorch_half_pixel" && out <= 1)
    return cst(0.0);
  return halfPixel; // half_pixel, pytorch_half_pixel
}

/// The rounding method topi's resize uses for nearest_neighbor when the
/// attribute is empty: "round" with align_corners, else "floor".
StringRef defaultRounding(StringRef rounding, StringRef coordinateMode) {
  if (!rounding.empty())
    return rounding;
  return coordinateMode == "align_corners" ? "round" : "floor";
}

/// `x` rounded to an index by TVM's rounding method, clamped to [0, in).
Value nearestIndex(OpBuilder &b, Location loc, Value x, StringRef rounding,
                   int64_t in) {
  Type f32 = b.getF32Type();
  auto cst = [&](double v) { return scalarConstant(b, loc, f32, v); };
  Value r;
  // topi nudges floor and ceil by 1e-5 so that a coordinate computed as
  // 2.9999998 (a float scale times an index) still maps to 3.
  if (rounding == "floor")
    r = math::FloorOp::create(b, loc,
                              arith::AddFOp::create(b, loc, x, cst(1e-5)));
  else if (rounding == "ceil")
    r = math::CeilOp::create(b, loc,
                             arith::SubFOp::create(b, loc, x, cst(1e-5)));
  else if (rounding == "round_prefer_ceil")
    r = math::FloorOp::create(b, loc,
                              arith::AddFOp::create(b, loc, x, cst(0.5)));
  else if (rounding == "round")
    // te.round is llvm.nearbyint: ties go to the even index.
    r = math::RoundEvenOp::create(b, loc, x);
  else // round_prefer_floor
    r = math::CeilOp::create(b, loc,
                             arith::SubFOp::create(b, loc, x, cst(0.5)));
  Value i = arith::IndexCastOp::create(
      b, loc, b.getIndexType(),
      arith::FPToSIOp::create(b, loc, b.getI64Type(), r));
  i = arith::MaxSIOp::create(b, loc, i,
                             arith::ConstantIndexOp::create(b, loc, 0));
  return arith::MinSIOp::create(b, loc, i,
                                arith::ConstantIndexOp::create(b, loc, in - 1));
}

/// Resamples canonical NCHW `data` to `outType`.
Value resample(OpBuilder &b, Location loc, Value data, RankedTensorType outType,
               const ResampleSpec &spec) {
  RankedTensorType type = typeOf(data);
  int64_t in[2] = {type.getDimSize(2), type.getDimSize(3)};
  int64_t out[2] = {outType.getDimSize(2), outType.getDimSize(3)};
  Type elem = type.getElementType();
  return indexed(b, loc, outType, [&](OpBuilder &nb, Location l,
                                      ValueRange ivs) -> Value {
    Value coords[2];
    for (int i = 0; i < 2; ++i)
      coords[i] =
          inputCoordinate(nb, l, ivs[2 + i], in[i], out[i], spec.coordinateMode);
    if (spec.method == "nearest_neighbor") {
      Value y = nearestIndex(nb, l, coords[0], spec.rounding, in[0]);
      Value x = nearestIndex(nb, l, coords[1], spec.rounding, in[1]);
      return tensor::ExtractOp::create(nb, l, data,
                                       ValueRange{ivs[0], ivs[1], y, x});
    }
    // Linear: the four clamped neighbours weighted by the fractions.
    Value lo[2], hi[2], frac[2];
    for (int i = 0; i < 2; ++i) {
      Value floor = math::FloorOp::create(nb, l, coords[i]);
      frac[i] = arith::SubFOp::create(nb, l, coords[i], floor);
      Value base = arith::IndexCastOp::create(
          nb, l, nb.getIndexType(),
          arith::FPToSIOp::create(nb, l, nb.getI64Type(), floor));
      auto clamp = [&](Value v) {
        v = arith::MaxSIOp::create(nb, l, v,
                                   arith::ConstantIndexOp::create(nb, l, 0));
        return arith::MinSIOp::create(
            nb, l, v, arith::ConstantIndexOp::create(nb, l, in[i] - 1));
      };
      lo[i] = clamp(base);
      hi[i] = clamp(arith::AddIOp::create(
          nb, l, base, arith::ConstantIndexOp::create(nb, l, 1)));
    }
    auto at = [&](Value y, Value x) {
      Value v = tensor::ExtractOp::create(nb, l, data,
                                          ValueRange{ivs[0], ivs[1], y, x});
      return convertScalar(nb, l, v, elem, nb.getF32Type());
    };
    auto lerp = [&](Value a, Value c, Value t) {
      Value one = scalarConstant(nb, l, nb.getF32Type(), 1.0);
      return arith::AddFOp::create(
          nb, l,
          arith::MulFOp::create(nb, l, a,
                                arith::SubFOp::create(nb, l, one, t)),
          arith::MulFOp::create(nb, l, c, t));
    };
    Value top = lerp(at(lo[0], lo[1]), at(lo[0], hi[1]), frac[1]);
    Value bottom = lerp(at(hi[0], lo[1]), at(hi[0], hi[1]), frac[1]);
    return convertScalar(nb, l, lerp(top, bottom, frac[0]), nb.getF32Type(),
                         elem);
  });
}

/// Layout handling shared by both ops: NCHW or NHWC.
template <typename OpTy>
LogicalResult lowerResample(OpTy op, Value data, RankedTensorType outType,
                            StringRef layout, const ResampleSpec &spec,
                            ConversionPatternRewriter &rewriter) {
  Location loc = op.getLoc();
  if (spec.method != "nearest_neighbor" && spec.method != "linear")
    return op.emitError() << relayOpName(op) << ": cannot lower method '"
                          << spec.method << "' (nearest_neighbor and "
                          << "linear are supported)";
  if (layout != "NCHW" && layout != "NHWC")
    return op.emitError() << relayOpName(op) << ": cannot lower layout "
                          << layout;
  bool nhwc = layout == "NHWC";
  if (nhwc)
    data = transpose(rewriter, loc, data, {0, 3, 1, 2});
  RankedTensorType canonical =
      nhwc ? RankedTensorType::get({outType.getDimSize(0), outType.getDimSize(3),
                                    outType.getDimSize(1), outType.getDimSize(2)},
                                   outType.getElementType())
           : outType;
  Value result = resample(rewriter, loc, data, canonical, spec);
  if (nhwc)
    result = transpose(rewriter, loc, result, {0, 2, 3, 1});
  rewriter.replaceOp(op, result);
  return success();
}

struct UpSamplingLowering : RelayLowering<relay::UpSamplingOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::UpSamplingOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    // TVM's upsampling is a resize with asymmetric (or align_corners)
    // coordinates and no rounding method, so topi's default applies (floor,
    // or round with align_corners); "bilinear" is the linear method.
    StringRef method = op.getMethod();
    StringRef mode = op.getAlignCorners() ? "align_corners" : "asymmetric";
    ResampleSpec spec{method == "bilinear" ? StringRef("linear") : method,
                      mode, defaultRounding("", mode)};
    return lowerResample(op, adaptor.getData(), resultType(op), op.getLayout(),
                         spec, rewriter);
  }
};

struct Resize2DLowering : RelayLowering<relay::Resize2DOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::Resize2DOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    StringRef mode = op.getCoordinateTransformationMode();
    ResampleSpec spec{op.getMethod(), mode,
                      defaultRounding(op.getRoundingMethod(), mode)};
    return lowerResample(op, adaptor.getData(), resultType(op), op.getLayout(),
                         spec, rewriter);
  }
};

} // namespace

void flexmatch::lowering::populateResamplingLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<UpSamplingLowering, Resize2DLowering>(converter,
                                                     patterns.getContext());
}
