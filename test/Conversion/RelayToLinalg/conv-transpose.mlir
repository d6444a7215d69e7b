// RUN: flexmatch-run %s --print | FileCheck %s
//
// conv2d_transpose against its scatter definition: input element
// in[n, c, i, j] adds in * w[c, o, ky, kx] to
// out[n, g * O/G + o, i * sh - pad_top + ky * dh, j * sw - pad_left + kx * dw]
// (g the group of c; the weight is [in, out / groups, kh, kw]); the
// output size is (in - 1) * stride - pad_begin - pad_end + dilation * (k - 1) + 1 + output_padding.

// out0: strides 2, padding 1, output_padding 1: size (2 - 1) * 2 - 2 + 2 + 1 + 1 = 4
// CHECK: out0: float32 (1, 3, 4, 4)
// CHECK-NEXT: {{^}} 1 -6 2 8 0 4 2 2{{$}}
// CHECK-NEXT: {{^}}3 -12 4 8 13 -25 16 -20{{$}}
// CHECK-NEXT: {{^}}-11 11 -14 2 3 12 2 2{{$}}
// CHECK-NEXT: {{^}}-17 19 -20 4 -7 21 -8 16{{$}}
// CHECK-NEXT: {{^}}7 -17 10 -14 11 -15 12 2{{$}}
// CHECK-NEXT: {{^}}13 -25 16 -20 8 -3 8 -8{{$}}
// out1: groups 2, strides (1, 2), padding top 0 / left 1 / bottom 1 / right 0, output_padding (0, 1)
// CHECK: out1: float32 (1, 2, 2, 6)
// CHECK-NEXT: {{^}} 1 -4 2 -6 3 0 6 -12{{$}}
// CHECK-NEXT: {{^}}9 -15 12 0 -14 0 -16 0{{$}}
// CHECK-NEXT: {{^}}-18 0 -27 8 -30 9 -33 0{{$}}
// out2: dilation 2: each input element scattered to (i + 2 ky, j + 2 kx), times w[ky, kx] (1, 10, 100, 1000)
// CHECK: out2: float32 (1, 1, 4, 4)
// CHECK-NEXT: {{^}} 1 2 10 20 3 4 30 40{{$}}
// CHECK-NEXT: {{^}}100 200 1000 2000 300 400 3000 4000{{$}}

func.func @main() -> (tensor<1x3x4x4xf32>, tensor<1x2x2x6xf32>, tensor<1x1x4x4xf32>) {
  %c0 = relay.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]]> : tensor<1x2x2x2xf32>
  %c1 = relay.constant dense<[[[[-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0], [0.0, 2.0, -1.0]], [[1.0, -2.0, 0.0], [2.0, -1.0, 1.0], [-2.0, 0.0, 2.0]], [[-1.0, 1.0, -2.0], [0.0, 2.0, -1.0], [1.0, -2.0, 0.0]]], [[[2.0, -1.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0]], [[0.0, 2.0, -1.0], [1.0, -2.0, 0.0], [2.0, -1.0, 1.0]], [[-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0], [0.0, 2.0, -1.0]]]]> : tensor<2x3x3x3xf32>
  %v2 = "relay.nn.conv2d_transpose"(%c0, %c1) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, output_padding = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x4x4xf32>
  %c3 = relay.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]]> : tensor<1x2x2x3xf32>
  %c4 = relay.constant dense<[[[[-2.0, 1.0], [-1.0, 2.0]]], [[[0.0, -2.0], [1.0, -1.0]]]]> : tensor<2x1x2x2xf32>
  %v5 = "relay.nn.conv2d_transpose"(%c3, %c4) {groups = 2 : i64, strides = array<i64: 1, 2>, padding = array<i64: 0, 1, 1, 0>, output_padding = array<i64: 0, 1>} : (tensor<1x2x2x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x6xf32>
  %c6 = relay.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %c7 = relay.constant dense<[[[[1.0, 10.0], [100.0, 1000.0]]]]> : tensor<1x1x2x2xf32>
  %v8 = "relay.nn.conv2d_transpose"(%c6, %c7) {dilation = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
  return %v2, %v5, %v8 : tensor<1x3x4x4xf32>, tensor<1x2x2x6xf32>, tensor<1x1x4x4xf32>
}
