//===- HashCons.h - The e-graph's node table --------------------*- C++ -*-===//
//
// The hashcons maps the content of every live e-node to that node's id.
//
// Each 32-byte slot holds the node's key inline (operator, payload, arity and
// the first two children) plus the node id and the node's class as of the
// last refresh. Lookups of nodes with at most two children therefore touch
// exactly one cache line and never the node arrays, and the stored class
// hint lets the caller canonicalize the result through a hot union-find
// entry instead of the node's own (cold) one. Longer child lists are
// compared against the node storage through the caller's ChildrenOf
// accessor.
//
// Linear probing with backward-shift deletion: no tombstones, so lookups in
// a table that sees many erase/insert cycles during rebuild stay short.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_HASHCONS_H
#define FLEXMATCH_EGRAPH_HASHCONS_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/HugePageAllocator.h"

#include "llvm/ADT/ArrayRef.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace flexmatch::egraph {

class HashCons {
public:
  static constexpr NodeId Absent = ~NodeId(0);

  /// A node's content.
  struct Key {
    OpId op;
    Payload payload;
    llvm::ArrayRef<Id> children;
  };
  /// A found entry: the node and a class id whose find() is its class.
  struct Entry {
    NodeId node = Absent;
    Id classHint = InvalidId;
    explicit operator bool() const { return node != Absent; }
  };

  size_t size() const { return NumEntries; }
  size_t memoryUsage() const { return Slots.capacity() * sizeof(Slot); }

  static uint32_t hash(const Key &key) {
    constexpr uint64_t Multiplier = 0x9E3779B97F4A7C15ULL;
    uint64_t hash =
        ((uint64_t(key.op) << 32) | key.children.size()) * Multiplier;
    hash = (hash ^ uint64_t(key.payload)) * Multiplier;
    for (Id child : key.children)
      hash = ((hash ^ child) * Multiplier) ^ (hash >> 29);
    // Final avalanche (murmur3 fmix64): the table indexes with the low bits.
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ULL;
    hash ^= hash >> 33;
    return static_cast<uint32_t>(hash);
  }

  /// \p childrenOf(NodeId) -> ArrayRef<Id> gives the children of stored
  /// nodes; it is only called for nodes with more than two children.
  template <typename ChildrenOf>
  Entry find(const Key &key, ChildrenOf childrenOf) const {
    if (Slots.empty())
      return {};
    for (size_t index = hash(key) & Mask;; index = (index + 1) & Mask) {
      const Slot &slot = Slots[index];
      if (slot.node == Absent)
        return {};
      if (matches(slot, key, childrenOf))
        return {slot.node, slot.classHint};
    }
  }

  /// Returns the existing equal entry, or inserts \p node (its own class
  /// hint) and returns that.
  template <typename ChildrenOf>
  Entry findOrInsert(const Key &key, NodeId node, ChildrenOf childrenOf) {
    assert(node != Absent && "reserved node id");
    if ((NumEntries + 1) * 8 > Slots.size() * 5)
      grow(childrenOf);
    for (size_t index = hash(key) & Mask;; index = (index + 1) & Mask) {
      Slot &slot = Slots[index];
      if (slot.node == Absent) {
        slot = makeSlot(key, node);
        ++NumEntries;
        return {node, node};
      }
      if (matches(slot, key, childrenOf))
        return {slot.node, slot.classHint};
    }
  }

  /// Removes the entry of \p node, whose current content is \p key.
  template <typename ChildrenOf>
  void erase(const Key &key, NodeId node, ChildrenOf childrenOf) {
    size_t hole = hash(key) & Mask;
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
      size_t home = hash(slotKey(candidate, childrenOf)) & Mask;
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

  /// Replaces every class hint h by \p canonical(h).
  template <typename CanonicalFn>
  void refreshClassHints(CanonicalFn canonical) {
    for (Slot &slot : Slots)
      if (slot.node != Absent)
        slot.classHint = canonical(slot.classHint);
  }

  /// Calls \p fn(node) for every entry.
  template <typename Fn> void forEach(Fn fn) const {
    for (const Slot &slot : Slots)
      if (slot.node != Absent)
        fn(slot.node);
  }

  /// Shrinks the table if it is mostly empty (e.g. after a rebuild retired
  /// many nodes): a smaller table keeps more of it in cache.
  template <typename ChildrenOf> void shrinkToFit(ChildrenOf childrenOf) {
    size_t size = Slots.size();
    while (size > 64 && NumEntries * 8 <= (size / 2) * 4)
      size /= 2;
    if (size != Slots.size())
      resize(size, childrenOf);
  }

private:
  struct alignas(32) Slot {
    NodeId node;
    Id classHint;
    OpId op;
    uint32_t arity;
    Payload payload;
    /// The first two children; unused ones are zero.
    Id child0, child1;
  };
  static_assert(sizeof(Slot) == 32, "a slot should fill half a cache line");

  static Slot makeSlot(const Key &key, NodeId node) {
    size_t arity = key.children.size();
    return {node,
            node,
            key.op,
            static_cast<uint32_t>(arity),
            key.payload,
            arity > 0 ? key.children[0] : 0,
            arity > 1 ? key.children[1] : 0};
  }

  template <typename ChildrenOf>
  static Key slotKey(const Slot &slot, ChildrenOf childrenOf) {
    if (slot.arity <= 2)
      return {slot.op, slot.payload,
              llvm::ArrayRef<Id>(&slot.child0, slot.arity)};
    return {slot.op, slot.payload, childrenOf(slot.node)};
  }

  template <typename ChildrenOf>
  static bool matches(const Slot &slot, const Key &key, ChildrenOf childrenOf) {
    size_t arity = key.children.size();
    if (slot.op != key.op || slot.payload != key.payload || slot.arity != arity)
      return false;
    if (arity > 0 && slot.child0 != key.children[0])
      return false;
    if (arity > 1 && slot.child1 != key.children[1])
      return false;
    if (arity <= 2)
      return true;
    llvm::ArrayRef<Id> stored = childrenOf(slot.node);
    return std::equal(stored.begin() + 2, stored.end(),
                      key.children.begin() + 2);
  }

  template <typename ChildrenOf> void grow(ChildrenOf childrenOf) {
    resize(Slots.empty() ? 64 : Slots.size() * 2, childrenOf);
  }

  template <typename ChildrenOf>
  void resize(size_t newSize, ChildrenOf childrenOf) {
    Slot empty{};
    empty.node = Absent;
    std::vector<Slot, HugePageAllocator<Slot>> old(newSize, empty);
    std::swap(old, Slots);
    Mask = newSize - 1;
    for (const Slot &slot : old) {
      if (slot.node == Absent)
        continue;
      size_t index = hash(slotKey(slot, childrenOf)) & Mask;
      while (Slots[index].node != Absent)
        index = (index + 1) & Mask;
      Slots[index] = slot;
    }
  }

  std::vector<Slot, HugePageAllocator<Slot>> Slots;
  size_t Mask = 0;
  size_t NumEntries = 0;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_HASHCONS_H
