//===- FlexmatchDialect.h - Matched accelerator regions ---------*- C++ -*-===//

#ifndef FLEXMATCH_DIALECT_FLEXMATCH_FLEXMATCHDIALECT_H
#define FLEXMATCH_DIALECT_FLEXMATCH_FLEXMATCHDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialectDialect.h.inc"

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h.inc"

#endif // FLEXMATCH_DIALECT_FLEXMATCH_FLEXMATCHDIALECT_H
