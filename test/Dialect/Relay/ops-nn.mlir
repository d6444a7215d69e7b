// RUN: flexmatch-opt %s | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | FileCheck %s
// RUN: flexmatch-opt %s -mlir-print-op-generic > %t.generic
// RUN: flexmatch-opt %t.generic | FileCheck %s
// RUN: flexmatch-opt %s | flexmatch-opt | flexmatch-opt -mlir-print-op-generic | diff %t.generic -
//
// Convolutions, dense and matrix products, bias_add, normalisations and the
// other nn.* activations. Output sizes are hand-computed from TVM's
// relations:
//   conv:            out = floor((in + pad_begin + pad_end - dilation*(k-1) - 1) / stride) + 1
//   conv_transpose:  out = (in - 1)*stride - pad_begin - pad_end + dilation*(k-1) + output_padding + 1
// Padding is 1 value (all sides), one per spatial axis (both sides), or
// begins then ends (conv2d: top, left, bottom, right).

// CHECK-LABEL: func.func @conv1d(
func.func @conv1d(%x: tensor<1x4x10xf32>, %w: tensor<8x4x3xf32>, %wg: tensor<8x2x3xf32>, %xn: tensor<1x10x4xf32>, %wn: tensor<3x4x8xf32>) {
  // (10 - 3) + 1 = 8
  // CHECK: relay.nn.conv1d {{.*}} -> tensor<1x8x8xf32>{{$}}
  %0 = "relay.nn.conv1d"(%x, %w) : (tensor<1x4x10xf32>, tensor<8x4x3xf32>) -> tensor<1x8x8xf32>
  // (10 + 1 + 1 - 3) / 2 + 1 = 5
  // CHECK: relay.nn.conv1d {{.*}} -> tensor<1x8x5xf32>{{$}}
  %1 = "relay.nn.conv1d"(%x, %w) {strides = array<i64: 2>, padding = array<i64: 1>} : (tensor<1x4x10xf32>, tensor<8x4x3xf32>) -> tensor<1x8x5xf32>
  // pad 1 + 2, dilated kernel 2*2+1 = 5: (10 + 3 - 5) + 1 = 9
  // CHECK: relay.nn.conv1d {{.*}} -> tensor<1x8x9xf32>{{$}}
  %2 = "relay.nn.conv1d"(%x, %w) {padding = array<i64: 1, 2>, dilation = array<i64: 2>} : (tensor<1x4x10xf32>, tensor<8x4x3xf32>) -> tensor<1x8x9xf32>
  // groups = 2: the weight holds 4 / 2 input channels
  // CHECK: relay.nn.conv1d {{.*}} -> tensor<1x8x8xf32>{{$}}
  %3 = "relay.nn.conv1d"(%x, %wg) {groups = 2 : i64, channels = 8 : i64, kernel_size = array<i64: 3>} : (tensor<1x4x10xf32>, tensor<8x2x3xf32>) -> tensor<1x8x8xf32>
  // CHECK: relay.nn.conv1d {{.*}} -> tensor<1x8x8xf32>{{$}}
  %4 = "relay.nn.conv1d"(%xn, %wn) {data_layout = "NWC", kernel_layout = "WIO"} : (tensor<1x10x4xf32>, tensor<3x4x8xf32>) -> tensor<1x8x8xf32>
  return
}

