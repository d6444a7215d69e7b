//===- SerializedEGraph.h - egraph-serialize JSON, read back ----*- C++ -*-===//
//
// A small standalone e-graph read from egraph-serialize JSON (the format
// Serialize.h writes and extraction-gym reads), and extractors over it:
//
//   {"nodes": {"<node id>": {"op": "...", "children": ["<node id>", ...],
//                            "eclass": "<class id>", "cost": 1.0}, ...},
//    "root_eclasses": ["<class id>", ...]}
//
// Children name nodes; only their classes matter here, so a child is stored
// as the index of its node's class. Unknown fields (e.g. "subsumed",
// "class_data") are ignored.
//
// A choice gives one node per class (or kNoChoice); its DAG cost counts
// each node reachable from the roots once. Extractors:
//   - greedy tree cost (like egg's Extractor): per class the node minimizing
//     node cost + the children classes' tree costs (shared nodes counted once
//     per use);
//   - greedy DAG (extraction-gym's greedy-dag): per class the node minimizing
//     the cost of the union of its children's chosen class sets.
//   - ILP (COIN-OR CBC, when built with it): optimal, see extractIlp.
// The greedy ones are not optimal; checkChoice validates any choice (complete
// from the roots, acyclic) and recomputes its DAG cost.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_SERIALIZEDEGRAPH_H
#define FLEXMATCH_EGRAPH_SERIALIZEDEGRAPH_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace flexmatch::egraph {

struct SerializedNode {
  std::string name; ///< the node id in the file
  std::string op;
  double cost = 0;
  uint32_t eclass = 0;
  /// Child classes (indices into SerializedEGraph::classes), in order.
  std::vector<uint32_t> children;
};

/// The child classes of \p node, sorted, each once.
std::vector<uint32_t> distinctChildClasses(const SerializedNode &node);

struct SerializedClass {
  std::string name; ///< the class id in the file
  std::vector<uint32_t> nodes;
};

struct SerializedEGraph {
  std::vector<SerializedClass> classes;
  std::vector<SerializedNode> nodes;
  std::vector<uint32_t> roots; ///< class indices, deduplicated
};

/// Parses egraph-serialize JSON. Errors read "<file>:<line>:<column>:
/// <message>" (malformed JSON, missing or mistyped fields, a child that is
/// not a node, a non-numeric or negative cost, an unknown root class).
llvm::Expected<SerializedEGraph> parseSerializedEGraph(llvm::StringRef text,
                                                       llvm::StringRef file);
/// Reads and parses a file ("-" is stdin).
llvm::Expected<SerializedEGraph> readSerializedEGraph(llvm::StringRef path);

constexpr uint32_t kNoChoice = ~uint32_t(0);

/// One node per class (kNoChoice where none was chosen).
struct Extraction {
  /// False when some root class has no acyclic term at all.
  bool found = false;
  std::vector<uint32_t> choice;
  double dagCost = 0;
};

/// The greedy tree-cost extractor (egg's).
Extraction extractGreedyTree(const SerializedEGraph &graph);
/// The greedy DAG extractor (extraction-gym's greedy-dag). Its result is
/// checked; when it would be cyclic or cost more than the greedy tree
/// result, the latter is returned, so it is never worse than
/// extractGreedyTree.
Extraction extractGreedyDag(const SerializedEGraph &graph);

struct IlpOptions {
  /// Wall-clock limit over all solves; on timeout the best acyclic solution
  /// found so far (never worse than extractGreedyDag) is returned.
  double timeLimitSeconds = 10;
  /// How acyclicity is modelled inside each strongly connected component of
  /// the class graph: exit rows plus lazy cuts (the default, the faster on
  /// the corpus e-graphs), or a level per class (l_c > l_d for a chosen
  /// node of c with child class d in the same component).
  bool levels = false;
  /// Rows "any of these nodes of class c in the solution implies class d
  /// in it" where the child rows do not say so (findRequirements in
  /// IlpExtract.cpp).
  bool requirements = true;
  /// Rows "class c in the solution implies one of these costly nodes in
  /// it" (findCostlyCovers in IlpExtract.cpp). With the requirement rows
  /// they make the LP bound reach the optimum on most corpus e-graphs.
  bool costlyCovers = true;
};

struct IlpExtraction {
  Extraction extraction;
  bool optimal = false;    ///< the ILP proved the result optimal
  bool solverUsed = false; ///< false when CBC is unavailable
  unsigned solves = 0;     ///< MIP solves (one more per cut round; 0
                           ///< when the LP bound proved the warm start)
  unsigned cycleCuts = 0;  ///< cycles forbidden lazily
  size_t columns = 0;      ///< node variables after preprocessing
  size_t dominatedNodes = 0; ///< removed: another node is as good
  size_t expensiveNodes = 0; ///< removed: costlier than the greedy total
  size_t cyclicComponents = 0; ///< components with two or more classes
  size_t acyclicityRows = 0;   ///< exit or level rows before any cut
  size_t requirementRows = 0;  ///< class-implies-class rows
  size_t coverRows = 0;        ///< class-implies-a-costly-node rows
  unsigned lpSolves = 0;       ///< LP relaxations solved (0 or 1)
  double lpBound = 0;          ///< the LP relaxation's value
  std::string note;        ///< why the greedy DAG result was kept, if so
};

/// Whether flexmatch was built with COIN-OR CBC.
bool isIlpAvailable();

/// Optimal DAG-cost extraction by ILP (CBC): a binary variable per node,
/// every root class gets one node, a chosen node's child classes get one
/// each, at most one node per class; acyclicity per strongly connected
/// component (see IlpExtract.cpp), with lazy cuts for any cycle left
/// (solve, forbid the cycles found among the chosen nodes, re-solve).
/// Preprocessing removes nodes that cannot improve on the greedy DAG result
/// (no acyclic term for a child, self-loops, costlier than the greedy total,
/// dominated) and classes not reachable from the roots. Warm-started from
/// extractGreedyDag and never worse than it.
IlpExtraction extractIlp(const SerializedEGraph &graph,
                         const IlpOptions &options = {});

struct ChoiceCheck {
  bool complete = true; ///< every class reachable from the roots is chosen
  bool acyclic = true;  ///< no chosen node reaches its own class
  double dagCost = 0;   ///< each reachable chosen node counted once
  size_t chosenNodes = 0;
  std::string message; ///< the first problem found, empty when valid
  bool valid() const { return complete && acyclic; }
};

/// Follows \p choice from the roots (iteratively, so deep graphs are fine).
ChoiceCheck checkChoice(const SerializedEGraph &graph,
                        llvm::ArrayRef<uint32_t> choice);

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_SERIALIZEDEGRAPH_H
