// RUN: flexmatch-run %s --print | FileCheck %s
//
// qnn.conv2d and qnn.dense: the float op on (data - input_zero_point) and
// (weight - kernel_zero_point), in int32 (the scales only matter to a later
// requantize). qnn.add: both operands requantized to the output scale,
// (q - zp) * scale / output_scale rounded, then added, plus the output zero
// point, clamped to the output type. The qnn.add values avoid rounding ties,
// where rounding modes differ.

// out0: qnn.conv2d, uint8 data with zero point 128, int8 weight with zero point -2, strides 2,
// out0: padding 1: the padding holds the zero point (0 after the subtraction)
// CHECK: out0: int32 (1, 3, 3, 3)
// CHECK-NEXT: {{^}} -14 34 -15 58 44 -25 4 6{{$}}
// CHECK-NEXT: {{^}}-20 3 -1 8 -52 -8 13 -4{{$}}
// CHECK-NEXT: {{^}}19 -21 -1 34 -8 -1 -13 14{{$}}
// CHECK-NEXT: {{^}}-2 16 -17{{$}}
// out1: qnn.conv2d, depthwise (groups 2) on NHWC int8 data with zero point -3, HWIO int8 weight
// out1: with zero point 1
// CHECK: out1: int32 (1, 2, 2, 2)
// CHECK-NEXT: {{^}} 1 1 6 -39 13 27 5 2{{$}}
// out2: qnn.dense, uint8 data with zero point 10, int8 weight with zero point 1:
// out2: out[i, j] = sum_k (x[i, k] - 10) * (w[j, k] - 1)
// CHECK: out2: int32 (2, 3)
// CHECK-NEXT: {{^}} -16 -36 -57 66 -55 -67{{$}}
// out3: qnn.dense of rank-3 int8 data with zero point -7, weight zero point 2
// CHECK: out3: int32 (1, 2, 2)
// CHECK-NEXT: {{^}} -100 -221 -12 -195{{$}}
// out4: qnn.add int8: lhs (scale 0.5, zp 3), rhs (scale 0.25, zp -2), output (scale 0.75, zp -5):
// out4: round((a - 3) * 2 / 3) + round((b + 2) / 3) - 5, clamped to [-128, 127]; e.g. element 1:
// out4: round(14 / 3) + round(3) - 5 = 5 + 3 - 5 = 3
// CHECK: out4: int8 (8,)
// CHECK-NEXT: {{^}} -5 3 -9 41 121 -128 -7 -2{{$}}
// out5: qnn.add uint8 with broadcasting [2, 1] + [3]: lhs (scale 0.2, zp 120), rhs (scale 0.1,
// out5: zp 128), output (scale 0.5, zp 128): round((a - 120) * 0.4) + round((b - 128) * 0.2) + 128
// CHECK: out5: uint8 (2, 3)
// CHECK-NEXT: {{^}} 94 120 145 134 160 185{{$}}

