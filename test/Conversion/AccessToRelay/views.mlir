// RUN: flexmatch-opt %s --split-input-file --verify-diagnostics --convert-access-to-relay | FileCheck %s

// Views become relay ops on the tensor; windows gathers with a constant
// table of flat element indices.
// CHECK-LABEL: func.func @im2col(
// CHECK-SAME: %[[X:[^:]*]]: tensor<1x2x3x3xf32>)
// CHECK: %[[Z:.*]] = relay.constant dense<0.000000e+00> : tensor<f32>
// CHECK: %[[P:.*]] = relay.nn.pad %[[X]], %[[Z]] {pad_width = [array<i64: 0, 0>, array<i64: 0, 0>, array<i64: 1, 1>, array<i64: 0, 0>]} : (tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x5x3xf32>
// CHECK: %[[T:.*]] = relay.constant dense<{{.*}}> : tensor<1x1x2x2x2x2x2xi32>
// CHECK: %[[F:.*]] = relay.reshape %[[P]] {newshape = array<i64: -1>} : (tensor<1x2x5x3xf32>) -> tensor<30xf32>
// CHECK: %[[W:.*]] = relay.take %[[F]], %[[T]] : (tensor<30xf32>, tensor<1x1x2x2x2x2x2xi32>) -> tensor<1x1x2x2x2x2x2xf32>
// CHECK: %[[R:.*]] = relay.reshape %[[W]] {newshape = array<i64: 4, 8>} : (tensor<1x1x2x2x2x2x2xf32>) -> tensor<4x8xf32>
// CHECK: %[[S:.*]] = relay.transpose %[[R]] {axes = array<i64: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
// CHECK: return %[[S]]
// CHECK-NOT: access.
func.func @im2col(%x: tensor<1x2x3x3xf32>) -> tensor<8x4xf32> {
  %0 = access.tensor %x : tensor<1x2x3x3xf32> -> !access.pattern<[], [1, 2, 3, 3], f32>
  %1 = access.pad %0 zero axis 2 before 1 after 1 : !access.pattern<[], [1, 2, 3, 3], f32> -> !access.pattern<[], [1, 2, 5, 3], f32>
  %2 = access.access %1 axis 1 : !access.pattern<[], [1, 2, 5, 3], f32> -> !access.pattern<[1], [2, 5, 3], f32>
  %3 = access.windows %2 window [2, 2, 2] strides [1, 2, 1] : !access.pattern<[1], [2, 5, 3], f32> -> !access.pattern<[1, 1, 2, 2], [2, 2, 2], f32>
  %4 = access.flatten %3 : !access.pattern<[1, 1, 2, 2], [2, 2, 2], f32> -> !access.pattern<[4], [8], f32>
  %5 = access.transpose %4 [1, 0] : !access.pattern<[4], [8], f32> -> !access.pattern<[8], [4], f32>
  %6 = access.to_tensor %5 : !access.pattern<[8], [4], f32> -> tensor<8x4xf32>
  return %6 : tensor<8x4xf32>
}

// -----

// Computations over items have no single relay op.
func.func @compute(%x: tensor<4x8xf32>) -> tensor<4xf32> {
  %0 = access.tensor %x : tensor<4x8xf32> -> !access.pattern<[], [4, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [4, 8], f32> -> !access.pattern<[4], [8], f32>
  // expected-error @+1 {{has no Relay form: access.compute computes over items}}
  %2 = access.compute reduce_sum %1 : !access.pattern<[4], [8], f32> -> !access.pattern<[4], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[4], [], f32> -> tensor<4xf32>
  return %3 : tensor<4xf32>
}
