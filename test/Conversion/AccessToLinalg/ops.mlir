// RUN: flexmatch-run %s --print | FileCheck %s
// Access ops lowered and run on x = [[1, 2, 3, 4], [5, 6, 7, 8]]; expected
// values by hand.
func.func @main() -> (tensor<2x2xf32>, tensor<1x8xf32>, tensor<2x4xf32>, tensor<2x7xf32>, tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<1x2x4xf32>) {
  %x = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]> : tensor<2x4xf32>
  %t = "access.tensor"(%x) : (tensor<2x4xf32>) -> !access.pattern<[], [2, 4], f32>
  %a = "access.access"(%t) {axis = 1 : i64} : (!access.pattern<[], [2, 4], f32>) -> !access.pattern<[2], [4], f32>

  // Windows of 2 at stride 2, summed: [[1+2, 3+4], [5+6, 7+8]].
  %w = "access.windows"(%a) {window_shape = array<i64: 2>, strides = array<i64: 2>} : (!access.pattern<[2], [4], f32>) -> !access.pattern<[2, 2], [2], f32>
  %ws = "access.compute"(%w) {kind = #access<kind reduce_sum>} : (!access.pattern<[2, 2], [2], f32>) -> !access.pattern<[2, 2], [], f32>
  %r0 = "access.to_tensor"(%ws) : (!access.pattern<[2, 2], [], f32>) -> tensor<2x2xf32>

  // Flatten of shape [] item [2, 4]: shape [1], item [8].
  %f = "access.flatten"(%t) : (!access.pattern<[], [2, 4], f32>) -> !access.pattern<[1], [8], f32>
  %r1 = "access.to_tensor"(%f) : (!access.pattern<[1], [8], f32>) -> tensor<1x8xf32>

  // pair(a, a) multiplied elementwise: the squares.
  %p = "access.pair"(%a, %a) : (!access.pattern<[2], [4], f32>, !access.pattern<[2], [4], f32>) -> !access.pattern<[2], [2, 4], f32>
  %sq = "access.compute"(%p) {kind = #access<kind elementwise_mul>} : (!access.pattern<[2], [2, 4], f32>) -> !access.pattern<[2], [4], f32>
  %r2 = "access.to_tensor"(%sq) : (!access.pattern<[2], [4], f32>) -> tensor<2x4xf32>

  // Zero padding on axis 1: one before, two after.
  %pd = "access.pad"(%a) {axis = 1 : i64, before = 1 : i64, after = 2 : i64, pad_type = #access<pad_type zero>} : (!access.pattern<[2], [4], f32>) -> !access.pattern<[2], [7], f32>
  %r3 = "access.to_tensor"(%pd) : (!access.pattern<[2], [7], f32>) -> tensor<2x7xf32>

  // Every other element of each row.
  %sl = "access.slice"(%a) {axis = 1 : i64, low = 0 : i64, high = 4 : i64, step = 2 : i64} : (!access.pattern<[2], [4], f32>) -> !access.pattern<[2], [2], f32>
  %r4 = "access.to_tensor"(%sl) : (!access.pattern<[2], [2], f32>) -> tensor<2x2xf32>

  // Row maxima, negated: -4, -8.
  %m = "access.compute"(%a) {kind = #access<kind reduce_max>} : (!access.pattern<[2], [4], f32>) -> !access.pattern<[2], [], f32>
  %n = "access.compute"(%m) {kind = #access<kind negative>} : (!access.pattern<[2], [], f32>) -> !access.pattern<[2], [], f32>
  %r5 = "access.to_tensor"(%n) : (!access.pattern<[2], [], f32>) -> tensor<2xf32>

  // Division folded over an item of three: 2 / 3 / 4 = 1/6, 6 / 7 / 8 = 3/28.
  %s3 = "access.slice"(%a) {axis = 1 : i64, low = 1 : i64, high = 4 : i64} : (!access.pattern<[2], [4], f32>) -> !access.pattern<[2], [3], f32>
  %dv = "access.compute"(%s3) {kind = #access<kind elementwise_div>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [], f32>
  %r6 = "access.to_tensor"(%dv) : (!access.pattern<[2], [], f32>) -> tensor<2xf32>

  // A new leading axis joins the shape.
  %ia = "access.insert_axis"(%a) {axis = 0 : i64} : (!access.pattern<[2], [4], f32>) -> !access.pattern<[1, 2], [4], f32>
  %r7 = "access.to_tensor"(%ia) : (!access.pattern<[1, 2], [4], f32>) -> tensor<1x2x4xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<2x2xf32>, tensor<1x8xf32>, tensor<2x4xf32>, tensor<2x7xf32>, tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<1x2x4xf32>
}
// CHECK: out0: float32 (2, 2)
// CHECK-NEXT: 3 7 11 15
// CHECK: out1: float32 (1, 8)
// CHECK-NEXT: 1 2 3 4 5 6 7 8
// CHECK: out2: float32 (2, 4)
// CHECK-NEXT: 1 4 9 16 25 36 49 64
// CHECK: out3: float32 (2, 7)
// CHECK-NEXT: 0 1 2 3 4 0 0 0
// CHECK-NEXT: 5 6 7 8 0 0
// CHECK: out4: float32 (2, 2)
// CHECK-NEXT: 1 3 5 7
// CHECK: out5: float32 (2,)
// CHECK-NEXT: -4 -8
// CHECK: out6: float32 (2,)
// CHECK-NEXT: 0.166666672 0.107142858
// CHECK: out7: float32 (1, 2, 4)
// CHECK-NEXT: 1 2 3 4 5 6 7 8
