// RUN: flexmatch-opt %s --split-input-file --convert-flexmatch-to-hlscnn | FileCheck %s --check-prefixes=CHECK,HLS
// The combined pass does the same.
// RUN: flexmatch-opt %s --split-input-file --convert-flexmatch-to-accelerators | FileCheck %s --check-prefixes=CHECK,ALL

// Strides and padding come from the body's convolution; the BYOC names from
// the composite.
// CHECK-LABEL: func.func @conv
// CHECK-NEXT: %[[C:.*]] = hlscnn.conv2d %arg0, %arg1 {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} composite "ilacnn.conv2d" compiler "ilacnn" : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
// CHECK-NEXT: return %[[C]]
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>):
    %1 = relay.nn.conv2d %a, %b {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
    flexmatch.yield %1 : tensor<1x4x4x4xf32>
  }
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// Relay's short paddings: two values are [h, w] on both sides, defaults
// (no attributes) are stride 1 and no padding.
// CHECK-LABEL: func.func @paddings
// CHECK: hlscnn.conv2d %arg0, %arg1 {padding = array<i64: 2, 1, 2, 1>, strides = array<i64: 1, 1>} composite "my.cnn" compiler "mycc"
// CHECK: hlscnn.conv2d %arg0, %arg1 {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "my.cnn" compiler "mycc"
func.func @paddings(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> (tensor<1x4x10x8xf32>, tensor<1x4x6x6xf32>) {
  %0 = flexmatch.composite "hlscnn-conv2d" composite "my.cnn" compiler "mycc" (%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x8xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>):
    %1 = relay.nn.conv2d %a, %b {padding = array<i64: 2, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x8xf32>
    flexmatch.yield %1 : tensor<1x4x10x8xf32>
  }
  %2 = flexmatch.composite "hlscnn-conv2d" composite "my.cnn" compiler "mycc" (%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>):
    %3 = relay.nn.conv2d %a, %b : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
    flexmatch.yield %3 : tensor<1x4x6x6xf32>
  }
  return %0, %2 : tensor<1x4x10x8xf32>, tensor<1x4x6x6xf32>
}

// -----

// Composites of other functions stay (the combined pass converts them).
// CHECK-LABEL: func.func @other
// HLS-NEXT: flexmatch.composite "flex-linear"
// ALL-NEXT: flexasr.linear %arg0, %arg1, %arg2 composite "ilaflex.linear" compiler "ilaflex"
func.func @other(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>, %b: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%x, %w, %b) : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32> {
  ^bb0(%a: tensor<4x8xf32>, %c: tensor<3x8xf32>, %d: tensor<3xf32>):
    %1 = relay.nn.dense %a, %c : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32>
    %2 = relay.nn.bias_add %1, %d : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
    flexmatch.yield %2 : tensor<4x3xf32>
  }
  return %0 : tensor<4x3xf32>
}
