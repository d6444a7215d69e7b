//===- Pooling.cpp - Lower relay's pools ----------------------------------===//
//
// Max and average pools in 1, 2 and 3 spatial dimensions, with padding,
// dilation and ceil_mode; global and adaptive pools. Data is brought to N,
// C, spatial order, padded explicitly (-inf for max, 0 for sums), pooled by
// linalg.pooling_ncw_* / pooling_nchw_* (a generic in 3-d), and averages
// divide by a per-position element count computed at compile time exactly
// as TVM's topi counts it.
//
//===----------------------------------------------------------------------===//

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"

using namespace mlir;
using namespace flexmatch::lowering;
namespace relay = flexmatch::relay;

namespace {

/// The permutation bringing `layout` to N, C, spatial order, or failure for
/// a layout that is not a permutation of those letters.
FailureOr<SmallVector<int64_t>> canonicalOrder(Operation *op,
                                               StringRef layout,
                                               int64_t spatialRank) {
  std::string canonical = spatialRank == 1   ? "NCW"
                          : spatialRank == 2 ? "NCHW"
                                             : "NCDHW";
  SmallVector<int64_t> perm;
  if (layout.size() == canonical.size())
    for (char letter : canonical)
      if (size_t pos = layout.find(letter); pos != StringRef::npos)
        perm.push_back(pos);
  if (perm.size() != canonical.size())
    return op->emitError() << relayOpName(op) << ": cannot lower layout "
                           << layout << ": only permutations of "
                           << canonical << " are supported";
  return perm;
}

enum class PoolKind { Max, Sum };

/// Pools canonical, already padded data into `outType` ([N, C, out...]).
Value canonicalPool(OpBuilder &b, Location loc, PoolKind kind, bool isUnsigned,
                    Value data, ArrayRef<int64_t> window,
                    ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
                    RankedTensorType outType) {
  Type elem = outType.getElementType();
  Value init = filledTensor(b, loc, outType,
                            kind == PoolKind::Max
                                ? lowestValue(b, loc, elem, isUnsigned)
                                : scalarConstant(b, loc, elem, 0));
  Value windowTensor =
      emptyTensor(b, loc, RankedTensorType::get(window, elem));
  NamedAttribute attrs[] = {
      b.getNamedAttr("strides", b.getI64TensorAttr(strides)),
      b.getNamedAttr("dilations", b.getI64TensorAttr(dilations))};
  int64_t r = window.size();
  // linalg's max pools compare as floats or signed integers.
  bool named = !(kind == PoolKind::Max && isUnsigned);
  if (named && r == 2) {
    if (kind == PoolKind::Max)
      return linalg::PoolingNchwMaxOp::create(
                 b, loc, TypeRange{outType}, ValueRange{data, windowTensor},
                 ValueRange{init}, attrs)
          .getResult(0);
    return linalg::PoolingNchwSumOp::create(b, loc, TypeRange{outType},
                                            ValueRange{data, windowTensor},
                                            ValueRange{init}, attrs)
        .getResult(0);
  }
  if (named && r == 1) {
    if (kind == PoolKind::Max)
      return linalg::PoolingNcwMaxOp::create(b, loc, TypeRange{outType},
                                             ValueRange{data, windowTensor},
                                             ValueRange{init}, attrs)
          .getResult(0);
    return linalg::PoolingNcwSumOp::create(b, loc, TypeRange{outType},
                                           ValueRange{data, windowTensor},
                                           ValueRange{init}, attrs)
        .getResult(0);
  }
  // out[n, c, o...] = max/sum over k of data[n, c, o * s + k * d].
  MLIRContext *ctx = b.getContext();
  int64_t numDims = 2 + 2 * r;
  SmallVector<AffineExpr> in{getAffineDimExpr(0, ctx), getAffineDimExpr(1, ctx)};
  SmallVector<AffineExpr> win, out(in);
  for (int64_t i = 0; i < r; ++i) {
    in.push_back(getAffineDimExpr(2 + i, ctx) * strides[i] +
                 getAffineDimExpr(2 + r + i, ctx) * dilations[i]);
    win.push_back(getAffineDimExpr(2 + r + i, ctx));
    out.push_back(getAffineDimExpr(2 + i, ctx));
  }
  SmallVector<utils::IteratorType> iterators(2 + r,
                                             utils::IteratorType::parallel);
  iterators.append(r, utils::IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, TypeRange{outType}, ValueRange{data, windowTensor},
             ValueRange{init},
             SmallVector<AffineMap>{AffineMap::get(numDims, 0, in, ctx),
                                    AffineMap::get(numDims, 0, win, ctx),
                                    AffineMap::get(numDims, 0, out, ctx)},
             iterators,
             [&](OpBuilder &nb, Location l, ValueRange args) {
               Value v = kind == PoolKind::Max
                             ? maxScalar(nb, l, args[0], args[2], isUnsigned)
                             : addScalar(nb, l, args[0], args[2]);
               linalg::YieldOp::create(nb, l, v);
             })
      .getResult(0);
}

/// How many input elements TVM's average pool divides by at output
/// position `o` of one axis: the window's positions inside [lo, hi).
int64_t windowCount(int64_t o, int64_t stride, int64_t padBegin,
                    int64_t kernel, int64_t dilation, int64_t lo, int64_t hi) {
  int64_t count = 0;
  for (int64_t k = 0; k < kernel; ++k) {
    int64_t pos = o * stride - padBegin + k * dilation;
    count += pos >= lo && pos < hi;
  }
  return count;
}

template <typename OpTy, PoolKind kind, bool isAvg>
struct PoolLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = this->resultType(op);
    int64_t r = outType.getRank() - 2;
    Type relayElem = tensorType(op.getData()).getElementType();
    bool uns = isUnsigned(relayElem);
    Type elem = signless(relayElem);
    StringRef outLayout = op.getOutLayout();
    auto inPerm = canonicalOrder(op, op.getLayout(), r);
    auto outPerm =
        canonicalOrder(op, outLayout.empty() ? op.getLayout() : outLayout, r);
    if (failed(inPerm) || failed(outPerm))
      return failure();
    Value data = transpose(rewriter, loc, adaptor.getData(), *inPerm);
    RankedTensorType dataType = typeOf(data);
    SmallVector<int64_t> toOut = inversePermutation(*outPerm);
    SmallVector<int64_t> canonicalShape(r + 2);
    for (int64_t i = 0; i < r + 2; ++i)
      canonicalShape[toOut[i]] = outType.getDimSize(i);
    auto canonicalType = RankedTensorType::get(canonicalShape, elem);

