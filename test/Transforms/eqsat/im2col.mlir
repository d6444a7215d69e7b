// im2col (flatten-unflatten-all-accesses, bubble-reshape-through-cartesian-
// product, bubble-reshape-through-compute-dot-product) turns the access
// form of a convolution into a reshape of a rank-2 matrix product of the
// flattened weights ([O] of [C*kh*kw]) and windows ([N*oh*ow] of
// [C*kh*kw]). With vta-dense-rewrite that product is offloaded when O,
// N*oh*ow and C*kh*kw are multiples of 16; with glenside_matmul_to_relay_dense,
// add_bias_add_to_dense and flex-linear-rewrite it becomes a flex-linear
// with a zero bias, whatever the sizes. The weights are the dense's data
// and the windows its weights, so the product is [O, N*oh*ow] and the zero
// bias has one entry per output position.

// RUN: echo '{"rewrites": {"im2col": [], "vta-dense-rewrite": []}, "composites": {"vta-dense": "ilavta.dense"}, "compilers": {"vta-dense": "ilavta"}, "debug_functions": {}, "out_dtypes": {"vta-dense": "float32"}}' > %t.vta.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.vta.json | FileCheck %s --check-prefix=VTA
// RUN: echo '{"rewrites": {"im2col": [], "glenside_matmul_to_relay_dense": [], "add_bias_add_to_dense": [], "flex-linear-rewrite": []}, "composites": {"flex-linear": "ilaflex.linear"}, "compilers": {"flex-linear": "ilaflex"}, "debug_functions": {}, "out_dtypes": {"flex-linear": "float32"}}' > %t.linear.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.linear.json | FileCheck %s --check-prefix=LIN
// Without im2col no convolution is offloaded.
// RUN: echo '{"rewrites": {"vta-dense-rewrite": [], "glenside_matmul_to_relay_dense": [], "add_bias_add_to_dense": [], "flex-linear-rewrite": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}' > %t.noim2col.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.noim2col.json | FileCheck %s --check-prefix=NOIM --implicit-check-not=flexmatch.composite
// The three im2col rewrites named one by one do what im2col does.
// RUN: echo '{"rewrites": {"flatten-unflatten-all-accesses": [], "bubble-reshape-through-cartesian-product": [], "bubble-reshape-through-compute-dot-product": [], "vta-dense-rewrite": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}' > %t.trio.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.trio.json | FileCheck %s --check-prefix=VTA

// The offloaded programs, composites inlined back, compute what the
// convolutions compute (the reference run uses the original function).
// RUN: flexmatch-opt %s --eqsat=%t.vta.json | flexmatch-opt --flexmatch-inline-composites > %t.vta.inlined.mlir
// RUN: flexmatch-opt %s --eqsat=%t.linear.json | flexmatch-opt --flexmatch-inline-composites > %t.linear.inlined.mlir
// RUN: flexmatch-run %s --entry conv3x3_padded --seed 7 --outputs %t.padded.npy > /dev/null
// RUN: flexmatch-run %t.vta.inlined.mlir --entry conv3x3_padded --seed 7 --expect %t.padded.npy | FileCheck %s --check-prefix=NUM
// RUN: flexmatch-run %t.linear.inlined.mlir --entry conv3x3_padded --seed 7 --expect %t.padded.npy | FileCheck %s --check-prefix=NUM
// RUN: flexmatch-run %s --entry conv_filters8 --seed 7 --outputs %t.filters8.npy > /dev/null
// RUN: flexmatch-run %t.linear.inlined.mlir --entry conv_filters8 --seed 7 --expect %t.filters8.npy | FileCheck %s --check-prefix=NUM
// NUM: out0: max abs error {{.*}}, max rel error

// NOIM-LABEL: func.func @conv1x1(
// NOIM-NEXT: relay.nn.conv2d %arg0, %arg1
// NOIM-NEXT: return

