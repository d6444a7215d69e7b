//===- MathWorkload.cpp - The egg "math" reference workload ---------------===//

#include "MathWorkload.h"

#include "Flexmatch/EGraph/Term.h"

using namespace flexmatch::egraph;
using namespace flexmatch::egraph::bench;

std::string flexmatch::egraph::bench::nestedSum(unsigned numSymbols) {
  assert(numSymbols >= 2 && "a sum needs two operands");
  std::string text;
  for (unsigned i = 0; i + 1 < numSymbols; ++i)
    text += "(+ x" + std::to_string(i) + " ";
  text += "x" + std::to_string(numSymbols - 1);
  text += std::string(numSymbols - 1, ')');
  return text;
}

const std::vector<MathWorkload> &flexmatch::egraph::bench::mathWorkloads() {
  static const std::vector<MathWorkload> workloads = {
      {"W1", "(+ (* a b) (+ (* c d) (* e f)))", 12},
      {"W2", "(* (+ a b) (+ c (+ d e)))", 10},
      {"W3", "(+ a (+ b (+ c (+ d (+ e (+ f (+ g h)))))))", 9},
      {"S1", nestedSum(11), 12},
      {"S2", "(* (+ a (+ b c)) (+ d (+ e (+ f g))))", 8},
      {"S3", nestedSum(12), 12},
  };
  return workloads;
}

const MathWorkload *
flexmatch::egraph::bench::findMathWorkload(llvm::StringRef name) {
  for (const MathWorkload &workload : mathWorkloads())
    if (workload.name == name)
      return &workload;
  return nullptr;
}

llvm::Expected<std::unique_ptr<MathSetup>> MathSetup::create() {
  auto setup = std::make_unique<MathSetup>();
  setup->language.addOperator("+", 2);
  setup->language.addOperator("*", 2);
  static const char *const RuleTexts[][3] = {
      {"comm-add", "(+ ?a ?b)", "(+ ?b ?a)"},
      {"comm-mul", "(* ?a ?b)", "(* ?b ?a)"},
      {"assoc-add", "(+ ?a (+ ?b ?c))", "(+ (+ ?a ?b) ?c)"},
      {"assoc-add-rev", "(+ (+ ?a ?b) ?c)", "(+ ?a (+ ?b ?c))"},
      {"assoc-mul", "(* ?a (* ?b ?c))", "(* (* ?a ?b) ?c)"},
      {"assoc-mul-rev", "(* (* ?a ?b) ?c)", "(* ?a (* ?b ?c))"},
      {"distrib", "(* ?a (+ ?b ?c))", "(+ (* ?a ?b) (* ?a ?c))"},
      {"factor", "(+ (* ?a ?b) (* ?a ?c))", "(* ?a (+ ?b ?c))"},
  };
  for (const auto &text : RuleTexts) {
    auto rule = Rewrite::create(text[0], text[1], text[2], setup->language);
    if (!rule)
      return rule.takeError();
    setup->rules.push_back(std::move(*rule));
  }
  return setup;
}

llvm::Expected<MathRun>
flexmatch::egraph::bench::runMathWorkload(const MathWorkload &workload,
                                          Runner::Hook hook) {
  auto setup = MathSetup::create();
  if (!setup)
    return setup.takeError();
  auto term = Term::parse(workload.term, (*setup)->language);
  if (!term)
    return term.takeError();
  EGraph egraph;
  egraph.addTerm(*term);
  egraph.rebuild();
  MathRun run;
  run.initialNodes = egraph.numNodes();
  run.initialClasses = egraph.numClasses();
  Runner runner(egraph, RunnerLimits::unlimited(workload.iterationLimit));
  if (hook)
    runner.addHook(std::move(hook));
  run.report = runner.run((*setup)->rules);
  return run;
}
