// RUN: flexmatch-run %s --print | FileCheck %s
// An if branch yields a buffer also returned outside it: deallocation then
// needs a helper on dynamic memrefs, which the pipeline inlines (the
// bare-pointer calling convention cannot pass them).
// sum(x) = 6 is not > 10, so the else branch gives x * y.
func.func @main() -> (tensor<3xf32>, tensor<3xf32>) {
  %x = relay.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = relay.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %s = "relay.add"(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %sum = "relay.sum"(%x) : (tensor<3xf32>) -> tensor<f32>
  %ten = relay.constant dense<10.0> : tensor<f32>
  %c = "relay.greater"(%sum, %ten) : (tensor<f32>, tensor<f32>) -> tensor<i1>
  %i = relay.if %c : tensor<i1> -> tensor<3xf32> {
    relay.yield %s : tensor<3xf32>
  } else {
    %p = "relay.multiply"(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %p : tensor<3xf32>
  }
  return %s, %i : tensor<3xf32>, tensor<3xf32>
}
// CHECK: out0: float32 (3,)
// CHECK-NEXT: 11 22 33
// CHECK: out1: float32 (3,)
// CHECK-NEXT: 10 40 90
