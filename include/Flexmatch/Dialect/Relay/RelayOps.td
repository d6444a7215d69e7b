//===- RelayOps.td - Relay operators -----------------------*- tablegen -*-===//
//
// One op per Relay operator. Attribute names, types and defaults follow TVM's
// attribute structs, in their declaration order (the exporter prints them in
// this order, as TVM's printer does). Result types come from the type
// relations in lib/Dialect/Relay/TypeRelations.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_RELAY_RELAYOPS_TD
#define FLEXMATCH_DIALECT_RELAY_RELAYOPS_TD

include "Flexmatch/Dialect/Relay/RelayDialect.td"
include "Flexmatch/Dialect/Relay/RelayTypes.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/CallInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Attribute shorthands (Relay's attribute field types)
//===----------------------------------------------------------------------===//

class RInt<string default> : DefaultValuedAttr<I64Attr, default>;
class RFloat<string default> : DefaultValuedAttr<F64Attr, default>;
class RBool<string default> : DefaultValuedAttr<BoolAttr, default>;
class RStr<string default> : DefaultValuedAttr<StrAttr, "\"" # default # "\"">;
class RInts<string default> : DefaultValuedAttr<DenseI64ArrayAttr, default>;
def ROptInt : OptionalAttr<I64Attr>;
def ROptInts : OptionalAttr<DenseI64ArrayAttr>;
def RIntLists : TypedArrayAttrBase<DenseI64ArrayAttr, "array of i64 arrays">;
def RIntOrInts : AnyAttrOf<[I64Attr, DenseI64ArrayAttr]>;

//===----------------------------------------------------------------------===//
// Op classes
//===----------------------------------------------------------------------===//

class Relay_Op<string mnemonic, list<Trait> traits = []> :
    Op<Relay_Dialect, mnemonic, traits>;

// An operator whose result type is given by a Relay type relation. All of
// them print uniformly, e.g.
//   %0 = relay.nn.conv2d %x, %w {strides = array<i64: 2, 2>}
//          : (tensor<1x3x32x32xf32>, tensor<8x3x3x3xf32>) -> tensor<1x8x15x15xf32>
class Relay_ComputeOp<string mnemonic, list<Trait> traits = []> :
    Relay_Op<mnemonic, !listconcat([Pure, InferTypeOpAdaptor], traits)> {
  let results = (outs AnyType:$result);
  let assemblyFormat =
      "operands attr-dict `:` functional-type(operands, results)";
}

// Defines inferReturnTypes by calling a shared relation `rel` with the op's
// adaptor; `rel` is declared in TypeRelations.h.
class Relay_RelOp<string mnemonic, string rel, list<Trait> traits = []> :
    Relay_ComputeOp<mnemonic, traits> {
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &results) {
      // Absent attributes take Relay's defaults, and attribute kinds are
      // checked first: the typed getters the relation uses assume both.
      ::mlir::NamedAttrList filled(adaptor.getAttributes());
      $cppClass::populateDefaultAttrs(
          ::mlir::OperationName($cppClass::getOperationName(), context),
          filled);
      Adaptor full(adaptor.getOperands(), filled.getDictionary(context),
                   {}, ::mlir::RegionRange());
      if (::mlir::failed(full.verify(
              location ? *location : ::mlir::UnknownLoc::get(context))))
        return ::mlir::failure();
      return }] # rel # [{(location, $cppClass::getOperationName(), full,
                           results);
    }
  }];
}

class Relay_UnaryOp<string mnemonic, string what> :
    Relay_RelOp<mnemonic, "inferIdentity"> {
  let summary = "elementwise " # what;
  let description = "Relay `" # mnemonic # "`: " # what # [{ of each
    element; the result has the type of the operand.

    Example:
    ```mlir
    %1 = relay.}] # mnemonic # [{ %0 : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data);
}

class Relay_BinaryOp<string mnemonic, string what, string rel = "inferBroadcast"> :
    Relay_RelOp<mnemonic, rel> {
  let summary = "elementwise " # what # " with broadcasting";
  let description = "Relay `" # mnemonic # "`: " # what # [{ of the two
    operands after NumPy broadcasting; both have the same element type.

    Example:
    ```mlir
    %2 = relay.}] # mnemonic # [{ %0, %1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$lhs, AnyType:$rhs);
}

class Relay_CompareOp<string mnemonic, string what> :
    Relay_BinaryOp<mnemonic, what, "inferBroadcastCompare"> {
  let summary = "elementwise comparison " # what # " with broadcasting";
}

