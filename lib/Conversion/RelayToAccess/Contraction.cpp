//===- Contraction.cpp - Access forms of dense and convolutions -----------===//
//
// Glenside's forms: a dense layer is a dot product over the cartesian
// product of the rows of the data and of the weight; a convolution is a dot
// product over the cartesian product of the weight's filters and the
// windows of the padded data.
//
//===----------------------------------------------------------------------===//

#include "Forms.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"

using namespace mlir;

namespace flexmatch::forms {

Value buildDense(OpBuilder &b, Location loc, ValueRange operands,
                 DictionaryAttr attrs, Type resultType) {
  if (!allFloatTensors(operands, 2, resultType))
    return {};
  auto x = cast<RankedTensorType>(operands[0].getType());
  auto w = cast<RankedTensorType>(operands[1].getType());
  if (x.getRank() != 2 || w.getRank() != 2 ||
      x.getDimSize(1) != w.getDimSize(1) ||
      cast<RankedTensorType>(resultType).getShape() !=
          ArrayRef<int64_t>{x.getDimSize(0), w.getDimSize(0)})
    return {};
  // [N] x [O] of items [K] -> [N, O] of items [2, K] -> [N, O].
  Value rows = accessAt(b, loc, operands[0], 1);
  Value weightRows = accessAt(b, loc, operands[1], 1);
  Value product = ap::CartesianProductOp::create(b, loc, rows, weightRows);
  return toTensor(b, loc, compute(b, loc, ap::ComputeKind::DotProduct, product),
                  resultType);
}

namespace {

/// The convolution of `rank` spatial dims shared by conv1d and conv2d;
/// `dataLetters` and `kernelLayout` spell the canonical layouts (NCW/OIW,
/// NCHW/OIHW) that the form is written in.
template <typename ConvOp>
Value buildConv(OpBuilder &b, Location loc, ValueRange operands,
                DictionaryAttr attrs, Type resultType, unsigned rank,
                StringRef dataCanonical, StringRef kernelCanonical) {
  if (!allFloatTensors(operands, 2, resultType))
    return {};
  auto conv = withDefaults<ConvOp>(b.getContext(), operands, attrs);
  if (conv.getGroups() != 1 ||
      llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; }))
    return {};
  ArrayRef<int64_t> strides = conv.getStrides();
  if (strides.size() != rank ||
      llvm::any_of(strides, [](int64_t s) { return s < 1; }))
    return {};
  auto padding = spatialPadding(conv.getPadding(), rank);
  StringRef outLayout = conv.getDataLayout();
  if (auto out = conv.getAttributes().template getAs<StringAttr>("out_layout");
      out && !out.getValue().empty())
    outLayout = out.getValue();
  auto dataPerm = layoutPermutation(conv.getDataLayout(), dataCanonical);
  auto kernelPerm = layoutPermutation(conv.getKernelLayout(), kernelCanonical);
  auto outPerm = layoutPermutation(dataCanonical, outLayout);
  if (!padding || !dataPerm || !kernelPerm || !outPerm)
    return {};

  auto dataType = cast<RankedTensorType>(operands[0].getType());
  auto kernelType = cast<RankedTensorType>(operands[1].getType());
  if (dataType.getRank() != rank + 2 || kernelType.getRank() != rank + 2)
    return {};
  SmallVector<int64_t> data, kernel;
  for (int64_t p : *dataPerm)
    data.push_back(dataType.getDimSize(p));
  for (int64_t p : *kernelPerm)
    kernel.push_back(kernelType.getDimSize(p));
  if (data[1] != kernel[1])
    return {};
  // The result in the canonical layout: [N, O, out...].
  SmallVector<int64_t> result{data[0], kernel[0]};
  for (unsigned i = 0; i < rank; ++i) {
    int64_t padded = data[2 + i] + padding->first[i] + padding->second[i];
    if (padded < kernel[2 + i])
      return {};
    result.push_back((padded - kernel[2 + i]) / strides[i] + 1);
  }
  SmallVector<int64_t> expected;
  for (int64_t p : *outPerm)
    expected.push_back(result[p]);
  if (cast<RankedTensorType>(resultType).getShape() != ArrayRef(expected))
    return {};

  // [] of [N, C, spatial...], padded -> [N] of [C, padded...] -> windows
  // [N, 1, out...] of [C, k...].
  Value x = transpose(b, loc, accessTensor(b, loc, operands[0]), *dataPerm);
  for (unsigned i = 0; i < rank; ++i)
    x = pad(b, loc, x, ap::PadType::Zero, 2 + i, padding->first[i],
            padding->second[i]);
  x = reaccess(b, loc, x, 1);
  SmallVector<int64_t> window{data[1]}, windowStrides{1};
  for (unsigned i = 0; i < rank; ++i) {
    window.push_back(kernel[2 + i]);
    windowStrides.push_back(strides[i]);
  }
  Value windows =
      ap::WindowsOp::create(b, loc, x, b.getDenseI64ArrayAttr(window),
                            b.getDenseI64ArrayAttr(windowStrides));
  // [O] of [C, k...] against the windows: [O, N, 1, out...] of
  // [2, C, k...], dot products [O, N, 1, out...], squeezed [O, N, out...].
  Value w = reaccess(
      b, loc, transpose(b, loc, accessTensor(b, loc, operands[1]), *kernelPerm),
      1);
  Value product = ap::CartesianProductOp::create(b, loc, w, windows);
  Value dots = compute(b, loc, ap::ComputeKind::DotProduct, product);
  Value squeezed = ap::SqueezeOp::create(b, loc, dots, 2);
  // [O, N, out...] to the output layout: N and C (O) swap places.
  SmallVector<int64_t> toOut;
  for (int64_t p : *outPerm)
    toOut.push_back(p == 0 ? 1 : p == 1 ? 0 : p);
  return toTensor(b, loc, transpose(b, loc, squeezed, toOut), resultType);
}

} // namespace

Value buildConv1D(OpBuilder &b, Location loc, ValueRange operands,
                  DictionaryAttr attrs, Type resultType) {
  return buildConv<relay::Conv1DOp>(b, loc, operands, attrs, resultType, 1,
                                    "NCW", "OIW");
}

Value buildConv2D(OpBuilder &b, Location loc, ValueRange operands,
                  DictionaryAttr attrs, Type resultType) {
  return buildConv<relay::Conv2DOp>(b, loc, operands, attrs, resultType, 2,
                                    "NCHW", "OIHW");
}

} // namespace flexmatch::forms
