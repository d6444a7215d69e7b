//===- AccessTypes.td - The access pattern type ------------*- tablegen -*-===//

#ifndef FLEXMATCH_DIALECT_ACCESS_ACCESSTYPES_TD
#define FLEXMATCH_DIALECT_ACCESS_ACCESSTYPES_TD

include "Flexmatch/Dialect/Access/AccessDialect.td"
include "mlir/IR/AttrTypeBase.td"

def Access_PatternType : TypeDef<Access_Dialect, "Pattern"> {
  let mnemonic = "pattern";
  let summary = "access pattern";
  let description = [{
    `!access.pattern<[shape dims], [item dims], element-type>`: a tensor of
    dims `shape ++ item` whose first `shape.size()` dims index the items.
    Either list may be empty; dims are static and non-negative; the element
    type is an integer, index or float type.

    Example: `!access.pattern<[2, 3], [4], f32>` is a 2x3 grid of
    4-vectors of f32: a `tensor<2x3x4xf32>` accessed at axis 2.
  }];
  let parameters = (ins ArrayRefParameter<"int64_t", "shape dims">:$shape,
                        ArrayRefParameter<"int64_t", "item dims">:$itemShape,
                        "::mlir::Type":$elementType);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The dims of the underlying tensor: shape ++ item shape.
    ::llvm::SmallVector<int64_t> getDims() const;
    /// How many leading dims index the items.
    unsigned getNumShapeDims() const { return getShape().size(); }
    /// The number of dims of the underlying tensor.
    unsigned getRank() const {
      return getShape().size() + getItemShape().size();
    }
    /// The underlying tensor type.
    ::mlir::RankedTensorType getTensorType() const;
    /// Whether a pattern may hold elements of `type`.
    static bool isValidElementType(::mlir::Type type);
  }];
}

#endif // FLEXMATCH_DIALECT_ACCESS_ACCESSTYPES_TD
