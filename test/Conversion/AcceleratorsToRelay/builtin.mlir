// RUN: flexmatch-opt %s --split-input-file --convert-accelerators-to-relay | FileCheck %s

// CHECK-LABEL: func.func @conv
// CHECK-NEXT: %[[C:.*]] = relay.nn.conv2d %arg0, %arg1 {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} : (tensor<2x3x9x9xf32>, tensor<5x3x3x3xf32>) -> tensor<2x5x4x5xf32>
// CHECK-NEXT: return %[[C]]
func.func @conv(%x: tensor<2x3x9x9xf32>, %w: tensor<5x3x3x3xf32>) -> tensor<2x5x4x5xf32> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} composite "c" compiler "d" : (tensor<2x3x9x9xf32>, tensor<5x3x3x3xf32>) -> tensor<2x5x4x5xf32>
  return %0 : tensor<2x5x4x5xf32>
}

// -----

// CHECK-LABEL: func.func @linear
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[B:.*]] = relay.nn.bias_add %[[D]], %arg2
// CHECK-NEXT: return %[[B]]
func.func @linear(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>, %b: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = flexasr.linear %x, %w, %b composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// CHECK-LABEL: func.func @maxpool
// CHECK-NEXT: %[[R:.*]] = relay.reshape %arg0 {newshape = array<i64: 3, 2, 32>} : (tensor<6x32xf32>) -> tensor<3x2x32xf32>
// CHECK-NEXT: %[[M:.*]] = relay.max %[[R]] {axis = array<i64: 1>} : (tensor<3x2x32xf32>) -> tensor<3x32xf32>
// CHECK-NEXT: return %[[M]]
func.func @maxpool(%x: tensor<6x32xf32>) -> tensor<3x32xf32> {
  %0 = flexasr.maxpool %x composite "c" compiler "d" : (tensor<6x32xf32>) -> tensor<3x32xf32>
  return %0 : tensor<3x32xf32>
}

// -----

// One step: gates from the concatenated input and state, four slices.
// CHECK-LABEL: func.func @lstm
// CHECK: %[[WT:.*]] = relay.tuple %arg3, %arg4
// CHECK: %[[W:.*]] = relay.concatenate %[[WT]] {axis = 1 : i64} : (tuple<tensor<8x3xf32>, tensor<8x2xf32>>) -> tensor<8x5xf32>
// CHECK: relay.nn.dense %{{.*}}, %[[W]] : (tensor<1x5xf32>, tensor<8x5xf32>) -> tensor<1x8xf32>
// CHECK-COUNT-3: relay.sigmoid
// CHECK: relay.concatenate %{{.*}} : (tuple<tensor<1x1x2xf32>>) -> tensor<1x1x2xf32>
func.func @lstm(%x: tensor<1x1x3xf32>, %h: tensor<1x1x2xf32>, %c: tensor<1x1x2xf32>, %wi: tensor<8x3xf32>, %wh: tensor<8x2xf32>, %bi: tensor<8xf32>, %bh: tensor<8xf32>) -> tensor<1x1x2xf32> {
  %0 = flexasr.lstm %x, %h, %c, %wi, %wh, %bi, %bh composite "c" compiler "d" : (tensor<1x1x3xf32>, tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<8x3xf32>, tensor<8x2xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x1x2xf32>
  return %0 : tensor<1x1x2xf32>
}

// -----

// CHECK-LABEL: func.func @layernorm
// CHECK-NEXT: %[[MEAN:.*]] = relay.mean %arg0 {axis = array<i64: 1>, keepdims = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[C:.*]] = relay.subtract %arg0, %[[MEAN]]
// CHECK-NEXT: %[[SQ:.*]] = relay.multiply %[[C]], %[[C]]
// CHECK-NEXT: %[[VAR:.*]] = relay.mean %[[SQ]] {axis = array<i64: 1>, keepdims = true}
// CHECK-NEXT: %[[EPS:.*]] = relay.constant dense<1.000000e-03> : tensor<f32>
// CHECK-NEXT: %[[VE:.*]] = relay.add %[[VAR]], %[[EPS]]
// CHECK-NEXT: %[[SD:.*]] = relay.sqrt %[[VE]]
// CHECK-NEXT: %[[N:.*]] = relay.divide %[[C]], %[[SD]]
// CHECK-NEXT: %[[G:.*]] = relay.multiply %[[N]], %arg1
// CHECK-NEXT: %[[Y:.*]] = relay.add %[[G]], %arg2
// CHECK-NEXT: return %[[Y]]
func.func @layernorm(%x: tensor<4x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %0 = flexasr.layernorm %x, %g, %b {epsilon = 1.0e-03 : f64} composite "c" compiler "d" : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

// CHECK-LABEL: func.func @attention
// CHECK-NEXT: %[[S:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<4x16xf32>, tensor<6x16xf32>) -> tensor<4x6xf32>
// CHECK-NEXT: %[[K:.*]] = relay.constant dense<2.500000e-01> : tensor<f32>
// CHECK-NEXT: %[[SS:.*]] = relay.multiply %[[S]], %[[K]]
// CHECK-NEXT: %[[P:.*]] = relay.nn.softmax %[[SS]]
// CHECK-NEXT: %[[VT:.*]] = relay.transpose %arg2 {axes = array<i64: 1, 0>} : (tensor<6x5xf32>) -> tensor<5x6xf32>
// CHECK-NEXT: %[[O:.*]] = relay.nn.dense %[[P]], %[[VT]] : (tensor<4x6xf32>, tensor<5x6xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: return %[[O]]
func.func @attention(%q: tensor<4x16xf32>, %k: tensor<6x16xf32>, %v: tensor<6x5xf32>) -> tensor<4x5xf32> {
  %0 = flexasr.attention %q, %k, %v composite "c" compiler "d" : (tensor<4x16xf32>, tensor<6x16xf32>, tensor<6x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

// CHECK-LABEL: func.func @vta
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
// CHECK-NEXT: %[[A:.*]] = relay.add %[[D]], %arg2
// CHECK-NEXT: %[[M:.*]] = relay.maximum %[[A]], %arg2
// CHECK-NEXT: %[[N:.*]] = relay.minimum %[[M]], %arg2
// CHECK-NEXT: %[[R:.*]] = relay.nn.relu %[[N]]
// CHECK-NEXT: return %[[R]]
func.func @vta(%x: tensor<16x32xf32>, %w: tensor<48x32xf32>, %y: tensor<16x48xf32>) -> tensor<16x48xf32> {
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
  %1 = vta.add %0, %y composite "c" compiler "d" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
  %2 = vta.max %1, %y composite "c" compiler "d" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
  %3 = vta.min %2, %y composite "c" compiler "d" : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x48xf32>
  %4 = vta.relu %3 composite "c" compiler "d" : (tensor<16x48xf32>) -> tensor<16x48xf32>
  return %4 : tensor<16x48xf32>
}

// -----

// An out dtype other than the inputs': products accumulate in it, a bias
// is cast to it.
// CHECK-LABEL: func.func @int8
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 {out_dtype = "int32"} : (tensor<16x16xi8>, tensor<16x16xi8>) -> tensor<16x16xi32>
// CHECK-NEXT: %[[E:.*]] = relay.nn.dense %arg0, %arg1 {out_dtype = "int32"} : (tensor<16x16xi8>, tensor<16x16xi8>) -> tensor<16x16xi32>
// CHECK-NEXT: %[[B:.*]] = relay.cast %arg2 {dtype = "int32"} : (tensor<16xi8>) -> tensor<16xi32>
// CHECK-NEXT: %[[L:.*]] = relay.nn.bias_add %[[E]], %[[B]]
func.func @int8(%x: tensor<16x16xi8>, %w: tensor<16x16xi8>, %b: tensor<16xi8>) -> (tensor<16x16xi32>, tensor<16x16xi32>) {
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x16xi8>, tensor<16x16xi8>) -> tensor<16x16xi32>
  %1 = flexasr.linear %x, %w, %b composite "c" compiler "d" : (tensor<16x16xi8>, tensor<16x16xi8>, tensor<16xi8>) -> tensor<16x16xi32>
  return %0, %1 : tensor<16x16xi32>, tensor<16x16xi32>
}

// -----

// Float inputs, a float16 out dtype: the convolution computes it.
// CHECK-LABEL: func.func @conv_f16
// CHECK-NEXT: %[[C:.*]] = relay.nn.conv2d %arg0, %arg1 {out_dtype = "float16"{{.*}}} : (tensor<1x3x4x4xf32>, tensor<2x3x1x1xf32>) -> tensor<1x2x4x4xf16>
// CHECK-NEXT: return %[[C]]
func.func @conv_f16(%x: tensor<1x3x4x4xf32>, %w: tensor<2x3x1x1xf32>) -> tensor<1x2x4x4xf16> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x3x4x4xf32>, tensor<2x3x1x1xf32>) -> tensor<1x2x4x4xf16>
  return %0 : tensor<1x2x4x4xf16>
}
