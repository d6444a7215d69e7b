//===- TypeRelations.cpp - Shape arithmetic of Relay's relations ----------===//
//
// The attribute-independent parts of the type relations declared in
// TypeRelations.h: broadcasting, layouts, padding, reshape's special values,
// strided_slice, split, reductions.
//
//===----------------------------------------------------------------------===//

#include "TypeRelations.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace flexmatch::relay {

StringRef relayName(StringRef opName) {
  opName.consume_front("relay.");
  return opName;
}

LogicalResult relError(OptLoc loc, StringRef op, const llvm::Twine &message) {
  return emitOptionalError(loc, op, ": ", message);
}

std::string shapeStr(ArrayRef<int64_t> shape) {
  std::string text = "(";
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(shape, os, [&](int64_t d) {
    if (ShapedType::isDynamic(d))
      os << "?";
    else
      os << d;
  });
  os << ")";
  return text;
}

RankedTensorType tensorOperand(OptLoc loc, StringRef op, Value v,
                               StringRef what) {
  if (!v) {
    (void)relError(loc, op, llvm::Twine("missing operand '") + what + "'");
    return {};
  }
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type) {
    std::string typeText;
    llvm::raw_string_ostream os(typeText);
    os << v.getType();
    (void)relError(loc, op, llvm::Twine("operand '") + what +
                                "' must be a tensor, got " + typeText);
  }
  return type;
}

std::optional<int64_t> normAxis(OptLoc loc, StringRef op, int64_t axis,
                                int64_t rank, StringRef what) {
  if (axis < -rank || axis >= rank) {
    (void)relError(loc, op, what + " " + llvm::Twine(axis) +
                                " is out of range for a tensor of rank " +
                                llvm::Twine(rank));
    return std::nullopt;
  }
  return axis < 0 ? axis + rank : axis;
}

RankedTensorType tensorResult(OptLoc loc, StringRef op, ArrayRef<int64_t> shape,
                              Type elementType) {
  if (llvm::any_of(shape, [](int64_t d) {
        return d < 0 && !ShapedType::isDynamic(d);
      })) {
    (void)relError(loc, op, "result shape " + shapeStr(shape) +
                                " has a negative dimension");
    return {};
  }
  return RankedTensorType::get(shape, elementType);
}

LogicalResult pushTensor(OptLoc loc, StringRef op, ArrayRef<int64_t> shape,
                         Type elementType, SmallVectorImpl<Type> &results) {
  auto type = tensorResult(loc, op, shape, elementType);
  if (!type)
    return failure();
  results.push_back(type);
  return success();
}

std::optional<Shape> broadcastShapes(OptLoc loc, StringRef op,
                                     ArrayRef<int64_t> a,
                                     ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  Shape out(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (da == 1)
      out[i] = db;
    else if (db == 1)
      out[i] = da;
    else if (ShapedType::isDynamic(da))
      out[i] = db;
    else if (ShapedType::isDynamic(db) || da == db)
      out[i] = da;
    else {
      (void)relError(loc, op, "shapes " + shapeStr(a) + " and " +
                                  shapeStr(b) + " are not broadcastable");
      return std::nullopt;
    }
  }
  return out;
}

LogicalResult broadcastOperands(OptLoc loc, StringRef op, Value lhs, Value rhs,
                                bool compare, SmallVectorImpl<Type> &results) {
  auto a = tensorOperand(loc, op, lhs, "lhs");
  auto b = tensorOperand(loc, op, rhs, "rhs");
  if (!a || !b)
    return failure();
  if (a.getElementType() != b.getElementType())
    return relError(loc, op, "operands have different dtypes " +
                                 printDType(a.getElementType()) + " and " +
                                 printDType(b.getElementType()));
  auto shape = broadcastShapes(loc, op, a.getShape(), b.getShape());
  if (!shape)
    return failure();
  Type elem = compare ? IntegerType::get(a.getContext(), 1)
                      : a.getElementType();
  return pushTensor(loc, op, *shape, elem, results);
}

