//===- FlexASROps.td - The FlexASR accelerator -------------*- tablegen -*-===//
//
// FlexASR accelerates speech and language models: linear layers, max
// pooling over time, LSTMs, layer norm and attention, on vectors of 16.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_FLEXASR_FLEXASROPS_TD
#define FLEXMATCH_DIALECT_FLEXASR_FLEXASROPS_TD

include "Flexmatch/Dialect/Common/AcceleratorOpBase.td"

def FlexASR_Dialect : Dialect {
  let name = "flexasr";
  let summary = "the FlexASR speech and language accelerator";
  let description = [{
    Operations the FlexASR accelerator executes. Each verifies the
    hardware's constraints and names the one an op violates. The inputs of
    an op share an element type; the result's element type is the
    configured output dtype (`out_dtypes`).
  }];
  let cppNamespace = "::flexmatch::flexasr";
}

def FlexASR_LinearOp : Accelerator_Op<FlexASR_Dialect, "linear",
    (ins AnyRankedTensor:$data, AnyRankedTensor:$weight,
         AnyRankedTensor:$bias)> {
  let summary = "fully connected layer with bias: x * w^T + b";
  let description = [{
    `data [n, k]`, `weight [m, k]`, `bias [m]` give `[n, m]`.

    Example:
    ```mlir
    %0 = flexasr.linear %x, %w, %b composite "ilaflex.linear" compiler "ilaflex"
           : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32>
    ```
  }];
}

def FlexASR_MaxPoolOp : Accelerator_Op<FlexASR_Dialect, "maxpool",
    (ins AnyRankedTensor:$data)> {
  let summary = "max over pairs of consecutive time steps";
  let description = [{
    `data [t, h]` gives `[t / 2, h]`: row i of the result is the elementwise
    maximum of rows 2i and 2i + 1. t is even and h a multiple of 16.
  }];
}

def FlexASR_LSTMOp : Accelerator_Op<FlexASR_Dialect, "lstm",
    (ins AnyRankedTensor:$data, AnyRankedTensor:$hidden_init,
         AnyRankedTensor:$cell_init, AnyRankedTensor:$weight_ih,
         AnyRankedTensor:$weight_hh, AnyRankedTensor:$bias_ih,
         AnyRankedTensor:$bias_hh)> {
  let summary = "single-layer LSTM over a sequence";
  let description = [{
    `data [T, B, I]`, initial hidden and cell states `[1, B, H]`, weights
    `weight_ih [4H, I]`, `weight_hh [4H, H]`, biases `[4H]` give the hidden
    state of every step, `[T, B, H]`. Per step t, with h and c starting at
    the initial states: `gates = x_t w_ih^T + h w_hh^T + b_ih + b_hh`, split
    in four along the last axis as (i, f, g, o); `c = sigmoid(f) * c +
    sigmoid(i) * tanh(g)`, `h = sigmoid(o) * tanh(c)`.
  }];
}

def FlexASR_LayerNormOp : Accelerator_Op<FlexASR_Dialect, "layernorm",
    (ins AnyRankedTensor:$data, AnyRankedTensor:$gamma,
         AnyRankedTensor:$beta),
    (ins F64Attr:$epsilon)> {
  let summary = "layer normalization of each row";
  let description = [{
    `data [n, h]`, `gamma [h]`, `beta [h]` give `[n, h]`: each row minus its
    mean, divided by `sqrt(variance + epsilon)`, times gamma plus beta.
  }];
}

def FlexASR_AttentionOp : Accelerator_Op<FlexASR_Dialect, "attention",
    (ins AnyRankedTensor:$query, AnyRankedTensor:$key,
         AnyRankedTensor:$value)> {
  let summary = "scaled dot-product attention";
  let description = [{
    `query [n, d]`, `key [m, d]`, `value [m, e]` give
    `softmax(query key^T / sqrt(d)) value`, `[n, e]` (softmax over each row).
  }];
}

#endif // FLEXMATCH_DIALECT_FLEXASR_FLEXASROPS_TD
