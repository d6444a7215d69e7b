// split becomes one access.slice per part, gathered in a relay.tuple; the
// parts compute the same values as before on the same seeded inputs.
// RUN: flexmatch-opt %s --relay-to-access -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.mlir
// RUN: flexmatch-run %s --seed 3 --outputs %t.0.npy,%t.1.npy,%t.2.npy,%t.3.npy > /dev/null
// RUN: flexmatch-run %t.mlir --seed 3 --expect %t.0.npy,%t.1.npy,%t.2.npy,%t.3.npy | FileCheck %s
// CHECK: out0: max abs error 0
// CHECK: out3: max abs error 0

// IR-NOT: relay.split
// Indices [2, 5] of an axis of 6: [0, 2), [2, 5), [5, 6).
// IR: access.slice %{{.*}} axis 1 from 0 to 2
// IR: access.slice %{{.*}} axis 1 from 2 to 5
// IR: access.slice %{{.*}} axis 1 from 5 to 6
// IR: relay.tuple
// Two sections of an axis of 4: [0, 2), [2, 4).
// IR: access.slice %{{.*}} axis 0 from 0 to 2
// IR: access.slice %{{.*}} axis 0 from 2 to 4
// IR: relay.tuple

func.func @main(%x: tensor<4x6xf32>) -> (tensor<4x2xf32>, tensor<4x3xf32>, tensor<2x6xf32>, tensor<2x6xf32>) {
  %0 = "relay.split"(%x) {indices_or_sections = array<i64: 2, 5>, axis = 1 : i64} : (tensor<4x6xf32>) -> tuple<tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x1xf32>>
  %1 = relay.tuple_get_item %0[0] : tuple<tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x1xf32>> -> tensor<4x2xf32>
  %2 = relay.tuple_get_item %0[1] : tuple<tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x1xf32>> -> tensor<4x3xf32>
  %3 = "relay.split"(%x) {indices_or_sections = 2 : i64} : (tensor<4x6xf32>) -> tuple<tensor<2x6xf32>, tensor<2x6xf32>>
  %4 = relay.tuple_get_item %3[0] : tuple<tensor<2x6xf32>, tensor<2x6xf32>> -> tensor<2x6xf32>
  %5 = relay.tuple_get_item %3[1] : tuple<tensor<2x6xf32>, tensor<2x6xf32>> -> tensor<2x6xf32>
  return %1, %2, %4, %5 : tensor<4x2xf32>, tensor<4x3xf32>, tensor<2x6xf32>, tensor<2x6xf32>
}
