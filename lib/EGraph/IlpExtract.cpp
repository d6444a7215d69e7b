//===- IlpExtract.cpp - optimal DAG-cost extraction with COIN-OR CBC ------===//
//
// Formulation (x_n binary per candidate node, cost c_n; a_c = sum_{n in c}
// x_n says whether class c is in the solution):
//   minimize sum c_n x_n
//   a_r = 1                          for each root class r
//   a_c <= 1                         for each class c
//   sum_{m in d, c not a child of m} x_m - x_n >= 0
//                                    for each node n of c, child class d
// The child rows leave out d's nodes with c as a child: with n, they would
// close the 2-cycle c -> d -> c.
//
// Acyclicity. A cycle of chosen nodes lies inside one strongly connected
// component (SCC) of the class graph, so only SCCs with two or more classes
// need constraints. E-graphs from --eqsat have thousands of tiny SCCs (a
// tensor class and its access class, tensor(to_tensor(a)) = a).
//
// Exit rows (default): among the chosen nodes in a class set S, when
// acyclic, some active class of S has a chosen node with no child in S (a
// sink). So for each class c of S,
//   sum_{n in c, n has a child in S} x_n <= sum_{m in S, no child in S} x_m
// For larger SCCs lazy cuts remain: after a solve, each cycle among the
// chosen nodes gets the exit rows of its class set, and CBC solves again.
//
// Levels (IlpOptions::levels): a continuous level l_c in [0, |S| - 1] per
// class of a non-trivial SCC S, and for each node n of c with a child class
// d in S: l_c - l_d - |S| x_n >= 1 - |S|.
//
// Strengthening. The LP relaxation of the rows above is weak on these
// e-graphs: it splits a class between alternatives that reach the same
// costly computation by different view paths and pays a fraction of it on
// each (resnet18: LP bound 3,124 against the optimum 24,002,136). Two
// families of valid rows close most of that gap (bound 22,668,960 on
// resnet18 and exactly the optimum on efficientnet, mobilenetv2, resmlp and
// resnet50):
//   - requirement rows (findRequirements): a_d >= sum of the nodes of c
//     that each need class d;
//   - costly-cover rows (findCostlyCovers): a_c <= sum of a set of costly
//     nodes every term of c contains.
// The LP is solved first; when its bound reaches the warm start's cost,
// that proves it optimal without branch and bound.
//
// Preprocessing removes nodes that cannot be in a better solution than the
// greedy DAG one (a child without any acyclic term, a self-loop, a cost
// above the greedy total, or dominated: another node of the class costs no
// more and uses a subset of its child classes) and classes not reachable
// from the roots through the remaining nodes.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/EGraph/SerializedEGraph.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
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

/// What is left of the e-graph for the ILP.
struct Candidates {
  /// Per node: its column, or -1 when removed.
  std::vector<int> column;
  std::vector<uint32_t> nodeOfColumn;
  /// Per node: a node of its class that is at least as good (itself when
  /// kept); used to carry the greedy warm start over dominated nodes.
  std::vector<uint32_t> replacement;
  /// Per class: reachable from the roots through kept nodes.
  std::vector<char> reachable;
  /// Per candidate node: its child classes, sorted, each once.
  std::vector<std::vector<uint32_t>> childClasses;
  size_t dominated = 0;
  size_t tooExpensive = 0;
};

/// Whether sorted \p sub is a subset of sorted \p super.
bool isSubset(const std::vector<uint32_t> &sub,
              const std::vector<uint32_t> &super) {
  return std::includes(super.begin(), super.end(), sub.begin(), sub.end());
}

