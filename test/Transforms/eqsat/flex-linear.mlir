// flex-linear-rewrite: bias_add(dense(x, w), b) -> flexmatch.composite
// "flex-linear" (x, w, b). linear-rewrites expose that form in an add of a
// per-unit vector (either operand order, also through a reshape that keeps
// the dense's rows whole); add_bias_add_to_dense gives every rank-2 dense a
// zero bias, so a lone dense offloads with a relay.zeros bias.

// RUN: split-file %s %t
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat=%t/all.json | FileCheck %t/input.mlir
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat=%t/linear.json | FileCheck %t/input.mlir --check-prefix=LIN
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat=%t/only.json | FileCheck %t/input.mlir --check-prefix=ONLY
// The three configs together, as three files.
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat=%t/only.json,%t/linear.json,%t/zeros.json | FileCheck %t/input.mlir

// The offloaded functions, composites inlined back, compute what the
// originals compute.
// RUN: flexmatch-opt %t/input.mlir --eqsat=%t/all.json | flexmatch-opt --flexmatch-inline-composites > %t/inlined.mlir
// RUN: flexmatch-run %t/input.mlir --entry add_reshape_swapped --seed 3 --outputs %t/add_reshape_swapped.npy > /dev/null
// RUN: flexmatch-run %t/inlined.mlir --entry add_reshape_swapped --seed 3 --expect %t/add_reshape_swapped.npy | FileCheck %t/input.mlir --check-prefix=NUM
// RUN: flexmatch-run %t/input.mlir --entry bias_add_axis0 --seed 3 --outputs %t/bias_add_axis0.npy > /dev/null
// RUN: flexmatch-run %t/inlined.mlir --entry bias_add_axis0 --seed 3 --expect %t/bias_add_axis0.npy | FileCheck %t/input.mlir --check-prefix=NUM

//--- all.json
{"rewrites": {"flex-linear-rewrite": [], "linear-rewrites": [], "add_bias_add_to_dense": []},
 "composites": {"flex-linear": "ilaflex.linear"}, "compilers": {"flex-linear": "ilaflex"},
 "debug_functions": {}, "out_dtypes": {"flex-linear": "float32"}}
//--- linear.json
{"rewrites": {"flex-linear-rewrite": [], "linear-rewrites": []},
 "composites": {"flex-linear": "ilaflex.linear"}, "compilers": {"flex-linear": "ilaflex"},
 "debug_functions": {}, "out_dtypes": {"flex-linear": "float32"}}
//--- only.json
{"rewrites": {"flex-linear-rewrite": []},
 "composites": {"flex-linear": "ilaflex.linear"}, "compilers": {"flex-linear": "ilaflex"},
 "debug_functions": {}, "out_dtypes": {"flex-linear": "float32"}}
