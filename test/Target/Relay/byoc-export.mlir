// --export-relay writes each flexmatch.composite as a TVM BYOC function
// pair: an outer fn for the compiler (Compiler, Primitive=1,
// global_symbol=<composite>_<n>, n counting per composite name in program
// order) whose body calls an inner fn (Composite, flexmatch_function) that
// holds the composite's body as Relay.
// RUN: flexmatch-translate --export-relay %s | FileCheck %s

// One composite of each accelerator function, as --eqsat writes them; two
// flex-linear composites (global_symbol suffixes _0 and _1), one bound and
// one the function's result, a composite whose input is another's result,
// and a composite inside a relay.fn literal.
// CHECK-LABEL: def @conv(%x: Tensor[(1, 3, 8, 8), float32], %w: Tensor[(4, 3, 3, 3), float32]) -> Tensor[(1, 4, 4, 4), float32] {
// CHECK-NEXT:   %1 = fn (%outer_arg_0: Tensor[(1, 3, 8, 8), float32], %outer_arg_1: Tensor[(4, 3, 3, 3), float32], Compiler="ilacnn", Primitive=1, global_symbol="ilacnn.conv2d_0") -> Tensor[(1, 4, 4, 4), float32] {
// CHECK-NEXT:     %0 = fn (%inner_arg_0: Tensor[(1, 3, 8, 8), float32], %inner_arg_1: Tensor[(4, 3, 3, 3), float32], Composite="ilacnn.conv2d", flexmatch_function="hlscnn-conv2d") -> Tensor[(1, 4, 4, 4), float32] {
// CHECK-NEXT:       nn.conv2d(%inner_arg_0, %inner_arg_1, padding=[1, 1, 1, 1], strides=[2, 2]) /* ty=Tensor[(1, 4, 4, 4), float32] */
// CHECK-NEXT:     };
// CHECK-NEXT:     %0(%outer_arg_0, %outer_arg_1) /* ty=Tensor[(1, 4, 4, 4), float32] */
// CHECK-NEXT:   };
// CHECK-NEXT:   %2 = %1(%x, %w) /* ty=Tensor[(1, 4, 4, 4), float32] */;
// CHECK-NEXT:   nn.relu(%2) /* ty=Tensor[(1, 4, 4, 4), float32] */
// CHECK-NEXT: }
func.func @conv(%x: tensor<1x3x8x8xf32> {relay.name = "x"}, %w: tensor<4x3x3x3xf32> {relay.name = "w"}) -> tensor<1x4x4x4xf32> {
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>):
    %1 = relay.nn.conv2d %a, %b {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
    flexmatch.yield %1 : tensor<1x4x4x4xf32>
  }
  %2 = relay.nn.relu %0 : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %2 : tensor<1x4x4x4xf32>
}

// CHECK-LABEL: def @linear(
// CHECK-NEXT:   %2 = fn (%outer_arg_0: Tensor[(4, 8), float32], %outer_arg_1: Tensor[(2, 8), float32], %outer_arg_2: Tensor[(2), float32], Compiler="ilaflex", Primitive=1, global_symbol="ilaflex.linear_0") -> Tensor[(4, 2), float32] {
// CHECK-NEXT:     %1 = fn (%inner_arg_0: Tensor[(4, 8), float32], %inner_arg_1: Tensor[(2, 8), float32], %inner_arg_2: Tensor[(2), float32], Composite="ilaflex.linear", flexmatch_function="flex-linear") -> Tensor[(4, 2), float32] {
// CHECK-NEXT:       %0 = nn.dense(%inner_arg_0, %inner_arg_1, units=2) /* ty=Tensor[(4, 2), float32] */;
// CHECK-NEXT:       nn.bias_add(%0, %inner_arg_2) /* ty=Tensor[(4, 2), float32] */
// CHECK-NEXT:     };
// CHECK-NEXT:     %1(%outer_arg_0, %outer_arg_1, %outer_arg_2) /* ty=Tensor[(4, 2), float32] */
// CHECK-NEXT:   };
// CHECK-NEXT:   %3 = %2(%x, %w, %b) /* ty=Tensor[(4, 2), float32] */;
// CHECK-NEXT:   %4 = multiply(%3, %3) /* ty=Tensor[(4, 2), float32] */;
// CHECK-NEXT:   %7 = fn (%outer_arg_0: Tensor[(4, 2), float32], %outer_arg_1: Tensor[(2, 2), float32], %outer_arg_2: Tensor[(2), float32], Compiler="ilaflex", Primitive=1, global_symbol="ilaflex.linear_1") -> Tensor[(4, 2), float32] {
// CHECK-NEXT:     %6 = fn (%inner_arg_0: Tensor[(4, 2), float32], %inner_arg_1: Tensor[(2, 2), float32], %inner_arg_2: Tensor[(2), float32], Composite="ilaflex.linear", flexmatch_function="flex-linear") -> Tensor[(4, 2), float32] {
// CHECK-NEXT:       %5 = nn.dense(%inner_arg_0, %inner_arg_1) /* ty=Tensor[(4, 2), float32] */;
// CHECK-NEXT:       nn.bias_add(%5, %inner_arg_2) /* ty=Tensor[(4, 2), float32] */
// CHECK-NEXT:     };
// CHECK-NEXT:     %6(%outer_arg_0, %outer_arg_1, %outer_arg_2) /* ty=Tensor[(4, 2), float32] */
// CHECK-NEXT:   };
// CHECK-NEXT:   %7(%4, %w2, %b) /* ty=Tensor[(4, 2), float32] */
// CHECK-NEXT: }
func.func @linear(%x: tensor<4x8xf32> {relay.name = "x"}, %w: tensor<2x8xf32> {relay.name = "w"}, %bias: tensor<2xf32> {relay.name = "b"}, %w2: tensor<2x2xf32> {relay.name = "w2"}) -> tensor<4x2xf32> {
  %0 = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%x, %w, %bias) : (tensor<4x8xf32>, tensor<2x8xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
  ^bb0(%a: tensor<4x8xf32>, %b: tensor<2x8xf32>, %c: tensor<2xf32>):
    %1 = relay.nn.dense %a, %b {units = 2 : i64} : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
    %2 = relay.nn.bias_add %1, %c : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
    flexmatch.yield %2 : tensor<4x2xf32>
  }
  %3 = relay.multiply %0, %0 : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  %4 = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%3, %w2, %bias) : (tensor<4x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<4x2xf32> {
  ^bb0(%a: tensor<4x2xf32>, %b: tensor<2x2xf32>, %c: tensor<2xf32>):
    %5 = relay.nn.dense %a, %b : (tensor<4x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
    %6 = relay.nn.bias_add %5, %c : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
    flexmatch.yield %6 : tensor<4x2xf32>
  }
  return %4 : tensor<4x2xf32>
}

// CHECK-LABEL: def @dense(
// CHECK-NEXT:   %1 = fn (%outer_arg_0: Tensor[(32, 64), float32], %outer_arg_1: Tensor[(16, 64), float32], Compiler="ilavta", Primitive=1, global_symbol="ilavta.dense_0") -> Tensor[(32, 16), float32] {
// CHECK-NEXT:     %0 = fn (%inner_arg_0: Tensor[(32, 64), float32], %inner_arg_1: Tensor[(16, 64), float32], Composite="ilavta.dense", flexmatch_function="vta-dense") -> Tensor[(32, 16), float32] {
// CHECK-NEXT:       nn.dense(%inner_arg_0, %inner_arg_1) /* ty=Tensor[(32, 16), float32] */
// CHECK-NEXT:     };
// CHECK-NEXT:     %0(%outer_arg_0, %outer_arg_1) /* ty=Tensor[(32, 16), float32] */
// CHECK-NEXT:   };
// CHECK-NEXT:   %1(%x, %w) /* ty=Tensor[(32, 16), float32] */
// CHECK-NEXT: }
func.func @dense(%x: tensor<32x64xf32> {relay.name = "x"}, %w: tensor<16x64xf32> {relay.name = "w"}) -> tensor<32x16xf32> {
  %0 = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%x, %w) : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32> {
  ^bb0(%a: tensor<32x64xf32>, %b: tensor<16x64xf32>):
    %1 = relay.nn.dense %a, %b : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    flexmatch.yield %1 : tensor<32x16xf32>
  }
  return %0 : tensor<32x16xf32>
}

