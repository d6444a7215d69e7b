//===- AccessOps.td - Glenside access-pattern operators ----*- tablegen -*-===//
//
// One op per glenside operator. Result types are inferred in
// lib/Dialect/Access/AccessOps.cpp; every shape rule is written out in the
// op's description.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_ACCESS_ACCESSOPS_TD
#define FLEXMATCH_DIALECT_ACCESS_ACCESSOPS_TD

include "Flexmatch/Dialect/Access/AccessDialect.td"
include "Flexmatch/Dialect/Access/AccessTypes.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Access_ComputeKind : I32Enum<"ComputeKind",
    "what access.compute computes per item", [
  I32EnumCase<"DotProduct", 0, "dot_product">,
  I32EnumCase<"ReduceSum", 1, "reduce_sum">,
  I32EnumCase<"ReduceMax", 2, "reduce_max">,
  I32EnumCase<"ReduceMean", 3, "reduce_mean">,
  I32EnumCase<"Relu", 4, "relu">,
  I32EnumCase<"Sqrt", 5, "sqrt">,
  I32EnumCase<"Negative", 6, "negative">,
  I32EnumCase<"ElementwiseAdd", 7, "elementwise_add">,
  I32EnumCase<"ElementwiseMul", 8, "elementwise_mul">,
  I32EnumCase<"ElementwiseDiv", 9, "elementwise_div">,
  I32EnumCase<"Softmax", 10, "softmax">
]> {
  let cppNamespace = "::flexmatch::access";
}

// Printed `#access<kind dot_product>` in the generic form and `dot_product`
// in access.compute's custom form (the `EnumKeyword` directive).
def Access_ComputeKindAttr : EnumAttr<Access_Dialect, Access_ComputeKind,
                                      "kind">;

def Access_PadType : I32Enum<"PadType", "the value access.pad pads with", [
  I32EnumCase<"Zero", 0, "zero">,
  I32EnumCase<"Min", 1, "min">
]> {
  let cppNamespace = "::flexmatch::access";
}

def Access_PadTypeAttr : EnumAttr<Access_Dialect, Access_PadType, "pad_type">;

//===----------------------------------------------------------------------===//
// Op classes
//===----------------------------------------------------------------------===//

class Access_Op<string mnemonic, list<Trait> traits = []> :
    Op<Access_Dialect, mnemonic, !listconcat([Pure, InferTypeOpAdaptor],
                                             traits)>;

// An op of one access pattern, printed
//   %1 = access.<mnemonic> %0 <attributes> : !access.pattern<...> -> !access.pattern<...>
class Access_UnaryOp<string mnemonic, string attrFormat = "",
                     list<Trait> traits = []> :
    Access_Op<mnemonic, traits> {
  let results = (outs Access_PatternType:$result);
  let assemblyFormat = "$input " # attrFormat # [{ attr-dict `:`
    qualified(type($input)) `->` qualified(type($result))
  }];
}

// An op of two access patterns, printed
//   %2 = access.<mnemonic> %0, %1 <attributes> : !access.pattern<...>, !access.pattern<...> -> !access.pattern<...>
class Access_BinaryOp<string mnemonic, string attrFormat = "",
                      list<Trait> traits = []> :
    Access_Op<mnemonic, traits> {
  let results = (outs Access_PatternType:$result);
  let assemblyFormat = "$lhs `,` $rhs " # attrFormat # [{ attr-dict `:`
    qualified(type($lhs)) `,` qualified(type($rhs)) `->`
    qualified(type($result))
  }];
}

//===----------------------------------------------------------------------===//
// Conversions between tensors and access patterns
//===----------------------------------------------------------------------===//

