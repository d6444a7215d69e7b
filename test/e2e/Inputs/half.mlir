// float16 parameters cannot be passed as .npy inputs.
func.func @main(%x: tensor<4xf16>) -> tensor<4xf16> {
  return %x : tensor<4xf16>
}
