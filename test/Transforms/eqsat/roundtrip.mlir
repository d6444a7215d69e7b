// The output of --eqsat, with a composite of every accelerator function
// (and the relay.zeros of a zero bias), is valid IR: it parses and
// verifies again, in the custom and the generic form, and running --eqsat
// on it again changes nothing (composites are kept as they are).

// RUN: split-file %s %t
// RUN: flexmatch-opt %t/input.mlir --eqsat=%t/a.json,%t/b.json -o %t/out.mlir
// RUN: FileCheck %t/input.mlir --input-file=%t/out.mlir
// RUN: flexmatch-opt %t/out.mlir | FileCheck %t/input.mlir
// RUN: flexmatch-opt %t/out.mlir -mlir-print-op-generic | FileCheck %t/input.mlir --check-prefix=GENERIC
// RUN: flexmatch-opt %t/out.mlir -mlir-print-op-generic | flexmatch-opt | FileCheck %t/input.mlir
// RUN: flexmatch-opt %t/out.mlir -mlir-print-op-generic | flexmatch-opt | diff %t/out.mlir -
// RUN: flexmatch-opt %t/out.mlir --eqsat=%t/a.json,%t/b.json | diff %t/out.mlir -
// RUN: flexmatch-opt %t/out.mlir --mlir-disable-threading --eqsat="%t/a.json,%t/b.json progress=true" 2>&1 >/dev/null | FileCheck %t/input.mlir --check-prefix=AGAIN

//--- a.json
{"rewrites": {"hlscnn-conv2d": [], "flex-linear-rewrite": [], "linear-rewrites": [], "add_bias_add_to_dense": []},
 "composites": {"hlscnn-conv2d": "ilacnn.conv2d", "flex-linear": "ilaflex.linear"},
 "compilers": {"hlscnn-conv2d": "ilacnn", "flex-linear": "ilaflex"},
 "debug_functions": {}, "out_dtypes": {"hlscnn-conv2d": "float32", "flex-linear": "float32"}}
//--- b.json
{"rewrites": {"vta-dense-rewrite": [], "flexasr-maxpool": []},
 "composites": {"vta-dense": "ilavta.dense", "flex-maxpool": "ilaflex.maxpool"},
 "compilers": {"vta-dense": "ilavta", "flex-maxpool": "ilaflex"},
 "debug_functions": {}, "out_dtypes": {"vta-dense": "float32", "flex-maxpool": "float32"}}
//--- input.mlir

// Nothing left to rewrite: every function's second run finds no
// composite to add (the composites themselves are leaves to it).
// AGAIN: eqsat @conv: stop Saturated after {{[0-9]+}} iterations; {{.*}}; regions 1 hlscnn-conv2d=1{{$}}
// AGAIN: eqsat @linear: stop Saturated after {{.*}}; regions 1 flex-linear=1{{$}}
// AGAIN: eqsat @lone_dense: stop Saturated after {{.*}}; regions 1 flex-linear=1{{$}}
// AGAIN: eqsat @matmul: stop Saturated after {{[0-9]+}} iterations; {{.*}}; regions 1 vta-dense=1{{$}}
// AGAIN: eqsat @maxpool: stop Saturated after {{[0-9]+}} iterations; {{.*}}; regions 1 flex-maxpool=1{{$}}

// GENERIC: "flexmatch.composite"(%{{.*}}, %{{.*}}) <{compiler = "ilacnn", composite = "ilacnn.conv2d", function = "hlscnn-conv2d"}> ({
// GENERIC: "flexmatch.yield"
// GENERIC: "relay.zeros"() {dtype = "float32", shape = array<i64: 2>} : () -> tensor<2xf32>

