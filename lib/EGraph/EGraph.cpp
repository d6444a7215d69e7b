//===- EGraph.cpp - The e-graph data structure ----------------------------===//

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Analysis.h"
#include "Flexmatch/EGraph/Term.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace flexmatch::egraph;
using llvm::ArrayRef;

Analysis::~Analysis() = default;

EGraph::EGraph(Analysis *analysis) : TheAnalysis(analysis) {
  Nodes.push_back({0, 0, 0}); // Sentinel; see NodeRecord.
}

void EGraph::appendParent(Id cls, NodeId parent) {
  uint32_t edge = ParentEdges.size();
  ParentEdges.push_back({parent, NoEdge});
  if (ParentHead[cls] == NoEdge)
    ParentHead[cls] = edge;
  else
    ParentEdges[ParentTail[cls]].next = edge;
  ParentTail[cls] = edge;
  ++ParentCount[cls];
}

template <typename Fn> void EGraph::forEachParentEdge(Id cls, Fn fn) const {
  // The tail is read up front: the list of a canonical class may grow while
  // \p fn runs, and a merged-away class's list is delimited by its tail
  // because its last edge links on into the list of the class that
  // absorbed it.
  uint32_t tail = ParentTail[cls];
  for (uint32_t edge = ParentHead[cls]; edge != NoEdge;) {
    fn(ParentEdges[edge].node);
    if (edge == tail)
      break;
    edge = ParentEdges[edge].next;
  }
}

Id EGraph::add(OpId op, Payload payload, ArrayRef<Id> children) {
  llvm::SmallVector<Id, 4> canonical;
  canonical.reserve(children.size());
  for (Id child : children)
    canonical.push_back(findAndCompress(child));

  NodeId fresh = Nodes.size() - 1;
  assert(fresh < InvalidId && "e-graph id space exhausted");
  HashCons::Entry entry =
      Memo.findOrInsert({op, payload, canonical}, fresh, childrenAccessor());
  if (entry.node != fresh)
    return findAndCompress(entry.classHint);

  // The sentinel becomes the new node; its childBegin is already correct.
  Nodes.back().op = op;
  Nodes.back().payload = payload;
  ChildIds.insert(ChildIds.end(), canonical.begin(), canonical.end());
  Nodes.push_back({0, static_cast<uint32_t>(ChildIds.size()), 0});
  DeadNodes.push_back(false);
  UnionParent.push_back(fresh);
  ParentHead.push_back(NoEdge);
  ParentTail.push_back(NoEdge);
  ParentCount.push_back(0);
  for (Id child : canonical)
    appendParent(child, fresh);
  ++NumCanonicalClasses;
  Clean = false;

  if (TheAnalysis) {
    TheAnalysis->makeClass(*this, fresh, fresh);
    TheAnalysis->modify(*this, fresh);
    return findAndCompress(fresh);
  }
  return fresh;
}

Id EGraph::addTerm(const Term &term) {
  assert(!term.empty() && "cannot add an empty term");
  llvm::SmallVector<Id, 16> ids;
  ids.reserve(term.size());
  llvm::SmallVector<Id, 4> children;
  for (const Term::Node &node : term.nodes()) {
    children.clear();
    for (uint32_t child : node.children)
      children.push_back(ids[child]);
    ids.push_back(add(node.head.op, node.head.payload, children));
  }
  return findAndCompress(ids.back());
}

