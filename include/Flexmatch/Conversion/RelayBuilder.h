//===- RelayBuilder.h - Relay ops with inferred types -----------*- C++ -*-===//
//
// Builds relay ops by name, operands and attributes, their result types
// inferred by the relay dialect (flexmatch::inferType). A failure is
// reported once and makes every later op built on its result null, so a
// lowering writes its computation straight through and checks the end.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_CONVERSION_RELAYBUILDER_H
#define FLEXMATCH_CONVERSION_RELAYBUILDER_H

#include "mlir/IR/Builders.h"

namespace flexmatch {

class RelayBuilder {
public:
  RelayBuilder(mlir::OpBuilder &builder, mlir::Location loc)
      : Builder(builder), Loc(loc) {}

  /// `relay.<name>` of \p operands with \p attrs; null if an operand is null
  /// or the op rejects them (reported at the location).
  mlir::Value op(llvm::StringRef name, mlir::ValueRange operands,
                 llvm::ArrayRef<mlir::NamedAttribute> attrs = {});
  /// The same with the attribute dictionary of an existing op.
  mlir::Value op(mlir::OperationName name, mlir::ValueRange operands,
                 mlir::DictionaryAttr attrs);

  /// A scalar relay.constant of a float element type.
  mlir::Value scalar(mlir::Type elementType, double value);

  mlir::NamedAttribute attr(llvm::StringRef name, mlir::Attribute value) {
    return Builder.getNamedAttr(name, value);
  }
  mlir::NamedAttribute ints(llvm::StringRef name,
                            llvm::ArrayRef<int64_t> values) {
    return attr(name, Builder.getDenseI64ArrayAttr(values));
  }
  mlir::NamedAttribute integer(llvm::StringRef name, int64_t value) {
    return attr(name, Builder.getI64IntegerAttr(value));
  }

  /// \p value as \p type: a relay.cast when only the element type differs
  /// (the configured out dtype), an error when the shape does.
  mlir::Value castTo(mlir::Value value, mlir::Type type);

  mlir::Location getLoc() const { return Loc; }

private:
  mlir::OpBuilder &Builder;
  mlir::Location Loc;
};

} // namespace flexmatch

#endif // FLEXMATCH_CONVERSION_RELAYBUILDER_H
