//===- AccessTypes.cpp - The access pattern type --------------------------===//

#include "Flexmatch/Dialect/Access/AccessTypes.h"
#include "Flexmatch/Dialect/Access/AccessDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace flexmatch::access;

#define GET_TYPEDEF_CLASSES
#include "Flexmatch/Dialect/Access/AccessOpsTypes.cpp.inc"

void AccessDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "Flexmatch/Dialect/Access/AccessOpsTypes.cpp.inc"
      >();
}

SmallVector<int64_t> PatternType::getDims() const {
  SmallVector<int64_t> dims(getShape());
  llvm::append_range(dims, getItemShape());
  return dims;
}

RankedTensorType PatternType::getTensorType() const {
  return RankedTensorType::get(getDims(), getElementType());
}

bool PatternType::isValidElementType(Type type) {
  return isa<IntegerType, IndexType, FloatType>(type);
}

LogicalResult PatternType::verify(function_ref<InFlightDiagnostic()> emitError,
                                  ArrayRef<int64_t> shape,
                                  ArrayRef<int64_t> itemShape,
                                  Type elementType) {
  if (!elementType || !isValidElementType(elementType))
    return emitError() << "access pattern element type must be an integer, "
                          "index or float type, not "
                       << elementType;
  auto negative = [](int64_t dim) { return dim < 0; };
  if (llvm::any_of(shape, negative) || llvm::any_of(itemShape, negative))
    return emitError() << "access pattern dims must be static and "
                          "non-negative, got ["
                       << shape << "], [" << itemShape << "]";
  return success();
}

/// Parses `[d0, d1, ...]` (possibly empty) of static dims.
static ParseResult parseDims(AsmParser &parser,
                             SmallVectorImpl<int64_t> &dims) {
  return parser.parseCommaSeparatedList(
      AsmParser::Delimiter::Square, [&]() -> ParseResult {
        if (succeeded(parser.parseOptionalQuestion()))
          return parser.emitError(parser.getCurrentLocation(),
                                  "access pattern dims must be static");
        return parser.parseInteger(dims.emplace_back());
      });
}

Type PatternType::parse(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  SmallVector<int64_t> shape, itemShape;
  Type elementType;
  if (parser.parseLess() || parseDims(parser, shape) || parser.parseComma() ||
      parseDims(parser, itemShape) || parser.parseComma() ||
      parser.parseType(elementType) || parser.parseGreater())
    return {};
  return parser.getChecked<PatternType>(loc, parser.getContext(), shape,
                                        itemShape, elementType);
}

void PatternType::print(AsmPrinter &printer) const {
  printer << "<[";
  llvm::interleaveComma(getShape(), printer);
  printer << "], [";
  llvm::interleaveComma(getItemShape(), printer);
  printer << "], " << getElementType() << ">";
}
