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

EGraph::EGraph(Analysis *analysis) : TheAnalysis(analysis) {}

uint32_t EGraph::hashNode(HeadId head, ArrayRef<Id> children) {
  constexpr uint64_t Multiplier = 0x9E3779B97F4A7C15ULL;
  uint64_t hash = (uint64_t(head) + 1) * Multiplier;
  for (Id child : children)
    hash = ((hash ^ child) * Multiplier) ^ (hash >> 29);
  // Final avalanche (murmur3 fmix64): the hashcons indexes with the low bits
  // and compares the rest.
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  hash *= 0xc4ceb9fe1a85ec53ULL;
  hash ^= hash >> 33;
  return static_cast<uint32_t>(hash);
}

NodeId EGraph::findInMemo(HeadId head, ArrayRef<Id> children) const {
  return Memo.find(hashNode(head, children), [&](NodeId candidate) {
    return Nodes.equals(candidate, head, children);
  });
}

std::optional<NodeId>
EGraph::findCanonicalNode(OpId op, Payload payload,
                          ArrayRef<Id> children) const {
  std::optional<HeadId> head = Nodes.findHead(op, payload, children.size());
  if (!head)
    return std::nullopt;
  NodeId found = findInMemo(*head, children);
  if (found == HashCons::Absent)
    return std::nullopt;
  return found;
}

template <typename Fn> void EGraph::forEachParent(Id cls, Fn fn) const {
  // The parents of a class are the parents of its member ids.
  Id member = cls;
  do {
    for (NodeId parent : Parents.parentsOf(member))
      fn(parent);
    member = NextMember[member];
  } while (member != cls);
}

template <typename Fn>
void EGraph::forEachParentOfRun(MergedRun run, Fn fn) const {
  for (Id member = run.first;; member = NextMember[member]) {
    for (NodeId parent : Parents.parentsOf(member))
      fn(parent);
    if (member == run.absorbed)
      break;
  }
}

Id EGraph::add(OpId op, Payload payload, ArrayRef<Id> children) {
  PreparedNode node;
  node.children.reserve(children.size());
  // A local copy: \p children may point into the node store, which
  // append() may move.
  for (Id child : children)
    node.children.push_back(findAndCompress(child));
  node.head = Nodes.internHead(op, payload, node.children.size());
  node.hash = hashNode(node.head, node.children);
  return addPrepared(node);
}

void EGraph::prepare(OpId op, Payload payload, ArrayRef<Id> children,
                     PreparedNode &out) {
  out.children.clear();
  for (Id child : children)
    out.children.push_back(find(child));
  out.head = Nodes.internHead(op, payload, out.children.size());
  out.hash = hashNode(out.head, out.children);
}

void EGraph::prefetchSlot(const PreparedNode &node) const {
  Memo.prefetch(node.hash);
}

void EGraph::prefetchCandidate(const PreparedNode &node) const {
  NodeId candidate = Memo.candidate(node.hash);
  if (candidate != HashCons::Absent) {
    Nodes.prefetch(candidate);
    __builtin_prefetch(UnionParent.data() + candidate);
  }
}

Id EGraph::addPrepared(const PreparedNode &node) {
  ArrayRef<Id> canonical = node.children;
  HeadId head = node.head;
  NodeId fresh = Nodes.size();
  assert(fresh < InvalidId && "e-graph id space exhausted");
  NodeId existing =
      Memo.findOrInsert(node.hash, fresh, [&](NodeId candidate) {
        return Nodes.equals(candidate, head, canonical);
      });
  if (existing != fresh)
    return findAndCompress(existing);

  Nodes.append(head, canonical);
  DeadNodes.push_back(false);
  UnionParent.push_back(fresh);
  NextMember.push_back(fresh);
  ParentCount.push_back(0);
  for (Id child : canonical)
    ++ParentCount[child];
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
  ParentCount[root] += ParentCount[other];

  // Splice the member cycles. Afterwards the absorbed class's members run
  // from the root's new successor to \c other.
  std::swap(NextMember[root], NextMember[other]);
  MergedAway.push_back({other, NextMember[root]});
  --NumCanonicalClasses;
  Clean = false;

  if (TheAnalysis) {
    DidMerge result = TheAnalysis->mergeClasses(root, other);
    // The merged class's parents are those of both sides, so revisiting
    // them covers whichever side changed. Parents are only known inside
    // rebuild(), so just note the class.
    if (result.intoChanged || result.fromChanged)
      AnalysisDirtyClasses.push_back(root);
    TheAnalysis->modify(*this, findAndCompress(root));
  }
  return true;
}

