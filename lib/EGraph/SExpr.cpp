//===- SExpr.cpp - Minimal s-expression reader ----------------------------===//

#include "SExpr.h"

#include "llvm/ADT/Twine.h"

using namespace flexmatch::egraph::detail;
using llvm::StringRef;

llvm::Error
flexmatch::egraph::detail::makeParseError(StringRef text, size_t offset,
                                          const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "parse error at offset " +
                                     llvm::Twine(offset) + " in '" + text +
                                     "': " + message);
}

namespace {
class Reader {
public:
  explicit Reader(StringRef text) : Text(text) {}

  llvm::Expected<SExpr> readTop() {
    auto expr = read(/*depth=*/0);
    if (!expr)
      return expr.takeError();
    skipSpace();
    if (Pos != Text.size())
      return makeParseError(Text, Pos, "unexpected text after expression");
    return expr;
  }

private:
  // Deep nesting would overflow the stack of this recursive reader.
  static constexpr unsigned MaxDepth = 10000;

  void skipSpace() {
    while (Pos < Text.size()) {
      char c = Text[Pos];
      if (c == ';') {
        while (Pos < Text.size() && Text[Pos] != '\n')
          ++Pos;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++Pos;
      } else {
        break;
      }
    }
  }

  StringRef readAtom() {
    size_t start = Pos;
    while (Pos < Text.size()) {
      char c = Text[Pos];
      if (c == '(' || c == ')' || c == ';' || c == ' ' || c == '\t' ||
          c == '\n' || c == '\r')
        break;
      ++Pos;
    }
    return Text.slice(start, Pos);
  }

  llvm::Expected<SExpr> read(unsigned depth) {
    if (depth > MaxDepth)
      return makeParseError(Text, Pos, "expression nested too deeply");
    skipSpace();
    if (Pos == Text.size())
      return makeParseError(Text, Pos, "expected an expression");
    SExpr result;
    result.offset = Pos;
    if (Text[Pos] == ')')
      return makeParseError(Text, Pos, "unbalanced ')'");
    if (Text[Pos] != '(') {
      result.atom = readAtom();
      return result;
    }
    ++Pos;
    skipSpace();
    if (Pos == Text.size())
      return makeParseError(Text, result.offset, "unterminated list");
    if (Text[Pos] == ')')
      return makeParseError(Text, result.offset, "empty list");
    if (Text[Pos] == '(')
      return makeParseError(Text, Pos, "a list must start with an operator");
    result.isList = true;
    result.atom = readAtom();
    while (true) {
      skipSpace();
      if (Pos == Text.size())
        return makeParseError(Text, result.offset, "unterminated list");
      if (Text[Pos] == ')') {
        ++Pos;
        return result;
      }
      auto arg = read(depth + 1);
      if (!arg)
        return arg.takeError();
      result.args.push_back(std::move(*arg));
    }
  }

  StringRef Text;
  size_t Pos = 0;
};
} // namespace

llvm::Expected<SExpr> flexmatch::egraph::detail::parseSExpr(StringRef text) {
  return Reader(text).readTop();
}
