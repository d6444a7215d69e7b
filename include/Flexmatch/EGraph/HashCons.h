//===- HashCons.h - The e-graph's node table --------------------*- C++ -*-===//
//
// The hashcons maps the content of every live e-node to that node's id.
//
// It stores no content: each 8-byte slot holds a node id and the full
// 32-bit hash of that node's content, which the caller computes. The table
// indexes with the low bits of the hash; the stored hash lets a probe skip
// other nodes without reading them (so a comparison against the node store,
// done by the caller's Equals callback, almost only happens on a real match)
// and lets the table grow and delete without recomputing any hash. Keeping
// content out of the table makes it four times smaller than one holding
// inline keys, and the table is the largest random-access structure of the
// e-graph.
//
// Linear probing with backward-shift deletion: no tombstones, so lookups in
// a table that sees many erase/insert cycles during rebuild stay short.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_HASHCONS_H
#define FLEXMATCH_EGRAPH_HASHCONS_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/LargeArray.h"

#include <cassert>
#include <cstddef>
#include <cstdint>

namespace flexmatch::egraph {

class HashCons {
public:
  static constexpr NodeId Absent = ~NodeId(0);

  size_t size() const { return NumEntries; }
  size_t memoryUsage() const { return Slots.capacity() * sizeof(Slot); }

  /// The node with hash \p hash for which \p equals(NodeId) holds, or
  /// Absent.
  template <typename Equals> NodeId find(uint32_t hash, Equals equals) const {
    if (Slots.empty())
      return Absent;
    for (size_t index = hash & Mask;; index = (index + 1) & Mask) {
      const Slot &slot = Slots[index];
      if (slot.node == Absent)
        return Absent;
      if (slot.hash == hash && equals(slot.node))
        return slot.node;
    }
  }

  /// Returns the existing node equal to the key, or inserts \p node and
  /// returns it.
  template <typename Equals>
  NodeId findOrInsert(uint32_t hash, NodeId node, Equals equals) {
    assert(node != Absent && "reserved node id");
    if ((NumEntries + 1) * 4 > Slots.size() * 3)
      resize(Slots.empty() ? 64 : Slots.size() * 2);
    for (size_t index = hash & Mask;; index = (index + 1) & Mask) {
      Slot &slot = Slots[index];
      if (slot.node == Absent) {
        slot = {node, hash};
        ++NumEntries;
        return node;
      }
      if (slot.hash == hash && equals(slot.node))
        return slot.node;
    }
  }

  /// Removes the entry of \p node, whose hash is \p hash.
  void erase(uint32_t hash, NodeId node) {
    size_t hole = hash & Mask;
    while (Slots[hole].node != node) {
      assert(Slots[hole].node != Absent && "erasing an entry that is absent");
      hole = (hole + 1) & Mask;
    }
    // Backward-shift deletion: move later entries of the probe run into
    // the hole unless that would put them before their home slot.
    for (size_t next = (hole + 1) & Mask;; next = (next + 1) & Mask) {
      const Slot &candidate = Slots[next];
      if (candidate.node == Absent)
        break;
      size_t home = candidate.hash & Mask;
      bool homeInGap = hole <= next ? (hole < home && home <= next)
                                    : (hole < home || home <= next);
      if (homeInGap)
        continue;
      Slots[hole] = candidate;
      hole = next;
    }
    Slots[hole].node = Absent;
    --NumEntries;
  }

  /// Hint that a lookup of \p hash follows soon.
  void prefetch(uint32_t hash) const {
    if (!Slots.empty())
      __builtin_prefetch(&Slots[hash & Mask]);
  }

  /// The first node with hash \p hash on its probe run, without comparing
  /// content: almost always the node find() would return. For prefetching.
  NodeId candidate(uint32_t hash) const {
    if (Slots.empty())
      return Absent;
    for (size_t index = hash & Mask;; index = (index + 1) & Mask) {
      const Slot &slot = Slots[index];
      if (slot.node == Absent || slot.hash == hash)
        return slot.node;
    }
  }

  /// Calls \p fn(node) for every entry.
  template <typename Fn> void forEach(Fn fn) const {
    for (const Slot &slot : Slots)
      if (slot.node != Absent)
        fn(slot.node);
  }

  /// Shrinks the table if it is mostly empty (e.g. after a rebuild retired
  /// many nodes): a smaller table keeps more of it in cache.
  void shrinkToFit() {
    size_t size = Slots.size();
    while (size > 64 && NumEntries * 8 <= (size / 2) * 3)
      size /= 2;
    if (size != Slots.size())
      resize(size);
  }

private:
  struct Slot {
    NodeId node;
    uint32_t hash;
  };

  void resize(size_t newSize) {
    LargeArray<Slot> old(newSize, Slot{Absent, 0});
    old.swap(Slots);
    Mask = newSize - 1;
    for (const Slot &slot : old) {
      if (slot.node == Absent)
        continue;
      size_t index = slot.hash & Mask;
      while (Slots[index].node != Absent)
        index = (index + 1) & Mask;
      Slots[index] = slot;
    }
  }

  LargeArray<Slot> Slots;
  size_t Mask = 0;
  size_t NumEntries = 0;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_HASHCONS_H
