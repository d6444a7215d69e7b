//===- BruteForceMatcher.h - Reference matching for the tests ---*- C++ -*-===//
//
// The e-matching machine is checked against this straightforward recursive
// matcher (MatchTest.cpp, NodeVarTest.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_UNITTESTS_EGRAPH_BRUTEFORCEMATCHER_H
#define FLEXMATCH_UNITTESTS_EGRAPH_BRUTEFORCEMATCHER_H

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Pattern.h"
#include "Flexmatch/EGraph/Rewrite.h"

#include <set>
#include <vector>

namespace flexmatch::egraph::testing {

using Sub = std::vector<Id>;
using MatchSet = std::set<std::pair<Id, Sub>>;

/// Brute-force matcher aware of node variables: every substitution
/// extending \p sub under which pattern node \p index matches class \p cls.
/// Node-variable slots hold NodeIds.
inline std::vector<Sub> bruteForce(const EGraph &egraph, const Pattern &pattern,
                            uint32_t index, Id cls, const Sub &sub) {
  const Pattern::Node &node = pattern.nodes()[index];
  if (node.isVar()) {
    if (sub[node.var] == InvalidId) {
      Sub bound = sub;
      bound[node.var] = cls;
      return {bound};
    }
    return sub[node.var] == cls ? std::vector<Sub>{sub} : std::vector<Sub>{};
  }
  std::vector<Sub> result;
  for (NodeId candidate : egraph.classNodes(cls)) {
    NodeView view = egraph.node(candidate);
    if (view.op != node.head.op ||
        view.children.size() != node.children.size())
      continue;
    Sub start = sub;
    if (node.hasNodeVar()) {
      if (start[node.nodeVar] == InvalidId)
        start[node.nodeVar] = candidate;
      else if (start[node.nodeVar] != candidate)
        continue;
    } else if (view.payload != node.head.payload) {
      continue;
    }
    std::vector<Sub> partial{start};
    for (size_t i = 0; i != node.children.size(); ++i) {
      std::vector<Sub> next;
      for (const Sub &s : partial)
        for (Sub &extended :
             bruteForce(egraph, pattern, node.children[i], view.children[i], s))
          next.push_back(std::move(extended));
      partial = std::move(next);
    }
    result.insert(result.end(), partial.begin(), partial.end());
  }
  return result;
}

/// Every match the machine reports for \p searcher, as a set; \p count
/// receives the number reported (duplicates included).
inline MatchSet machineMatches(const EGraph &egraph, Searcher &searcher,
                        size_t *count = nullptr) {
  MatchSet matches;
  size_t width = searcher.vars().size();
  size_t total = searcher.search(
      egraph, ~size_t(0), [&](Id root, llvm::ArrayRef<Id> substs) {
        // A ground pattern has no variables: one empty substitution per
        // root.
        if (width == 0)
          matches.insert({root, Sub()});
        for (size_t i = 0; i < substs.size(); i += width)
          matches.insert(
              {root, Sub(substs.begin() + i, substs.begin() + i + width)});
        return true;
      });
  if (count)
    *count = total;
  return matches;
}

} // namespace flexmatch::egraph::testing

#endif // FLEXMATCH_UNITTESTS_EGRAPH_BRUTEFORCEMATCHER_H