std::optional<Id> EGraph::lookup(OpId op, Payload payload,
                                 ArrayRef<Id> children) const {
  llvm::SmallVector<Id, 4> canonical;
  for (Id child : children)
    canonical.push_back(find(child));
  std::optional<NodeId> found = findCanonicalNode(op, payload, canonical);
  if (!found)
    return std::nullopt;
  return find(*found);
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
  std::optional<NodeId> found = findCanonicalNode(op, payload, children);
  if (!found || *found >= SnapshotNodeEnd)
    return std::nullopt;
  // The node's class at the last rebuild: itself if it was canonical, else
  // its union-find parent, which only rebuild() changes for non-roots (see
  // find()).
  if (isSnapshotClass(*found))
    return *found;
  return UnionParent[*found];
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
  llvm::MutableArrayRef<Id> kids = Nodes.mutableChildren(id);
  bool stale = false;
  for (Id child : kids)
    stale |= UnionParent[child] != child;
  if (!stale)
    return false;

  Memo.erase(hashOf(id), id);
  for (Id &child : kids)
    child = findAndCompress(child);
  HeadId head = Nodes.headOf(id);
  NodeId existing =
      Memo.findOrInsert(hashNode(head, kids), id, [&](NodeId candidate) {
        return Nodes.equals(candidate, head, kids);
      });
  if (existing == id)
    return true;
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
  // The parent index is built on first need: a rebuild after adds alone
  // needs none.
  auto needParents = [&] {
    if (Parents.empty())
      Parents.build(Nodes, DeadNodes);
  };
  // Congruence work first: analysis make() may read children, which must be
  // canonical by then.
  while (true) {
    if (mergedCursor < MergedAway.size()) {
      needParents();
      MergedRun run = MergedAway[mergedCursor++];
      forEachParentOfRun(run, [&](NodeId parent) {
        if (!DeadNodes.test(parent))
          recanonicalize(parent, numUnions);
      });
      continue;
    }
    if (!AnalysisDirtyClasses.empty()) {
      needParents();
      Id cls = findAndCompress(AnalysisDirtyClasses.back());
      AnalysisDirtyClasses.pop_back();
      forEachParent(cls,
                    [&](NodeId parent) { AnalysisWorklist.push_back(parent); });
      continue;
    }
    if (!AnalysisWorklist.empty()) {
      NodeId node = AnalysisWorklist.back();
      AnalysisWorklist.pop_back();
      if (DeadNodes.test(node))
        continue;
      Id cls = findAndCompress(node);
      if (TheAnalysis->joinNode(*this, cls, node)) {
        needParents();
        forEachParent(
            cls, [&](NodeId parent) { AnalysisWorklist.push_back(parent); });
        TheAnalysis->modify(*this, cls);
      }
      continue;
    }
    if (!Parents.empty() && Parents.numIndexed() != Nodes.size()) {
      // The analysis added nodes during this rebuild. Index them too, then
      // bring them up to date with the merges they missed.
      NodeId firstNew = Parents.numIndexed();
      Parents.build(Nodes, DeadNodes);
      for (NodeId node = firstNew; node != Nodes.size(); ++node) {
        if (DeadNodes.test(node))
          continue;
        recanonicalize(node, numUnions);
        if (TheAnalysis && !DeadNodes.test(node))
          AnalysisWorklist.push_back(node);
      }
      continue;
    }
    break;
  }
  MergedAway.clear();
  Parents.clear();
  // Shrink before building the new snapshot, so that the old and new
  // tables do not coexist with it.
  Memo.shrinkToFit();
  rebuildSnapshot();
  recountParents();
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
  LargeArray<uint32_t> cursor;
  cursor.append(ClassNodeOffsets.begin(), ClassNodeOffsets.end() - 1);
  for (NodeId node = 0; node != numIds; ++node)
    if (!DeadNodes.test(node))
      ClassNodeList[cursor[ClassSlot[UnionParent[node]]]++] = node;
  cursor.release();

  for (auto &entry : ClassesByOp)
    entry.second.clear();
  for (size_t slot = 0; slot != SnapshotClasses.size(); ++slot) {
    NodeId *begin = ClassNodeList.data() + ClassNodeOffsets[slot];
    NodeId *end = ClassNodeList.data() + ClassNodeOffsets[slot + 1];
    if (end - begin > 1)
      std::sort(begin, end, [&](NodeId lhs, NodeId rhs) {
        return std::make_pair(op(lhs), lhs) < std::make_pair(op(rhs), rhs);
      });
    Id cls = SnapshotClasses[slot];
    for (NodeId *it = begin; it != end; ++it)
      if (it == begin || op(*it) != op(*(it - 1)))
        ClassesByOp[op(*it)].push_back(cls);
  }

  // Copy node contents in class order for sequential e-matching.
  SnapshotNodes.clear();
  SnapshotChildren.clear();
  SnapshotNodes.reserve(ClassNodeList.size() + 1);
  for (NodeId node : ClassNodeList) {
    const NodeStore::Head &head = Nodes.headRecord(node);
    SnapshotNodes.push_back(
        {head.op, static_cast<uint32_t>(SnapshotChildren.size()),
         head.payload});
    ArrayRef<Id> kids = children(node);
    SnapshotChildren.append(kids.begin(), kids.end());
  }
  SnapshotNodes.push_back(
      {0, static_cast<uint32_t>(SnapshotChildren.size()), 0});
  SnapshotNodeEnd = numIds;
}

