//===- InitAllDialects.h - Register flexmatch's dialects --------*- C++ -*-===//
//
// flexmatch's own dialects, and the upstream ones its lowerings produce, with
// the external interface models one-shot bufferization needs.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_INITALLDIALECTS_H
#define FLEXMATCH_INITALLDIALECTS_H

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "Flexmatch/Dialect/VTA/VTAOps.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/IR/DialectRegistry.h"

namespace flexmatch {

inline void registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<access::AccessDialect, fm::FlexmatchDialect,
                  relay::RelayDialect, mlir::func::FuncDialect>();
  // The accelerators' operations.
  registry.insert<flexasr::FlexASRDialect, hlscnn::HLSCNNDialect,
                  vta::VTADialect>();
  // What the lowerings produce, down to the LLVM dialect.
  registry.insert<mlir::affine::AffineDialect, mlir::arith::ArithDialect,
                  mlir::bufferization::BufferizationDialect,
                  mlir::cf::ControlFlowDialect, mlir::index::IndexDialect,
                  mlir::linalg::LinalgDialect, mlir::LLVM::LLVMDialect,
                  mlir::math::MathDialect, mlir::memref::MemRefDialect,
                  mlir::scf::SCFDialect, mlir::tensor::TensorDialect>();
  // The LLVM pipeline inlines deallocation helpers.
  mlir::func::registerInlinerExtension(registry);
  mlir::arith::registerBufferizableOpInterfaceExternalModels(registry);
  mlir::bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  mlir::linalg::registerBufferizableOpInterfaceExternalModels(registry);
  mlir::scf::registerBufferizableOpInterfaceExternalModels(registry);
  mlir::tensor::registerBufferizableOpInterfaceExternalModels(registry);
}

} // namespace flexmatch

#endif // FLEXMATCH_INITALLDIALECTS_H
