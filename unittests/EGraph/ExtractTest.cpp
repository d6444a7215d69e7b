//===- ExtractTest.cpp - Greedy extraction --------------------------------===//

#include "Flexmatch/EGraph/Extract.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/EGraph/Runner.h"
#include "Flexmatch/EGraph/Term.h"

#include "gtest/gtest.h"

using namespace flexmatch::egraph;

namespace {

class ExtractTest : public ::testing::Test {
protected:
  ExtractTest() {
    Add = language.addOperator("+", 2);
    Mul = language.addOperator("*", 2);
    Shl = language.addOperator("<<", 2);
  }
  Id addTerm(EGraph &egraph, llvm::StringRef text) {
    auto term = Term::parse(text, language);
    EXPECT_TRUE(static_cast<bool>(term)) << llvm::toString(term.takeError());
    return egraph.addTerm(*term);
  }
  void saturate(EGraph &egraph,
                std::initializer_list<std::array<const char *, 3>> texts) {
    std::vector<Rewrite> rules;
    for (const auto &text : texts) {
      auto rule = Rewrite::create(text[0], text[1], text[2], language);
      ASSERT_TRUE(static_cast<bool>(rule)) << llvm::toString(rule.takeError());
      rules.push_back(std::move(*rule));
    }
    Runner runner(egraph);
    EXPECT_EQ(runner.run(rules).stopReason, StopReason::Saturated);
  }
  BasicLanguage language;
  OpId Add, Mul, Shl;
};

TEST_F(ExtractTest, PicksTheSmallestTerm) {
  EGraph egraph;
  Id root = addTerm(egraph, "(+ (* x 1) (* 0 y))");
  saturate(egraph, {{"mul-one", "(* ?a 1)", "?a"},
                    {"mul-zero", "(* 0 ?a)", "0"},
                    {"add-zero", "(+ ?a 0)", "?a"}});
  Extractor<size_t> extractor(egraph, astSize);
  auto best = extractor.findBest(root);
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(best->first, 1u);
  EXPECT_EQ(best->second.toString(language), "x");
}

TEST_F(ExtractTest, UsesTheCostFunction) {
  EGraph egraph;
  Id root = addTerm(egraph, "(* a 2)");
  saturate(egraph, {{"mul2-shl", "(* ?a 2)", "(<< ?a 1)"}});
  // Multiplication is expensive, shifts are cheap.
  auto cost = [this](const EGraph &g, NodeId node,
                     llvm::ArrayRef<double> children) {
    double total = g.op(node) == Mul ? 10.0 : 1.0;
    for (double child : children)
      total += child;
    return total;
  };
  Extractor<double> extractor(egraph, cost);
  auto best = extractor.findBest(root);
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(best->second.toString(language), "(<< a 1)");
  EXPECT_DOUBLE_EQ(best->first, 3.0);
  // With the opposite preference the original term wins.
  auto inverted = [this](const EGraph &g, NodeId node,
                         llvm::ArrayRef<double> children) {
    double total = g.op(node) == Shl ? 10.0 : 1.0;
    for (double child : children)
      total += child;
    return total;
  };
  Extractor<double> other(egraph, inverted);
  EXPECT_EQ(other.findBest(root)->second.toString(language), "(* a 2)");
}

TEST_F(ExtractTest, HandlesCyclesAndSharing) {
  EGraph egraph;
  Id x = addTerm(egraph, "x");
  Id fx = addTerm(egraph, "(+ x x)");
  // x = x + x: the class is cyclic, but the leaf gives a finite term.
  egraph.merge(x, fx);
  Id pair = addTerm(egraph, "(* (+ x x) (+ x x))");
  egraph.rebuild();
  Extractor<size_t> extractor(egraph, astSize);
  EXPECT_EQ(extractor.bestCost(x), std::optional<size_t>(1));
  auto best = extractor.findBest(pair);
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(best->second.toString(language), "(* x x)");
  // The shared operand is emitted once in the DAG.
  EXPECT_EQ(best->second.size(), 2u);
  Extractor<size_t> depth(egraph, astDepth);
  EXPECT_EQ(depth.bestCost(pair), std::optional<size_t>(2));
}

TEST_F(ExtractTest, ClassesWithoutFiniteTermsHaveNoCost) {
  EGraph egraph;
  Id a = addTerm(egraph, "a");
  Id fa = egraph.add(Add, 0, {a, a});
  Id ffa = egraph.add(Add, 0, {fa, a});
  egraph.rebuild();
  // Make a class whose only node refers to itself: f = (+ f a).
  EGraph cyclic;
  Id leaf = cyclic.add(language.symbolOp(), language.symbol("a"), {});
  Id self = cyclic.add(Mul, 0, {leaf, leaf});
  Id loop = cyclic.add(Add, 0, {self, leaf});
  cyclic.merge(self, loop);
  cyclic.rebuild();
  Extractor<size_t> extractor(cyclic, astSize);
  EXPECT_EQ(extractor.bestCost(self), std::optional<size_t>(3));
  Extractor<size_t> plain(egraph, astSize);
  EXPECT_EQ(plain.bestCost(ffa), std::optional<size_t>(5));
}

} // namespace
