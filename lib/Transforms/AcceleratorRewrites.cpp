//===- AcceleratorRewrites.cpp - Offloading rewrites of the catalog -------===//
//
// Each accelerator rewrite finds the work one accelerator function does and
// adds a `flexmatch.composite` e-node for it to the matched e-class, under
// the function's hardware conditions. The composite's inputs are tensors;
// where the match is an access pattern, views convert around it.
//
// A composite e-node's payload holds the op's attributes (function,
// composite, compiler), its result type (composites cannot infer it) and
// the attributes of the matched ops its body needs (flexmatch.nodes). The
// body itself is the function's computation over the inputs
// (acceleratorBody), instantiated when the function body is rebuilt.
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;
namespace ap = flexmatch::access;

namespace {
struct AcceleratorFunction {
  StringRef name;
  /// BYOC names when the configs give none.
  StringRef composite, compiler;
  /// The computation over `?0, ?1, ...`; node variables take the payloads
  /// recorded under their name in flexmatch.nodes.
  StringRef body;
};

const AcceleratorFunction functions[] = {
    {"hlscnn-conv2d", "ilacnn.conv2d", "ilacnn", "(relay.nn.conv2d@c ?0 ?1)"},
    {"flex-linear", "ilaflex.linear", "ilaflex",
     "(relay.nn.bias_add@b (relay.nn.dense@d ?0 ?1) ?2)"},
    {"vta-dense", "ilavta.dense", "ilavta", "(relay.nn.dense ?0 ?1)"},
    // (t, h) -> (t / 2, h): the max of each pair of rows.
    {"flex-maxpool", "ilaflex.max_pool", "ilaflex",
     "(relay.max@m (relay.reshape@r ?0))"},
    // The body is the configs' subgraph (RewriteEnv::subgraphs).
    {"flex-lstm", "ilaflex.lstm", "ilaflex", ""},
};

const AcceleratorFunction *lookupFunction(StringRef name) {
  for (const AcceleratorFunction &function : functions)
    if (function.name == name)
      return &function;
  return nullptr;
}

class Accelerators {
public:
  explicit Accelerators(RuleSet &rules) : Rules(rules), Env(rules.env()) {}

  /// Adds the composite of \p function on \p inputs, of \p type, recording
  /// \p nodes (name -> attributes) for its body. InvalidId when the configs'
  /// out_dtype for the function is not \p type's element type.
  Id composite(StringRef function, ArrayRef<Id> inputs, Type type,
               ArrayRef<std::pair<StringRef, DictionaryAttr>> nodes) {
    if (!type || llvm::is_contained(inputs, egraph::InvalidId))
      return egraph::InvalidId;
    const AcceleratorFunction *info = lookupFunction(function);
    std::string composite = info->composite.str(),
                compiler = info->compiler.str();
    auto configured = Env.config().accelerators.find(function.str());
    if (configured != Env.config().accelerators.end()) {
      const AcceleratorConfig &given = configured->second;
      if (!given.composite.empty())
        composite = given.composite;
      if (!given.compiler.empty())
        compiler = given.compiler;
      if (!given.outDtype.empty() &&
          given.outDtype != relay::printDType(getElementTypeOrSelf(type)))
        return egraph::InvalidId;
    }
    Builder &b = Env.builder();
    SmallVector<NamedAttribute> recorded;
    for (auto [name, attrs] : nodes)
      recorded.push_back(b.getNamedAttr(name, attrs));
    DictionaryAttr payload = b.getDictionaryAttr(
        {b.getNamedAttr("function", b.getStringAttr(function)),
         b.getNamedAttr("composite", b.getStringAttr(composite)),
         b.getNamedAttr("compiler", b.getStringAttr(compiler)),
         b.getNamedAttr(TypeAnalysis::TypeAttrName, TypeAttr::get(type)),
         b.getNamedAttr(CompositeNodesAttr, b.getDictionaryAttr(recorded))});
    return Env.add(fm::CompositeOp::getOperationName(), payload, inputs);
  }

  void hlscnnConv2d() {
    Rules.rewrite("hlscnn-conv2d", "(relay.nn.conv2d@c ?x ?w)",
                  [this](Id root, const Subst &subst) {
                    DictionaryAttr conv = Env.attrs(subst, "@c");
                    auto groups = conv.getAs<IntegerAttr>("groups");
                    if (groups && groups.getInt() != 1)
                      return false;
                    return Env.merge(
                        root, composite("hlscnn-conv2d",
                                        {Env.cls(subst, "?x"),
                                         Env.cls(subst, "?w")},
                                        Env.typeOf(root), {{"c", conv}}));
                  });
  }

  void flexLinear() {
    Rules.rewrite(
        "flex-linear-rewrite",
        "(relay.nn.bias_add@b (relay.nn.dense@d ?x ?w) ?bias)",
        [this](Id root, const Subst &subst) {
          RankedTensorType x = Env.tensorOf(Env.cls(subst, "?x"));
          RankedTensorType bias = Env.tensorOf(Env.cls(subst, "?bias"));
          DictionaryAttr biasAdd = Env.attrs(subst, "@b");
          auto axis = biasAdd.getAs<IntegerAttr>("axis");
          if (!x || x.getRank() != 2 || !bias || bias.getRank() != 1 ||
              (axis && axis.getInt() != 1 && axis.getInt() != -1))
            return false;
          return Env.merge(
              root, composite("flex-linear",
                              {Env.cls(subst, "?x"), Env.cls(subst, "?w"),
                               Env.cls(subst, "?bias")},
                              Env.typeOf(root),
                              {{"b", biasAdd}, {"d", Env.attrs(subst, "@d")}}));
        });
  }

