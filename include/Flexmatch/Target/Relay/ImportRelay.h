//===- ImportRelay.h - Relay text to the relay dialect ----------*- C++ -*-===//

#ifndef FLEXMATCH_TARGET_RELAY_IMPORTRELAY_H
#define FLEXMATCH_TARGET_RELAY_IMPORTRELAY_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace llvm {
class SourceMgr;
} // namespace llvm

namespace flexmatch::relay {

struct ImportOptions {
  /// Check every `/* ty=... */` comment against the inferred type and report
  /// a mismatch as an error (the comments are not semantic in Relay).
  bool checkTypeAnnotations = false;
};

/// Parses the main buffer of `sourceMgr` as Relay text: every global
/// function becomes a func.func of relay ops, every ADT a relay.type_def.
/// Errors are reported through the context's diagnostic engine with
/// file:line:col locations; returns null on error.
mlir::OwningOpRef<mlir::ModuleOp> importRelay(llvm::SourceMgr &sourceMgr,
                                              mlir::MLIRContext *context,
                                              const ImportOptions &options = {});

/// Registers `--import-relay` with mlir-translate's registry.
void registerImportRelayTranslation();

} // namespace flexmatch::relay

#endif // FLEXMATCH_TARGET_RELAY_IMPORTRELAY_H