class Relay_ReduceOp<string mnemonic, string what, string rel = "inferReduce"> :
    Relay_RelOp<mnemonic, rel> {
  let summary = what # " over axes";
  let description = "Relay `" # mnemonic # "`: " # what # [{ over `axis`
    (all axes when absent; the complement when `exclude`), keeping reduced
    axes as size 1 when `keepdims`.

    Example:
    ```mlir
    %1 = relay.}] # mnemonic # [{ %0 {axis = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, ROptInts:$axis, RBool<"false">:$keepdims,
                       RBool<"false">:$exclude);
}

class Relay_ArgReduceOp<string mnemonic, string what> :
    Relay_ReduceOp<mnemonic, what, "inferArgReduce"> {
  let arguments = (ins AnyType:$data, ROptInts:$axis, RBool<"false">:$keepdims,
                       RBool<"false">:$exclude, RBool<"false">:$select_last_index);
}

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

def Relay_ReluOp : Relay_UnaryOp<"nn.relu", "max(x, 0)">;
def Relay_SigmoidOp : Relay_UnaryOp<"sigmoid", "1 / (1 + exp(-x))">;
def Relay_TanhOp : Relay_UnaryOp<"tanh", "hyperbolic tangent">;
def Relay_SqrtOp : Relay_UnaryOp<"sqrt", "square root">;
def Relay_RsqrtOp : Relay_UnaryOp<"rsqrt", "reciprocal square root">;
def Relay_NegativeOp : Relay_UnaryOp<"negative", "negation">;
def Relay_ExpOp : Relay_UnaryOp<"exp", "natural exponential">;
def Relay_LogOp : Relay_UnaryOp<"log", "natural logarithm">;
def Relay_ErfOp : Relay_UnaryOp<"erf", "Gauss error function">;
def Relay_RoundOp : Relay_UnaryOp<"round", "rounding to nearest, ties to even">;
def Relay_FloorOp : Relay_UnaryOp<"floor", "rounding down">;
def Relay_CeilOp : Relay_UnaryOp<"ceil", "rounding up">;
def Relay_TruncOp : Relay_UnaryOp<"trunc", "rounding toward zero">;
def Relay_AbsOp : Relay_UnaryOp<"abs", "absolute value">;
def Relay_SignOp : Relay_UnaryOp<"sign", "sign (-1, 0 or 1)">;
def Relay_SinOp : Relay_UnaryOp<"sin", "sine">;
def Relay_CosOp : Relay_UnaryOp<"cos", "cosine">;
def Relay_CopyOp : Relay_UnaryOp<"copy", "copy">;
def Relay_LogicalNotOp : Relay_UnaryOp<"logical_not", "boolean negation">;
def Relay_ZerosLikeOp : Relay_UnaryOp<"zeros_like", "zero">;
def Relay_OnesLikeOp : Relay_UnaryOp<"ones_like", "one">;
def Relay_StopGradientOp : Relay_UnaryOp<"stop_gradient", "identity">;

def Relay_AddOp : Relay_BinaryOp<"add", "sum">;
def Relay_SubtractOp : Relay_BinaryOp<"subtract", "difference">;
def Relay_MultiplyOp : Relay_BinaryOp<"multiply", "product">;
def Relay_DivideOp : Relay_BinaryOp<"divide", "quotient">;
def Relay_PowerOp : Relay_BinaryOp<"power", "power">;
def Relay_MaximumOp : Relay_BinaryOp<"maximum", "maximum">;
def Relay_MinimumOp : Relay_BinaryOp<"minimum", "minimum">;
def Relay_FloorDivideOp : Relay_BinaryOp<"floor_divide", "floored quotient">;
def Relay_FloorModOp : Relay_BinaryOp<"floor_mod", "floored remainder">;
def Relay_ModOp : Relay_BinaryOp<"mod", "truncated remainder">;
def Relay_LogicalAndOp : Relay_BinaryOp<"logical_and", "boolean and">;
def Relay_LogicalOrOp : Relay_BinaryOp<"logical_or", "boolean or">;
def Relay_LessOp : Relay_CompareOp<"less", "<">;
def Relay_GreaterOp : Relay_CompareOp<"greater", ">">;
def Relay_LessEqualOp : Relay_CompareOp<"less_equal", "<=">;
def Relay_GreaterEqualOp : Relay_CompareOp<"greater_equal", ">=">;
def Relay_EqualOp : Relay_CompareOp<"equal", "==">;
def Relay_NotEqualOp : Relay_CompareOp<"not_equal", "!=">;

def Relay_WhereOp : Relay_RelOp<"where", "inferWhere"> {
  let summary = "elementwise selection";
  let description = [{
    Relay `where(condition, x, y)`: `x` where `condition` holds, else `y`;
    the three operands broadcast together.

    Example:
    ```mlir
    %3 = relay.where %c, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins AnyType:$condition, AnyType:$x, AnyType:$y);
}

def Relay_ClipOp : Relay_RelOp<"clip", "inferIdentity"> {
  let summary = "clamp to [a_min, a_max]";
  let description = [{
    Relay `clip`: each element clamped to `[a_min, a_max]`.

    Example:
    ```mlir
    %1 = relay.clip %0 {a_max = 6.0 : f64, a_min = 0.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, F64Attr:$a_min, F64Attr:$a_max);
}

def Relay_CastOp : Relay_ComputeOp<"cast"> {
  let summary = "element type conversion";
  let description = [{
    Relay `cast`: converts every element to `dtype` (a Relay dtype name).

    Example:
    ```mlir
    %1 = relay.cast %0 {dtype = "int32"} : (tensor<4xf32>) -> tensor<4xi32>
    ```
  }];
  let arguments = (ins AnyType:$data, StrAttr:$dtype);
}

def Relay_CastLikeOp : Relay_ComputeOp<"cast_like"> {
  let summary = "element type conversion to another tensor's type";
  let description = [{
    Relay `cast_like(data, dtype_like)`: converts `data` to the element type
    of `dtype_like`.

    Example:
    ```mlir
    %2 = relay.cast_like %0, %1 : (tensor<4xf32>, tensor<2xi8>) -> tensor<4xi8>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$dtype_like);
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

def Relay_SumOp : Relay_ReduceOp<"sum", "sum">;
def Relay_MeanOp : Relay_ReduceOp<"mean", "arithmetic mean">;
def Relay_MaxOp : Relay_ReduceOp<"max", "maximum">;
def Relay_MinOp : Relay_ReduceOp<"min", "minimum">;
def Relay_ProdOp : Relay_ReduceOp<"prod", "product">;
def Relay_AllOp : Relay_ReduceOp<"all", "boolean and">;
def Relay_AnyOp : Relay_ReduceOp<"any", "boolean or">;
def Relay_ArgmaxOp : Relay_ArgReduceOp<"argmax", "index of the maximum">;
def Relay_ArgminOp : Relay_ArgReduceOp<"argmin", "index of the minimum">;

//===----------------------------------------------------------------------===//
// Convolutions
//===----------------------------------------------------------------------===//

class Relay_ConvOp<string mnemonic, int rank, string ones, string zeros,
                   string dataLayout, string kernelLayout, string rel,
                   bit hasOutLayout = 1> :
    Relay_RelOp<mnemonic, rel> {
  let summary = rank # "-d convolution";
  let description = "Relay `" # mnemonic # [{`: convolution of `data` with
    `weight` under `strides`, `padding` (begin values then end values, or
    one value per side pair), `dilation` and `groups`, in the layouts named by
    `data_layout` and `kernel_layout` (default }] # dataLayout # " / " #
    kernelLayout # [{). `channels` and `kernel_size`, when present, must match
    the weight.

    Example:
    ```mlir
    %2 = relay.}] # mnemonic # [{ %0, %1 {padding = ...} : (...) -> ...
    ```
  }];
  let arguments = !con((ins AnyType:$data, AnyType:$weight,
      RInts<ones>:$strides, RInts<zeros>:$padding, RInts<ones>:$dilation,
      RInt<"1">:$groups, ROptInt:$channels, ROptInts:$kernel_size,
      RStr<dataLayout>:$data_layout, RStr<kernelLayout>:$kernel_layout),
      !if(hasOutLayout, (ins RStr<"">:$out_layout), (ins)),
      (ins RStr<"">:$out_dtype));
}

