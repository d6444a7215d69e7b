// RUN: flexmatch-opt --test-eqsat-roundtrip --split-input-file %s | FileCheck %s
// Round-trip func.func bodies through the e-graph: build, extract the
// smallest term, rebuild. A second round trip is a fixed point.
// RUN: flexmatch-opt --test-eqsat-roundtrip --split-input-file %s | flexmatch-opt --test-eqsat-roundtrip --split-input-file | FileCheck %s

// The body comes back equivalent; block arguments are kept in place.
// CHECK-LABEL: func.func @chain(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4x8xf32>, %[[W:[^:]*]]: tensor<2x8xf32>, %[[B:[^:]*]]: tensor<2xf32>)
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[X]], %[[W]] {units = 2 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[A:.*]] = relay.nn.bias_add %[[D]], %[[B]]{{( {axis = 1 : i64})?}} : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[R:.*]] = relay.nn.relu %[[A]] : (tensor<4x2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: return %[[R]] : tensor<4x2xf32>
func.func @chain(%x: tensor<4x8xf32>, %w: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<4x2xf32> {
  %d = "relay.nn.dense"(%x, %w) {units = 2 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  %a = "relay.nn.bias_add"(%d, %b) {axis = 1 : i64} : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  %r = "relay.nn.relu"(%a) : (tensor<4x2xf32>) -> tensor<4x2xf32>
  return %r : tensor<4x2xf32>
}

// -----

// Two identical subexpressions (and two identical constants) are shared once
// (hash-consing); an unused op disappears.
// CHECK-LABEL: func.func @shared(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4xf32>, %[[Y:[^:]*]]: tensor<4xf32>)
// CHECK-NEXT: %[[S:.*]] = relay.add %[[X]], %[[Y]]
// CHECK-NEXT: %[[C:.*]] = relay.constant dense<2.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[M:.*]] = relay.multiply %[[S]], %[[C]]
// CHECK-NEXT: %[[R:.*]] = relay.add %[[M]], %[[M]]
// CHECK-NEXT: return %[[R]], %[[S]], %[[Y]] :
// CHECK-NOT: relay.
func.func @shared(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %s1 = "relay.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %s2 = "relay.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %c1 = "relay.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %c2 = "relay.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %m1 = "relay.multiply"(%s1, %c1) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %m2 = "relay.multiply"(%s2, %c2) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %dead = "relay.nn.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %r = "relay.add"(%m1, %m2) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %r, %s2, %y : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Tuples, projections and an op with regions (kept opaque, cloned with its
// regions and with the values they capture remapped) survive.
// CHECK-LABEL: func.func @regions(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2xf32>, %[[Y:[^:]*]]: tensor<3xf32>, %[[C:[^:]*]]: tensor<i1>)
// CHECK-NEXT: %[[T:.*]] = relay.tuple %[[X]], %[[Y]] : (tensor<2xf32>, tensor<3xf32>) -> tuple<tensor<2xf32>, tensor<3xf32>>
// CHECK-NEXT: %[[G:.*]] = relay.tuple_get_item %[[T]][0]
// CHECK-NEXT: %[[N:.*]] = relay.nn.relu %[[G]]
// CHECK-NEXT: %[[I:.*]] = relay.if %[[C]] : tensor<i1> -> tensor<2xf32> {
// CHECK-NEXT: relay.yield %[[N]] : tensor<2xf32>
// CHECK-NEXT: } else {
// CHECK-NEXT: relay.yield %[[X]] : tensor<2xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[A:.*]] = relay.add %[[I]], %[[N]]
// CHECK-NEXT: return %[[A]], %[[T]] :
func.func @regions(%x: tensor<2xf32>, %y: tensor<3xf32>, %c: tensor<i1>) -> (tensor<2xf32>, tuple<tensor<2xf32>, tensor<3xf32>>) {
  %t = "relay.tuple"(%x, %y) : (tensor<2xf32>, tensor<3xf32>) -> tuple<tensor<2xf32>, tensor<3xf32>>
  %g = "relay.tuple_get_item"(%t) {index = 0 : i64} : (tuple<tensor<2xf32>, tensor<3xf32>>) -> tensor<2xf32>
  %n = "relay.nn.relu"(%g) : (tensor<2xf32>) -> tensor<2xf32>
  %i = relay.if %c : tensor<i1> -> tensor<2xf32> {
    relay.yield %n : tensor<2xf32>
  } else {
    relay.yield %x : tensor<2xf32>
  }
  %a = "relay.add"(%i, %n) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %a, %t : tensor<2xf32>, tuple<tensor<2xf32>, tensor<3xf32>>
}
