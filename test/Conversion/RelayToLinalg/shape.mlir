// RUN: flexmatch-run %s --print | FileCheck %s
//
// Shape and data movement ops on tensors whose values name their
// positions (x[i, j, k] = 12i + 4j + k for the [2, 3, 4] input).

// out0: reshape to [-1, 6]: the same row-major values
// CHECK: out0: float32 (4, 6)
// CHECK-NEXT: {{^}} 0 1 2 3 4 5 6 7{{$}}
// CHECK-NEXT: {{^}}8 9 10 11 12 13 14 15{{$}}
// CHECK-NEXT: {{^}}16 17 18 19 20 21 22 23{{$}}
// out1: transpose (2, 0, 1): out[k, i, j] = x[i, j, k] = 12i + 4j + k
// CHECK: out1: float32 (4, 2, 3)
// CHECK-NEXT: {{^}} 0 4 8 12 16 20 1 5{{$}}
// CHECK-NEXT: {{^}}9 13 17 21 2 6 10 14{{$}}
// CHECK-NEXT: {{^}}18 22 3 7 11 15 19 23{{$}}
// out2: concatenate [2, 1] and [2, 2] along axis 1
// CHECK: out2: float32 (2, 3)
// CHECK-NEXT: {{^}} 100 1 2 200 3 4{{$}}
// out3: split [2, 5] at indices (1, 4) along axis 1, part 0: columns [0, 1)
// CHECK: out3: float32 (2, 1)
// CHECK-NEXT: {{^}} 0 5{{$}}
// out4: split [2, 5] at indices (1, 4) along axis 1, part 1: columns [1, 4)
// CHECK: out4: float32 (2, 3)
// CHECK-NEXT: {{^}} 1 2 3 6 7 8{{$}}
// out5: split [2, 5] at indices (1, 4) along axis 1, part 2: columns [4, 5)
// CHECK: out5: float32 (2, 1)
// CHECK-NEXT: {{^}} 4 9{{$}}
// out6: split into 2 sections along axis 0, part 1
// CHECK: out6: float32 (1, 5)
// CHECK-NEXT: {{^}} 5 6 7 8 9{{$}}
// out7: strided_slice begin (-1, 2, 3), end (-3, -4, 0), strides (-1, -2, -2): axis 0 takes
// out7: 1, 0 (end -3 + 2 = -1 reaches index 0), axis 1 takes 2, 0, axis 2 takes 3, 1
// CHECK: out7: float32 (2, 2, 2)
// CHECK-NEXT: {{^}} 23 21 15 13 11 9 3 1{{$}}
// out8: take, mode clip: indices (-1, 0, 2, 3, 4, 9) clamp to [0, 3]
// CHECK: out8: float32 (2, 3)
// CHECK-NEXT: {{^}} 10 10 30 40 40 40{{$}}
// out9: take, mode wrap: indices taken modulo 4
// CHECK: out9: float32 (2, 3)
// CHECK-NEXT: {{^}} 40 10 30 40 10 20{{$}}
// out10: take along axis 1 of [2, 5] (values 5i + j) with indices [[0, 2], [1, 1]]
// CHECK: out10: float32 (2, 2, 2)
// CHECK-NEXT: {{^}} 0 2 1 1 5 7 6 6{{$}}
// out11: pad [[1, 2, 3], [4, 5, 6]] by (1, 1) rows and (2, 1) columns, mode constant (value 9)
// CHECK: out11: float32 (4, 6)
// CHECK-NEXT: {{^}} 9 9 9 9 9 9 9 9{{$}}
// CHECK-NEXT: {{^}}1 2 3 9 9 9 4 5{{$}}
// CHECK-NEXT: {{^}}6 9 9 9 9 9 9 9{{$}}
// out12: pad [[1, 2, 3], [4, 5, 6]] by (1, 1) rows and (2, 1) columns, mode edge
// CHECK: out12: float32 (4, 6)
// CHECK-NEXT: {{^}} 1 1 1 2 3 3 1 1{{$}}
// CHECK-NEXT: {{^}}1 2 3 3 4 4 4 5{{$}}
// CHECK-NEXT: {{^}}6 6 4 4 4 5 6 6{{$}}
// out13: pad [[1, 2, 3], [4, 5, 6]] by (1, 1) rows and (2, 1) columns, mode reflect
// CHECK: out13: float32 (4, 6)
// CHECK-NEXT: {{^}} 6 5 4 5 6 5 3 2{{$}}
// CHECK-NEXT: {{^}}1 2 3 2 6 5 4 5{{$}}
// CHECK-NEXT: {{^}}6 5 3 2 1 2 3 2{{$}}
// out14: tile (1, 2)
// CHECK: out14: float32 (2, 6)
// CHECK-NEXT: {{^}} 1 2 3 1 2 3 4 5{{$}}
// CHECK-NEXT: {{^}}6 4 5 6{{$}}
// out15: tile (2, 2)
// CHECK: out15: float32 (4, 6)
// CHECK-NEXT: {{^}} 1 2 3 1 2 3 4 5{{$}}
// CHECK-NEXT: {{^}}6 4 5 6 1 2 3 1{{$}}
// CHECK-NEXT: {{^}}2 3 4 5 6 4 5 6{{$}}
// out16: repeat 2 along axis 1
// CHECK: out16: float32 (2, 6)
// CHECK-NEXT: {{^}} 1 1 2 2 3 3 4 4{{$}}
// CHECK-NEXT: {{^}}5 5 6 6{{$}}
// out17: repeat 3 along axis 0
// CHECK: out17: float32 (6, 3)
// CHECK-NEXT: {{^}} 1 2 3 1 2 3 1 2{{$}}
// CHECK-NEXT: {{^}}3 4 5 6 4 5 6 4{{$}}
// CHECK-NEXT: {{^}}5 6{{$}}
// out18: one_hot of (0, 2, 3, 1), depth 3, on 5, off -1: index 3 is out of range (all off)
// CHECK: out18: float32 (4, 3)
// CHECK-NEXT: {{^}} 5 -1 -1 -1 -1 5 -1 -1{{$}}
// CHECK-NEXT: {{^}}-1 -1 5 -1{{$}}
// out19: the same with the new axis first (axis 0)
// CHECK: out19: float32 (3, 4)
// CHECK-NEXT: {{^}} 5 -1 -1 -1 -1 -1 -1 5{{$}}
// CHECK-NEXT: {{^}}-1 5 -1 -1{{$}}

