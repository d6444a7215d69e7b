// Elementwise ops (with broadcasting), bias_add, softmax and mean compute
// the same values before and after --relay-to-access, on the same seeded
// inputs.
// RUN: flexmatch-opt %s --relay-to-access -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.mlir
// IR-NOT: relay.
// RUN: flexmatch-run %s --entry elementwise --seed 3 --outputs %t.e0.npy,%t.e1.npy,%t.e2.npy,%t.e3.npy,%t.e4.npy,%t.e5.npy,%t.e6.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry elementwise --seed 3 --expect %t.e0.npy,%t.e1.npy,%t.e2.npy,%t.e3.npy,%t.e4.npy,%t.e5.npy,%t.e6.npy | FileCheck %s --check-prefixes=CHECK,SEVEN
// RUN: flexmatch-run %s --entry bias_add --seed 3 --outputs %t.bias.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry bias_add --seed 3 --expect %t.bias.npy | FileCheck %s
// RUN: flexmatch-run %s --entry softmax --seed 3 --outputs %t.softmax.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry softmax --seed 3 --expect %t.softmax.npy | FileCheck %s
// RUN: flexmatch-run %s --entry mean --seed 3 --outputs %t.m0.npy,%t.m1.npy,%t.m2.npy > /dev/null
// RUN: flexmatch-run %t.mlir --entry mean --seed 3 --expect %t.m0.npy,%t.m1.npy,%t.m2.npy | FileCheck %s
// CHECK: out0: max abs error
// SEVEN: out6: max abs error

func.func @elementwise(%x: tensor<2x3x4xf32>, %y: tensor<4xf32>, %z: tensor<2x1x4xf32>, %u: tensor<3x1xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = relay.nn.relu %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = relay.add %0, %y : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %2 = relay.multiply %z, %1 : (tensor<2x1x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // Neither operand has the result's dims.
  %3 = relay.divide %z, %u : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %4 = relay.sqrt %0 : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %5 = relay.negative %3 : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %6 = relay.add %x, %x : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>
}

func.func @bias_add(%x: tensor<2x4x5x5xf32>, %b: tensor<4xf32>, %c: tensor<5xf32>) -> tensor<2x4x5x5xf32> {
  %0 = relay.nn.bias_add %x, %b : (tensor<2x4x5x5xf32>, tensor<4xf32>) -> tensor<2x4x5x5xf32>
  %1 = relay.nn.bias_add %0, %c {axis = -1 : i64} : (tensor<2x4x5x5xf32>, tensor<5xf32>) -> tensor<2x4x5x5xf32>
  return %1 : tensor<2x4x5x5xf32>
}

func.func @softmax(%x: tensor<3x4x10xf32>) -> tensor<3x4x10xf32> {
  %0 = relay.nn.softmax %x {axis = 2 : i64} : (tensor<3x4x10xf32>) -> tensor<3x4x10xf32>
  return %0 : tensor<3x4x10xf32>
}

func.func @mean(%x: tensor<2x3x4xf32>) -> (tensor<2xf32>, tensor<2x3x1xf32>, tensor<f32>) {
  %0 = relay.mean %x {axis = array<i64: 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2xf32>
  %1 = relay.mean %x {axis = array<i64: -1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %2 = relay.mean %x : (tensor<2x3x4xf32>) -> tensor<f32>
  return %0, %1, %2 : tensor<2xf32>, tensor<2x3x1xf32>, tensor<f32>
}
