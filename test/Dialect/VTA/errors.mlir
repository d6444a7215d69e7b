// RUN: flexmatch-opt %s -split-input-file -verify-diagnostics

func.func @rank(%x: tensor<1x16x32xf32>, %w: tensor<48x32xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{violates 'rank 2': data has shape [1, 16, 32]}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<1x16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}

// -----

func.func @weight_rank(%x: tensor<16x32xf32>, %w: tensor<32xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{violates 'rank 2': weight has shape [32]}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x32xf32>, tensor<32xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}

// -----

func.func @m(%x: tensor<8x32xf32>, %w: tensor<48x32xf32>) -> tensor<8x48xf32> {
  // expected-error @below {{violates 'dims % 16 == 0': m = 8 is not a multiple of 16}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<8x32xf32>, tensor<48x32xf32>) -> tensor<8x48xf32>
  return %0 : tensor<8x48xf32>
}

// -----

func.func @n(%x: tensor<16x32xf32>, %w: tensor<40x32xf32>) -> tensor<16x40xf32> {
  // expected-error @below {{violates 'dims % 16 == 0': n = 40 is not a multiple of 16}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x32xf32>, tensor<40x32xf32>) -> tensor<16x40xf32>
  return %0 : tensor<16x40xf32>
}

// -----

func.func @k(%x: tensor<16x20xf32>, %w: tensor<48x20xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{violates 'dims % 16 == 0': k = 20 is not a multiple of 16}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x20xf32>, tensor<48x20xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}

// -----

func.func @k_mismatch(%x: tensor<16x32xf32>, %w: tensor<48x16xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{data [m, k] = [16, 32] and weight [n, k] = [48, 16] differ in k}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x32xf32>, tensor<48x16xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}

// -----

func.func @result(%x: tensor<16x32xf32>, %w: tensor<48x32xf32>) -> tensor<48x16xf32> {
  // expected-error @below {{result shape [48, 16] differs from the computed [16, 48]}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<48x16xf32>
  return %0 : tensor<48x16xf32>
}

// -----

func.func @mixed(%x: tensor<16x32xi8>, %w: tensor<48x32xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{violates 'one input element type': operand #1 has element type 'f32' but operand #0 has 'i8'}}
  %0 = vta.dense %x, %w composite "c" compiler "d" : (tensor<16x32xi8>, tensor<48x32xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}

// -----

func.func @alu(%x: tensor<16x48xf32>, %y: tensor<48xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{violates 'same-shape elementwise': operand #1 has type 'tensor<48xf32>' but the result has type 'tensor<16x48xf32>'}}
  %0 = vta.add %x, %y composite "c" compiler "d" : (tensor<16x48xf32>, tensor<48xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}

// -----

func.func @relu(%x: tensor<16x48xf32>) -> tensor<16x48xf16> {
  // expected-error @below {{violates 'same-shape elementwise': operand #0 has type 'tensor<16x48xf32>' but the result has type 'tensor<16x48xf16>'}}
  %0 = vta.relu %x composite "c" compiler "d" : (tensor<16x48xf32>) -> tensor<16x48xf16>
  return %0 : tensor<16x48xf16>
}

// -----

func.func @dynamic(%x: tensor<?x48xf32>, %y: tensor<?x48xf32>) -> tensor<?x48xf32> {
  // expected-error @below {{violates 'static shapes': shape [?, 48] is dynamic}}
  %0 = vta.max %x, %y composite "c" compiler "d" : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
  return %0 : tensor<?x48xf32>
}

// -----

func.func @missing_names(%x: tensor<16x48xf32>) -> tensor<16x48xf32> {
  // expected-error @below {{expected 'composite'}}
  %0 = vta.relu %x : (tensor<16x48xf32>) -> tensor<16x48xf32>
  return %0 : tensor<16x48xf32>
}
