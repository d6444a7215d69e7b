//===- AccessToLinalg.h - Lower access ops to linalg ------------*- C++ -*-===//

#ifndef FLEXMATCH_CONVERSION_ACCESSTOLINALG_H
#define FLEXMATCH_CONVERSION_ACCESSTOLINALG_H

#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/DialectConversion.h"

namespace flexmatch {

#define GEN_PASS_DECL_CONVERTACCESSTOLINALG
#include "Flexmatch/Conversion/Passes.h.inc"

/// Access patterns become the tensors they view; other types stay.
class AccessToLinalgTypeConverter : public mlir::TypeConverter {
public:
  AccessToLinalgTypeConverter();
};

/// Adds the patterns that lower every access op.
void populateAccessToLinalgPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns);

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_ACCESSTOLINALG_H
