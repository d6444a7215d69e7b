//===- RelayOps.cpp - Relay operations ------------------------------------===//

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "TypeRelations.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace flexmatch::relay;

//===----------------------------------------------------------------------===//
// Relay dtypes
//===----------------------------------------------------------------------===//

Type flexmatch::relay::parseDType(MLIRContext *ctx, StringRef dtype) {
  auto signedInt = [&](unsigned width) -> Type {
    return IntegerType::get(ctx, width);
  };
  auto unsignedInt = [&](unsigned width) -> Type {
    return IntegerType::get(ctx, width, IntegerType::Unsigned);
  };
  return llvm::StringSwitch<std::function<Type()>>(dtype)
      .Case("float16", [&] { return Float16Type::get(ctx); })
      .Case("bfloat16", [&] { return BFloat16Type::get(ctx); })
      .Case("float32", [&] { return Float32Type::get(ctx); })
      .Case("float64", [&] { return Float64Type::get(ctx); })
      .Case("bool", [&] { return signedInt(1); })
      .Case("int8", [&] { return signedInt(8); })
      .Case("int16", [&] { return signedInt(16); })
      .Case("int32", [&] { return signedInt(32); })
      .Case("int64", [&] { return signedInt(64); })
      .Case("uint8", [&] { return unsignedInt(8); })
      .Case("uint16", [&] { return unsignedInt(16); })
      .Case("uint32", [&] { return unsignedInt(32); })
      .Case("uint64", [&] { return unsignedInt(64); })
      .Default([] { return Type(); })();
}

