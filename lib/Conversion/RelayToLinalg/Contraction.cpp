//===- Contraction.cpp - Lower convolutions and matrix products -----------===//
//
// Convolutions go through one canonical form: data in N, C, spatial order,
// weight in O, I, spatial order, explicit zero padding. Common cases use
// linalg's named ops (conv_1d_ncw_fcw, conv_2d_nchw_fchw,
// depthwise_conv_2d_nchw_chw, conv_2d_ngchw_gfchw, conv_3d_ncdhw_fcdhw);
// the rest (grouped 1-d and 3-d convolutions, depthwise with a channel
// multiplier in 1-d/3-d) use one grouped linalg.generic. Transposed
// convolutions become a convolution of the stride-dilated, padded input
// with the flipped kernel. dense, matmul and batch_matmul are linalg.matmul
// and linalg.batch_matmul with the indexing maps of their transpositions.
// qnn.conv2d and qnn.dense are the same, on the operands widened to
// out_dtype minus their zero points.
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

/// The permutation taking a tensor in `layout` to the canonical order
/// `canonical` (e.g. "NHWC" -> "NCHW" gives [0, 3, 1, 2]), or failure when
/// the layout is not a plain permutation of the canonical letters (blocked
/// layouts such as NCHW16c are not lowered).
FailureOr<SmallVector<int64_t>> permutationTo(StringRef layout,
                                              StringRef canonical) {
  if (layout.size() != canonical.size())
    return failure();
  SmallVector<int64_t> perm;
  for (char letter : canonical) {
    size_t pos = layout.find(letter);
    if (pos == StringRef::npos)
      return failure();
    perm.push_back(pos);
  }
  return perm;
}

/// `data` ([N, C, spatial...]) zero-padded on its spatial axes.
Value padSpatial(OpBuilder &b, Location loc, Value data,
                 ArrayRef<int64_t> begin, ArrayRef<int64_t> end) {
  SmallVector<int64_t> low{0, 0}, high{0, 0};
  llvm::append_range(low, begin);
  llvm::append_range(high, end);
  Value zero = scalarConstant(b, loc, typeOf(data).getElementType(), 0);
  return pad(b, loc, data, low, high, zero);
}

/// The grouped convolution as one linalg.generic:
///   out[n, g, f, o...] += data[n, g, c, o * s + k * d] * w[g, f, c, k...]
/// with data [N, G, C/G, in...] and weight [G, F/G, C/G, k...].
Value groupedConvGeneric(OpBuilder &b, Location loc, Value data, Value weight,
                         ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
                         RankedTensorType outType) {
  MLIRContext *ctx = b.getContext();
  int64_t r = strides.size();
  int64_t numDims = 4 + 2 * r;
  auto d = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
  // Loop order: n, g, f, o..., c, k...
  SmallVector<AffineExpr> in{d(0), d(1), d(3 + r)};
  SmallVector<AffineExpr> w{d(1), d(2), d(3 + r)};
  SmallVector<AffineExpr> out{d(0), d(1), d(2)};
  for (int64_t i = 0; i < r; ++i) {
    in.push_back(d(3 + i) * strides[i] + d(4 + r + i) * dilations[i]);
    w.push_back(d(4 + r + i));
    out.push_back(d(3 + i));
  }
  SmallVector<AffineMap> maps{AffineMap::get(numDims, 0, in, ctx),
                              AffineMap::get(numDims, 0, w, ctx),
                              AffineMap::get(numDims, 0, out, ctx)};
  SmallVector<utils::IteratorType> iterators(3 + r,
                                             utils::IteratorType::parallel);
  iterators.append(1 + r, utils::IteratorType::reduction);
  Value init = filledTensor(
      b, loc, outType, scalarConstant(b, loc, outType.getElementType(), 0));
  return linalg::GenericOp::create(
             b, loc, TypeRange{outType}, ValueRange{data, weight},
             ValueRange{init}, maps, iterators,
             [](OpBuilder &nb, Location l, ValueRange args) {
               linalg::YieldOp::create(
                   nb, l,
                   addScalar(nb, l, args[2], mulScalar(nb, l, args[0], args[1])));
             })
      .getResult(0);
}

