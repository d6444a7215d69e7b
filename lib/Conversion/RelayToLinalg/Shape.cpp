//===- Shape.cpp - Lower relay's shape and data movement ops --------------===//
//
// Reshapes (tensor.collapse_shape / expand_shape), transposes
// (linalg.transpose), slices and concatenations (tensor slices), padding,
// broadcasting, tiling and gathers (linalg.generic, reading through
// tensor.extract where the read is not affine), and the ops that make new
// tensors (full, zeros, arange, one_hot, shape_of).
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

/// A linalg.generic copying `input` read through `inputMap` (over the
/// result's loops) into a tensor of `resultType`.
Value mapped(OpBuilder &b, Location loc, Value input, AffineMap inputMap,
             RankedTensorType resultType) {
  SmallVector<AffineMap> maps{inputMap,
                              b.getMultiDimIdentityMap(resultType.getRank())};
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{input},
             ValueRange{emptyTensor(b, loc, resultType)}, maps,
             SmallVector<utils::IteratorType>(resultType.getRank(),
                                              utils::IteratorType::parallel),
             [](OpBuilder &nb, Location l, ValueRange args) {
               linalg::YieldOp::create(nb, l, args[0]);
             })
      .getResult(0);
}

/// An index value converted to an integer element of `type` and back.
Value indexToElement(OpBuilder &b, Location loc, Value index, Type type) {
  if (isa<FloatType>(type)) {
    Value i64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
    return arith::SIToFPOp::create(b, loc, type, i64);
  }
  return arith::IndexCastOp::create(b, loc, type, index);
}

Value elementToIndex(OpBuilder &b, Location loc, Value v, bool isUnsigned) {
  if (isUnsigned)
    return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), v);
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), v);
}

/// Ops whose lowering is a reshape of their data to the result shape.
template <typename OpTy>
struct ReshapeLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, reshape(rewriter, op.getLoc(), adaptor.getData(),
                                   this->resultType(op).getShape()));
    return success();
  }
};

struct TransposeLowering : RelayLowering<relay::TransposeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::TransposeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    int64_t rank = typeOf(adaptor.getData()).getRank();
    SmallVector<int64_t> perm;
    if (auto axes = op.getAxes(); axes && !axes->empty())
      for (int64_t a : *axes)
        perm.push_back(normalizeAxis(a, rank));
    else
      for (int64_t i = rank - 1; i >= 0; --i)
        perm.push_back(i);
    rewriter.replaceOp(op,
                       transpose(rewriter, op.getLoc(), adaptor.getData(), perm));
    return success();
  }
};

/// concatenate and stack take a tuple: its fields arrive flattened.
template <typename OpTy, bool isStack>
struct JoinLowering : mlir::OpConversionPattern<OpTy> {
  using mlir::OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op,
                  typename mlir::OpConversionPattern<OpTy>::OneToNOpAdaptor
                      adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireStaticShapes(op)))
      return failure();
    Location loc = op.getLoc();
    auto resultTy = cast<RankedTensorType>(op.getType());
    int64_t axis = normalizeAxis(op.getAxis(), resultTy.getRank());
    SmallVector<Value> inputs;
    for (Value field : adaptor.getData()) {
      if (!isStack) {
        inputs.push_back(field);
        continue;
      }
      SmallVector<int64_t> shape(typeOf(field).getShape());
      shape.insert(shape.begin() + axis, 1);
      inputs.push_back(reshape(rewriter, loc, field, shape));
    }
    rewriter.replaceOp(op, concat(rewriter, loc, inputs, axis));
    return success();
  }
};

struct SplitLowering : RelayLowering<relay::SplitOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::SplitOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    RankedTensorType type = typeOf(data);
    int64_t axis = normalizeAxis(op.getAxis(), type.getRank());
    SmallVector<Value> parts;
    SmallVector<int64_t> offsets(type.getRank(), 0), ones(type.getRank(), 1);
    for (Type part : cast<TupleType>(op.getType()).getTypes()) {
      auto partType = cast<RankedTensorType>(part);
      parts.push_back(slice(rewriter, op.getLoc(), data, offsets,
                            partType.getShape(), ones));
      offsets[axis] += partType.getDimSize(axis);
    }
    rewriter.replaceOpWithMultiple(op,
                                   SmallVector<SmallVector<Value>>{parts});
    return success();
  }
};

