//===- ExportRelay.h - The relay dialect to Relay text ----------*- C++ -*-===//

#ifndef FLEXMATCH_TARGET_RELAY_EXPORTRELAY_H
#define FLEXMATCH_TARGET_RELAY_EXPORTRELAY_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace flexmatch::relay {

/// Writes `module` as Relay text that TVM's parser accepts: ADT definitions,
/// then one `def @name` per func.func, graph bindings `%n = ...;` with
/// `/* ty=... */` comments, attributes that differ from Relay's defaults, and
/// a `#[metadata]` section for tensor constants. Reports ops that have no
/// Relay form and fails.
mlir::LogicalResult exportRelay(mlir::ModuleOp module, llvm::raw_ostream &os);

/// Registers `--export-relay` with mlir-translate's registry.
void registerExportRelayTranslation();

} // namespace flexmatch::relay

#endif // FLEXMATCH_TARGET_RELAY_EXPORTRELAY_H
