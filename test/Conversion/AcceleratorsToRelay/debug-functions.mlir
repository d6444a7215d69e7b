// With configs, an op whose function has a Relay debug function computes
// that function: its body cloned on the operands, types inferred again.
// RUN: flexmatch-opt %s --split-input-file --convert-accelerators-to-relay="configs=%flexmatch_src/configs/flexasr-maxpool.json,%flexmatch_src/configs/linear-rewrites.json,%flexmatch_src/configs/hlscnn-conv2d.json" | FileCheck %s

// The config's conv2d leaves strides and padding at their defaults, so it
// takes the op's: a padded, strided convolution is computed as such.
// RUN: flexmatch-opt %S/Inputs/conv-padded.mlir --convert-accelerators-to-relay=configs=%flexmatch_src/configs/hlscnn-conv2d.json | FileCheck %S/Inputs/conv-padded.mlir
// A debug function that does not compute the op's result (its own padding
// differs from the op's) is an error, not wrong numbers.
// RUN: echo '{"rewrites": {}, "composites": {}, "compilers": {}, "debug_functions": {"hlscnn-conv2d": "fn (%%x, %%w) { nn.conv2d(%%x, %%w, padding=[2, 2, 2, 2]) }"}, "out_dtypes": {}}' > %t.pad.json
// RUN: flexmatch-opt %S/Inputs/conv-mispadded.mlir --convert-accelerators-to-relay=configs=%t.pad.json -verify-diagnostics

// A debug function with other parameters than the op has operands.
// RUN: echo '{"rewrites": {}, "composites": {}, "compilers": {}, "debug_functions": {"vta-dense": "fn (%%x) { nn.relu(%%x) }"}, "out_dtypes": {}}' > %t.arity.json
// RUN: not flexmatch-opt %S/Inputs/dense.mlir --convert-accelerators-to-relay=configs=%t.arity.json 2>&1 | FileCheck %s --check-prefix=ARITY
// ARITY: error: the debug function of vta-dense has 1 parameters but vta.dense has 2 operands

// One whose ops reject the operands says which.
// RUN: echo '{"rewrites": {}, "composites": {}, "compilers": {}, "debug_functions": {"vta-dense": "fn (%%x, %%w) { nn.dense(%%w, %%w) }"}, "out_dtypes": {}}' > %t.wrong.json
// RUN: not flexmatch-opt %S/Inputs/dense.mlir --convert-accelerators-to-relay=configs=%t.wrong.json 2>&1 | FileCheck %s --check-prefix=WRONG
// WRONG: error: the debug function of vta-dense computes 'tensor<48x48xf32>' on these operands, not the op's 'tensor<16x48xf32>'

// Relay text the importer rejects is reported at its place in the config.
// RUN: echo '{"rewrites": {}, "composites": {}, "compilers": {}, "debug_functions": {"vta-dense": "fn (%%x, %%w) { nn.dense(%%x, %%w }"}, "out_dtypes": {}}' > %t.syntax.json
// RUN: not flexmatch-opt %S/Inputs/dense.mlir --convert-accelerators-to-relay=configs=%t.syntax.json 2>&1 | FileCheck %s --check-prefix=SYNTAX
// SYNTAX: debug function of vta-dense{{.*}}error:

// A config that does not load fails the pass.
// RUN: not flexmatch-opt %S/Inputs/dense.mlir --convert-accelerators-to-relay=configs=%t.missing.json 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: {{.*}}missing.json

// The maxpool's debug function reshapes with -4/-1/-2.
// CHECK-LABEL: func.func @maxpool
// CHECK-NEXT: %[[R:.*]] = relay.reshape %arg0 {newshape = array<i64: -4, -1, 2, -2>} : (tensor<6x32xf32>) -> tensor<3x2x32xf32>
// CHECK-NEXT: %[[M:.*]] = relay.max %[[R]] {axis = array<i64: 1>} : (tensor<3x2x32xf32>) -> tensor<3x32xf32>
// CHECK-NEXT: return %[[M]]
func.func @maxpool(%x: tensor<6x32xf32>) -> tensor<3x32xf32> {
  %0 = flexasr.maxpool %x composite "c" compiler "d" : (tensor<6x32xf32>) -> tensor<3x32xf32>
  return %0 : tensor<3x32xf32>
}

// -----

// Untyped parameters (`fn (%x, %w, %b)`) take the operands' types.
// CHECK-LABEL: func.func @linear
// CHECK-NEXT: %[[D:.*]] = relay.nn.dense %arg0, %arg1 : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: relay.nn.bias_add %[[D]], %arg2
func.func @linear(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>, %b: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = flexasr.linear %x, %w, %b composite "c" compiler "d" : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// The config's convolution on an op without strides or padding.
// CHECK-LABEL: func.func @conv
// CHECK-NEXT: %[[C:.*]] = relay.nn.conv2d %arg0, %arg1 : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
// CHECK-NEXT: return %[[C]]
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = hlscnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} composite "c" compiler "d" : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// Ops without a debug function keep the built-in semantics.
// CHECK-LABEL: func.func @relu
// CHECK-NEXT: relay.nn.relu %arg0
func.func @relu(%x: tensor<16xf32>) -> tensor<16xf32> {
  %0 = vta.relu %x composite "c" compiler "d" : (tensor<16xf32>) -> tensor<16xf32>
  return %0 : tensor<16xf32>
}
