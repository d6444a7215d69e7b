//===- RelayToLinalg.h - Lower relay ops to linalg --------------*- C++ -*-===//

#ifndef FLEXMATCH_CONVERSION_RELAYTOLINALG_H
#define FLEXMATCH_CONVERSION_RELAYTOLINALG_H

#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/DialectConversion.h"

namespace flexmatch {

#define GEN_PASS_DECL_CONVERTRELAYTOLINALG
#include "Flexmatch/Conversion/Passes.h.inc"

/// The types of lowered relay values: tensors with signless element types;
/// a tuple becomes its fields, flattened depth first.
class RelayToLinalgTypeConverter : public mlir::TypeConverter {
public:
  RelayToLinalgTypeConverter();
};

/// Adds the patterns that lower every relay op (other passes lowering mixed
/// IR, e.g. accelerator ops beside relay ops, reuse them).
void populateRelayToLinalgPatterns(const mlir::TypeConverter &converter,
                                   mlir::RewritePatternSet &patterns);

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_RELAYTOLINALG_H
