// RUN: flexmatch-run %s --print | FileCheck %s
//
// More shape and data movement ops, and the ops that create tensors, on
// inputs whose values name their positions (x[i, j, k] = 100i + 10j + k).

// out0: stack (x, y) along axis 0 (y = -x - 1000)
// CHECK: out0: float32 (2, 2, 3, 4)
// CHECK-NEXT: {{^}} 0 1 2 3 10 11 12 13{{$}}
// CHECK-NEXT: {{^}}20 21 22 23 100 101 102 103{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 120 121 122 123{{$}}
// CHECK-NEXT: {{^}}-1000 -1001 -1002 -1003 -1010 -1011 -1012 -1013{{$}}
// CHECK-NEXT: {{^}}-1020 -1021 -1022 -1023 -1100 -1101 -1102 -1103{{$}}
// CHECK-NEXT: {{^}}-1110 -1111 -1112 -1113 -1120 -1121 -1122 -1123{{$}}
// out1: stack (x, y) along axis 2 (y = -x - 1000)
// CHECK: out1: float32 (2, 3, 2, 4)
// CHECK-NEXT: {{^}} 0 1 2 3 -1000 -1001 -1002 -1003{{$}}
// CHECK-NEXT: {{^}}10 11 12 13 -1010 -1011 -1012 -1013{{$}}
// CHECK-NEXT: {{^}}20 21 22 23 -1020 -1021 -1022 -1023{{$}}
// CHECK-NEXT: {{^}}100 101 102 103 -1100 -1101 -1102 -1103{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 -1110 -1111 -1112 -1113{{$}}
// CHECK-NEXT: {{^}}120 121 122 123 -1120 -1121 -1122 -1123{{$}}
// out2: stack (x, y) along axis -1 (y = -x - 1000)
// CHECK: out2: float32 (2, 3, 4, 2)
// CHECK-NEXT: {{^}} 0 -1000 1 -1001 2 -1002 3 -1003{{$}}
// CHECK-NEXT: {{^}}10 -1010 11 -1011 12 -1012 13 -1013{{$}}
// CHECK-NEXT: {{^}}20 -1020 21 -1021 22 -1022 23 -1023{{$}}
// CHECK-NEXT: {{^}}100 -1100 101 -1101 102 -1102 103 -1103{{$}}
// CHECK-NEXT: {{^}}110 -1110 111 -1111 112 -1112 113 -1113{{$}}
// CHECK-NEXT: {{^}}120 -1120 121 -1121 122 -1122 123 -1123{{$}}
// out3: squeeze [1, 3, 1, 2] with no axis: every unit axis goes
// CHECK: out3: float32 (3, 2)
// CHECK-NEXT: {{^}} 0 1 10 11 20 21{{$}}
// out4: squeeze axis -2 only: [1, 3, 2]
// CHECK: out4: float32 (1, 3, 2)
// CHECK-NEXT: {{^}} 0 1 10 11 20 21{{$}}
// out5: expand_dims axis 1, num_newaxis 2: [2, 1, 1, 3, 4], the same row-major values
// CHECK: out5: float32 (2, 1, 1, 3, 4)
// CHECK-NEXT: {{^}} 0 1 2 3 10 11 12 13{{$}}
// CHECK-NEXT: {{^}}20 21 22 23 100 101 102 103{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 120 121 122 123{{$}}
// out6: expand_dims axis -1: [2, 3, 4, 1]
// CHECK: out6: float32 (2, 3, 4, 1)
// CHECK-NEXT: {{^}} 0 1 2 3 10 11 12 13{{$}}
// CHECK-NEXT: {{^}}20 21 22 23 100 101 102 103{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 120 121 122 123{{$}}
// out7: broadcast_to [3, 1] -> [2, 3, 4]
// CHECK: out7: float32 (2, 3, 4)
// CHECK-NEXT: {{^}} 1 1 1 1 2 2 2 2{{$}}
// CHECK-NEXT: {{^}}3 3 3 3 1 1 1 1{{$}}
// CHECK-NEXT: {{^}}2 2 2 2 3 3 3 3{{$}}
// out8: broadcast_to int32 [2] -> [3, 2]
// CHECK: out8: int32 (3, 2)
// CHECK-NEXT: {{^}} 7 -7 7 -7 7 -7{{$}}
// out9: reverse along axis 0
// CHECK: out9: float32 (2, 3, 4)
// CHECK-NEXT: {{^}} 100 101 102 103 110 111 112 113{{$}}
// CHECK-NEXT: {{^}}120 121 122 123 0 1 2 3{{$}}
// CHECK-NEXT: {{^}}10 11 12 13 20 21 22 23{{$}}
// out10: reverse along axis 1
// CHECK: out10: float32 (2, 3, 4)
// CHECK-NEXT: {{^}} 20 21 22 23 10 11 12 13{{$}}
// CHECK-NEXT: {{^}}0 1 2 3 120 121 122 123{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 100 101 102 103{{$}}
// out11: reverse along axis -1
// CHECK: out11: float32 (2, 3, 4)
// CHECK-NEXT: {{^}} 3 2 1 0 13 12 11 10{{$}}
// CHECK-NEXT: {{^}}23 22 21 20 103 102 101 100{{$}}
// CHECK-NEXT: {{^}}113 112 111 110 123 122 121 120{{$}}
// out12: arange(1, 3.25, 0.5): ceil((3.25 - 1) / 0.5) = 5 values
// CHECK: out12: float32 (5,)
// CHECK-NEXT: {{^}} 1 1.5 2 2.5 3{{$}}
// out13: arange(10, 0, -3) int32: a negative step
// CHECK: out13: int32 (4,)
// CHECK-NEXT: {{^}} 10 7 4 1{{$}}
// out14: full 2.5, shape [2, 3]
// CHECK: out14: float32 (2, 3)
// CHECK-NEXT: {{^}} 2.5 2.5 2.5 2.5 2.5 2.5{{$}}
// out15: full -4.75 with dtype int32: the fill value cast (toward zero) to -4
// CHECK: out15: int32 (3,)
// CHECK-NEXT: {{^}} -4 -4 -4{{$}}
// out16: zeros [2, 2] float32
// CHECK: out16: float32 (2, 2)
// CHECK-NEXT: {{^}} 0 0 0 0{{$}}
// out17: ones [3] int32
// CHECK: out17: int32 (3,)
// CHECK-NEXT: {{^}} 1 1 1{{$}}
// out18: full_like x with -1.5
// CHECK: out18: float32 (2, 3, 4)
// CHECK-NEXT: {{^}} -1.5 -1.5 -1.5 -1.5 -1.5 -1.5 -1.5 -1.5{{$}}
// CHECK-NEXT: {{^}}-1.5 -1.5 -1.5 -1.5 -1.5 -1.5 -1.5 -1.5{{$}}
// CHECK-NEXT: {{^}}-1.5 -1.5 -1.5 -1.5 -1.5 -1.5 -1.5 -1.5{{$}}
// out19: shape_of (int32)
// CHECK: out19: int32 (3,)
// CHECK-NEXT: {{^}} 2 3 4{{$}}
// out20: shape_of with dtype int64
// CHECK: out20: int64 (3,)
// CHECK-NEXT: {{^}} 2 3 4{{$}}
// out21: layout_transform NCHW -> NHWC: out[n, h, w, c] = x[n, c, h, w] = 100c + 10h + w
// CHECK: out21: float32 (1, 2, 3, 8)
// CHECK-NEXT: {{^}} 0 100 200 300 400 500 600 700{{$}}
// CHECK-NEXT: {{^}}1 101 201 301 401 501 601 701{{$}}
// CHECK-NEXT: {{^}}2 102 202 302 402 502 602 702{{$}}
// CHECK-NEXT: {{^}}10 110 210 310 410 510 610 710{{$}}
// CHECK-NEXT: {{^}}11 111 211 311 411 511 611 711{{$}}
// CHECK-NEXT: {{^}}12 112 212 312 412 512 612 712{{$}}
// out22: layout_transform NHWC -> NCHW of x in NHWC: x again
// CHECK: out22: float32 (1, 8, 2, 3)
// CHECK-NEXT: {{^}} 0 1 2 10 11 12 100 101{{$}}
// CHECK-NEXT: {{^}}102 110 111 112 200 201 202 210{{$}}
// CHECK-NEXT: {{^}}211 212 300 301 302 310 311 312{{$}}
// CHECK-NEXT: {{^}}400 401 402 410 411 412 500 501{{$}}
// CHECK-NEXT: {{^}}502 510 511 512 600 601 602 610{{$}}
// CHECK-NEXT: {{^}}611 612 700 701 702 710 711 712{{$}}
// out23: layout_transform NCW -> WNC of the [2, 3, 4] x: out[w, n, c] = x[n, c, w]
// CHECK: out23: float32 (4, 2, 3)
// CHECK-NEXT: {{^}} 0 10 20 100 110 120 1 11{{$}}
// CHECK-NEXT: {{^}}21 101 111 121 2 12 22 102{{$}}
// CHECK-NEXT: {{^}}112 122 3 13 23 103 113 123{{$}}
// out24: reshape_like a [4, 6] tensor: the same row-major values
// CHECK: out24: float32 (4, 6)
// CHECK-NEXT: {{^}} 0 1 2 3 10 11 12 13{{$}}
// CHECK-NEXT: {{^}}20 21 22 23 100 101 102 103{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 120 121 122 123{{$}}
// out25: batch_flatten [2, 3, 4] -> [2, 12]
// CHECK: out25: float32 (2, 12)
// CHECK-NEXT: {{^}} 0 1 2 3 10 11 12 13{{$}}
// CHECK-NEXT: {{^}}20 21 22 23 100 101 102 103{{$}}
// CHECK-NEXT: {{^}}110 111 112 113 120 121 122 123{{$}}
// out26: gather along axis 1: out[i, j, k] = x[i, idx[i, j, k], k] (idx [2, 2, 4], smaller than x on axis 1)
// CHECK: out26: float32 (2, 2, 4)
// CHECK-NEXT: {{^}} 0 21 12 3 20 21 2 13{{$}}
// CHECK-NEXT: {{^}}110 101 102 123 120 111 122 103{{$}}
// out27: gather along axis -1: out[i, j, k] = x[i, j, idx[i, j, k]]
// CHECK: out27: float32 (2, 3, 2)
// CHECK-NEXT: {{^}} 3 0 11 11 22 23 100 100{{$}}
// CHECK-NEXT: {{^}}113 112 121 123{{$}}
// out28: gather along axis 0 with int32 indices: out[0, j, k] = x[idx[0, j, k], j, k]
// CHECK: out28: float32 (1, 3, 4)
// CHECK-NEXT: {{^}} 100 1 102 103 10 11 112 13{{$}}
// CHECK-NEXT: {{^}}120 121 22 23{{$}}