Candidates selectCandidates(const SerializedEGraph &graph,
                            double greedyCost) {
  Candidates result;
  size_t numNodes = graph.nodes.size();
  // A node is usable when each child class has an acyclic term (a greedy
  // tree choice), it is not its own child, and it does not alone cost more
  // than the greedy solution.
  Extraction tree = extractGreedyTree(graph);
  std::vector<char> usable(numNodes, 0);
  std::vector<std::vector<uint32_t>> childSets(numNodes);
  for (uint32_t n = 0; n != numNodes; ++n) {
    const SerializedNode &node = graph.nodes[n];
    bool ok = true;
    for (uint32_t c : node.children)
      ok &= tree.choice[c] != kNoChoice && c != node.eclass;
    if (ok && node.cost > greedyCost) {
      ok = false;
      ++result.tooExpensive;
    }
    usable[n] = ok;
    if (ok)
      childSets[n] = distinctChildClasses(node);
  }

  // Dominance: m is dominated by n (same class) when n costs no more and
  // uses a subset of m's child classes: swapping m for n in any solution
  // keeps it complete and acyclic (fewer edges) and costs no more. Ties
  // (equal cost and children) keep the lower index, so the relation is a
  // strict order and every dominated node has an undominated dominator.
  // Quadratic per class, so very large classes are skipped.
  constexpr size_t kMaxDominanceClass = 256;
  result.replacement.resize(numNodes);
  for (uint32_t n = 0; n != numNodes; ++n)
    result.replacement[n] = n;
  std::vector<uint32_t> dominator(numNodes, kNoChoice);
  for (const SerializedClass &cls : graph.classes) {
    if (cls.nodes.size() > kMaxDominanceClass)
      continue;
    for (uint32_t m : cls.nodes) {
      if (!usable[m])
        continue;
      for (uint32_t n : cls.nodes) {
        if (n == m || !usable[n])
          continue;
        double cn = graph.nodes[n].cost, cm = graph.nodes[m].cost;
        if (cn > cm || !isSubset(childSets[n], childSets[m]))
          continue;
        bool strictlyBetter =
            cn < cm || childSets[n].size() < childSets[m].size();
        if (strictlyBetter || n < m) {
          dominator[m] = n;
          break;
        }
      }
    }
  }
  for (uint32_t m = 0; m != numNodes; ++m) {
    if (dominator[m] == kNoChoice)
      continue;
    uint32_t n = m;
    while (dominator[n] != kNoChoice)
      n = dominator[n];
    result.replacement[m] = n;
    usable[m] = 0;
    ++result.dominated;
  }

  // Reachability from the roots through usable nodes numbers the columns.
  result.column.assign(numNodes, -1);
  result.reachable.assign(graph.classes.size(), 0);
  std::vector<uint32_t> worklist;
  for (uint32_t r : graph.roots) {
    if (!result.reachable[r]) {
      result.reachable[r] = 1;
      worklist.push_back(r);
    }
  }
  while (!worklist.empty()) {
    uint32_t c = worklist.back();
    worklist.pop_back();
    for (uint32_t n : graph.classes[c].nodes) {
      if (!usable[n])
        continue;
      result.column[n] = result.nodeOfColumn.size();
      result.nodeOfColumn.push_back(n);
      for (uint32_t d : childSets[n]) {
        if (!result.reachable[d]) {
          result.reachable[d] = 1;
          worklist.push_back(d);
        }
      }
    }
  }
  result.childClasses = std::move(childSets);
  return result;
}

/// Strongly connected components of the class graph whose edges are the
/// child classes of \p nodes, among the classes \p included marks (Tarjan's
/// algorithm, iterative). Returns the component of each included class (-1
/// for others) and fills \p components in Tarjan's order: a component
/// comes after every component it reaches.
std::vector<int>
stronglyConnectedComponents(const SerializedEGraph &graph,
                            llvm::ArrayRef<uint32_t> nodes,
                            const std::vector<char> &included,
                            std::vector<std::vector<uint32_t>> &components) {
  size_t numClasses = graph.classes.size();
  std::vector<std::vector<uint32_t>> successors(numClasses);
  for (uint32_t n : nodes) {
    for (uint32_t d : distinctChildClasses(graph.nodes[n]))
      if (included[d])
        successors[graph.nodes[n].eclass].push_back(d);
  }
  std::vector<int> component(numClasses, -1);
  std::vector<int> index(numClasses, -1), low(numClasses, 0);
  std::vector<char> onStack(numClasses, 0);
  std::vector<uint32_t> stack;
  std::vector<std::pair<uint32_t, size_t>> frames; // (class, next successor)
  int counter = 0;
  for (uint32_t start = 0; start != numClasses; ++start) {
    if (!included[start] || index[start] >= 0)
      continue;
    frames.push_back({start, 0});
    index[start] = low[start] = counter++;
    stack.push_back(start);
    onStack[start] = 1;
    while (!frames.empty()) {
      auto &[c, next] = frames.back();
      if (next != successors[c].size()) {
        uint32_t d = successors[c][next++];
        if (index[d] < 0) {
          index[d] = low[d] = counter++;
          stack.push_back(d);
          onStack[d] = 1;
          frames.push_back({d, 0});
        } else if (onStack[d]) {
          low[c] = std::min(low[c], index[d]);
        }
        continue;
      }
      uint32_t done = c;
      frames.pop_back();
      if (!frames.empty())
        low[frames.back().first] = std::min(low[frames.back().first], low[done]);
      if (low[done] != index[done])
        continue;
      std::vector<uint32_t> members;
      uint32_t member;
      do {
        member = stack.back();
        stack.pop_back();
        onStack[member] = 0;
        component[member] = components.size();
        members.push_back(member);
      } while (member != done);
      components.push_back(std::move(members));
    }
  }
  return component;
}

