//===- RelayToAccess.cpp - Relay ops into their glenside forms ------------===//
//
// The registry of access forms and the pass that applies them. One pattern
// serves every op: it looks the op's name up, hands the builder the
// operands, attributes and result type, and replaces the op with what the
// builder returns. Ops without a form, or whose attributes their form
// declines, stay relay ops.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/RelayToAccess.h"

#include "Forms.h"

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringMap.h"

namespace flexmatch {
#define GEN_PASS_DEF_RELAYTOACCESS
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

namespace {

struct Form {
  StringRef opName;
  AccessFormBuilder build;
};

/// Every form, sorted by op name.
const std::vector<Form> &allForms() {
  static const std::vector<Form> forms = [] {
    std::vector<Form> list{
        {relay::AddOp::getOperationName(), forms::buildAdd},
        {relay::ConcatenateOp::getOperationName(), forms::buildConcatenate},
        {relay::DivideOp::getOperationName(), forms::buildDivide},
        {relay::ExpandDimsOp::getOperationName(), forms::buildExpandDims},
        {relay::MeanOp::getOperationName(), forms::buildMean},
        {relay::MultiplyOp::getOperationName(), forms::buildMultiply},
        {relay::NegativeOp::getOperationName(), forms::buildNegative},
        {relay::AvgPool2DOp::getOperationName(), forms::buildAvgPool2D},
        {relay::BatchFlattenOp::getOperationName(), forms::buildBatchFlatten},
        {relay::BiasAddOp::getOperationName(), forms::buildBiasAdd},
        {relay::Conv1DOp::getOperationName(), forms::buildConv1D},
        {relay::Conv2DOp::getOperationName(), forms::buildConv2D},
        {relay::DenseOp::getOperationName(), forms::buildDense},
        {relay::GlobalAvgPool2DOp::getOperationName(),
         forms::buildGlobalAvgPool2D},
        {relay::MaxPool2DOp::getOperationName(), forms::buildMaxPool2D},
        {relay::PadOp::getOperationName(), forms::buildPad},
        {relay::ReluOp::getOperationName(), forms::buildRelu},
        {relay::SoftmaxOp::getOperationName(), forms::buildSoftmax},
        {relay::ReshapeOp::getOperationName(), forms::buildReshape},
        {relay::SplitOp::getOperationName(), forms::buildSplit},
        {relay::SqrtOp::getOperationName(), forms::buildSqrt},
        {relay::SqueezeOp::getOperationName(), forms::buildSqueeze},
        {relay::StridedSliceOp::getOperationName(), forms::buildStridedSlice},
        {relay::TransposeOp::getOperationName(), forms::buildTranspose},
    };
    llvm::sort(
        list, [](const Form &a, const Form &b) { return a.opName < b.opName; });
    return list;
  }();
  return forms;
}

/// Replaces a relay op that has an access form with that form.
struct RelayToAccessPattern : RewritePattern {
  RelayToAccessPattern(MLIRContext *ctx)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isa<relay::RelayDialect>(op->getDialect()) || op->getNumResults() != 1)
      return failure();
    AccessFormBuilder build = lookupAccessForm(op->getName().getStringRef());
    if (!build)
      return failure();
    // relay.concatenate joins a tuple: its form takes the tuple's fields.
    SmallVector<Value> operands(op->getOperands());
    if (auto concat = dyn_cast<relay::ConcatenateOp>(op)) {
      auto tuple = concat.getData().getDefiningOp<relay::TupleOp>();
      if (!tuple)
        return failure();
      operands.assign(tuple.getFields().begin(), tuple.getFields().end());
    }
    Value form = build(rewriter, op->getLoc(), operands,
                       op->getAttrDictionary(), op->getResult(0).getType());
    if (!form)
      return failure();
    rewriter.replaceOp(op, form);
    return success();
  }
};

struct RelayToAccessPass
    : flexmatch::impl::RelayToAccessBase<RelayToAccessPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateRelayToAccessPatterns(patterns);
    // Only the forms: no folding of the surrounding IR.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      signalPassFailure();
  }
};

} // namespace

AccessFormBuilder flexmatch::lookupAccessForm(StringRef relayOpName) {
  const std::vector<Form> &forms = allForms();
  auto it = llvm::lower_bound(
      forms, relayOpName,
      [](const Form &form, StringRef name) { return form.opName < name; });
  if (it == forms.end() || it->opName != relayOpName)
    return nullptr;
  return it->build;
}

ArrayRef<StringRef> flexmatch::opsWithAccessForms() {
  static const std::vector<StringRef> names = [] {
    std::vector<StringRef> list;
    for (const Form &form : allForms())
      list.push_back(form.opName);
    return list;
  }();
  return names;
}

void flexmatch::populateRelayToAccessPatterns(RewritePatternSet &patterns) {
  patterns.add<RelayToAccessPattern>(patterns.getContext());
}
