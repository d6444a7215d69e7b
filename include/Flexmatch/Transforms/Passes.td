//===- Passes.td - flexmatch's equality saturation ---------*- tablegen -*-===//

#ifndef FLEXMATCH_TRANSFORMS_PASSES_TD
#define FLEXMATCH_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def EqSat : Pass<"eqsat", "mlir::func::FuncOp"> {
  let summary = "Offload to accelerators by equality saturation";
  let description = [{
    Builds an e-graph of the function body: relay ops as they are, plus the
    access-pattern (glenside) form of every relay op that has one, in the
    same e-class. Runs the rewrites the configs name until saturation or a
    limit, extracts the program with the accelerator-aware cost (any
    offload beats none; then fewer, cheaper ops) and rebuilds the body.
    Work matched by an accelerator rewrite becomes a `flexmatch.composite`
    region carrying the accelerator function and the configs' composite and
    compiler names.

    The configs may be given bare: `--eqsat=configs/im2col.json,configs/vta-dense.json`,
    or with other options: `--eqsat="configs=a.json,b.json node-limit=5000"`.
  }];
  let options = [
    ListOption<"configs", "configs", "std::string",
               "Config files (JSON, the original flexmatch's schema)">,
    Option<"iterationLimit", "iteration-limit", "unsigned", "45",
           "Stop after this many iterations">,
    Option<"nodeLimit", "node-limit", "unsigned", "100000",
           "Stop when the e-graph has more e-nodes">,
    Option<"timeLimit", "time-limit", "double", "5.0",
           "Stop after this many seconds of saturation">,
    Option<"memoryLimit", "memory-limit", "unsigned", "4096",
           "Stop when the e-graph uses more MiB (0: no limit)">,
    Option<"relayViews", "relay-views", "bool", "true",
           "Add relay forms of views: for the tensor of each access view "
           "(reshape, flatten, transpose, squeeze, re-split) the relay op "
           "computing it; one reshape for a chain of relay reshapes; nn.pad "
           "for zero padding of a whole tensor; transpose + reshape for "
           "single-element windows. The views around an offload then end in "
           "a few relay ops">,
    Option<"extract", "extract", "std::string", "\"greedy\"",
           "Extractor: greedy (tree cost, like the original), dag (greedy "
           "DAG cost) or ilp (optimal DAG cost with COIN-OR CBC)">,
    Option<"extractTimeLimit", "extract-time-limit", "double", "10.0",
           "Stop the ILP after this many seconds and keep the best "
           "solution found (never worse than greedy DAG)">,
    Option<"dumpEGraph", "dump-egraph", "std::string", "\"\"",
           "Write the saturated e-graph in egraph-serialize JSON to this file">,
    Option<"dumpDot", "dump-dot", "std::string", "\"\"",
           "Write the saturated e-graph in Graphviz DOT to this file">,
    Option<"progress", "progress", "bool", "false",
           "Print a line per iteration and a summary on stderr">,
  ];
  let statistics = [
    Statistic<"numIterations", "iterations", "Saturation iterations">,
    Statistic<"numENodes", "e-nodes", "E-nodes after saturation">,
    Statistic<"numEClasses", "e-classes", "E-classes after saturation">,
    Statistic<"numSaturated", "stop-saturated", "Functions that saturated">,
    Statistic<"numStoppedByLimit", "stop-limit",
              "Functions stopped by an iteration, node, time or memory limit">,
    Statistic<"numRegions", "regions", "Accelerator regions extracted">,
    Statistic<"numProvenOptimal", "extract-optimal",
              "Functions whose extraction the ILP proved optimal">,
    Statistic<"buildMicros", "build-us", "Microseconds building e-graphs">,
    Statistic<"saturateMicros", "saturate-us", "Microseconds saturating">,
    Statistic<"extractMicros", "extract-us", "Microseconds extracting">,
    Statistic<"rebuildMicros", "rebuild-us", "Microseconds rebuilding bodies">,
  ];
  let dependentDialects = [
    "::flexmatch::access::AccessDialect",
    "::flexmatch::fm::FlexmatchDialect",
    "::flexmatch::relay::RelayDialect",
  ];
}

def InlineComposites : Pass<"flexmatch-inline-composites"> {
  let summary = "Replace each flexmatch.composite by its body";
  let description = [{
    Computes offloaded work on the host again: every `flexmatch.composite`
    is replaced by the plain computation of its body. Compiling a model
    after `--eqsat` with this pass must give the same numbers as the
    original model, which is how the tests check that the rewrites are
    sound.
  }];
}

#endif // FLEXMATCH_TRANSFORMS_PASSES_TD