//--- zeros.json
{"rewrites": {"add_bias_add_to_dense": []},
 "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}
//--- input.mlir

// NUM: out0: max abs error {{.*}}, max rel error

// bias_add(dense) offloads with any of the configs; the body keeps the
// dense's attributes.
// CHECK-LABEL: func.func @bias_add(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4x8xf32>, %[[W:[^:]*]]: tensor<2x8xf32>, %[[B:[^:]*]]: tensor<2xf32>)
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%[[X]], %[[W]], %[[B]]) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// CHECK-NEXT: ^bb0(%[[BX:[^:]*]]: tensor<4x8xf32>, %[[BW:[^:]*]]: tensor<2x8xf32>, %[[BB:[^:]*]]: tensor<2xf32>):
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[BX]], %[[BW]] {units = 2 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[A:.*]] = relay.nn.bias_add %[[D]], %[[BB]] : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: flexmatch.yield %[[A]] : tensor<4x2xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]] : tensor<4x2xf32>
// LIN-LABEL: func.func @bias_add(
// LIN-NEXT: flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
// ONLY-LABEL: func.func @bias_add(
// ONLY-NEXT: flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
func.func @bias_add(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w {units = 2 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.nn.bias_add %d, %b {axis = 1 : i64} : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}

// -----

// add(dense, b), b one bias per unit: linear-rewrites make it a bias_add.
// CHECK-LABEL: func.func @add(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%arg0, %arg1, %arg2) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// CHECK-NEXT: ^bb0(
// CHECK-NEXT: relay.nn.dense
// CHECK-NEXT: relay.nn.bias_add
// CHECK-NEXT: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]]
// CHECK-NOT: relay.add
// LIN-LABEL: func.func @add(
// LIN-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
// LIN-NOT: relay.add
// ONLY-LABEL: func.func @add(
// ONLY-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1
// ONLY-NEXT: %[[A:.*]] = relay.add %[[D]], %arg2
// ONLY-NEXT: return %[[A]]
func.func @add(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.add %d, %b : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}

// -----

// The bias first.
// CHECK-LABEL: func.func @add_swapped(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%arg0, %arg1, %arg2) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]]
// CHECK-NOT: relay.add
// LIN-LABEL: func.func @add_swapped(
// LIN-NEXT: flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
// ONLY-LABEL: func.func @add_swapped(
// ONLY-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1
// ONLY-NEXT: relay.add %arg2, %[[D]]
func.func @add_swapped(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.add %b, %d : (tensor<2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}

// -----

// Through a reshape whose last dim is the number of units: the bias moves
// inside and the reshape stays on the host, after the composite.
// CHECK-LABEL: func.func @add_reshape(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%arg0, %arg1, %arg2) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// CHECK-NEXT: ^bb0(
// CHECK-NEXT: relay.nn.dense
// CHECK-NEXT: relay.nn.bias_add
// CHECK-NEXT: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[R:.*]] = relay.reshape %[[C]] {newshape = array<i64: 2, 2, 2>} : (tensor<4x2xf32>) -> tensor<2x2x2xf32>
// CHECK-NEXT: return %[[R]] : tensor<2x2x2xf32>
// CHECK-NOT: relay.add
// LIN-LABEL: func.func @add_reshape(
// LIN-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
// LIN: relay.reshape %[[C]] {newshape = array<i64: 2, 2, 2>}
// ONLY-LABEL: func.func @add_reshape(
// ONLY-NOT: flexmatch.composite
// ONLY: relay.add
func.func @add_reshape(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<2x2x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %r = relay.reshape %d {newshape = array<i64: 2, 2, 2>} : (tensor<4x2xf32>) -> tensor<2x2x2xf32>
  %a = relay.add %r, %b : (tensor<2x2x2xf32>, tensor<2xf32>) -> tensor<2x2x2xf32>
  return %a : tensor<2x2x2xf32>
}

// -----

// CHECK-LABEL: func.func @add_reshape_swapped(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[R:.*]] = relay.reshape %[[C]] {newshape = array<i64: 2, 2, 2>}
// CHECK-NEXT: return %[[R]]
// LIN-LABEL: func.func @add_reshape_swapped(
// LIN-NEXT: flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %arg2)
// ONLY-LABEL: func.func @add_reshape_swapped(
// ONLY-NOT: flexmatch.composite
// ONLY: relay.add %arg2,
func.func @add_reshape_swapped(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<2x2x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %r = relay.reshape %d {newshape = array<i64: 2, 2, 2>} : (tensor<4x2xf32>) -> tensor<2x2x2xf32>
  %a = relay.add %b, %r : (tensor<2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  return %a : tensor<2x2x2xf32>
}

// -----

// A reshape that splits the rows (last dim 1, not the 2 units): the add
// broadcasts and is no bias of the dense. Only the zero-bias dense offloads.
// CHECK-LABEL: func.func @add_reshape_split_rows(
// CHECK-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 2>} : () -> tensor<2xf32>
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %[[Z]])
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[R:.*]] = relay.reshape %[[C]] {newshape = array<i64: 8, 1>} : (tensor<4x2xf32>) -> tensor<8x1xf32>
// CHECK-NEXT: %[[A:.*]] = relay.add %[[R]], %arg2 : (tensor<8x1xf32>, tensor<2xf32>) -> tensor<8x2xf32>
// CHECK-NEXT: return %[[A]]
// LIN-LABEL: func.func @add_reshape_split_rows(
// LIN-NOT: flexmatch.composite
// LIN: relay.nn.dense
// LIN-NEXT: relay.reshape
// LIN-NEXT: relay.add
// LIN-NEXT: return
func.func @add_reshape_split_rows(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<8x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %r = relay.reshape %d {newshape = array<i64: 8, 1>} : (tensor<4x2xf32>) -> tensor<8x1xf32>
  %a = relay.add %r, %b : (tensor<8x1xf32>, tensor<2xf32>) -> tensor<8x2xf32>
  return %a : tensor<8x2xf32>
}

// -----

// A matrix added to the dense is no bias either.
// CHECK-LABEL: func.func @add_matrix(
// CHECK-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 2>}
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %[[Z]])
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[A:.*]] = relay.add %[[C]], %arg2 : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: return %[[A]]
// LIN-LABEL: func.func @add_matrix(
// LIN-NOT: flexmatch.composite
// LIN: relay.add
func.func @add_matrix(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.add %d, %b : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}

