//===- flexmatch-extract.cpp - extract from egraph-serialize JSON ---------===//
//
// flexmatch-extract file.json [--extractor=greedy|dag]
//
// Reads an e-graph in egraph-serialize JSON (what flexmatch's writeJson and
// egg's egraph-serialize produce; extraction-gym's data), runs one
// extractor, checks the choice (every class reachable from the roots chosen,
// no cycle) and prints its DAG cost (each chosen node counted once), the
// number of chosen nodes, the check and the extraction time. Exits non-zero
// on a bad file, when the roots have no acyclic term, or when the check
// fails.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/EGraph/SerializedEGraph.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace flexmatch::egraph;
namespace cl = llvm::cl;

namespace {
enum class ExtractorKind { Greedy, Dag };
} // namespace

static cl::OptionCategory category("flexmatch-extract options");
static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<egraph.json>"),
                                      cl::cat(category));
static cl::opt<ExtractorKind> extractor(
    "extractor", cl::init(ExtractorKind::Dag),
    cl::desc("The extractor (default: dag)"),
    cl::values(clEnumValN(ExtractorKind::Greedy, "greedy",
                          "greedy tree cost (egg's extractor)"),
               clEnumValN(ExtractorKind::Dag, "dag",
                          "greedy DAG cost (extraction-gym's greedy-dag)")),
    cl::cat(category));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv, "flexmatch-extract: extraction from egraph-serialize JSON\n");

  auto graph = readSerializedEGraph(inputFile);
  if (!graph) {
    llvm::WithColor::error(llvm::errs(), "flexmatch-extract")
        << llvm::toString(graph.takeError()) << '\n';
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  Extraction result = extractor == ExtractorKind::Greedy
                          ? extractGreedyTree(*graph)
                          : extractGreedyDag(*graph);
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  ChoiceCheck check = checkChoice(*graph, result.choice);

  llvm::outs() << "extractor: "
               << (extractor == ExtractorKind::Greedy ? "greedy" : "dag")
               << '\n'
               << "classes: " << graph->classes.size()
               << ", nodes: " << graph->nodes.size()
               << ", roots: " << graph->roots.size() << '\n';
  if (!result.found && !check.valid()) {
    llvm::WithColor::error(llvm::errs(), "flexmatch-extract")
        << "no acyclic term for the roots: " << check.message << '\n';
    return 1;
  }
  llvm::outs() << "dag cost: " << llvm::format("%.17g", check.dagCost) << '\n'
               << "chosen nodes: " << check.chosenNodes << '\n'
               << "complete: " << (check.complete ? "yes" : "no") << '\n'
               << "acyclic: " << (check.acyclic ? "yes" : "no") << '\n'
               << "time: " << llvm::format("%.3f", ms) << " ms\n";
  if (!check.valid()) {
    llvm::WithColor::error(llvm::errs(), "flexmatch-extract")
        << "invalid extraction: " << check.message << '\n';
    return 1;
  }
  return 0;
}