// A 1x1 convolution: 16 positions of 16 channels by 16 filters. Its
// windows are single positions, so the im2col matrix is a transpose and a
// reshape of the input; the result's reshape and squeeze are one reshape.
// VTA-LABEL: func.func @conv1x1(
// VTA-SAME: %[[X:[^:]*]]: tensor<1x16x4x4xf32>, %[[W:[^:]*]]: tensor<16x16x1x1xf32>)
// VTA-NEXT: %[[WV:.*]] = relay.reshape %[[W]] {newshape = array<i64: 16, 16>} : (tensor<16x16x1x1xf32>) -> tensor<16x16xf32>
// VTA-NEXT: %[[XT:.*]] = relay.transpose %[[X]] {axes = array<i64: 0, 2, 3, 1>} : (tensor<1x16x4x4xf32>) -> tensor<1x4x4x16xf32>
// VTA-NEXT: %[[XV:.*]] = relay.reshape %[[XT]] {newshape = array<i64: 16, 16>} : (tensor<1x4x4x16xf32>) -> tensor<16x16xf32>
// VTA-NEXT: %[[C:.*]] = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%[[WV]], %[[XV]]) : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32> {
// VTA-NEXT: ^bb0(%[[BA:[^:]*]]: tensor<16x16xf32>, %[[BB:[^:]*]]: tensor<16x16xf32>):
// VTA-NEXT: %[[D:.*]] = relay.nn.dense %[[BA]], %[[BB]] : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
// VTA-NEXT: flexmatch.yield %[[D]] : tensor<16x16xf32>
// VTA-NEXT: }
// VTA-NEXT: %[[Y0:.*]] = relay.reshape %[[C]] {newshape = array<i64: 16, 1, 4, 4>} : (tensor<16x16xf32>) -> tensor<16x1x4x4xf32>
// VTA-NEXT: %[[Y:.*]] = relay.transpose %[[Y0]] {axes = array<i64: 1, 0, 2, 3>} : (tensor<16x1x4x4xf32>) -> tensor<1x16x4x4xf32>
// VTA-NEXT: return %[[Y]] : tensor<1x16x4x4xf32>
// VTA-NOT: relay.nn.conv2d
// VTA-NOT: access.
func.func @conv1x1(%x: tensor<1x16x4x4xf32>, %w: tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x16x4x4xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32>
  return %0 : tensor<1x16x4x4xf32>
}

// -----

// Padded and strided, batch 2: 2*4*4 = 32 positions of 16*3*3 = 144 by 32
// filters.
// The two access pads of the input are one relay nn.pad.
// VTA-LABEL: func.func @conv3x3_padded(
// VTA-NOT: relay.nn.conv2d
// VTA: %[[ZERO:.*]] = relay.constant dense<0.000000e+00> : tensor<f32>
// VTA-NEXT: %[[P:.*]] = relay.nn.pad %arg0, %[[ZERO]] {pad_width = [array<i64: 0, 0>, array<i64: 0, 0>, array<i64: 1, 1>, array<i64: 1, 1>]} : (tensor<2x16x8x8xf32>, tensor<f32>) -> tensor<2x16x10x10xf32>
// VTA-NEXT: access.tensor %[[P]]
// VTA-NEXT: access.access %{{.*}} axis 1
// VTA-NEXT: access.windows %{{.*}} window [16, 3, 3] strides [1, 2, 2] : !access.pattern<[2], [16, 10, 10], f32> -> !access.pattern<[2, 1, 4, 4], [16, 3, 3], f32>
// VTA-NEXT: access.flatten %{{.*}} : !access.pattern<[2, 1, 4, 4], [16, 3, 3], f32> -> !access.pattern<[32], [144], f32>
// VTA-NEXT: access.to_tensor
// VTA-NEXT: %[[C:.*]] = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" ({{.*}}) : (tensor<32x144xf32>, tensor<32x144xf32>) -> tensor<32x32xf32>
// VTA: relay.reshape %[[C]] {newshape = array<i64: 32, 2, 4, 4>}
// VTA-NEXT: %[[Y:.*]] = relay.transpose %{{.*}} {axes = array<i64: 1, 0, 2, 3>} : (tensor<32x2x4x4xf32>) -> tensor<2x32x4x4xf32>
// VTA-NEXT: return %[[Y]]
// VTA-NOT: access.compute
// NOIM-LABEL: func.func @conv3x3_padded(
// NOIM-NEXT: relay.nn.conv2d %arg0, %arg1
// NOIM-NEXT: return
func.func @conv3x3_padded(%x: tensor<2x16x8x8xf32>, %w: tensor<32x16x3x3xf32>) -> tensor<2x32x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<2x16x8x8xf32>, tensor<32x16x3x3xf32>) -> tensor<2x32x4x4xf32>
  return %0 : tensor<2x32x4x4xf32>
}

// -----

