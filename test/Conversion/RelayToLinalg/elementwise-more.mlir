// RUN: flexmatch-run %s --print | FileCheck %s
//
// More elementwise ops, with TVM's semantics: floor_divide and floor_mod
// round the quotient down (floor_mod has the sign of the divisor), mod is
// truncated (the sign of the dividend); round is half to even (te.round is
// llvm.nearbyint); casts to bool test for non-zero and casts from bool give
// 0 or 1; comparisons and logical ops give bool (printed 0 / 1). Zeros whose
// sign depends on rounding (floor, ceil, trunc and round of small negatives)
// match either sign.

// out0: floor_divide int32: 7 / 2 = 3, -7 / 2 = -4, 7 / -2 = -4, -7 / -2 = 3, ..., -1 / 3 = -1
// CHECK: out0: int32 (2, 4)
// CHECK-NEXT: {{^}} 3 -4 -4 3 1 -2 0 -1{{$}}
// out1: floor_mod int32: the sign of the divisor: -7 mod 2 = 1, 7 mod -2 = -1, -1 mod 3 = 2
// CHECK: out1: int32 (2, 4)
// CHECK-NEXT: {{^}} 1 1 -1 -1 2 2 0 2{{$}}
// out2: mod int32 (truncated): the sign of the dividend: -7 mod 2 = -1, 7 mod -2 = 1, -1 mod 3 = -1
// CHECK: out2: int32 (2, 4)
// CHECK-NEXT: {{^}} 1 -1 1 -1 2 -2 0 -1{{$}}
// out3: floor_divide float32: floor(a / b)
// CHECK: out3: float32 (2, 4)
// CHECK-NEXT: {{^}} 3 -4 -4 3 2 -2 -2 -1{{$}}
// out4: floor_mod float32: a - floor(a / b) * b, the sign of the divisor
// CHECK: out4: float32 (2, 4)
// CHECK-NEXT: {{^}} 1.5 0.5 -0.5 -1.5 {{-?0}} {{-?0}} {{-?0}} 3{{$}}
// out5: mod float32 (fmod): the sign of the dividend
// CHECK: out5: float32 (2, 4)
// CHECK-NEXT: {{^}} 1.5 -1.5 1.5 -1.5 {{-?0}} {{-?0}} {{-?0}} -1{{$}}
// out6: floor_mod int8: -7 mod 3 = 2, 7 mod -3 = -2, -128 mod 3 = 1, 100 mod -7 = -5
// CHECK: out6: int8 (4,)
// CHECK-NEXT: {{^}} 2 -2 1 -5{{$}}
// out7: floor_divide int8: -128 / 3 = -43 (floor of -42.67)
// CHECK: out7: int8 (4,)
// CHECK-NEXT: {{^}} -3 -3 -43 -15{{$}}
// out8: power with broadcasting [2, 3] ** [3]: 2^3, (-2)^2 = 4, 4^0.5, (-1.5)^3 = -3.375 (negative
// out8: bases with integral exponents), 0.5^2, 0.25^0.5
// CHECK: out8: float32 (2, 3)
// CHECK-NEXT: {{^}} 8 4 2 -3.375 0.25 0.5{{$}}
// out9: maximum, [2, 3] against [2, 1]
// CHECK: out9: float32 (2, 3)
// CHECK-NEXT: {{^}} 1 0.5 3.5 -0.5 0 7{{$}}
// out10: minimum, [2, 3] against [2, 1]
// CHECK: out10: float32 (2, 3)
// CHECK-NEXT: {{^}} 0.5 -2 0.5 -1 -1 -1{{$}}
// out11: maximum int32 against the scalar -2
// CHECK: out11: int32 (4,)
// CHECK-NEXT: {{^}} -2 3 0 -1{{$}}
// out12: minimum int32 against the scalar -2
// CHECK: out12: int32 (4,)
// CHECK-NEXT: {{^}} -5 -2 -2 -2{{$}}
// out13: logical_and, [2, 2] and [2]
// CHECK: out13: bool (2, 2)
// CHECK-NEXT: {{^}} 1 0 0 0{{$}}
// out14: logical_or, [2, 2] or [2]
// CHECK: out14: bool (2, 2)
// CHECK-NEXT: {{^}} 1 1 1 0{{$}}
// out15: logical_not
// CHECK: out15: bool (3,)
// CHECK-NEXT: {{^}} 0 1 0{{$}}
// out16: less float32, [2, 3] against [3]
// CHECK: out16: bool (2, 3)
// CHECK-NEXT: {{^}} 0 1 1 1 0 1{{$}}
// out17: greater float32, [2, 3] against [3]
// CHECK: out17: bool (2, 3)
// CHECK-NEXT: {{^}} 0 0 0 0 0 0{{$}}
// out18: less_equal float32, [2, 3] against [3]
// CHECK: out18: bool (2, 3)
// CHECK-NEXT: {{^}} 1 1 1 1 1 1{{$}}
// out19: greater_equal float32, [2, 3] against [3]
// CHECK: out19: bool (2, 3)
// CHECK-NEXT: {{^}} 1 0 0 0 1 0{{$}}
// out20: equal float32, [2, 3] against [3]
// CHECK: out20: bool (2, 3)
// CHECK-NEXT: {{^}} 1 0 0 0 1 0{{$}}
// out21: not_equal float32, [2, 3] against [3]
// CHECK: out21: bool (2, 3)
// CHECK-NEXT: {{^}} 0 1 1 1 0 1{{$}}
// out22: less int32 (signed: 200 < -200 is false)
// CHECK: out22: bool (4,)
// CHECK-NEXT: {{^}} 0 1 0 0{{$}}
// out23: greater uint8 (unsigned: 200 > 100, 255 > 1)
// CHECK: out23: bool (4,)
// CHECK-NEXT: {{^}} 0 0 1 1{{$}}
// out24: less_equal uint8
// CHECK: out24: bool (4,)
// CHECK-NEXT: {{^}} 1 1 0 0{{$}}
// out25: sign float32
// CHECK: out25: float32 (8,)
// CHECK-NEXT: {{^}} -1 -1 -1 0 1 1 1 1{{$}}
// out26: sign int32
// CHECK: out26: int32 (4,)
// CHECK-NEXT: {{^}} -1 0 1 -1{{$}}
// out27: abs float32
// CHECK: out27: float32 (8,)
// CHECK-NEXT: {{^}} 2.5 1.5 0.5 0 0.5 1.5 2.5 3.75{{$}}
// out28: abs int32
// CHECK: out28: int32 (4,)
// CHECK-NEXT: {{^}} 9 0 4 1{{$}}
// out29: round, half to even: -2.5 -> -2, -1.5 -> -2, -0.5 -> -0, 0.5 -> 0, 1.5 -> 2, 2.5 -> 2
// CHECK: out29: float32 (8,)
// CHECK-NEXT: {{^}} -2 -2 {{-?0}} {{-?0}} {{-?0}} 2 2 4{{$}}
// out30: floor
// CHECK: out30: float32 (8,)
// CHECK-NEXT: {{^}} -3 -2 -1 0 0 1 2 3{{$}}
// out31: ceil
// CHECK: out31: float32 (8,)
// CHECK-NEXT: {{^}} -2 -1 {{-?0}} {{-?0}} 1 2 3 4{{$}}
// out32: trunc
// CHECK: out32: float32 (8,)
// CHECK-NEXT: {{^}} -2 -1 {{-?0}} {{-?0}} {{-?0}} 1 2 3{{$}}
// out33: leaky_relu, alpha 0.25 (the default)
// CHECK: out33: float32 (8,)
// CHECK-NEXT: {{^}} -0.625 -0.375 -0.125 0 0.5 1.5 2.5 3.75{{$}}
// out34: leaky_relu, alpha 0.5
// CHECK: out34: float32 (8,)
// CHECK-NEXT: {{^}} -1.25 -0.75 -0.25 0 0.5 1.5 2.5 3.75{{$}}
// out35: prelu along axis 3: negatives times alpha[c] = (0.5, 2, -1)
// CHECK: out35: float32 (1, 2, 2, 3)
// CHECK-NEXT: {{^}} -2.5 -8 3 -1 -2 -0 1 2{{$}}
// CHECK-NEXT: {{^}}3 4 5 6{{$}}
// out36: prelu along axis 1 (the default): negatives times alpha[h] = (0.25, 3)
// CHECK: out36: float32 (1, 2, 2, 3)
// CHECK-NEXT: {{^}} -1.25 -1 -0.75 -0.5 -0.25 0 1 2{{$}}
// CHECK-NEXT: {{^}}3 4 5 6{{$}}
// out37: bias_add along axis 3
// CHECK: out37: float32 (1, 2, 2, 3)
// CHECK-NEXT: {{^}} 95 196 297 98 199 300 101 202{{$}}
// CHECK-NEXT: {{^}}303 104 205 306{{$}}
// out38: bias_add along axis -3 (that is, 1)
// CHECK: out38: float32 (1, 2, 2, 3)
// CHECK-NEXT: {{^}} 995 996 997 998 999 1000 2001 2002{{$}}
// CHECK-NEXT: {{^}}2003 2004 2005 2006{{$}}
// out39: dropout (rate 0.5), tuple element 0: the identity at inference
// CHECK: out39: float32 (2, 3)
// CHECK-NEXT: {{^}} 1 -2 3 4 -5 6{{$}}
// out40: copy
// CHECK: out40: float32 (2, 3)
// CHECK-NEXT: {{^}} 1 -2 3 4 -5 6{{$}}
// out41: cast float32 -> bool: non-zero (0.5 and -0.25 too) is true, -0 is false
// CHECK: out41: bool (6,)
// CHECK-NEXT: {{^}} 0 0 1 1 1 1{{$}}
// out42: cast int32 -> bool: non-zero is true (256 too, whose low byte is 0)
// CHECK: out42: bool (5,)
// CHECK-NEXT: {{^}} 0 1 1 1 1{{$}}
// out43: cast bool -> float32: 1 and 0
// CHECK: out43: float32 (4,)
// CHECK-NEXT: {{^}} 1 0 1 1{{$}}
// out44: cast bool -> int32: 1 (not -1) and 0
// CHECK: out44: int32 (4,)
// CHECK-NEXT: {{^}} 1 0 1 1{{$}}
// out45: cast bool -> int8
// CHECK: out45: int8 (4,)
// CHECK-NEXT: {{^}} 1 0 1 1{{$}}
// out46: cast_like an int8 tensor: float32 -> int8, truncating toward zero
// CHECK: out46: int8 (5,)
// CHECK-NEXT: {{^}} -3 0 0 2 100{{$}}
// out47: cast_like a float32 tensor: int32 -> float32
// CHECK: out47: float32 (3,)
// CHECK-NEXT: {{^}} -1 0 7{{$}}
// out48: zeros_like float32
// CHECK: out48: float32 (2, 3)
// CHECK-NEXT: {{^}} 0 0 0 0 0 0{{$}}
// out49: ones_like float32
// CHECK: out49: float32 (2, 3)
// CHECK-NEXT: {{^}} 1 1 1 1 1 1{{$}}
// out50: zeros_like int32
// CHECK: out50: int32 (3,)
// CHECK-NEXT: {{^}} 0 0 0{{$}}
// out51: ones_like int8
// CHECK: out51: int8 (3,)
// CHECK-NEXT: {{^}} 1 1 1{{$}}