/// `input` reversed along `axis`.
Value reverseAxis(OpBuilder &b, Location loc, Value input, int64_t axis) {
  RankedTensorType type = typeOf(input);
  MLIRContext *ctx = b.getContext();
  SmallVector<AffineExpr> exprs;
  for (int64_t i = 0; i < type.getRank(); ++i)
    exprs.push_back(i == axis ? type.getDimSize(i) - 1 - getAffineDimExpr(i, ctx)
                              : getAffineDimExpr(i, ctx));
  return mapped(b, loc, input, AffineMap::get(type.getRank(), 0, exprs, ctx),
                type);
}

struct ReverseLowering : RelayLowering<relay::ReverseOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::ReverseOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    int64_t axis =
        normalizeAxis(op.getAxis(), typeOf(adaptor.getData()).getRank());
    rewriter.replaceOp(
        op, reverseAxis(rewriter, op.getLoc(), adaptor.getData(), axis));
    return success();
  }
};

/// strided_slice with TVM's normalisation of begin (negative counts from
/// the end, clamped into range); the sizes come from the inferred type.
/// Negative strides read the reversed axis.
struct StridedSliceLowering : RelayLowering<relay::StridedSliceOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::StridedSliceOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData();
    RankedTensorType type = typeOf(data);
    RankedTensorType outType = resultType(op);
    int64_t rank = type.getRank();
    ArrayRef<int64_t> begin = op.getBegin();
    bool sizeMode = op.getSliceMode() == "size";
    SmallVector<int64_t> sliced;
    if (auto axes = op.getAxes())
      for (int64_t a : *axes)
        sliced.push_back(normalizeAxis(a, rank));
    else
      for (int64_t i = 0; i < rank; ++i)
        sliced.push_back(i);
    SmallVector<int64_t> offsets(rank, 0), steps(rank, 1);
    std::optional<ArrayRef<int64_t>> strides = op.getStrides();
    for (auto [k, axis] : llvm::enumerate(sliced)) {
      // As the relation (stridedSliceShape): missing strides are 1.
      int64_t stride = 1;
      if (strides && k < strides->size())
        stride = (*strides)[k];
      if (sizeMode)
        stride = 1;
      int64_t dim = type.getDimSize(axis);
      int64_t b = k < begin.size() ? begin[k] : (stride > 0 ? 0 : dim - 1);
      if (b < 0)
        b += dim;
      if (stride > 0) {
        offsets[axis] = std::clamp<int64_t>(b, 0, dim);
        steps[axis] = stride;
      } else {
        b = std::clamp<int64_t>(b, 0, dim - 1);
        data = reverseAxis(rewriter, loc, data, axis);
        offsets[axis] = dim - 1 - b;
        steps[axis] = -stride;
      }
      if (outType.getDimSize(axis) == 0)
        offsets[axis] = 0;
    }
    rewriter.replaceOp(op, slice(rewriter, loc, data, offsets,
                                 outType.getShape(), steps));
    return success();
  }
};

struct PadLowering : RelayLowering<relay::PadOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::PadOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData();
    RankedTensorType type = typeOf(data);
    SmallVector<int64_t> low, high;
    for (Attribute pair : op.getPadWidth()) {
      auto widths = cast<DenseI64ArrayAttr>(pair).asArrayRef();
      low.push_back(widths.size() > 0 ? widths[0] : 0);
      high.push_back(widths.size() > 1 ? widths[1] : 0);
    }
    StringRef mode = op.getPadMode();
    if (mode == "constant") {
      Type from = tensorType(op.getPadValue()).getElementType();
      Type to = tensorType(op.getData()).getElementType();
      Value value = convertScalar(
          rewriter, loc, extractScalar(rewriter, loc, adaptor.getPadValue()),
          from, to);
      rewriter.replaceOp(op, pad(rewriter, loc, data, low, high, value));
      return success();
    }
    if (mode != "edge" && mode != "reflect")
      return op.emitError() << "nn.pad: cannot lower pad_mode '" << mode << "'";
    bool reflect = mode == "reflect";
    Value result = indexed(
        rewriter, loc, resultType(op),
        [&](OpBuilder &b, Location l, ValueRange indices) {
          SmallVector<Value> source;
          for (auto [i, index] : llvm::enumerate(indices)) {
            int64_t dim = type.getDimSize(i);
            auto cst = [&](int64_t v) {
              return arith::ConstantIndexOp::create(b, l, v);
            };
            Value j = arith::SubIOp::create(b, l, index, cst(low[i]));
            Value zero = cst(0), last = cst(dim - 1);
            if (reflect) {
              // -j before the start, 2 (dim - 1) - j after the end.
              Value negative = arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::slt, j, zero);
              j = arith::SelectOp::create(
                  b, l, negative, arith::SubIOp::create(b, l, zero, j), j);
              Value beyond = arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::sgt, j, last);
              j = arith::SelectOp::create(
                  b, l, beyond,
                  arith::SubIOp::create(b, l, cst(2 * (dim - 1)), j), j);
            }
            j = arith::MaxSIOp::create(b, l, j, zero);
            j = arith::MinSIOp::create(b, l, j, last);
            source.push_back(j);
          }
          return tensor::ExtractOp::create(b, l, data, source);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct BroadcastToLowering : RelayLowering<relay::BroadcastToOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::BroadcastToOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(
        op, elementwise(rewriter, op.getLoc(), resultType(op),
                        {adaptor.getData()},
                        [](OpBuilder &, Location, ValueRange args) {
                          return args[0];
                        }));
    return success();
  }
};

