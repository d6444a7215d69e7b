//===- TestEqSatRoundTrip.cpp - Test pass for the MLIR/e-graph bridge -----===//
//
// --test-eqsat-roundtrip (for testing only): translates each func.func body
// into an e-graph, extracts the smallest term, and rebuilds the body from
// it. Optionally checks the type inference of new nodes (inferType) on every
// operator node against the recorded class type, and reports statistics.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Transforms/MlirEGraph.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace flexmatch;

namespace {
struct TestEqSatRoundTripPass
    : public PassWrapper<TestEqSatRoundTripPass,
                         OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestEqSatRoundTripPass)

  TestEqSatRoundTripPass() = default;
  TestEqSatRoundTripPass(const TestEqSatRoundTripPass &other)
      : PassWrapper(other) {}

  StringRef getArgument() const final { return "test-eqsat-roundtrip"; }
  StringRef getDescription() const final {
    return "Test only: round-trip each func.func body through an e-graph "
           "(build, extract the smallest term, rebuild)";
  }

  Option<bool> inferTypes{
      *this, "infer-types",
      llvm::cl::desc("Check inferType on every operator node against the "
                     "recorded type and report it as a remark"),
      llvm::cl::init(false)};
  Option<bool> stats{*this, "stats",
                     llvm::cl::desc("Report the e-graph size as a remark"),
                     llvm::cl::init(false)};

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    MlirLanguage lang(&getContext());
    egraph::EGraph graph;
    MlirEGraphInfo info;
    if (failed(buildEGraph(func, lang, graph, info)))
      return signalPassFailure();
    if (stats)
      func.emitRemark() << "e-graph: " << graph.numClasses() << " classes, "
                        << graph.numNodes() << " nodes";
    if (inferTypes && failed(checkTypes(func, lang, graph, info)))
      return signalPassFailure();
    NodeChoice choice = chooseSmallest(graph, info);
    if (failed(rebuildFunction(func, lang, graph, info, choice)))
      return signalPassFailure();
  }

  LogicalResult checkTypes(func::FuncOp func, const MlirLanguage &lang,
                           const egraph::EGraph &graph,
                           const MlirEGraphInfo &info) {
    bool ok = true;
    for (egraph::Id cls : graph.classes()) {
      for (egraph::NodeId node : graph.classNodes(cls)) {
        egraph::OpId op = graph.op(node);
        if (lang.isLeafOp(op))
          continue;
        SmallVector<Type> operandTypes;
        for (egraph::Id child : graph.children(node))
          operandTypes.push_back(info.lookupType(graph, child));
        OperationName name = lang.getOperationName(op);
        Location loc = info.lookupLoc(graph, cls).value_or(func.getLoc());
        FailureOr<Type> type =
            inferType(&getContext(), name, MlirLanguage::attrsOf(
                                               graph.payload(node)),
                      operandTypes);
        Type recorded = info.lookupType(graph, cls);
        if (failed(type)) {
          emitError(loc) << "cannot infer the type of " << name;
          ok = false;
        } else if (*type != recorded) {
          emitError(loc) << "inferred " << *type << " for " << name
                         << " but the class has " << recorded;
          ok = false;
        } else {
          emitRemark(loc) << "inferred " << *type << " for " << name;
        }
      }
    }
    return success(ok);
  }
};
} // namespace

void flexmatch::registerTestEqSatRoundTripPass() {
  PassRegistration<TestEqSatRoundTripPass>();
}
