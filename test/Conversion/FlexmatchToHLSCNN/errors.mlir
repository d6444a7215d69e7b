// RUN: flexmatch-opt %s --split-input-file --convert-flexmatch-to-hlscnn -verify-diagnostics

func.func @dilation(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error @below {{cannot become hlscnn.conv2d: violates 'no dilation': the convolution's dilation is [2, 2]}}
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>):
    %1 = relay.nn.conv2d %a, %b {dilation = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
    flexmatch.yield %1 : tensor<1x4x4x4xf32>
  }
  return %0 : tensor<1x4x4x4xf32>
}

// -----

func.func @groups(%x: tensor<1x4x8x8xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{cannot become hlscnn.conv2d: violates 'groups == 1': the convolution has 2 groups}}
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x, %w) : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  ^bb0(%a: tensor<1x4x8x8xf32>, %b: tensor<4x2x3x3xf32>):
    %1 = relay.nn.conv2d %a, %b {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
    flexmatch.yield %1 : tensor<1x4x6x6xf32>
  }
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @body(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @below {{cannot become hlscnn.conv2d: the body is not a single relay.nn.conv2d of the two inputs}}
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x, %w) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>):
    %1 = relay.nn.conv2d %a, %b : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
    %2 = relay.nn.relu %1 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
    flexmatch.yield %2 : tensor<1x4x6x6xf32>
  }
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @arity(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @below {{a hlscnn-conv2d composite has 2 inputs, this one has 1}}
  %0 = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%x) : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  ^bb0(%a: tensor<1x3x8x8xf32>):
    flexmatch.yield %a : tensor<1x3x8x8xf32>
  }
  return %0 : tensor<1x3x8x8xf32>
}
