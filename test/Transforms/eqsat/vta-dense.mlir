// vta-dense-rewrite: a rank-2 dot product over a cartesian product (the
// access form of relay.nn.dense) with rows, units and reduction all
// multiples of 16 -> flexmatch.composite "vta-dense". The composite takes
// the two operands as tensors; the access views between it and the relay
// tensors cancel out (to_tensor of a view is the view's relay op). The
// config's out_dtype must be the result's element type.

// RUN: echo '{"rewrites": {"vta-dense-rewrite": []}, "composites": {"vta-dense": "ilavta.dense"}, "compilers": {"vta-dense": "ilavta"}, "debug_functions": {}, "out_dtypes": {"vta-dense": "float32"}}' > %t.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.json | FileCheck %s
// RUN: echo '{"rewrites": {"vta-dense-rewrite": []}, "composites": {"vta-dense": "ilavta.dense"}, "compilers": {"vta-dense": "ilavta"}, "debug_functions": {}, "out_dtypes": {"vta-dense": "int32"}}' > %t.int32.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.int32.json | FileCheck %s --check-prefix=INT32

// CHECK-LABEL: func.func @dense(
// CHECK-SAME: %[[X:[^:]*]]: tensor<32x64xf32>, %[[W:[^:]*]]: tensor<16x64xf32>)
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%[[X]], %[[W]]) : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32> {
// CHECK-NEXT: ^bb0(%[[BX:[^:]*]]: tensor<32x64xf32>, %[[BW:[^:]*]]: tensor<16x64xf32>):
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[BX]], %[[BW]] : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
// CHECK-NEXT: flexmatch.yield %[[D]] : tensor<32x16xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]] : tensor<32x16xf32>
// CHECK-NOT: access.
// INT32-LABEL: func.func @dense(
// INT32-NOT: flexmatch.composite
// INT32-NOT: access.
// INT32-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
// INT32-NEXT: return %[[D]]
func.func @dense(%x: tensor<32x64xf32>, %w: tensor<16x64xf32>) -> tensor<32x16xf32> {
  %d = relay.nn.dense %x, %w : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
  return %d : tensor<32x16xf32>
}

// -----

// 10 rows: not a multiple of 16, the dense stays (as a relay op, not its
// access form).
// CHECK-LABEL: func.func @rows10(
// CHECK-NOT: flexmatch.composite
// CHECK-NOT: access.
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<10x64xf32>, tensor<16x64xf32>) -> tensor<10x16xf32>
// CHECK-NEXT: return %[[D]]
func.func @rows10(%x: tensor<10x64xf32>, %w: tensor<16x64xf32>) -> tensor<10x16xf32> {
  %d = relay.nn.dense %x, %w : (tensor<10x64xf32>, tensor<16x64xf32>) -> tensor<10x16xf32>
  return %d : tensor<10x16xf32>
}

// -----

// 8 units.
// CHECK-LABEL: func.func @units8(
// CHECK-NOT: flexmatch.composite
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<32x64xf32>, tensor<8x64xf32>) -> tensor<32x8xf32>
// CHECK-NEXT: return %[[D]]
func.func @units8(%x: tensor<32x64xf32>, %w: tensor<8x64xf32>) -> tensor<32x8xf32> {
  %d = relay.nn.dense %x, %w : (tensor<32x64xf32>, tensor<8x64xf32>) -> tensor<32x8xf32>
  return %d : tensor<32x8xf32>
}

// -----

// A reduction over 24.
// CHECK-LABEL: func.func @reduce24(
// CHECK-NOT: flexmatch.composite
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<32x24xf32>, tensor<16x24xf32>) -> tensor<32x16xf32>
// CHECK-NEXT: return %[[D]]
func.func @reduce24(%x: tensor<32x24xf32>, %w: tensor<16x24xf32>) -> tensor<32x16xf32> {
  %d = relay.nn.dense %x, %w : (tensor<32x24xf32>, tensor<16x24xf32>) -> tensor<32x16xf32>
  return %d : tensor<32x16xf32>
}

// -----

// Only the dense is offloaded; the relus around it stay relay ops.
// CHECK-LABEL: func.func @relu_dense_relu(
// CHECK-NEXT: %[[R0:.*]] = relay.nn.relu %arg0 : (tensor<32x64xf32>) -> tensor<32x64xf32>
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%[[R0]], %arg1)
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[R1:.*]] = relay.nn.relu %[[C]] : (tensor<32x16xf32>) -> tensor<32x16xf32>
// CHECK-NEXT: return %[[R1]]
func.func @relu_dense_relu(%x: tensor<32x64xf32>, %w: tensor<16x64xf32>) -> tensor<32x16xf32> {
  %r = relay.nn.relu %x : (tensor<32x64xf32>) -> tensor<32x64xf32>
  %d = relay.nn.dense %r, %w : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
  %s = relay.nn.relu %d : (tensor<32x16xf32>) -> tensor<32x16xf32>
  return %s : tensor<32x16xf32>
}

// -----

// The matrix product written directly in access ops, on i32: offloaded
// only when the config's out_dtype is int32.
// CHECK-LABEL: func.func @dot_i32(
// CHECK-NOT: flexmatch.composite
// CHECK: access.cartesian_product
// CHECK-NEXT: access.compute dot_product
// CHECK-NEXT: access.to_tensor
// CHECK-NEXT: return
// INT32-LABEL: func.func @dot_i32(
// INT32-NOT: access.cartesian_product
// INT32: %[[C:.*]] = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%arg0, %arg1) : (tensor<32x64xi32>, tensor<16x64xi32>) -> tensor<32x16xi32> {
// INT32-NEXT: ^bb0(
// INT32-NEXT: relay.nn.dense {{.*}} : (tensor<32x64xi32>, tensor<16x64xi32>) -> tensor<32x16xi32>
// INT32-NEXT: flexmatch.yield
// INT32-NEXT: }
// INT32-NEXT: return %[[C]]
// INT32-NOT: access.compute
func.func @dot_i32(%x: tensor<32x64xi32>, %w: tensor<16x64xi32>) -> tensor<32x16xi32> {
  %0 = access.tensor %x : tensor<32x64xi32> -> !access.pattern<[], [32, 64], i32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [32, 64], i32> -> !access.pattern<[32], [64], i32>
  %2 = access.tensor %w : tensor<16x64xi32> -> !access.pattern<[], [16, 64], i32>
  %3 = access.access %2 axis 1 : !access.pattern<[], [16, 64], i32> -> !access.pattern<[16], [64], i32>
  %4 = access.cartesian_product %1, %3 : !access.pattern<[32], [64], i32>, !access.pattern<[16], [64], i32> -> !access.pattern<[32, 16], [2, 64], i32>
  %5 = access.compute dot_product %4 : !access.pattern<[32, 16], [2, 64], i32> -> !access.pattern<[32, 16], [], i32>
  %6 = access.to_tensor %5 : !access.pattern<[32, 16], [], i32> -> tensor<32x16xi32>
  return %6 : tensor<32x16xi32>
}
