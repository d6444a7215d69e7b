//===- NodeStore.h - Compact storage of e-node contents ---------*- C++ -*-===//
//
// Stores the content of every e-node ever added, indexed by node id, in
// 12 bytes per node for arities up to two.
//
//  * Heads are interned. A workload uses few distinct (operator, payload,
//    arity) triples compared to its number of nodes, so each node stores a
//    32-bit head id instead of a 4-byte operator plus an 8-byte payload; the
//    arity comes with the head, so nodes need no child count or offset.
//  * Children of nodes with at most two children live inline in the node's
//    record, so reading a node (hashcons comparisons, re-canonicalization)
//    touches one place. Longer child lists go to a shared overflow array and
//    the record holds their offset.
//
// Only the e-graph writes here; it also rewrites children in place when it
// re-canonicalizes a node.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_NODESTORE_H
#define FLEXMATCH_EGRAPH_NODESTORE_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/LargeArray.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"

#include <cassert>
#include <optional>
#include <utility>
#include <vector>

namespace flexmatch::egraph {

/// Identifies an interned (operator, payload, arity) triple.
using HeadId = uint32_t;

class NodeStore {
public:
  struct Head {
    OpId op;
    uint32_t arity;
    Payload payload;
  };

  /// The id of the head (op, payload, arity), interning it if new.
  HeadId internHead(OpId op, Payload payload, size_t arity) {
    // Callers tend to add runs of nodes with one head (a rule's right-hand
    // side step for every match), so remember the last answer.
    if (LastHead != InvalidHead && Heads[LastHead].op == op &&
        Heads[LastHead].payload == payload && Heads[LastHead].arity == arity)
      return LastHead;
    auto [it, inserted] =
        HeadIndex.try_emplace(headKey(op, payload, arity), Heads.size());
    if (inserted)
      Heads.push_back({op, static_cast<uint32_t>(arity), payload});
    LastHead = it->second;
    return LastHead;
  }
  /// The id of the head if some node ever used it.
  std::optional<HeadId> findHead(OpId op, Payload payload,
                                 size_t arity) const {
    auto it = HeadIndex.find(headKey(op, payload, arity));
    if (it == HeadIndex.end())
      return std::nullopt;
    return it->second;
  }
  const Head &head(HeadId id) const { return Heads[id]; }

  size_t size() const { return Records.size(); }

  /// Appends a node; its id is the previous size().
  NodeId append(HeadId head, llvm::ArrayRef<Id> children) {
    assert(children.size() == Heads[head].arity && "arity mismatch");
    Record record{head, {0, 0}};
    if (children.size() <= 2) {
      std::copy(children.begin(), children.end(), record.slots);
    } else {
      record.slots[0] = static_cast<Id>(Overflow.size());
      Overflow.append(children.begin(), children.end());
    }
    Records.push_back(record);
    return static_cast<NodeId>(Records.size() - 1);
  }

  HeadId headOf(NodeId id) const { return Records[id].head; }
  const Head &headRecord(NodeId id) const { return Heads[Records[id].head]; }

  /// The children of \p id; invalidated by append().
  llvm::ArrayRef<Id> children(NodeId id) const {
    const Record &record = Records[id];
    uint32_t arity = Heads[record.head].arity;
    if (arity <= 2)
      return {record.slots, arity};
    return {Overflow.data() + record.slots[0], arity};
  }
  llvm::MutableArrayRef<Id> mutableChildren(NodeId id) {
    Record &record = Records[id];
    uint32_t arity = Heads[record.head].arity;
    if (arity <= 2)
      return {record.slots, arity};
    return {Overflow.data() + record.slots[0], arity};
  }

  /// True if node \p id has head \p head and children \p children.
  bool equals(NodeId id, HeadId head, llvm::ArrayRef<Id> children) const {
    const Record &record = Records[id];
    if (record.head != head)
      return false;
    // Equal heads imply equal arities.
    if (children.size() <= 2)
      return (children.size() < 1 || record.slots[0] == children[0]) &&
             (children.size() < 2 || record.slots[1] == children[1]);
    return std::equal(children.begin(), children.end(),
                      Overflow.data() + record.slots[0]);
  }

  /// Hint that node \p id is about to be read.
  void prefetch(NodeId id) const { __builtin_prefetch(Records.data() + id); }

  size_t memoryUsage() const {
    return Records.memoryUsage() + Overflow.memoryUsage() +
           Heads.capacity() * sizeof(Head) +
           HeadIndex.getMemorySize();
  }

private:
  static constexpr HeadId InvalidHead = ~HeadId(0);
  using HeadKey = std::pair<uint64_t, Payload>;
  static HeadKey headKey(OpId op, Payload payload, size_t arity) {
    return {(uint64_t(op) << 32) | uint64_t(arity), payload};
  }

  struct Record {
    HeadId head;
    /// The children if there are at most two (unused ones are zero);
    /// otherwise slots[0] is the offset of the children in Overflow.
    Id slots[2];
  };
  static_assert(sizeof(Record) == 12, "records should stay packed");

  LargeArray<Record> Records;
  LargeArray<Id> Overflow;
  std::vector<Head> Heads;
  llvm::DenseMap<HeadKey, HeadId> HeadIndex;
  HeadId LastHead = InvalidHead;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_NODESTORE_H
