//===- RelayToLinalg.cpp - The relay to linalg conversion pass ------------===//
//
// A dialect conversion with one pattern per relay op (the pattern sets live
// beside this file, one per family of ops) under a type converter that
// flattens tuples and drops integer signedness. Before converting, calls of
// `relay.fn` literals are inlined: the rest of the lowering then sees
// straight-line code, `relay.if` and calls of global functions only.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/RelayToLinalg.h"

#include "Lowerings.h"

#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTRELAYTOLINALG
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;
namespace relay = flexmatch::relay;

RelayToLinalgTypeConverter::RelayToLinalgTypeConverter() {
  addConversion([](Type type) { return type; });
  addConversion([](RankedTensorType type) -> Type {
    return lowering::signless(type);
  });
  addConversion([this](TupleType type, SmallVectorImpl<Type> &results)
                    -> LogicalResult {
    for (Type field : type.getTypes())
      if (failed(convertType(field, results)))
        return failure();
    return success();
  });
}

void flexmatch::populateRelayToLinalgPatterns(const TypeConverter &converter,
                                              RewritePatternSet &patterns) {
  using namespace flexmatch::lowering;
  populateElementwiseLowerings(converter, patterns);
  populateReductionLowerings(converter, patterns);
  populateNormalizationLowerings(converter, patterns);
  populateContractionLowerings(converter, patterns);
  populatePoolingLowerings(converter, patterns);
  populateShapeLowerings(converter, patterns);
  populateResamplingLowerings(converter, patterns);
  populateQuantizedLowerings(converter, patterns);
  populateStructuralLowerings(converter, patterns);
}

/// Replaces each `relay.call` of a `relay.fn` defined in the same region by
/// a copy of the function's body, then erases the functions left unused.
/// Repeats until no such call remains, so functions that call function
/// literals (composites inside BYOC wrappers) flatten completely.
static void inlineFunctionLiterals(ModuleOp module) {
  for (int round = 0; round < 64; ++round) {
    SmallVector<relay::CallOp> calls;
    module.walk([&](relay::CallOp call) {
      if (call.getCallee().getDefiningOp<relay::FnOp>())
        calls.push_back(call);
    });
    if (calls.empty())
      break;
    for (relay::CallOp call : calls) {
      auto fn = call.getCallee().getDefiningOp<relay::FnOp>();
      Block &body = fn.getBody().front();
      IRMapping mapping;
      mapping.map(body.getArguments(), call.getArgs());
      OpBuilder builder(call);
      for (Operation &op : body.without_terminator())
        builder.clone(op, mapping);
      auto yield = cast<relay::YieldOp>(body.getTerminator());
      call.getResult().replaceAllUsesWith(
          mapping.lookupOrDefault(yield.getValue()));
      call.erase();
      if (fn->use_empty())
        fn.erase();
    }
  }
  // Function literals nobody calls are dead code.
  SmallVector<relay::FnOp> unused;
  module.walk([&](relay::FnOp fn) {
    if (fn->use_empty())
      unused.push_back(fn);
  });
  for (relay::FnOp fn : llvm::reverse(unused))
    fn.erase();
}

namespace {

struct ConvertRelayToLinalgPass
    : flexmatch::impl::ConvertRelayToLinalgBase<ConvertRelayToLinalgPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    inlineFunctionLiterals(module);

    MLIRContext *ctx = &getContext();
    RelayToLinalgTypeConverter converter;
    ConversionTarget target(*ctx);
    target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect,
                           math::MathDialect, scf::SCFDialect,
                           tensor::TensorDialect>();
    target.addIllegalDialect<relay::RelayDialect>();
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
      return converter.isSignatureLegal(op.getFunctionType()) &&
             converter.isLegal(&op.getBody());
    });
    target.addDynamicallyLegalOp<func::ReturnOp, func::CallOp>(
        [&](Operation *op) { return converter.isLegal(op); });

    RewritePatternSet patterns(ctx);
    populateRelayToLinalgPatterns(converter, patterns);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns,
                                                                   converter);
    populateReturnOpTypeConversionPattern(patterns, converter);
    populateCallOpTypeConversionPattern(patterns, converter);
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
