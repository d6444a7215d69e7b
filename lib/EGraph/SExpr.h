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
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
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

/// Splits a head token "op@name" into the operator token and the node
/// variable name ("@name", with the '@'). A token without an '@' after its
/// first character has no node variable (\p nodeVar is left empty), so
/// tokens that start with '@' (e.g. symbol references) stay plain heads.
/// Returns an error message if the name after '@' is empty.
inline std::optional<std::string> splitNodeVar(llvm::StringRef token,
                                               llvm::StringRef &op,
                                               llvm::StringRef &nodeVar) {
  size_t at = token.find('@', 1);
  op = token;
  nodeVar = {};
  if (at == llvm::StringRef::npos)
    return std::nullopt;
  op = token.take_front(at);
  nodeVar = token.drop_front(at);
  if (nodeVar.size() == 1)
    return std::string("node variable needs a name after '@' in '") +
           token.str() + "'";
  if (nodeVar.find('@', 1) != llvm::StringRef::npos)
    return std::string("node variable name in '") + token.str() +
           "' must not contain another '@'";
  return std::nullopt;
}

/// Builds a node tree bottom-up from \p expr: operator heads are resolved by
/// \p language and added with `addNode(head, children, nodeVar)`; atoms
/// starting with '?' go to `onVariable(expr)`, which adds a variable or
/// rejects it. Both return the new node's index (or an error, for
/// onVariable). A head token "op@name" carries node variable "@name" (passed
/// as nodeVar; empty otherwise; the language parses just "op"); such heads
/// are rejected unless \p allowNodeVars.
template <typename AddNode, typename OnVariable>
llvm::Expected<uint32_t> buildTree(const SExpr &expr, llvm::StringRef text,
                                   Language &language, bool allowNodeVars,
                                   AddNode &&addNode, OnVariable &&onVariable) {
  if (expr.atom.starts_with("?"))
    return onVariable(expr);
  llvm::StringRef token, nodeVar;
  if (std::optional<std::string> error = splitNodeVar(expr.atom, token, nodeVar))
    return makeParseError(text, expr.offset, *error);
  if (!nodeVar.empty() && !allowNodeVars)
    return makeParseError(text, expr.offset,
                          "node variable '" + nodeVar +
                              "' is not allowed in a ground term");
  llvm::SmallVector<uint32_t, 4> children;
  for (const SExpr &arg : expr.args) {
    auto child =
        buildTree(arg, text, language, allowNodeVars, addNode, onVariable);
    if (!child)
      return child.takeError();
    children.push_back(*child);
  }
  auto head = language.parseHead(token, expr.args.size());
  if (!head)
    return makeParseError(text, expr.offset, llvm::toString(head.takeError()));
  return addNode(*head, children, nodeVar);
}

} // namespace flexmatch::egraph::detail

#endif // FLEXMATCH_LIB_EGRAPH_SEXPR_H
