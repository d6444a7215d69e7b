//===- RelayToAccess.h - Glenside forms of relay ops ------------*- C++ -*-===//
//
// The access-pattern (glenside) form of every relay op glenside can express,
// as a registry of builders keyed by the relay op's name. The builders see
// only operands, attributes and the result type, so the e-graph pass, which
// has no operation to rewrite, builds the same forms as --relay-to-access.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_CONVERSION_RELAYTOACCESS_H
#define FLEXMATCH_CONVERSION_RELAYTOACCESS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

namespace flexmatch {

#define GEN_PASS_DECL_RELAYTOACCESS
#include "Flexmatch/Conversion/Passes.h.inc"

/// Builds the access form of relay op `opName` applied to tensor `operands`
/// with attribute dictionary `attrs` (Relay's defaults not yet filled in)
/// producing `resultType`; returns the tensor value (through
/// access.to_tensor) or null when the attributes fall outside what glenside
/// expresses (no diagnostic, and nothing is built). `relay.concatenate`
/// takes the fields of its tuple as operands.
using AccessFormBuilder = mlir::Value (*)(mlir::OpBuilder &, mlir::Location,
                                          mlir::ValueRange operands,
                                          mlir::DictionaryAttr attrs,
                                          mlir::Type resultType);

/// The builder of relay op `relayOpName` (the full operation name, e.g.
/// "relay.nn.conv2d"), or null when glenside has no form for it.
AccessFormBuilder lookupAccessForm(llvm::StringRef relayOpName);

/// The names of the relay ops that have an access form, sorted.
llvm::ArrayRef<llvm::StringRef> opsWithAccessForms();

/// Adds the one pattern that rewrites every relay op with an access form
/// (when its builder accepts the attributes) into that form.
void populateRelayToAccessPatterns(mlir::RewritePatternSet &patterns);

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_RELAYTOACCESS_H
