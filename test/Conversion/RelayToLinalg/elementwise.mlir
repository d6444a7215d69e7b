// RUN: flexmatch-run %s --print | FileCheck %s
//
// Elementwise ops with NumPy broadcasting, selection, clipping, casts and
// transcendental activations (those matched to about 6 significant
// digits against Python's math module).

// out0: add, [2, 1, 3] + [4, 1] -> [2, 4, 3]: out[i, j, k] = a[i, 0, k] + b[j, 0]
// CHECK: out0: float32 (2, 4, 3)
// CHECK-NEXT: {{^}} 11 12 13 21 22 23 31 32{{$}}
// CHECK-NEXT: {{^}}33 41 42 43 14 15 16 24{{$}}
// CHECK-NEXT: {{^}}25 26 34 35 36 44 45 46{{$}}
// out1: multiply, [3] * [2, 3]
// CHECK: out1: float32 (2, 3)
// CHECK-NEXT: {{^}} 1 -4 1.5 4 -10 3{{$}}
// out2: where with condition [2, 1] = [true, false], x [1, 3], y a scalar
// CHECK: out2: float32 (2, 3)
// CHECK-NEXT: {{^}} 7 8 9 -1 -1 -1{{$}}
// out3: clip to [-1.5, 6]
// CHECK: out3: float32 (6,)
// CHECK-NEXT: {{^}} -1.5 -1 0 2.25 6 6{{$}}
// out4: cast float32 -> int32 truncates toward zero (fptosi)
// CHECK: out4: int32 (6,)
// CHECK-NEXT: {{^}} -2 0 0 0 2 3{{$}}
// out5: cast int32 -> float32 (2^24 + 1 rounds to the nearest float, 2^24)
// CHECK: out5: float32 (4,)
// CHECK-NEXT: {{^}} -3 0 7 16777216{{$}}
// out6: cast int32 -> uint8 wraps (truncation of the bits): -1 -> 255
// CHECK: out6: uint8 (4,)
// CHECK-NEXT: {{^}} 255 0 200 255{{$}}
// out7: erf of -2, -0.5, 0, 0.25, 1, 3 (Python math)
// CHECK: out7: float32 (6,)
// CHECK-NEXT: {{^}} {{(-0\.995321[0-9]*|-0\.995322[0-9]*)}} {{(-0\.520499[0-9]*|-0\.520500[0-9]*)}} 0 0.276326{{[0-9]*}} {{(0\.842700[0-9]*|0\.842701[0-9]*)}} {{(0\.999977[0-9]*|0\.999978[0-9]*)}}{{$}}
// out8: sigmoid of -2, -0.5, 0, 0.25, 1, 3 (Python math)
// CHECK: out8: float32 (6,)
// CHECK-NEXT: {{^}} 0.119202{{[0-9]*}} 0.377540{{[0-9]*}} {{(0\.499999[0-9]*|0\.5(00000[0-9]*)?)}} 0.562176{{[0-9]*}} {{(0\.731058[0-9]*|0\.731059[0-9]*)}} {{(0\.952573[0-9]*|0\.952574[0-9]*)}}{{$}}
// out9: tanh of -2, -0.5, 0, 0.25, 1, 3 (Python math)
// CHECK: out9: float32 (6,)
// CHECK-NEXT: {{^}} {{(-0\.964026[0-9]*|-0\.964027[0-9]*|-0\.964028[0-9]*)}} {{(-0\.462116[0-9]*|-0\.462117[0-9]*)}} 0 0.244918{{[0-9]*}} {{(0\.761593[0-9]*|0\.761594[0-9]*)}} {{(0\.995054[0-9]*|0\.995055[0-9]*)}}{{$}}

func.func @main() -> (tensor<2x4x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<6xf32>, tensor<6xi32>, tensor<4xf32>, tensor<4xui8>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
  %c0 = relay.constant dense<[[[1.0, 2.0, 3.0]], [[4.0, 5.0, 6.0]]]> : tensor<2x1x3xf32>
  %c1 = relay.constant dense<[[10.0], [20.0], [30.0], [40.0]]> : tensor<4x1xf32>
  %v2 = "relay.add"(%c0, %c1) : (tensor<2x1x3xf32>, tensor<4x1xf32>) -> tensor<2x4x3xf32>
  %c3 = relay.constant dense<[1.0, -2.0, 0.5]> : tensor<3xf32>
  %c4 = relay.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %v5 = "relay.multiply"(%c3, %c4) : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %c6 = relay.constant dense<[[true], [false]]> : tensor<2x1xi1>
  %c7 = relay.constant dense<[[7.0, 8.0, 9.0]]> : tensor<1x3xf32>
  %c8 = relay.constant dense<-1.0> : tensor<f32>
  %v9 = "relay.where"(%c6, %c7, %c8) : (tensor<2x1xi1>, tensor<1x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %c10 = relay.constant dense<[-7.5, -1.0, 0.0, 2.25, 6.0, 100.0]> : tensor<6xf32>
  %v11 = "relay.clip"(%c10) {a_min = -1.5 : f64, a_max = 6.0 : f64} : (tensor<6xf32>) -> tensor<6xf32>
  %c12 = relay.constant dense<[-2.7, -0.5, 0.0, 0.9, 2.5, 3.99]> : tensor<6xf32>
  %v13 = "relay.cast"(%c12) {dtype = "int32"} : (tensor<6xf32>) -> tensor<6xi32>
  %c14 = relay.constant dense<[-3, 0, 7, 16777217]> : tensor<4xi32>
  %v15 = "relay.cast"(%c14) {dtype = "float32"} : (tensor<4xi32>) -> tensor<4xf32>
  %c16 = relay.constant dense<[-1, 0, 200, 255]> : tensor<4xi32>
  %v17 = "relay.cast"(%c16) {dtype = "uint8"} : (tensor<4xi32>) -> tensor<4xui8>
  %c18 = relay.constant dense<[-2.0, -0.5, 0.0, 0.25, 1.0, 3.0]> : tensor<6xf32>
  %v19 = "relay.erf"(%c18) : (tensor<6xf32>) -> tensor<6xf32>
  %v20 = "relay.sigmoid"(%c18) : (tensor<6xf32>) -> tensor<6xf32>
  %v21 = "relay.tanh"(%c18) : (tensor<6xf32>) -> tensor<6xf32>
  return %v2, %v5, %v9, %v11, %v13, %v15, %v17, %v19, %v20, %v21 : tensor<2x4x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<6xf32>, tensor<6xi32>, tensor<4xf32>, tensor<4xui8>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
}
