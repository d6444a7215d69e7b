// A two-layer perceptron whose biases are added with relay.add (what
// linear-rewrites turns into bias_add).
func.func @main(%x: tensor<10x32xf32>, %w1: tensor<16x32xf32>, %b1: tensor<16xf32>, %w2: tensor<8x16xf32>, %b2: tensor<8xf32>) -> tensor<10x8xf32> {
  %0 = relay.nn.dense %x, %w1 : (tensor<10x32xf32>, tensor<16x32xf32>) -> tensor<10x16xf32>
  %1 = relay.add %0, %b1 : (tensor<10x16xf32>, tensor<16xf32>) -> tensor<10x16xf32>
  %2 = relay.nn.relu %1 : (tensor<10x16xf32>) -> tensor<10x16xf32>
  %3 = relay.nn.dense %2, %w2 : (tensor<10x16xf32>, tensor<8x16xf32>) -> tensor<10x8xf32>
  %4 = relay.add %3, %b2 : (tensor<10x8xf32>, tensor<8xf32>) -> tensor<10x8xf32>
  return %4 : tensor<10x8xf32>
}
