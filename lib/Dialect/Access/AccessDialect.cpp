//===- AccessDialect.cpp - The access dialect -----------------------------===//

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "Flexmatch/Dialect/Access/AccessTypes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace flexmatch::access;

#include "Flexmatch/Dialect/Access/AccessOpsDialect.cpp.inc"

#include "Flexmatch/Dialect/Access/AccessOpsEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "Flexmatch/Dialect/Access/AccessOpsAttributes.cpp.inc"

void AccessDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Flexmatch/Dialect/Access/AccessOps.cpp.inc"
      >();
  registerTypes();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "Flexmatch/Dialect/Access/AccessOpsAttributes.cpp.inc"
      >();
}

Operation *AccessDialect::materializeConstant(OpBuilder &builder,
                                              Attribute value, Type type,
                                              Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  auto pattern = dyn_cast<PatternType>(type);
  if (!elements || !pattern)
    return nullptr;
  // Only the type access.literal infers for `value` can be materialized.
  auto tensor = dyn_cast<RankedTensorType>(elements.getType());
  if (!tensor || !pattern.getShape().empty() ||
      pattern.getItemShape() != tensor.getShape() ||
      pattern.getElementType() != tensor.getElementType())
    return nullptr;
  return LiteralOp::create(builder, loc, pattern, elements);
}
