//===- Reductions.cpp - Lower relay's reductions --------------------------===//
//
// sum, mean, max, min, prod, all, any over axes (with keepdims and exclude),
// and argmax / argmin, each one linalg.generic with reduction iterators.
//
//===----------------------------------------------------------------------===//

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"

using namespace mlir;
using namespace flexmatch::lowering;
namespace relay = flexmatch::relay;

namespace {

/// The axes a relay reduction reduces: `axis` (all when absent), or its
/// complement under `exclude`; ascending.
template <typename OpTy>
SmallVector<int64_t> reducedAxes(OpTy op, int64_t rank) {
  SmallVector<bool> chosen(rank, !op.getAxis().has_value());
  if (auto axes = op.getAxis())
    for (int64_t axis : *axes)
      chosen[normalizeAxis(axis, rank)] = true;
  SmallVector<int64_t> axes;
  for (int64_t i = 0; i < rank; ++i)
    if (chosen[i] != op.getExclude())
      axes.push_back(i);
  return axes;
}

enum class ReduceKind { Sum, Mean, Max, Min, Prod, All, Any };

template <typename OpTy, ReduceKind kind>
struct ReduceLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto inType = tensorType(op.getData());
    bool uns = isUnsigned(inType.getElementType());
    Type elem = signless(inType.getElementType());
    SmallVector<int64_t> axes = reducedAxes(op, inType.getRank());
    Value init;
    switch (kind) {
    case ReduceKind::Sum:
    case ReduceKind::Mean:
    case ReduceKind::Any:
      init = scalarConstant(rewriter, loc, elem, 0);
      break;
    case ReduceKind::Prod:
    case ReduceKind::All:
      init = scalarConstant(rewriter, loc, elem, 1);
      break;
    case ReduceKind::Max:
      init = lowestValue(rewriter, loc, elem, uns);
      break;
    case ReduceKind::Min:
      init = highestValue(rewriter, loc, elem, uns);
      break;
    }
    Value result = reduce(
        rewriter, loc, adaptor.getData(), axes, init,
        [&](OpBuilder &b, Location l, Value x, Value acc) -> Value {
          switch (kind) {
          case ReduceKind::Sum:
          case ReduceKind::Mean:
            return addScalar(b, l, x, acc);
          case ReduceKind::Prod:
            return mulScalar(b, l, x, acc);
          case ReduceKind::Max:
            return maxScalar(b, l, x, acc, uns);
          case ReduceKind::Min:
            return minScalar(b, l, x, acc, uns);
          case ReduceKind::All:
            return arith::AndIOp::create(b, l, x, acc);
          case ReduceKind::Any:
            return arith::OrIOp::create(b, l, x, acc);
          }
          llvm_unreachable("reduction kind");
        });
    if (kind == ReduceKind::Mean) {
      int64_t count = 1;
      for (int64_t axis : axes)
        count *= inType.getDimSize(axis);
      auto reducedType = cast<RankedTensorType>(result.getType());
      result = elementwise(rewriter, loc, reducedType, {result},
                           [&](OpBuilder &b, Location l, ValueRange args) {
                             Value n = scalarConstant(b, l, elem, count);
                             return divScalar(b, l, args[0], n, uns);
                           });
    }
    rewriter.replaceOp(
        op, reshape(rewriter, loc, result, this->resultType(op).getShape()));
    return success();
  }
};

