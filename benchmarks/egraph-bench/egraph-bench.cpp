//===- egraph-bench.cpp - Equality saturation benchmark driver ------------===//
//
// Usage: egraph-bench [--quiet] WORKLOAD...   (W1 W2 W3 S1 S2 S3, or "all")
//
// For each workload prints the e-node / e-class counts after every
// iteration, then one machine-readable line:
//
//   RESULT <name> <iterations> <nodes> <classes> <stop reason>
//          <saturation seconds> <peak RSS KiB> <RSS at startup KiB>
//
// Peak RSS is the process high-water mark, so run one workload per process
// (as run-egraph-bench.sh does) to attribute it to a single workload.
//
//===----------------------------------------------------------------------===//

#include "MathWorkload.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/resource.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace flexmatch::egraph;
using namespace flexmatch::egraph::bench;

static long peakRssKiB() {
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) != 0)
    return -1;
  return usage.ru_maxrss; // KiB on Linux.
}

static int runOne(const MathWorkload &workload, bool quiet, long baselineKiB) {
  size_t peakGraphBytes = 0, numIds = 0;
  auto run = runMathWorkload(workload, [&](Runner &runner) {
    peakGraphBytes = std::max(peakGraphBytes, runner.egraph().memoryUsage());
    numIds = runner.egraph().numIds();
    return std::optional<std::string>();
  });
  if (!run) {
    llvm::errs() << "error: " << llvm::toString(run.takeError()) << "\n";
    return 1;
  }
  llvm::raw_ostream &os = llvm::outs();
  const RunReport &report = run->report;
  if (!quiet) {
    os << workload.name << ": " << workload.term << "\n";
    os << "  start: " << run->initialNodes << " nodes / " << run->initialClasses
       << " classes\n";
    for (size_t i = 0; i != report.iterations.size(); ++i) {
      const IterationStats &stats = report.iterations[i];
      os << "  iter " << (i + 1) << ": " << stats.nodes << " nodes / "
         << stats.classes << " classes, applied " << stats.totalApplied
         << llvm::format(", search %.3f s, apply %.3f s, rebuild %.3f s\n",
                         stats.searchSeconds, stats.applySeconds,
                         stats.rebuildSeconds);
    }
  }
  if (!quiet)
    os << "  e-graph containers: " << (peakGraphBytes >> 20)
       << " MiB at the start of the last iteration, " << numIds
       << " node ids allocated\n";
  size_t nodes = report.iterations.empty() ? run->initialNodes
                                           : report.iterations.back().nodes;
  size_t classes = report.iterations.empty() ? run->initialClasses
                                             : report.iterations.back().classes;
  os << "RESULT " << workload.name << " " << report.iterations.size() << " "
     << nodes << " " << classes << " " << stopReasonName(report.stopReason)
     << llvm::format(" %.6f", report.totalSeconds) << " " << peakRssKiB()
     << " " << baselineKiB << "\n";
  os.flush();
  return 0;
}

int main(int argc, char **argv) {
  // Resident memory before any work (mostly the mapped libLLVM), so that
  // readers can tell the engine's share of the peak.
  long baselineKiB = peakRssKiB();
  bool quiet = false;
  std::vector<const MathWorkload *> selected;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--quiet") {
      quiet = true;
    } else if (arg == "all") {
      for (const MathWorkload &workload : mathWorkloads())
        selected.push_back(&workload);
    } else if (const MathWorkload *workload = findMathWorkload(arg)) {
      selected.push_back(workload);
    } else {
      llvm::errs() << "unknown workload '" << arg
                   << "'; expected W1 W2 W3 S1 S2 S3 or all\n";
      return 2;
    }
  }
  if (selected.empty()) {
    llvm::errs() << "usage: " << argv[0] << " [--quiet] WORKLOAD...\n";
    return 2;
  }
  for (const MathWorkload *workload : selected)
    if (int status = runOne(*workload, quiet, baselineKiB))
      return status;
  return 0;
}