/// Convolution in canonical layouts: data [N, C, in...] already padded,
/// weight [O, C/groups, k...]; returns [N, O, out...] of `outType`.
Value canonicalConv(OpBuilder &b, Location loc, Value data, Value weight,
                    ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
                    int64_t groups, RankedTensorType outType) {
  RankedTensorType dataType = typeOf(data), weightType = typeOf(weight);
  int64_t r = strides.size();
  int64_t channels = dataType.getDimSize(1);
  int64_t outChannels = weightType.getDimSize(0);
  NamedAttribute attrs[] = {
      b.getNamedAttr("strides", b.getI64TensorAttr(strides)),
      b.getNamedAttr("dilations", b.getI64TensorAttr(dilations))};
  auto zeroInit = [&](RankedTensorType type) {
    return filledTensor(b, loc, type,
                        scalarConstant(b, loc, type.getElementType(), 0));
  };
  if (groups == 1) {
    Value init = zeroInit(outType);
    if (r == 1)
      return linalg::Conv1DNcwFcwOp::create(b, loc, TypeRange{outType},
                                            ValueRange{data, weight},
                                            ValueRange{init}, attrs)
          .getResult(0);
    if (r == 2)
      return linalg::Conv2DNchwFchwOp::create(b, loc, TypeRange{outType},
                                              ValueRange{data, weight},
                                              ValueRange{init}, attrs)
          .getResult(0);
    if (r == 3)
      return linalg::Conv3DNcdhwFcdhwOp::create(b, loc, TypeRange{outType},
                                                ValueRange{data, weight},
                                                ValueRange{init}, attrs)
          .getResult(0);
  }
  if (r == 2 && groups == channels && outChannels == channels) {
    // Depthwise: weight [C, 1, kh, kw] -> [C, kh, kw].
    SmallVector<int64_t> shape{channels};
    llvm::append_range(shape, weightType.getShape().drop_front(2));
    Value w = reshape(b, loc, weight, shape);
    Value init = zeroInit(outType);
    return linalg::DepthwiseConv2DNchwChwOp::create(
               b, loc, TypeRange{outType}, ValueRange{data, w},
               ValueRange{init}, attrs)
        .getResult(0);
  }
  // Grouped: split the channel axes into [G, C/G].
  auto splitChannels = [&](Value v, int64_t axis, int64_t count) {
    SmallVector<int64_t> shape(typeOf(v).getShape());
    shape[axis] = count / groups;
    shape.insert(shape.begin() + axis, groups);
    return reshape(b, loc, v, shape);
  };
  Value groupedData = splitChannels(data, 1, channels);
  Value groupedWeight = splitChannels(weight, 0, outChannels);
  SmallVector<int64_t> groupedOut(outType.getShape());
  groupedOut[1] = outChannels / groups;
  groupedOut.insert(groupedOut.begin() + 1, groups);
  auto groupedOutType =
      RankedTensorType::get(groupedOut, outType.getElementType());
  Value result;
  if (r == 2)
    result = linalg::Conv2DNgchwGfchwOp::create(
                 b, loc, TypeRange{groupedOutType},
                 ValueRange{groupedData, groupedWeight},
                 ValueRange{zeroInit(groupedOutType)}, attrs)
                 .getResult(0);
  else
    result = groupedConvGeneric(b, loc, groupedData, groupedWeight, strides,
                                dilations, groupedOutType);
  return reshape(b, loc, result, outType.getShape());
}

/// `v - zeroPoint` (quantized operands, already widened to `elem`); a
/// vector zero point runs along `axis`.
Value subtractZeroPoint(OpBuilder &b, Location loc, Value v, Value zeroPoint,
                        Value relayZeroPoint, Type elem, int64_t axis) {
  Value zp = castTensor(b, loc, zeroPoint,
                        tensorType(relayZeroPoint).getElementType(), elem);
  zp = alignParameter(b, loc, zp, axis, typeOf(v).getRank());
  return elementwise(b, loc, typeOf(v), {v, zp},
                     [](OpBuilder &nb, Location l, ValueRange args) {
                       return subScalar(nb, l, args[0], args[1]);
                     });
}

/// The layouts of a convolution, as permutations to and from canonical.
struct ConvLayouts {
  SmallVector<int64_t> dataToCanonical, weightToCanonical, canonicalToOut;
};

