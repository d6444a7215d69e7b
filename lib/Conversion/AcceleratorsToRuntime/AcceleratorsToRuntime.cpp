//===- AcceleratorsToRuntime.cpp - Accelerator ops as ABI calls -----------===//
//
// The op becomes a call of a private wrapper function on tensors, whose
// body crosses the buffer boundary: operands become read-only buffers
// (bufferization.to_buffer), the result a fresh buffer the callee fills
// (memref.alloc, then bufferization.to_tensor). One-shot bufferization sees
// a call that only reads its operands and returns new memory; keeping the
// to_buffer ops inside the wrapper matters, as CSE would otherwise merge
// two reads of one tensor into the earlier one and bufferization could
// then overwrite the tensor before the later call reads it.
//
// Each tensor is passed as a pointer to a memref descriptor
// (AcceleratorABI.h). The LLVM pipeline passes memrefs as bare pointers, so
// the descriptor is built explicitly: a stack buffer of i64 holding the
// aligned pointer twice (allocated and aligned), the offset, the sizes and
// the strides, which is the layout of StridedMemRefType on 64-bit targets;
// passing that buffer passes a pointer to the descriptor. (Built in the
// wrapper, the descriptors never outlive the buffers they point to; the
// inliner removes the wrapper after deallocation.)
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/AcceleratorsToRuntime.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

#include "llvm/ADT/StringExtras.h"

#include <map>

namespace flexmatch {
#define GEN_PASS_DEF_CONVERTACCELERATORSTORUNTIME
#include "Flexmatch/Conversion/Passes.h.inc"
} // namespace flexmatch

using namespace mlir;
using namespace flexmatch;

std::string flexmatch::runtimeEntryName(StringRef compiler,
                                        StringRef composite,
                                        Type elementType) {
  auto sanitize = [](StringRef text) {
    std::string result;
    for (char c : text)
      result += llvm::isAlnum(c) ? c : '_';
    return result;
  };
  std::string type;
  llvm::raw_string_ostream os(type);
  elementType.print(os);
  return "flexmatch_" + sanitize(compiler) + "_" + sanitize(composite) + "_" +
         sanitize(type);
}

namespace {
bool isAcceleratorOp(Operation *op) {
  StringRef dialect = op->getName().getDialectNamespace();
  return dialect == "hlscnn" || dialect == "flexasr" || dialect == "vta";
}

/// vta's ALU ops take their tensors flattened (AcceleratorABI.h).
bool isElementwise(Operation *op) {
  return op->getName().getDialectNamespace() == "vta" &&
         llvm::is_contained({"vta.add", "vta.max", "vta.min", "vta.relu"},
                            op->getName().getStringRef());
}

class Lowering {
public:
  explicit Lowering(ModuleOp module) : Module(module) {}

  LogicalResult lower(Operation *op) {
    auto compiler = op->getAttrOfType<StringAttr>("compiler");
    auto composite = op->getAttrOfType<StringAttr>("composite");
    if (!compiler || !composite)
      return op->emitError("needs 'compiler' and 'composite' names to call "
                           "its accelerator");
    if (op->getNumResults() != 1)
      return op->emitError("accelerator ops have one result");
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!resultType || !resultType.hasStaticShape())
      return op->emitError("the accelerator ABI needs a static result shape");
    bool flatten = isElementwise(op);
    OpBuilder b(op);
    Location loc = op->getLoc();

    for (Value operand : op->getOperands()) {
      auto type = dyn_cast<RankedTensorType>(operand.getType());
      if (!type || !type.hasStaticShape())
        return op->emitError("the accelerator ABI needs static tensor shapes");
    }
    SmallVector<Value> args(op->getOperands());
    if (failed(appendScalars(b, op, args)))
      return failure();
    std::string name = runtimeEntryName(compiler, composite,
                                        resultType.getElementType());
    FailureOr<func::FuncOp> wrapper =
        declareWrapper(op, name, args, resultType, flatten);
    if (failed(wrapper))
      return failure();
    Value tensor = func::CallOp::create(b, loc, *wrapper, args).getResult(0);
    op->getResult(0).replaceAllUsesWith(tensor);
    op->erase();
    return success();
  }

private:
  /// A stack buffer holding the memref descriptor of \p buffer.
  Value descriptor(OpBuilder &b, Location loc, Value buffer, bool flatten) {
    auto type = cast<MemRefType>(buffer.getType());
    if (flatten && type.getRank() != 1) {
      SmallVector<ReassociationIndices> all(1);
      for (int64_t i = 0; i < type.getRank(); ++i)
        all.front().push_back(i);
      buffer = memref::CollapseShapeOp::create(b, loc, buffer, all);
      type = cast<MemRefType>(buffer.getType());
    }
    int64_t rank = type.getRank();
    auto i64 = b.getI64Type();
    Value desc = memref::AllocaOp::create(
        b, loc, MemRefType::get({3 + 2 * rank}, i64));
    auto store = [&](Value value, int64_t slot) {
      if (value.getType().isIndex())
        value = arith::IndexCastOp::create(b, loc, i64, value);
      memref::StoreOp::create(
          b, loc, value, desc,
          ValueRange{arith::ConstantIndexOp::create(b, loc, slot)});
    };
    Value pointer =
        memref::ExtractAlignedPointerAsIndexOp::create(b, loc, buffer);
    store(pointer, 0);
    store(pointer, 1);
    auto metadata =
        memref::ExtractStridedMetadataOp::create(b, loc, buffer);
    store(metadata.getOffset(), 2);
    for (int64_t i = 0; i < rank; ++i) {
      store(metadata.getSizes()[i], 3 + i);
      store(metadata.getStrides()[i], 3 + rank + i);
    }
    return desc;
  }

