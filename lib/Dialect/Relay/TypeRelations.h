//===- TypeRelations.h - Relay's type relations -----------------*- C++ -*-===//
//
// The result type of every relay op, computed as TVM's type relations do.
// Each relation is a template over the op's adaptor so that it reads
// attributes through the typed getters (which apply Relay's defaults). They
// report bad input through the optional location and never assert: the
// importer relies on them to reject ill-typed Relay programs.
//
// Only RelayOps.cpp includes this header: the op classes' inferReturnTypes
// (generated from RelayOps.td) call these templates.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_DIALECT_RELAY_TYPERELATIONS_H
#define FLEXMATCH_LIB_DIALECT_RELAY_TYPERELATIONS_H

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

namespace flexmatch::relay {

using mlir::Location;
using mlir::LogicalResult;
using mlir::RankedTensorType;
using mlir::ShapedType;
using mlir::Type;
using mlir::Value;
using llvm::ArrayRef;
using llvm::SmallVector;
using llvm::SmallVectorImpl;
using llvm::StringRef;
using Shape = SmallVector<int64_t>;
using OptLoc = std::optional<Location>;

constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Helpers (defined in TypeRelations.cpp)
//===----------------------------------------------------------------------===//

/// Drops the "relay." prefix: diagnostics speak Relay.
StringRef relayName(StringRef opName);

/// Emits "<op>: <message>" at `loc` (if any) and returns failure.
LogicalResult relError(OptLoc loc, StringRef op, const llvm::Twine &message);

/// Formats a shape as Relay does: (1, 3, ?).
std::string shapeStr(ArrayRef<int64_t> shape);

/// Returns the operand as a ranked tensor type or reports which operand of
/// `op` is not a tensor.
RankedTensorType tensorOperand(OptLoc loc, StringRef op, Value v,
                               StringRef what);

/// Normalises a possibly negative axis against `rank`; reports out of range.
std::optional<int64_t> normAxis(OptLoc loc, StringRef op, int64_t axis,
                                int64_t rank, StringRef what = "axis");

/// The general guard against malformed result types: every relation builds
/// its result tensor types through these. A shape with a negative static
/// dimension (which RankedTensorType forbids, and which would print as IR
/// that does not parse back) is reported as "<op>: result shape (...) has a
/// negative dimension" instead of being built; `tensorResult` then returns a
/// null type. Relations check the attributes that produce such dimensions
/// first, with more specific messages; this catches whatever they miss.
RankedTensorType tensorResult(OptLoc loc, StringRef op, ArrayRef<int64_t> shape,
                              Type elementType);
LogicalResult pushTensor(OptLoc loc, StringRef op, ArrayRef<int64_t> shape,
                         Type elementType, SmallVectorImpl<Type> &results);

/// NumPy broadcasting of two shapes.
std::optional<Shape> broadcastShapes(OptLoc loc, StringRef op,
                                     ArrayRef<int64_t> a, ArrayRef<int64_t> b);

/// Reads `out_dtype`-like strings: the named type, or `fallback` when empty.
Type dtypeOr(OptLoc loc, StringRef op, mlir::MLIRContext *ctx, StringRef dtype,
             Type fallback, StringRef attrName = "out_dtype");

/// Positions of the letters of a layout such as "NCHW", "NHWC" or "OIHW";
/// reports a layout that is not a permutation of the expected letters.
std::optional<SmallVector<int64_t>> layoutPositions(OptLoc loc, StringRef op,
                                                    StringRef layout,
                                                    StringRef letters,
                                                    StringRef attrName);

/// Splits a padding array into begin and end values per spatial axis,
/// following TVM (1 value: all sides; n values: begin = end; 2n values:
/// begins then ends).
std::optional<std::pair<Shape, Shape>>
expandPadding(OptLoc loc, StringRef op, ArrayRef<int64_t> padding,
              int64_t spatialRank);

/// Output length of a sliding window: (in + pads - dilated kernel) / stride
/// + 1, rounding up when `ceil` (pools' ceil_mode).
int64_t windowOutput(int64_t in, int64_t padBegin, int64_t padEnd,
                     int64_t kernel, int64_t stride, int64_t dilation,
                     bool ceil);

/// Checks that an array attribute has one value per spatial axis.
LogicalResult checkArity(OptLoc loc, StringRef op, StringRef attr,
                         ArrayRef<int64_t> values, int64_t expected,
                         bool positive = true);

/// Relation bodies that do not depend on an op's attributes getters.
LogicalResult reduceShape(OptLoc loc, StringRef op, RankedTensorType data,
                          std::optional<ArrayRef<int64_t>> axis, bool keepdims,
                          bool exclude, Shape &out);
LogicalResult reshapeShape(OptLoc loc, StringRef op, ArrayRef<int64_t> in,
                           ArrayRef<int64_t> newshape, Shape &out);
LogicalResult stridedSliceShape(OptLoc loc, StringRef op, ArrayRef<int64_t> in,
                                ArrayRef<int64_t> begin, ArrayRef<int64_t> end,
                                std::optional<ArrayRef<int64_t>> strides,
                                std::optional<ArrayRef<int64_t>> axes,
                                StringRef sliceMode, Shape &out);
LogicalResult splitTypes(OptLoc loc, StringRef op, RankedTensorType data,
                         mlir::Attribute indicesOrSections, int64_t axis,
                         SmallVectorImpl<Type> &parts);
LogicalResult layoutTransformShape(OptLoc loc, StringRef op,
                                   ArrayRef<int64_t> in, StringRef src,
                                   StringRef dst, Shape &out);

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

/// Ops whose result has the type of their first operand. Those with an
/// `axis` attribute (reverse, nn.softmax, nn.log_softmax, nn.lrn; the axes of
/// nn.l2_normalize) must name axes of the input. TVM's ReverseRel checks
/// this in every version; for softmax and log_softmax the 3LA-era TVM
/// (0.8) used IdentityRel, while newer TVM's SoftmaxRel reports "Wrong axis
/// ... not in expected range" and 0.8's topi::nn::softmax asserts the same
/// at compile time, so we follow the newer relation; for lrn and
/// l2_normalize TVM checks only in topi, and we report it here too.
template <typename Adaptor>
LogicalResult inferIdentity(OptLoc loc, StringRef name, Adaptor adaptor,
                            SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getOperands()[0], "data");
  if (!data)
    return mlir::failure();
  if constexpr (requires { int64_t(adaptor.getAxis()); }) {
    if (!normAxis(loc, op, int64_t(adaptor.getAxis()), data.getRank()))
      return mlir::failure();
  } else if constexpr (requires { ArrayRef<int64_t>(adaptor.getAxis()); }) {
    for (int64_t axis : ArrayRef<int64_t>(adaptor.getAxis()))
      if (!normAxis(loc, op, axis, data.getRank()))
        return mlir::failure();
  }
  results.push_back(data);
  return mlir::success();
}

