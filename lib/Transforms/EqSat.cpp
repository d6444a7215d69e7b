//===- EqSat.cpp - The --eqsat pass ---------------------------------------===//
//
// Per func.func: build the e-graph (MlirEGraph.h), add the access forms of
// relay ops, run the configs' rewrites with limits, extract with the offload
// cost and rebuild the body, turning composite e-nodes into
// flexmatch.composite regions.
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/EGraph/Runner.h"
#include "Flexmatch/EGraph/Serialize.h"
#include "Flexmatch/Target/Relay/ImportRelay.h"
#include "Flexmatch/Transforms/Passes.h"

#include "mlir/Support/FileUtilities.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>
#include <map>

namespace flexmatch {
#define GEN_PASS_DEF_EQSAT
#include "Flexmatch/Transforms/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Builds the composite regions of the extracted program: the body is the
/// function's computation (acceleratorBody) over the block arguments.
class CompositeEmitter {
public:
  CompositeEmitter(MlirLanguage &lang,
                   const std::map<std::string, egraph::Pattern> &subgraphs)
      : Lang(lang), Subgraphs(subgraphs) {}

  FailureOr<Value> operator()(OpBuilder &builder, Location loc,
                              OperationName name, DictionaryAttr attrs,
                              ValueRange operands, Type type) {
    if (name.getStringRef() != fm::CompositeOp::getOperationName())
      return Value();
    auto function = attrs.getAs<StringAttr>("function");
    auto composite = attrs.getAs<StringAttr>("composite");
    auto compiler = attrs.getAs<StringAttr>("compiler");
    auto nodes = attrs.getAs<DictionaryAttr>(CompositeNodesAttr);
    if (!function || !composite || !compiler || !nodes)
      return emitError(loc, "malformed composite e-node ") << attrs;
    std::optional<egraph::Pattern> body;
    if (auto found = Subgraphs.find(function.str()); found != Subgraphs.end()) {
      body = found->second;
    } else {
      llvm::Expected<egraph::Pattern> parsed =
          egraph::Pattern::parse(acceleratorBody(function), Lang);
      if (!parsed)
        return emitError(loc, "no body for accelerator function ")
               << function << ": " << llvm::toString(parsed.takeError());
      body = std::move(*parsed);
    }
    auto op = fm::CompositeOp::create(builder, loc, type, function, composite,
                                      compiler, operands);
    Block *block = new Block();
    op.getBody().push_back(block);
    for (Value operand : operands)
      block->addArgument(operand.getType(), loc);
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(block);
    FailureOr<Value> result =
        instantiate(builder, loc, *body, nodes, block->getArguments());
    if (failed(result))
      return failure();
    fm::YieldOp::create(builder, loc, *result);
    if (failed(op.verify()))
      return failure();
    return op.getResult();
  }

private:
  /// Builds the ops of \p pattern (a DAG: shared nodes are built once) on
  /// \p args, their types inferred from the actual operands.
  FailureOr<Value> instantiate(OpBuilder &builder, Location loc,
                               const egraph::Pattern &pattern,
                               DictionaryAttr nodes, ValueRange args) {
    SmallVector<Value> values;
    for (const egraph::Pattern::Node &node : pattern.nodes()) {
      if (node.isVar()) {
        unsigned index;
        if (StringRef(pattern.vars()[node.var]).drop_front().getAsInteger(
                10, index) ||
            index >= args.size())
          return emitError(loc, "bad composite body variable");
        values.push_back(args[index]);
        continue;
      }
      DictionaryAttr attrs = MlirLanguage::attrsOf(node.head.payload);
      if (node.hasNodeVar()) {
        attrs = nodes.getAs<DictionaryAttr>(
            StringRef(pattern.vars()[node.nodeVar]).drop_front());
        if (!attrs)
          return emitError(loc, "composite lacks the attributes of ")
                 << pattern.vars()[node.nodeVar];
      }
      OperationName name = Lang.getOperationName(node.head.op);
      SmallVector<Value> operands;
      SmallVector<Type> operandTypes;
      for (uint32_t child : node.children) {
        operands.push_back(values[child]);
        operandTypes.push_back(values[child].getType());
      }
      FailureOr<Type> type =
          inferType(builder.getContext(), name, attrs, operandTypes);
      if (failed(type))
        return emitError(loc, "cannot infer the type of ")
               << name << " in a composite body";
      OperationState state(loc, name);
      state.addOperands(operands);
      state.addAttributes(attrs.getValue());
      state.addTypes(*type);
      values.push_back(builder.create(state)->getResult(0));
    }
    return values.back();
  }

