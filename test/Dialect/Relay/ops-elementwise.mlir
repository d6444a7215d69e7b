// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// Elementwise relay ops: unary, binary with NumPy broadcasting, comparisons,
// where, clip, cast, cast_like. The ops are written in the generic form: the
// verifier compares each written result type with the one Relay's type
// relation infers, so every result type below (worked out by hand from TVM's
// semantics) is itself an assertion. The CHECK lines check the custom form
// that is printed, and the round trips through the custom and generic forms.

// CHECK-LABEL: func.func @unary(
func.func @unary(%x: tensor<2x?x4xf32>, %i: tensor<3xi32>, %b: tensor<2x2xi1>, %h: tensor<5xf16>, %s: tensor<f32>) {
  // CHECK: relay.nn.relu {{.*}} -> tensor<2x?x4xf32>{{$}}
  %0 = "relay.nn.relu"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.sigmoid {{.*}} -> tensor<2x?x4xf32>{{$}}
  %1 = "relay.sigmoid"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.tanh {{.*}} -> tensor<5xf16>{{$}}
  %2 = "relay.tanh"(%h) : (tensor<5xf16>) -> tensor<5xf16>
  // CHECK: relay.sqrt {{.*}} -> tensor<f32>{{$}}
  %3 = "relay.sqrt"(%s) : (tensor<f32>) -> tensor<f32>
  // CHECK: relay.rsqrt {{.*}} -> tensor<2x?x4xf32>{{$}}
  %4 = "relay.rsqrt"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.negative {{.*}} -> tensor<3xi32>{{$}}
  %5 = "relay.negative"(%i) : (tensor<3xi32>) -> tensor<3xi32>
  // CHECK: relay.exp {{.*}} -> tensor<2x?x4xf32>{{$}}
  %6 = "relay.exp"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.log {{.*}} -> tensor<5xf16>{{$}}
  %7 = "relay.log"(%h) : (tensor<5xf16>) -> tensor<5xf16>
  // CHECK: relay.erf {{.*}} -> tensor<2x?x4xf32>{{$}}
  %8 = "relay.erf"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.round {{.*}} -> tensor<f32>{{$}}
  %9 = "relay.round"(%s) : (tensor<f32>) -> tensor<f32>
  // CHECK: relay.floor {{.*}} -> tensor<2x?x4xf32>{{$}}
  %10 = "relay.floor"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.ceil {{.*}} -> tensor<2x?x4xf32>{{$}}
  %11 = "relay.ceil"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.trunc {{.*}} -> tensor<5xf16>{{$}}
  %12 = "relay.trunc"(%h) : (tensor<5xf16>) -> tensor<5xf16>
  // CHECK: relay.abs {{.*}} -> tensor<3xi32>{{$}}
  %13 = "relay.abs"(%i) : (tensor<3xi32>) -> tensor<3xi32>
  // CHECK: relay.sign {{.*}} -> tensor<2x?x4xf32>{{$}}
  %14 = "relay.sign"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.sin {{.*}} -> tensor<2x?x4xf32>{{$}}
  %15 = "relay.sin"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.cos {{.*}} -> tensor<f32>{{$}}
  %16 = "relay.cos"(%s) : (tensor<f32>) -> tensor<f32>
  // CHECK: relay.copy {{.*}} -> tensor<3xi32>{{$}}
  %17 = "relay.copy"(%i) : (tensor<3xi32>) -> tensor<3xi32>
  // CHECK: relay.logical_not {{.*}} -> tensor<2x2xi1>{{$}}
  %18 = "relay.logical_not"(%b) : (tensor<2x2xi1>) -> tensor<2x2xi1>
  // CHECK: relay.zeros_like {{.*}} -> tensor<2x?x4xf32>{{$}}
  %19 = "relay.zeros_like"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: relay.ones_like {{.*}} -> tensor<3xi32>{{$}}
  %20 = "relay.ones_like"(%i) : (tensor<3xi32>) -> tensor<3xi32>
  // CHECK: relay.stop_gradient {{.*}} -> tensor<2x?x4xf32>{{$}}
  %21 = "relay.stop_gradient"(%x) : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  return
}

