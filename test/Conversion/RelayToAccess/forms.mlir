// RUN: flexmatch-opt %s --relay-to-access | FileCheck %s
//
// The glenside form of each relay op glenside expresses, and ops whose
// attributes fall outside their form, which stay relay ops.

// CHECK-LABEL: func.func @dense(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<4x8xf32> -> !access.pattern<[], [4, 8], f32>
// CHECK: %[[V1:.*]] = access.access %[[V0]] axis 1 : !access.pattern<[], [4, 8], f32> -> !access.pattern<[4], [8], f32>
// CHECK: %[[V2:.*]] = access.tensor %arg1 : tensor<3x8xf32> -> !access.pattern<[], [3, 8], f32>
// CHECK: %[[V3:.*]] = access.access %[[V2]] axis 1 : !access.pattern<[], [3, 8], f32> -> !access.pattern<[3], [8], f32>
// CHECK: %[[V4:.*]] = access.cartesian_product %[[V1]], %[[V3]] : !access.pattern<[4], [8], f32>, !access.pattern<[3], [8], f32> -> !access.pattern<[4, 3], [2, 8], f32>
// CHECK: %[[V5:.*]] = access.compute dot_product %[[V4]] : !access.pattern<[4, 3], [2, 8], f32> -> !access.pattern<[4, 3], [], f32>
// CHECK: %[[V6:.*]] = access.to_tensor %[[V5]] : !access.pattern<[4, 3], [], f32> -> tensor<4x3xf32>
// CHECK: return %[[V6]] : tensor<4x3xf32>
func.func @dense(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>) -> tensor<4x3xf32> {
  %0 = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// CHECK-LABEL: func.func @conv2d(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x3x8x8xf32> -> !access.pattern<[], [1, 3, 8, 8], f32>
// CHECK: %[[V1:.*]] = access.pad %[[V0]] zero axis 2 before 1 after 1 : !access.pattern<[], [1, 3, 8, 8], f32> -> !access.pattern<[], [1, 3, 10, 8], f32>
// CHECK: %[[V2:.*]] = access.pad %[[V1]] zero axis 3 before 1 after 1 : !access.pattern<[], [1, 3, 10, 8], f32> -> !access.pattern<[], [1, 3, 10, 10], f32>
// CHECK: %[[V3:.*]] = access.access %[[V2]] axis 1 : !access.pattern<[], [1, 3, 10, 10], f32> -> !access.pattern<[1], [3, 10, 10], f32>
// CHECK: %[[V4:.*]] = access.windows %[[V3]] window [3, 3, 3] strides [1, 2, 2] : !access.pattern<[1], [3, 10, 10], f32> -> !access.pattern<[1, 1, 4, 4], [3, 3, 3], f32>
// CHECK: %[[V5:.*]] = access.tensor %arg1 : tensor<4x3x3x3xf32> -> !access.pattern<[], [4, 3, 3, 3], f32>
// CHECK: %[[V6:.*]] = access.access %[[V5]] axis 1 : !access.pattern<[], [4, 3, 3, 3], f32> -> !access.pattern<[4], [3, 3, 3], f32>
// CHECK: %[[V7:.*]] = access.cartesian_product %[[V6]], %[[V4]] : !access.pattern<[4], [3, 3, 3], f32>, !access.pattern<[1, 1, 4, 4], [3, 3, 3], f32> -> !access.pattern<[4, 1, 1, 4, 4], [2, 3, 3, 3], f32>
// CHECK: %[[V8:.*]] = access.compute dot_product %[[V7]] : !access.pattern<[4, 1, 1, 4, 4], [2, 3, 3, 3], f32> -> !access.pattern<[4, 1, 1, 4, 4], [], f32>
// CHECK: %[[V9:.*]] = access.squeeze %[[V8]] axis 2 : !access.pattern<[4, 1, 1, 4, 4], [], f32> -> !access.pattern<[4, 1, 4, 4], [], f32>
// CHECK: %[[V10:.*]] = access.transpose %[[V9]] [1, 0, 2, 3] : !access.pattern<[4, 1, 4, 4], [], f32> -> !access.pattern<[1, 4, 4, 4], [], f32>
// CHECK: %[[V11:.*]] = access.to_tensor %[[V10]] : !access.pattern<[1, 4, 4, 4], [], f32> -> tensor<1x4x4x4xf32>
// CHECK: return %[[V11]] : tensor<1x4x4x4xf32>
func.func @conv2d(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// Other layouts: transposes to NCHW / OIHW and back.
// CHECK-LABEL: func.func @conv2d_nhwc(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x8x8x3xf32> -> !access.pattern<[], [1, 8, 8, 3], f32>
// CHECK: %[[V1:.*]] = access.transpose %[[V0]] [0, 3, 1, 2] : !access.pattern<[], [1, 8, 8, 3], f32> -> !access.pattern<[], [1, 3, 8, 8], f32>
// CHECK: %[[V2:.*]] = access.access %[[V1]] axis 1 : !access.pattern<[], [1, 3, 8, 8], f32> -> !access.pattern<[1], [3, 8, 8], f32>
// CHECK: %[[V3:.*]] = access.windows %[[V2]] window [3, 3, 3] strides [1, 1, 1] : !access.pattern<[1], [3, 8, 8], f32> -> !access.pattern<[1, 1, 6, 6], [3, 3, 3], f32>
// CHECK: %[[V4:.*]] = access.tensor %arg1 : tensor<3x3x3x4xf32> -> !access.pattern<[], [3, 3, 3, 4], f32>
// CHECK: %[[V5:.*]] = access.transpose %[[V4]] [3, 2, 0, 1] : !access.pattern<[], [3, 3, 3, 4], f32> -> !access.pattern<[], [4, 3, 3, 3], f32>
// CHECK: %[[V6:.*]] = access.access %[[V5]] axis 1 : !access.pattern<[], [4, 3, 3, 3], f32> -> !access.pattern<[4], [3, 3, 3], f32>
// CHECK: %[[V7:.*]] = access.cartesian_product %[[V6]], %[[V3]] : !access.pattern<[4], [3, 3, 3], f32>, !access.pattern<[1, 1, 6, 6], [3, 3, 3], f32> -> !access.pattern<[4, 1, 1, 6, 6], [2, 3, 3, 3], f32>
// CHECK: %[[V8:.*]] = access.compute dot_product %[[V7]] : !access.pattern<[4, 1, 1, 6, 6], [2, 3, 3, 3], f32> -> !access.pattern<[4, 1, 1, 6, 6], [], f32>
// CHECK: %[[V9:.*]] = access.squeeze %[[V8]] axis 2 : !access.pattern<[4, 1, 1, 6, 6], [], f32> -> !access.pattern<[4, 1, 6, 6], [], f32>
// CHECK: %[[V10:.*]] = access.transpose %[[V9]] [1, 2, 3, 0] : !access.pattern<[4, 1, 6, 6], [], f32> -> !access.pattern<[1, 6, 6, 4], [], f32>
// CHECK: %[[V11:.*]] = access.to_tensor %[[V10]] : !access.pattern<[1, 6, 6, 4], [], f32> -> tensor<1x6x6x4xf32>
// CHECK: return %[[V11]] : tensor<1x6x6x4xf32>
func.func @conv2d_nhwc(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<1x6x6x4xf32> {
  %0 = relay.nn.conv2d %x, %w {data_layout = "NHWC", kernel_layout = "HWIO"} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x6x6x4xf32>
  return %0 : tensor<1x6x6x4xf32>
}

// CHECK-LABEL: func.func @conv1d(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<2x3x10xf32> -> !access.pattern<[], [2, 3, 10], f32>
// CHECK: %[[V1:.*]] = access.pad %[[V0]] zero axis 2 before 1 after 1 : !access.pattern<[], [2, 3, 10], f32> -> !access.pattern<[], [2, 3, 12], f32>
// CHECK: %[[V2:.*]] = access.access %[[V1]] axis 1 : !access.pattern<[], [2, 3, 12], f32> -> !access.pattern<[2], [3, 12], f32>
// CHECK: %[[V3:.*]] = access.windows %[[V2]] window [3, 3] strides [1, 1] : !access.pattern<[2], [3, 12], f32> -> !access.pattern<[2, 1, 10], [3, 3], f32>
// CHECK: %[[V4:.*]] = access.tensor %arg1 : tensor<4x3x3xf32> -> !access.pattern<[], [4, 3, 3], f32>
// CHECK: %[[V5:.*]] = access.access %[[V4]] axis 1 : !access.pattern<[], [4, 3, 3], f32> -> !access.pattern<[4], [3, 3], f32>
// CHECK: %[[V6:.*]] = access.cartesian_product %[[V5]], %[[V3]] : !access.pattern<[4], [3, 3], f32>, !access.pattern<[2, 1, 10], [3, 3], f32> -> !access.pattern<[4, 2, 1, 10], [2, 3, 3], f32>
// CHECK: %[[V7:.*]] = access.compute dot_product %[[V6]] : !access.pattern<[4, 2, 1, 10], [2, 3, 3], f32> -> !access.pattern<[4, 2, 1, 10], [], f32>
// CHECK: %[[V8:.*]] = access.squeeze %[[V7]] axis 2 : !access.pattern<[4, 2, 1, 10], [], f32> -> !access.pattern<[4, 2, 10], [], f32>
// CHECK: %[[V9:.*]] = access.transpose %[[V8]] [1, 0, 2] : !access.pattern<[4, 2, 10], [], f32> -> !access.pattern<[2, 4, 10], [], f32>
// CHECK: %[[V10:.*]] = access.to_tensor %[[V9]] : !access.pattern<[2, 4, 10], [], f32> -> tensor<2x4x10xf32>
// CHECK: return %[[V10]] : tensor<2x4x10xf32>
func.func @conv1d(%x: tensor<2x3x10xf32>, %w: tensor<4x3x3xf32>) -> tensor<2x4x10xf32> {
  %0 = relay.nn.conv1d %x, %w {padding = array<i64: 1, 1>} : (tensor<2x3x10xf32>, tensor<4x3x3xf32>) -> tensor<2x4x10xf32>
  return %0 : tensor<2x4x10xf32>
}

// Grouped convolutions have no glenside form: they stay relay.
// CHECK-LABEL: func.func @conv2d_groups(
// CHECK-NOT: access.
// CHECK: %[[V0:.*]] = relay.nn.conv2d %arg0, %arg1 {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
// CHECK: return %[[V0]] : tensor<1x4x6x6xf32>
func.func @conv2d_groups(%x: tensor<1x4x8x8xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = relay.nn.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// Nor do dilated ones.
// CHECK-LABEL: func.func @conv2d_dilation(
// CHECK-NOT: access.
// CHECK: %[[V0:.*]] = relay.nn.conv2d %arg0, %arg1 {dilation = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
// CHECK: return %[[V0]] : tensor<1x4x4x4xf32>
func.func @conv2d_dilation(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w {dilation = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// Neither operand of the divide has the result dims: a zero literal gives
// the broadcasts their target.
// CHECK-LABEL: func.func @elementwise(
// CHECK: %[[V0:.*]] = access.literal dense<0.000000e+00> : tensor<2x3xf32>
// CHECK: %[[V1:.*]] = access.tensor %arg0 : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V2:.*]] = access.compute relu %[[V1]] : !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V3:.*]] = access.to_tensor %[[V2]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: %[[V4:.*]] = access.tensor %[[V3]] : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V5:.*]] = access.tensor %arg1 : tensor<3xf32> -> !access.pattern<[], [3], f32>
// CHECK: %[[V6:.*]] = access.reshape %[[V5]] shape [] item [1, 3] : !access.pattern<[], [3], f32> -> !access.pattern<[], [1, 3], f32>
// CHECK: %[[V7:.*]] = access.broadcast %[[V6]] to %[[V4]] : !access.pattern<[], [1, 3], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V8:.*]] = access.pair %[[V4]], %[[V7]] : !access.pattern<[], [2, 3], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 2, 3], f32>
// CHECK: %[[V9:.*]] = access.compute elementwise_add %[[V8]] : !access.pattern<[], [2, 2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V10:.*]] = access.to_tensor %[[V9]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: %[[V11:.*]] = access.tensor %[[V10]] : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V12:.*]] = access.tensor %arg2 : tensor<2x1xf32> -> !access.pattern<[], [2, 1], f32>
// CHECK: %[[V13:.*]] = access.broadcast %[[V12]] to %[[V11]] : !access.pattern<[], [2, 1], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V14:.*]] = access.pair %[[V13]], %[[V11]] : !access.pattern<[], [2, 3], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 2, 3], f32>
// CHECK: %[[V15:.*]] = access.compute elementwise_mul %[[V14]] : !access.pattern<[], [2, 2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V16:.*]] = access.to_tensor %[[V15]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: %[[V17:.*]] = access.tensor %arg2 : tensor<2x1xf32> -> !access.pattern<[], [2, 1], f32>
// CHECK: %[[V18:.*]] = access.broadcast %[[V17]] to %[[V0]] : !access.pattern<[], [2, 1], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V19:.*]] = access.tensor %arg1 : tensor<3xf32> -> !access.pattern<[], [3], f32>
// CHECK: %[[V20:.*]] = access.reshape %[[V19]] shape [] item [1, 3] : !access.pattern<[], [3], f32> -> !access.pattern<[], [1, 3], f32>
// CHECK: %[[V21:.*]] = access.broadcast %[[V20]] to %[[V0]] : !access.pattern<[], [1, 3], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V22:.*]] = access.pair %[[V18]], %[[V21]] : !access.pattern<[], [2, 3], f32>, !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 2, 3], f32>
// CHECK: %[[V23:.*]] = access.compute elementwise_div %[[V22]] : !access.pattern<[], [2, 2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V24:.*]] = access.to_tensor %[[V23]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: %[[V25:.*]] = access.tensor %[[V24]] : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V26:.*]] = access.compute sqrt %[[V25]] : !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V27:.*]] = access.to_tensor %[[V26]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: %[[V28:.*]] = access.tensor %[[V27]] : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V29:.*]] = access.compute negative %[[V28]] : !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V30:.*]] = access.to_tensor %[[V29]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: return %[[V3]], %[[V10]], %[[V16]], %[[V24]], %[[V27]], %[[V30]] : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
func.func @elementwise(%x: tensor<2x3xf32>, %y: tensor<3xf32>, %z: tensor<2x1xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = relay.nn.relu %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = relay.add %0, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = relay.multiply %z, %1 : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = relay.divide %z, %y : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %4 = relay.sqrt %3 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = relay.negative %4 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @bias_add(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x4x5x5xf32> -> !access.pattern<[], [1, 4, 5, 5], f32>
// CHECK: %[[V1:.*]] = access.tensor %arg1 : tensor<4xf32> -> !access.pattern<[], [4], f32>
// CHECK: %[[V2:.*]] = access.reshape %[[V1]] shape [] item [1, 4, 1, 1] : !access.pattern<[], [4], f32> -> !access.pattern<[], [1, 4, 1, 1], f32>
// CHECK: %[[V3:.*]] = access.broadcast %[[V2]] to %[[V0]] : !access.pattern<[], [1, 4, 1, 1], f32>, !access.pattern<[], [1, 4, 5, 5], f32> -> !access.pattern<[], [1, 4, 5, 5], f32>
// CHECK: %[[V4:.*]] = access.pair %[[V0]], %[[V3]] : !access.pattern<[], [1, 4, 5, 5], f32>, !access.pattern<[], [1, 4, 5, 5], f32> -> !access.pattern<[], [2, 1, 4, 5, 5], f32>
// CHECK: %[[V5:.*]] = access.compute elementwise_add %[[V4]] : !access.pattern<[], [2, 1, 4, 5, 5], f32> -> !access.pattern<[], [1, 4, 5, 5], f32>
// CHECK: %[[V6:.*]] = access.to_tensor %[[V5]] : !access.pattern<[], [1, 4, 5, 5], f32> -> tensor<1x4x5x5xf32>
// CHECK: return %[[V6]] : tensor<1x4x5x5xf32>
func.func @bias_add(%x: tensor<1x4x5x5xf32>, %b: tensor<4xf32>) -> tensor<1x4x5x5xf32> {
  %0 = relay.nn.bias_add %x, %b : (tensor<1x4x5x5xf32>, tensor<4xf32>) -> tensor<1x4x5x5xf32>
  return %0 : tensor<1x4x5x5xf32>
}

// CHECK-LABEL: func.func @max_pool2d(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x2x7x7xf32> -> !access.pattern<[], [1, 2, 7, 7], f32>
// CHECK: %[[V1:.*]] = access.pad %[[V0]] min axis 2 before 1 after 1 : !access.pattern<[], [1, 2, 7, 7], f32> -> !access.pattern<[], [1, 2, 9, 7], f32>
// CHECK: %[[V2:.*]] = access.pad %[[V1]] min axis 3 before 1 after 1 : !access.pattern<[], [1, 2, 9, 7], f32> -> !access.pattern<[], [1, 2, 9, 9], f32>
// CHECK: %[[V3:.*]] = access.access %[[V2]] axis 2 : !access.pattern<[], [1, 2, 9, 9], f32> -> !access.pattern<[1, 2], [9, 9], f32>
// CHECK: %[[V4:.*]] = access.windows %[[V3]] window [3, 3] strides [2, 2] : !access.pattern<[1, 2], [9, 9], f32> -> !access.pattern<[1, 2, 4, 4], [3, 3], f32>
// CHECK: %[[V5:.*]] = access.compute reduce_max %[[V4]] : !access.pattern<[1, 2, 4, 4], [3, 3], f32> -> !access.pattern<[1, 2, 4, 4], [], f32>
// CHECK: %[[V6:.*]] = access.to_tensor %[[V5]] : !access.pattern<[1, 2, 4, 4], [], f32> -> tensor<1x2x4x4xf32>
// CHECK: return %[[V6]] : tensor<1x2x4x4xf32>
func.func @max_pool2d(%x: tensor<1x2x7x7xf32>) -> tensor<1x2x4x4xf32> {
  %0 = relay.nn.max_pool2d %x {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x2x7x7xf32>) -> tensor<1x2x4x4xf32>
  return %0 : tensor<1x2x4x4xf32>
}

// ceil_mode: one more row and column of padding for the last window.
// CHECK-LABEL: func.func @max_pool2d_ceil(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x2x6x6xf32> -> !access.pattern<[], [1, 2, 6, 6], f32>
// CHECK: %[[V1:.*]] = access.pad %[[V0]] min axis 2 before 0 after 1 : !access.pattern<[], [1, 2, 6, 6], f32> -> !access.pattern<[], [1, 2, 7, 6], f32>
// CHECK: %[[V2:.*]] = access.pad %[[V1]] min axis 3 before 0 after 1 : !access.pattern<[], [1, 2, 7, 6], f32> -> !access.pattern<[], [1, 2, 7, 7], f32>
// CHECK: %[[V3:.*]] = access.access %[[V2]] axis 2 : !access.pattern<[], [1, 2, 7, 7], f32> -> !access.pattern<[1, 2], [7, 7], f32>
// CHECK: %[[V4:.*]] = access.windows %[[V3]] window [3, 3] strides [2, 2] : !access.pattern<[1, 2], [7, 7], f32> -> !access.pattern<[1, 2, 3, 3], [3, 3], f32>
// CHECK: %[[V5:.*]] = access.compute reduce_max %[[V4]] : !access.pattern<[1, 2, 3, 3], [3, 3], f32> -> !access.pattern<[1, 2, 3, 3], [], f32>
// CHECK: %[[V6:.*]] = access.to_tensor %[[V5]] : !access.pattern<[1, 2, 3, 3], [], f32> -> tensor<1x2x3x3xf32>
// CHECK: return %[[V6]] : tensor<1x2x3x3xf32>
func.func @max_pool2d_ceil(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32> {
  %0 = relay.nn.max_pool2d %x {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// CHECK-LABEL: func.func @avg_pool2d(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x2x6x6xf32> -> !access.pattern<[], [1, 2, 6, 6], f32>
// CHECK: %[[V1:.*]] = access.access %[[V0]] axis 2 : !access.pattern<[], [1, 2, 6, 6], f32> -> !access.pattern<[1, 2], [6, 6], f32>
// CHECK: %[[V2:.*]] = access.windows %[[V1]] window [2, 2] strides [2, 2] : !access.pattern<[1, 2], [6, 6], f32> -> !access.pattern<[1, 2, 3, 3], [2, 2], f32>
// CHECK: %[[V3:.*]] = access.compute reduce_mean %[[V2]] : !access.pattern<[1, 2, 3, 3], [2, 2], f32> -> !access.pattern<[1, 2, 3, 3], [], f32>
// CHECK: %[[V4:.*]] = access.to_tensor %[[V3]] : !access.pattern<[1, 2, 3, 3], [], f32> -> tensor<1x2x3x3xf32>
// CHECK: return %[[V4]] : tensor<1x2x3x3xf32>
func.func @avg_pool2d(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32> {
  %0 = relay.nn.avg_pool2d %x {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// reduce_mean would count the padding that Relay's avg_pool2d leaves out.
// CHECK-LABEL: func.func @avg_pool2d_padded(
// CHECK-NOT: access.
// CHECK: %[[V0:.*]] = relay.nn.avg_pool2d %arg0 {padding = array<i64: 1, 1, 1, 1>, pool_size = array<i64: 3, 3>} : (tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32>
// CHECK: return %[[V0]] : tensor<1x2x6x6xf32>
func.func @avg_pool2d_padded(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32> {
  %0 = relay.nn.avg_pool2d %x {pool_size = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32>
  return %0 : tensor<1x2x6x6xf32>
}

// CHECK-LABEL: func.func @global_avg_pool2d(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x8x7x7xf32> -> !access.pattern<[], [1, 8, 7, 7], f32>
// CHECK: %[[V1:.*]] = access.access %[[V0]] axis 2 : !access.pattern<[], [1, 8, 7, 7], f32> -> !access.pattern<[1, 8], [7, 7], f32>
// CHECK: %[[V2:.*]] = access.compute reduce_mean %[[V1]] : !access.pattern<[1, 8], [7, 7], f32> -> !access.pattern<[1, 8], [], f32>
// CHECK: %[[V3:.*]] = access.insert_axis %[[V2]] axis 2 : !access.pattern<[1, 8], [], f32> -> !access.pattern<[1, 8, 1], [], f32>
// CHECK: %[[V4:.*]] = access.insert_axis %[[V3]] axis 3 : !access.pattern<[1, 8, 1], [], f32> -> !access.pattern<[1, 8, 1, 1], [], f32>
// CHECK: %[[V5:.*]] = access.to_tensor %[[V4]] : !access.pattern<[1, 8, 1, 1], [], f32> -> tensor<1x8x1x1xf32>
// CHECK: return %[[V5]] : tensor<1x8x1x1xf32>
func.func @global_avg_pool2d(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32> {
  %0 = relay.nn.global_avg_pool2d %x : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  return %0 : tensor<1x8x1x1xf32>
}

// CHECK-LABEL: func.func @softmax(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<2x10xf32> -> !access.pattern<[], [2, 10], f32>
// CHECK: %[[V1:.*]] = access.access %[[V0]] axis 1 : !access.pattern<[], [2, 10], f32> -> !access.pattern<[2], [10], f32>
// CHECK: %[[V2:.*]] = access.compute softmax %[[V1]] : !access.pattern<[2], [10], f32> -> !access.pattern<[2], [10], f32>
// CHECK: %[[V3:.*]] = access.to_tensor %[[V2]] : !access.pattern<[2], [10], f32> -> tensor<2x10xf32>
// CHECK: return %[[V3]] : tensor<2x10xf32>
func.func @softmax(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = relay.nn.softmax %x : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// Softmax over an axis other than the last stays relay.
// CHECK-LABEL: func.func @softmax_axis0(
// CHECK-NOT: access.
// CHECK: %[[V0:.*]] = relay.nn.softmax %arg0 {axis = 0 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
// CHECK: return %[[V0]] : tensor<2x10xf32>
func.func @softmax_axis0(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = relay.nn.softmax %x {axis = 0 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// CHECK-LABEL: func.func @reshapes(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x8x2x2xf32> -> !access.pattern<[], [1, 8, 2, 2], f32>
// CHECK: %[[V1:.*]] = access.reshape %[[V0]] shape [] item [1, 32] : !access.pattern<[], [1, 8, 2, 2], f32> -> !access.pattern<[], [1, 32], f32>
// CHECK: %[[V2:.*]] = access.to_tensor %[[V1]] : !access.pattern<[], [1, 32], f32> -> tensor<1x32xf32>
// CHECK: %[[V3:.*]] = access.tensor %arg0 : tensor<1x8x2x2xf32> -> !access.pattern<[], [1, 8, 2, 2], f32>
// CHECK: %[[V4:.*]] = access.reshape %[[V3]] shape [] item [4, 8] : !access.pattern<[], [1, 8, 2, 2], f32> -> !access.pattern<[], [4, 8], f32>
// CHECK: %[[V5:.*]] = access.to_tensor %[[V4]] : !access.pattern<[], [4, 8], f32> -> tensor<4x8xf32>
// CHECK: return %[[V2]], %[[V5]] : tensor<1x32xf32>, tensor<4x8xf32>
func.func @reshapes(%x: tensor<1x8x2x2xf32>) -> (tensor<1x32xf32>, tensor<4x8xf32>) {
  %0 = relay.nn.batch_flatten %x : (tensor<1x8x2x2xf32>) -> tensor<1x32xf32>
  %1 = relay.reshape %x {newshape = array<i64: 4, -1>} : (tensor<1x8x2x2xf32>) -> tensor<4x8xf32>
  return %0, %1 : tensor<1x32xf32>, tensor<4x8xf32>
}

// CHECK-LABEL: func.func @shape_ops(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
// CHECK: %[[V1:.*]] = access.transpose %[[V0]] [2, 0, 1] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [4, 2, 3], f32>
// CHECK: %[[V2:.*]] = access.to_tensor %[[V1]] : !access.pattern<[], [4, 2, 3], f32> -> tensor<4x2x3xf32>
// CHECK: %[[V3:.*]] = access.tensor %arg0 : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
// CHECK: %[[V4:.*]] = access.insert_axis %[[V3]] axis 1 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [2, 1, 3, 4], f32>
// CHECK: %[[V5:.*]] = access.insert_axis %[[V4]] axis 1 : !access.pattern<[], [2, 1, 3, 4], f32> -> !access.pattern<[], [2, 1, 1, 3, 4], f32>
// CHECK: %[[V6:.*]] = access.to_tensor %[[V5]] : !access.pattern<[], [2, 1, 1, 3, 4], f32> -> tensor<2x1x1x3x4xf32>
// CHECK: %[[V7:.*]] = access.tensor %[[V6]] : tensor<2x1x1x3x4xf32> -> !access.pattern<[], [2, 1, 1, 3, 4], f32>
// CHECK: %[[V8:.*]] = access.squeeze %[[V7]] axis 2 : !access.pattern<[], [2, 1, 1, 3, 4], f32> -> !access.pattern<[], [2, 1, 3, 4], f32>
// CHECK: %[[V9:.*]] = access.squeeze %[[V8]] axis 1 : !access.pattern<[], [2, 1, 3, 4], f32> -> !access.pattern<[], [2, 3, 4], f32>
// CHECK: %[[V10:.*]] = access.to_tensor %[[V9]] : !access.pattern<[], [2, 3, 4], f32> -> tensor<2x3x4xf32>
// CHECK: return %[[V2]], %[[V6]], %[[V10]] : tensor<4x2x3xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4xf32>
func.func @shape_ops(%x: tensor<2x3x4xf32>) -> (tensor<4x2x3xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = relay.transpose %x {axes = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %1 = relay.expand_dims %x {axis = 1 : i64, num_newaxis = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x1x3x4xf32>
  %2 = relay.squeeze %1 {axis = array<i64: 1, 2>} : (tensor<2x1x1x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1, %2 : tensor<4x2x3xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4xf32>
}

// Glenside pads with zeros only: a pad value of 1 stays relay.
// CHECK-LABEL: func.func @pad(
// CHECK: %[[V0:.*]] = relay.constant dense<1.000000e+00> : tensor<f32>
// CHECK: %[[V1:.*]] = access.tensor %arg0 : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V2:.*]] = access.pad %[[V1]] zero axis 1 before 1 after 2 : !access.pattern<[], [2, 3], f32> -> !access.pattern<[], [2, 6], f32>
// CHECK: %[[V3:.*]] = access.to_tensor %[[V2]] : !access.pattern<[], [2, 6], f32> -> tensor<2x6xf32>
// CHECK: %[[V4:.*]] = relay.nn.pad %arg0, %[[V0]] {pad_width = [array<i64: 0, 0>, array<i64: 1, 2>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x6xf32>
// CHECK: return %[[V3]], %[[V4]] : tensor<2x6xf32>, tensor<2x6xf32>
func.func @pad(%x: tensor<2x3xf32>) -> (tensor<2x6xf32>, tensor<2x6xf32>) {
  %zero = relay.constant dense<0.0> : tensor<f32>
  %one = relay.constant dense<1.0> : tensor<f32>
  %0 = relay.nn.pad %x, %zero {pad_width = [array<i64: 0, 0>, array<i64: 1, 2>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x6xf32>
  %1 = relay.nn.pad %x, %one {pad_width = [array<i64: 0, 0>, array<i64: 1, 2>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x6xf32>
  return %0, %1 : tensor<2x6xf32>, tensor<2x6xf32>
}

// CHECK-LABEL: func.func @concatenate(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<2x3xf32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V1:.*]] = access.tensor %arg1 : tensor<2x1xf32> -> !access.pattern<[], [2, 1], f32>
// CHECK: %[[V2:.*]] = access.concatenate %[[V0]], %[[V1]] axis 1 : !access.pattern<[], [2, 3], f32>, !access.pattern<[], [2, 1], f32> -> !access.pattern<[], [2, 4], f32>
// CHECK: %[[V3:.*]] = access.tensor %arg2 : tensor<2x2xf32> -> !access.pattern<[], [2, 2], f32>
// CHECK: %[[V4:.*]] = access.concatenate %[[V2]], %[[V3]] axis 1 : !access.pattern<[], [2, 4], f32>, !access.pattern<[], [2, 2], f32> -> !access.pattern<[], [2, 6], f32>
// CHECK: %[[V5:.*]] = access.to_tensor %[[V4]] : !access.pattern<[], [2, 6], f32> -> tensor<2x6xf32>
// CHECK: return %[[V5]] : tensor<2x6xf32>
func.func @concatenate(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>, %c: tensor<2x2xf32>) -> tensor<2x6xf32> {
  %t = relay.tuple %a, %b, %c : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x2xf32>) -> tuple<tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x2xf32>>
  %0 = relay.concatenate %t {axis = -1 : i64} : (tuple<tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x2xf32>>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// Negative strides stay relay.
// CHECK-LABEL: func.func @strided_slice(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<4x8xf32> -> !access.pattern<[], [4, 8], f32>
// CHECK: %[[V1:.*]] = access.slice %[[V0]] axis 0 from 1 to 3 : !access.pattern<[], [4, 8], f32> -> !access.pattern<[], [2, 8], f32>
// CHECK: %[[V2:.*]] = access.slice %[[V1]] axis 1 from 1 to 7 step 2 : !access.pattern<[], [2, 8], f32> -> !access.pattern<[], [2, 3], f32>
// CHECK: %[[V3:.*]] = access.to_tensor %[[V2]] : !access.pattern<[], [2, 3], f32> -> tensor<2x3xf32>
// CHECK: %[[V4:.*]] = relay.strided_slice %arg0 {begin = array<i64: -1, 0>, end = array<i64: -5, 8>, strides = array<i64: -1, 1>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK: return %[[V3]], %[[V4]] : tensor<2x3xf32>, tensor<4x8xf32>
func.func @strided_slice(%x: tensor<4x8xf32>) -> (tensor<2x3xf32>, tensor<4x8xf32>) {
  %0 = relay.strided_slice %x {begin = array<i64: 1, 1>, end = array<i64: 3, 7>, strides = array<i64: 1, 2>} : (tensor<4x8xf32>) -> tensor<2x3xf32>
  %1 = relay.strided_slice %x {begin = array<i64: -1, 0>, end = array<i64: -5, 8>, strides = array<i64: -1, 1>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<4x8xf32>
}

// A mean over leading axes stays relay: reduce_mean reduces the item.
// CHECK-LABEL: func.func @mean(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
// CHECK: %[[V1:.*]] = access.access %[[V0]] axis 1 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2], [3, 4], f32>
// CHECK: %[[V2:.*]] = access.compute reduce_mean %[[V1]] : !access.pattern<[2], [3, 4], f32> -> !access.pattern<[2], [], f32>
// CHECK: %[[V3:.*]] = access.to_tensor %[[V2]] : !access.pattern<[2], [], f32> -> tensor<2xf32>
// CHECK: %[[V4:.*]] = access.tensor %arg0 : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
// CHECK: %[[V5:.*]] = access.access %[[V4]] axis 2 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2, 3], [4], f32>
// CHECK: %[[V6:.*]] = access.compute reduce_mean %[[V5]] : !access.pattern<[2, 3], [4], f32> -> !access.pattern<[2, 3], [], f32>
// CHECK: %[[V7:.*]] = access.insert_axis %[[V6]] axis 2 : !access.pattern<[2, 3], [], f32> -> !access.pattern<[2, 3, 1], [], f32>
// CHECK: %[[V8:.*]] = access.to_tensor %[[V7]] : !access.pattern<[2, 3, 1], [], f32> -> tensor<2x3x1xf32>
// CHECK: %[[V9:.*]] = relay.mean %arg0 {axis = array<i64: 0>} : (tensor<2x3x4xf32>) -> tensor<3x4xf32>
// CHECK: return %[[V3]], %[[V8]], %[[V9]] : tensor<2xf32>, tensor<2x3x1xf32>, tensor<3x4xf32>
func.func @mean(%x: tensor<2x3x4xf32>) -> (tensor<2xf32>, tensor<2x3x1xf32>, tensor<3x4xf32>) {
  %0 = relay.mean %x {axis = array<i64: 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2xf32>
  %1 = relay.mean %x {axis = array<i64: -1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %2 = relay.mean %x {axis = array<i64: 0>} : (tensor<2x3x4xf32>) -> tensor<3x4xf32>
  return %0, %1, %2 : tensor<2xf32>, tensor<2x3x1xf32>, tensor<3x4xf32>
}

// With count_include_pad the zero padding counts, as in reduce_mean.
// CHECK-LABEL: func.func @avg_pool2d_count_include_pad(
// CHECK: %[[V0:.*]] = access.tensor %arg0 : tensor<1x2x6x6xf32> -> !access.pattern<[], [1, 2, 6, 6], f32>
// CHECK: %[[V1:.*]] = access.pad %[[V0]] zero axis 2 before 1 after 1 : !access.pattern<[], [1, 2, 6, 6], f32> -> !access.pattern<[], [1, 2, 8, 6], f32>
// CHECK: %[[V2:.*]] = access.pad %[[V1]] zero axis 3 before 1 after 1 : !access.pattern<[], [1, 2, 8, 6], f32> -> !access.pattern<[], [1, 2, 8, 8], f32>
// CHECK: %[[V3:.*]] = access.access %[[V2]] axis 2 : !access.pattern<[], [1, 2, 8, 8], f32> -> !access.pattern<[1, 2], [8, 8], f32>
// CHECK: %[[V4:.*]] = access.windows %[[V3]] window [3, 3] strides [1, 1] : !access.pattern<[1, 2], [8, 8], f32> -> !access.pattern<[1, 2, 6, 6], [3, 3], f32>
// CHECK: %[[V5:.*]] = access.compute reduce_mean %[[V4]] : !access.pattern<[1, 2, 6, 6], [3, 3], f32> -> !access.pattern<[1, 2, 6, 6], [], f32>
// CHECK: %[[V6:.*]] = access.to_tensor %[[V5]] : !access.pattern<[1, 2, 6, 6], [], f32> -> tensor<1x2x6x6xf32>
// CHECK: return %[[V6]] : tensor<1x2x6x6xf32>
func.func @avg_pool2d_count_include_pad(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32> {
  %0 = relay.nn.avg_pool2d %x {pool_size = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, count_include_pad = true} : (tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32>
  return %0 : tensor<1x2x6x6xf32>
}
