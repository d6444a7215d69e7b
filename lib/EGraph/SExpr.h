//===- SExpr.h - Minimal s-expression reader (private) ----------*- C++ -*-===//
//
// Shared by the term and pattern parsers. Atoms are maximal runs of
// characters other than whitespace and parentheses; ';' starts a comment
// that runs to the end of the line.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_EGRAPH_SEXPR_H
#define FLEXMATCH_LIB_EGRAPH_SEXPR_H

#include "Flexmatch/EGraph/Language.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <vector>

namespace flexmatch::egraph::detail {

struct SExpr {
  /// The atom text, or the head atom of a list.
  llvm::StringRef atom;
  /// Arguments of a list (after the head); empty for atoms.
  std::vector<SExpr> args;
  bool isList = false;
  /// Byte offset in the input, for diagnostics.
  size_t offset = 0;
};

/// Parses exactly one s-expression. Lists must be non-empty and start with
/// an atom.
llvm::Expected<SExpr> parseSExpr(llvm::StringRef text);

/// Creates a parse error mentioning \p offset in \p text.
llvm::Error makeParseError(llvm::StringRef text, size_t offset,
                           const llvm::Twine &message);

/// Builds a node tree bottom-up from \p expr: operator heads are resolved by
/// \p language and added with `addNode(head, children)`; atoms starting with
/// '?' go to `onVariable(expr)`, which adds a variable or rejects it. Both
/// return the new node's index (or an error, for onVariable).
template <typename AddNode, typename OnVariable>
llvm::Expected<uint32_t> buildTree(const SExpr &expr, llvm::StringRef text,
                                   Language &language, AddNode &&addNode,
                                   OnVariable &&onVariable) {
  if (expr.atom.starts_with("?"))
    return onVariable(expr);
  llvm::SmallVector<uint32_t, 4> children;
  for (const SExpr &arg : expr.args) {
    auto child = buildTree(arg, text, language, addNode, onVariable);
    if (!child)
      return child.takeError();
    children.push_back(*child);
  }
  auto head = language.parseHead(expr.atom, expr.args.size());
  if (!head)
    return makeParseError(text, expr.offset, llvm::toString(head.takeError()));
  return addNode(*head, children);
}

} // namespace flexmatch::egraph::detail

#endif // FLEXMATCH_LIB_EGRAPH_SEXPR_H
