//===- InitAllDialects.h - flexmatch dialects -------------------*- C++ -*-===//

#ifndef FLEXMATCH_INITALLDIALECTS_H
#define FLEXMATCH_INITALLDIALECTS_H

#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"

namespace flexmatch {

/// The dialects flexmatch's tools operate on.
inline void registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<relay::RelayDialect, mlir::func::FuncDialect>();
}

} // namespace flexmatch

#endif // FLEXMATCH_INITALLDIALECTS_H
