// RUN: flexmatch-run %s --print | FileCheck %s
//
// Softmax, log_softmax, layer_norm and batch_norm against their closed
// forms (evaluated in double precision, matched to about 6 significant
// digits).

// out0: softmax over the last axis: exp(x) / sum(exp(x))
// CHECK: out0: float32 (2, 4)
// CHECK-NEXT: {{^}} {{(0\.0320585[0-9]*|0\.0320586[0-9]*)}} {{(0\.0871442[0-9]*|0\.0871443[0-9]*)}} 0.236882{{[0-9]*}} {{(0\.643913[0-9]*|0\.643914[0-9]*)}} {{(0\.0641476[0-9]*|0\.0641477[0-9]*)}} 0.174371{{[0-9]*}} {{(0\.473990[0-9]*|0\.473991[0-9]*)}} {{(0\.287489[0-9]*|0\.287490[0-9]*)}}{{$}}
// out1: softmax over axis 0
// CHECK: out1: float32 (2, 4)
// CHECK-NEXT: {{^}} {{(0\.880796[0-9]*|0\.880797[0-9]*)}} {{(0\.880796[0-9]*|0\.880797[0-9]*)}} {{(0\.880796[0-9]*|0\.880797[0-9]*)}} {{(0\.970687[0-9]*|0\.970688[0-9]*)}} 0.119202{{[0-9]*}} 0.119202{{[0-9]*}} 0.119202{{[0-9]*}} 0.0293122{{[0-9]*}}{{$}}
// out2: log_softmax: x - max - log(sum(exp(x - max)))
// CHECK: out2: float32 (2, 4)
// CHECK-NEXT: {{^}} {{(-3\.44018[0-9]*|-3\.44019[0-9]*)}} {{(-2\.44018[0-9]*|-2\.44019[0-9]*)}} {{(-1\.44018[0-9]*|-1\.44019[0-9]*)}} -0.440189{{[0-9]*}} -2.74656{{[0-9]*}} -1.74656{{[0-9]*}} {{(-0\.746566[0-9]*|-0\.746567[0-9]*)}} -1.24656{{[0-9]*}}{{$}}
// out3: layer_norm (axis -1, epsilon 1e-5): (x - mean) / sqrt(var + eps) * gamma + beta,
// out3: var the biased variance; row 0 has mean 2.5 and var 1.25
// CHECK: out3: float32 (2, 4)
// CHECK-NEXT: {{^}} -1.34163{{[0-9]*}} 0.105576{{[0-9]*}} {{(-0\.776393[0-9]*|-0\.776394[0-9]*)}} -1.09163{{[0-9]*}} -1.52126{{[0-9]*}} {{(0\.661940[0-9]*|0\.661941[0-9]*)}} -0.408397{{[0-9]*}} {{(-0\.257087[0-9]*|-0\.257088[0-9]*)}}{{$}}
// out4: batch_norm (axis 1, epsilon 1e-3), item 0: (x - mean) / sqrt(var + eps) * gamma + beta;
// out4: channel 0: (x - 2) / sqrt(4.001) * 2 + 0.5, channel 1: (x - 1) / sqrt(0.251) * 0.5 + 0.25
// CHECK: out4: float32 (1, 2, 2, 2)
// CHECK-NEXT: {{^}} {{(-0\.499874[0-9]*|-0\.499875[0-9]*)}} {{(0\.499999[0-9]*|0\.5(00000[0-9]*)?)}} 1.49987{{[0-9]*}} {{(2\.49974[0-9]*|2\.49975[0-9]*)}} -2.74401{{[0-9]*}} {{(-0\.748005[0-9]*|-0\.748006[0-9]*)}} 1.24800{{[0-9]*}} 3.24401{{[0-9]*}}{{$}}

func.func @main() -> (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<1x2x2x2xf32>) {
  %c0 = relay.constant dense<[[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 1.0, 0.5]]> : tensor<2x4xf32>
  %v1 = "relay.nn.softmax"(%c0) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %v2 = "relay.nn.softmax"(%c0) {axis = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %v3 = "relay.nn.log_softmax"(%c0) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %c4 = relay.constant dense<[1.0, 2.0, 0.5, -1.0]> : tensor<4xf32>
  %c5 = relay.constant dense<[0.0, 1.0, -1.0, 0.25]> : tensor<4xf32>
  %v6 = "relay.nn.layer_norm"(%c0, %c4, %c5) : (tensor<2x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  %c7 = relay.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[-2.0, 0.0], [2.0, 4.0]]]]> : tensor<1x2x2x2xf32>
  %c8 = relay.constant dense<[2.0, 0.5]> : tensor<2xf32>
  %c9 = relay.constant dense<[0.5, 0.25]> : tensor<2xf32>
  %c10 = relay.constant dense<[2.0, 1.0]> : tensor<2xf32>
  %c11 = relay.constant dense<[4.0, 0.25]> : tensor<2xf32>
  %v12 = "relay.nn.batch_norm"(%c7, %c8, %c9, %c10, %c11) {epsilon = 1.0e-03 : f64} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tuple<tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>>
  %v13 = relay.tuple_get_item %v12[0] : tuple<tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>> -> tensor<1x2x2x2xf32>
  return %v1, %v2, %v3, %v6, %v13 : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<1x2x2x2xf32>
}
