// flexasr.lstm with configs/flexasr-lstm.json's sizes but batch 2.
func.func @main(%x: tensor<35x2x128xf32>, %h: tensor<1x2x128xf32>, %c: tensor<1x2x128xf32>, %wi: tensor<512x128xf32>, %wh: tensor<512x128xf32>, %bi: tensor<512xf32>, %bh: tensor<512xf32>) -> tensor<35x2x128xf32> {
  %0 = flexasr.lstm %x, %h, %c, %wi, %wh, %bi, %bh composite "ilaflex.lstm" compiler "ilaflex" : (tensor<35x2x128xf32>, tensor<1x2x128xf32>, tensor<1x2x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<512xf32>) -> tensor<35x2x128xf32>
  return %0 : tensor<35x2x128xf32>
}
