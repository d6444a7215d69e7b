//===- RewriteEnv.cpp - What the eqsat rewrites work with -----------------===//

#include "RewriteEnv.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;

egraph::OpId RewriteEnv::opId(StringRef name) {
  std::optional<RegisteredOperationName> registered =
      RegisteredOperationName::lookup(name, getContext());
  if (!registered)
    llvm::report_fatal_error("eqsat rewrite uses unregistered op " + name);
  return Lang.getOpId(*registered);
}

Id RewriteEnv::add(StringRef name, DictionaryAttr attrs,
                   ArrayRef<Id> children) {
  if (llvm::is_contained(children, egraph::InvalidId))
    return egraph::InvalidId;
  egraph::OpId op = opId(name);
  if (!attrs)
    attrs = DictionaryAttr::get(getContext());
  egraph::Payload payload = MlirLanguage::payloadOf(attrs);
  llvm::SmallVector<Type, 4> childTypes;
  for (Id child : children)
    childTypes.push_back(typeOf(child));
  if (!Types.infer(op, payload, childTypes))
    return egraph::InvalidId;
  return Graph.add(op, payload, children);
}

egraph::Pattern RewriteEnv::pattern(StringRef text) {
  llvm::Expected<egraph::Pattern> parsed = egraph::Pattern::parse(text, Lang);
  if (!parsed)
    llvm::report_fatal_error("eqsat rewrite pattern does not parse: " +
                             llvm::toString(parsed.takeError()) + " in " +
                             text);
  return std::move(*parsed);
}

namespace {
/// Matches every class of the snapshot whose `?a` satisfies a predicate.
class ClassSearcher final : public egraph::Searcher {
public:
  explicit ClassSearcher(RuleSet::Condition condition)
      : Condition(std::move(condition)) {}
  ArrayRef<std::string> vars() const override { return Vars; }
  size_t search(const egraph::EGraph &egraph, size_t limit,
                egraph::MatchCallback onMatches) override {
    size_t found = 0;
    for (Id cls : egraph.classes()) {
      if (found == limit)
        break;
      Id id = cls;
      if (!Condition(Subst(id, Vars)))
        continue;
      ++found;
      if (!onMatches(cls, id))
        break;
    }
    return found;
  }

private:
  RuleSet::Condition Condition;
  std::vector<std::string> Vars{"?a"};
};
} // namespace

void RuleSet::rewrite(StringRef name, StringRef lhs, StringRef rhs,
                      Condition condition) {
  egraph::Condition guard = nullptr;
  if (condition)
    guard = [condition](egraph::EGraph &, Id, const Subst &subst) {
      return condition(subst);
    };
  llvm::Expected<egraph::Rewrite> rule = egraph::Rewrite::create(
      name, Env.pattern(lhs), Env.pattern(rhs), std::move(guard));
  if (!rule)
    llvm::report_fatal_error("eqsat rewrite " + name + " is malformed: " +
                             llvm::toString(rule.takeError()));
  Rules.push_back(std::move(*rule));
}

void RuleSet::rewrite(StringRef name, StringRef lhs, Apply apply) {
  auto searcher =
      std::make_unique<egraph::PatternSearcher>(Env.pattern(lhs));
  auto applier = std::make_unique<egraph::FunctionApplier>(
      [apply](egraph::EGraph &, Id root, const Subst &subst) {
        return apply(root, subst);
      });
  Rules.emplace_back(name.str(), std::move(searcher), std::move(applier));
}

void RuleSet::forEachClass(StringRef name, Condition condition, Apply apply) {
  auto applier = std::make_unique<egraph::FunctionApplier>(
      [apply](egraph::EGraph &, Id root, const Subst &subst) {
        return apply(root, subst);
      });
  Rules.emplace_back(name.str(),
                     std::make_unique<ClassSearcher>(std::move(condition)),
                     std::move(applier));
}