// 3 channels: C*kh*kw = 27, no vta-dense; flex-linear takes any size.
// VTA-LABEL: func.func @conv_c3(
// VTA-NOT: flexmatch.composite
// VTA-NOT: access.
// VTA-NEXT: %[[Y:.*]] = relay.nn.conv2d %arg0, %arg1 : (tensor<1x3x6x6xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x4x4xf32>
// VTA-NEXT: return %[[Y]]
// LIN-LABEL: func.func @conv_c3(
// LIN-SAME: %[[X:[^:]*]]: tensor<1x3x6x6xf32>, %[[W:[^:]*]]: tensor<16x3x3x3xf32>)
// LIN-NEXT: %[[WV:.*]] = relay.reshape %[[W]] {newshape = array<i64: 16, 27>} : (tensor<16x3x3x3xf32>) -> tensor<16x27xf32>
// LIN-NEXT: %[[X0:.*]] = access.tensor %[[X]] : tensor<1x3x6x6xf32> -> !access.pattern<[], [1, 3, 6, 6], f32>
// LIN-NEXT: %[[X1:.*]] = access.access %[[X0]] axis 1 : !access.pattern<[], [1, 3, 6, 6], f32> -> !access.pattern<[1], [3, 6, 6], f32>
// LIN-NEXT: %[[X2:.*]] = access.windows %[[X1]] window [3, 3, 3] strides [1, 1, 1] : !access.pattern<[1], [3, 6, 6], f32> -> !access.pattern<[1, 1, 4, 4], [3, 3, 3], f32>
// LIN-NEXT: %[[X3:.*]] = access.flatten %[[X2]] : !access.pattern<[1, 1, 4, 4], [3, 3, 3], f32> -> !access.pattern<[16], [27], f32>
// LIN-NEXT: %[[XV:.*]] = access.to_tensor %[[X3]] : !access.pattern<[16], [27], f32> -> tensor<16x27xf32>
// LIN-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 16>} : () -> tensor<16xf32>
// LIN-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%[[WV]], %[[XV]], %[[Z]]) : (tensor<16x27xf32>, tensor<16x27xf32>, tensor<16xf32>) -> tensor<16x16xf32> {
// LIN-NEXT: ^bb0(%[[BA:[^:]*]]: tensor<16x27xf32>, %[[BB:[^:]*]]: tensor<16x27xf32>, %[[BZ:[^:]*]]: tensor<16xf32>):
// LIN-NEXT: %[[D:.*]] = relay.nn.dense %[[BA]], %[[BB]] : (tensor<16x27xf32>, tensor<16x27xf32>) -> tensor<16x16xf32>
// LIN-NEXT: %[[A:.*]] = relay.nn.bias_add %[[D]], %[[BZ]] : (tensor<16x16xf32>, tensor<16xf32>) -> tensor<16x16xf32>
// LIN-NEXT: flexmatch.yield %[[A]] : tensor<16x16xf32>
// LIN-NEXT: }
// LIN-NEXT: %[[Y0:.*]] = relay.reshape %[[C]] {newshape = array<i64: 16, 1, 4, 4>} : (tensor<16x16xf32>) -> tensor<16x1x4x4xf32>
// LIN-NEXT: %[[Y:.*]] = relay.transpose %[[Y0]] {axes = array<i64: 1, 0, 2, 3>} : (tensor<16x1x4x4xf32>) -> tensor<1x16x4x4xf32>
// LIN-NEXT: return %[[Y]] : tensor<1x16x4x4xf32>
// LIN-NOT: relay.nn.conv2d
// NOIM-LABEL: func.func @conv_c3(
// NOIM-NEXT: relay.nn.conv2d %arg0, %arg1
// NOIM-NEXT: return
func.func @conv_c3(%x: tensor<1x3x6x6xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x16x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x3x6x6xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x4x4xf32>
  return %0 : tensor<1x16x4x4xf32>
}

// -----

// 3x3 = 9 output positions: no vta-dense.
// VTA-LABEL: func.func @conv_positions9(
// VTA-NOT: flexmatch.composite
// VTA-NEXT: relay.nn.conv2d %arg0, %arg1 : (tensor<1x16x5x5xf32>, tensor<16x16x3x3xf32>) -> tensor<1x16x3x3xf32>
// VTA-NEXT: return
// LIN-LABEL: func.func @conv_positions9(
// LIN-NOT: relay.nn.conv2d
// LIN: flexmatch.composite "flex-linear" {{.*}} : (tensor<16x144xf32>, tensor<9x144xf32>, tensor<9xf32>) -> tensor<16x9xf32>
// LIN: relay.reshape %{{.*}} {newshape = array<i64: 16, 1, 3, 3>}
// LIN-NOT: relay.nn.conv2d
func.func @conv_positions9(%x: tensor<1x16x5x5xf32>, %w: tensor<16x16x3x3xf32>) -> tensor<1x16x3x3xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x16x5x5xf32>, tensor<16x16x3x3xf32>) -> tensor<1x16x3x3xf32>
  return %0 : tensor<1x16x3x3xf32>
}

// -----

// 8 filters: no vta-dense.
// VTA-LABEL: func.func @conv_filters8(
// VTA-NOT: flexmatch.composite
// VTA-NEXT: relay.nn.conv2d %arg0, %arg1 : (tensor<1x16x6x6xf32>, tensor<8x16x3x3xf32>) -> tensor<1x8x4x4xf32>
// VTA-NEXT: return
// LIN-LABEL: func.func @conv_filters8(
// LIN: flexmatch.composite "flex-linear" {{.*}} : (tensor<8x144xf32>, tensor<16x144xf32>, tensor<16xf32>) -> tensor<8x16xf32>
// LIN-NOT: relay.nn.conv2d
func.func @conv_filters8(%x: tensor<1x16x6x6xf32>, %w: tensor<8x16x3x3xf32>) -> tensor<1x8x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x16x6x6xf32>, tensor<8x16x3x3xf32>) -> tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}
