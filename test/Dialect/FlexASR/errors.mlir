// RUN: flexmatch-opt %s -split-input-file -verify-diagnostics

func.func @linear_rank(%a0: tensor<2x4x8xf32>, %a1: tensor<3x8xf32>, %a2: tensor<3xf32>) -> tensor<4x3xf32> {
  // expected-error @below {{violates 'rank 2': data has shape [2, 4, 8]}}
  %0 = flexasr.linear %a0, %a1, %a2 composite "c" compiler "d" : (tensor<2x4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @linear_k(%a0: tensor<4x8xf32>, %a1: tensor<3x7xf32>, %a2: tensor<3xf32>) -> tensor<4x3xf32> {
  // expected-error @below {{weight [m, k] has shape [3, 7] but [3, 8] is required}}
  %0 = flexasr.linear %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x7xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @linear_bias(%a0: tensor<4x8xf32>, %a1: tensor<3x8xf32>, %a2: tensor<4xf32>) -> tensor<4x3xf32> {
  // expected-error @below {{bias [m] has shape [4] but [3] is required}}
  %0 = flexasr.linear %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<4xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @linear_bias_rank(%a0: tensor<4x8xf32>, %a1: tensor<3x8xf32>, %a2: tensor<1x3xf32>) -> tensor<4x3xf32> {
  // expected-error @below {{violates 'rank 1': bias has shape [1, 3]}}
  %0 = flexasr.linear %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<1x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @linear_result(%a0: tensor<4x8xf32>, %a1: tensor<3x8xf32>, %a2: tensor<3xf32>) -> tensor<3x4xf32> {
  // expected-error @below {{result shape [3, 4] differs from the computed [4, 3]}}
  %0 = flexasr.linear %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @linear_mixed(%a0: tensor<4x8xf32>, %a1: tensor<3x8xf32>, %a2: tensor<3xf16>) -> tensor<4x3xf32> {
  // expected-error @below {{violates 'one input element type': operand #2 has element type 'f16' but operand #0 has 'f32'}}
  %0 = flexasr.linear %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf16>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @maxpool_odd(%a0: tensor<5x32xf32>) -> tensor<2x32xf32> {
  // expected-error @below {{violates 't even': the data [t, h] = [5, 32] has an odd number of steps}}
  %0 = flexasr.maxpool %a0 composite "c" compiler "d" : (tensor<5x32xf32>) -> tensor<2x32xf32>
  return %0 : tensor<2x32xf32>
}

// -----

func.func @maxpool_h(%a0: tensor<6x24xf32>) -> tensor<3x24xf32> {
  // expected-error @below {{violates 'h % 16 == 0': the data [t, h] = [6, 24] has h not a multiple of 16}}
  %0 = flexasr.maxpool %a0 composite "c" compiler "d" : (tensor<6x24xf32>) -> tensor<3x24xf32>
  return %0 : tensor<3x24xf32>
}

// -----

func.func @maxpool_rank(%a0: tensor<6x16x1xf32>) -> tensor<3x16xf32> {
  // expected-error @below {{violates 'rank 2': data has shape [6, 16, 1]}}
  %0 = flexasr.maxpool %a0 composite "c" compiler "d" : (tensor<6x16x1xf32>) -> tensor<3x16xf32>
  return %0 : tensor<3x16xf32>
}

// -----

func.func @maxpool_result(%a0: tensor<6x16xf32>) -> tensor<6x16xf32> {
  // expected-error @below {{result shape [6, 16] differs from the computed [3, 16]}}
  %0 = flexasr.maxpool %a0 composite "c" compiler "d" : (tensor<6x16xf32>) -> tensor<6x16xf32>
  return %0 : tensor<6x16xf32>
}

// -----

func.func @lstm_rank(%a0: tensor<5x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<16xf32>, %a6: tensor<16xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{violates 'rank 3': data has shape [5, 3]}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_hidden(%a0: tensor<5x2x3xf32>, %a1: tensor<1x3x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<16xf32>, %a6: tensor<16xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{the initial hidden state [1, B, H] has shape [1, 3, 4] but [1, 2, 4] is required}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x3x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_cell(%a0: tensor<5x2x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<2x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<16xf32>, %a6: tensor<16xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{the initial cell state [1, B, H] has shape [2, 2, 4] but [1, 2, 4] is required}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<2x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_wih(%a0: tensor<5x2x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<12x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<16xf32>, %a6: tensor<16xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{weight_ih [4H, I] has shape [12, 3] but [16, 3] is required}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<12x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_whh(%a0: tensor<5x2x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x3xf32>, %a5: tensor<16xf32>, %a6: tensor<16xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{weight_hh [4H, H] has shape [16, 3] but [16, 4] is required}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x3xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_bih(%a0: tensor<5x2x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<8xf32>, %a6: tensor<16xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{bias_ih [4H] has shape [8] but [16] is required}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<8xf32>, tensor<16xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_bhh(%a0: tensor<5x2x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<16xf32>, %a6: tensor<4xf32>) -> tensor<5x2x4xf32> {
  // expected-error @below {{bias_hh [4H] has shape [4] but [16] is required}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<4xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

func.func @lstm_result(%a0: tensor<5x2x3xf32>, %a1: tensor<1x2x4xf32>, %a2: tensor<1x2x4xf32>, %a3: tensor<16x3xf32>, %a4: tensor<16x4xf32>, %a5: tensor<16xf32>, %a6: tensor<16xf32>) -> tensor<5x1x4xf32> {
  // expected-error @below {{result shape [5, 1, 4] differs from the computed [5, 2, 4]}}
  %0 = flexasr.lstm %a0, %a1, %a2, %a3, %a4, %a5, %a6 composite "c" compiler "d" : (tensor<5x2x3xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<16x3xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<5x1x4xf32>
  return %0 : tensor<5x1x4xf32>
}

// -----

func.func @layernorm_gamma(%a0: tensor<4x16xf32>, %a1: tensor<8xf32>, %a2: tensor<16xf32>) -> tensor<4x16xf32> {
  // expected-error @below {{gamma [h] has shape [8] but [16] is required}}
  %0 = flexasr.layernorm %a0, %a1, %a2 {epsilon = 1.0e-05 : f64} composite "c" compiler "d" : (tensor<4x16xf32>, tensor<8xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

func.func @layernorm_beta(%a0: tensor<4x16xf32>, %a1: tensor<16xf32>, %a2: tensor<16x1xf32>) -> tensor<4x16xf32> {
  // expected-error @below {{violates 'rank 1': beta has shape [16, 1]}}
  %0 = flexasr.layernorm %a0, %a1, %a2 {epsilon = 1.0e-05 : f64} composite "c" compiler "d" : (tensor<4x16xf32>, tensor<16xf32>, tensor<16x1xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

func.func @layernorm_rank(%a0: tensor<2x4x16xf32>, %a1: tensor<16xf32>, %a2: tensor<16xf32>) -> tensor<2x4x16xf32> {
  // expected-error @below {{violates 'rank 2': data has shape [2, 4, 16]}}
  %0 = flexasr.layernorm %a0, %a1, %a2 {epsilon = 1.0e-05 : f64} composite "c" compiler "d" : (tensor<2x4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x4x16xf32>
  return %0 : tensor<2x4x16xf32>
}

// -----

func.func @layernorm_epsilon(%a0: tensor<4x16xf32>, %a1: tensor<16xf32>, %a2: tensor<16xf32>) -> tensor<4x16xf32> {
  // expected-error @below {{epsilon must be non-negative, got -1.000000e+00}}
  %0 = flexasr.layernorm %a0, %a1, %a2 {epsilon = -1.0 : f64} composite "c" compiler "d" : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

func.func @attention_key(%a0: tensor<4x8xf32>, %a1: tensor<6x7xf32>, %a2: tensor<6x5xf32>) -> tensor<4x5xf32> {
  // expected-error @below {{key [m, d] has shape [6, 7] but [6, 8] is required}}
  %0 = flexasr.attention %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<6x7xf32>, tensor<6x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

func.func @attention_value(%a0: tensor<4x8xf32>, %a1: tensor<6x8xf32>, %a2: tensor<5x5xf32>) -> tensor<4x5xf32> {
  // expected-error @below {{value [m, e] has shape [5, 5] but [6, 5] is required}}
  %0 = flexasr.attention %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<6x8xf32>, tensor<5x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

func.func @attention_result(%a0: tensor<4x8xf32>, %a1: tensor<6x8xf32>, %a2: tensor<6x5xf32>) -> tensor<4x6xf32> {
  // expected-error @below {{result shape [4, 6] differs from the computed [4, 5]}}
  %0 = flexasr.attention %a0, %a1, %a2 composite "c" compiler "d" : (tensor<4x8xf32>, tensor<6x8xf32>, tensor<6x5xf32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}
