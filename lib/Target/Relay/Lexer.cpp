//===- Lexer.cpp - Relay text lexer ---------------------------------------===//

#include "Lexer.h"

#include "llvm/ADT/StringExtras.h"

using namespace flexmatch::relay;
using llvm::StringRef;

llvm::StringRef Token::describe(Kind kind) {
  switch (kind) {
#define TOK_MARKER(NAME)                                                       \
  case NAME:                                                                   \
    return #NAME;
#define TOK_IDENTIFIER(NAME)                                                   \
  case NAME:                                                                   \
    return #NAME;
#define TOK_LITERAL(NAME)                                                      \
  case NAME:                                                                   \
    return #NAME;
#define TOK_PUNCTUATION(NAME, SPELLING)                                        \
  case NAME:                                                                   \
    return "'" SPELLING "'";
#include "TokenKinds.def"
  }
  return "token";
}

Lexer::Lexer(const llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context)
    : sourceMgr(sourceMgr), context(context) {
  buffer = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())->getBuffer();
  curPtr = buffer.begin();
  end = buffer.end();
  // The metadata section is JSON, not Relay: cut it off here.
  // The marker starts a line; a mention inside a comment does not count.
  size_t marker = buffer.starts_with("#[metadata]")
                      ? 0
                      : buffer.find("\n#[metadata]");
  if (marker != StringRef::npos && marker != 0)
    ++marker;
  if (marker != StringRef::npos) {
    metadata = buffer.drop_front(marker + StringRef("#[metadata]").size());
    end = buffer.begin() + marker;
  }
}

mlir::Location Lexer::getLoc(const char *pos) const {
  auto lineCol = sourceMgr.getLineAndColumn(llvm::SMLoc::getFromPointer(pos),
                                            sourceMgr.getMainFileID());
  StringRef file = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())
                       ->getBufferIdentifier();
  return mlir::FileLineColLoc::get(context, file, lineCol.first,
                                   lineCol.second);
}

Token Lexer::makeToken(Token::Kind kind, const char *start) {
  Token token;
  token.kind = kind;
  token.spelling = StringRef(start, curPtr - start);
  token.typeComment = pendingTypeComment;
  token.typeCommentPos = pendingTypeCommentPos;
  pendingTypeComment = {};
  pendingTypeCommentPos = nullptr;
  return token;
}

Token Lexer::emitError(const char *pos, const llvm::Twine &message) {
  lastError = message.str();
  errorPos = pos;
  Token token;
  token.kind = Token::error;
  token.spelling = StringRef(pos, 0);
  return token;
}

bool Lexer::skipComment() {
  // curPtr points at the '/' of "//" or "/*".
  if (curPtr[1] == '/') {
    while (curPtr != end && *curPtr != '\n')
      ++curPtr;
    return true;
  }
  const char *start = curPtr;
  curPtr += 2;
  while (curPtr + 1 < end && !(curPtr[0] == '*' && curPtr[1] == '/'))
    ++curPtr;
  if (curPtr + 1 >= end) {
    curPtr = start;
    return false;
  }
  StringRef text = StringRef(start + 2, curPtr - start - 2).trim();
  curPtr += 2;
  if (text.consume_front("ty=")) {
    // TVM may append " span=file:line:col" after the type.
    pendingTypeComment = text.split(" span=").first.trim();
    pendingTypeCommentPos = start;
  }
  return true;
}