    ArrayRef<int64_t> window = op.getPoolSize();
    ArrayRef<int64_t> strides = op.getStrides();
    ArrayRef<int64_t> dilation = op.getDilation();
    ArrayRef<int64_t> padding = op.getPadding();
    auto [padBegin, padEnd] = splitPadding(padding, r);
    // Pad enough for every window of the output (ceil_mode reaches past
    // the explicit end padding).
    SmallVector<int64_t> low(r + 2, 0), high(r + 2, 0);
    for (int64_t i = 0; i < r; ++i) {
      int64_t in = dataType.getDimSize(2 + i);
      int64_t needed = (canonicalShape[2 + i] - 1) * strides[i] +
                       (window[i] - 1) * dilation[i] + 1;
      low[2 + i] = padBegin[i];
      high[2 + i] = std::max<int64_t>(needed - in - padBegin[i], 0);
    }
    Value padValue = kind == PoolKind::Max
                         ? lowestValue(rewriter, loc, elem, uns)
                         : scalarConstant(rewriter, loc, elem, 0);
    Value padded = pad(rewriter, loc, data, low, high, padValue);
    Value result = canonicalPool(rewriter, loc, kind, uns, padded, window,
                                 strides, dilation, canonicalType);
    if constexpr (isAvg) {
      // TVM counts padding (and, in ceil_mode, up to stride - 1 more
      // positions) with count_include_pad, else only the real input.
      bool includePad = op.getCountIncludePad();
      SmallVector<int64_t> outSpatial(canonicalShape.begin() + 2,
                                      canonicalShape.end());
      SmallVector<double> divisors;
      int64_t total = 1;
      for (int64_t size : outSpatial)
        total *= size;
      for (int64_t flat = 0; flat < total; ++flat) {
        int64_t rest = flat, count = 1;
        for (int64_t i = r - 1; i >= 0; --i) {
          int64_t o = rest % outSpatial[i];
          rest /= outSpatial[i];
          int64_t in = dataType.getDimSize(2 + i);
          int64_t lo = includePad ? -padBegin[i] : 0;
          int64_t hi = includePad ? in + padEnd[i] +
                                        (op.getCeilMode() ? strides[i] - 1 : 0)
                                  : in;
          count *= windowCount(o, strides[i], padBegin[i], window[i],
                               dilation[i], lo, hi);
        }
        divisors.push_back(std::max<int64_t>(count, 1));
      }
      Value divisor;
      auto divisorType = RankedTensorType::get(outSpatial, elem);
      if (auto floatType = dyn_cast<FloatType>(elem)) {
        SmallVector<APFloat> values;
        for (double d : divisors) {
          APFloat v(d);
          bool lost;
          v.convert(floatType.getFloatSemantics(),
                    APFloat::rmNearestTiesToEven, &lost);
          values.push_back(v);
        }
        divisor = arith::ConstantOp::create(
            rewriter, loc, DenseElementsAttr::get(divisorType, values));
      } else {
        SmallVector<APInt> values;
        for (double d : divisors)
          values.push_back(APInt(elem.getIntOrFloatBitWidth(), int64_t(d)));
        divisor = arith::ConstantOp::create(
            rewriter, loc, DenseElementsAttr::get(divisorType, values));
      }
      result = elementwise(rewriter, loc, canonicalType, {result, divisor},
                           [&](OpBuilder &b, Location l, ValueRange args) {
                             return divScalar(b, l, args[0], args[1], uns);
                           });
    }
    rewriter.replaceOp(op, transpose(rewriter, loc, result, toOut));
    return success();
  }
};

