// RUN: flexmatch-run %s --print | FileCheck %s
//
// 3-d convolutions against direct evaluations of their definitions:
//   conv3d: out[n, o, p...] = sum over c in o's group, k... of
//           in[n, c, p * stride + k * dilation - pad_begin] * w[o, c, k]
//   conv3d_transpose: in[n, c, i...] adds in * w[c, o, k...] to
//           out[n, g * O/G + o, i * stride - pad_begin + k * dilation]
// (zero outside the input). Inputs are small integers, so every result is
// exact.

// out0: conv3d, strides (1, 2, 2), padding begin (1, 0, 1) / end (0, 1, 0)
// CHECK: out0: float32 (1, 2, 3, 2, 2)
// CHECK-NEXT: {{^}} -9 -8 12 3 1 -20 1 6{{$}}
// CHECK-NEXT: {{^}}-9 -10 -2 -5 -2 3 -5 -2{{$}}
// CHECK-NEXT: {{^}}8 17 2 2 3 -5 10 11{{$}}
// out1: grouped conv3d (groups 2: output channels 0-1 read input channels 0-1, 2-3 read 2-3),
// out1: dilation (1, 2, 1), padding 1 before and after W (three padding values: one per side pair)
// CHECK: out1: float32 (1, 4, 2, 2, 4)
// CHECK-NEXT: {{^}} -2 -1 2 7 2 0 5 -3{{$}}
// CHECK-NEXT: {{^}}0 -1 -2 5 3 7 -1 -5{{$}}
// CHECK-NEXT: {{^}}3 6 8 -1 9 -4 -8 1{{$}}
// CHECK-NEXT: {{^}}7 5 -4 1 7 1 -5 3{{$}}
// CHECK-NEXT: {{^}}10 -19 2 3 -2 11 8 1{{$}}
// CHECK-NEXT: {{^}}-10 6 -7 0 2 10 -3 4{{$}}
// CHECK-NEXT: {{^}}-3 6 -1 12 4 6 -9 -12{{$}}
// CHECK-NEXT: {{^}}4 6 1 -8 -2 4 -6 -14{{$}}
// out2: depthwise conv3d with channel multiplier 2 (groups 2, 4 output channels), strides 2
// CHECK: out2: float32 (1, 4, 1, 1, 1)
// CHECK-NEXT: {{^}} 10 2 8 3{{$}}
// out3: conv3d on NDHWC data with a DHWIO weight, padding begin (1, 0, 0) / end (0, 0, 1)
// CHECK: out3: float32 (1, 2, 2, 3, 3)
// CHECK-NEXT: {{^}} -13 -12 21 16 6 -13 8 1{{$}}
// CHECK-NEXT: {{^}}-5 -19 -9 12 -3 -2 -1 2{{$}}
// CHECK-NEXT: {{^}}0 -1 -12 -20 10 5 -10 -5{{$}}
// CHECK-NEXT: {{^}}0 -2 -1 13 -9 -7 10 3{{$}}
// CHECK-NEXT: {{^}}-8 -4 -2 4{{$}}
// out4: conv3d_transpose, strides (2, 1, 2), padding begin (1, 0, 0) / end (0, 0, 1), output_padding (1, 0, 1):
// out4: sizes (2 - 1) * 2 - 1 + 1 + 1 + 1 = 4, (2 - 1) + 1 + 1 = 3, (2 - 1) * 2 - 1 + 1 + 1 + 1 = 4
// CHECK: out4: float32 (1, 2, 4, 3, 4)
// CHECK-NEXT: {{^}} 3 3 2 -2 2 8 0 6{{$}}
// CHECK-NEXT: {{^}}3 0 2 0 0 3 4 1{{$}}
// CHECK-NEXT: {{^}}-10 2 5 -9 -8 2 3 0{{$}}
// CHECK-NEXT: {{^}}-3 3 -1 -7 1 4 -2 -1{{$}}
// CHECK-NEXT: {{^}}3 0 -1 0 0 0 0 0{{$}}
// CHECK-NEXT: {{^}}0 0 0 0 0 0 0 0{{$}}
// CHECK-NEXT: {{^}}-6 6 -2 0 -7 13 -2 10{{$}}
// CHECK-NEXT: {{^}}-6 2 -4 2 12 0 -4 -8{{$}}
// CHECK-NEXT: {{^}}22 2 -8 0 10 0 -4 0{{$}}
// CHECK-NEXT: {{^}}3 0 5 -8 -5 -1 5 -1{{$}}
// CHECK-NEXT: {{^}}-6 -2 2 1 0 0 0 0{{$}}
// CHECK-NEXT: {{^}}0 0 0 0 0 0 0 0{{$}}
// out5: conv3d_transpose, groups 2 (each input channel feeds its own output channel), dilation (1, 2, 1)
// CHECK: out5: float32 (1, 2, 1, 4, 3)
// CHECK-NEXT: {{^}} 0 -1 2 2 -1 -6 0 1{{$}}
// CHECK-NEXT: {{^}}-2 -2 1 6 2 -5 3 1{{$}}
// CHECK-NEXT: {{^}}1 -2 0 -4 6 0 -2 -4{{$}}