func.func @main() -> (tensor<2x4xi32>, tensor<2x4xi32>, tensor<2x4xi32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<4xi8>, tensor<4xi8>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<4xi32>, tensor<2x2xi1>, tensor<2x2xi1>, tensor<3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<8xf32>, tensor<4xi32>, tensor<8xf32>, tensor<4xi32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<6xi1>, tensor<5xi1>, tensor<4xf32>, tensor<4xi32>, tensor<4xi8>, tensor<5xi8>, tensor<3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xi32>, tensor<3xi8>) {
  %c0 = relay.constant dense<[[7, -7, 7, -7], [6, -6, 0, -1]]> : tensor<2x4xi32>
  %c1 = relay.constant dense<[[2, 2, -2, -2], [4, 4, -3, 3]]> : tensor<2x4xi32>
  %v2 = "relay.floor_divide"(%c0, %c1) : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
  %v3 = "relay.floor_mod"(%c0, %c1) : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
  %v4 = "relay.mod"(%c0, %c1) : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
  %c5 = relay.constant dense<[[7.5, -7.5, 7.5, -7.5], [5.0, -5.0, 0.5, -1.0]]> : tensor<2x4xf32>
  %c6 = relay.constant dense<[[2.0, 2.0, -2.0, -2.0], [2.5, 2.5, -0.25, 4.0]]> : tensor<2x4xf32>
  %v7 = "relay.floor_divide"(%c5, %c6) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %v8 = "relay.floor_mod"(%c5, %c6) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %v9 = "relay.mod"(%c5, %c6) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %c10 = relay.constant dense<[-7, 7, -128, 100]> : tensor<4xi8>
  %c11 = relay.constant dense<[3, -3, 3, -7]> : tensor<4xi8>
  %v12 = "relay.floor_mod"(%c10, %c11) : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  %v13 = "relay.floor_divide"(%c10, %c11) : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  %c14 = relay.constant dense<[[2.0, -2.0, 4.0], [-1.5, 0.5, 0.25]]> : tensor<2x3xf32>
  %c15 = relay.constant dense<[3.0, 2.0, 0.5]> : tensor<3xf32>
  %v16 = "relay.power"(%c14, %c15) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %c17 = relay.constant dense<[[1.0, -2.0, 3.5], [-0.5, 0.0, 7.0]]> : tensor<2x3xf32>
  %c18 = relay.constant dense<[[0.5], [-1.0]]> : tensor<2x1xf32>
  %v19 = "relay.maximum"(%c17, %c18) : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %v20 = "relay.minimum"(%c17, %c18) : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %c21 = relay.constant dense<[-5, 3, 0, -1]> : tensor<4xi32>
  %c22 = relay.constant dense<-2> : tensor<i32>
  %v23 = "relay.maximum"(%c21, %c22) : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
  %v24 = "relay.minimum"(%c21, %c22) : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
  %c25 = relay.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %c26 = relay.constant dense<[true, false]> : tensor<2xi1>
  %v27 = "relay.logical_and"(%c25, %c26) : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %v28 = "relay.logical_or"(%c25, %c26) : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %c29 = relay.constant dense<[true, false, true]> : tensor<3xi1>
  %v30 = "relay.logical_not"(%c29) : (tensor<3xi1>) -> tensor<3xi1>
  %c31 = relay.constant dense<[[1.0, -2.0, 3.0], [0.5, 0.5, -7.0]]> : tensor<2x3xf32>
  %c32 = relay.constant dense<[1.0, 0.5, 3.5]> : tensor<3xf32>
  %v33 = "relay.less"(%c31, %c32) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %v34 = "relay.greater"(%c31, %c32) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %v35 = "relay.less_equal"(%c31, %c32) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %v36 = "relay.greater_equal"(%c31, %c32) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %v37 = "relay.equal"(%c31, %c32) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %v38 = "relay.not_equal"(%c31, %c32) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %c39 = relay.constant dense<[-3, 0, 5, 200]> : tensor<4xi32>
  %c40 = relay.constant dense<[-3, 1, 4, -200]> : tensor<4xi32>
  %v41 = "relay.less"(%c39, %c40) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %c42 = relay.constant dense<[3, 0, 200, 255]> : tensor<4xui8>
  %c43 = relay.constant dense<[3, 1, 100, 1]> : tensor<4xui8>
  %v44 = "relay.greater"(%c42, %c43) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %v45 = "relay.less_equal"(%c42, %c43) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %c46 = relay.constant dense<[-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 3.75]> : tensor<8xf32>
  %v47 = "relay.sign"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %c48 = relay.constant dense<[-9, 0, 4, -1]> : tensor<4xi32>
  %v49 = "relay.sign"(%c48) : (tensor<4xi32>) -> tensor<4xi32>
  %v50 = "relay.abs"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %v51 = "relay.abs"(%c48) : (tensor<4xi32>) -> tensor<4xi32>
  %v52 = "relay.round"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %v53 = "relay.floor"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %v54 = "relay.ceil"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %v55 = "relay.trunc"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %v56 = "relay.nn.leaky_relu"(%c46) : (tensor<8xf32>) -> tensor<8xf32>
  %v57 = "relay.nn.leaky_relu"(%c46) {alpha = 5.0e-01 : f64} : (tensor<8xf32>) -> tensor<8xf32>
  %c58 = relay.constant dense<[[[[-5.0, -4.0, -3.0], [-2.0, -1.0, 0.0]], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]]]> : tensor<1x2x2x3xf32>
  %c59 = relay.constant dense<[0.5, 2.0, -1.0]> : tensor<3xf32>
  %v60 = "relay.nn.prelu"(%c58, %c59) {axis = 3 : i64} : (tensor<1x2x2x3xf32>, tensor<3xf32>) -> tensor<1x2x2x3xf32>
  %c61 = relay.constant dense<[0.25, 3.0]> : tensor<2xf32>
  %v62 = "relay.nn.prelu"(%c58, %c61) : (tensor<1x2x2x3xf32>, tensor<2xf32>) -> tensor<1x2x2x3xf32>
  %c63 = relay.constant dense<[100.0, 200.0, 300.0]> : tensor<3xf32>
  %v64 = "relay.nn.bias_add"(%c58, %c63) {axis = 3 : i64} : (tensor<1x2x2x3xf32>, tensor<3xf32>) -> tensor<1x2x2x3xf32>
  %c65 = relay.constant dense<[1000.0, 2000.0]> : tensor<2xf32>
  %v66 = "relay.nn.bias_add"(%c58, %c65) {axis = -3 : i64} : (tensor<1x2x2x3xf32>, tensor<2xf32>) -> tensor<1x2x2x3xf32>
  %c67 = relay.constant dense<[[1.0, -2.0, 3.0], [4.0, -5.0, 6.0]]> : tensor<2x3xf32>
  %v68 = "relay.nn.dropout"(%c67) {rate = 5.0e-01 : f64} : (tensor<2x3xf32>) -> tuple<tensor<2x3xf32>, tensor<2x3xf32>>
  %v69 = relay.tuple_get_item %v68[0] : tuple<tensor<2x3xf32>, tensor<2x3xf32>> -> tensor<2x3xf32>
  %v70 = "relay.copy"(%c67) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c71 = relay.constant dense<[0.0, -0.0, 0.5, -2.0, 3.0, -0.25]> : tensor<6xf32>
  %v72 = "relay.cast"(%c71) {dtype = "bool"} : (tensor<6xf32>) -> tensor<6xi1>
  %c73 = relay.constant dense<[0, 1, -1, 256, 2]> : tensor<5xi32>
  %v74 = "relay.cast"(%c73) {dtype = "bool"} : (tensor<5xi32>) -> tensor<5xi1>
  %c75 = relay.constant dense<[true, false, true, true]> : tensor<4xi1>
  %v76 = "relay.cast"(%c75) {dtype = "float32"} : (tensor<4xi1>) -> tensor<4xf32>
  %v77 = "relay.cast"(%c75) {dtype = "int32"} : (tensor<4xi1>) -> tensor<4xi32>
  %v78 = "relay.cast"(%c75) {dtype = "int8"} : (tensor<4xi1>) -> tensor<4xi8>
  %c79 = relay.constant dense<[-3.7, -0.5, 0.0, 2.9, 100.0]> : tensor<5xf32>
  %c80 = relay.constant dense<[0]> : tensor<1xi8>
  %v81 = "relay.cast_like"(%c79, %c80) : (tensor<5xf32>, tensor<1xi8>) -> tensor<5xi8>
  %c82 = relay.constant dense<[-1, 0, 7]> : tensor<3xi32>
  %v83 = "relay.cast_like"(%c82, %c67) : (tensor<3xi32>, tensor<2x3xf32>) -> tensor<3xf32>
  %v84 = "relay.zeros_like"(%c67) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %v85 = "relay.ones_like"(%c67) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c86 = relay.constant dense<[5, -1, 2]> : tensor<3xi32>
  %v87 = "relay.zeros_like"(%c86) : (tensor<3xi32>) -> tensor<3xi32>
  %c88 = relay.constant dense<[5, -1, 2]> : tensor<3xi8>
  %v89 = "relay.ones_like"(%c88) : (tensor<3xi8>) -> tensor<3xi8>
  return %v2, %v3, %v4, %v7, %v8, %v9, %v12, %v13, %v16, %v19, %v20, %v23, %v24, %v27, %v28, %v30, %v33, %v34, %v35, %v36, %v37, %v38, %v41, %v44, %v45, %v47, %v49, %v50, %v51, %v52, %v53, %v54, %v55, %v56, %v57, %v60, %v62, %v64, %v66, %v69, %v70, %v72, %v74, %v76, %v77, %v78, %v81, %v83, %v84, %v85, %v87, %v89 : tensor<2x4xi32>, tensor<2x4xi32>, tensor<2x4xi32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<4xi8>, tensor<4xi8>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<4xi32>, tensor<2x2xi1>, tensor<2x2xi1>, tensor<3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<8xf32>, tensor<4xi32>, tensor<8xf32>, tensor<4xi32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<6xi1>, tensor<5xi1>, tensor<4xf32>, tensor<4xi32>, tensor<4xi8>, tensor<5xi8>, tensor<3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xi32>, tensor<3xi8>
}
