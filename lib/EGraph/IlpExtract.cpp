//===- IlpExtract.cpp - optimal DAG-cost extraction with COIN-OR CBC ------===//
//
// Formulation (x_n binary per candidate node, cost c_n):
//   minimize sum c_n x_n
//   sum_{n in r} x_n = 1            for each root class r
//   sum_{n in c} x_n <= 1           for each class c
//   sum_{m in d} x_m - x_n >= 0     for each node n and child class d of n
// A class's "active" indicator is the sum of its node variables. With
// IlpOptions::levels, a continuous level l_c in [0, K] per class (K classes)
// orders the choice: l_c - l_d - (K+1) x_n >= -K for each node n of c and
// child class d. Acyclicity is (also) added lazily: after each solve, every
// cycle found among the chosen nodes reachable from the roots, n_1..n_k, gets
// the cut sum x_{n_i} <= k - 1.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/EGraph/SerializedEGraph.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <chrono>
#include <memory>

#ifdef FLEXMATCH_HAVE_CBC
#include <coin/Cbc_C_Interface.h>
#endif

using namespace flexmatch::egraph;

bool flexmatch::egraph::isIlpAvailable() {
#ifdef FLEXMATCH_HAVE_CBC
  return true;
#else
  return false;
#endif
}

#ifdef FLEXMATCH_HAVE_CBC
namespace {

/// Cycles (as node indices) among the chosen nodes reachable from the
/// roots, one per back edge of a depth-first search; empty when acyclic.
std::vector<std::vector<uint32_t>>
findCycles(const SerializedEGraph &graph, const std::vector<uint32_t> &choice) {
  std::vector<std::vector<uint32_t>> cycles;
  std::vector<uint8_t> state(graph.classes.size(), 0);
  std::vector<std::pair<uint32_t, uint32_t>> stack;
  for (uint32_t root : graph.roots) {
    if (state[root])
      continue;
    state[root] = 1;
    stack.push_back({root, 0});
    while (!stack.empty()) {
      uint32_t c = stack.back().first;
      uint32_t n = choice[c];
      if (n == kNoChoice ||
          stack.back().second == graph.nodes[n].children.size()) {
        state[c] = 2;
        stack.pop_back();
        continue;
      }
      uint32_t child = graph.nodes[n].children[stack.back().second++];
      if (state[child] == 1) {
        std::vector<uint32_t> cycle;
        for (size_t i = stack.size(); i-- > 0;) {
          cycle.push_back(choice[stack[i].first]);
          if (stack[i].first == child)
            break;
        }
        cycles.push_back(std::move(cycle));
        continue;
      }
      if (state[child] == 0) {
        state[child] = 1;
        stack.push_back({child, 0});
      }
    }
  }
  return cycles;
}

struct ModelDeleter {
  void operator()(Cbc_Model *model) const { Cbc_deleteModel(model); }
};

} // namespace
#endif

