//===- SerializedEGraphFuzzer.cpp - libFuzzer harness: egraph JSON --------===//
//
// Any bytes as egraph-serialize JSON: the reader returns an e-graph or an
// error; an e-graph it returns goes through the greedy extractors, whose
// results must pass the checker (complete and acyclic) when they find a
// term.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/EGraph/SerializedEGraph.h"

#include <cstdint>
#include <cstdlib>

using namespace flexmatch::egraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  auto graph = parseSerializedEGraph(
      llvm::StringRef(reinterpret_cast<const char *>(data), size),
      "fuzz.json");
  if (!graph) {
    llvm::consumeError(graph.takeError());
    return 0;
  }
  for (const Extraction &extraction :
       {extractGreedyTree(*graph), extractGreedyDag(*graph)}) {
    if (extraction.found && !checkChoice(*graph, extraction.choice).valid())
      std::abort(); // an extractor returned an invalid choice
  }
  return 0;
}