FailureOr<ConvLayouts> convLayouts(Operation *op, StringRef dataLayout,
                                   StringRef kernelLayout, StringRef outLayout,
                                   int64_t spatialRank) {
  StringRef spatial = spatialRank == 1   ? "W"
                      : spatialRank == 2 ? "HW"
                                         : "DHW";
  std::string dataCanonical = ("NC" + spatial).str();
  std::string weightCanonical = ("OI" + spatial).str();
  auto data = permutationTo(dataLayout, dataCanonical);
  auto weight = permutationTo(kernelLayout, weightCanonical);
  auto out = permutationTo(outLayout.empty() ? dataLayout : outLayout,
                           dataCanonical);
  if (failed(data) || failed(weight) || failed(out))
    return op->emitError()
           << relayOpName(op) << ": cannot lower layouts " << dataLayout
           << " / " << kernelLayout << (outLayout.empty() ? "" : " / ")
           << outLayout << ": only permutations of " << dataCanonical
           << " and " << weightCanonical << " are supported";
  return ConvLayouts{*data, *weight, inversePermutation(*out)};
}

/// A convolution's operands widened to its result element type and
/// transposed to the canonical layouts, the canonical result type (the
/// result's axes in N, C, spatial order) and the way back to the result's
/// layout.
struct CanonicalConvOperands {
  ConvLayouts layouts;
  Value data, weight;
  RankedTensorType resultType;
};

template <typename OpTy>
FailureOr<CanonicalConvOperands>
canonicalConvOperands(OpTy op, Value data, Value weight, StringRef outLayout,
                      RankedTensorType outType, OpBuilder &b) {
  Location loc = op.getLoc();
  int64_t r = outType.getRank() - 2;
  auto layouts = convLayouts(op, op.getDataLayout(), op.getKernelLayout(),
                             outLayout, r);
  if (failed(layouts))
    return failure();
  Type outElem = cast<ShapedType>(op.getType()).getElementType();
  data = castTensor(b, loc, data, tensorType(op.getData()).getElementType(),
                    outElem);
  weight = castTensor(b, loc, weight,
                      tensorType(op.getWeight()).getElementType(), outElem);
  SmallVector<int64_t> canonicalShape(r + 2);
  for (int64_t i = 0; i < r + 2; ++i)
    canonicalShape[layouts->canonicalToOut[i]] = outType.getDimSize(i);
  return CanonicalConvOperands{
      *layouts, transpose(b, loc, data, layouts->dataToCanonical),
      transpose(b, loc, weight, layouts->weightToCanonical),
      RankedTensorType::get(canonicalShape, outType.getElementType())};
}

template <typename OpTy>
struct ConvLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = this->resultType(op);
    int64_t r = outType.getRank() - 2;
    StringRef outLayout;
    if constexpr (requires { op.getOutLayout(); })
      outLayout = op.getOutLayout();
    auto canonical = canonicalConvOperands(op, adaptor.getData(),
                                           adaptor.getWeight(), outLayout,
                                           outType, rewriter);
    if (failed(canonical))
      return failure();
    Value data = canonical->data, weight = canonical->weight;
    if constexpr (std::is_same_v<OpTy, relay::QnnConv2DOp>) {
      Type outElem = cast<ShapedType>(op.getType()).getElementType();
      data = subtractZeroPoint(rewriter, loc, data, adaptor.getInputZeroPoint(),
                               op.getInputZeroPoint(), outElem, 1);
      weight = subtractZeroPoint(rewriter, loc, weight,
                                 adaptor.getKernelZeroPoint(),
                                 op.getKernelZeroPoint(), outElem, 0);
    }
    auto [begin, end] = splitPadding(op.getPadding(), r);
    data = padSpatial(rewriter, loc, data, begin, end);
    Value result =
        canonicalConv(rewriter, loc, data, weight, op.getStrides(),
                      op.getDilation(), op.getGroups(), canonical->resultType);
    rewriter.replaceOp(op, transpose(rewriter, loc, result,
                                     canonical->layouts.canonicalToOut));
    return success();
  }
};

