// RUN: flexmatch-run %s --print | FileCheck %s
//
// dense (x * W^T) and batch_matmul (per batch A x B, either transposed,
// a batch of one broadcasting) on small integers: exact results.

// out0: dense x * W^T: rows of W pick x0, x1, x2 and x0 - x1 + 2 x2
// CHECK: out0: float32 (2, 4)
// CHECK-NEXT: {{^}} 1 2 3 5 4 5 6 11{{$}}
// out1: dense of rank-3 data: leading axes are rows
// CHECK: out1: float32 (2, 2, 4)
// CHECK-NEXT: {{^}} 1 2 3 5 4 5 6 11{{$}}
// CHECK-NEXT: {{^}}7 8 9 17 10 11 12 23{{$}}
// out2: batch_matmul, transpose_b
// CHECK: out2: float32 (2, 2, 4)
// CHECK-NEXT: {{^}} 4 -5 1 -3 4 -11 4 -6{{$}}
// CHECK-NEXT: {{^}}15 4 -17 7 21 4 -23 10{{$}}
// out3: batch_matmul, transpose_a, the batch of one of A broadcast
// CHECK: out3: float32 (2, 2, 4)
// CHECK-NEXT: {{^}} 3 9 1 0 2 10 4 -2{{$}}
// CHECK-NEXT: {{^}}12 -17 3 9 14 -20 2 10{{$}}
// out4: batch_matmul, both transposed, the batch of one of B broadcast
// CHECK: out4: float32 (2, 2, 4)
// CHECK-NEXT: {{^}} 6 6 6 6 1 4 7 10{{$}}
// CHECK-NEXT: {{^}}-3 -6 -9 -12 6 6 6 6{{$}}
// out5: batch_matmul without transposes
// CHECK: out5: float32 (2, 2, 2)
// CHECK-NEXT: {{^}} 5 -8 8 -17 -26 22 -35 31{{$}}

func.func @main() -> (tensor<2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x2xf32>) {
  %c0 = relay.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %c1 = relay.constant dense<[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, -1.0, 2.0]]> : tensor<4x3xf32>
  %v2 = "relay.nn.dense"(%c0, %c1) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  %c3 = relay.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]> : tensor<2x2x3xf32>
  %v4 = "relay.nn.dense"(%c3, %c1) : (tensor<2x2x3xf32>, tensor<4x3xf32>) -> tensor<2x2x4xf32>
  %c5 = relay.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]> : tensor<2x2x3xf32>
  %c6 = relay.constant dense<[[[-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0], [0.0, 2.0, -1.0], [1.0, -2.0, 0.0]], [[2.0, -1.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 1.0, -2.0], [0.0, 2.0, -1.0]]]> : tensor<2x4x3xf32>
  %v7 = "relay.nn.batch_matmul"(%c5, %c6) {transpose_b = true} : (tensor<2x2x3xf32>, tensor<2x4x3xf32>) -> tensor<2x2x4xf32>
  %c8 = relay.constant dense<[[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]]> : tensor<1x3x2xf32>
  %c9 = relay.constant dense<[[[-3.0, 0.0, 3.0, -1.0], [2.0, -2.0, 1.0, -3.0], [0.0, 3.0, -1.0, 2.0]], [[-2.0, 1.0, -3.0, 0.0], [3.0, -1.0, 2.0, -2.0], [1.0, -3.0, 0.0, 3.0]]]> : tensor<2x3x4xf32>
  %v10 = "relay.nn.batch_matmul"(%c8, %c9) {transpose_a = true} : (tensor<1x3x2xf32>, tensor<2x3x4xf32>) -> tensor<2x2x4xf32>
  %c11 = relay.constant dense<[[[-3.0, 2.0], [0.0, -2.0], [3.0, 1.0]], [[-1.0, -3.0], [2.0, 0.0], [-2.0, 3.0]]]> : tensor<2x3x2xf32>
  %c12 = relay.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]> : tensor<1x4x3xf32>
  %v13 = "relay.nn.batch_matmul"(%c11, %c12) {transpose_a = true, transpose_b = true} : (tensor<2x3x2xf32>, tensor<1x4x3xf32>) -> tensor<2x2x4xf32>
  %c14 = relay.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]> : tensor<2x2x3xf32>
  %c15 = relay.constant dense<[[[-2.0, 0.0], [2.0, -1.0], [1.0, -2.0]], [[0.0, 2.0], [-1.0, 1.0], [-2.0, 0.0]]]> : tensor<2x3x2xf32>
  %v16 = "relay.nn.batch_matmul"(%c14, %c15) : (tensor<2x2x3xf32>, tensor<2x3x2xf32>) -> tensor<2x2x2xf32>
  return %v2, %v4, %v7, %v10, %v13, %v16 : tensor<2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x2x2xf32>
}
