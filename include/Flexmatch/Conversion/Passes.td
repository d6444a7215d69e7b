//===- Passes.td - flexmatch conversion passes -------------*- tablegen -*-===//
//
// Lowerings from flexmatch's dialects towards code that runs.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_CONVERSION_PASSES_TD
#define FLEXMATCH_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertRelayToLinalg : Pass<"convert-relay-to-linalg", "mlir::ModuleOp"> {
  let summary = "Lower relay ops to linalg, tensor, arith and math on tensors";
  let description = [{
    Rewrites every relay op of the module into ops on builtin tensors: linalg
    named ops where MLIR has one (convolutions, pooling, matmul,
    batch_matmul, transpose, fill), linalg.generic elsewhere, tensor ops for
    reshapes, slices and concatenation. Tuples are flattened: a function
    taking or returning a tuple takes or returns its fields. `relay.fn`
    literals are inlined into the `relay.call`s that call them, `relay.if`
    becomes `scf.if` and `relay.call_global` becomes `func.call`. Unsigned
    integer tensors become signless ones; the ops that care (division,
    comparison, casts, max/min) use their unsigned forms.

    Ops that have no computation to lower (`relay.accelerator_call`, whose
    semantics live in a device) and dynamic shapes are reported as errors.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::func::FuncDialect",
    "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect",
    "mlir::scf::SCFDialect",
    "mlir::tensor::TensorDialect",
  ];
}

def ConvertAccessToLinalg : Pass<"convert-access-to-linalg", "mlir::ModuleOp"> {
  let summary = "Lower access ops to linalg and tensor ops on tensors";
  let description = [{
    An access pattern becomes the tensor it views (its shape and item dims
    concatenated); each access op becomes the tensor computation it denotes:
    transposes, pads, slices, reshapes and concatenations as such, windows
    as a linalg.generic reading the input through an affine map, cartesian
    products and pairs as a generic selecting between its inputs, and
    compute as reductions and elementwise generics over the item dims. Ops
    of other dialects (relay ops beside access ops) are left alone, so any
    mix of relay and access ops lowers with this pass and
    --convert-relay-to-linalg.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect",
    "mlir::tensor::TensorDialect",
  ];
}

def RelayToAccess : Pass<"relay-to-access", "mlir::ModuleOp"> {
  let summary = "Rewrite relay ops into their glenside access-pattern forms";
  let description = [{
    Replaces every relay op that glenside can express by its form in the
    access dialect, ending in `access.to_tensor`: nn.dense and the
    convolutions (groups 1, no dilation) as dot products over cartesian
    products (with windows for convolutions), pooling as reductions over
    windows, elementwise ops and bias_add as computes over paired
    operands, softmax and mean over trailing axes, and the shape ops as
    access reshapes, transposes, axis insertions and removals, zero pads,
    concatenations and slices. The forms come from the registry of
    Flexmatch/Conversion/RelayToAccess.h, which the e-graph shares. Other
    ops, and ops whose attributes fall outside their form, stay relay ops.
  }];
  let dependentDialects = ["flexmatch::access::AccessDialect"];
}

def ConvertAcceleratorsToRuntime
    : Pass<"convert-accelerators-to-runtime", "mlir::ModuleOp"> {
  let summary = "Turn accelerator ops into calls of the accelerator ABI";
  let description = [{
    Every op of the hlscnn, flexasr and vta dialects becomes a call to
    `flexmatch_<compiler>_<composite>_<element type>` (declared privately
    in the module) on memref descriptors of its operands and of a fresh
    result buffer, then its scalar attributes in name order; see
    include/Flexmatch/Runtime/AcceleratorABI.h. `flexmatch-run` resolves
    the calls to the reference runtime.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::bufferization::BufferizationDialect",
    "mlir::func::FuncDialect",
    "mlir::memref::MemRefDialect",
  ];
}

#endif // FLEXMATCH_CONVERSION_PASSES_TD
