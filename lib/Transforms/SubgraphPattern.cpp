//===- SubgraphPattern.cpp - Whole functions as e-graph patterns ----------===//
//
// flex-lstm offloads a whole unrolled LSTM: hundreds of ops whose values are
// used many times over (each step's hidden state feeds four gates). As a
// tree such a pattern is exponential, so it stays a DAG: every pattern node
// is bound to one e-class, and a shared node matches once.
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;

FailureOr<egraph::Pattern>
flexmatch::eqsat::patternFromFunction(func::FuncOp func, MlirLanguage &lang) {
  if (func.isExternal() || !func.getBody().hasOneBlock())
    return func.emitError("a subgraph pattern needs a single-block body");
  Block &body = func.getBody().front();
  egraph::Pattern pattern;
  llvm::DenseMap<Value, uint32_t> indexOf;
  for (BlockArgument arg : body.getArguments())
    indexOf[arg] = pattern.addVar("?" + std::to_string(arg.getArgNumber()));
  Value root;
  for (Operation &op : body) {
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      if (ret.getNumOperands() != 1)
        return op.emitError("a subgraph pattern must return one value");
      root = ret.getOperand(0);
      continue;
    }
    if (op.getNumResults() != 1 || op.getNumRegions() != 0)
      return op.emitError("a subgraph pattern can only hold ops with one "
                          "result and no regions");
    SmallVector<uint32_t> children;
    for (Value operand : op.getOperands())
      children.push_back(indexOf.lookup(operand));
    indexOf[op.getResult(0)] = pattern.addNode(
        {lang.getOpId(op.getName()),
         MlirLanguage::payloadOf(op.getAttrDictionary())},
        children);
  }
  if (!root || !root.getDefiningOp() ||
      indexOf.lookup(root) != pattern.rootIndex())
    return func.emitError(
        "a subgraph pattern must return the result of its last op");
  return pattern;
}

namespace {
class SubgraphSearcher final : public egraph::Searcher {
public:
  explicit SubgraphSearcher(egraph::Pattern pattern)
      : Pattern(std::move(pattern)) {}

  ArrayRef<std::string> vars() const override { return Pattern.vars(); }

  size_t search(const egraph::EGraph &egraph, size_t limit,
                egraph::MatchCallback onMatches) override {
    const egraph::Pattern::Node &root = Pattern.root();
    size_t found = 0;
    SmallVector<Id> substitution;
    for (Id cls : egraph.classesWithOp(root.head.op)) {
      if (found == limit)
        break;
      Bound.assign(Pattern.nodes().size(), egraph::InvalidId);
      Trail.clear();
      if (!match(egraph, Pattern.rootIndex(), cls))
        continue;
      substitution.assign(Pattern.vars().size(), egraph::InvalidId);
      for (auto [index, node] : llvm::enumerate(Pattern.nodes()))
        if (node.isVar())
          substitution[node.var] = Bound[index];
      // An argument the body never uses cannot be bound: no match.
      if (llvm::is_contained(substitution, egraph::InvalidId))
        continue;
      ++found;
      if (!onMatches(cls, substitution))
        break;
    }
    return found;
  }

private:
  /// Binds pattern node \p index to class \p cls, backtracking over the
  /// class's candidate e-nodes.
  bool match(const egraph::EGraph &egraph, uint32_t index, Id cls) {
    cls = egraph.find(cls);
    if (Bound[index] != egraph::InvalidId)
      return Bound[index] == cls;
    const egraph::Pattern::Node &node = Pattern.nodes()[index];
    if (node.isVar()) {
      bind(index, cls);
      return true;
    }
    for (NodeId candidate : egraph.classNodesWithOp(cls, node.head.op)) {
      ArrayRef<Id> children = egraph.children(candidate);
      if (egraph.payload(candidate) != node.head.payload ||
          children.size() != node.children.size())
        continue;
      size_t mark = Trail.size();
      bind(index, cls);
      bool ok = true;
      for (auto [child, childCls] : llvm::zip(node.children, children))
        if (!(ok = match(egraph, child, childCls)))
          break;
      if (ok)
        return true;
      while (Trail.size() > mark) {
        Bound[Trail.back()] = egraph::InvalidId;
        Trail.pop_back();
      }
    }
    return false;
  }
  void bind(uint32_t index, Id cls) {
    Bound[index] = cls;
    Trail.push_back(index);
  }

  egraph::Pattern Pattern;
  std::vector<Id> Bound;
  std::vector<uint32_t> Trail;
};
} // namespace

std::unique_ptr<egraph::Searcher>
flexmatch::eqsat::makeSubgraphSearcher(egraph::Pattern pattern) {
  return std::make_unique<SubgraphSearcher>(std::move(pattern));
}
