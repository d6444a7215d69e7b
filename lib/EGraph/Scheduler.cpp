//===- Scheduler.cpp - Rule scheduling for the runner ---------------------===//

#include "Flexmatch/EGraph/Scheduler.h"

#include <algorithm>
#include <limits>

using namespace flexmatch::egraph;

Scheduler::~Scheduler() = default;

BackoffScheduler::RuleStats &BackoffScheduler::statsFor(unsigned ruleIndex) {
  while (Stats.size() <= ruleIndex) {
    RuleStats stats;
    stats.matchLimit = DefaultMatchLimit;
    stats.banLength = DefaultBanLength;
    Stats.push_back(stats);
  }
  return Stats[ruleIndex];
}

void BackoffScheduler::setRuleLimits(unsigned ruleIndex, size_t matchLimit,
                                     unsigned banLength) {
  RuleStats &stats = statsFor(ruleIndex);
  stats.matchLimit = matchLimit;
  stats.banLength = banLength;
}

size_t BackoffScheduler::threshold(const RuleStats &stats) {
  // Saturate instead of overflowing once the shift gets large.
  if (stats.timesBanned >= 63 ||
      stats.matchLimit >
          (std::numeric_limits<size_t>::max() >> stats.timesBanned))
    return std::numeric_limits<size_t>::max() - 1;
  return stats.matchLimit << stats.timesBanned;
}

SearchPlan BackoffScheduler::planSearch(unsigned iteration, unsigned ruleIndex,
                                        const Rewrite &) {
  RuleStats &stats = statsFor(ruleIndex);
  SearchPlan plan;
  if (iteration < stats.bannedUntil) {
    plan.skip = true;
    return plan;
  }
  // One more than the threshold, to tell "exactly at the limit" from "over".
  plan.matchLimit = threshold(stats) + 1;
  return plan;
}

bool BackoffScheduler::acceptMatches(unsigned iteration, unsigned ruleIndex,
                                     size_t numMatches) {
  RuleStats &stats = statsFor(ruleIndex);
  if (numMatches > threshold(stats)) {
    unsigned banLength = stats.timesBanned >= 31
                             ? ~0u / 2
                             : stats.banLength << stats.timesBanned;
    ++stats.timesBanned;
    stats.bannedUntil = iteration + banLength;
    return false;
  }
  ++stats.timesApplied;
  return true;
}

bool BackoffScheduler::canStop(unsigned iteration) {
  // If rules are banned, the e-graph is not really saturated: unban them by
  // shifting every ban forward by the shortest remaining ban.
  unsigned shortestBan = ~0u;
  for (const RuleStats &stats : Stats)
    if (stats.bannedUntil > iteration)
      shortestBan = std::min(shortestBan, stats.bannedUntil - iteration);
  if (shortestBan == ~0u)
    return true;
  for (RuleStats &stats : Stats)
    if (stats.bannedUntil > iteration)
      stats.bannedUntil -= shortestBan;
  return false;
}