bool EGraph::merge(Id a, Id b) {
  Id root = findAndCompress(a);
  Id other = findAndCompress(b);
  if (root == other)
    return false;
  // Keep the class with more parents canonical: only the parents of the
  // absorbed class need re-canonicalization in rebuild().
  if (ParentCount[root] < ParentCount[other])
    std::swap(root, other);
  UnionParent[other] = root;

  // Splice the absorbed parent list onto the root's. The absorbed class
  // keeps its head/tail, which delimit exactly its own parents for rebuild.
  if (ParentHead[other] != NoEdge) {
    if (ParentHead[root] == NoEdge)
      ParentHead[root] = ParentHead[other];
    else
      ParentEdges[ParentTail[root]].next = ParentHead[other];
    ParentTail[root] = ParentTail[other];
  }
  ParentCount[root] += ParentCount[other];
  MergedAway.push_back(other);
  --NumCanonicalClasses;
  Clean = false;

  if (TheAnalysis) {
    DidMerge result = TheAnalysis->mergeClasses(root, other);
    // The spliced list holds the parents of both sides, so one walk covers
    // whichever side changed.
    if (result.intoChanged || result.fromChanged)
      forEachParentEdge(
          root, [&](NodeId parent) { AnalysisWorklist.push_back(parent); });
    TheAnalysis->modify(*this, findAndCompress(root));
  }
  return true;
}

std::optional<Id> EGraph::lookup(OpId op, Payload payload,
                                 ArrayRef<Id> children) const {
  llvm::SmallVector<Id, 4> canonical;
  for (Id child : children)
    canonical.push_back(find(child));
  HashCons::Entry found = findInMemo({op, payload, canonical});
  if (!found)
    return std::nullopt;
  return find(found.classHint);
}

std::optional<Id> EGraph::lookupTerm(const Term &term) const {
  if (term.empty())
    return std::nullopt;
  llvm::SmallVector<Id, 16> ids;
  llvm::SmallVector<Id, 4> children;
  for (const Term::Node &node : term.nodes()) {
    children.clear();
    for (uint32_t child : node.children)
      children.push_back(ids[child]);
    std::optional<Id> found = lookup(node.head.op, node.head.payload, children);
    if (!found)
      return std::nullopt;
    ids.push_back(*found);
  }
  return ids.back();
}

std::optional<Id> EGraph::lookupInSnapshot(OpId op, Payload payload,
                                           ArrayRef<Id> children) const {
  // Snapshot nodes keep the keys they had at the last rebuild until the
  // next one, and a node added since then never shares a key with a
  // snapshot node (add() would have returned the snapshot node), so a plain
  // hashcons probe answers the question for the snapshot.
  HashCons::Entry found = findInMemo({op, payload, children});
  if (!found || found.node >= SnapshotNodeEnd)
    return std::nullopt;
  // Class hints are refreshed to the canonical class by every rebuild.
  return found.classHint;
}

std::pair<uint32_t, uint32_t> EGraph::narrowToOp(uint32_t begin, uint32_t end,
                                                 OpId op) const {
  auto opBefore = [&](const SnapshotNode &node, OpId value) {
    return node.op < value;
  };
  const SnapshotNode *first = std::lower_bound(
      SnapshotNodes.data() + begin, SnapshotNodes.data() + end, op, opBefore);
  const SnapshotNode *last = first;
  const SnapshotNode *limit = SnapshotNodes.data() + end;
  while (last != limit && last->op == op)
    ++last;
  return {static_cast<uint32_t>(first - SnapshotNodes.data()),
          static_cast<uint32_t>(last - SnapshotNodes.data())};
}

bool EGraph::recanonicalize(NodeId id, unsigned &numUnions) {
  ArrayRef<Id> kids = children(id);
  bool stale = false;
  for (Id child : kids)
    stale |= UnionParent[child] != child;
  if (!stale)
    return false;

  Memo.erase(keyOf(id), id, childrenAccessor());
  Id *mutableKids = ChildIds.data() + Nodes[id].childBegin;
  for (size_t i = 0, e = kids.size(); i != e; ++i)
    mutableKids[i] = findAndCompress(mutableKids[i]);
  HashCons::Entry entry = Memo.findOrInsert(keyOf(id), id, childrenAccessor());
  if (entry.node == id)
    return true;
  NodeId existing = entry.node;
  // Congruent to a node already in the hashcons: retire this one and merge
  // the classes.
  DeadNodes.set(id);
  if (merge(id, existing))
    ++numUnions;
  return true;
}

