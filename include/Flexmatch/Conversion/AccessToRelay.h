//===- AccessToRelay.h - Access views as relay ops --------------*- C++ -*-===//

#ifndef FLEXMATCH_CONVERSION_ACCESSTORELAY_H
#define FLEXMATCH_CONVERSION_ACCESSTORELAY_H

#include "mlir/Pass/Pass.h"

namespace flexmatch {

#define GEN_PASS_DECL_CONVERTACCESSTORELAY
#include "Flexmatch/Conversion/Passes.h.inc"

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_ACCESSTORELAY_H
