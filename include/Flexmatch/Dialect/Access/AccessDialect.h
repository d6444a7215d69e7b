//===- AccessDialect.h - The access dialect ---------------------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_ACCESS_ACCESSDIALECT_H
#define FLEXMATCH_DIALECT_ACCESS_ACCESSDIALECT_H

#include "mlir/IR/Dialect.h"

#include "Flexmatch/Dialect/Access/AccessOpsDialect.h.inc"

#endif // FLEXMATCH_DIALECT_ACCESS_ACCESSDIALECT_H