  /// View \p tensor (a class of tensors) as a pattern split at \p axis.
  Id viewAsPattern(Id tensor, int64_t axis) {
    Builder &b = Env.builder();
    return Env.add("access.access",
                   {b.getNamedAttr("axis", b.getI64IntegerAttr(axis))},
                   {Env.add("access.tensor", DictionaryAttr(), {tensor})});
  }

  void vtaDense() {
    Rules.rewrite(
        "vta-dense-rewrite",
        "(access.compute@k (access.cartesian_product ?a ?b))",
        [this](Id root, const Subst &subst) {
          auto kind =
              Env.attrs(subst, "@k").getAs<ap::ComputeKindAttr>("kind");
          Id a = Env.cls(subst, "?a"), b = Env.cls(subst, "?b");
          ap::PatternType ta = Env.patternOf(a), tb = Env.patternOf(b);
          if (!kind || kind.getValue() != ap::ComputeKind::DotProduct || !ta ||
              !tb || ta.getShape().size() != 1 || tb.getShape().size() != 1 ||
              ta.getItemShape().size() != 1)
            return false;
          int64_t m = ta.getShape()[0], n = tb.getShape()[0],
                  k = ta.getItemShape()[0];
          if (m % 16 || n % 16 || k % 16)
            return false;
          Id offloaded = composite(
              "vta-dense",
              {Env.add("access.to_tensor", DictionaryAttr(), {a}),
               Env.add("access.to_tensor", DictionaryAttr(), {b})},
              RankedTensorType::get({m, n}, ta.getElementType()), {});
          if (offloaded == egraph::InvalidId)
            return false;
          return Env.merge(root, viewAsPattern(offloaded, 2));
        });
  }

  /// reduce-max over windows of 2 (stride 2) of a pattern [h] of [t]: the
  /// accelerator takes the (t, h) tensor and gives (t / 2, h).
  void flexMaxpool() {
    Rules.rewrite(
        "flexasr-maxpool", "(access.compute@k (access.windows@v ?a))",
        [this](Id root, const Subst &subst) {
          auto kind =
              Env.attrs(subst, "@k").getAs<ap::ComputeKindAttr>("kind");
          DictionaryAttr windows = Env.attrs(subst, "@v");
          auto window = windows.getAs<DenseI64ArrayAttr>("window_shape");
          auto strides = windows.getAs<DenseI64ArrayAttr>("strides");
          Id a = Env.cls(subst, "?a");
          ap::PatternType ta = Env.patternOf(a);
          if (!kind || kind.getValue() != ap::ComputeKind::ReduceMax || !ta ||
              !window || !strides || window.asArrayRef() != ArrayRef<int64_t>{2} ||
              strides.asArrayRef() != ArrayRef<int64_t>{2} ||
              ta.getShape().size() != 1 || ta.getItemShape().size() != 1)
            return false;
          int64_t h = ta.getShape()[0], t = ta.getItemShape()[0];
          if (t % 2 || h % 16)
            return false;
          Builder &b = Env.builder();
          auto swap = b.getNamedAttr("permutation",
                                     b.getDenseI64ArrayAttr({1, 0}));
          Id input = Env.add("access.to_tensor", DictionaryAttr(),
                             {Env.add("access.transpose", {swap}, {a})});
          Id offloaded = composite(
              "flex-maxpool", {input},
              RankedTensorType::get({t / 2, h}, ta.getElementType()),
              {{"r", b.getDictionaryAttr(b.getNamedAttr(
                         "newshape", b.getDenseI64ArrayAttr({t / 2, 2, h})))},
               {"m", b.getDictionaryAttr(b.getNamedAttr(
                         "axis", b.getDenseI64ArrayAttr({1})))}});
          if (offloaded == egraph::InvalidId)
            return false;
          return Env.merge(root, Env.add("access.transpose", {swap},
                                         {viewAsPattern(offloaded, 2)}));
        });
  }

  /// The whole subgraph the configs give (flex-lstm's debug function) ->
  /// one composite on the subgraph's inputs.
  void subgraph(StringRef rule, StringRef function) {
    auto found = Env.subgraphs().find(function.str());
    if (found == Env.subgraphs().end())
      return;
    std::string name = function.str();
    auto applier = std::make_unique<egraph::FunctionApplier>(
        [this, name](egraph::EGraph &, Id root, const Subst &subst) {
          SmallVector<Id> inputs;
          for (unsigned i = 0; i < subst.size(); ++i)
            inputs.push_back(Env.cls(subst, "?" + std::to_string(i)));
          return Env.merge(root,
                           composite(name, inputs, Env.typeOf(root), {}));
        });
    Rules.add(egraph::Rewrite(rule.str(),
                              makeSubgraphSearcher(found->second),
                              std::move(applier)));
  }

private:
  RuleSet &Rules;
  RewriteEnv &Env;
};
} // namespace

StringRef flexmatch::eqsat::acceleratorBody(StringRef function) {
  const AcceleratorFunction *info = lookupFunction(function);
  return info ? info->body : StringRef();
}

bool flexmatch::eqsat::addAcceleratorRules(RuleSet &rules,
                                           const RewriteUse &use) {
  Accelerators &accelerators = rules.make<Accelerators>();
  StringRef name = use.info->name;
  if (name == "hlscnn-conv2d")
    accelerators.hlscnnConv2d();
  else if (name == "flex-linear-rewrite")
    accelerators.flexLinear();
  else if (name == "vta-dense-rewrite")
    accelerators.vtaDense();
  else if (name == "flexasr-maxpool")
    accelerators.flexMaxpool();
  else if (name == "flex-lstm")
    accelerators.subgraph(name, "flex-lstm");
  else
    return false;
  return true;
}
