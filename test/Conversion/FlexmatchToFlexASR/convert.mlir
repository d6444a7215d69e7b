// RUN: flexmatch-opt %s --split-input-file --convert-flexmatch-to-flexasr | FileCheck %s

// What --eqsat makes of linear layers (configs/linear-rewrites.json): the
// composites become flexasr.linear on their inputs, with their names.
// RUN: flexmatch-opt %S/Inputs/mlp.mlir --eqsat=%flexmatch_src/configs/linear-rewrites.json --convert-flexmatch-to-flexasr | FileCheck %s --check-prefix=MLP
// MLP-LABEL: func.func @main
// MLP: %[[L:.*]] = flexasr.linear %arg0, %arg1, %arg2 composite "ilaflex.linear" compiler "ilaflex" : (tensor<10x32xf32>, tensor<16x32xf32>, tensor<16xf32>) -> tensor<10x16xf32>
// MLP: %[[R:.*]] = relay.nn.relu %[[L]]
// MLP: flexasr.linear %[[R]], %arg3, %arg4 composite "ilaflex.linear" compiler "ilaflex" : (tensor<10x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<10x8xf32>
// MLP-NOT: flexmatch.composite

// CHECK-LABEL: func.func @maxpool
// CHECK-NEXT: %[[P:.*]] = flexasr.maxpool %arg0 composite "ilaflex.max_pool" compiler "ilaflex" : (tensor<4x16xf32>) -> tensor<2x16xf32>
// CHECK-NEXT: return %[[P]]
func.func @maxpool(%x: tensor<4x16xf32>) -> tensor<2x16xf32> {
  %0 = flexmatch.composite "flex-maxpool" composite "ilaflex.max_pool" compiler "ilaflex" (%x) : (tensor<4x16xf32>) -> tensor<2x16xf32> {
  ^bb0(%a: tensor<4x16xf32>):
    %1 = relay.reshape %a {newshape = array<i64: 2, 2, 16>} : (tensor<4x16xf32>) -> tensor<2x2x16xf32>
    %2 = relay.max %1 {axis = array<i64: 1>} : (tensor<2x2x16xf32>) -> tensor<2x16xf32>
    flexmatch.yield %2 : tensor<2x16xf32>
  }
  return %0 : tensor<2x16xf32>
}

// -----

// The LSTM's body is the unrolled computation; the op takes the inputs.
// CHECK-LABEL: func.func @lstm
// CHECK-NEXT: flexasr.lstm %arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6 composite "ilaflex.lstm" compiler "ilaflex" : (tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x1x2xf32>
func.func @lstm(%x: tensor<1x1x2xf32>, %h: tensor<1x1x2xf32>, %c: tensor<1x1x2xf32>, %wi: tensor<8x2xf32>, %wh: tensor<8x2xf32>, %bi: tensor<8xf32>, %bh: tensor<8xf32>) -> tensor<1x1x2xf32> {
  %0 = flexmatch.composite "flex-lstm" composite "ilaflex.lstm" compiler "ilaflex" (%x, %h, %c, %wi, %wh, %bi, %bh) : (tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x1x2xf32> {
  ^bb0(%a: tensor<1x1x2xf32>, %b: tensor<1x1x2xf32>, %d: tensor<1x1x2xf32>, %e: tensor<8x2xf32>, %f: tensor<8x2xf32>, %g: tensor<8xf32>, %i: tensor<8xf32>):
    flexmatch.yield %a : tensor<1x1x2xf32>
  }
  return %0 : tensor<1x1x2xf32>
}

// -----

// Composites of other functions stay.
// CHECK-LABEL: func.func @other
// CHECK-NEXT: flexmatch.composite "vta-dense"
func.func @other(%x: tensor<16x16xf32>, %w: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%x, %w) : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32> {
  ^bb0(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>):
    %1 = relay.nn.dense %a, %b : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
    flexmatch.yield %1 : tensor<16x16xf32>
  }
  return %0 : tensor<16x16xf32>
}
