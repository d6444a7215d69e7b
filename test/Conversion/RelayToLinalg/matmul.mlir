// RUN: flexmatch-run %s --print | FileCheck %s
//
// nn.matmul (TVM 0.8 MatmulRel): tensor_a [..., M, K] (transpose_a: its
// last two axes swapped, [..., K, M]) times a rank-2 tensor_b [K, N]
// (transpose_b: [N, K]) gives [..., M, N]. Small integers: exact results.

// out0: 2-d, no transposes: [2, 3] x [3, 4]
// CHECK: out0: float32 (2, 4)
// CHECK-NEXT: {{^}} 3 12 -3 -2 3 3 -18 9{{$}}
// out1: 2-d, transpose_a: [3, 2]^T x [3, 4]
// CHECK: out1: float32 (2, 4)
// CHECK-NEXT: {{^}} 14 -12 -7 -2 0 4 5 0{{$}}
// out2: 2-d, transpose_b: [2, 3] x [4, 3]^T
// CHECK: out2: float32 (2, 4)
// CHECK-NEXT: {{^}} 12 -20 16 0 0 4 -6 5{{$}}
// out3: 2-d, both transposed: [3, 2]^T x [4, 3]^T
// CHECK: out3: float32 (2, 4)
// CHECK-NEXT: {{^}} 8 -4 -4 -13 -8 6 13 -5{{$}}
// out4: N-d tensor_a: [2, 4, 8] x [8, 3]; the leading axes are rows
// CHECK: out4: float32 (2, 4, 3)
// CHECK-NEXT: {{^}} -3 -4 16 6 3 3 -18 26{{$}}
// CHECK-NEXT: {{^}}31 -5 -14 -24 2 -20 10 8{{$}}
// CHECK-NEXT: {{^}}17 3 -29 -9 43 4 -37 -9{{$}}
// out5: N-d tensor_a with transpose_a: per leading index i, a[i]^T ([8, 4] -> [4, 8]) x [8, 3]
// CHECK: out5: float32 (2, 4, 3)
// CHECK-NEXT: {{^}} 0 -10 -22 -12 -21 -9 1 -3{{$}}
// CHECK-NEXT: {{^}}1 -2 -5 14 4 11 14 -26{{$}}
// CHECK-NEXT: {{^}}9 19 0 1 -7 6 -2 -1{{$}}
// out6: rank-4 tensor_a with both transposes: a[i, j]^T ([3, 2] -> [2, 3]) x [4, 3]^T
// CHECK: out6: float32 (2, 2, 2, 4)
// CHECK-NEXT: {{^}} 4 1 7 4 -8 8 -4 7{{$}}
// CHECK-NEXT: {{^}}-4 6 0 2 6 10 19 15{{$}}
// CHECK-NEXT: {{^}}8 -8 4 -4 -8 0 -12 -2{{$}}
// CHECK-NEXT: {{^}}2 0 3 5 -2 -4 -7 -5{{$}}
// out7: rank-1 tensor_a: [3] x [3, 2] -> [2]
// CHECK: out7: float32 (2,)
// CHECK-NEXT: {{^}} 10 5{{$}}

