// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// Every access op. The ops are written in the generic form: the verifier
// compares each written result type with the inferred one, so every result
// type below (worked out by hand from glenside's semantics) is itself an
// assertion. The CHECK lines check the custom form that is printed, and the
// round trips through the custom and generic forms.

// CHECK-LABEL: func.func @types(
// CHECK-SAME: !access.pattern<[], [], f32>
// CHECK-SAME: !access.pattern<[2, 3], [], i1>
// CHECK-SAME: !access.pattern<[], [4, 5], index>
// CHECK-SAME: !access.pattern<[0], [7], bf16>
func.func @types(%a: !access.pattern<[], [], f32>, %b: !access.pattern<[2, 3], [], i1>,
                 %c: !access.pattern<[ ], [4,5], index>, %d: !access.pattern<[0], [7], bf16>) {
  return
}

// CHECK-LABEL: func.func @conversions(
func.func @conversions(%t: tensor<2x3x4xf32>, %s: tensor<f32>, %i: tensor<5xi8>) {
  // CHECK: %[[T:.*]] = access.tensor %{{.*}} : tensor<2x3x4xf32> -> !access.pattern<[], [2, 3, 4], f32>{{$}}
  %0 = "access.tensor"(%t) : (tensor<2x3x4xf32>) -> !access.pattern<[], [2, 3, 4], f32>
  // CHECK: access.tensor {{.*}} -> !access.pattern<[], [], f32>{{$}}
  %1 = "access.tensor"(%s) : (tensor<f32>) -> !access.pattern<[], [], f32>
  // CHECK: access.tensor {{.*}} -> !access.pattern<[], [5], i8>{{$}}
  %2 = "access.tensor"(%i) : (tensor<5xi8>) -> !access.pattern<[], [5], i8>
  // CHECK: access.access %[[T]] axis 0 : !access.pattern<[], [2, 3, 4], f32> -> !access.pattern<[], [2, 3, 4], f32>{{$}}
  %3 = "access.access"(%0) {axis = 0 : i64} : (!access.pattern<[], [2, 3, 4], f32>) -> !access.pattern<[], [2, 3, 4], f32>
  // CHECK: %[[A1:.*]] = access.access %[[T]] axis 1 : {{.*}} -> !access.pattern<[2], [3, 4], f32>{{$}}
  %4 = "access.access"(%0) {axis = 1 : i64} : (!access.pattern<[], [2, 3, 4], f32>) -> !access.pattern<[2], [3, 4], f32>
  // CHECK: access.access %[[A1]] axis 3 : {{.*}} -> !access.pattern<[2, 3, 4], [], f32>{{$}}
  %5 = "access.access"(%4) {axis = 3 : i64} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[2, 3, 4], [], f32>
  // CHECK: access.to_tensor %[[A1]] : !access.pattern<[2], [3, 4], f32> -> tensor<2x3x4xf32>{{$}}
  %6 = "access.to_tensor"(%4) : (!access.pattern<[2], [3, 4], f32>) -> tensor<2x3x4xf32>
  // CHECK: access.to_tensor {{.*}} -> tensor<f32>{{$}}
  %7 = "access.to_tensor"(%1) : (!access.pattern<[], [], f32>) -> tensor<f32>
  return
}

// CHECK-LABEL: func.func @transpose(
func.func @transpose(%a: !access.pattern<[2], [3, 4], f32>, %b: !access.pattern<[2, 3], [], i32>) {
  // dims [2, 3, 4] permuted to [4, 2, 3]; one shape dim
  // CHECK: access.transpose %{{.*}} [2, 0, 1] : !access.pattern<[2], [3, 4], f32> -> !access.pattern<[4], [2, 3], f32>{{$}}
  %0 = "access.transpose"(%a) {permutation = array<i64: 2, 0, 1>} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[4], [2, 3], f32>
  // CHECK: access.transpose {{.*}} [0, 1, 2] {{.*}} -> !access.pattern<[2], [3, 4], f32>{{$}}
  %1 = "access.transpose"(%a) {permutation = array<i64: 0, 1, 2>} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[2], [3, 4], f32>
  // CHECK: access.transpose {{.*}} [1, 0] {{.*}} -> !access.pattern<[3, 2], [], i32>{{$}}
  %2 = "access.transpose"(%b) {permutation = array<i64: 1, 0>} : (!access.pattern<[2, 3], [], i32>) -> !access.pattern<[3, 2], [], i32>
  return
}

