//===- flexmatch-run.cpp - JIT-run a model on the CPU ---------------------===//
//
// flexmatch-run model.relay|model.mlir [--entry main]
//     [--inputs a.npy,b.npy | --seed N] [--save-inputs DIR]
//     [--outputs out0.npy,...] [--print]
//     [--expect ref0.npy,... [--rtol R] [--atol A]]
//
// Imports Relay text (or parses MLIR: relay or linalg on tensors), lowers it
// with the flexmatch-lower-to-llvm pipeline, JIT-compiles and runs the entry
// function, and reports each output's shape, dtype and checksums. With
// --expect it also compares each output with a reference and fails when an
// element differs by more than atol + rtol * |reference|.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Execution/JitRunner.h"
#include "Flexmatch/InitAllDialects.h"
#include "Flexmatch/Support/Npy.h"
#include "Flexmatch/Support/NpyCompare.h"
#include "Flexmatch/Target/Relay/ImportRelay.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>

using namespace mlir;
using namespace flexmatch;
namespace cl = llvm::cl;

static cl::OptionCategory category("flexmatch-run options");
static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<model.relay|model.mlir>"),
                                      cl::cat(category));
static cl::opt<std::string> entry("entry", cl::init("main"),
                                  cl::desc("Function to run (default: main)"),
                                  cl::cat(category));
static cl::list<std::string>
    inputFiles("inputs", cl::CommaSeparated,
               cl::desc("One .npy file per parameter, in order"),
               cl::cat(category));
static cl::opt<uint64_t>
    seed("seed", cl::init(0),
         cl::desc("Fill every parameter with reproducible values from this "
                  "seed (the default when --inputs is absent; see README)"),
         cl::cat(category));
static cl::opt<std::string>
    saveInputs("save-inputs",
               cl::desc("Write the inputs used to DIR/<parameter>.npy"),
               cl::value_desc("DIR"), cl::cat(category));
static cl::list<std::string>
    outputFiles("outputs", cl::CommaSeparated,
                cl::desc("Write the outputs to these .npy files, in order"),
                cl::cat(category));
static cl::list<std::string>
    expectFiles("expect", cl::CommaSeparated,
                cl::desc("Compare the outputs with these .npy files, in "
                         "order; exit 1 when one differs"),
                cl::cat(category));
static cl::opt<double>
    relTolerance("rtol", cl::init(1e-5),
                 cl::desc("--expect: relative tolerance (default 1e-5)"),
                 cl::cat(category));
static cl::opt<double>
    absTolerance("atol", cl::init(1e-6),
                 cl::desc("--expect: absolute tolerance (default 1e-6)"),
                 cl::cat(category));
static cl::opt<bool> printValues("print",
                                 cl::desc("Print every output element"),
                                 cl::cat(category));
static cl::opt<unsigned> optLevel("O", cl::init(3),
                                  cl::desc("LLVM optimisation level (0-3)"),
                                  cl::cat(category));
static cl::opt<bool> printTimes("time",
                                cl::desc("Print compile and run times"),
                                cl::cat(category));
static cl::opt<unsigned>
    repeat("repeat", cl::init(1),
           cl::desc("Run N times; --time reports the fastest run"),
           cl::cat(category));

static int fail(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "flexmatch-run") << message << "\n";
  return 1;
}

static int fail(llvm::Error err) {
  std::string message = llvm::toString(std::move(err));
  return fail(message);
}

/// One line per output: shape, dtype, and checksums that identify the
/// values (sum, sum of absolute values) and flag non-finite ones.
static void report(llvm::raw_ostream &os, const execution::TensorSpec &spec,
                   const npy::Array &array) {
  double sum = 0, absSum = 0, min = INFINITY, max = -INFINITY;
  int64_t nonFinite = 0;
  for (int64_t i = 0, e = array.numElements(); i < e; ++i) {
    double v = npy::elementAsDouble(array, i);
    if (!std::isfinite(v)) {
      ++nonFinite;
      continue;
    }
    sum += v;
    absSum += std::fabs(v);
    min = std::min(min, v);
    max = std::max(max, v);
  }
  os << spec.name << ": " << npy::dtypeName(array.dtype) << " "
     << npy::formatShape(array.shape)
     << llvm::format(" sum=%.9g abssum=%.9g min=%.9g max=%.9g", sum, absSum,
                     min, max)
     << " nonfinite=" << nonFinite << "\n";
  if (!printValues)
    return;
  for (int64_t i = 0, e = array.numElements(); i < e; ++i)
    os << (i ? (i % 8 ? " " : "\n") : "  ")
       << llvm::format("%.9g", npy::elementAsDouble(array, i));
  os << "\n";
}

