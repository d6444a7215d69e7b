//===- SerializedEGraph.cpp - egraph-serialize JSON and extractors --------===//
//
// nlohmann::json parses without exceptions (allow_exceptions=false); a failed
// parse is re-run through a SAX handler that records where it failed. Errors
// found after parsing are located by searching the text for the offending
// key, starting at its enclosing node.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/EGraph/SerializedEGraph.h"
#include "Flexmatch/Support/JsonErrors.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <limits>
#include <queue>

using namespace flexmatch;
using namespace flexmatch::egraph;
using json = nlohmann::json;
using llvm::StringRef;

namespace {

class Reader {
public:
  Reader(StringRef text, StringRef file) : text(text), file(file) {}
  llvm::Expected<SerializedEGraph> read();

private:
  llvm::Error error(size_t offset, const llvm::Twine &message) const {
    auto [line, column] = support::lineColumnAt(text, offset);
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   llvm::Twine(file) + ":" + llvm::Twine(line) +
                                       ":" + llvm::Twine(column) + ": " +
                                       message);
  }
  /// The offset of `"key"` used as an object key at or after \p from (\p from
  /// when not found, e.g. for keys written with escapes).
  size_t keyAt(StringRef key, size_t from) const {
    std::string quoted = ("\"" + key + "\"").str();
    for (size_t at = text.find(quoted, from); at != StringRef::npos;
         at = text.find(quoted, at + 1)) {
      size_t after = text.find_first_not_of(" \t\r\n", at + quoted.size());
      if (after != StringRef::npos && text[after] == ':')
        return at;
    }
    return from;
  }
  /// The offset of the string literal \p value at or after \p from.
  size_t stringAt(StringRef value, size_t from) const {
    size_t at = text.find(("\"" + value + "\"").str(), from);
    return at == StringRef::npos ? from : at;
  }

  StringRef text, file;
};

llvm::Expected<SerializedEGraph> Reader::read() {
  json root = json::parse(text.begin(), text.end(), nullptr,
                          /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    support::SyntaxError syntax = support::firstSyntaxError<json>(text);
    return error(syntax.offset, "malformed JSON: " + syntax.message);
  }
  if (!root.is_object())
    return error(0, "an e-graph must be a JSON object with the keys 'nodes' "
                    "and 'root_eclasses'");
  auto nodesIt = root.find("nodes");
  if (nodesIt == root.end())
    return error(0, "missing key 'nodes'");
  size_t nodesPos = keyAt("nodes", 0);
  if (!nodesIt->is_object())
    return error(nodesPos, "'nodes' must be an object of node id to node");

  SerializedEGraph graph;
  llvm::StringMap<uint32_t> classIndex;
  llvm::StringMap<uint32_t> nodeIndex;
  auto classOf = [&](const std::string &name) {
    auto [it, inserted] = classIndex.try_emplace(name, graph.classes.size());
    if (inserted)
      graph.classes.push_back({name, {}});
    return it->second;
  };

  // First pass: nodes with their op, class and cost.
  graph.nodes.reserve(nodesIt->size());
  for (auto &[name, value] : nodesIt->items()) {
    auto nodePos = [&] { return keyAt(name, nodesPos); };
    if (!value.is_object())
      return error(nodePos(), "node '" + name + "' must be an object");
    SerializedNode node;
    node.name = name;
    for (const char *field : {"op", "eclass", "children"}) {
      if (!value.contains(field))
        return error(nodePos(), "node '" + name + "' has no '" + field + "'");
    }
    const json &op = value["op"];
    if (!op.is_string())
      return error(keyAt("op", nodePos()),
                   "'op' of node '" + name + "' must be a string");
    node.op = op.get<std::string>();
    const json &eclass = value["eclass"];
    if (!eclass.is_string())
      return error(keyAt("eclass", nodePos()),
                   "'eclass' of node '" + name + "' must be a string");
    if (!value["children"].is_array())
      return error(keyAt("children", nodePos()),
                   "'children' of node '" + name + "' must be an array");
    // egraph-serialize's default cost is 1.
    node.cost = 1.0;
    if (value.contains("cost")) {
      const json &cost = value["cost"];
      if (!cost.is_number())
        return error(keyAt("cost", nodePos()),
                     "'cost' of node '" + name + "' must be a number");
      node.cost = cost.get<double>();
      if (!(node.cost >= 0) || std::isinf(node.cost))
        return error(keyAt("cost", nodePos()),
                     "'cost' of node '" + name +
                         "' must be finite and non-negative");
    }
    node.eclass = classOf(eclass.get<std::string>());
    uint32_t index = graph.nodes.size();
    nodeIndex[name] = index;
    graph.classes[node.eclass].nodes.push_back(index);
    graph.nodes.push_back(std::move(node));
  }

  // Second pass: children (they may name nodes defined later).
  for (auto &[name, value] : nodesIt->items()) {
    SerializedNode &node = graph.nodes[nodeIndex[name]];
    for (const json &child : value["children"]) {
      if (!child.is_string()) {
        size_t at = keyAt(name, nodesPos);
        return error(keyAt("children", at),
                     "children of node '" + name + "' must be node id strings");
      }
      const std::string &childName = child.get_ref<const std::string &>();
      auto it = nodeIndex.find(childName);
      if (it == nodeIndex.end()) {
        size_t at = keyAt("children", keyAt(name, nodesPos));
        return error(stringAt(childName, at),
                     "child '" + childName + "' of node '" + name +
                         "' is not a node, so its class is unknown");
      }
      node.children.push_back(graph.nodes[it->second].eclass);
    }
  }

  auto rootsIt = root.find("root_eclasses");
  if (rootsIt == root.end())
    return error(0, "missing key 'root_eclasses'");
  size_t rootsPos = keyAt("root_eclasses", 0);
  if (!rootsIt->is_array())
    return error(rootsPos, "'root_eclasses' must be an array of class ids");
  llvm::DenseSet<uint32_t> seen;
  for (const json &r : *rootsIt) {
    if (!r.is_string())
      return error(rootsPos, "'root_eclasses' must be an array of class ids");
    const std::string &name = r.get_ref<const std::string &>();
    auto it = classIndex.find(name);
    if (it == classIndex.end())
      return error(stringAt(name, rootsPos),
                   "root class '" + name + "' has no nodes");
    if (seen.insert(it->second).second)
      graph.roots.push_back(it->second);
  }
  return graph;
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// For each class, the nodes that have it as a child (once per node).
std::vector<std::vector<uint32_t>> parentNodes(const SerializedEGraph &graph) {
  std::vector<std::vector<uint32_t>> parents(graph.classes.size());
  for (uint32_t n = 0; n != graph.nodes.size(); ++n) {
    for (uint32_t c : distinctChildClasses(graph.nodes[n]))
      parents[c].push_back(n);
  }
  return parents;
}

/// Fills in found/dagCost of an extraction from its choice.
Extraction finish(const SerializedEGraph &graph, std::vector<uint32_t> choice) {
  Extraction result;
  result.choice = std::move(choice);
  ChoiceCheck check = checkChoice(graph, result.choice);
  result.found = check.valid();
  result.dagCost = check.dagCost;
  return result;
}

} // namespace

