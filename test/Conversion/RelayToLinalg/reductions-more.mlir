// RUN: flexmatch-run %s --print | FileCheck %s
//
// min, prod, all, any and argmin with axes, keepdims and exclude, on a
// 2x3x4 tensor of small integers (and booleans for all / any).

// out0: min over axis 1
// CHECK: out0: float32 (2, 4)
// CHECK-NEXT: {{^}} -6 -1 -9 1 3 -9 -2 6{{$}}
// out1: min over axes 0 and 2, keepdims
// CHECK: out1: float32 (1, 3, 1)
// CHECK-NEXT: {{^}} -9 -9 -6{{$}}
// out2: min of everything: a rank-0 result
// CHECK: out2: float32 ()
// CHECK-NEXT: {{^}} -9{{$}}
// out3: prod over axis 2
// CHECK: out3: float32 (2, 3)
// CHECK-NEXT: {{^}} -12 -810 -450 -4536 144 -288{{$}}
// out4: prod over every axis but the last (exclude)
// CHECK: out4: float32 (4,)
// CHECK-NEXT: {{^}} -8640 4860 4536 4320{{$}}
// out5: min int32 over axis 1
// CHECK: out5: int32 (2,)
// CHECK-NEXT: {{^}} -2 -1{{$}}
// out6: prod int32 over axis 0
// CHECK: out6: int32 (3,)
// CHECK-NEXT: {{^}} -3 -10 0{{$}}
// out7: min uint8 over axis 0 (unsigned: 128 < 200 < 255)
// CHECK: out7: uint8 (3,)
// CHECK-NEXT: {{^}} 7 3 0{{$}}
// out8: argmin over axis 2 (int32)
// CHECK: out8: int32 (2, 3)
// CHECK-NEXT: {{^}} 1 2 0 1 1 2{{$}}
// out9: argmin over axis 1, keepdims
// CHECK: out9: int32 (2, 1, 4)
// CHECK-NEXT: {{^}} 2 0 1 0 1 0 2 2{{$}}
// out10: argmin of everything: -9 appears at flat indices 6 and 13; the first wins
// CHECK: out10: int32 ()
// CHECK-NEXT: {{^}} 6{{$}}
// out11: argmin over axis 1 with ties: the first index (1 and 0)
// CHECK: out11: int32 (2,)
// CHECK-NEXT: {{^}} 1 0{{$}}
// out12: the same with select_last_index: the last index (2 and 3)
// CHECK: out12: int32 (2,)
// CHECK-NEXT: {{^}} 2 3{{$}}
// out13: all over axis 2
// CHECK: out13: bool (2, 3)
// CHECK-NEXT: {{^}} 1 0 1 0 0 0{{$}}
// out14: any over axis 2
// CHECK: out14: bool (2, 3)
// CHECK-NEXT: {{^}} 1 1 1 0 0 1{{$}}
// out15: all over axis 1, keepdims
// CHECK: out15: bool (2, 1, 2)
// CHECK-NEXT: {{^}} 1 0 0 0{{$}}
// out16: any over every axis but 0 (exclude)
// CHECK: out16: bool (2,)
// CHECK-NEXT: {{^}} 1 1{{$}}
// out17: all of everything
// CHECK: out17: bool ()
// CHECK-NEXT: {{^}} 0{{$}}
// out18: any of everything
// CHECK: out18: bool ()
// CHECK-NEXT: {{^}} 1{{$}}

func.func @main() -> (tensor<2x4xf32>, tensor<1x3x1xf32>, tensor<f32>, tensor<2x3xf32>, tensor<4xf32>, tensor<2xi32>, tensor<3xi32>, tensor<3xui8>, tensor<2x3xi32>, tensor<2x1x4xi32>, tensor<i32>, tensor<2xi32>, tensor<2xi32>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x1x2xi1>, tensor<2xi1>, tensor<i1>, tensor<i1>) {
  %c0 = relay.constant dense<[[[3.0, -1.0, 4.0, 1.0], [5.0, 9.0, -9.0, 2.0], [-6.0, 5.0, 3.0, 5.0]], [[8.0, -9.0, 7.0, 9.0], [3.0, 2.0, 3.0, 8.0], [4.0, 6.0, -2.0, 6.0]]]> : tensor<2x3x4xf32>
  %v1 = "relay.min"(%c0) {axis = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %v2 = "relay.min"(%c0) {axis = array<i64: 0, 2>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %v3 = "relay.min"(%c0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %v4 = "relay.prod"(%c0) {axis = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
  %v5 = "relay.prod"(%c0) {axis = array<i64: -1>, exclude = true} : (tensor<2x3x4xf32>) -> tensor<4xf32>
  %c6 = relay.constant dense<[[3, -2, 7], [-1, 5, 0]]> : tensor<2x3xi32>
  %v7 = "relay.min"(%c6) {axis = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<2xi32>
  %v8 = "relay.prod"(%c6) {axis = array<i64: 0>} : (tensor<2x3xi32>) -> tensor<3xi32>
  %c9 = relay.constant dense<[[200, 3, 128], [7, 255, 0]]> : tensor<2x3xui8>
  %v10 = "relay.min"(%c9) {axis = array<i64: 0>} : (tensor<2x3xui8>) -> tensor<3xui8>
  %v11 = "relay.argmin"(%c0) {axis = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3xi32>
  %v12 = "relay.argmin"(%c0) {axis = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi32>
  %v13 = "relay.argmin"(%c0) : (tensor<2x3x4xf32>) -> tensor<i32>
  %c14 = relay.constant dense<[[2.0, 1.0, 1.0, 3.0], [0.0, 5.0, 0.0, 0.0]]> : tensor<2x4xf32>
  %v15 = "relay.argmin"(%c14) {axis = array<i64: 1>} : (tensor<2x4xf32>) -> tensor<2xi32>
  %v16 = "relay.argmin"(%c14) {axis = array<i64: 1>, select_last_index = true} : (tensor<2x4xf32>) -> tensor<2xi32>
  %c17 = relay.constant dense<[[[true, true], [true, false], [true, true]], [[false, false], [false, false], [true, false]]]> : tensor<2x3x2xi1>
  %v18 = "relay.all"(%c17) {axis = array<i64: 2>} : (tensor<2x3x2xi1>) -> tensor<2x3xi1>
  %v19 = "relay.any"(%c17) {axis = array<i64: 2>} : (tensor<2x3x2xi1>) -> tensor<2x3xi1>
  %v20 = "relay.all"(%c17) {axis = array<i64: 1>, keepdims = true} : (tensor<2x3x2xi1>) -> tensor<2x1x2xi1>
  %v21 = "relay.any"(%c17) {axis = array<i64: 0>, exclude = true} : (tensor<2x3x2xi1>) -> tensor<2xi1>
  %v22 = "relay.all"(%c17) : (tensor<2x3x2xi1>) -> tensor<i1>
  %v23 = "relay.any"(%c17) : (tensor<2x3x2xi1>) -> tensor<i1>
  return %v1, %v2, %v3, %v4, %v5, %v7, %v8, %v10, %v11, %v12, %v13, %v15, %v16, %v18, %v19, %v20, %v21, %v22, %v23 : tensor<2x4xf32>, tensor<1x3x1xf32>, tensor<f32>, tensor<2x3xf32>, tensor<4xf32>, tensor<2xi32>, tensor<3xi32>, tensor<3xui8>, tensor<2x3xi32>, tensor<2x1x4xi32>, tensor<i32>, tensor<2xi32>, tensor<2xi32>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x1x2xi1>, tensor<2xi1>, tensor<i1>, tensor<i1>
}
