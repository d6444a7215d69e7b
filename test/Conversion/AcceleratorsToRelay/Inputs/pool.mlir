// Max over pairs of time steps, spelled in the access dialect as glenside
// writes it: windows of 2, stride 2, over [16] of [8].
func.func @main(%x: tensor<16x8xf32>) -> tensor<16x4xf32> {
  %0 = access.tensor %x : tensor<16x8xf32> -> !access.pattern<[], [16, 8], f32>
  %1 = access.access %0 axis 1 : !access.pattern<[], [16, 8], f32> -> !access.pattern<[16], [8], f32>
  %2 = access.windows %1 window [2] strides [2] : !access.pattern<[16], [8], f32> -> !access.pattern<[16, 4], [2], f32>
  %3 = access.compute reduce_max %2 : !access.pattern<[16, 4], [2], f32> -> !access.pattern<[16, 4], [], f32>
  %4 = access.to_tensor %3 : !access.pattern<[16, 4], [], f32> -> tensor<16x4xf32>
  return %4 : tensor<16x4xf32>
}
