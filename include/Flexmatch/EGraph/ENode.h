//===- ENode.h - Basic e-graph vocabulary types -----------------*- C++ -*-===//
//
// Identifiers and the e-node value type shared by the whole e-graph library.
//
// An e-node is {operator, payload, children}. The operator is an opaque 32-bit
// id chosen by the client (e.g. an index into a table of MLIR operation
// names); the payload is an opaque pointer-sized value compared and hashed by
// value (e.g. a pointer to a uniqued MLIR attribute dictionary, or an
// integer). Children are e-class ids.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_ENODE_H
#define FLEXMATCH_EGRAPH_ENODE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>

namespace flexmatch::egraph {

/// Identifies an e-class. Every e-node creates an e-class with the same
/// number when it is added, so node ids and class ids share one space; a
/// class id stays valid forever but may stop being canonical after a merge.
using Id = uint32_t;
/// Identifies an e-node (see Id).
using NodeId = uint32_t;
/// Opaque operator identifier chosen by the client.
using OpId = uint32_t;
/// Opaque pointer-sized operand compared and hashed by value.
using Payload = uintptr_t;

inline constexpr Id InvalidId = ~Id(0);

inline Payload payloadFromPointer(const void *pointer) {
  return reinterpret_cast<Payload>(pointer);
}
template <typename T> const T *payloadToPointer(Payload payload) {
  return reinterpret_cast<const T *>(payload);
}

/// The part of an e-node that is not a child: operator and payload.
struct NodeHead {
  OpId op = 0;
  Payload payload = 0;

  friend bool operator==(const NodeHead &lhs, const NodeHead &rhs) {
    return lhs.op == rhs.op && lhs.payload == rhs.payload;
  }
  friend bool operator!=(const NodeHead &lhs, const NodeHead &rhs) {
    return !(lhs == rhs);
  }
};

/// An owning e-node value, used to pass nodes into the e-graph.
struct ENode {
  OpId op = 0;
  Payload payload = 0;
  llvm::SmallVector<Id, 3> children;

  ENode() = default;
  ENode(OpId op, Payload payload, llvm::ArrayRef<Id> children = {})
      : op(op), payload(payload), children(children.begin(), children.end()) {}

  friend bool operator==(const ENode &lhs, const ENode &rhs) {
    return lhs.op == rhs.op && lhs.payload == rhs.payload &&
           lhs.children == rhs.children;
  }
};

/// A non-owning view of an e-node stored in an e-graph. The children view is
/// invalidated by any mutation of the e-graph.
struct NodeView {
  OpId op;
  Payload payload;
  llvm::ArrayRef<Id> children;

  NodeHead head() const { return {op, payload}; }
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_ENODE_H