func.func @main() -> (tensor<4x6xf32>, tensor<4x2x3xf32>, tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>, tensor<1x5xf32>, tensor<2x2x2xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2x2xf32>, tensor<4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>, tensor<2x6xf32>, tensor<4x6xf32>, tensor<2x6xf32>, tensor<6x3xf32>, tensor<4x3xf32>, tensor<3x4xf32>) {
  %c0 = relay.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %v1 = "relay.reshape"(%c0) {newshape = array<i64: -1, 6>} : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
  %v2 = "relay.transpose"(%c0) {axes = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %c3 = relay.constant dense<[[100.0], [200.0]]> : tensor<2x1xf32>
  %c4 = relay.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %v5 = relay.tuple %c3, %c4 : (tensor<2x1xf32>, tensor<2x2xf32>) -> tuple<tensor<2x1xf32>, tensor<2x2xf32>>
  %v6 = "relay.concatenate"(%v5) {axis = 1 : i64} : (tuple<tensor<2x1xf32>, tensor<2x2xf32>>) -> tensor<2x3xf32>
  %c7 = relay.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0]]> : tensor<2x5xf32>
  %v8 = "relay.split"(%c7) {indices_or_sections = array<i64: 1, 4>, axis = 1 : i64} : (tensor<2x5xf32>) -> tuple<tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>>
  %v9 = relay.tuple_get_item %v8[0] : tuple<tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>> -> tensor<2x1xf32>
  %v10 = relay.tuple_get_item %v8[1] : tuple<tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>> -> tensor<2x3xf32>
  %v11 = relay.tuple_get_item %v8[2] : tuple<tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>> -> tensor<2x1xf32>
  %v12 = "relay.split"(%c7) {indices_or_sections = 2 : i64} : (tensor<2x5xf32>) -> tuple<tensor<1x5xf32>, tensor<1x5xf32>>
  %v13 = relay.tuple_get_item %v12[1] : tuple<tensor<1x5xf32>, tensor<1x5xf32>> -> tensor<1x5xf32>
  %v14 = "relay.strided_slice"(%c0) {begin = array<i64: -1, 2, 3>, end = array<i64: -3, -4, 0>, strides = array<i64: -1, -2, -2>} : (tensor<2x3x4xf32>) -> tensor<2x2x2xf32>
  %c15 = relay.constant dense<[10.0, 20.0, 30.0, 40.0]> : tensor<4xf32>
  %c16 = relay.constant dense<[[-1, 0, 2], [3, 4, 9]]> : tensor<2x3xi32>
  %v17 = "relay.take"(%c15, %c16) {axis = 0 : i64} : (tensor<4xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  %v18 = "relay.take"(%c15, %c16) {axis = 0 : i64, mode = "wrap"} : (tensor<4xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  %c19 = relay.constant dense<[[0, 2], [1, 1]]> : tensor<2x2xi32>
  %v20 = "relay.take"(%c7, %c19) {axis = 1 : i64} : (tensor<2x5xf32>, tensor<2x2xi32>) -> tensor<2x2x2xf32>
  %c21 = relay.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %c22 = relay.constant dense<9.0> : tensor<f32>
  %v23 = "relay.nn.pad"(%c21, %c22) {pad_width = [array<i64: 1, 1>, array<i64: 2, 1>], pad_mode = "constant"} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x6xf32>
  %v24 = "relay.nn.pad"(%c21, %c22) {pad_width = [array<i64: 1, 1>, array<i64: 2, 1>], pad_mode = "edge"} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x6xf32>
  %v25 = "relay.nn.pad"(%c21, %c22) {pad_width = [array<i64: 1, 1>, array<i64: 2, 1>], pad_mode = "reflect"} : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x6xf32>
  %v26 = "relay.tile"(%c21) {reps = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  %v27 = "relay.tile"(%c21) {reps = array<i64: 2, 2>} : (tensor<2x3xf32>) -> tensor<4x6xf32>
  %v28 = "relay.repeat"(%c21) {repeats = 2 : i64, axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  %v29 = "relay.repeat"(%c21) {repeats = 3 : i64, axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<6x3xf32>
  %c30 = relay.constant dense<[0, 2, 3, 1]> : tensor<4xi32>
  %c31 = relay.constant dense<5.0> : tensor<f32>
  %c32 = relay.constant dense<-1.0> : tensor<f32>
  %v33 = "relay.one_hot"(%c30, %c31, %c32) {depth = 3 : i64, dtype = "float32"} : (tensor<4xi32>, tensor<f32>, tensor<f32>) -> tensor<4x3xf32>
  %v34 = "relay.one_hot"(%c30, %c31, %c32) {depth = 3 : i64, axis = 0 : i64, dtype = "float32"} : (tensor<4xi32>, tensor<f32>, tensor<f32>) -> tensor<3x4xf32>
  return %v1, %v2, %v6, %v9, %v10, %v11, %v13, %v14, %v17, %v18, %v20, %v23, %v24, %v25, %v26, %v27, %v28, %v29, %v33, %v34 : tensor<4x6xf32>, tensor<4x2x3xf32>, tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>, tensor<1x5xf32>, tensor<2x2x2xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2x2xf32>, tensor<4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>, tensor<2x6xf32>, tensor<4x6xf32>, tensor<2x6xf32>, tensor<6x3xf32>, tensor<4x3xf32>, tensor<3x4xf32>
}