/// \p into = the sorted union of sorted \p into and \p other (\p scratch
/// is reused storage).
void uniteSorted(std::vector<uint32_t> &into, llvm::ArrayRef<uint32_t> other,
                 std::vector<uint32_t> &scratch) {
  scratch.clear();
  std::set_union(into.begin(), into.end(), other.begin(), other.end(),
                 std::back_inserter(scratch));
  into.swap(scratch);
}

/// Inserts \p value into sorted \p into unless present.
void insertSorted(std::vector<uint32_t> &into, uint32_t value) {
  auto it = std::lower_bound(into.begin(), into.end(), value);
  if (it == into.end() || *it != value)
    into.insert(it, value);
}

/// What the ILP can learn about classes before solving.
struct Requirements {
  /// (nodes, d): the nodes (all of one class) each need class d in any
  /// acyclic solution that has them; at most one of them is chosen, so
  /// a_d >= the sum of their x.
  std::vector<std::pair<std::vector<uint32_t>, uint32_t>> rows;
  /// Classes in no acyclic solution (every term of theirs loops).
  std::vector<uint32_t> impossible;
  /// Nodes in no acyclic solution: a child class is in no acyclic solution
  /// without them, or needs their own class (checked in classes with
  /// several nodes).
  std::vector<uint32_t> impossibleNodes;
  /// Req(c) per class, sorted (empty when unknown).
  std::vector<std::vector<uint32_t>> required;

  /// Whether node \p m of the e-graph needs class \p c in every acyclic
  /// solution that has it: c is a child, or required by a child.
  bool nodeNeeds(const SerializedEGraph &graph, uint32_t m, uint32_t c) const {
    return llvm::any_of(graph.nodes[m].children, [&](uint32_t e) {
      return e == c || (!required.empty() &&
                        std::binary_search(required[e].begin(),
                                           required[e].end(), c));
    });
  }
};