Type dtypeOr(OptLoc loc, StringRef op, MLIRContext *ctx, StringRef dtype,
             Type fallback, StringRef attrName) {
  if (dtype.empty())
    return fallback;
  Type type = parseDType(ctx, dtype);
  if (!type)
    (void)relError(loc, op, attrName + " '" + dtype +
                                "' is not a Relay dtype");
  return type;
}

std::optional<SmallVector<int64_t>> layoutPositions(OptLoc loc, StringRef op,
                                                    StringRef layout,
                                                    StringRef letters,
                                                    StringRef attrName) {
  SmallVector<int64_t> positions;
  bool valid = layout.size() == letters.size();
  for (char c : letters) {
    size_t pos = layout.find(c);
    valid = valid && pos != StringRef::npos;
    positions.push_back(int64_t(pos));
  }
  if (!valid) {
    (void)relError(loc, op, attrName + " '" + layout +
                                "' is not a permutation of " + letters);
    return std::nullopt;
  }
  return positions;
}

std::optional<std::pair<Shape, Shape>>
expandPadding(OptLoc loc, StringRef op, ArrayRef<int64_t> padding,
              int64_t spatialRank) {
  Shape begin, end;
  if (padding.size() == 1) {
    begin.assign(spatialRank, padding[0]);
    end.assign(spatialRank, padding[0]);
  } else if (int64_t(padding.size()) == spatialRank) {
    begin.assign(padding.begin(), padding.end());
    end = begin;
  } else if (int64_t(padding.size()) == 2 * spatialRank) {
    begin.assign(padding.begin(), padding.begin() + spatialRank);
    end.assign(padding.begin() + spatialRank, padding.end());
  } else {
    (void)relError(loc, op, "padding " + shapeStr(padding) + " must have 1, " +
                                llvm::Twine(spatialRank) + " or " +
                                llvm::Twine(2 * spatialRank) + " values");
    return std::nullopt;
  }
  for (int64_t p : padding)
    if (p < 0) {
      (void)relError(loc, op, "padding " + shapeStr(padding) +
                                  " has a negative value");
      return std::nullopt;
    }
  return std::make_pair(begin, end);
}

int64_t windowOutput(int64_t in, int64_t padBegin, int64_t padEnd,
                     int64_t kernel, int64_t stride, int64_t dilation,
                     bool ceil) {
  int64_t dilated = (kernel - 1) * dilation + 1;
  int64_t span = in + padBegin + padEnd - dilated;
  if (span < 0)
    return 0;
  return (span + (ceil ? stride - 1 : 0)) / stride + 1;
}

LogicalResult checkArity(OptLoc loc, StringRef op, StringRef attr,
                         ArrayRef<int64_t> values, int64_t expected,
                         bool positive) {
  if (int64_t(values.size()) != expected)
    return relError(loc, op, attr + " " + shapeStr(values) + " must have " +
                                 llvm::Twine(expected) + " values");
  for (int64_t v : values)
    if (positive ? v < 1 : v < 0)
      return relError(loc, op, attr + " " + shapeStr(values) + " must be " +
                                   (positive ? "positive" : "non-negative"));
  return success();
}

StringRef spatialLetters(int64_t spatialRank) {
  return StringRef("DHW").take_back(spatialRank);
}

LogicalResult spatialResize(OptLoc loc, StringRef op, RankedTensorType data,
                            StringRef layout, ArrayRef<int64_t> hw,
                            SmallVectorImpl<Type> &results, Type elementType) {
  if (data.getRank() != 4)
    return relError(loc, op, "expects a rank-4 input, got " +
                                 shapeStr(data.getShape()));
  auto pos = layoutPositions(loc, op, layout, "NCHW", "layout");
  if (!pos)
    return failure();
  Shape out(data.getShape());
  if (!hw.empty()) {
    out[(*pos)[2]] = hw[0];
    out[(*pos)[3]] = hw[1];
  }
  return pushTensor(loc, op, out,
                    elementType ? elementType : data.getElementType(), results);
}

