// One function per accelerator op, under the names the reference runtime
// implements (AcceleratorABI.h).
func.func @conv2d(%x: tensor<2x3x9x9xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<2x4x4x5xf32> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} composite "ilacnn.conv2d" compiler "ilacnn" : (tensor<2x3x9x9xf32>, tensor<4x3x3x3xf32>) -> tensor<2x4x4x5xf32>
  return %0 : tensor<2x4x4x5xf32>
}
func.func @linear(%x: tensor<5x24xf32>, %w: tensor<7x24xf32>, %b: tensor<7xf32>) -> tensor<5x7xf32> {
  %0 = flexasr.linear %x, %w, %b composite "ilaflex.linear" compiler "ilaflex" : (tensor<5x24xf32>, tensor<7x24xf32>, tensor<7xf32>) -> tensor<5x7xf32>
  return %0 : tensor<5x7xf32>
}
func.func @maxpool(%x: tensor<6x32xf32>) -> tensor<3x32xf32> {
  %0 = flexasr.maxpool %x composite "ilaflex.max_pool" compiler "ilaflex" : (tensor<6x32xf32>) -> tensor<3x32xf32>
  return %0 : tensor<3x32xf32>
}
func.func @lstm(%x: tensor<3x2x8xf32>, %h: tensor<1x2x4xf32>, %c: tensor<1x2x4xf32>, %wi: tensor<16x8xf32>, %wh: tensor<16x4xf32>, %bi: tensor<16xf32>, %bh: tensor<16xf32>) -> tensor<3x2x4xf32> {
  %0 = flexasr.lstm %x, %h, %c, %wi, %wh, %bi, %bh composite "ilaflex.lstm" compiler "ilaflex" : (tensor<3x2x8xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x8xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<3x2x4xf32>
  return %0 : tensor<3x2x4xf32>
}
func.func @layernorm(%x: tensor<6x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) -> tensor<6x32xf32> {
  %0 = flexasr.layernorm %x, %g, %b {epsilon = 1.0e-05 : f64} composite "ilaflex.layernorm" compiler "ilaflex" : (tensor<6x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<6x32xf32>
  return %0 : tensor<6x32xf32>
}
func.func @attention(%q: tensor<4x16xf32>, %k: tensor<6x16xf32>, %v: tensor<6x8xf32>) -> tensor<4x8xf32> {
  %0 = flexasr.attention %q, %k, %v composite "ilaflex.attention" compiler "ilaflex" : (tensor<4x16xf32>, tensor<6x16xf32>, tensor<6x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
func.func @dense(%x: tensor<32x48xf32>, %w: tensor<16x48xf32>) -> tensor<32x16xf32> {
  %0 = vta.dense %x, %w composite "ilavta.dense" compiler "ilavta" : (tensor<32x48xf32>, tensor<16x48xf32>) -> tensor<32x16xf32>
  return %0 : tensor<32x16xf32>
}
func.func @alu(%x: tensor<16x16xf32>, %y: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = vta.add %x, %y composite "ilavta.add" compiler "ilavta" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %1 = vta.max %0, %x composite "ilavta.max" compiler "ilavta" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %2 = vta.min %1, %y composite "ilavta.min" compiler "ilavta" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %3 = vta.relu %2 composite "ilavta.relu" compiler "ilavta" : (tensor<16x16xf32>) -> tensor<16x16xf32>
  return %3 : tensor<16x16xf32>
}