func.func @main() -> (tensor<1x2x3x2x2xf32>, tensor<1x4x2x2x4xf32>, tensor<1x4x1x1x1xf32>, tensor<1x2x2x3x3xf32>, tensor<1x2x4x3x4xf32>, tensor<1x2x1x4x3xf32>) {
  %c0 = relay.constant dense<[[[[[3.0, 3.0, -3.0, -3.0], [1.0, -1.0, -1.0, -1.0], [2.0, 2.0, -1.0, -2.0], [-3.0, -2.0, -3.0, -3.0]], [[-3.0, 1.0, -1.0, -3.0], [1.0, -1.0, 3.0, -2.0], [0.0, -1.0, 2.0, -2.0], [-2.0, -3.0, -2.0, 2.0]], [[-3.0, 3.0, -3.0, 3.0], [0.0, -1.0, 3.0, -1.0], [-2.0, 3.0, 1.0, 0.0], [1.0, -1.0, 1.0, 2.0]]], [[[-3.0, 1.0, 1.0, -3.0], [2.0, 3.0, 3.0, 3.0], [2.0, 0.0, 3.0, 0.0], [0.0, -3.0, 2.0, 0.0]], [[-1.0, 3.0, -2.0, 3.0], [2.0, -1.0, -2.0, 0.0], [3.0, -2.0, 0.0, 2.0], [2.0, 1.0, -1.0, -3.0]], [[-3.0, 2.0, -3.0, -1.0], [1.0, 0.0, -2.0, -1.0], [1.0, 1.0, -2.0, 1.0], [-3.0, 2.0, 1.0, -1.0]]]]]> : tensor<1x2x3x4x4xf32>
  %c1 = relay.constant dense<[[[[[0.0, 1.0], [-2.0, 1.0]], [[0.0, 1.0], [2.0, -2.0]]], [[[-1.0, -2.0], [-2.0, 1.0]], [[-1.0, 2.0], [0.0, -2.0]]]], [[[[2.0, 1.0], [-2.0, 0.0]], [[1.0, -1.0], [1.0, 1.0]]], [[[-2.0, 1.0], [2.0, 2.0]], [[-1.0, 0.0], [0.0, 0.0]]]]]> : tensor<2x2x2x2x2xf32>
  %v2 = "relay.nn.conv3d"(%c0, %c1) {strides = array<i64: 1, 2, 2>, padding = array<i64: 1, 0, 1, 0, 1, 0>} : (tensor<1x2x3x4x4xf32>, tensor<2x2x2x2x2xf32>) -> tensor<1x2x3x2x2xf32>
  %c3 = relay.constant dense<[[[[[0.0, -1.0, 2.0], [2.0, -1.0, -1.0], [1.0, 0.0, -3.0], [1.0, 2.0, 0.0]], [[0.0, 2.0, -2.0], [2.0, 2.0, -1.0], [3.0, -1.0, -1.0], [1.0, 2.0, -1.0]]], [[[-1.0, 1.0, -2.0], [0.0, -3.0, 1.0], [2.0, 3.0, 3.0], [2.0, 0.0, -1.0]], [[2.0, -2.0, -1.0], [0.0, -1.0, 2.0], [0.0, 1.0, 3.0], [1.0, -2.0, -1.0]]], [[[1.0, -2.0, 1.0], [1.0, 0.0, -1.0], [2.0, -3.0, -1.0], [-1.0, 3.0, 3.0]], [[0.0, 1.0, 2.0], [2.0, 1.0, 0.0], [-3.0, -1.0, 1.0], [1.0, 2.0, 3.0]]], [[[-1.0, -2.0, 3.0], [3.0, 2.0, -1.0], [3.0, -2.0, 1.0], [0.0, 0.0, -1.0]], [[0.0, 1.0, -2.0], [2.0, 1.0, -1.0], [-2.0, 2.0, -3.0], [0.0, 2.0, -3.0]]]]]> : tensor<1x4x2x4x3xf32>
  %c4 = relay.constant dense<[[[[[0.0, 2.0], [0.0, 0.0]]], [[[-2.0, 0.0], [1.0, -1.0]]]], [[[[0.0, 2.0], [0.0, 1.0]]], [[[2.0, 2.0], [1.0, 2.0]]]], [[[[-1.0, 0.0], [0.0, 2.0]]], [[[2.0, 0.0], [-2.0, 2.0]]]], [[[[2.0, -1.0], [-2.0, -2.0]]], [[[2.0, 1.0], [2.0, 1.0]]]]]> : tensor<4x2x1x2x2xf32>
  %v5 = "relay.nn.conv3d"(%c3, %c4) {padding = array<i64: 0, 0, 1>, dilation = array<i64: 1, 2, 1>, groups = 2 : i64} : (tensor<1x4x2x4x3xf32>, tensor<4x2x1x2x2xf32>) -> tensor<1x4x2x2x4xf32>
  %c6 = relay.constant dense<[[[[[0.0, -1.0, 0.0], [-1.0, 0.0, -2.0], [0.0, -3.0, -1.0]], [[3.0, -3.0, -1.0], [2.0, -3.0, 2.0], [2.0, 3.0, -2.0]], [[-3.0, -3.0, 0.0], [3.0, 3.0, 0.0], [3.0, -1.0, -3.0]]], [[[2.0, 0.0, -2.0], [-1.0, 1.0, 2.0], [0.0, 3.0, 1.0]], [[2.0, 1.0, -1.0], [1.0, -3.0, 3.0], [2.0, 2.0, 2.0]], [[-3.0, -2.0, -3.0], [-1.0, 2.0, 1.0], [-2.0, 0.0, -1.0]]]]]> : tensor<1x2x3x3x3xf32>
  %c7 = relay.constant dense<[[[[[0.0, 1.0], [2.0, 1.0]], [[2.0, -2.0], [2.0, 1.0]]]], [[[[1.0, -2.0], [-2.0, 1.0]], [[1.0, 1.0], [-1.0, 0.0]]]], [[[[0.0, 2.0], [0.0, 1.0]], [[-1.0, 2.0], [1.0, -2.0]]]], [[[[-1.0, -1.0], [1.0, -1.0]], [[2.0, 0.0], [0.0, -1.0]]]]]> : tensor<4x1x2x2x2xf32>
  %v8 = "relay.nn.conv3d"(%c6, %c7) {strides = array<i64: 2, 2, 2>, groups = 2 : i64} : (tensor<1x2x3x3x3xf32>, tensor<4x1x2x2x2xf32>) -> tensor<1x4x1x1x1xf32>
  %c9 = relay.constant dense<[[[[[3.0, 2.0], [-2.0, 1.0], [-1.0, -3.0]], [[2.0, 0.0], [1.0, 3.0], [0.0, 0.0]], [[2.0, 1.0], [-3.0, 3.0], [1.0, 1.0]]], [[[2.0, 2.0], [-2.0, 1.0], [-3.0, 1.0]], [[-1.0, -3.0], [0.0, 1.0], [-1.0, -1.0]], [[2.0, 2.0], [1.0, -2.0], [0.0, -3.0]]]]]> : tensor<1x2x3x3x2xf32>
  %c10 = relay.constant dense<[[[[[2.0, -1.0, 0.0], [0.0, 2.0, -1.0]], [[-2.0, 2.0, 2.0], [0.0, 0.0, 0.0]]], [[[-2.0, -1.0, 1.0], [0.0, -2.0, 0.0]], [[-1.0, 0.0, 0.0], [-1.0, -2.0, -1.0]]]], [[[[-2.0, -1.0, 2.0], [-2.0, 0.0, 1.0]], [[-2.0, 2.0, -1.0], [-2.0, -2.0, 2.0]]], [[[0.0, 0.0, 1.0], [2.0, 0.0, -2.0]], [[1.0, 0.0, 1.0], [-2.0, -1.0, 2.0]]]]]> : tensor<2x2x2x2x3xf32>
  %v11 = "relay.nn.conv3d"(%c9, %c10) {padding = array<i64: 1, 0, 0, 0, 0, 1>, data_layout = "NDHWC", kernel_layout = "DHWIO"} : (tensor<1x2x3x3x2xf32>, tensor<2x2x2x2x3xf32>) -> tensor<1x2x2x3x3xf32>
  %c12 = relay.constant dense<[[[[[0.0, 2.0], [-3.0, -2.0]], [[-3.0, 3.0], [-3.0, 1.0]]], [[[3.0, 2.0], [2.0, 2.0]], [[-3.0, -1.0], [-2.0, 1.0]]]]]> : tensor<1x2x2x2x2xf32>
  %c13 = relay.constant dense<[[[[[1.0, 0.0], [2.0, -2.0]], [[0.0, -2.0], [-1.0, 0.0]]], [[[-2.0, -2.0], [-2.0, 0.0]], [[1.0, -2.0], [2.0, 0.0]]]], [[[[-1.0, -1.0], [1.0, 2.0]], [[1.0, 1.0], [0.0, 0.0]]], [[[-2.0, 2.0], [-2.0, 0.0]], [[-2.0, 2.0], [0.0, 1.0]]]]]> : tensor<2x2x2x2x2xf32>
  %v14 = "relay.nn.conv3d_transpose"(%c12, %c13) {strides = array<i64: 2, 1, 2>, output_padding = array<i64: 1, 0, 1>, padding = array<i64: 1, 0, 0, 0, 0, 1>} : (tensor<1x2x2x2x2xf32>, tensor<2x2x2x2x2xf32>) -> tensor<1x2x4x3x4xf32>
  %c15 = relay.constant dense<[[[[[0.0, -1.0], [2.0, 3.0]]], [[[-2.0, 3.0], [-1.0, -2.0]]]]]> : tensor<1x2x1x2x2xf32>
  %c16 = relay.constant dense<[[[[[1.0, -2.0], [-1.0, 2.0]]]], [[[[-1.0, 1.0], [0.0, 2.0]]]]]> : tensor<2x1x1x2x2xf32>
  %v17 = "relay.nn.conv3d_transpose"(%c15, %c16) {dilation = array<i64: 1, 2, 1>, groups = 2 : i64} : (tensor<1x2x1x2x2xf32>, tensor<2x1x1x2x2xf32>) -> tensor<1x2x1x4x3xf32>
  return %v2, %v5, %v8, %v11, %v14, %v17 : tensor<1x2x3x2x2xf32>, tensor<1x4x2x2x4xf32>, tensor<1x4x1x1x1xf32>, tensor<1x2x2x3x3xf32>, tensor<1x2x4x3x4xf32>, tensor<1x2x1x4x3xf32>
}
