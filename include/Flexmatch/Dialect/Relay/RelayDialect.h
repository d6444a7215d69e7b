//===- RelayDialect.h - The relay dialect -----------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_RELAY_RELAYDIALECT_H
#define FLEXMATCH_DIALECT_RELAY_RELAYDIALECT_H

#include "mlir/IR/Dialect.h"

#include "Flexmatch/Dialect/Relay/RelayOpsDialect.h.inc"

#endif // FLEXMATCH_DIALECT_RELAY_RELAYDIALECT_H
