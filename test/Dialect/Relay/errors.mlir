// RUN: flexmatch-opt %s -split-input-file -verify-diagnostics

func.func @wrong_result(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  // expected-error @+2 {{'relay.nn.conv2d' op inferred type(s) 'tensor<1x4x6x6xf32>' are incompatible with return type(s) of operation 'tensor<1x4x8x8xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// -----

func.func @bad_layout(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{nn.conv2d: data_layout 'NCHX' is not a permutation of NCHW}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.conv2d"(%x, %w) {data_layout = "NCHX"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @bias(%x: tensor<2x8xf32>, %b: tensor<4xf32>) -> tensor<2x8xf32> {
  // expected-error @+2 {{nn.bias_add: bias must have shape (8) to match axis 1 of (2, 8), got (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.nn.bias_add"(%x, %b) : (tensor<2x8xf32>, tensor<4xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @dtype(%x: tensor<2xf32>, %y: tensor<2xi32>) -> tensor<2xf32> {
  // expected-error @+2 {{add: operands have different dtypes float32 and int32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.add"(%x, %y) : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @proj(%t: tuple<tensor<2xf32>>) -> tensor<2xf32> {
  // expected-error @+2 {{tuple index 3 is out of range for a tuple of 1 fields}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "relay.tuple_get_item"(%t) {index = 3 : i64} : (tuple<tensor<2xf32>>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
