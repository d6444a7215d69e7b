//===- Forms.h - Builders of the access forms of relay ops ------*- C++ -*-===//
//
// Shared by the files that define the access forms, one per op family. Each
// form checks everything it needs before building anything, so that a form
// that declines (returns null) leaves no ops behind.
//
//===----------------------------------------------------------------------===//

#ifndef LIB_CONVERSION_RELAYTOACCESS_FORMS_H
#define LIB_CONVERSION_RELAYTOACCESS_FORMS_H

#include "Flexmatch/Dialect/Access/AccessOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OperationSupport.h"
#include <optional>

namespace flexmatch::forms {

// Not `access`: POSIX declares a function of that name.
namespace ap = flexmatch::access;

/// The adaptor of relay op `OpTy` over `operands` and `attrs`, with Relay's
/// defaults filled in for the absent attributes.
template <typename OpTy>
typename OpTy::Adaptor withDefaults(mlir::MLIRContext *ctx,
                                    mlir::ValueRange operands,
                                    mlir::DictionaryAttr attrs) {
  mlir::NamedAttrList filled;
  if (attrs)
    filled.append(attrs.getValue());
  OpTy::populateDefaultAttrs(mlir::OperationName(OpTy::getOperationName(), ctx),
                             filled);
  return typename OpTy::Adaptor(operands, filled.getDictionary(ctx), {},
                                mlir::RegionRange());
}

/// `type` as a ranked tensor of static shape, or null.
mlir::RankedTensorType staticTensor(mlir::Type type);

/// Whether `operands` are `count` static tensors and `resultType` is one,
/// all with the same floating-point element type (the element type compute
/// and the pads are defined for).
bool allFloatTensors(mlir::ValueRange operands, size_t count,
                     mlir::Type resultType);

/// Whether `operands` are `count` static tensors and `resultType` is one,
/// all with the same element type.
bool allSameTensors(mlir::ValueRange operands, size_t count,
                    mlir::Type resultType);

/// `axis` counted from the end when negative, or nullopt when outside
/// [0, rank).
std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank);

/// The permutation `p` with `to[i] == from[p[i]]`, or nullopt when `from`
/// and `to` do not hold the same distinct letters.
std::optional<llvm::SmallVector<int64_t>>
layoutPermutation(llvm::StringRef from, llvm::StringRef to);

/// Whether `permutation` is the identity.
bool isIdentity(llvm::ArrayRef<int64_t> permutation);

/// Relay's padding of `rank` spatial axes (one value for all sides, one per
/// axis, or all befores then all afters) as (before, after), or nullopt.
std::optional<std::pair<llvm::SmallVector<int64_t>, llvm::SmallVector<int64_t>>>
spatialPadding(llvm::ArrayRef<int64_t> padding, unsigned rank);

/// The access pattern type of `value`.
ap::PatternType patternOf(mlir::Value value);

/// access.tensor of `tensor`: shape [], the whole tensor as the item.
mlir::Value accessTensor(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Value tensor);

/// `access(access.tensor(tensor), axis)`.
mlir::Value accessAt(mlir::OpBuilder &b, mlir::Location loc, mlir::Value tensor,
                     int64_t axis);

/// Re-splits `pattern` at `axis`.
mlir::Value reaccess(mlir::OpBuilder &b, mlir::Location loc,
                     mlir::Value pattern, int64_t axis);

/// access.transpose, or `pattern` itself for the identity.
mlir::Value transpose(mlir::OpBuilder &b, mlir::Location loc,
                      mlir::Value pattern, llvm::ArrayRef<int64_t> permutation);

/// access.pad of `before`/`after` on `axis`, or `pattern` when both are 0.
mlir::Value pad(mlir::OpBuilder &b, mlir::Location loc, mlir::Value pattern,
                ap::PadType padType, int64_t axis, int64_t before,
                int64_t after);

/// access.compute `kind`.
mlir::Value compute(mlir::OpBuilder &b, mlir::Location loc,
                    ap::ComputeKind kind, mlir::Value pattern);

/// access.to_tensor of `pattern`, which views a tensor of `resultType`.
mlir::Value toTensor(mlir::OpBuilder &b, mlir::Location loc,
                     mlir::Value pattern, mlir::Type resultType);

// The forms, by op family (Contraction.cpp, Elementwise.cpp, Pooling.cpp,
// Shape.cpp); each has the AccessFormBuilder signature.
#define FLEXMATCH_FORM(name)                                                   \
  mlir::Value name(mlir::OpBuilder &b, mlir::Location loc,                     \
                   mlir::ValueRange operands, mlir::DictionaryAttr attrs,      \
                   mlir::Type resultType);
FLEXMATCH_FORM(buildDense)
FLEXMATCH_FORM(buildConv1D)
FLEXMATCH_FORM(buildConv2D)
FLEXMATCH_FORM(buildRelu)
FLEXMATCH_FORM(buildSqrt)
FLEXMATCH_FORM(buildNegative)
FLEXMATCH_FORM(buildAdd)
FLEXMATCH_FORM(buildMultiply)
FLEXMATCH_FORM(buildDivide)
FLEXMATCH_FORM(buildBiasAdd)
FLEXMATCH_FORM(buildSoftmax)
FLEXMATCH_FORM(buildMean)
FLEXMATCH_FORM(buildMaxPool2D)
FLEXMATCH_FORM(buildAvgPool2D)
FLEXMATCH_FORM(buildGlobalAvgPool2D)
FLEXMATCH_FORM(buildBatchFlatten)
FLEXMATCH_FORM(buildReshape)
FLEXMATCH_FORM(buildTranspose)
FLEXMATCH_FORM(buildExpandDims)
FLEXMATCH_FORM(buildSqueeze)
FLEXMATCH_FORM(buildPad)
FLEXMATCH_FORM(buildConcatenate)
FLEXMATCH_FORM(buildStridedSlice)
FLEXMATCH_FORM(buildSplit)
#undef FLEXMATCH_FORM

} // namespace flexmatch::forms

#endif // LIB_CONVERSION_RELAYTOACCESS_FORMS_H
