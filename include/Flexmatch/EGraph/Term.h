//===- Term.h - Concrete terms (recursive expressions) ----------*- C++ -*-===//
//
// A Term is a tree of node heads stored as a flat, topologically ordered node
// list (children before parents, root last), like egg's RecExpr. Terms are
// the input to EGraph::addTerm and the output of extraction.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_TERM_H
#define FLEXMATCH_EGRAPH_TERM_H

#include "Flexmatch/EGraph/ENode.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cassert>
#include <string>
#include <vector>

namespace flexmatch::egraph {

class Language;

class Term {
public:
  struct Node {
    NodeHead head;
    /// Indices of earlier nodes of the same term.
    llvm::SmallVector<uint32_t, 2> children;
  };

  /// Appends a node whose children are indices of earlier nodes; returns
  /// its index. The last node added is the root.
  uint32_t add(NodeHead head, llvm::ArrayRef<uint32_t> children = {});

  llvm::ArrayRef<Node> nodes() const { return Nodes; }
  bool empty() const { return Nodes.empty(); }
  size_t size() const { return Nodes.size(); }
  uint32_t rootIndex() const {
    assert(!Nodes.empty() && "empty term has no root");
    return Nodes.size() - 1;
  }

  /// Parses an s-expression such as "(+ a (* 2 b))".
  static llvm::Expected<Term> parse(llvm::StringRef text, Language &language);

  /// Prints the tree rooted at \p index (default: the root) as an
  /// s-expression; shared subterms are printed repeatedly.
  void print(llvm::raw_ostream &os, const Language &language) const;
  void print(llvm::raw_ostream &os, const Language &language,
             uint32_t index) const;
  std::string toString(const Language &language) const;

private:
  std::vector<Node> Nodes;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_TERM_H