std::vector<uint32_t>
flexmatch::egraph::distinctChildClasses(const SerializedNode &node) {
  std::vector<uint32_t> children = node.children;
  std::sort(children.begin(), children.end());
  children.erase(std::unique(children.begin(), children.end()), children.end());
  return children;
}

llvm::Expected<SerializedEGraph>
flexmatch::egraph::parseSerializedEGraph(StringRef text, StringRef file) {
  return Reader(text, file).read();
}

llvm::Expected<SerializedEGraph>
flexmatch::egraph::readSerializedEGraph(StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFileOrSTDIN(path);
  if (!buffer)
    return llvm::createStringError(buffer.getError(),
                                   "cannot read '" + path +
                                       "': " + buffer.getError().message());
  return parseSerializedEGraph((*buffer)->getBuffer(), path);
}

Extraction flexmatch::egraph::extractGreedyTree(const SerializedEGraph &graph) {
  // Knuth's generalization of Dijkstra's algorithm: a node's tree cost is
  // known once all its child classes are final; classes become final in
  // increasing cost order (costs are non-negative), each exactly once. This
  // computes the same least tree costs as egg's repeated passes, in
  // O(E log V), and the choice is acyclic (children are final first).
  std::vector<double> best(graph.classes.size(), kInfinity);
  std::vector<uint32_t> choice(graph.classes.size(), kNoChoice);
  std::vector<std::vector<uint32_t>> parents = parentNodes(graph);
  std::vector<uint32_t> pending(graph.nodes.size(), 0);
  using Entry = std::pair<double, uint32_t>; // (cost, node)
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
  for (uint32_t n = 0; n != graph.nodes.size(); ++n) {
    pending[n] = distinctChildClasses(graph.nodes[n]).size();
    if (pending[n] == 0)
      queue.push({graph.nodes[n].cost, n});
  }
  while (!queue.empty()) {
    auto [cost, n] = queue.top();
    queue.pop();
    uint32_t c = graph.nodes[n].eclass;
    if (choice[c] != kNoChoice)
      continue;
    best[c] = cost;
    choice[c] = n;
    for (uint32_t p : parents[c]) {
      if (--pending[p] != 0)
        continue;
      double total = graph.nodes[p].cost;
      for (uint32_t child : graph.nodes[p].children)
        total += best[child];
      queue.push({total, p});
    }
  }
  return finish(graph, std::move(choice));
}

