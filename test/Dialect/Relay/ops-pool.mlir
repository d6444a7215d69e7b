// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// Pools, global and adaptive pools, pad, upsampling and image.resize2d.
// Window outputs are hand-computed from TVM's relations:
//   floor((in + pad_begin + pad_end - dilation*(k-1) - 1) / stride) + 1
// with ceil in place of floor under ceil_mode. Pool padding is 1 value, one
// per spatial axis, or begins then ends.

// CHECK-LABEL: func.func @max_pool(
func.func @max_pool(%x: tensor<1x8x9x9xf32>, %n: tensor<1x9x9x8xf32>, %x1: tensor<1x4x10xf32>, %n1: tensor<1x10x4xf32>,
                    %x3: tensor<1x2x8x8x8xf32>, %n3: tensor<1x8x8x8x2xf32>, %d: tensor<?x8x?x9xf32>) {
  // (9 - 2) / 2 + 1 = 4
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %0 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x4x4xf32>
  // ceil(7 / 2) + 1 = 5
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x8x5x5xf32>{{$}}
  %1 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x5xf32>
  // (9 + 2 - 3) / 2 + 1 = 5
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x8x5x5xf32>{{$}}
  %2 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x5xf32>
  // top 0, left 0, bottom 1, right 0: H = (9 + 1 - 2) / 2 + 1 = 5, W = (9 - 2) / 2 + 1 = 4
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x8x5x4xf32>{{$}}
  %3 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, padding = array<i64: 0, 0, 1, 0>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x4xf32>
  // dilated window 5: 9 - 5 + 1 = 5
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x8x5x5xf32>{{$}}
  %4 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 3, 3>, dilation = array<i64: 2, 2>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x5xf32>
  // NHWC: (9 - 3) / 2 + 1 = 4 on H and W
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x4x4x8xf32>{{$}}
  %5 = "relay.nn.max_pool2d"(%n) {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, layout = "NHWC"} : (tensor<1x9x9x8xf32>) -> tensor<1x4x4x8xf32>
  // H: (9 - 3) / 1 + 1 = 7, W: (9 - 1) / 3 + 1 = 3
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<1x8x7x3xf32>{{$}}
  %6 = "relay.nn.max_pool2d"(%x) {pool_size = array<i64: 3, 1>, strides = array<i64: 1, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x7x3xf32>
  // CHECK: relay.nn.max_pool2d {{.*}} -> tensor<?x8x?x4xf32>{{$}}
  %7 = "relay.nn.max_pool2d"(%d) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x8x?x9xf32>) -> tensor<?x8x?x4xf32>
  // (10 - 3) / 2 + 1 = 4; ceil: ceil(7 / 2) + 1 = 5; padded: (10 + 2 - 3) / 2 + 1 = 5
  // CHECK: relay.nn.max_pool1d {{.*}} -> tensor<1x4x4xf32>{{$}}
  %8 = "relay.nn.max_pool1d"(%x1) {pool_size = array<i64: 3>, strides = array<i64: 2>} : (tensor<1x4x10xf32>) -> tensor<1x4x4xf32>
  // CHECK: relay.nn.max_pool1d {{.*}} -> tensor<1x4x5xf32>{{$}}
  %9 = "relay.nn.max_pool1d"(%x1) {pool_size = array<i64: 3>, strides = array<i64: 2>, ceil_mode = true} : (tensor<1x4x10xf32>) -> tensor<1x4x5xf32>
  // CHECK: relay.nn.max_pool1d {{.*}} -> tensor<1x4x5xf32>{{$}}
  %10 = "relay.nn.max_pool1d"(%x1) {pool_size = array<i64: 3>, strides = array<i64: 2>, padding = array<i64: 1>} : (tensor<1x4x10xf32>) -> tensor<1x4x5xf32>
  // CHECK: relay.nn.max_pool1d {{.*}} -> tensor<1x9x4xf32>{{$}}
  %11 = "relay.nn.max_pool1d"(%n1) {pool_size = array<i64: 2>, layout = "NWC"} : (tensor<1x10x4xf32>) -> tensor<1x9x4xf32>
  // CHECK: relay.nn.max_pool3d {{.*}} -> tensor<1x2x4x4x4xf32>{{$}}
  %12 = "relay.nn.max_pool3d"(%x3) {pool_size = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x4x4x4xf32>
  // (8 - 3) / 2 + 1 = 3; ceil: ceil(5 / 2) + 1 = 4
  // CHECK: relay.nn.max_pool3d {{.*}} -> tensor<1x2x3x3x3xf32>{{$}}
  %13 = "relay.nn.max_pool3d"(%x3) {pool_size = array<i64: 3, 3, 3>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x3x3x3xf32>
  // CHECK: relay.nn.max_pool3d {{.*}} -> tensor<1x2x4x4x4xf32>{{$}}
  %14 = "relay.nn.max_pool3d"(%x3) {pool_size = array<i64: 3, 3, 3>, strides = array<i64: 2, 2, 2>, ceil_mode = true} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x4x4x4xf32>
  // front 1 / back 0 (D = 9 - 2 + 1 = 8), H 8 - 2 + 1 = 7, W with 1 + 1: 10 - 2 + 1 = 9
  // CHECK: relay.nn.max_pool3d {{.*}} -> tensor<1x2x8x7x9xf32>{{$}}
  %15 = "relay.nn.max_pool3d"(%x3) {pool_size = array<i64: 2, 2, 2>, padding = array<i64: 1, 0, 1, 0, 0, 1>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x8x7x9xf32>
  // CHECK: relay.nn.max_pool3d {{.*}} -> tensor<1x4x4x4x2xf32>{{$}}
  %16 = "relay.nn.max_pool3d"(%n3) {pool_size = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>, layout = "NDHWC"} : (tensor<1x8x8x8x2xf32>) -> tensor<1x4x4x4x2xf32>
  return
}

// CHECK-LABEL: func.func @avg_pool(
func.func @avg_pool(%x: tensor<1x8x9x9xf32>, %n: tensor<1x9x9x8xf32>, %x1: tensor<1x4x10xf32>, %x3: tensor<1x2x7x7x7xf32>) {
  // count_include_pad changes values, not shapes: (9 + 2 - 3) / 2 + 1 = 5
  // CHECK: relay.nn.avg_pool2d {{.*}} -> tensor<1x8x5x5xf32>{{$}}
  %0 = "relay.nn.avg_pool2d"(%x) {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, count_include_pad = true} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x5xf32>
  // CHECK: relay.nn.avg_pool2d {{.*}} -> tensor<1x8x5x5xf32>{{$}}
  %1 = "relay.nn.avg_pool2d"(%x) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x5xf32>
  // CHECK: relay.nn.avg_pool2d {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %2 = "relay.nn.avg_pool2d"(%x) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x4x4xf32>
  // CHECK: relay.nn.avg_pool2d {{.*}} -> tensor<1x5x5x8xf32>{{$}}
  %3 = "relay.nn.avg_pool2d"(%n) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, layout = "NHWC", ceil_mode = true} : (tensor<1x9x9x8xf32>) -> tensor<1x5x5x8xf32>
  // (10 + 2 - 4) / 3 + 1 = 3; ceil: ceil(8 / 3) + 1 = 4
  // CHECK: relay.nn.avg_pool1d {{.*}} -> tensor<1x4x3xf32>{{$}}
  %4 = "relay.nn.avg_pool1d"(%x1) {pool_size = array<i64: 4>, strides = array<i64: 3>, padding = array<i64: 1, 1>, count_include_pad = true} : (tensor<1x4x10xf32>) -> tensor<1x4x3xf32>
  // CHECK: relay.nn.avg_pool1d {{.*}} -> tensor<1x4x4xf32>{{$}}
  %5 = "relay.nn.avg_pool1d"(%x1) {pool_size = array<i64: 4>, strides = array<i64: 3>, padding = array<i64: 1>, ceil_mode = true} : (tensor<1x4x10xf32>) -> tensor<1x4x4xf32>
  // (7 - 2) / 2 + 1 = 3; ceil: ceil(5 / 2) + 1 = 4
  // CHECK: relay.nn.avg_pool3d {{.*}} -> tensor<1x2x3x3x3xf32>{{$}}
  %6 = "relay.nn.avg_pool3d"(%x3) {pool_size = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x7x7x7xf32>) -> tensor<1x2x3x3x3xf32>
  // CHECK: relay.nn.avg_pool3d {{.*}} -> tensor<1x2x4x4x4xf32>{{$}}
  %7 = "relay.nn.avg_pool3d"(%x3) {pool_size = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>, ceil_mode = true, count_include_pad = true} : (tensor<1x2x7x7x7xf32>) -> tensor<1x2x4x4x4xf32>
  return
}

// CHECK-LABEL: func.func @global_adaptive(
func.func @global_adaptive(%x: tensor<1x8x7x7xf32>, %n: tensor<1x7x7x8xf32>, %d: tensor<?x8x?x?xf32>) {
  // CHECK: relay.nn.global_avg_pool2d {{.*}} -> tensor<1x8x1x1xf32>{{$}}
  %0 = "relay.nn.global_avg_pool2d"(%x) : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  // CHECK: relay.nn.global_avg_pool2d {{.*}} -> tensor<1x1x1x8xf32>{{$}}
  %1 = "relay.nn.global_avg_pool2d"(%n) {layout = "NHWC"} : (tensor<1x7x7x8xf32>) -> tensor<1x1x1x8xf32>
  // CHECK: relay.nn.global_max_pool2d {{.*}} -> tensor<1x8x1x1xf32>{{$}}
  %2 = "relay.nn.global_max_pool2d"(%x) : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  // CHECK: relay.nn.global_max_pool2d {{.*}} -> tensor<?x8x1x1xf32>{{$}}
  %3 = "relay.nn.global_max_pool2d"(%d) : (tensor<?x8x?x?xf32>) -> tensor<?x8x1x1xf32>
  // CHECK: relay.nn.adaptive_avg_pool2d {{.*}} -> tensor<1x8x1x1xf32>{{$}}
  %4 = "relay.nn.adaptive_avg_pool2d"(%x) {output_size = array<i64: 1, 1>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  // one value for both H and W
  // CHECK: relay.nn.adaptive_avg_pool2d {{.*}} -> tensor<1x8x3x3xf32>{{$}}
  %5 = "relay.nn.adaptive_avg_pool2d"(%x) {output_size = array<i64: 3>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x3x3xf32>
  // CHECK: relay.nn.adaptive_avg_pool2d {{.*}} -> tensor<1x2x3x8xf32>{{$}}
  %6 = "relay.nn.adaptive_avg_pool2d"(%n) {output_size = array<i64: 2, 3>, layout = "NHWC"} : (tensor<1x7x7x8xf32>) -> tensor<1x2x3x8xf32>
  // no output_size keeps H and W
  // CHECK: relay.nn.adaptive_avg_pool2d {{.*}} -> tensor<1x8x7x7xf32>{{$}}
  %7 = "relay.nn.adaptive_avg_pool2d"(%x) : (tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
  // CHECK: relay.nn.adaptive_max_pool2d {{.*}} -> tensor<1x8x2x4xf32>{{$}}
  %8 = "relay.nn.adaptive_max_pool2d"(%x) {output_size = array<i64: 2, 4>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x2x4xf32>
  // CHECK: relay.nn.adaptive_max_pool2d {{.*}} -> tensor<?x8x5x5xf32>{{$}}
  %9 = "relay.nn.adaptive_max_pool2d"(%d) {output_size = array<i64: 5>} : (tensor<?x8x?x?xf32>) -> tensor<?x8x5x5xf32>
  return
}

// CHECK-LABEL: func.func @pad(
func.func @pad(%x: tensor<2x3xf32>, %v: tensor<f32>, %y: tensor<1x3x4x4xf32>, %i: tensor<?x2xi32>, %vi: tensor<i32>) {
  // CHECK: relay.nn.pad {{.*}} -> tensor<2x6xf32>{{$}}
  %0 = "relay.nn.pad"(%x, %v) {pad_width = [array<i64: 0, 0>, array<i64: 1, 2>]} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x6xf32>
  // CHECK: relay.nn.pad {{.*}} -> tensor<1x3x6x8xf32>{{$}}
  %1 = "relay.nn.pad"(%y, %v) {pad_width = [array<i64: 0, 0>, array<i64: 0, 0>, array<i64: 1, 1>, array<i64: 2, 2>], pad_mode = "reflect"} : (tensor<1x3x4x4xf32>, tensor<f32>) -> tensor<1x3x6x8xf32>
  // CHECK: relay.nn.pad {{.*}} -> tensor<2x5x7x4xf32>{{$}}
  %2 = "relay.nn.pad"(%y, %v) {pad_width = [array<i64: 1, 0>, array<i64: 0, 2>, array<i64: 3, 0>, array<i64: 0, 0>], pad_mode = "edge"} : (tensor<1x3x4x4xf32>, tensor<f32>) -> tensor<2x5x7x4xf32>
  // CHECK: relay.nn.pad {{.*}} -> tensor<?x4xi32>{{$}}
  %3 = "relay.nn.pad"(%i, %vi) {pad_width = [array<i64: 1, 1>, array<i64: 1, 1>]} : (tensor<?x2xi32>, tensor<i32>) -> tensor<?x4xi32>
  return
}

// CHECK-LABEL: func.func @resize(
func.func @resize(%x: tensor<1x8x4x4xf32>, %n: tensor<1x4x5x8xf32>, %y: tensor<1x3x4x4xf32>, %yn: tensor<1x4x4x3xf32>) {
  // CHECK: relay.nn.upsampling {{.*}} -> tensor<1x8x8x8xf32>{{$}}
  %0 = "relay.nn.upsampling"(%x) {scale_h = 2.0 : f64, scale_w = 2.0 : f64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x8x8xf32>
  // CHECK: relay.nn.upsampling {{.*}} -> tensor<1x8x8x12xf32>{{$}}
  %1 = "relay.nn.upsampling"(%x) {scale_h = 2.0 : f64, scale_w = 3.0 : f64, method = "bilinear", align_corners = true} : (tensor<1x8x4x4xf32>) -> tensor<1x8x8x12xf32>
  // CHECK: relay.nn.upsampling {{.*}} -> tensor<1x8x10x8xf32>{{$}}
  %2 = "relay.nn.upsampling"(%n) {scale_h = 2.0 : f64, scale_w = 2.0 : f64, layout = "NHWC"} : (tensor<1x4x5x8xf32>) -> tensor<1x8x10x8xf32>
  // 4 * 1.5 = 6
  // CHECK: relay.nn.upsampling {{.*}} -> tensor<1x8x6x6xf32>{{$}}
  %3 = "relay.nn.upsampling"(%x) {scale_h = 1.5 : f64, scale_w = 1.5 : f64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x6x6xf32>
  // CHECK: relay.image.resize2d {{.*}} -> tensor<1x3x8x8xf32>{{$}}
  %4 = "relay.image.resize2d"(%y) {size = array<i64: 8, 8>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  // CHECK: relay.image.resize2d {{.*}} -> tensor<1x6x10x3xf32>{{$}}
  %5 = "relay.image.resize2d"(%yn) {size = array<i64: 6, 10>, layout = "NHWC", method = "nearest_neighbor", coordinate_transformation_mode = "asymmetric", rounding_method = "floor"} : (tensor<1x4x4x3xf32>) -> tensor<1x6x10x3xf32>
  // CHECK: relay.image.resize2d {{.*}} -> tensor<1x3x2x3xf16>{{$}}
  %6 = "relay.image.resize2d"(%y) {size = array<i64: 2, 3>, method = "cubic", cubic_alpha = -7.5e-01 : f64, out_dtype = "float16"} : (tensor<1x3x4x4xf32>) -> tensor<1x3x2x3xf16>
  // CHECK: relay.image.resize2d {{.*}} -> tensor<1x3x5x5xf32>{{$}}
  %7 = "relay.image.resize2d"(%y) {size = array<i64: 5, 5>, roi = array<f64: 0.0, 0.0, 1.0, 1.0>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x5x5xf32>
  return
}
