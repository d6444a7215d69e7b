//===- SerializedEGraphTest.cpp - egraph-serialize reader, extractors -----===//

#include "Flexmatch/EGraph/SerializedEGraph.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Serialize.h"
#include "Flexmatch/EGraph/Term.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <limits>
#include <random>

using namespace flexmatch::egraph;

namespace {

std::string errorOf(llvm::StringRef text) {
  auto graph = parseSerializedEGraph(text, "g.json");
  if (graph)
    return "";
  return llvm::toString(graph.takeError());
}

TEST(SerializedEGraphReader, ReadsNodesClassesAndRoots) {
  auto graph = parseSerializedEGraph(R"({
    "nodes": {
      "0": {"op": "x", "children": [], "eclass": "a", "cost": 2.5},
      "1": {"op": "f", "children": ["0", "0"], "eclass": "b", "cost": 1},
      "2": {"op": "y", "children": [], "eclass": "a"}
    },
    "root_eclasses": ["b", "b"]
  })",
                                     "g.json");
  ASSERT_TRUE(static_cast<bool>(graph)) << llvm::toString(graph.takeError());
  ASSERT_EQ(graph->classes.size(), 2u);
  ASSERT_EQ(graph->nodes.size(), 3u);
  EXPECT_EQ(graph->nodes[0].cost, 2.5);
  EXPECT_EQ(graph->nodes[2].cost, 1.0); // egraph-serialize's default
  uint32_t a = graph->nodes[0].eclass;
  EXPECT_EQ(graph->nodes[2].eclass, a);
  EXPECT_EQ(graph->nodes[1].children, (std::vector<uint32_t>{a, a}));
  ASSERT_EQ(graph->roots.size(), 1u);
  EXPECT_EQ(graph->classes[graph->roots[0]].name, "b");
}

TEST(SerializedEGraphReader, ErrorsNameLineAndColumn) {
  EXPECT_EQ(errorOf("{\n  \"nodes\": {,}\n}").substr(0, 12), "g.json:2:13:");
  EXPECT_NE(errorOf("{\n  \"nodes\": {,}\n}").find("malformed JSON"),
            std::string::npos);
  EXPECT_EQ(errorOf("[]").substr(0, 11), "g.json:1:1:");
  EXPECT_NE(errorOf(R"({"root_eclasses": []})").find("missing key 'nodes'"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"nodes": {}})").find("missing key 'root_eclasses'"),
            std::string::npos);

  std::string missingOp = errorOf("{\"nodes\": {\n"
                                  "  \"0\": {\"children\": [], \"eclass\": "
                                  "\"a\"}},\n \"root_eclasses\": []}");
  EXPECT_EQ(missingOp, "g.json:2:3: node '0' has no 'op'");

  std::string unknownChild =
      errorOf("{\"nodes\": {\n"
              "  \"0\": {\"op\": \"f\", \"children\": [\"7\"], \"eclass\": "
              "\"a\"}},\n \"root_eclasses\": [\"a\"]}");
  EXPECT_EQ(unknownChild, "g.json:2:33: child '7' of node '0' is not a node, "
                          "so its class is unknown");

  std::string stringCost =
      errorOf("{\"nodes\": {\n"
              "  \"0\": {\"op\": \"f\", \"children\": [], \"eclass\": "
              "\"a\", \"cost\": \"1\"}},\n \"root_eclasses\": [\"a\"]}");
  EXPECT_EQ(stringCost, "g.json:2:51: 'cost' of node '0' must be a number");

  std::string negativeCost =
      errorOf("{\"nodes\": {\n"
              "  \"0\": {\"op\": \"f\", \"children\": [], \"eclass\": "
              "\"a\", \"cost\": -1}},\n \"root_eclasses\": [\"a\"]}");
  EXPECT_EQ(negativeCost, "g.json:2:51: 'cost' of node '0' must be finite "
                          "and non-negative");

  std::string unknownRoot =
      errorOf("{\"nodes\": {\n"
              "  \"0\": {\"op\": \"f\", \"children\": [], \"eclass\": "
              "\"a\"}},\n \"root_eclasses\": [\"b\"]}");
  EXPECT_EQ(unknownRoot, "g.json:3:20: root class 'b' has no nodes");

  EXPECT_NE(errorOf(R"({"nodes": {"0": {"op": 1, "children": [],
    "eclass": "a"}}, "root_eclasses": []})")
                .find("'op' of node '0' must be a string"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"nodes": {"0": {"op": "x", "children": [3],
    "eclass": "a"}}, "root_eclasses": []})")
                .find("must be node id strings"),
            std::string::npos);
}