func.func @main() -> (tensor<1x3x3x3xi32>, tensor<1x2x2x2xi32>, tensor<2x3xi32>, tensor<1x2x2xi32>, tensor<8xi8>, tensor<2x3xui8>) {
  %c0 = relay.constant dense<[[[[127, 131, 124, 130], [123, 132, 123, 131], [132, 130, 130, 134], [126, 135, 132, 121]], [[126, 136, 135, 125], [122, 134, 124, 120], [132, 121, 133, 129], [128, 126, 126, 125]]]]> : tensor<1x2x4x4xui8>
  %c1 = relay.constant dense<[[[[0, -4], [-5, 2]], [[0, -4], [1, 3]]], [[[1, 0], [-1, -5]], [[-2, 3], [-4, -2]]], [[[0, -1], [0, -1]], [[-1, -2], [2, -2]]]]> : tensor<3x2x2x2xi8>
  %c2 = relay.constant dense<128> : tensor<i32>
  %c3 = relay.constant dense<-2> : tensor<i32>
  %c4 = relay.constant dense<0.5> : tensor<f32>
  %c5 = relay.constant dense<0.25> : tensor<f32>
  %v6 = "relay.qnn.conv2d"(%c0, %c1, %c2, %c3, %c4, %c5) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, out_dtype = "int32"} : (tensor<1x2x4x4xui8>, tensor<3x2x2x2xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x3x3x3xi32>
  %c7 = relay.constant dense<[[[[0, -5], [0, 2], [-1, -6]], [[1, -8], [0, -7], [2, -6]], [[-5, 0], [-3, 1], [-2, -7]]]]> : tensor<1x3x3x2xi8>
  %c8 = relay.constant dense<[[[[4, -3]], [[0, 3]]], [[[-1, 2]], [[2, 4]]]]> : tensor<2x2x1x2xi8>
  %c9 = relay.constant dense<-3> : tensor<i32>
  %c10 = relay.constant dense<1> : tensor<i32>
  %v11 = "relay.qnn.conv2d"(%c7, %c8, %c9, %c10, %c4, %c5) {groups = 2 : i64, data_layout = "NHWC", kernel_layout = "HWIO", out_dtype = "int32"} : (tensor<1x3x3x2xi8>, tensor<2x2x1x2xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x2x2x2xi32>
  %c12 = relay.constant dense<[[15, 7, 8, 29], [18, 21, 17, 12]]> : tensor<2x4xui8>
  %c13 = relay.constant dense<[[4, 5, 1, 0], [2, -1, -4, -2], [-4, -3, 4, -1]]> : tensor<3x4xi8>
  %c14 = relay.constant dense<10> : tensor<i32>
  %v15 = "relay.qnn.dense"(%c12, %c13, %c14, %c10, %c4, %c5) {units = 3 : i64, out_dtype = "int32"} : (tensor<2x4xui8>, tensor<3x4xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<2x3xi32>
  %c16 = relay.constant dense<[[[13, 2, 20], [8, 10, -19]]]> : tensor<1x2x3xi8>
  %c17 = relay.constant dense<[[-3, 5, 1], [-5, -4, 1]]> : tensor<2x3xi8>
  %c18 = relay.constant dense<-7> : tensor<i32>
  %c19 = relay.constant dense<2> : tensor<i32>
  %v20 = "relay.qnn.dense"(%c16, %c17, %c18, %c19, %c4, %c5) {out_dtype = "int32"} : (tensor<1x2x3xi8>, tensor<2x3xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x2x2xi32>
  %c21 = relay.constant dense<[3, 10, -20, 100, 127, -128, 50, 0]> : tensor<8xi8>
  %c22 = relay.constant dense<[-2, 7, 30, -60, 127, -128, -100, 13]> : tensor<8xi8>
  %c23 = relay.constant dense<3> : tensor<i32>
  %c24 = relay.constant dense<0.75> : tensor<f32>
  %c25 = relay.constant dense<-5> : tensor<i32>
  %v26 = "relay.qnn.add"(%c21, %c22, %c4, %c23, %c5, %c3, %c24, %c25) : (tensor<8xi8>, tensor<8xi8>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<8xi8>
  %c27 = relay.constant dense<[[100], [200]]> : tensor<2x1xui8>
  %c28 = relay.constant dense<[0, 128, 255]> : tensor<3xui8>
  %c29 = relay.constant dense<0.2> : tensor<f32>
  %c30 = relay.constant dense<120> : tensor<i32>
  %c31 = relay.constant dense<0.1> : tensor<f32>
  %v32 = "relay.qnn.add"(%c27, %c28, %c29, %c30, %c31, %c2, %c4, %c2) : (tensor<2x1xui8>, tensor<3xui8>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x3xui8>
  return %v6, %v11, %v15, %v20, %v26, %v32 : tensor<1x3x3x3xi32>, tensor<1x2x2x2xi32>, tensor<2x3xi32>, tensor<1x2x2xi32>, tensor<8xi8>, tensor<2x3xui8>
}
