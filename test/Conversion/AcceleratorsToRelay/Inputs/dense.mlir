func.func @main(%x: tensor<16x32xf32>, %w: tensor<48x32xf32>) -> tensor<16x48xf32> {
  %0 = vta.dense %x, %w composite "ilavta.dense" compiler "ilavta" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}
