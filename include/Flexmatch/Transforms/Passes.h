//===- Passes.h - flexmatch's equality saturation ---------------*- C++ -*-===//

#ifndef FLEXMATCH_TRANSFORMS_PASSES_H
#define FLEXMATCH_TRANSFORMS_PASSES_H

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace flexmatch {

#define GEN_PASS_DECL
#include "Flexmatch/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Flexmatch/Transforms/Passes.h.inc"

} // namespace flexmatch

#endif // FLEXMATCH_TRANSFORMS_PASSES_H
