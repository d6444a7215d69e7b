//===- NodeVarTest.cpp - Node variables ("(op@c ...)") in patterns --------===//

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Machine.h"
#include "Flexmatch/EGraph/Pattern.h"
#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/EGraph/Term.h"

#include "BruteForceMatcher.h"

#include "gtest/gtest.h"

#include <random>
#include <set>

using namespace flexmatch::egraph;

namespace {

using namespace flexmatch::egraph::testing;

std::string errorOf(llvm::Error error) {
  return error ? llvm::toString(std::move(error)) : std::string();
}

std::string programText(const Program &program) {
  std::string text;
  llvm::raw_string_ostream os(text);
  program.print(os);
  return text;
}


constexpr OpId Leaf = 0, F = 1, G = 2;

/// Random e-graph whose F and G nodes carry payload 0 or 1, so classes
/// often hold several nodes with the same op and different payloads.
EGraph randomEGraph(std::mt19937 &random) {
  EGraph egraph;
  std::vector<Id> ids;
  for (Payload leaf = 0; leaf < 3; ++leaf)
    ids.push_back(egraph.add(Leaf, leaf, {}));
  unsigned numNodes = 10 + random() % 30;
  for (unsigned i = 0; i < numNodes; ++i) {
    Id x = ids[random() % ids.size()];
    Payload payload = random() % 2;
    if (random() % 3 == 0)
      ids.push_back(egraph.add(G, payload, {x}));
    else
      ids.push_back(egraph.add(F, payload, {x, ids[random() % ids.size()]}));
  }
  unsigned numMerges = random() % 10;
  for (unsigned i = 0; i < numMerges; ++i)
    egraph.merge(ids[random() % ids.size()], ids[random() % ids.size()]);
  egraph.rebuild();
  return egraph;
}

uint32_t randomPatternNode(std::mt19937 &random, Pattern &pattern,
                           unsigned depth) {
  static const char *const Vars[] = {"?x", "?y", "?z"};
  static const char *const NodeVars[] = {"@m", "@n"};
  if (depth == 0 || random() % 4 == 0) {
    if (random() % 4 == 0) {
      Payload leaf = random() % 3;
      if (random() % 3 == 0)
        return pattern.addNode({Leaf, leaf}, {}, NodeVars[random() % 2]);
      return pattern.addNode({Leaf, leaf});
    }
    return pattern.addVar(Vars[random() % 3]);
  }
  // Half of the operator nodes match any payload.
  llvm::StringRef nodeVar;
  if (random() % 2 == 0)
    nodeVar = NodeVars[random() % 2];
  Payload payload = random() % 2;
  uint32_t first = randomPatternNode(random, pattern, depth - 1);
  if (random() % 3 == 0)
    return pattern.addNode({G, payload}, {first}, nodeVar);
  uint32_t second = randomPatternNode(random, pattern, depth - 1);
  return pattern.addNode({F, payload}, {first, second}, nodeVar);
}

class NodeVarTest : public ::testing::Test {
protected:
  NodeVarTest() {
    conv = language.addOperator("conv", 2);
    fused = language.addOperator("fused", 2);
    neg = language.addOperator("neg", 1);
    language.addOperator("call"); // Any arity.
  }
  std::string parseError(llvm::StringRef text) {
    auto pattern = Pattern::parse(text, language);
    return pattern ? std::string() : errorOf(pattern.takeError());
  }
  Pattern parse(llvm::StringRef text) {
    auto pattern = Pattern::parse(text, language);
    EXPECT_TRUE(static_cast<bool>(pattern))
        << text.str() << ": " << errorOf(pattern.takeError());
    return pattern ? std::move(*pattern) : Pattern();
  }
  BasicLanguage language;
  OpId conv, fused, neg;
};

TEST_F(NodeVarTest, ParsesAndPrints) {
  for (const char *text : {"(conv@c ?x ?w)", "(neg@a (conv@b ?x (neg ?y)))",
                           "(call@k ?x)", "(neg x@s)", "(conv@c ?x (neg@c ?x))"}) {
    Pattern pattern = parse(text);
    EXPECT_EQ(pattern.toString(language), text);
  }
  Pattern pattern = parse("(conv@c ?x (neg@d ?x))");
  // Children are built first: ?x, then @d, then @c.
  ASSERT_EQ(pattern.vars().size(), 3u);
  EXPECT_EQ(pattern.vars()[0], "?x");
  EXPECT_EQ(pattern.vars()[1], "@d");
  EXPECT_EQ(pattern.vars()[2], "@c");
  EXPECT_TRUE(Pattern::isNodeVarName(pattern.vars()[2]));
  EXPECT_FALSE(Pattern::isNodeVarName(pattern.vars()[0]));
  const Pattern::Node &root = pattern.root();
  EXPECT_TRUE(root.hasNodeVar());
  EXPECT_EQ(root.head.op, conv);
  // The language parsed the bare token.
  EXPECT_EQ(pattern.nodes()[2].head.op, neg); // ?x, ?x, (neg@d ?x), root.
}

TEST_F(NodeVarTest, NodeVariablesMakeSubtermsNonGround) {
  Pattern pattern = parse("(conv ?x (neg@c 1))");
  // Nodes: ?x, 1, (neg@c 1), root.
  EXPECT_TRUE(pattern.isGround(1));
  EXPECT_FALSE(pattern.isGround(2));
  Program program = Program::compile(pattern);
  unsigned binds = 0, anyBinds = 0, lookups = 0;
  for (const Instruction &inst : program.instructions()) {
    binds += inst.kind == Instruction::Kind::Bind;
    anyBinds += inst.kind == Instruction::Kind::Bind && inst.anyPayload;
    lookups += inst.kind == Instruction::Kind::Lookup;
  }
  EXPECT_EQ(binds, 2u) << programText(program);
  EXPECT_EQ(anyBinds, 1u) << programText(program);
  EXPECT_EQ(lookups, 1u) << programText(program); // The leaf 1.
  ASSERT_EQ(program.vars().size(), 2u);
  EXPECT_EQ(program.vars()[1], "@c");
}

TEST_F(NodeVarTest, ParseErrors) {
  std::string empty = parseError("(conv@ ?x ?w)");
  EXPECT_NE(empty.find("needs a name after '@'"), std::string::npos) << empty;
  EXPECT_NE(parseError("(neg x@)"), "");
  EXPECT_NE(parseError("(conv@a@b ?x ?w)"), "");
  // The language still checks the bare token.
  EXPECT_NE(parseError("(unknown@c ?x)"), "");
  std::string arity = parseError("(conv@c ?x)");
  EXPECT_NE(arity.find("expects 2 operands"), std::string::npos) << arity;
  // A token starting with '@' is an ordinary head (e.g. a symbol ref).
  Pattern symbol = parse("(neg @main)");
  EXPECT_TRUE(symbol.vars().empty());
  EXPECT_TRUE(symbol.isGround(symbol.rootIndex()));

  // Ground terms cannot contain node variables.
  auto term = Term::parse("(neg (neg@c x))", language);
  ASSERT_FALSE(static_cast<bool>(term));
  std::string ground = errorOf(term.takeError());
  EXPECT_NE(ground.find("node variable '@c' is not allowed in a ground term"),
            std::string::npos)
      << ground;

  // The right-hand side may only use node variables of the left-hand side.
  auto unbound =
      Rewrite::create("bad", "(conv@c ?x ?w)", "(fused@d ?x ?w)", language);
  ASSERT_FALSE(static_cast<bool>(unbound));
  std::string message = errorOf(unbound.takeError());
  EXPECT_NE(message.find("node variable '@d' is not bound"), std::string::npos)
      << message;
  auto plain = Rewrite::create("bad", "(conv ?x ?w)", "(fused@c ?x ?w)",
                               language);
  ASSERT_FALSE(static_cast<bool>(plain));
  llvm::consumeError(plain.takeError());
}

TEST_F(NodeVarTest, MatchesEveryPayloadOnce) {
  EGraph egraph;
  Id x = egraph.add(language.symbolOp(), language.symbol("x"), {});
  Id w = egraph.add(language.symbolOp(), language.symbol("w"), {});
  std::vector<Id> convs;
  for (Payload payload : {10, 20, 30})
    convs.push_back(egraph.add(conv, payload, {x, w}));
  Id other = egraph.add(conv, 40, {w, x});
  for (Id id : convs)
    egraph.merge(id, other);
  egraph.rebuild();
  Id root = egraph.find(other);

  PatternSearcher anyConv(parse("(conv@c ?x ?w)"));
  ASSERT_EQ(anyConv.vars().size(), 3u);
  MatchSet matches = machineMatches(egraph, anyConv);
  MatchSet expected = {{root, Sub{x, w, convs[0]}},
                       {root, Sub{x, w, convs[1]}},
                       {root, Sub{x, w, convs[2]}},
                       {root, Sub{w, x, other}}};
  EXPECT_EQ(matches, expected);
  for (const auto &[cls, sub] : matches) {
    Subst subst(sub, anyConv.vars());
    NodeId node = subst.node("c");
    EXPECT_EQ(node, subst.node("@c"));
    EXPECT_EQ(subst.lookup("@c"), node);
    EXPECT_EQ(egraph.op(node), conv);
    EXPECT_EQ(egraph.children(node)[0], *subst.lookup("?x"));
    EXPECT_EQ(subst.node("x"), InvalidId); // A class variable.
  }

  // Without '@' the payload must match exactly (BasicLanguage gives 0).
  PatternSearcher exact(parse("(conv ?x ?w)"));
  EXPECT_TRUE(machineMatches(egraph, exact).empty());
  Pattern exact20;
  exact20.addNode({conv, 20}, {exact20.addVar("?x"), exact20.addVar("?w")});
  PatternSearcher exactSearcher(exact20);
  EXPECT_EQ(machineMatches(egraph, exactSearcher),
            (MatchSet{{root, Sub{x, w}}}));

  // A repeated node variable binds one e-node: (neg@n (neg@n ?x)) needs a
  // neg node that is its own child's node, i.e. a self loop.
  Id a = egraph.add(neg, 5, {x});
  egraph.merge(a, x);
  egraph.add(neg, 6, {egraph.add(neg, 7, {w})});
  egraph.rebuild();
  PatternSearcher loop(parse("(neg@n (neg@n ?y))"));
  MatchSet loops = machineMatches(egraph, loop);
  EXPECT_EQ(loops, (MatchSet{{egraph.find(x), Sub{egraph.find(x), a}}}));
}

TEST_F(NodeVarTest, ConditionReadsThePayloadAndApplierCopiesIt) {
  EGraph egraph;
  Id x = egraph.add(language.symbolOp(), language.symbol("x"), {});
  Id w = egraph.add(language.symbolOp(), language.symbol("w"), {});
  Id groups1 = egraph.add(conv, 1, {x, w});
  Id groups2 = egraph.add(conv, 2, {x, w});
  egraph.rebuild();

  auto rule = Rewrite::create(
      "fuse", "(conv@c ?x ?w)", "(fused@c ?x ?w)", language,
      [](EGraph &graph, Id, const Subst &subst) {
        return graph.payload(subst.node("c")) == 1;
      });
  ASSERT_TRUE(static_cast<bool>(rule)) << errorOf(rule.takeError());
  unsigned changed = 0;
  rule->searcher().search(egraph, ~size_t(0),
                          [&](Id root, llvm::ArrayRef<Id> substs) {
                            changed += rule->applyMatches(egraph, root, substs);
                            return true;
                          });
  egraph.rebuild();
  EXPECT_EQ(changed, 1u);
  std::optional<Id> fused1 = egraph.lookup(fused, 1, {x, w});
  ASSERT_TRUE(fused1.has_value());
  EXPECT_TRUE(egraph.areEqual(*fused1, groups1));
  EXPECT_FALSE(egraph.lookup(fused, 2, {x, w}).has_value());
  EXPECT_FALSE(egraph.areEqual(groups1, groups2));
  EXPECT_TRUE(egraph.checkInvariants().empty());
}

TEST_F(NodeVarTest, BulkApplierCopiesPayloadPerMatch) {
  // One class with many conv nodes: applyMatches takes the bulk path
  // (>= 4 matches, no analysis) and must resolve the payload per match,
  // also below a memoized step.
  for (bool bulk : {true, false}) {
    EGraph egraph;
    Id x = egraph.add(language.symbolOp(), language.symbol("x"), {});
    Id w = egraph.add(language.symbolOp(), language.symbol("w"), {});
    Id first = egraph.add(conv, 100, {x, w});
    for (Payload payload = 101; payload < 110; ++payload)
      egraph.merge(first, egraph.add(conv, payload, {x, w}));
    egraph.rebuild();
    Id root = egraph.find(first);

    auto rule = Rewrite::create("fuse", "(conv@c ?x ?w)",
                                "(neg (fused@c ?x ?w))", language);
    ASSERT_TRUE(static_cast<bool>(rule)) << errorOf(rule.takeError());
    unsigned changed = 0;
    size_t found = rule->searcher().search(
        egraph, ~size_t(0), [&](Id cls, llvm::ArrayRef<Id> substs) {
          if (bulk) {
            changed += rule->applyMatches(egraph, cls, substs);
            return true;
          }
          size_t width = rule->vars().size();
          for (size_t i = 0; i < substs.size(); i += width)
            changed += rule->applier().apply(
                egraph, cls, Subst(substs.slice(i, width), rule->vars()));
          return true;
        });
    egraph.rebuild();
    EXPECT_EQ(found, 10u);
    EXPECT_EQ(changed, 10u);
    for (Payload payload = 100; payload < 110; ++payload) {
      std::optional<Id> f = egraph.lookup(fused, payload, {x, w});
      ASSERT_TRUE(f.has_value()) << payload;
      std::optional<Id> n = egraph.lookup(neg, 0, {*f});
      ASSERT_TRUE(n.has_value()) << payload;
      EXPECT_TRUE(egraph.areEqual(*n, root)) << payload;
    }
    EXPECT_FALSE(egraph.lookup(fused, 0, {x, w}).has_value());
    EXPECT_TRUE(egraph.checkInvariants().empty());
  }
}

TEST_F(NodeVarTest, RightHandSideMayUseAnotherOperator) {
  // Only the payload is copied: (neg@c ?x) can take a conv's payload.
  EGraph egraph;
  Id x = egraph.add(language.symbolOp(), language.symbol("x"), {});
  Id w = egraph.add(language.symbolOp(), language.symbol("w"), {});
  Id c = egraph.add(conv, 77, {x, w});
  egraph.rebuild();
  auto rule = Rewrite::create("r", "(conv@c ?x ?w)", "(neg@c ?x)", language);
  ASSERT_TRUE(static_cast<bool>(rule)) << errorOf(rule.takeError());
  rule->searcher().search(egraph, ~size_t(0),
                          [&](Id root, llvm::ArrayRef<Id> substs) {
                            rule->applyMatches(egraph, root, substs);
                            return true;
                          });
  egraph.rebuild();
  std::optional<Id> n = egraph.lookup(neg, 77, {x});
  ASSERT_TRUE(n.has_value());
  EXPECT_TRUE(egraph.areEqual(*n, c));
}

TEST(NodeVarMatchTest, AgreesWithBruteForceOnRandomEGraphs) {
  unsigned nonEmpty = 0, withNodeVars = 0;
  for (unsigned seed = 1; seed <= 400; ++seed) {
    std::mt19937 random(seed);
    EGraph egraph = randomEGraph(random);
    Pattern pattern;
    randomPatternNode(random, pattern, 1 + random() % 3);

    MatchSet expected;
    for (Id cls : egraph.classes())
      for (Sub &sub : bruteForce(egraph, pattern, pattern.rootIndex(), cls,
                                 Sub(pattern.vars().size(), InvalidId)))
        expected.insert({cls, std::move(sub)});

    PatternSearcher searcher(pattern);
    size_t count = 0;
    MatchSet actual = machineMatches(egraph, searcher, &count);
    ASSERT_EQ(actual, expected)
        << "seed " << seed << ", program:\n"
        << programText(searcher.program());
    EXPECT_EQ(count, actual.size()) << "seed " << seed;
    nonEmpty += !expected.empty();
    withNodeVars += !expected.empty() &&
                    llvm::any_of(pattern.vars(), Pattern::isNodeVarName);
  }
  EXPECT_GT(nonEmpty, 150u);
  EXPECT_GT(withNodeVars, 60u);
}

TEST(NodeVarMatchTest, MultiPatternAgreesWithBruteForce) {
  unsigned nonEmpty = 0;
  for (unsigned seed = 1; seed <= 60; ++seed) {
    std::mt19937 random(seed);
    EGraph egraph = randomEGraph(random);
    // ?x = (F@n ?a ?b), ?y = (G@m ?a).
    Pattern first, second;
    uint32_t a = first.addVar("?a");
    first.addNode({F, 0}, {a, first.addVar("?b")}, "@n");
    second.addNode({G, 0}, {second.addVar("?a")}, "@m");
    auto searcher = PatternSearcher::createMulti(
        {MultiPatternEntry{"?x", first}, MultiPatternEntry{"?y", second}});
    ASSERT_TRUE(static_cast<bool>(searcher)) << errorOf(searcher.takeError());
    llvm::ArrayRef<std::string> vars = (*searcher)->vars();
    ASSERT_EQ(vars.size(), 6u);
    // Layout: ?x ?a ?b @n ?y @m.
    EXPECT_EQ(vars[3], "@n");
    EXPECT_EQ(vars[5], "@m");

    MatchSet expected;
    for (Id x : egraph.classes())
      for (const Sub &s1 :
           bruteForce(egraph, first, first.rootIndex(), x, Sub(3, InvalidId)))
        for (Id y : egraph.classes())
          for (const Sub &s2 : bruteForce(egraph, second, second.rootIndex(),
                                          y, Sub{s1[0], InvalidId}))
            expected.insert({x, Sub{x, s1[0], s1[1], s1[2], y, s2[1]}});
    EXPECT_EQ(machineMatches(egraph, **searcher), expected) << "seed " << seed;
    nonEmpty += !expected.empty();
  }
  EXPECT_GT(nonEmpty, 20u);
}

} // namespace
