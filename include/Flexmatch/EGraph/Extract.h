//===- Extract.h - Greedy term extraction -----------------------*- C++ -*-===//
//
// Greedy bottom-up extraction with a tree cost function, like egg's
// Extractor: cost(node) = f(node, best costs of its child classes). Class
// costs are computed by fixed-point iteration over all classes (a class gets
// a cost once all children of one of its nodes have one; a cost is replaced
// only by a strictly smaller one), so cycles are handled and the result is
// optimal for monotone tree costs.
//
// Requires a clean (rebuilt) e-graph.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_EXTRACT_H
#define FLEXMATCH_EGRAPH_EXTRACT_H

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Term.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace flexmatch::egraph {

template <typename CostT> class Extractor {
public:
  /// Cost of \p node given the best costs of its children (in order).
  using CostFunction = llvm::function_ref<CostT(
      const EGraph &, NodeId node, llvm::ArrayRef<CostT> childCosts)>;

  /// Computes the best node of every class. \p costFunction is only used
  /// during construction.
  Extractor(const EGraph &egraph, CostFunction costFunction) : Graph(egraph) {
    assert(egraph.isClean() && "extraction needs a rebuilt e-graph");
    computeCosts(costFunction);
  }

  /// The best cost of \p cls, or nothing if no finite term exists.
  std::optional<CostT> bestCost(Id cls) const {
    auto it = Best.find(Graph.find(cls));
    if (it == Best.end())
      return std::nullopt;
    return it->second.first;
  }
  /// The best node of \p cls (InvalidId if none).
  NodeId bestNode(Id cls) const {
    auto it = Best.find(Graph.find(cls));
    return it == Best.end() ? InvalidId : it->second.second;
  }

  /// The best term of \p cls with its cost. Shared subterms are emitted
  /// once (the term is a DAG in topological order).
  std::optional<std::pair<CostT, Term>> findBest(Id cls) const {
    std::optional<CostT> cost = bestCost(cls);
    if (!cost)
      return std::nullopt;
    Term term;
    llvm::DenseMap<Id, uint32_t> emitted;
    emit(Graph.find(cls), term, emitted);
    return std::make_pair(*cost, std::move(term));
  }

private:
  void computeCosts(CostFunction costFunction) {
    llvm::SmallVector<CostT, 4> childCosts;
    bool changed = true;
    while (changed) {
      changed = false;
      for (Id cls : Graph.classes()) {
        std::optional<std::pair<CostT, NodeId>> best;
        for (NodeId node : Graph.classNodes(cls)) {
          childCosts.clear();
          bool complete = true;
          for (Id child : Graph.children(node)) {
            auto it = Best.find(child);
            if (it == Best.end()) {
              complete = false;
              break;
            }
            childCosts.push_back(it->second.first);
          }
          if (!complete)
            continue;
          CostT cost = costFunction(Graph, node, childCosts);
          if (!best || cost < best->first)
            best = std::make_pair(cost, node);
        }
        if (!best)
          continue;
        auto [it, inserted] = Best.try_emplace(cls, *best);
        if (inserted || best->first < it->second.first) {
          it->second = *best;
          changed = true;
        }
      }
    }
  }

  uint32_t emit(Id cls, Term &term,
                llvm::DenseMap<Id, uint32_t> &emitted) const {
    auto found = emitted.find(cls);
    if (found != emitted.end())
      return found->second;
    NodeId node = Best.find(cls)->second.second;
    llvm::SmallVector<uint32_t, 4> children;
    for (Id child : Graph.children(node))
      children.push_back(emit(child, term, emitted));
    uint32_t index = term.add({Graph.op(node), Graph.payload(node)}, children);
    emitted[cls] = index;
    return index;
  }

  const EGraph &Graph;
  llvm::DenseMap<Id, std::pair<CostT, NodeId>> Best;
};

/// Number of nodes of the extracted tree.
inline size_t astSize(const EGraph &, NodeId, llvm::ArrayRef<size_t> children) {
  size_t total = 1;
  for (size_t cost : children)
    total += cost;
  return total;
}

/// Depth of the extracted tree.
inline size_t astDepth(const EGraph &, NodeId,
                       llvm::ArrayRef<size_t> children) {
  size_t deepest = 0;
  for (size_t cost : children)
    deepest = std::max(deepest, cost);
  return deepest + 1;
}

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_EXTRACT_H