void EGraph::recountParents() {
  // Drop the edges of retired nodes from the merge heuristic's counts.
  ParentCount.assign(UnionParent.size(), 0);
  for (NodeId node : ClassNodeList)
    for (Id child : children(node))
      ++ParentCount[child];
}

size_t EGraph::memoryUsage() const {
  auto bytes = [](const auto &array) {
    return array.capacity() * sizeof(array[0]);
  };
  size_t byOp = ClassesByOp.getMemorySize();
  for (const auto &entry : ClassesByOp)
    byOp += bytes(entry.second);
  return Nodes.memoryUsage() + bytes(SnapshotNodes) + bytes(SnapshotChildren) +
         DeadNodes.getMemorySize() + bytes(UnionParent) + bytes(NextMember) +
         bytes(ParentCount) + Parents.memoryUsage() + Memo.memoryUsage() +
         bytes(MergedAway) + bytes(AnalysisDirtyClasses) +
         bytes(AnalysisWorklist) + bytes(SnapshotClasses) + bytes(ClassSlot) +
         bytes(ClassNodeOffsets) + bytes(ClassNodeList) + byOp;
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
    NodeId entry = findInMemo(Nodes.headOf(node), kids);
    if (entry != node)
      report("hashcons does not map node " + llvm::Twine(node) +
             " to itself (got " +
             (entry != HashCons::Absent ? llvm::Twine(entry)
                                        : llvm::Twine("none")) +
             ")");
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

  // Member cycles: the cycle through each canonical class holds exactly
  // the ids of that class.
  std::vector<uint32_t> classSize(numIds, 0);
  for (Id id = 0; id != numIds; ++id)
    ++classSize[find(id)];
  for (Id cls : SnapshotClasses) {
    size_t length = 0;
    Id member = cls;
    do {
      if (find(member) != cls) {
        report("member cycle of class " + llvm::Twine(cls) +
               " holds foreign id " + llvm::Twine(member));
        break;
      }
      member = NextMember[member];
    } while (member != cls && ++length <= numIds);
    if (member == cls && length + 1 != classSize[cls])
      report("member cycle of class " + llvm::Twine(cls) + " has " +
             llvm::Twine(length + 1) + " ids, the class " +
             llvm::Twine(classSize[cls]));
  }
  return errors;
}
