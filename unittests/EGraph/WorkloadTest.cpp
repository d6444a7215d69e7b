//===- WorkloadTest.cpp - Exact counts of the egg math workload -----------===//
//
// The per-iteration e-node / e-class counts of egg 0.9.5 on the reference
// workloads (shared/bench/egg-math.md). Matching them exactly checks that
// search, apply and rebuild have egg's semantics.
//
//===----------------------------------------------------------------------===//

#include "MathWorkload.h"

#include "Flexmatch/EGraph/EGraph.h"

#include "gtest/gtest.h"

#include <utility>
#include <vector>

using namespace flexmatch::egraph;
using namespace flexmatch::egraph::bench;

namespace {

using Counts = std::vector<std::pair<size_t, size_t>>;

Counts runAndCollect(llvm::StringRef name, StopReason expectedStop,
                     std::pair<size_t, size_t> expectedStart,
                     bool checkInvariants = false) {
  const MathWorkload *workload = findMathWorkload(name);
  EXPECT_NE(workload, nullptr);
  if (!workload)
    return {};
  Runner::Hook hook = nullptr;
  if (checkInvariants)
    hook = [](Runner &runner) -> std::optional<std::string> {
      std::vector<std::string> errors = runner.egraph().checkInvariants();
      EXPECT_TRUE(errors.empty()) << errors.front();
      return std::nullopt;
    };
  auto run = runMathWorkload(*workload, std::move(hook));
  EXPECT_TRUE(static_cast<bool>(run)) << llvm::toString(run.takeError());
  if (!run)
    return {};
  EXPECT_EQ(run->initialNodes, expectedStart.first);
  EXPECT_EQ(run->initialClasses, expectedStart.second);
  EXPECT_EQ(stopReasonName(run->report.stopReason),
            stopReasonName(expectedStop));
  Counts counts;
  for (const IterationStats &stats : run->report.iterations)
    counts.emplace_back(stats.nodes, stats.classes);
  return counts;
}

TEST(MathWorkloadTest, W1) {
  Counts expected = {{18, 12}, {24, 14}, {24, 13}, {24, 13}};
  EXPECT_EQ(runAndCollect("W1", StopReason::Saturated, {11, 11},
                          /*checkInvariants=*/true),
            expected);
}

TEST(MathWorkloadTest, W2) {
  Counts expected = {{18, 12},  {37, 19},   {60, 25},  {127, 53},
                     {287, 95}, {641, 125}, {663, 73}, {663, 73}};
  EXPECT_EQ(runAndCollect("W2", StopReason::Saturated, {9, 9},
                          /*checkInvariants=*/true),
            expected);
}

TEST(MathWorkloadTest, W3) {
  Counts expected = {{34, 21},    {118, 57},   {640, 239}, {3183, 797},
                     {6017, 593}, {6058, 255}, {6058, 255}};
  EXPECT_EQ(runAndCollect("W3", StopReason::Saturated, {15, 15},
                          /*checkInvariants=*/true),
            expected);
}

TEST(MathWorkloadTest, S1) {
  Counts expected = {{49, 30},       {181, 87},      {1201, 464},
                     {12396, 4066},  {88284, 17291}, {172049, 8759},
                     {173063, 2047}, {173063, 2047}};
  EXPECT_EQ(runAndCollect("S1", StopReason::Saturated, {21, 21}), expected);
}

// The closed form for a nested sum of n distinct symbols: 2^n - 1 classes
// and 3^n - 2^(n+1) + n + 1 nodes once saturated.
TEST(MathWorkloadTest, NestedSumClosedForm) {
  for (unsigned n = 2; n <= 6; ++n) {
    MathWorkload workload{"sum", nestedSum(n), 20};
    auto run = runMathWorkload(workload);
    ASSERT_TRUE(static_cast<bool>(run)) << llvm::toString(run.takeError());
    EXPECT_EQ(run->report.stopReason, StopReason::Saturated);
    size_t pow2 = size_t(1) << n, pow3 = 1;
    for (unsigned i = 0; i < n; ++i)
      pow3 *= 3;
    EXPECT_EQ(run->report.iterations.back().classes, pow2 - 1) << "n=" << n;
    EXPECT_EQ(run->report.iterations.back().nodes, pow3 - 2 * pow2 + n + 1)
        << "n=" << n;
  }
}

} // namespace
