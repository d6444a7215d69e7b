//===- Language.cpp - Naming operators for parsing and printing -----------===//

#include "Flexmatch/EGraph/Language.h"

#include "llvm/ADT/Twine.h"

using namespace flexmatch::egraph;
using llvm::StringRef;

Language::~Language() = default;

std::string Language::headToString(NodeHead head) const {
  std::string text;
  llvm::raw_string_ostream os(text);
  printHead(os, head);
  return text;
}

BasicLanguage::BasicLanguage() {
  // The two leaf kinds get reserved ids but no parseable operator name.
  IntegerOp = Operators.size();
  Operators.push_back({"<integer>", 0});
  SymbolOp = Operators.size();
  Operators.push_back({"<symbol>", 0});
}

OpId BasicLanguage::addOperator(StringRef name, std::optional<unsigned> arity) {
  auto [it, inserted] = OperatorIds.try_emplace(name, Operators.size());
  if (inserted)
    Operators.push_back({Saver.save(name), arity});
  return it->second;
}

Payload BasicLanguage::symbol(StringRef name) {
  auto [it, inserted] = SymbolIds.try_emplace(name, Symbols.size());
  if (inserted)
    Symbols.push_back(Saver.save(name));
  return it->second;
}

StringRef BasicLanguage::symbolName(Payload payload) const {
  return payload < Symbols.size() ? Symbols[payload]
                                  : StringRef("<bad-symbol>");
}

StringRef BasicLanguage::operatorName(OpId op) const {
  return op < Operators.size() ? Operators[op].name : StringRef("<bad-op>");
}

static bool isIntegerLiteral(StringRef token) {
  StringRef digits = token;
  digits.consume_front("-");
  return !digits.empty() &&
         digits.find_first_not_of("0123456789") == StringRef::npos;
}

llvm::Expected<NodeHead> BasicLanguage::parseHead(StringRef token,
                                                  unsigned arity) {
  auto it = OperatorIds.find(token);
  if (it != OperatorIds.end()) {
    const OperatorInfo &info = Operators[it->second];
    if (info.arity && *info.arity != arity)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "operator '" + token + "' expects " + llvm::Twine(*info.arity) +
              " operands but has " + llvm::Twine(arity));
    return NodeHead{it->second, 0};
  }
  if (arity != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unknown operator '" + token + "'");
  if (isIntegerLiteral(token)) {
    long long value;
    if (token.getAsInteger(10, value))
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "integer literal '" + token +
                                         "' out of range");
    return NodeHead{IntegerOp, static_cast<Payload>(value)};
  }
  return NodeHead{SymbolOp, symbol(token)};
}

void BasicLanguage::printHead(llvm::raw_ostream &os, NodeHead head) const {
  if (head.op == IntegerOp)
    os << static_cast<long long>(head.payload);
  else if (head.op == SymbolOp)
    os << symbolName(head.payload);
  else
    os << operatorName(head.op);
}
