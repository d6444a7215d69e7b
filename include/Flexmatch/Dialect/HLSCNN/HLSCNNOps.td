//===- HLSCNNOps.td - The HLSCNN accelerator ---------------*- tablegen -*-===//
//
// HLSCNN is a convolution accelerator: it computes one 2-d convolution of an
// NCHW input with an OIHW weight, without groups or dilation.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_HLSCNN_HLSCNNOPS_TD
#define FLEXMATCH_DIALECT_HLSCNN_HLSCNNOPS_TD

include "Flexmatch/Dialect/Common/AcceleratorOpBase.td"

def HLSCNN_Dialect : Dialect {
  let name = "hlscnn";
  let summary = "the HLSCNN convolution accelerator";
  let description = [{
    Operations the HLSCNN accelerator executes. Each verifies the hardware's
    constraints and names the one an op violates.
  }];
  let cppNamespace = "::flexmatch::hlscnn";
}

def HLSCNN_Conv2DOp : Accelerator_Op<HLSCNN_Dialect, "conv2d",
    (ins AnyRankedTensor:$data, AnyRankedTensor:$weight),
    (ins DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$padding)> {
  let summary = "2-d convolution, NCHW data and OIHW weight";
  let description = [{
    `data [N, C, H, W]` convolved with `weight [O, C, KH, KW]` under
    `strides [sh, sw]` and zero `padding [top, left, bottom, right]` gives
    `[N, O, (H + top + bottom - KH) / sh + 1, (W + left + right - KW) / sw + 1]`.
    One group and no dilation: the weight has as many input channels as the
    data. Data and weight share a float element type; the result's element
    type is the configured output dtype (`out_dtypes`).

    Example:
    ```mlir
    %0 = hlscnn.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>}
           composite "ilacnn.conv2d" compiler "ilacnn"
           : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
    ```
  }];
}

#endif // FLEXMATCH_DIALECT_HLSCNN_HLSCNNOPS_TD