/// The LP relaxation needs the requirement rows: when a class's
/// alternatives all lead to d through different paths, the LP can split
/// the class between them and give d only a fraction, halving what it pays
/// below d at every such split.
///
/// Req(c) = intersection over c's nodes n of the union over n's child
/// classes d of {d} + Req(d), where "everything" (top) stands for a class
/// with no acyclic term. The greatest fixpoint is sound: by induction on the
/// height of c in an acyclic solution, Req(c) only names classes of that
/// solution (a leaf node gives the empty set). Components are solved in
/// Tarjan's order (descendants first), each from top downwards to its
/// fixpoint; starting from top matters, since reshape(flatten(x)) loops
/// would otherwise hide every requirement of x. Only the immediate
/// requirements become pairs: d in Req(c) not required by another e in
/// Req(c), whose own rows imply the rest. \p budget bounds the total size
/// of the sets; a component past it gets empty sets (sound, just weaker).
Requirements findRequirements(const SerializedEGraph &graph,
                              const Candidates &candidates,
                              const std::vector<std::vector<uint32_t>> &components,
                              const std::vector<int> &componentOf,
                              size_t budget) {
  size_t numClasses = graph.classes.size();
  std::vector<std::vector<uint32_t>> required(numClasses);
  std::vector<char> top(numClasses, 0);
  std::vector<std::vector<uint32_t>> nodesOf(numClasses);
  for (uint32_t n : candidates.nodeOfColumn)
    nodesOf[graph.nodes[n].eclass].push_back(n);
  size_t used = 0;
  // What node n needs through its children, using the current sets:
  // R(n) = union over child classes d of {d} + Req(d). With \p excluded, a
  // child's nodes that have \p excluded as a child do not count (they would
  // close the 2-cycle excluded -> d -> excluded), so Req(d) becomes the
  // meet over d's other nodes. False when some child is top.
  std::function<bool(uint32_t, uint32_t, std::vector<uint32_t> &)> needs;
  // Buffers per nesting level (compute -> needs -> meetOver -> needs, at
  // most two meets deep), so the hot loop does not allocate.
  struct Buffers {
    std::vector<uint32_t> reach, both, below;
  } buffers[2];
  std::vector<uint32_t> scratch;
  // The meet of needs(m) over \p nodes except those with \p excluded as a
  // child (those and the top ones skipped); false when none is left.
  auto meetOver = [&](llvm::ArrayRef<uint32_t> nodes, uint32_t excluded,
                      uint32_t nested, std::vector<uint32_t> &meet) {
    Buffers &buffer = buffers[excluded == kNoChoice ? 0 : 1];
    bool meetIsTop = true;
    for (uint32_t m : nodes) {
      if (excluded != kNoChoice &&
          llvm::any_of(graph.nodes[m].children, [&](uint32_t e) {
            return e == excluded ||
                   std::binary_search(required[e].begin(), required[e].end(),
                                      excluded);
          }))
        continue;
      if (!needs(m, nested, buffer.reach))
        continue;
      if (meetIsTop) {
        meet.assign(buffer.reach.begin(), buffer.reach.end());
        meetIsTop = false;
      } else {
        buffer.both.clear();
        std::set_intersection(meet.begin(), meet.end(), buffer.reach.begin(),
                              buffer.reach.end(),
                              std::back_inserter(buffer.both));
        meet.swap(buffer.both);
      }
      if (meet.empty())
        break;
    }
    return !meetIsTop;
  };
  needs = [&](uint32_t n, uint32_t excluded, std::vector<uint32_t> &out) {
    out.clear();
    for (uint32_t d : candidates.childClasses[n]) {
      // A child that needs the class being excluded closes a cycle.
      if (top[d] || (excluded != kNoChoice &&
                     std::binary_search(required[d].begin(),
                                        required[d].end(), excluded)))
        return false;
      const std::vector<uint32_t> *belowD = &required[d];
      if (excluded != kNoChoice &&
          llvm::any_of(nodesOf[d], [&](uint32_t m) {
            return llvm::any_of(graph.nodes[m].children, [&](uint32_t e) {
              return e == excluded ||
                     std::binary_search(required[e].begin(),
                                        required[e].end(), excluded);
            });
          })) {
        std::vector<uint32_t> &below = buffers[1].below;
        if (!meetOver(nodesOf[d], excluded, kNoChoice, below))
          return false;
        belowD = &below;
      }
      uniteSorted(out, *belowD, scratch);
      insertSorted(out, d);
    }
    return true;
  };
  // Req(c) from the current sets; false when it is top.
  auto compute = [&](uint32_t c, std::vector<uint32_t> &meet) {
    if (!meetOver(nodesOf[c], kNoChoice, c, meet))
      return false;
    // c itself may show up through its component; it says nothing.
    auto self = std::lower_bound(meet.begin(), meet.end(), c);
    if (self != meet.end() && *self == c)
      meet.erase(self);
    return true;
  };
  std::vector<uint32_t> next;
  for (const std::vector<uint32_t> &members : components) {
    bool cyclic = members.size() > 1;
    for (uint32_t c : members)
      top[c] = cyclic;
    // From top downwards: sets only shrink, so this ends.
    bool changed = true;
    while (changed && used <= budget) {
      changed = false;
      for (uint32_t c : members) {
        bool bounded = compute(c, next);
        if (!bounded) {
          if (!top[c]) { // only possible on the first pass of a singleton
            top[c] = 1;
            changed = cyclic;
          }
          continue;
        }
        if (top[c] || next.size() != required[c].size()) {
          used += next.size();
          top[c] = 0;
          required[c] = next;
          changed = cyclic;
        }
      }
    }
    if (used > budget) {
      for (uint32_t c : members) {
        top[c] = 0;
        required[c].clear();
      }
    }
  }

  // Rows per class c with several nodes: for each class d, the nodes of c
  // that need d, S(d), are mutually exclusive, so a_d >= sum_{n in S(d)}
  // x_n. Classes with the same S(d) need only their immediate members
  // (d in Req(e) with S(d) = S(e) is implied by e's row and d's
  // requirement rows); single-node sets are implied by the child rows.
  Requirements result;
  std::vector<char> covered(numClasses, 0);
  std::vector<uint32_t> order;
  std::vector<uint32_t> nodeNeeds;
  std::vector<std::pair<uint32_t, uint32_t>> users;
  std::vector<std::pair<std::vector<uint32_t>, uint32_t>> groups;
  for (uint32_t c = 0; c != numClasses; ++c) {
    if (!candidates.reachable[c])
      continue;
    if (top[c]) {
      result.impossible.push_back(c);
      continue;
    }
    const std::vector<uint32_t> &nodes = nodesOf[c];
    if (nodes.size() < 2)
      continue;
    // S(d) for every d needed by two or more nodes: (d, node) pairs sorted
    // by d, then (S(d), d) pairs sorted by S(d).
    users.clear();
    for (uint32_t n : nodes) {
      if (!needs(n, c, nodeNeeds)) {
        result.impossibleNodes.push_back(n);
        continue;
      }
      for (uint32_t d : nodeNeeds)
        users.push_back({d, n});
    }
    llvm::sort(users);
    groups.clear();
    for (size_t i = 0, end = users.size(); i != end;) {
      size_t j = i;
      std::vector<uint32_t> s;
      for (; j != end && users[j].first == users[i].first; ++j)
        s.push_back(users[j].second);
      if (s.size() >= 2 && users[i].first != c)
        groups.push_back({std::move(s), users[i].first});
      i = j;
    }
    llvm::sort(groups);
    for (size_t i = 0, end = groups.size(); i != end;) {
      const std::vector<uint32_t> &s = groups[i].first;
      order.clear();
      size_t j = i;
      for (; j != end && groups[j].first == s; ++j)
        order.push_back(groups[j].second);
      // Tarjan numbers a class's descendants' components first, so in
      // decreasing component order a class comes before those it
      // requires, and the marks it sets flow downwards.
      llvm::sort(order, [&](uint32_t a, uint32_t b) {
        return componentOf[a] > componentOf[b];
      });
      for (uint32_t d : order) {
        if (covered[d])
          continue;
        result.rows.push_back({s, d});
        for (uint32_t e : required[d])
          covered[e] = 1;
      }
      for (uint32_t d : order) {
        for (uint32_t e : required[d])
          covered[e] = 0;
      }
      i = j;
    }
  }
  result.required = std::move(required);
  return result;
}

