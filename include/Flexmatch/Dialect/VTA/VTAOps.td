//===- VTAOps.td - The VTA accelerator ---------------------*- tablegen -*-===//
//
// VTA computes matrix products (GEMM) on 16 x 16 tiles and elementwise
// arithmetic in its ALU.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_VTA_VTAOPS_TD
#define FLEXMATCH_DIALECT_VTA_VTAOPS_TD

include "Flexmatch/Dialect/Common/AcceleratorOpBase.td"

def VTA_Dialect : Dialect {
  let name = "vta";
  let summary = "the VTA tensor accelerator";
  let description = [{
    Operations the VTA accelerator executes: its GEMM core (`vta.dense`) and
    its ALU (`vta.add`, `vta.max`, `vta.min`, `vta.relu`). Each verifies the
    hardware's constraints and names the one an op violates.
  }];
  let cppNamespace = "::flexmatch::vta";
}

def VTA_DenseOp : Accelerator_Op<VTA_Dialect, "dense",
    (ins AnyRankedTensor:$data, AnyRankedTensor:$weight)> {
  let summary = "matrix product x * w^T on 16 x 16 tiles";
  let description = [{
    `data [m, k]` times the transpose of `weight [n, k]` gives `[m, n]`; m,
    n and k are multiples of 16 (the GEMM core's tile). Data and weight share
    an element type; the result's is the configured output dtype.

    Example:
    ```mlir
    %0 = vta.dense %x, %w composite "ilavta.dense" compiler "ilavta"
           : (tensor<16x32xf32>, tensor<48x32xf32>) -> tensor<16x48xf32>
    ```
  }];
}

class VTA_BinaryOp<string mnemonic, string what> :
    Accelerator_Op<VTA_Dialect, mnemonic,
                   (ins AnyRankedTensor:$lhs, AnyRankedTensor:$rhs)> {
  let summary = "elementwise " # what # " in the ALU";
  let description = [{
    The elementwise }] # what # [{ of two tensors of the same type (no
    broadcasting); the result has that type.
  }];
}

def VTA_AddOp : VTA_BinaryOp<"add", "sum">;
def VTA_MaxOp : VTA_BinaryOp<"max", "maximum">;
def VTA_MinOp : VTA_BinaryOp<"min", "minimum">;

def VTA_ReluOp : Accelerator_Op<VTA_Dialect, "relu",
    (ins AnyRankedTensor:$data)> {
  let summary = "elementwise max(x, 0) in the ALU";
  let description = [{
    `max(x, 0)` of each element; the result has the operand's type.
  }];
}

#endif // FLEXMATCH_DIALECT_VTA_VTAOPS_TD
