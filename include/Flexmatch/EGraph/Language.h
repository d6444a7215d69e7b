//===- Language.h - Naming operators for parsing and printing ---*- C++ -*-===//
//
// The e-graph itself only knows opaque operator ids and payloads. A Language
// translates between those and the tokens of the s-expression syntax used by
// patterns, terms, and the JSON/DOT exporters.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_LANGUAGE_H
#define FLEXMATCH_EGRAPH_LANGUAGE_H

#include "Flexmatch/EGraph/ENode.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace flexmatch::egraph {

/// Maps s-expression heads to node heads and back.
class Language {
public:
  virtual ~Language();

  /// Interprets the head token of an s-expression with \p arity children
  /// (a bare atom has arity 0). Returns an error for unknown tokens or a
  /// wrong arity.
  virtual llvm::Expected<NodeHead> parseHead(llvm::StringRef token,
                                             unsigned arity) = 0;

  /// Prints the head of a node as an s-expression token.
  virtual void printHead(llvm::raw_ostream &os, NodeHead head) const = 0;

  /// Convenience wrapper around printHead.
  std::string headToString(NodeHead head) const;
};

/// A ready-made language of named operators plus two leaf kinds: integer
/// literals (payload = the value) and symbols (payload = an interned symbol
/// number). Used by tests, the benchmark, and quick experiments.
class BasicLanguage : public Language {
public:
  BasicLanguage();

  /// Registers (or returns the existing id of) operator \p name. If
  /// \p arity is given, parsing checks it.
  OpId addOperator(llvm::StringRef name, std::optional<unsigned> arity = {});
  /// The op id of integer literal leaves.
  OpId integerOp() const { return IntegerOp; }
  /// The op id of symbol leaves.
  OpId symbolOp() const { return SymbolOp; }
  /// Interns \p name and returns the payload of the symbol leaf.
  Payload symbol(llvm::StringRef name);
  llvm::StringRef symbolName(Payload payload) const;
  llvm::StringRef operatorName(OpId op) const;

  llvm::Expected<NodeHead> parseHead(llvm::StringRef token,
                                     unsigned arity) override;
  void printHead(llvm::raw_ostream &os, NodeHead head) const override;

private:
  struct OperatorInfo {
    llvm::StringRef name;
    std::optional<unsigned> arity;
  };
  llvm::BumpPtrAllocator Storage;
  llvm::UniqueStringSaver Saver{Storage};
  std::vector<OperatorInfo> Operators;
  llvm::StringMap<OpId> OperatorIds;
  std::vector<llvm::StringRef> Symbols;
  llvm::StringMap<Payload> SymbolIds;
  OpId IntegerOp;
  OpId SymbolOp;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_LANGUAGE_H