func.func @main() -> (tensor<2x2x3x4xf32>, tensor<2x3x2x4xf32>, tensor<2x3x4x2xf32>, tensor<3x2xf32>, tensor<1x3x2xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4xf32>, tensor<3x2xi32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<5xf32>, tensor<4xi32>, tensor<2x3xf32>, tensor<3xi32>, tensor<2x2xf32>, tensor<3xi32>, tensor<2x3x4xf32>, tensor<3xi32>, tensor<3xi64>, tensor<1x2x3x8xf32>, tensor<1x8x2x3xf32>, tensor<4x2x3xf32>, tensor<4x6xf32>, tensor<2x12xf32>, tensor<2x2x4xf32>, tensor<2x3x2xf32>, tensor<1x3x4xf32>) {
  %c0 = relay.constant dense<[[[0.0, 1.0, 2.0, 3.0], [10.0, 11.0, 12.0, 13.0], [20.0, 21.0, 22.0, 23.0]], [[100.0, 101.0, 102.0, 103.0], [110.0, 111.0, 112.0, 113.0], [120.0, 121.0, 122.0, 123.0]]]> : tensor<2x3x4xf32>
  %c1 = relay.constant dense<[[[-1000.0, -1001.0, -1002.0, -1003.0], [-1010.0, -1011.0, -1012.0, -1013.0], [-1020.0, -1021.0, -1022.0, -1023.0]], [[-1100.0, -1101.0, -1102.0, -1103.0], [-1110.0, -1111.0, -1112.0, -1113.0], [-1120.0, -1121.0, -1122.0, -1123.0]]]> : tensor<2x3x4xf32>
  %v2 = relay.tuple %c0, %c1 : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tuple<tensor<2x3x4xf32>, tensor<2x3x4xf32>>
  %v3 = "relay.stack"(%v2) {axis = 0 : i64} : (tuple<tensor<2x3x4xf32>, tensor<2x3x4xf32>>) -> tensor<2x2x3x4xf32>
  %v4 = "relay.stack"(%v2) {axis = 2 : i64} : (tuple<tensor<2x3x4xf32>, tensor<2x3x4xf32>>) -> tensor<2x3x2x4xf32>
  %v5 = "relay.stack"(%v2) {axis = -1 : i64} : (tuple<tensor<2x3x4xf32>, tensor<2x3x4xf32>>) -> tensor<2x3x4x2xf32>
  %c6 = relay.constant dense<[[[[0.0, 1.0]], [[10.0, 11.0]], [[20.0, 21.0]]]]> : tensor<1x3x1x2xf32>
  %v7 = "relay.squeeze"(%c6) : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  %v8 = "relay.squeeze"(%c6) {axis = array<i64: -2>} : (tensor<1x3x1x2xf32>) -> tensor<1x3x2xf32>
  %v9 = "relay.expand_dims"(%c0) {axis = 1 : i64, num_newaxis = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x1x3x4xf32>
  %v10 = "relay.expand_dims"(%c0) {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4x1xf32>
  %c11 = relay.constant dense<[[1.0], [2.0], [3.0]]> : tensor<3x1xf32>
  %v12 = "relay.broadcast_to"(%c11) {shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %c13 = relay.constant dense<[7, -7]> : tensor<2xi32>
  %v14 = "relay.broadcast_to"(%c13) {shape = array<i64: 3, 2>} : (tensor<2xi32>) -> tensor<3x2xi32>
  %v15 = "relay.reverse"(%c0) {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %v16 = "relay.reverse"(%c0) {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %v17 = "relay.reverse"(%c0) {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %c18 = relay.constant dense<1.0> : tensor<f32>
  %c19 = relay.constant dense<3.25> : tensor<f32>
  %c20 = relay.constant dense<0.5> : tensor<f32>
  %v21 = "relay.arange"(%c18, %c19, %c20) {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
  %c22 = relay.constant dense<10> : tensor<i32>
  %c23 = relay.constant dense<0> : tensor<i32>
  %c24 = relay.constant dense<-3> : tensor<i32>
  %v25 = "relay.arange"(%c22, %c23, %c24) {dtype = "int32"} : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>
  %c26 = relay.constant dense<2.5> : tensor<f32>
  %v27 = "relay.full"(%c26) {shape = array<i64: 2, 3>} : (tensor<f32>) -> tensor<2x3xf32>
  %c28 = relay.constant dense<-4.75> : tensor<f32>
  %v29 = "relay.full"(%c28) {shape = array<i64: 3>, dtype = "int32"} : (tensor<f32>) -> tensor<3xi32>
  %v30 = "relay.zeros"() {shape = array<i64: 2, 2>, dtype = "float32"} : () -> tensor<2x2xf32>
  %v31 = "relay.ones"() {shape = array<i64: 3>, dtype = "int32"} : () -> tensor<3xi32>
  %c32 = relay.constant dense<-1.5> : tensor<f32>
  %v33 = "relay.full_like"(%c0, %c32) : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<2x3x4xf32>
  %v34 = "relay.shape_of"(%c0) : (tensor<2x3x4xf32>) -> tensor<3xi32>
  %v35 = "relay.shape_of"(%c0) {dtype = "int64"} : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %c36 = relay.constant dense<[[[[0.0, 1.0, 2.0], [10.0, 11.0, 12.0]], [[100.0, 101.0, 102.0], [110.0, 111.0, 112.0]], [[200.0, 201.0, 202.0], [210.0, 211.0, 212.0]], [[300.0, 301.0, 302.0], [310.0, 311.0, 312.0]], [[400.0, 401.0, 402.0], [410.0, 411.0, 412.0]], [[500.0, 501.0, 502.0], [510.0, 511.0, 512.0]], [[600.0, 601.0, 602.0], [610.0, 611.0, 612.0]], [[700.0, 701.0, 702.0], [710.0, 711.0, 712.0]]]]> : tensor<1x8x2x3xf32>
  %v37 = "relay.layout_transform"(%c36) {src_layout = "NCHW", dst_layout = "NHWC"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x3x8xf32>
  %c38 = relay.constant dense<[[[[0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0], [1.0, 101.0, 201.0, 301.0, 401.0, 501.0, 601.0, 701.0], [2.0, 102.0, 202.0, 302.0, 402.0, 502.0, 602.0, 702.0]], [[10.0, 110.0, 210.0, 310.0, 410.0, 510.0, 610.0, 710.0], [11.0, 111.0, 211.0, 311.0, 411.0, 511.0, 611.0, 711.0], [12.0, 112.0, 212.0, 312.0, 412.0, 512.0, 612.0, 712.0]]]]> : tensor<1x2x3x8xf32>
  %v39 = "relay.layout_transform"(%c38) {src_layout = "NHWC", dst_layout = "NCHW"} : (tensor<1x2x3x8xf32>) -> tensor<1x8x2x3xf32>
  %v40 = "relay.layout_transform"(%c0) {src_layout = "NCW", dst_layout = "WNC"} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %c41 = relay.constant dense<[[0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]> : tensor<4x6xf32>
  %v42 = "relay.reshape_like"(%c0, %c41) : (tensor<2x3x4xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
  %v43 = "relay.nn.batch_flatten"(%c0) : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %c44 = relay.constant dense<[[[0, 2, 1, 0], [2, 2, 0, 1]], [[1, 0, 0, 2], [2, 1, 2, 0]]]> : tensor<2x2x4xi32>
  %v45 = "relay.gather"(%c0, %c44) {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x2x4xi32>) -> tensor<2x2x4xf32>
  %c46 = relay.constant dense<[[[3, 0], [1, 1], [2, 3]], [[0, 0], [3, 2], [1, 3]]]> : tensor<2x3x2xi32>
  %v47 = "relay.gather"(%c0, %c46) {axis = -1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x2xi32>) -> tensor<2x3x2xf32>
  %c48 = relay.constant dense<[[[1, 0, 1, 1], [0, 0, 1, 0], [1, 1, 0, 0]]]> : tensor<1x3x4xi32>
  %v49 = "relay.gather"(%c0, %c48) {axis = 0 : i64} : (tensor<2x3x4xf32>, tensor<1x3x4xi32>) -> tensor<1x3x4xf32>
  return %v3, %v4, %v5, %v7, %v8, %v9, %v10, %v12, %v14, %v15, %v16, %v17, %v21, %v25, %v27, %v29, %v30, %v31, %v33, %v34, %v35, %v37, %v39, %v40, %v42, %v43, %v45, %v47, %v49 : tensor<2x2x3x4xf32>, tensor<2x3x2x4xf32>, tensor<2x3x4x2xf32>, tensor<3x2xf32>, tensor<1x3x2xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4xf32>, tensor<3x2xi32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<5xf32>, tensor<4xi32>, tensor<2x3xf32>, tensor<3xi32>, tensor<2x2xf32>, tensor<3xi32>, tensor<2x3x4xf32>, tensor<3xi32>, tensor<3xi64>, tensor<1x2x3x8xf32>, tensor<1x8x2x3xf32>, tensor<4x2x3xf32>, tensor<4x6xf32>, tensor<2x12xf32>, tensor<2x2x4xf32>, tensor<2x3x2xf32>, tensor<1x3x4xf32>
}