// A composite inside a function literal: the pair is bound in its body.
// CHECK-LABEL: def @maxpool(
// CHECK-NEXT:   %4 = fn (%y: Tensor[(8, 16), float32]) -> Tensor[(4, 16), float32] {
// CHECK-NEXT:     %0 = multiply(%y, 2f /* ty=float32 */) /* ty=Tensor[(8, 16), float32] */;
// CHECK-NEXT:     %3 = fn (%outer_arg_0: Tensor[(8, 16), float32], Compiler="ilaflex", Primitive=1, global_symbol="ilaflex.maxpool_0") -> Tensor[(4, 16), float32] {
// CHECK-NEXT:       %2 = fn (%inner_arg_0: Tensor[(8, 16), float32], Composite="ilaflex.maxpool", flexmatch_function="flex-maxpool") -> Tensor[(4, 16), float32] {
// CHECK-NEXT:         %1 = reshape(%inner_arg_0, newshape=[4, 2, 16]) /* ty=Tensor[(4, 2, 16), float32] */;
// CHECK-NEXT:         max(%1, axis=[1]) /* ty=Tensor[(4, 16), float32] */
// CHECK-NEXT:       };
// CHECK-NEXT:       %2(%outer_arg_0) /* ty=Tensor[(4, 16), float32] */
// CHECK-NEXT:     };
// CHECK-NEXT:     %3(%0) /* ty=Tensor[(4, 16), float32] */
// CHECK-NEXT:   };
// CHECK-NEXT:   %4(%x) /* ty=Tensor[(4, 16), float32] */
// CHECK-NEXT: }
func.func @maxpool(%x: tensor<8x16xf32> {relay.name = "x"}) -> tensor<4x16xf32> {
  %f = relay.fn attrs {} names ["y"] {
  ^bb0(%y: tensor<8x16xf32>):
    %c = relay.constant dense<2.000000e+00> : tensor<f32>
    %m = relay.multiply %y, %c : (tensor<8x16xf32>, tensor<f32>) -> tensor<8x16xf32>
    %0 = flexmatch.composite "flex-maxpool" composite "ilaflex.maxpool" compiler "ilaflex" (%m) : (tensor<8x16xf32>) -> tensor<4x16xf32> {
    ^bb0(%a: tensor<8x16xf32>):
      %1 = relay.reshape %a {newshape = array<i64: 4, 2, 16>} : (tensor<8x16xf32>) -> tensor<4x2x16xf32>
      %2 = relay.max %1 {axis = array<i64: 1>} : (tensor<4x2x16xf32>) -> tensor<4x16xf32>
      flexmatch.yield %2 : tensor<4x16xf32>
    }
    relay.yield %0 : tensor<4x16xf32>
  } : (tensor<8x16xf32>) -> tensor<4x16xf32>
  %r = relay.call %f(%x) : ((tensor<8x16xf32>) -> tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}