LogicalResult denseType(OptLoc loc, StringRef op, Value dataValue,
                        Value weightValue, std::optional<int64_t> units,
                        StringRef outDtype, SmallVectorImpl<Type> &results) {
  auto data = tensorOperand(loc, op, dataValue, "data");
  auto weight = tensorOperand(loc, op, weightValue, "weight");
  if (!data || !weight)
    return failure();
  if (data.getRank() < 1 || weight.getRank() != 2)
    return relError(loc, op, "expects data of rank >= 1 and a rank-2 weight, "
                             "got " + shapeStr(data.getShape()) + " and " +
                                 shapeStr(weight.getShape()));
  int64_t k = data.getShape().back();
  int64_t wk = weight.getDimSize(1);
  if (!ShapedType::isDynamic(k) && !ShapedType::isDynamic(wk) && k != wk)
    return relError(loc, op, "reduction dimensions differ: data " +
                                 shapeStr(data.getShape()) + " and weight " +
                                 shapeStr(weight.getShape()));
  int64_t n = weight.getDimSize(0);
  if (units) {
    if (*units < 1)
      return relError(loc, op, "units must be positive, got " +
                                   llvm::Twine(*units));
    if (!ShapedType::isDynamic(n) && n != *units)
      return relError(loc, op, "units=" + llvm::Twine(*units) +
                                   " does not match the weight " +
                                   shapeStr(weight.getShape()));
    n = *units;
  }
  Shape out(data.getShape().drop_back());
  out.push_back(n);
  Type elem =
      dtypeOr(loc, op, data.getContext(), outDtype, data.getElementType());
  if (!elem)
    return failure();
  return pushTensor(loc, op, out, elem, results);
}

/// nn.matmul follows TVM's MatmulRel (nn.h, TVM 0.8): tensor_a may have any
/// rank >= 1 (>= 2 with transpose_a, which swaps its last two axes); the
/// result keeps tensor_a's shape with the last axis replaced by the output
/// columns. tensor_b must be rank 2. When `units` is given, the result has
/// `units` columns and tensor_b must be (reduce, units), or (units, reduce)
/// with transpose_b.
static LogicalResult nnMatmulType(OptLoc loc, StringRef op, RankedTensorType a,
                                  RankedTensorType b,
                                  std::optional<int64_t> units, bool transposeA,
                                  bool transposeB, StringRef outDtype,
                                  SmallVectorImpl<Type> &results) {
  if (a.getRank() < (transposeA ? 2 : 1) || b.getRank() != 2)
    return relError(loc, op,
                    "expects tensor_a of rank >= " +
                        llvm::Twine(transposeA ? 2 : 1) +
                        (transposeA ? " (transpose_a)" : "") +
                        " and a rank-2 tensor_b, got " +
                        shapeStr(a.getShape()) + " and " +
                        shapeStr(b.getShape()));
  ArrayRef<int64_t> as = a.getShape();
  int64_t rank = a.getRank();
  Shape out(as);
  int64_t reduce = as[rank - 1];
  if (transposeA) {
    reduce = as[rank - 2];
    out[rank - 2] = as[rank - 1];
  }
  int64_t kb = transposeB ? b.getDimSize(1) : b.getDimSize(0);
  int64_t n = transposeB ? b.getDimSize(0) : b.getDimSize(1);
  auto compatible = [](int64_t x, int64_t y) {
    return ShapedType::isDynamic(x) || ShapedType::isDynamic(y) || x == y;
  };
  if (!compatible(reduce, kb))
    return relError(loc, op, "reduction dimensions differ: " +
                                 shapeStr(a.getShape()) + " and " +
                                 shapeStr(b.getShape()) +
                                 (transposeA ? " (a transposed)" : "") +
                                 (transposeB ? " (b transposed)" : ""));
  if (units) {
    if (*units < 1)
      return relError(loc, op, "units must be positive, got " +
                                   llvm::Twine(*units));
    // TVM assigns tensor_b the type (reduce, units) (transposed with
    // transpose_b): a tensor_b of any other column count is an error.
    if (!compatible(n, *units))
      return relError(loc, op, "units=" + llvm::Twine(*units) +
                                   " does not match tensor_b " +
                                   shapeStr(b.getShape()) +
                                   (transposeB ? " (b transposed)" : ""));
    n = *units;
  }
  out[rank - 1] = n;
  Type elem = dtypeOr(loc, op, a.getContext(), outDtype, a.getElementType());
  if (!elem)
    return failure();
  return pushTensor(loc, op, out, elem, results);
}

