// flexasr-maxpool: reduce_max over windows [2] strides [2] of a pattern
// [h] of [t] (t even, h a multiple of 16) -> flexmatch.composite
// "flex-maxpool" on the (t, h) tensor, giving (t / 2, h), transposed back.
// reassociate-max [w, s] rewrites a reduce_max over an item of n into a
// reduce_max of the maxes of its windows of w, s apart.

// RUN: split-file %s %t
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat="%t/maxpool.json relay-views=false" | FileCheck %t/input.mlir
// RUN: flexmatch-opt %t/input.mlir --split-input-file --mlir-disable-threading --eqsat="%t/maxpool.json progress=true relay-views=false" 2>&1 >/dev/null | FileCheck %t/input.mlir --check-prefix=PROGRESS

// reassociate-max on a plain reduce_max over [16] of [8]: the windows and
// two flex-maxpool composites (8 -> 4 -> 2 rows) join the e-graph, but a
// reduce_max over pairs always remains on the host, so the offloaded form
// is no cheaper and the extracted function is the original one.
// RUN: flexmatch-opt %t/rmax.mlir --eqsat="%t/reassociate.json dump-egraph=%t/rmax.egraph.json relay-views=false" | FileCheck %t/rmax.mlir
// RUN: FileCheck %t/rmax.mlir --check-prefix=DUMP --input-file=%t/rmax.egraph.json
// h = 8: windows are added but no composite.
// RUN: flexmatch-opt %t/rmax8.mlir --eqsat="%t/reassociate.json dump-egraph=%t/rmax8.egraph.json relay-views=false" -o /dev/null
// RUN: FileCheck %t/rmax8.mlir --check-prefix=DUMP --input-file=%t/rmax8.egraph.json --implicit-check-not=flexmatch.composite
// An odd item (7) has no cover by windows of 2: reassociate-max does not
// apply.
// RUN: flexmatch-opt %t/rmax7.mlir --eqsat="%t/reassociate.json dump-egraph=%t/rmax7.egraph.json relay-views=false" -o /dev/null
// RUN: FileCheck %t/rmax7.mlir --check-prefix=DUMP --input-file=%t/rmax7.egraph.json --implicit-check-not=access.windows --implicit-check-not=flexmatch.composite

// The offloaded function, composite inlined back, computes the same.
// RUN: flexmatch-opt %t/input.mlir --eqsat="%t/maxpool.json relay-views=false" | flexmatch-opt --flexmatch-inline-composites > %t/inlined.mlir
// RUN: flexmatch-run %t/input.mlir --entry maxpool --seed 3 --outputs %t/maxpool.npy > /dev/null
// RUN: flexmatch-run %t/inlined.mlir --entry maxpool --seed 3 --expect %t/maxpool.npy | FileCheck %t/input.mlir --check-prefix=NUM

//--- maxpool.json
{"rewrites": {"flexasr-maxpool": []}, "composites": {"flex-maxpool": "ilaflex.maxpool"}, "compilers": {"flex-maxpool": "ilaflex"}, "debug_functions": {}, "out_dtypes": {"flex-maxpool": "float32"}}
//--- reassociate.json
{"rewrites": {"reassociate-max": [2, 2], "flexasr-maxpool": []}, "composites": {"flex-maxpool": "ilaflex.maxpool"}, "compilers": {"flex-maxpool": "ilaflex"}, "debug_functions": {}, "out_dtypes": {"flex-maxpool": "float32"}}
//--- input.mlir

// NUM: out0: max abs error {{.*}}, max rel error

// PROGRESS: eqsat @maxpool: stop Saturated {{.*}}; regions 1 flex-maxpool=1{{$}}
// PROGRESS: eqsat @maxpool_h8: stop Saturated {{.*}}; regions 0{{$}}
// PROGRESS: eqsat @maxpool_odd: stop Saturated {{.*}}; regions 0{{$}}
// PROGRESS: eqsat @maxpool_window3: stop Saturated {{.*}}; regions 0{{$}}
// PROGRESS: eqsat @maxpool_rank2_shape: stop Saturated {{.*}}; regions 0{{$}}

