//===- RunnerTest.cpp - Rewrites, conditions, limits, schedulers ----------===//

#include "MathWorkload.h"

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/EGraph/Runner.h"
#include "Flexmatch/EGraph/Scheduler.h"
#include "Flexmatch/EGraph/Term.h"

#include "gtest/gtest.h"

using namespace flexmatch::egraph;

namespace {

class RunnerTest : public ::testing::Test {
protected:
  RunnerTest() {
    Add = language.addOperator("+", 2);
    Mul = language.addOperator("*", 2);
    Div = language.addOperator("/", 2);
  }

  Rewrite rule(llvm::StringRef name, llvm::StringRef lhs, llvm::StringRef rhs,
               Condition condition = nullptr) {
    auto result =
        Rewrite::create(name, lhs, rhs, language, std::move(condition));
    EXPECT_TRUE(static_cast<bool>(result))
        << llvm::toString(result.takeError());
    return std::move(*result);
  }
  Id addTerm(EGraph &egraph, llvm::StringRef text) {
    auto term = Term::parse(text, language);
    EXPECT_TRUE(static_cast<bool>(term)) << llvm::toString(term.takeError());
    return egraph.addTerm(*term);
  }
  std::optional<Id> lookupTerm(EGraph &egraph, llvm::StringRef text) {
    auto term = Term::parse(text, language);
    EXPECT_TRUE(static_cast<bool>(term));
    return egraph.lookupTerm(*term);
  }
  /// True if class \p cls contains the integer literal \p value.
  bool hasInteger(const EGraph &egraph, Id cls, long long value) {
    for (NodeId node : egraph.classNodes(egraph.find(cls)))
      if (egraph.op(node) == language.integerOp() &&
          static_cast<long long>(egraph.payload(node)) == value)
        return true;
    return false;
  }

