//===- Normalization.cpp - Lower softmax and the normalisations -----------===//
//
// softmax and log_softmax (max-subtracted, as TVM computes them), batch norm
// in inference form, layer / instance / group norm, l2_normalize and lrn,
// decomposed into reductions and broadcasting elementwise ops.
//
//===----------------------------------------------------------------------===//

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"

using namespace mlir;
using namespace flexmatch::lowering;
namespace relay = flexmatch::relay;

namespace {

Value binary(OpBuilder &b, Location loc, Value x, Value y,
             Value (*fn)(OpBuilder &, Location, Value, Value)) {
  return elementwise(b, loc, typeOf(x), {x, y},
                     [&](OpBuilder &nb, Location l, ValueRange args) {
                       return fn(nb, l, args[0], args[1]);
                     });
}

Value sumKeepDims(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> axes) {
  Type elem = typeOf(x).getElementType();
  return reduceKeepDims(b, loc, x, axes, scalarConstant(b, loc, elem, 0),
                        [](OpBuilder &nb, Location l, Value v, Value acc) {
                          return addScalar(nb, l, v, acc);
                        });
}

Value meanKeepDims(OpBuilder &b, Location loc, Value x,
                   ArrayRef<int64_t> axes) {
  int64_t count = 1;
  for (int64_t axis : axes)
    count *= typeOf(x).getDimSize(axis);
  Value sum = sumKeepDims(b, loc, x, axes);
  return elementwise(b, loc, typeOf(sum), {sum},
                     [&](OpBuilder &nb, Location l, ValueRange args) {
                       Value n = scalarConstant(nb, l, args[0].getType(),
                                                count);
                       return arith::DivFOp::create(nb, l, args[0], n);
                     });
}

/// (x - mean) / sqrt(var + eps) with the moments over `axes`.
Value standardize(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> axes,
                  double epsilon) {
  Value mean = meanKeepDims(b, loc, x, axes);
  Value centered = binary(b, loc, x, mean, subScalar);
  Value squares = binary(b, loc, centered, centered, mulScalar);
  Value var = meanKeepDims(b, loc, squares, axes);
  return elementwise(b, loc, typeOf(x), {centered, var},
                     [&](OpBuilder &nb, Location l, ValueRange args) {
                       Value eps = scalarConstant(nb, l, args[1].getType(),
                                                  epsilon);
                       Value denom = math::SqrtOp::create(
                           nb, l, arith::AddFOp::create(nb, l, args[1], eps));
                       return arith::DivFOp::create(nb, l, args[0], denom);
                     });
}

/// x * gamma + beta with the vectors along `axis` (each optional).
Value scaleShift(OpBuilder &b, Location loc, Value x, Value gamma, Value beta,
                 int64_t axis, bool scale, bool center) {
  int64_t rank = typeOf(x).getRank();
  if (scale)
    x = binary(b, loc, x, alignVector(b, loc, gamma, axis, rank), mulScalar);
  if (center)
    x = binary(b, loc, x, alignVector(b, loc, beta, axis, rank), addScalar);
  return x;
}

template <typename OpTy, bool isLog>
struct SoftmaxLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getData();
    Type elem = typeOf(x).getElementType();
    int64_t axis = normalizeAxis(op.getAxis(), typeOf(x).getRank());
    Value max = reduceKeepDims(
        rewriter, loc, x, {axis}, lowestValue(rewriter, loc, elem, false),
        [](OpBuilder &b, Location l, Value v, Value acc) {
          return maxScalar(b, l, v, acc, false);
        });
    Value shifted = binary(rewriter, loc, x, max, subScalar);
    Value exps = elementwise(rewriter, loc, typeOf(x), {shifted},
                             [](OpBuilder &b, Location l, ValueRange args) {
                               return math::ExpOp::create(b, l, args[0]);
                             });
    Value sum = sumKeepDims(rewriter, loc, exps, {axis});
    Value result;
    if (isLog)
      result = elementwise(rewriter, loc, typeOf(x), {shifted, sum},
                           [](OpBuilder &b, Location l, ValueRange args) {
                             return arith::SubFOp::create(
                                 b, l, args[0],
                                 math::LogOp::create(b, l, args[1]));
                           });
    else
      result = binary(rewriter, loc, exps, sum,
                      [](OpBuilder &b, Location l, Value p, Value q) {
                        return divScalar(b, l, p, q, false);
                      });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct BatchNormLowering : RelayLowering<relay::BatchNormOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::BatchNormOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getData();
    int64_t rank = typeOf(x).getRank();
    int64_t axis = normalizeAxis(op.getAxis(), rank);
    double epsilon = op.getEpsilon().convertToDouble();
    Value mean = alignVector(rewriter, loc, adaptor.getMovingMean(), axis, rank);
    Value var = alignVector(rewriter, loc, adaptor.getMovingVar(), axis, rank);
    Value normalized = elementwise(
        rewriter, loc, typeOf(x), {x, mean, var},
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value eps = scalarConstant(b, l, args[0].getType(), epsilon);
          Value denom = math::SqrtOp::create(
              b, l, arith::AddFOp::create(b, l, args[2], eps));
          return arith::DivFOp::create(
              b, l, arith::SubFOp::create(b, l, args[0], args[1]), denom);
        });
    Value result = scaleShift(rewriter, loc, normalized, adaptor.getGamma(),
                              adaptor.getBeta(), axis, op.getScale(),
                              op.getCenter());
    // At inference the moving statistics pass through unchanged.
    rewriter.replaceOpWithMultiple(
        op, SmallVector<SmallVector<Value>>{
                {result, adaptor.getMovingMean(), adaptor.getMovingVar()}});
    return success();
  }
};