/// A transposed convolution is the convolution of the input dilated by the
/// stride and padded by dilation * (k - 1) - pad on each side (plus
/// output_padding at the end), with the spatially flipped kernel whose
/// channel axes are swapped within each group.
template <typename OpTy>
struct ConvTransposeLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    RankedTensorType outType = this->resultType(op);
    int64_t r = outType.getRank() - 2;
    // The weight is [in, out / groups, k...] whatever kernel_layout says of
    // its channel axes (TVM of the 3LA era): kernel letters name (in, out)
    // as (O, I), so the canonical permutation yields [in, out/g, k...].
    auto canonical = canonicalConvOperands(op, adaptor.getData(),
                                           adaptor.getWeight(),
                                           op.getOutLayout(), outType, rewriter);
    if (failed(canonical))
      return failure();
    Value data = canonical->data, weight = canonical->weight;
    RankedTensorType dataType = typeOf(data), weightType = typeOf(weight);
    int64_t groups = op.getGroups();
    int64_t inChannels = weightType.getDimSize(0);
    int64_t outPerGroup = weightType.getDimSize(1);
    ArrayRef<int64_t> strides = op.getStrides();
    ArrayRef<int64_t> dilation = op.getDilation();
    ArrayRef<int64_t> outputPadding = op.getOutputPadding();
    auto [padBegin, padEnd] = splitPadding(op.getPadding(), r);

    // 1. Insert stride - 1 zeros between input elements.
    SmallVector<int64_t> dilatedShape(dataType.getShape());
    for (int64_t i = 0; i < r; ++i)
      dilatedShape[2 + i] = (dataType.getDimSize(2 + i) - 1) * strides[i] + 1;
    Type elem = dataType.getElementType();
    Value zero = scalarConstant(rewriter, loc, elem, 0);
    Value dilated = filledTensor(
        rewriter, loc, RankedTensorType::get(dilatedShape, elem), zero);
    SmallVector<OpFoldResult> offsets(r + 2, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> sizes, steps;
    for (int64_t i = 0; i < r + 2; ++i) {
      sizes.push_back(rewriter.getIndexAttr(dataType.getDimSize(i)));
      steps.push_back(rewriter.getIndexAttr(i < 2 ? 1 : strides[i - 2]));
    }
    dilated = tensor::InsertSliceOp::create(rewriter, loc, data, dilated,
                                            offsets, sizes, steps);
    // 2. Pad by dilation * (k - 1) - pad; a negative amount crops.
    SmallVector<int64_t> low(r + 2, 0), high(r + 2, 0);
    SmallVector<int64_t> cropBegin(r + 2, 0), cropSize(dilatedShape);
    for (int64_t i = 0; i < r; ++i) {
      int64_t k = weightType.getDimSize(2 + i);
      int64_t before = dilation[i] * (k - 1) - padBegin[i];
      int64_t after = dilation[i] * (k - 1) - padEnd[i] +
                      (i < int64_t(outputPadding.size()) ? outputPadding[i] : 0);
      low[2 + i] = std::max<int64_t>(before, 0);
      high[2 + i] = std::max<int64_t>(after, 0);
      cropBegin[2 + i] = std::max<int64_t>(-before, 0);
      cropSize[2 + i] = dilatedShape[2 + i] + low[2 + i] + high[2 + i] -
                        cropBegin[2 + i] - std::max<int64_t>(-after, 0);
    }
    Value padded = pad(rewriter, loc, dilated, low, high, zero);
    if (llvm::any_of(cropBegin, [](int64_t v) { return v != 0; }) ||
        ArrayRef<int64_t>(cropSize) != typeOf(padded).getShape())
      padded = slice(rewriter, loc, padded, cropBegin, cropSize,
                     SmallVector<int64_t>(r + 2, 1));
    // 3. The kernel: [G, in/G, out/G, k] -> [G, out/G, in/G, k], flipped.
    SmallVector<int64_t> grouped{groups, inChannels / groups, outPerGroup};
    llvm::append_range(grouped, weightType.getShape().drop_front(2));
    Value w = reshape(rewriter, loc, weight, grouped);
    SmallVector<int64_t> perm{0, 2, 1};
    for (int64_t i = 0; i < r; ++i)
      perm.push_back(3 + i);
    w = transpose(rewriter, loc, w, perm);
    RankedTensorType wType = typeOf(w);
    SmallVector<AffineExpr> flip;
    for (int64_t i = 0; i < r + 3; ++i) {
      AffineExpr dim = getAffineDimExpr(i, ctx);
      flip.push_back(i < 3 ? dim : wType.getDimSize(i) - 1 - dim);
    }
    Value flipped = linalg::GenericOp::create(
                        rewriter, loc, TypeRange{wType}, ValueRange{w},
                        ValueRange{emptyTensor(rewriter, loc, wType)},
                        SmallVector<AffineMap>{
                            AffineMap::get(r + 3, 0, flip, ctx),
                            rewriter.getMultiDimIdentityMap(r + 3)},
                        SmallVector<utils::IteratorType>(
                            r + 3, utils::IteratorType::parallel),
                        [](OpBuilder &b, Location l, ValueRange args) {
                          linalg::YieldOp::create(b, l, args[0]);
                        })
                        .getResult(0);
    SmallVector<int64_t> kernelShape{groups * outPerGroup, inChannels / groups};
    llvm::append_range(kernelShape, weightType.getShape().drop_front(2));
    Value kernel = reshape(rewriter, loc, flipped, kernelShape);
    // 4. A stride-1 convolution with the original dilation.
    Value result = canonicalConv(rewriter, loc, padded, kernel,
                                 SmallVector<int64_t>(r, 1), dilation, groups,
                                 canonical->resultType);
    rewriter.replaceOp(op, transpose(rewriter, loc, result,
                                     canonical->layouts.canonicalToOut));
    return success();
  }
};

