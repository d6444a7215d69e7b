//===- flexmatch-extract.cpp - extract from egraph-serialize JSON ---------===//
//
// flexmatch-extract file.json [--extractor=greedy|dag|ilp] [--time-limit=S]
//
// Reads an e-graph in egraph-serialize JSON (what flexmatch's writeJson and
// egg's egraph-serialize produce; extraction-gym's data), runs one
// extractor, checks the choice (every class reachable from the roots chosen,
// no cycle) and prints its DAG cost (each chosen node counted once), the
// number of chosen nodes, the check and the extraction time. Exits non-zero
// on a bad file, when the roots have no acyclic term, or when the check
// fails. The ilp extractor (COIN-OR CBC) also reports whether it proved
// the optimum, its solves and cycle cuts.
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
enum class ExtractorKind { Greedy, Dag, Ilp };
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
                          "greedy DAG cost (extraction-gym's greedy-dag)"),
               clEnumValN(ExtractorKind::Ilp, "ilp",
                          "optimal DAG cost by ILP (COIN-OR CBC)")),
    cl::cat(category));

static cl::opt<double>
    timeLimit("time-limit", cl::init(10.0),
              cl::desc("ILP time limit in seconds (default: 10)"),
              cl::cat(category));

static cl::opt<bool> ilpLevels(
    "ilp-levels", cl::init(false),
    cl::desc("ILP: order classes by level variables instead of only lazy "
             "cycle cuts"),
    cl::cat(category));

static cl::opt<bool> ilpRequirements(
    "ilp-requirements", cl::init(true),
    cl::desc("ILP: add class-implies-class rows (default: on)"),
    cl::cat(category));

static cl::opt<bool> ilpCovers(
    "ilp-covers", cl::init(true),
    cl::desc("ILP: add class-implies-a-costly-node rows (default: on)"),
    cl::cat(category));

static const char *nameOf(ExtractorKind kind) {
  switch (kind) {
  case ExtractorKind::Greedy:
    return "greedy";
  case ExtractorKind::Dag:
    return "dag";
  case ExtractorKind::Ilp:
    return "ilp";
  }
  return "?";
}

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
  if (extractor == ExtractorKind::Ilp && !isIlpAvailable()) {
    llvm::WithColor::error(llvm::errs(), "flexmatch-extract")
        << "--extractor=ilp: flexmatch was built without COIN-OR CBC "
           "(install coinor-libcbc-dev and reconfigure)\n";
    return 1;
  }
  if (!(timeLimit > 0)) {
    llvm::WithColor::error(llvm::errs(), "flexmatch-extract")
        << "--time-limit must be positive\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  Extraction result;
  IlpExtraction ilp;
  switch (extractor) {
  case ExtractorKind::Greedy:
    result = extractGreedyTree(*graph);
    break;
  case ExtractorKind::Dag:
    result = extractGreedyDag(*graph);
    break;
  case ExtractorKind::Ilp: {
    IlpOptions options;
    options.timeLimitSeconds = timeLimit;
    options.levels = ilpLevels;
    options.requirements = ilpRequirements;
    options.costlyCovers = ilpCovers;
    ilp = extractIlp(*graph, options);
    result = ilp.extraction;
    break;
  }
  }
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  ChoiceCheck check = checkChoice(*graph, result.choice);

  llvm::outs() << "extractor: " << nameOf(extractor) << '\n'
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
  if (extractor == ExtractorKind::Ilp) {
    llvm::outs() << "optimal: " << (ilp.optimal ? "yes" : "no") << '\n'
                 << "ilp variables: " << ilp.columns << " ("
                 << ilp.dominatedNodes << " dominated and "
                 << ilp.expensiveNodes << " costlier than greedy removed)\n"
                 << "ilp rows: " << ilp.acyclicityRows << " acyclicity, "
                 << ilp.requirementRows << " requirement, " << ilp.coverRows
                 << " cover (" << ilp.cyclicComponents
                 << " cyclic components)\n"
                 << "lp bound: " << llvm::format("%.17g", ilp.lpBound) << '\n'
                 << "mip solves: " << ilp.solves
                 << ", cycle cuts: " << ilp.cycleCuts << '\n';
    if (!ilp.note.empty())
      llvm::outs() << "note: " << ilp.note << '\n';
  }
  if (!check.valid()) {
    llvm::WithColor::error(llvm::errs(), "flexmatch-extract")
        << "invalid extraction: " << check.message << '\n';
    return 1;
  }
  return 0;
}
