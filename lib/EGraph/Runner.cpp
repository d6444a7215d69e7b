//===- Runner.cpp - Equality saturation driver ----------------------------===//

#include "Flexmatch/EGraph/Runner.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Rewrite.h"

using namespace flexmatch::egraph;
using llvm::ArrayRef;

llvm::StringRef flexmatch::egraph::stopReasonName(StopReason reason) {
  switch (reason) {
  case StopReason::Saturated:
    return "Saturated";
  case StopReason::IterationLimit:
    return "IterationLimit";
  case StopReason::NodeLimit:
    return "NodeLimit";
  case StopReason::TimeLimit:
    return "TimeLimit";
  case StopReason::MemoryLimit:
    return "MemoryLimit";
  case StopReason::Other:
    return "Other";
  }
  return "Unknown";
}

Runner::Runner(EGraph &egraph, RunnerLimits limits)
    : Graph(egraph), Limits(limits),
      TheScheduler(std::make_unique<SimpleScheduler>()) {}

Runner::~Runner() = default;

void Runner::setScheduler(std::unique_ptr<Scheduler> scheduler) {
  assert(scheduler && "null scheduler");
  TheScheduler = std::move(scheduler);
}

std::optional<StopReason> Runner::checkLimits() const {
  if (secondsSince(StartTime) > Limits.maxSeconds)
    return StopReason::TimeLimit;
  if (Graph.numNodes() > Limits.maxNodes)
    return StopReason::NodeLimit;
  if (Limits.maxMemoryBytes && Graph.memoryUsage() > Limits.maxMemoryBytes)
    return StopReason::MemoryLimit;
  return std::nullopt;
}

const RunReport &Runner::run(llvm::MutableArrayRef<Rewrite> rules) {
  std::vector<Rewrite *> pointers;
  pointers.reserve(rules.size());
  for (Rewrite &rule : rules)
    pointers.push_back(&rule);
  return run(pointers);
}

const RunReport &Runner::run(ArrayRef<Rewrite *> rules) {
  Report = RunReport();
  StartTime = Clock::now();
  Graph.rebuild();
  while (true) {
    std::optional<StopReason> stop;
    for (Hook &hook : Hooks) {
      if (std::optional<std::string> message = hook(*this)) {
        Report.stopMessage = std::move(*message);
        stop = StopReason::Other;
        break;
      }
    }
    // A hook may have modified the e-graph.
    Graph.rebuild();
    if (!stop && Report.iterations.size() >= Limits.maxIterations)
      stop = StopReason::IterationLimit;
    if (!stop)
      stop = checkLimits();
    if (!stop)
      stop = runIteration(rules);
    if (stop) {
      Report.stopReason = *stop;
      break;
    }
  }
  Report.totalSeconds = secondsSince(StartTime);
  return Report;
}

std::optional<StopReason> Runner::runIteration(ArrayRef<Rewrite *> rules) {
  Clock::time_point iterationStart = Clock::now();
  unsigned iteration = Report.iterations.size();
  IterationStats stats;
  stats.nodesBefore = Graph.numNodes();
  stats.classesBefore = Graph.numClasses();
  stats.applied.assign(rules.size(), 0);

  std::optional<StopReason> stop;
  double applySeconds = 0;
  unsigned batchesSinceMemoryCheck = 0;
  auto applyBatch = [&](Rewrite &rule, unsigned ruleIndex, Id root,
                        ArrayRef<Id> substs) {
    Clock::time_point applyStart = Clock::now();
    stats.applied[ruleIndex] += rule.applyMatches(Graph, root, substs);
    applySeconds += secondsSince(applyStart);
    if (Limits.hardNodeCap && Graph.numNodes() > Limits.hardNodeCap) {
      stop = StopReason::NodeLimit;
      return false;
    }
    // One rule can grow the e-graph past any size before the check between
    // rules, so memory is also checked inside it (every 64 root classes:
    // memoryUsage walks the per-op indexes).
    if (Limits.maxMemoryBytes && ++batchesSinceMemoryCheck == 64) {
      batchesSinceMemoryCheck = 0;
      if (Graph.memoryUsage() > Limits.maxMemoryBytes) {
        stop = StopReason::MemoryLimit;
        return false;
      }
    }
    return true;
  };

  for (unsigned ruleIndex = 0; ruleIndex != rules.size() && !stop;
       ++ruleIndex) {
    Rewrite &rule = *rules[ruleIndex];
    SearchPlan plan = TheScheduler->planSearch(iteration, ruleIndex, rule);
    if (plan.skip)
      continue;
    if (plan.matchLimit == SearchPlan::Unlimited) {
      rule.searcher().search(Graph, SearchPlan::Unlimited,
                             [&](Id root, ArrayRef<Id> substs) {
                               return applyBatch(rule, ruleIndex, root, substs);
                             });
    } else {
      // The scheduler wants to see the match count before anything is
      // applied, so buffer (at most matchLimit matches).
      Batches.clear();
      Packed.clear();
      size_t numMatches = rule.searcher().search(
          Graph, plan.matchLimit, [&](Id root, ArrayRef<Id> substs) {
            Batches.push_back({root, Packed.size(), substs.size()});
            Packed.insert(Packed.end(), substs.begin(), substs.end());
            return true;
          });
      if (TheScheduler->acceptMatches(iteration, ruleIndex, numMatches))
        for (const Batch &batch : Batches)
          if (!applyBatch(rule, ruleIndex, batch.root,
                          ArrayRef<Id>(Packed).slice(batch.offset, batch.size)))
            break;
    }
    if (!stop)
      stop = checkLimits();
  }
  stats.applySeconds = applySeconds;
  stats.searchSeconds = secondsSince(iterationStart) - applySeconds;

  Clock::time_point rebuildStart = Clock::now();
  stats.rebuildUnions = Graph.rebuild();
  stats.rebuildSeconds = secondsSince(rebuildStart);
  stats.nodes = Graph.numNodes();
  stats.classes = Graph.numClasses();
  for (unsigned count : stats.applied)
    stats.totalApplied += count;
  stats.totalSeconds = secondsSince(iterationStart);
  bool changed = stats.totalApplied != 0 || stats.nodes != stats.nodesBefore ||
                 stats.classes != stats.classesBefore;
  Report.iterations.push_back(std::move(stats));
  if (stop)
    return stop;
  if (!changed && TheScheduler->canStop(iteration))
    return StopReason::Saturated;
  return std::nullopt;
}
