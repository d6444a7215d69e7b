//===- Term.cpp - Concrete terms ------------------------------------------===//

#include "Flexmatch/EGraph/Term.h"
#include "Flexmatch/EGraph/Language.h"

#include "SExpr.h"

using namespace flexmatch::egraph;
using llvm::StringRef;

uint32_t Term::add(NodeHead head, llvm::ArrayRef<uint32_t> children) {
  for (uint32_t child : children) {
    (void)child;
    assert(child < Nodes.size() && "term children must precede the parent");
  }
  Node node;
  node.head = head;
  node.children.assign(children.begin(), children.end());
  Nodes.push_back(std::move(node));
  return Nodes.size() - 1;
}

llvm::Expected<Term> Term::parse(StringRef text, Language &language) {
  auto expr = detail::parseSExpr(text);
  if (!expr)
    return expr.takeError();
  Term term;
  auto root = detail::buildTree(
      *expr, text, language, /*allowNodeVars=*/false,
      [&](NodeHead head, llvm::ArrayRef<uint32_t> children, StringRef) {
        return term.add(head, children);
      },
      [&](const detail::SExpr &var) -> llvm::Expected<uint32_t> {
        return detail::makeParseError(text, var.offset,
                                      "pattern variable '" + var.atom +
                                          "' is not allowed in a term");
      });
  if (!root)
    return root.takeError();
  return term;
}

void Term::print(llvm::raw_ostream &os, const Language &language) const {
  print(os, language, rootIndex());
}

void Term::print(llvm::raw_ostream &os, const Language &language,
                 uint32_t index) const {
  const Node &node = Nodes[index];
  if (node.children.empty()) {
    language.printHead(os, node.head);
    return;
  }
  os << '(';
  language.printHead(os, node.head);
  for (uint32_t child : node.children) {
    os << ' ';
    print(os, language, child);
  }
  os << ')';
}

std::string Term::toString(const Language &language) const {
  std::string text;
  llvm::raw_string_ostream os(text);
  print(os, language);
  return text;
}
