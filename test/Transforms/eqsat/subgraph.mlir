// flex-lstm matches the subgraph its debug function spells, as a DAG: a
// value the subgraph uses twice must be one value of the input too. Shapes
// do not matter (the pattern has 4 rows, the inputs 2), attributes do.

// RUN: rm -rf %t && split-file %s %t
// RUN: %flexmatch_src/scripts/subgraph-config %t/pattern.relay > %t/lstm.json
// RUN: flexmatch-opt %t/input.mlir --split-input-file --eqsat=%t/lstm.json | FileCheck %t/input.mlir

// Soundness: the composite's body computes what the matched ops did.
// RUN: flexmatch-opt %t/cell.mlir --eqsat=%t/lstm.json --flexmatch-inline-composites -o %t/inlined.mlir
// RUN: flexmatch-run %t/cell.mlir --seed 5 --outputs %t/cell.npy > /dev/null
// RUN: flexmatch-run %t/inlined.mlir --seed 5 --expect %t/cell.npy --rtol 1e-6 | FileCheck %t/input.mlir --check-prefix=SAME

// Without a Relay function to match, flex-lstm is an error at the rewrite.
// RUN: echo '{"rewrites": {"flex-lstm": []}, "composites": {}, "compilers": {}, "debug_functions": {"flex-lstm": "lambda x: x"}, "out_dtypes": {}}' > %t/lambda.json
// RUN: not flexmatch-opt %t/cell.mlir --eqsat=%t/lambda.json 2>&1 | FileCheck %t/input.mlir --check-prefix=LAMBDA

// A pattern that is not Relay: the importer's error, in the config.
// RUN: echo '{"rewrites": {"flex-lstm": []}, "composites": {}, "compilers": {}, "debug_functions": {"flex-lstm": "fn (%%x: Tensor[(2), float32]) { nosuchop(%%x) }"}, "out_dtypes": {}}' > %t/bad.json
// RUN: not flexmatch-opt %t/cell.mlir --eqsat=%t/bad.json 2>&1 | FileCheck %t/input.mlir --check-prefix=BAD

//--- pattern.relay
#[version = "0.0.5"]
// A toy cell: h = sigmoid(x w) * tanh(x w); out = h w + h.
def @main(%x: Tensor[(4, 8), float32], %w: Tensor[(8, 8), float32]) {
  %0 = nn.dense(%x, %w);
  %1 = sigmoid(%0);
  %2 = tanh(%0);
  %3 = multiply(%1, %2);
  %4 = nn.dense(%3, %w);
  add(%4, %3)
}

//--- cell.mlir
func.func @main(%x: tensor<2x8xf32>, %w: tensor<8x8xf32>) -> tensor<2x8xf32> {
  %r = relay.nn.relu %x : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %0 = relay.nn.dense %r, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %1 = relay.sigmoid %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = relay.tanh %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = relay.multiply %1, %2 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %4 = relay.nn.dense %3, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %5 = relay.add %4, %3 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %6 = relay.nn.relu %5 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %6 : tensor<2x8xf32>
}

//--- input.mlir
// CHECK-LABEL: func.func @cell(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2x8xf32>, %[[W:[^:]*]]: tensor<8x8xf32>)
// CHECK-NEXT: %[[R:.*]] = relay.nn.relu %[[X]]
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "flex-lstm" composite "ilaflex.lstm" compiler "ilaflex" (%[[R]], %[[W]]) : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32> {
// CHECK-NEXT: ^bb0(%[[A:[^:]*]]: tensor<2x8xf32>, %[[B:[^:]*]]: tensor<8x8xf32>):
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %[[A]], %[[B]]
// CHECK-NEXT: %[[S:.*]] = relay.sigmoid %[[D]]
// CHECK-NEXT: %[[T:.*]] = relay.tanh %[[D]]
// CHECK-NEXT: %[[H:.*]] = relay.multiply %[[S]], %[[T]]
// CHECK-NEXT: %[[D2:.*]] = relay.nn.dense %[[H]], %[[B]]
// CHECK-NEXT: %[[O:.*]] = relay.add %[[D2]], %[[H]]
// CHECK-NEXT: flexmatch.yield %[[O]] : tensor<2x8xf32>
// CHECK-NEXT: }
// CHECK-NEXT: relay.nn.relu %[[C]]
func.func @cell(%x: tensor<2x8xf32>, %w: tensor<8x8xf32>) -> tensor<2x8xf32> {
  %r = relay.nn.relu %x : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %0 = relay.nn.dense %r, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %1 = relay.sigmoid %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = relay.tanh %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = relay.multiply %1, %2 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %4 = relay.nn.dense %3, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %5 = relay.add %4, %3 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %6 = relay.nn.relu %5 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %6 : tensor<2x8xf32>
}

// -----

// The gates read two different products: the shared node does not match.
// CHECK-LABEL: func.func @two_products(
// CHECK-NOT: flexmatch.composite
func.func @two_products(%x: tensor<2x8xf32>, %y: tensor<2x8xf32>, %w: tensor<8x8xf32>) -> tensor<2x8xf32> {
  %0 = relay.nn.dense %x, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %9 = relay.nn.dense %y, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %1 = relay.sigmoid %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = relay.tanh %9 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = relay.multiply %1, %2 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %4 = relay.nn.dense %3, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %5 = relay.add %4, %3 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  return %5 : tensor<2x8xf32>
}

// -----

// One op differs (relu for tanh): no match.
// CHECK-LABEL: func.func @other_gate(
// CHECK-NOT: flexmatch.composite
func.func @other_gate(%x: tensor<2x8xf32>, %w: tensor<8x8xf32>) -> tensor<2x8xf32> {
  %0 = relay.nn.dense %x, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %1 = relay.sigmoid %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = relay.nn.relu %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = relay.multiply %1, %2 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %4 = relay.nn.dense %3, %w : (tensor<2x8xf32>, tensor<8x8xf32>) -> tensor<2x8xf32>
  %5 = relay.add %4, %3 : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  return %5 : tensor<2x8xf32>
}

// SAME: out0: max abs error {{.*}}, max rel error
// SAME-NOT: FAILED
// LAMBDA: lambda.json:1:{{[0-9]+}}: error: the rewrite 'flex-lstm' matches the subgraph of flex-lstm's debug function
// BAD: error: {{.*}}nosuchop