  BasicLanguage language;
  OpId Add, Mul, Div;
};

TEST_F(RunnerTest, ConditionGuardsApplication) {
  // (/ ?a ?a) => 1 only where ?a is known to be nonzero.
  std::vector<Rewrite> rules;
  rules.push_back(rule("div-self", "(/ ?a ?a)", "1",
                       [this](EGraph &egraph, Id, const Subst &subst) {
                         return !hasInteger(egraph, *subst.lookup("?a"), 0);
                       }));
  EGraph egraph;
  Id safe = addTerm(egraph, "(/ x x)");
  Id unsafe = addTerm(egraph, "(/ 0 0)");
  Runner runner(egraph);
  const RunReport &report = runner.run(rules);
  EXPECT_EQ(report.stopReason, StopReason::Saturated);
  EXPECT_TRUE(hasInteger(egraph, safe, 1));
  EXPECT_FALSE(hasInteger(egraph, unsafe, 1));
  EXPECT_EQ(report.iterations.front().applied[0], 1u);
}

TEST_F(RunnerTest, FunctionApplierAndInvariantsAfterEveryIteration) {
  // Fold (* ?a ?b) of integer literals with a C++ applier.
  std::vector<Rewrite> rules;
  rules.push_back(rule("comm-mul", "(* ?a ?b)", "(* ?b ?a)"));
  auto lhs = Pattern::parse("(* ?a ?b)", language);
  ASSERT_TRUE(static_cast<bool>(lhs));
  auto searcher = std::make_unique<PatternSearcher>(*lhs);
  auto applier = std::make_unique<FunctionApplier>(
      [this](EGraph &egraph, Id root, const Subst &subst) {
        std::optional<long long> values[2];
        for (int i = 0; i < 2; ++i)
          for (NodeId node : egraph.classNodes(egraph.find(subst[i])))
            if (egraph.op(node) == language.integerOp())
              values[i] = static_cast<long long>(egraph.payload(node));
        if (!values[0] || !values[1])
          return false;
        Id folded =
            egraph.add(language.integerOp(),
                       static_cast<Payload>(*values[0] * *values[1]), {});
        return egraph.merge(root, folded);
      });
  rules.emplace_back("fold-mul", std::move(searcher), std::move(applier));

  EGraph egraph;
  Id root = addTerm(egraph, "(* (* 2 3) (* x 7))");
  Runner runner(egraph);
  unsigned hookCalls = 0;
  runner.addHook([&](Runner &r) -> std::optional<std::string> {
    ++hookCalls;
    std::vector<std::string> errors = r.egraph().checkInvariants();
    EXPECT_TRUE(errors.empty()) << errors.front();
    return std::nullopt;
  });
  const RunReport &report = runner.run(rules);
  EXPECT_EQ(report.stopReason, StopReason::Saturated);
  EXPECT_EQ(hookCalls, report.iterations.size());
  std::optional<Id> six = lookupTerm(egraph, "6");
  ASSERT_TRUE(six.has_value());
  EXPECT_TRUE(egraph.areEqual(*six, *lookupTerm(egraph, "(* 2 3)")));
  EXPECT_FALSE(hasInteger(egraph, root, 42));
}

TEST_F(RunnerTest, IterationLimit) {
  auto setup = flexmatch::egraph::bench::MathSetup::create();
  ASSERT_TRUE(static_cast<bool>(setup));
  auto term = Term::parse("(* (+ a b) (+ c (+ d e)))", (*setup)->language);
  ASSERT_TRUE(static_cast<bool>(term));
  EGraph egraph;
  egraph.addTerm(*term);
  Runner runner(egraph, RunnerLimits::unlimited(3));
  const RunReport &report = runner.run((*setup)->rules);
  EXPECT_EQ(report.stopReason, StopReason::IterationLimit);
  ASSERT_EQ(report.iterations.size(), 3u);
  // Same counts as the W2 reference for the first three iterations.
  EXPECT_EQ(report.iterations[2].nodes, 60u);
  EXPECT_EQ(report.iterations[2].classes, 25u);
}

TEST_F(RunnerTest, NodeLimitIsCheckedBetweenRules) {
  auto setup = flexmatch::egraph::bench::MathSetup::create();
  ASSERT_TRUE(static_cast<bool>(setup));
  auto term =
      Term::parse("(+ a (+ b (+ c (+ d (+ e f)))))", (*setup)->language);
  ASSERT_TRUE(static_cast<bool>(term));
  EGraph egraph;
  egraph.addTerm(*term);
  RunnerLimits limits = RunnerLimits::unlimited(50);
  limits.maxNodes = 100;
  Runner runner(egraph, limits);
  const RunReport &report = runner.run((*setup)->rules);
  EXPECT_EQ(report.stopReason, StopReason::NodeLimit);
  EXPECT_TRUE(egraph.isClean());
  EXPECT_TRUE(egraph.checkInvariants().empty());
}

TEST_F(RunnerTest, HardNodeCapStopsInsideAnIteration) {
  auto setup = flexmatch::egraph::bench::MathSetup::create();
  ASSERT_TRUE(static_cast<bool>(setup));
  auto term =
      Term::parse(flexmatch::egraph::bench::nestedSum(8), (*setup)->language);
  ASSERT_TRUE(static_cast<bool>(term));
  auto runWithCap = [&](size_t cap) {
    EGraph egraph;
    egraph.addTerm(*term);
    RunnerLimits limits = RunnerLimits::unlimited(3);
    limits.hardNodeCap = cap;
    Runner runner(egraph, limits);
    RunReport report = runner.run((*setup)->rules);
    EXPECT_TRUE(egraph.checkInvariants().empty());
    return report;
  };
  RunReport uncapped = runWithCap(0);
  ASSERT_EQ(uncapped.iterations.size(), 3u);
  EXPECT_EQ(uncapped.iterations[2].nodes, 640u); // W3's third iteration.

  // 200 lies between the sizes after iterations 2 (118) and 3 (640), so
  // the cap must interrupt the third iteration part-way.
  RunReport capped = runWithCap(200);
  EXPECT_EQ(capped.stopReason, StopReason::NodeLimit);
  ASSERT_EQ(capped.iterations.size(), 3u);
  const IterationStats &last = capped.iterations.back();
  EXPECT_LT(last.nodes, 640u);
  EXPECT_GT(last.totalApplied, 0u);
  EXPECT_LT(last.totalApplied, uncapped.iterations[2].totalApplied);
  // The last productive rule (assoc-add-rev) was cut short.
  EXPECT_LT(last.applied[3], uncapped.iterations[2].applied[3]);
}

TEST_F(RunnerTest, MemoryLimitStopsInsideAnIteration) {
  // A nested sum's e-graph grows several times over in its fifth
  // iteration. A limit just above its size after four iterations lets the
  // fifth start; the checks inside the iteration (after each rule, and
  // within a rule) must stop it near the limit instead of letting it
  // finish.
  auto setup = flexmatch::egraph::bench::MathSetup::create();
  ASSERT_TRUE(static_cast<bool>(setup));
  auto term =
      Term::parse(flexmatch::egraph::bench::nestedSum(12), (*setup)->language);
  ASSERT_TRUE(static_cast<bool>(term));
  auto memoryAfter = [&](unsigned iterations, size_t limit,
                         StopReason &reason) {
    EGraph egraph;
    egraph.addTerm(*term);
    RunnerLimits limits = RunnerLimits::unlimited(iterations);
    limits.maxMemoryBytes = limit;
    Runner runner(egraph, limits);
    reason = runner.run((*setup)->rules).stopReason;
    EXPECT_TRUE(egraph.checkInvariants().empty());
    return egraph.memoryUsage();
  };
  StopReason reason;
  size_t four = memoryAfter(4, 0, reason);
  size_t five = memoryAfter(5, 0, reason);
  ASSERT_GT(five, 4 * four) << "the fifth iteration must grow a lot";
  size_t limit = four + four / 4;
  size_t stopped = memoryAfter(5, limit, reason);
  EXPECT_EQ(reason, StopReason::MemoryLimit);
  EXPECT_LT(stopped, 2 * limit);
  EXPECT_LT(stopped, five / 2);
}

TEST_F(RunnerTest, TimeMemoryAndHookStops) {
  std::vector<Rewrite> rules;
  rules.push_back(rule("comm-add", "(+ ?a ?b)", "(+ ?b ?a)"));
  {
    EGraph egraph;
    addTerm(egraph, "(+ a b)");
    RunnerLimits limits;
    limits.maxSeconds = 0;
    Runner runner(egraph, limits);
    EXPECT_EQ(runner.run(rules).stopReason, StopReason::TimeLimit);
    EXPECT_TRUE(runner.report().iterations.empty());
  }
  {
    EGraph egraph;
    addTerm(egraph, "(+ a b)");
    RunnerLimits limits;
    limits.maxMemoryBytes = 1;
    Runner runner(egraph, limits);
    EXPECT_EQ(runner.run(rules).stopReason, StopReason::MemoryLimit);
  }
  {
    EGraph egraph;
    addTerm(egraph, "(+ a b)");
    Runner runner(egraph);
    runner.addHook([](Runner &r) -> std::optional<std::string> {
      if (r.report().iterations.size() == 1)
        return std::string("enough");
      return std::nullopt;
    });
    const RunReport &report = runner.run(rules);
    EXPECT_EQ(report.stopReason, StopReason::Other);
    EXPECT_EQ(report.stopMessage, "enough");
    EXPECT_EQ(report.iterations.size(), 1u);
  }
  {
    EGraph egraph;
    addTerm(egraph, "(+ a b)");
    Runner runner(egraph);
    const RunReport &report = runner.run(rules);
    EXPECT_EQ(report.stopReason, StopReason::Saturated);
    ASSERT_EQ(report.iterations.size(), 2u);
    EXPECT_EQ(report.iterations[0].totalApplied, 1u);
    EXPECT_EQ(report.iterations[1].totalApplied, 0u);
  }
}

TEST_F(RunnerTest, BackoffSchedulerBansAndStillSaturates) {
  auto setup = flexmatch::egraph::bench::MathSetup::create();
  ASSERT_TRUE(static_cast<bool>(setup));
  auto term =
      Term::parse("(+ (* a b) (+ (* c d) (* e f)))", (*setup)->language);
  ASSERT_TRUE(static_cast<bool>(term));
  EGraph egraph;
  egraph.addTerm(*term);
  auto scheduler = std::make_unique<BackoffScheduler>(/*matchLimit=*/2,
                                                      /*banLength=*/1);
  BackoffScheduler *backoff = scheduler.get();
  Runner runner(egraph, RunnerLimits::unlimited(100));
  runner.setScheduler(std::move(scheduler));
  const RunReport &report = runner.run((*setup)->rules);
  EXPECT_EQ(report.stopReason, StopReason::Saturated);
  // comm-add has 2 matches at first (within the limit), comm-mul has 3.
  EXPECT_EQ(report.iterations[0].applied[0], 2u);
  EXPECT_EQ(report.iterations[0].applied[1], 0u);
  EXPECT_GE(backoff->stats(1).timesBanned, 1u);
  // Banned rules are retried before stopping, so the result is W1's
  // saturated e-graph.
  EXPECT_EQ(report.iterations.back().nodes, 24u);
  EXPECT_EQ(report.iterations.back().classes, 13u);
  EXPECT_GT(report.iterations.size(), 4u);
}

} // namespace
