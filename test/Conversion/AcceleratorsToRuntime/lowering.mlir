// RUN: flexmatch-opt %s --split-input-file --convert-accelerators-to-runtime | FileCheck %s

// The op calls a private wrapper on its tensors and its scalar attributes
// in name order (padding, then strides); the wrapper passes descriptors of
// read-only operand buffers and of a fresh result buffer to the entry point
// named after compiler, composite and element type.
// CHECK-LABEL: func.func private @flexmatch_ilacnn_ilacnn_conv2d_f32(memref<11xi64>, memref<11xi64>, memref<11xi64>, i64, i64, i64, i64, i64, i64)
// CHECK-LABEL: func.func @conv(
// CHECK-NEXT: %[[A:.*]] = arith.constant 0 : i64
// CHECK-NEXT: %[[B:.*]] = arith.constant 2 : i64
// CHECK-NEXT: %[[C:.*]] = arith.constant 1 : i64
// CHECK-NEXT: %[[D:.*]] = arith.constant 0 : i64
// CHECK-NEXT: %[[E:.*]] = arith.constant 2 : i64
// CHECK-NEXT: %[[F:.*]] = arith.constant 2 : i64
// CHECK-NEXT: %[[R:.*]] = call @flexmatch_ilacnn_ilacnn_conv2d_f32_call1(%arg0, %arg1, %[[A]], %[[B]], %[[C]], %[[D]], %[[E]], %[[F]]) : (tensor<2x3x9x9xf32>, tensor<4x3x3x3xf32>, i64, i64, i64, i64, i64, i64) -> tensor<2x4x4x5xf32>
// CHECK: return %[[R]]
// CHECK-LABEL: func.func private @flexmatch_ilacnn_ilacnn_conv2d_f32_call1(
// CHECK: bufferization.to_buffer %arg0 read_only : tensor<2x3x9x9xf32> to memref<2x3x9x9xf32>
// CHECK: memref.alloca() : memref<11xi64>
// CHECK: memref.extract_aligned_pointer_as_index
// CHECK: memref.extract_strided_metadata
// CHECK: bufferization.to_buffer %arg1 read_only
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<2x4x4x5xf32>
// CHECK: call @flexmatch_ilacnn_ilacnn_conv2d_f32(%{{.*}}, %{{.*}}, %{{.*}}, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7)
// CHECK: %[[T:.*]] = bufferization.to_tensor %[[OUT]] restrict writable
// CHECK: return %[[T]]
func.func @conv(%x: tensor<2x3x9x9xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<2x4x4x5xf32> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} composite "ilacnn.conv2d" compiler "ilacnn" : (tensor<2x3x9x9xf32>, tensor<4x3x3x3xf32>) -> tensor<2x4x4x5xf32>
  return %0 : tensor<2x4x4x5xf32>
}

// -----

// Two ops of one signature share the wrapper; a float attribute is a f64;
// names are sanitized.
// CHECK-LABEL: func.func private @flexmatch_my_dev_norm_v2_f32(memref<7xi64>, memref<5xi64>, memref<5xi64>, memref<7xi64>, f64)
// CHECK-LABEL: func.func @norms(
// CHECK: %[[E:.*]] = arith.constant 1.000000e-05 : f64
// CHECK: %[[A:.*]] = call @flexmatch_my_dev_norm_v2_f32_call1(%arg0, %arg1, %arg2, %[[E]])
// CHECK: call @flexmatch_my_dev_norm_v2_f32_call1(%[[A]], %arg1, %arg2, %{{.*}})
func.func @norms(%x: tensor<6x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) -> tensor<6x32xf32> {
  %0 = flexasr.layernorm %x, %g, %b {epsilon = 1.0e-05 : f64} composite "norm-v2" compiler "my.dev" : (tensor<6x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<6x32xf32>
  %1 = flexasr.layernorm %0, %g, %b {epsilon = 1.0e-05 : f64} composite "norm-v2" compiler "my.dev" : (tensor<6x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<6x32xf32>
  return %1 : tensor<6x32xf32>
}

// -----

// VTA's ALU ops take their tensors flattened to rank 1.
// CHECK-LABEL: func.func private @flexmatch_ilavta_ilavta_add_f32(memref<5xi64>, memref<5xi64>, memref<5xi64>)
// CHECK-LABEL: func.func private @flexmatch_ilavta_ilavta_add_f32_call1(
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0, 1]] : memref<16x16xf32> into memref<256xf32>
func.func @add(%x: tensor<16x16xf32>, %y: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = vta.add %x, %y composite "ilavta.add" compiler "ilavta" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  return %0 : tensor<16x16xf32>
}