unsigned EGraph::rebuild() {
  if (Clean)
    return 0;
  unsigned numUnions = 0;
  size_t mergedCursor = 0;
  // Congruence work first: analysis make() may read children, which must be
  // canonical by then.
  while (true) {
    if (mergedCursor < MergedAway.size()) {
      Id absorbed = MergedAway[mergedCursor++];
      forEachParentEdge(absorbed, [&](NodeId parent) {
        if (!DeadNodes.test(parent))
          recanonicalize(parent, numUnions);
      });
      continue;
    }
    if (!AnalysisWorklist.empty()) {
      NodeId node = AnalysisWorklist.back();
      AnalysisWorklist.pop_back();
      if (DeadNodes.test(node))
        continue;
      Id cls = findAndCompress(node);
      if (TheAnalysis->joinNode(*this, cls, node)) {
        forEachParentEdge(
            cls, [&](NodeId parent) { AnalysisWorklist.push_back(parent); });
        TheAnalysis->modify(*this, cls);
      }
      continue;
    }
    break;
  }
  MergedAway.clear();
  rebuildSnapshot();
  rebuildParentLists();
  Clean = true;
  ++Generation;
  return numUnions;
}

void EGraph::rebuildSnapshot() {
  size_t numIds = UnionParent.size();
  // Flatten the union-find completely so that find() is one step until
  // the next merge.
  for (Id id = 0; id != numIds; ++id)
    UnionParent[id] = findAndCompress(id);

  SnapshotClasses.clear();
  ClassSlot.assign(numIds, InvalidId);
  for (Id id = 0; id != numIds; ++id) {
    if (UnionParent[id] != id)
      continue;
    ClassSlot[id] = SnapshotClasses.size();
    SnapshotClasses.push_back(id);
  }
  assert(SnapshotClasses.size() == NumCanonicalClasses &&
         "canonical class count out of sync");

  // Bucket the live nodes by class (counting sort keeps id order inside a
  // bucket), then order each bucket by operator.
  ClassNodeOffsets.assign(SnapshotClasses.size() + 1, 0);
  // UnionParent is flat now: it maps every node to its class.
  for (NodeId node = 0; node != numIds; ++node)
    if (!DeadNodes.test(node))
      ++ClassNodeOffsets[ClassSlot[UnionParent[node]] + 1];
  for (size_t slot = 0; slot != SnapshotClasses.size(); ++slot)
    ClassNodeOffsets[slot + 1] += ClassNodeOffsets[slot];
  assert(ClassNodeOffsets.back() == Memo.size() &&
         "live nodes and hashcons disagree");
  ClassNodeList.resize(ClassNodeOffsets.back());
  std::vector<uint32_t> cursor(ClassNodeOffsets.begin(),
                               ClassNodeOffsets.end() - 1);
  for (NodeId node = 0; node != numIds; ++node)
    if (!DeadNodes.test(node))
      ClassNodeList[cursor[ClassSlot[UnionParent[node]]]++] = node;

  for (auto &entry : ClassesByOp)
    entry.second.clear();
  for (size_t slot = 0; slot != SnapshotClasses.size(); ++slot) {
    NodeId *begin = ClassNodeList.data() + ClassNodeOffsets[slot];
    NodeId *end = ClassNodeList.data() + ClassNodeOffsets[slot + 1];
    if (end - begin > 1)
      std::sort(begin, end, [&](NodeId lhs, NodeId rhs) {
        return std::make_pair(Nodes[lhs].op, lhs) <
               std::make_pair(Nodes[rhs].op, rhs);
      });
    Id cls = SnapshotClasses[slot];
    for (NodeId *it = begin; it != end; ++it)
      if (it == begin || Nodes[*it].op != Nodes[*(it - 1)].op)
        ClassesByOp[Nodes[*it].op].push_back(cls);
  }

  // Copy node contents in class order for sequential e-matching.
  SnapshotNodes.clear();
  SnapshotChildren.clear();
  SnapshotNodes.reserve(ClassNodeList.size() + 1);
  for (NodeId node : ClassNodeList) {
    SnapshotNodes.push_back({Nodes[node].op,
                             static_cast<uint32_t>(SnapshotChildren.size()),
                             Nodes[node].payload});
    ArrayRef<Id> kids = children(node);
    SnapshotChildren.insert(SnapshotChildren.end(), kids.begin(), kids.end());
  }
  SnapshotNodes.push_back(
      {0, static_cast<uint32_t>(SnapshotChildren.size()), 0});
  Memo.shrinkToFit(childrenAccessor());
  Memo.refreshClassHints([&](Id hint) { return UnionParent[hint]; });
  SnapshotNodeEnd = numIds;
}

