// RUN: flexmatch-opt %s -split-input-file -verify-diagnostics
// Per-op verifier errors: every bad attribute or operand is reported by the
// op's type relation, followed by MLIR's "failed to infer returned types";
// a result type that disagrees with the relation is reported as incompatible.

func.func @add_0(%x: tensor<2x3xf32>, %y: tensor<4xf32>) {
  // expected-error @+2 {{add: shapes (2, 3) and (4) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.add"(%x, %y) : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @multiply_1(%x: tensor<2xf32>, %y: tensor<2xf16>) {
  // expected-error @+2 {{multiply: operands have different dtypes float32 and float16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.multiply"(%x, %y) : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @floor_mod_2(%x: tensor<2x1xi32>, %y: tensor<3x4xi32>) {
  // expected-error @+2 {{floor_mod: shapes (2, 1) and (3, 4) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.floor_mod"(%x, %y) : (tensor<2x1xi32>, tensor<3x4xi32>) -> tensor<3x4xi32>
  return
}

// -----

func.func @less_3(%x: tensor<3xf32>, %y: tensor<4xf32>) {
  // expected-error @+2 {{less: shapes (3) and (4) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.less"(%x, %y) : (tensor<3xf32>, tensor<4xf32>) -> tensor<3xi1>
  return
}

// -----

func.func @equal_4(%x: tensor<3xi8>, %y: tensor<3xui8>) {
  // expected-error @+2 {{equal: operands have different dtypes int8 and uint8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.equal"(%x, %y) : (tensor<3xi8>, tensor<3xui8>) -> tensor<3xi1>
  return
}

// -----

func.func @greater_5(%x: tensor<3xf32>) {
  // comparisons give bool, not the operand type
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.greater"(%x, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @where_6(%c: tensor<4xi1>, %x: tensor<4xf32>, %y: tensor<4xi32>) {
  // expected-error @+2 {{where: operands have different dtypes float32 and int32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.where"(%c, %x, %y) : (tensor<4xi1>, tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @where_7(%c: tensor<2xi1>, %x: tensor<3xf32>, %y: tensor<f32>) {
  // expected-error @+2 {{where: shapes (2) and (3) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.where"(%c, %x, %y) : (tensor<2xi1>, tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  return
}

// -----

