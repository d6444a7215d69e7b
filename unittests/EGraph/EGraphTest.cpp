//===- EGraphTest.cpp - Core e-graph: hashcons, union-find, rebuild -------===//

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Analysis.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Term.h"

#include "gtest/gtest.h"

#include <optional>
#include <random>

using namespace flexmatch::egraph;

namespace {

constexpr OpId Leaf = 0, F = 1, G = 2;

std::string joinErrors(const std::vector<std::string> &errors) {
  std::string text;
  for (const std::string &error : errors)
    text += error + "\n";
  return text;
}

#define EXPECT_CONSISTENT(egraph)                                              \
  do {                                                                         \
    std::vector<std::string> errors = (egraph).checkInvariants();              \
    EXPECT_TRUE(errors.empty()) << joinErrors(errors);                         \
  } while (false)

TEST(EGraphTest, AddIsHashconsed) {
  EGraph egraph;
  Id a = egraph.add(Leaf, 1, {});
  Id b = egraph.add(Leaf, 2, {});
  Id fa = egraph.add(F, 0, {a});
  EXPECT_EQ(egraph.add(F, 0, {a}), fa);
  EXPECT_NE(egraph.add(F, 0, {b}), fa);
  // Payload and operator both distinguish nodes.
  EXPECT_NE(egraph.add(F, 7, {a}), fa);
  EXPECT_NE(egraph.add(G, 0, {a}), fa);
  egraph.rebuild();
  EXPECT_EQ(egraph.numNodes(), 6u);
  EXPECT_EQ(egraph.numClasses(), 6u);
  EXPECT_EQ(egraph.lookup(F, 0, {a}), std::optional<Id>(fa));
  EXPECT_EQ(egraph.lookup(G, 1, {a}), std::nullopt);
  EXPECT_CONSISTENT(egraph);
}

TEST(EGraphTest, UnionThenCongruence) {
  EGraph egraph;
  Id a = egraph.add(Leaf, 1, {});
  Id b = egraph.add(Leaf, 2, {});
  Id fa = egraph.add(F, 0, {a});
  Id fb = egraph.add(F, 0, {b});
  egraph.rebuild();
  EXPECT_TRUE(egraph.merge(a, b));
  EXPECT_FALSE(egraph.merge(b, a));
  EXPECT_FALSE(egraph.isClean());
  // Congruence is only restored by rebuild.
  EXPECT_FALSE(egraph.areEqual(fa, fb));
  EXPECT_EQ(egraph.rebuild(), 1u);
  EXPECT_TRUE(egraph.areEqual(fa, fb));
  EXPECT_EQ(egraph.numClasses(), 2u);
  EXPECT_EQ(egraph.numNodes(), 3u); // a, b, and one f node.
  EXPECT_EQ(egraph.classNodes(egraph.find(fa)).size(), 1u);
  EXPECT_CONSISTENT(egraph);
}

TEST(EGraphTest, CongruencePropagatesUpChains) {
  EGraph egraph;
  Id a = egraph.add(Leaf, 1, {});
  Id b = egraph.add(Leaf, 2, {});
  std::vector<Id> chainA{a}, chainB{b};
  for (int depth = 0; depth < 6; ++depth) {
    chainA.push_back(egraph.add(F, 0, {chainA.back()}));
    chainB.push_back(egraph.add(F, 0, {chainB.back()}));
  }
  // g(f^6(a), b) and g(f^6(b), a) become equal too.
  Id ga = egraph.add(G, 0, {chainA.back(), b});
  Id gb = egraph.add(G, 0, {chainB.back(), a});
  egraph.rebuild();
  EXPECT_EQ(egraph.numClasses(), 16u);
  egraph.merge(a, b);
  EXPECT_EQ(egraph.rebuild(), 7u);
  for (size_t i = 0; i < chainA.size(); ++i)
    EXPECT_TRUE(egraph.areEqual(chainA[i], chainB[i])) << "depth " << i;
  EXPECT_TRUE(egraph.areEqual(ga, gb));
  EXPECT_EQ(egraph.numClasses(), 8u);
  EXPECT_EQ(egraph.numNodes(), 9u);
  EXPECT_CONSISTENT(egraph);
}

TEST(EGraphTest, CyclicClasses) {
  // a = f(a) makes an infinite chain collapse into one class.
  EGraph egraph;
  Id a = egraph.add(Leaf, 1, {});
  Id fa = egraph.add(F, 0, {a});
  Id ffa = egraph.add(F, 0, {fa});
  egraph.merge(a, fa);
  egraph.rebuild();
  EXPECT_TRUE(egraph.areEqual(a, ffa));
  EXPECT_EQ(egraph.numClasses(), 1u);
  EXPECT_EQ(egraph.numNodes(), 2u); // leaf and f(self).
  EXPECT_CONSISTENT(egraph);
}

TEST(EGraphTest, SnapshotIsStableUntilRebuild) {
  EGraph egraph;
  Id a = egraph.add(Leaf, 1, {});
  Id b = egraph.add(Leaf, 2, {});
  egraph.rebuild();
  egraph.add(F, 0, {a});
  egraph.merge(a, b);
  // The class lists still describe the last rebuild.
  EXPECT_EQ(egraph.classes().size(), 2u);
  EXPECT_TRUE(egraph.classesWithOp(F).empty());
  EXPECT_EQ(egraph.lookupInSnapshot(F, 0, {a}), std::nullopt);
  EXPECT_EQ(egraph.lookupInSnapshot(Leaf, 1, {}), std::optional<Id>(a));
  EXPECT_FALSE(egraph.checkInvariants().empty());
  egraph.rebuild();
  EXPECT_EQ(egraph.classes().size(), 2u);
  EXPECT_EQ(egraph.classesWithOp(F).size(), 1u);
  EXPECT_EQ(egraph.classesWithOp(Leaf).size(), 1u);
  EXPECT_CONSISTENT(egraph);
}

TEST(EGraphTest, ClassNodesAreSortedByOperator) {
  EGraph egraph;
  Id a = egraph.add(Leaf, 1, {});
  Id ga = egraph.add(G, 0, {a});
  Id fa = egraph.add(F, 0, {a});
  Id leaf = egraph.add(Leaf, 3, {});
  egraph.merge(ga, fa);
  egraph.merge(fa, leaf);
  egraph.rebuild();
  Id cls = egraph.find(ga);
  llvm::ArrayRef<NodeId> nodes = egraph.classNodes(cls);
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(egraph.op(nodes[0]), Leaf);
  EXPECT_EQ(egraph.op(nodes[1]), F);
  EXPECT_EQ(egraph.op(nodes[2]), G);
  EXPECT_EQ(egraph.classNodesWithOp(cls, F).size(), 1u);
  EXPECT_TRUE(egraph.classNodesWithOp(cls, 99).empty());
  EXPECT_CONSISTENT(egraph);
}

// Random merges over a random DAG; the invariants must hold after every
// rebuild, and the result must not depend on how the merges are batched.
TEST(EGraphTest, RandomMergesKeepInvariants) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    std::mt19937 random(seed);
    EGraph batched, stepwise;
    std::vector<Id> ids;
    for (int i = 0; i < 6; ++i) {
      ids.push_back(batched.add(Leaf, i, {}));
      stepwise.add(Leaf, i, {});
    }
    for (int i = 0; i < 60; ++i) {
      Id x = ids[random() % ids.size()], y = ids[random() % ids.size()];
      OpId op = random() % 2 ? F : G;
      ids.push_back(batched.add(op, 0, {x, y}));
      stepwise.add(op, 0, {x, y});
    }
    batched.rebuild();
    stepwise.rebuild();
    EXPECT_CONSISTENT(batched);
    for (int round = 0; round < 4; ++round) {
      for (int i = 0; i < 3; ++i) {
        Id x = ids[random() % ids.size()], y = ids[random() % ids.size()];
        batched.merge(x, y);
        stepwise.merge(x, y);
        stepwise.rebuild();
        EXPECT_CONSISTENT(stepwise);
      }
      batched.rebuild();
      EXPECT_CONSISTENT(batched);
      ASSERT_EQ(batched.numClasses(), stepwise.numClasses()) << "seed " << seed;
      ASSERT_EQ(batched.numNodes(), stepwise.numNodes()) << "seed " << seed;
      for (Id x : ids)
        for (Id y : ids)
          ASSERT_EQ(batched.areEqual(x, y), stepwise.areEqual(x, y));
    }
  }
}