void EGraph::rebuildParentLists() {
  // Rewrite the parent lists as contiguous per-class runs of live parents:
  // drops edges of retired nodes and restores locality.
  size_t numIds = UnionParent.size();
  ParentCount.assign(numIds, 0);
  ParentHead.assign(numIds, NoEdge);
  ParentTail.assign(numIds, NoEdge);
  for (NodeId node = 0; node != numIds; ++node) {
    if (DeadNodes.test(node))
      continue;
    for (Id child : children(node))
      ++ParentCount[child];
  }
  uint32_t numEdges = 0;
  for (Id cls : SnapshotClasses) {
    if (ParentCount[cls] == 0)
      continue;
    ParentHead[cls] = numEdges;
    ParentTail[cls] = numEdges; // Fill cursor until the loop below ends.
    numEdges += ParentCount[cls];
  }
  ParentEdges.resize(numEdges);
  for (NodeId node = 0; node != numIds; ++node) {
    if (DeadNodes.test(node))
      continue;
    for (Id child : children(node)) {
      uint32_t edge = ParentTail[child]++;
      ParentEdges[edge] = {node, edge + 1};
    }
  }
  for (Id cls : SnapshotClasses) {
    if (ParentCount[cls] == 0)
      continue;
    uint32_t tail = --ParentTail[cls];
    ParentEdges[tail].next = NoEdge;
  }
}

size_t EGraph::memoryUsage() const {
  auto bytes = [](const auto &vector) {
    return vector.capacity() * sizeof(vector[0]);
  };
  size_t byOp = ClassesByOp.getMemorySize();
  for (const auto &entry : ClassesByOp)
    byOp += bytes(entry.second);
  return bytes(Nodes) + bytes(ChildIds) + bytes(SnapshotNodes) +
         bytes(SnapshotChildren) + DeadNodes.getMemorySize() +
         bytes(UnionParent) + bytes(ParentHead) + bytes(ParentTail) +
         bytes(ParentCount) + bytes(ParentEdges) + Memo.memoryUsage() +
         bytes(MergedAway) + bytes(AnalysisWorklist) + bytes(SnapshotClasses) +
         bytes(ClassSlot) + bytes(ClassNodeOffsets) + bytes(ClassNodeList) +
         byOp;
}

