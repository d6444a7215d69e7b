//===- CompositeConversion.cpp - The walk the region conversions share ----===//
//
// Each accelerator dialect's conversion says how a composite of its
// functions becomes an op; this walk finds the composites, checks their
// arity, builds the op and lets its verifier judge the hardware constraints
// before the composite goes.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/FlexmatchToAccelerators.h"

#include "mlir/IR/Verifier.h"

using namespace mlir;
using namespace flexmatch;

LogicalResult
flexmatch::convertComposites(Operation *root,
                             ArrayRef<CompositeLowering> lowerings) {
  SmallVector<std::pair<fm::CompositeOp, const CompositeLowering *>> work;
  root->walk([&](fm::CompositeOp composite) {
    for (const CompositeLowering &lowering : lowerings)
      if (composite.getFunction() == lowering.function)
        work.push_back({composite, &lowering});
  });
  bool failedAny = false;
  for (auto [composite, lowering] : work) {
    if (composite.getInputs().size() != lowering->numInputs) {
      composite.emitError("a ")
          << lowering->function << " composite has "
          << lowering->numInputs << " inputs, this one has "
          << composite.getInputs().size();
      failedAny = true;
      continue;
    }
    OpBuilder builder(composite);
    Operation *op = lowering->build(builder, composite);
    if (!op) {
      failedAny = true;
      continue;
    }
    // The verifier reports a violated constraint at the composite's
    // location (the op has it); the composite then stays, for the reader.
    if (failed(verify(op))) {
      op->erase();
      failedAny = true;
      continue;
    }
    composite.getResult().replaceAllUsesWith(op->getResult(0));
    composite.erase();
  }
  return failure(failedAny);
}
