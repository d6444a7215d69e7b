// RUN: flexmatch-opt --convert-relay-to-linalg -split-input-file -verify-diagnostics %s
//
// Ops the lowering rejects, each with a diagnostic naming the op and why
// (the conversion then reports the op it could not legalize).

func.func @accelerator_call() -> tensor<2x4xf32> {
  // expected-error @+2 {{failed to legalize operation}}
  // expected-error @+1 {{accelerator_call: cannot lower: the function it calls runs on an accelerator and has no semantics here}}
  %0 = relay.accelerator_call {func_name = "vta-dense", output_shape = array<i64: 2, 4>} : () -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @resize_cubic(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+2 {{failed to legalize operation}}
  // expected-error @+1 {{image.resize2d: cannot lower method 'cubic' (nearest_neighbor and linear are supported)}}
  %0 = "relay.image.resize2d"(%x) {size = array<i64: 8, 8>, method = "cubic"} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @dynamic(%x: tensor<?x16xf32>, %w: tensor<8x16xf32>) -> tensor<?x8xf32> {
  // expected-error @+2 {{failed to legalize operation}}
  // expected-error @+1 {{nn.dense: cannot lower 'tensor<?x16xf32>': dynamic shapes are not supported}}
  %0 = "relay.nn.dense"(%x, %w) : (tensor<?x16xf32>, tensor<8x16xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}