std::vector<std::string> EGraph::checkInvariants() const {
  std::vector<std::string> errors;
  auto report = [&](const llvm::Twine &message) {
    if (errors.size() < 100)
      errors.push_back(message.str());
  };
  if (!Clean) {
    report("e-graph has changes since the last rebuild");
    return errors;
  }
  size_t numIds = UnionParent.size();

  // Hashcons and congruence: every live node has canonical children, the
  // hashcons maps its content to it, and no two live nodes are equal.
  using Key = std::tuple<OpId, Payload, std::vector<Id>>;
  std::map<Key, NodeId> canonicalNodes;
  size_t numLive = 0;
  for (NodeId node = 0; node != numIds; ++node) {
    if (DeadNodes.test(node))
      continue;
    ++numLive;
    ArrayRef<Id> kids = children(node);
    for (Id child : kids)
      if (find(child) != child)
        report("node " + llvm::Twine(node) + " has non-canonical child " +
               llvm::Twine(child));
    HashCons::Entry entry = findInMemo(keyOf(node));
    if (entry.node != node)
      report("hashcons does not map node " + llvm::Twine(node) +
             " to itself (got " +
             (entry ? llvm::Twine(entry.node) : llvm::Twine("none")) + ")");
    else if (find(entry.classHint) != find(node))
      report("hashcons class hint of node " + llvm::Twine(node) +
             " is in another class");
    auto [it, inserted] = canonicalNodes.try_emplace(
        Key(op(node), payload(node), std::vector<Id>(kids.begin(), kids.end())),
        node);
    if (!inserted)
      report("nodes " + llvm::Twine(it->second) + " (class " +
             llvm::Twine(find(it->second)) + ") and " + llvm::Twine(node) +
             " (class " + llvm::Twine(find(node)) +
             ") are equal canonical nodes");
  }
  if (Memo.size() != numLive)
    report("hashcons has " + llvm::Twine(Memo.size()) + " entries but " +
           llvm::Twine(numLive) + " nodes are live");
  Memo.forEach([&](NodeId node) {
    if (node >= numIds || DeadNodes.test(node))
      report("hashcons holds retired or unknown node " + llvm::Twine(node));
  });

  // Classes: the snapshot lists exactly the canonical classes, each with
  // exactly its live nodes sorted by operator.
  size_t numRoots = 0;
  for (Id id = 0; id != numIds; ++id)
    numRoots += UnionParent[id] == id;
  if (numRoots != NumCanonicalClasses || numRoots != SnapshotClasses.size())
    report("class count mismatch: " + llvm::Twine(numRoots) + " roots, " +
           llvm::Twine(NumCanonicalClasses) + " counted, " +
           llvm::Twine(SnapshotClasses.size()) + " in snapshot");
  size_t numListed = 0;
  for (Id cls : SnapshotClasses) {
    if (find(cls) != cls) {
      report("snapshot class " + llvm::Twine(cls) + " is not canonical");
      continue;
    }
    ArrayRef<NodeId> nodes = classNodes(cls);
    if (nodes.empty())
      report("class " + llvm::Twine(cls) + " has no nodes");
    numListed += nodes.size();
    for (size_t i = 0; i != nodes.size(); ++i) {
      NodeId node = nodes[i];
      if (DeadNodes.test(node) || find(node) != cls)
        report("class " + llvm::Twine(cls) + " lists foreign node " +
               llvm::Twine(node));
      if (i && std::make_pair(op(nodes[i - 1]), nodes[i - 1]) >=
                   std::make_pair(op(node), node))
        report("nodes of class " + llvm::Twine(cls) + " are not sorted");
      if (i == 0 || op(nodes[i - 1]) != op(node)) {
        ArrayRef<Id> withOp = classesWithOp(op(node));
        if (!std::binary_search(withOp.begin(), withOp.end(), cls))
          report("operator index misses class " + llvm::Twine(cls) +
                 " for op " + llvm::Twine(op(node)));
      }
    }
  }
  if (numListed != numLive)
    report("class lists hold " + llvm::Twine(numListed) + " nodes, " +
           llvm::Twine(numLive) + " are live");
  for (const auto &[opId, classList] : ClassesByOp) {
    for (size_t i = 0; i != classList.size(); ++i) {
      Id cls = classList[i];
      if (i && classList[i - 1] >= cls)
        report("operator index for op " + llvm::Twine(opId) +
               " is not strictly ascending");
      if (!isSnapshotClass(cls) || classNodesWithOp(cls, opId).empty())
        report("operator index lists class " + llvm::Twine(cls) +
               " without op " + llvm::Twine(opId));
    }
  }

  // Parent lists: each live node is recorded as a parent of each child.
  std::set<std::pair<Id, NodeId>> parentEdges;
  for (Id cls : SnapshotClasses)
    forEachParentEdge(cls, [&](NodeId parent) {
      parentEdges.insert({cls, parent});
    });
  for (NodeId node = 0; node != numIds; ++node) {
    if (DeadNodes.test(node))
      continue;
    for (Id child : children(node))
      if (!parentEdges.count({find(child), node}))
        report("node " + llvm::Twine(node) + " missing from parents of class " +
               llvm::Twine(find(child)));
  }
  return errors;
}
