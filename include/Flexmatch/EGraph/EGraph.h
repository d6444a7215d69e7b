//===- EGraph.h - The e-graph data structure --------------------*- C++ -*-===//
//
// An e-graph with egg's deferred-rebuild design:
//
//  * Every added e-node gets a fresh id which is also the id of the new
//    singleton e-class; a union-find over these ids gives class equality.
//  * The hashcons maps node content to node id. A node's class is always
//    find(node id), so hashcons values never go stale; only keys do, when a
//    child class is merged away.
//  * merge() only touches the union-find, the class member lists, and the
//    analysis. rebuild() then re-canonicalizes the parents of merged-away
//    classes (restoring the hashcons and congruence) until a fixed point,
//    drops duplicate nodes, and recomputes the per-class node lists and the
//    index of classes by operator.
//
// Storage is flat and sized for large graphs: node contents live in a
// NodeStore (12 bytes per binary node), the hashcons holds 8-byte slots,
// and besides those each id costs 12 bytes (union-find parent, member-list
// link, parent count). Parent lists are not kept between rebuilds: rebuild
// builds a ParentIndex when it needs one and drops it when done.
//
// Between rebuilds the graph is "dirty": add/merge work, but the class node
// lists and the operator index describe the state of the last rebuild (the
// snapshot). Rewriting relies on this: rules are matched against the snapshot
// while matches are being applied, so each iteration sees one consistent
// graph exactly as if all rules were searched before any was applied.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_EGRAPH_H
#define FLEXMATCH_EGRAPH_EGRAPH_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/HashCons.h"
#include "Flexmatch/EGraph/LargeArray.h"
#include "Flexmatch/EGraph/NodeStore.h"
#include "Flexmatch/EGraph/ParentIndex.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"

#include <optional>
#include <string>
#include <vector>

namespace flexmatch::egraph {

class Analysis;
class Term;

class EGraph {
public:
  /// \p analysis (optional) must outlive the e-graph.
  explicit EGraph(Analysis *analysis = nullptr);
  EGraph(const EGraph &) = delete;
  EGraph &operator=(const EGraph &) = delete;
  EGraph(EGraph &&) = default;
  EGraph &operator=(EGraph &&) = default;

  //===--------------------------------------------------------------------===//
  // Building
  //===--------------------------------------------------------------------===//

  /// Adds a node (children are canonicalized first) and returns its
  /// canonical class. An existing equal node returns its class.
  Id add(OpId op, Payload payload, llvm::ArrayRef<Id> children);
  Id add(const ENode &node) {
    return add(node.op, node.payload, node.children);
  }
  /// A node ready to be added: canonical children, interned head and hash,
  /// computed once. Bulk adders (PatternApplier::applyMatches) prepare
  /// nodes several adds ahead, prefetch with them, and add them later.
  /// Valid until the next merge (adds do not change canonical ids).
  struct PreparedNode {
    HeadId head = 0;
    uint32_t hash = 0;
    llvm::SmallVector<Id, 4> children;
  };
  void prepare(OpId op, Payload payload, llvm::ArrayRef<Id> children,
               PreparedNode &out);
  /// Adding is dominated by cache misses: the hashcons slot, then the
  /// stored node it holds (compared against the key) and that node's
  /// union-find entry. Prefetch the slot a few adds ahead, then (slot now
  /// cached) the node it names a little closer.
  void prefetchSlot(const PreparedNode &node) const;
  void prefetchCandidate(const PreparedNode &node) const;
  /// add() of a prepared node.
  Id addPrepared(const PreparedNode &node);
  /// Adds every node of \p term; returns the class of its root.
  Id addTerm(const Term &term);

  /// Merges the classes of \p a and \p b. Returns false if they were already
  /// equal. Congruence is restored by the next rebuild().
  bool merge(Id a, Id b);

  /// Restores the hashcons and congruence invariants and recomputes class
  /// node lists and the operator index. Returns the number of merges caused
  /// by congruence. Must not be called while a rule search is in progress.
  unsigned rebuild();
  /// True if nothing changed since the last rebuild().
  bool isClean() const { return Clean; }

  //===--------------------------------------------------------------------===//
  // Queries valid at any time
  //===--------------------------------------------------------------------===//