/// layer_norm normalises over `axis`; instance_norm over every axis but the
/// batch and `axis` (the channels).
template <typename OpTy, bool isInstance>
struct NormLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getData();
    int64_t rank = typeOf(x).getRank();
    int64_t axis = normalizeAxis(op.getAxis(), rank);
    SmallVector<int64_t> axes;
    if (isInstance) {
      for (int64_t i = 1; i < rank; ++i)
        if (i != axis)
          axes.push_back(i);
    } else {
      axes.push_back(axis);
    }
    Value normalized = standardize(rewriter, loc, x, axes,
                                   op.getEpsilon().convertToDouble());
    rewriter.replaceOp(op, scaleShift(rewriter, loc, normalized,
                                      adaptor.getGamma(), adaptor.getBeta(),
                                      axis, op.getScale(), op.getCenter()));
    return success();
  }
};

/// group_norm: channels split into `num_groups` groups, each normalised
/// over its channels and the spatial axes.
struct GroupNormLowering : RelayLowering<relay::GroupNormOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::GroupNormOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getData();
    RankedTensorType type = typeOf(x);
    int64_t rank = type.getRank();
    int64_t axis = normalizeAxis(op.getAxis(), rank);
    int64_t groups = op.getNumGroups();
    int64_t channels = type.getDimSize(axis);
    if (groups <= 0 || channels % groups != 0)
      return op.emitError() << "nn.group_norm: num_groups " << groups
                            << " does not divide the " << channels
                            << " channels";
    // [.., C, ..] -> [.., G, C/G, ..]; normalise over all axes after G
    // except those before the channel axis.
    SmallVector<int64_t> grouped(type.getShape().take_front(axis));
    grouped.push_back(groups);
    grouped.push_back(channels / groups);
    llvm::append_range(grouped, type.getShape().drop_front(axis + 1));
    SmallVector<int64_t> axes;
    for (int64_t i = axis + 1; i < rank + 1; ++i)
      axes.push_back(i);
    Value normalized = standardize(
        rewriter, loc, reshape(rewriter, loc, x, grouped), axes,
        op.getEpsilon().convertToDouble());
    normalized = reshape(rewriter, loc, normalized, type.getShape());
    rewriter.replaceOp(op, scaleShift(rewriter, loc, normalized,
                                      adaptor.getGamma(), adaptor.getBeta(),
                                      axis, op.getScale(), op.getCenter()));
    return success();
  }
};