def Relay_Conv1DOp : Relay_ConvOp<"nn.conv1d", 1, "{1}", "{0, 0}", "NCW", "OIW",
                                  "inferConv", 0>;
def Relay_Conv2DOp : Relay_ConvOp<"nn.conv2d", 2, "{1, 1}", "{0, 0}",
                                  "NCHW", "OIHW", "inferConv">;
def Relay_Conv3DOp : Relay_ConvOp<"nn.conv3d", 3, "{1, 1, 1}",
                                  "{0, 0, 0}", "NCDHW", "OIDHW",
                                  "inferConv">;

class Relay_ConvTransposeOp<string mnemonic, int rank, string ones,
                            string zeros, string dataLayout,
                            string kernelLayout> :
    Relay_RelOp<mnemonic, "inferConvTranspose"> {
  let summary = rank # "-d transposed convolution";
  let description = "Relay `" # mnemonic # [{`: the gradient of a
    convolution with respect to its input; the output spatial size is
    `(in - 1) * stride - pad_begin - pad_end + dilation * (k - 1) + 1 +
    output_padding`. As in TVM of the 3LA era, the weight is
    `[in_channels, out_channels / groups, k...]` whatever `kernel_layout`
    says about the order of its two channel axes.

    Example:
    ```mlir
    %2 = relay.}] # mnemonic # [{ %0, %1 {strides = ...} : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$weight,
      ROptInt:$channels, ROptInts:$kernel_size,
      RInts<ones>:$strides, RInts<!subst("1", "0", ones)>:$output_padding,
      RInts<zeros>:$padding, RInts<ones>:$dilation,
      RInt<"1">:$groups, RStr<dataLayout>:$data_layout,
      RStr<kernelLayout>:$kernel_layout, RStr<"">:$out_layout,
      RStr<"">:$out_dtype);
}

def Relay_Conv2DTransposeOp : Relay_ConvTransposeOp<"nn.conv2d_transpose", 2,
    "{1, 1}", "{0, 0}", "NCHW", "OIHW">;
def Relay_Conv3DTransposeOp : Relay_ConvTransposeOp<"nn.conv3d_transpose", 3,
    "{1, 1, 1}", "{0, 0, 0}", "NCDHW", "OIDHW">;

//===----------------------------------------------------------------------===//
// Dense and matrix products
//===----------------------------------------------------------------------===//

def Relay_DenseOp : Relay_RelOp<"nn.dense", "inferDense"> {
  let summary = "fully connected layer without bias: x * w^T";
  let description = [{
    Relay `nn.dense(data, weight)`: `data[..., k] x weight[n, k]` gives
    `[..., n]`.

    Example:
    ```mlir
    %2 = relay.nn.dense %x, %w : (tensor<4x768xf32>, tensor<64x768xf32>) -> tensor<4x64xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$weight, ROptInt:$units,
                       RStr<"">:$out_dtype);
}

def Relay_MatmulOp : Relay_RelOp<"nn.matmul", "inferMatmul"> {
  let summary = "matrix product with optional transposes";
  let description = [{
    Relay `nn.matmul(a, b)`: `a x b`, either operand transposed first.

    Example:
    ```mlir
    %2 = relay.nn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
    ```
  }];
  let arguments = (ins AnyType:$tensor_a, AnyType:$tensor_b, ROptInt:$units,
                       RStr<"">:$out_dtype, RBool<"false">:$transpose_a,
                       RBool<"false">:$transpose_b);
}

