// RUN: flexmatch-opt %s --split-input-file --convert-flexmatch-to-vta | FileCheck %s

// What --eqsat makes of a dense layer with configs/vta-dense.json.
// RUN: flexmatch-opt %s --split-input-file --eqsat=%flexmatch_src/configs/vta-dense.json --convert-flexmatch-to-vta | FileCheck %s --check-prefix=EQSAT

// CHECK-LABEL: func.func @dense
// CHECK-NEXT: %[[D:.*]] = vta.dense %arg0, %arg1 composite "ilavta.dense" compiler "ilavta" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
// CHECK-NEXT: return %[[D]]
// EQSAT-LABEL: func.func @dense
// EQSAT-NEXT: %[[D:.*]] = vta.dense %arg0, %arg1 composite "ilavta.dense" compiler "ilavta" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
// EQSAT-NEXT: return %[[D]]
func.func @dense(%x: tensor<16x32xf32>, %w: tensor<48x32xf32>) -> tensor<16x48xf32> {
  %0 = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%x, %w) : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32> {
  ^bb0(%a: tensor<16x32xf32>, %b: tensor<48x32xf32>):
    %1 = relay.nn.dense %a, %b : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
    flexmatch.yield %1 : tensor<16x48xf32>
  }
  return %0 : tensor<16x48xf32>
}

// -----

// Composites of other functions stay.
// CHECK-LABEL: func.func @other
// CHECK-NEXT: flexmatch.composite "flex-maxpool"
func.func @other(%x: tensor<4x16xf32>) -> tensor<2x16xf32> {
  %0 = flexmatch.composite "flex-maxpool" composite "ilaflex.max_pool" compiler "ilaflex" (%x) : (tensor<4x16xf32>) -> tensor<2x16xf32> {
  ^bb0(%a: tensor<4x16xf32>):
    %1 = relay.reshape %a {newshape = array<i64: 2, 2, 16>} : (tensor<4x16xf32>) -> tensor<2x2x16xf32>
    %2 = relay.max %1 {axis = array<i64: 1>} : (tensor<2x2x16xf32>) -> tensor<2x16xf32>
    flexmatch.yield %2 : tensor<2x16xf32>
  }
  return %0 : tensor<2x16xf32>
}
