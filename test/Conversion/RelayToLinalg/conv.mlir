// RUN: flexmatch-run %s --print | FileCheck %s
//
// Convolutions against a direct evaluation of their definition
//   out[n, o, p] = sum over c in o's group, k of in[n, c, p * stride + k * dilation - pad_begin] * w[o, c, k]
// (zero outside the input). Inputs are small integers, so every result is
// exact.

// out0: NCHW, strides 2, padding top 1 / left 0 / bottom 0 / right 1
// CHECK: out0: float32 (1, 2, 2, 2)
// CHECK-NEXT: {{^}} 39 -11 28 -42 -47 -38 -33 -23{{$}}
// out1: dilation 2: out[y, x] = 1*in[y, x] + 10*in[y, x+2] + 100*in[y+2, x] + 1000*in[y+2, x+2]
// out1: with in[y, x] = 5y + x + 1; e.g. out[0, 0] = 1 + 30 + 1100 + 13000 = 14131
// CHECK: out1: float32 (1, 1, 3, 3)
// CHECK-NEXT: {{^}} 14131 15242 16353 19686 20797 21908 25241 26352{{$}}
// CHECK-NEXT: {{^}}27463{{$}}
// out2: groups 2
// CHECK: out2: float32 (1, 4, 2, 2)
// CHECK-NEXT: {{^}} 7 0 7 -7 -6 5 -1 -4{{$}}
// CHECK-NEXT: {{^}}11 0 -1 -5 -7 0 7 0{{$}}
// out3: depthwise (groups = channels = 3), padding 1
// CHECK: out3: float32 (1, 3, 4, 4)
// CHECK-NEXT: {{^}} 2 3 4 -3 9 6 6 -12{{$}}
// CHECK-NEXT: {{^}}18 6 6 -21 7 -6 -7 -18{{$}}
// CHECK-NEXT: {{^}}-10 -1 -1 12 -33 -23 -25 15{{$}}
// CHECK-NEXT: {{^}}-42 -29 -31 18 -32 -34 -36 0{{$}}
// CHECK-NEXT: {{^}}19 -18 -19 -42 22 17 18 -6{{$}}
// CHECK-NEXT: {{^}}25 20 21 -6 0 50 52 54{{$}}
// out4: depthwise with channel multiplier 2 (groups 2, 4 output channels)
// CHECK: out4: float32 (1, 4, 2, 2)
// CHECK-NEXT: {{^}} 6 6 6 6 -5 -7 -11 -13{{$}}
// CHECK-NEXT: {{^}}8 9 11 12 -16 -17 -19 -20{{$}}
// out5: NHWC data, HWIO weight, strides 2, padding 1
// CHECK: out5: float32 (1, 2, 2, 3)
// CHECK-NEXT: {{^}} 19 -20 -9 25 -17 11 -1 -41{{$}}
// CHECK-NEXT: {{^}}-1 17 -21 1{{$}}
// out6: conv1d, strides 2, padding begin 2 / end 1
// CHECK: out6: float32 (1, 3, 4)
// CHECK-NEXT: {{^}} -12 -13 -17 -9 -1 -8 -8 -1{{$}}
// CHECK-NEXT: {{^}}15 7 11 -18{{$}}
// out7: conv1d, groups 2, dilation 2: out[0, i] = x[0, i] + 10 x[0, i+2], out[1, i] = -x[1, i] + 2 x[1, i+2]
// CHECK: out7: float32 (1, 2, 4)
// CHECK-NEXT: {{^}} 31 42 53 64 11 12 13 14{{$}}

