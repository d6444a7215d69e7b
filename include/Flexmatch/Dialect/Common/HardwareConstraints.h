//===- HardwareConstraints.h - Accelerator verifiers ------------*- C++ -*-===//
//
// The accelerator dialects (hlscnn, flexasr, vta) report a violated hardware
// constraint uniformly, naming it:
//
//   'vta.dense' op violates 'dims % 16 == 0': k = 20 is not a multiple of 16
//
// so a user (or a conversion that built the op from a matched region) sees
// which limit of the device the IR exceeds.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_COMMON_HARDWARECONSTRAINTS_H
#define FLEXMATCH_DIALECT_COMMON_HARDWARECONSTRAINTS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringExtras.h"

#include <string>

namespace flexmatch::accel {

/// Formats a shape as the diagnostics do: [2, 3].
inline std::string shapeStr(llvm::ArrayRef<int64_t> shape) {
  std::string text = "[";
  for (auto [index, dim] : llvm::enumerate(shape)) {
    if (index)
      text += ", ";
    text += mlir::ShapedType::isDynamic(dim) ? "?" : std::to_string(dim);
  }
  return text + "]";
}

/// Starts "violates '<constraint>': " on \p op; the caller adds the detail.
inline mlir::InFlightDiagnostic violation(mlir::Operation *op,
                                          llvm::StringRef constraint) {
  return op->emitOpError("violates '") << constraint << "': ";
}

/// The hardware works on static shapes only.
inline mlir::LogicalResult checkStatic(mlir::Operation *op) {
  for (mlir::Type type : llvm::concat<const mlir::Type>(
           op->getOperandTypes(), op->getResultTypes()))
    if (auto tensor = llvm::dyn_cast<mlir::RankedTensorType>(type);
        tensor && !tensor.hasStaticShape())
      return violation(op, "static shapes")
             << "shape " << shapeStr(tensor.getShape()) << " is dynamic";
  return mlir::success();
}

/// Checks that operand \p what has rank \p rank.
inline mlir::LogicalResult checkRank(mlir::Operation *op, llvm::StringRef what,
                                     mlir::Value value, int64_t rank) {
  auto type = llvm::cast<mlir::RankedTensorType>(value.getType());
  if (type.getRank() == rank)
    return mlir::success();
  return violation(op, "rank " + std::to_string(rank))
         << what << " has shape " << shapeStr(type.getShape());
}

/// The inputs share one element type; the result's element type (the
/// configured out dtype, which may differ) is a float or integer type.
inline mlir::LogicalResult checkElementTypes(mlir::Operation *op,
                                             bool floatInputs = false) {
  mlir::Type element =
      llvm::cast<mlir::ShapedType>(op->getOperand(0).getType())
          .getElementType();
  for (auto [index, operand] : llvm::enumerate(op->getOperands()))
    if (llvm::cast<mlir::ShapedType>(operand.getType()).getElementType() !=
        element)
      return violation(op, "one input element type")
             << "operand #" << index << " has element type "
             << llvm::cast<mlir::ShapedType>(operand.getType())
                    .getElementType()
             << " but operand #0 has " << element;
  if (floatInputs && !llvm::isa<mlir::FloatType>(element))
    return violation(op, "float inputs")
           << "the inputs have element type " << element;
  mlir::Type out =
      llvm::cast<mlir::ShapedType>(op->getResult(0).getType()).getElementType();
  if (!llvm::isa<mlir::FloatType, mlir::IntegerType>(out))
    return violation(op, "out dtype is a float or integer type")
           << "the result has element type " << out;
  return mlir::success();
}

/// Checks the result shape against the one the op computes.
inline mlir::LogicalResult checkResultShape(mlir::Operation *op,
                                            llvm::ArrayRef<int64_t> expected) {
  auto type = llvm::cast<mlir::RankedTensorType>(op->getResult(0).getType());
  if (type.getShape() == expected)
    return mlir::success();
  return op->emitOpError("result shape ")
         << shapeStr(type.getShape()) << " differs from the computed "
         << shapeStr(expected);
}

} // namespace flexmatch::accel

#endif // FLEXMATCH_DIALECT_COMMON_HARDWARECONSTRAINTS_H
