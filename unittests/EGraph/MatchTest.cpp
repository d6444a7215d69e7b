//===- MatchTest.cpp - Compiled e-matching vs. a brute-force matcher ------===//

#include "BruteForceMatcher.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Machine.h"
#include "Flexmatch/EGraph/Pattern.h"
#include "Flexmatch/EGraph/Rewrite.h"

#include "gtest/gtest.h"

#include <random>
#include <set>

using namespace flexmatch::egraph;

namespace {

constexpr OpId Leaf = 0, F = 1, G = 2;
using namespace flexmatch::egraph::testing;

EGraph randomEGraph(std::mt19937 &random) {
  EGraph egraph;
  std::vector<Id> ids;
  for (Payload leaf = 0; leaf < 3; ++leaf)
    ids.push_back(egraph.add(Leaf, leaf, {}));
  unsigned numNodes = 10 + random() % 30;
  for (unsigned i = 0; i < numNodes; ++i) {
    Id x = ids[random() % ids.size()];
    if (random() % 3 == 0)
      ids.push_back(egraph.add(G, 0, {x}));
    else
      ids.push_back(egraph.add(F, 0, {x, ids[random() % ids.size()]}));
  }
  unsigned numMerges = random() % 8;
  for (unsigned i = 0; i < numMerges; ++i)
    egraph.merge(ids[random() % ids.size()], ids[random() % ids.size()]);
  egraph.rebuild();
  return egraph;
}

uint32_t randomPatternNode(std::mt19937 &random, Pattern &pattern,
                           unsigned depth) {
  static const char *const Vars[] = {"?x", "?y", "?z"};
  if (depth == 0 || random() % 4 == 0) {
    if (random() % 4 == 0)
      return pattern.addNode({Leaf, static_cast<Payload>(random() % 3)});
    return pattern.addVar(Vars[random() % 3]);
  }
  uint32_t first = randomPatternNode(random, pattern, depth - 1);
  if (random() % 3 == 0)
    return pattern.addNode({G, 0}, {first});
  uint32_t second = randomPatternNode(random, pattern, depth - 1);
  return pattern.addNode({F, 0}, {first, second});
}


TEST(MatchTest, AgreesWithBruteForceOnRandomEGraphs) {
  unsigned nonEmpty = 0;
  for (unsigned seed = 1; seed <= 300; ++seed) {
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
    ASSERT_EQ(actual, expected) << "seed " << seed << ", program:\n"
                                << [&] {
                                     std::string text;
                                     llvm::raw_string_ostream os(text);
                                     searcher.program().print(os);
                                     return text;
                                   }();
    // A single pattern never reports the same substitution twice.
    EXPECT_EQ(count, actual.size()) << "seed " << seed;
    nonEmpty += !expected.empty();
  }
  // The generator must exercise real matches, not just empty results.
  EXPECT_GT(nonEmpty, 150u);
}

TEST(MatchTest, MatchLimitIsRespected) {
  std::mt19937 random(7);
  EGraph egraph = randomEGraph(random);
  Pattern pattern;
  pattern.addNode({F, 0}, {pattern.addVar("?a"), pattern.addVar("?b")});
  PatternSearcher searcher(pattern);
  size_t all = searcher.search(egraph, ~size_t(0),
                               [](Id, llvm::ArrayRef<Id>) { return true; });
  ASSERT_GT(all, 3u);
  size_t reported = 0;
  size_t limited = searcher.search(egraph, 3, [&](Id, llvm::ArrayRef<Id> s) {
    reported += s.size() / 2;
    return true;
  });
  EXPECT_EQ(limited, 3u);
  EXPECT_EQ(reported, 3u);
}

TEST(MatchTest, MultiPatternAgreesWithBruteForce) {
  for (unsigned seed = 1; seed <= 50; ++seed) {
    std::mt19937 random(seed);
    EGraph egraph = randomEGraph(random);
    // ?x = (F ?a ?b), ?y = (G ?a): pairs of classes sharing ?a.
    Pattern first, second;
    first.addNode({F, 0}, {first.addVar("?a"), first.addVar("?b")});
    second.addNode({G, 0}, {second.addVar("?a")});
    auto searcher = PatternSearcher::createMulti(
        {MultiPatternEntry{"?x", first}, MultiPatternEntry{"?y", second}});
    ASSERT_TRUE(static_cast<bool>(searcher))
        << llvm::toString(searcher.takeError());
    llvm::ArrayRef<std::string> vars = (*searcher)->vars();
    ASSERT_EQ(vars.size(), 4u);
    EXPECT_EQ(vars[0], "?x");
    EXPECT_EQ(vars[3], "?y");

    MatchSet expected;
    for (Id x : egraph.classes())
      for (const Sub &s1 :
           bruteForce(egraph, first, first.rootIndex(), x, Sub(2, InvalidId)))
        for (Id y : egraph.classes())
          for ([[maybe_unused]] const Sub &s2 :
               bruteForce(egraph, second, second.rootIndex(), y, Sub{s1[0]}))
            expected.insert({x, Sub{x, s1[0], s1[1], y}});
    EXPECT_EQ(machineMatches(egraph, **searcher), expected) << "seed " << seed;
  }
}

TEST(MatchTest, GroundTermsAreLookedUpInTheSnapshot) {
  EGraph egraph;
  Id a = egraph.add(Leaf, 0, {});
  Id b = egraph.add(Leaf, 1, {});
  Id fab = egraph.add(F, 0, {a, b});
  egraph.add(F, 0, {b, b});
  egraph.rebuild();
  // (F ?x 1): the ground leaf 1 must be the class of b.
  Pattern pattern;
  pattern.addNode({F, 0}, {pattern.addVar("?x"), pattern.addNode({Leaf, 1})});
  PatternSearcher searcher(pattern);
  MatchSet matches = machineMatches(egraph, searcher);
  EXPECT_EQ(matches.size(), 2u);
  EXPECT_TRUE(matches.count({fab, Sub{a}}));
  // A ground term that is absent means no match at all.
  Pattern absent;
  absent.addNode({F, 0}, {absent.addVar("?x"), absent.addNode({Leaf, 9})});
  PatternSearcher absentSearcher(absent);
  EXPECT_TRUE(machineMatches(egraph, absentSearcher).empty());
}

TEST(MatchTest, SearchSeesTheSnapshotWhileTheGraphChanges) {
  std::mt19937 random(3);
  EGraph egraph = randomEGraph(random);
  Pattern pattern;
  pattern.addNode({F, 0}, {pattern.addVar("?a"), pattern.addVar("?b")});
  PatternSearcher searcher(pattern);
  MatchSet before = machineMatches(egraph, searcher);
  MatchSet during;
  searcher.search(egraph, ~size_t(0), [&](Id root, llvm::ArrayRef<Id> substs) {
    for (size_t i = 0; i < substs.size(); i += 2) {
      during.insert({root, Sub{substs[i], substs[i + 1]}});
      // Mutate heavily: new F nodes and merges must not be seen.
      Id fresh = egraph.add(F, 0, {substs[i + 1], substs[i]});
      egraph.merge(fresh, egraph.add(G, 0, {root}));
    }
    return true;
  });
  EXPECT_EQ(during, before);
  egraph.rebuild();
  EXPECT_TRUE(egraph.checkInvariants().empty());
}

} // namespace
