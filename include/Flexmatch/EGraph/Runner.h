//===- Runner.h - Equality saturation driver --------------------*- C++ -*-===//
//
// The runner repeats iterations of: search every rule on the current
// (rebuilt) e-graph, apply the matches, rebuild once. Searching happens on
// the snapshot taken by the previous rebuild, so an iteration behaves exactly
// like egg's "search all rules, then apply all matches", but matches are
// streamed into the applier per root class instead of being stored, which
// keeps memory proportional to the e-graph rather than to the match count.
//
// The run stops when an iteration changes nothing (Saturated), or at a
// limit. Iteration, node, time and memory limits are checked before each
// iteration and after each rule (like egg); the optional hard node cap and
// the memory limit are also checked inside a rule (after every root class
// of matches, every 64th for memory), so one rule cannot grow the e-graph
// without bound. Every iteration, including the last, ends with a rebuild.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_RUNNER_H
#define FLEXMATCH_EGRAPH_RUNNER_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/Scheduler.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flexmatch::egraph {

class EGraph;
class Rewrite;

enum class StopReason {
  Saturated,
  IterationLimit,
  NodeLimit,
  TimeLimit,
  MemoryLimit,
  Other,
};
llvm::StringRef stopReasonName(StopReason reason);

struct RunnerLimits {
  unsigned maxIterations = 30;
  /// Soft limit on live e-nodes, checked between rules.
  size_t maxNodes = 10000;
  double maxSeconds = 5.0;
  /// Limit on EGraph::memoryUsage(); 0 means none.
  size_t maxMemoryBytes = 0;
  /// Hard cap on live e-nodes, checked after each root class of matches;
  /// 0 means none.
  size_t hardNodeCap = 0;

  /// No limits at all (besides the iteration count given).
  static RunnerLimits unlimited(unsigned maxIterations) {
    RunnerLimits limits;
    limits.maxIterations = maxIterations;
    limits.maxNodes = ~size_t(0);
    limits.maxSeconds = 1e300;
    return limits;
  }
};

struct IterationStats {
  /// Sizes before the iteration and after its rebuild.
  size_t nodesBefore = 0, classesBefore = 0;
  size_t nodes = 0, classes = 0;
  /// Matches that changed the e-graph, per rule index.
  std::vector<unsigned> applied;
  unsigned totalApplied = 0;
  /// Merges found by congruence during the rebuild.
  unsigned rebuildUnions = 0;
  double searchSeconds = 0, applySeconds = 0, rebuildSeconds = 0;
  double totalSeconds = 0;
};

struct RunReport {
  StopReason stopReason = StopReason::Other;
  /// Message of the hook that stopped the run, if any.
  std::string stopMessage;
  std::vector<IterationStats> iterations;
  double totalSeconds = 0;
};

class Runner {
public:
  /// Runs before each iteration; returning a message stops the run with
  /// StopReason::Other.
  using Hook = llvm::unique_function<std::optional<std::string>(Runner &)>;

  explicit Runner(EGraph &egraph, RunnerLimits limits = {});
  ~Runner();

  void setScheduler(std::unique_ptr<Scheduler> scheduler);
  Scheduler &scheduler() { return *TheScheduler; }
  void addHook(Hook hook) { Hooks.push_back(std::move(hook)); }
  EGraph &egraph() { return Graph; }
  const RunnerLimits &limits() const { return Limits; }
  const RunReport &report() const { return Report; }

  /// Runs equality saturation; starts with a rebuild. Can be called again
  /// to continue with a fresh report and iteration count.
  const RunReport &run(llvm::ArrayRef<Rewrite *> rules);
  const RunReport &run(llvm::MutableArrayRef<Rewrite> rules);

private:
  using Clock = std::chrono::steady_clock;
  std::optional<StopReason> checkLimits() const;
  std::optional<StopReason> runIteration(llvm::ArrayRef<Rewrite *> rules);
  double secondsSince(Clock::time_point start) const {
    return std::chrono::duration<double>(Clock::now() - start).count();
  }

  EGraph &Graph;
  RunnerLimits Limits;
  std::unique_ptr<Scheduler> TheScheduler;
  std::vector<Hook> Hooks;
  RunReport Report;
  Clock::time_point StartTime;

  // Buffers for searches with a finite match limit.
  struct Batch {
    Id root;
    size_t offset, size;
  };
  std::vector<Batch> Batches;
  std::vector<Id> Packed;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_RUNNER_H
