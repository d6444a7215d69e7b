//===- FlexmatchDialect.cpp - Matched accelerator regions -----------------===//

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace flexmatch::fm;

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialectDialect.cpp.inc"

void FlexmatchDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.cpp.inc"

void CompositeOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printAttributeWithoutType(getFunctionAttr());
  p << " composite ";
  p.printAttributeWithoutType(getCompositeAttr());
  p << " compiler ";
  p.printAttributeWithoutType(getCompilerAttr());
  p << " (" << getInputs() << ")";
  p.printOptionalAttrDict((*this)->getAttrs(),
                          {getFunctionAttrName(), getCompositeAttrName(),
                           getCompilerAttrName()});
  p << " : ";
  p.printFunctionalType(getInputs().getTypes(), getOperation()->getResultTypes());
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/true);
}

ParseResult CompositeOp::parse(OpAsmParser &parser, OperationState &result) {
  StringAttr function, composite, compiler;
  SmallVector<OpAsmParser::UnresolvedOperand> inputs;
  FunctionType type;
  if (parser.parseAttribute(function, getFunctionAttrName(result.name),
                            result.attributes) ||
      parser.parseKeyword("composite") ||
      parser.parseAttribute(composite, getCompositeAttrName(result.name),
                            result.attributes) ||
      parser.parseKeyword("compiler") ||
      parser.parseAttribute(compiler, getCompilerAttrName(result.name),
                            result.attributes) ||
      parser.parseOperandList(inputs, OpAsmParser::Delimiter::Paren) ||
      parser.parseOptionalAttrDict(result.attributes) ||
      parser.parseColonType(type))
    return failure();
  if (type.getNumResults() != 1)
    return parser.emitError(parser.getCurrentLocation(),
                            "expected one result type");
  if (parser.resolveOperands(inputs, type.getInputs(),
                             parser.getCurrentLocation(), result.operands))
    return failure();
  result.addTypes(type.getResults());
  return parser.parseRegion(*result.addRegion());
}

LogicalResult CompositeOp::verify() {
  Block &body = getBody().front();
  if (body.getNumArguments() != getInputs().size())
    return emitOpError("body has ")
           << body.getNumArguments() << " arguments for "
           << getInputs().size() << " inputs";
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip(body.getArgumentTypes(), getInputs())))
    if (std::get<0>(pair) != std::get<1>(pair).getType())
      return emitOpError("body argument #")
             << index << " has type " << std::get<0>(pair)
             << " but input #" << index << " has type "
             << std::get<1>(pair).getType();
  auto yield = cast<YieldOp>(body.getTerminator());
  if (yield.getValue().getType() != getResult().getType())
    return emitOpError("body yields ")
           << yield.getValue().getType() << " but the result has type "
           << getResult().getType();
  if (getFunction().empty())
    return emitOpError("needs an accelerator function name");
  return success();
}
