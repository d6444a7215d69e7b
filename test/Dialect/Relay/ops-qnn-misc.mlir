// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// qnn.* ops, accelerator_call, and the expression ops: constant, tuple,
// tuple_get_item, fn / yield / call, call_global, if and type_def. Result
// types are hand-computed (see ops-elementwise.mlir for why the generic form
// makes them assertions).

// CHECK: relay.type_def {constructors = {{\[}}["Some", !relay.type_var<"A">], ["None"]], sym_name = "Option", type_params = ["A"]}
relay.type_def {sym_name = "Option", type_params = ["A"], constructors = [["Some", !relay.type_var<"A">], ["None"]]}
// CHECK: relay.type_def {constructors = {{\[}}["Cons", !relay.type_var<"A">, !relay.adt<"List", [!relay.type_var<"A">]>], ["Nil"]], sym_name = "List", type_params = ["A"]}
relay.type_def {sym_name = "List", type_params = ["A"], constructors = [["Cons", !relay.type_var<"A">, !relay.adt<"List", [!relay.type_var<"A">]>], ["Nil"]]}

// CHECK-LABEL: func.func @qnn(
func.func @qnn(%x: tensor<1x3x8x8xi8>, %w: tensor<4x3x3x3xi8>, %zp: tensor<i32>, %sc: tensor<f32>, %xn: tensor<1x8x8x3xui8>,
               %wn: tensor<3x3x3x4xi8>, %d: tensor<2x16xi8>, %dw: tensor<8x16xi8>, %acc: tensor<2x8xi32>, %a: tensor<2x3xi8>,
               %b: tensor<3xi8>, %f: tensor<4x5xf32>, %vs: tensor<5xf32>, %vz: tensor<5xi32>, %q: tensor<4xi8>, %qu: tensor<?x4xui8>) {
  // CHECK: relay.qnn.conv2d {{.*}} -> tensor<1x4x6x6xi32>{{$}}
  %0 = "relay.qnn.conv2d"(%x, %w, %zp, %zp, %sc, %sc) {out_dtype = "int32"} : (tensor<1x3x8x8xi8>, tensor<4x3x3x3xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x4x6x6xi32>
  // (8 + 2 - 3) / 2 + 1 = 4
  // CHECK: relay.qnn.conv2d {{.*}} -> tensor<1x4x4x4xi32>{{$}}
  %1 = "relay.qnn.conv2d"(%x, %w, %zp, %zp, %sc, %sc) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, channels = 4 : i64, kernel_size = array<i64: 3, 3>, out_dtype = "int32"} : (tensor<1x3x8x8xi8>, tensor<4x3x3x3xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x4xi32>
  // CHECK: relay.qnn.conv2d {{.*}} -> tensor<1x6x6x4xi32>{{$}}
  %2 = "relay.qnn.conv2d"(%xn, %wn, %zp, %zp, %sc, %sc) {data_layout = "NHWC", kernel_layout = "HWIO", out_dtype = "int32"} : (tensor<1x8x8x3xui8>, tensor<3x3x3x4xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x6x6x4xi32>
  // without out_dtype the data's dtype is kept (TVM's Conv2DRel)
  // CHECK: relay.qnn.conv2d {{.*}} -> tensor<1x4x6x6xi8>{{$}}
  %3 = "relay.qnn.conv2d"(%x, %w, %zp, %zp, %sc, %sc) : (tensor<1x3x8x8xi8>, tensor<4x3x3x3xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<1x4x6x6xi8>
  // CHECK: relay.qnn.dense {{.*}} -> tensor<2x8xi32>{{$}}
  %4 = "relay.qnn.dense"(%d, %dw, %zp, %zp, %sc, %sc) {out_dtype = "int32"} : (tensor<2x16xi8>, tensor<8x16xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<2x8xi32>
  // CHECK: relay.qnn.dense {{.*}} -> tensor<2x8xi32>{{$}}
  %5 = "relay.qnn.dense"(%d, %dw, %zp, %zp, %sc, %sc) {units = 8 : i64, out_dtype = "int32"} : (tensor<2x16xi8>, tensor<8x16xi8>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<2x8xi32>
  // CHECK: relay.qnn.requantize {{.*}} -> tensor<2x8xi8>{{$}}
  %6 = "relay.qnn.requantize"(%acc, %sc, %zp, %sc, %zp) {out_dtype = "int8"} : (tensor<2x8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xi8>
  // CHECK: relay.qnn.requantize {{.*}} -> tensor<2x8xui8>{{$}}
  %7 = "relay.qnn.requantize"(%acc, %sc, %zp, %sc, %zp) {out_dtype = "uint8", rounding = "TONEAREST", axis = 1 : i64} : (tensor<2x8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xui8>
  // out_dtype defaults to int8
  // CHECK: relay.qnn.requantize {{.*}} -> tensor<2x8xi8>{{$}}
  %8 = "relay.qnn.requantize"(%acc, %sc, %zp, %sc, %zp) : (tensor<2x8xi32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x8xi8>
  // CHECK: relay.qnn.add {{.*}} -> tensor<2x3xi8>{{$}}
  %9 = "relay.qnn.add"(%a, %b, %sc, %zp, %sc, %zp, %sc, %zp) : (tensor<2x3xi8>, tensor<3xi8>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<2x3xi8>
  // CHECK: relay.qnn.quantize {{.*}} -> tensor<4x5xi8>{{$}}
  %10 = "relay.qnn.quantize"(%f, %sc, %zp) {out_dtype = "int8"} : (tensor<4x5xf32>, tensor<f32>, tensor<i32>) -> tensor<4x5xi8>
  // CHECK: relay.qnn.quantize {{.*}} -> tensor<4x5xui8>{{$}}
  %11 = "relay.qnn.quantize"(%f, %vs, %vz) {out_dtype = "uint8", axis = 1 : i64} : (tensor<4x5xf32>, tensor<5xf32>, tensor<5xi32>) -> tensor<4x5xui8>
  // CHECK: relay.qnn.dequantize {{.*}} -> tensor<4xf32>{{$}}
  %12 = "relay.qnn.dequantize"(%q, %sc, %zp) : (tensor<4xi8>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
  // CHECK: relay.qnn.dequantize {{.*}} -> tensor<?x4xf32>{{$}}
  %13 = "relay.qnn.dequantize"(%qu, %sc, %zp) {axis = 0 : i64} : (tensor<?x4xui8>, tensor<f32>, tensor<i32>) -> tensor<?x4xf32>
  return
}

// CHECK-LABEL: func.func @accelerator_call(
func.func @accelerator_call() {
  // CHECK: relay.accelerator_call {{.*}} -> tensor<2x169xf32>{{$}}
  %0 = "relay.accelerator_call"() {func_name = "vta-dense", output_shape = array<i64: 2, 169>} : () -> tensor<2x169xf32>
  // CHECK: relay.accelerator_call {{.*}} -> tensor<4xi8>{{$}}
  %1 = "relay.accelerator_call"() {func_name = "ilaflex.linear", output_shape = array<i64: 4>, output_dtype = "int8"} : () -> tensor<4xi8>
  // func_name defaults to "unknown", output_dtype to float32
  // CHECK: relay.accelerator_call {{.*}} -> tensor<f32>{{$}}
  %2 = "relay.accelerator_call"() {output_shape = array<i64>} : () -> tensor<f32>
  return
}

// CHECK-LABEL: func.func @constants(
func.func @constants() {
  // CHECK: relay.constant dense<5.000000e-01> : tensor<f32>
  %0 = "relay.constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
  // CHECK: relay.constant dense<2> : tensor<i64>
  %1 = "relay.constant"() {value = dense<2> : tensor<i64>} : () -> tensor<i64>
  // CHECK: relay.constant dense<true> : tensor<i1>
  %2 = "relay.constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
  // CHECK: relay.constant dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
  %3 = "relay.constant"() {value = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  // CHECK: relay.constant dense<[1, 2, 3]> : tensor<3xi8>
  %4 = relay.constant dense<[1, 2, 3]> : tensor<3xi8>
  return
}

// CHECK-LABEL: func.func @tuples(
func.func @tuples(%a: tensor<2xf32>, %b: tensor<3x4xi32>) {
  // CHECK: relay.tuple {{.*}} -> tuple<tensor<2xf32>, tensor<3x4xi32>>{{$}}
  %0 = "relay.tuple"(%a, %b) : (tensor<2xf32>, tensor<3x4xi32>) -> tuple<tensor<2xf32>, tensor<3x4xi32>>
  // CHECK: relay.tuple_get_item %{{.*}}[1] : tuple<tensor<2xf32>, tensor<3x4xi32>> -> tensor<3x4xi32>
  %1 = "relay.tuple_get_item"(%0) {index = 1 : i64} : (tuple<tensor<2xf32>, tensor<3x4xi32>>) -> tensor<3x4xi32>
  // CHECK: relay.tuple_get_item %{{.*}}[0] : tuple<tensor<2xf32>, tensor<3x4xi32>> -> tensor<2xf32>
  %2 = "relay.tuple_get_item"(%0) {index = 0 : i64} : (tuple<tensor<2xf32>, tensor<3x4xi32>>) -> tensor<2xf32>
  // CHECK: relay.tuple {{.*}} -> tuple<>{{$}}
  %3 = "relay.tuple"() : () -> tuple<>
  // CHECK: relay.tuple {{.*}} -> tuple<tuple<tensor<2xf32>, tensor<3x4xi32>>, tensor<2xf32>>{{$}}
  %4 = "relay.tuple"(%0, %a) : (tuple<tensor<2xf32>, tensor<3x4xi32>>, tensor<2xf32>) -> tuple<tuple<tensor<2xf32>, tensor<3x4xi32>>, tensor<2xf32>>
  // CHECK: relay.tuple_get_item %{{.*}}[0] : tuple<tuple<tensor<2xf32>, tensor<3x4xi32>>, tensor<2xf32>> -> tuple<tensor<2xf32>, tensor<3x4xi32>>
  %5 = "relay.tuple_get_item"(%4) {index = 0 : i64} : (tuple<tuple<tensor<2xf32>, tensor<3x4xi32>>, tensor<2xf32>>) -> tuple<tensor<2xf32>, tensor<3x4xi32>>
  return
}

// CHECK-LABEL: func.func @functions(
func.func @functions(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %c: tensor<i1>) -> tensor<4x2xf32> {
  // CHECK: %[[F:.*]] = relay.fn attrs {Composite = "ilaflex.linear"} names ["p", "q"] {
  // CHECK-NEXT: ^bb0(%{{.*}}: tensor<4x8xf32>, %{{.*}}: tensor<2x8xf32>):
  // CHECK-NEXT: %[[D:.*]] = relay.nn.dense
  // CHECK-NEXT: relay.yield %[[D]] : tensor<4x2xf32>
  // CHECK-NEXT: } : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %f = relay.fn attrs {Composite = "ilaflex.linear"} names ["p", "q"] {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<2x8xf32>):
    %d = "relay.nn.dense"(%p, %q) : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
    relay.yield %d : tensor<4x2xf32>
  } : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  // CHECK: %[[R:.*]] = relay.call %[[F]](%{{.*}}, %{{.*}}) : ((tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>, tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %r = "relay.call"(%f, %x, %w) : ((tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>, tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  // A function without parameters, with function attributes.
  // CHECK: relay.fn attrs {Compiler = "ilaflex", Primitive = 1 : i64, global_symbol = "ilaflex_0"} names [] {
  %g = relay.fn attrs {Compiler = "ilaflex", Primitive = 1 : i64, global_symbol = "ilaflex_0"} names [] {
    %z = "relay.zeros"() {shape = array<i64: 4, 2>, dtype = "float32"} : () -> tensor<4x2xf32>
    relay.yield %z : tensor<4x2xf32>
  } : () -> tensor<4x2xf32>
  // CHECK: relay.call %{{.*}}() : (() -> tensor<4x2xf32>) -> tensor<4x2xf32>
  %s = "relay.call"(%g) : (() -> tensor<4x2xf32>) -> tensor<4x2xf32>
  // CHECK: %[[G:.*]] = relay.call_global @global(%{{.*}}) : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %t = relay.call_global @global(%r) : (tensor<4x2xf32>) -> tensor<4x2xf32>
  // CHECK: %[[I:.*]] = relay.if %{{.*}} : tensor<i1> -> tensor<4x2xf32> {
  // CHECK-NEXT: relay.yield %[[G]] : tensor<4x2xf32>
  // CHECK-NEXT: } else {
  // CHECK-NEXT: relay.yield %{{.*}} : tensor<4x2xf32>
  // CHECK-NEXT: }
  %i = relay.if %c : tensor<i1> -> tensor<4x2xf32> {
    relay.yield %t : tensor<4x2xf32>
  } else {
    relay.yield %s : tensor<4x2xf32>
  }
  // CHECK: return %[[I]]
  return %i : tensor<4x2xf32>
}

// CHECK-LABEL: func.func @global(
func.func @global(%a: tensor<4x2xf32>) -> tensor<4x2xf32> {
  // CHECK: relay.call_global @global
  %0 = relay.call_global @global(%a) : (tensor<4x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}
