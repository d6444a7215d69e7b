//===- RelayRewrites.cpp - Relay-level rewrites of the catalog ------------===//
//
// The rewrites that expose a linear layer, bias_add(dense(x, w), b), where
// the model spells it differently: dense followed by an add of a vector
// (possibly through a reshape), a dense with no bias at all, or a matrix
// product written in access patterns (what im2col makes of a convolution).
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;
namespace ap = flexmatch::access;

namespace {
/// The dense of the match as [rows, units], if it is rank 2.
std::optional<std::pair<int64_t, int64_t>> denseShape(RewriteEnv &env,
                                                      const Subst &subst) {
  RankedTensorType x = env.tensorOf(env.cls(subst, "?x"));
  RankedTensorType w = env.tensorOf(env.cls(subst, "?w"));
  if (!x || !w || x.getRank() != 2 || w.getRank() != 2)
    return std::nullopt;
  return std::make_pair(x.getDimSize(0), w.getDimSize(0));
}

/// `?b` is a vector of one bias per unit of the dense.
bool isBiasOfDense(RewriteEnv &env, const Subst &subst) {
  auto dense = denseShape(env, subst);
  RankedTensorType b = env.tensorOf(env.cls(subst, "?b"));
  return dense && b && b.getRank() == 1 && b.getDimSize(0) == dense->second;
}

void linearRewrites(RuleSet &rules) {
  RewriteEnv &env = rules.env();
  // add(dense(x, w), b) in either order.
  auto direct = [&env](const Subst &subst) { return isBiasOfDense(env, subst); };
  rules.rewrite("linear-rewrites", "(relay.add (relay.nn.dense@d ?x ?w) ?b)",
                "(relay.nn.bias_add (relay.nn.dense@d ?x ?w) ?b)", direct);
  rules.rewrite("linear-rewrites", "(relay.add ?b (relay.nn.dense@d ?x ?w))",
                "(relay.nn.bias_add (relay.nn.dense@d ?x ?w) ?b)", direct);
  // add(reshape(dense(x, w)), b): the bias moves inside the reshape when
  // the reshape keeps rows whole (its last dim is the number of units) and
  // the add does not broadcast beyond the reshape's result.
  auto reshaped = [&env](const Subst &subst) {
    if (!isBiasOfDense(env, subst))
      return false;
    auto shape = env.attrs(subst, "@r").getAs<DenseI64ArrayAttr>("newshape");
    auto units = denseShape(env, subst)->second;
    return shape && !shape.empty() && shape.asArrayRef().back() == units;
  };
  rules.rewrite(
      "linear-rewrites",
      "(relay.add (relay.reshape@r (relay.nn.dense@d ?x ?w)) ?b)",
      "(relay.reshape@r (relay.nn.bias_add (relay.nn.dense@d ?x ?w) ?b))",
      reshaped);
  rules.rewrite(
      "linear-rewrites",
      "(relay.add ?b (relay.reshape@r (relay.nn.dense@d ?x ?w)))",
      "(relay.reshape@r (relay.nn.bias_add (relay.nn.dense@d ?x ?w) ?b))",
      reshaped);
}

/// dense(x, w) = bias_add(dense(x, w), zeros): every dense is a linear
/// layer with a zero bias.
void addBiasAddToDense(RuleSet &rules) {
  RewriteEnv &env = rules.env();
  rules.rewrite(
      "add_bias_add_to_dense", "(relay.nn.dense@d ?x ?w)",
      [&env](Id root, const Subst &subst) {
        auto dense = denseShape(env, subst);
        RankedTensorType type = env.tensorOf(root);
        if (!dense || !type)
          return false;
        Builder &b = env.builder();
        std::string dtype = relay::printDType(type.getElementType());
        if (dtype.empty())
          return false;
        Id zeros = env.add(
            "relay.zeros",
            {b.getNamedAttr("shape", b.getDenseI64ArrayAttr(dense->second)),
             b.getNamedAttr("dtype", b.getStringAttr(dtype))},
            {});
        if (zeros == egraph::InvalidId)
          return false;
        return env.merge(root, env.add("relay.nn.bias_add", DictionaryAttr(),
                                       {root, zeros}));
      });
}

/// A rank-2 dot product over a cartesian product = relay dense.
void glensideMatmulToRelayDense(RuleSet &rules) {
  RewriteEnv &env = rules.env();
  rules.rewrite(
      "glenside_matmul_to_relay_dense",
      "(access.compute@k (access.cartesian_product ?a ?b))",
      [&env](Id root, const Subst &subst) {
        auto kind = env.attrs(subst, "@k").getAs<ap::ComputeKindAttr>("kind");
        Id a = env.cls(subst, "?a"), b = env.cls(subst, "?b");
        ap::PatternType ta = env.patternOf(a), tb = env.patternOf(b);
        if (!kind || kind.getValue() != ap::ComputeKind::DotProduct || !ta ||
            !tb || ta.getShape().size() != 1 || tb.getShape().size() != 1 ||
            ta.getItemShape().size() != 1)
          return false;
        Id dense = env.add("relay.nn.dense", DictionaryAttr(),
                           {env.add("access.to_tensor", DictionaryAttr(), {a}),
                            env.add("access.to_tensor", DictionaryAttr(), {b})});
        if (dense == egraph::InvalidId)
          return false;
        Builder &builder = env.builder();
        Id viewed = env.add("access.tensor", DictionaryAttr(), {dense});
        return env.merge(
            root, env.add("access.access",
                          {builder.getNamedAttr("axis",
                                                builder.getI64IntegerAttr(2))},
                          {viewed}));
      });
}
} // namespace

bool flexmatch::eqsat::addRelayRules(RuleSet &rules, const RewriteUse &use) {
  StringRef name = use.info->name;
  if (name == "linear-rewrites")
    linearRewrites(rules);
  else if (name == "add_bias_add_to_dense")
    addBiasAddToDense(rules);
  else if (name == "glenside_matmul_to_relay_dense")
    glensideMatmulToRelayDense(rules);
  else
    return false;
  return true;
}
