//===- Lexer.h - Relay text lexer -------------------------------*- C++ -*-===//

#ifndef FLEXMATCH_LIB_TARGET_RELAY_LEXER_H
#define FLEXMATCH_LIB_TARGET_RELAY_LEXER_H

#include "mlir/IR/Location.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SourceMgr.h"

namespace flexmatch::relay {

/// A token of the Relay text format. `typeComment` holds the text of a
/// `/* ty=... */` comment that directly preceded the token (TVM prints the
/// type of an expression right after it), so the parser can check it.
struct Token {
  enum Kind {
#define TOK_MARKER(NAME) NAME,
#define TOK_IDENTIFIER(NAME) NAME,
#define TOK_LITERAL(NAME) NAME,
#define TOK_PUNCTUATION(NAME, SPELLING) NAME,
#include "TokenKinds.def"
  };

  Kind kind = eof;
  llvm::StringRef spelling;
  llvm::StringRef typeComment;
  const char *typeCommentPos = nullptr;

  bool is(Kind k) const { return kind == k; }
  bool isKeyword(llvm::StringRef word) const {
    return kind == bare_identifier && spelling == word;
  }
  /// The spelling of a punctuation token kind, for diagnostics.
  static llvm::StringRef describe(Kind kind);
};

/// Splits a Relay source buffer into tokens. The metadata section after
/// `#[metadata]` is not tokenized: metadataText() returns it raw.
class Lexer {
public:
  Lexer(const llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context);

  Token lexToken();

  /// The file:line:col location of a position in the buffer.
  mlir::Location getLoc(const char *pos) const;

  /// The JSON text after `#[metadata]`, or "" when the file has none, and
  /// the position where it starts.
  llvm::StringRef metadataText() const { return metadata; }
  const char *metadataStart() const { return metadata.data(); }
  const char *bufferStart() const { return buffer.data(); }

  /// Where the lexer is: saved before parsing a global function out of
  /// order (a call of a function defined later) and restored after.
  struct State {
    const char *curPtr;
    llvm::StringRef pendingTypeComment;
    const char *pendingTypeCommentPos;
  };
  State saveState() const {
    return {curPtr, pendingTypeComment, pendingTypeCommentPos};
  }
  void restoreState(const State &state) {
    curPtr = state.curPtr;
    pendingTypeComment = state.pendingTypeComment;
    pendingTypeCommentPos = state.pendingTypeCommentPos;
  }
  /// Continues lexing at `pos`, a token start within the buffer.
  void resetTo(const char *pos) { restoreState({pos, {}, nullptr}); }

  /// The message and position of the last error token from lexToken().
  llvm::StringRef errorMessage() const { return lastError; }
  const char *getErrorPos() const { return errorPos; }

private:
  Token makeToken(Token::Kind kind, const char *start);
  Token emitError(const char *pos, const llvm::Twine &message);
  Token lexNumber(const char *start);
  Token lexString(const char *start);
  Token lexIdentifier(const char *start, Token::Kind kind);
  bool skipComment(); // false on an unterminated block comment

  const llvm::SourceMgr &sourceMgr;
  mlir::MLIRContext *context;
  llvm::StringRef buffer;
  llvm::StringRef metadata;
  const char *curPtr;
  const char *end;
  llvm::StringRef pendingTypeComment;
  const char *pendingTypeCommentPos = nullptr;
  std::string lastError;
  const char *errorPos = nullptr;
};

} // namespace flexmatch::relay

#endif // FLEXMATCH_LIB_TARGET_RELAY_LEXER_H