// CHECK-LABEL: func.func @maxpool(
// CHECK-SAME: %[[X:[^:]*]]: tensor<16x8xf32>)
// CHECK-NEXT: %[[T:.*]] = access.tensor %[[X]] : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
// CHECK-NEXT: %[[A:.*]] = access.access %[[T]] axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
// CHECK-NEXT: %[[P:.*]] = access.transpose %[[A]] [1, 0] : !access.pattern<[16], [8], f32> -> !access.pattern<[8], [16], f32>
// CHECK-NEXT: %[[I:.*]] = access.to_tensor %[[P]] : !access.pattern<[8], [16], f32> -> tensor<8x16xf32>
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-maxpool" composite "ilaflex.maxpool" compiler "ilaflex" (%[[I]]) : (tensor<8x16xf32>) -> tensor<4x16xf32> {
// CHECK-NEXT: ^bb0(%[[B:[^:]*]]: tensor<8x16xf32>):
// CHECK-NEXT: %[[R:.*]] = relay.reshape %[[B]] {newshape = array<i64: 4, 2, 16>} : (tensor<8x16xf32>) -> tensor<4x2x16xf32>
// CHECK-NEXT: %[[M:.*]] = relay.max %[[R]] {axis = array<i64: 1>} : (tensor<4x2x16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: flexmatch.yield %[[M]] : tensor<4x16xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[Y0:.*]] = access.tensor %[[C]] : tensor<4x16xf32> -> !access.pattern<[], [4, 16], f32>
// CHECK-NEXT: %[[Y1:.*]] = access.access %[[Y0]] axis 2 : !access.pattern<[], [4, 16], f32> -> !access.pattern<[4, 16], [], f32>
// CHECK-NEXT: %[[Y2:.*]] = access.transpose %[[Y1]] [1, 0] : !access.pattern<[4, 16], [], f32> -> !access.pattern<[16, 4], [], f32>
// CHECK-NEXT: %[[Y:.*]] = access.to_tensor %[[Y2]] : !access.pattern<[16, 4], [], f32> -> tensor<16x4xf32>
// CHECK-NEXT: return %[[Y]] : tensor<16x4xf32>
// CHECK-NOT: access.windows
// CHECK-NOT: access.compute
func.func @maxpool(%x: tensor<16x8xf32>) -> tensor<16x4xf32> {
  %0 = access.tensor %x : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16], [8], f32> -> !access.pattern<[16, 4], [2], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[16, 4], [2], f32> -> !access.pattern<[16, 4], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[16, 4], [], f32> -> tensor<16x4xf32>
  return %4 : tensor<16x4xf32>
}

// -----

// h = 8 is not a multiple of 16.
// CHECK-LABEL: func.func @maxpool_h8(
// CHECK-NOT: flexmatch.composite
// CHECK: access.windows %{{.*}} window [2] strides [2] : !access.pattern<[8], [8], f32> -> !access.pattern<[8, 4], [2], f32>
// CHECK-NEXT: access.compute reduce_max
func.func @maxpool_h8(%x: tensor<8x8xf32>) -> tensor<8x4xf32> {
  %0 = access.tensor %x : tensor<8x8xf32> -> !access.pattern<[], [8, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [8, 8], f32> -> !access.pattern<[8], [8], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[8], [8], f32> -> !access.pattern<[8, 4], [2], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[8, 4], [2], f32> -> !access.pattern<[8, 4], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[8, 4], [], f32> -> tensor<8x4xf32>
  return %4 : tensor<8x4xf32>
}

// -----

// t = 7 is odd.
// CHECK-LABEL: func.func @maxpool_odd(
// CHECK-NOT: flexmatch.composite
// CHECK: access.windows %{{.*}} window [2] strides [2] : !access.pattern<[16], [7], f32> -> !access.pattern<[16, 3], [2], f32>
// CHECK-NEXT: access.compute reduce_max
func.func @maxpool_odd(%x: tensor<16x7xf32>) -> tensor<16x3xf32> {
  %0 = access.tensor %x : tensor<16x7xf32> -> !access.pattern<[], [16, 7], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 7], f32> -> !access.pattern<[16], [7], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16], [7], f32> -> !access.pattern<[16, 3], [2], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[16, 3], [2], f32> -> !access.pattern<[16, 3], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[16, 3], [], f32> -> tensor<16x3xf32>
  return %4 : tensor<16x3xf32>
}

// -----

// Windows of 3: not the accelerator's pairs.
// CHECK-LABEL: func.func @maxpool_window3(
// CHECK-NOT: flexmatch.composite
// CHECK: access.windows %{{.*}} window [3] strides [3]
// CHECK-NEXT: access.compute reduce_max
func.func @maxpool_window3(%x: tensor<16x9xf32>) -> tensor<16x3xf32> {
  %0 = access.tensor %x : tensor<16x9xf32> -> !access.pattern<[], [16, 9], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 9], f32> -> !access.pattern<[16], [9], f32>
  %2 = access.windows %1 window [3] strides [3] : !access.pattern<[16], [9], f32> -> !access.pattern<[16, 3], [3], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[16, 3], [3], f32> -> !access.pattern<[16, 3], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[16, 3], [], f32> -> tensor<16x3xf32>
  return %4 : tensor<16x3xf32>
}

