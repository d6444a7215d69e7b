// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// Reductions. Without `axis` every axis is reduced; `exclude` reduces the
// axes NOT listed; `keepdims` keeps reduced axes as size 1; argmax/argmin
// give int32 indices. Result types are hand-computed (see ops-elementwise.mlir
// for why the generic form makes them assertions).

// CHECK-LABEL: func.func @reduce(
func.func @reduce(%x: tensor<2x3x4x5xf32>, %b: tensor<3x4xi1>, %d: tensor<?x7xf32>, %i: tensor<6x2xi32>) {
  // CHECK: relay.sum {{.*}} -> tensor<f32>{{$}}
  %0 = "relay.sum"(%x) : (tensor<2x3x4x5xf32>) -> tensor<f32>
  // CHECK: relay.sum {{.*}} -> tensor<2x4x5xf32>{{$}}
  %1 = "relay.sum"(%x) {axis = array<i64: 1>} : (tensor<2x3x4x5xf32>) -> tensor<2x4x5xf32>
  // CHECK: relay.sum {{.*}} -> tensor<2x1x4x1xf32>{{$}}
  %2 = "relay.sum"(%x) {axis = array<i64: 1, 3>, keepdims = true} : (tensor<2x3x4x5xf32>) -> tensor<2x1x4x1xf32>
  // CHECK: relay.sum {{.*}} -> tensor<7xf32>{{$}}
  %3 = "relay.sum"(%d) {axis = array<i64: 0>} : (tensor<?x7xf32>) -> tensor<7xf32>
  // CHECK: relay.mean {{.*}} -> tensor<2x3x4xf32>{{$}}
  %4 = "relay.mean"(%x) {axis = array<i64: -1>} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4xf32>
  // CHECK: relay.mean {{.*}} -> tensor<2x4xf32>{{$}}
  %5 = "relay.mean"(%x) {axis = array<i64: 0, 2>, exclude = true} : (tensor<2x3x4x5xf32>) -> tensor<2x4xf32>
  // CHECK: relay.mean {{.*}} -> tensor<2x1x1x1xf32>{{$}}
  %6 = "relay.mean"(%x) {axis = array<i64: 0>, exclude = true, keepdims = true} : (tensor<2x3x4x5xf32>) -> tensor<2x1x1x1xf32>
  // CHECK: relay.max {{.*}} -> tensor<1x1x1x1xf32>{{$}}
  %7 = "relay.max"(%x) {keepdims = true} : (tensor<2x3x4x5xf32>) -> tensor<1x1x1x1xf32>
  // CHECK: relay.max {{.*}} -> tensor<?xf32>{{$}}
  %8 = "relay.max"(%d) {axis = array<i64: 1>} : (tensor<?x7xf32>) -> tensor<?xf32>
  // CHECK: relay.min {{.*}} -> tensor<2x3x5xf32>{{$}}
  %9 = "relay.min"(%x) {axis = array<i64: 2>} : (tensor<2x3x4x5xf32>) -> tensor<2x3x5xf32>
  // CHECK: relay.min {{.*}} -> tensor<1x2xi32>{{$}}
  %10 = "relay.min"(%i) {axis = array<i64: 0>, keepdims = true} : (tensor<6x2xi32>) -> tensor<1x2xi32>
  // CHECK: relay.prod {{.*}} -> tensor<2x5xf32>{{$}}
  %11 = "relay.prod"(%x) {axis = array<i64: -2, -3>} : (tensor<2x3x4x5xf32>) -> tensor<2x5xf32>
  // CHECK: relay.prod {{.*}} -> tensor<i32>{{$}}
  %12 = "relay.prod"(%i) : (tensor<6x2xi32>) -> tensor<i32>
  // CHECK: relay.all {{.*}} -> tensor<4xi1>{{$}}
  %13 = "relay.all"(%b) {axis = array<i64: 0>} : (tensor<3x4xi1>) -> tensor<4xi1>
  // CHECK: relay.any {{.*}} -> tensor<1x1xi1>{{$}}
  %14 = "relay.any"(%b) {keepdims = true} : (tensor<3x4xi1>) -> tensor<1x1xi1>
  // CHECK: relay.any {{.*}} -> tensor<4xi1>{{$}}
  %15 = "relay.any"(%b) {axis = array<i64: 1>, exclude = true} : (tensor<3x4xi1>) -> tensor<4xi1>
  return
}

// CHECK-LABEL: func.func @argreduce(
func.func @argreduce(%x: tensor<2x3x4x5xf32>, %d: tensor<?x7xf32>, %i: tensor<6x2xi8>) {
  // CHECK: relay.argmax {{.*}} -> tensor<i32>{{$}}
  %0 = "relay.argmax"(%x) : (tensor<2x3x4x5xf32>) -> tensor<i32>
  // CHECK: relay.argmax {{.*}} -> tensor<2x4x5xi32>{{$}}
  %1 = "relay.argmax"(%x) {axis = array<i64: 1>} : (tensor<2x3x4x5xf32>) -> tensor<2x4x5xi32>
  // CHECK: relay.argmax {{.*}} -> tensor<2x1x4x5xi32>{{$}}
  %2 = "relay.argmax"(%x) {axis = array<i64: 1>, keepdims = true} : (tensor<2x3x4x5xf32>) -> tensor<2x1x4x5xi32>
  // CHECK: relay.argmax {{.*}} -> tensor<?xi32>{{$}}
  %3 = "relay.argmax"(%d) {axis = array<i64: 1>} : (tensor<?x7xf32>) -> tensor<?xi32>
  // CHECK: relay.argmax {{.*}} -> tensor<2xi32>{{$}}
  %4 = "relay.argmax"(%i) {axis = array<i64: 0>, select_last_index = true} : (tensor<6x2xi8>) -> tensor<2xi32>
  // CHECK: relay.argmin {{.*}} -> tensor<3xi32>{{$}}
  %5 = "relay.argmin"(%x) {axis = array<i64: 1>, exclude = true} : (tensor<2x3x4x5xf32>) -> tensor<3xi32>
  // CHECK: relay.argmin {{.*}} -> tensor<2x3x4x1xi32>{{$}}
  %6 = "relay.argmin"(%x) {axis = array<i64: -1>, keepdims = true, select_last_index = true} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x1xi32>
  // CHECK: relay.argmin {{.*}} -> tensor<2x1x1x5xi32>{{$}}
  %7 = "relay.argmin"(%x) {axis = array<i64: 0, 3>, exclude = true, keepdims = true} : (tensor<2x3x4x5xf32>) -> tensor<2x1x1x5xi32>
  // CHECK: relay.argmin {{.*}} -> tensor<1x1xi32>{{$}}
  %8 = "relay.argmin"(%d) {keepdims = true} : (tensor<?x7xf32>) -> tensor<1x1xi32>
  return
}