/// Costly-node covers. With "costly" nodes K (cost at least a threshold),
/// Cover(c) is a set of costly nodes that every acyclic term of c
/// contains, when there is one; then a_c <= sum_{h in Cover(c)} x_h is
/// valid. This is what keeps the LP from paying a fraction of a costly
/// computation: a class reaching one costly class by several view paths
/// (transpose, squeeze, reshape of the same data) can otherwise split
/// itself between the paths and give each a fraction, while every path
/// ends at the same few costly nodes.
///
/// Per node: {n} when n is costly; otherwise the smallest cover of its
/// child classes (each child is in every term of n); None when no child has
/// one. Per class: the union over its nodes, None when a node has None.
/// "No acyclic term" (Top) is the neutral element: a node with a Top child
/// is Top and adds nothing to its class. As for Req, components go in
/// Tarjan's order, each from Top downwards; by induction on term height
/// every cover at the fixpoint is hit by every acyclic term. A component
/// that does not settle within a bounded number of passes gets None.
std::vector<std::vector<uint32_t>>
findCostlyCovers(const SerializedEGraph &graph, const Candidates &candidates,
                 const std::vector<std::vector<uint32_t>> &components,
                 double threshold) {
  enum class Kind : uint8_t { Top, Set, None };
  size_t numClasses = graph.classes.size();
  std::vector<Kind> kind(numClasses, Kind::None);
  std::vector<std::vector<uint32_t>> cover(numClasses);
  std::vector<std::vector<uint32_t>> nodesOf(numClasses);
  for (uint32_t n : candidates.nodeOfColumn)
    nodesOf[graph.nodes[n].eclass].push_back(n);
  std::vector<uint32_t> scratch;
  // The class value from the current values of its children.
  auto compute = [&](uint32_t c, std::vector<uint32_t> &out) {
    bool any = false;
    out.clear();
    for (uint32_t n : nodesOf[c]) {
      const SerializedNode &node = graph.nodes[n];
      if (node.cost >= threshold) {
        insertSorted(out, n);
        any = true;
        continue;
      }
      bool top = false;
      const std::vector<uint32_t> *best = nullptr;
      for (uint32_t d : node.children) {
        if (kind[d] == Kind::Top)
          top = true;
        else if (kind[d] == Kind::Set &&
                 (!best || cover[d].size() < best->size()))
          best = &cover[d];
      }
      if (top)
        continue;
      if (!best)
        return Kind::None;
      uniteSorted(out, *best, scratch);
      any = true;
    }
    return any ? Kind::Set : Kind::Top;
  };
  std::vector<uint32_t> next;
  for (const std::vector<uint32_t> &members : components) {
    bool cyclic = members.size() > 1;
    for (uint32_t c : members)
      kind[c] = cyclic ? Kind::Top : Kind::None;
    size_t passes = 0, maxPasses = 4 * members.size() + 4;
    bool changed = true;
    while (changed && passes++ != maxPasses) {
      changed = false;
      for (uint32_t c : members) {
        Kind k = compute(c, next);
        if (k != kind[c] || (k == Kind::Set && next != cover[c])) {
          kind[c] = k;
          cover[c] = next;
          changed = true;
        }
      }
      if (!cyclic)
        break;
    }
    if (changed && cyclic) {
      for (uint32_t c : members)
        kind[c] = Kind::None;
    }
  }
  for (uint32_t c = 0; c != numClasses; ++c) {
    if (kind[c] != Kind::Set)
      cover[c].clear();
  }
  return cover;
}

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

