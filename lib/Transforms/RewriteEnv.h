//===- RewriteEnv.h - What the eqsat rewrites work with ---------*- C++ -*-===//
//
// Private to lib/Transforms. The rewrites of the catalog are written as
// patterns over MLIR op names (see MlirLanguage::parseHead), with
// conditions and, where a rule computes attributes from types, C++
// appliers. RewriteEnv gives them the e-graph, the language, the types of
// classes and a checked way to add nodes.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_TRANSFORMS_REWRITEENV_H
#define FLEXMATCH_LIB_TRANSFORMS_REWRITEENV_H

#include "Flexmatch/Dialect/Access/AccessTypes.h"
#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/Transforms/Config.h"
#include "Flexmatch/Transforms/MlirEGraph.h"

#include "mlir/IR/Builders.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace flexmatch::eqsat {

using egraph::Id;
using egraph::NodeId;
using egraph::Subst;

class RewriteEnv {
public:
  RewriteEnv(MlirLanguage &lang, egraph::EGraph &graph, TypeAnalysis &types,
             const Config &config)
      : Lang(lang), Graph(graph), Types(types), TheConfig(config),
        Builder(lang.getContext()) {}

  mlir::MLIRContext *getContext() const { return Lang.getContext(); }
  MlirLanguage &lang() { return Lang; }
  egraph::EGraph &graph() { return Graph; }
  const Config &config() const { return TheConfig; }
  mlir::Builder &builder() { return Builder; }

  mlir::Type typeOf(Id cls) const { return Types.typeOf(Graph, cls); }
  /// The access pattern type of \p cls, or null.
  access::PatternType patternOf(Id cls) const {
    return llvm::dyn_cast_or_null<access::PatternType>(typeOf(cls));
  }
  mlir::RankedTensorType tensorOf(Id cls) const {
    return llvm::dyn_cast_or_null<mlir::RankedTensorType>(typeOf(cls));
  }
  /// The attributes of the e-node bound to node variable \p var ("@c").
  mlir::DictionaryAttr attrs(const Subst &subst, llvm::StringRef var) const {
    return MlirLanguage::attrsOf(Graph.payload(subst.node(var)));
  }
  /// The class bound to class variable \p var ("?x").
  Id cls(const Subst &subst, llvm::StringRef var) const {
    return *subst.lookup(var);
  }

  /// The op id of registered op \p name.
  egraph::OpId opId(llvm::StringRef name);
  /// Adds op \p name with \p attrs on \p children if its type infers on
  /// the children's types; InvalidId (and nothing added) otherwise.
  Id add(llvm::StringRef name, mlir::DictionaryAttr attrs,
         llvm::ArrayRef<Id> children);
  Id add(llvm::StringRef name, llvm::ArrayRef<mlir::NamedAttribute> attrs,
         llvm::ArrayRef<Id> children) {
    return add(name, Builder.getDictionaryAttr(attrs), children);
  }
  /// Merges \p a and \p b when both are valid; returns whether it changed
  /// the e-graph.
  bool merge(Id a, Id b) {
    return a != egraph::InvalidId && b != egraph::InvalidId &&
           Graph.merge(a, b);
  }

  /// Parses one of the rewrites' own patterns (a bug if it does not parse).
  egraph::Pattern pattern(llvm::StringRef text);

  /// Accelerator functions whose work is a whole subgraph given by the
  /// configs (flex-lstm: its debug function), as DAG patterns over
  /// `?0, ?1, ...` (the function's arguments).
  std::map<std::string, egraph::Pattern> &subgraphs() { return Subgraphs; }

private:
  MlirLanguage &Lang;
  egraph::EGraph &Graph;
  TypeAnalysis &Types;
  const Config &TheConfig;
  mlir::Builder Builder;
  std::map<std::string, egraph::Pattern> Subgraphs;
};

/// Builds the rules of the catalog entries the config uses.
class RuleSet {
public:
  explicit RuleSet(RewriteEnv &env) : Env(env) {}

  using Condition = std::function<bool(const Subst &)>;
  using Apply = std::function<bool(Id root, const Subst &)>;