LogicalResult matmulType(OptLoc loc, StringRef op, Value aValue, Value bValue,
                         std::optional<int64_t> units, bool transposeA,
                         bool transposeB, bool batched, StringRef outDtype,
                         SmallVectorImpl<Type> &results) {
  auto a = tensorOperand(loc, op, aValue, "tensor_a");
  auto b = tensorOperand(loc, op, bValue, "tensor_b");
  if (!a || !b)
    return failure();
  if (!batched)
    return nnMatmulType(loc, op, a, b, units, transposeA, transposeB,
                        outDtype, results);
  if (a.getRank() != 3 || b.getRank() != 3)
    return relError(loc, op, "expects two rank-3 tensors, got " +
                                 shapeStr(a.getShape()) + " and " +
                                 shapeStr(b.getShape()));
  auto as = a.getShape().take_back(2), bs = b.getShape().take_back(2);
  int64_t m = transposeA ? as[1] : as[0];
  int64_t ka = transposeA ? as[0] : as[1];
  int64_t kb = transposeB ? bs[1] : bs[0];
  int64_t n = transposeB ? bs[0] : bs[1];
  if (!ShapedType::isDynamic(ka) && !ShapedType::isDynamic(kb) && ka != kb)
    return relError(loc, op, "reduction dimensions differ: " +
                                 shapeStr(a.getShape()) + " and " +
                                 shapeStr(b.getShape()) +
                                 (transposeA ? " (a transposed)" : "") +
                                 (transposeB ? " (b transposed)" : ""));
  auto batch = broadcastShapes(loc, op, a.getShape().take_front(),
                               b.getShape().take_front());
  if (!batch)
    return failure();
  Shape out{(*batch)[0], m, n};
  Type elem = dtypeOr(loc, op, a.getContext(), outDtype, a.getElementType());
  if (!elem)
    return failure();
  return pushTensor(loc, op, out, elem, results);
}

LogicalResult
checkChannelVectors(OptLoc loc, StringRef op, RankedTensorType data,
                    int64_t axis,
                    ArrayRef<std::pair<StringRef, Value>> vectors) {
  auto norm = normAxis(loc, op, axis, data.getRank());
  if (!norm)
    return failure();
  int64_t channels = data.getDimSize(*norm);
  for (auto [name, value] : vectors) {
    auto type = tensorOperand(loc, op, value, name);
    if (!type)
      return failure();
    if (type.getRank() != 1 ||
        (!ShapedType::isDynamic(type.getDimSize(0)) &&
         !ShapedType::isDynamic(channels) && type.getDimSize(0) != channels))
      return relError(loc, op, name + " must have shape (" +
                                   llvm::Twine(channels) +
                                   ") to match axis " + llvm::Twine(axis) +
                                   " of " + shapeStr(data.getShape()) +
                                   ", got " + shapeStr(type.getShape()));
  }
  return success();
}

