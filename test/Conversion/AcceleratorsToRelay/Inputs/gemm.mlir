// Two dense layers VTA can take (all dims multiples of 16) and one it
// cannot (10 rows).
func.func @main(%x: tensor<16x32xf32>, %w1: tensor<48x32xf32>, %w2: tensor<16x48xf32>, %y: tensor<10x16xf32>) -> (tensor<16x16xf32>, tensor<10x16xf32>) {
  %0 = relay.nn.dense %x, %w1 : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
  %1 = relay.nn.relu %0 : (tensor<16x48xf32>) -> tensor<16x48xf32>
  %2 = relay.nn.dense %1, %w2 : (tensor<16x48xf32>, tensor<16x48xf32>) -> tensor<16x16xf32>
  %3 = relay.nn.dense %y, %2 : (tensor<10x16xf32>, tensor<16x16xf32>) -> tensor<10x16xf32>
  return %2, %3 : tensor<16x16xf32>, tensor<10x16xf32>
}
