//===- Validate.h - Does the compiled model compute the original? -*- C++ -*-===//
//
// flexmatch-validate's pipeline: import a model, offload it (--eqsat with
// the configs), convert the regions to accelerator ops, optionally lower
// them to the configs' debug functions, JIT-run the original and the
// compiled model on the same seeded inputs, and compare the outputs.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_VALIDATION_VALIDATE_H
#define FLEXMATCH_VALIDATION_VALIDATE_H

#include "Flexmatch/Support/NpyCompare.h"
#include "Flexmatch/Transforms/Passes.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace flexmatch::validation {

struct ValidationOptions {
  std::string model;     ///< the short name shown in reports
  std::string modelPath; ///< Relay text (.relay) or MLIR
  std::vector<std::string> configNames; ///< as the user named them
  std::vector<std::string> configPaths;
  bool useIlp = false;
  double ilpSeconds = 10;
  /// Accelerator ops run as the configs' debug functions (built-in
  /// semantics where a config has none), not as runtime calls.
  bool debug = false;
  double rtol = 1e-4, atol = 1e-5;
  uint64_t seed = 0;
  std::string entry = "main";
  unsigned optLevel = 3;
  /// Told the name of each long stage as it starts (may be empty).
  std::function<void(llvm::StringRef)> progress;
};

struct OutputResult {
  std::string name;
  std::string type; ///< e.g. "float32 (1, 1000)"
  npy::Comparison comparison;
};

struct ValidationReport {
  ValidationOptions options;
  unsigned numInputs = 0;
  /// Ops of the entry function outside composites (constants excluded, a
  /// composite counts as one), before and after --eqsat.
  size_t opsBefore = 0, opsAfter = 0;
  std::vector<EqSatFunctionReport> functions;
  /// Regions per accelerator function, over all functions.
  std::map<std::string, unsigned> regions;
  /// Accelerator ops per op name after conversion (hlscnn.conv2d, ...).
  std::map<std::string, unsigned> acceleratorOps;
  /// (stage, seconds) in order.
  std::vector<std::pair<std::string, double>> times;
  std::vector<OutputResult> outputs;

  bool passed() const;
};

/// Runs the pipeline. Diagnostics (bad Relay text, a config that does not
/// load, a pass failure) go to the context's handler; the error says which
/// stage failed. A numeric mismatch is not an error: the report says
/// FAILED.
llvm::Expected<ValidationReport> validate(mlir::MLIRContext &context,
                                          const ValidationOptions &options);

void printText(llvm::raw_ostream &os, const ValidationReport &report);
void printJson(llvm::raw_ostream &os, const ValidationReport &report);

} // namespace flexmatch::validation

#endif // FLEXMATCH_VALIDATION_VALIDATE_H
