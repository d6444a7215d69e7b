//===- Scheduler.h - Rule scheduling for the runner -------------*- C++ -*-===//
//
// A scheduler decides, per iteration and rule, whether a rule is searched,
// how many matches it may produce, and whether its matches are applied.
// SimpleScheduler applies everything. BackoffScheduler is egg's: a rule that
// produces more than its match limit is banned for a number of iterations,
// and both its limit and ban length double with every ban.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_SCHEDULER_H
#define FLEXMATCH_EGRAPH_SCHEDULER_H

#include <cstddef>
#include <cstdint>
#include <vector>

namespace flexmatch::egraph {

class Rewrite;

struct SearchPlan {
  /// Do not search the rule this iteration.
  bool skip = false;
  /// Stop the search after this many matches; the runner then asks
  /// acceptMatches(). Unlimited searches stream matches straight into the
  /// applier without buffering.
  size_t matchLimit = Unlimited;

  static constexpr size_t Unlimited = ~size_t(0);
};

class Scheduler {
public:
  virtual ~Scheduler();
  virtual SearchPlan planSearch(unsigned iteration, unsigned ruleIndex,
                                const Rewrite &rule) = 0;
  /// Called after a search with a finite match limit found \p numMatches
  /// (at most the limit). Returns true to apply them.
  virtual bool acceptMatches(unsigned iteration, unsigned ruleIndex,
                             size_t numMatches) = 0;
  /// Called when an iteration changed nothing. Returning false (e.g.
  /// because rules are banned) keeps the runner going.
  virtual bool canStop(unsigned iteration) = 0;
};

/// Searches and applies every rule in every iteration.
class SimpleScheduler final : public Scheduler {
public:
  SearchPlan planSearch(unsigned, unsigned, const Rewrite &) override {
    return {};
  }
  bool acceptMatches(unsigned, unsigned, size_t) override { return true; }
  bool canStop(unsigned) override { return true; }
};

class BackoffScheduler final : public Scheduler {
public:
  struct RuleStats {
    size_t timesApplied = 0;
    unsigned timesBanned = 0;
    unsigned bannedUntil = 0;
    size_t matchLimit;
    unsigned banLength;
  };

  explicit BackoffScheduler(size_t defaultMatchLimit = 1000,
                            unsigned defaultBanLength = 5)
      : DefaultMatchLimit(defaultMatchLimit),
        DefaultBanLength(defaultBanLength) {}

  /// Overrides the limits of one rule (by its index in the rule list).
  void setRuleLimits(unsigned ruleIndex, size_t matchLimit, unsigned banLength);
  const RuleStats &stats(unsigned ruleIndex) { return statsFor(ruleIndex); }

  SearchPlan planSearch(unsigned iteration, unsigned ruleIndex,
                        const Rewrite &rule) override;
  bool acceptMatches(unsigned iteration, unsigned ruleIndex,
                     size_t numMatches) override;
  bool canStop(unsigned iteration) override;

private:
  RuleStats &statsFor(unsigned ruleIndex);
  /// Current threshold: the match limit shifted by the number of bans.
  static size_t threshold(const RuleStats &stats);

  size_t DefaultMatchLimit;
  unsigned DefaultBanLength;
  std::vector<RuleStats> Stats;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_SCHEDULER_H
