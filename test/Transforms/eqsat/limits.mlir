// The runner's limits: each stops saturation with its reason (as printed
// by progress=true on stderr), and the function extracted from the
// unsaturated e-graph is still valid IR (it parses and verifies again).

// RUN: split-file %s %t

// Saturation: im2col + vta-dense offloads the convolution.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json progress=true" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=SAT
// RUN: flexmatch-opt %t/conv.mlir --eqsat=%t/vta.json | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=SAT-IR

// iteration-limit=1: im2col needs several iterations, so nothing is
// offloaded and the convolution comes back as it was.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json progress=true iteration-limit=1" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=ITER
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json iteration-limit=1" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=UNCHANGED

// One iteration is enough for hlscnn-conv2d, though: the result of that
// iteration is extracted.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json,%t/hlscnn.json progress=true iteration-limit=1" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=ITER-HLS
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json,%t/hlscnn.json iteration-limit=1" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=ITER-HLS-IR

// iteration-limit=0: no iteration at all.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json,%t/hlscnn.json progress=true iteration-limit=0" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=ITER0
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json,%t/hlscnn.json iteration-limit=0" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=UNCHANGED

// node-limit=10: the convolution and its access form already have more
// e-nodes; the runner stops before the first iteration.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json progress=true node-limit=10" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=NODES
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json node-limit=10" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=UNCHANGED
// node-limit=35: stopped part way through im2col.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json progress=true node-limit=35" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=NODES35
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json node-limit=35" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=UNCHANGED

// time-limit=0: out of time before the first iteration.
// RUN: flexmatch-opt %t/conv.mlir --mlir-disable-threading --eqsat="%t/vta.json progress=true time-limit=0" 2>&1 >/dev/null | FileCheck %t/conv.mlir --check-prefix=TIME
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json time-limit=0" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=UNCHANGED

// A tiny function no rewrite applies to saturates after one iteration,
// and is given back unchanged.
// RUN: flexmatch-opt %t/tiny.mlir --eqsat="%t/hlscnn.json progress=true" 2>&1 >/dev/null | FileCheck %t/tiny.mlir --check-prefix=TINY
// RUN: flexmatch-opt %t/tiny.mlir --eqsat="%t/hlscnn.json node-limit=1000 iteration-limit=3 time-limit=5" | flexmatch-opt | FileCheck %t/tiny.mlir

//--- vta.json
{"rewrites": {"im2col": [], "vta-dense-rewrite": []}, "composites": {"vta-dense": "ilavta.dense"}, "compilers": {"vta-dense": "ilavta"}, "debug_functions": {}, "out_dtypes": {"vta-dense": "float32"}}
//--- hlscnn.json
{"rewrites": {"hlscnn-conv2d": []}, "composites": {"hlscnn-conv2d": "ilacnn.conv2d"}, "compilers": {"hlscnn-conv2d": "ilacnn"}, "debug_functions": {}, "out_dtypes": {"hlscnn-conv2d": "float32"}}
//--- conv.mlir

// SAT: eqsat @conv: iteration 1: {{[0-9]+}} e-nodes, {{[0-9]+}} e-classes, {{[0-9]+}} applied, {{[0-9.]+}} s
// SAT: eqsat @conv: stop Saturated after {{[0-9]+}} iterations; {{[0-9]+}} e-nodes, {{[0-9]+}} e-classes; 1 access forms; build {{[0-9.]+}} s, saturate {{[0-9.]+}} s, extract {{[0-9.]+}} s, rebuild {{[0-9.]+}} s; greedy extraction, DAG cost {{[0-9]+}}; regions 1 vta-dense=1{{$}}
// SAT-IR-LABEL: func.func @conv(
// SAT-IR-NOT: relay.nn.conv2d
// SAT-IR: flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta"

// ITER: eqsat @conv: iteration 1: {{[0-9]+}} e-nodes, {{[0-9]+}} e-classes, {{[1-9][0-9]*}} applied,
// ITER-NEXT: eqsat @conv: stop IterationLimit after 1 iterations; {{.*}}; regions 0{{$}}
// ITER-NOT: eqsat

// ITER-HLS: eqsat @conv: iteration 1:
// ITER-HLS-NEXT: eqsat @conv: stop IterationLimit after 1 iterations; {{.*}}; regions 1 hlscnn-conv2d=1{{$}}
// ITER-HLS-IR-LABEL: func.func @conv(
// ITER-HLS-IR-NEXT: %[[C:.*]] = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%arg0, %arg1) : (tensor<1x16x4x4xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32> {
// ITER-HLS-IR-NEXT: ^bb0(
// ITER-HLS-IR-NEXT: relay.nn.conv2d
// ITER-HLS-IR-NEXT: flexmatch.yield
// ITER-HLS-IR-NEXT: }
// ITER-HLS-IR-NEXT: return %[[C]]

// ITER0-NOT: iteration 1
// ITER0: eqsat @conv: stop IterationLimit after 0 iterations; {{.*}}; regions 0{{$}}

// NODES-NOT: iteration 1
// NODES: eqsat @conv: stop NodeLimit after 0 iterations; {{[1-9][0-9]+}} e-nodes, {{.*}}; regions 0{{$}}

// NODES35: eqsat @conv: iteration 1:
// NODES35: eqsat @conv: stop NodeLimit after {{[1-9]}} iterations; {{(3[6-9]|[4-9][0-9])}} e-nodes, {{.*}}; regions 0{{$}}

// TIME-NOT: iteration 1
// TIME: eqsat @conv: stop TimeLimit after 0 iterations; {{.*}}; regions 0{{$}}

// UNCHANGED-LABEL: func.func @conv(
// UNCHANGED-NEXT: %[[C:.*]] = relay.nn.conv2d %arg0, %arg1 : (tensor<1x16x4x4xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32>
// UNCHANGED-NEXT: return %[[C]] : tensor<1x16x4x4xf32>
// UNCHANGED-NOT: access.
// UNCHANGED-NOT: flexmatch.composite
func.func @conv(%x: tensor<1x16x4x4xf32>, %w: tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x16x4x4xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32>
  return %0 : tensor<1x16x4x4xf32>
}
//--- tiny.mlir

// TINY: eqsat @tiny: iteration 1: 5 e-nodes, 4 e-classes, 0 applied,
// TINY-NEXT: eqsat @tiny: stop Saturated after 1 iterations; 5 e-nodes, 4 e-classes; 1 access forms; {{.*}}; regions 0{{$}}
// TINY-NOT: eqsat

// CHECK-LABEL: func.func @tiny(
// CHECK-NEXT: %[[R:.*]] = relay.nn.relu %arg0 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[R]] : tensor<4xf32>
func.func @tiny(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = relay.nn.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