LogicalResult reduceShape(OptLoc loc, StringRef op, RankedTensorType data,
                          std::optional<ArrayRef<int64_t>> axis, bool keepdims,
                          bool exclude, Shape &out) {
  int64_t rank = data.getRank();
  SmallVector<bool> reduced(rank, !axis.has_value());
  if (axis) {
    for (int64_t a : *axis) {
      auto norm = normAxis(loc, op, a, rank);
      if (!norm)
        return failure();
      if (reduced[*norm])
        return relError(loc, op, "axis " + shapeStr(*axis) +
                                     " repeats an axis");
      reduced[*norm] = true;
    }
    if (exclude)
      for (auto &r : reduced)
        r = !r;
  }
  for (int64_t i = 0; i < rank; ++i) {
    if (!reduced[i])
      out.push_back(data.getDimSize(i));
    else if (keepdims)
      out.push_back(1);
  }
  return success();
}

LogicalResult reshapeShape(OptLoc loc, StringRef op, ArrayRef<int64_t> in,
                           ArrayRef<int64_t> newshape, Shape &out) {
  auto fail = [&](const llvm::Twine &why) {
    return relError(loc, op, "cannot reshape " + shapeStr(in) + " to " +
                                 shapeStr(newshape) + ": " + why);
  };
  size_t src = 0;
  std::optional<size_t> inferred;
  auto inputDim = [&](size_t i) -> std::optional<int64_t> {
    if (i >= in.size())
      return std::nullopt;
    return in[i];
  };
  for (size_t i = 0; i < newshape.size(); ++i) {
    int64_t v = newshape[i];
    if (v > 0) {
      out.push_back(v);
      ++src;
    } else if (v == 0) {
      auto d = inputDim(src++);
      if (!d)
        return fail("0 refers past the input's rank");
      out.push_back(*d);
    } else if (v == -1) {
      if (inferred)
        return fail("more than one -1");
      inferred = out.size();
      out.push_back(1);
      ++src;
    } else if (v == -2) {
      while (src < in.size())
        out.push_back(in[src++]);
    } else if (v == -3) {
      auto d0 = inputDim(src), d1 = inputDim(src + 1);
      if (!d0 || !d1)
        return fail("-3 needs two more input dimensions");
      out.push_back(ShapedType::isDynamic(*d0) || ShapedType::isDynamic(*d1)
                        ? kDyn
                        : *d0 * *d1);
      src += 2;
    } else if (v == -4) {
      auto d0 = inputDim(src++);
      if (!d0 || i + 2 >= newshape.size())
        return fail("-4 needs an input dimension and two values after it");
      int64_t d1 = newshape[++i], d2 = newshape[++i];
      if (d1 == -1 && d2 == -1)
        return fail("-4 with two -1 values");
      if (!ShapedType::isDynamic(*d0)) {
        if (d1 == -1 && d2 > 0)
          d1 = *d0 / d2;
        if (d2 == -1 && d1 > 0)
          d2 = *d0 / d1;
        if (d1 <= 0 || d2 <= 0 || d1 * d2 != *d0)
          return fail("-4 does not split the dimension evenly");
      } else {
        // The input dim is unknown: the two values must be sizes or -1 (TVM
        // would copy anything else, e.g. -2, into the result shape).
        if ((d1 != -1 && d1 <= 0) || (d2 != -1 && d2 <= 0))
          return fail("-4 must be followed by positive values or -1");
        d1 = d1 == -1 ? kDyn : d1;
        d2 = d2 == -1 ? kDyn : d2;
      }
      out.push_back(d1);
      out.push_back(d2);
    } else {
      return fail("invalid value " + llvm::Twine(v));
    }
  }
  bool staticIn = llvm::none_of(in, ShapedType::isDynamic);
  int64_t total = 1;
  for (int64_t d : in)
    total = ShapedType::isDynamic(d) ? total : total * d;
  if (inferred) {
    int64_t known = 1;
    bool dynamicOut = false;
    for (size_t i = 0; i < out.size(); ++i)
      if (i != *inferred) {
        if (ShapedType::isDynamic(out[i]))
          dynamicOut = true;
        else
          known *= out[i];
      }
    if (!staticIn || dynamicOut)
      out[*inferred] = kDyn;
    else if (known == 0 || total % known != 0)
      return fail("-1 cannot be inferred");
    else
      out[*inferred] = total / known;
  }
  if (staticIn && llvm::none_of(out, ShapedType::isDynamic)) {
    int64_t outTotal = 1;
    for (int64_t d : out)
      outTotal *= d;
    if (outTotal != total)
      return fail("element counts differ (" + llvm::Twine(total) + " vs " +
                  llvm::Twine(outTotal) + ")");
  }
  return success();
}