// CHECK-LABEL: func.func @conv(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%arg0, %arg1) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
// CHECK-NEXT: ^bb0(%[[A0:[^:]*]]: tensor<1x3x8x8xf32>, %[[A1:[^:]*]]: tensor<4x3x3x3xf32>):
// CHECK-NEXT: %[[V:.*]] = relay.nn.conv2d %[[A0]], %[[A1]] : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
// CHECK-NEXT: flexmatch.yield %[[V]] : tensor<1x4x6x6xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]]
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// CHECK-LABEL: func.func @linear(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%arg0, %arg1, %arg2) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
// CHECK-NEXT: ^bb0(%[[A0:[^:]*]]: tensor<4x8xf32>, %[[A1:[^:]*]]: tensor<2x8xf32>, %[[A2:[^:]*]]: tensor<2xf32>):
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[A0]], %[[A1]] : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[B:.*]] = relay.nn.bias_add %[[D]], %[[A2]] : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: flexmatch.yield %[[B]] : tensor<4x2xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[R:.*]] = relay.nn.relu %[[C]]
// CHECK-NEXT: return %[[R]]
func.func @linear(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = relay.add %d, %b : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  %r = relay.nn.relu %a : (tensor<4x2xf32>) -> tensor<4x2xf32>
  return %r : tensor<4x2xf32>
}

// CHECK-LABEL: func.func @lone_dense(
// CHECK-NEXT: %[[Z:.*]] = relay.zeros {dtype = "float32", shape = array<i64: 2>} : () -> tensor<2xf32>
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%arg0, %arg1, %[[Z]])
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]]
func.func @lone_dense(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>) -> tensor<4x2xf32> {
  %d = relay.nn.dense %x, %w : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  return %d : tensor<4x2xf32>
}

// CHECK-LABEL: func.func @matmul(
// CHECK: %[[C:.*]] = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%arg0, %arg1) : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32> {
// CHECK-NEXT: ^bb0(%[[A0:[^:]*]]: tensor<32x64xf32>, %[[A1:[^:]*]]: tensor<16x64xf32>):
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[A0]], %[[A1]] : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
// CHECK-NEXT: flexmatch.yield %[[D]] : tensor<32x16xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]]
func.func @matmul(%x: tensor<32x64xf32>, %w: tensor<16x64xf32>) -> tensor<32x16xf32> {
  %0 = access.tensor %x : tensor<32x64xf32> -> !access.pattern<[], [32, 64], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [32, 64], f32> -> !access.pattern<[32], [64], f32>
  %2 = access.tensor %w : tensor<16x64xf32> -> !access.pattern<[], [16, 64], f32>
  %3 = access.access %2 axis 1 : !access.pattern<[], [16, 64], f32> -> !access.pattern<[16], [64], f32>
  %4 = access.cartesian_product %1, %3 : !access.pattern<[32], [64], f32>, !access.pattern<[16], [64], f32> -> !access.pattern<[32, 16], [2, 64], f32>
  %5 = access.compute dot_product %4 : !access.pattern<[32, 16], [2, 64], f32> -> !access.pattern<[32, 16], [], f32>
  %6 = access.to_tensor %5 : !access.pattern<[32, 16], [], f32> -> tensor<32x16xf32>
  return %6 : tensor<32x16xf32>
}

// The views around the composite are relay transposes.
// CHECK-LABEL: func.func @maxpool(
// CHECK-NEXT: %[[T:.*]] = relay.transpose %arg0 {axes = array<i64: 1, 0>} : (tensor<16x8xf32>) -> tensor<8x16xf32>
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-maxpool" composite "ilaflex.maxpool" compiler "ilaflex" (%[[T]]) : (tensor<8x16xf32>) -> tensor<4x16xf32> {
// CHECK-NEXT: ^bb0(%[[A0:[^:]*]]: tensor<8x16xf32>):
// CHECK-NEXT: %[[R:.*]] = relay.reshape %[[A0]] {newshape = array<i64: 4, 2, 16>} : (tensor<8x16xf32>) -> tensor<4x2x16xf32>
// CHECK-NEXT: %[[M:.*]] = relay.max %[[R]] {axis = array<i64: 1>} : (tensor<4x2x16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: flexmatch.yield %[[M]] : tensor<4x16xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[Y:.*]] = relay.transpose %[[C]] {axes = array<i64: 1, 0>} : (tensor<4x16xf32>) -> tensor<16x4xf32>
// CHECK-NEXT: return %[[Y]]
func.func @maxpool(%x: tensor<16x8xf32>) -> tensor<16x4xf32> {
  %0 = access.tensor %x : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16], [8], f32> -> !access.pattern<[16, 4], [2], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[16, 4], [2], f32> -> !access.pattern<[16, 4], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[16, 4], [], f32> -> tensor<16x4xf32>
  return %4 : tensor<16x4xf32>
}
