// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s

// CHECK-LABEL: func.func @ops
// CHECK: %[[D:.*]] = vta.dense %arg0, %arg1 composite "ilavta.dense" compiler "ilavta" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
// CHECK: %[[A:.*]] = vta.add %[[D]], %arg2 composite "vta.add" compiler "ilavta" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
// CHECK: %[[M:.*]] = vta.max %[[A]], %arg2 composite "vta.max" compiler "ilavta" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
// CHECK: %[[N:.*]] = vta.min %[[M]], %arg2 composite "vta.min" compiler "ilavta" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
// CHECK: vta.relu %[[N]] composite "vta.relu" compiler "ilavta" : (tensor<16x48xf32>) -> tensor<16x48xf32>
func.func @ops(%x: tensor<16x32xf32>, %w: tensor<48x32xf32>, %y: tensor<16x48xf32>) -> tensor<16x48xf32> {
  %0 = vta.dense %x, %w composite "ilavta.dense" compiler "ilavta" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
  %1 = vta.add %0, %y composite "vta.add" compiler "ilavta" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
  %2 = vta.max %1, %y composite "vta.max" compiler "ilavta" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
  %3 = vta.min %2, %y composite "vta.min" compiler "ilavta" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
  %4 = vta.relu %3 composite "vta.relu" compiler "ilavta" : (tensor<16x48xf32>) -> tensor<16x48xf32>
  return %4 : tensor<16x48xf32>
}

// VTA computes on int8 with int32 results too.
// CHECK-LABEL: func.func @int8
// CHECK: vta.dense %arg0, %arg1 composite "ilavta.dense" compiler "ilavta" : (tensor<16x16xi8>, tensor<16x16xi8>) -> tensor<16x16xi32>
func.func @int8(%x: tensor<16x16xi8>, %w: tensor<16x16xi8>) -> tensor<16x16xi32> {
  %0 = vta.dense %x, %w composite "ilavta.dense" compiler "ilavta" : (tensor<16x16xi8>, tensor<16x16xi8>) -> tensor<16x16xi32>
  return %0 : tensor<16x16xi32>
}
