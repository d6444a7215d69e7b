//===- LowerToLLVM.cpp - From relay/linalg on tensors to LLVM -------------===//
//
// The pipeline the JIT runner and the validator compile with. Function
// results become out-parameters so the caller allocates (and frees) every
// buffer it sees, and functions take bare pointers to their buffers, so a
// runner calls `_mlir_<name>(void **args)` with one pointer per buffer
// whatever the function's arity.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/LowerToLLVM.h"

#include "Flexmatch/Conversion/Passes.h"
#include "Flexmatch/Transforms/Passes.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/MathToFuncs/MathToFuncs.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace {

/// Drops the relay parameter names, which LLVM IR has no place for.
struct DropParameterNamesPass
    : PassWrapper<DropParameterNamesPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(DropParameterNamesPass)
  StringRef getArgument() const final {
    return "flexmatch-drop-parameter-names";
  }
  void runOnOperation() override {
    getOperation().walk([&](func::FuncOp func) {
      for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
        func.removeArgAttr(i, "relay.name");
    });
  }
};

/// Rewrites memref.copy as linalg.copy, so that copies between strided
/// views become loops instead of calls of the `memrefCopy` runtime helper
/// (which would tie the JIT to MLIR's runner-utils library).
struct CopiesToLinalgPass
    : PassWrapper<CopiesToLinalgPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CopiesToLinalgPass)
  StringRef getArgument() const final { return "flexmatch-copies-to-linalg"; }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect>();
  }
  void runOnOperation() override {
    SmallVector<memref::CopyOp> copies;
    getOperation().walk([&](memref::CopyOp copy) { copies.push_back(copy); });
    for (memref::CopyOp copy : copies) {
      OpBuilder builder(copy);
      linalg::CopyOp::create(builder, copy.getLoc(), copy.getSource(),
                             copy.getTarget());
      copy.erase();
    }
  }
};

} // namespace

void flexmatch::buildLowerToLLVMPipeline(OpPassManager &pm) {
  // Offloaded work: composites not converted to accelerator ops compute
  // their bodies on the host; accelerator ops call the accelerator ABI
  // (the reference runtime under flexmatch-run).
  pm.addPass(createInlineComposites());
  pm.addPass(createConvertAcceleratorsToRuntime());
  // Any mix of access and relay ops (what --eqsat extracts).
  pm.addPass(createConvertAccessToLinalg());
  pm.addPass(createConvertRelayToLinalg());
  pm.addPass(createCanonicalizerPass());
  // Chains of elementwise ops (batch norm's arithmetic, bias, relu) become
  // one loop nest instead of one buffer each.
  pm.addPass(createLinalgElementwiseOpFusionPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  bufferization::buildBufferDeallocationPipeline(pm);
  // Deallocation may call a generated `dealloc_helper` on dynamically
  // shaped memrefs, which the bare-pointer convention below cannot pass:
  // inline it and drop it.
  pm.addPass(createInlinerPass());
  pm.addPass(createSymbolDCEPass());
  pm.addPass(createCanonicalizerPass());

  pm.addPass(std::make_unique<CopiesToLinalgPass>());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(std::make_unique<DropParameterNamesPass>());
  // Intrinsics where LLVM has them, integer powers as functions, the rest
  // (erf) from libm.
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToFuncs());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  // Every buffer has a static shape and the identity layout, so functions
  // take bare pointers: a memref descriptor per parameter would make the
  // entry blocks of large models (hundreds of parameters) so long that
  // LLVM's instruction selection takes seconds on them.
  ConvertFuncToLLVMPassOptions funcToLLVM;
  funcToLLVM.useBarePtrCallConv = true;
  pm.addPass(createConvertFuncToLLVMPass(funcToLLVM));
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

void flexmatch::registerLowerToLLVMPipeline() {
  PassPipelineRegistration<>(
      "flexmatch-lower-to-llvm",
      "Lower relay or linalg on tensors to the LLVM dialect for the JIT "
      "(bufferization with results as out-parameters, loops, LLVM)",
      buildLowerToLLVMPipeline);
}
