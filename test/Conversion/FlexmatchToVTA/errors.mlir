// RUN: flexmatch-opt %s --convert-flexmatch-to-vta -verify-diagnostics

// A region VTA cannot compute is reported by vta.dense's verifier at the
// composite, which stays.
func.func @dims(%x: tensor<16x20xf32>, %w: tensor<16x20xf32>) -> tensor<16x16xf32> {
  // expected-error @below {{'vta.dense' op violates 'dims % 16 == 0': k = 20 is not a multiple of 16}}
  %0 = flexmatch.composite "vta-dense" composite "ilavta.dense" compiler "ilavta" (%x, %w) : (tensor<16x20xf32>, tensor<16x20xf32>) -> tensor<16x16xf32> {
  ^bb0(%a: tensor<16x20xf32>, %b: tensor<16x20xf32>):
    %1 = relay.nn.dense %a, %b : (tensor<16x20xf32>, tensor<16x20xf32>) -> tensor<16x16xf32>
    flexmatch.yield %1 : tensor<16x16xf32>
  }
  return %0 : tensor<16x16xf32>
}