// CHECK-LABEL: func.func @conv2d(
func.func @conv2d(%x: tensor<1x3x32x32xf32>, %w: tensor<16x3x3x3xf32>, %s: tensor<1x3x8x8xf32>, %dw: tensor<6x1x3x3xf32>,
                  %xn: tensor<1x32x32x3xf32>, %wn: tensor<3x3x3x16xf32>, %q: tensor<1x3x8x8xi8>, %qw: tensor<4x3x3x3xi8>,
                  %a: tensor<1x3x7x9xf32>, %aw: tensor<2x3x2x3xf32>, %w4: tensor<4x3x3x3xf32>, %dyn: tensor<?x3x8x?xf32>) {
  // (32 + 2 - 3) / 2 + 1 = 16
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x16x16x16xf32>{{$}}
  %0 = "relay.nn.conv2d"(%x, %w) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>} : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x16x16xf32>
  // top 1, left 2, bottom 3, right 4: H = 32 + 4 - 3 + 1 = 34, W = 32 + 6 - 3 + 1 = 36
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x16x34x36xf32>{{$}}
  %1 = "relay.nn.conv2d"(%x, %w) {padding = array<i64: 1, 2, 3, 4>} : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x34x36xf32>
  // dilated kernels 5 and 7: 32 - 5 + 1 = 28, 32 - 7 + 1 = 26
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x16x28x26xf32>{{$}}
  %2 = "relay.nn.conv2d"(%x, %w) {dilation = array<i64: 2, 3>} : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x28x26xf32>
  // depthwise with a channel multiplier of 2
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x6x6x6xf32>{{$}}
  %3 = "relay.nn.conv2d"(%s, %dw) {groups = 3 : i64} : (tensor<1x3x8x8xf32>, tensor<6x1x3x3xf32>) -> tensor<1x6x6x6xf32>
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x16x16x16xf32>{{$}}
  %4 = "relay.nn.conv2d"(%xn, %wn) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, data_layout = "NHWC", kernel_layout = "HWIO"} : (tensor<1x32x32x3xf32>, tensor<3x3x3x16xf32>) -> tensor<1x16x16x16xf32>
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x16x32x32xf32>{{$}}
  %5 = "relay.nn.conv2d"(%x, %w) {channels = 16 : i64, kernel_size = array<i64: 3, 3>, padding = array<i64: 1>} : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x32x32xf32>
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x4x6x6xi32>{{$}}
  %6 = "relay.nn.conv2d"(%q, %qw) {out_dtype = "int32"} : (tensor<1x3x8x8xi8>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xi32>
  // H = 7 - 2 + 1 = 6, W = (9 - 3) / 2 + 1 = 4
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x2x6x4xf32>{{$}}
  %7 = "relay.nn.conv2d"(%a, %aw) {strides = array<i64: 1, 2>} : (tensor<1x3x7x9xf32>, tensor<2x3x2x3xf32>) -> tensor<1x2x6x4xf32>
  // computed as NCHW 1x4x6x6, produced in out_layout NHWC
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x6x6x4xf32>{{$}}
  %8 = "relay.nn.conv2d"(%s, %w4) {out_layout = "NHWC"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x6x6x4xf32>
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<?x4x6x?xf32>{{$}}
  %9 = "relay.nn.conv2d"(%dyn, %w4) : (tensor<?x3x8x?xf32>, tensor<4x3x3x3xf32>) -> tensor<?x4x6x?xf32>
  // (8 - 3) / 2 + 1 = 3 (floor)
  // CHECK: relay.nn.conv2d {{.*}} -> tensor<1x4x3x3xf32>{{$}}
  %10 = "relay.nn.conv2d"(%s, %w4) {strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return
}

// CHECK-LABEL: func.func @conv3d(
func.func @conv3d(%x: tensor<1x2x8x8x8xf32>, %w: tensor<4x2x3x3x3xf32>, %wg: tensor<4x1x3x3x3xf32>, %xn: tensor<1x8x8x8x2xf32>, %wn: tensor<3x3x3x2x4xf32>) {
  // CHECK: relay.nn.conv3d {{.*}} -> tensor<1x4x6x6x6xf32>{{$}}
  %0 = "relay.nn.conv3d"(%x, %w) : (tensor<1x2x8x8x8xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x6x6x6xf32>
  // (8 + 2 - 3) / 2 + 1 = 4
  // CHECK: relay.nn.conv3d {{.*}} -> tensor<1x4x4x4x4xf32>{{$}}
  %1 = "relay.nn.conv3d"(%x, %w) {strides = array<i64: 2, 2, 2>, padding = array<i64: 1, 1, 1>} : (tensor<1x2x8x8x8xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x4x4x4xf32>
  // front 0 / back 1, top 1 / bottom 0, left 2 / right 2: 7, 7, 10
  // CHECK: relay.nn.conv3d {{.*}} -> tensor<1x4x7x7x10xf32>{{$}}
  %2 = "relay.nn.conv3d"(%x, %w) {padding = array<i64: 0, 1, 2, 1, 0, 2>} : (tensor<1x2x8x8x8xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x7x7x10xf32>
  // CHECK: relay.nn.conv3d {{.*}} -> tensor<1x4x6x6x6xf32>{{$}}
  %3 = "relay.nn.conv3d"(%x, %wg) {groups = 2 : i64} : (tensor<1x2x8x8x8xf32>, tensor<4x1x3x3x3xf32>) -> tensor<1x4x6x6x6xf32>
  // dilated kernel 5 on H: 8 - 5 + 1 = 4
  // CHECK: relay.nn.conv3d {{.*}} -> tensor<1x4x6x4x6xf32>{{$}}
  %4 = "relay.nn.conv3d"(%x, %w) {dilation = array<i64: 1, 2, 1>} : (tensor<1x2x8x8x8xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x6x4x6xf32>
  // CHECK: relay.nn.conv3d {{.*}} -> tensor<1x6x6x6x4xf32>{{$}}
  %5 = "relay.nn.conv3d"(%xn, %wn) {data_layout = "NDHWC", kernel_layout = "DHWIO"} : (tensor<1x8x8x8x2xf32>, tensor<3x3x3x2x4xf32>) -> tensor<1x6x6x6x4xf32>
  return
}

// The weight of a transposed convolution is [in_channels, out_channels /
// groups, k...] (kernel_layout OIHW as in TVM of the 3LA era).
// CHECK-LABEL: func.func @conv2d_transpose(
func.func @conv2d_transpose(%x: tensor<1x4x5x5xf32>, %w: tensor<4x8x3x3xf32>, %xn: tensor<1x5x5x4xf32>, %wn: tensor<3x3x4x8xf32>,
                            %wg: tensor<4x2x3x3xf32>) {
  // (5 - 1) + 2 + 1 = 7
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x7x7xf32>{{$}}
  %0 = "relay.nn.conv2d_transpose"(%x, %w) : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x7x7xf32>
  // 4*2 + 2 + 1 = 11
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x11x11xf32>{{$}}
  %1 = "relay.nn.conv2d_transpose"(%x, %w) {strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x11x11xf32>
  // 4*2 - 2 + 2 + 1 + 1 = 10
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x10x10xf32>{{$}}
  %2 = "relay.nn.conv2d_transpose"(%x, %w) {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, output_padding = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x10x10xf32>
  // 4 + 2*2 + 1 = 9
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x9x9xf32>{{$}}
  %3 = "relay.nn.conv2d_transpose"(%x, %w) {dilation = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x9x9xf32>
  // top 1, left 0, bottom 0, right 2: H = 8 - 1 + 2 + 0 + 1 = 10, W = 12 - 2 + 2 + 1 + 1 = 14
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x10x14xf32>{{$}}
  %4 = "relay.nn.conv2d_transpose"(%x, %w) {strides = array<i64: 2, 3>, padding = array<i64: 1, 0, 0, 2>, output_padding = array<i64: 0, 1>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x10x14xf32>
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x7x7x8xf32>{{$}}
  %5 = "relay.nn.conv2d_transpose"(%xn, %wn) {data_layout = "NHWC", kernel_layout = "HWOI"} : (tensor<1x5x5x4xf32>, tensor<3x3x4x8xf32>) -> tensor<1x7x7x8xf32>
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x7x7xf32>{{$}}
  %6 = "relay.nn.conv2d_transpose"(%x, %w) {channels = 8 : i64, kernel_size = array<i64: 3, 3>} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x7x7xf32>
  // groups = 2: 2 output channels per group
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x4x7x7xf32>{{$}}
  %7 = "relay.nn.conv2d_transpose"(%x, %wg) {groups = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x7x7xf32>
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x8x7x7xf64>{{$}}
  %8 = "relay.nn.conv2d_transpose"(%x, %w) {out_dtype = "float64"} : (tensor<1x4x5x5xf32>, tensor<4x8x3x3xf32>) -> tensor<1x8x7x7xf64>
  // channels counts all groups: 2 per group x groups 2 = 4
  // CHECK: relay.nn.conv2d_transpose {{.*}} -> tensor<1x4x7x7xf32>{{$}}
  %9 = "relay.nn.conv2d_transpose"(%x, %wg) {groups = 2 : i64, channels = 4 : i64, kernel_size = array<i64: 3, 3>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x7x7xf32>
  return
}

// CHECK-LABEL: func.func @conv3d_transpose(
func.func @conv3d_transpose(%x: tensor<1x2x3x4x5xf32>, %w: tensor<2x3x2x2x2xf32>) {
  // (3-1)*2 + 1 + 1 = 6, (4-1)*2 + 2 = 8, (5-1)*2 + 2 = 10
  // CHECK: relay.nn.conv3d_transpose {{.*}} -> tensor<1x3x6x8x10xf32>{{$}}
  %0 = "relay.nn.conv3d_transpose"(%x, %w) {strides = array<i64: 2, 2, 2>} : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x3x6x8x10xf32>
  // 4 - 2 + 1 + 1 + 1 = 5, 6 - 2 + 1 + 0 + 1 = 6, 8 - 2 + 1 + 1 + 1 = 9
  // CHECK: relay.nn.conv3d_transpose {{.*}} -> tensor<1x3x5x6x9xf32>{{$}}
  %1 = "relay.nn.conv3d_transpose"(%x, %w) {strides = array<i64: 2, 2, 2>, padding = array<i64: 1, 1, 1>, output_padding = array<i64: 1, 0, 1>} : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x3x5x6x9xf32>
  // CHECK: relay.nn.conv3d_transpose {{.*}} -> tensor<1x3x4x5x6xf32>{{$}}
  %2 = "relay.nn.conv3d_transpose"(%x, %w) : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x3x4x5x6xf32>
  // CHECK: relay.nn.conv3d_transpose {{.*}} -> tensor<1x3x4x5x6xf32>{{$}}
  %3 = "relay.nn.conv3d_transpose"(%x, %w) {channels = 3 : i64, kernel_size = array<i64: 2, 2, 2>} : (tensor<1x2x3x4x5xf32>, tensor<2x3x2x2x2xf32>) -> tensor<1x3x4x5x6xf32>
  return
}

// CHECK-LABEL: func.func @dense(
func.func @dense(%x: tensor<4x768xf32>, %w: tensor<64x768xf32>, %x3: tensor<2x5x16xf32>, %w3: tensor<8x16xf32>,
                 %q: tensor<2x16xi8>, %qw: tensor<8x16xi8>, %d: tensor<?x16xf32>) {
  // CHECK: relay.nn.dense {{.*}} -> tensor<4x64xf32>{{$}}
  %0 = "relay.nn.dense"(%x, %w) : (tensor<4x768xf32>, tensor<64x768xf32>) -> tensor<4x64xf32>
  // CHECK: relay.nn.dense {{.*}} -> tensor<2x5x8xf32>{{$}}
  %1 = "relay.nn.dense"(%x3, %w3) : (tensor<2x5x16xf32>, tensor<8x16xf32>) -> tensor<2x5x8xf32>
  // CHECK: relay.nn.dense {{.*}} -> tensor<2x5x8xf32>{{$}}
  %2 = "relay.nn.dense"(%x3, %w3) {units = 8 : i64} : (tensor<2x5x16xf32>, tensor<8x16xf32>) -> tensor<2x5x8xf32>
  // CHECK: relay.nn.dense {{.*}} -> tensor<2x8xi32>{{$}}
  %3 = "relay.nn.dense"(%q, %qw) {out_dtype = "int32"} : (tensor<2x16xi8>, tensor<8x16xi8>) -> tensor<2x8xi32>
  // CHECK: relay.nn.dense {{.*}} -> tensor<?x8xf32>{{$}}
  %4 = "relay.nn.dense"(%d, %w3) : (tensor<?x16xf32>, tensor<8x16xf32>) -> tensor<?x8xf32>
  return
}

// CHECK-LABEL: func.func @matmul(
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %at: tensor<8x4xf32>, %bt: tensor<2x8xf32>, %d: tensor<?x8xf32>) {
  // CHECK: relay.nn.matmul {{.*}} -> tensor<4x2xf32>{{$}}
  %0 = "relay.nn.matmul"(%a, %b) : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  // CHECK: relay.nn.matmul {{.*}} -> tensor<4x2xf32>{{$}}
  %1 = "relay.nn.matmul"(%at, %b) {transpose_a = true} : (tensor<8x4xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  // CHECK: relay.nn.matmul {{.*}} -> tensor<4x2xf32>{{$}}
  %2 = "relay.nn.matmul"(%a, %bt) {transpose_b = true} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  // CHECK: relay.nn.matmul {{.*}} -> tensor<4x2xf32>{{$}}
  %3 = "relay.nn.matmul"(%at, %bt) {transpose_a = true, transpose_b = true} : (tensor<8x4xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  // CHECK: relay.nn.matmul {{.*}} -> tensor<?x2xf64>{{$}}
  %4 = "relay.nn.matmul"(%d, %b) {out_dtype = "float64"} : (tensor<?x8xf32>, tensor<8x2xf32>) -> tensor<?x2xf64>
  return
}

// TVM's MatmulRel keeps tensor_a's leading axes; only tensor_b must be
// rank 2. `units` gives the output's last axis and must match tensor_b.
// CHECK-LABEL: func.func @matmul_nd(
func.func @matmul_nd(%a: tensor<2x4x8xf32>, %b: tensor<8x3xf32>, %v: tensor<8xf32>, %at: tensor<2x8x4xf32>,
                     %bt: tensor<3x8xf32>, %bd: tensor<8x?xf32>, %ad: tensor<?x4x8xf32>) {
  // (2, 4, 8) x (8, 3): the last axis 8 becomes 3
  // CHECK: relay.nn.matmul {{.*}} -> tensor<2x4x3xf32>{{$}}
  %0 = "relay.nn.matmul"(%a, %b) : (tensor<2x4x8xf32>, tensor<8x3xf32>) -> tensor<2x4x3xf32>
  // rank-1 tensor_a: (8) x (8, 3) = (3)
  // CHECK: relay.nn.matmul {{.*}} -> tensor<3xf32>{{$}}
  %1 = "relay.nn.matmul"(%v, %b) : (tensor<8xf32>, tensor<8x3xf32>) -> tensor<3xf32>
  // transpose_a swaps the last two axes of (2, 8, 4): reduce over 8, 4 rows
  // CHECK: relay.nn.matmul {{.*}} -> tensor<2x4x3xf32>{{$}}
  %2 = "relay.nn.matmul"(%at, %b) {transpose_a = true} : (tensor<2x8x4xf32>, tensor<8x3xf32>) -> tensor<2x4x3xf32>
  // units = 3 matches tensor_b's 3 columns
  // CHECK: relay.nn.matmul {{.*}} -> tensor<2x4x3xf32>{{$}}
  %3 = "relay.nn.matmul"(%a, %b) {units = 3 : i64} : (tensor<2x4x8xf32>, tensor<8x3xf32>) -> tensor<2x4x3xf32>
  // with transpose_b, tensor_b is (units, reduce) = (3, 8)
  // CHECK: relay.nn.matmul {{.*}} -> tensor<2x4x3xf32>{{$}}
  %4 = "relay.nn.matmul"(%a, %bt) {units = 3 : i64, transpose_b = true} : (tensor<2x4x8xf32>, tensor<3x8xf32>) -> tensor<2x4x3xf32>
  // units fixes the column count tensor_b leaves unknown
  // CHECK: relay.nn.matmul {{.*}} -> tensor<2x4x5xf32>{{$}}
  %5 = "relay.nn.matmul"(%a, %bd) {units = 5 : i64} : (tensor<2x4x8xf32>, tensor<8x?xf32>) -> tensor<2x4x5xf32>
  // CHECK: relay.nn.matmul {{.*}} -> tensor<?x4x?xf32>{{$}}
  %6 = "relay.nn.matmul"(%ad, %bd) : (tensor<?x4x8xf32>, tensor<8x?xf32>) -> tensor<?x4x?xf32>
  return
}

// CHECK-LABEL: func.func @batch_matmul(
func.func @batch_matmul(%x: tensor<8x4x16xf32>, %y: tensor<8x16x5xf32>, %yt: tensor<8x5x16xf32>, %xt: tensor<8x16x4xf32>,
                        %x1: tensor<1x4x16xf32>, %q: tensor<2x3x4xi8>, %qy: tensor<2x4x5xi8>) {
  // CHECK: relay.nn.batch_matmul {{.*}} -> tensor<8x4x5xf32>{{$}}
  %0 = "relay.nn.batch_matmul"(%x, %y) : (tensor<8x4x16xf32>, tensor<8x16x5xf32>) -> tensor<8x4x5xf32>
  // CHECK: relay.nn.batch_matmul {{.*}} -> tensor<8x4x5xf32>{{$}}
  %1 = "relay.nn.batch_matmul"(%x, %yt) {transpose_b = true} : (tensor<8x4x16xf32>, tensor<8x5x16xf32>) -> tensor<8x4x5xf32>
  // CHECK: relay.nn.batch_matmul {{.*}} -> tensor<8x4x5xf32>{{$}}
  %2 = "relay.nn.batch_matmul"(%xt, %y) {transpose_a = true} : (tensor<8x16x4xf32>, tensor<8x16x5xf32>) -> tensor<8x4x5xf32>
  // CHECK: relay.nn.batch_matmul {{.*}} -> tensor<8x4x5xf32>{{$}}
  %3 = "relay.nn.batch_matmul"(%xt, %yt) {transpose_a = true, transpose_b = true} : (tensor<8x16x4xf32>, tensor<8x5x16xf32>) -> tensor<8x4x5xf32>
  // the batch dimension broadcasts from 1
  // CHECK: relay.nn.batch_matmul {{.*}} -> tensor<8x4x5xf32>{{$}}
  %4 = "relay.nn.batch_matmul"(%x1, %y) : (tensor<1x4x16xf32>, tensor<8x16x5xf32>) -> tensor<8x4x5xf32>
  // CHECK: relay.nn.batch_matmul {{.*}} -> tensor<2x3x5xi32>{{$}}
  %5 = "relay.nn.batch_matmul"(%q, %qy) {out_dtype = "int32"} : (tensor<2x3x4xi8>, tensor<2x4x5xi8>) -> tensor<2x3x5xi32>
  return
}

// CHECK-LABEL: func.func @bias_add(
func.func @bias_add(%x: tensor<1x64x8x8xf32>, %b: tensor<64xf32>, %y: tensor<2x3x5xf32>, %c: tensor<5xf32>, %n: tensor<1x8x8x16xf32>, %e: tensor<16xf32>) {
  // CHECK: relay.nn.bias_add {{.*}} -> tensor<1x64x8x8xf32>{{$}}
  %0 = "relay.nn.bias_add"(%x, %b) : (tensor<1x64x8x8xf32>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  // CHECK: relay.nn.bias_add {{.*}} -> tensor<2x3x5xf32>{{$}}
  %1 = "relay.nn.bias_add"(%y, %c) {axis = -1 : i64} : (tensor<2x3x5xf32>, tensor<5xf32>) -> tensor<2x3x5xf32>
  // CHECK: relay.nn.bias_add {{.*}} -> tensor<1x8x8x16xf32>{{$}}
  %2 = "relay.nn.bias_add"(%n, %e) {axis = 3 : i64} : (tensor<1x8x8x16xf32>, tensor<16xf32>) -> tensor<1x8x8x16xf32>
  return
}

// batch_norm gives (normalised data, moving_mean, moving_var).
// CHECK-LABEL: func.func @norms(
func.func @norms(%x: tensor<1x8x4x4xf32>, %v: tensor<8xf32>, %n: tensor<1x4x4x8xf32>, %t: tensor<4x64xf32>, %g: tensor<64xf32>,
                 %s: tensor<2x10x3xf32>, %g10: tensor<10xf32>) {
  // CHECK: relay.nn.batch_norm {{.*}} -> tuple<tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>>{{$}}
  %0 = "relay.nn.batch_norm"(%x, %v, %v, %v, %v) : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tuple<tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>>
  // CHECK: relay.nn.batch_norm {{.*}} -> tuple<tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>>{{$}}
  %1 = "relay.nn.batch_norm"(%n, %v, %v, %v, %v) {axis = 3 : i64, epsilon = 1.0e-03 : f64, center = false, scale = false} : (tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tuple<tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>>
  // CHECK: relay.nn.batch_norm {{.*}} -> tuple<tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>>{{$}}
  %2 = "relay.nn.batch_norm"(%n, %v, %v, %v, %v) {axis = -1 : i64} : (tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tuple<tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>>
  // CHECK: relay.nn.layer_norm {{.*}} -> tensor<4x64xf32>{{$}}
  %3 = "relay.nn.layer_norm"(%t, %g, %g) : (tensor<4x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<4x64xf32>
  // CHECK: relay.nn.layer_norm {{.*}} -> tensor<2x10x3xf32>{{$}}
  %4 = "relay.nn.layer_norm"(%s, %g10, %g10) {axis = 1 : i64, epsilon = 1.0e-12 : f64} : (tensor<2x10x3xf32>, tensor<10xf32>, tensor<10xf32>) -> tensor<2x10x3xf32>
  // CHECK: relay.nn.instance_norm {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %5 = "relay.nn.instance_norm"(%x, %v, %v) : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  // CHECK: relay.nn.instance_norm {{.*}} -> tensor<1x4x4x8xf32>{{$}}
  %6 = "relay.nn.instance_norm"(%n, %v, %v) {axis = 3 : i64} : (tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x4x4x8xf32>
  // CHECK: relay.nn.group_norm {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %7 = "relay.nn.group_norm"(%x, %v, %v) {num_groups = 2 : i64} : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  // CHECK: relay.nn.group_norm {{.*}} -> tensor<1x4x4x8xf32>{{$}}
  %8 = "relay.nn.group_norm"(%n, %v, %v) {num_groups = 4 : i64, axis = -1 : i64} : (tensor<1x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x4x4x8xf32>
  // CHECK: relay.nn.l2_normalize {{.*}} -> tensor<2x10x3xf32>{{$}}
  %9 = "relay.nn.l2_normalize"(%s) {eps = 1.0e-10 : f64, axis = array<i64: 1>} : (tensor<2x10x3xf32>) -> tensor<2x10x3xf32>
  // CHECK: relay.nn.l2_normalize {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %10 = "relay.nn.l2_normalize"(%x) {eps = 1.0e-05 : f64, axis = array<i64: 2, 3>} : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return
}

// CHECK-LABEL: func.func @activations(
func.func @activations(%x: tensor<2x10xf32>, %c: tensor<1x8x4x4xf32>, %a: tensor<8xf32>, %n: tensor<1x4x4x8xf32>, %h: tensor<?x3xf16>) {
  // CHECK: relay.nn.softmax {{.*}} -> tensor<2x10xf32>{{$}}
  %0 = "relay.nn.softmax"(%x) : (tensor<2x10xf32>) -> tensor<2x10xf32>
  // CHECK: relay.nn.softmax {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %1 = "relay.nn.softmax"(%c) {axis = 1 : i64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  // CHECK: relay.nn.log_softmax {{.*}} -> tensor<2x10xf32>{{$}}
  %2 = "relay.nn.log_softmax"(%x) {axis = 0 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  // CHECK: relay.nn.log_softmax {{.*}} -> tensor<?x3xf16>{{$}}
  %3 = "relay.nn.log_softmax"(%h) : (tensor<?x3xf16>) -> tensor<?x3xf16>
  // CHECK: relay.nn.leaky_relu {{.*}} -> tensor<2x10xf32>{{$}}
  %4 = "relay.nn.leaky_relu"(%x) {alpha = 1.0e-01 : f64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  // CHECK: relay.nn.leaky_relu {{.*}} -> tensor<?x3xf16>{{$}}
  %5 = "relay.nn.leaky_relu"(%h) : (tensor<?x3xf16>) -> tensor<?x3xf16>
  // CHECK: relay.nn.prelu {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %6 = "relay.nn.prelu"(%c, %a) : (tensor<1x8x4x4xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  // CHECK: relay.nn.prelu {{.*}} -> tensor<1x4x4x8xf32>{{$}}
  %7 = "relay.nn.prelu"(%n, %a) {axis = 3 : i64} : (tensor<1x4x4x8xf32>, tensor<8xf32>) -> tensor<1x4x4x8xf32>
  // dropout gives (output, mask), both of the input type
  // CHECK: relay.nn.dropout {{.*}} -> tuple<tensor<2x10xf32>, tensor<2x10xf32>>{{$}}
  %8 = "relay.nn.dropout"(%x) {rate = 1.0e-01 : f64} : (tensor<2x10xf32>) -> tuple<tensor<2x10xf32>, tensor<2x10xf32>>
  // CHECK: relay.nn.dropout {{.*}} -> tuple<tensor<?x3xf16>, tensor<?x3xf16>>{{$}}
  %9 = "relay.nn.dropout"(%h) : (tensor<?x3xf16>) -> tuple<tensor<?x3xf16>, tensor<?x3xf16>>
  // CHECK: relay.nn.lrn {{.*}} -> tensor<1x8x4x4xf32>{{$}}
  %10 = "relay.nn.lrn"(%c) : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  // CHECK: relay.nn.lrn {{.*}} -> tensor<1x4x4x8xf32>{{$}}
  %11 = "relay.nn.lrn"(%n) {size = 3 : i64, axis = 3 : i64, bias = 1.0 : f64, alpha = 1.0e-03 : f64, beta = 5.0e-01 : f64} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  return
}
