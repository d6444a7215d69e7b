//===- Structural.cpp - Lower relay's constants, tuples and control -------===//
//
// Constants become arith.constant; tuples disappear (a tuple value is its
// flattened fields, so relay.tuple forwards its operands and
// relay.tuple_get_item picks a range of them); relay.if becomes scf.if and
// relay.call_global becomes func.call. relay.fn literals were inlined into
// their calls before conversion (see RelayToLinalg.cpp).
//
//===----------------------------------------------------------------------===//

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace flexmatch::lowering;
namespace relay = flexmatch::relay;

namespace {

/// How many tensors a value of `type` lowers to.
int64_t leafCount(Type type) {
  if (auto tuple = dyn_cast<TupleType>(type)) {
    int64_t count = 0;
    for (Type field : tuple.getTypes())
      count += leafCount(field);
    return count;
  }
  return 1;
}

SmallVector<Value> flatten(ArrayRef<ValueRange> ranges) {
  SmallVector<Value> values;
  for (ValueRange range : ranges)
    llvm::append_range(values, range);
  return values;
}

struct ConstantLowering : OpConversionPattern<relay::ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto value = dyn_cast<DenseElementsAttr>(op.getValue());
    if (!value)
      return op.emitError() << "constant: cannot lower a constant that is "
                               "not a dense elements attribute";
    Type elem = signless(value.getElementType());
    if (elem != value.getElementType())
      value = value.bitcast(elem);
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

struct TupleLowering : OpConversionPattern<relay::TupleOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::TupleOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithMultiple(
        op, SmallVector<SmallVector<Value>>{flatten(adaptor.getOperands())});
    return success();
  }
};

struct TupleGetItemLowering : OpConversionPattern<relay::TupleGetItemOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::TupleGetItemOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto tuple = cast<TupleType>(op.getTuple().getType());
    int64_t index = op.getIndex();
    int64_t offset = 0;
    for (int64_t i = 0; i < index; ++i)
      offset += leafCount(tuple.getType(i));
    int64_t count = leafCount(tuple.getType(index));
    ValueRange leaves = adaptor.getTuple();
    SmallVector<Value> field(leaves.begin() + offset,
                             leaves.begin() + offset + count);
    rewriter.replaceOpWithMultiple(op, SmallVector<SmallVector<Value>>{field});
    return success();
  }
};

struct CallGlobalLowering : OpConversionPattern<relay::CallGlobalOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::CallGlobalOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertType(op.getType(), resultTypes)))
      return op.emitError() << "call_global: cannot lower result type "
                            << op.getType();
    auto call = func::CallOp::create(rewriter, op.getLoc(), op.getCallee(),
                                     resultTypes,
                                     flatten(adaptor.getOperands()));
    rewriter.replaceOpWithMultiple(
        op, SmallVector<SmallVector<Value>>{
                SmallVector<Value>(call.getResults())});
    return success();
  }
};

struct IfLowering : OpConversionPattern<relay::IfOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::IfOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireStaticShapes(op)))
      return failure();
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertType(op.getType(), resultTypes)))
      return op.emitError() << "if: cannot lower result type " << op.getType();
    Location loc = op.getLoc();
    Value cond = extractScalar(rewriter, loc, adaptor.getCondition().front());
    cond = convertScalar(rewriter, loc, cond,
                         tensorType(op.getCondition()).getElementType(),
                         rewriter.getI1Type());
    auto ifOp = scf::IfOp::create(rewriter, loc, resultTypes, cond,
                                  /*addThenBlock=*/false,
                                  /*addElseBlock=*/false);
    rewriter.inlineRegionBefore(op.getThenRegion(), ifOp.getThenRegion(),
                                ifOp.getThenRegion().end());
    rewriter.inlineRegionBefore(op.getElseRegion(), ifOp.getElseRegion(),
                                ifOp.getElseRegion().end());
    rewriter.replaceOpWithMultiple(
        op, SmallVector<SmallVector<Value>>{
                SmallVector<Value>(ifOp.getResults())});
    return success();
  }
};

/// The terminator of an if branch (fn bodies are inlined before).
struct YieldLowering : OpConversionPattern<relay::YieldOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::YieldOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isa<scf::IfOp>(op->getParentOp()))
      return failure();
    rewriter.replaceOpWithNewOp<scf::YieldOp>(op,
                                              flatten(adaptor.getOperands()));
    return success();
  }
};

/// Type definitions have no run-time meaning.
struct TypeDefLowering : OpConversionPattern<relay::TypeDefOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(relay::TypeDefOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.eraseOp(op);
    return success();
  }
};

/// Reports the ops no lowering exists for, naming why.
template <typename OpTy>
struct Unlowerable : OpConversionPattern<OpTy> {
  Unlowerable(const TypeConverter &converter, MLIRContext *ctx,
              StringRef reason)
      : OpConversionPattern<OpTy>(converter, ctx), reason(reason.str()) {}
  LogicalResult
  matchAndRewrite(OpTy op, typename OpConversionPattern<OpTy>::OneToNOpAdaptor,
                  ConversionPatternRewriter &) const override {
    return op.emitError() << relayOpName(op) << ": " << reason;
  }
  std::string reason;
};

} // namespace

void flexmatch::lowering::populateStructuralLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ConstantLowering, TupleLowering, TupleGetItemLowering,
               CallGlobalLowering, IfLowering, YieldLowering, TypeDefLowering>(
      converter, ctx);
  patterns.add<Unlowerable<relay::AcceleratorCallOp>>(
      converter, ctx,
      "cannot lower: the function it calls runs on an accelerator and has no "
      "semantics here");
  patterns.add<Unlowerable<relay::FnOp>>(
      converter, ctx,
      "cannot lower a function value that is not called directly");
  patterns.add<Unlowerable<relay::CallOp>>(
      converter, ctx, "cannot lower a call of a function value that is not "
                      "a relay.fn of the same function");
}