TEST(SerializedEGraphReader, MissingFileIsAnError) {
  auto graph = readSerializedEGraph("/nonexistent/g.json");
  ASSERT_FALSE(static_cast<bool>(graph));
  EXPECT_NE(llvm::toString(graph.takeError()).find("cannot read"),
            std::string::npos);
}

/// Builds a graph from classes of (cost, child classes) nodes.
SerializedEGraph makeGraph(
    const std::vector<std::vector<std::pair<double, std::vector<uint32_t>>>>
        &classes,
    std::vector<uint32_t> roots) {
  SerializedEGraph graph;
  for (uint32_t c = 0; c != classes.size(); ++c) {
    graph.classes.push_back({("c" + llvm::Twine(c)).str(), {}});
    for (auto &[cost, children] : classes[c]) {
      uint32_t n = graph.nodes.size();
      graph.nodes.push_back(
          {("n" + llvm::Twine(n)).str(), "op", cost, c, children});
      graph.classes[c].nodes.push_back(n);
    }
  }
  graph.roots = std::move(roots);
  return graph;
}

TEST(SerializedEGraphExtract, DagBeatsTreeOnSharedSubterms) {
  // R = r1(Y, Z) | r2 (cost 15); Y = y(X); Z = z(X); X = x (cost 10).
  // Tree costs: r1 = 1 + 11 + 11 = 23 > 15; DAG: r1 = 1 + 1 + 1 + 10 = 13.
  SerializedEGraph graph = makeGraph(
      {{{1, {1, 2}}, {15, {}}}, {{1, {3}}}, {{1, {3}}}, {{10, {}}}}, {0});
  Extraction tree = extractGreedyTree(graph);
  Extraction dag = extractGreedyDag(graph);
  ASSERT_TRUE(tree.found);
  ASSERT_TRUE(dag.found);
  EXPECT_EQ(tree.choice[0], 1u);
  EXPECT_EQ(tree.dagCost, 15);
  EXPECT_EQ(dag.choice[0], 0u);
  EXPECT_EQ(dag.dagCost, 13);
  EXPECT_TRUE(checkChoice(graph, dag.choice).valid());
  EXPECT_EQ(checkChoice(graph, dag.choice).chosenNodes, 4u);
}

TEST(SerializedEGraphExtract, RepeatedChildren) {
  // R = f(A, B, A) (1) | r (30); A = a (2) | g(B) (1); B = b (5).
  // Tree: A = a (2), f = 1 + 2 + 5 + 2 = 10; DAG cost 1 + 2 + 5 = 8.
  SerializedEGraph graph = makeGraph(
      {{{1, {1, 2, 1}}, {30, {}}}, {{2, {}}, {1, {2}}}, {{5, {}}}}, {0});
  Extraction tree = extractGreedyTree(graph);
  ASSERT_TRUE(tree.found);
  EXPECT_EQ(tree.choice[0], 0u);
  EXPECT_EQ(tree.choice[1], 2u);
  EXPECT_EQ(tree.dagCost, 8);
  // Sharing B would make g(B) the better A (1 + 1 + 5 = 7), but greedy DAG
  // decides A alone ({a} = 2 < {g, b} = 6); the ILP finds 7.
  EXPECT_EQ(extractGreedyDag(graph).dagCost, 8);
  if (isIlpAvailable())
    EXPECT_EQ(extractIlp(graph).extraction.dagCost, 7);
}