/// Constant folding over a BasicLanguage with + and *.
class ConstantFolding
    : public ClassAnalysis<ConstantFolding, std::optional<long long>> {
public:
  ConstantFolding(BasicLanguage &language, OpId add)
      : Language(language), Add(add) {}

  std::optional<long long> make(const EGraph &egraph, NodeId node) {
    NodeView view = egraph.node(node);
    if (view.op == Language.integerOp())
      return static_cast<long long>(view.payload);
    if (view.op == Add) {
      const auto &lhs = data(egraph.find(view.children[0]));
      const auto &rhs = data(egraph.find(view.children[1]));
      if (lhs && rhs)
        return *lhs + *rhs;
    }
    return std::nullopt;
  }
  DidMerge merge(std::optional<long long> &into,
                 std::optional<long long> from) {
    if (!into && from) {
      into = from;
      return {true, false};
    }
    return {false, into != from};
  }
  void modifyClass(EGraph &egraph, Id cls) {
    if (const auto &value = data(cls))
      egraph.merge(cls, egraph.add(Language.integerOp(),
                                   static_cast<Payload>(*value), {}));
  }

private:
  BasicLanguage &Language;
  OpId Add;
};

TEST(EGraphTest, AnalysisFoldsConstantsAndPropagates) {
  BasicLanguage language;
  OpId add = language.addOperator("+", 2);
  ConstantFolding folding(language, add);
  EGraph egraph(&folding);
  auto term = Term::parse("(+ (+ 1 2) x)", language);
  ASSERT_TRUE(static_cast<bool>(term)) << llvm::toString(term.takeError());
  Id root = egraph.addTerm(*term);
  egraph.rebuild();
  auto three = Term::parse("3", language);
  ASSERT_TRUE(static_cast<bool>(three));
  std::optional<Id> threeClass = egraph.lookupTerm(*three);
  ASSERT_TRUE(threeClass.has_value());
  EXPECT_EQ(folding.data(*threeClass), std::optional<long long>(3));
  EXPECT_EQ(folding.data(egraph.find(root)), std::nullopt);

  // Learning x = 4 must propagate to the parent: root = 7.
  auto x = Term::parse("x", language);
  auto four = Term::parse("4", language);
  ASSERT_TRUE(x && four);
  egraph.merge(*egraph.lookupTerm(*x), egraph.addTerm(*four));
  egraph.rebuild();
  EXPECT_EQ(folding.data(egraph.find(root)), std::optional<long long>(7));
  auto seven = Term::parse("7", language);
  ASSERT_TRUE(static_cast<bool>(seven));
  EXPECT_EQ(egraph.lookupTerm(*seven), std::optional<Id>(egraph.find(root)));
  EXPECT_CONSISTENT(egraph);
}

} // namespace
