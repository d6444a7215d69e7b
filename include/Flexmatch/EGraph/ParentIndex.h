//===- ParentIndex.h - Which nodes use an id as a child ---------*- C++ -*-===//
//
// A compressed (CSR) index from an id to the live nodes that store it as a
// child, built from scratch by the e-graph's rebuild and dropped afterwards.
//
// Keeping per-class parent lists up to date on every add() and merge() (as
// egg does) costs memory for the whole run: list heads and tails per id plus
// a linked edge per child. Rebuild is the only consumer, and it can get the
// same answers from this index, which it builds in two sequential passes over
// the node store: 4 bytes per edge plus 4 per id, alive only while rebuilding.
//
// The index is keyed by the child id as stored in the node when the index
// was built, not by class: the e-graph finds the parents of a class by
// visiting the ids of its members (see EGraph::NextMember).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_PARENTINDEX_H
#define FLEXMATCH_EGRAPH_PARENTINDEX_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/LargeArray.h"
#include "Flexmatch/EGraph/NodeStore.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitVector.h"


namespace flexmatch::egraph {

class ParentIndex {
public:
  /// Indexes the children of every node of \p nodes not set in \p dead.
  void build(const NodeStore &nodes, const llvm::BitVector &dead) {
    size_t numIds = nodes.size();
    Offsets.assign(numIds + 1, 0);
    for (NodeId node = 0; node != numIds; ++node)
      if (!dead.test(node))
        for (Id child : nodes.children(node))
          ++Offsets[child + 1];
    for (size_t id = 0; id != numIds; ++id)
      Offsets[id + 1] += Offsets[id];
    Parents.resize(Offsets[numIds]);
    // Fill with Offsets[id] as the cursor of id's run, then shift back.
    for (NodeId node = 0; node != numIds; ++node)
      if (!dead.test(node))
        for (Id child : nodes.children(node))
          Parents[Offsets[child]++] = node;
    for (size_t id = numIds; id != 0; --id)
      Offsets[id] = Offsets[id - 1];
    Offsets[0] = 0;
  }

  /// Number of ids the index covers (ids of nodes added later have no
  /// entry).
  size_t numIndexed() const { return Offsets.empty() ? 0 : Offsets.size() - 1; }
  bool empty() const { return Offsets.empty(); }

  /// The nodes, ascending, that stored \p id as a child when the index was
  /// built (a node using it twice is listed twice).
  llvm::ArrayRef<NodeId> parentsOf(Id id) const {
    if (id >= numIndexed())
      return {};
    return {Parents.data() + Offsets[id], Offsets[id + 1] - Offsets[id]};
  }

  /// Frees the index.
  void clear() {
    Offsets.release();
    Parents.release();
  }

  size_t memoryUsage() const {
    return Offsets.memoryUsage() + Parents.memoryUsage();
  }

private:
  LargeArray<uint32_t> Offsets;
  LargeArray<NodeId> Parents;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_PARENTINDEX_H