TEST(SerializedEGraphExtract, NoAcyclicTerm) {
  // A = f(B); B = g(A): every term is infinite.
  SerializedEGraph graph = makeGraph({{{1, {1}}}, {{1, {0}}}}, {0});
  EXPECT_FALSE(extractGreedyTree(graph).found);
  EXPECT_FALSE(extractGreedyDag(graph).found);
}

TEST(SerializedEGraphExtract, CheckerCatchesCyclesAndGaps) {
  // A = f(B) | a; B = g(A) | b.
  SerializedEGraph graph =
      makeGraph({{{1, {1}}, {5, {}}}, {{1, {0}}, {5, {}}}}, {0});
  ChoiceCheck cyclic = checkChoice(graph, {0, 2});
  EXPECT_FALSE(cyclic.acyclic);
  EXPECT_TRUE(cyclic.complete);
  EXPECT_NE(cyclic.message.find("cycle"), std::string::npos);
  ChoiceCheck gap = checkChoice(graph, {0, kNoChoice});
  EXPECT_FALSE(gap.complete);
  // A node of another class is not a valid choice.
  EXPECT_FALSE(checkChoice(graph, {2, 3}).complete);
  ChoiceCheck good = checkChoice(graph, {0, 3});
  EXPECT_TRUE(good.valid());
  EXPECT_EQ(good.dagCost, 6);
  EXPECT_EQ(good.chosenNodes, 2u);
  // Unreachable classes need no choice.
  EXPECT_TRUE(checkChoice(graph, {1, kNoChoice}).valid());
}

/// The optimum DAG cost over all choices (infinity when none is valid).
double bruteForceOptimum(const SerializedEGraph &graph) {
  double best = std::numeric_limits<double>::infinity();
  std::vector<uint32_t> index(graph.classes.size(), 0);
  while (true) {
    std::vector<uint32_t> choice(graph.classes.size());
    for (size_t c = 0; c != choice.size(); ++c)
      choice[c] = graph.classes[c].nodes[index[c]];
    ChoiceCheck check = checkChoice(graph, choice);
    if (check.valid())
      best = std::min(best, check.dagCost);
    size_t c = 0;
    for (; c != index.size(); ++c) {
      if (++index[c] < graph.classes[c].nodes.size())
        break;
      index[c] = 0;
    }
    if (c == index.size())
      return best;
  }
}

/// A random e-graph: 2-9 classes of 1-3 nodes with 0-2 children each
/// (cycles and self-loops allowed), costs 0-9 and now and then 1000 (a
/// "costly" node, as the offload cost model has), root class 0.
SerializedEGraph randomGraph(std::mt19937 &rng) {
  uint32_t numClasses = 2 + rng() % 8;
  std::vector<std::vector<std::pair<double, std::vector<uint32_t>>>> classes(
      numClasses);
  for (auto &cls : classes) {
    uint32_t numNodes = 1 + rng() % 3;
    for (uint32_t n = 0; n != numNodes; ++n) {
      std::vector<uint32_t> children;
      for (uint32_t k = rng() % 3; k != 0; --k)
        children.push_back(rng() % numClasses);
      double cost = rng() % 6 == 0 ? 1000 : double(rng() % 10);
      cls.push_back({cost, children});
    }
  }
  return makeGraph(classes, {0});
}

