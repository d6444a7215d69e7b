// HLSCNN computes NCHW data with OIHW weights: a convolution in another
// layout (TensorFlow's NHWC data, HWIO weights) becomes hlscnn.conv2d
// between relay transposes, and computes what the convolution computes.
// RUN: flexmatch-opt %s --convert-flexmatch-to-hlscnn | FileCheck %s
// RUN: flexmatch-opt %s --flexmatch-inline-composites -o %t.reference.mlir
// RUN: flexmatch-run %t.reference.mlir --entry nhwc_hwio --seed 5 --outputs %t.expected.npy > /dev/null
// RUN: flexmatch-opt %s --convert-flexmatch-to-hlscnn --convert-accelerators-to-relay -o %t.debug.mlir
// RUN: flexmatch-run %t.debug.mlir --entry nhwc_hwio --seed 5 --expect %t.expected.npy | FileCheck %s --check-prefix=NUM
// RUN: flexmatch-opt %s --convert-flexmatch-to-hlscnn -o %t.runtime.mlir
// RUN: flexmatch-run %t.runtime.mlir --entry nhwc_hwio --seed 5 --expect %t.expected.npy | FileCheck %s --check-prefix=NUM
// NUM: out0: max abs error {{.*}}, max rel error

// CHECK-LABEL: func.func @nhwc_hwio(
// CHECK-NEXT: %[[X:.*]] = relay.transpose %arg0 {axes = array<i64: 0, 3, 1, 2>} : (tensor<1x8x8x3xf32>) -> tensor<1x3x8x8xf32>
// CHECK-NEXT: %[[W:.*]] = relay.transpose %arg1 {axes = array<i64: 3, 2, 0, 1>} : (tensor<3x3x3x4xf32>) -> tensor<4x3x3x3xf32>
// CHECK-NEXT: %[[C:.*]] = hlscnn.conv2d %[[X]], %[[W]] {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} composite "ilacnn.conv2d" compiler "ilacnn" : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
// CHECK-NEXT: %[[Y:.*]] = relay.transpose %[[C]] {axes = array<i64: 0, 2, 3, 1>} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
// CHECK-NEXT: return %[[Y]]
func.func @nhwc_hwio(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x, %w) : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x4x4x4xf32> {
  ^bb0(%a: tensor<1x8x8x3xf32>, %b: tensor<3x3x3x4xf32>):
    %1 = relay.nn.conv2d %a, %b {data_layout = "NHWC", kernel_layout = "HWIO", strides = array<i64: 2, 2>, padding = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x4x4x4xf32>
    flexmatch.yield %1 : tensor<1x4x4x4xf32>
  }
  return %0 : tensor<1x4x4x4xf32>
}