func.func @main() -> (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<2x2x2x4xf32>, tensor<2xf32>) {
  %c0 = relay.constant dense<[[-1.0, -2.0, 2.0], [1.0, -4.0, -3.0]]> : tensor<2x3xf32>
  %c1 = relay.constant dense<[[-1.0, 0.0, 3.0, 2.0], [-1.0, -3.0, 3.0, -1.0], [0.0, 3.0, 3.0, -1.0]]> : tensor<3x4xf32>
  %v2 = "relay.nn.matmul"(%c0, %c1) : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %c3 = relay.constant dense<[[3.0, 1.0], [3.0, -1.0], [-4.0, 0.0]]> : tensor<3x2xf32>
  %c4 = relay.constant dense<[[3.0, 2.0, 2.0, 1.0], [3.0, -2.0, -3.0, 1.0], [1.0, 3.0, 1.0, 2.0]]> : tensor<3x4xf32>
  %v5 = "relay.nn.matmul"(%c3, %c4) {transpose_a = true} : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %c6 = relay.constant dense<[[4.0, -4.0, 4.0], [-3.0, 1.0, 0.0]]> : tensor<2x3xf32>
  %c7 = relay.constant dense<[[-1.0, -3.0, 1.0], [-1.0, 1.0, -3.0], [2.0, 0.0, 2.0], [-2.0, -1.0, 1.0]]> : tensor<4x3xf32>
  %v8 = "relay.nn.matmul"(%c6, %c7) {transpose_b = true} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  %c9 = relay.constant dense<[[-1.0, 4.0], [-4.0, 4.0], [1.0, 3.0]]> : tensor<3x2xf32>
  %c10 = relay.constant dense<[[0.0, -2.0, 0.0], [-2.0, 2.0, 2.0], [-1.0, 2.0, 3.0], [-2.0, 3.0, -3.0]]> : tensor<4x3xf32>
  %v11 = "relay.nn.matmul"(%c9, %c10) {transpose_a = true, transpose_b = true} : (tensor<3x2xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  %c12 = relay.constant dense<[[[4.0, -1.0, -3.0, 1.0, 1.0, 2.0, -2.0, 0.0], [2.0, 3.0, 0.0, 3.0, 3.0, -2.0, -2.0, 0.0], [-4.0, 2.0, -2.0, -2.0, 1.0, 4.0, -3.0, 0.0], [0.0, 2.0, 0.0, 3.0, 3.0, -1.0, 4.0, 3.0]], [[4.0, -1.0, -2.0, 0.0, -2.0, 2.0, 1.0, 0.0], [-3.0, 2.0, 2.0, 1.0, 0.0, 2.0, 4.0, -3.0], [2.0, 4.0, -4.0, 4.0, -2.0, 4.0, -4.0, 3.0], [4.0, 4.0, -3.0, 3.0, 3.0, -4.0, 2.0, 2.0]]]> : tensor<2x4x8xf32>
  %c13 = relay.constant dense<[[3.0, -3.0, 0.0], [1.0, -1.0, 3.0], [3.0, 3.0, -3.0], [-2.0, 1.0, 0.0], [1.0, 3.0, -2.0], [-1.0, 3.0, 3.0], [1.0, -3.0, -3.0], [-3.0, -3.0, -3.0]]> : tensor<8x3xf32>
  %v14 = "relay.nn.matmul"(%c12, %c13) : (tensor<2x4x8xf32>, tensor<8x3xf32>) -> tensor<2x4x3xf32>
  %c15 = relay.constant dense<[[[4.0, 3.0, -2.0, 4.0], [-2.0, -4.0, 4.0, 3.0], [0.0, 4.0, 1.0, -2.0], [-1.0, 0.0, 3.0, 0.0], [-1.0, 1.0, 2.0, -1.0], [3.0, -2.0, -4.0, -4.0], [4.0, -2.0, 1.0, -3.0], [-1.0, -4.0, -2.0, 0.0]], [[1.0, -3.0, 0.0, 4.0], [-1.0, 4.0, 2.0, 1.0], [-4.0, -4.0, 0.0, 0.0], [-2.0, -1.0, 0.0, -4.0], [3.0, -2.0, 3.0, -4.0], [-1.0, 4.0, 2.0, 4.0], [1.0, -4.0, 4.0, -1.0], [0.0, -2.0, -1.0, 3.0]]]> : tensor<2x8x4xf32>
  %c16 = relay.constant dense<[[-1.0, -2.0, -1.0], [0.0, 0.0, 1.0], [1.0, -2.0, -2.0], [-3.0, -1.0, -2.0], [-1.0, 1.0, 2.0], [-3.0, 0.0, -1.0], [3.0, 0.0, -3.0], [3.0, 2.0, 1.0]]> : tensor<8x3xf32>
  %v17 = "relay.nn.matmul"(%c15, %c16) {transpose_a = true} : (tensor<2x8x4xf32>, tensor<8x3xf32>) -> tensor<2x4x3xf32>
  %c18 = relay.constant dense<[[[[-1.0, -3.0], [-1.0, 2.0], [-2.0, 4.0]], [[2.0, -2.0], [-2.0, -4.0], [2.0, -3.0]]], [[[0.0, -2.0], [0.0, 4.0], [-4.0, 4.0]], [[-4.0, 0.0], [2.0, 2.0], [-1.0, 1.0]]]]> : tensor<2x2x3x2xf32>
  %c19 = relay.constant dense<[[0.0, 0.0, -2.0], [-2.0, -3.0, 2.0], [-2.0, -3.0, -1.0], [-3.0, -3.0, 1.0]]> : tensor<4x3xf32>
  %v20 = "relay.nn.matmul"(%c18, %c19) {transpose_a = true, transpose_b = true} : (tensor<2x2x3x2xf32>, tensor<4x3xf32>) -> tensor<2x2x2x4xf32>
  %c21 = relay.constant dense<[4.0, 1.0, 1.0]> : tensor<3xf32>
  %c22 = relay.constant dense<[[3.0, 2.0], [-3.0, -3.0], [1.0, 0.0]]> : tensor<3x2xf32>
  %v23 = "relay.nn.matmul"(%c21, %c22) : (tensor<3xf32>, tensor<3x2xf32>) -> tensor<2xf32>
  return %v2, %v5, %v8, %v11, %v14, %v17, %v20, %v23 : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<2x2x2x4xf32>, tensor<2xf32>
}