  MlirLanguage &Lang;
  const std::map<std::string, egraph::Pattern> &Subgraphs;
};

struct EqSatPass : public flexmatch::impl::EqSatBase<EqSatPass> {
  using EqSatBase::EqSatBase;

  /// `--eqsat=a.json,b.json` and `--eqsat="a.json node-limit=10"`: bare
  /// words are config paths.
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    SmallVector<StringRef> words, bare;
    options.split(words, ' ', -1, /*KeepEmpty=*/false);
    std::string rest;
    for (StringRef word : words) {
      if (word.contains('='))
        rest += (" " + word).str();
      else
        bare.push_back(word);
    }
    if (!bare.empty())
      rest = "configs=" + llvm::join(bare, ",") + rest;
    return EqSatBase::initializeOptions(rest, errorHandler);
  }

  LogicalResult initialize(MLIRContext *context) override {
    if (configs.empty())
      return emitError(UnknownLoc::get(context),
                       "--eqsat needs at least one config file");
    if (extract == "greedy") {
      extractorKind = ExtractorKind::Greedy;
    } else if (extract == "dag") {
      extractorKind = ExtractorKind::Dag;
    } else if (extract == "ilp") {
      extractorKind = ExtractorKind::Ilp;
      if (!egraph::isIlpAvailable())
        return emitError(UnknownLoc::get(context),
                         "extract=ilp: flexmatch was built without COIN-OR "
                         "CBC (install coinor-libcbc-dev and reconfigure)");
    } else {
      return emitError(UnknownLoc::get(context), "unknown extractor '")
             << extract << "' (expected greedy, dag or ilp)";
    }
    if (!(extractTimeLimit > 0))
      return emitError(UnknownLoc::get(context),
                       "extract-time-limit must be positive");
    std::vector<std::string> paths(configs.begin(), configs.end());
    llvm::Expected<Config> loaded = loadConfigs(paths);
    if (!loaded) {
      llvm::handleAllErrors(
          loaded.takeError(),
          [&](const ConfigError &error) {
            if (error.loc.line)
              emitError(locationOf(context, error.loc)) << error.message;
            else
              emitError(UnknownLoc::get(context))
                  << error.loc.file << ": " << error.message;
          },
          [&](const llvm::ErrorInfoBase &error) {
            emitError(UnknownLoc::get(context)) << error.message();
          });
      return failure();
    }
    for (const ConfigWarning &warning : loaded->warnings)
      emitWarning(locationOf(context, warning.loc)) << warning.message;
    TheConfig = std::make_shared<Config>(std::move(*loaded));
    for (const RewriteUse &use : TheConfig->rewrites)
      if (use.info->name == "flex-lstm" &&
          failed(loadSubgraph(context, "flex-lstm", use)))
        return failure();
    return success();
  }

  /// Imports the Relay function the configs give as \p function's debug
  /// function: the subgraph its rewrite matches.
  LogicalResult loadSubgraph(MLIRContext *context, StringRef function,
                             const RewriteUse &use) {
    auto found = TheConfig->accelerators.find(function.str());
    if (found == TheConfig->accelerators.end() ||
        found->second.debugFunction.empty())
      return emitError(locationOf(context, use.loc), "the rewrite '")
             << use.info->name << "' matches the subgraph of " << function
             << "'s debug function: give debug_functions." << function
             << " as a Relay function with typed parameters (fn (%x: "
                "Tensor[(35, 1, 128), float32], ...) { ... })";
    const AcceleratorConfig &accelerator = found->second;
    // `fn (...) { ... }` read as the global function @subgraph.
    std::string text = "#[version = \"0.0.5\"]\ndef @subgraph" +
                       StringRef(accelerator.debugFunction)
                           .ltrim()
                           .drop_front(2)
                           .str();
    llvm::SourceMgr sourceMgr;
    sourceMgr.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBufferCopy(
            text, accelerator.debugFunctionLoc.str() + ": debug function of " +
                      function.str()),
        llvm::SMLoc());
    OwningOpRef<ModuleOp> module = relay::importRelay(sourceMgr, context);
    if (!module)
      return failure();
    auto subgraph = module->lookupSymbol<func::FuncOp>("subgraph");
    if (!subgraph)
      return emitError(locationOf(context, accelerator.debugFunctionLoc))
             << "the debug function of " << function << " is not a function";
    Subgraphs[function.str()] = std::make_shared<OwningOpRef<ModuleOp>>(
        std::move(module));
    return success();
  }

  static Location locationOf(MLIRContext *context, const ConfigLoc &loc) {
    return FileLineColLoc::get(context, loc.file, loc.line, loc.column);
  }

  void runOnOperation() override;

  std::shared_ptr<const Config> TheConfig;
  ExtractorKind extractorKind = ExtractorKind::Greedy;
  EqSatReportSink reportSink;
  /// Per accelerator function with a subgraph rewrite: the module holding
  /// the imported function @subgraph.
  std::map<std::string, std::shared_ptr<OwningOpRef<ModuleOp>>> Subgraphs;
};
} // namespace

