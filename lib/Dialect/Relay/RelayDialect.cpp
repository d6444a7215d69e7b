//===- RelayDialect.cpp - The relay dialect -------------------------------===//

#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "Flexmatch/Dialect/Relay/RelayTypes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace flexmatch::relay;

#include "Flexmatch/Dialect/Relay/RelayOpsDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "Flexmatch/Dialect/Relay/RelayOpsTypes.cpp.inc"

void RelayDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Flexmatch/Dialect/Relay/RelayOps.cpp.inc"
      >();
  addTypes<
#define GET_TYPEDEF_LIST
#include "Flexmatch/Dialect/Relay/RelayOpsTypes.cpp.inc"
      >();
}
