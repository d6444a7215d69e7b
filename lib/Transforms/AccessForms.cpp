//===- AccessForms.cpp - Access forms of relay ops in the e-graph ---------===//
//
// The original flexmatch put each supported Relay operator into the e-graph
// twice, as a Relay call and as its glenside term, in one e-class. Here the
// relay op enters as it is, and the builder of --relay-to-access
// (RelayToAccess.h) runs on a scratch block whose arguments stand for the
// op's operand classes; the ops it creates become e-nodes, and its result
// joins the relay op's class.
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

#include "Flexmatch/Conversion/RelayToAccess.h"

#include "llvm/ADT/ScopeExit.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;

unsigned flexmatch::eqsat::addAccessForms(RewriteEnv &env) {
  egraph::EGraph &graph = env.graph();
  MlirLanguage &lang = env.lang();
  MLIRContext *context = env.getContext();
  Location loc = UnknownLoc::get(context);

  // The nodes to translate, collected first: adding changes the e-graph.
  struct Candidate {
    Id cls;
    NodeId node;
    AccessFormBuilder build;
  };
  std::vector<Candidate> candidates;
  for (Id cls : graph.classes())
    for (NodeId node : graph.classNodes(cls)) {
      egraph::OpId op = graph.op(node);
      if (lang.isLeafOp(op))
        continue;
      OperationName name = lang.getOperationName(op);
      // concatenate's builder takes the tuple's fields, not the tuple.
      if (name.getStringRef() == "relay.concatenate")
        continue;
      if (AccessFormBuilder build = lookupAccessForm(name.getStringRef()))
        candidates.push_back({cls, node, build});
    }

  unsigned added = 0;
  OpBuilder builder(context);
  for (const Candidate &candidate : candidates) {
    Type resultType = env.typeOf(candidate.cls);
    llvm::SmallVector<Id, 4> children(graph.children(candidate.node));
    Block scratch;
    auto cleanup = llvm::scope_exit([&] {
      for (Operation &op : llvm::make_early_inc_range(llvm::reverse(scratch)))
        op.erase();
    });
    bool typed = bool(resultType);
    for (Id child : children) {
      Type type = env.typeOf(child);
      typed &= bool(type);
      scratch.addArgument(type ? type : NoneType::get(context), loc);
    }
    if (!typed)
      continue;
    builder.setInsertionPointToEnd(&scratch);
    Value form = candidate.build(
        builder, loc, scratch.getArguments(),
        MlirLanguage::attrsOf(graph.payload(candidate.node)), resultType);
    if (!form)
      continue;
    llvm::DenseMap<Value, Id> classOf;
    for (auto [arg, child] : llvm::zip(scratch.getArguments(), children))
      classOf[arg] = child;
    bool complete = true;
    for (Operation &op : scratch) {
      llvm::SmallVector<Id, 4> operands;
      for (Value operand : op.getOperands())
        operands.push_back(classOf.lookup(operand));
      Id id = op.getNumResults() == 1
                  ? env.add(op.getName().getStringRef(),
                            op.getAttrDictionary(), operands)
                  : egraph::InvalidId;
      if (id == egraph::InvalidId) {
        complete = false;
        break;
      }
      classOf[op.getResult(0)] = id;
    }
    if (complete && env.merge(candidate.cls, classOf.lookup(form)))
      ++added;
  }
  graph.rebuild();
  return added;
}
