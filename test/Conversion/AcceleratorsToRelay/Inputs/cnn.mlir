// A small NCHW network: a padded convolution, relu, a strided convolution
// with asymmetric padding, and a grouped convolution HLSCNN cannot take.
func.func @main(%x: tensor<2x3x9x9xf32>, %w1: tensor<8x3x3x3xf32>, %w2: tensor<16x8x3x3xf32>, %w3: tensor<16x8x1x1xf32>) -> tensor<2x16x4x5xf32> {
  %0 = relay.nn.conv2d %x, %w1 {padding = array<i64: 1, 1>} : (tensor<2x3x9x9xf32>, tensor<8x3x3x3xf32>) -> tensor<2x8x9x9xf32>
  %1 = relay.nn.relu %0 : (tensor<2x8x9x9xf32>) -> tensor<2x8x9x9xf32>
  %2 = relay.nn.conv2d %1, %w2 {strides = array<i64: 2, 2>, padding = array<i64: 0, 2, 1, 0>} : (tensor<2x8x9x9xf32>, tensor<16x8x3x3xf32>) -> tensor<2x16x4x5xf32>
  %3 = relay.nn.conv2d %2, %w3 {groups = 2 : i64} : (tensor<2x16x4x5xf32>, tensor<16x8x1x1xf32>) -> tensor<2x16x4x5xf32>
  return %3 : tensor<2x16x4x5xf32>
}
