// RUN: flexmatch-opt --test-eqsat-roundtrip=infer-types=true --test-eqsat-roundtrip=stats=true %s -o /dev/null 2>&1 | FileCheck %s
// inferType (the type of a node added later by a rewrite) is computed from
// the op's InferTypeOpInterface on placeholder operands of the child types;
// here it is checked against the types of the function's own ops.

// CHECK-DAG: remark: inferred 'tensor<4x2xf32>' for relay.nn.dense
// CHECK-DAG: remark: inferred 'tensor<4x2xf32>' for relay.nn.bias_add
// CHECK-DAG: remark: inferred 'tensor<f32>' for relay.constant
// CHECK-DAG: remark: inferred 'tensor<4x2xf32>' for relay.multiply
// CHECK-DAG: remark: inferred 'tuple<tensor<4x2xf32>, tensor<4x8xf32>>' for relay.tuple
// CHECK-DAG: remark: inferred 'tensor<4x8xf32>' for relay.tuple_get_item
// CHECK-DAG: remark: e-graph: 9 classes, 9 nodes
func.func @f(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> (tensor<4x2xf32>, tensor<4x8xf32>) {
  %d = "relay.nn.dense"(%x, %w) {units = 2 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = "relay.nn.bias_add"(%d, %b) {axis = 1 : i64} : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  %c = "relay.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %m = "relay.multiply"(%a, %c) : (tensor<4x2xf32>, tensor<f32>) -> tensor<4x2xf32>
  %t = "relay.tuple"(%m, %x) : (tensor<4x2xf32>, tensor<4x8xf32>) -> tuple<tensor<4x2xf32>, tensor<4x8xf32>>
  %g = "relay.tuple_get_item"(%t) {index = 1 : i64} : (tuple<tensor<4x2xf32>, tensor<4x8xf32>>) -> tensor<4x8xf32>
  return %m, %g : tensor<4x2xf32>, tensor<4x8xf32>
}