TEST(SerializedEGraphExtract, RandomGraphsAgainstBruteForce) {
  std::mt19937 rng(8);
  int strictlyBetter = 0, feasible = 0;
  for (int round = 0; round != 400; ++round) {
    SerializedEGraph graph = randomGraph(rng);
    double optimum = bruteForceOptimum(graph);
    Extraction tree = extractGreedyTree(graph);
    Extraction dag = extractGreedyDag(graph);
    bool solvable = optimum < std::numeric_limits<double>::infinity();
    ASSERT_EQ(tree.found, solvable) << "round " << round;
    ASSERT_EQ(dag.found, solvable) << "round " << round;
    if (!solvable)
      continue;
    ++feasible;
    ChoiceCheck treeCheck = checkChoice(graph, tree.choice);
    ChoiceCheck dagCheck = checkChoice(graph, dag.choice);
    EXPECT_TRUE(treeCheck.valid()) << "round " << round;
    EXPECT_TRUE(dagCheck.valid()) << "round " << round;
    EXPECT_EQ(treeCheck.dagCost, tree.dagCost);
    EXPECT_EQ(dagCheck.dagCost, dag.dagCost);
    EXPECT_GE(tree.dagCost, optimum) << "round " << round;
    EXPECT_GE(dag.dagCost, optimum) << "round " << round;
    EXPECT_LE(dag.dagCost, tree.dagCost) << "round " << round;
    strictlyBetter += dag.dagCost < tree.dagCost;
  }
  EXPECT_GT(feasible, 100);
  EXPECT_GT(strictlyBetter, 0);
}

TEST(SerializedEGraphIlp, BeatsGreedyDag) {
  // R = r(A, B); A = a (10); B = b1(A) | b2 (5). Greedy DAG picks b2 (its
  // own set costs 5 < 11) for 16; sharing A makes b1 better: 12.
  SerializedEGraph graph =
      makeGraph({{{1, {1, 2}}}, {{10, {}}}, {{1, {1}}, {5, {}}}}, {0});
  EXPECT_EQ(extractGreedyDag(graph).dagCost, 16);
  if (!isIlpAvailable())
    GTEST_SKIP() << "built without COIN-OR CBC";
  IlpExtraction ilp = extractIlp(graph);
  EXPECT_TRUE(ilp.optimal) << ilp.note;
  EXPECT_EQ(ilp.extraction.dagCost, 12);
  EXPECT_TRUE(checkChoice(graph, ilp.extraction.choice).valid());
}

TEST(SerializedEGraphIlp, CutsCycles) {
  // A = f(B) (1) | a (10); B = g(A) (1) | b (10): without acyclicity the
  // ILP would take the cycle f, g for 2; the optimum is a for 10.
  SerializedEGraph graph =
      makeGraph({{{1, {1}}, {10, {}}}, {{1, {0}}, {10, {}}}}, {0});
  if (!isIlpAvailable())
    GTEST_SKIP() << "built without COIN-OR CBC";
  IlpExtraction ilp = extractIlp(graph);
  EXPECT_TRUE(ilp.optimal) << ilp.note;
  EXPECT_EQ(ilp.extraction.dagCost, 10);
  EXPECT_TRUE(checkChoice(graph, ilp.extraction.choice).valid());
}

/// One ILP formulation: levels or exit rows, with or without the
/// requirement and costly-cover rows.
struct Formulation {
  bool levels;
  bool strengthened;
};

class SerializedEGraphIlpRandom : public ::testing::TestWithParam<Formulation> {
};