def Relay_BatchMatmulOp : Relay_RelOp<"nn.batch_matmul", "inferBatchMatmul"> {
  let summary = "batched matrix product";
  let description = [{
    Relay `nn.batch_matmul(a, b)`: per batch `a x b`, either operand
    transposed first (TVM's Python API sets `transpose_b`); the batch
    dimension broadcasts from 1.

    Example:
    ```mlir
    %2 = relay.nn.batch_matmul %x, %y {transpose_b = true} : (tensor<8x4x16xf32>, tensor<8x5x16xf32>) -> tensor<8x4x5xf32>
    ```
  }];
  let arguments = (ins AnyType:$tensor_a, AnyType:$tensor_b,
                       RStr<"">:$out_dtype, RBool<"false">:$transpose_a,
                       RBool<"false">:$transpose_b);
}

def Relay_BiasAddOp : Relay_RelOp<"nn.bias_add", "inferBiasAdd"> {
  let summary = "add a bias vector along one axis";
  let description = [{
    Relay `nn.bias_add(data, bias)`: adds the rank-1 `bias` along `axis`.

    Example:
    ```mlir
    %2 = relay.nn.bias_add %x, %b : (tensor<1x64x8x8xf32>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$bias, RInt<"1">:$axis);
}

//===----------------------------------------------------------------------===//
// Normalisation
//===----------------------------------------------------------------------===//

def Relay_BatchNormOp : Relay_RelOp<"nn.batch_norm", "inferBatchNorm"> {
  let summary = "batch normalisation (inference form), a 3-tuple";
  let description = [{
    Relay `nn.batch_norm(data, gamma, beta, moving_mean, moving_var)`:
    returns the tuple (normalised data, moving_mean, moving_var).

    Example:
    ```mlir
    %5 = relay.nn.batch_norm %x, %g, %b, %m, %v : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tuple<tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$gamma, AnyType:$beta,
                       AnyType:$moving_mean, AnyType:$moving_var,
                       RInt<"1">:$axis, RFloat<"1e-05">:$epsilon,
                       RBool<"true">:$center, RBool<"true">:$scale);
}

class Relay_NormOp<string mnemonic, string what, string axisDefault> :
    Relay_RelOp<mnemonic, "inferNorm"> {
  let summary = what;
  let description = "Relay `" # mnemonic # [{(data, gamma, beta)`: }] # what #
    [{ with learned scale `gamma` and shift `beta` along `axis`.

    Example:
    ```mlir
    %3 = relay.}] # mnemonic # [{ %x, %g, %b : (tensor<4x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<4x64xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$gamma, AnyType:$beta,
                       RInt<axisDefault>:$axis, RFloat<"1e-05">:$epsilon,
                       RBool<"true">:$center, RBool<"true">:$scale);
}

def Relay_LayerNormOp : Relay_NormOp<"nn.layer_norm", "layer normalisation", "-1">;
def Relay_InstanceNormOp : Relay_NormOp<"nn.instance_norm",
                                        "instance normalisation", "1">;

def Relay_GroupNormOp : Relay_RelOp<"nn.group_norm", "inferNorm"> {
  let summary = "group normalisation";
  let description = [{
    Relay `nn.group_norm(data, gamma, beta)`: normalises each of
    `num_groups` channel groups.

    Example:
    ```mlir
    %3 = relay.nn.group_norm %x, %g, %b {num_groups = 2 : i64} : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$gamma, AnyType:$beta,
                       RInt<"0">:$num_groups, RInt<"1">:$axis,
                       RFloat<"1e-05">:$epsilon, RBool<"true">:$center,
                       RBool<"true">:$scale);
}

def Relay_L2NormalizeOp : Relay_RelOp<"nn.l2_normalize", "inferIdentity"> {
  let summary = "L2 normalisation over axes";
  let description = [{
    Relay `nn.l2_normalize`: `x / sqrt(max(sum(x^2, axis), eps))`.

    Example:
    ```mlir
    %1 = relay.nn.l2_normalize %0 {axis = array<i64: 1>, eps = 1.0e-10 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, F64Attr:$eps, DenseI64ArrayAttr:$axis);
}

def Relay_SoftmaxOp : Relay_RelOp<"nn.softmax", "inferIdentity"> {
  let summary = "softmax along an axis";
  let description = [{
    Relay `nn.softmax`: `exp(x) / sum(exp(x), axis)`.

    Example:
    ```mlir
    %1 = relay.nn.softmax %0 : (tensor<2x10xf32>) -> tensor<2x10xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RInt<"-1">:$axis);
}

def Relay_LogSoftmaxOp : Relay_RelOp<"nn.log_softmax", "inferIdentity"> {
  let summary = "log of softmax along an axis";
  let description = [{
    Relay `nn.log_softmax`: `x - log(sum(exp(x), axis))`.

    Example:
    ```mlir
    %1 = relay.nn.log_softmax %0 {axis = 1 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RInt<"-1">:$axis);
}

def Relay_LeakyReluOp : Relay_RelOp<"nn.leaky_relu", "inferIdentity"> {
  let summary = "leaky rectifier";
  let description = [{
    Relay `nn.leaky_relu`: `x` where positive, `alpha * x` elsewhere.

    Example:
    ```mlir
    %1 = relay.nn.leaky_relu %0 {alpha = 1.0e-01 : f64} : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RFloat<"0.25">:$alpha);
}

def Relay_PReluOp : Relay_RelOp<"nn.prelu", "inferPRelu"> {
  let summary = "parametric rectifier";
  let description = [{
    Relay `nn.prelu(data, alpha)`: `x` where positive, `alpha[c] * x`
    elsewhere, `c` the index along `axis`.

    Example:
    ```mlir
    %2 = relay.nn.prelu %0, %a : (tensor<1x8x4x4xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$alpha, RInt<"1">:$axis);
}

def Relay_DropoutOp : Relay_RelOp<"nn.dropout", "inferDropout"> {
  let summary = "dropout (identity at inference), a 2-tuple";
  let description = [{
    Relay `nn.dropout`: returns the tuple (output, mask), both of the input
    type.

    Example:
    ```mlir
    %1 = relay.nn.dropout %0 {rate = 1.0e-01 : f64} : (tensor<4xf32>) -> tuple<tensor<4xf32>, tensor<4xf32>>
    ```
  }];
  let arguments = (ins AnyType:$data, RFloat<"0.5">:$rate);
}

def Relay_LRNOp : Relay_RelOp<"nn.lrn", "inferIdentity"> {
  let summary = "local response normalisation";
  let description = [{
    Relay `nn.lrn`: normalises over `size` neighbouring channels.

    Example:
    ```mlir
    %1 = relay.nn.lrn %0 : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RInt<"5">:$size, RInt<"1">:$axis,
                       RFloat<"2.0">:$bias, RFloat<"0.0001">:$alpha,
                       RFloat<"0.75">:$beta);
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

class Relay_PoolOp<string mnemonic, int rank, string ones, string zeros,
                   string layout, bit isAvg> :
    Relay_RelOp<mnemonic, "inferPool"> {
  let summary = rank # "-d " # !if(isAvg, "average", "max") # " pooling";
  let description = "Relay `" # mnemonic # [{`: pooling windows of
    `pool_size` at `strides`, with `dilation` and `padding` (begin values then
    end values), in `layout`; `ceil_mode` rounds the output size up.

    Example:
    ```mlir
    %1 = relay.}] # mnemonic # [{ %0 {pool_size = ...} : (...) -> ...
    ```
  }];
  let arguments = !con(
      (ins AnyType:$data, DenseI64ArrayAttr:$pool_size, RInts<ones>:$strides,
           RInts<ones>:$dilation, RInts<zeros>:$padding, RStr<layout>:$layout,
           RStr<"">:$out_layout, RBool<"false">:$ceil_mode),
      !if(isAvg, (ins RBool<"false">:$count_include_pad), (ins)));
}

def Relay_MaxPool1DOp : Relay_PoolOp<"nn.max_pool1d", 1, "{1}", "{0}", "NCW", 0>;
def Relay_MaxPool2DOp : Relay_PoolOp<"nn.max_pool2d", 2, "{1, 1}", "{0, 0}", "NCHW", 0>;
def Relay_MaxPool3DOp : Relay_PoolOp<"nn.max_pool3d", 3, "{1, 1, 1}", "{0, 0, 0}", "NCDHW", 0>;
def Relay_AvgPool1DOp : Relay_PoolOp<"nn.avg_pool1d", 1, "{1}", "{0}", "NCW", 1>;
def Relay_AvgPool2DOp : Relay_PoolOp<"nn.avg_pool2d", 2, "{1, 1}", "{0, 0}", "NCHW", 1>;
def Relay_AvgPool3DOp : Relay_PoolOp<"nn.avg_pool3d", 3, "{1, 1, 1}", "{0, 0, 0}", "NCDHW", 1>;

class Relay_GlobalPoolOp<string mnemonic, string what> :
    Relay_RelOp<mnemonic, "inferGlobalPool"> {
  let summary = "global " # what # " pooling over H and W";
  let description = "Relay `" # mnemonic # [{`: one value per channel.

    Example:
    ```mlir
    %1 = relay.}] # mnemonic # [{ %0 : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RStr<"NCHW">:$layout,
                       RStr<"">:$out_layout);
}

def Relay_GlobalAvgPool2DOp : Relay_GlobalPoolOp<"nn.global_avg_pool2d", "average">;
def Relay_GlobalMaxPool2DOp : Relay_GlobalPoolOp<"nn.global_max_pool2d", "max">;

class Relay_AdaptivePoolOp<string mnemonic, string what> :
    Relay_RelOp<mnemonic, "inferAdaptivePool"> {
  let summary = "adaptive " # what # " pooling to a given output size";
  let description = "Relay `" # mnemonic # [{`: pools H and W down to
    `output_size` (one value for both, two for H and W, none to keep them).

    Example:
    ```mlir
    %1 = relay.}] # mnemonic # [{ %0 {output_size = array<i64: 1, 1>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RInts<"{}">:$output_size,
                       RStr<"NCHW">:$layout, RStr<"">:$out_layout);
}

def Relay_AdaptiveAvgPool2DOp : Relay_AdaptivePoolOp<"nn.adaptive_avg_pool2d", "average">;
def Relay_AdaptiveMaxPool2DOp : Relay_AdaptivePoolOp<"nn.adaptive_max_pool2d", "max">;

//===----------------------------------------------------------------------===//
// Resizing and padding
//===----------------------------------------------------------------------===//

def Relay_PadOp : Relay_RelOp<"nn.pad", "inferPad"> {
  let summary = "pad with a value, by edge or by reflection";
  let description = [{
    Relay `nn.pad(data, pad_value)`: `pad_width` holds one `[before, after]`
    pair per axis.

    Example:
    ```mlir
    %2 = relay.nn.pad %0, %c {pad_width = [array<i64: 0, 0>, array<i64: 1, 1>]} : (tensor<2x3xf32>, tensor<i32>) -> tensor<2x5xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$pad_value, RIntLists:$pad_width,
                       RStr<"constant">:$pad_mode);
}

def Relay_UpSamplingOp : Relay_RelOp<"nn.upsampling", "inferUpSampling"> {
  let summary = "spatial upsampling by scale factors";
  let description = [{
    Relay `nn.upsampling`: H and W multiplied by `scale_h` and `scale_w`
    (rounded to nearest), by `method`.

    Example:
    ```mlir
    %1 = relay.nn.upsampling %0 {scale_h = 2.0 : f64, scale_w = 2.0 : f64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x8x8xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, F64Attr:$scale_h, F64Attr:$scale_w, RStr<"NCHW">:$layout,
                       RStr<"nearest_neighbor">:$method,
                       RBool<"false">:$align_corners);
}

def Relay_Resize2DOp : Relay_RelOp<"image.resize2d", "inferResize2D"> {
  let summary = "image resize to a given size";
  let description = [{
    Relay `image.resize2d`: H and W become `size`, interpolated by `method`.

    Example:
    ```mlir
    %1 = relay.image.resize2d %0 {size = array<i64: 8, 8>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, DenseI64ArrayAttr:$size,
      OptionalAttr<DenseF64ArrayAttr>:$roi,
      RStr<"NCHW">:$layout, RStr<"linear">:$method,
      RStr<"half_pixel">:$coordinate_transformation_mode,
      RStr<"round">:$rounding_method, RFloat<"-0.5">:$cubic_alpha,
      RInt<"0">:$cubic_exclude, RFloat<"0.0">:$extrapolation_value,
      RStr<"">:$out_dtype);
}

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

def Relay_BatchFlattenOp : Relay_RelOp<"nn.batch_flatten", "inferBatchFlatten"> {
  let summary = "flatten all but the first axis";
  let description = [{
    Relay `nn.batch_flatten`: `[n, d1, ..., dk]` becomes `[n, d1*...*dk]`.

    Example:
    ```mlir
    %1 = relay.nn.batch_flatten %0 : (tensor<1x8x2x2xf32>) -> tensor<1x32xf32>
    ```
  }];
  let arguments = (ins AnyType:$data);
}

def Relay_ReshapeOp : Relay_RelOp<"reshape", "inferReshape"> {
  let summary = "reshape, with Relay's special values";
  let description = [{
    Relay `reshape`: `newshape` may use 0 (copy the input dim), -1 (infer),
    -2 (copy the remaining dims), -3 (merge two dims) and -4 (split a dim in
    the next two values).

    Example:
    ```mlir
    %1 = relay.reshape %0 {newshape = array<i64: 0, -1>} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, DenseI64ArrayAttr:$newshape);
}

def Relay_ReshapeLikeOp : Relay_RelOp<"reshape_like", "inferReshapeLike"> {
  let summary = "reshape to another tensor's shape";
  let description = [{
    Relay `reshape_like(data, shape_like)`.

    Example:
    ```mlir
    %2 = relay.reshape_like %0, %1 : (tensor<6xf32>, tensor<2x3xi8>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$shape_like);
}

def Relay_TransposeOp : Relay_RelOp<"transpose", "inferTranspose"> {
  let summary = "permute axes";
  let description = [{
    Relay `transpose`: permutes axes by `axes` (reverses them when absent).

    Example:
    ```mlir
    %1 = relay.transpose %0 {axes = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, ROptInts:$axes);
}

def Relay_ExpandDimsOp : Relay_RelOp<"expand_dims", "inferExpandDims"> {
  let summary = "insert size-1 axes";
  let description = [{
    Relay `expand_dims`: inserts `num_newaxis` axes of size 1 at `axis`.

    Example:
    ```mlir
    %1 = relay.expand_dims %0 {axis = 1 : i64, num_newaxis = 2 : i64} : (tensor<8xf32>) -> tensor<8x1x1xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, I64Attr:$axis, RInt<"1">:$num_newaxis);
}

def Relay_SqueezeOp : Relay_RelOp<"squeeze", "inferSqueeze"> {
  let summary = "remove size-1 axes";
  let description = [{
    Relay `squeeze`: removes the axes in `axis` (all size-1 axes if absent).

    Example:
    ```mlir
    %1 = relay.squeeze %0 {axis = array<i64: 0>} : (tensor<1x8xf32>) -> tensor<8xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, ROptInts:$axis);
}

def Relay_ConcatenateOp : Relay_RelOp<"concatenate", "inferConcatenate"> {
  let summary = "join a tuple of tensors along an axis";
  let description = [{
    Relay `concatenate(tuple)`.

    Example:
    ```mlir
    %2 = relay.concatenate %t {axis = 1 : i64} : (tuple<tensor<2x3xf32>, tensor<2x1xf32>>) -> tensor<2x4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RInt<"0">:$axis);
}

def Relay_StackOp : Relay_RelOp<"stack", "inferStack"> {
  let summary = "stack a tuple of tensors along a new axis";
  let description = [{
    Relay `stack(tuple)`.

    Example:
    ```mlir
    %2 = relay.stack %t : (tuple<tensor<3xf32>, tensor<3xf32>>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, RInt<"0">:$axis);
}

def Relay_SplitOp : Relay_RelOp<"split", "inferSplit"> {
  let summary = "split into a tuple of tensors";
  let description = [{
    Relay `split`: into `indices_or_sections` equal parts (an integer) or at
    the given indices (an array) along `axis`.

    Example:
    ```mlir
    %1 = relay.split %0 {indices_or_sections = 2 : i64} : (tensor<4x2xf32>) -> tuple<tensor<2x2xf32>, tensor<2x2xf32>>
    ```
  }];
  let arguments = (ins AnyType:$data, RIntOrInts:$indices_or_sections,
                       RInt<"0">:$axis);
}

def Relay_StridedSliceOp : Relay_RelOp<"strided_slice", "inferStridedSlice"> {
  let summary = "strided slice";
  let description = [{
    Relay `strided_slice`: `begin`, `end` and `strides` per axis (or per
    axis of `axes`); `slice_mode = "size"` reads `end` as sizes.

    Example:
    ```mlir
    %1 = relay.strided_slice %0 {begin = array<i64: 0, 1>, end = array<i64: 2, 3>, strides = array<i64: 1>} : (tensor<2x4xf32>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, DenseI64ArrayAttr:$begin,
                       DenseI64ArrayAttr:$end, ROptInts:$strides,
                       RStr<"end">:$slice_mode, ROptInts:$axes);
}

def Relay_TakeOp : Relay_RelOp<"take", "inferTake"> {
  let summary = "gather elements by index";
  let description = [{
    Relay `take(data, indices)` along `axis` (of the flattened data when
    absent).

    Example:
    ```mlir
    %2 = relay.take %0, %i {axis = 0 : i64} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$indices, RInt<"0">:$batch_dims,
                       ROptInt:$axis, RStr<"clip">:$mode);
}

def Relay_BroadcastToOp : Relay_RelOp<"broadcast_to", "inferBroadcastTo"> {
  let summary = "broadcast to a shape";
  let description = [{
    Relay `broadcast_to`.

    Example:
    ```mlir
    %1 = relay.broadcast_to %0 {shape = array<i64: 2, 3>} : (tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, DenseI64ArrayAttr:$shape,
                       RStr<"">:$dtype);
}

def Relay_TileOp : Relay_RelOp<"tile", "inferTile"> {
  let summary = "repeat the whole tensor along axes";
  let description = [{
    Relay `tile`.

    Example:
    ```mlir
    %1 = relay.tile %0 {reps = array<i64: 2, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, DenseI64ArrayAttr:$reps);
}

def Relay_RepeatOp : Relay_RelOp<"repeat", "inferRepeat"> {
  let summary = "repeat each element along an axis";
  let description = [{
    Relay `repeat`.

    Example:
    ```mlir
    %1 = relay.repeat %0 {repeats = 2 : i64, axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, I64Attr:$repeats, I64Attr:$axis);
}

def Relay_ReverseOp : Relay_RelOp<"reverse", "inferIdentity"> {
  let summary = "reverse along an axis";
  let description = [{
    Relay `reverse`.

    Example:
    ```mlir
    %1 = relay.reverse %0 {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, I64Attr:$axis);
}

def Relay_ShapeOfOp : Relay_RelOp<"shape_of", "inferShapeOf"> {
  let summary = "the shape as a tensor";
  let description = [{
    Relay `shape_of`: a rank-1 tensor of `dtype` (int32 when empty) holding
    the input's dims.

    Example:
    ```mlir
    %1 = relay.shape_of %0 : (tensor<2x3xf32>) -> tensor<2xi32>
    ```
  }];
  let arguments = (ins AnyType:$data, RStr<"">:$dtype);
}

def Relay_ArangeOp : Relay_RelOp<"arange", "inferArange"> {
  let summary = "evenly spaced values in [start, stop)";
  let description = [{
    Relay `arange(start, stop, step)`: the length is known when the three
    operands are constants, dynamic otherwise.

    Example:
    ```mlir
    %3 = relay.arange %a, %b, %c {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
    ```
  }];
  let arguments = (ins AnyType:$start, AnyType:$stop, AnyType:$step,
                       StrAttr:$dtype);
}

def Relay_FullOp : Relay_RelOp<"full", "inferFull"> {
  let summary = "a tensor filled with a scalar";
  let description = [{
    Relay `full(fill_value)` with `shape` and `dtype` (the fill value's
    dtype when empty).

    Example:
    ```mlir
    %1 = relay.full %0 {shape = array<i64: 2, 3>} : (tensor<f32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$fill_value, DenseI64ArrayAttr:$shape,
                       RStr<"">:$dtype);
}

class Relay_FillOp<string mnemonic, string what> :
    Relay_RelOp<mnemonic, "inferFill"> {
  let summary = "a tensor of " # what;
  let description = "Relay `" # mnemonic # [{` with `shape` and `dtype`
    (float32 when empty).

    Example:
    ```mlir
    %0 = relay.}] # mnemonic # [{ {dtype = "float32", shape = array<i64: 2>} : () -> tensor<2xf32>
    ```
  }];
  let arguments = (ins DenseI64ArrayAttr:$shape, RStr<"">:$dtype);
}

def Relay_ZerosOp : Relay_FillOp<"zeros", "zeros">;
def Relay_OnesOp : Relay_FillOp<"ones", "ones">;

def Relay_FullLikeOp : Relay_RelOp<"full_like", "inferFullLike"> {
  let summary = "a tensor shaped like another, filled with a scalar";
  let description = [{
    Relay `full_like(data, fill_value)`.

    Example:
    ```mlir
    %2 = relay.full_like %0, %1 : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$fill_value);
}

def Relay_OneHotOp : Relay_RelOp<"one_hot", "inferOneHot"> {
  let summary = "one-hot encoding";
  let description = [{
    Relay `one_hot(indices, on_value, off_value)`: a new axis of `depth`.

    Example:
    ```mlir
    %3 = relay.one_hot %i, %on, %off {depth = 4 : i64, dtype = "float32"} : (tensor<3xi32>, tensor<f32>, tensor<f32>) -> tensor<3x4xf32>
    ```
  }];
  let arguments = (ins AnyType:$indices, AnyType:$on_value, AnyType:$off_value,
                       RInt<"1">:$depth, RInt<"-1">:$axis, RStr<"">:$dtype);
}

def Relay_GatherOp : Relay_RelOp<"gather", "inferGather"> {
  let summary = "gather along an axis by an index tensor";
  let description = [{
    Relay `gather(data, indices)`: the result has the shape of `indices`.

    Example:
    ```mlir
    %2 = relay.gather %0, %i {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$indices, I64Attr:$axis);
}

def Relay_LayoutTransformOp : Relay_RelOp<"layout_transform",
                                          "inferLayoutTransform"> {
  let summary = "convert between two layouts of the same axes";
  let description = [{
    Relay `layout_transform` between permutations of the same primal axes
    (e.g. NCHW to NHWC).

    Example:
    ```mlir
    %1 = relay.layout_transform %0 {dst_layout = "NHWC", src_layout = "NCHW"} : (tensor<1x3x4x5xf32>) -> tensor<1x4x5x3xf32>
    ```
  }];
  let arguments = (ins AnyType:$data, StrAttr:$src_layout, StrAttr:$dst_layout);
}

//===----------------------------------------------------------------------===//
// Quantized operators (qnn)
//===----------------------------------------------------------------------===//

def Relay_QnnConv2DOp : Relay_RelOp<"qnn.conv2d", "inferConv"> {
  let summary = "quantized 2-d convolution";
  let description = [{
    Relay `qnn.conv2d(data, weight, input_zero_point, kernel_zero_point,
    input_scale, kernel_scale)` with the attributes of `nn.conv2d`.

    Example:
    ```mlir
    %6 = relay.qnn.conv2d %x, %w, %a, %b, %c, %d {out_dtype = "int32"} : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$weight,
      AnyType:$input_zero_point, AnyType:$kernel_zero_point,
      AnyType:$input_scale, AnyType:$kernel_scale,
      RInts<"{1, 1}">:$strides, RInts<"{0, 0, 0, 0}">:$padding,
      RInts<"{1, 1}">:$dilation, RInt<"1">:$groups, ROptInt:$channels,
      ROptInts:$kernel_size, RStr<"NCHW">:$data_layout,
      RStr<"OIHW">:$kernel_layout, RStr<"">:$out_layout, RStr<"">:$out_dtype);
}

def Relay_QnnDenseOp : Relay_RelOp<"qnn.dense", "inferDense"> {
  let summary = "quantized dense";
  let description = [{
    Relay `qnn.dense(data, weight, input_zero_point, kernel_zero_point,
    input_scale, kernel_scale)`.

    Example:
    ```mlir
    %6 = relay.qnn.dense %x, %w, %a, %b, %c, %d {out_dtype = "int32"} : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$weight,
      AnyType:$input_zero_point, AnyType:$kernel_zero_point,
      AnyType:$input_scale, AnyType:$kernel_scale, ROptInt:$units,
      RStr<"">:$out_dtype);
}

def Relay_QnnRequantizeOp : Relay_RelOp<"qnn.requantize", "inferQnnRequantize"> {
  let summary = "requantize to new scale and zero point";
  let description = [{
    Relay `qnn.requantize(data, input_scale, input_zero_point, output_scale,
    output_zero_point)`; the result has `out_dtype`.

    Example:
    ```mlir
    %5 = relay.qnn.requantize %x, %a, %b, %c, %d {out_dtype = "uint8"} : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$input_scale,
      AnyType:$input_zero_point, AnyType:$output_scale,
      AnyType:$output_zero_point, RInt<"-1">:$axis, RStr<"UPWARD">:$rounding,
      RStr<"">:$out_dtype);
}

def Relay_QnnAddOp : Relay_RelOp<"qnn.add", "inferQnnBinary"> {
  let summary = "quantized addition";
  let description = [{
    Relay `qnn.add(lhs, rhs, lhs_scale, lhs_zero_point, rhs_scale,
    rhs_zero_point, output_scale, output_zero_point)`.

    Example:
    ```mlir
    %8 = relay.qnn.add %a, %b, %c, %d, %e, %f, %g, %h : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$lhs, AnyType:$rhs, AnyType:$lhs_scale,
      AnyType:$lhs_zero_point, AnyType:$rhs_scale, AnyType:$rhs_zero_point,
      AnyType:$output_scale, AnyType:$output_zero_point);
}

def Relay_QnnQuantizeOp : Relay_RelOp<"qnn.quantize", "inferQnnQuantize"> {
  let summary = "quantize floats";
  let description = [{
    Relay `qnn.quantize(data, output_scale, output_zero_point)`.

    Example:
    ```mlir
    %3 = relay.qnn.quantize %x, %s, %z : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$output_scale,
      AnyType:$output_zero_point, StrAttr:$out_dtype, RInt<"-1">:$axis);
}

def Relay_QnnDequantizeOp : Relay_RelOp<"qnn.dequantize", "inferQnnDequantize"> {
  let summary = "dequantize to floats";
  let description = [{
    Relay `qnn.dequantize(data, input_scale, input_zero_point)`.

    Example:
    ```mlir
    %3 = relay.qnn.dequantize %x, %s, %z : (...) -> ...
    ```
  }];
  let arguments = (ins AnyType:$data, AnyType:$input_scale,
      AnyType:$input_zero_point, RInt<"-1">:$axis);
}

//===----------------------------------------------------------------------===//
// 3LA accelerator call
//===----------------------------------------------------------------------===//

def Relay_AcceleratorCallOp : Relay_RelOp<"accelerator_call",
                                          "inferAcceleratorCall"> {
  let summary = "an opaque call of an accelerator function (3LA TVM)";
  let description = [{
    `accelerator_call` of the 3LA TVM fork: a call of accelerator function
    `func_name` producing a tensor of `output_shape` and `output_dtype`
    (float32 when empty); its
    operands are the enclosing composite function's parameters.

    Example:
    ```mlir
    %0 = relay.accelerator_call {func_name = "vta-dense", output_shape = array<i64: 2, 169>} : () -> tensor<2x169xf32>
    ```
  }];
  let arguments = (ins RStr<"unknown">:$func_name,
                       DenseI64ArrayAttr:$output_shape,
                       RStr<"">:$output_dtype);
}

//===----------------------------------------------------------------------===//
// Expressions: constants, tuples, functions, calls
//===----------------------------------------------------------------------===//

def Relay_ConstantOp : Relay_Op<"constant", [Pure, ConstantLike,
                                             InferTypeOpAdaptor]> {
  let summary = "a constant tensor";
  let description = [{
    A Relay constant: a scalar literal (`1f`, `-0.5f`, `2i64`, `True`) or a
    `meta[relay.Constant][i]` tensor.

    Example:
    ```mlir
    %0 = relay.constant dense<5.000000e-01> : tensor<f32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs AnyTensor:$result);
  let assemblyFormat = "$value attr-dict";
  let hasFolder = 1;
}

def Relay_TupleOp : Relay_Op<"tuple", [Pure, InferTypeOpAdaptor]> {
  let summary = "build a tuple";
  let description = [{
    A Relay tuple expression `(%a, %b)`.

    Example:
    ```mlir
    %2 = relay.tuple %0, %1 : (tensor<2xf32>, tensor<3xf32>) -> tuple<tensor<2xf32>, tensor<3xf32>>
    ```
  }];
  let arguments = (ins Variadic<AnyType>:$fields);
  let results = (outs AnyTuple:$result);
  let assemblyFormat =
      "$fields attr-dict `:` functional-type($fields, results)";
}

def Relay_TupleGetItemOp : Relay_Op<"tuple_get_item", [Pure,
                                                       InferTypeOpAdaptor]> {
  let summary = "project a tuple field";
  let description = [{
    A Relay projection `%t.1`.

    Example:
    ```mlir
    %1 = relay.tuple_get_item %0[1] : tuple<tensor<2xf32>, tensor<3xf32>> -> tensor<3xf32>
    ```
  }];
  let arguments = (ins AnyTuple:$tuple, I64Attr:$index);
  let results = (outs AnyType:$result);
  let assemblyFormat =
      "$tuple `[` $index `]` attr-dict `:` type($tuple) `->` type($result)";
}

def Relay_FnOp : Relay_Op<"fn", [IsolatedFromAbove, RecursiveMemoryEffects]> {
  let summary = "a function literal";
  let description = [{
    A Relay `fn (%x: T, ...) -> R { ... }` literal. `attrs` holds the
    function's attributes (`Composite`, `Compiler`, `Primitive`,
    `global_symbol`, ...); `arg_names` the parameter names. The body ends in
    `relay.yield` of the result.

    Example:
    ```mlir
    %f = relay.fn attrs {Composite = "ilaflex.linear"} {
    ^bb0(%x: tensor<4xf32>):
      relay.yield %x : tensor<4xf32>
    } : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins DictionaryAttr:$attrs, StrArrayAttr:$arg_names);
  let results = (outs FunctionType:$result);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat =
      "`attrs` $attrs `names` $arg_names $body attr-dict `:` type($result)";
  let hasVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::mlir::DictionaryAttr":$attrs,
                                 "::mlir::ArrayAttr":$argNames)>];
}

def Relay_YieldOp : Relay_Op<"yield", [Pure, Terminator, ReturnLike,
    ParentOneOf<["FnOp", "IfOp"]>]> {
  let summary = "the result of a function literal or an if branch";
  let description = [{
    Ends a `relay.fn` body or a `relay.if` branch.

    Example:
    ```mlir
    relay.yield %0 : tensor<4xf32>
    ```
  }];
  let arguments = (ins AnyType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

def Relay_CallOp : Relay_Op<"call", [InferTypeOpAdaptor]> {
  let summary = "call a function value";
  let description = [{
    A Relay call `%f(%a, %b)` of a function-typed value (e.g. a `relay.fn`).

    Example:
    ```mlir
    %2 = relay.call %f(%0) : ((tensor<4xf32>) -> tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins FunctionType:$callee, Variadic<AnyType>:$args);
  let results = (outs AnyType:$result);
  let assemblyFormat = [{
    $callee `(` $args `)` attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Relay_CallGlobalOp : Relay_Op<"call_global", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "call a global function";
  let description = [{
    A Relay call `@f(%a)` of a global function of the module.

    Example:
    ```mlir
    %1 = relay.call_global @f(%0) : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee, Variadic<AnyType>:$args);
  let results = (outs AnyType:$result);
  let assemblyFormat =
      "$callee `(` $args `)` attr-dict `:` functional-type($args, $result)";
}

def Relay_IfOp : Relay_Op<"if", [RecursiveMemoryEffects]> {
  let summary = "a conditional expression";
  let description = [{
    Relay `if (%c) { a } else { b }`: both branches end in `relay.yield` of
    values of the same type.

    Example:
    ```mlir
    %r = relay.if %c : tensor<i1> -> tensor<4xf32> {
      relay.yield %a : tensor<4xf32>
    } else {
      relay.yield %b : tensor<4xf32>
    }
    ```
  }];
  let arguments = (ins AnyType:$condition);
  let results = (outs AnyType:$result);
  let regions = (region SizedRegion<1>:$thenRegion,
                        SizedRegion<1>:$elseRegion);
  let assemblyFormat = [{
    $condition `:` type($condition) `->` type($result) $thenRegion `else`
    $elseRegion attr-dict
  }];
  let hasVerifier = 1;
}

def Relay_TypeDefOp : Relay_Op<"type_def", [Symbol]> {
  let summary = "an algebraic data type definition";
  let description = [{
    A Relay `type Name[A, ...] { Ctor(T, ...), ... }` definition.
    `constructors` holds one array per constructor: its name, then its field
    types as type attributes.

    Example:
    ```mlir
    relay.type_def {sym_name = "Option", type_params = ["A"], constructors = [["Some", !relay.type_var<"A">], ["None"]]}
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, StrArrayAttr:$type_params,
                       ArrayAttr:$constructors);
  let assemblyFormat = "attr-dict";
  let hasVerifier = 1;
}

#endif // FLEXMATCH_DIALECT_RELAY_RELAYOPS_TD
