//===- Pattern.h - Patterns with variables ----------------------*- C++ -*-===//
//
// A Pattern is a term whose leaves may be variables ("?x"). Variables may
// repeat (non-linear patterns) and subterms may be ground.
//
// An operator node may also carry a node variable: "(conv2d@c ?x ?w)"
// matches a node with operator conv2d, two children and ANY payload, and
// binds "@c" to the matched e-node's NodeId. A head without '@' matches the
// payload exactly. Node variables share vars() with class variables and are
// told apart by their '@' prefix; a repeated node variable must bind the
// same e-node. In a right-hand side, "(conv2d@c ?a ?b)" builds a node with
// operator conv2d and the payload of the node bound to "@c". Patterns are
// parsed from s-expressions through a Language and compiled (Machine.h) into
// matching programs; as appliers they are instantiated with a substitution.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_PATTERN_H
#define FLEXMATCH_EGRAPH_PATTERN_H

#include "Flexmatch/EGraph/ENode.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cassert>
#include <optional>
#include <string>
#include <vector>

namespace flexmatch::egraph {

class Language;
class Term;

class Pattern {
public:
  struct Node {
    /// Index into vars() for a variable node; NoVar for an operator node.
    uint32_t var = NoVar;
    NodeHead head;
    /// Indices of earlier nodes of the pattern.
    llvm::SmallVector<uint32_t, 2> children;
    /// Index into vars() of the node variable ("@c") of an operator node;
    /// NoVar if the node matches its payload exactly.
    uint32_t nodeVar = NoVar;

    bool isVar() const { return var != NoVar; }
    bool hasNodeVar() const { return nodeVar != NoVar; }
  };
  static constexpr uint32_t NoVar = ~uint32_t(0);

  /// Parses an s-expression whose atoms starting with '?' are variables and
  /// whose head tokens "op@name" carry node variables.
  static llvm::Expected<Pattern> parse(llvm::StringRef text,
                                       Language &language);

  /// Builder interface. Variables are identified by name (with the '?').
  uint32_t addVar(llvm::StringRef name);
  /// Adds an operator node. A non-empty \p nodeVar (with the '@', e.g.
  /// "@c") makes the node match any payload and bind the matched e-node;
  /// head.payload is then ignored for matching.
  uint32_t addNode(NodeHead head, llvm::ArrayRef<uint32_t> children = {},
                   llvm::StringRef nodeVar = {});

  llvm::ArrayRef<Node> nodes() const { return Nodes; }
  uint32_t rootIndex() const {
    assert(!Nodes.empty() && "empty pattern");
    return Nodes.size() - 1;
  }
  const Node &root() const { return Nodes[rootIndex()]; }
  /// Distinct variable names ("?x" class variables and "@c" node
  /// variables) in order of first occurrence.
  llvm::ArrayRef<std::string> vars() const { return Vars; }
  std::optional<uint32_t> varIndex(llvm::StringRef name) const;
  /// True if \p name names a node variable ("@c").
  static bool isNodeVarName(llvm::StringRef name) {
    return name.starts_with("@");
  }

  /// True if the subpattern at \p index contains no variables (class or
  /// node variables).
  bool isGround(uint32_t index) const { return Ground[index]; }
  /// The ground subpattern at \p index as a term.
  Term toTerm(uint32_t index) const;

  void print(llvm::raw_ostream &os, const Language &language) const;
  std::string toString(const Language &language) const;

private:
  void print(llvm::raw_ostream &os, const Language &language,
             uint32_t index) const;

  std::vector<Node> Nodes;
  std::vector<bool> Ground;
  uint32_t internVar(llvm::StringRef name);

  std::vector<std::string> Vars;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_PATTERN_H
