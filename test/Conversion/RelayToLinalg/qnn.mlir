// RUN: flexmatch-run %s --print | FileCheck %s
//
// qnn.quantize (round half to even, as TVM's round), qnn.dequantize and
// qnn.requantize (both rounding modes) on values that land on ties.

// out0: quantize to int8, scale 0.5, zero point -1: round(x / 0.5) half to even, plus -1,
// out0: clamped: 0.5 -> 0, 1.5 -> 2, -0.5 -> 0, -1.5 -> -2, 2.5 -> 2, 200 -> 127, -200 -> -128
// CHECK: out0: int8 (8,)
// CHECK-NEXT: {{^}} -1 1 -1 -3 1 127 -128 5{{$}}
// out1: quantize to uint8, scale 2, zero point 128
// CHECK: out1: uint8 (6,)
// CHECK-NEXT: {{^}} 128 128 130 130 255 0{{$}}
// out2: dequantize int8, scale 0.25, zero point 3: (q - 3) * 0.25
// CHECK: out2: float32 (5,)
// CHECK-NEXT: {{^}} -32.75 -0.75 0 1 31{{$}}
// out3: dequantize per channel along axis 0: scales (0.5, 2), zero points (1, -1)
// CHECK: out3: float32 (2, 3)
// CHECK-NEXT: {{^}} -2.5 -0.5 2 -6 2 12{{$}}
// out4: requantize int32 -> int8, (q - 2) * 1 / 2 rounded UPWARD (ties toward +inf), minus 1:
// out4: (q - 2) / 2 = 1.5, -1.5, 2.5, -2.5, 0.5, -0.5, 150, -150
// CHECK: out4: int8 (8,)
// CHECK-NEXT: {{^}} 1 -2 2 -3 0 -1 127 -128{{$}}
// out5: requantize int32 -> int8, (q - 2) * 1 / 2 rounded TONEAREST (ties away from zero), minus 1:
// out5: (q - 2) / 2 = 1.5, -1.5, 2.5, -2.5, 0.5, -0.5, 150, -150
// CHECK: out5: int8 (8,)
// CHECK-NEXT: {{^}} 1 -3 2 -4 0 -2 127 -128{{$}}

func.func @main() -> (tensor<8xi8>, tensor<6xui8>, tensor<5xf32>, tensor<2x3xf32>, tensor<8xi8>, tensor<8xi8>) {
  %c0 = relay.constant dense<[0.25, 0.75, -0.25, -0.75, 1.25, 100.0, -100.0, 3.0]> : tensor<8xf32>
  %c1 = relay.constant dense<0.5> : tensor<f32>
  %c2 = relay.constant dense<-1> : tensor<i32>
  %v3 = "relay.qnn.quantize"(%c0, %c1, %c2) {out_dtype = "int8"} : (tensor<8xf32>, tensor<f32>, tensor<i32>) -> tensor<8xi8>
  %c4 = relay.constant dense<[-1.0, 1.0, 3.0, 5.0, 1000.0, -1000.0]> : tensor<6xf32>
  %c5 = relay.constant dense<2.0> : tensor<f32>
  %c6 = relay.constant dense<128> : tensor<i32>
  %v7 = "relay.qnn.quantize"(%c4, %c5, %c6) {out_dtype = "uint8"} : (tensor<6xf32>, tensor<f32>, tensor<i32>) -> tensor<6xui8>
  %c8 = relay.constant dense<[-128, 0, 3, 7, 127]> : tensor<5xi8>
  %c9 = relay.constant dense<0.25> : tensor<f32>
  %c10 = relay.constant dense<3> : tensor<i32>
  %v11 = "relay.qnn.dequantize"(%c8, %c9, %c10) : (tensor<5xi8>, tensor<f32>, tensor<i32>) -> tensor<5xf32>
  %c12 = relay.constant dense<[[-4, 0, 5], [-4, 0, 5]]> : tensor<2x3xi8>
  %c13 = relay.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %c14 = relay.constant dense<[1, -1]> : tensor<2xi32>
  %v15 = "relay.qnn.dequantize"(%c12, %c13, %c14) {axis = 0 : i64} : (tensor<2x3xi8>, tensor<2xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %c16 = relay.constant dense<[5, -1, 7, -3, 3, 1, 302, -298]> : tensor<8xi32>
  %c17 = relay.constant dense<1.0> : tensor<f32>
  %c18 = relay.constant dense<2> : tensor<i32>
  %c19 = relay.constant dense<2.0> : tensor<f32>
  %c20 = relay.constant dense<-1> : tensor<i32>
  %v21 = "relay.qnn.requantize"(%c16, %c17, %c18, %c19, %c20) {out_dtype = "int8", rounding = "UPWARD"} : (tensor<8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<8xi8>
  %v22 = "relay.qnn.requantize"(%c16, %c17, %c18, %c19, %c20) {out_dtype = "int8", rounding = "TONEAREST"} : (tensor<8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<8xi8>
  return %v3, %v7, %v11, %v15, %v21, %v22 : tensor<8xi8>, tensor<6xui8>, tensor<5xf32>, tensor<2x3xf32>, tensor<8xi8>, tensor<8xi8>
}