LogicalResult stridedSliceShape(OptLoc loc, StringRef op, ArrayRef<int64_t> in,
                                ArrayRef<int64_t> begin, ArrayRef<int64_t> end,
                                std::optional<ArrayRef<int64_t>> strides,
                                std::optional<ArrayRef<int64_t>> axes,
                                StringRef sliceMode, Shape &out) {
  int64_t rank = in.size();
  if (sliceMode != "end" && sliceMode != "size")
    return relError(loc, op, "slice_mode must be \"end\" or \"size\", got \"" +
                                 sliceMode + "\"");
  SmallVector<int64_t> sliced;
  if (axes) {
    for (int64_t a : *axes) {
      auto norm = normAxis(loc, op, a, rank, "axes");
      if (!norm)
        return failure();
      sliced.push_back(*norm);
    }
    if (begin.size() != sliced.size() || end.size() != sliced.size())
      return relError(loc, op, "begin, end and axes must have equal lengths");
  } else {
    if (int64_t(begin.size()) > rank || int64_t(end.size()) > rank)
      return relError(loc, op, "begin " + shapeStr(begin) + " or end " +
                                   shapeStr(end) +
                                   " is longer than the rank " +
                                   llvm::Twine(rank));
    for (int64_t i = 0; i < rank; ++i)
      sliced.push_back(i);
  }
  out.assign(in.begin(), in.end());
  for (auto [k, axis] : llvm::enumerate(sliced)) {
    // TVM's StridedSliceRel (0.7 through 0.9 alike) pads `strides` with 1:
    // the k-th stride applies to the k-th sliced axis only, so a one-element
    // `strides` (the Python API's default [1]) strides just the first axis.
    // (With `axes`, TVM requires one stride per axis; we pad there too.)
    int64_t stride = 1;
    if (strides && k < strides->size())
      stride = (*strides)[k];
    if (sliceMode == "size")
      stride = 1;
    if (stride == 0)
      return relError(loc, op, "strides must not be zero");
    int64_t dim = in[axis];
    bool hasBegin = k < begin.size(), hasEnd = k < end.size();
    if (ShapedType::isDynamic(dim)) {
      if (sliceMode == "size" && hasEnd && end[k] >= 0)
        out[axis] = end[k];
      else
        out[axis] = kDyn;
      continue;
    }
    int64_t b, e;
    if (stride > 0) {
      b = hasBegin ? begin[k] : 0;
      if (b < 0)
        b += dim;
      b = std::clamp<int64_t>(b, 0, dim);
      if (sliceMode == "size") {
        int64_t size = hasEnd ? end[k] : -1;
        e = size < 0 ? dim : std::min(dim, b + size);
      } else {
        e = hasEnd ? end[k] : dim;
        if (e < 0)
          e += dim;
        e = std::clamp<int64_t>(e, 0, dim);
      }
      out[axis] = e > b ? (e - b + stride - 1) / stride : 0;
    } else {
      b = hasBegin ? begin[k] : dim - 1;
      if (b < 0)
        b += dim;
      b = std::clamp<int64_t>(b, -1, dim - 1);
      e = hasEnd ? end[k] : -1 - dim;
      if (e < -dim)
        e = -1;
      else if (e < 0)
        e += dim;
      e = std::clamp<int64_t>(e, -1, dim - 1);
      out[axis] = b > e ? (b - e + (-stride) - 1) / (-stride) : 0;
    }
  }
  return success();
}