// -----

// A vector of the wrong length (broadcast) is no bias.
// CHECK-LABEL: func.func @add_wrong_length(
// CHECK-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 2>}
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %[[Z]])
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[A:.*]] = relay.add %[[C]], %arg2 : (tensor<4x2xf32>, tensor<1xf32>) -> tensor<4x2xf32>
// LIN-LABEL: func.func @add_wrong_length(
// LIN-NOT: flexmatch.composite
// LIN: relay.add
func.func @add_wrong_length(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<1xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.add %d, %b : (tensor<4x2xf32>, tensor<1xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}

// -----

// bias_add on axis 0 is not a linear layer's bias: not offloaded as such
// (only the zero-bias dense under it is).
// CHECK-LABEL: func.func @bias_add_axis0(
// CHECK-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 2>}
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" {{.*}}(%arg0, %arg1, %[[Z]])
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[A:.*]] = relay.nn.bias_add %[[C]], %arg2 {axis = 0 : i64} : (tensor<4x2xf32>, tensor<4xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: return %[[A]]
// LIN-LABEL: func.func @bias_add_axis0(
// LIN-NOT: flexmatch.composite
// LIN: relay.nn.bias_add
// ONLY-LABEL: func.func @bias_add_axis0(
// ONLY-NOT: flexmatch.composite
// ONLY: relay.nn.bias_add
func.func @bias_add_axis0(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<4xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.nn.bias_add %d, %b {axis = 0 : i64} : (tensor<4x2xf32>, tensor<4xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}

// -----

// A lone dense: add_bias_add_to_dense gives it a zero bias of its units.
// CHECK-LABEL: func.func @lone_dense(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4x8xf32>, %[[W:[^:]*]]: tensor<2x8xf32>)
// CHECK-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 2>} : () -> tensor<2xf32>
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%[[X]], %[[W]], %[[Z]]) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// CHECK-NEXT: ^bb0(%[[BX:[^:]*]]: tensor<4x8xf32>, %[[BW:[^:]*]]: tensor<2x8xf32>, %[[BB:[^:]*]]: tensor<2xf32>):
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[BX]], %[[BW]] : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[A:.*]] = relay.nn.bias_add %[[D]], %[[BB]] : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: flexmatch.yield %[[A]] : tensor<4x2xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]] : tensor<4x2xf32>
// LIN-LABEL: func.func @lone_dense(
// LIN-NOT: flexmatch.composite
// LIN-NEXT: relay.nn.dense %arg0, %arg1
// LIN-NEXT: return
// ONLY-LABEL: func.func @lone_dense(
// ONLY-NOT: flexmatch.composite
// ONLY-NEXT: relay.nn.dense %arg0, %arg1
// ONLY-NEXT: return
func.func @lone_dense(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  return %d : tensor<4x2xf32>
}

// -----

// A dense of rank-3 data is no linear layer.
// CHECK-LABEL: func.func @dense_rank3(
// CHECK-NOT: flexmatch.composite
// CHECK-NOT: relay.zeros
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<3x4x8xf32>, tensor<2x8xf32>) -> tensor<3x4x2xf32>
// CHECK-NEXT: return %[[D]]
func.func @dense_rank3(%x: tensor<3x4x8xf32>, %w: tensor<2x8xf32>) -> tensor<3x4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<3x4x8xf32>, tensor<2x8xf32>) -> tensor<3x4x2xf32>
  return %d : tensor<3x4x2xf32>
}
