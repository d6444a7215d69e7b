// RUN: flexmatch-opt %s -split-input-file -verify-diagnostics
// Per-op verifier errors: bad operands and attributes are reported by the
// op's type inference as "<op>: <message>", followed by MLIR's "failed to
// infer returned types"; a result type that disagrees with the inferred one
// is reported as incompatible; bad enum keywords and pattern types are
// parse errors.

//===----------------------------------------------------------------------===//
// The pattern type
//===----------------------------------------------------------------------===//

// expected-error @+1 {{access pattern dims must be static and non-negative, got [-1], [3]}}
func.func @type_negative_dim(%a: !access.pattern<[-1], [3], f32>) {
  return
}

// -----

// expected-error @+1 {{access pattern dims must be static}}
func.func @type_dynamic_dim(%a: !access.pattern<[2], [?], f32>) {
  return
}

// -----

// expected-error @+1 {{access pattern element type must be an integer, index or float type, not 'tensor<2xf32>'}}
func.func @type_element(%a: !access.pattern<[2], [3], tensor<2xf32>>) {
  return
}

// -----

//===----------------------------------------------------------------------===//
// Generic checks
//===----------------------------------------------------------------------===//

func.func @wrong_result_type(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{'access.access' op inferred type(s) '!access.pattern<[2], [3], f32>' are incompatible with return type(s) of operation '!access.pattern<[2, 3], [], f32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.access"(%a) {axis = 1 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2, 3], [], f32>
  return
}

// -----

func.func @wrong_result_element_type(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{'access.flatten' op inferred type(s) '!access.pattern<[2], [3], f32>' are incompatible with return type(s) of operation '!access.pattern<[2], [3], f16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.flatten"(%a) : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f16>
  return
}

// -----

func.func @missing_attribute(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+1 {{'access.access' op requires attribute 'axis'}}
  %0 = "access.access"(%a) : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

func.func @operand_not_a_pattern(%t: tensor<2x3xf32>) {
  // expected-error @+1 {{'access.flatten' op operand #0 must be access pattern, but got 'tensor<2x3xf32>'}}
  %0 = "access.flatten"(%t) : (tensor<2x3xf32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

func.func @tensor_dynamic(%t: tensor<2x?xf32>) {
  // expected-error @+2 {{access.tensor: tensor<2x?xf32> has a dynamic dim}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.tensor"(%t) : (tensor<2x?xf32>) -> !access.pattern<[], [2, 1], f32>
  return
}

// -----

func.func @access_bad_axis(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.access: axis 3 is out of range [0, 2] for !access.pattern<[2], [3], f32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.access"(%a) {axis = 3 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

func.func @access_negative_axis(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.access: axis -1 is out of range [0, 2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.access"(%a) {axis = -1 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

func.func @to_tensor_wrong_result(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{'access.to_tensor' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.to_tensor"(%a) : (!access.pattern<[2], [3], f32>) -> tensor<6xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Rearranging dims
//===----------------------------------------------------------------------===//

func.func @transpose_repeated(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.transpose: permutation [0, 0] is not a permutation of the 2 dims of !access.pattern<[2], [3], f32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.transpose"(%a) {permutation = array<i64: 0, 0>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [2], f32>
  return
}

// -----

func.func @transpose_too_short(%a: !access.pattern<[2], [3, 4], f32>) {
  // expected-error @+2 {{access.transpose: permutation [1, 0] is not a permutation of the 3 dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.transpose"(%a) {permutation = array<i64: 1, 0>} : (!access.pattern<[2], [3, 4], f32>) -> !access.pattern<[3], [2], f32>
  return
}

// -----

func.func @transpose_out_of_range(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.transpose: permutation [2, 0] is not a permutation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.transpose"(%a) {permutation = array<i64: 2, 0>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[3], [2], f32>
  return
}

// -----

func.func @pad_bad_axis(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.pad: axis 2 is out of range [0, 1] for !access.pattern<[2], [3], f32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.pad"(%a) {axis = 2 : i64, before = 1 : i64, after = 1 : i64, pad_type = #access<pad_type zero>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

func.func @pad_negative(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.pad: padding before -1 and after 1 must be non-negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.pad"(%a) {axis = 1 : i64, before = -1 : i64, after = 1 : i64, pad_type = #access<pad_type zero>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

func.func @pad_bad_pad_type(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{expected one of [zero, min] for the value access.pad pads with, got: max}}
  // expected-error @+1 {{failed to parse Access_PadTypeAttr parameter 'value'}}
  %0 = "access.pad"(%a) {axis = 1 : i64, before = 1 : i64, after = 1 : i64, pad_type = #access<pad_type max>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [5], f32>
  return
}

// -----

func.func @pad_bad_pad_type_custom(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+1 {{unknown pad_type 'max'}}
  %0 = access.pad %a max axis 1 before 1 after 1 : !access.pattern<[2], [3], f32> -> !access.pattern<[2], [5], f32>
  return
}

// -----

func.func @slice_past_end(%a: !access.pattern<[2], [8], f32>) {
  // expected-error @+2 {{access.slice: slice [2, 9) is not a non-empty range within dim 1 of size 8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.slice"(%a) {axis = 1 : i64, low = 2 : i64, high = 9 : i64} : (!access.pattern<[2], [8], f32>) -> !access.pattern<[2], [7], f32>
  return
}

// -----

func.func @slice_empty(%a: !access.pattern<[2], [8], f32>) {
  // expected-error @+2 {{access.slice: slice [3, 3) is not a non-empty range within dim 1 of size 8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.slice"(%a) {axis = 1 : i64, low = 3 : i64, high = 3 : i64} : (!access.pattern<[2], [8], f32>) -> !access.pattern<[2], [0], f32>
  return
}

// -----

func.func @slice_zero_step(%a: !access.pattern<[2], [8], f32>) {
  // expected-error @+2 {{access.slice: step 0 must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.slice"(%a) {axis = 1 : i64, low = 0 : i64, high = 4 : i64, step = 0 : i64} : (!access.pattern<[2], [8], f32>) -> !access.pattern<[2], [4], f32>
  return
}

// -----

func.func @slice_bad_axis(%a: !access.pattern<[], [], f32>) {
  // expected-error @+2 {{access.slice: !access.pattern<[], [], f32> has no dim to take axis 0 of}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.slice"(%a) {axis = 0 : i64, low = 0 : i64, high = 1 : i64} : (!access.pattern<[], [], f32>) -> !access.pattern<[], [], f32>
  return
}

// -----

func.func @flatten_overflow(%a: !access.pattern<[4294967296, 4294967296], [], f32>) {
  // expected-error @+2 {{access.flatten: element count of !access.pattern<[4294967296, 4294967296], [], f32> overflows}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.flatten"(%a) : (!access.pattern<[4294967296, 4294967296], [], f32>) -> !access.pattern<[1], [1], f32>
  return
}

// -----

func.func @reshape_bad_shape_count(%a: !access.pattern<[6], [4], f32>) {
  // expected-error @+2 {{access.reshape: shape [4] has 4 elements but the input's [6] has 6}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.reshape"(%a) {shape = array<i64: 4>, item_shape = array<i64: 4>} : (!access.pattern<[6], [4], f32>) -> !access.pattern<[4], [4], f32>
  return
}

// -----

func.func @reshape_bad_item_count(%a: !access.pattern<[6], [4], f32>) {
  // expected-error @+2 {{access.reshape: item_shape [2, 3] has 6 elements but the input's [4] has 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.reshape"(%a) {shape = array<i64: 2, 3>, item_shape = array<i64: 2, 3>} : (!access.pattern<[6], [4], f32>) -> !access.pattern<[2, 3], [2, 3], f32>
  return
}

// -----

func.func @reshape_negative(%a: !access.pattern<[6], [4], f32>) {
  // expected-error @+2 {{access.reshape: shape [-2, -3] has a negative dim}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.reshape"(%a) {shape = array<i64: -2, -3>, item_shape = array<i64: 4>} : (!access.pattern<[6], [4], f32>) -> !access.pattern<[6], [4], f32>
  return
}

// -----

func.func @squeeze_not_one(%a: !access.pattern<[2], [1, 3], f32>) {
  // expected-error @+2 {{access.squeeze: dim 2 of !access.pattern<[2], [1, 3], f32> is 3, not 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.squeeze"(%a) {axis = 2 : i64} : (!access.pattern<[2], [1, 3], f32>) -> !access.pattern<[2], [1], f32>
  return
}

// -----

func.func @squeeze_bad_axis(%a: !access.pattern<[2], [1, 3], f32>) {
  // expected-error @+2 {{access.squeeze: axis 3 is out of range [0, 2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.squeeze"(%a) {axis = 3 : i64} : (!access.pattern<[2], [1, 3], f32>) -> !access.pattern<[2], [3], f32>
  return
}

// -----

func.func @insert_axis_bad_axis(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{access.insert_axis: axis 3 is out of range [0, 2] for !access.pattern<[2], [3], f32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.insert_axis"(%a) {axis = 3 : i64} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [3, 1], f32>
  return
}

// -----

func.func @broadcast_incompatible(%a: !access.pattern<[2], [3], f32>, %t: !access.pattern<[2], [4], f32>) {
  // expected-error @+2 {{access.broadcast: cannot broadcast dims [2, 3] to [2, 4]: dim 1 is 3, not 1 or 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.broadcast"(%a, %t) : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [4], f32>) -> !access.pattern<[2], [4], f32>
  return
}

// -----

func.func @broadcast_more_dims(%a: !access.pattern<[2], [3], f32>, %t: !access.pattern<[], [3], f32>) {
  // expected-error @+2 {{access.broadcast: cannot broadcast dims [2, 3] to [3]: more dims than the target}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.broadcast"(%a, %t) : (!access.pattern<[2], [3], f32>, !access.pattern<[], [3], f32>) -> !access.pattern<[], [3], f32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Combining access patterns
//===----------------------------------------------------------------------===//

func.func @cartesian_product_items(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[2], [4], f32>) {
  // expected-error @+2 {{access.cartesian_product: item shapes [3] and [4] differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.cartesian_product"(%a, %b) : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [4], f32>) -> !access.pattern<[2, 2], [2, 3], f32>
  return
}

// -----

func.func @cartesian_product_element_types(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[2], [3], f16>) {
  // expected-error @+2 {{access.cartesian_product: element types f32 and f16 differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.cartesian_product"(%a, %b) : (!access.pattern<[2], [3], f32>, !access.pattern<[2], [3], f16>) -> !access.pattern<[2, 2], [2, 3], f32>
  return
}

// -----

func.func @pair_types(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[3], [2], f32>) {
  // expected-error @+2 {{access.pair: operand types !access.pattern<[2], [3], f32> and !access.pattern<[3], [2], f32> differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.pair"(%a, %b) : (!access.pattern<[2], [3], f32>, !access.pattern<[3], [2], f32>) -> !access.pattern<[2], [2, 3], f32>
  return
}

// -----

func.func @concatenate_mismatch(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[4], [5], f32>) {
  // expected-error @+2 {{access.concatenate: !access.pattern<[2], [3], f32> and !access.pattern<[4], [5], f32> differ in their split or in a dim other than axis 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.concatenate"(%a, %b) {axis = 1 : i64} : (!access.pattern<[2], [3], f32>, !access.pattern<[4], [5], f32>) -> !access.pattern<[2], [8], f32>
  return
}

// -----

func.func @concatenate_split(%a: !access.pattern<[2], [3], f32>, %b: !access.pattern<[2, 3], [], f32>) {
  // expected-error @+2 {{access.concatenate: !access.pattern<[2], [3], f32> and !access.pattern<[2, 3], [], f32> differ in their split}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.concatenate"(%a, %b) {axis = 0 : i64} : (!access.pattern<[2], [3], f32>, !access.pattern<[2, 3], [], f32>) -> !access.pattern<[4], [3], f32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Computing over items
//===----------------------------------------------------------------------===//

func.func @compute_bad_kind(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+2 {{expected one of [dot_product, reduce_sum, reduce_max, reduce_mean, relu, sqrt, negative, elementwise_add, elementwise_mul, elementwise_div, softmax] for what access.compute computes per item, got: dot}}
  // expected-error @+1 {{failed to parse Access_ComputeKindAttr parameter 'value'}}
  %0 = "access.compute"(%a) {kind = #access<kind dot>} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [], f32>
  return
}

// -----

func.func @compute_bad_kind_custom(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+1 {{unknown kind 'dot'}}
  %0 = access.compute dot %a : !access.pattern<[2], [3], f32> -> !access.pattern<[2], [], f32>
  return
}

// -----

func.func @compute_kind_not_enum(%a: !access.pattern<[2], [3], f32>) {
  // expected-error @+1 {{'access.compute' op attribute 'kind' failed to satisfy constraint: what access.compute computes per item}}
  %0 = "access.compute"(%a) {kind = "dot_product"} : (!access.pattern<[2], [3], f32>) -> !access.pattern<[2], [], f32>
  return
}

// -----

func.func @compute_dot_product_scalar_item(%a: !access.pattern<[2], [], f32>) {
  // expected-error @+2 {{access.compute: dot_product needs an item with at least one dim, got !access.pattern<[2], [], f32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.compute"(%a) {kind = #access<kind dot_product>} : (!access.pattern<[2], [], f32>) -> !access.pattern<[2], [], f32>
  return
}

// -----

func.func @compute_elementwise_add_scalar_item(%a: !access.pattern<[2], [], f32>) {
  // expected-error @+2 {{access.compute: elementwise_add needs an item with at least one dim}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.compute"(%a) {kind = #access<kind elementwise_add>} : (!access.pattern<[2], [], f32>) -> !access.pattern<[2], [], f32>
  return
}

// -----

func.func @windows_too_large(%a: !access.pattern<[1], [4, 4], f32>) {
  // expected-error @+2 {{access.windows: window_shape [5, 3] does not fit item [4, 4] in dim 0: 5 is not in [1, 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.windows"(%a) {window_shape = array<i64: 5, 3>, strides = array<i64: 1, 1>} : (!access.pattern<[1], [4, 4], f32>) -> !access.pattern<[1, 1, 2], [5, 3], f32>
  return
}

// -----

func.func @windows_rank(%a: !access.pattern<[1], [4, 4], f32>) {
  // expected-error @+2 {{access.windows: window_shape [3] and strides [1] need one value per dim of item [4, 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.windows"(%a) {window_shape = array<i64: 3>, strides = array<i64: 1>} : (!access.pattern<[1], [4, 4], f32>) -> !access.pattern<[1, 2], [3], f32>
  return
}

// -----

func.func @windows_zero_stride(%a: !access.pattern<[1], [4, 4], f32>) {
  // expected-error @+2 {{access.windows: strides [1, 0] must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.windows"(%a) {window_shape = array<i64: 2, 2>, strides = array<i64: 1, 0>} : (!access.pattern<[1], [4, 4], f32>) -> !access.pattern<[1, 3, 3], [2, 2], f32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

func.func @literal_not_tensor() {
  // expected-error @+2 {{access.literal: value of type vector<2xf32> is not a static-shaped tensor}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.literal"() {value = dense<1.0> : vector<2xf32>} : () -> !access.pattern<[], [2], f32>
  return
}

// -----

func.func @literal_element_type() {
  // expected-error @+2 {{access.literal: element type complex<f32> is not an integer, index or float type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "access.literal"() {value = dense<(1.0, 2.0)> : tensor<complex<f32>>} : () -> !access.pattern<[], [], f32>
  return
}
