// An int32 model: its saved input has the wrong dtype for identity.mlir.
func.func @main(%x: tensor<1x1x4x4xi32>) -> tensor<1x1x4x4xi32> {
  return %x : tensor<1x1x4x4xi32>
}
