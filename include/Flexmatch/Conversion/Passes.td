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

def ConvertAccessToRelay : Pass<"convert-access-to-relay", "mlir::ModuleOp"> {
  let summary = "Write access views as relay ops";
  let description = [{
    Replaces the access ops that only view a tensor (access, tensor,
    to_tensor, transpose, reshape, flatten, squeeze, insert_axis, pad,
    slice, concatenate, literal) by relay ops; windows becomes one take on
    the flattened input with a constant table of element indices. Run it
    before --export-relay on models where im2col left views around
    offloaded matrix products. Computations over items (access.compute,
    cartesian_product, pair, broadcast) are errors.
  }];
  let dependentDialects = ["flexmatch::relay::RelayDialect"];
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

//===----------------------------------------------------------------------===//
// Offloaded regions to accelerator ops, and back to relay for debugging
//===----------------------------------------------------------------------===//

def ConvertFlexmatchToHLSCNN : Pass<"convert-flexmatch-to-hlscnn"> {
  let summary = "Turn hlscnn-conv2d regions into hlscnn.conv2d";
  let description = [{
    Replaces every `flexmatch.composite "hlscnn-conv2d"` by an
    `hlscnn.conv2d` of its inputs with the composite's BYOC names and the
    strides and padding of the `relay.nn.conv2d` its body holds. A
    convolution HLSCNN cannot compute (a layout other than NCHW data, OIHW
    weight and NCHW output, dilation, groups) is an error at the composite
    naming the constraint, and the pass fails. Composites of other
    accelerator functions are left alone.
  }];
  let dependentDialects = ["::flexmatch::hlscnn::HLSCNNDialect"];
}

def ConvertFlexmatchToFlexASR : Pass<"convert-flexmatch-to-flexasr"> {
  let summary = "Turn flex-linear, flex-maxpool and flex-lstm regions into flexasr ops";
  let description = [{
    Replaces every `flexmatch.composite` of `flex-linear`, `flex-maxpool`
    and `flex-lstm` by `flexasr.linear`, `flexasr.maxpool` and
    `flexasr.lstm` of its inputs, with the composite's BYOC names. An op
    whose operands break a FlexASR constraint is reported at the composite
    and the pass fails. Composites of other functions are left alone.
  }];
  let dependentDialects = ["::flexmatch::flexasr::FlexASRDialect"];
}

def ConvertFlexmatchToVTA : Pass<"convert-flexmatch-to-vta"> {
  let summary = "Turn vta-dense regions into vta.dense";
  let description = [{
    Replaces every `flexmatch.composite "vta-dense"` by a `vta.dense` of
    its inputs with the composite's BYOC names. Shapes that break VTA's
    constraints are reported at the composite and the pass fails.
    Composites of other functions are left alone.
  }];
  let dependentDialects = ["::flexmatch::vta::VTADialect"];
}

def ConvertFlexmatchToAccelerators : Pass<"convert-flexmatch-to-accelerators"> {
  let summary = "All three: regions of every accelerator function to its ops";
  let description = [{
    Runs --convert-flexmatch-to-hlscnn, --convert-flexmatch-to-flexasr and
    --convert-flexmatch-to-vta in one walk. Composites of functions no
    accelerator dialect knows stay as they are.
  }];
  let dependentDialects = [
    "::flexmatch::flexasr::FlexASRDialect",
    "::flexmatch::hlscnn::HLSCNNDialect",
    "::flexmatch::vta::VTADialect",
  ];
}

def ConvertAcceleratorsToRelay : Pass<"convert-accelerators-to-relay", "mlir::ModuleOp"> {
  let summary = "Debug lowering: accelerator ops as the relay ops they compute";
  let description = [{
    Replaces every hlscnn, flexasr and vta op by relay ops computing what
    the accelerator computes, so --convert-relay-to-linalg,
    --flexmatch-lower-to-llvm and flexmatch-run execute the model on the
    CPU. Without configs each op takes its built-in semantics (see the
    op's documentation). With `configs=a.json,...`, an op whose accelerator
    function (hlscnn.conv2d: hlscnn-conv2d, flexasr.linear: flex-linear,
    flexasr.maxpool: flex-maxpool, flexasr.lstm: flex-lstm, vta.dense:
    vta-dense) has a Relay-text debug function there computes that function
    instead: its body is cloned on the op's operands, every type inferred
    again (the function's parameter types may differ from the operands',
    e.g. in the batch). Untyped parameters take the operands' types. A
    result whose element type differs from the op's (the configured out
    dtype) is cast.
  }];
  let options = [
    ListOption<"configs", "configs", "std::string",
               "Config files whose debug functions define the ops">,
  ];
  let dependentDialects = ["::flexmatch::relay::RelayDialect"];
}

#endif // FLEXMATCH_CONVERSION_PASSES_TD