void EqSatPass::runOnOperation() {
  func::FuncOp func = getOperation();
  if (func.isExternal())
    return;
  Clock::time_point start = Clock::now();
  MlirLanguage lang(&getContext());
  MlirEGraphInfo info;
  TypeAnalysis types(lang, info);
  egraph::EGraph graph(&types);
  if (failed(buildEGraph(func, lang, graph, info)))
    return signalPassFailure();
  RewriteEnv env(lang, graph, types, *TheConfig);
  for (auto &[function, module] : Subgraphs) {
    FailureOr<egraph::Pattern> pattern = patternFromFunction(
        (*module)->lookupSymbol<func::FuncOp>("subgraph"), lang);
    if (failed(pattern))
      return signalPassFailure();
    env.subgraphs().emplace(function, std::move(*pattern));
  }
  unsigned forms = addAccessForms(env);

  RuleSet ruleSet(env);
  if (relayViews)
    addViewRules(ruleSet);
  for (const RewriteUse &use : TheConfig->rewrites) {
    if (addGlensideRules(ruleSet, use) || addRelayRules(ruleSet, use) ||
        addAcceleratorRules(ruleSet, use))
      continue;
    emitError(locationOf(&getContext(), use.loc))
        << "the rewrite '" << use.info->name
        << "' is not implemented by this version of flexmatch";
    return signalPassFailure();
  }
  std::vector<egraph::Rewrite> rules = ruleSet.take();
  double buildSeconds = secondsSince(start);

  egraph::RunnerLimits limits;
  limits.maxIterations = iterationLimit;
  limits.maxNodes = nodeLimit;
  limits.maxSeconds = timeLimit;
  limits.maxMemoryBytes = size_t(memoryLimit) << 20;
  // A hard cap well above the soft limit keeps one rule from running away.
  limits.hardNodeCap = size_t(nodeLimit) * 4;
  egraph::Runner runner(graph, limits);
  std::string name = func.getSymName().str();
  // One write per line: functions run in parallel.
  size_t printed = 0;
  auto printIterations = [&](const egraph::RunReport &report) {
    for (; printed < report.iterations.size(); ++printed) {
      const egraph::IterationStats &it = report.iterations[printed];
      llvm::errs() << llvm::format(
          "eqsat @%s: iteration %zu: %zu e-nodes, %zu e-classes, %u "
          "applied, %.3f s\n",
          name.c_str(), printed + 1, it.nodes, it.classes, it.totalApplied,
          it.totalSeconds);
    }
  };
  if (progress)
    runner.addHook([&](egraph::Runner &r) -> std::optional<std::string> {
      printIterations(r.report());
      return std::nullopt;
    });
  Clock::time_point saturateStart = Clock::now();
  const egraph::RunReport &report = runner.run(rules);
  double saturateSeconds = secondsSince(saturateStart);
  if (progress)
    printIterations(report);

  if (types.numConflicts()) {
    func.emitError("eqsat: a rewrite is unsound: ")
        << types.firstConflict() << " (" << types.numConflicts()
        << " conflicts)";
    return signalPassFailure();
  }

  // What the rebuilt function needs: its results and the ops kept as they
  // were (opaque roots).
  SmallVector<egraph::Id> roots(info.results.begin(), info.results.end());
  roots.append(info.opaqueRoots.begin(), info.opaqueRoots.end());

  if (!dumpEGraph.empty() || !dumpDot.empty()) {
    auto write = [&](StringRef path, auto &&print) -> LogicalResult {
      std::string error;
      auto file = openOutputFile(path, &error);
      if (!file)
        return func.emitError("cannot write ") << path << ": " << error;
      print(file->os());
      file->keep();
      return success();
    };
    if (!dumpEGraph.empty() &&
        failed(write(dumpEGraph, [&](raw_ostream &os) {
          egraph::writeJson(os, graph, lang, roots,
                            [&](const egraph::EGraph &g, egraph::NodeId node) {
                              return offloadNodeCost(g, lang, node);
                            });
        })))
      return signalPassFailure();
    if (!dumpDot.empty() &&
        failed(write(dumpDot, [&](raw_ostream &os) {
          egraph::writeDot(os, graph, lang);
        })))
      return signalPassFailure();
  }

  Clock::time_point extractStart = Clock::now();
  OffloadChoice offload = chooseOffloading(graph, lang, roots, extractorKind,
                                          extractTimeLimit);
  const NodeChoice &choice = offload.choice;
  double extractSeconds = secondsSince(extractStart);

  Clock::time_point rebuildStart = Clock::now();
  info.canonicalize(graph,
                    [&](egraph::Id cls) { return types.typeOf(graph, cls); });
  CompositeEmitter emitter(lang, env.subgraphs());
  if (failed(rebuildFunction(func, lang, graph, info, choice, emitter)))
    return signalPassFailure();
  double rebuildSeconds = secondsSince(rebuildStart);

  std::map<std::string, unsigned> regions;
  func.walk([&](fm::CompositeOp op) { ++regions[op.getFunction().str()]; });
  unsigned totalRegions = 0;
  for (auto &[function, count] : regions)
    totalRegions += count;

  numIterations += report.iterations.size();
  numENodes += graph.numNodes();
  numEClasses += graph.numClasses();
  if (report.stopReason == egraph::StopReason::Saturated)
    ++numSaturated;
  else
    ++numStoppedByLimit;
  numRegions += totalRegions;
  buildMicros += uint64_t(buildSeconds * 1e6);
  saturateMicros += uint64_t(saturateSeconds * 1e6);
  extractMicros += uint64_t(extractSeconds * 1e6);
  if (offload.optimal)
    ++numProvenOptimal;
  if (extractorKind == ExtractorKind::Ilp && !offload.optimal)
    func.emitWarning("eqsat: the ILP did not prove the extraction optimal (")
        << offload.note << "); kept the best solution found";
  rebuildMicros += uint64_t(rebuildSeconds * 1e6);

  if (reportSink) {
    EqSatFunctionReport functionReport;
    functionReport.function = name;
    functionReport.stopReason = egraph::stopReasonName(report.stopReason);
    functionReport.iterations = report.iterations.size();
    functionReport.eNodes = graph.numNodes();
    functionReport.eClasses = graph.numClasses();
    functionReport.buildSeconds = buildSeconds;
    functionReport.saturateSeconds = saturateSeconds;
    functionReport.extractSeconds = extractSeconds;
    functionReport.rebuildSeconds = rebuildSeconds;
    functionReport.dagCost = offload.dagCost;
    functionReport.optimal = offload.optimal;
    functionReport.regions = regions;
    reportSink(functionReport);
  }

  if (progress) {
    std::string line;
    llvm::raw_string_ostream os(line);
    os << llvm::format(
        "eqsat @%s: stop %s after %zu iterations; %zu e-nodes, %zu "
        "e-classes; %u access forms; build %.3f s, saturate %.3f s, extract "
        "%.3f s, rebuild %.3f s; %s extraction, DAG cost %.17g",
        name.c_str(), egraph::stopReasonName(report.stopReason).str().c_str(),
        report.iterations.size(), graph.numNodes(), graph.numClasses(), forms,
        buildSeconds, saturateSeconds, extractSeconds, rebuildSeconds,
        extract.c_str(), offload.dagCost);
    if (extractorKind == ExtractorKind::Ilp)
      os << (offload.optimal ? " (optimal)" : " (not proven optimal)");
    os << "; regions " << totalRegions;
    for (auto &[function, count] : regions)
      os << " " << function << "=" << count;
    os << "\n";
    llvm::errs() << line;
  }
}

std::unique_ptr<Pass> flexmatch::createEqSatPass(EqSatOptions options,
                                                 EqSatReportSink sink) {
  auto pass = std::make_unique<EqSatPass>(std::move(options));
  pass->reportSink = std::move(sink);
  return pass;
}
