// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// Ops print and parse back; absent attributes take Relay's defaults in type
// inference.

// CHECK-LABEL: func.func @ops
func.func @ops(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %v: tensor<4xf32>) -> tensor<1x4xf32> {
  // CHECK: relay.nn.conv2d %{{.*}}, %{{.*}} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  %0 = relay.nn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  // CHECK: relay.nn.bias_add
  %1 = relay.nn.bias_add %0, %v : (tensor<1x4x6x6xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  // CHECK: relay.nn.global_avg_pool2d
  %2 = relay.nn.global_avg_pool2d %1 : (tensor<1x4x6x6xf32>) -> tensor<1x4x1x1xf32>
  // CHECK: relay.nn.batch_flatten
  %3 = relay.nn.batch_flatten %2 : (tensor<1x4x1x1xf32>) -> tensor<1x4xf32>
  %c = relay.constant dense<2.0> : tensor<f32>
  %4 = relay.multiply %3, %c : (tensor<1x4xf32>, tensor<f32>) -> tensor<1x4xf32>
  %t = relay.tuple %4, %v : (tensor<1x4xf32>, tensor<4xf32>) -> tuple<tensor<1x4xf32>, tensor<4xf32>>
  // CHECK: relay.tuple_get_item %{{.*}}[0] : tuple<tensor<1x4xf32>, tensor<4xf32>> -> tensor<1x4xf32>
  %5 = relay.tuple_get_item %t[0] : tuple<tensor<1x4xf32>, tensor<4xf32>> -> tensor<1x4xf32>
  return %5 : tensor<1x4xf32>
}