IlpExtraction flexmatch::egraph::extractIlp(const SerializedEGraph &graph,
                                            const IlpOptions &options) {
  auto start = std::chrono::steady_clock::now();
  IlpExtraction result;
  result.extraction = extractGreedyDag(graph);
  if (!result.extraction.found) {
    result.note = "no acyclic term for the roots";
    return result;
  }
#ifndef FLEXMATCH_HAVE_CBC
  (void)options;
  (void)start;
  result.note = "built without COIN-OR CBC";
  return result;
#else
  result.solverUsed = true;
  // Preprocessing: a node is usable when every child class has an acyclic
  // term (a greedy tree choice) and it is not its own child; only classes
  // reachable through usable nodes from the roots matter.
  Extraction tree = extractGreedyTree(graph);
  std::vector<char> usable(graph.nodes.size(), 0);
  for (uint32_t n = 0; n != graph.nodes.size(); ++n) {
    const SerializedNode &node = graph.nodes[n];
    bool ok = true;
    for (uint32_t c : node.children)
      ok &= tree.choice[c] != kNoChoice && c != node.eclass;
    usable[n] = ok;
  }
  std::vector<char> reachable(graph.classes.size(), 0);
  std::vector<uint32_t> worklist;
  for (uint32_t r : graph.roots) {
    if (!reachable[r]) {
      reachable[r] = 1;
      worklist.push_back(r);
    }
  }
  std::vector<int> column(graph.nodes.size(), -1);
  std::vector<uint32_t> nodeOfColumn;
  while (!worklist.empty()) {
    uint32_t c = worklist.back();
    worklist.pop_back();
    for (uint32_t n : graph.classes[c].nodes) {
      if (!usable[n])
        continue;
      column[n] = nodeOfColumn.size();
      nodeOfColumn.push_back(n);
      for (uint32_t d : graph.nodes[n].children) {
        if (!reachable[d]) {
          reachable[d] = 1;
          worklist.push_back(d);
        }
      }
    }
  }
  result.columns = nodeOfColumn.size();

  // CBC 2.10's C interface does not carry rows added after a solve into the
  // next one, so the rows are kept here and each solve gets a fresh model.
  struct Row {
    std::vector<int> cols;
    std::vector<double> coefs;
    char sense;
    double rhs;
  };
  std::vector<Row> rows;
  std::vector<int> cols;
  std::vector<double> coefs;
  auto classRow = [&](uint32_t c) {
    cols.clear();
    coefs.clear();
    for (uint32_t n : graph.classes[c].nodes) {
      if (column[n] >= 0) {
        cols.push_back(column[n]);
        coefs.push_back(1.0);
      }
    }
  };
  auto addRow = [&](char sense, double rhs) {
    rows.push_back({cols, coefs, sense, rhs});
  };
  std::vector<char> isRoot(graph.classes.size(), 0);
  for (uint32_t r : graph.roots)
    isRoot[r] = 1;
  for (uint32_t c = 0; c != graph.classes.size(); ++c) {
    if (!reachable[c])
      continue;
    classRow(c);
    addRow(isRoot[c] ? 'E' : 'L', 1.0);
  }
  for (uint32_t n : nodeOfColumn) {
    for (uint32_t d : distinctChildClasses(graph.nodes[n])) {
      classRow(d);
      cols.push_back(column[n]);
      coefs.push_back(-1.0);
      addRow('G', 0.0);
    }
  }

  // Level columns follow the node columns.
  std::vector<int> levelColumn(graph.classes.size(), -1);
  int numColumns = nodeOfColumn.size();
  double numLevels = 0;
  if (options.levels) {
    for (uint32_t c = 0; c != graph.classes.size(); ++c) {
      if (reachable[c]) {
        levelColumn[c] = numColumns++;
        ++numLevels;
      }
    }
    for (uint32_t n : nodeOfColumn) {
      for (uint32_t d : distinctChildClasses(graph.nodes[n])) {
        cols = {levelColumn[graph.nodes[n].eclass], levelColumn[d], column[n]};
        coefs = {1.0, -1.0, -(numLevels + 1)};
        addRow('G', -numLevels);
      }
    }
  }

  // The warm start: the greedy DAG choice, reachable part.
  std::vector<int> startCols;
  std::vector<double> startValues;
  {
    std::vector<char> seen(graph.classes.size(), 0);
    std::vector<uint32_t> todo(graph.roots.begin(), graph.roots.end());
    for (uint32_t r : graph.roots)
      seen[r] = 1;
    while (!todo.empty()) {
      uint32_t c = todo.back();
      todo.pop_back();
      uint32_t n = result.extraction.choice[c];
      if (column[n] < 0)
        continue;
      startCols.push_back(column[n]);
      startValues.push_back(1.0);
      for (uint32_t d : graph.nodes[n].children) {
        if (!seen[d]) {
          seen[d] = 1;
          todo.push_back(d);
        }
      }
    }
  }

  while (true) {
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    double remaining = options.timeLimitSeconds - elapsed;
    if (remaining <= 0) {
      result.note = "time limit reached";
      return result;
    }
    std::unique_ptr<Cbc_Model, ModelDeleter> model(Cbc_newModel());
    Cbc_Model *m = model.get();
    Cbc_setLogLevel(m, 0);
    for (uint32_t n : nodeOfColumn)
      Cbc_addCol(m, "", 0.0, 1.0, graph.nodes[n].cost, 1, 0, nullptr, nullptr);
    for (int i = nodeOfColumn.size(); i != numColumns; ++i)
      Cbc_addCol(m, "", 0.0, numLevels, 0.0, 0, 0, nullptr, nullptr);
    for (const Row &row : rows)
      Cbc_addRow(m, "", row.cols.size(), row.cols.data(), row.coefs.data(),
                 row.sense, row.rhs);
    Cbc_setMaximumSeconds(m, remaining);
    Cbc_setMIPStartI(m, startCols.size(), startCols.data(), startValues.data());
    Cbc_solve(m);
    ++result.solves;
    const double *solution = Cbc_bestSolution(m);
    if (!solution) {
      result.note = "CBC found no solution";
      return result;
    }
    bool proven = Cbc_isProvenOptimal(m);
    std::vector<uint32_t> choice(graph.classes.size(), kNoChoice);
    for (size_t i = 0; i != nodeOfColumn.size(); ++i) {
      if (solution[i] > 0.5)
        choice[graph.nodes[nodeOfColumn[i]].eclass] = nodeOfColumn[i];
    }
    std::vector<std::vector<uint32_t>> cycles = findCycles(graph, choice);
    if (cycles.empty()) {
      ChoiceCheck check = checkChoice(graph, choice);
      if (!check.valid()) {
        result.note = "CBC's solution is invalid: " + check.message;
        return result;
      }
      if (check.dagCost <= result.extraction.dagCost) {
        result.extraction.choice = std::move(choice);
        result.extraction.dagCost = check.dagCost;
        result.optimal = proven;
      } else {
        result.note = "CBC's solution costs more than greedy DAG";
      }
      if (!proven && result.note.empty())
        result.note = "not proven optimal (time limit)";
      return result;
    }
    if (!proven && Cbc_isSecondsLimitReached(m)) {
      result.note = "time limit reached";
      return result;
    }
    for (const std::vector<uint32_t> &cycle : cycles) {
      cols.clear();
      coefs.clear();
      for (uint32_t n : cycle) {
        cols.push_back(column[n]);
        coefs.push_back(1.0);
      }
      addRow('L', double(cycle.size()) - 1.0);
      ++result.cycleCuts;
    }
  }
#endif
}
