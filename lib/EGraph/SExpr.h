//===- SExpr.h - Minimal s-expression reader (private) ----------*- C++ -*-===//
//
// Shared by the term and pattern parsers. Atoms are maximal runs of
// characters other than whitespace and parentheses; ';' starts a comment
// that runs to the end of the line.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_EGRAPH_SEXPR_H
#define FLEXMATCH_LIB_EGRAPH_SEXPR_H

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

} // namespace flexmatch::egraph::detail

#endif // FLEXMATCH_LIB_EGRAPH_SEXPR_H