  /// The op's scalar attributes, in name order (AcceleratorABI.h).
  LogicalResult appendScalars(OpBuilder &b, Operation *op,
                              SmallVectorImpl<Value> &args) {
    Location loc = op->getLoc();
    SmallVector<NamedAttribute> attrs(op->getAttrs());
    llvm::sort(attrs, [](const NamedAttribute &lhs, const NamedAttribute &rhs) {
      return lhs.getName().strref() < rhs.getName().strref();
    });
    for (NamedAttribute attr : attrs) {
      StringRef name = attr.getName().strref();
      if (name == "compiler" || name == "composite")
        continue;
      Attribute value = attr.getValue();
      if (auto array = dyn_cast<DenseI64ArrayAttr>(value)) {
        for (int64_t element : array.asArrayRef())
          args.push_back(arith::ConstantIntOp::create(b, loc, element, 64));
      } else if (auto integer = dyn_cast<IntegerAttr>(value)) {
        args.push_back(
            arith::ConstantIntOp::create(b, loc, integer.getInt(), 64));
      } else if (auto real = dyn_cast<FloatAttr>(value)) {
        args.push_back(arith::ConstantFloatOp::create(
            b, loc, b.getF64Type(),
            APFloat(real.getValueAsDouble())));
      } else {
        return op->emitError("attribute '")
               << name << "' has no place in the accelerator ABI";
      }
    }
    return success();
  }

  /// The wrapper calling entry point \p name on \p args (tensors, then
  /// scalars), returning the \p resultType tensor; one per signature.
  FailureOr<func::FuncOp> declareWrapper(Operation *op, StringRef name,
                                         ArrayRef<Value> args,
                                         RankedTensorType resultType,
                                         bool flatten) {
    SmallVector<Type> types;
    for (Value value : args)
      types.push_back(value.getType());
    auto type = FunctionType::get(op->getContext(), types, {resultType});
    auto &wrapper = Wrappers[{name.str(), type.getAsOpaquePointer()}];
    if (wrapper)
      return wrapper;

    OpBuilder b = OpBuilder::atBlockEnd(Module.getBody());
    Location loc = op->getLoc();
    std::string wrapperName = (name + "_call" + Twine(Wrappers.size())).str();
    wrapper = func::FuncOp::create(b, loc, wrapperName, type);
    wrapper.setPrivate();
    Block *body = wrapper.addEntryBlock();
    b.setInsertionPointToStart(body);
    SmallVector<Value> callArgs;
    for (BlockArgument arg : body->getArguments()) {
      auto tensorType = dyn_cast<RankedTensorType>(arg.getType());
      if (!tensorType) {
        callArgs.push_back(arg);
        continue;
      }
      Value buffer = bufferization::ToBufferOp::create(
          b, loc,
          MemRefType::get(tensorType.getShape(), tensorType.getElementType()),
          arg, /*read_only=*/true);
      callArgs.push_back(descriptor(b, loc, buffer, flatten));
    }
    Value result = memref::AllocOp::create(
        b, loc,
        MemRefType::get(resultType.getShape(), resultType.getElementType()));
    // The result's descriptor follows the operands', before the scalars.
    unsigned numTensors = op->getNumOperands();
    callArgs.insert(callArgs.begin() + numTensors,
                    descriptor(b, loc, result, flatten));
    FailureOr<func::FuncOp> callee = declare(op, name, callArgs);
    if (failed(callee))
      return failure();
    func::CallOp::create(b, loc, *callee, callArgs);
    Value tensor = bufferization::ToTensorOp::create(
        b, loc, resultType, result, /*restrict=*/true, /*writable=*/true);
    func::ReturnOp::create(b, loc, tensor);
    return wrapper;
  }

  FailureOr<func::FuncOp> declare(Operation *op, StringRef name,
                                  ArrayRef<Value> args) {
    SmallVector<Type> types;
    for (Value arg : args)
      types.push_back(arg.getType());
    auto type = FunctionType::get(op->getContext(), types, {});
    if (auto existing = Module.lookupSymbol<func::FuncOp>(name)) {
      if (existing.getFunctionType() != type)
        return op->emitError("entry point '")
               << name << "' is already declared with type "
               << existing.getFunctionType();
      return existing;
    }
    OpBuilder b = OpBuilder::atBlockBegin(Module.getBody());
    auto callee = func::FuncOp::create(b, Module.getLoc(), name, type);
    callee.setPrivate();
    return callee;
  }

  ModuleOp Module;
  /// By entry point and signature (pointers of uniqued types: lookups
  /// only, never iterated).
  std::map<std::pair<std::string, const void *>, func::FuncOp> Wrappers;
};

struct ConvertAcceleratorsToRuntimePass
    : public flexmatch::impl::ConvertAcceleratorsToRuntimeBase<
          ConvertAcceleratorsToRuntimePass> {
  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isAcceleratorOp(op))
        ops.push_back(op);
    });
    Lowering lowering(getOperation());
    for (Operation *op : ops)
      if (failed(lowering.lower(op)))
        return signalPassFailure();
  }
};
} // namespace
