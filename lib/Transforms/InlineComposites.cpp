//===- InlineComposites.cpp - Composites back to their bodies -------------===//

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Transforms/Passes.h"

#include "mlir/IR/IRMapping.h"

namespace flexmatch {
#define GEN_PASS_DEF_INLINECOMPOSITES
#include "Flexmatch/Transforms/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

namespace {
struct InlineCompositesPass
    : public flexmatch::impl::InlineCompositesBase<InlineCompositesPass> {
  void runOnOperation() override {
    SmallVector<fm::CompositeOp> composites;
    getOperation()->walk(
        [&](fm::CompositeOp op) { composites.push_back(op); });
    // Innermost first: a body may hold composites of its own.
    for (fm::CompositeOp op : llvm::reverse(composites)) {
      Block &body = op.getBody().front();
      IRMapping mapping;
      mapping.map(body.getArguments(), op.getInputs());
      OpBuilder builder(op);
      for (Operation &inner : body.without_terminator())
        builder.clone(inner, mapping);
      auto yield = cast<fm::YieldOp>(body.getTerminator());
      op.getResult().replaceAllUsesWith(mapping.lookup(yield.getValue()));
      op.erase();
    }
  }
};
} // namespace