func.func @nn_relu_8(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{nn.relu: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.relu"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @exp_9(%x: tensor<2x3xf32>) {
  // unary ops keep the operand type
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.exp"(%x) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @cast_10(%x: tensor<2xf32>) {
  // expected-error @+2 {{cast: dtype 'float8' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.cast"(%x) {dtype = "float8"} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @cast_11(%x: tensor<2xf32>) {
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.cast"(%x) {dtype = "int32"} : (tensor<2xf32>) -> tensor<2xi64>
  return
}

// -----

func.func @cast_like_12(%x: tensor<2xf32>, %l: tensor<2xi8>) {
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.cast_like"(%x, %l) : (tensor<2xf32>, tensor<2xi8>) -> tensor<2xf32>
  return
}

// -----

func.func @sum_13(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{sum: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.sum"(%x) {axis = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @mean_14(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{mean: axis (1, -1) repeats an axis}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.mean"(%x) {axis = array<i64: 1, -1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @max_15(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.max"(%x) {axis = array<i64: 0>, keepdims = true} : (tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @argmin_16(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{argmin: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.argmin"(%x) {axis = array<i64: -3>} : (tensor<2x3xf32>) -> tensor<3xi32>
  return
}

// -----

func.func @argmax_17(%x: tensor<2x3xf32>) {
  // argmax gives int32 indices
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.argmax"(%x) {axis = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @nn_conv2d_18(%x: tensor<1x3x8x8xf32>, %w: tensor<4x2x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: data has 3 input channels but the weight expects 2 x groups 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_19(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: groups must be positive, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {groups = 0 : i64} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_20(%x: tensor<1x4x8x8xf32>, %w: tensor<3x2x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: output channels 3 are not divisible by groups 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_21(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: data has 4 input channels but the weight expects 4 x groups 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_22(%x: tensor<1x3x2x2xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: the kernel (4, 3, 3, 3) does not fit the padded input (1, 3, 2, 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) : (tensor<1x3x2x2xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x1x1xf32>
  return
}

// -----

func.func @nn_conv2d_23(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: strides (2) must have 2 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {strides = array<i64: 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return
}

// -----

func.func @nn_conv2d_24(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: strides (0, 1) must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {strides = array<i64: 0, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_25(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: dilation (1, 1, 1) must have 2 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {dilation = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_26(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: padding (1, 1, 1) must have 1, 2 or 4 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {padding = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @nn_conv2d_27(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: padding (-1) has a negative value}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {padding = array<i64: -1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @nn_conv2d_28(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: kernel_layout 'OIHX' is not a permutation of OIHW}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {kernel_layout = "OIHX"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_29(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x2x4xf32>) {
  // expected-error @+2 {{nn.conv2d: data has 3 input channels but the weight expects 2 x groups 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {data_layout = "NHWC", kernel_layout = "HWIO"} : (tensor<1x8x8x3xf32>, tensor<3x3x2x4xf32>) -> tensor<1x6x6x4xf32>
  return
}

// -----

func.func @nn_conv2d_30(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: channels=8 does not match the weight's 4 output channels}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {channels = 8 : i64} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x8x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_31(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: kernel_size (5, 5) does not match the weight (4, 3, 3, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {kernel_size = array<i64: 5, 5>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @nn_conv2d_32(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: expects data and weight of equal rank 3, 4 or 5, got (1, 3, 8, 8) and (4, 3, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_33(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: out_dtype 'int4' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {out_dtype = "int4"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv2d_34(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: layouts 'NCHW' and 'NCHWX' do not fit a tensor of rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {out_layout = "NCHWX"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @nn_conv1d_35(%x: tensor<1x4x10xf32>, %w: tensor<8x4x3xf32>) {
  // expected-error @+2 {{nn.conv1d: data_layout 'NCHW' is not a permutation of NCW}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv1d"(%x, %w) {data_layout = "NCHW"} : (tensor<1x4x10xf32>, tensor<8x4x3xf32>) -> tensor<1x8x8xf32>
  return
}

// -----

func.func @nn_conv1d_36(%x: tensor<1x4x10xf32>, %w: tensor<8x4x3xf32>) {
  // expected-error @+2 {{nn.conv1d: padding (1, 1, 1) must have 1, 1 or 2 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv1d"(%x, %w) {padding = array<i64: 1, 1, 1>} : (tensor<1x4x10xf32>, tensor<8x4x3xf32>) -> tensor<1x8x10xf32>
  return
}

// -----

func.func @nn_conv3d_37(%x: tensor<1x2x8x8x8xf32>, %w: tensor<4x3x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv3d: data has 2 input channels but the weight expects 3 x groups 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv3d"(%x, %w) : (tensor<1x2x8x8x8xf32>, tensor<4x3x3x3x3xf32>) -> tensor<1x4x6x6x6xf32>
  return
}

// -----

func.func @nn_conv3d_38(%x: tensor<1x2x8x8x8xf32>, %w: tensor<4x2x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv3d: padding (1, 1, 1, 1) must have 1, 3 or 6 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv3d"(%x, %w) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x2x8x8x8xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x8x8x8xf32>
  return
}

// -----

func.func @nn_conv2d_transpose_39(%x: tensor<1x4x5x5xf32>, %w: tensor<3x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: data has 4 channels but the weight expects 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) : (tensor<1x4x5x5xf32>, tensor<3x8x3x3xf32>) -> tensor<1x8x7x7xf32>
  return
}

// -----

func.func @nn_conv2d_transpose_40(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: output_padding (1) must have 2 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {output_padding = array<i64: 1>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @nn_conv2d_transpose_41(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: output_padding (-1, 0) must be non-negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {output_padding = array<i64: -1, 0>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x6x7xf32>
  return
}

// -----

func.func @nn_conv2d_transpose_42(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: groups must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {groups = 0 : i64} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x7x7xf32>
  return
}

// -----

func.func @nn_conv2d_transpose_43(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: kernel_layout 'OIXW' is not a permutation of OIHW}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {data_layout = "NCWH", kernel_layout = "OIXW"} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x7x7xf32>
  return
}

// -----

func.func @nn_conv2d_transpose_44(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // the output size of a transposed convolution includes output_padding
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {strides = array<i64: 2, 2>, output_padding = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x11x11xf32>
  return
}

// -----

func.func @nn_conv3d_transpose_45(%x: tensor<1x2x3x4x5xf32>, %w: tensor<2x3x2x2xf32>) {
  // expected-error @+2 {{nn.conv3d_transpose: expects data and weight of equal rank 4 or 5, got (1, 2, 3, 4, 5) and (2, 3, 2, 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv3d_transpose"(%x, %w) : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2xf32>) -> tensor<1x3x4x5x6xf32>
  return
}

// -----

func.func @nn_dense_46(%x: tensor<4x8xf32>, %w: tensor<2x7xf32>) {
  // expected-error @+2 {{nn.dense: reduction dimensions differ: data (4, 8) and weight (2, 7)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.dense"(%x, %w) : (tensor<4x8xf32>, tensor<2x7xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @nn_dense_47(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>) {
  // expected-error @+2 {{nn.dense: units=3 does not match the weight (2, 8)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.dense"(%x, %w) {units = 3 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @nn_dense_48(%x: tensor<4x8xf32>, %w: tensor<1x2x8xf32>) {
  // expected-error @+2 {{nn.dense: expects data of rank >= 1 and a rank-2 weight, got (4, 8) and (1, 2, 8)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.dense"(%x, %w) : (tensor<4x8xf32>, tensor<1x2x8xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @nn_matmul_49(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>) {
  // expected-error @+2 {{nn.matmul: reduction dimensions differ: (4, 8) and (8, 2) (b transposed)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) {transpose_b = true} : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @nn_matmul_50(%a: tensor<8x4xf32>, %b: tensor<8x2xf32>) {
  // expected-error @+2 {{nn.matmul: reduction dimensions differ: (8, 4) and (8, 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) : (tensor<8x4xf32>, tensor<8x2xf32>) -> tensor<8x2xf32>
  return
}

// -----

func.func @nn_batch_matmul_51(%a: tensor<2x4x8xf32>, %b: tensor<3x8x5xf32>) {
  // expected-error @+2 {{nn.batch_matmul: shapes (2) and (3) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_matmul"(%a, %b) : (tensor<2x4x8xf32>, tensor<3x8x5xf32>) -> tensor<3x4x5xf32>
  return
}

// -----

func.func @nn_batch_matmul_52(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>) {
  // expected-error @+2 {{nn.batch_matmul: expects two rank-3 tensors, got (4, 8) and (8, 5)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_matmul"(%a, %b) : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @nn_batch_matmul_53(%a: tensor<2x4x8xf32>, %b: tensor<2x5x8xf32>) {
  // expected-error @+2 {{nn.batch_matmul: reduction dimensions differ: (2, 4, 8) and (2, 5, 8)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_matmul"(%a, %b) : (tensor<2x4x8xf32>, tensor<2x5x8xf32>) -> tensor<2x4x5xf32>
  return
}

// -----

func.func @nn_bias_add_54(%x: tensor<1x8x4x4xf32>, %b: tensor<8xf32>) {
  // expected-error @+2 {{nn.bias_add: axis 4 is out of range for a tensor of rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.bias_add"(%x, %b) {axis = 4 : i64} : (tensor<1x8x4x4xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_bias_add_55(%x: tensor<1x8x4x4xf32>, %b: tensor<1x8xf32>) {
  // expected-error @+2 {{nn.bias_add: bias must have shape (8) to match axis 1 of (1, 8, 4, 4), got (1, 8)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.bias_add"(%x, %b) : (tensor<1x8x4x4xf32>, tensor<1x8xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_batch_norm_56(%x: tensor<1x8x4x4xf32>, %v: tensor<8xf32>, %m: tensor<4xf32>) {
  // expected-error @+2 {{nn.batch_norm: moving_mean must have shape (8) to match axis 1 of (1, 8, 4, 4), got (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_norm"(%x, %v, %v, %m, %v) : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<4xf32>, tensor<8xf32>) -> tuple<tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>>
  return
}

// -----

func.func @nn_batch_norm_57(%x: tensor<1x8x4x4xf32>, %v: tensor<8xf32>) {
  // expected-error @+2 {{nn.batch_norm: axis -5 is out of range for a tensor of rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_norm"(%x, %v, %v, %v, %v) {axis = -5 : i64} : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tuple<tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>>
  return
}

// -----

func.func @nn_batch_norm_58(%x: tensor<1x8x4x4xf32>, %v: tensor<8xf32>) {
  // batch_norm gives a 3-tuple
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_norm"(%x, %v, %v, %v, %v) : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_layer_norm_59(%x: tensor<4x64xf32>, %g: tensor<64xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{nn.layer_norm: beta must have shape (64) to match axis -1 of (4, 64), got (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.layer_norm"(%x, %g, %b) : (tensor<4x64xf32>, tensor<64xf32>, tensor<4xf32>) -> tensor<4x64xf32>
  return
}

// -----

func.func @nn_instance_norm_60(%x: tensor<1x8x4x4xf32>, %g: tensor<4xf32>) {
  // expected-error @+2 {{nn.instance_norm: gamma must have shape (8) to match axis 1 of (1, 8, 4, 4), got (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.instance_norm"(%x, %g, %g) : (tensor<1x8x4x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_group_norm_61(%x: tensor<1x8x4x4xf32>, %g: tensor<8xf32>) {
  // expected-error @+2 {{nn.group_norm: axis 4 is out of range for a tensor of rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.group_norm"(%x, %g, %g) {num_groups = 2 : i64, axis = 4 : i64} : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_prelu_62(%x: tensor<1x8x4x4xf32>, %a: tensor<4xf32>) {
  // expected-error @+2 {{nn.prelu: alpha must have shape (8) to match axis 1 of (1, 8, 4, 4), got (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.prelu"(%x, %a) : (tensor<1x8x4x4xf32>, tensor<4xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_dropout_63(%x: tensor<4xf32>) {
  // dropout gives a 2-tuple
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.dropout"(%x) : (tensor<4xf32>) -> tuple<tensor<4xf32>>
  return
}

// -----

func.func @nn_l2_normalize_64(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'relay.nn.l2_normalize' op requires attribute 'axis'}}
  %0 = "relay.nn.l2_normalize"(%x) {eps = 1.0e-10 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @nn_max_pool2d_65(%x: tensor<1x8x9x9xf32>) {
  // expected-error @+2 {{nn.max_pool2d: pool_size (2) does not fit data of shape (1, 8, 9, 9)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 2>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @nn_max_pool2d_66(%x: tensor<1x8x9x9xf32>) {
  // expected-error @+2 {{nn.max_pool2d: pool_size (10, 10) does not fit the padded input (1, 8, 9, 9)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 10, 10>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x1x1xf32>
  return
}

// -----

func.func @nn_max_pool2d_67(%x: tensor<1x8x9x9xf32>) {
  // with padding 1 the 10-wide window fits the 9-wide input
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 10, 10>, padding = array<i64: 1>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x1x1xf32>
  return
}

// -----

func.func @nn_avg_pool2d_68(%x: tensor<1x8x9x9xf32>) {
  // expected-error @+2 {{nn.avg_pool2d: layout 'NXHW' is not a permutation of NCHW}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.avg_pool2d"(%x) {pool_size = array<i64: 2, 2>, layout = "NXHW"} : (tensor<1x8x9x9xf32>) -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @nn_avg_pool2d_69(%x: tensor<1x8x9x9xf32>) {
  // ceil_mode rounds up: ceil((9 - 2) / 2) + 1 = 5
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.avg_pool2d"(%x) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x8x9x9xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @nn_avg_pool1d_70(%x: tensor<1x4x10xf32>) {
  // expected-error @+2 {{nn.avg_pool1d: strides (0) must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.avg_pool1d"(%x) {pool_size = array<i64: 2>, strides = array<i64: 0>} : (tensor<1x4x10xf32>) -> tensor<1x4x9xf32>
  return
}

// -----

func.func @nn_max_pool3d_71(%x: tensor<1x2x8x8x8xf32>) {
  // expected-error @+2 {{nn.max_pool3d: padding (1, 1, 1, 1) must have 1, 3 or 6 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.max_pool3d"(%x) {pool_size = array<i64: 2, 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x9x9x9xf32>
  return
}

// -----

func.func @nn_avg_pool3d_72(%x: tensor<1x2x8x8x8xf32>) {
  // expected-error @+2 {{nn.avg_pool3d: dilation (1, 1) must have 3 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.avg_pool3d"(%x) {pool_size = array<i64: 2, 2, 2>, dilation = array<i64: 1, 1>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x7x7x7xf32>
  return
}

// -----

func.func @nn_max_pool1d_73(%x: tensor<1x4x10xf32>) {
  // expected-error @+2 {{nn.max_pool1d: pool_size (2, 2) does not fit data of shape (1, 4, 10)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.max_pool1d"(%x) {pool_size = array<i64: 2, 2>} : (tensor<1x4x10xf32>) -> tensor<1x4x9xf32>
  return
}

// -----

func.func @nn_global_avg_pool2d_74(%x: tensor<1x8x7xf32>) {
  // expected-error @+2 {{nn.global_avg_pool2d: expects a rank-4 input, got (1, 8, 7)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.global_avg_pool2d"(%x) : (tensor<1x8x7xf32>) -> tensor<1x8x1xf32>
  return
}

// -----

func.func @nn_global_max_pool2d_75(%x: tensor<1x8x7x7xf32>) {
  // expected-error @+2 {{nn.global_max_pool2d: layout 'NCDHW' is not a permutation of NCHW}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.global_max_pool2d"(%x) {layout = "NCDHW"} : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  return
}

// -----

func.func @nn_adaptive_avg_pool2d_76(%x: tensor<1x8x7x7xf32>) {
  // expected-error @+2 {{nn.adaptive_avg_pool2d: output_size takes at most 2 values, got (1, 2, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.adaptive_avg_pool2d"(%x) {output_size = array<i64: 1, 2, 3>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x2xf32>
  return
}

// -----

func.func @nn_adaptive_max_pool2d_77(%x: tensor<8x7x7xf32>) {
  // expected-error @+2 {{nn.adaptive_max_pool2d: expects a rank-4 input, got (8, 7, 7)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.adaptive_max_pool2d"(%x) {output_size = array<i64: 1>} : (tensor<8x7x7xf32>) -> tensor<8x1x1xf32>
  return
}

// -----

func.func @nn_pad_78(%x: tensor<2x3xf32>, %v: tensor<f32>) {
  // expected-error @+2 {{nn.pad: pad_width has 1 entries for an input of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.pad"(%x, %v) {pad_width = [array<i64: 1, 1>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @nn_pad_79(%x: tensor<2x3xf32>, %v: tensor<f32>) {
  // expected-error @+2 {{nn.pad: pad_width entry 1 must be [before, after] with non-negative values, got (-1, 0)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.pad"(%x, %v) {pad_width = [array<i64: 1, 1>, array<i64: -1, 0>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @nn_pad_80(%x: tensor<2x3xf32>, %v: tensor<f32>) {
  // expected-error @+2 {{nn.pad: pad_width entry 1 must be [before, after] with non-negative values, got (1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.pad"(%x, %v) {pad_width = [array<i64: 1, 1>, array<i64: 1>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @nn_pad_81(%x: tensor<2x3xf32>, %v: tensor<1xf32>) {
  // expected-error @+2 {{nn.pad: pad_value must be a scalar, got a tensor of shape (1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.pad"(%x, %v) {pad_width = [array<i64: 1, 1>, array<i64: 0, 0>]} : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @nn_pad_82(%x: tensor<2x3xf32>, %v: tensor<f32>) {
  // expected-error @+2 {{nn.pad: pad_mode must be constant, edge or reflect, got 'wrap'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.pad"(%x, %v) {pad_width = [array<i64: 1, 1>, array<i64: 0, 0>], pad_mode = "wrap"} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @nn_upsampling_83(%x: tensor<8x4x4xf32>) {
  // expected-error @+2 {{nn.upsampling: expects a rank-4 input, got (8, 4, 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.upsampling"(%x) {scale_h = 2.0 : f64, scale_w = 2.0 : f64} : (tensor<8x4x4xf32>) -> tensor<8x8x8xf32>
  return
}

// -----

func.func @nn_upsampling_84(%x: tensor<1x8x4x4xf32>) {
  // expected-error @+1 {{'relay.nn.upsampling' op requires attribute 'scale_w'}}
  %0 = "relay.nn.upsampling"(%x) {scale_h = 2.0 : f64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x8x4xf32>
  return
}

// -----

func.func @image_resize2d_85(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+2 {{image.resize2d: size takes 2 values, got (8)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.image.resize2d"(%x) {size = array<i64: 8>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

func.func @image_resize2d_86(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+2 {{image.resize2d: out_dtype 'half' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.image.resize2d"(%x) {size = array<i64: 8, 8>, out_dtype = "half"} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

func.func @nn_batch_flatten_87(%x: tensor<f32>) {
  // expected-error @+2 {{nn.batch_flatten: expects a tensor of rank at least 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.batch_flatten"(%x) : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @reshape_88(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3, 4) to (5, 5): element counts differ (24 vs 25)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: 5, 5>} : (tensor<2x3x4xf32>) -> tensor<5x5xf32>
  return
}

// -----

func.func @reshape_89(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3, 4) to (-1, -1): more than one -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: -1, -1>} : (tensor<2x3x4xf32>) -> tensor<24xf32>
  return
}

// -----

func.func @reshape_90(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3, 4) to (5, -1): -1 cannot be inferred}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: 5, -1>} : (tensor<2x3x4xf32>) -> tensor<5x5xf32>
  return
}

// -----

func.func @reshape_91(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3, 4) to (-5): invalid value -5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: -5>} : (tensor<2x3x4xf32>) -> tensor<24xf32>
  return
}

// -----

func.func @reshape_92(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3, 4) to (0, -4, 2, 2, 4): -4 does not split the dimension evenly}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: 0, -4, 2, 2, 4>} : (tensor<2x3x4xf32>) -> tensor<2x2x2x4xf32>
  return
}

// -----

func.func @reshape_93(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3, 4) to (0, 0, -3): -3 needs two more input dimensions}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: 0, 0, -3>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @reshape_94(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reshape: cannot reshape (2, 3) to (0, 0, 0): 0 refers past the input's rank}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: 0, 0, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reshape_like_95(%x: tensor<6xf32>, %l: tensor<2x2xf32>) {
  // expected-error @+2 {{reshape_like: cannot reshape (6) to (2, 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape_like"(%x, %l) : (tensor<6xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @transpose_96(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{transpose: axes (1, 0) do not permute a tensor of rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.transpose"(%x) {axes = array<i64: 1, 0>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  return
}

// -----

func.func @transpose_97(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{transpose: axes (1, 1, 0) repeat axis 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.transpose"(%x) {axes = array<i64: 1, 1, 0>} : (tensor<2x3x4xf32>) -> tensor<3x3x2xf32>
  return
}

// -----

func.func @transpose_98(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{transpose: axes 3 is out of range for a tensor of rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.transpose"(%x) {axes = array<i64: 0, 1, 3>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @expand_dims_99(%x: tensor<8xf32>) {
  // expected-error @+2 {{expand_dims: axis 2 is out of range for rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.expand_dims"(%x) {axis = 2 : i64} : (tensor<8xf32>) -> tensor<8x1xf32>
  return
}

// -----

func.func @expand_dims_100(%x: tensor<8xf32>) {
  // expected-error @+2 {{expand_dims: num_newaxis must be non-negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.expand_dims"(%x) {axis = 0 : i64, num_newaxis = -1 : i64} : (tensor<8xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @squeeze_101(%x: tensor<1x3xf32>) {
  // expected-error @+2 {{squeeze: cannot squeeze axis 1 of size 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.squeeze"(%x) {axis = array<i64: 1>} : (tensor<1x3xf32>) -> tensor<1xf32>
  return
}

// -----

func.func @squeeze_102(%x: tensor<1x3xf32>) {
  // expected-error @+2 {{squeeze: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.squeeze"(%x) {axis = array<i64: 2>} : (tensor<1x3xf32>) -> tensor<1x3xf32>
  return
}

// -----

func.func @concatenate_103(%t: tuple<tensor<2x3xf32>, tensor<3x3xf32>>) {
  // expected-error @+2 {{concatenate: shapes (2, 3) and (3, 3) differ outside axis 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.concatenate"(%t) {axis = 1 : i64} : (tuple<tensor<2x3xf32>, tensor<3x3xf32>>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concatenate_104(%t: tuple<tensor<2x3xf32>, tensor<2x3xi32>>) {
  // expected-error @+2 {{concatenate: tuple fields differ in rank or dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.concatenate"(%t) : (tuple<tensor<2x3xf32>, tensor<2x3xi32>>) -> tensor<4x3xf32>
  return
}

// -----

func.func @concatenate_105(%t: tuple<tensor<2x3xf32>, tensor<2x3xf32>>) {
  // expected-error @+2 {{concatenate: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.concatenate"(%t) {axis = 2 : i64} : (tuple<tensor<2x3xf32>, tensor<2x3xf32>>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concatenate_106(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{concatenate: expects a non-empty tuple of tensors}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.concatenate"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @stack_107(%t: tuple<tensor<3xf32>, tensor<4xf32>>) {
  // expected-error @+2 {{stack: shapes (3) and (4) differ outside axis 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.stack"(%t) : (tuple<tensor<3xf32>, tensor<4xf32>>) -> tensor<2x3xf32>
  return
}

// -----

func.func @stack_108(%t: tuple<tensor<3xf32>, tensor<3xf32>>) {
  // expected-error @+2 {{stack: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.stack"(%t) {axis = 2 : i64} : (tuple<tensor<3xf32>, tensor<3xf32>>) -> tensor<3x2xf32>
  return
}

// -----

func.func @split_109(%x: tensor<6x4xf32>) {
  // expected-error @+2 {{split: cannot split axis of size 6 into 4 equal parts}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.split"(%x) {indices_or_sections = 4 : i64} : (tensor<6x4xf32>) -> tuple<tensor<1x4xf32>>
  return
}

// -----

func.func @split_110(%x: tensor<6x4xf32>) {
  // expected-error @+2 {{split: split indices (4, 2) must ascend within the axis size 6}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.split"(%x) {indices_or_sections = array<i64: 4, 2>} : (tensor<6x4xf32>) -> tuple<tensor<4x4xf32>>
  return
}

// -----

func.func @split_111(%x: tensor<6x4xf32>) {
  // expected-error @+2 {{split: split indices (7) must ascend within the axis size 6}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.split"(%x) {indices_or_sections = array<i64: 7>} : (tensor<6x4xf32>) -> tuple<tensor<6x4xf32>>
  return
}

// -----

func.func @split_112(%x: tensor<6x4xf32>) {
  // expected-error @+2 {{split: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.split"(%x) {indices_or_sections = 2 : i64, axis = 2 : i64} : (tensor<6x4xf32>) -> tuple<tensor<6x4xf32>>
  return
}

// -----

func.func @strided_slice_113(%x: tensor<4x6xf32>) {
  // expected-error @+2 {{strided_slice: begin (0, 0, 0) or end (1, 1, 1) is longer than the rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.strided_slice"(%x) {begin = array<i64: 0, 0, 0>, end = array<i64: 1, 1, 1>} : (tensor<4x6xf32>) -> tensor<1x1xf32>
  return
}

// -----

func.func @strided_slice_114(%x: tensor<4x6xf32>) {
  // expected-error @+2 {{strided_slice: strides must not be zero}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.strided_slice"(%x) {begin = array<i64: 0>, end = array<i64: 4>, strides = array<i64: 0>} : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return
}

// -----

func.func @strided_slice_115(%x: tensor<4x6xf32>) {
  // expected-error @+2 {{strided_slice: slice_mode must be}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.strided_slice"(%x) {begin = array<i64: 0>, end = array<i64: 4>, slice_mode = "stop"} : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return
}

// -----

func.func @strided_slice_116(%x: tensor<4x6xf32>) {
  // expected-error @+2 {{strided_slice: begin, end and axes must have equal lengths}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.strided_slice"(%x) {begin = array<i64: 0, 1>, end = array<i64: 4>, axes = array<i64: 0, 1>} : (tensor<4x6xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @strided_slice_117(%x: tensor<4x6xf32>) {
  // expected-error @+2 {{strided_slice: axes 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.strided_slice"(%x) {begin = array<i64: 0>, end = array<i64: 4>, axes = array<i64: 2>} : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return
}

// -----

func.func @take_118(%x: tensor<10x4xf32>, %i: tensor<3xf32>) {
  // expected-error @+2 {{take: indices must be integers}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.take"(%x, %i) {axis = 0 : i64} : (tensor<10x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @take_119(%x: tensor<10x4xf32>, %i: tensor<3xi32>) {
  // expected-error @+2 {{take: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.take"(%x, %i) {axis = 2 : i64} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<10x3xf32>
  return
}

// -----

func.func @take_120(%x: tensor<10x4xf32>, %i: tensor<3xi32>) {
  // expected-error @+2 {{take: mode must be clip, wrap or fast, got 'raise'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.take"(%x, %i) {axis = 0 : i64, mode = "raise"} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @take_121(%x: tensor<2x5x4xf32>, %i: tensor<2x3xi32>) {
  // expected-error @+2 {{take: batch_dims 1 is out of range}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.take"(%x, %i) {axis = 0 : i64, batch_dims = 1 : i64} : (tensor<2x5x4xf32>, tensor<2x3xi32>) -> tensor<3x5x4xf32>
  return
}

// -----

func.func @broadcast_to_122(%x: tensor<3xf32>) {
  // expected-error @+2 {{broadcast_to: shapes (3) and (2, 4) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.broadcast_to"(%x) {shape = array<i64: 2, 4>} : (tensor<3xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @broadcast_to_123(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{broadcast_to: cannot broadcast (2, 3) to (3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.broadcast_to"(%x) {shape = array<i64: 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @tile_124(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{tile: reps must be positive, got (2, 0)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.tile"(%x) {reps = array<i64: 2, 0>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @repeat_125(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{repeat: repeats must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.repeat"(%x) {repeats = 0 : i64, axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @repeat_126(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{repeat: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.repeat"(%x) {repeats = 2 : i64, axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @shape_of_127(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{shape_of: dtype 'index' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.shape_of"(%x) {dtype = "index"} : (tensor<2x3xf32>) -> tensor<2xi64>
  return
}

// -----

func.func @shape_of_128(%x: tensor<2x3xf32>) {
  // shape_of gives one value per axis
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.shape_of"(%x) : (tensor<2x3xf32>) -> tensor<3xi32>
  return
}

// -----

func.func @arange_129(%a: tensor<1xf32>, %b: tensor<f32>) {
  // expected-error @+2 {{arange: start must be a scalar}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.arange"(%a, %b, %b) {dtype = "float32"} : (tensor<1xf32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return
}

// -----

func.func @constant_130(%b: tensor<f32>) {
  %z = "relay.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  // expected-error @+2 {{arange: step must not be zero}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.arange"(%z, %z, %z) {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return
}

// -----

func.func @constant_131() {
  // with constant operands the length is known: ceil((10 - 0) / 3) = 4
  %a = "relay.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %b = "relay.constant"() {value = dense<10.0> : tensor<f32>} : () -> tensor<f32>
  %c = "relay.constant"() {value = dense<3.0> : tensor<f32>} : () -> tensor<f32>
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.arange"(%a, %b, %c) {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  return
}

// -----

func.func @full_132(%v: tensor<2xf32>) {
  // expected-error @+2 {{full: fill_value must be a scalar}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.full"(%v) {shape = array<i64: 2, 3>} : (tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @zeros_133() {
  // expected-error @+2 {{zeros: shape (2, -1) has a negative dimension}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.zeros"() {shape = array<i64: 2, -1>} : () -> tensor<2x1xf32>
  return
}

// -----

func.func @ones_134() {
  // expected-error @+2 {{ones: dtype 'str' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.ones"() {shape = array<i64: 2>, dtype = "str"} : () -> tensor<2xf32>
  return
}

// -----

func.func @full_like_135(%x: tensor<2x3xf32>, %v: tensor<1xf32>) {
  // expected-error @+2 {{full_like: fill_value must be a scalar}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.full_like"(%x, %v) : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @one_hot_136(%i: tensor<3xi32>, %s: tensor<f32>) {
  // expected-error @+2 {{one_hot: axis 2 is out of range}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.one_hot"(%i, %s, %s) {depth = 4 : i64, axis = 2 : i64, dtype = "float32"} : (tensor<3xi32>, tensor<f32>, tensor<f32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @gather_137(%x: tensor<2x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{gather: data and indices must have the same rank}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.gather"(%x, %i) {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_138(%x: tensor<2x3xf32>, %i: tensor<2x2xi32>) {
  // expected-error @+2 {{gather: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.gather"(%x, %i) {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @layout_transform_139(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{layout_transform: layout 'NHWD' is not a permutation of 'NCHW'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.layout_transform"(%x) {src_layout = "NCHW", dst_layout = "NHWD"} : (tensor<1x3x4x5xf32>) -> tensor<1x4x5x3xf32>
  return
}

// -----

func.func @layout_transform_140(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{layout_transform: layouts 'NCW' and 'NWC' do not fit a tensor of rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.layout_transform"(%x) {src_layout = "NCW", dst_layout = "NWC"} : (tensor<1x3x4x5xf32>) -> tensor<1x5x3xf32>
  return
}

// -----

func.func @layout_transform_141(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{layout_transform: layout 'NCHw' splits an axis; only permutations of the same axes are supported}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.layout_transform"(%x) {src_layout = "NCHW", dst_layout = "NCHw"} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @qnn_conv2d_142(%x: tensor<1x3x8x8xi8>, %w: tensor<4x4x3x3xi8>, %z: tensor<i32>, %s: tensor<f32>) {
  // expected-error @+2 {{qnn.conv2d: data has 3 input channels but the weight expects 4 x groups 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.conv2d"(%x, %w, %z, %z, %s, %s) {out_dtype = "int32"} : (tensor<1x3x8x8xi8>, tensor<4x4x3x3xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x4x6x6xi32>
  return
}

// -----

func.func @qnn_dense_143(%x: tensor<2x16xi8>, %w: tensor<8x8xi8>, %z: tensor<i32>, %s: tensor<f32>) {
  // expected-error @+2 {{qnn.dense: reduction dimensions differ: data (2, 16) and weight (8, 8)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.dense"(%x, %w, %z, %z, %s, %s) {out_dtype = "int32"} : (tensor<2x16xi8>, tensor<8x8xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<2x8xi32>
  return
}

// -----

func.func @qnn_requantize_144(%x: tensor<2x8xi32>, %z: tensor<i32>, %s: tensor<f32>) {
  // expected-error @+2 {{qnn.requantize: out_dtype 'int7' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.requantize"(%x, %s, %z, %s, %z) {out_dtype = "int7"} : (tensor<2x8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xi8>
  return
}

// -----

func.func @qnn_add_145(%a: tensor<2x3xi8>, %b: tensor<2xi8>, %z: tensor<i32>, %s: tensor<f32>) {
  // expected-error @+2 {{qnn.add: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.add"(%a, %b, %s, %z, %s, %z, %s, %z) : (tensor<2x3xi8>, tensor<2xi8>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x3xi8>
  return
}

// -----

func.func @qnn_quantize_146(%x: tensor<4xf32>, %z: tensor<i32>, %s: tensor<f32>) {
  // expected-error @+1 {{'relay.qnn.quantize' op requires attribute 'out_dtype'}}
  %0 = "relay.qnn.quantize"(%x, %s, %z) : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xi8>
  return
}

// -----

func.func @qnn_dequantize_147(%x: tensor<4xi8>, %z: tensor<i32>, %s: tensor<f32>) {
  // dequantize gives float32
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.dequantize"(%x, %s, %z) : (tensor<4xi8>, tensor<f32>, tensor<i32>) -> tensor<4xi8>
  return
}

// -----

func.func @accelerator_call_148() {
  // expected-error @+2 {{accelerator_call: output_shape (2, -1) has a negative dimension}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.accelerator_call"() {output_shape = array<i64: 2, -1>} : () -> tensor<2x1xf32>
  return
}

// -----

func.func @accelerator_call_149() {
  // expected-error @+2 {{accelerator_call: output_dtype 'fp32' is not a Relay dtype}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.accelerator_call"() {output_shape = array<i64: 2>, output_dtype = "fp32"} : () -> tensor<2xf32>
  return
}

// -----

func.func @constant_150() {
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<1xf32>
  return
}

// -----

func.func @tuple_get_item_151(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{tuple index -1 is out of range for a tuple of 1 fields}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.tuple_get_item"(%t) {index = -1 : i64} : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @tuple_152(%a: tensor<2xf32>) {
  // expected-error @+2 {{are incompatible with return type(s) of operation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.tuple"(%a) : (tensor<2xf32>) -> tuple<tensor<3xf32>>
  return
}

// -----

func.func @call_args(%x: tensor<4xf32>, %y: tensor<4xi32>) {
  %f = relay.fn attrs {} names ["a"] {
  ^bb0(%a: tensor<4xf32>):
    relay.yield %a : tensor<4xf32>
  } : (tensor<4xf32>) -> tensor<4xf32>
  // expected-error @+1 {{'relay.call' op argument types do not match the callee's parameters}}
  %0 = relay.call %f(%y) : ((tensor<4xf32>) -> tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @call_result(%x: tensor<4xf32>) {
  %f = relay.fn attrs {} names ["a"] {
  ^bb0(%a: tensor<4xf32>):
    relay.yield %a : tensor<4xf32>
  } : (tensor<4xf32>) -> tensor<4xf32>
  // expected-error @+2 {{'relay.call' op inferred type(s) 'tensor<4xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.call"(%f, %x) : ((tensor<4xf32>) -> tensor<4xf32>, tensor<4xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @fn_names(%x: tensor<4xf32>) {
  // expected-error @+1 {{'relay.fn' op has 2 names for 1 parameters}}
  %f = relay.fn attrs {} names ["a", "b"] {
  ^bb0(%a: tensor<4xf32>):
    relay.yield %a : tensor<4xf32>
  } : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @fn_yield(%x: tensor<4xf32>) {
  // expected-error @+1 {{'relay.fn' op body yields 'tensor<4xf32>' but the op declares 'tensor<4xi32>'}}
  %f = relay.fn attrs {} names ["a"] {
  ^bb0(%a: tensor<4xf32>):
    relay.yield %a : tensor<4xf32>
  } : (tensor<4xf32>) -> tensor<4xi32>
  return
}

// -----

func.func @fn_params(%x: tensor<4xf32>) {
  // expected-error @+1 {{'relay.fn' op parameter types do not match the function type}}
  %f = relay.fn attrs {} names ["a"] {
  ^bb0(%a: tensor<2xf32>):
    relay.yield %x : tensor<4xf32>
  } : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @global_undefined(%x: tensor<4xf32>) {
  // expected-error @+1 {{'relay.call_global' op calls undefined global function @nope}}
  %0 = relay.call_global @nope(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @callee(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

func.func @global_types(%x: tensor<2xf32>) {
  // expected-error @+1 {{'relay.call_global' op types do not match @callee of type '(tensor<4xf32>) -> tensor<4xf32>'}}
  %0 = relay.call_global @callee(%x) : (tensor<2xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @if_condition(%c: tensor<2xi1>, %a: tensor<4xf32>) {
  // expected-error @+1 {{'relay.if' op condition must be a scalar bool, got 'tensor<2xi1>'}}
  %0 = relay.if %c : tensor<2xi1> -> tensor<4xf32> {
    relay.yield %a : tensor<4xf32>
  } else {
    relay.yield %a : tensor<4xf32>
  }
  return
}

// -----

func.func @if_branch(%c: tensor<i1>, %a: tensor<4xf32>, %b: tensor<4xi32>) {
  // expected-error @+1 {{'relay.if' op else branch yields 'tensor<4xi32>' but the op declares 'tensor<4xf32>'}}
  %0 = relay.if %c : tensor<i1> -> tensor<4xf32> {
    relay.yield %a : tensor<4xf32>
  } else {
    relay.yield %b : tensor<4xi32>
  }
  return
}

// -----

func.func @yield_parent(%a: tensor<4xf32>) {
  // expected-error @+1 {{'relay.yield' op expects parent op to be one of 'relay.fn, relay.if'}}
  relay.yield %a : tensor<4xf32>
}

// -----

// expected-error @+1 {{'relay.type_def' op constructor must be [name, field types...]}}
relay.type_def {sym_name = "Bad", type_params = [], constructors = [[]]}

// -----

// expected-error @+1 {{'relay.type_def' op constructor "Some" has a field that is not a type}}
relay.type_def {sym_name = "Option", type_params = ["A"], constructors = [["Some", 1 : i64], ["None"]]}

// -----

func.func @abs_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{abs: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.abs"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @ceil_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{ceil: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.ceil"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @copy_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{copy: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.copy"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @cos_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{cos: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.cos"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @erf_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{erf: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.erf"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @floor_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{floor: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.floor"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @log_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{log: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.log"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @logical_not_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{logical_not: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.logical_not"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @negative_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{negative: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.negative"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @ones_like_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{ones_like: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.ones_like"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @round_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{round: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.round"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @rsqrt_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{rsqrt: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.rsqrt"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @sigmoid_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{sigmoid: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.sigmoid"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @sign_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{sign: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.sign"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @sin_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{sin: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.sin"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @sqrt_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{sqrt: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.sqrt"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @stop_gradient_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{stop_gradient: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.stop_gradient"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @tanh_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{tanh: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.tanh"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @trunc_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{trunc: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.trunc"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @zeros_like_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{zeros_like: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.zeros_like"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @nn_leaky_relu_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{nn.leaky_relu: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.leaky_relu"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @nn_log_softmax_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{nn.log_softmax: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.log_softmax"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @nn_lrn_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{nn.lrn: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.lrn"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @nn_softmax_operand(%t: tuple<tensor<2xf32>>) {
  // expected-error @+2 {{nn.softmax: operand 'data' must be a tensor, got tuple<tensor<2xf32>>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.softmax"(%t) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return
}

// -----

func.func @divide_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{divide: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.divide"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @floor_divide_broadcast(%x: tensor<2x3xi32>, %y: tensor<2xi32>) {
  // expected-error @+2 {{floor_divide: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.floor_divide"(%x, %y) : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @greater_equal_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{greater_equal: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.greater_equal"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xi1>
  return
}

// -----

func.func @less_equal_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{less_equal: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.less_equal"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xi1>
  return
}

// -----

func.func @logical_and_broadcast(%x: tensor<2x3xi1>, %y: tensor<2xi1>) {
  // expected-error @+2 {{logical_and: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.logical_and"(%x, %y) : (tensor<2x3xi1>, tensor<2xi1>) -> tensor<2x3xi1>
  return
}

// -----

func.func @logical_or_broadcast(%x: tensor<2x3xi1>, %y: tensor<2xi1>) {
  // expected-error @+2 {{logical_or: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.logical_or"(%x, %y) : (tensor<2x3xi1>, tensor<2xi1>) -> tensor<2x3xi1>
  return
}

// -----

func.func @maximum_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{maximum: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.maximum"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @minimum_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{minimum: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.minimum"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @mod_broadcast(%x: tensor<2x3xi32>, %y: tensor<2xi32>) {
  // expected-error @+2 {{mod: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.mod"(%x, %y) : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @not_equal_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{not_equal: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.not_equal"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xi1>
  return
}

// -----

func.func @power_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{power: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.power"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @subtract_broadcast(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+2 {{subtract: shapes (2, 3) and (2) are not broadcastable}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.subtract"(%x, %y) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @all_axis(%x: tensor<2x3xi1>) {
  // expected-error @+2 {{all: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.all"(%x) {axis = array<i64: -3>} : (tensor<2x3xi1>) -> tensor<3xi1>
  return
}

// -----

func.func @any_axis(%x: tensor<2x3xi1>) {
  // expected-error @+2 {{any: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.any"(%x) {axis = array<i64: -3>} : (tensor<2x3xi1>) -> tensor<3xi1>
  return
}

// -----

func.func @min_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{min: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.min"(%x) {axis = array<i64: -3>} : (tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @prod_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{prod: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.prod"(%x) {axis = array<i64: -3>} : (tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @clip_attr(%x: tensor<2xf32>) {
  // expected-error @+1 {{'relay.clip' op requires attribute 'a_min'}}
  %0 = "relay.clip"(%x) {a_max = 6.0 : f64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reverse_attr(%x: tensor<2xf32>) {
  // expected-error @+1 {{'relay.reverse' op requires attribute 'axis'}}
  %0 = "relay.reverse"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

// Relation checks added with the fixes for /work/helper-bugs: nn.matmul's
// N-d tensor_a and `units`, conv_transpose's `channels` and `kernel_size`,
// attributes that would give negative or zero dimensions, unchecked axes,
// and qnn dtypes.
func.func @matmul_units_mismatch(%a: tensor<8x8xf32>, %b: tensor<8x3xf32>) {
  // TVM's MatmulRel assigns tensor_b the type (reduce, units) = (8, 5)
  // expected-error @+2 {{nn.matmul: units=5 does not match tensor_b (8, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) {units = 5 : i64} : (tensor<8x8xf32>, tensor<8x3xf32>) -> tensor<8x3xf32>
  return
}
// -----

func.func @matmul_units_mismatch_transposed(%a: tensor<2x4x8xf32>, %b: tensor<3x8xf32>) {
  // expected-error @+2 {{nn.matmul: units=8 does not match tensor_b (3, 8) (b transposed)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) {units = 8 : i64, transpose_b = true} : (tensor<2x4x8xf32>, tensor<3x8xf32>) -> tensor<2x4x8xf32>
  return
}
// -----

func.func @matmul_units_negative(%a: tensor<8x8xf32>, %b: tensor<8x?xf32>) {
  // expected-error @+2 {{nn.matmul: units must be positive, got -3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) {units = -3 : i64} : (tensor<8x8xf32>, tensor<8x?xf32>) -> tensor<8x3xf32>
  return
}
// -----

func.func @matmul_nd_reduction(%a: tensor<2x4x8xf32>, %b: tensor<7x3xf32>) {
  // expected-error @+2 {{nn.matmul: reduction dimensions differ: (2, 4, 8) and (7, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) : (tensor<2x4x8xf32>, tensor<7x3xf32>) -> tensor<2x4x3xf32>
  return
}
// -----

func.func @matmul_b_rank(%a: tensor<2x4x8xf32>, %b: tensor<2x8x3xf32>) {
  // expected-error @+2 {{nn.matmul: expects tensor_a of rank >= 1 and a rank-2 tensor_b, got (2, 4, 8) and (2, 8, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) : (tensor<2x4x8xf32>, tensor<2x8x3xf32>) -> tensor<2x4x3xf32>
  return
}
// -----

func.func @matmul_a_rank_transposed(%a: tensor<8xf32>, %b: tensor<8x3xf32>) {
  // expected-error @+2 {{nn.matmul: expects tensor_a of rank >= 2 (transpose_a) and a rank-2 tensor_b, got (8) and (8, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.matmul"(%a, %b) {transpose_a = true} : (tensor<8xf32>, tensor<8x3xf32>) -> tensor<3xf32>
  return
}
// -----

func.func @dense_units_negative(%x: tensor<4x8xf32>, %w: tensor<?x8xf32>) {
  // expected-error @+2 {{nn.dense: units must be positive, got -2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.dense"(%x, %w) {units = -2 : i64} : (tensor<4x8xf32>, tensor<?x8xf32>) -> tensor<4x2xf32>
  return
}
// -----

func.func @conv2d_transpose_channels(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: channels=5 does not match the weight's 8 output channels}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {channels = 5 : i64} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x5x7x7xf32>
  return
}
// -----

func.func @conv2d_transpose_kernel_size(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: kernel_size (5, 5) does not match the weight (4, 8, 3, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {kernel_size = array<i64: 5, 5>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x7x7xf32>
  return
}
// -----

func.func @conv2d_transpose_channels_groups(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) {
  // channels counts the output channels of all groups
  // expected-error @+2 {{nn.conv2d_transpose: channels=2 does not match the weight's 4 output channels (2 x groups 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {groups = 2 : i64, channels = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32>
  return
}
// -----

func.func @conv2d_transpose_channels_negative(%x: tensor<1x4x5x5xf32>, %w: tensor<4x?x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d_transpose: channels must be positive, got -8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {channels = -8 : i64} : (tensor<1x4x5x5xf32>, tensor<4x?x3x3xf32>) -> tensor<1x8x7x7xf32>
  return
}
// -----

func.func @conv3d_transpose_channels(%x: tensor<1x2x3x4x5xf32>, %w: tensor<2x3x2x2x2xf32>) {
  // expected-error @+2 {{nn.conv3d_transpose: channels=4 does not match the weight's 3 output channels}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv3d_transpose"(%x, %w) {channels = 4 : i64} : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x4x4x5x6xf32>
  return
}
// -----

func.func @conv3d_transpose_kernel_size(%x: tensor<1x2x3x4x5xf32>, %w: tensor<2x3x2x2x2xf32>) {
  // expected-error @+2 {{nn.conv3d_transpose: kernel_size (2, 3, 2) does not match the weight (2, 3, 2, 2, 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv3d_transpose"(%x, %w) {kernel_size = array<i64: 2, 3, 2>} : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x3x4x6x6xf32>
  return
}
// -----

func.func @conv3d_transpose_kernel_size_arity(%x: tensor<1x2x3x4x5xf32>, %w: tensor<2x3x2x2x2xf32>) {
  // expected-error @+2 {{nn.conv3d_transpose: kernel_size (2, 2) must have 3 values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv3d_transpose"(%x, %w) {kernel_size = array<i64: 2, 2>} : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x3x4x5x6xf32>
  return
}
// -----

func.func @conv2d_channels_negative(%x: tensor<1x3x8x8xf32>, %w: tensor<?x3x3x3xf32>) {
  // expected-error @+2 {{nn.conv2d: channels must be positive, got -4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {channels = -4 : i64} : (tensor<1x3x8x8xf32>, tensor<?x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}
// -----

func.func @one_hot_negative_depth(%i: tensor<3xi32>, %s: tensor<f32>) {
  // expected-error @+2 {{one_hot: depth must be positive, got -2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.one_hot"(%i, %s, %s) {depth = -2 : i64} : (tensor<3xi32>, tensor<f32>, tensor<f32>) -> tensor<3x2xf32>
  return
}
// -----

func.func @one_hot_zero_depth(%i: tensor<3xi32>, %s: tensor<f32>) {
  // TVM's OneHotRel: CHECK_GT(depth, 0)
  // expected-error @+2 {{one_hot: depth must be positive, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.one_hot"(%i, %s, %s) {depth = 0 : i64} : (tensor<3xi32>, tensor<f32>, tensor<f32>) -> tensor<3x0xf32>
  return
}
// -----

func.func @full_negative_shape(%s: tensor<f32>) {
  // expected-error @+2 {{full: shape (-2, 3) has a negative dimension}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.full"(%s) {shape = array<i64: -2, 3>} : (tensor<f32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @broadcast_to_negative_shape(%s: tensor<3xf32>) {
  // expected-error @+2 {{broadcast_to: shape (-3, 3) has a negative dimension}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.broadcast_to"(%s) {shape = array<i64: -3, 3>} : (tensor<3xf32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @conv2d_transpose_negative_output(%x: tensor<1x4x2x2xf32>, %w: tensor<4x8x3x3xf32>) {
  // (2 - 1) * 1 - 4 - 4 + (3 - 1) + 1 = -4
  // expected-error @+2 {{nn.conv2d_transpose: the padding (4, 4) leaves no output for the input (1, 4, 2, 2) and the weight (4, 8, 3, 3) (output size -4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {padding = array<i64: 4, 4>} : (tensor<1x4x2x2xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x4x4xf32>
  return
}
// -----

func.func @conv2d_transpose_zero_output(%x: tensor<1x4x2x2xf32>, %w: tensor<4x8x3x3xf32>) {
  // (2 - 1) * 1 - 2 - 2 + (3 - 1) + 1 = 0
  // expected-error @+2 {{nn.conv2d_transpose: the padding (2, 2) leaves no output for the input (1, 4, 2, 2) and the weight (4, 8, 3, 3) (output size 0)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) {padding = array<i64: 2, 2>} : (tensor<1x4x2x2xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x1x1xf32>
  return
}
// -----

func.func @upsampling_negative_scale(%x: tensor<1x4x2x2xf32>) {
  // expected-error @+2 {{nn.upsampling: scale_h and scale_w must be positive, got -2 and 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.upsampling"(%x) {scale_h = -2.0 : f64, scale_w = 1.0 : f64} : (tensor<1x4x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}
// -----

func.func @resize2d_negative_size(%x: tensor<1x4x2x2xf32>) {
  // expected-error @+2 {{image.resize2d: size (-1, 2) has a negative value}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.image.resize2d"(%x) {size = array<i64: -1, 2>} : (tensor<1x4x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}
// -----

func.func @adaptive_avg_pool2d_negative_size(%x: tensor<1x4x2x2xf32>) {
  // expected-error @+2 {{nn.adaptive_avg_pool2d: output_size (-5) has a negative value}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.adaptive_avg_pool2d"(%x) {output_size = array<i64: -5>} : (tensor<1x4x2x2xf32>) -> tensor<1x4x1x1xf32>
  return
}
// -----

func.func @reshape_split_dynamic_negative(%x: tensor<?xf32>) {
  // -4 splits a dynamic dim: the values after it must be sizes or -1
  // expected-error @+2 {{reshape: cannot reshape (?) to (-4, -2, 3): -4 must be followed by positive values or -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reshape"(%x) {newshape = array<i64: -4, -2, 3>} : (tensor<?xf32>) -> tensor<?x3xf32>
  return
}
// -----

func.func @repeat_negative(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{repeat: repeats must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.repeat"(%x) {repeats = -2 : i64, axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}
// -----

func.func @reverse_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reverse: axis 5 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reverse"(%x) {axis = 5 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @reverse_negative_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reverse: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.reverse"(%x) {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @softmax_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{nn.softmax: axis 5 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.softmax"(%x) {axis = 5 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @log_softmax_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{nn.log_softmax: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.log_softmax"(%x) {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @lrn_axis(%x: tensor<1x4x2x2xf32>) {
  // expected-error @+2 {{nn.lrn: axis 4 is out of range for a tensor of rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.lrn"(%x) {axis = 4 : i64} : (tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32>
  return
}
// -----

func.func @l2_normalize_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{nn.l2_normalize: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.l2_normalize"(%x) {eps = 1.0e-10 : f64, axis = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
// -----

func.func @qnn_quantize_axis(%x: tensor<4xf32>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.quantize: axis 1 is out of range for a tensor of rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.quantize"(%x, %s, %z) {out_dtype = "int8", axis = 1 : i64} : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xi8>
  return
}
// -----

func.func @qnn_dequantize_axis(%x: tensor<2x4xi8>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.dequantize: axis -3 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.dequantize"(%x, %s, %z) {axis = -3 : i64} : (tensor<2x4xi8>, tensor<f32>, tensor<i32>) -> tensor<2x4xf32>
  return
}
// -----

func.func @qnn_requantize_axis(%x: tensor<2x8xi32>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.requantize: axis 2 is out of range for a tensor of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.requantize"(%x, %s, %z, %s, %z) {out_dtype = "int8", axis = 2 : i64} : (tensor<2x8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xi8>
  return
}
// -----

func.func @qnn_quantize_out_dtype(%q: tensor<4xf32>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.quantize: out_dtype must be one of [int8, uint8, int32], got float32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.quantize"(%q, %s, %z) {out_dtype = "float32"} : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
  return
}
// -----

func.func @qnn_quantize_int_input(%i: tensor<4xi8>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.quantize: input dtype must be one of [float32], got int8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.quantize"(%i, %s, %z) {out_dtype = "int8"} : (tensor<4xi8>, tensor<f32>, tensor<i32>) -> tensor<4xi8>
  return
}
// -----

func.func @qnn_quantize_f16_input(%h: tensor<4xf16>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.quantize: input dtype must be one of [float32], got float16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.quantize"(%h, %s, %z) {out_dtype = "uint8"} : (tensor<4xf16>, tensor<f32>, tensor<i32>) -> tensor<4xui8>
  return
}
// -----

func.func @qnn_dequantize_float_input(%q: tensor<4xf32>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.dequantize: input dtype must be one of [int8, uint8, int32], got float32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.dequantize"(%q, %s, %z) : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
  return
}
// -----

func.func @qnn_dequantize_i16_input(%q: tensor<4xi16>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.dequantize: input dtype must be one of [int8, uint8, int32], got int16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.dequantize"(%q, %s, %z) : (tensor<4xi16>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
  return
}
// -----

func.func @qnn_requantize_out_dtype(%x: tensor<2x8xi32>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.requantize: out_dtype must be one of [int8, uint8, int16, int32], got float32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.requantize"(%x, %s, %z, %s, %z) {out_dtype = "float32"} : (tensor<2x8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xf32>
  return
}
// -----

func.func @qnn_requantize_float_input(%x: tensor<2x8xf32>, %s: tensor<f32>, %z: tensor<i32>) {
  // expected-error @+2 {{qnn.requantize: input dtype must be one of [int8, uint8, int16, int32, int64], got float32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.qnn.requantize"(%x, %s, %z, %s, %z) {out_dtype = "int8"} : (tensor<2x8xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xi8>
  return
}