/// C[m, n] = sum_k A[m or k] * B[k or n]: a linalg.matmul whose indexing
/// maps carry the transpositions. A and B are rank 2.
Value matmul(OpBuilder &b, Location loc, Value a, Value bMat, bool transA,
             bool transB, RankedTensorType outType) {
  MLIRContext *ctx = b.getContext();
  AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
             k = getAffineDimExpr(2, ctx);
  auto map = [&](AffineExpr x, AffineExpr y) {
    return AffineMap::get(3, 0, {x, y}, ctx);
  };
  ArrayAttr maps = b.getAffineMapArrayAttr(
      {transA ? map(k, m) : map(m, k), transB ? map(n, k) : map(k, n),
       map(m, n)});
  Value init = filledTensor(
      b, loc, outType, scalarConstant(b, loc, outType.getElementType(), 0));
  return linalg::MatmulOp::create(
             b, loc, TypeRange{outType}, ValueRange{a, bMat}, ValueRange{init},
             {b.getNamedAttr("indexing_maps", maps)})
      .getResult(0);
}

/// dense: data [..., K] x weight [U, K]^T; matmul: the same with explicit
/// transpose flags. Leading data axes fold into the row axis. qnn.dense is
/// dense of the operands minus their zero points, in out_dtype (int32).
template <typename OpTy>
struct MatrixProductLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = this->resultType(op);
    Type outElem = cast<ShapedType>(op.getType()).getElementType();
    Value lhs, rhs, lhsRelay, rhsRelay;
    bool transA = false, transB = true;
    if constexpr (std::is_same_v<OpTy, relay::MatmulOp>) {
      lhs = adaptor.getTensorA();
      rhs = adaptor.getTensorB();
      lhsRelay = op.getTensorA();
      rhsRelay = op.getTensorB();
      transA = op.getTransposeA();
      transB = op.getTransposeB();
    } else {
      lhs = adaptor.getData();
      rhs = adaptor.getWeight();
      lhsRelay = op.getData();
      rhsRelay = op.getWeight();
    }
    lhs = castTensor(rewriter, loc, lhs, tensorType(lhsRelay).getElementType(),
                     outElem);
    rhs = castTensor(rewriter, loc, rhs, tensorType(rhsRelay).getElementType(),
                     outElem);
    if constexpr (std::is_same_v<OpTy, relay::QnnDenseOp>) {
      lhs = subtractZeroPoint(rewriter, loc, lhs, adaptor.getInputZeroPoint(),
                              op.getInputZeroPoint(), outElem,
                              typeOf(lhs).getRank() - 1);
      rhs = subtractZeroPoint(rewriter, loc, rhs, adaptor.getKernelZeroPoint(),
                              op.getKernelZeroPoint(), outElem, 0);
    }
    RankedTensorType lhsType = typeOf(lhs);
    // transpose_a on a tensor_a of rank > 2 swaps only its last two axes
    // (TVM's MatmulRel): [..., K, M]. Its leading axes can fold into the
    // rows only once each matrix is [M, K], so transpose explicitly first
    // (a rank-2 tensor_a keeps the transposition in the indexing map).
    if (transA && lhsType.getRank() > 2) {
      int64_t rank = lhsType.getRank();
      SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, rank));
      std::swap(perm[rank - 2], perm[rank - 1]);
      lhs = transpose(rewriter, loc, lhs, perm);
      lhsType = typeOf(lhs);
      transA = false;
    }
    int64_t k = lhsType.getShape().back();
    if (!transA && lhsType.getRank() != 2)
      lhs = reshape(rewriter, loc, lhs, {lhsType.getNumElements() / k, k});
    int64_t rows = outType.getNumElements() / outType.getShape().back();
    auto flatOut = RankedTensorType::get({rows, outType.getShape().back()},
                                         outType.getElementType());
    Value result = matmul(rewriter, loc, lhs, rhs, transA, transB, flatOut);
    rewriter.replaceOp(op, reshape(rewriter, loc, result, outType.getShape()));
    return success();
  }
};