// CHECK-LABEL: func.func @cartesian_product(
func.func @cartesian_product(%a: !access.pattern<[2], [4], f32>, %b: !access.pattern<[3], [4], f32>,
                             %c: !access.pattern<[], [4], f32>, %d: !access.pattern<[5, 6], [2, 3], i32>) {
  // CHECK: access.cartesian_product %{{.*}}, %{{.*}} : !access.pattern<[2], [4], f32>, !access.pattern<[3], [4], f32> -> !access.pattern<[2, 3], [2, 4], f32>{{$}}
  %0 = "access.cartesian_product"(%a, %b) : (!access.pattern<[2], [4], f32>, !access.pattern<[3], [4], f32>) -> !access.pattern<[2, 3], [2, 4], f32>
  // CHECK: access.cartesian_product {{.*}} -> !access.pattern<[2], [2, 4], f32>{{$}}
  %1 = "access.cartesian_product"(%a, %c) : (!access.pattern<[2], [4], f32>, !access.pattern<[], [4], f32>) -> !access.pattern<[2], [2, 4], f32>
  // CHECK: access.cartesian_product {{.*}} -> !access.pattern<[5, 6, 5, 6], [2, 2, 3], i32>{{$}}
  %2 = "access.cartesian_product"(%d, %d) : (!access.pattern<[5, 6], [2, 3], i32>, !access.pattern<[5, 6], [2, 3], i32>) -> !access.pattern<[5, 6, 5, 6], [2, 2, 3], i32>
  return
}