LogicalResult broadcastOperands(OptLoc loc, StringRef op, Value lhs, Value rhs,
                                bool compare, SmallVectorImpl<Type> &results);

template <typename Adaptor>
LogicalResult inferBroadcast(OptLoc loc, StringRef name, Adaptor adaptor,
                             SmallVectorImpl<Type> &results) {
  return broadcastOperands(loc, relayName(name), adaptor.getLhs(),
                           adaptor.getRhs(), /*compare=*/false, results);
}

template <typename Adaptor>
LogicalResult inferBroadcastCompare(OptLoc loc, StringRef name,
                                    Adaptor adaptor,
                                    SmallVectorImpl<Type> &results) {
  return broadcastOperands(loc, relayName(name), adaptor.getLhs(),
                           adaptor.getRhs(), /*compare=*/true, results);
}

template <typename Adaptor>
LogicalResult inferQnnBinary(OptLoc loc, StringRef name, Adaptor adaptor,
                             SmallVectorImpl<Type> &results) {
  return broadcastOperands(loc, relayName(name), adaptor.getLhs(),
                           adaptor.getRhs(), /*compare=*/false, results);
}

template <typename Adaptor>
LogicalResult inferWhere(OptLoc loc, StringRef name, Adaptor adaptor,
                         SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto cond = tensorOperand(loc, op, adaptor.getCondition(), "condition");
  SmallVector<Type> xy;
  if (!cond || mlir::failed(broadcastOperands(loc, op, adaptor.getX(),
                                              adaptor.getY(), false, xy)))
    return mlir::failure();
  auto value = mlir::cast<RankedTensorType>(xy[0]);
  auto shape = broadcastShapes(loc, op, cond.getShape(), value.getShape());
  if (!shape)
    return mlir::failure();
  return pushTensor(loc, op, *shape, value.getElementType(), results);
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

template <typename Adaptor>
std::optional<ArrayRef<int64_t>> optionalArray(Adaptor, mlir::Attribute attr) {
  if (auto array = mlir::dyn_cast_or_null<mlir::DenseI64ArrayAttr>(attr))
    return array.asArrayRef();
  return std::nullopt;
}

template <typename Adaptor>
LogicalResult inferReduce(OptLoc loc, StringRef name, Adaptor adaptor,
                          SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  Shape out;
  if (!data || mlir::failed(reduceShape(loc, op, data,
                                        optionalArray(adaptor,
                                                      adaptor.getAxisAttr()),
                                        adaptor.getKeepdims(),
                                        adaptor.getExclude(), out)))
    return mlir::failure();
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferArgReduce(OptLoc loc, StringRef name, Adaptor adaptor,
                             SmallVectorImpl<Type> &results) {
  SmallVector<Type> reduced;
  if (mlir::failed(inferReduce(loc, name, adaptor, reduced)))
    return mlir::failure();
  auto type = mlir::cast<RankedTensorType>(reduced[0]);
  return pushTensor(loc, relayName(name), type.getShape(),
                    mlir::IntegerType::get(type.getContext(), 32), results);
}

//===----------------------------------------------------------------------===//
// Convolutions and pools
//===----------------------------------------------------------------------===//

/// The spatial letters of a rank-`n` layout: W, HW or DHW.
StringRef spatialLetters(int64_t spatialRank);

template <typename Adaptor>
LogicalResult inferConv(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto weight = tensorOperand(loc, op, adaptor.getWeight(), "weight");
  if (!data || !weight)
    return mlir::failure();
  int64_t rank = data.getRank();
  int64_t nsp = rank - 2;
  if (nsp < 1 || nsp > 3 || weight.getRank() != rank)
    return relError(loc, op,
                    "expects data and weight of equal rank 3, 4 or 5, got " +
                        shapeStr(data.getShape()) + " and " +
                        shapeStr(weight.getShape()));
  StringRef sp = spatialLetters(nsp);
  auto dpos = layoutPositions(loc, op, adaptor.getDataLayout(),
                              (llvm::Twine("NC") + sp).str(), "data_layout");
  auto kpos = layoutPositions(loc, op, adaptor.getKernelLayout(),
                              (llvm::Twine("OI") + sp).str(), "kernel_layout");
  if (!dpos || !kpos)
    return mlir::failure();
  ArrayRef<int64_t> strides = adaptor.getStrides();
  ArrayRef<int64_t> dilation = adaptor.getDilation();
  if (mlir::failed(checkArity(loc, op, "strides", strides, nsp)) ||
      mlir::failed(checkArity(loc, op, "dilation", dilation, nsp)))
    return mlir::failure();
  auto pads = expandPadding(loc, op, adaptor.getPadding(), nsp);
  if (!pads)
    return mlir::failure();
  int64_t groups = adaptor.getGroups();
  if (groups < 1)
    return relError(loc, op, "groups must be positive, got " +
                                 llvm::Twine(groups));
  auto dshape = data.getShape();
  auto wshape = weight.getShape();
  int64_t inC = dshape[(*dpos)[1]];
  int64_t wO = wshape[(*kpos)[0]];
  int64_t wI = wshape[(*kpos)[1]];
  if (!ShapedType::isDynamic(inC) && !ShapedType::isDynamic(wI) &&
      inC != wI * groups)
    return relError(loc, op,
                    "data has " + llvm::Twine(inC) +
                        " input channels but the weight expects " +
                        llvm::Twine(wI) + " x groups " + llvm::Twine(groups));
  if (auto channels = adaptor.getChannels()) {
    if (int64_t(*channels) < 1)
      return relError(loc, op, "channels must be positive, got " +
                                   llvm::Twine(int64_t(*channels)));
    if (!ShapedType::isDynamic(wO) && int64_t(*channels) != wO)
      return relError(loc, op,
                      "channels=" + llvm::Twine(int64_t(*channels)) +
                          " does not match the weight's " + llvm::Twine(wO) +
                          " output channels");
    wO = *channels;
  }
  if (!ShapedType::isDynamic(wO) && wO % groups != 0)
    return relError(loc, op, "output channels " + llvm::Twine(wO) +
                                 " are not divisible by groups " +
                                 llvm::Twine(groups));
  std::optional<ArrayRef<int64_t>> kernelSize =
      optionalArray(adaptor, adaptor.getKernelSizeAttr());
  if (kernelSize && mlir::failed(checkArity(loc, op, "kernel_size",
                                            *kernelSize, nsp)))
    return mlir::failure();
  Shape out(rank);
  out[(*dpos)[0]] = dshape[(*dpos)[0]];
  out[(*dpos)[1]] = wO;
  for (int64_t i = 0; i < nsp; ++i) {
    int64_t k = wshape[(*kpos)[2 + i]];
    if (kernelSize) {
      if (!ShapedType::isDynamic(k) && k != (*kernelSize)[i])
        return relError(loc, op,
                        "kernel_size " + shapeStr(*kernelSize) +
                            " does not match the weight " + shapeStr(wshape));
      k = (*kernelSize)[i];
    }
    int64_t in = dshape[(*dpos)[2 + i]];
    if (ShapedType::isDynamic(in) || ShapedType::isDynamic(k)) {
      out[(*dpos)[2 + i]] = kDyn;
      continue;
    }
    int64_t o = windowOutput(in, pads->first[i], pads->second[i], k,
                             strides[i], dilation[i], false);
    if (o <= 0)
      return relError(loc, op,
                      "the kernel " + shapeStr(wshape) +
                          " does not fit the padded input " +
                          shapeStr(dshape));
    out[(*dpos)[2 + i]] = o;
  }
  StringRef outLayout = adaptor.getDataLayout();
  if constexpr (requires { adaptor.getOutLayout(); }) {
    if (!adaptor.getOutLayout().empty() &&
        adaptor.getOutLayout() != adaptor.getDataLayout()) {
      Shape permuted;
      if (mlir::failed(layoutTransformShape(loc, op, out, outLayout,
                                            adaptor.getOutLayout(), permuted)))
        return mlir::failure();
      out = permuted;
    }
  }
  Type elem = dtypeOr(loc, op, data.getContext(), adaptor.getOutDtype(),
                      data.getElementType());
  if (!elem)
    return mlir::failure();
  return pushTensor(loc, op, out, elem, results);
}

template <typename Adaptor>
LogicalResult inferConvTranspose(OptLoc loc, StringRef name, Adaptor adaptor,
                                 SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto weight = tensorOperand(loc, op, adaptor.getWeight(), "weight");
  if (!data || !weight)
    return mlir::failure();
  int64_t rank = data.getRank(), nsp = rank - 2;
  if (nsp < 1 || nsp > 3 || weight.getRank() != rank)
    return relError(loc, op,
                    "expects data and weight of equal rank 4 or 5, got " +
                        shapeStr(data.getShape()) + " and " +
                        shapeStr(weight.getShape()));
  StringRef sp = spatialLetters(nsp);
  auto dpos = layoutPositions(loc, op, adaptor.getDataLayout(),
                              (llvm::Twine("NC") + sp).str(), "data_layout");
  auto kpos = layoutPositions(loc, op, adaptor.getKernelLayout(),
                              (llvm::Twine("OI") + sp).str(), "kernel_layout");
  if (!dpos || !kpos)
    return mlir::failure();
  ArrayRef<int64_t> strides = adaptor.getStrides();
  ArrayRef<int64_t> dilation = adaptor.getDilation();
  ArrayRef<int64_t> outputPadding = adaptor.getOutputPadding();
  if (mlir::failed(checkArity(loc, op, "strides", strides, nsp)) ||
      mlir::failed(checkArity(loc, op, "dilation", dilation, nsp)) ||
      mlir::failed(checkArity(loc, op, "output_padding", outputPadding, nsp,
                              /*positive=*/false)))
    return mlir::failure();
  auto pads = expandPadding(loc, op, adaptor.getPadding(), nsp);
  if (!pads)
    return mlir::failure();
  int64_t groups = adaptor.getGroups();
  if (groups < 1)
    return relError(loc, op, "groups must be positive");
  auto dshape = data.getShape();
  auto wshape = weight.getShape();
  // The first channel axis of the weight holds the input channels, the
  // second the output channels per group (see the op description).
  int64_t inAxis = std::min((*kpos)[0], (*kpos)[1]);
  int64_t outAxis = std::max((*kpos)[0], (*kpos)[1]);
  int64_t inC = dshape[(*dpos)[1]];
  if (!ShapedType::isDynamic(inC) && !ShapedType::isDynamic(wshape[inAxis]) &&
      inC != wshape[inAxis])
    return relError(loc, op, "data has " + llvm::Twine(inC) +
                                 " channels but the weight expects " +
                                 llvm::Twine(wshape[inAxis]));
  int64_t outC = ShapedType::isDynamic(wshape[outAxis])
                     ? kDyn
                     : wshape[outAxis] * groups;
  // As for the convolutions, `channels` and `kernel_size` must agree with the
  // weight. TVM 0.8's Conv2DTransposeRel/Conv3DTransposeRel, given both (as
  // the frontends give them), assign the weight the type
  // (in_channels, channels / groups, kernel_size...); given only one, they
  // assert it against the weight. We check the first form's condition,
  // channels == weight's output channels x groups (for groups = 1 both
  // forms agree).
  if (auto channels = adaptor.getChannels()) {
    int64_t c = *channels;
    if (c < 1)
      return relError(loc, op, "channels must be positive, got " +
                                   llvm::Twine(c));
    if (!ShapedType::isDynamic(outC) && c != outC) {
      std::string perGroup =
          groups > 1 ? " (" + std::to_string(wshape[outAxis]) +
                           " x groups " + std::to_string(groups) + ")"
                     : "";
      return relError(loc, op,
                      "channels=" + llvm::Twine(c) +
                          " does not match the weight's " +
                          llvm::Twine(outC) + " output channels" + perGroup);
    }
    outC = c;
  }
  std::optional<ArrayRef<int64_t>> kernelSize =
      optionalArray(adaptor, adaptor.getKernelSizeAttr());
  if (kernelSize && mlir::failed(checkArity(loc, op, "kernel_size",
                                            *kernelSize, nsp)))
    return mlir::failure();
  Shape out(rank);
  out[(*dpos)[0]] = dshape[(*dpos)[0]];
  out[(*dpos)[1]] = outC;
  for (int64_t i = 0; i < nsp; ++i) {
    int64_t in = dshape[(*dpos)[2 + i]];
    int64_t k = wshape[(*kpos)[2 + i]];
    if (kernelSize) {
      if (!ShapedType::isDynamic(k) && k != (*kernelSize)[i])
        return relError(loc, op,
                        "kernel_size " + shapeStr(*kernelSize) +
                            " does not match the weight " + shapeStr(wshape));
      k = (*kernelSize)[i];
    }
    if (ShapedType::isDynamic(in) || ShapedType::isDynamic(k)) {
      out[(*dpos)[2 + i]] = kDyn;
      continue;
    }
    int64_t o = (in - 1) * strides[i] - pads->first[i] - pads->second[i] +
                dilation[i] * (k - 1) + 1 + outputPadding[i];
    if (o <= 0)
      return relError(loc, op,
                      "the padding " + shapeStr(adaptor.getPadding()) +
                          " leaves no output for the input " +
                          shapeStr(dshape) + " and the weight " +
                          shapeStr(wshape) + " (output size " +
                          llvm::Twine(o) + ")");
    out[(*dpos)[2 + i]] = o;
  }
  Type elem = dtypeOr(loc, op, data.getContext(), adaptor.getOutDtype(),
                      data.getElementType());
  if (!elem)
    return mlir::failure();
  return pushTensor(loc, op, out, elem, results);
}

template <typename Adaptor>
LogicalResult inferPool(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  int64_t nsp = adaptor.getPoolSize().size();
  if (nsp < 1 || nsp > 3 || data.getRank() != nsp + 2)
    return relError(loc, op, "pool_size " + shapeStr(adaptor.getPoolSize()) +
                                 " does not fit data of shape " +
                                 shapeStr(data.getShape()));
  auto pos = layoutPositions(loc, op, adaptor.getLayout(),
                             (llvm::Twine("NC") + spatialLetters(nsp)).str(),
                             "layout");
  if (!pos)
    return mlir::failure();
  ArrayRef<int64_t> strides = adaptor.getStrides();
  ArrayRef<int64_t> dilation = adaptor.getDilation();
  if (mlir::failed(checkArity(loc, op, "strides", strides, nsp)) ||
      mlir::failed(checkArity(loc, op, "dilation", dilation, nsp)))
    return mlir::failure();
  auto pads = expandPadding(loc, op, adaptor.getPadding(), nsp);
  if (!pads)
    return mlir::failure();
  Shape out(data.getShape());
  for (int64_t i = 0; i < nsp; ++i) {
    int64_t &dim = out[(*pos)[2 + i]];
    if (ShapedType::isDynamic(dim))
      continue;
    dim = windowOutput(dim, pads->first[i], pads->second[i],
                       adaptor.getPoolSize()[i], strides[i], dilation[i],
                       adaptor.getCeilMode());
    if (dim <= 0)
      return relError(loc, op, "pool_size " +
                                   shapeStr(adaptor.getPoolSize()) +
                                   " does not fit the padded input " +
                                   shapeStr(data.getShape()));
  }
  return pushTensor(loc, op, out, data.getElementType(), results);
}

LogicalResult spatialResize(OptLoc loc, StringRef op, RankedTensorType data,
                            StringRef layout, ArrayRef<int64_t> hw,
                            SmallVectorImpl<Type> &results,
                            Type elementType = {});

template <typename Adaptor>
LogicalResult inferGlobalPool(OptLoc loc, StringRef name, Adaptor adaptor,
                              SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  int64_t one[] = {1, 1};
  return spatialResize(loc, op, data, adaptor.getLayout(), one, results);
}

template <typename Adaptor>
LogicalResult inferAdaptivePool(OptLoc loc, StringRef name, Adaptor adaptor,
                                SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  ArrayRef<int64_t> size = adaptor.getOutputSize();
  if (size.size() > 2)
    return relError(loc, op, "output_size takes at most 2 values, got " +
                                 shapeStr(size));
  if (llvm::any_of(size, [](int64_t v) { return v < 0; }))
    return relError(loc, op, "output_size " + shapeStr(size) +
                                 " has a negative value");
  // An empty output_size keeps H and W.
  if (size.empty())
    return spatialResize(loc, op, data, adaptor.getLayout(), {}, results);
  int64_t hw[2] = {size[0], size.size() == 2 ? size[1] : size[0]};
  return spatialResize(loc, op, data, adaptor.getLayout(), hw, results);
}

template <typename Adaptor>
LogicalResult inferUpSampling(OptLoc loc, StringRef name, Adaptor adaptor,
                              SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  auto pos = layoutPositions(loc, op, adaptor.getLayout(), "NCHW", "layout");
  if (!pos)
    return mlir::failure();
  if (data.getRank() != 4)
    return relError(loc, op, "expects a rank-4 input, got " +
                                 shapeStr(data.getShape()));
  double scaleH = adaptor.getScaleH().convertToDouble();
  double scaleW = adaptor.getScaleW().convertToDouble();
  if (!(scaleH > 0) || !(scaleW > 0)) {
    std::string got;
    llvm::raw_string_ostream os(got);
    os << llvm::format("%g and %g", scaleH, scaleW);
    return relError(loc, op,
                    "scale_h and scale_w must be positive, got " + got);
  }
  int64_t h = data.getDimSize((*pos)[2]), w = data.getDimSize((*pos)[3]);
  int64_t hw[2] = {
      ShapedType::isDynamic(h)
          ? kDyn
          : int64_t(std::llround(double(h) * adaptor.getScaleH().convertToDouble())),
      ShapedType::isDynamic(w)
          ? kDyn
          : int64_t(std::llround(double(w) * adaptor.getScaleW().convertToDouble()))};
  return spatialResize(loc, op, data, adaptor.getLayout(), hw, results);
}

template <typename Adaptor>
LogicalResult inferResize2D(OptLoc loc, StringRef name, Adaptor adaptor,
                            SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  if (adaptor.getSize().size() != 2)
    return relError(loc, op, "size takes 2 values, got " +
                                 shapeStr(adaptor.getSize()));
  if (llvm::any_of(adaptor.getSize(), [](int64_t v) { return v < 0; }))
    return relError(loc, op, "size " + shapeStr(adaptor.getSize()) +
                                 " has a negative value");
  Type elem = dtypeOr(loc, op, data.getContext(), adaptor.getOutDtype(),
                      data.getElementType());
  if (!elem)
    return mlir::failure();
  return spatialResize(loc, op, data, adaptor.getLayout(), adaptor.getSize(),
                       results, elem);
}

//===----------------------------------------------------------------------===//
// Dense, matmul, normalisation
//===----------------------------------------------------------------------===//

LogicalResult denseType(OptLoc loc, StringRef op, Value data, Value weight,
                        std::optional<int64_t> units, StringRef outDtype,
                        SmallVectorImpl<Type> &results);

template <typename Adaptor>
LogicalResult inferDense(OptLoc loc, StringRef name, Adaptor adaptor,
                         SmallVectorImpl<Type> &results) {
  std::optional<int64_t> units;
  if (auto u = adaptor.getUnits())
    units = int64_t(*u);
  return denseType(loc, relayName(name), adaptor.getData(),
                   adaptor.getWeight(), units, adaptor.getOutDtype(), results);
}

LogicalResult matmulType(OptLoc loc, StringRef op, Value a, Value b,
                         std::optional<int64_t> units, bool transposeA,
                         bool transposeB, bool batched, StringRef outDtype,
                         SmallVectorImpl<Type> &results);

template <typename Adaptor>
LogicalResult inferMatmul(OptLoc loc, StringRef name, Adaptor adaptor,
                          SmallVectorImpl<Type> &results) {
  std::optional<int64_t> units;
  if (auto u = adaptor.getUnits())
    units = int64_t(*u);
  return matmulType(loc, relayName(name), adaptor.getTensorA(),
                    adaptor.getTensorB(), units, adaptor.getTransposeA(),
                    adaptor.getTransposeB(), false, adaptor.getOutDtype(),
                    results);
}

template <typename Adaptor>
LogicalResult inferBatchMatmul(OptLoc loc, StringRef name, Adaptor adaptor,
                               SmallVectorImpl<Type> &results) {
  return matmulType(loc, relayName(name), adaptor.getTensorA(),
                    adaptor.getTensorB(), std::nullopt, adaptor.getTransposeA(),
                    adaptor.getTransposeB(), true, adaptor.getOutDtype(),
                    results);
}

/// Checks that each of `vectors` is a rank-1 tensor of data.shape[axis].
LogicalResult checkChannelVectors(OptLoc loc, StringRef op,
                                  RankedTensorType data, int64_t axis,
                                  ArrayRef<std::pair<StringRef, Value>> vectors);

template <typename Adaptor>
LogicalResult inferBiasAdd(OptLoc loc, StringRef name, Adaptor adaptor,
                           SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data || mlir::failed(checkChannelVectors(
                   loc, op, data, adaptor.getAxis(),
                   {{"bias", adaptor.getBias()}})))
    return mlir::failure();
  results.push_back(data);
  return mlir::success();
}

template <typename Adaptor>
LogicalResult inferPRelu(OptLoc loc, StringRef name, Adaptor adaptor,
                         SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data || mlir::failed(checkChannelVectors(
                   loc, op, data, adaptor.getAxis(),
                   {{"alpha", adaptor.getAlpha()}})))
    return mlir::failure();
  results.push_back(data);
  return mlir::success();
}

