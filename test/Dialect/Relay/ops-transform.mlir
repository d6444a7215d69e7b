// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// Shape manipulation and tensor creation. Result types are hand-computed
// from TVM's relations (see ops-elementwise.mlir for why the generic form
// makes them assertions).

// CHECK-LABEL: func.func @flatten_reshape(
func.func @flatten_reshape(%x: tensor<1x8x2x2xf32>, %m: tensor<4x3xf32>, %d: tensor<?x2x3xf32>, %t: tensor<2x3x4xf32>,
                           %td: tensor<?x3x4xf32>, %v: tensor<6xf32>, %l: tensor<2x3xi8>, %l2: tensor<4x6xi32>) {
  // CHECK: relay.nn.batch_flatten {{.*}} -> tensor<1x32xf32>{{$}}
  %0 = "relay.nn.batch_flatten"(%x) : (tensor<1x8x2x2xf32>) -> tensor<1x32xf32>
  // CHECK: relay.nn.batch_flatten {{.*}} -> tensor<4x3xf32>{{$}}
  %1 = "relay.nn.batch_flatten"(%m) : (tensor<4x3xf32>) -> tensor<4x3xf32>
  // CHECK: relay.nn.batch_flatten {{.*}} -> tensor<?x6xf32>{{$}}
  %2 = "relay.nn.batch_flatten"(%d) : (tensor<?x2x3xf32>) -> tensor<?x6xf32>
  // 0 copies a dim, -1 infers one
  // CHECK: relay.reshape {{.*}} -> tensor<2x12xf32>{{$}}
  %3 = "relay.reshape"(%t) {newshape = array<i64: 0, -1>} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<24xf32>{{$}}
  %4 = "relay.reshape"(%t) {newshape = array<i64: -1>} : (tensor<2x3x4xf32>) -> tensor<24xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<6x4xf32>{{$}}
  %5 = "relay.reshape"(%t) {newshape = array<i64: 6, -1>} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<4x3x2xf32>{{$}}
  %6 = "relay.reshape"(%t) {newshape = array<i64: 4, 3, 2>} : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  // -2 copies all remaining dims
  // CHECK: relay.reshape {{.*}} -> tensor<2x3x4xf32>{{$}}
  %7 = "relay.reshape"(%t) {newshape = array<i64: 0, -2>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<2x3x4xf32>{{$}}
  %8 = "relay.reshape"(%t) {newshape = array<i64: -2>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // -3 merges the next two dims
  // CHECK: relay.reshape {{.*}} -> tensor<6x4xf32>{{$}}
  %9 = "relay.reshape"(%t) {newshape = array<i64: -3, 4>} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<2x12xf32>{{$}}
  %10 = "relay.reshape"(%t) {newshape = array<i64: 0, -3>} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<6x4xf32>{{$}}
  %11 = "relay.reshape"(%t) {newshape = array<i64: -3, -1>} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  // -4 splits a dim into the next two values (one may be -1)
  // CHECK: relay.reshape {{.*}} -> tensor<1x2x3x4xf32>{{$}}
  %12 = "relay.reshape"(%t) {newshape = array<i64: -4, 1, 2, -2>} : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<1x2x3x4xf32>{{$}}
  %13 = "relay.reshape"(%t) {newshape = array<i64: -4, -1, 2, 0, 0>} : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<2x1x3x4xf32>{{$}}
  %14 = "relay.reshape"(%t) {newshape = array<i64: 2, -4, -1, 3, 4>} : (tensor<2x3x4xf32>) -> tensor<2x1x3x4xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<2x3x2x2xf32>{{$}}
  %15 = "relay.reshape"(%t) {newshape = array<i64: 0, 0, -4, 2, -1>} : (tensor<2x3x4xf32>) -> tensor<2x3x2x2xf32>
  // as in TVM, -1 is dynamic as soon as any input dim is
  // CHECK: relay.reshape {{.*}} -> tensor<?x?xf32>{{$}}
  %16 = "relay.reshape"(%td) {newshape = array<i64: 0, -1>} : (tensor<?x3x4xf32>) -> tensor<?x?xf32>
  // CHECK: relay.reshape {{.*}} -> tensor<?x4xf32>{{$}}
  %17 = "relay.reshape"(%td) {newshape = array<i64: -1, 4>} : (tensor<?x3x4xf32>) -> tensor<?x4xf32>
  // CHECK: relay.reshape_like {{.*}} -> tensor<2x3xf32>{{$}}
  %18 = "relay.reshape_like"(%v, %l) : (tensor<6xf32>, tensor<2x3xi8>) -> tensor<2x3xf32>
  // CHECK: relay.reshape_like {{.*}} -> tensor<4x6xf32>{{$}}
  %19 = "relay.reshape_like"(%t, %l2) : (tensor<2x3x4xf32>, tensor<4x6xi32>) -> tensor<4x6xf32>
  return
}

// CHECK-LABEL: func.func @axes(
func.func @axes(%t: tensor<2x3x4xf32>, %v: tensor<8xf32>, %m: tensor<2x3xf32>, %s: tensor<1x3x1x4xf32>, %d: tensor<?x1x5xf32>) {
  // CHECK: relay.transpose {{.*}} -> tensor<3x2x4xf32>{{$}}
  %0 = "relay.transpose"(%t) {axes = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  // no axes reverses them
  // CHECK: relay.transpose {{.*}} -> tensor<4x3x2xf32>{{$}}
  %1 = "relay.transpose"(%t) : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  // CHECK: relay.transpose {{.*}} -> tensor<4x2x3xf32>{{$}}
  %2 = "relay.transpose"(%t) {axes = array<i64: -1, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  // CHECK: relay.expand_dims {{.*}} -> tensor<1x8xf32>{{$}}
  %3 = "relay.expand_dims"(%v) {axis = 0 : i64} : (tensor<8xf32>) -> tensor<1x8xf32>
  // CHECK: relay.expand_dims {{.*}} -> tensor<8x1x1xf32>{{$}}
  %4 = "relay.expand_dims"(%v) {axis = 1 : i64, num_newaxis = 2 : i64} : (tensor<8xf32>) -> tensor<8x1x1xf32>
  // CHECK: relay.expand_dims {{.*}} -> tensor<2x3x1xf32>{{$}}
  %5 = "relay.expand_dims"(%m) {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3x1xf32>
  // CHECK: relay.expand_dims {{.*}} -> tensor<1x2x3xf32>{{$}}
  %6 = "relay.expand_dims"(%m) {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<1x2x3xf32>
  // CHECK: relay.expand_dims {{.*}} -> tensor<2x3xf32>{{$}}
  %7 = "relay.expand_dims"(%m) {axis = 1 : i64, num_newaxis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // no axis squeezes every size-1 axis
  // CHECK: relay.squeeze {{.*}} -> tensor<3x4xf32>{{$}}
  %8 = "relay.squeeze"(%s) : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  // CHECK: relay.squeeze {{.*}} -> tensor<3x1x4xf32>{{$}}
  %9 = "relay.squeeze"(%s) {axis = array<i64: 0>} : (tensor<1x3x1x4xf32>) -> tensor<3x1x4xf32>
  // CHECK: relay.squeeze {{.*}} -> tensor<1x3x4xf32>{{$}}
  %10 = "relay.squeeze"(%s) {axis = array<i64: -2>} : (tensor<1x3x1x4xf32>) -> tensor<1x3x4xf32>
  // CHECK: relay.squeeze {{.*}} -> tensor<3x4xf32>{{$}}
  %11 = "relay.squeeze"(%s) {axis = array<i64: 0, 2>} : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  // CHECK: relay.squeeze {{.*}} -> tensor<?x5xf32>{{$}}
  %12 = "relay.squeeze"(%d) {axis = array<i64: 1>} : (tensor<?x1x5xf32>) -> tensor<?x5xf32>
  // CHECK: relay.reverse {{.*}} -> tensor<2x3x4xf32>{{$}}
  %13 = "relay.reverse"(%t) {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // CHECK: relay.reverse {{.*}} -> tensor<?x1x5xf32>{{$}}
  %14 = "relay.reverse"(%d) {axis = -1 : i64} : (tensor<?x1x5xf32>) -> tensor<?x1x5xf32>
  return
}

// CHECK-LABEL: func.func @join_split(
func.func @join_split(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>, %c: tensor<4x3xf32>, %e: tensor<1x3xf32>, %f: tensor<2x3x4xf32>, %g: tensor<2x3x1xf32>,
                      %v: tensor<3xf32>, %w: tensor<2x4xf32>, %x: tensor<6x4xf32>, %d: tensor<?x4xf32>) {
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<2x3xf32>, tensor<2x1xf32>>{{$}}
  %t0 = "relay.tuple"(%a, %b) : (tensor<2x3xf32>, tensor<2x1xf32>) -> tuple<tensor<2x3xf32>, tensor<2x1xf32>>
  // CHECK: relay.concatenate {{.*}} -> tensor<2x4xf32>{{$}}
  %0 = "relay.concatenate"(%t0) {axis = 1 : i64} : (tuple<tensor<2x3xf32>, tensor<2x1xf32>>) -> tensor<2x4xf32>
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<2x3xf32>, tensor<4x3xf32>, tensor<1x3xf32>>{{$}}
  %t1 = "relay.tuple"(%a, %c, %e) : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<1x3xf32>) -> tuple<tensor<2x3xf32>, tensor<4x3xf32>, tensor<1x3xf32>>
  // CHECK: relay.concatenate {{.*}} -> tensor<7x3xf32>{{$}}
  %1 = "relay.concatenate"(%t1) : (tuple<tensor<2x3xf32>, tensor<4x3xf32>, tensor<1x3xf32>>) -> tensor<7x3xf32>
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<2x3x4xf32>, tensor<2x3x1xf32>>{{$}}
  %t2 = "relay.tuple"(%f, %g) : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tuple<tensor<2x3x4xf32>, tensor<2x3x1xf32>>
  // CHECK: relay.concatenate {{.*}} -> tensor<2x3x5xf32>{{$}}
  %2 = "relay.concatenate"(%t2) {axis = -1 : i64} : (tuple<tensor<2x3x4xf32>, tensor<2x3x1xf32>>) -> tensor<2x3x5xf32>
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<?x4xf32>, tensor<2x4xf32>>{{$}}
  %t3 = "relay.tuple"(%d, %w) : (tensor<?x4xf32>, tensor<2x4xf32>) -> tuple<tensor<?x4xf32>, tensor<2x4xf32>>
  // CHECK: relay.concatenate {{.*}} -> tensor<?x4xf32>{{$}}
  %3 = "relay.concatenate"(%t3) : (tuple<tensor<?x4xf32>, tensor<2x4xf32>>) -> tensor<?x4xf32>
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<3xf32>, tensor<3xf32>>{{$}}
  %t4 = "relay.tuple"(%v, %v) : (tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>>
  // CHECK: relay.stack {{.*}} -> tensor<2x3xf32>{{$}}
  %4 = "relay.stack"(%t4) : (tuple<tensor<3xf32>, tensor<3xf32>>) -> tensor<2x3xf32>
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>{{$}}
  %t5 = "relay.tuple"(%w, %w, %w) : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>
  // CHECK: relay.stack {{.*}} -> tensor<2x3x4xf32>{{$}}
  %5 = "relay.stack"(%t5) {axis = 1 : i64} : (tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>) -> tensor<2x3x4xf32>
  // CHECK: relay.stack {{.*}} -> tensor<2x4x3xf32>{{$}}
  %6 = "relay.stack"(%t5) {axis = -1 : i64} : (tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>) -> tensor<2x4x3xf32>
  // CHECK: relay.stack {{.*}} -> tensor<2x4x3xf32>{{$}}
  %7 = "relay.stack"(%t5) {axis = 2 : i64} : (tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>) -> tensor<2x4x3xf32>
  // sections: equal parts; indices: split points
  // CHECK: relay.split {{.*}} -> tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>{{$}}
  %8 = "relay.split"(%x) {indices_or_sections = 3 : i64} : (tensor<6x4xf32>) -> tuple<tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>>
  // CHECK: relay.split {{.*}} -> tuple<tensor<6x2xf32>, tensor<6x2xf32>>{{$}}
  %9 = "relay.split"(%x) {indices_or_sections = 2 : i64, axis = 1 : i64} : (tensor<6x4xf32>) -> tuple<tensor<6x2xf32>, tensor<6x2xf32>>
  // CHECK: relay.split {{.*}} -> tuple<tensor<1x4xf32>, tensor<3x4xf32>, tensor<2x4xf32>>{{$}}
  %10 = "relay.split"(%x) {indices_or_sections = array<i64: 1, 4>} : (tensor<6x4xf32>) -> tuple<tensor<1x4xf32>, tensor<3x4xf32>, tensor<2x4xf32>>
  // CHECK: relay.split {{.*}} -> tuple<tensor<6x3xf32>, tensor<6x1xf32>>{{$}}
  %11 = "relay.split"(%x) {indices_or_sections = array<i64: 3>, axis = -1 : i64} : (tensor<6x4xf32>) -> tuple<tensor<6x3xf32>, tensor<6x1xf32>>
  // CHECK: relay.split {{.*}} -> tuple<tensor<2x4xf32>, tensor<?x4xf32>>{{$}}
  %12 = "relay.split"(%d) {indices_or_sections = array<i64: 2>} : (tensor<?x4xf32>) -> tuple<tensor<2x4xf32>, tensor<?x4xf32>>
  // CHECK: relay.split {{.*}} -> tuple<tensor<6x4xf32>>{{$}}
  %13 = "relay.split"(%x) {indices_or_sections = 1 : i64} : (tensor<6x4xf32>) -> tuple<tensor<6x4xf32>>
  return
}

// CHECK-LABEL: func.func @slice_take(
func.func @slice_take(%x: tensor<4x6xf32>, %d: tensor<?x6xf32>, %t: tensor<10x4xf32>, %i: tensor<3xi32>, %j: tensor<2x2xi64>,
                      %b: tensor<2x5x4xf32>, %k: tensor<2x3xi32>) {
  // axis 1: ceil((6 - 1) / 2) = 3
  // CHECK: relay.strided_slice {{.*}} -> tensor<4x3xf32>{{$}}
  %0 = "relay.strided_slice"(%x) {begin = array<i64: 0, 1>, end = array<i64: 4, 6>, strides = array<i64: 1, 2>} : (tensor<4x6xf32>) -> tensor<4x3xf32>
  // missing begin/end entries cover the whole axis
  // CHECK: relay.strided_slice {{.*}} -> tensor<2x6xf32>{{$}}
  %1 = "relay.strided_slice"(%x) {begin = array<i64: 1>, end = array<i64: 3>} : (tensor<4x6xf32>) -> tensor<2x6xf32>
  // negative stride: from 3 down to (excluding) 0
  // CHECK: relay.strided_slice {{.*}} -> tensor<3x6xf32>{{$}}
  %2 = "relay.strided_slice"(%x) {begin = array<i64: 3, 0>, end = array<i64: 0, 6>, strides = array<i64: -1, 1>} : (tensor<4x6xf32>) -> tensor<3x6xf32>
  // negative begin counts from the end; end clamps to the dim
  // CHECK: relay.strided_slice {{.*}} -> tensor<3x6xf32>{{$}}
  %3 = "relay.strided_slice"(%x) {begin = array<i64: -3>, end = array<i64: 100>, strides = array<i64: 1>} : (tensor<4x6xf32>) -> tensor<3x6xf32>
  // slice_mode "size": end holds sizes, -1 meaning to the end
  // CHECK: relay.strided_slice {{.*}} -> tensor<2x4xf32>{{$}}
  %4 = "relay.strided_slice"(%x) {begin = array<i64: 1, 2>, end = array<i64: 2, -1>, slice_mode = "size"} : (tensor<4x6xf32>) -> tensor<2x4xf32>
  // CHECK: relay.strided_slice {{.*}} -> tensor<4x3xf32>{{$}}
  %5 = "relay.strided_slice"(%x) {begin = array<i64: 2>, end = array<i64: 5>, strides = array<i64: 1>, axes = array<i64: 1>} : (tensor<4x6xf32>) -> tensor<4x3xf32>
  // CHECK: relay.strided_slice {{.*}} -> tensor<2x3xf32>{{$}}
  %6 = "relay.strided_slice"(%x) {begin = array<i64: 0, 0>, end = array<i64: 2, 3>, strides = array<i64: 1>} : (tensor<4x6xf32>) -> tensor<2x3xf32>
  // (6 - 0) / 4 rounded up = 2
  // CHECK: relay.strided_slice {{.*}} -> tensor<4x2xf32>{{$}}
  %7 = "relay.strided_slice"(%x) {begin = array<i64: 0>, end = array<i64: 6>, strides = array<i64: 4>, axes = array<i64: -1>} : (tensor<4x6xf32>) -> tensor<4x2xf32>
  // CHECK: relay.strided_slice {{.*}} -> tensor<?x2xf32>{{$}}
  %8 = "relay.strided_slice"(%d) {begin = array<i64: 0, 2>, end = array<i64: 1, 4>, strides = array<i64: 1, 1>} : (tensor<?x6xf32>) -> tensor<?x2xf32>
  // TVM pads strides with 1: a one-element strides only strides axis 0.
  // axis 0: ceil(4 / 2) = 2; axis 1: 6
  // CHECK: relay.strided_slice {{.*}} -> tensor<2x6xf32>{{$}}
  %s0 = "relay.strided_slice"(%x) {begin = array<i64: 0, 0>, end = array<i64: 4, 6>, strides = array<i64: 2>} : (tensor<4x6xf32>) -> tensor<2x6xf32>
  // axis 0: ceil((4 - 0) / 3) = 2; axis 1: 6 - 1 = 5 (stride 1, not 3)
  // CHECK: relay.strided_slice {{.*}} -> tensor<2x5xf32>{{$}}
  %s1 = "relay.strided_slice"(%x) {begin = array<i64: 0, 1>, end = array<i64: 4, 6>, strides = array<i64: 3>} : (tensor<4x6xf32>) -> tensor<2x5xf32>
  // a negative single stride reverses axis 0 only: from 3 down to
  // (excluding) 0 is 3 rows; axis 1 keeps stride 1: 6 - 2 = 4
  // CHECK: relay.strided_slice {{.*}} -> tensor<3x4xf32>{{$}}
  %s2 = "relay.strided_slice"(%x) {begin = array<i64: 3, 2>, end = array<i64: 0, 6>, strides = array<i64: -1>} : (tensor<4x6xf32>) -> tensor<3x4xf32>
  // CHECK: relay.take {{.*}} -> tensor<3x4xf32>{{$}}
  %9 = "relay.take"(%t, %i) {axis = 0 : i64} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
  // CHECK: relay.take {{.*}} -> tensor<10x2x2xf32>{{$}}
  %10 = "relay.take"(%t, %j) {axis = 1 : i64, mode = "wrap"} : (tensor<10x4xf32>, tensor<2x2xi64>) -> tensor<10x2x2xf32>
  // no axis: indices into the flattened data
  // CHECK: relay.take {{.*}} -> tensor<2x3xf32>{{$}}
  %11 = "relay.take"(%t, %k) : (tensor<10x4xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  // CHECK: relay.take {{.*}} -> tensor<10x3xf32>{{$}}
  %12 = "relay.take"(%t, %i) {axis = -1 : i64, mode = "fast"} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<10x3xf32>
  // batch_dims = 1: data[:1] + indices[1:] + data[2:]
  // CHECK: relay.take {{.*}} -> tensor<2x3x4xf32>{{$}}
  %13 = "relay.take"(%b, %k) {axis = 1 : i64, batch_dims = 1 : i64} : (tensor<2x5x4xf32>, tensor<2x3xi32>) -> tensor<2x3x4xf32>
  return
}

// CHECK-LABEL: func.func @broadcast_tile(
func.func @broadcast_tile(%v: tensor<3xf32>, %r: tensor<1x3xf32>, %s: tensor<f32>, %m: tensor<2x3xf32>, %i: tensor<2x3xi32>) {
  // CHECK: relay.broadcast_to {{.*}} -> tensor<2x3xf32>{{$}}
  %0 = "relay.broadcast_to"(%v) {shape = array<i64: 2, 3>} : (tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: relay.broadcast_to {{.*}} -> tensor<4x2x3xf32>{{$}}
  %1 = "relay.broadcast_to"(%r) {shape = array<i64: 4, 2, 3>} : (tensor<1x3xf32>) -> tensor<4x2x3xf32>
  // CHECK: relay.broadcast_to {{.*}} -> tensor<2x2xf32>{{$}}
  %2 = "relay.broadcast_to"(%s) {shape = array<i64: 2, 2>} : (tensor<f32>) -> tensor<2x2xf32>
  // CHECK: relay.tile {{.*}} -> tensor<4x3xf32>{{$}}
  %3 = "relay.tile"(%m) {reps = array<i64: 2, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  // short reps are padded with leading 1s, a short shape likewise
  // CHECK: relay.tile {{.*}} -> tensor<2x6xf32>{{$}}
  %4 = "relay.tile"(%m) {reps = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  // CHECK: relay.tile {{.*}} -> tensor<2x2x9xf32>{{$}}
  %5 = "relay.tile"(%m) {reps = array<i64: 2, 1, 3>} : (tensor<2x3xf32>) -> tensor<2x2x9xf32>
  // CHECK: relay.repeat {{.*}} -> tensor<4x3xf32>{{$}}
  %6 = "relay.repeat"(%m) {repeats = 2 : i64, axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  // CHECK: relay.repeat {{.*}} -> tensor<2x9xi32>{{$}}
  %7 = "relay.repeat"(%i) {repeats = 3 : i64, axis = -1 : i64} : (tensor<2x3xi32>) -> tensor<2x9xi32>
  return
}

// CHECK-LABEL: func.func @create(
func.func @create(%t: tensor<2x3x4xf32>, %s: tensor<f32>, %h: tensor<?x5xf16>) {
  // CHECK: relay.shape_of {{.*}} -> tensor<3xi32>{{$}}
  %0 = "relay.shape_of"(%t) : (tensor<2x3x4xf32>) -> tensor<3xi32>
  // CHECK: relay.shape_of {{.*}} -> tensor<2xi64>{{$}}
  %1 = "relay.shape_of"(%h) {dtype = "int64"} : (tensor<?x5xf16>) -> tensor<2xi64>
  // CHECK: relay.shape_of {{.*}} -> tensor<0xi32>{{$}}
  %2 = "relay.shape_of"(%s) : (tensor<f32>) -> tensor<0xi32>
  %a0 = "relay.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %a10 = "relay.constant"() {value = dense<10.0> : tensor<f32>} : () -> tensor<f32>
  %a3 = "relay.constant"() {value = dense<3.0> : tensor<f32>} : () -> tensor<f32>
  // ceil((10 - 0) / 3) = 4
  // CHECK: relay.arange {{.*}} -> tensor<4xf32>{{$}}
  %3 = "relay.arange"(%a0, %a10, %a3) {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %b1 = "relay.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %b2 = "relay.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %bq = "relay.constant"() {value = dense<0.25> : tensor<f32>} : () -> tensor<f32>
  // ceil((2 - 1) / 0.25) = 4
  // CHECK: relay.arange {{.*}} -> tensor<4xf32>{{$}}
  %4 = "relay.arange"(%b1, %b2, %bq) {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %c0 = "relay.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
  %c5 = "relay.constant"() {value = dense<5> : tensor<i32>} : () -> tensor<i32>
  %c1 = "relay.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
  %cm2 = "relay.constant"() {value = dense<-2> : tensor<i32>} : () -> tensor<i32>
  // CHECK: relay.arange {{.*}} -> tensor<5xi32>{{$}}
  %5 = "relay.arange"(%c0, %c5, %c1) {dtype = "int32"} : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5xi32>
  // ceil((0 - 5) / -2) = 3
  // CHECK: relay.arange {{.*}} -> tensor<3xi64>{{$}}
  %6 = "relay.arange"(%c5, %c0, %cm2) {dtype = "int64"} : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3xi64>
  // stop before start: empty
  // CHECK: relay.arange {{.*}} -> tensor<0xi32>{{$}}
  %7 = "relay.arange"(%c5, %c0, %c1) {dtype = "int32"} : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<0xi32>
  // unknown bounds: dynamic length
  // CHECK: relay.arange {{.*}} -> tensor<?xf32>{{$}}
  %8 = "relay.arange"(%s, %a10, %a3) {dtype = "float32"} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  // CHECK: relay.full {{.*}} -> tensor<2x3xf32>{{$}}
  %9 = "relay.full"(%s) {shape = array<i64: 2, 3>} : (tensor<f32>) -> tensor<2x3xf32>
  // CHECK: relay.full {{.*}} -> tensor<2x3xi32>{{$}}
  %10 = "relay.full"(%s) {shape = array<i64: 2, 3>, dtype = "int32"} : (tensor<f32>) -> tensor<2x3xi32>
  // CHECK: relay.full {{.*}} -> tensor<i32>{{$}}
  %11 = "relay.full"(%c1) {shape = array<i64>} : (tensor<i32>) -> tensor<i32>
  // CHECK: relay.zeros {{.*}} -> tensor<2xf32>{{$}}
  %12 = "relay.zeros"() {shape = array<i64: 2>, dtype = "float32"} : () -> tensor<2xf32>
  // CHECK: relay.zeros {{.*}} -> tensor<4x0xi64>{{$}}
  %13 = "relay.zeros"() {shape = array<i64: 4, 0>, dtype = "int64"} : () -> tensor<4x0xi64>
  // CHECK: relay.ones {{.*}} -> tensor<3x1xi8>{{$}}
  %14 = "relay.ones"() {shape = array<i64: 3, 1>, dtype = "int8"} : () -> tensor<3x1xi8>
  // CHECK: relay.ones {{.*}} -> tensor<i1>{{$}}
  %15 = "relay.ones"() {shape = array<i64>, dtype = "bool"} : () -> tensor<i1>
  // CHECK: relay.full_like {{.*}} -> tensor<2x3x4xf32>{{$}}
  %16 = "relay.full_like"(%t, %s) : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<2x3x4xf32>
  // CHECK: relay.full_like {{.*}} -> tensor<?x5xf16>{{$}}
  %17 = "relay.full_like"(%h, %s) : (tensor<?x5xf16>, tensor<f32>) -> tensor<?x5xf16>
  return
}

// CHECK-LABEL: func.func @index(
func.func @index(%i: tensor<3xi32>, %on: tensor<f32>, %off: tensor<f32>, %i2: tensor<2x3xi64>, %ion: tensor<i32>,
                 %m: tensor<2x3xf32>, %mi: tensor<2x2xi32>, %c: tensor<3x4x5xf32>, %ci: tensor<3x2x5xi64>, %x: tensor<1x3x4x5xf32>,
                 %n: tensor<1x4x5x3xf32>, %w: tensor<2x7x3xi8>) {
  // CHECK: relay.one_hot {{.*}} -> tensor<3x4xf32>{{$}}
  %0 = "relay.one_hot"(%i, %on, %off) {depth = 4 : i64, dtype = "float32"} : (tensor<3xi32>, tensor<f32>, tensor<f32>) -> tensor<3x4xf32>
  // CHECK: relay.one_hot {{.*}} -> tensor<4x3xf32>{{$}}
  %1 = "relay.one_hot"(%i, %on, %off) {depth = 4 : i64, axis = 0 : i64, dtype = "float32"} : (tensor<3xi32>, tensor<f32>, tensor<f32>) -> tensor<4x3xf32>
  // CHECK: relay.one_hot {{.*}} -> tensor<2x5x3xi32>{{$}}
  %2 = "relay.one_hot"(%i2, %ion, %ion) {depth = 5 : i64, axis = 1 : i64, dtype = "int32"} : (tensor<2x3xi64>, tensor<i32>, tensor<i32>) -> tensor<2x5x3xi32>
  // CHECK: relay.one_hot {{.*}} -> tensor<2x3x2xf16>{{$}}
  %3 = "relay.one_hot"(%i2, %on, %off) {depth = 2 : i64, axis = 2 : i64, dtype = "float16"} : (tensor<2x3xi64>, tensor<f32>, tensor<f32>) -> tensor<2x3x2xf16>
  // CHECK: relay.gather {{.*}} -> tensor<2x2xf32>{{$}}
  %4 = "relay.gather"(%m, %mi) {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
  // CHECK: relay.gather {{.*}} -> tensor<3x2x5xf32>{{$}}
  %5 = "relay.gather"(%c, %ci) {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<3x2x5xi64>) -> tensor<3x2x5xf32>
  // CHECK: relay.gather {{.*}} -> tensor<3x2x5xf32>{{$}}
  %6 = "relay.gather"(%c, %ci) {axis = -2 : i64} : (tensor<3x4x5xf32>, tensor<3x2x5xi64>) -> tensor<3x2x5xf32>
  // CHECK: relay.layout_transform {{.*}} -> tensor<1x4x5x3xf32>{{$}}
  %7 = "relay.layout_transform"(%x) {src_layout = "NCHW", dst_layout = "NHWC"} : (tensor<1x3x4x5xf32>) -> tensor<1x4x5x3xf32>
  // CHECK: relay.layout_transform {{.*}} -> tensor<1x3x4x5xf32>{{$}}
  %8 = "relay.layout_transform"(%n) {src_layout = "NHWC", dst_layout = "NCHW"} : (tensor<1x4x5x3xf32>) -> tensor<1x3x4x5xf32>
  // CHECK: relay.layout_transform {{.*}} -> tensor<2x3x7xi8>{{$}}
  %9 = "relay.layout_transform"(%w) {src_layout = "NCW", dst_layout = "NWC"} : (tensor<2x7x3xi8>) -> tensor<2x3x7xi8>
  // CHECK: relay.layout_transform {{.*}} -> tensor<4x5x1x3xf32>{{$}}
  %10 = "relay.layout_transform"(%x) {src_layout = "NCHW", dst_layout = "HWNC"} : (tensor<1x3x4x5xf32>) -> tensor<4x5x1x3xf32>
  return
}

// CHECK-LABEL: func.func @strided_slice_one_stride(
func.func @strided_slice_one_stride(%m: tensor<8x8xf32>) {
  // strides = [2] pads to [2, 1]: 8 / 2 = 4 rows, all 8 columns
  // CHECK: relay.strided_slice {{.*}} -> tensor<4x8xf32>{{$}}
  %0 = "relay.strided_slice"(%m) {begin = array<i64: 0, 0>, end = array<i64: 8, 8>, strides = array<i64: 2>} : (tensor<8x8xf32>) -> tensor<4x8xf32>
  return
}