LogicalResult splitTypes(OptLoc loc, StringRef op, RankedTensorType data,
                         Attribute indicesOrSections, int64_t axisAttr,
                         SmallVectorImpl<Type> &parts) {
  auto axis = normAxis(loc, op, axisAttr, data.getRank());
  if (!axis)
    return failure();
  int64_t dim = data.getDimSize(*axis);
  auto part = [&](int64_t size) {
    Shape shape(data.getShape());
    shape[*axis] = size;
    return pushTensor(loc, op, shape, data.getElementType(), parts);
  };
  if (auto sections = dyn_cast<IntegerAttr>(indicesOrSections)) {
    int64_t n = sections.getInt();
    if (n < 1)
      return relError(loc, op, "indices_or_sections must be positive");
    if (!ShapedType::isDynamic(dim) && dim % n != 0)
      return relError(loc, op, "cannot split axis of size " +
                                   llvm::Twine(dim) + " into " +
                                   llvm::Twine(n) + " equal parts");
    for (int64_t i = 0; i < n; ++i)
      if (failed(part(ShapedType::isDynamic(dim) ? kDyn : dim / n)))
        return failure();
    return success();
  }
  auto indices = cast<DenseI64ArrayAttr>(indicesOrSections).asArrayRef();
  int64_t previous = 0;
  for (int64_t index : indices) {
    if (index < previous ||
        (!ShapedType::isDynamic(dim) && index > dim))
      return relError(loc, op, "split indices " + shapeStr(indices) +
                                   " must ascend within the axis size " +
                                   llvm::Twine(dim));
    if (failed(part(index - previous)))
      return failure();
    previous = index;
  }
  return part(ShapedType::isDynamic(dim) ? kDyn : dim - previous);
}

LogicalResult layoutTransformShape(OptLoc loc, StringRef op,
                                   ArrayRef<int64_t> in, StringRef src,
                                   StringRef dst, Shape &out) {
  if (int64_t(src.size()) != int64_t(in.size()) || src.size() != dst.size())
    return relError(loc, op, "layouts '" + src + "' and '" + dst +
                                 "' do not fit a tensor of rank " +
                                 llvm::Twine(in.size()));
  out.clear();
  for (char c : dst) {
    if (!llvm::isUpper(c))
      return relError(loc, op, "layout '" + dst +
                                   "' splits an axis; only permutations of "
                                   "the same axes are supported");
    size_t pos = src.find(c);
    if (pos == StringRef::npos)
      return relError(loc, op, "layout '" + dst + "' is not a permutation "
                                                  "of '" + src + "'");
    out.push_back(in[pos]);
  }
  return success();
}

