//===- TypeAnalysisTest.cpp - The MLIR type as e-class analysis -----------===//
//
// The analysis infers each new node's type from its op, and reports (never
// asserts) a class whose nodes disagree and a node whose type cannot be
// inferred: both mean an unsound rewrite, which --eqsat turns into an error.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Transforms/MlirEGraph.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

using namespace mlir;
using namespace flexmatch;

namespace {
class TypeAnalysisTest : public ::testing::Test {
protected:
  TypeAnalysisTest() {
    context.loadDialect<relay::RelayDialect>();
    f32 = Float32Type::get(&context);
    vec2 = RankedTensorType::get({2}, f32);
    vec3 = RankedTensorType::get({3}, f32);
    info.argTypes = {vec2, vec3};
  }
  egraph::Id arg(unsigned number) {
    return graph.add(lang.argOp(), egraph::Payload(number), {});
  }
  egraph::Id op(StringRef name, ArrayRef<egraph::Id> children) {
    auto registered = RegisteredOperationName::lookup(name, &context);
    EXPECT_TRUE(registered.has_value()) << name.str();
    return graph.add(lang.getOpId(*registered), lang.emptyPayload(),
                     children);
  }

  MLIRContext context;
  Type f32, vec2, vec3;
  MlirLanguage lang{&context};
  MlirEGraphInfo info;
  TypeAnalysis types{lang, info};
  egraph::EGraph graph{&types};
};

TEST_F(TypeAnalysisTest, InfersTypesOfNewNodes) {
  egraph::Id x = arg(0);
  egraph::Id relu = op("relay.nn.relu", {x});
  egraph::Id sum = op("relay.add", {relu, x});
  graph.rebuild();
  EXPECT_EQ(types.typeOf(graph, x), vec2);
  EXPECT_EQ(types.typeOf(graph, relu), vec2);
  EXPECT_EQ(types.typeOf(graph, sum), vec2);
  EXPECT_EQ(types.numConflicts(), 0u);
  EXPECT_TRUE(types.firstInferenceFailure().empty());
}

TEST_F(TypeAnalysisTest, MergingClassesOfDifferentTypesIsReported) {
  egraph::Id x = arg(0), y = arg(1);
  graph.merge(x, y);
  graph.rebuild();
  ASSERT_EQ(types.numConflicts(), 1u);
  EXPECT_NE(types.firstConflict().find("tensor<2xf32>"), std::string::npos);
  EXPECT_NE(types.firstConflict().find("tensor<3xf32>"), std::string::npos);
  // The class keeps the type it had.
  EXPECT_EQ(types.typeOf(graph, x), vec2);
}

TEST_F(TypeAnalysisTest, NodesWhoseTypeCannotBeInferredAreReported) {
  // tensor<2xf32> + tensor<3xf32> does not broadcast.
  egraph::Id bad = op("relay.add", {arg(0), arg(1)});
  graph.rebuild();
  EXPECT_FALSE(types.typeOf(graph, bad));
  EXPECT_NE(types.firstInferenceFailure().find("relay.add"),
            std::string::npos);
  // A type merged in later fills the unknown one without a conflict.
  graph.merge(bad, arg(0));
  graph.rebuild();
  EXPECT_EQ(types.typeOf(graph, bad), vec2);
  EXPECT_EQ(types.numConflicts(), 0u);
}
} // namespace
