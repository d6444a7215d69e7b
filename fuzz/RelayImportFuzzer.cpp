//===- RelayImportFuzzer.cpp - libFuzzer harness: the Relay importer ------===//
//
// Any bytes go through --import-relay; the importer must reject what is not
// Relay text with a diagnostic and never crash. Accepted modules must
// verify.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/InitAllDialects.h"
#include "Flexmatch/Target/Relay/ImportRelay.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // One context for the whole run: loading every dialect per input would
  // dominate the time.
  static mlir::MLIRContext *context = [] {
    mlir::DialectRegistry registry;
    flexmatch::registerAllDialects(registry);
    auto *ctx = new mlir::MLIRContext(registry,
                                      mlir::MLIRContext::Threading::DISABLED);
    ctx->loadAllAvailableDialects();
    // Diagnostics are the expected outcome for most inputs: drop them.
    ctx->getDiagEngine().registerHandler(
        [](mlir::Diagnostic &) { return mlir::success(); });
    return ctx;
  }();
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(
          llvm::StringRef(reinterpret_cast<const char *>(data), size),
          "fuzz.relay"),
      llvm::SMLoc());
  mlir::OwningOpRef<mlir::ModuleOp> module =
      flexmatch::relay::importRelay(sourceMgr, context);
  if (module && mlir::failed(mlir::verify(*module)))
    std::abort(); // the importer accepted what does not verify
  return 0;
}
