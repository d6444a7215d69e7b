//===- OffloadCost.cpp - The accelerator-aware extraction cost ------------===//
//
// One tree cost (egg's Extractor sums children) with three tiers:
//  - a composite (offloaded work) costs 1;
//  - heavy work left on the host (convolutions, matrix products, pooling,
//    reductions, in relay or access form) costs Heavy, so that any offload
//    beats keeping the work: the views an offload needs around it (at most
//    a few dozen cheap ops) never add up to one Heavy;
//  - everything else is cheap, relay ops cheaper than the access forms
//    that compute the same thing (an access form takes at least three
//    ops), so what is not offloaded comes back as plain relay ops, and a
//    cartesian product, which materializes its pairs, is dear; views
//    (reshape, transpose, ...) cost the same in relay and access form.
// Leaves (arguments, kept ops) and constants cost 0.
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "Flexmatch/EGraph/Extract.h"
#include "Flexmatch/EGraph/Serialize.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;
namespace ap = flexmatch::access;

namespace {
constexpr double Heavy = 1e6;
constexpr double RelayOp = 10;
constexpr double AccessOp = 4;
constexpr double AccessCompute = 20;
constexpr double CartesianProduct = 100;
constexpr double Composite = 1;

bool isHeavyRelayOp(StringRef name) {
  static const StringRef heavy[] = {
      "relay.nn.conv1d",           "relay.nn.conv2d",
      "relay.nn.conv3d",           "relay.nn.conv1d_transpose",
      "relay.nn.conv2d_transpose", "relay.nn.dense",
      "relay.nn.matmul",           "relay.nn.batch_matmul",
      "relay.nn.max_pool1d",       "relay.nn.max_pool2d",
      "relay.nn.max_pool3d",       "relay.nn.avg_pool1d",
      "relay.nn.avg_pool2d",       "relay.nn.avg_pool3d",
      "relay.nn.global_avg_pool2d", "relay.nn.global_max_pool2d",
      "relay.qnn.conv2d",          "relay.qnn.dense"};
  return llvm::is_contained(heavy, name);
}
/// Ops that only rearrange elements (or, nn.pad, add zeros around them)
/// cost what an access view costs, so that neither spelling is preferred
/// and the count of ops decides.
bool isRelayView(StringRef name) {
  static const StringRef views[] = {
      "relay.reshape",          "relay.transpose", "relay.squeeze",
      "relay.expand_dims",      "relay.nn.batch_flatten",
      "relay.nn.pad"};
  return llvm::is_contained(views, name);
}
} // namespace

double flexmatch::eqsat::offloadNodeCost(const egraph::EGraph &graph,
                                         const MlirLanguage &lang,
                                         NodeId node) {
  egraph::OpId op = graph.op(node);
  if (lang.isLeafOp(op))
    return 0;
  OperationName name = lang.getOperationName(op);
  StringRef text = name.getStringRef();
  if (text == "flexmatch.composite")
    return Composite;
  if (text == "relay.constant" || text == "access.literal" ||
      text == "relay.zeros" || text == "relay.ones")
    return 0;
  if (text == "access.cartesian_product")
    return CartesianProduct;
  if (text == "access.compute") {
    auto kind = MlirLanguage::attrsOf(graph.payload(node))
                    .getAs<ap::ComputeKindAttr>("kind");
    if (kind && (kind.getValue() == ap::ComputeKind::DotProduct ||
                 kind.getValue() == ap::ComputeKind::ReduceSum ||
                 kind.getValue() == ap::ComputeKind::ReduceMax ||
                 kind.getValue() == ap::ComputeKind::ReduceMean))
      return Heavy;
    return AccessCompute;
  }
  if (name.getDialectNamespace() == "access")
    return AccessOp;
  if (isRelayView(text))
    return AccessOp;
  return isHeavyRelayOp(text) ? Heavy : RelayOp;
}

OffloadChoice flexmatch::eqsat::chooseOffloading(
    const egraph::EGraph &graph, const MlirLanguage &lang,
    ArrayRef<Id> roots, ExtractorKind kind, double ilpSeconds) {
  // Per-op costs are looked up once per node.
  std::vector<double> own(graph.numIds(), 0);
  for (Id cls : graph.classes())
    for (NodeId node : graph.classNodes(cls))
      own[node] = offloadNodeCost(graph, lang, node);
  egraph::Snapshot snapshot = egraph::snapshot(
      graph, roots,
      [&](const egraph::EGraph &, NodeId node) { return own[node]; });
  const egraph::SerializedEGraph &serialized = snapshot.graph;

  OffloadChoice result;
  if (kind == ExtractorKind::Greedy) {
    egraph::Extractor<double> extractor(
        graph, [&](const egraph::EGraph &, NodeId node, ArrayRef<double> kids) {
          double total = own[node];
          for (double cost : kids)
            total += cost;
          return total;
        });
    for (Id cls : graph.classes()) {
      NodeId node = extractor.bestNode(cls);
      if (node != egraph::InvalidId)
        result.choice[cls] = node;
    }
    // The DAG cost of the same choice, for reports.
    llvm::DenseMap<NodeId, uint32_t> indexOf;
    for (uint32_t n = 0; n != snapshot.nodeIds.size(); ++n)
      indexOf[snapshot.nodeIds[n]] = n;
    std::vector<uint32_t> choice(serialized.classes.size(),
                                 egraph::kNoChoice);
    for (uint32_t c = 0; c != serialized.classes.size(); ++c) {
      auto it = result.choice.find(snapshot.classIds[c]);
      if (it != result.choice.end())
        choice[c] = indexOf.lookup(it->second);
    }
    result.dagCost = egraph::checkChoice(serialized, choice).dagCost;
    return result;
  }

  egraph::Extraction extraction;
  if (kind == ExtractorKind::Dag) {
    extraction = egraph::extractGreedyDag(serialized);
  } else {
    egraph::IlpOptions options;
    options.timeLimitSeconds = ilpSeconds;
    egraph::IlpExtraction ilp = egraph::extractIlp(serialized, options);
    extraction = std::move(ilp.extraction);
    result.optimal = ilp.optimal;
    result.note = ilp.note;
  }
  result.dagCost = extraction.dagCost;
  for (uint32_t c = 0; c != extraction.choice.size(); ++c) {
    if (extraction.choice[c] != egraph::kNoChoice)
      result.choice[snapshot.classIds[c]] =
          snapshot.nodeIds[extraction.choice[c]];
  }
  return result;
}
