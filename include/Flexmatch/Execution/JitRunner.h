//===- JitRunner.h - Compile and run a model on the CPU ---------*- C++ -*-===//
//
// The execution engine behind flexmatch-run and flexmatch-validate: reads an
// entry function's signature from relay-level (or linalg-level) IR, lowers
// the module with the flexmatch-lower-to-llvm pipeline, JIT-compiles it with
// MLIR's ExecutionEngine and calls the entry on NumPy arrays.
//
// Calling convention: the pipeline turns results into out-parameters and
// passes buffers as bare pointers, so the entry is `<entry>(in0, ...,
// out0, ...)` with one pointer per buffer, called through the execution
// engine's packed wrapper. The buffers (dense, row-major) belong to this
// runner.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EXECUTION_JITRUNNER_H
#define FLEXMATCH_EXECUTION_JITRUNNER_H

#include "Flexmatch/Support/Npy.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir {
class ExecutionEngine;
} // namespace mlir

namespace flexmatch::execution {

/// One tensor of the entry's signature.
struct TensorSpec {
  std::string name; ///< relay parameter name, or "arg<i>" / "out<i>"
  npy::DType dtype;
  llvm::SmallVector<int64_t> shape;
  std::string describe() const; ///< e.g. "float32 (1, 3, 224, 224)"
};

struct Signature {
  std::vector<TensorSpec> inputs, outputs;
};

/// The signature of `entry` in `module` (tuple results count as their
/// fields). Reports unsupported element types and dynamic shapes as errors
/// at the function's location.
llvm::Expected<Signature> readSignature(mlir::ModuleOp module,
                                        llvm::StringRef entry);

/// Checks `inputs` against the signature: count, dtype and shape; the
/// message names the offending input and where it came from (`origins`,
/// e.g. file names, may be empty).
llvm::Error checkInputs(const Signature &signature,
                        llvm::ArrayRef<npy::Array> inputs,
                        llvm::ArrayRef<std::string> origins);

/// Reproducible inputs for `sig` from `seed`: parameter i is
/// makeSeededArray(dtype, shape, seed, i) (Support/SeededData.h), except
/// that float32 weights (every parameter but the first with rank >= 2) are
/// scaled by the power of two nearest 1/sqrt(fan-in), fan-in being the
/// product of all dimensions but the first, and parameters whose name
/// contains "var" (variances) take absolute values.
std::vector<npy::Array> seededInputs(const Signature &sig, uint64_t seed);

/// A model compiled for the CPU, ready to run any number of times.
class CompiledModel {
public:
  /// Lowers `module` (consumed) and JIT-compiles it at LLVM -O`optLevel`.
  static llvm::Expected<std::unique_ptr<CompiledModel>>
  compile(mlir::ModuleOp module, llvm::StringRef entry, unsigned optLevel = 3);
  ~CompiledModel();

  const Signature &signature() const { return sig; }
  /// Seconds spent lowering (MLIR passes) and in LLVM's JIT compilation.
  double loweringSeconds() const { return lowering; }
  double jitSeconds() const { return jit; }

  /// Runs the entry on `inputs` (checked against the signature).
  llvm::Expected<std::vector<npy::Array>>
  run(llvm::ArrayRef<npy::Array> inputs) const;

private:
  CompiledModel() = default;
  Signature sig;
  std::string entryName;
  std::unique_ptr<mlir::ExecutionEngine> engine;
  double lowering = 0, jit = 0;
};

} // namespace flexmatch::execution

#endif // FLEXMATCH_EXECUTION_JITRUNNER_H