  /// lhs => rhs, both patterns, under an optional condition.
  void rewrite(llvm::StringRef name, llvm::StringRef lhs, llvm::StringRef rhs,
               Condition condition = nullptr);
  /// lhs => whatever \p apply adds and merges (returns whether the e-graph
  /// changed).
  void rewrite(llvm::StringRef name, llvm::StringRef lhs, Apply apply);
  /// Every class (root) for which \p condition holds of `?a` => \p apply.
  void forEachClass(llvm::StringRef name, Condition condition, Apply apply);

  void add(egraph::Rewrite rule) { Rules.push_back(std::move(rule)); }
  std::vector<egraph::Rewrite> take() { return std::move(Rules); }
  RewriteEnv &env() { return Env; }

  /// A helper object the rules' closures refer to, kept alive as long as
  /// the rule set.
  template <typename T> T &make() {
    auto helper = std::make_shared<T>(*this);
    Helpers.push_back(helper);
    return *helper;
  }

private:
  RewriteEnv &Env;
  std::vector<egraph::Rewrite> Rules;
  std::vector<std::shared_ptr<void>> Helpers;
};

/// Rules every run has: the tensor an access view gives is the relay view
/// op (reshape, transpose, squeeze) of the tensor under it, so extracted
/// programs leave access chains through a few relay ops.
void addViewRules(RuleSet &rules);

/// Adds the rules of catalog entry \p use; the three files below each
/// handle their own entries and return false for others.
bool addGlensideRules(RuleSet &rules, const RewriteUse &use);
bool addRelayRules(RuleSet &rules, const RewriteUse &use);
bool addAcceleratorRules(RuleSet &rules, const RewriteUse &use);

/// The computation of accelerator function \p function over operands
/// `?0, ?1, ...`, as a pattern whose node variables take the payloads the
/// match recorded (see AcceleratorRewrites.cpp); empty if unknown.
llvm::StringRef acceleratorBody(llvm::StringRef function);
/// Payload keys of composite e-nodes besides the op's own attributes.
inline constexpr llvm::StringLiteral CompositeNodesAttr = "flexmatch.nodes";

/// The DAG pattern of \p func's body: argument i is `?i`, every op an
/// operator node with its exact attribute dictionary, the returned value
/// the root. Fails (with a diagnostic) on ops with regions or several
/// results, and on a body that does not return one op's result.
mlir::FailureOr<egraph::Pattern>
patternFromFunction(mlir::func::FuncOp func, MlirLanguage &lang);

/// Searches for a DAG pattern whose shared nodes must match one e-class
/// each (compiling it as a tree would repeat every shared subterm).
std::unique_ptr<egraph::Searcher> makeSubgraphSearcher(egraph::Pattern pattern);

/// Adds, for every relay op node of the e-graph that has one, its access
/// form (RelayToAccess.h) into the same class. Returns how many.
unsigned addAccessForms(RewriteEnv &env);

/// How --eqsat extracts: tree cost (egg's greedy extractor), greedy DAG
/// cost, or optimal DAG cost by ILP (SerializedEGraph.h).
enum class ExtractorKind { Greedy, Dag, Ilp };

struct OffloadChoice {
  NodeChoice choice;
  /// The offload cost of the program reachable from the roots, each node
  /// counted once.
  double dagCost = 0;
  /// The ILP proved dagCost optimal.
  bool optimal = false;
  /// Why the ILP kept a greedy result, if it did.
  std::string note;
};

/// The accelerator-aware choice under the offload cost (OffloadCost.cpp)
/// for the program computing \p roots. \p ilpSeconds bounds the ILP.
OffloadChoice chooseOffloading(const egraph::EGraph &graph,
                               const MlirLanguage &lang,
                               llvm::ArrayRef<egraph::Id> roots,
                               ExtractorKind kind, double ilpSeconds);
/// The cost of one node alone (for dumps).
double offloadNodeCost(const egraph::EGraph &graph, const MlirLanguage &lang,
                       NodeId node);

} // namespace flexmatch::eqsat

#endif // FLEXMATCH_LIB_TRANSFORMS_REWRITEENV_H
