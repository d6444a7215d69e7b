// RUN: flexmatch-run %s --print | FileCheck %s
//
// Reductions with axes, keepdims and exclude on a 2x3x4 tensor of small
// integers.

// out0: mean over axis 1, keepdims
// CHECK: out0: float32 (2, 1, 4)
// CHECK-NEXT: {{^}} {{(0\.666666[0-9]*|0\.666667[0-9]*)}} 4.33333{{[0-9]*}} 5.33333{{[0-9]*}} 2.66666{{[0-9]*}} 5 -0.333333{{[0-9]*}} 2.66666{{[0-9]*}} {{(7\.66666[0-9]*|7\.66667[0-9]*)}}{{$}}
// out1: sum over axes 0 and 2
// CHECK: out1: float32 (3,)
// CHECK-NEXT: {{^}} 22 41 21{{$}}
// out2: sum of everything (no axis): a rank-0 result
// CHECK: out2: float32 ()
// CHECK-NEXT: {{^}} 84{{$}}
// out3: max over every axis but the last (exclude)
// CHECK: out3: float32 (4,)
// CHECK-NEXT: {{^}} 8 9 9 9{{$}}
// out4: max over axis 2, keepdims
// CHECK: out4: float32 (2, 3, 1)
// CHECK-NEXT: {{^}} 4 9 5 9 8 6{{$}}
// out5: argmax over axis 2 (int32); ties (x[0, 1, 1] = x[0, 1, 2] = 9, ...) pick the first index
// CHECK: out5: int32 (2, 3)
// CHECK-NEXT: {{^}} 2 1 1 3 3 1{{$}}
// out6: argmax over axis 1, keepdims
// CHECK: out6: int32 (2, 1, 4)
// CHECK-NEXT: {{^}} 1 1 1 2 0 2 0 0{{$}}
// out7: mean over axes 0 and 2 (exclude axis 1)
// CHECK: out7: float32 (3,)
// CHECK-NEXT: {{^}} 2.75 5.125 2.625{{$}}

func.func @main() -> (tensor<2x1x4xf32>, tensor<3xf32>, tensor<f32>, tensor<4xf32>, tensor<2x3x1xf32>, tensor<2x3xi32>, tensor<2x1x4xi32>, tensor<3xf32>) {
  %c0 = relay.constant dense<[[[3.0, -1.0, 4.0, 1.0], [5.0, 9.0, 9.0, 2.0], [-6.0, 5.0, 3.0, 5.0]], [[8.0, -9.0, 7.0, 9.0], [3.0, 2.0, 3.0, 8.0], [4.0, 6.0, -2.0, 6.0]]]> : tensor<2x3x4xf32>
  %v1 = "relay.mean"(%c0) {axis = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %v2 = "relay.sum"(%c0) {axis = array<i64: 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %v3 = "relay.sum"(%c0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %v4 = "relay.max"(%c0) {axis = array<i64: -1>, exclude = true} : (tensor<2x3x4xf32>) -> tensor<4xf32>
  %v5 = "relay.max"(%c0) {axis = array<i64: 2>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %v6 = "relay.argmax"(%c0) {axis = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3xi32>
  %v7 = "relay.argmax"(%c0) {axis = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi32>
  %v8 = "relay.mean"(%c0) {axis = array<i64: 1>, exclude = true} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8 : tensor<2x1x4xf32>, tensor<3xf32>, tensor<f32>, tensor<4xf32>, tensor<2x3x1xf32>, tensor<2x3xi32>, tensor<2x1x4xi32>, tensor<3xf32>
}