template <typename Adaptor>
LogicalResult inferNorm(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data || mlir::failed(checkChannelVectors(
                   loc, op, data, adaptor.getAxis(),
                   {{"gamma", adaptor.getGamma()}, {"beta", adaptor.getBeta()}})))
    return mlir::failure();
  results.push_back(data);
  return mlir::success();
}

template <typename Adaptor>
LogicalResult inferBatchNorm(OptLoc loc, StringRef name, Adaptor adaptor,
                             SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data ||
      mlir::failed(checkChannelVectors(
          loc, op, data, adaptor.getAxis(),
          {{"gamma", adaptor.getGamma()},
           {"beta", adaptor.getBeta()},
           {"moving_mean", adaptor.getMovingMean()},
           {"moving_var", adaptor.getMovingVar()}})))
    return mlir::failure();
  int64_t axis = *normAxis(loc, op, adaptor.getAxis(), data.getRank());
  auto vec = RankedTensorType::get({data.getDimSize(axis)},
                                   data.getElementType());
  results.push_back(mlir::TupleType::get(data.getContext(), {data, vec, vec}));
  return mlir::success();
}

template <typename Adaptor>
LogicalResult inferDropout(OptLoc loc, StringRef name, Adaptor adaptor,
                           SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  results.push_back(mlir::TupleType::get(data.getContext(), {data, data}));
  return mlir::success();
}

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