LogicalResult joinTuple(OptLoc loc, StringRef op, Value tuple, int64_t axisAttr,
                        bool stack, SmallVectorImpl<Type> &results) {
  auto tupleType = dyn_cast<TupleType>(tuple.getType());
  if (!tupleType || tupleType.size() == 0)
    return relError(loc, op, "expects a non-empty tuple of tensors");
  SmallVector<RankedTensorType> fields;
  for (Type t : tupleType.getTypes()) {
    auto tensor = dyn_cast<RankedTensorType>(t);
    if (!tensor)
      return relError(loc, op, "expects a tuple of tensors");
    fields.push_back(tensor);
  }
  RankedTensorType first = fields.front();
  int64_t rank = first.getRank();
  auto axis = normAxis(loc, op, axisAttr, stack ? rank + 1 : rank);
  if (!axis)
    return failure();
  Shape out(first.getShape());
  int64_t total = 0;
  for (RankedTensorType field : fields) {
    if (field.getRank() != rank ||
        field.getElementType() != first.getElementType())
      return relError(loc, op, "tuple fields differ in rank or dtype");
    for (int64_t i = 0; i < rank; ++i) {
      if (!stack && i == *axis)
        continue;
      int64_t d = field.getDimSize(i);
      if (!ShapedType::isDynamic(d) && !ShapedType::isDynamic(out[i]) &&
          d != out[i])
        return relError(loc, op, "shapes " + shapeStr(first.getShape()) +
                                     " and " + shapeStr(field.getShape()) +
                                     " differ outside axis " +
                                     llvm::Twine(axisAttr));
    }
    if (!stack)
      total = (ShapedType::isDynamic(total) ||
               ShapedType::isDynamic(field.getDimSize(*axis)))
                  ? kDyn
                  : total + field.getDimSize(*axis);
  }
  if (stack)
    out.insert(out.begin() + *axis, int64_t(fields.size()));
  else
    out[*axis] = total;
  return pushTensor(loc, op, out, first.getElementType(), results);
}

/// The value of a scalar relay.constant operand, if it is one.
static std::optional<double> constantScalar(Value v) {
  auto constant = v.getDefiningOp<ConstantOp>();
  if (!constant)
    return std::nullopt;
  auto value = dyn_cast<DenseElementsAttr>(constant.getValue());
  if (!value || !value.isSplat())
    return std::nullopt;
  Type elem = value.getElementType();
  if (isa<FloatType>(elem))
    return value.getSplatValue<APFloat>().convertToDouble();
  if (elem.isUnsignedInteger())
    return double(value.getSplatValue<APInt>().getZExtValue());
  return double(value.getSplatValue<APInt>().getSExtValue());
}

LogicalResult arangeType(OptLoc loc, StringRef op, Value start, Value stop,
                         Value step, StringRef dtype,
                         SmallVectorImpl<Type> &results) {
  for (auto [name, v] : {std::pair<StringRef, Value>{"start", start},
                         {"stop", stop},
                         {"step", step}}) {
    auto type = tensorOperand(loc, op, v, name);
    if (!type)
      return failure();
    if (type.getRank() != 0)
      return relError(loc, op, name + " must be a scalar");
  }
  Type elem = dtypeOr(loc, op, start.getContext(), dtype,
                      Float32Type::get(start.getContext()), "dtype");
  if (!elem)
    return failure();
  int64_t length = kDyn;
  auto a = constantScalar(start), b = constantScalar(stop),
       s = constantScalar(step);
  if (a && b && s) {
    if (*s == 0)
      return relError(loc, op, "step must not be zero");
    length = std::max<int64_t>(0, int64_t(std::ceil((*b - *a) / *s)));
  }
  return pushTensor(loc, op, {length}, elem, results);
}

LogicalResult checkQnnDtype(OptLoc loc, StringRef op, StringRef what,
                            Type type, ArrayRef<StringRef> allowed) {
  std::string dtype = printDType(type);
  if (llvm::is_contained(allowed, StringRef(dtype)))
    return success();
  std::string list;
  llvm::raw_string_ostream os(list);
  llvm::interleaveComma(allowed, os);
  if (dtype.empty()) {
    llvm::raw_string_ostream typeOs(dtype);
    typeOs << type;
  }
  return relError(loc, op, what + " must be one of [" + list + "], got " +
                               dtype);
}

LogicalResult checkQnnAxis(OptLoc loc, StringRef op, int64_t axis,
                           int64_t rank) {
  int64_t norm = axis < 0 ? (rank > 0 ? axis + rank : 0) : axis;
  if (norm < 0 || norm >= std::max<int64_t>(rank, 1))
    return relError(loc, op, "axis " + llvm::Twine(axis) +
                                 " is out of range for a tensor of rank " +
                                 llvm::Twine(rank));
  return success();
}

} // namespace flexmatch::relay