  /// The canonical id of \p id's class.
  ///
  /// rebuild() flattens the union-find completely; between rebuilds the
  /// union-find parent of an id that was neither canonical nor created
  /// since stays its class as of that rebuild, which lookupInSnapshot()
  /// relies on (see findAndCompress()).
  Id find(Id id) const {
    while (UnionParent[id] != id)
      id = UnionParent[id];
    return id;
  }
  bool areEqual(Id a, Id b) const { return find(a) == find(b); }

  /// Looks up a node (children are canonicalized first); returns its
  /// canonical class if present.
  std::optional<Id> lookup(OpId op, Payload payload,
                           llvm::ArrayRef<Id> children) const;
  std::optional<Id> lookupTerm(const Term &term) const;
  /// Number of live e-nodes. Exact (distinct canonical nodes) when clean;
  /// between rebuilds it may count nodes that the next rebuild merges.
  size_t numNodes() const { return Memo.size(); }
  /// Number of canonical e-classes.
  size_t numClasses() const { return NumCanonicalClasses; }
  /// Number of ids ever handed out (live and dead nodes).
  size_t numIds() const { return UnionParent.size(); }

  /// Contents of a node. Valid for every node id, live or dead; a live
  /// node's children are canonical as of the last rebuild.
  NodeView node(NodeId id) const {
    const NodeStore::Head &head = Nodes.headRecord(id);
    return {head.op, head.payload, Nodes.children(id)};
  }
  OpId op(NodeId id) const { return Nodes.headRecord(id).op; }
  Payload payload(NodeId id) const { return Nodes.headRecord(id).payload; }
  llvm::ArrayRef<Id> children(NodeId id) const { return Nodes.children(id); }
  ENode getENode(NodeId id) const {
    return ENode(op(id), payload(id), children(id));
  }
  /// True if \p id was found to duplicate another node and was retired.
  bool isDeadNode(NodeId id) const { return DeadNodes.test(id); }

  Analysis *getAnalysis() const { return TheAnalysis; }

  /// Bytes held by the e-graph's containers.
  size_t memoryUsage() const;

  /// Checks every structural invariant (hashcons, congruence, class lists,
  /// operator index, parent lists). Returns one message per violation;
  /// empty means consistent. Expensive; intended for tests.
  std::vector<std::string> checkInvariants() const;

  //===--------------------------------------------------------------------===//
  // Snapshot queries: state as of the last rebuild()
  //===--------------------------------------------------------------------===//

  /// Canonical classes, ascending.
  llvm::ArrayRef<Id> classes() const { return SnapshotClasses; }
  /// True if \p id was a canonical class at the last rebuild.
  bool isSnapshotClass(Id id) const {
    return id < ClassSlot.size() && ClassSlot[id] != InvalidId;
  }
  /// Nodes of a class canonical at the last rebuild, sorted by operator
  /// (then by id).
  llvm::ArrayRef<NodeId> classNodes(Id cls) const {
    auto [begin, end] = classNodeRange(cls);
    return {ClassNodeList.data() + begin, end - begin};
  }
  /// The nodes of \p cls whose operator is \p op.
  llvm::ArrayRef<NodeId> classNodesWithOp(Id cls, OpId op) const {
    auto [begin, end] = classNodeRange(cls, op);
    return {ClassNodeList.data() + begin, end - begin};
  }

  /// A copy of a node's content taken by the last rebuild. The copies of a
  /// class's nodes and their children are contiguous, so e-matching scans
  /// memory sequentially. Indices are positions in classNodes() order.
  struct SnapshotNode {
    OpId op;
    uint32_t childBegin;
    Payload payload;
  };
  /// Position range [first, second) of the nodes of \p cls.
  std::pair<uint32_t, uint32_t> classNodeRange(Id cls) const {
    assert(isSnapshotClass(cls) && "not a canonical class of the snapshot");
    uint32_t slot = ClassSlot[cls];
    return {ClassNodeOffsets[slot], ClassNodeOffsets[slot + 1]};
  }
  /// Position range of the nodes of \p cls with operator \p op.
  std::pair<uint32_t, uint32_t> classNodeRange(Id cls, OpId op) const {
    auto [begin, end] = classNodeRange(cls);
    // Most classes hold a single operator: check the ends before searching.
    if (SnapshotNodes[begin].op == op && SnapshotNodes[end - 1].op == op)
      return {begin, end};
    return narrowToOp(begin, end, op);
  }
  const SnapshotNode &snapshotNode(uint32_t position) const {
    return SnapshotNodes[position];
  }
  llvm::ArrayRef<Id> snapshotChildren(uint32_t position) const {
    uint32_t begin = SnapshotNodes[position].childBegin;
    return {SnapshotChildren.data() + begin,
            SnapshotNodes[position + 1].childBegin - begin};
  }
  NodeId snapshotNodeId(uint32_t position) const {
    return ClassNodeList[position];
  }

