// RUN: flexmatch-opt %s | FileCheck %s
// Round trip: printed IR parses back to the same.
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s

// CHECK-LABEL: func.func @conv
// CHECK: hlscnn.conv2d %arg0, %arg1 {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} composite "ilacnn.conv2d" compiler "ilacnn" : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} composite "ilacnn.conv2d" compiler "ilacnn" : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// Strides and asymmetric padding: (9 + 0 + 1 - 3) / 2 + 1 = 4 rows,
// (9 + 2 + 0 - 3) / 2 + 1 = 5 columns; the out dtype may differ.
// CHECK-LABEL: func.func @strided
// CHECK: hlscnn.conv2d %arg0, %arg1 {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} composite "c" compiler "d" : (tensor<2x3x9x9xf32>, tensor<5x3x3x3xf32>) -> tensor<2x5x4x5xi32>
func.func @strided(%x: tensor<2x3x9x9xf32>, %w: tensor<5x3x3x3xf32>) -> tensor<2x5x4x5xi32> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} composite "c" compiler "d" : (tensor<2x3x9x9xf32>, tensor<5x3x3x3xf32>) -> tensor<2x5x4x5xi32>
  return %0 : tensor<2x5x4x5xi32>
}
