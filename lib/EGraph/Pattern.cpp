//===- Pattern.cpp - Patterns with variables ------------------------------===//

#include "Flexmatch/EGraph/Pattern.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Term.h"

#include "SExpr.h"

#include "llvm/ADT/DenseMap.h"

using namespace flexmatch::egraph;
using llvm::StringRef;

uint32_t Pattern::internVar(StringRef name) {
  if (std::optional<uint32_t> var = varIndex(name))
    return *var;
  Vars.push_back(name.str());
  return Vars.size() - 1;
}

uint32_t Pattern::addVar(StringRef name) {
  assert(!isNodeVarName(name) && "node variables label operator nodes");
  Node node;
  node.var = internVar(name);
  Nodes.push_back(std::move(node));
  Ground.push_back(false);
  return Nodes.size() - 1;
}

uint32_t Pattern::addNode(NodeHead head, llvm::ArrayRef<uint32_t> children,
                          StringRef nodeVar) {
  bool ground = nodeVar.empty();
  for (uint32_t child : children) {
    assert(child < Nodes.size() && "pattern children must precede the parent");
    ground = ground && Ground[child];
  }
  Node node;
  node.head = head;
  node.children.assign(children.begin(), children.end());
  if (!nodeVar.empty()) {
    assert(isNodeVarName(nodeVar) && nodeVar.size() > 1 &&
           "node variable names look like '@name'");
    node.nodeVar = internVar(nodeVar);
  }
  Nodes.push_back(std::move(node));
  Ground.push_back(ground);
  return Nodes.size() - 1;
}

std::optional<uint32_t> Pattern::varIndex(StringRef name) const {
  for (uint32_t i = 0; i != Vars.size(); ++i)
    if (Vars[i] == name)
      return i;
  return std::nullopt;
}

Term Pattern::toTerm(uint32_t index) const {
  assert(isGround(index) && "only ground subpatterns are terms");
  Term term;
  llvm::DenseMap<uint32_t, uint32_t> termIndex;
  // Pattern nodes are topologically ordered, so a forward walk over the
  // nodes reachable from \p index builds the term bottom-up.
  std::vector<bool> reachable(index + 1, false);
  reachable[index] = true;
  for (uint32_t i = index + 1; i-- > 0;)
    if (reachable[i])
      for (uint32_t child : Nodes[i].children)
        reachable[child] = true;
  for (uint32_t i = 0; i <= index; ++i) {
    if (!reachable[i])
      continue;
    llvm::SmallVector<uint32_t, 4> children;
    for (uint32_t child : Nodes[i].children)
      children.push_back(termIndex[child]);
    termIndex[i] = term.add(Nodes[i].head, children);
  }
  return term;
}

llvm::Expected<Pattern> Pattern::parse(StringRef text, Language &language) {
  auto expr = detail::parseSExpr(text);
  if (!expr)
    return expr.takeError();
  Pattern pattern;
  auto root = detail::buildTree(
      *expr, text, language, /*allowNodeVars=*/true,
      [&](NodeHead head, llvm::ArrayRef<uint32_t> children,
          StringRef nodeVar) {
        return pattern.addNode(head, children, nodeVar);
      },
      [&](const detail::SExpr &var) -> llvm::Expected<uint32_t> {
        if (var.isList)
          return detail::makeParseError(text, var.offset,
                                        "variable '" + var.atom +
                                            "' cannot be applied to operands");
        if (var.atom.size() == 1)
          return detail::makeParseError(text, var.offset,
                                        "variable needs a name after '?'");
        return pattern.addVar(var.atom);
      });
  if (!root)
    return root.takeError();
  return pattern;
}

void Pattern::print(llvm::raw_ostream &os, const Language &language) const {
  print(os, language, rootIndex());
}

void Pattern::print(llvm::raw_ostream &os, const Language &language,
                    uint32_t index) const {
  const Node &node = Nodes[index];
  if (node.isVar()) {
    os << Vars[node.var];
    return;
  }
  auto printHead = [&] {
    language.printHead(os, node.head);
    if (node.hasNodeVar())
      os << Vars[node.nodeVar];
  };
  if (node.children.empty()) {
    printHead();
    return;
  }
  os << '(';
  printHead();
  for (uint32_t child : node.children) {
    os << ' ';
    print(os, language, child);
  }
  os << ')';
}

std::string Pattern::toString(const Language &language) const {
  std::string text;
  llvm::raw_string_ostream os(text);
  print(os, language);
  return text;
}
