// Shape and data-movement ops compute the same values before and after
// --relay-to-access, on the same seeded inputs.
// RUN: flexmatch-opt %s --relay-to-access -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.mlir
// IR-NOT: relay.
// RUN: flexmatch-run %s --entry reshapes --seed 3 --outputs %t.r0.npy,%t.r1.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry reshapes --seed 3 --expect %t.r0.npy,%t.r1.npy | FileCheck %s
// RUN: flexmatch-run %s --entry axes --seed 3 --outputs %t.a0.npy,%t.a1.npy,%t.a2.npy,%t.a3.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry axes --seed 3 --expect %t.a0.npy,%t.a1.npy,%t.a2.npy,%t.a3.npy | FileCheck %s
// RUN: flexmatch-run %s --entry pad --seed 3 --outputs %t.pad.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry pad --seed 3 --expect %t.pad.npy | FileCheck %s
// RUN: flexmatch-run %s --entry concatenate --seed 3 --outputs %t.concat.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry concatenate --seed 3 --expect %t.concat.npy | FileCheck %s
// RUN: flexmatch-run %s --entry strided_slice --seed 3 --outputs %t.s0.npy,%t.s1.npy,%t.s2.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry strided_slice --seed 3 --expect %t.s0.npy,%t.s1.npy,%t.s2.npy | FileCheck %s
// CHECK: out0: max abs error

func.func @reshapes(%x: tensor<2x8x2x2xf32>) -> (tensor<2x32xf32>, tensor<4x2x8xf32>) {
  %0 = relay.nn.batch_flatten %x : (tensor<2x8x2x2xf32>) -> tensor<2x32xf32>
  %1 = relay.reshape %x {newshape = array<i64: 4, -1, 8>} : (tensor<2x8x2x2xf32>) -> tensor<4x2x8xf32>
  return %0, %1 : tensor<2x32xf32>, tensor<4x2x8xf32>
}

func.func @axes(%x: tensor<2x3x4xf32>) -> (tensor<4x2x3xf32>, tensor<4x3x2xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = relay.transpose %x {axes = array<i64: 2, 0, -2>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %1 = relay.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  %2 = relay.expand_dims %x {axis = -3 : i64, num_newaxis = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x1x3x4xf32>
  %3 = relay.squeeze %2 : (tensor<2x1x1x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1, %2, %3 : tensor<4x2x3xf32>, tensor<4x3x2xf32>, tensor<2x1x1x3x4xf32>, tensor<2x3x4xf32>
}

func.func @pad(%x: tensor<2x3x4xf32>) -> tensor<3x3x7xf32> {
  %zero = relay.constant dense<0.0> : tensor<f32>
  %0 = relay.nn.pad %x, %zero {pad_width = [array<i64: 1, 0>, array<i64: 0, 0>, array<i64: 1, 2>]} : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<3x3x7xf32>
  return %0 : tensor<3x3x7xf32>
}

func.func @concatenate(%a: tensor<2x3x2xf32>, %b: tensor<2x1x2xf32>, %c: tensor<2x2x2xf32>) -> tensor<2x6x2xf32> {
  %t = relay.tuple %a, %b, %c : (tensor<2x3x2xf32>, tensor<2x1x2xf32>, tensor<2x2x2xf32>) -> tuple<tensor<2x3x2xf32>, tensor<2x1x2xf32>, tensor<2x2x2xf32>>
  %0 = relay.concatenate %t {axis = 1 : i64} : (tuple<tensor<2x3x2xf32>, tensor<2x1x2xf32>, tensor<2x2x2xf32>>) -> tensor<2x6x2xf32>
  return %0 : tensor<2x6x2xf32>
}

func.func @strided_slice(%x: tensor<4x8x3xf32>) -> (tensor<2x3x3xf32>, tensor<4x2x3xf32>, tensor<4x8x2xf32>) {
  %0 = relay.strided_slice %x {begin = array<i64: 1, 1>, end = array<i64: 3, 7>, strides = array<i64: 1, 2>} : (tensor<4x8x3xf32>) -> tensor<2x3x3xf32>
  %1 = relay.strided_slice %x {begin = array<i64: -3>, end = array<i64: 2>, axes = array<i64: 1>, slice_mode = "size"} : (tensor<4x8x3xf32>) -> tensor<4x2x3xf32>
  %2 = relay.strided_slice %x {begin = array<i64: 0, 0, 1>, end = array<i64: 4, 100, 3>} : (tensor<4x8x3xf32>) -> tensor<4x8x2xf32>
  return %0, %1, %2 : tensor<2x3x3xf32>, tensor<4x2x3xf32>, tensor<4x8x2xf32>
}
