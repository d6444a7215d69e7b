// Dense and the convolutions compute the same values before and after
// --relay-to-access, on the same seeded inputs.
// RUN: flexmatch-opt %s --relay-to-access -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.mlir
// IR-NOT: relay.
// RUN: flexmatch-run %s --entry dense --seed 3 --outputs %t.dense.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry dense --seed 3 --expect %t.dense.npy | FileCheck %s
// RUN: flexmatch-run %s --entry conv2d --seed 3 --outputs %t.conv2d.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry conv2d --seed 3 --expect %t.conv2d.npy | FileCheck %s
// RUN: flexmatch-run %s --entry conv2d_nhwc --seed 3 --outputs %t.nhwc.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry conv2d_nhwc --seed 3 --expect %t.nhwc.npy | FileCheck %s
// RUN: flexmatch-run %s --entry conv2d_asymmetric --seed 3 --outputs %t.asym.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry conv2d_asymmetric --seed 3 --expect %t.asym.npy | FileCheck %s
// RUN: flexmatch-run %s --entry conv1d --seed 3 --outputs %t.conv1d.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry conv1d --seed 3 --expect %t.conv1d.npy | FileCheck %s
// CHECK: out0: max abs error

func.func @dense(%x: tensor<4x64xf32>, %w: tensor<10x64xf32>) -> tensor<4x10xf32> {
  %0 = relay.nn.dense %x, %w : (tensor<4x64xf32>, tensor<10x64xf32>) -> tensor<4x10xf32>
  return %0 : tensor<4x10xf32>
}

func.func @conv2d(%x: tensor<2x3x9x9xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<2x4x5x5xf32> {
  %0 = relay.nn.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<2x3x9x9xf32>, tensor<4x3x3x3xf32>) -> tensor<2x4x5x5xf32>
  return %0 : tensor<2x4x5x5xf32>
}

func.func @conv2d_nhwc(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<1x8x8x4xf32> {
  %0 = relay.nn.conv2d %x, %w {padding = array<i64: 1, 1>, data_layout = "NHWC", kernel_layout = "HWIO"} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x8x8x4xf32>
  return %0 : tensor<1x8x8x4xf32>
}

func.func @conv2d_asymmetric(%x: tensor<1x2x7x6xf32>, %w: tensor<3x2x3x2xf32>) -> tensor<1x3x3x6xf32> {
  %0 = relay.nn.conv2d %x, %w {strides = array<i64: 3, 1>, padding = array<i64: 0, 1, 2, 0>} : (tensor<1x2x7x6xf32>, tensor<3x2x3x2xf32>) -> tensor<1x3x3x6xf32>
  return %0 : tensor<1x3x3x6xf32>
}

func.func @conv1d(%x: tensor<2x3x10xf32>, %w: tensor<4x3x3xf32>) -> tensor<2x4x5xf32> {
  %0 = relay.nn.conv1d %x, %w {strides = array<i64: 2>, padding = array<i64: 1, 0>} : (tensor<2x3x10xf32>, tensor<4x3x3xf32>) -> tensor<2x4x5xf32>
  return %0 : tensor<2x4x5xf32>
}