/// tile reads input index (i mod size); repeat reads (i floordiv repeats).
struct TileLowering : RelayLowering<relay::TileOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::TileOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    MLIRContext *ctx = rewriter.getContext();
    RankedTensorType outType = resultType(op);
    RankedTensorType type = typeOf(adaptor.getData());
    int64_t offset = outType.getRank() - type.getRank();
    SmallVector<AffineExpr> exprs;
    for (int64_t i = 0; i < type.getRank(); ++i)
      exprs.push_back(getAffineDimExpr(offset + i, ctx) % type.getDimSize(i));
    rewriter.replaceOp(
        op, mapped(rewriter, op.getLoc(), adaptor.getData(),
                   AffineMap::get(outType.getRank(), 0, exprs, ctx), outType));
    return success();
  }
};

struct RepeatLowering : RelayLowering<relay::RepeatOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::RepeatOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    MLIRContext *ctx = rewriter.getContext();
    RankedTensorType outType = resultType(op);
    int64_t axis = normalizeAxis(op.getAxis(), outType.getRank());
    SmallVector<AffineExpr> exprs;
    for (int64_t i = 0; i < outType.getRank(); ++i)
      exprs.push_back(i == axis
                          ? getAffineDimExpr(i, ctx).floorDiv(op.getRepeats())
                          : getAffineDimExpr(i, ctx));
    rewriter.replaceOp(
        op, mapped(rewriter, op.getLoc(), adaptor.getData(),
                   AffineMap::get(outType.getRank(), 0, exprs, ctx), outType));
    return success();
  }
};

/// An index read from an integer tensor element, made valid for an axis of
/// length `dim` as TVM's topi take does: "wrap" takes it modulo `dim`
/// (negative indices count from the end); "clip" clamps it to [0, dim), so
/// a negative index reads element 0, not one counted from the end. Other
/// modes ("fast", and gather, which TVM does not check) leave out-of-range
/// reads undefined; clamping them keeps the reads in bounds.
Value normalizedIndex(OpBuilder &b, Location loc, Value element,
                      bool isUnsigned, int64_t dim, StringRef mode) {
  Value index = elementToIndex(b, loc, element, isUnsigned);
  Value size = arith::ConstantIndexOp::create(b, loc, dim);
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  if (mode == "wrap") {
    Value rem = arith::RemSIOp::create(b, loc, index, size);
    Value negative =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, rem, zero);
    return arith::SelectOp::create(b, loc, negative,
                                   arith::AddIOp::create(b, loc, rem, size),
                                   rem);
  }
  index = arith::MaxSIOp::create(b, loc, index, zero);
  return arith::MinSIOp::create(
      b, loc, index, arith::ConstantIndexOp::create(b, loc, dim - 1));
}