/// Compares output `spec` with `reference`, read from `path`: prints the
/// largest absolute and relative errors and returns an error when the dtype
/// or the shape differs or an element is farther than atol + rtol * |ref|
/// (non-finite elements must be equal).
static llvm::Error compare(llvm::raw_ostream &os,
                           const execution::TensorSpec &spec,
                           const npy::Array &actual,
                           const npy::Array &reference, llvm::StringRef path) {
  auto mismatch = [&](const llvm::Twine &what) {
    return llvm::createStringError(spec.name + ": " + what + " (reference " +
                                   path + ")");
  };
  npy::Comparison result =
      npy::compare(actual, reference, relTolerance, absTolerance);
  if (!result.incompatible.empty())
    return mismatch(result.incompatible);
  os << spec.name
     << llvm::format(": max abs error %.3g, max rel error %.3g\n",
                     result.maxAbsError, result.maxRelError);
  if (result.mismatches) {
    std::string message;
    llvm::raw_string_ostream(message)
        << result.mismatches << " of " << result.elements
        << " elements differ by more than atol + rtol * |expected| "
        << llvm::format("(atol %g, rtol %g); the first, at flat index ",
                        double(absTolerance), double(relTolerance))
        << result.firstMismatch
        << llvm::format(", is %.9g instead of %.9g", result.firstActual,
                        result.firstExpected);
    return mismatch(message);
  }
  return llvm::Error::success();
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "flexmatch-run: JIT-compile a model (Relay text or MLIR) and run it\n");
  if (!inputFiles.empty() && seed.getNumOccurrences())
    return fail("--inputs and --seed are exclusive");

  DialectRegistry registry;
  registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  std::string error;
  auto file = openInputFile(inputFile, &error);
  if (!file)
    return fail(error);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);

  OwningOpRef<ModuleOp> module;
  if (StringRef(inputFile).ends_with(".relay"))
    module = relay::importRelay(sourceMgr, &context);
  else
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;

  auto signature = execution::readSignature(*module, entry);
  if (!signature)
    return fail(signature.takeError());

  // Inputs: from files, or seeded.
  std::vector<npy::Array> inputs;
  std::vector<std::string> origins;
  if (!inputFiles.empty()) {
    for (const std::string &path : inputFiles) {
      auto array = npy::readNpy(path);
      if (!array)
        return fail(array.takeError());
      inputs.push_back(std::move(*array));
      origins.push_back(path);
    }
  } else {
    inputs = execution::seededInputs(*signature, seed);
  }
  if (llvm::Error err = execution::checkInputs(*signature, inputs, origins))
    return fail(std::move(err));
  if (!outputFiles.empty() && outputFiles.size() != signature->outputs.size())
    return fail("--outputs names " + llvm::Twine(outputFiles.size()) +
                " files but the model has " +
                llvm::Twine(signature->outputs.size()) + " outputs");
  std::vector<npy::Array> references;
  if (!expectFiles.empty()) {
    if (expectFiles.size() != signature->outputs.size())
      return fail("--expect names " + llvm::Twine(expectFiles.size()) +
                  " files but the model has " +
                  llvm::Twine(signature->outputs.size()) + " outputs");
    for (const std::string &path : expectFiles) {
      auto array = npy::readNpy(path);
      if (!array)
        return fail(array.takeError());
      references.push_back(std::move(*array));
    }
  }
  if (!saveInputs.empty()) {
    if (std::error_code ec = llvm::sys::fs::create_directories(saveInputs))
      return fail("cannot create " + saveInputs + ": " + ec.message());
    for (auto [spec, array] : llvm::zip(signature->inputs, inputs)) {
      llvm::SmallString<128> path(saveInputs);
      llvm::sys::path::append(path, spec.name + ".npy");
      if (llvm::Error err = npy::writeNpy(path, array))
        return fail(std::move(err));
    }
  }

  auto model = execution::CompiledModel::compile(*module, entry, optLevel);
  if (!model)
    return fail(model.takeError());
  std::vector<npy::Array> outputs;
  double runSeconds = INFINITY;
  for (unsigned i = 0; i < std::max(1u, unsigned(repeat)); ++i) {
    auto start = std::chrono::steady_clock::now();
    auto result = (*model)->run(inputs);
    if (!result)
      return fail(result.takeError());
    runSeconds = std::min(runSeconds, std::chrono::duration<double>(
                                          std::chrono::steady_clock::now() -
                                          start)
                                          .count());
    outputs = std::move(*result);
  }

  for (auto [spec, array] : llvm::zip(signature->outputs, outputs))
    report(llvm::outs(), spec, array);
  for (auto [path, array] : llvm::zip(outputFiles, outputs))
    if (llvm::Error err = npy::writeNpy(path, array))
      return fail(std::move(err));
  bool allClose = true;
  for (auto [spec, array, reference, path] :
       llvm::zip(signature->outputs, outputs, references, expectFiles)) {
    if (llvm::Error err = compare(llvm::outs(), spec, array, reference, path)) {
      llvm::outs().flush();
      fail(std::move(err));
      allClose = false;
    }
  }
  if (!allClose)
    return 1;
  if (printTimes)
    llvm::outs() << llvm::format(
        "time: lowering %.3f s, jit %.3f s, run %.3f s\n",
        (*model)->loweringSeconds(), (*model)->jitSeconds(), runSeconds);
  return 0;
}
