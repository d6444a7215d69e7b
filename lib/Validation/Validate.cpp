//===- Validate.cpp - Does the compiled model compute the original? -------===//

#include "Flexmatch/Validation/Validate.h"

#include "Flexmatch/Conversion/Passes.h"
#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/VTA/VTAOps.h"
#include "Flexmatch/Execution/JitRunner.h"
#include "Flexmatch/Target/Relay/ImportRelay.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/SourceMgr.h"

#include <chrono>
#include <mutex>

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::validation;

namespace {
llvm::Error stageError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// Ops directly in the entry function's body that run on the host or are
/// offloaded regions: what the original's "Relay call nodes" counted.
size_t countOps(func::FuncOp func) {
  size_t count = 0;
  for (Operation &op : func.getBody().getOps()) {
    StringRef name = op.getName().getStringRef();
    if (isa<func::ReturnOp>(op) || name == "relay.constant" ||
        name == "access.literal")
      continue;
    ++count;
  }
  return count;
}

class StageClock {
public:
  StageClock(ValidationReport &report, const ValidationOptions &options)
      : Report(report), Options(options) {}
  /// Starts \p stage (and says so).
  void start(llvm::StringRef stage) {
    Stage = stage.str();
    if (Options.progress)
      Options.progress(stage);
    Start = std::chrono::steady_clock::now();
  }
  void stop() {
    Report.times.push_back(
        {Stage, std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              Start)
                    .count()});
  }

private:
  ValidationReport &Report;
  const ValidationOptions &Options;
  std::string Stage;
  std::chrono::steady_clock::time_point Start;
};
} // namespace

bool ValidationReport::passed() const {
  return !outputs.empty() &&
         llvm::all_of(outputs, [](const OutputResult &output) {
           return output.comparison.close();
         });
}

llvm::Expected<ValidationReport>
flexmatch::validation::validate(MLIRContext &context,
                                const ValidationOptions &options) {
  ValidationReport report;
  report.options = options;
  StageClock clock(report, options);

  // The source stays loaded for diagnostics that quote it.
  std::string error;
  auto file = openInputFile(options.modelPath, &error);
  if (!file)
    return stageError(error);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);

  clock.start("import");
  OwningOpRef<ModuleOp> module;
  if (StringRef(options.modelPath).ends_with(".mlir"))
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  else
    module = relay::importRelay(sourceMgr, &context);
  if (!module)
    return stageError("cannot import " + options.modelPath);
  clock.stop();

  auto signature = execution::readSignature(*module, options.entry);
  if (!signature)
    return signature.takeError();
  std::vector<npy::Array> inputs =
      execution::seededInputs(*signature, options.seed);
  report.numInputs = inputs.size();
  auto entry = module->lookupSymbol<func::FuncOp>(options.entry);
  report.opsBefore = countOps(entry);
  OwningOpRef<ModuleOp> original(module->clone());

  clock.start("eqsat");
  {
    EqSatOptions eqsat;
    eqsat.configs.assign(options.configPaths.begin(), options.configPaths.end());
    eqsat.extract = options.useIlp ? "ilp" : "greedy";
    eqsat.extractTimeLimit = options.ilpSeconds;
    std::mutex mutex;
    PassManager pm(&context);
    pm.addNestedPass<func::FuncOp>(createEqSatPass(
        eqsat, [&](const EqSatFunctionReport &function) {
          std::lock_guard<std::mutex> lock(mutex);
          report.functions.push_back(function);
        }));
    if (failed(pm.run(*module)))
      return stageError("--eqsat failed");
  }
  clock.stop();
  llvm::sort(report.functions,
             [](const EqSatFunctionReport &a, const EqSatFunctionReport &b) {
               return a.function < b.function;
             });
  for (const EqSatFunctionReport &function : report.functions)
    for (const auto &[name, count] : function.regions)
      report.regions[name] += count;
  report.opsAfter = countOps(entry);

  clock.start("convert to accelerator ops");
  {
    PassManager pm(&context);
    pm.addPass(createConvertFlexmatchToAccelerators());
    if (failed(pm.run(*module)))
      return stageError("the conversion to accelerator ops failed");
  }
  clock.stop();
  module->walk([&](Operation *op) {
    if (isa<hlscnn::HLSCNNDialect, flexasr::FlexASRDialect, vta::VTADialect>(
            op->getDialect()))
      ++report.acceleratorOps[op->getName().getStringRef().str()];
  });

  if (options.debug) {
    clock.start("debug lowering");
    ConvertAcceleratorsToRelayOptions debug;
    debug.configs.assign(options.configPaths.begin(), options.configPaths.end());
    PassManager pm(&context);
    pm.addPass(createConvertAcceleratorsToRelay(debug));
    if (failed(pm.run(*module)))
      return stageError("the debug lowering failed");
    clock.stop();
  }

  auto run = [&](ModuleOp which, llvm::StringRef what)
      -> llvm::Expected<std::vector<npy::Array>> {
    clock.start(("compile " + what).str());
    auto model =
        execution::CompiledModel::compile(which, options.entry, options.optLevel);
    if (!model)
      return model.takeError();
    clock.stop();
    clock.start(("run " + what).str());
    auto outputs = (*model)->run(inputs);
    if (!outputs)
      return outputs.takeError();
    clock.stop();
    return outputs;
  };
  auto expected = run(*original, "original");
  if (!expected)
    return expected.takeError();
  auto actual = run(*module, "compiled");
  if (!actual)
    return actual.takeError();

  for (auto [spec, got, want] :
       llvm::zip(signature->outputs, *actual, *expected))
    report.outputs.push_back(
        {spec.name, spec.describe(),
         npy::compare(got, want, options.rtol, options.atol)});
  return report;
}