struct TakeLowering : RelayLowering<relay::TakeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::TakeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    if (op.getBatchDims() != 0)
      return op.emitError() << "take: cannot lower batch_dims = "
                            << op.getBatchDims();
    Value data = adaptor.getData();
    RankedTensorType type = typeOf(data);
    int64_t axis = 0;
    if (auto a = op.getAxis()) {
      axis = normalizeAxis(*a, type.getRank());
    } else {
      data = reshape(rewriter, loc, data, {type.getNumElements()});
      type = typeOf(data);
    }
    Value indices = adaptor.getIndices();
    int64_t indexRank = typeOf(indices).getRank();
    bool uns = isUnsigned(tensorType(op.getIndices()).getElementType());
    StringRef mode = op.getMode();
    Value result = indexed(
        rewriter, loc, resultType(op),
        [&](OpBuilder &b, Location l, ValueRange ivs) {
          // Result axes: data[:axis], indices..., data[axis+1:].
          Value element = tensor::ExtractOp::create(
              b, l, indices, ivs.slice(axis, indexRank));
          SmallVector<Value> source(ivs.take_front(axis));
          source.push_back(normalizedIndex(b, l, element, uns,
                                           type.getDimSize(axis), mode));
          llvm::append_range(source, ivs.drop_front(axis + indexRank));
          return tensor::ExtractOp::create(b, l, data, source);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct GatherLowering : RelayLowering<relay::GatherOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::GatherOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    RankedTensorType type = typeOf(data);
    int64_t axis = normalizeAxis(op.getAxis(), type.getRank());
    bool uns = isUnsigned(tensorType(op.getIndices()).getElementType());
    Value result = indexed(
        rewriter, op.getLoc(), resultType(op),
        [&](OpBuilder &b, Location l, ValueRange ivs) {
          Value element = tensor::ExtractOp::create(b, l, indices, ivs);
          SmallVector<Value> source(ivs);
          source[axis] = normalizedIndex(b, l, element, uns,
                                         type.getDimSize(axis), "clip");
          return tensor::ExtractOp::create(b, l, data, source);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ShapeOfLowering : RelayLowering<relay::ShapeOfOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::ShapeOfOp op, Adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    RankedTensorType type = resultType(op);
    SmallVector<APInt> dims;
    for (int64_t d : tensorType(op.getData()).getShape())
      dims.push_back(APInt(type.getElementTypeBitWidth(), d));
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(
        op, DenseElementsAttr::get(type, dims));
    return success();
  }
};

/// full / full_like: the converted fill value everywhere.
template <typename OpTy>
struct FullLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type from = tensorType(op.getFillValue()).getElementType();
    Type to = cast<ShapedType>(op.getType()).getElementType();
    Value value = convertScalar(
        rewriter, loc, extractScalar(rewriter, loc, adaptor.getFillValue()),
        from, to);
    rewriter.replaceOp(op, filledTensor(rewriter, loc, this->resultType(op),
                                        value));
    return success();
  }
};

template <typename OpTy, int value>
struct ConstantFillLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    RankedTensorType type = this->resultType(op);
    rewriter.replaceOp(
        op, filledTensor(rewriter, op.getLoc(), type,
                         scalarConstant(rewriter, op.getLoc(),
                                        type.getElementType(), value)));
    return success();
  }
};