/// argmax / argmin: a reduction carrying (best value, its index) where the
/// index counts over the reduced axes in row-major order, as TVM does.
template <typename OpTy, bool isMax>
struct ArgReduceLowering : RelayLowering<OpTy> {
  using RelayLowering<OpTy>::RelayLowering;
  LogicalResult lower(OpTy op, typename OpTy::Adaptor adaptor,
                      ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    auto inType = tensorType(op.getData());
    bool uns = isUnsigned(inType.getElementType());
    Type elem = signless(inType.getElementType());
    RankedTensorType resultTy = this->resultType(op);
    Type indexElem = resultTy.getElementType();
    SmallVector<int64_t> axes = reducedAxes(op, inType.getRank());
    bool last = op.getSelectLastIndex();

    SmallVector<int64_t> outShape;
    SmallVector<AffineExpr> outExprs;
    SmallVector<utils::IteratorType> iterators;
    for (int64_t i = 0; i < inType.getRank(); ++i) {
      bool reduced = llvm::is_contained(axes, i);
      iterators.push_back(reduced ? utils::IteratorType::reduction
                                  : utils::IteratorType::parallel);
      if (!reduced) {
        outShape.push_back(inType.getDimSize(i));
        outExprs.push_back(getAffineDimExpr(i, ctx));
      }
    }
    Value bestInit = filledTensor(
        rewriter, loc, RankedTensorType::get(outShape, elem),
        isMax ? lowestValue(rewriter, loc, elem, uns)
              : highestValue(rewriter, loc, elem, uns));
    Value indexInit = filledTensor(
        rewriter, loc, RankedTensorType::get(outShape, indexElem),
        scalarConstant(rewriter, loc, indexElem, 0));
    AffineMap outMap = AffineMap::get(inType.getRank(), 0, outExprs, ctx);
    SmallVector<AffineMap> maps{
        rewriter.getMultiDimIdentityMap(inType.getRank()), outMap, outMap};
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{bestInit.getType(), indexInit.getType()},
        ValueRange{adaptor.getData()}, ValueRange{bestInit, indexInit}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          // Row-major position within the reduced axes.
          Value flat = arith::ConstantIndexOp::create(b, l, 0);
          for (int64_t axis : axes) {
            Value size =
                arith::ConstantIndexOp::create(b, l, inType.getDimSize(axis));
            flat = arith::AddIOp::create(
                b, l, arith::MulIOp::create(b, l, flat, size),
                linalg::IndexOp::create(b, l, axis));
          }
          Value index =
              arith::IndexCastOp::create(b, l, indexElem, flat);
          Value x = args[0], best = args[1];
          Value better;
          if (isa<FloatType>(elem)) {
            auto pred = isMax ? (last ? arith::CmpFPredicate::OGE
                                      : arith::CmpFPredicate::OGT)
                              : (last ? arith::CmpFPredicate::OLE
                                      : arith::CmpFPredicate::OLT);
            better = arith::CmpFOp::create(b, l, pred, x, best);
          } else {
            auto pred =
                isMax ? (last ? (uns ? arith::CmpIPredicate::uge
                                     : arith::CmpIPredicate::sge)
                              : (uns ? arith::CmpIPredicate::ugt
                                     : arith::CmpIPredicate::sgt))
                      : (last ? (uns ? arith::CmpIPredicate::ule
                                     : arith::CmpIPredicate::sle)
                              : (uns ? arith::CmpIPredicate::ult
                                     : arith::CmpIPredicate::slt));
            better = arith::CmpIOp::create(b, l, pred, x, best);
          }
          // The first element always wins, even against the init.
          Value first = arith::CmpIOp::create(
              b, l, arith::CmpIPredicate::eq, flat,
              arith::ConstantIndexOp::create(b, l, 0));
          better = arith::OrIOp::create(b, l, better, first);
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, better, x, best),
                         arith::SelectOp::create(b, l, better, index,
                                                 args[2])});
        });
    rewriter.replaceOp(op, reshape(rewriter, loc, generic.getResult(1),
                                   resultTy.getShape()));
    return success();
  }
};

} // namespace

void flexmatch::lowering::populateReductionLowerings(
    const TypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<ReduceLowering<relay::SumOp, ReduceKind::Sum>,
               ReduceLowering<relay::MeanOp, ReduceKind::Mean>,
               ReduceLowering<relay::MaxOp, ReduceKind::Max>,
               ReduceLowering<relay::MinOp, ReduceKind::Min>,
               ReduceLowering<relay::ProdOp, ReduceKind::Prod>,
               ReduceLowering<relay::AllOp, ReduceKind::All>,
               ReduceLowering<relay::AnyOp, ReduceKind::Any>,
               ArgReduceLowering<relay::ArgmaxOp, true>,
               ArgReduceLowering<relay::ArgminOp, false>>(
      converter, patterns.getContext());
}