// -----

// The windowed pattern must be [h] of [t]: [16, 8] of [4] is not.
// CHECK-LABEL: func.func @maxpool_rank2_shape(
// CHECK-NOT: flexmatch.composite
// CHECK: access.windows %{{.*}} window [2] strides [2] : !access.pattern<[16, 8], [4], f32> -> !access.pattern<[16, 8, 2], [2], f32>
// CHECK-NEXT: access.compute reduce_max
func.func @maxpool_rank2_shape(%x: tensor<16x8x4xf32>) -> tensor<16x8x2xf32> {
  %0 = access.tensor %x : tensor<16x8x4xf32> -> !access.pattern<[], [16, 8, 4], f32>
  %1 = access.access %0 axis 2 : !access.pattern<[], [16, 8, 4], f32> -> !access.pattern<[16, 8], [4], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16, 8], [4], f32> -> !access.pattern<[16, 8, 2], [2], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[16, 8, 2], [2], f32> -> !access.pattern<[16, 8, 2], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[16, 8, 2], [], f32> -> tensor<16x8x2xf32>
  return %4 : tensor<16x8x2xf32>
}

//--- rmax.mlir

// CHECK-LABEL: func.func @rmax(
// CHECK-NEXT: %[[T:.*]] = access.tensor %arg0
// CHECK-NEXT: %[[A:.*]] = access.access %[[T]] axis 1
// CHECK-NEXT: %[[M:.*]] = access.compute reduce_max %[[A]] : !access.pattern<[16], [8], f32> -> !access.pattern<[16], [], f32>
// CHECK-NEXT: %[[R:.*]] = access.to_tensor %[[M]]
// CHECK-NEXT: return %[[R]]

// DUMP-DAG: "op": "access.windows{strides=array<i64:2>,window_shape=array<i64:2>}"
// DUMP-DAG: "op": "flexmatch.composite{compiler=\"ilaflex\",composite=\"ilaflex.maxpool\",flexmatch.nodes={m={axis=array<i64:1>},r={newshape=array<i64:4,2,16>}},flexmatch.type=tensor<4x16xf32>,function=\"flex-maxpool\"}"
// DUMP-DAG: "op": "flexmatch.composite{compiler=\"ilaflex\",composite=\"ilaflex.maxpool\",flexmatch.nodes={m={axis=array<i64:1>},r={newshape=array<i64:2,2,16>}},flexmatch.type=tensor<2x16xf32>,function=\"flex-maxpool\"}"
func.func @rmax(%x: tensor<16x8xf32>) -> tensor<16xf32> {
  %0 = access.tensor %x : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
  %2 = access.compute reduce_max %1 : !access.pattern<[16], [8], f32> -> !access.pattern<[16], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[16], [], f32> -> tensor<16xf32>
  return %3 : tensor<16xf32>
}

//--- rmax8.mlir

// DUMP: "op": "access.windows{strides=array<i64:2>,window_shape=array<i64:2>}"
func.func @rmax8(%x: tensor<8x8xf32>) -> tensor<8xf32> {
  %0 = access.tensor %x : tensor<8x8xf32> -> !access.pattern<[], [8, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [8, 8], f32> -> !access.pattern<[8], [8], f32>
  %2 = access.compute reduce_max %1 : !access.pattern<[8], [8], f32> -> !access.pattern<[8], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[8], [], f32> -> tensor<8xf32>
  return %3 : tensor<8xf32>
}

//--- rmax7.mlir

// DUMP: "op": "access.compute{kind=#access<kindreduce_max>}"
func.func @rmax7(%x: tensor<16x7xf32>) -> tensor<16xf32> {
  %0 = access.tensor %x : tensor<16x7xf32> -> !access.pattern<[], [16, 7], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 7], f32> -> !access.pattern<[16], [7], f32>
  %2 = access.compute reduce_max %1 : !access.pattern<[16], [7], f32> -> !access.pattern<[16], [], f32>
  %3 = access.to_tensor %2 : !access.pattern<[16], [], f32> -> tensor<16xf32>
  return %3 : tensor<16xf32>
}