/// arange: start + i * step, in the result's element type.
struct ArangeLowering : RelayLowering<relay::ArangeOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::ArangeOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type to = cast<ShapedType>(op.getType()).getElementType();
    auto scalar = [&](Value relayValue, Value lowered) {
      return convertScalar(rewriter, loc,
                           extractScalar(rewriter, loc, lowered),
                           tensorType(relayValue).getElementType(), to);
    };
    Value start = scalar(op.getStart(), adaptor.getStart());
    Value step = scalar(op.getStep(), adaptor.getStep());
    Value result = indexed(rewriter, loc, resultType(op),
                           [&](OpBuilder &b, Location l, ValueRange ivs) {
                             Value i = indexToElement(b, l, ivs[0],
                                                      signless(to));
                             return addScalar(b, l, start,
                                              mulScalar(b, l, i, step));
                           });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct OneHotLowering : RelayLowering<relay::OneHotOp> {
  using RelayLowering::RelayLowering;
  LogicalResult lower(relay::OneHotOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType outType = resultType(op);
    int64_t axis = normalizeAxis(op.getAxis(), outType.getRank());
    Type to = cast<ShapedType>(op.getType()).getElementType();
    Value on = convertScalar(rewriter, loc,
                             extractScalar(rewriter, loc, adaptor.getOnValue()),
                             tensorType(op.getOnValue()).getElementType(), to);
    Value off = convertScalar(
        rewriter, loc, extractScalar(rewriter, loc, adaptor.getOffValue()),
        tensorType(op.getOffValue()).getElementType(), to);
    Value indices = adaptor.getIndices();
    bool uns = isUnsigned(tensorType(op.getIndices()).getElementType());
    Value result = indexed(
        rewriter, loc, outType, [&](OpBuilder &b, Location l, ValueRange ivs) {
          SmallVector<Value> source(ivs.take_front(axis));
          llvm::append_range(source, ivs.drop_front(axis + 1));
          Value index = elementToIndex(
              b, l, tensor::ExtractOp::create(b, l, indices, source), uns);
          Value hit = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq,
                                            index, ivs[axis]);
          return arith::SelectOp::create(b, l, hit, on, off);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// layout_transform between layouts made of primal axes (upper case) and
/// split sub-axes (a factor and the lower-case letter, e.g. NCHW16c): the
/// data is reshaped so that every axis split in either layout is split,
/// transposed into the destination's order, and reshaped to it.
struct LayoutTransformLowering : RelayLowering<relay::LayoutTransformOp> {
  using RelayLowering::RelayLowering;

  struct Item {
    char letter; // upper case: the primal (outer) part; lower case: inner
    int64_t factor;
  };

  static std::optional<SmallVector<Item>> parseLayout(StringRef layout) {
    SmallVector<Item> items;
    int64_t factor = 0;
    for (char c : layout) {
      if (c >= '0' && c <= '9') {
        factor = factor * 10 + (c - '0');
      } else if (c >= 'a' && c <= 'z') {
        if (factor <= 0)
          return std::nullopt;
        items.push_back({c, factor});
        factor = 0;
      } else if (c >= 'A' && c <= 'Z' && factor == 0) {
        items.push_back({c, 0});
      } else {
        return std::nullopt;
      }
    }
    return items;
  }

  LogicalResult lower(relay::LayoutTransformOp op, Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto src = parseLayout(op.getSrcLayout());
    auto dst = parseLayout(op.getDstLayout());
    // The inner factor of each split primal axis.
    llvm::SmallDenseMap<char, int64_t> factors;
    bool ok = src && dst;
    for (auto *items : {&*src, &*dst})
      for (Item item : ok ? *items : SmallVector<Item>{})
        if (item.factor) {
          char primal = item.letter - 'a' + 'A';
          auto [it, inserted] = factors.try_emplace(primal, item.factor);
          ok &= inserted || it->second == item.factor;
        }
    if (!ok)
      return op.emitError() << "layout_transform: cannot lower "
                            << op.getSrcLayout() << " -> "
                            << op.getDstLayout();
    RankedTensorType type = typeOf(adaptor.getData());
    // The source reshaped into the finest axes: split primal axes whose
    // inner part the source does not have yet.
    SmallVector<int64_t> finest;
    SmallVector<char> finestLetters;
    for (auto [i, item] : llvm::enumerate(*src)) {
      int64_t dim = type.getDimSize(i);
      bool split = !item.factor && factors.count(item.letter) &&
                   !llvm::any_of(*src, [&](Item other) {
                     return other.letter == item.letter - 'A' + 'a';
                   });
      if (split) {
        finest.push_back(dim / factors[item.letter]);
        finestLetters.push_back(item.letter);
        finest.push_back(factors[item.letter]);
        finestLetters.push_back(item.letter - 'A' + 'a');
      } else {
        finest.push_back(dim);
        finestLetters.push_back(item.letter);
      }
    }
    Value data = reshape(rewriter, loc, adaptor.getData(), finest);
    // The destination order over the finest axes: a primal axis the
    // destination keeps whole stands for its outer and inner parts.
    SmallVector<int64_t> perm;
    for (Item item : *dst) {
      auto pos = [&](char letter) {
        return llvm::find(finestLetters, letter) - finestLetters.begin();
      };
      perm.push_back(pos(item.letter));
      char inner = item.letter - 'A' + 'a';
      if (!item.factor && factors.count(item.letter) &&
          !llvm::any_of(*dst, [&](Item other) { return other.letter == inner; }))
        perm.push_back(pos(inner));
    }
    if (perm.size() != finest.size() ||
        llvm::any_of(perm, [&](int64_t p) { return p >= int64_t(finest.size()); }))
      return op.emitError() << "layout_transform: cannot lower "
                            << op.getSrcLayout() << " -> "
                            << op.getDstLayout();
    data = transpose(rewriter, loc, data, perm);
    rewriter.replaceOp(op,
                       reshape(rewriter, loc, data, resultType(op).getShape()));
    return success();
  }
};

} // namespace

void flexmatch::lowering::populateShapeLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<
      ReshapeLowering<relay::ReshapeOp>, ReshapeLowering<relay::ReshapeLikeOp>,
      ReshapeLowering<relay::BatchFlattenOp>,
      ReshapeLowering<relay::ExpandDimsOp>, ReshapeLowering<relay::SqueezeOp>,
      TransposeLowering, JoinLowering<relay::ConcatenateOp, false>,
      JoinLowering<relay::StackOp, true>, SplitLowering, ReverseLowering,
      StridedSliceLowering, PadLowering, BroadcastToLowering, TileLowering,
      RepeatLowering, TakeLowering, GatherLowering, ShapeOfLowering,
      FullLowering<relay::FullOp>, FullLowering<relay::FullLikeOp>,
      ConstantFillLowering<relay::ZerosOp, 0>,
      ConstantFillLowering<relay::OnesOp, 1>, ArangeLowering, OneHotLowering,
      LayoutTransformLowering>(converter, patterns.getContext());
}