template <typename Adaptor>
LogicalResult inferPad(OptLoc loc, StringRef name, Adaptor adaptor,
                       SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto value = tensorOperand(loc, op, adaptor.getPadValue(), "pad_value");
  if (!data || !value)
    return mlir::failure();
  if (value.getRank() != 0)
    return relError(loc, op, "pad_value must be a scalar, got a tensor of "
                             "shape " + shapeStr(value.getShape()));
  mlir::ArrayAttr widths = adaptor.getPadWidth();
  if (int64_t(widths.size()) != data.getRank())
    return relError(loc, op, "pad_width has " + llvm::Twine(widths.size()) +
                                 " entries for an input of rank " +
                                 llvm::Twine(data.getRank()));
  StringRef mode = adaptor.getPadMode();
  if (mode != "constant" && mode != "edge" && mode != "reflect")
    return relError(loc, op, "pad_mode must be constant, edge or reflect, "
                             "got '" + mode + "'");
  Shape out(data.getShape());
  for (auto [i, width] : llvm::enumerate(widths)) {
    auto pair = mlir::cast<mlir::DenseI64ArrayAttr>(width).asArrayRef();
    if (pair.size() != 2 || pair[0] < 0 || pair[1] < 0)
      return relError(loc, op, "pad_width entry " + llvm::Twine(i) +
                                   " must be [before, after] with "
                                   "non-negative values, got " +
                                   shapeStr(pair));
    if (!ShapedType::isDynamic(out[i]))
      out[i] += pair[0] + pair[1];
  }
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferBatchFlatten(OptLoc loc, StringRef name, Adaptor adaptor,
                                SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  if (data.getRank() < 1)
    return relError(loc, op, "expects a tensor of rank at least 1");
  int64_t rest = 1;
  for (int64_t d : data.getShape().drop_front())
    rest = (ShapedType::isDynamic(d) || ShapedType::isDynamic(rest))
               ? kDyn
               : rest * d;
  return pushTensor(loc, op, {data.getDimSize(0), rest},
                    data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferReshape(OptLoc loc, StringRef name, Adaptor adaptor,
                           SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  Shape out;
  if (!data || mlir::failed(reshapeShape(loc, op, data.getShape(),
                                         adaptor.getNewshape(), out)))
    return mlir::failure();
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferReshapeLike(OptLoc loc, StringRef name, Adaptor adaptor,
                               SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto like = tensorOperand(loc, op, adaptor.getShapeLike(), "shape_like");
  if (!data || !like)
    return mlir::failure();
  if (data.hasStaticShape() && like.hasStaticShape() &&
      data.getNumElements() != like.getNumElements())
    return relError(loc, op, "cannot reshape " + shapeStr(data.getShape()) +
                                 " to " + shapeStr(like.getShape()));
  return pushTensor(loc, op, like.getShape(), data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferTranspose(OptLoc loc, StringRef name, Adaptor adaptor,
                             SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  int64_t rank = data.getRank();
  SmallVector<int64_t> perm;
  if (auto axes = optionalArray(adaptor, adaptor.getAxesAttr());
      axes && !axes->empty())
    perm.assign(axes->begin(), axes->end());
  else
    for (int64_t i = rank - 1; i >= 0; --i)
      perm.push_back(i);
  if (int64_t(perm.size()) != rank)
    return relError(loc, op, "axes " + shapeStr(perm) +
                                 " do not permute a tensor of rank " +
                                 llvm::Twine(rank));
  SmallVector<bool> seen(rank, false);
  Shape out;
  for (int64_t a : perm) {
    auto axis = normAxis(loc, op, a, rank, "axes");
    if (!axis)
      return mlir::failure();
    if (seen[*axis])
      return relError(loc, op, "axes " + shapeStr(perm) +
                                   " repeat axis " + llvm::Twine(*axis));
    seen[*axis] = true;
    out.push_back(data.getDimSize(*axis));
  }
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferExpandDims(OptLoc loc, StringRef name, Adaptor adaptor,
                              SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  int64_t rank = data.getRank();
  int64_t axis = adaptor.getAxis();
  int64_t count = adaptor.getNumNewaxis();
  if (axis < -rank - 1 || axis > rank)
    return relError(loc, op, "axis " + llvm::Twine(axis) +
                                 " is out of range for rank " +
                                 llvm::Twine(rank));
  if (count < 0)
    return relError(loc, op, "num_newaxis must be non-negative");
  int64_t pivot = axis < 0 ? rank + axis + 1 : axis;
  Shape out(data.getShape());
  out.insert(out.begin() + pivot, count, 1);
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferSqueeze(OptLoc loc, StringRef name, Adaptor adaptor,
                           SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  int64_t rank = data.getRank();
  SmallVector<bool> drop(rank, false);
  if (auto axes = optionalArray(adaptor, adaptor.getAxisAttr())) {
    for (int64_t a : *axes) {
      auto axis = normAxis(loc, op, a, rank);
      if (!axis)
        return mlir::failure();
      int64_t d = data.getDimSize(*axis);
      if (!ShapedType::isDynamic(d) && d != 1)
        return relError(loc, op, "cannot squeeze axis " + llvm::Twine(a) +
                                     " of size " + llvm::Twine(d));
      drop[*axis] = true;
    }
  } else {
    for (int64_t i = 0; i < rank; ++i)
      drop[i] = data.getDimSize(i) == 1;
  }
  Shape out;
  for (int64_t i = 0; i < rank; ++i)
    if (!drop[i])
      out.push_back(data.getDimSize(i));
  return pushTensor(loc, op, out, data.getElementType(), results);
}

LogicalResult joinTuple(OptLoc loc, StringRef op, Value tuple, int64_t axis,
                        bool stack, SmallVectorImpl<Type> &results);

template <typename Adaptor>
LogicalResult inferConcatenate(OptLoc loc, StringRef name, Adaptor adaptor,
                               SmallVectorImpl<Type> &results) {
  return joinTuple(loc, relayName(name), adaptor.getData(), adaptor.getAxis(),
                   false, results);
}

template <typename Adaptor>
LogicalResult inferStack(OptLoc loc, StringRef name, Adaptor adaptor,
                         SmallVectorImpl<Type> &results) {
  return joinTuple(loc, relayName(name), adaptor.getData(), adaptor.getAxis(),
                   true, results);
}

template <typename Adaptor>
LogicalResult inferSplit(OptLoc loc, StringRef name, Adaptor adaptor,
                         SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  SmallVector<Type> parts;
  if (!data || mlir::failed(splitTypes(loc, op, data,
                                       adaptor.getIndicesOrSections(),
                                       adaptor.getAxis(), parts)))
    return mlir::failure();
  results.push_back(mlir::TupleType::get(data.getContext(), parts));
  return mlir::success();
}

template <typename Adaptor>
LogicalResult inferStridedSlice(OptLoc loc, StringRef name, Adaptor adaptor,
                                SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  Shape out;
  if (!data ||
      mlir::failed(stridedSliceShape(
          loc, op, data.getShape(), adaptor.getBegin(), adaptor.getEnd(),
          optionalArray(adaptor, adaptor.getStridesAttr()),
          optionalArray(adaptor, adaptor.getAxesAttr()),
          adaptor.getSliceMode(), out)))
    return mlir::failure();
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferTake(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto indices = tensorOperand(loc, op, adaptor.getIndices(), "indices");
  if (!data || !indices)
    return mlir::failure();
  if (!indices.getElementType().isInteger())
    return relError(loc, op, "indices must be integers");
  StringRef mode = adaptor.getMode();
  if (mode != "clip" && mode != "wrap" && mode != "fast")
    return relError(loc, op, "mode must be clip, wrap or fast, got '" + mode +
                                 "'");
  if (!adaptor.getAxis()) {
    return pushTensor(loc, op, indices.getShape(), data.getElementType(),
                      results);
  }
  auto axis = normAxis(loc, op, int64_t(*adaptor.getAxis()), data.getRank());
  if (!axis)
    return mlir::failure();
  int64_t batchDims = adaptor.getBatchDims();
  if (batchDims < 0)
    batchDims += indices.getRank();
  if (batchDims < 0 || batchDims > *axis || batchDims > indices.getRank())
    return relError(loc, op, "batch_dims " +
                                 llvm::Twine(int64_t(adaptor.getBatchDims())) +
                                 " is out of range");
  Shape out(data.getShape().take_front(*axis));
  llvm::append_range(out, indices.getShape().drop_front(batchDims));
  llvm::append_range(out, data.getShape().drop_front(*axis + 1));
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferBroadcastTo(OptLoc loc, StringRef name, Adaptor adaptor,
                               SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  if (llvm::any_of(adaptor.getShape(), [](int64_t d) { return d < 0; }))
    return relError(loc, op, "shape " + shapeStr(adaptor.getShape()) +
                                 " has a negative dimension");
  auto shape = broadcastShapes(loc, op, data.getShape(), adaptor.getShape());
  if (!shape)
    return mlir::failure();
  if (ArrayRef<int64_t>(*shape) != adaptor.getShape())
    return relError(loc, op, "cannot broadcast " + shapeStr(data.getShape()) +
                                 " to " + shapeStr(adaptor.getShape()));
  return pushTensor(loc, op, *shape, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferTile(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  Shape shape(data.getShape());
  Shape reps(adaptor.getReps());
  while (shape.size() < reps.size())
    shape.insert(shape.begin(), 1);
  while (reps.size() < shape.size())
    reps.insert(reps.begin(), 1);
  for (auto [d, r] : llvm::zip(shape, reps)) {
    if (r < 1)
      return relError(loc, op, "reps must be positive, got " +
                                   shapeStr(adaptor.getReps()));
    d = ShapedType::isDynamic(d) ? kDyn : d * r;
  }
  return pushTensor(loc, op, shape, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferRepeat(OptLoc loc, StringRef name, Adaptor adaptor,
                          SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  auto axis = normAxis(loc, op, adaptor.getAxis(), data.getRank());
  if (!axis)
    return mlir::failure();
  int64_t repeats = adaptor.getRepeats();
  if (repeats < 1)
    return relError(loc, op, "repeats must be positive");
  Shape out(data.getShape());
  if (!ShapedType::isDynamic(out[*axis]))
    out[*axis] *= repeats;
  return pushTensor(loc, op, out, data.getElementType(), results);
}

template <typename Adaptor>
LogicalResult inferShapeOf(OptLoc loc, StringRef name, Adaptor adaptor,
                           SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  Type elem = dtypeOr(loc, op, data.getContext(), adaptor.getDtype(),
                      mlir::IntegerType::get(data.getContext(), 32), "dtype");
  if (!elem)
    return mlir::failure();
  return pushTensor(loc, op, {data.getRank()}, elem, results);
}

LogicalResult arangeType(OptLoc loc, StringRef op, Value start, Value stop,
                         Value step, StringRef dtype,
                         SmallVectorImpl<Type> &results);

template <typename Adaptor>
LogicalResult inferArange(OptLoc loc, StringRef name, Adaptor adaptor,
                          SmallVectorImpl<Type> &results) {
  return arangeType(loc, relayName(name), adaptor.getStart(),
                    adaptor.getStop(), adaptor.getStep(), adaptor.getDtype(),
                    results);
}

template <typename Adaptor>
LogicalResult inferFull(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto fill = tensorOperand(loc, op, adaptor.getFillValue(), "fill_value");
  if (!fill)
    return mlir::failure();
  if (fill.getRank() != 0)
    return relError(loc, op, "fill_value must be a scalar");
  Type elem = dtypeOr(loc, op, fill.getContext(), adaptor.getDtype(),
                      fill.getElementType(), "dtype");
  if (!elem)
    return mlir::failure();
  if (llvm::any_of(adaptor.getShape(), [](int64_t d) { return d < 0; }))
    return relError(loc, op, "shape " + shapeStr(adaptor.getShape()) +
                                 " has a negative dimension");
  return pushTensor(loc, op, adaptor.getShape(), elem, results);
}

template <typename Adaptor>
LogicalResult inferFill(OptLoc loc, StringRef name, Adaptor adaptor,
                        SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  mlir::MLIRContext *ctx = adaptor.getShapeAttr().getContext();
  Type elem = dtypeOr(loc, op, ctx, adaptor.getDtype(),
                      mlir::Float32Type::get(ctx), "dtype");
  if (!elem)
    return mlir::failure();
  for (int64_t d : adaptor.getShape())
    if (d < 0)
      return relError(loc, op, "shape " + shapeStr(adaptor.getShape()) +
                                   " has a negative dimension");
  return pushTensor(loc, op, adaptor.getShape(), elem, results);
}

template <typename Adaptor>
LogicalResult inferFullLike(OptLoc loc, StringRef name, Adaptor adaptor,
                            SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto fill = tensorOperand(loc, op, adaptor.getFillValue(), "fill_value");
  if (!data || !fill)
    return mlir::failure();
  if (fill.getRank() != 0)
    return relError(loc, op, "fill_value must be a scalar");
  results.push_back(data);
  return mlir::success();
}

template <typename Adaptor>
LogicalResult inferOneHot(OptLoc loc, StringRef name, Adaptor adaptor,
                          SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto indices = tensorOperand(loc, op, adaptor.getIndices(), "indices");
  auto on = tensorOperand(loc, op, adaptor.getOnValue(), "on_value");
  if (!indices || !on)
    return mlir::failure();
  int64_t rank = indices.getRank();
  int64_t axis = adaptor.getAxis();
  if (axis < -1 || axis > rank)
    return relError(loc, op, "axis " + llvm::Twine(axis) +
                                 " is out of range");
  // TVM's OneHotRel: CHECK_GT(depth, 0).
  int64_t depth = adaptor.getDepth();
  if (depth < 1)
    return relError(loc, op, "depth must be positive, got " +
                                 llvm::Twine(depth));
  Shape out(indices.getShape());
  out.insert(out.begin() + (axis == -1 ? rank : axis), adaptor.getDepth());
  Type elem = dtypeOr(loc, op, on.getContext(), adaptor.getDtype(),
                      on.getElementType(), "dtype");
  if (!elem)
    return mlir::failure();
  return pushTensor(loc, op, out, elem, results);
}

template <typename Adaptor>
LogicalResult inferGather(OptLoc loc, StringRef name, Adaptor adaptor,
                          SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  auto indices = tensorOperand(loc, op, adaptor.getIndices(), "indices");
  if (!data || !indices)
    return mlir::failure();
  if (data.getRank() != indices.getRank())
    return relError(loc, op, "data and indices must have the same rank");
  if (!normAxis(loc, op, adaptor.getAxis(), data.getRank()))
    return mlir::failure();
  return pushTensor(loc, op, indices.getShape(), data.getElementType(),
                    results);
}

template <typename Adaptor>
LogicalResult inferLayoutTransform(OptLoc loc, StringRef name, Adaptor adaptor,
                                   SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  Shape out;
  if (!data || mlir::failed(layoutTransformShape(
                   loc, op, data.getShape(), adaptor.getSrcLayout(),
                   adaptor.getDstLayout(), out)))
    return mlir::failure();
  return pushTensor(loc, op, out, data.getElementType(), results);
}

//===----------------------------------------------------------------------===//
// qnn and accelerator calls
//===----------------------------------------------------------------------===//

/// Checks a qnn op's `what` dtype against the Relay dtype names `allowed`
/// ("int8", "uint8", ...), reporting "<what> must be one of [...], got ...".
LogicalResult checkQnnDtype(OptLoc loc, StringRef op, StringRef what,
                            Type type, ArrayRef<StringRef> allowed);

/// The per-channel `axis` of qnn (re/de)quantize, checked as TVM's relations
/// do: a negative axis counts from the end (and means 0 for a scalar).
LogicalResult checkQnnAxis(OptLoc loc, StringRef op, int64_t axis,
                           int64_t rank);

/// TVM's RequantizeRel accepts int8/uint8/int32 inputs and outputs in 0.8,
/// and also int16 and int64 inputs and int16 outputs in later versions; we
/// accept the union so that no real model is rejected.
template <typename Adaptor>
LogicalResult inferQnnRequantize(OptLoc loc, StringRef name, Adaptor adaptor,
                                 SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  Type elem = dtypeOr(loc, op, data.getContext(), adaptor.getOutDtype(),
                      mlir::IntegerType::get(data.getContext(), 8));
  if (!elem ||
      mlir::failed(
          checkQnnDtype(loc, op, "input dtype", data.getElementType(),
                        {"int8", "uint8", "int16", "int32", "int64"})) ||
      mlir::failed(checkQnnDtype(loc, op, "out_dtype", elem,
                                 {"int8", "uint8", "int16", "int32"})) ||
      mlir::failed(checkQnnAxis(loc, op, adaptor.getAxis(), data.getRank())))
    return mlir::failure();
  return pushTensor(loc, op, data.getShape(), elem, results);
}

/// TVM's QuantizeRel: a float32 input, out_dtype int8, uint8 or int32.
template <typename Adaptor>
LogicalResult inferQnnQuantize(OptLoc loc, StringRef name, Adaptor adaptor,
                               SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data)
    return mlir::failure();
  Type elem = dtypeOr(loc, op, data.getContext(), adaptor.getOutDtype(),
                      mlir::IntegerType::get(data.getContext(), 8));
  if (!elem ||
      mlir::failed(checkQnnDtype(loc, op, "input dtype", data.getElementType(),
                                 {"float32"})) ||
      mlir::failed(checkQnnDtype(loc, op, "out_dtype", elem,
                                 {"int8", "uint8", "int32"})) ||
      mlir::failed(checkQnnAxis(loc, op, adaptor.getAxis(), data.getRank())))
    return mlir::failure();
  return pushTensor(loc, op, data.getShape(), elem, results);
}

/// TVM's DequantizeRel: an int8, uint8 or int32 input; the result is float32.
template <typename Adaptor>
LogicalResult inferQnnDequantize(OptLoc loc, StringRef name, Adaptor adaptor,
                                 SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  auto data = tensorOperand(loc, op, adaptor.getData(), "data");
  if (!data ||
      mlir::failed(checkQnnDtype(loc, op, "input dtype", data.getElementType(),
                                 {"int8", "uint8", "int32"})) ||
      mlir::failed(checkQnnAxis(loc, op, adaptor.getAxis(), data.getRank())))
    return mlir::failure();
  return pushTensor(loc, op, data.getShape(),
                    mlir::Float32Type::get(data.getContext()), results);
}

template <typename Adaptor>
LogicalResult inferAcceleratorCall(OptLoc loc, StringRef name, Adaptor adaptor,
                                   SmallVectorImpl<Type> &results) {
  StringRef op = relayName(name);
  mlir::MLIRContext *ctx = adaptor.getOutputShapeAttr().getContext();
  Type elem = dtypeOr(loc, op, ctx, adaptor.getOutputDtype(),
                      mlir::Float32Type::get(ctx), "output_dtype");
  if (!elem)
    return mlir::failure();
  for (int64_t d : adaptor.getOutputShape())
    if (d < 0)
      return relError(loc, op, "output_shape " +
                                   shapeStr(adaptor.getOutputShape()) +
                                   " has a negative dimension");
  return pushTensor(loc, op, adaptor.getOutputShape(), elem, results);
}

} // namespace flexmatch::relay

#endif // FLEXMATCH_LIB_DIALECT_RELAY_TYPERELATIONS_H