def Access_TensorOp : Access_Op<"tensor"> {
  let summary = "view a tensor as one item (glenside access-tensor)";
  let description = [{
    Glenside `access-tensor`: the static-shaped tensor as an access pattern
    of shape `[]` whose one item is the whole tensor.

    Example:
    ```mlir
    %0 = access.tensor %t : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$tensor);
  let results = (outs Access_PatternType:$result);
  let assemblyFormat = [{
    $tensor attr-dict `:` type($tensor) `->` qualified(type($result))
  }];
}

def Access_AccessOp : Access_UnaryOp<"access", "`axis` $axis"> {
  let summary = "re-split an access pattern at an axis (glenside access)";
  let description = [{
    Glenside `access`: the same dims `d`, split so that the shape is
    `d[0:axis]` and the item `d[axis:]`; `0 <= axis <= rank`.

    Example:
    ```mlir
    %1 = access.access %0 axis 1 : !access.pattern<[], [2, 3], f32> -> !access.pattern<[2], [3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input, I64Attr:$axis);
}

def Access_ToTensorOp : Access_Op<"to_tensor"> {
  let summary = "the tensor an access pattern views";
  let description = [{
    The tensor of dims `shape ++ item`, forgetting the split.

    Example:
    ```mlir
    %1 = access.to_tensor %0 : !access.pattern<[2], [3], f32> -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = [{
    $input attr-dict `:` qualified(type($input)) `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// Rearranging dims
//===----------------------------------------------------------------------===//

def Access_TransposeOp : Access_UnaryOp<"transpose", "$permutation"> {
  let summary = "permute the dims of an access pattern";
  let description = [{
    Glenside `access-transpose`: dim `i` of the result is dim
    `permutation[i]` of the input; `permutation` is a permutation of all the
    dims (shape and item together). The number of shape dims is unchanged.

    Example:
    ```mlir
    %1 = access.transpose %0 [2, 0, 1] : !access.pattern<[2], [3, 4], f32> -> !access.pattern<[4], [2, 3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input,
                       DenseI64ArrayAttr:$permutation);
}

def Access_PadOp : Access_UnaryOp<"pad",
    "custom<EnumKeyword>($pad_type) `axis` $axis `before` $before `after` "
    "$after"> {
  let summary = "pad one dim of an access pattern";
  let description = [{
    Glenside `access-pad`: dim `axis` (counted over all dims, shape then
    item) grows by `before + after` elements, filled with zero or, for
    `min`, the lowest value of the element type (`-inf` for floats). The
    split is unchanged.

    Example:
    ```mlir
    %1 = access.pad %0 zero axis 1 before 1 after 2 : !access.pattern<[2], [3], f32> -> !access.pattern<[2], [6], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input, I64Attr:$axis,
                       I64Attr:$before, I64Attr:$after,
                       Access_PadTypeAttr:$pad_type);
}

def Access_SliceOp : Access_UnaryOp<"slice",
    "`axis` $axis `from` $low `to` $high (`step` $step^)?"> {
  let summary = "slice one dim of an access pattern";
  let description = [{
    Glenside `access-slice`: dim `axis` (over all dims) keeps the indices
    `low, low + step, ...` below `high`, so it becomes
    `ceil((high - low) / step)`; `0 <= low < high <= dim` and `step >= 1`
    (1 when absent). The split is unchanged.

    Example:
    ```mlir
    %1 = access.slice %0 axis 1 from 1 to 6 step 2 : !access.pattern<[2], [8], f32> -> !access.pattern<[2], [3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input, I64Attr:$axis,
                       I64Attr:$low, I64Attr:$high,
                       DefaultValuedAttr<I64Attr, "1">:$step);
}

def Access_FlattenOp : Access_UnaryOp<"flatten"> {
  let summary = "flatten the shape and the item of an access pattern";
  let description = [{
    Glenside `access-flatten`: the shape becomes `[product(shape)]` and the
    item `[product(item)]`, in row-major order (an empty list has product
    1).

    Example:
    ```mlir
    %1 = access.flatten %0 : !access.pattern<[2, 3], [4, 5], f32> -> !access.pattern<[6], [20], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input);
}

def Access_ReshapeOp : Access_UnaryOp<"reshape",
    "`shape` $shape `item` $item_shape"> {
  let summary = "reshape the shape and the item of an access pattern";
  let description = [{
    Glenside `access-reshape`: the elements in row-major order, viewed with
    shape `shape` and item `item_shape`; each has as many elements as its
    counterpart in the input.

    Example:
    ```mlir
    %1 = access.reshape %0 shape [3, 2] item [2, 2] : !access.pattern<[6], [4], f32> -> !access.pattern<[3, 2], [2, 2], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input,
                       DenseI64ArrayAttr:$shape,
                       DenseI64ArrayAttr:$item_shape);
}

def Access_SqueezeOp : Access_UnaryOp<"squeeze", "`axis` $axis"> {
  let summary = "remove a dim of size 1";
  let description = [{
    Glenside `access-squeeze`: dim `axis` (over all dims), which must be 1,
    is removed from the shape or the item it belongs to.

    Example:
    ```mlir
    %1 = access.squeeze %0 axis 2 : !access.pattern<[2], [1, 3], f32> -> !access.pattern<[2], [3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input, I64Attr:$axis);
}

def Access_InsertAxisOp : Access_UnaryOp<"insert_axis", "`axis` $axis"> {
  let summary = "insert a dim of size 1";
  let description = [{
    Glenside `access-insert-axis`: a dim of size 1 becomes dim `axis` of the
    result, `0 <= axis <= rank`. It joins the shape when `axis` is at most
    the number of shape dims, the item otherwise.

    Example:
    ```mlir
    %1 = access.insert_axis %0 axis 1 : !access.pattern<[2], [3], f32> -> !access.pattern<[2, 1], [3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input, I64Attr:$axis);
}

def Access_BroadcastOp : Access_Op<"broadcast"> {
  let summary = "broadcast an access pattern to another's dims";
  let description = [{
    Glenside `access-broadcast`: the dims of `input` broadcast NumPy-style
    (aligned on the right, each 1 or equal) to the dims of `target`. The
    result has the dims and the split of `target` and the element type of
    `input`; only `target`'s type matters.

    Example:
    ```mlir
    %2 = access.broadcast %0 to %1 : !access.pattern<[], [3], f32>, !access.pattern<[2], [3], f32> -> !access.pattern<[2], [3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input, Access_PatternType:$target);
  let results = (outs Access_PatternType:$result);
  let assemblyFormat = [{
    $input `to` $target attr-dict `:` qualified(type($input)) `,`
    qualified(type($target)) `->` qualified(type($result))
  }];
}

//===----------------------------------------------------------------------===//
// Combining access patterns
//===----------------------------------------------------------------------===//

def Access_CartesianProductOp : Access_BinaryOp<"cartesian_product"> {
  let summary = "pair every item of one access pattern with every other's";
  let description = [{
    Glenside `access-cartesian-product`: both items have the same shape
    `item`; the result has shape `lhs.shape ++ rhs.shape` and item
    `[2] ++ item`, where element `[i..., j..., 0, k...]` is `lhs[i..., k...]`
    and `[i..., j..., 1, k...]` is `rhs[j..., k...]`.

    Example:
    ```mlir
    %2 = access.cartesian_product %0, %1 : !access.pattern<[2], [4], f32>, !access.pattern<[3], [4], f32> -> !access.pattern<[2, 3], [2, 4], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$lhs, Access_PatternType:$rhs);
}

def Access_PairOp : Access_BinaryOp<"pair"> {
  let summary = "pair the items of two access patterns of the same type";
  let description = [{
    Glenside `access-pair`: both operands have the same type; the result
    keeps the shape, and its item `[2] ++ item` holds the lhs item at 0 and
    the rhs item at 1.

    Example:
    ```mlir
    %2 = access.pair %0, %1 : !access.pattern<[2], [3], f32>, !access.pattern<[2], [3], f32> -> !access.pattern<[2], [2, 3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$lhs, Access_PatternType:$rhs);
}

def Access_ConcatenateOp : Access_BinaryOp<"concatenate", "`axis` $axis"> {
  let summary = "concatenate two access patterns along a dim";
  let description = [{
    Glenside `access-concatenate`: both operands have the same element type,
    the same split and the same dims except dim `axis` (over all dims), which
    becomes the sum of both.

    Example:
    ```mlir
    %2 = access.concatenate %0, %1 axis 1 : !access.pattern<[2], [3], f32>, !access.pattern<[2], [5], f32> -> !access.pattern<[2], [8], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$lhs, Access_PatternType:$rhs,
                       I64Attr:$axis);
}

//===----------------------------------------------------------------------===//
// Computing over items
//===----------------------------------------------------------------------===//

def Access_ComputeOp : Access_Op<"compute"> {
  let summary = "compute over every item of an access pattern";
  let description = [{
    Glenside `compute`: the shape is kept and every item is replaced by
    the result of `kind` on it:
    - `dot_product`: item `[n, rest...]` -> `[]`, the sum over the item of
      the product of its `n` slices along item axis 0;
    - `reduce_sum`, `reduce_max`, `reduce_mean`: item -> `[]`;
    - `relu`, `sqrt`, `negative`: elementwise, item unchanged;
    - `elementwise_add`, `elementwise_mul`, `elementwise_div`: item
      `[n, rest...]` -> `[rest...]`, folding item axis 0;
    - `softmax`: over the whole item, item unchanged.

    Example:
    ```mlir
    %1 = access.compute dot_product %0 : !access.pattern<[2, 3], [2, 4], f32> -> !access.pattern<[2, 3], [], f32>
    ```
  }];
  let arguments = (ins Access_ComputeKindAttr:$kind,
                       Access_PatternType:$input);
  let results = (outs Access_PatternType:$result);
  let assemblyFormat = [{
    custom<EnumKeyword>($kind) $input attr-dict `:` qualified(type($input))
    `->`
    qualified(type($result))
  }];
}

def Access_WindowsOp : Access_UnaryOp<"windows",
    "`window` $window_shape `strides` $strides"> {
  let summary = "sliding windows over the items of an access pattern";
  let description = [{
    Glenside `access-windows`: windows of shape `window_shape` slide over
    each item with steps `strides` (one value per item dim, windows no
    larger than the item, strides at least 1). The result has shape
    `shape ++ [(item[i] - window_shape[i]) / strides[i] + 1, ...]` and item
    `window_shape`.

    Example:
    ```mlir
    %1 = access.windows %0 window [3, 3] strides [1, 2] : !access.pattern<[1], [5, 7], f32> -> !access.pattern<[1, 3, 3], [3, 3], f32>
    ```
  }];
  let arguments = (ins Access_PatternType:$input,
                       DenseI64ArrayAttr:$window_shape,
                       DenseI64ArrayAttr:$strides);
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def Access_LiteralOp : Access_Op<"literal", [ConstantLike]> {
  let summary = "a constant access pattern";
  let description = [{
    Glenside `access-literal`: a scalar or tensor constant as an access
    pattern of shape `[]` whose item is the whole constant.

    Example:
    ```mlir
    %0 = access.literal dense<[1.0, 2.0]> : tensor<2xf32>
    ```
    has type `!access.pattern<[], [2], f32>`.
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Access_PatternType:$result);
  let assemblyFormat = "$value attr-dict";
  let hasFolder = 1;
}

#endif // FLEXMATCH_DIALECT_ACCESS_ACCESSOPS_TD