/// Global pools reduce H and W wherever the layout puts them.
template <typename OpTy, bool isAvg>
struct GlobalPoolLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    StringRef layout = op.getLayout();
    SmallVector<int64_t> axes;
    for (char letter : StringRef("HW"))
      if (size_t pos = layout.find(letter); pos != StringRef::npos)
        axes.push_back(pos);
    if (axes.size() != 2 || layout.size() != 4)
      return op.emitError() << relayOpName(op) << ": cannot lower layout "
                            << layout;
    llvm::sort(axes);
    Value data = adaptor.getData();
    RankedTensorType type = typeOf(data);
    Type relayElem = tensorType(op.getData()).getElementType();
    bool uns = isUnsigned(relayElem);
    Type elem = type.getElementType();
    Value result;
    if (isAvg) {
      result = reduceKeepDims(rewriter, loc, data, axes,
                              scalarConstant(rewriter, loc, elem, 0),
                              [](OpBuilder &b, Location l, Value x, Value acc) {
                                return addScalar(b, l, x, acc);
                              });
      int64_t count = type.getDimSize(axes[0]) * type.getDimSize(axes[1]);
      result = elementwise(rewriter, loc, typeOf(result), {result},
                           [&](OpBuilder &b, Location l, ValueRange args) {
                             return divScalar(
                                 b, l, args[0],
                                 scalarConstant(b, l, elem, count), uns);
                           });
    } else {
      result = reduceKeepDims(rewriter, loc, data, axes,
                              lowestValue(rewriter, loc, elem, uns),
                              [&](OpBuilder &b, Location l, Value x, Value acc) {
                                return maxScalar(b, l, x, acc, uns);
                              });
    }
    StringRef outLayout = op.getOutLayout();
    if (!outLayout.empty() && outLayout != layout) {
      SmallVector<int64_t> perm;
      for (char letter : outLayout)
        perm.push_back(layout.find(letter));
      result = transpose(rewriter, loc, result, perm);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Adaptive pools: output position o of an axis of length `in` pooled to
/// `out` covers [floor(o * in / out), ceil((o + 1) * in / out)). The
/// windows differ in size, so this is a generic over the largest window
/// that skips positions outside each one.
template <typename OpTy, bool isAvg>
struct AdaptivePoolLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    auto perm = canonicalOrder(op, op.getLayout(), 2);
    StringRef outLayout = op.getOutLayout();
    auto outPerm =
        canonicalOrder(op, outLayout.empty() ? op.getLayout() : outLayout, 2);
    if (failed(perm) || failed(outPerm))
      return failure();
    Value data = transpose(rewriter, loc, adaptor.getData(), *perm);
    RankedTensorType type = typeOf(data);
    Type elem = type.getElementType();
    bool uns = isUnsigned(tensorType(op.getData()).getElementType());
    SmallVector<int64_t> toOut = inversePermutation(*outPerm);
    RankedTensorType outType = this->resultType(op);
    SmallVector<int64_t> shape(4);
    for (int64_t i = 0; i < 4; ++i)
      shape[toOut[i]] = outType.getDimSize(i);
    auto canonicalType = RankedTensorType::get(shape, elem);
    int64_t in[2] = {type.getDimSize(2), type.getDimSize(3)};
    int64_t out[2] = {shape[2], shape[3]};
    int64_t maxWindow[2];
    for (int i = 0; i < 2; ++i) {
      maxWindow[i] = 0;
      for (int64_t o = 0; o < out[i]; ++o) {
        int64_t start = o * in[i] / out[i];
        int64_t end = ((o + 1) * in[i] + out[i] - 1) / out[i];
        maxWindow[i] = std::max(maxWindow[i], end - start);
      }
    }
    Value init = filledTensor(rewriter, loc, canonicalType,
                              isAvg ? scalarConstant(rewriter, loc, elem, 0)
                                    : lowestValue(rewriter, loc, elem, uns));
    Value window = emptyTensor(
        rewriter, loc,
        RankedTensorType::get({maxWindow[0], maxWindow[1]}, elem));
    auto d = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
    SmallVector<AffineMap> maps{AffineMap::get(6, 0, {d(4), d(5)}, ctx),
                                AffineMap::get(6, 0, {d(0), d(1), d(2), d(3)},
                                               ctx)};
    SmallVector<utils::IteratorType> iterators(4,
                                               utils::IteratorType::parallel);
    iterators.append(2, utils::IteratorType::reduction);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{canonicalType}, ValueRange{window},
            ValueRange{init}, maps, iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              auto cst = [&](int64_t v) {
                return arith::ConstantIndexOp::create(b, l, v);
              };
              Value inside;
              SmallVector<Value> indices{linalg::IndexOp::create(b, l, 0),
                                         linalg::IndexOp::create(b, l, 1)};
              for (int i = 0; i < 2; ++i) {
                Value o = linalg::IndexOp::create(b, l, 2 + i);
                Value k = linalg::IndexOp::create(b, l, 4 + i);
                Value start = arith::DivUIOp::create(
                    b, l, arith::MulIOp::create(b, l, o, cst(in[i])),
                    cst(out[i]));
                Value end = arith::DivUIOp::create(
                    b, l,
                    arith::AddIOp::create(
                        b, l,
                        arith::MulIOp::create(
                            b, l, arith::AddIOp::create(b, l, o, cst(1)),
                            cst(in[i])),
                        cst(out[i] - 1)),
                    cst(out[i]));
                Value pos = arith::AddIOp::create(b, l, start, k);
                Value ok = arith::CmpIOp::create(
                    b, l, arith::CmpIPredicate::ult, pos, end);
                inside = inside ? arith::AndIOp::create(b, l, inside, ok) : ok;
                // Clamp so that the read stays in bounds when skipped.
                indices.push_back(arith::MinUIOp::create(
                    b, l, pos, cst(in[i] - 1)));
              }
              Value x = tensor::ExtractOp::create(b, l, data, indices);
              Value combined = isAvg ? addScalar(b, l, x, args[1])
                                     : maxScalar(b, l, x, args[1], uns);
              linalg::YieldOp::create(
                  b, l, arith::SelectOp::create(b, l, inside, combined,
                                                args[1]).getResult());
            })
            .getResult(0);
    if (isAvg) {
      // Divide each position by its window's size.
      SmallVector<APFloat> counts;
      SmallVector<APInt> intCounts;
      for (int64_t oh = 0; oh < out[0]; ++oh)
        for (int64_t ow = 0; ow < out[1]; ++ow) {
          int64_t h = ((oh + 1) * in[0] + out[0] - 1) / out[0] -
                      oh * in[0] / out[0];
          int64_t w = ((ow + 1) * in[1] + out[1] - 1) / out[1] -
                      ow * in[1] / out[1];
          if (auto floatType = dyn_cast<FloatType>(elem)) {
            APFloat v(double(h * w));
            bool lost;
            v.convert(floatType.getFloatSemantics(),
                      APFloat::rmNearestTiesToEven, &lost);
            counts.push_back(v);
          } else {
            intCounts.push_back(APInt(elem.getIntOrFloatBitWidth(), h * w));
          }
        }
      auto countType = RankedTensorType::get({out[0], out[1]}, elem);
      Value divisor = arith::ConstantOp::create(
          rewriter, loc,
          isa<FloatType>(elem) ? DenseElementsAttr::get(countType, counts)
                               : DenseElementsAttr::get(countType, intCounts));
      result = elementwise(rewriter, loc, canonicalType, {result, divisor},
                           [&](OpBuilder &b, Location l, ValueRange args) {
                             return divScalar(b, l, args[0], args[1], uns);
                           });
    }
    rewriter.replaceOp(op, transpose(rewriter, loc, result, toOut));
    return success();
  }
};

} // namespace

void flexmatch::lowering::populatePoolingLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<
      PoolLowering<relay::MaxPool1DOp, PoolKind::Max, false>,
      PoolLowering<relay::MaxPool2DOp, PoolKind::Max, false>,
      PoolLowering<relay::MaxPool3DOp, PoolKind::Max, false>,
      PoolLowering<relay::AvgPool1DOp, PoolKind::Sum, true>,
      PoolLowering<relay::AvgPool2DOp, PoolKind::Sum, true>,
      PoolLowering<relay::AvgPool3DOp, PoolKind::Sum, true>,
      GlobalPoolLowering<relay::GlobalAvgPool2DOp, true>,
      GlobalPoolLowering<relay::GlobalMaxPool2DOp, false>,
      AdaptivePoolLowering<relay::AdaptiveAvgPool2DOp, true>,
      AdaptivePoolLowering<relay::AdaptiveMaxPool2DOp, false>>(
      converter, patterns.getContext());
}