TEST_P(SerializedEGraphIlpRandom, MatchesBruteForce) {
  if (!isIlpAvailable())
    GTEST_SKIP() << "built without COIN-OR CBC";
  std::mt19937 rng(88);
  unsigned cuts = 0, provenByLp = 0, provenByMip = 0, beatGreedy = 0;
  for (int round = 0; round != 500; ++round) {
    SerializedEGraph graph = randomGraph(rng);
    double optimum = bruteForceOptimum(graph);
    IlpOptions options;
    options.levels = GetParam().levels;
    options.requirements = GetParam().strengthened;
    options.costlyCovers = GetParam().strengthened;
    IlpExtraction ilp = extractIlp(graph, options);
    if (optimum == std::numeric_limits<double>::infinity()) {
      EXPECT_FALSE(ilp.extraction.found) << "round " << round;
      continue;
    }
    ASSERT_TRUE(ilp.extraction.found) << "round " << round;
    EXPECT_TRUE(ilp.optimal) << "round " << round << ": " << ilp.note;
    EXPECT_EQ(ilp.extraction.dagCost, optimum) << "round " << round;
    ChoiceCheck check = checkChoice(graph, ilp.extraction.choice);
    EXPECT_TRUE(check.valid()) << "round " << round;
    EXPECT_EQ(check.dagCost, optimum) << "round " << round;
    cuts += ilp.cycleCuts;
    (ilp.solves == 0 ? provenByLp : provenByMip) += 1;
    beatGreedy += optimum < extractGreedyDag(graph).dagCost;
  }
  // Both proofs (the LP bound alone, and branch and bound) and e-graphs
  // where the greedy result is not optimal are exercised.
  EXPECT_GT(provenByLp, 100u);
  EXPECT_GT(provenByMip, 0u);
  EXPECT_GT(beatGreedy, 0u);
  // Levels leave no cycle to cut.
  if (GetParam().levels)
    EXPECT_EQ(cuts, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Formulations, SerializedEGraphIlpRandom,
    ::testing::Values(Formulation{false, true}, Formulation{false, false},
                      Formulation{true, true}, Formulation{true, false}),
    [](const ::testing::TestParamInfo<Formulation> &info) {
      return std::string(info.param.levels ? "Levels" : "ExitRows") +
             (info.param.strengthened ? "Strengthened" : "Plain");
    });

/// A cycle through four classes of views, cheaper than any real term.
TEST(SerializedEGraphIlp, LongCycles) {
  if (!isIlpAvailable())
    GTEST_SKIP() << "built without COIN-OR CBC";
  // R = r(A); A = f(B) (1); B = g(C) (1) | b (50); C = h(D) (1);
  // D = k(A) (1) | d (30). The cycle f, g, h, k would cost 5 in all; the
  // optimum is the chain down to d: 1 + 1 + 1 + 1 + 30.
  SerializedEGraph graph = makeGraph({{{1, {1}}},
                                      {{1, {2}}},
                                      {{1, {3}}, {50, {}}},
                                      {{1, {4}}},
                                      {{1, {1}}, {30, {}}}},
                                     {0});
  for (bool levels : {false, true}) {
    for (bool strengthened : {false, true}) {
      IlpOptions options;
      options.levels = levels;
      options.requirements = options.costlyCovers = strengthened;
      IlpExtraction ilp = extractIlp(graph, options);
      EXPECT_TRUE(ilp.optimal) << ilp.note;
      EXPECT_EQ(ilp.extraction.dagCost, 34);
      EXPECT_TRUE(checkChoice(graph, ilp.extraction.choice).valid());
    }
  }
}

TEST(SerializedEGraphExtract, ReadsWhatWriteJsonWrites) {
  BasicLanguage language;
  language.addOperator("+", 2);
  language.addOperator("*", 2);
  EGraph egraph;
  auto term = Term::parse("(+ (* a 2) (* a 2))", language);
  ASSERT_TRUE(static_cast<bool>(term));
  Id root = egraph.addTerm(*term);
  egraph.rebuild();
  std::string text;
  llvm::raw_string_ostream os(text);
  writeJson(os, egraph, language, {root});
  auto graph = parseSerializedEGraph(text, "written.json");
  ASSERT_TRUE(static_cast<bool>(graph)) << llvm::toString(graph.takeError());
  EXPECT_EQ(graph->nodes.size(), egraph.numNodes());
  Extraction tree = extractGreedyTree(*graph);
  Extraction dag = extractGreedyDag(*graph);
  ASSERT_TRUE(tree.found);
  // (+ x x) with x = (* a 2): four distinct nodes, each of cost 1.
  EXPECT_EQ(tree.dagCost, 4);
  EXPECT_EQ(dag.dagCost, 4);
}

} // namespace
