// The extractors of --eqsat: greedy (tree cost, the default), dag (greedy
// DAG cost) and ilp (optimal DAG cost with CBC). On this convolution all
// three offload it to VTA through im2col, at the same DAG cost, and the
// ILP proves that cost optimal.
// REQUIRES: cbc

// RUN: split-file %s %t
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json progress=true" 2> %t/greedy.txt >/dev/null
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json progress=true extract=dag" 2> %t/dag.txt >/dev/null
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json progress=true extract=ilp" 2> %t/ilp.txt >/dev/null
// RUN: cat %t/greedy.txt %t/dag.txt %t/ilp.txt | FileCheck %t/conv.mlir --check-prefix=COST
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json extract=ilp extract-time-limit=2" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=IR
// RUN: flexmatch-opt %t/conv.mlir --eqsat="%t/vta.json extract=dag" | flexmatch-opt | FileCheck %t/conv.mlir --check-prefix=IR

//--- vta.json
{"rewrites": {"im2col": [], "vta-dense-rewrite": []}, "composites": {"vta-dense": "ilavta.dense"}, "compilers": {"vta-dense": "ilavta"}, "debug_functions": {}, "out_dtypes": {"vta-dense": "float32"}}
//--- conv.mlir

// COST: eqsat @conv: stop Saturated {{.*}}; greedy extraction, DAG cost [[COST:[0-9]+]]; regions 1 vta-dense=1{{$}}
// COST: eqsat @conv: stop Saturated {{.*}}; dag extraction, DAG cost [[COST]]; regions 1 vta-dense=1{{$}}
// COST: eqsat @conv: stop Saturated {{.*}}; ilp extraction, DAG cost [[COST]] (optimal); regions 1 vta-dense=1{{$}}

// IR-LABEL: func.func @conv(
// IR-NOT: relay.nn.conv2d
// IR: flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta"
func.func @conv(%x: tensor<1x16x4x4xf32>, %w: tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x16x4x4xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x4x4xf32>
  return %0 : tensor<1x16x4x4xf32>
}
