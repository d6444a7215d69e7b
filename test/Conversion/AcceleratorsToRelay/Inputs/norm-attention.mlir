// flexasr.layernorm against relay's nn.layer_norm, flexasr.attention
// against a batch_matmul formulation, VTA's ALU against relay ops: each
// function returns both, which must agree.
func.func @layernorm(%x: tensor<6x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) -> (tensor<6x32xf32>, tensor<6x32xf32>) {
  %0 = flexasr.layernorm %x, %g, %b {epsilon = 1.0e-05 : f64} composite "ilaflex.layernorm" compiler "ilaflex" : (tensor<6x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<6x32xf32>
  %1 = relay.nn.layer_norm %x, %g, %b {epsilon = 1.0e-05 : f64} : (tensor<6x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<6x32xf32>
  return %0, %1 : tensor<6x32xf32>, tensor<6x32xf32>
}

func.func @attention(%q: tensor<4x16xf32>, %k: tensor<6x16xf32>, %v: tensor<6x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %0 = flexasr.attention %q, %k, %v composite "ilaflex.attention" compiler "ilaflex" : (tensor<4x16xf32>, tensor<6x16xf32>, tensor<6x8xf32>) -> tensor<4x8xf32>
  %kt = relay.transpose %k : (tensor<6x16xf32>) -> tensor<16x6xf32>
  %s = relay.nn.matmul %q, %kt : (tensor<4x16xf32>, tensor<16x6xf32>) -> tensor<4x6xf32>
  %c = relay.constant dense<4.0> : tensor<f32>
  %d = relay.divide %s, %c : (tensor<4x6xf32>, tensor<f32>) -> tensor<4x6xf32>
  %p = relay.nn.softmax %d : (tensor<4x6xf32>) -> tensor<4x6xf32>
  %1 = relay.nn.matmul %p, %v : (tensor<4x6xf32>, tensor<6x8xf32>) -> tensor<4x8xf32>
  return %0, %1 : tensor<4x8xf32>, tensor<4x8xf32>
}

func.func @alu(%x: tensor<16x16xf32>, %y: tensor<16x16xf32>) -> (tensor<16x16xf32>, tensor<16x16xf32>) {
  %0 = vta.add %x, %y composite "c" compiler "d" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %1 = vta.max %0, %x composite "c" compiler "d" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %2 = vta.min %1, %y composite "c" compiler "d" : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %3 = vta.relu %2 composite "c" compiler "d" : (tensor<16x16xf32>) -> tensor<16x16xf32>
  %4 = relay.add %x, %y : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %5 = relay.maximum %4, %x : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %6 = relay.minimum %5, %y : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
  %7 = relay.nn.relu %6 : (tensor<16x16xf32>) -> tensor<16x16xf32>
  return %3, %7 : tensor<16x16xf32>, tensor<16x16xf32>
}
