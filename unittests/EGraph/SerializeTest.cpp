//===- SerializeTest.cpp - JSON and DOT export ----------------------------===//

#include "Flexmatch/EGraph/Serialize.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Term.h"

#include "gtest/gtest.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace flexmatch::egraph;

namespace {

class SerializeTest : public ::testing::Test {
protected:
  SerializeTest() {
    language.addOperator("+", 2);
    language.addOperator("*", 2);
    auto term = Term::parse("(+ (* a 2) (* b 2))", language);
    EXPECT_TRUE(static_cast<bool>(term));
    Root = egraph.addTerm(*term);
    auto a = Term::parse("a", language);
    auto b = Term::parse("b", language);
    egraph.merge(*egraph.lookupTerm(*a), *egraph.lookupTerm(*b));
    egraph.rebuild();
  }
  BasicLanguage language;
  EGraph egraph;
  Id Root;
};

TEST_F(SerializeTest, JsonMatchesTheEGraph) {
  std::string text;
  llvm::raw_string_ostream os(text);
  writeJson(os, egraph, language, {Root}, [](const EGraph &g, NodeId node) {
    return g.children(node).empty() ? 0.5 : 2.0;
  });
  nlohmann::json json = nlohmann::json::parse(text);

  ASSERT_TRUE(json.contains("nodes"));
  const auto &nodes = json["nodes"];
  EXPECT_EQ(nodes.size(), egraph.numNodes());
  std::set<std::string> classes;
  std::multiset<std::string> ops;
  for (const auto &[id, node] : nodes.items()) {
    NodeId nodeId = std::stoul(id);
    Id cls = std::stoul(node["eclass"].get<std::string>());
    EXPECT_EQ(egraph.find(nodeId), cls);
    EXPECT_EQ(node["op"].get<std::string>(),
              language.headToString(egraph.node(nodeId).head()));
    ops.insert(node["op"].get<std::string>());
    classes.insert(node["eclass"].get<std::string>());
    llvm::ArrayRef<Id> children = egraph.children(nodeId);
    ASSERT_EQ(node["children"].size(), children.size());
    for (size_t i = 0; i < children.size(); ++i) {
      std::string childNode = node["children"][i].get<std::string>();
      ASSERT_TRUE(nodes.contains(childNode)) << childNode;
      // Each child node id stands for the child's class.
      EXPECT_EQ(nodes[childNode]["eclass"].get<std::string>(),
                std::to_string(children[i]));
    }
    EXPECT_DOUBLE_EQ(node["cost"].get<double>(), children.empty() ? 0.5 : 2.0);
  }
  EXPECT_EQ(classes.size(), egraph.numClasses());
  // a = b makes (* a 2) = (* b 2): one multiplication node remains.
  EXPECT_EQ(ops.count("*"), 1u);
  EXPECT_EQ(ops.count("a"), 1u);
  EXPECT_EQ(ops.count("b"), 1u);
  ASSERT_EQ(json["root_eclasses"].size(), 1u);
  EXPECT_EQ(json["root_eclasses"][0].get<std::string>(),
            std::to_string(egraph.find(Root)));
}

TEST_F(SerializeTest, JsonEscapesOperatorNames) {
  const std::string awkward = "q\"uote \\ back\nline\ttab \x01 \xc3\xa9";
  std::string text;
  llvm::raw_string_ostream os(text);
  writeJson(os, egraph,
            [&](llvm::raw_ostream &out, NodeView) { out << awkward; }, {});
  nlohmann::json json = nlohmann::json::parse(text);
  for (const auto &[id, node] : json["nodes"].items())
    EXPECT_EQ(node["op"].get<std::string>(), awkward);
  EXPECT_TRUE(json["root_eclasses"].empty());
}

TEST_F(SerializeTest, DotHasOneClusterPerClass) {
  std::string text;
  llvm::raw_string_ostream os(text);
  writeDot(os, egraph, language);
  auto count = [&](llvm::StringRef needle) {
    return llvm::StringRef(text).count(needle);
  };
  EXPECT_EQ(count("subgraph cluster_"), egraph.numClasses());
  size_t edges = 0;
  for (Id cls : egraph.classes())
    for (NodeId node : egraph.classNodes(cls))
      edges += egraph.children(node).size();
  EXPECT_EQ(count(" -> "), edges);
  EXPECT_EQ(count("[label=\"*\"]"), 1u);
  EXPECT_TRUE(llvm::StringRef(text).starts_with("digraph egraph {"));
  EXPECT_TRUE(llvm::StringRef(text).ends_with("}\n"));
}

} // namespace