/// batch_matmul: [B, M, K] x [B, K, N] (either transposed), a batch of one
/// broadcasting against the other.
struct BatchMatmulLowering : RelayLowering<relay::BatchMatmulOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::BatchMatmulOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    RankedTensorType outType = resultType(op);
    Type outElem = cast<ShapedType>(op.getType()).getElementType();
    Value a = castTensor(rewriter, loc, adaptor.getTensorA(),
                         tensorType(op.getTensorA()).getElementType(), outElem);
    Value b = castTensor(rewriter, loc, adaptor.getTensorB(),
                         tensorType(op.getTensorB()).getElementType(), outElem);
    int64_t batch = outType.getDimSize(0);
    auto broadcastBatch = [&](Value v) {
      RankedTensorType type = typeOf(v);
      if (type.getDimSize(0) == batch)
        return v;
      SmallVector<int64_t> shape(type.getShape());
      shape[0] = batch;
      return elementwise(rewriter, loc,
                         RankedTensorType::get(shape, type.getElementType()),
                         {v}, [](OpBuilder &, Location, ValueRange args) {
                           return args[0];
                         });
    };
    a = broadcastBatch(a);
    b = broadcastBatch(b);
    AffineExpr bt = getAffineDimExpr(0, ctx), m = getAffineDimExpr(1, ctx),
               n = getAffineDimExpr(2, ctx), k = getAffineDimExpr(3, ctx);
    auto map = [&](AffineExpr x, AffineExpr y) {
      return AffineMap::get(4, 0, {bt, x, y}, ctx);
    };
    ArrayAttr maps = rewriter.getAffineMapArrayAttr(
        {op.getTransposeA() ? map(k, m) : map(m, k),
         op.getTransposeB() ? map(n, k) : map(k, n), map(m, n)});
    Value init = filledTensor(rewriter, loc, outType,
                              scalarConstant(rewriter, loc,
                                             outType.getElementType(), 0));
    Value result =
        linalg::BatchMatmulOp::create(
            rewriter, loc, TypeRange{outType}, ValueRange{a, b},
            ValueRange{init}, {rewriter.getNamedAttr("indexing_maps", maps)})
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void flexmatch::lowering::populateContractionLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<ConvLowering<relay::Conv1DOp>, ConvLowering<relay::Conv2DOp>,
               ConvLowering<relay::Conv3DOp>,
               ConvTransposeLowering<relay::Conv2DTransposeOp>,
               ConvTransposeLowering<relay::Conv3DTransposeOp>,
               MatrixProductLowering<relay::DenseOp>,
               MatrixProductLowering<relay::MatmulOp>, BatchMatmulLowering,
               ConvLowering<relay::QnnConv2DOp>,
               MatrixProductLowering<relay::QnnDenseOp>>(
      converter, patterns.getContext());
}