std::string flexmatch::relay::printDType(Type type) {
  if (type.isF16())
    return "float16";
  if (type.isBF16())
    return "bfloat16";
  if (type.isF32())
    return "float32";
  if (type.isF64())
    return "float64";
  if (auto integer = dyn_cast<IntegerType>(type)) {
    unsigned width = integer.getWidth();
    if (width == 1)
      return "bool";
    if (width != 8 && width != 16 && width != 32 && width != 64)
      return "";
    return (integer.isUnsigned() ? "uint" : "int") + std::to_string(width);
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Ops with their own relation
//===----------------------------------------------------------------------===//

LogicalResult CastOp::inferReturnTypes(MLIRContext *context,
                                       std::optional<Location> location,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &results) {
  if (failed(adaptor.verify(location ? *location : UnknownLoc::get(context))))
    return failure();
  auto data = tensorOperand(location, "cast", adaptor.getData(), "data");
  if (!data)
    return failure();
  Type elem = parseDType(context, adaptor.getDtype());
  if (!elem)
    return relError(location, "cast",
                    "dtype '" + adaptor.getDtype() + "' is not a Relay dtype");
  results.push_back(RankedTensorType::get(data.getShape(), elem));
  return success();
}

LogicalResult CastLikeOp::inferReturnTypes(MLIRContext *context,
                                           std::optional<Location> location,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &results) {
  auto data = tensorOperand(location, "cast_like", adaptor.getData(), "data");
  auto like =
      tensorOperand(location, "cast_like", adaptor.getDtypeLike(), "dtype_like");
  if (!data || !like)
    return failure();
  results.push_back(
      RankedTensorType::get(data.getShape(), like.getElementType()));
  return success();
}

LogicalResult ConstantOp::inferReturnTypes(MLIRContext *context,
                                           std::optional<Location> location,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &results) {
  if (failed(adaptor.verify(location ? *location : UnknownLoc::get(context))))
    return failure();
  auto value = dyn_cast_or_null<ElementsAttr>(adaptor.getValueAttr());
  if (!value)
    return emitOptionalError(location, "constant needs an elements value");
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type)
    return emitOptionalError(location, "constant must be a ranked tensor");
  results.push_back(type);
  return success();
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

LogicalResult TupleOp::inferReturnTypes(MLIRContext *context,
                                        std::optional<Location> location,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  results.push_back(TupleType::get(context, adaptor.getFields().getTypes()));
  return success();
}

LogicalResult TupleGetItemOp::inferReturnTypes(
    MLIRContext *context, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &results) {
  if (failed(adaptor.verify(location ? *location : UnknownLoc::get(context))))
    return failure();
  auto tuple = dyn_cast<TupleType>(adaptor.getTuple().getType());
  if (!tuple)
    return emitOptionalError(location,
                             "projection .N applies to tuples only");
  int64_t index = adaptor.getIndex();
  if (index < 0 || index >= int64_t(tuple.size()))
    return emitOptionalError(location, "tuple index ", index,
                             " is out of range for a tuple of ", tuple.size(),
                             " fields");
  results.push_back(tuple.getType(index));
  return success();
}

LogicalResult CallOp::inferReturnTypes(MLIRContext *context,
                                       std::optional<Location> location,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &results) {
  auto fnType = dyn_cast<FunctionType>(adaptor.getCallee().getType());
  if (!fnType || fnType.getNumResults() != 1)
    return emitOptionalError(location,
                             "callee must be a function of one result");
  results.push_back(fnType.getResult(0));
  return success();
}

LogicalResult CallOp::verify() {
  auto fnType = cast<FunctionType>(getCallee().getType());
  if (fnType.getInputs() != getArgs().getTypes())
    return emitOpError("argument types do not match the callee's parameters ")
           << fnType;
  return success();
}

//===----------------------------------------------------------------------===//
// Functions, conditionals, global calls, type definitions
//===----------------------------------------------------------------------===//

void FnOp::build(OpBuilder &builder, OperationState &state,
                 DictionaryAttr attrs, ArrayAttr argNames) {
  state.addAttribute(getAttrsAttrName(state.name), attrs);
  state.addAttribute(getArgNamesAttrName(state.name), argNames);
  state.addRegion();
  state.addTypes(FunctionType::get(builder.getContext(), {}, {}));
}

/// Checks that `region` is one block ending in relay.yield of type `type`.
static LogicalResult verifyYieldingRegion(Operation *op, Region &region,
                                          Type type, StringRef what) {
  if (region.empty())
    return op->emitOpError() << what << " is empty";
  auto yield = dyn_cast<YieldOp>(region.front().getTerminator());
  if (!yield)
    return op->emitOpError() << what << " must end in relay.yield";
  if (yield.getValue().getType() != type)
    return op->emitOpError() << what << " yields " << yield.getValue().getType()
                             << " but the op declares " << type;
  return success();
}

LogicalResult FnOp::verify() {
  auto type = cast<FunctionType>(getResult().getType());
  Block &body = getBody().front();
  if (type.getInputs() != body.getArgumentTypes())
    return emitOpError("parameter types do not match the function type ")
           << type;
  if (type.getNumResults() != 1)
    return emitOpError("function type must have one result");
  if (getArgNames().size() != body.getNumArguments())
    return emitOpError("has ") << getArgNames().size() << " names for "
                               << body.getNumArguments() << " parameters";
  return verifyYieldingRegion(*this, getBody(), type.getResult(0), "body");
}

LogicalResult IfOp::verify() {
  auto cond = dyn_cast<RankedTensorType>(getCondition().getType());
  if (!cond || cond.getRank() != 0 || !cond.getElementType().isInteger(1))
    return emitOpError("condition must be a scalar bool, got ")
           << getCondition().getType();
  if (failed(verifyYieldingRegion(*this, getThenRegion(), getType(),
                                  "then branch")))
    return failure();
  return verifyYieldingRegion(*this, getElseRegion(), getType(),
                              "else branch");
}

LogicalResult
CallGlobalOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto fn = symbolTable.lookupNearestSymbolFrom<FunctionOpInterface>(
      *this, getCalleeAttr());
  if (!fn)
    return emitOpError("calls undefined global function @") << getCallee();
  auto type = dyn_cast<FunctionType>(fn.getFunctionType());
  if (!type)
    return emitOpError("callee @") << getCallee() << " has no function type";
  if (type.getInputs() != getArgs().getTypes() ||
      TypeRange(type.getResults()) != TypeRange(getResult().getType()))
    return emitOpError("types do not match @")
           << getCallee() << " of type " << type;
  return success();
}

LogicalResult TypeDefOp::verify() {
  for (Attribute ctor : getConstructors()) {
    auto fields = dyn_cast<ArrayAttr>(ctor);
    if (!fields || fields.empty() || !isa<StringAttr>(fields[0]))
      return emitOpError("constructor must be [name, field types...]");
    for (Attribute field : fields.getValue().drop_front())
      if (!isa<TypeAttr>(field))
        return emitOpError("constructor ")
               << fields[0] << " has a field that is not a type";
  }
  return success();
}

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/Relay/RelayOps.cpp.inc"
