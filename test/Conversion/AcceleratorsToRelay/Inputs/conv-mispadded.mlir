func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  // expected-error @below {{the debug function of hlscnn-conv2d computes 'tensor<1x4x10x10xf32>' on these operands, not the op's 'tensor<1x4x8x8xf32>'}}
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}
