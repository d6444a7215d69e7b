//===- PatternTest.cpp - Parsing and compiling patterns -------------------===//

#include "Flexmatch/EGraph/Pattern.h"
#include "Flexmatch/EGraph/Language.h"
#include "Flexmatch/EGraph/Machine.h"
#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/EGraph/Term.h"

#include "gtest/gtest.h"

using namespace flexmatch::egraph;

namespace {

class PatternTest : public ::testing::Test {
protected:
  PatternTest() {
    language.addOperator("+", 2);
    language.addOperator("neg", 1);
    language.addOperator("call"); // Any arity.
  }
  std::string parseError(llvm::StringRef text) {
    auto pattern = Pattern::parse(text, language);
    if (pattern)
      return "";
    return llvm::toString(pattern.takeError());
  }
  BasicLanguage language;
};

TEST_F(PatternTest, ParsesAndPrints) {
  for (const char *text :
       {"(+ ?a (+ ?b ?c))", "?x", "(neg 3)", "(call f ?x -2 (neg y))", "y"}) {
    auto pattern = Pattern::parse(text, language);
    ASSERT_TRUE(static_cast<bool>(pattern))
        << text << ": " << llvm::toString(pattern.takeError());
    EXPECT_EQ(pattern->toString(language), text);
  }
}

TEST_F(PatternTest, VariablesAreNumberedByFirstOccurrence) {
  auto pattern = Pattern::parse("(+ ?b (+ ?a ?b))", language);
  ASSERT_TRUE(static_cast<bool>(pattern));
  ASSERT_EQ(pattern->vars().size(), 2u);
  EXPECT_EQ(pattern->vars()[0], "?b");
  EXPECT_EQ(pattern->vars()[1], "?a");
  EXPECT_FALSE(pattern->isGround(pattern->rootIndex()));
}

TEST_F(PatternTest, MalformedPatternsReturnErrors) {
  EXPECT_NE(parseError("(+ ?a"), "");
  EXPECT_NE(parseError("()"), "");
  EXPECT_NE(parseError("(+ ?a ?b))"), "");
  EXPECT_NE(parseError(""), "");
  EXPECT_NE(parseError("((+ a b) c)"), "");
  EXPECT_NE(parseError("(?x a)"), "");
  EXPECT_NE(parseError("(+ ? a)"), "");
  EXPECT_NE(parseError("(unknown a b)"), "");
  EXPECT_NE(parseError("99999999999999999999999"), "");
  std::string arity = parseError("(+ a)");
  EXPECT_NE(arity.find("expects 2 operands"), std::string::npos) << arity;
  std::string unbalanced = parseError(")");
  EXPECT_NE(unbalanced.find("offset 0"), std::string::npos) << unbalanced;
}

TEST_F(PatternTest, TermsRejectVariables) {
  auto term = Term::parse("(+ ?a b)", language);
  ASSERT_FALSE(static_cast<bool>(term));
  EXPECT_NE(llvm::toString(term.takeError()).find("variable"),
            std::string::npos);
}

TEST_F(PatternTest, RewriteRejectsUnboundApplierVariables) {
  auto rule = Rewrite::create("bad", "(+ ?a ?b)", "(+ ?a ?c)", language);
  ASSERT_FALSE(static_cast<bool>(rule));
  EXPECT_NE(llvm::toString(rule.takeError()).find("?c"), std::string::npos);
}

TEST_F(PatternTest, CompilesRepeatedVariablesToCompare) {
  auto pattern = Pattern::parse("(+ ?a (+ ?a 1))", language);
  ASSERT_TRUE(static_cast<bool>(pattern));
  Program program = Program::compile(*pattern);
  unsigned binds = 0, compares = 0, lookups = 0;
  for (const Instruction &inst : program.instructions()) {
    binds += inst.kind == Instruction::Kind::Bind;
    compares += inst.kind == Instruction::Kind::Compare;
    lookups += inst.kind == Instruction::Kind::Lookup;
  }
  EXPECT_EQ(binds, 2u);
  EXPECT_EQ(compares, 1u);
  EXPECT_EQ(lookups, 1u); // The ground subterm 1.
  ASSERT_EQ(program.groundTerms().size(), 1u);
  EXPECT_EQ(program.groundTerms()[0].toString(language), "1");
  EXPECT_TRUE(program.rootOp().has_value());
  ASSERT_EQ(program.vars().size(), 1u);
  EXPECT_EQ(program.vars()[0], "?a");
}

TEST_F(PatternTest, VariableRootScansEveryClass) {
  auto pattern = Pattern::parse("?x", language);
  ASSERT_TRUE(static_cast<bool>(pattern));
  Program program = Program::compile(*pattern);
  EXPECT_FALSE(program.rootOp().has_value());
  EXPECT_TRUE(program.instructions().empty());
  ASSERT_EQ(program.varRegisters().size(), 1u);
  EXPECT_EQ(program.varRegisters()[0], 0u);
}

TEST_F(PatternTest, MultiPatternValidation) {
  auto pattern = Pattern::parse("(neg ?a)", language);
  ASSERT_TRUE(static_cast<bool>(pattern));
  auto empty = Program::compile(llvm::ArrayRef<MultiPatternEntry>());
  ASSERT_FALSE(static_cast<bool>(empty));
  llvm::consumeError(empty.takeError());
  auto bad = Program::compile({MultiPatternEntry{"x", *pattern}});
  ASSERT_FALSE(static_cast<bool>(bad));
  llvm::consumeError(bad.takeError());
  auto good = Program::compile(
      {MultiPatternEntry{"?x", *pattern}, MultiPatternEntry{"?y", *pattern}});
  ASSERT_TRUE(static_cast<bool>(good)) << llvm::toString(good.takeError());
  EXPECT_EQ(good->vars().size(), 3u); // ?x ?a ?y
}

} // namespace
