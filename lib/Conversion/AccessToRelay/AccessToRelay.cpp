//===- AccessToRelay.cpp - Access views as relay ops ----------------------===//
//
// An access pattern is a tensor of dims shape ++ item with a split, so each
// view op is a relay op on that tensor: access/tensor/to_tensor change
// nothing, transpose, reshape, flatten, squeeze, insert_axis, pad, slice
// and concatenate have relay counterparts, and windows gathers with one
// take on the flattened input and a constant table of element indices (the
// table has the windows' shape). This is what --export-relay needs of the
// views that im2col leaves around offloaded matrix products. Computations
// over items (access.compute, cartesian_product, pair, broadcast) have no
// single relay op and are reported.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/Passes.h"

#include "Flexmatch/Conversion/RelayBuilder.h"
#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "Flexmatch/Dialect/Access/AccessTypes.h"
#include "Flexmatch/Dialect/Relay/RelayDialect.h"

#include "mlir/IR/BuiltinOps.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTACCESSTORELAY
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;
namespace ap = flexmatch::access;

namespace {
int64_t product(ArrayRef<int64_t> dims) {
  return ShapedType::getNumElements(dims);
}

/// Row-major strides of \p dims.
SmallVector<int64_t> stridesOf(ArrayRef<int64_t> dims) {
  SmallVector<int64_t> strides(dims.size(), 1);
  for (int64_t i = int64_t(dims.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * dims[i + 1];
  return strides;
}

class Converter {
public:
  explicit Converter(MLIRContext *context) : Context(context) {}

  /// The relay value of \p op's result; null after a diagnostic.
  Value convert(Operation *op) {
    OpBuilder builder(op);
    RelayBuilder r(builder, op->getLoc());
    auto in = [&](unsigned i) { return Tensors.lookup(op->getOperand(i)); };
    auto type = [&](Value v) { return cast<ap::PatternType>(v.getType()); };
    if (isa<ap::TensorOp>(op))
      return op->getOperand(0);
    if (isa<ap::AccessOp, ap::ToTensorOp>(op))
      return in(0);
    if (auto t = dyn_cast<ap::TransposeOp>(op))
      return r.op("transpose", in(0), {r.ints("axes", t.getPermutation())});
    if (auto reshape = dyn_cast<ap::ReshapeOp>(op)) {
      SmallVector<int64_t> dims(reshape.getShape());
      llvm::append_range(dims, reshape.getItemShape());
      return r.op("reshape", in(0), {r.ints("newshape", dims)});
    }
    if (auto flatten = dyn_cast<ap::FlattenOp>(op)) {
      ap::PatternType input = type(flatten.getInput());
      return r.op("reshape", in(0),
                  {r.ints("newshape", {product(input.getShape()),
                                       product(input.getItemShape())})});
    }
    if (auto squeeze = dyn_cast<ap::SqueezeOp>(op))
      return r.op("squeeze", in(0),
                  {r.ints("axis", {int64_t(squeeze.getAxis())})});
    if (auto insert = dyn_cast<ap::InsertAxisOp>(op))
      return r.op("expand_dims", in(0),
                  {r.integer("axis", insert.getAxis())});
    if (auto pad = dyn_cast<ap::PadOp>(op))
      return convertPad(pad, r, in(0));
    if (auto slice = dyn_cast<ap::SliceOp>(op)) {
      int64_t rank = type(slice.getInput()).getRank();
      SmallVector<int64_t> begin(rank, 0), end(type(slice.getInput()).getDims()),
          strides(rank, 1);
      begin[slice.getAxis()] = slice.getLow();
      end[slice.getAxis()] = slice.getHigh();
      strides[slice.getAxis()] = slice.getStep();
      return r.op("strided_slice", in(0),
                  {r.ints("begin", begin), r.ints("end", end),
                   r.ints("strides", strides)});
    }
    if (auto concat = dyn_cast<ap::ConcatenateOp>(op)) {
      Value tuple = r.op("tuple", {in(0), in(1)});
      return r.op("concatenate", tuple,
                  {r.integer("axis", concat.getAxis())});
    }
    if (auto windows = dyn_cast<ap::WindowsOp>(op))
      return convertWindows(windows, r, builder, in(0));
    if (auto literal = dyn_cast<ap::LiteralOp>(op))
      return r.op("constant", {}, {r.attr("value", literal.getValue())});
    op->emitError("has no Relay form: ")
        << op->getName()
        << " computes over items; only access views convert to relay";
    return nullptr;
  }

  /// Converts every access op of \p root (in program order) and erases
  /// them. Fails after a diagnostic.
  LogicalResult run(Operation *root) {
    SmallVector<Operation *> ops;
    root->walk([&](Operation *op) {
      if (op->getName().getDialectNamespace() == "access")
        ops.push_back(op);
    });
    for (Operation *op : ops) {
      Value value = convert(op);
      if (!value)
        return failure();
      Tensors[op->getResult(0)] = value;
      // Relay (and other) users read the tensor; access users read it
      // through the map.
      if (!isa<ap::PatternType>(op->getResult(0).getType()))
        op->getResult(0).replaceAllUsesWith(value);
    }
    for (Operation *op : llvm::reverse(ops)) {
      if (!op->use_empty()) {
        op->emitError("a non-access op uses this access pattern");
        return failure();
      }
      op->erase();
    }
    return success();
  }

private:
  Value convertPad(ap::PadOp pad, RelayBuilder &r, Value input) {
    ap::PatternType type = cast<ap::PatternType>(pad.getInput().getType());
    Type element = type.getElementType();
    int64_t rank = type.getRank();
    SmallVector<Attribute> widths;
    OpBuilder b(Context);
    for (int64_t i = 0; i < rank; ++i)
      widths.push_back(b.getDenseI64ArrayAttr(
          i == int64_t(pad.getAxis())
              ? SmallVector<int64_t>{int64_t(pad.getBefore()),
                                     int64_t(pad.getAfter())}
              : SmallVector<int64_t>{0, 0}));
    double fill = 0;
    if (pad.getPadType() == ap::PadType::Min) {
      if (!isa<FloatType>(element)) {
        pad.emitError("min padding converts to relay for floats only");
        return nullptr;
      }
      fill = -std::numeric_limits<double>::infinity();
    }
    Value value = r.scalar(element, fill);
    return r.op("nn.pad", {input, value},
                {r.attr("pad_width", b.getArrayAttr(widths))});
  }

  /// windows(p) = take(reshape(p, [-1]), table): the table holds, for each
  /// element of the result, the flat index of the element it views.
  Value convertWindows(ap::WindowsOp windows, RelayBuilder &r,
                       OpBuilder &builder, Value input) {
    auto inType = cast<ap::PatternType>(windows.getInput().getType());
    auto outType = cast<ap::PatternType>(windows.getResult().getType());
    SmallVector<int64_t> inDims = inType.getDims(), outDims = outType.getDims();
    SmallVector<int64_t> inStrides = stridesOf(inDims);
    size_t shapeRank = inType.getShape().size();
    size_t itemRank = inType.getItemShape().size();
    ArrayRef<int64_t> stride = windows.getStrides();
    int64_t total = product(outDims);
    if (total > (int64_t(1) << 31) || product(inDims) > (int64_t(1) << 31)) {
      windows.emitError("too large to gather with an i32 index table");
      return nullptr;
    }
    // Result index = shape ++ window positions ++ offsets in the window.
    SmallVector<int32_t> table(total);
    SmallVector<int64_t> index(outDims.size(), 0);
    for (int64_t flat = 0; flat < total; ++flat) {
      int64_t source = 0;
      for (size_t i = 0; i < shapeRank; ++i)
        source += index[i] * inStrides[i];
      for (size_t k = 0; k < itemRank; ++k) {
        int64_t position = index[shapeRank + k] * stride[k] +
                           index[shapeRank + itemRank + k];
        source += position * inStrides[shapeRank + k];
      }
      table[flat] = int32_t(source);
      for (int64_t d = int64_t(outDims.size()) - 1; d >= 0; --d) {
        if (++index[d] < outDims[d])
          break;
        index[d] = 0;
      }
    }
    auto tableType = RankedTensorType::get(outDims, builder.getI32Type());
    Value indices = r.op(
        "constant", {},
        {r.attr("value", DenseElementsAttr::get(tableType, ArrayRef(table)))});
    Value flat = r.op("reshape", input, {r.ints("newshape", {-1})});
    return r.op("take", {flat, indices});
  }

  MLIRContext *Context;
  llvm::DenseMap<Value, Value> Tensors;
};

struct ConvertAccessToRelayPass
    : public flexmatch::impl::ConvertAccessToRelayBase<
          ConvertAccessToRelayPass> {
  void runOnOperation() override {
    Converter converter(&getContext());
    if (failed(converter.run(getOperation())))
      signalPassFailure();
  }
};
} // namespace