func.func @main() -> (tensor<1x2x2x2xf32>, tensor<1x1x3x3xf32>, tensor<1x4x2x2xf32>, tensor<1x3x4x4xf32>, tensor<1x4x2x2xf32>, tensor<1x2x2x3xf32>, tensor<1x3x4xf32>, tensor<1x2x4xf32>) {
  %c0 = relay.constant dense<[[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]], [[17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0], [25.0, 26.0, 27.0, 28.0], [29.0, 30.0, 31.0, 32.0]]]]> : tensor<1x2x4x4xf32>
  %c1 = relay.constant dense<[[[[-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0], [0.0, 2.0, -1.0]], [[1.0, -2.0, 0.0], [2.0, -1.0, 1.0], [-2.0, 0.0, 2.0]]], [[[-1.0, 1.0, -2.0], [0.0, 2.0, -1.0], [1.0, -2.0, 0.0]], [[2.0, -1.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0]]]]> : tensor<2x2x3x3xf32>
  %v2 = "relay.nn.conv2d"(%c0, %c1) {strides = array<i64: 2, 2>, padding = array<i64: 1, 0, 0, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x3x3xf32>) -> tensor<1x2x2x2xf32>
  %c3 = relay.constant dense<[[[[1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0], [11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0, 25.0]]]]> : tensor<1x1x5x5xf32>
  %c4 = relay.constant dense<[[[[1.0, 10.0], [100.0, 1000.0]]]]> : tensor<1x1x2x2xf32>
  %v5 = "relay.nn.conv2d"(%c3, %c4) {dilation = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
  %c6 = relay.constant dense<[[[[-3.0, 0.0, 3.0], [-1.0, 2.0, -2.0], [1.0, -3.0, 0.0]], [[3.0, -1.0, 2.0], [-2.0, 1.0, -3.0], [0.0, 3.0, -1.0]], [[2.0, -2.0, 1.0], [-3.0, 0.0, 3.0], [-1.0, 2.0, -2.0]], [[1.0, -3.0, 0.0], [3.0, -1.0, 2.0], [-2.0, 1.0, -3.0]]]]> : tensor<1x4x3x3xf32>
  %c7 = relay.constant dense<[[[[-1.0, 1.0], [0.0, -1.0]], [[1.0, 0.0], [-1.0, 1.0]]], [[[0.0, -1.0], [1.0, 0.0]], [[-1.0, 1.0], [0.0, -1.0]]], [[[1.0, 0.0], [-1.0, 1.0]], [[0.0, -1.0], [1.0, 0.0]]], [[[-1.0, 1.0], [0.0, -1.0]], [[1.0, 0.0], [-1.0, 1.0]]]]> : tensor<4x2x2x2xf32>
  %v8 = "relay.nn.conv2d"(%c6, %c7) {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x2x2x2xf32>) -> tensor<1x4x2x2xf32>
  %c9 = relay.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], [[10.0, 11.0, 12.0], [13.0, 14.0, 15.0], [16.0, 17.0, 18.0]], [[19.0, 20.0, 21.0], [22.0, 23.0, 24.0], [25.0, 26.0, 27.0]]]]> : tensor<1x3x3x3xf32>
  %c10 = relay.constant dense<[[[[-2.0, 1.0], [-1.0, 2.0]]], [[[0.0, -2.0], [1.0, -1.0]]], [[[2.0, 0.0], [-2.0, 1.0]]]]> : tensor<3x1x2x2xf32>
  %v11 = "relay.nn.conv2d"(%c9, %c10) {groups = 3 : i64, padding = array<i64: 1, 1>} : (tensor<1x3x3x3xf32>, tensor<3x1x2x2xf32>) -> tensor<1x3x4x4xf32>
  %c12 = relay.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], [[10.0, 11.0, 12.0], [13.0, 14.0, 15.0], [16.0, 17.0, 18.0]]]]> : tensor<1x2x3x3xf32>
  %c13 = relay.constant dense<[[[[-2.0, 1.0], [-1.0, 2.0]]], [[[0.0, -2.0], [1.0, -1.0]]], [[[2.0, 0.0], [-2.0, 1.0]]], [[[-1.0, 2.0], [0.0, -2.0]]]]> : tensor<4x1x2x2xf32>
  %v14 = "relay.nn.conv2d"(%c12, %c13) {groups = 2 : i64} : (tensor<1x2x3x3xf32>, tensor<4x1x2x2xf32>) -> tensor<1x4x2x2xf32>
  %c15 = relay.constant dense<[[[[1.0, 10.0], [2.0, 11.0], [3.0, 12.0]], [[4.0, 13.0], [5.0, 14.0], [6.0, 15.0]], [[7.0, 16.0], [8.0, 17.0], [9.0, 18.0]]]]> : tensor<1x3x3x2xf32>
  %c16 = relay.constant dense<[[[[-2.0, -1.0, 0.0], [1.0, 2.0, -2.0]], [[0.0, 1.0, 2.0], [-2.0, -1.0, 0.0]]], [[[2.0, -2.0, -1.0], [0.0, 1.0, 2.0]], [[-1.0, 0.0, 1.0], [2.0, -2.0, -1.0]]]]> : tensor<2x2x2x3xf32>
  %v17 = "relay.nn.conv2d"(%c15, %c16) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, data_layout = "NHWC", kernel_layout = "HWIO"} : (tensor<1x3x3x2xf32>, tensor<2x2x2x3xf32>) -> tensor<1x2x2x3xf32>
  %c18 = relay.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [7.0, 8.0, 9.0, 10.0, 11.0, 12.0]]]> : tensor<1x2x6xf32>
  %c19 = relay.constant dense<[[[-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0]], [[0.0, 2.0, -1.0], [1.0, -2.0, 0.0]], [[2.0, -1.0, 1.0], [-2.0, 0.0, 2.0]]]> : tensor<3x2x3xf32>
  %v20 = "relay.nn.conv1d"(%c18, %c19) {strides = array<i64: 2>, padding = array<i64: 2, 1>} : (tensor<1x2x6xf32>, tensor<3x2x3xf32>) -> tensor<1x3x4xf32>
  %c21 = relay.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [7.0, 8.0, 9.0, 10.0, 11.0, 12.0]]]> : tensor<1x2x6xf32>
  %c22 = relay.constant dense<[[[1.0, 10.0]], [[-1.0, 2.0]]]> : tensor<2x1x2xf32>
  %v23 = "relay.nn.conv1d"(%c21, %c22) {groups = 2 : i64, dilation = array<i64: 2>} : (tensor<1x2x6xf32>, tensor<2x1x2xf32>) -> tensor<1x2x4xf32>
  return %v2, %v5, %v8, %v11, %v14, %v17, %v20, %v23 : tensor<1x2x2x2xf32>, tensor<1x1x3x3xf32>, tensor<1x4x2x2xf32>, tensor<1x3x4x4xf32>, tensor<1x4x2x2xf32>, tensor<1x2x2x3xf32>, tensor<1x3x4xf32>, tensor<1x2x4xf32>
}