// CHECK-LABEL: func.func @compute(
func.func @compute(%x: !access.pattern<[2, 3], [2, 4], f32>, %v: !access.pattern<[5], [], f32>, %w: !access.pattern<[7], [3], f32>) {
  // CHECK: access.compute dot_product %{{.*}} : !access.pattern<[2, 3], [2, 4], f32> -> !access.pattern<[2, 3], [], f32>{{$}}
  %0 = "access.compute"(%x) {kind = #access<kind dot_product>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [], f32>
  // CHECK: access.compute dot_product {{.*}} -> !access.pattern<[7], [], f32>{{$}}
  %1 = "access.compute"(%w) {kind = #access<kind dot_product>} : (!access.pattern<[7], [3], f32>) -> !access.pattern<[7], [], f32>
  // CHECK: access.compute reduce_sum {{.*}} -> !access.pattern<[2, 3], [], f32>{{$}}
  %2 = "access.compute"(%x) {kind = #access<kind reduce_sum>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [], f32>
  // CHECK: access.compute reduce_sum {{.*}} -> !access.pattern<[5], [], f32>{{$}}
  %3 = "access.compute"(%v) {kind = #access<kind reduce_sum>} : (!access.pattern<[5], [], f32>) -> !access.pattern<[5], [], f32>
  // CHECK: access.compute reduce_max {{.*}} -> !access.pattern<[2, 3], [], f32>{{$}}
  %4 = "access.compute"(%x) {kind = #access<kind reduce_max>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [], f32>
  // CHECK: access.compute reduce_mean {{.*}} -> !access.pattern<[7], [], f32>{{$}}
  %5 = "access.compute"(%w) {kind = #access<kind reduce_mean>} : (!access.pattern<[7], [3], f32>) -> !access.pattern<[7], [], f32>
  // CHECK: access.compute relu {{.*}} -> !access.pattern<[2, 3], [2, 4], f32>{{$}}
  %6 = "access.compute"(%x) {kind = #access<kind relu>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [2, 4], f32>
  // CHECK: access.compute sqrt {{.*}} -> !access.pattern<[5], [], f32>{{$}}
  %7 = "access.compute"(%v) {kind = #access<kind sqrt>} : (!access.pattern<[5], [], f32>) -> !access.pattern<[5], [], f32>
  // CHECK: access.compute negative {{.*}} -> !access.pattern<[7], [3], f32>{{$}}
  %8 = "access.compute"(%w) {kind = #access<kind negative>} : (!access.pattern<[7], [3], f32>) -> !access.pattern<[7], [3], f32>
  // CHECK: access.compute elementwise_add {{.*}} -> !access.pattern<[2, 3], [4], f32>{{$}}
  %9 = "access.compute"(%x) {kind = #access<kind elementwise_add>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [4], f32>
  // CHECK: access.compute elementwise_mul {{.*}} -> !access.pattern<[7], [], f32>{{$}}
  %10 = "access.compute"(%w) {kind = #access<kind elementwise_mul>} : (!access.pattern<[7], [3], f32>) -> !access.pattern<[7], [], f32>
  // CHECK: access.compute elementwise_div {{.*}} -> !access.pattern<[2, 3], [4], f32>{{$}}
  %11 = "access.compute"(%x) {kind = #access<kind elementwise_div>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [4], f32>
  // CHECK: access.compute softmax {{.*}} -> !access.pattern<[2, 3], [2, 4], f32>{{$}}
  %12 = "access.compute"(%x) {kind = #access<kind softmax>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [2, 4], f32>
  return
}

// CHECK-LABEL: func.func @windows(
func.func @windows(%x: !access.pattern<[1], [5, 7], f32>, %y: !access.pattern<[1, 3], [32, 32], f32>,
                   %z: !access.pattern<[], [10], f32>, %image: !access.pattern<[1], [3, 34, 34], f32>) {
  // (5 - 3) / 1 + 1 = 3, (7 - 3) / 2 + 1 = 3
  // CHECK: access.windows %{{.*}} window [3, 3] strides [1, 2] : !access.pattern<[1], [5, 7], f32> -> !access.pattern<[1, 3, 3], [3, 3], f32>{{$}}
  %0 = "access.windows"(%x) {window_shape = array<i64: 3, 3>, strides = array<i64: 1, 2>} : (!access.pattern<[1], [5, 7], f32>) -> !access.pattern<[1, 3, 3], [3, 3], f32>
  // window = item: one window per item
  // CHECK: access.windows {{.*}} -> !access.pattern<[1, 1, 1], [5, 7], f32>{{$}}
  %1 = "access.windows"(%x) {window_shape = array<i64: 5, 7>, strides = array<i64: 1, 1>} : (!access.pattern<[1], [5, 7], f32>) -> !access.pattern<[1, 1, 1], [5, 7], f32>
  // (32 - 3) / 1 + 1 = 30
  // CHECK: access.windows {{.*}} -> !access.pattern<[1, 3, 30, 30], [3, 3], f32>{{$}}
  %2 = "access.windows"(%y) {window_shape = array<i64: 3, 3>, strides = array<i64: 1, 1>} : (!access.pattern<[1, 3], [32, 32], f32>) -> !access.pattern<[1, 3, 30, 30], [3, 3], f32>
  // (32 - 2) / 2 + 1 = 16
  // CHECK: access.windows {{.*}} -> !access.pattern<[1, 3, 16, 16], [2, 2], f32>{{$}}
  %3 = "access.windows"(%y) {window_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (!access.pattern<[1, 3], [32, 32], f32>) -> !access.pattern<[1, 3, 16, 16], [2, 2], f32>
  // (10 - 4) / 3 + 1 = 3
  // CHECK: access.windows {{.*}} -> !access.pattern<[3], [4], f32>{{$}}
  %4 = "access.windows"(%z) {window_shape = array<i64: 4>, strides = array<i64: 3>} : (!access.pattern<[], [10], f32>) -> !access.pattern<[3], [4], f32>
  // conv2d's windows: 3x3 filters over all 3 channels of a padded 34x34 image
  // CHECK: access.windows {{.*}} -> !access.pattern<[1, 1, 32, 32], [3, 3, 3], f32>{{$}}
  %5 = "access.windows"(%image) {window_shape = array<i64: 3, 3, 3>, strides = array<i64: 1, 1, 1>} : (!access.pattern<[1], [3, 34, 34], f32>) -> !access.pattern<[1, 1, 32, 32], [3, 3, 3], f32>
  return
}

// CHECK-LABEL: func.func @pad(
func.func @pad(%x: !access.pattern<[2], [3, 4], f32>, %i: !access.pattern<[], [6], i32>) {
  // CHECK: access.pad %{{.*}} zero axis 0 before 1 after 1 : !access.pattern<[2], [3, 4], f32> -> !access.pattern<[4], [3, 4], f32>{{$}}
  %0 = "access.pad"(%x) {axis = 0 : i64, before = 1 : i64, after = 1 : i64, pad_type = #access<pad_type zero>} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[4], [3, 4], f32>
  // CHECK: access.pad {{.*}} min axis 2 before 0 after 3 {{.*}} -> !access.pattern<[2], [3, 7], f32>{{$}}
  %1 = "access.pad"(%x) {axis = 2 : i64, before = 0 : i64, after = 3 : i64, pad_type = #access<pad_type min>} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[2], [3, 7], f32>
  // CHECK: access.pad {{.*}} zero axis 1 before 2 after 0 {{.*}} -> !access.pattern<[2], [5, 4], f32>{{$}}
  %2 = "access.pad"(%x) {axis = 1 : i64, before = 2 : i64, after = 0 : i64, pad_type = #access<pad_type zero>} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[2], [5, 4], f32>
  // CHECK: access.pad {{.*}} min axis 0 before 2 after 2 {{.*}} -> !access.pattern<[], [10], i32>{{$}}
  %3 = "access.pad"(%i) {axis = 0 : i64, before = 2 : i64, after = 2 : i64, pad_type = #access<pad_type min>} : (!access.pattern<[], [6], i32>) -> !access.pattern<[], [10], i32>
  return
}

// CHECK-LABEL: func.func @slice(
func.func @slice(%x: !access.pattern<[2], [8, 4], f32>) {
  // indices 1, 3, 5: ceil((6 - 1) / 2) = 3
  // CHECK: access.slice %{{.*}} axis 1 from 1 to 6 step 2 : !access.pattern<[2], [8, 4], f32> -> !access.pattern<[2], [3, 4], f32>{{$}}
  %0 = "access.slice"(%x) {axis = 1 : i64, low = 1 : i64, high = 6 : i64, step = 2 : i64} : (!access.pattern<[2], [8, 4], f32>) -> !access.pattern<[2], [3, 4], f32>
  // the default step of 1 is not printed
  // CHECK: access.slice {{.*}} axis 0 from 1 to 2 : {{.*}} -> !access.pattern<[1], [8, 4], f32>{{$}}
  %1 = "access.slice"(%x) {axis = 0 : i64, low = 1 : i64, high = 2 : i64} : (!access.pattern<[2], [8, 4], f32>) -> !access.pattern<[1], [8, 4], f32>
  // CHECK: access.slice {{.*}} axis 1 from 0 to 8 : {{.*}} -> !access.pattern<[2], [8, 4], f32>{{$}}
  %2 = "access.slice"(%x) {axis = 1 : i64, low = 0 : i64, high = 8 : i64, step = 1 : i64} : (!access.pattern<[2], [8, 4], f32>) -> !access.pattern<[2], [8, 4], f32>
  // indices 0, 3: ceil(4 / 3) = 2
  // CHECK: access.slice {{.*}} axis 2 from 0 to 4 step 3 {{.*}} -> !access.pattern<[2], [8, 2], f32>{{$}}
  %3 = "access.slice"(%x) {axis = 2 : i64, low = 0 : i64, high = 4 : i64, step = 3 : i64} : (!access.pattern<[2], [8, 4], f32>) -> !access.pattern<[2], [8, 2], f32>
  // index 7 only
  // CHECK: access.slice {{.*}} axis 1 from 7 to 8 step 5 {{.*}} -> !access.pattern<[2], [1, 4], f32>{{$}}
  %4 = "access.slice"(%x) {axis = 1 : i64, low = 7 : i64, high = 8 : i64, step = 5 : i64} : (!access.pattern<[2], [8, 4], f32>) -> !access.pattern<[2], [1, 4], f32>
  return
}

// CHECK-LABEL: func.func @concatenate(
func.func @concatenate(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[2], [5], f32>, %c: !access.pattern<[4], [3], f32>) {
  // CHECK: access.concatenate %{{.*}}, %{{.*}} axis 1 : !access.pattern<[2], [3], f32>, !access.pattern<[2], [5], f32> -> !access.pattern<[2], [8], f32>{{$}}
  %0 = "access.concatenate"(%a, %b) {axis = 1 : i64} : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [5], f32>) -> !access.pattern<[2], [8], f32>
  // CHECK: access.concatenate {{.*}} axis 0 {{.*}} -> !access.pattern<[6], [3], f32>{{$}}
  %1 = "access.concatenate"(%a, %c) {axis = 0 : i64} : (!access.pattern<[2], [3], f32>, !access.pattern<[4], [3], f32>) -> !access.pattern<[6], [3], f32>
  // CHECK: access.concatenate {{.*}} axis 1 {{.*}} -> !access.pattern<[2], [6], f32>{{$}}
  %2 = "access.concatenate"(%a, %a) {axis = 1 : i64} : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [3], f32>) -> !access.pattern<[2], [6], f32>
  return
}

// CHECK-LABEL: func.func @pair(
func.func @pair(%a: !access.pattern<[2], [3], f32>, %s: !access.pattern<[], [], i8>) {
  // CHECK: access.pair %{{.*}}, %{{.*}} : !access.pattern<[2], [3], f32>, !access.pattern<[2], [3], f32> -> !access.pattern<[2], [2, 3], f32>{{$}}
  %0 = "access.pair"(%a, %a) : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [3], f32>) -> !access.pattern<[2], [2, 3], f32>
  // CHECK: access.pair {{.*}} -> !access.pattern<[], [2], i8>{{$}}
  %1 = "access.pair"(%s, %s) : (!access.pattern<[], [], i8>, !access.pattern<[], [], i8>) -> !access.pattern<[], [2], i8>
  return
}

// CHECK-LABEL: func.func @flatten(
func.func @flatten(%a: !access.pattern<[2, 3], [4, 5], f32>, %b: !access.pattern<[], [3, 4], f32>, %c: !access.pattern<[4], [], f32>) {
  // CHECK: access.flatten %{{.*}} : !access.pattern<[2, 3], [4, 5], f32> -> !access.pattern<[6], [20], f32>{{$}}
  %0 = "access.flatten"(%a) : (!access.pattern<[2, 3], [4, 5], f32>) -> !access.pattern<[6], [20], f32>
  // an empty list has product 1
  // CHECK: access.flatten {{.*}} -> !access.pattern<[1], [12], f32>{{$}}
  %1 = "access.flatten"(%b) : (!access.pattern<[], [3, 4], f32>) -> !access.pattern<[1], [12], f32>
  // CHECK: access.flatten {{.*}} -> !access.pattern<[4], [1], f32>{{$}}
  %2 = "access.flatten"(%c) : (!access.pattern<[4], [], f32>) -> !access.pattern<[4], [1], f32>
  return
}

// CHECK-LABEL: func.func @reshape(
func.func @reshape(%a: !access.pattern<[6], [4], f32>, %b: !access.pattern<[2, 3], [4, 5], f32>, %c: !access.pattern<[1], [12], f32>) {
  // CHECK: access.reshape %{{.*}} shape [3, 2] item [2, 2] : !access.pattern<[6], [4], f32> -> !access.pattern<[3, 2], [2, 2], f32>{{$}}
  %0 = "access.reshape"(%a) {shape = array<i64: 3, 2>, item_shape = array<i64: 2, 2>} : (!access.pattern<[6], [4], f32>) -> !access.pattern<[3, 2], [2, 2], f32>
  // CHECK: access.reshape {{.*}} shape [6] item [20] {{.*}} -> !access.pattern<[6], [20], f32>{{$}}
  %1 = "access.reshape"(%b) {shape = array<i64: 6>, item_shape = array<i64: 20>} : (!access.pattern<[2, 3], [4, 5], f32>) -> !access.pattern<[6], [20], f32>
  // CHECK: access.reshape {{.*}} shape [] item [3, 4] {{.*}} -> !access.pattern<[], [3, 4], f32>{{$}}
  %2 = "access.reshape"(%c) {shape = array<i64>, item_shape = array<i64: 3, 4>} : (!access.pattern<[1], [12], f32>) -> !access.pattern<[], [3, 4], f32>
  return
}

// CHECK-LABEL: func.func @squeeze(
func.func @squeeze(%a: !access.pattern<[2], [1, 3], f32>, %b: !access.pattern<[1, 2], [3], f32>,
                   %c: !access.pattern<[2], [3, 1], f32>, %d: !access.pattern<[1], [], f32>) {
  // CHECK: access.squeeze %{{.*}} axis 1 : !access.pattern<[2], [1, 3], f32> -> !access.pattern<[2], [3], f32>{{$}}
  %0 = "access.squeeze"(%a) {axis = 1 : i64} : (!access.pattern<[2], [1, 3], f32>) -> !access.pattern<[2], [3], f32>
  // a shape dim: the shape shrinks
  // CHECK: access.squeeze {{.*}} axis 0 {{.*}} -> !access.pattern<[2], [3], f32>{{$}}
  %1 = "access.squeeze"(%b) {axis = 0 : i64} : (!access.pattern<[1, 2], [3], f32>) -> !access.pattern<[2], [3], f32>
  // CHECK: access.squeeze {{.*}} axis 2 {{.*}} -> !access.pattern<[2], [3], f32>{{$}}
  %2 = "access.squeeze"(%c) {axis = 2 : i64} : (!access.pattern<[2], [3, 1], f32>) -> !access.pattern<[2], [3], f32>
  // CHECK: access.squeeze {{.*}} axis 0 {{.*}} -> !access.pattern<[], [], f32>{{$}}
  %3 = "access.squeeze"(%d) {axis = 0 : i64} : (!access.pattern<[1], [], f32>) -> !access.pattern<[], [], f32>
  return
}

// CHECK-LABEL: func.func @insert_axis(
func.func @insert_axis(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[], [3], f32>) {
  // axis 1 = the number of shape dims: joins the shape
  // CHECK: access.insert_axis %{{.*}} axis 1 : !access.pattern<[2], [3], f32> -> !access.pattern<[2, 1], [3], f32>{{$}}
  %0 = "access.insert_axis"(%a) {axis = 1 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2, 1], [3], f32>
  // CHECK: access.insert_axis {{.*}} axis 0 {{.*}} -> !access.pattern<[1, 2], [3], f32>{{$}}
  %1 = "access.insert_axis"(%a) {axis = 0 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[1, 2], [3], f32>
  // CHECK: access.insert_axis {{.*}} axis 2 {{.*}} -> !access.pattern<[2], [3, 1], f32>{{$}}
  %2 = "access.insert_axis"(%a) {axis = 2 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3, 1], f32>
  // CHECK: access.insert_axis {{.*}} axis 0 {{.*}} -> !access.pattern<[1], [3], f32>{{$}}
  %3 = "access.insert_axis"(%b) {axis = 0 : i64} : (!access.pattern<[], [3], f32>) -> !access.pattern<[1], [3], f32>
  // CHECK: access.insert_axis {{.*}} axis 1 {{.*}} -> !access.pattern<[], [3, 1], f32>{{$}}
  %4 = "access.insert_axis"(%b) {axis = 1 : i64} : (!access.pattern<[], [3], f32>) -> !access.pattern<[], [3, 1], f32>
  return
}

// CHECK-LABEL: func.func @broadcast(
func.func @broadcast(%a: !access.pattern<[], [3], f32>, %t: !access.pattern<[2], [3], f32>, %b: !access.pattern<[1], [1], f32>,
                     %u: !access.pattern<[4], [5], f32>, %c: !access.pattern<[], [1, 3], f16>, %v: !access.pattern<[2, 5], [3], f32>) {
  // CHECK: access.broadcast %{{.*}} to %{{.*}} : !access.pattern<[], [3], f32>, !access.pattern<[2], [3], f32> -> !access.pattern<[2], [3], f32>{{$}}
  %0 = "access.broadcast"(%a, %t) : (!access.pattern<[], [3], f32>, !access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f32>
  // CHECK: access.broadcast {{.*}} -> !access.pattern<[4], [5], f32>{{$}}
  %1 = "access.broadcast"(%b, %u) : (!access.pattern<[1], [1], f32>, !access.pattern<[4], [5], f32>) -> !access.pattern<[4], [5], f32>
  // dims [1, 3] against [2, 5, 3]: the element type stays f16, the split is the target's
  // CHECK: access.broadcast {{.*}} -> !access.pattern<[2, 5], [3], f16>{{$}}
  %2 = "access.broadcast"(%c, %v) : (!access.pattern<[], [1, 3], f16>, !access.pattern<[2, 5], [3], f32>) -> !access.pattern<[2, 5], [3], f16>
  return
}

// CHECK-LABEL: func.func @literal(
func.func @literal() {
  // CHECK: %[[L:.*]] = access.literal dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>{{$}}
  %0 = "access.literal"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> !access.pattern<[], [2], f32>
  // CHECK: access.literal dense<5> : tensor<i32>{{$}}
  %1 = "access.literal"() {value = dense<5> : tensor<i32>} : () -> !access.pattern<[], [], i32>
  // CHECK: access.literal dense<0.000000e+00> : tensor<2x3xf16>{{$}}
  %2 = "access.literal"() {value = dense<0.0> : tensor<2x3xf16>} : () -> !access.pattern<[], [2, 3], f16>
  // CHECK: access.to_tensor %[[L]] : !access.pattern<[], [2], f32> -> tensor<2xf32>{{$}}
  %3 = "access.to_tensor"(%0) : (!access.pattern<[], [2], f32>) -> tensor<2xf32>
  return
}

// Relay nn.dense(x, w) in glenside:
// dot-product(cartesian-product(access(x, 1), access(w, 1))).
// CHECK-LABEL: func.func @dense(
func.func @dense(%x: tensor<2x4xf32>, %w: tensor<3x4xf32>) -> tensor<2x3xf32> {
  // CHECK: access.tensor {{.*}} -> !access.pattern<[], [2, 4], f32>{{$}}
  %0 = "access.tensor"(%x) : (tensor<2x4xf32>) -> !access.pattern<[], [2, 4], f32>
  // CHECK: access.access {{.*}} -> !access.pattern<[2], [4], f32>{{$}}
  %1 = "access.access"(%0) {axis = 1 : i64} : (!access.pattern<[], [2, 4], f32>) -> !access.pattern<[2], [4], f32>
  // CHECK: access.tensor {{.*}} -> !access.pattern<[], [3, 4], f32>{{$}}
  %2 = "access.tensor"(%w) : (tensor<3x4xf32>) -> !access.pattern<[], [3, 4], f32>
  // CHECK: access.access {{.*}} -> !access.pattern<[3], [4], f32>{{$}}
  %3 = "access.access"(%2) {axis = 1 : i64} : (!access.pattern<[], [3, 4], f32>) -> !access.pattern<[3], [4], f32>
  // CHECK: access.cartesian_product {{.*}} -> !access.pattern<[2, 3], [2, 4], f32>{{$}}
  %4 = "access.cartesian_product"(%1, %3) : (!access.pattern<[2], [4], f32>, !access.pattern<[3], [4], f32>) -> !access.pattern<[2, 3], [2, 4], f32>
  // CHECK: access.compute dot_product {{.*}} -> !access.pattern<[2, 3], [], f32>{{$}}
  %5 = "access.compute"(%4) {kind = #access<kind dot_product>} : (!access.pattern<[2, 3], [2, 4], f32>) -> !access.pattern<[2, 3], [], f32>
  // CHECK: access.to_tensor {{.*}} -> tensor<2x3xf32>{{$}}
  %6 = "access.to_tensor"(%5) : (!access.pattern<[2, 3], [], f32>) -> tensor<2x3xf32>
  return %6 : tensor<2x3xf32>
}