namespace {
/// The classes a choice below one class uses, with the cost of each class's
/// node, sorted by class.
struct CostSet {
  std::vector<std::pair<uint32_t, double>> costs;
  double total = kInfinity;
  bool contains(uint32_t c) const {
    auto it = std::lower_bound(costs.begin(), costs.end(),
                               std::make_pair(c, -kInfinity));
    return it != costs.end() && it->first == c;
  }
};

/// Merges sorted \p from into sorted \p into (keeping \p into's entries).
void unite(std::vector<std::pair<uint32_t, double>> &into,
           const std::vector<std::pair<uint32_t, double>> &from,
           std::vector<std::pair<uint32_t, double>> &scratch) {
  scratch.clear();
  size_t i = 0, j = 0;
  while (i != into.size() || j != from.size()) {
    if (j == from.size() ||
        (i != into.size() && into[i].first <= from[j].first)) {
      if (j != from.size() && into[i].first == from[j].first)
        ++j;
      scratch.push_back(into[i++]);
    } else {
      scratch.push_back(from[j++]);
    }
  }
  into.swap(scratch);
}
} // namespace

Extraction flexmatch::egraph::extractGreedyDag(const SerializedEGraph &graph) {
  Extraction tree = extractGreedyTree(graph);
  if (!tree.found)
    return tree;

  std::vector<CostSet> sets(graph.classes.size());
  std::vector<uint32_t> choice(graph.classes.size(), kNoChoice);
  std::vector<std::vector<uint32_t>> parents = parentNodes(graph);
  std::deque<uint32_t> worklist;
  std::vector<char> queued(graph.nodes.size(), 0);
  // Start from the leaves; parents are queued when a child class improves.
  for (uint32_t n = 0; n != graph.nodes.size(); ++n) {
    if (graph.nodes[n].children.empty()) {
      worklist.push_back(n);
      queued[n] = 1;
    }
  }
  std::vector<std::pair<uint32_t, double>> costs, scratch;
  while (!worklist.empty()) {
    uint32_t n = worklist.front();
    worklist.pop_front();
    queued[n] = 0;
    const SerializedNode &node = graph.nodes[n];
    CostSet &current = sets[node.eclass];
    bool ready = true;
    for (uint32_t c : node.children)
      ready &= sets[c].total < kInfinity;
    if (!ready)
      continue;
    costs.clear();
    for (uint32_t c : node.children)
      unite(costs, sets[c].costs, scratch);
    // A node whose children's choices use its own class would make a cycle.
    CostSet candidate;
    candidate.costs.swap(costs);
    if (candidate.contains(node.eclass)) {
      candidate.costs.swap(costs);
      continue;
    }
    std::pair<uint32_t, double> self(node.eclass, node.cost);
    candidate.costs.insert(
        std::lower_bound(candidate.costs.begin(), candidate.costs.end(), self),
        self);
    candidate.total = 0;
    for (auto &entry : candidate.costs)
      candidate.total += entry.second;
    if (!(candidate.total < current.total)) {
      candidate.costs.swap(costs);
      continue;
    }
    current = std::move(candidate);
    choice[node.eclass] = n;
    for (uint32_t p : parents[node.eclass]) {
      if (!queued[p]) {
        queued[p] = 1;
        worklist.push_back(p);
      }
    }
  }
  // Classes the DAG pass left open (possible only through stale sets) keep
  // the tree choice; then the whole result is checked.
  for (uint32_t c = 0; c != choice.size(); ++c) {
    if (choice[c] == kNoChoice)
      choice[c] = tree.choice[c];
  }
  Extraction dag = finish(graph, std::move(choice));
  if (!dag.found || dag.dagCost > tree.dagCost)
    return tree;
  return dag;
}

ChoiceCheck flexmatch::egraph::checkChoice(const SerializedEGraph &graph,
                                           llvm::ArrayRef<uint32_t> choice) {
  ChoiceCheck check;
  auto fail = [&](bool &flag, const std::string &message) {
    if (check.message.empty())
      check.message = message;
    flag = false;
  };
  // 0 = unvisited, 1 = on the DFS stack, 2 = done.
  std::vector<uint8_t> state(graph.classes.size(), 0);
  // (class, next child index) frames.
  std::vector<std::pair<uint32_t, uint32_t>> stack;
  auto chosen = [&](uint32_t c) -> const SerializedNode * {
    uint32_t n = c < choice.size() ? choice[c] : kNoChoice;
    if (n == kNoChoice || n >= graph.nodes.size() || graph.nodes[n].eclass != c)
      return nullptr;
    return &graph.nodes[n];
  };
  for (uint32_t root : graph.roots) {
    if (state[root])
      continue;
    stack.push_back({root, 0});
    state[root] = 1;
    while (!stack.empty()) {
      auto &[c, next] = stack.back();
      const SerializedNode *node = chosen(c);
      if (!node) {
        fail(check.complete,
             "class '" + graph.classes[c].name + "' has no valid choice");
        state[c] = 2;
        stack.pop_back();
        continue;
      }
      if (next == node->children.size()) {
        check.dagCost += node->cost;
        ++check.chosenNodes;
        state[c] = 2;
        stack.pop_back();
        continue;
      }
      uint32_t child = node->children[next++];
      if (state[child] == 1) {
        fail(check.acyclic, "cycle through class '" +
                                graph.classes[child].name + "' (node '" +
                                node->name + "')");
        continue;
      }
      if (state[child] == 0) {
        state[child] = 1;
        stack.push_back({child, 0});
      }
    }
  }
  return check;
}