// Broadcasting aligns trailing axes; a size-1 (or missing) axis stretches; a
// dynamic axis against 1 stays dynamic, against n becomes n.
// CHECK-LABEL: func.func @binary(
func.func @binary(%a: tensor<2x3x4xf32>, %v4: tensor<4xf32>, %b: tensor<2x1x4xf32>, %c: tensor<3x1xf32>,
                  %s: tensor<f32>, %m: tensor<5x6xf32>, %d: tensor<1x?x3xf32>, %e: tensor<4x1x3xf32>,
                  %p: tensor<?x1xf32>, %q: tensor<1x5xf32>, %r: tensor<3x1x5xf32>, %t: tensor<1x4x1xf32>,
                  %u: tensor<7xf32>, %i: tensor<2x3xi32>, %j: tensor<2x1xi32>, %k: tensor<6xi32>, %k1: tensor<1xi32>,
                  %l: tensor<1xi64>, %l2: tensor<2x2xi64>, %bb: tensor<4x1xi1>, %b4: tensor<4xi1>, %b3: tensor<3xi1>, %bs: tensor<i1>,
                  %y: tensor<?x3xf32>, %z: tensor<?x1xf32>) {
  // CHECK: relay.add {{.*}} -> tensor<2x3x4xf32>{{$}}
  %0 = "relay.add"(%a, %v4) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  // CHECK: relay.subtract {{.*}} -> tensor<2x3x4xf32>{{$}}
  %1 = "relay.subtract"(%b, %c) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  // CHECK: relay.multiply {{.*}} -> tensor<5x6xf32>{{$}}
  %2 = "relay.multiply"(%s, %m) : (tensor<f32>, tensor<5x6xf32>) -> tensor<5x6xf32>
  // CHECK: relay.divide {{.*}} -> tensor<4x?x3xf32>{{$}}
  %3 = "relay.divide"(%d, %e) : (tensor<1x?x3xf32>, tensor<4x1x3xf32>) -> tensor<4x?x3xf32>
  // CHECK: relay.power {{.*}} -> tensor<?x5xf32>{{$}}
  %4 = "relay.power"(%p, %q) : (tensor<?x1xf32>, tensor<1x5xf32>) -> tensor<?x5xf32>
  // CHECK: relay.maximum {{.*}} -> tensor<3x4x5xf32>{{$}}
  %5 = "relay.maximum"(%r, %t) : (tensor<3x1x5xf32>, tensor<1x4x1xf32>) -> tensor<3x4x5xf32>
  // CHECK: relay.minimum {{.*}} -> tensor<7xf32>{{$}}
  %6 = "relay.minimum"(%u, %u) : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xf32>
  // CHECK: relay.floor_divide {{.*}} -> tensor<2x3xi32>{{$}}
  %7 = "relay.floor_divide"(%i, %j) : (tensor<2x3xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
  // CHECK: relay.floor_mod {{.*}} -> tensor<6xi32>{{$}}
  %8 = "relay.floor_mod"(%k, %k1) : (tensor<6xi32>, tensor<1xi32>) -> tensor<6xi32>
  // CHECK: relay.mod {{.*}} -> tensor<2x2xi64>{{$}}
  %9 = "relay.mod"(%l, %l2) : (tensor<1xi64>, tensor<2x2xi64>) -> tensor<2x2xi64>
  // CHECK: relay.logical_and {{.*}} -> tensor<4x4xi1>{{$}}
  %10 = "relay.logical_and"(%bb, %b4) : (tensor<4x1xi1>, tensor<4xi1>) -> tensor<4x4xi1>
  // CHECK: relay.logical_or {{.*}} -> tensor<3xi1>{{$}}
  %11 = "relay.logical_or"(%b3, %bs) : (tensor<3xi1>, tensor<i1>) -> tensor<3xi1>
  // CHECK: relay.add {{.*}} -> tensor<?x3xf32>{{$}}
  %12 = "relay.add"(%y, %z) : (tensor<?x3xf32>, tensor<?x1xf32>) -> tensor<?x3xf32>
  // CHECK: relay.multiply {{.*}} -> tensor<f32>{{$}}
  %13 = "relay.multiply"(%s, %s) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return
}

// Comparisons broadcast like the arithmetic ops and give bool (i1).
// CHECK-LABEL: func.func @compare(
func.func @compare(%a: tensor<2x3xf32>, %v: tensor<3xf32>, %s: tensor<f32>, %i: tensor<4x1xi32>, %j: tensor<1x5xi32>,
                   %y: tensor<?x3xf32>, %c: tensor<2xi8>, %u: tensor<2xui8>) {
  // CHECK: relay.less {{.*}} -> tensor<2x3xi1>{{$}}
  %0 = "relay.less"(%a, %v) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: relay.greater {{.*}} -> tensor<i1>{{$}}
  %1 = "relay.greater"(%s, %s) : (tensor<f32>, tensor<f32>) -> tensor<i1>
  // CHECK: relay.less_equal {{.*}} -> tensor<4x5xi1>{{$}}
  %2 = "relay.less_equal"(%i, %j) : (tensor<4x1xi32>, tensor<1x5xi32>) -> tensor<4x5xi1>
  // CHECK: relay.greater_equal {{.*}} -> tensor<?x3xi1>{{$}}
  %3 = "relay.greater_equal"(%y, %v) : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xi1>
  // CHECK: relay.equal {{.*}} -> tensor<2xi1>{{$}}
  %4 = "relay.equal"(%c, %c) : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi1>
  // CHECK: relay.not_equal {{.*}} -> tensor<2xi1>{{$}}
  %5 = "relay.not_equal"(%u, %u) : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xi1>
  return
}

// where broadcasts its three operands together.
// CHECK-LABEL: func.func @where(
func.func @where(%c: tensor<4x1xi1>, %x: tensor<1x3xf32>, %y: tensor<f32>, %c2: tensor<2x3xi1>, %x2: tensor<3xi32>, %y2: tensor<2x1xi32>,
                 %c3: tensor<i1>, %x3: tensor<5x1xf32>, %y3: tensor<1x2xf32>) {
  // CHECK: relay.where {{.*}} -> tensor<4x3xf32>{{$}}
  %0 = "relay.where"(%c, %x, %y) : (tensor<4x1xi1>, tensor<1x3xf32>, tensor<f32>) -> tensor<4x3xf32>
  // CHECK: relay.where {{.*}} -> tensor<2x3xi32>{{$}}
  %1 = "relay.where"(%c2, %x2, %y2) : (tensor<2x3xi1>, tensor<3xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
  // CHECK: relay.where {{.*}} -> tensor<5x2xf32>{{$}}
  %2 = "relay.where"(%c3, %x3, %y3) : (tensor<i1>, tensor<5x1xf32>, tensor<1x2xf32>) -> tensor<5x2xf32>
  return
}

// clip keeps the type; cast takes its element type from a Relay dtype name,
// cast_like from the second operand.
// CHECK-LABEL: func.func @clip_cast(
func.func @clip_cast(%x: tensor<2x3xf32>, %i: tensor<4xi8>, %l: tensor<2x2xi8>, %h: tensor<?x2xf16>) {
  // CHECK: relay.clip {{.*}} -> tensor<2x3xf32>{{$}}
  %0 = "relay.clip"(%x) {a_min = 0.0 : f64, a_max = 6.0 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: relay.clip {{.*}} -> tensor<4xi8>{{$}}
  %1 = "relay.clip"(%i) {a_min = -1.0 : f64, a_max = 1.0 : f64} : (tensor<4xi8>) -> tensor<4xi8>
  // CHECK: relay.cast {{.*}} -> tensor<2x3xi32>{{$}}
  %2 = "relay.cast"(%x) {dtype = "int32"} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  // CHECK: relay.cast {{.*}} -> tensor<4xf16>{{$}}
  %3 = "relay.cast"(%i) {dtype = "float16"} : (tensor<4xi8>) -> tensor<4xf16>
  // CHECK: relay.cast {{.*}} -> tensor<2x3xi1>{{$}}
  %4 = "relay.cast"(%x) {dtype = "bool"} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  // CHECK: relay.cast {{.*}} -> tensor<?x2xui8>{{$}}
  %5 = "relay.cast"(%h) {dtype = "uint8"} : (tensor<?x2xf16>) -> tensor<?x2xui8>
  // CHECK: relay.cast {{.*}} -> tensor<2x3xf64>{{$}}
  %6 = "relay.cast"(%x) {dtype = "float64"} : (tensor<2x3xf32>) -> tensor<2x3xf64>
  // CHECK: relay.cast {{.*}} -> tensor<4xbf16>{{$}}
  %7 = "relay.cast"(%i) {dtype = "bfloat16"} : (tensor<4xi8>) -> tensor<4xbf16>
  // CHECK: relay.cast_like {{.*}} -> tensor<2x3xi8>{{$}}
  %8 = "relay.cast_like"(%x, %l) : (tensor<2x3xf32>, tensor<2x2xi8>) -> tensor<2x3xi8>
  // CHECK: relay.cast_like {{.*}} -> tensor<?x2xf32>{{$}}
  %9 = "relay.cast_like"(%h, %x) : (tensor<?x2xf16>, tensor<2x3xf32>) -> tensor<?x2xf32>
  return
}
