// hlscnn-conv2d: a relay.nn.conv2d with groups == 1 becomes a
// flexmatch.composite "hlscnn-conv2d" whose body is the convolution (with
// its attributes); a grouped convolution stays on the host.

// RUN: echo '{"rewrites": {"hlscnn-conv2d": []}, "composites": {"hlscnn-conv2d": "ilacnn.conv2d"}, "compilers": {"hlscnn-conv2d": "ilacnn"}, "debug_functions": {}, "out_dtypes": {"hlscnn-conv2d": "float32"}}' > %t.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.json | FileCheck %s

// The composite and compiler names come from the config.
// RUN: echo '{"rewrites": {"hlscnn-conv2d": []}, "composites": {"hlscnn-conv2d": "my.cnn"}, "compilers": {"hlscnn-conv2d": "mycc"}, "debug_functions": {}, "out_dtypes": {}}' > %t.names.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.names.json | FileCheck %s --check-prefix=NAMES

// Without the rewrite nothing is offloaded.
// RUN: echo '{"rewrites": {}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}}' > %t.none.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.none.json | FileCheck %s --check-prefix=NONE --implicit-check-not=flexmatch.composite

// An out_dtype that is not the convolution's element type: no offload.
// RUN: echo '{"rewrites": {"hlscnn-conv2d": []}, "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {"hlscnn-conv2d": "int8"}}' > %t.int8.json
// RUN: flexmatch-opt %s --split-input-file --eqsat=%t.int8.json | FileCheck %s --check-prefix=NONE --implicit-check-not=flexmatch.composite

// The summary counts the regions per function.
// RUN: flexmatch-opt %s --split-input-file --mlir-disable-threading --eqsat="%t.json progress=true" 2>&1 >/dev/null | FileCheck %s --check-prefix=PROGRESS

// PROGRESS: eqsat @conv: stop Saturated after {{[0-9]+}} iterations; {{.*}}; regions 1 hlscnn-conv2d=1{{$}}
// PROGRESS: eqsat @conv_groups1: stop Saturated {{.*}}; regions 1 hlscnn-conv2d=1{{$}}
// PROGRESS: eqsat @conv_groups2: stop Saturated {{.*}}; regions 0{{$}}
// PROGRESS: eqsat @conv_relu: stop Saturated {{.*}}; regions 1 hlscnn-conv2d=1{{$}}
// PROGRESS: eqsat @two_convs: stop Saturated {{.*}}; regions 2 hlscnn-conv2d=2{{$}}

// CHECK-LABEL: func.func @conv(
// CHECK-SAME: %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>)
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%[[X]], %[[W]]) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
// CHECK-NEXT: ^bb0(%[[BX:[^:]*]]: tensor<1x3x8x8xf32>, %[[BW:[^:]*]]: tensor<4x3x3x3xf32>):
// CHECK-NEXT: %[[B:.*]] = relay.nn.conv2d %[[BX]], %[[BW]] {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
// CHECK-NEXT: flexmatch.yield %[[B]] : tensor<1x4x4x4xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C]] : tensor<1x4x4x4xf32>
// NAMES-LABEL: func.func @conv(
// NAMES: flexmatch.composite "hlscnn-conv2d" composite "my.cnn" compiler "mycc" (
// NONE-LABEL: func.func @conv(
// NONE-NEXT: relay.nn.conv2d %arg0, %arg1 {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>}
// NONE-NEXT: return
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// groups = 1 written out is still one group.
// CHECK-LABEL: func.func @conv_groups1(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "hlscnn-conv2d" composite "ilacnn.conv2d" compiler "ilacnn" (%arg0, %arg1) : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
// CHECK: relay.nn.conv2d
// CHECK: flexmatch.yield
// CHECK: return %[[C]]
func.func @conv_groups1(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = relay.nn.conv2d %x, %w {groups = 1 : i64} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// A grouped convolution is not offloaded.
// CHECK-LABEL: func.func @conv_groups2(
// CHECK-NOT: flexmatch.composite
// CHECK-NEXT: %[[C:.*]] = relay.nn.conv2d %arg0, %arg1 {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
// CHECK-NEXT: return %[[C]] : tensor<1x4x6x6xf32>
// CHECK-NEXT: }
func.func @conv_groups2(%x: tensor<1x4x8x8xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = relay.nn.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// Only the convolution is offloaded; the relu stays a plain relay op (not
// its access form) on the composite's result.
// CHECK-LABEL: func.func @conv_relu(
// CHECK-NEXT: %[[C:.*]] = flexmatch.composite "hlscnn-conv2d" {{.*}}(%arg0, %arg1)
// CHECK-NEXT: ^bb0(
// CHECK-NEXT: relay.nn.conv2d
// CHECK-NEXT: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[R:.*]] = relay.nn.relu %[[C]] : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
// CHECK-NEXT: return %[[R]]
// CHECK-NOT: access.
func.func @conv_relu(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = relay.nn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  %1 = relay.nn.relu %0 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  return %1 : tensor<1x4x6x6xf32>
}

// -----

// Two chained convolutions: two regions, the second taking the first's
// result.
// CHECK-LABEL: func.func @two_convs(
// CHECK-NEXT: %[[C0:.*]] = flexmatch.composite "hlscnn-conv2d" {{.*}}(%arg0, %arg1) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[C1:.*]] = flexmatch.composite "hlscnn-conv2d" {{.*}}(%[[C0]], %arg2) : (tensor<1x4x6x6xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x4x4xf32>
// CHECK: flexmatch.yield
// CHECK-NEXT: }
// CHECK-NEXT: return %[[C1]]
func.func @two_convs(%x: tensor<1x3x8x8xf32>, %w0: tensor<4x3x3x3xf32>, %w1: tensor<8x4x3x3xf32>) -> tensor<1x8x4x4xf32> {
  %0 = relay.nn.conv2d %x, %w0 : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  %1 = relay.nn.conv2d %0, %w1 : (tensor<1x4x6x6xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x4x4xf32>
  return %1 : tensor<1x8x4x4xf32>
}