Token Lexer::lexToken() {
  while (true) {
    if (curPtr == end)
      return makeToken(Token::eof, curPtr);
    const char *start = curPtr;
    char c = *curPtr;
    if (llvm::isSpace(c)) {
      ++curPtr;
      continue;
    }
    if (c == '/' && curPtr + 1 < end && (curPtr[1] == '/' || curPtr[1] == '*')) {
      if (!skipComment())
        return emitError(start, "unterminated comment");
      continue;
    }
    ++curPtr;
    switch (c) {
    case '(':
      return makeToken(Token::l_paren, start);
    case ')':
      return makeToken(Token::r_paren, start);
    case '[':
      return makeToken(Token::l_square, start);
    case ']':
      return makeToken(Token::r_square, start);
    case '{':
      return makeToken(Token::l_brace, start);
    case '}':
      return makeToken(Token::r_brace, start);
    case ',':
      return makeToken(Token::comma, start);
    case ';':
      return makeToken(Token::semicolon, start);
    case ':':
      return makeToken(Token::colon, start);
    case '=':
      return makeToken(Token::equal, start);
    case '.':
      return makeToken(Token::period, start);
    case '?':
      return makeToken(Token::question, start);
    case '#':
      if (curPtr != end && *curPtr == '[') {
        ++curPtr;
        return makeToken(Token::hash_l_square, start);
      }
      return emitError(start, "unexpected '#'");
    case '-':
      if (curPtr != end && *curPtr == '>') {
        ++curPtr;
        return makeToken(Token::arrow, start);
      }
      if (curPtr != end && llvm::isDigit(*curPtr))
        return lexNumber(start);
      return makeToken(Token::minus, start);
    case '"':
      return lexString(start);
    case '%':
      return lexIdentifier(start, Token::local_identifier);
    case '@':
      return lexIdentifier(start, Token::global_identifier);
    default:
      if (llvm::isDigit(c))
        return lexNumber(start);
      if (llvm::isAlpha(c) || c == '_')
        return lexIdentifier(start, Token::bare_identifier);
      return emitError(start, llvm::Twine("unexpected character '") +
                                  StringRef(start, 1) + "'");
    }
  }
}

Token Lexer::lexIdentifier(const char *start, Token::Kind kind) {
  // Operator names carry dots (nn.conv2d); variables do not, so that
  // `%t.0` is a projection.
  bool allowDots = kind == Token::bare_identifier;
  while (curPtr != end &&
         (llvm::isAlnum(*curPtr) || *curPtr == '_' ||
          (allowDots && *curPtr == '.' && curPtr + 1 != end &&
           (llvm::isAlpha(curPtr[1]) || curPtr[1] == '_'))))
    ++curPtr;
  if (kind != Token::bare_identifier && curPtr == start + 1)
    return emitError(start, "expected a name after '" + StringRef(start, 1) +
                                "'");
  return makeToken(kind, start);
}

Token Lexer::lexNumber(const char *start) {
  bool isFloat = false;
  while (curPtr != end && llvm::isDigit(*curPtr))
    ++curPtr;
  if (curPtr + 1 < end && *curPtr == '.' && llvm::isDigit(curPtr[1])) {
    isFloat = true;
    ++curPtr;
    while (curPtr != end && llvm::isDigit(*curPtr))
      ++curPtr;
  }
  if (curPtr != end && (*curPtr == 'e' || *curPtr == 'E')) {
    const char *exp = curPtr + 1;
    if (exp != end && (*exp == '+' || *exp == '-'))
      ++exp;
    if (exp != end && llvm::isDigit(*exp)) {
      isFloat = true;
      curPtr = exp;
      while (curPtr != end && llvm::isDigit(*curPtr))
        ++curPtr;
    }
  }
  // Type suffix: f, f16, f32, f64, i8.., i64, u8.., u64.
  if (curPtr != end && (*curPtr == 'f' || *curPtr == 'i' || *curPtr == 'u')) {
    if (*curPtr == 'f')
      isFloat = true;
    else if (isFloat)
      return emitError(start, "integer suffix on a floating-point literal");
    ++curPtr;
    while (curPtr != end && llvm::isDigit(*curPtr))
      ++curPtr;
  }
  if (curPtr != end && (llvm::isAlpha(*curPtr) || *curPtr == '_'))
    return emitError(start, "invalid number literal '" +
                                StringRef(start, curPtr - start + 1) + "'");
  return makeToken(isFloat ? Token::floating : Token::integer, start);
}

Token Lexer::lexString(const char *start) {
  while (curPtr != end && *curPtr != '"') {
    if (*curPtr == '\n')
      return emitError(start, "unterminated string");
    if (*curPtr == '\\' && curPtr + 1 != end)
      ++curPtr;
    ++curPtr;
  }
  if (curPtr == end)
    return emitError(start, "unterminated string");
  ++curPtr;
  return makeToken(Token::string, start);
}