/// x / sqrt(max(sum(x^2 over axis), eps)).
struct L2NormalizeLowering : RelayLowering<relay::L2NormalizeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::L2NormalizeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getData();
    int64_t rank = typeOf(x).getRank();
    SmallVector<int64_t> axes;
    for (int64_t a : op.getAxis())
      axes.push_back(normalizeAxis(a, rank));
    llvm::sort(axes);
    axes.erase(llvm::unique(axes), axes.end());
    double epsilon = op.getEps().convertToDouble();
    Value sum = sumKeepDims(rewriter, loc,
                            binary(rewriter, loc, x, x, mulScalar), axes);
    Value result = elementwise(
        rewriter, loc, typeOf(x), {x, sum},
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value eps = scalarConstant(b, l, args[1].getType(), epsilon);
          Value denom = math::SqrtOp::create(
              b, l, arith::MaximumFOp::create(b, l, args[1], eps));
          return arith::DivFOp::create(b, l, args[0], denom);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Local response normalisation across `axis`, as TVM's topi computes it:
/// x / (bias + alpha / size * window_sum(x^2))^beta, the window of `size`
/// elements starting size/2 before each position.
struct LRNLowering : RelayLowering<relay::LRNOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::LRNOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value x = adaptor.getData();
    RankedTensorType type = typeOf(x);
    int64_t rank = type.getRank();
    int64_t axis = normalizeAxis(op.getAxis(), rank);
    int64_t size = op.getSize();
    Type elem = type.getElementType();
    Value squares = binary(rewriter, loc, x, x, mulScalar);
    SmallVector<int64_t> low(rank, 0), high(rank, 0);
    low[axis] = size / 2;
    high[axis] = size / 2;
    Value padded = pad(rewriter, loc, squares, low, high,
                       scalarConstant(rewriter, loc, elem, 0));
    // sum[.., c, ..] = sum_w padded[.., c + w, ..]: an extra reduction loop
    // over a window tensor that only gives the loop its extent.
    SmallVector<AffineExpr> inExprs;
    for (int64_t i = 0; i < rank; ++i)
      inExprs.push_back(i == axis ? getAffineDimExpr(i, ctx) +
                                        getAffineDimExpr(rank, ctx)
                                  : getAffineDimExpr(i, ctx));
    Value window =
        emptyTensor(rewriter, loc, RankedTensorType::get({size}, elem));
    Value acc = filledTensor(rewriter, loc, type,
                             scalarConstant(rewriter, loc, elem, 0));
    SmallVector<AffineMap> maps{
        AffineMap::get(rank + 1, 0, inExprs, ctx),
        AffineMap::get(rank + 1, 0, getAffineDimExpr(rank, ctx)),
        AffineMap::getMultiDimIdentityMap(rank + 1, ctx).getMajorSubMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank + 1,
                                               utils::IteratorType::parallel);
    iterators[rank] = utils::IteratorType::reduction;
    Value sum = linalg::GenericOp::create(
                    rewriter, loc, TypeRange{type}, ValueRange{padded, window},
                    ValueRange{acc}, maps, iterators,
                    [](OpBuilder &b, Location l, ValueRange args) {
                      linalg::YieldOp::create(
                          b, l, addScalar(b, l, args[0], args[2]));
                    })
                    .getResult(0);
    double bias = op.getBias().convertToDouble();
    double alpha = op.getAlpha().convertToDouble();
    double beta = op.getBeta().convertToDouble();
    Value result = elementwise(
        rewriter, loc, type, {x, sum},
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value scaled = arith::MulFOp::create(
              b, l, args[1], scalarConstant(b, l, elem, alpha / size));
          Value base = arith::AddFOp::create(b, l, scaled,
                                             scalarConstant(b, l, elem, bias));
          Value denom = math::PowFOp::create(b, l, base,
                                             scalarConstant(b, l, elem, beta));
          return arith::DivFOp::create(b, l, args[0], denom);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void flexmatch::lowering::populateNormalizationLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<SoftmaxLowering<relay::SoftmaxOp, false>,
               SoftmaxLowering<relay::LogSoftmaxOp, true>, BatchNormLowering,
               NormLowering<relay::LayerNormOp, false>,
               NormLowering<relay::InstanceNormOp, true>, GroupNormLowering,
               L2NormalizeLowering, LRNLowering>(converter,
                                                 patterns.getContext());
}
