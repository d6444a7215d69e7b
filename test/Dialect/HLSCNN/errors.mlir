// RUN: flexmatch-opt %s -split-input-file -verify-diagnostics

func.func @groups(%x: tensor<1x4x8x8xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{violates 'groups == 1': the weight has 2 input channels but the data has 4}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @rank(%x: tensor<4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{violates 'rank 4': NCHW data has shape [4, 8, 8]}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @weight_rank(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{violates 'rank 4': OIHW weight has shape [4, 4, 3]}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x4x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @int_inputs(%x: tensor<1x4x8x8xi8>, %w: tensor<4x4x3x3xi8>) -> tensor<1x4x6x6xi32> {
  // expected-error @below {{violates 'float inputs': the inputs have element type 'i8'}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xi8>, tensor<4x4x3x3xi8>) -> tensor<1x4x6x6xi32>
  return %0 : tensor<1x4x6x6xi32>
}

// -----

func.func @mixed(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf16>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{violates 'one input element type': operand #1 has element type 'f16' but operand #0 has 'f32'}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf16>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @out_dtype(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xcomplex<f32>> {
  // expected-error @below {{violates 'out dtype is a float or integer type': the result has element type 'complex<f32>'}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xcomplex<f32>>
  return %0 : tensor<1x4x6x6xcomplex<f32>>
}

// -----

func.func @dynamic(%x: tensor<?x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<?x4x6x6xf32> {
  // expected-error @below {{violates 'static shapes': shape [?, 4, 8, 8] is dynamic}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<?x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<?x4x6x6xf32>
  return %0 : tensor<?x4x6x6xf32>
}

// -----

func.func @strides(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{strides must be two positive values [sh, sw], got [1, 0]}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 0>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @padding(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{padding must be four non-negative values [top, left, bottom, right], got [1, 1]}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 1, 1>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @kernel(%x: tensor<1x4x2x2xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x1x1xf32> {
  // expected-error @below {{kernel 3x3 exceeds the padded input 2x2}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x2x2xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x1x1xf32>
  return %0 : tensor<1x4x1x1xf32>
}

// -----

func.func @result(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x8x8xf32> {
  // expected-error @below {{result shape [1, 4, 8, 8] differs from the computed [1, 4, 6, 6]}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}
