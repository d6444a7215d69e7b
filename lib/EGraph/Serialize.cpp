//===- Serialize.cpp - JSON and Graphviz export ---------------------------===//

#include "Flexmatch/EGraph/Serialize.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"

#include <string>

using namespace flexmatch::egraph;
using llvm::raw_ostream;
using llvm::StringRef;

void flexmatch::egraph::writeJsonString(raw_ostream &os, StringRef text) {
  os << '"';
  for (unsigned char c : text) {
    switch (c) {
    case '"':
      os << "\\\"";
      break;
    case '\\':
      os << "\\\\";
      break;
    case '\b':
      os << "\\b";
      break;
    case '\f':
      os << "\\f";
      break;
    case '\n':
      os << "\\n";
      break;
    case '\r':
      os << "\\r";
      break;
    case '\t':
      os << "\\t";
      break;
    default:
      // Other control characters must be escaped; bytes >= 0x80 are passed
      // through (UTF-8 text stays UTF-8).
      if (c < 0x20)
        os << llvm::format("\\u%04x", c);
      else
        os << c;
    }
  }
  os << '"';
}

static std::string nodeText(NodePrinter printNode, NodeView node) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printNode(os, node);
  return text;
}

void flexmatch::egraph::writeJson(raw_ostream &os, const EGraph &egraph,
                                  NodePrinter printNode,
                                  llvm::ArrayRef<Id> roots,
                                  NodeCostFunction cost) {
  assert(egraph.isClean() && "export needs a rebuilt e-graph");
  os << "{\n  \"nodes\": {";
  bool first = true;
  for (Id cls : egraph.classes()) {
    for (NodeId node : egraph.classNodes(cls)) {
      os << (first ? "\n    " : ",\n    ");
      first = false;
      os << '"' << node << "\": {\"op\": ";
      writeJsonString(os, nodeText(printNode, egraph.node(node)));
      os << ", \"children\": [";
      bool firstChild = true;
      for (Id child : egraph.children(node)) {
        os << (firstChild ? "" : ", ") << '"'
           << egraph.classNodes(child).front() << '"';
        firstChild = false;
      }
      double nodeCost = cost ? cost(egraph, node) : 1.0;
      os << "], \"eclass\": \"" << cls
         << "\", \"cost\": " << llvm::format("%.17g", nodeCost) << '}';
    }
  }
  os << "\n  },\n  \"root_eclasses\": [";
  for (size_t i = 0; i != roots.size(); ++i)
    os << (i ? ", " : "") << '"' << egraph.find(roots[i]) << '"';
  os << "]\n}\n";
}

void flexmatch::egraph::writeJson(raw_ostream &os, const EGraph &egraph,
                                  const Language &language,
                                  llvm::ArrayRef<Id> roots,
                                  NodeCostFunction cost) {
  writeJson(
      os, egraph,
      [&](raw_ostream &out, NodeView node) {
        language.printHead(out, node.head());
      },
      roots, cost);
}

Snapshot flexmatch::egraph::snapshot(const EGraph &egraph,
                                     llvm::ArrayRef<Id> roots,
                                     NodeCostFunction cost) {
  assert(egraph.isClean() && "export needs a rebuilt e-graph");
  Snapshot result;
  SerializedEGraph &graph = result.graph;
  llvm::DenseMap<Id, uint32_t> classIndex;
  for (Id cls : egraph.classes()) {
    classIndex[cls] = result.classIds.size();
    result.classIds.push_back(cls);
    graph.classes.push_back({std::to_string(cls), {}});
  }
  for (Id cls : egraph.classes()) {
    uint32_t c = classIndex[cls];
    for (NodeId node : egraph.classNodes(cls)) {
      SerializedNode entry;
      entry.name = std::to_string(node);
      entry.cost = cost ? cost(egraph, node) : 1.0;
      entry.eclass = c;
      for (Id child : egraph.children(node))
        entry.children.push_back(classIndex[egraph.find(child)]);
      graph.classes[c].nodes.push_back(graph.nodes.size());
      graph.nodes.push_back(std::move(entry));
      result.nodeIds.push_back(node);
    }
  }
  for (Id root : roots) {
    uint32_t c = classIndex[egraph.find(root)];
    if (!llvm::is_contained(graph.roots, c))
      graph.roots.push_back(c);
  }
  return result;
}

static void writeDotString(raw_ostream &os, StringRef text) {
  os << '"';
  for (char c : text) {
    if (c == '"' || c == '\\')
      os << '\\';
    if (c == '\n')
      os << "\\n";
    else
      os << c;
  }
  os << '"';
}

void flexmatch::egraph::writeDot(raw_ostream &os, const EGraph &egraph,
                                 NodePrinter printNode) {
  assert(egraph.isClean() && "export needs a rebuilt e-graph");
  os << "digraph egraph {\n  compound=true\n  clusterrank=local\n";
  for (Id cls : egraph.classes()) {
    os << "  subgraph cluster_" << cls << " {\n    style=dotted\n    label=";
    writeDotString(os, "e" + std::to_string(cls));
    os << '\n';
    for (NodeId node : egraph.classNodes(cls)) {
      os << "    n" << node << " [label=";
      writeDotString(os, nodeText(printNode, egraph.node(node)));
      os << "]\n";
    }
    os << "  }\n";
  }
  // Edges point at a representative node and are clipped at the child's
  // cluster boundary (lhead), so they read as node -> class.
  for (Id cls : egraph.classes()) {
    for (NodeId node : egraph.classNodes(cls)) {
      llvm::ArrayRef<Id> children = egraph.children(node);
      for (size_t i = 0; i != children.size(); ++i) {
        Id child = children[i];
        os << "  n" << node << " -> n" << egraph.classNodes(child).front()
           << " [lhead=cluster_" << child << ", label=\"" << i << "\"]\n";
      }
    }
  }
  os << "}\n";
}

void flexmatch::egraph::writeDot(raw_ostream &os, const EGraph &egraph,
                                 const Language &language) {
  writeDot(os, egraph, [&](raw_ostream &out, NodeView node) {
    language.printHead(out, node.head());
  });
}
