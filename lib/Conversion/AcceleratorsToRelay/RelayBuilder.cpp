//===- RelayBuilder.cpp - Relay ops with inferred types -------------------===//

#include "Flexmatch/Conversion/RelayBuilder.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "Flexmatch/Transforms/MlirEGraph.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace flexmatch;

Value RelayBuilder::op(StringRef name, ValueRange operands,
                       ArrayRef<NamedAttribute> attrs) {
  MLIRContext *context = Builder.getContext();
  return op(OperationName(("relay." + name).str(), context), operands,
            DictionaryAttr::get(context, attrs));
}

Value RelayBuilder::op(OperationName name, ValueRange operands,
                       DictionaryAttr attrs) {
  if (llvm::any_of(operands, [](Value v) { return !v; }))
    return nullptr;
  SmallVector<Type> operandTypes(operands.getTypes());
  FailureOr<Type> type =
      inferType(Builder.getContext(), name, attrs, operandTypes);
  if (failed(type)) {
    InFlightDiagnostic diag = emitError(Loc, "cannot compute ")
                              << name << " on (";
    llvm::interleaveComma(operandTypes, diag);
    diag << ")";
    if (!attrs.empty())
      diag << " with " << attrs;
    return nullptr;
  }
  OperationState state(Loc, name);
  state.addOperands(operands);
  state.addAttributes(attrs.getValue());
  state.addTypes(*type);
  return Builder.create(state)->getResult(0);
}

Value RelayBuilder::scalar(Type elementType, double value) {
  auto floatType = dyn_cast<FloatType>(elementType);
  if (!floatType) {
    emitError(Loc, "needs a float element type, not ") << elementType;
    return nullptr;
  }
  auto type = RankedTensorType::get({}, floatType);
  return op("constant", {},
            {attr("value", DenseElementsAttr::get(
                               type, Builder.getFloatAttr(floatType, value)))});
}

Value RelayBuilder::castTo(Value value, Type type) {
  if (!value || value.getType() == type)
    return value;
  auto from = dyn_cast<RankedTensorType>(value.getType());
  auto to = dyn_cast<RankedTensorType>(type);
  if (!from || !to || from.getShape() != to.getShape()) {
    emitError(Loc, "computes ") << value.getType() << " where " << type
                                << " is expected";
    return nullptr;
  }
  std::string dtype = relay::printDType(to.getElementType());
  if (dtype.empty()) {
    emitError(Loc, "Relay has no dtype for ") << to.getElementType();
    return nullptr;
  }
  return op("cast", value, {attr("dtype", Builder.getStringAttr(dtype))});
}
