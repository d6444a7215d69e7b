// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s

// CHECK-LABEL: func.func @linear
// CHECK: flexasr.linear %arg0, %arg1, %arg2 composite "ilaflex.linear" compiler "ilaflex" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32>
func.func @linear(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>, %b: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = flexasr.linear %x, %w, %b composite "ilaflex.linear" compiler "ilaflex" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// CHECK-LABEL: func.func @maxpool
// CHECK: flexasr.maxpool %arg0 composite "ilaflex.max_pool" compiler "ilaflex" : (tensor<6x32xf32>) -> tensor<3x32xf32>
func.func @maxpool(%x: tensor<6x32xf32>) -> tensor<3x32xf32> {
  %0 = flexasr.maxpool %x composite "ilaflex.max_pool" compiler "ilaflex" : (tensor<6x32xf32>) -> tensor<3x32xf32>
  return %0 : tensor<3x32xf32>
}

// CHECK-LABEL: func.func @lstm
// CHECK: flexasr.lstm %arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6 composite "ilaflex.lstm" compiler "ilaflex" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
func.func @lstm(%x: tensor<5x2x3xf32>, %h: tensor<1x2x4xf32>, %c: tensor<1x2x4xf32>, %wi: tensor<16x3xf32>, %wh: tensor<16x4xf32>, %bi: tensor<16xf32>, %bh: tensor<16xf32>) -> tensor<5x2x4xf32> {
  %0 = flexasr.lstm %x, %h, %c, %wi, %wh, %bi, %bh composite "ilaflex.lstm" compiler "ilaflex" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// CHECK-LABEL: func.func @layernorm
// CHECK: flexasr.layernorm %arg0, %arg1, %arg2 {epsilon = 1.000000e-05 : f64} composite "ilaflex.layernorm" compiler "ilaflex" : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
func.func @layernorm(%x: tensor<4x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %0 = flexasr.layernorm %x, %g, %b {epsilon = 1.0e-05 : f64} composite "ilaflex.layernorm" compiler "ilaflex" : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// CHECK-LABEL: func.func @attention
// CHECK: flexasr.attention %arg0, %arg1, %arg2 composite "ilaflex.attention" compiler "ilaflex" : (tensor<4x8xf32>, tensor<6x8xf32>, tensor<6x5xf32>) -> tensor<4x5xf32>
func.func @attention(%q: tensor<4x8xf32>, %k: tensor<6x8xf32>, %v: tensor<6x5xf32>) -> tensor<4x5xf32> {
  %0 = flexasr.attention %q, %k, %v composite "ilaflex.attention" compiler "ilaflex" : (tensor<4x8xf32>, tensor<6x8xf32>, tensor<6x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}
