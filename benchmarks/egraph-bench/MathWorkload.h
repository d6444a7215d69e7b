//===- MathWorkload.h - The egg "math" reference workload -------*- C++ -*-===//
//
// Terms over (+ a b), (* a b), integers and symbols with the eight
// commutativity / associativity / distributivity rules of
// shared/bench/egg-math.md. Shared by the egraph-bench driver and the unit
// test that pins the per-iteration node and class counts.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_BENCHMARKS_EGRAPH_BENCH_MATHWORKLOAD_H
#define FLEXMATCH_BENCHMARKS_EGRAPH_BENCH_MATHWORKLOAD_H

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/EGraph/Runner.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace flexmatch::egraph::bench {

struct MathWorkload {
  std::string name;
  std::string term;
  unsigned iterationLimit;
};

/// W1, W2, W3, S1, S2, S3 in that order.
const std::vector<MathWorkload> &mathWorkloads();
const MathWorkload *findMathWorkload(llvm::StringRef name);

/// "(+ x0 (+ x1 ... (+ x(n-2) x(n-1))))".
std::string nestedSum(unsigned numSymbols);

/// The language (+, *, integers, symbols) and the eight rules.
struct MathSetup {
  BasicLanguage language;
  std::vector<Rewrite> rules;

  static llvm::Expected<std::unique_ptr<MathSetup>> create();
};

struct MathRun {
  size_t initialNodes = 0;
  size_t initialClasses = 0;
  RunReport report;
};

/// Adds the workload's term to a fresh e-graph and saturates it with
/// SimpleScheduler and no node or time limit. \p hook (optional) runs
/// before every iteration.
llvm::Expected<MathRun> runMathWorkload(const MathWorkload &workload,
                                        Runner::Hook hook = nullptr);

} // namespace flexmatch::egraph::bench

#endif // FLEXMATCH_BENCHMARKS_EGRAPH_BENCH_MATHWORKLOAD_H
