// The access-pattern simplifications, each on a function written in access
// ops: the extractor picks the cheapest equivalent form, so a rewrite that
// applies shows as a simpler function, and one whose condition fails (or
// that the config does not name: prefix NONE) leaves the function as it is.

// RUN: split-file %s %t
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/none.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=NONE
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/transposes.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=ST
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/collapse.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=CT
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/accesses.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=SA
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/reshapes.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=SR
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/reduce-max.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=SRM
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/bubble-transpose.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=BT
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/to-relay.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=AR
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/linear.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=AR0
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/bubble-max.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=BR
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/maxpool.json relay-views=false" | FileCheck %t/input.mlir --check-prefix=BR0

//--- none.json
{"rewrites": {}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- transposes.json
{"rewrites": {"simplify-multiple-transposes": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- collapse.json
{"rewrites": {"collapse-nested-transposes": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- accesses.json
{"rewrites": {"simplify-multiple-accesses": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- reshapes.json
{"rewrites": {"simplify-multiple-access-reshapes": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- reduce-max.json
{"rewrites": {"simplify-reduce-max": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- bubble-transpose.json
{"rewrites": {"bubble-access-through-access-transpose": [], "simplify-multiple-transposes": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- to-relay.json
{"rewrites": {"access-reshape-to-relay": [], "linear-rewrites": [], "flex-linear-rewrite": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- linear.json
{"rewrites": {"linear-rewrites": [], "flex-linear-rewrite": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- bubble-max.json
{"rewrites": {"bubble-access-reshape-through-compute-reduce-max": [], "flexasr-maxpool": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- maxpool.json
{"rewrites": {"flexasr-maxpool": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- input.mlir

// simplify-multiple-transposes: two transposes composing to the identity
// vanish. collapse-nested-transposes makes them one (identity) transpose.
// NONE-LABEL: func.func @transposes_identity(
// NONE-NEXT: access.tensor
// NONE-NEXT: access.transpose %{{.*}} [1, 2, 0]
// NONE-NEXT: access.transpose %{{.*}} [2, 0, 1]
// NONE-NEXT: access.to_tensor
// ST-LABEL: func.func @transposes_identity(
// ST-NEXT: %[[T:.*]] = access.tensor %arg0 : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
// ST-NEXT: %[[R:.*]] = access.to_tensor %[[T]] : !access.pattern<[], [2, 3, 4], f32> -> tensor<2x3x4xf32>
// ST-NEXT: return %[[R]]
// CT-LABEL: func.func @transposes_identity(
// CT-NEXT: %[[T:.*]] = access.tensor %arg0
// CT-NEXT: %[[P:.*]] = access.transpose %[[T]] [0, 1, 2] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [2, 3, 4], f32>
// CT-NEXT: %[[R:.*]] = access.to_tensor %[[P]]
// CT-NEXT: return %[[R]]
func.func @transposes_identity(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.transpose %0 [1, 2, 0] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [3, 4, 2], f32>
  %2 = access.transpose %1 [2, 0, 1] : !access.pattern<[], [3, 4, 2], f32> -> !access.pattern<[], [2, 3, 4], f32>
  %3 = access.to_tensor %2 : !access.pattern<[], [2, 3, 4], f32> -> tensor<2x3x4xf32>
  return %3 : tensor<2x3x4xf32>
}

// -----

// Two rotations compose to [2, 0, 1], not the identity: they stay under
// simplify-multiple-transposes; collapse-nested-transposes composes them.
// ST-LABEL: func.func @transposes_rotate(
// ST-NEXT: %[[T:.*]] = access.tensor %arg0
// ST-NEXT: %[[P:.*]] = access.transpose %[[T]] [1, 2, 0] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [3, 4, 2], f32>
// ST-NEXT: %[[Q:.*]] = access.transpose %[[P]] [1, 2, 0] : !access.pattern<[], [3, 4, 2], f32> -> !access.pattern<[], [4, 2, 3], f32>
// ST-NEXT: %[[R:.*]] = access.to_tensor %[[Q]]
// ST-NEXT: return %[[R]]
// CT-LABEL: func.func @transposes_rotate(
// CT-NEXT: %[[T:.*]] = access.tensor %arg0
// CT-NEXT: %[[P:.*]] = access.transpose %[[T]] [2, 0, 1] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [4, 2, 3], f32>
// CT-NEXT: %[[R:.*]] = access.to_tensor %[[P]] : !access.pattern<[], [4, 2, 3], f32> -> tensor<4x2x3xf32>
// CT-NEXT: return %[[R]]
func.func @transposes_rotate(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.transpose %0 [1, 2, 0] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [3, 4, 2], f32>
  %2 = access.transpose %1 [1, 2, 0] : !access.pattern<[], [3, 4, 2], f32> -> !access.pattern<[], [4, 2, 3], f32>
  %3 = access.to_tensor %2 : !access.pattern<[], [4, 2, 3], f32> -> tensor<4x2x3xf32>
  return %3 : tensor<4x2x3xf32>
}

// -----

// simplify-multiple-accesses: the outer access wins.
// NONE-LABEL: func.func @accesses(
// NONE-NEXT: access.tensor
// NONE-NEXT: access.access %{{.*}} axis 1
// NONE-NEXT: access.access %{{.*}} axis 2
// SA-LABEL: func.func @accesses(
// SA-NEXT: %[[T:.*]] = access.tensor %arg0
// SA-NEXT: %[[A:.*]] = access.access %[[T]] axis 2 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2, 3], [4], f32>
// SA-NEXT: %[[R:.*]] = access.to_tensor %[[A]] : !access.pattern<[2, 3], [4], f32> -> tensor<2x3x4xf32>
// SA-NEXT: return %[[R]]
func.func @accesses(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2], [3, 4], f32>
  %2 = access.access %1 axis 2 : !access.pattern<[2], [3, 4], f32> -> !access.pattern<[2, 3], [4], f32>
  %3 = access.to_tensor %2 : !access.pattern<[2, 3], [4], f32> -> tensor<2x3x4xf32>
  return %3 : tensor<2x3x4xf32>
}

// -----

// Accesses separated by a transpose are not nested: nothing to simplify.
// SA-LABEL: func.func @accesses_apart(
// SA-NEXT: access.tensor
// SA-NEXT: access.access %{{.*}} axis 1
// SA-NEXT: access.transpose
// SA-NEXT: access.access %{{.*}} axis 2
// SA-NEXT: access.to_tensor
// SA-NEXT: return
func.func @accesses_apart(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2], [3, 4], f32>
  %2 = access.transpose %1 [2, 0, 1] : !access.pattern<[2], [3, 4], f32> -> !access.pattern<[4], [2, 3], f32>
  %3 = access.access %2 axis 2 : !access.pattern<[4], [2, 3], f32> -> !access.pattern<[4, 2], [3], f32>
  %4 = access.to_tensor %3 : !access.pattern<[4, 2], [3], f32> -> tensor<4x2x3xf32>
  return %4 : tensor<4x2x3xf32>
}

// -----

// simplify-multiple-access-reshapes: the outer reshape wins.
// NONE-LABEL: func.func @reshapes(
// NONE-NEXT: access.tensor
// NONE-NEXT: access.access
// NONE-NEXT: access.reshape %{{.*}} shape [6] item [4]
// NONE-NEXT: access.reshape %{{.*}} shape [3, 2] item [2, 2]
// SR-LABEL: func.func @reshapes(
// SR-NEXT: %[[T:.*]] = access.tensor %arg0
// SR-NEXT: %[[A:.*]] = access.access %[[T]] axis 2
// SR-NEXT: %[[S:.*]] = access.reshape %[[A]] shape [3, 2] item [2, 2] : !access.pattern<[2, 3], [4], f32> -> !access.pattern<[3, 2], [2, 2], f32>
// SR-NEXT: %[[R:.*]] = access.to_tensor %[[S]]
// SR-NEXT: return %[[R]]
func.func @reshapes(%x: tensor<2x3x4xf32>) -> tensor<3x2x2x2xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.access %0 axis 2 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2, 3], [4], f32>
  %2 = access.reshape %1 shape [6] item [4] : !access.pattern<[2, 3], [4], f32> -> !access.pattern<[6], [4], f32>
  %3 = access.reshape %2 shape [3, 2] item [2, 2] : !access.pattern<[6], [4], f32> -> !access.pattern<[3, 2], [2, 2], f32>
  %4 = access.to_tensor %3 : !access.pattern<[3, 2], [2, 2], f32> -> tensor<3x2x2x2xf32>
  return %4 : tensor<3x2x2x2xf32>
}

// -----

// Reshapes separated by a flatten are not nested.
// SR-LABEL: func.func @reshapes_apart(
// SR-NEXT: access.tensor
// SR-NEXT: access.access
// SR-NEXT: access.reshape %{{.*}} shape [3, 2] item [4]
// SR-NEXT: access.flatten
// SR-NEXT: access.reshape %{{.*}} shape [2, 3] item [2, 2]
// SR-NEXT: access.to_tensor
func.func @reshapes_apart(%x: tensor<2x3x4xf32>) -> tensor<2x3x2x2xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.access %0 axis 2 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2, 3], [4], f32>
  %2 = access.reshape %1 shape [3, 2] item [4] : !access.pattern<[2, 3], [4], f32> -> !access.pattern<[3, 2], [4], f32>
  %3 = access.flatten %2 : !access.pattern<[3, 2], [4], f32> -> !access.pattern<[6], [4], f32>
  %4 = access.reshape %3 shape [2, 3] item [2, 2] : !access.pattern<[6], [4], f32> -> !access.pattern<[2, 3], [2, 2], f32>
  %5 = access.to_tensor %4 : !access.pattern<[2, 3], [2, 2], f32> -> tensor<2x3x2x2xf32>
  return %5 : tensor<2x3x2x2xf32>
}

// -----

// simplify-reduce-max: the max of one element is a reshape.
// NONE-LABEL: func.func @reduce_max_one(
// NONE-NEXT: access.tensor
// NONE-NEXT: access.access
// NONE-NEXT: access.compute reduce_max
// SRM-LABEL: func.func @reduce_max_one(
// SRM-NEXT: %[[T:.*]] = access.tensor %arg0
// SRM-NEXT: %[[A:.*]] = access.access %[[T]] axis 1 : !access.pattern<[], [4, 1], f32> -> !access.pattern<[4], [1], f32>
// SRM-NEXT: %[[S:.*]] = access.reshape %[[A]] shape [4] item [] : !access.pattern<[4], [1], f32> -> !access.pattern<[4], [], f32>
// SRM-NEXT: %[[R:.*]] = access.to_tensor %[[S]] : !access.pattern<[4], [], f32> -> tensor<4xf32>
// SRM-NEXT: return %[[R]]
// SRM-NOT: access.compute
func.func @reduce_max_one(%x: tensor<4x1xf32>) -> tensor<4xf32> {
  %0 = access.tensor %x : tensor<4x1xf32> -> !access.pattern<[], [4, 1], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [4, 1], f32> -> !access.pattern<[4], [1], f32>
  %2 = access.compute reduce_max %1 : !access.pattern<[4], [1], f32> -> !access.pattern<[4], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[4], [], f32> -> tensor<4xf32>
  return %3 : tensor<4xf32>
}

// -----

// Two elements: a real max.
// SRM-LABEL: func.func @reduce_max_two(
// SRM-NOT: access.reshape
// SRM: %[[M:.*]] = access.compute reduce_max %{{.*}} : !access.pattern<[4], [2], f32> -> !access.pattern<[4], [], f32>
// SRM-NEXT: access.to_tensor %[[M]]
func.func @reduce_max_two(%x: tensor<4x2xf32>) -> tensor<4xf32> {
  %0 = access.tensor %x : tensor<4x2xf32> -> !access.pattern<[], [4, 2], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [4, 2], f32> -> !access.pattern<[4], [2], f32>
  %2 = access.compute reduce_max %1 : !access.pattern<[4], [2], f32> -> !access.pattern<[4], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[4], [], f32> -> tensor<4xf32>
  return %3 : tensor<4xf32>
}

// -----

// Not a max: a sum of one element is left alone by simplify-reduce-max.
// SRM-LABEL: func.func @reduce_sum_one(
// SRM-NOT: access.reshape
// SRM: access.compute reduce_sum %{{.*}} : !access.pattern<[4], [1], f32> -> !access.pattern<[4], [], f32>
func.func @reduce_sum_one(%x: tensor<4x1xf32>) -> tensor<4xf32> {
  %0 = access.tensor %x : tensor<4x1xf32> -> !access.pattern<[], [4, 1], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [4, 1], f32> -> !access.pattern<[4], [1], f32>
  %2 = access.compute reduce_sum %1 : !access.pattern<[4], [1], f32> -> !access.pattern<[4], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[4], [], f32> -> tensor<4xf32>
  return %3 : tensor<4xf32>
}

// -----

// bubble-access-through-access-transpose moves the outer transpose below
// the access, next to the inner one; simplify-multiple-transposes then
// removes both. simplify-multiple-transposes alone cannot see through the
// access.
// ST-LABEL: func.func @transposes_around_access(
// ST-NEXT: access.tensor
// ST-NEXT: access.transpose %{{.*}} [1, 2, 0]
// ST-NEXT: access.access %{{.*}} axis 1
// ST-NEXT: access.transpose %{{.*}} [2, 0, 1]
// ST-NEXT: access.to_tensor
// BT-LABEL: func.func @transposes_around_access(
// BT-NEXT: %[[T:.*]] = access.tensor %arg0 : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
// BT-NEXT: %[[A:.*]] = access.access %[[T]] axis 1 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[2], [3, 4], f32>
// BT-NEXT: %[[R:.*]] = access.to_tensor %[[A]] : !access.pattern<[2], [3, 4], f32> -> tensor<2x3x4xf32>
// BT-NEXT: return %[[R]]
// BT-NOT: access.transpose
func.func @transposes_around_access(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.transpose %0 [1, 2, 0] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [3, 4, 2], f32>
  %2 = access.access %1 axis 1 : !access.pattern<[], [3, 4, 2], f32> -> !access.pattern<[3], [4, 2], f32>
  %3 = access.transpose %2 [2, 0, 1] : !access.pattern<[3], [4, 2], f32> -> !access.pattern<[2], [3, 4], f32>
  %4 = access.to_tensor %3 : !access.pattern<[2], [3, 4], f32> -> tensor<2x3x4xf32>
  return %4 : tensor<2x3x4xf32>
}

// -----

// The same shape with transposes that do not cancel: the bubbled form is no
// cheaper, the function stays.
// BT-LABEL: func.func @transposes_around_access_rotate(
// BT-NEXT: access.tensor
// BT-NEXT: access.transpose %{{.*}} [1, 2, 0]
// BT-NEXT: access.access %{{.*}} axis 1
// BT-NEXT: access.transpose %{{.*}} [1, 2, 0]
// BT-NEXT: access.to_tensor
func.func @transposes_around_access_rotate(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = access.tensor %x : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>
  %1 = access.transpose %0 [1, 2, 0] : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [3, 4, 2], f32>
  %2 = access.access %1 axis 1 : !access.pattern<[], [3, 4, 2], f32> -> !access.pattern<[3], [4, 2], f32>
  %3 = access.transpose %2 [1, 2, 0] : !access.pattern<[3], [4, 2], f32> -> !access.pattern<[4], [2, 3], f32>
  %4 = access.to_tensor %3 : !access.pattern<[4], [2, 3], f32> -> tensor<4x2x3xf32>
  return %4 : tensor<4x2x3xf32>
}

// -----

// access-reshape-to-relay: to_tensor(reshape(p)) with an empty item shape is
// relay.reshape(to_tensor(p)). Here p is the access form of the dense, so
// the add becomes add(reshape(dense), b), which linear-rewrites and
// flex-linear-rewrite offload. Without access-reshape-to-relay (AR0) the
// add stays.
// AR-LABEL: func.func @reshape_to_relay(
// AR-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
// AR-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%arg0, %arg1, %arg2) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// AR: flexmatch.yield
// AR-NEXT: }
// AR-NEXT: %[[R:.*]] = relay.reshape %[[C]] {newshape = array<i64: 2, 2, 2>} : (tensor<4x2xf32>) -> tensor<2x2x2xf32>
// AR-NEXT: return %[[D]], %[[R]]
// AR-NOT: relay.add
// AR0-LABEL: func.func @reshape_to_relay(
// AR0-NOT: flexmatch.composite
// AR0: access.compute dot_product
// AR0-NEXT: access.reshape %{{.*}} shape [2, 2, 2] item []
// AR0-NEXT: access.to_tensor
// AR0-NEXT: relay.add
func.func @reshape_to_relay(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> (tensor<4x2xf32>, tensor<2x2x2xf32>) {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %0 = access.tensor %x : tensor<4x8xf32> -> !access.pattern<[], [4, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [4, 8], f32> -> !access.pattern<[4], [8], f32>
  %2 = access.tensor %w : tensor<2x8xf32> -> !access.pattern<[], [2, 8], f32>
  %3 = access.access %2 axis 1 : !access.pattern<[], [2, 8], f32> -> !access.pattern<[2], [8], f32>
  %4 = access.cartesian_product %1, %3 : !access.pattern<[4], [8], f32>, !access.pattern<[2], [8], f32> -> !access.pattern<[4, 2], [2, 8], f32>
  %5 = access.compute dot_product %4 : !access.pattern<[4, 2], [2, 8], f32> -> !access.pattern<[4, 2], [], f32>
  %6 = access.reshape %5 shape [2, 2, 2] item [] : !access.pattern<[4, 2], [], f32> -> !access.pattern<[2, 2, 2], [], f32>
  %7 = access.to_tensor %6 : !access.pattern<[2, 2, 2], [], f32> -> tensor<2x2x2xf32>
  %a = relay.add %7, %b : (tensor<2x2x2xf32>, tensor<2xf32>) -> tensor<2x2x2xf32>
  return %d, %a : tensor<4x2xf32>, tensor<2x2x2xf32>
}

// -----

// A reshape with a non-empty item shape has no relay form: it stays.
// AR-LABEL: func.func @reshape_to_relay_item(
// AR-NOT: relay.reshape
// AR: %[[S:.*]] = access.reshape %{{.*}} shape [2, 2] item [2] : !access.pattern<[4], [2], f32> -> !access.pattern<[2, 2], [2], f32>
// AR-NEXT: access.to_tensor %[[S]]
// AR-NOT: relay.reshape
func.func @reshape_to_relay_item(%x: tensor<4x2xf32>) -> tensor<2x2x2xf32> {
  %0 = access.tensor %x : tensor<4x2xf32> -> !access.pattern<[], [4, 2], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [4, 2], f32> -> !access.pattern<[4], [2], f32>
  %2 = access.reshape %1 shape [2, 2] item [2] : !access.pattern<[4], [2], f32> -> !access.pattern<[2, 2], [2], f32>
  %3 = access.to_tensor %2 : !access.pattern<[2, 2], [2], f32> -> tensor<2x2x2xf32>
  return %3 : tensor<2x2x2xf32>
}

// -----

// bubble-access-reshape-through-compute-reduce-max: reduce_max(reshape(w))
// = reshape(reduce_max(w)); reduce_max over w, windows [2] strides [2] of a
// [16] of [8] pattern, is what flexasr-maxpool offloads. Without the
// bubbling (BR0) the reshape hides the windows from flexasr-maxpool.
// BR-LABEL: func.func @bubble_reduce_max(
// BR-NEXT: %[[T:.*]] = access.tensor %arg0 : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
// BR-NEXT: %[[A:.*]] = access.access %[[T]] axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
// BR-NEXT: %[[P:.*]] = access.transpose %[[A]] [1, 0] : !access.pattern<[16], [8], f32> -> !access.pattern<[8], [16], f32>
// BR-NEXT: %[[I:.*]] = access.to_tensor %[[P]] : !access.pattern<[8], [16], f32> -> tensor<8x16xf32>
// BR-NEXT: %[[C:.*]] = flexmatch.composite "flex-maxpool" composite "ilaflex.max_pool" compiler "ilaflex" (%[[I]]) : (tensor<8x16xf32>) -> tensor<4x16xf32> {
// BR: flexmatch.yield
// BR-NEXT: }
// BR-NEXT: %[[Y0:.*]] = access.tensor %[[C]] : tensor<4x16xf32> -> !access.pattern<[], [4, 16], f32>
// BR-NEXT: %[[Y1:.*]] = access.access %[[Y0]] axis 2 : !access.pattern<[], [4, 16], f32> -> !access.pattern<[4, 16], [], f32>
// BR-NEXT: %[[Y2:.*]] = access.transpose %[[Y1]] [1, 0] : !access.pattern<[4, 16], [], f32> -> !access.pattern<[16, 4], [], f32>
// BR-NEXT: %[[Y3:.*]] = access.reshape %[[Y2]] shape [64] item [] : !access.pattern<[16, 4], [], f32> -> !access.pattern<[64], [], f32>
// BR-NEXT: %[[Y:.*]] = access.to_tensor %[[Y3]] : !access.pattern<[64], [], f32> -> tensor<64xf32>
// BR-NEXT: return %[[Y]]
// BR-NOT: access.compute
// BR0-LABEL: func.func @bubble_reduce_max(
// BR0-NOT: flexmatch.composite
// BR0: access.windows
// BR0-NEXT: access.reshape %{{.*}} shape [64] item [2]
// BR0-NEXT: access.compute reduce_max
func.func @bubble_reduce_max(%x: tensor<16x8xf32>) -> tensor<64xf32> {
  %0 = access.tensor %x : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16], [8], f32> -> !access.pattern<[16, 4], [2], f32>
  %3 = access.reshape %2 shape [64] item [2] : !access.pattern<[16, 4], [2], f32> -> !access.pattern<[64], [2], f32>
  %4 = access.compute reduce_max %3 : !access.pattern<[64], [2], f32> -> !access.pattern<[64], [], f32>
  %5 = access.to_tensor %4 : !access.pattern<[64], [], f32> -> tensor<64xf32>
  return %5 : tensor<64xf32>
}

// -----

// The same over a reduce_sum: not a max, nothing to offload.
// BR-LABEL: func.func @bubble_reduce_sum(
// BR-NOT: flexmatch.composite
// BR: access.reshape %{{.*}} shape [64] item [2]
// BR-NEXT: access.compute reduce_sum
func.func @bubble_reduce_sum(%x: tensor<16x8xf32>) -> tensor<64xf32> {
  %0 = access.tensor %x : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16], [8], f32> -> !access.pattern<[16, 4], [2], f32>
  %3 = access.reshape %2 shape [64] item [2] : !access.pattern<[16, 4], [2], f32> -> !access.pattern<[64], [2], f32>
  %4 = access.compute reduce_sum %3 : !access.pattern<[64], [2], f32> -> !access.pattern<[64], [], f32>
  %5 = access.to_tensor %4 : !access.pattern<[64], [], f32> -> tensor<64xf32>
  return %5 : tensor<64xf32>
}
