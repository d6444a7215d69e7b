// Pooling computes the same values before and after --relay-to-access, on
// the same seeded inputs.
// RUN: flexmatch-opt %s --relay-to-access -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.mlir
// IR-NOT: relay.
// RUN: flexmatch-run %s --entry max_pool2d --seed 3 --outputs %t.max.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry max_pool2d --seed 3 --expect %t.max.npy | FileCheck %s
// RUN: flexmatch-run %s --entry max_pool2d_ceil --seed 3 --outputs %t.ceil.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry max_pool2d_ceil --seed 3 --expect %t.ceil.npy | FileCheck %s
// RUN: flexmatch-run %s --entry max_pool2d_nhwc --seed 3 --outputs %t.nhwc.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry max_pool2d_nhwc --seed 3 --expect %t.nhwc.npy | FileCheck %s
// RUN: flexmatch-run %s --entry avg_pool2d --seed 3 --outputs %t.avg.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry avg_pool2d --seed 3 --expect %t.avg.npy | FileCheck %s
// RUN: flexmatch-run %s --entry avg_pool2d_count_include_pad --seed 3 --outputs %t.avgpad.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry avg_pool2d_count_include_pad --seed 3 --expect %t.avgpad.npy | FileCheck %s
// RUN: flexmatch-run %s --entry global_avg_pool2d --seed 3 --outputs %t.global.npy,%t.global1.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry global_avg_pool2d --seed 3 --expect %t.global.npy,%t.global1.npy | FileCheck %s
// CHECK: out0: max abs error

func.func @max_pool2d(%x: tensor<2x3x7x7xf32>) -> tensor<2x3x4x4xf32> {
  %0 = relay.nn.max_pool2d %x {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<2x3x7x7xf32>) -> tensor<2x3x4x4xf32>
  return %0 : tensor<2x3x4x4xf32>
}

func.func @max_pool2d_ceil(%x: tensor<1x2x6x7xf32>) -> tensor<1x2x3x3xf32> {
  %0 = relay.nn.max_pool2d %x {pool_size = array<i64: 3, 2>, strides = array<i64: 2, 3>, ceil_mode = true} : (tensor<1x2x6x7xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

func.func @max_pool2d_nhwc(%x: tensor<1x6x6x3xf32>) -> tensor<1x3x3x3xf32> {
  %0 = relay.nn.max_pool2d %x {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, layout = "NHWC"} : (tensor<1x6x6x3xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

func.func @avg_pool2d(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32> {
  %0 = relay.nn.avg_pool2d %x {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

func.func @avg_pool2d_count_include_pad(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32> {
  %0 = relay.nn.avg_pool2d %x {pool_size = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, count_include_pad = true} : (tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32>
  return %0 : tensor<1x2x6x6xf32>
}

func.func @global_avg_pool2d(%x: tensor<2x8x7x7xf32>, %y: tensor<1x5x5x8xf32>) -> (tensor<2x8x1x1xf32>, tensor<1x1x1x8xf32>) {
  %0 = relay.nn.global_avg_pool2d %x : (tensor<2x8x7x7xf32>) -> tensor<2x8x1x1xf32>
  %1 = relay.nn.global_avg_pool2d %y {layout = "NHWC"} : (tensor<1x5x5x8xf32>) -> tensor<1x1x1x8xf32>
  return %0, %1 : tensor<2x8x1x1xf32>, tensor<1x1x1x8xf32>
}
