// RUN: flexmatch-opt %s --split-input-file --convert-flexmatch-to-flexasr -verify-diagnostics

// The op's verifier judges the region's shapes, at the composite.
func.func @odd(%x: tensor<3x16xf32>) -> tensor<1x16xf32> {
  // expected-error @below {{'flexasr.maxpool' op violates 't even': the data [t, h] = [3, 16] has an odd number of steps}}
  %0 = flexmatch.composite "flex-maxpool" composite "ilaflex.max_pool" compiler "ilaflex" (%x) : (tensor<3x16xf32>) -> tensor<1x16xf32> {
  ^bb0(%a: tensor<3x16xf32>):
    %1 = relay.strided_slice %a {begin = array<i64: 0, 0>, end = array<i64: 1, 16>} : (tensor<3x16xf32>) -> tensor<1x16xf32>
    flexmatch.yield %1 : tensor<1x16xf32>
  }
  return %0 : tensor<1x16xf32>
}

// -----

func.func @arity(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>) -> tensor<4x3xf32> {
  // expected-error @below {{a flex-linear composite has 3 inputs, this one has 2}}
  %0 = flexmatch.composite "flex-linear" composite "ilaflex.linear" compiler "ilaflex" (%x, %w) : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32> {
  ^bb0(%a: tensor<4x8xf32>, %c: tensor<3x8xf32>):
    %1 = relay.nn.dense %a, %c : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32>
    flexmatch.yield %1 : tensor<4x3xf32>
  }
  return %0 : tensor<4x3xf32>
}