  /// Classes containing at least one node with operator \p op, ascending.
  llvm::ArrayRef<Id> classesWithOp(OpId op) const {
    auto it = ClassesByOp.find(op);
    if (it == ClassesByOp.end())
      return {};
    return it->second;
  }
  /// Looks up a node whose children are snapshot classes in the snapshot;
  /// nodes added since the last rebuild are ignored.
  std::optional<Id> lookupInSnapshot(OpId op, Payload payload,
                                     llvm::ArrayRef<Id> children) const;
  /// Incremented by every rebuild that changed the snapshot.
  uint64_t generation() const { return Generation; }

private:
  /// A class merged away since the last rebuild: its member ids at the time
  /// of the merge are the run of the member list from \c first to
  /// \c absorbed (see NextMember).
  struct MergedRun {
    Id absorbed;
    Id first;
  };

  /// find() with path halving, except that \p id's own parent pointer is
  /// kept: every other id on the path was canonical at some point since
  /// the last rebuild, so only the first hop can be a pointer that
  /// lookupInSnapshot() needs.
  Id findAndCompress(Id id) {
    id = UnionParent[id];
    while (UnionParent[id] != id) {
      UnionParent[id] = UnionParent[UnionParent[id]];
      id = UnionParent[id];
    }
    return id;
  }
  static uint32_t hashNode(HeadId head, llvm::ArrayRef<Id> children);
  uint32_t hashOf(NodeId id) const {
    return hashNode(Nodes.headOf(id), Nodes.children(id));
  }
  NodeId findInMemo(HeadId head, llvm::ArrayRef<Id> children) const;
  std::optional<NodeId> findCanonicalNode(OpId op, Payload payload,
                                          llvm::ArrayRef<Id> children) const;
  std::pair<uint32_t, uint32_t> narrowToOp(uint32_t begin, uint32_t end,
                                           OpId op) const;
  template <typename Fn> void forEachParent(Id cls, Fn fn) const;
  template <typename Fn> void forEachParentOfRun(MergedRun run, Fn fn) const;
  bool recanonicalize(NodeId id, unsigned &numUnions);
  void rebuildSnapshot();
  void recountParents();

  // Node storage.
  NodeStore Nodes;
  llvm::BitVector DeadNodes;

  // Classes.
  LargeArray<Id> UnionParent;
  /// Links the ids of each class into a cycle. merge() splices two cycles
  /// in O(1) by swapping the links of the two roots; afterwards the ids
  /// that made up the absorbed class still form one run of the cycle,
  /// because only roots' links ever change (see MergedRun).
  LargeArray<Id> NextMember;
  /// Number of parent edges of each class; only meaningful for canonical
  /// classes. Guides merge() (see there).
  LargeArray<uint32_t> ParentCount;
  size_t NumCanonicalClasses = 0;

  HashCons Memo;

  // Work recorded since the last rebuild.
  LargeArray<MergedRun> MergedAway;
  /// Classes whose analysis value changed by a merge: their parents must be
  /// revisited.
  std::vector<Id> AnalysisDirtyClasses;
  std::vector<NodeId> AnalysisWorklist;
  bool Clean = true;

  /// Parents by child id; only populated inside rebuild().
  ParentIndex Parents;

  // Snapshot built by the last rebuild.
  uint32_t SnapshotNodeEnd = 0;
  std::vector<Id> SnapshotClasses;
  LargeArray<uint32_t> ClassSlot;
  LargeArray<uint32_t> ClassNodeOffsets{1, 0};
  LargeArray<NodeId> ClassNodeList;
  LargeArray<SnapshotNode> SnapshotNodes{1, SnapshotNode{0, 0, 0}};
  LargeArray<Id> SnapshotChildren;
  llvm::DenseMap<OpId, std::vector<Id>> ClassesByOp;
  uint64_t Generation = 0;

  Analysis *TheAnalysis = nullptr;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_EGRAPH_H