/// The rows of the model. CBC 2.10's C interface does not carry rows added
/// after a solve into the next one, so they are kept here and each solve
/// builds a fresh model.
struct Rows {
  struct Row {
    std::vector<int> cols;
    std::vector<double> coefs;
    char sense;
    double rhs;
  };
  std::vector<Row> rows;
  std::vector<int> cols;
  std::vector<double> coefs;

  void term(int col, double coef) {
    cols.push_back(col);
    coefs.push_back(coef);
  }
  void add(char sense, double rhs) {
    rows.push_back({cols, coefs, sense, rhs});
    cols.clear();
    coefs.clear();
  }
};

/// Columns after the node columns: continuous, with bounds.
struct ExtraColumn {
  double lower, upper;
};

/// Adds the exit rows of class set \p members (see the file comment);
/// \p inSet marks the members (cleared again before returning). With many
/// exits an auxiliary column holds their sum, so the rows stay linear in
/// the set's size. Returns the number of rows added.
size_t addExitRows(const SerializedEGraph &graph, const Candidates &candidates,
                   llvm::ArrayRef<uint32_t> members, std::vector<char> &inSet,
                   Rows &rows, std::vector<ExtraColumn> &extraColumns) {
  for (uint32_t c : members)
    inSet[c] = 1;
  auto hasChildInSet = [&](uint32_t n) {
    return llvm::any_of(graph.nodes[n].children,
                        [&](uint32_t d) { return inSet[d] != 0; });
  };
  std::vector<int> exits;
  for (uint32_t c : members) {
    for (uint32_t n : graph.classes[c].nodes) {
      if (candidates.column[n] >= 0 && !hasChildInSet(n))
        exits.push_back(candidates.column[n]);
    }
  }
  constexpr size_t kMaxDirectNonzeros = 4096;
  int sumColumn = -1;
  if (members.size() * exits.size() > kMaxDirectNonzeros) {
    sumColumn = candidates.nodeOfColumn.size() + extraColumns.size();
    extraColumns.push_back({0.0, double(members.size())});
    for (int e : exits)
      rows.term(e, 1.0);
    rows.term(sumColumn, -1.0);
    rows.add('E', 0.0);
  }
  size_t added = 0;
  for (uint32_t c : members) {
    bool any = false;
    for (uint32_t n : graph.classes[c].nodes) {
      if (candidates.column[n] >= 0 && hasChildInSet(n)) {
        rows.term(candidates.column[n], 1.0);
        any = true;
      }
    }
    if (!any) {
      rows.cols.clear();
      rows.coefs.clear();
      continue;
    }
    if (sumColumn >= 0) {
      rows.term(sumColumn, -1.0);
    } else {
      for (int e : exits)
        rows.term(e, -1.0);
    }
    rows.add('L', 0.0);
    ++added;
  }
  for (uint32_t c : members)
    inSet[c] = 0;
  return added;
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
  Candidates candidates =
      selectCandidates(graph, result.extraction.dagCost);
  result.columns = candidates.nodeOfColumn.size();
  result.dominatedNodes = candidates.dominated;
  result.expensiveNodes = candidates.tooExpensive;
  const std::vector<int> &column = candidates.column;

  // The greedy DAG choice with dominated nodes swapped for their
  // dominators: still valid, never costlier, and all in the model.
  {
    std::vector<uint32_t> choice = result.extraction.choice;
    for (uint32_t &n : choice) {
      if (n != kNoChoice)
        n = candidates.replacement[n];
    }
    ChoiceCheck check = checkChoice(graph, choice);
    if (check.valid() && check.dagCost <= result.extraction.dagCost) {
      result.extraction.choice = std::move(choice);
      result.extraction.dagCost = check.dagCost;
    }
  }

  Rows rows;
  std::vector<ExtraColumn> extraColumns;
  auto classTerms = [&](uint32_t c) {
    for (uint32_t n : graph.classes[c].nodes) {
      if (column[n] >= 0)
        rows.term(column[n], 1.0);
    }
  };
  std::vector<char> isRoot(graph.classes.size(), 0);
  for (uint32_t r : graph.roots)
    isRoot[r] = 1;
  for (uint32_t c = 0; c != graph.classes.size(); ++c) {
    if (!candidates.reachable[c])
      continue;
    classTerms(c);
    rows.add(isRoot[c] ? 'E' : 'L', 1.0);
  }
  std::vector<std::vector<uint32_t>> components;
  std::vector<int> componentOf =
      stronglyConnectedComponents(graph, candidates.nodeOfColumn,
                                  candidates.reachable, components);
  Requirements requirements;
  if (options.requirements) {
    constexpr size_t kRequirementBudget = 50'000'000;
    requirements = findRequirements(graph, candidates, components,
                                    componentOf, kRequirementBudget);
    for (const auto &[nodes, d] : requirements.rows) {
      classTerms(d);
      for (uint32_t n : nodes)
        rows.term(column[n], -1.0);
      rows.add('G', 0.0);
      ++result.requirementRows;
    }
    for (uint32_t c : requirements.impossible) {
      classTerms(c);
      rows.add('L', 0.0);
      ++result.requirementRows;
    }
    for (uint32_t n : requirements.impossibleNodes) {
      rows.term(column[n], 1.0);
      rows.add('L', 0.0);
      ++result.requirementRows;
    }
  }
  // Child rows, strengthened: a chosen node n of class c needs a node of
  // each child class d that does not itself need c (that would close a
  // cycle through c; with the requirement sets this sees beyond direct
  // children).
  for (uint32_t n : candidates.nodeOfColumn) {
    uint32_t c = graph.nodes[n].eclass;
    for (uint32_t d : candidates.childClasses[n]) {
      for (uint32_t m : graph.classes[d].nodes) {
        if (column[m] >= 0 && !requirements.nodeNeeds(graph, m, c))
          rows.term(column[m], 1.0);
      }
      rows.term(column[n], -1.0);
      rows.add('G', 0.0);
    }
  }
  if (options.costlyCovers) {
    // Costly: within a factor of 10 of the costliest candidate node.
    double maxCost = 0;
    for (uint32_t n : candidates.nodeOfColumn)
      maxCost = std::max(maxCost, graph.nodes[n].cost);
    std::vector<std::vector<uint32_t>> covers =
        findCostlyCovers(graph, candidates, components, maxCost / 10);
    for (uint32_t c = 0; c != graph.classes.size(); ++c) {
      // A class whose nodes are all costly gets nothing new from its row.
      if (covers[c].empty() ||
          llvm::all_of(graph.classes[c].nodes, [&](uint32_t n) {
            return column[n] < 0 || graph.nodes[n].cost >= maxCost / 10;
          }))
        continue;
      for (uint32_t h : covers[c])
        rows.term(column[h], 1.0);
      for (uint32_t n : graph.classes[c].nodes) {
        if (column[n] >= 0 && !llvm::is_contained(covers[c], n))
          rows.term(column[n], -1.0);
      }
      rows.add('G', 0.0);
      ++result.coverRows;
    }
  }
  std::vector<char> inSet(graph.classes.size(), 0);
  for (const std::vector<uint32_t> &members : components) {
    if (members.size() < 2)
      continue;
    ++result.cyclicComponents;
    if (options.levels) {
      // One level column per member; edges leaving the component need
      // no order.
      int base = candidates.nodeOfColumn.size() + extraColumns.size();
      double size = members.size();
      for (size_t i = 0; i != members.size(); ++i)
        extraColumns.push_back({0.0, size - 1});
      auto levelOf = [&](uint32_t c) {
        return base + int(llvm::find(members, c) - members.begin());
      };
      for (uint32_t c : members) {
        for (uint32_t n : graph.classes[c].nodes) {
          if (column[n] < 0)
            continue;
          for (uint32_t d : candidates.childClasses[n]) {
            if (componentOf[d] != componentOf[c])
              continue;
            rows.term(levelOf(c), 1.0);
            rows.term(levelOf(d), -1.0);
            rows.term(column[n], -size);
            rows.add('G', 1.0 - size);
            ++result.acyclicityRows;
          }
        }
      }
    } else {
      result.acyclicityRows +=
          addExitRows(graph, candidates, members, inSet, rows, extraColumns);
    }
  }

  // The warm start: the (improved) greedy choice, reachable part.
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

  auto secondsLeft = [&] {
    return options.timeLimitSeconds -
           std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
               .count();
  };
  // The whole matrix goes to CBC in one call: adding rows one by one makes
  // CBC regrow its matrix each time (quadratic; most of the solve time on
  // model-sized e-graphs).
  auto newModel = [&](bool relaxed) {
    std::unique_ptr<Cbc_Model, ModelDeleter> model(Cbc_newModel());
    Cbc_Model *m = model.get();
    Cbc_setLogLevel(m, 0);
    int numNodeColumns = candidates.nodeOfColumn.size();
    int numColumns = numNodeColumns + extraColumns.size();
    std::vector<double> lower(numColumns, 0.0), upper(numColumns, 1.0),
        objective(numColumns, 0.0);
    for (int i = 0; i != numNodeColumns; ++i)
      objective[i] = graph.nodes[candidates.nodeOfColumn[i]].cost;
    for (size_t i = 0; i != extraColumns.size(); ++i) {
      lower[numNodeColumns + i] = extraColumns[i].lower;
      upper[numNodeColumns + i] = extraColumns[i].upper;
    }
    std::vector<double> rowLower, rowUpper;
    std::vector<CoinBigIndex> start(numColumns + 1, 0);
    for (const Rows::Row &row : rows.rows) {
      for (int col : row.cols)
        ++start[col + 1];
      double infinity = std::numeric_limits<double>::max();
      rowLower.push_back(row.sense == 'L' ? -infinity : row.rhs);
      rowUpper.push_back(row.sense == 'G' ? infinity : row.rhs);
    }
    for (int i = 0; i != numColumns; ++i)
      start[i + 1] += start[i];
    std::vector<int> index(start.back());
    std::vector<double> value(start.back());
    std::vector<CoinBigIndex> fill(start.begin(), start.end() - 1);
    for (size_t r = 0; r != rows.rows.size(); ++r) {
      const Rows::Row &row = rows.rows[r];
      for (size_t k = 0; k != row.cols.size(); ++k) {
        index[fill[row.cols[k]]] = r;
        value[fill[row.cols[k]]++] = row.coefs[k];
      }
    }
    Cbc_loadProblem(m, numColumns, rows.rows.size(), start.data(),
                    index.data(), value.data(), lower.data(), upper.data(),
                    objective.data(), rowLower.data(), rowUpper.data());
    if (!relaxed) {
      for (int i = 0; i != numNodeColumns; ++i)
        Cbc_setInteger(m, i);
    }
    return model;
  };

  // The LP relaxation first: with the requirement and cover rows it is
  // often as high as the warm start's cost, which proves that optimal
  // without branch and bound (most of CBC's time otherwise).
  {
    auto model = newModel(/*relaxed=*/true);
    Cbc_setMaximumSeconds(model.get(), std::max(secondsLeft(), 0.0));
    Cbc_solve(model.get());
    ++result.lpSolves;
    if (Cbc_isProvenOptimal(model.get())) {
      result.lpBound = Cbc_getObjValue(model.get());
      double incumbent = result.extraction.dagCost;
      if (result.lpBound >= incumbent - 1e-9 * std::max(1.0, incumbent)) {
        result.optimal = true;
        return result;
      }
    }
  }

  while (true) {
    double remaining = secondsLeft();
    if (remaining <= 0) {
      result.note = "time limit reached";
      return result;
    }
    auto model = newModel(/*relaxed=*/false);
    Cbc_Model *m = model.get();
    Cbc_setMaximumSeconds(m, remaining);
    // Measured on the corpus e-graphs (efficientnet, 12k variables): the
    // warm start makes CBC's primal heuristics useless, and its
    // preprocessing and zero-half cuts cost more than they save (2.4 s ->
    // 0.5 s without them); Gomory cuts close the remaining gap.
    Cbc_setParameter(m, "preprocess", "off");
    Cbc_setParameter(m, "heuristicsOnOff", "off");
    Cbc_setParameter(m, "zeroHalfCuts", "off");
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
    for (size_t i = 0; i != candidates.nodeOfColumn.size(); ++i) {
      if (solution[i] > 0.5)
        choice[graph.nodes[candidates.nodeOfColumn[i]].eclass] =
            candidates.nodeOfColumn[i];
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
      std::vector<uint32_t> members;
      for (uint32_t n : cycle)
        members.push_back(graph.nodes[n].eclass);
      if (options.levels) {
        // Levels already exclude every cycle; a cycle here means CBC's
        // tolerance let one through, so the plain cut forbids it.
        for (uint32_t n : cycle)
          rows.term(column[n], 1.0);
        rows.add('L', double(cycle.size()) - 1.0);
      } else {
        addExitRows(graph, candidates, members, inSet, rows, extraColumns);
      }
      ++result.cycleCuts;
    }
  }
#endif
}
