//===- Serialize.h - JSON and Graphviz export -------------------*- C++ -*-===//
//
// JSON export follows egraph-serialize, the format read by
// egraphs-good/extraction-gym:
//
//   {"nodes": {"<node id>": {"op": "...", "children": ["<node id>", ...],
//                            "eclass": "<class id>", "cost": 1.0}, ...},
//    "root_eclasses": ["<class id>", ...]}
//
// Children reference nodes, not classes: each child class is represented by
// its first (canonical-order) node. DOT export draws one cluster per class
// with edges from a node to the cluster of each child class.
//
// Both require a clean (rebuilt) e-graph. Operator names come from a
// caller-supplied printer (or a Language).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_SERIALIZE_H
#define FLEXMATCH_EGRAPH_SERIALIZE_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/SerializedEGraph.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace flexmatch::egraph {

class EGraph;
class Language;

/// Prints the operator text of a node.
using NodePrinter = llvm::function_ref<void(llvm::raw_ostream &, NodeView)>;
/// Cost of a node for the "cost" field.
using NodeCostFunction = llvm::function_ref<double(const EGraph &, NodeId)>;

/// Writes \p text as a JSON string literal (with quotes).
void writeJsonString(llvm::raw_ostream &os, llvm::StringRef text);

void writeJson(llvm::raw_ostream &os, const EGraph &egraph,
               NodePrinter printNode, llvm::ArrayRef<Id> roots,
               NodeCostFunction cost = nullptr);
void writeJson(llvm::raw_ostream &os, const EGraph &egraph,
               const Language &language, llvm::ArrayRef<Id> roots,
               NodeCostFunction cost = nullptr);

/// The e-graph as the extractors of SerializedEGraph.h see it, without a
/// JSON round trip: the same classes, nodes, costs and roots writeJson
/// writes (names are the decimal ids). classIds and nodeIds map the
/// snapshot's indices back.
struct Snapshot {
  SerializedEGraph graph;
  std::vector<Id> classIds;
  std::vector<NodeId> nodeIds;
};
Snapshot snapshot(const EGraph &egraph, llvm::ArrayRef<Id> roots,
                  NodeCostFunction cost);

void writeDot(llvm::raw_ostream &os, const EGraph &egraph,
              NodePrinter printNode);
void writeDot(llvm::raw_ostream &os, const EGraph &egraph,
              const Language &language);

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_SERIALIZE_H
