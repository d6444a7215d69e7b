// RUN: flexmatch-run %s --print | FileCheck %s
// nn.dense in glenside's form: dot-product over the cartesian product of
// the rows of x and the rows of w, i.e. x * w^T.
//   x = [[1, 2, 3], [4, 5, 6]], w = [[1, 0, -1], [2, 1, 0]]
//   x * w^T = [[1 - 3, 2 + 2], [4 - 6, 8 + 5]] = [[-2, 4], [-2, 13]]
func.func @main() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %w = arith.constant dense<[[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]]> : tensor<2x3xf32>
  %xa = "access.tensor"(%x) : (tensor<2x3xf32>) -> !access.pattern<[], [2, 3], f32>
  %x1 = "access.access"(%xa) {axis = 1 : i64} : (!access.pattern<[], [2, 3], f32>) -> !access.pattern<[2], [3], f32>
  %wa = "access.tensor"(%w) : (tensor<2x3xf32>) -> !access.pattern<[], [2, 3], f32>
  %w1 = "access.access"(%wa) {axis = 1 : i64} : (!access.pattern<[], [2, 3], f32>) -> !access.pattern<[2], [3], f32>
  %c = "access.cartesian_product"(%x1, %w1) : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [3], f32>) -> !access.pattern<[2, 2], [2, 3], f32>
  %d = "access.compute"(%c) {kind = #access<kind dot_product>} : (!access.pattern<[2, 2], [2, 3], f32>) -> !access.pattern<[2, 2], [], f32>
  %t = "access.to_tensor"(%d) : (!access.pattern<[2, 2], [], f32>) -> tensor<2x2xf32>
  return %t : tensor<2x2xf32>
}
// CHECK: out0: float32 (2, 2)
// CHECK-NEXT: -2 4 -2 13
