//===- JitRunner.cpp - Compile and run a model on the CPU -----------------===//

#include "Flexmatch/Execution/JitRunner.h"

#include "Flexmatch/Runtime/ReferenceRuntime.h"

#include "Flexmatch/Conversion/LowerToLLVM.h"
#include "Flexmatch/Support/SeededData.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "llvm/Support/TargetSelect.h"

#include <chrono>
#include <cmath>

using namespace mlir;
using llvm::Error;
using llvm::Expected;

namespace flexmatch::execution {

std::string TensorSpec::describe() const {
  return (npy::dtypeName(dtype) + " " + npy::formatShape(shape)).str();
}

static Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The .npy dtype of a tensor element type, if the runner supports it.
static std::optional<npy::DType> npyDType(Type elem) {
  if (elem.isF32())
    return npy::DType::F32;
  if (elem.isF64())
    return npy::DType::F64;
  if (elem.isInteger(1))
    return npy::DType::Bool;
  if (elem.isUnsignedInteger(8))
    return npy::DType::U8;
  if (auto integer = dyn_cast<IntegerType>(elem); integer && !integer.isUnsigned()) {
    switch (integer.getWidth()) {
    case 8:
      return npy::DType::I8;
    case 16:
      return npy::DType::I16;
    case 32:
      return npy::DType::I32;
    case 64:
      return npy::DType::I64;
    }
  }
  return std::nullopt;
}

static void flattenTypes(Type type, SmallVectorImpl<Type> &out) {
  if (auto tuple = dyn_cast<TupleType>(type)) {
    for (Type field : tuple.getTypes())
      flattenTypes(field, out);
    return;
  }
  out.push_back(type);
}

static Expected<TensorSpec> tensorSpec(func::FuncOp func, Type type,
                                       std::string name) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  std::string where = ("@" + func.getSymName() + " " + name).str();
  if (!tensor || !tensor.hasStaticShape()) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << type;
    return makeError(where + " has type " + text +
                     ": only tensors of static shape can be passed");
  }
  auto dtype = npyDType(tensor.getElementType());
  if (!dtype) {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << tensor.getElementType();
    return makeError(where + " has element type " + s +
                     ": supported are float32, float64, int8/16/32/64, uint8 "
                     "and bool");
  }
  return TensorSpec{std::move(name), *dtype,
                    llvm::SmallVector<int64_t>(tensor.getShape())};
}

Expected<Signature> readSignature(ModuleOp module, StringRef entry) {
  auto func = module.lookupSymbol<func::FuncOp>(entry);
  if (!func)
    return makeError("no function @" + entry + " in the module");
  Signature sig;
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    std::string name = "arg" + std::to_string(i);
    if (auto attr = func.getArgAttrOfType<StringAttr>(i, "relay.name"))
      name = attr.str();
    SmallVector<Type> leaves;
    flattenTypes(type, leaves);
    if (leaves.size() != 1 || leaves[0] != type)
      return makeError("@" + entry + " parameter " + name +
                       " is a tuple: pass its fields as separate parameters");
    auto spec = tensorSpec(func, type, "parameter " + name);
    if (!spec)
      return spec.takeError();
    spec->name = name;
    sig.inputs.push_back(std::move(*spec));
  }
  SmallVector<Type> results;
  for (Type type : func.getResultTypes())
    flattenTypes(type, results);
  for (auto [i, type] : llvm::enumerate(results)) {
    auto spec = tensorSpec(func, type, "result " + std::to_string(i));
    if (!spec)
      return spec.takeError();
    spec->name = "out" + std::to_string(i);
    sig.outputs.push_back(std::move(*spec));
  }
  return sig;
}

Error checkInputs(const Signature &sig, ArrayRef<npy::Array> inputs,
                  ArrayRef<std::string> origins) {
  if (inputs.size() != sig.inputs.size())
    return makeError("the model takes " + llvm::Twine(sig.inputs.size()) +
                     " inputs, got " + llvm::Twine(inputs.size()));
  for (auto [i, input] : llvm::enumerate(inputs)) {
    const TensorSpec &spec = sig.inputs[i];
    if (input.dtype == spec.dtype &&
        ArrayRef<int64_t>(input.shape) == ArrayRef<int64_t>(spec.shape))
      continue;
    std::string from = i < origins.size() ? " (" + origins[i] + ")" : "";
    return makeError("input " + llvm::Twine(i) + " '" + spec.name +
                     "' must be " + spec.describe() + ", got " +
                     npy::dtypeName(input.dtype) + " " +
                     npy::formatShape(input.shape) + from);
  }
  return Error::success();
}

std::vector<npy::Array> seededInputs(const Signature &sig, uint64_t seed) {
  std::vector<npy::Array> inputs;
  for (auto [index, spec] : llvm::enumerate(sig.inputs)) {
    npy::Array array = makeSeededArray(spec.dtype, spec.shape, seed, index);
    if (spec.dtype != npy::DType::F32) {
      inputs.push_back(std::move(array));
      continue;
    }
    // Weights: values of [-1, 1) scaled by the power of two nearest to
    // 1/sqrt(fan-in) (the size of one output unit's slice), as initialisers
    // do, so that activations keep their magnitude through deep models.
    double scale = 1;
    if (index > 0 && spec.shape.size() >= 2) {
      int64_t fanIn = 1;
      for (int64_t d : ArrayRef<int64_t>(spec.shape).drop_front())
        fanIn *= d;
      scale = std::exp2(-std::round(std::log2(std::sqrt(double(fanIn)))));
    }
    // Variances (moving_var, moving_variance_read_0, running_var, ...)
    // must not be negative: their square roots are taken.
    bool variance = StringRef(spec.name).contains("var");
    auto *values = reinterpret_cast<float *>(array.bytes.data());
    for (int64_t i = 0, e = array.numElements(); i < e; ++i)
      values[i] = (variance ? std::fabs(values[i]) : values[i]) * scale;
    inputs.push_back(std::move(array));
  }
  return inputs;
}

static double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       start)
      .count();
}

Expected<std::unique_ptr<CompiledModel>>
CompiledModel::compile(ModuleOp module, StringRef entry, unsigned optLevel) {
  auto sig = readSignature(module, entry);
  if (!sig)
    return sig.takeError();
  std::unique_ptr<CompiledModel> model(new CompiledModel());
  model->sig = std::move(*sig);
  model->entryName = entry.str();

  auto start = std::chrono::steady_clock::now();
  PassManager pm(module.getContext());
  buildLowerToLLVMPipeline(pm);
  if (failed(pm.run(module)))
    return makeError("lowering to LLVM failed (see the errors above)");
  model->lowering = secondsSince(start);

  start = std::chrono::steady_clock::now();
  static bool targetReady = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)targetReady;
  registerBuiltinDialectTranslation(*module.getContext());
  registerLLVMDialectTranslation(*module.getContext());
  auto transformer = makeOptimizingTransformer(optLevel, /*sizeLevel=*/0,
                                               /*targetMachine=*/nullptr);
  ExecutionEngineOptions options;
  options.transformer = transformer;
  options.jitCodeGenOptLevel = static_cast<llvm::CodeGenOptLevel>(
      std::min<unsigned>(optLevel, 3));
  auto engine = ExecutionEngine::create(module, options);
  if (!engine)
    return engine.takeError();
  model->engine = std::move(*engine);
  // Calls to accelerators (--convert-accelerators-to-runtime) resolve to
  // the reference runtime.
  model->engine->registerSymbols([](llvm::orc::MangleAndInterner interner) {
    llvm::orc::SymbolMap symbols;
    for (const runtime::Symbol &symbol : runtime::referenceSymbols())
      symbols[interner(symbol.name)] = {
          llvm::orc::ExecutorAddr::fromPtr(symbol.address),
          llvm::JITSymbolFlags::Exported};
    return symbols;
  });
  // Code generation is lazy: look the entry up now so that it is compiled
  // here and not during the first run.
  auto entryPoint = model->engine->lookupPacked(entry);
  if (!entryPoint)
    return entryPoint.takeError();
  model->jit = secondsSince(start);
  return model;
}

CompiledModel::~CompiledModel() = default;

Expected<std::vector<npy::Array>>
CompiledModel::run(ArrayRef<npy::Array> inputs) const {
  if (Error err = checkInputs(sig, inputs, {}))
    return std::move(err);
  // The callee only reads its inputs, but takes non-const pointers.
  std::vector<npy::Array> ins(inputs.begin(), inputs.end());
  std::vector<npy::Array> outs;
  for (const TensorSpec &spec : sig.outputs) {
    npy::Array out;
    out.dtype = spec.dtype;
    out.shape = spec.shape;
    // Zero-sized buffers still need a distinct address.
    out.bytes.assign(std::max<size_t>(out.numElements() * out.elementSize(),
                                      1),
                     0);
    outs.push_back(std::move(out));
  }
  // The packed wrapper takes, per parameter, a pointer to the parameter's
  // value: here each value is the pointer to a buffer.
  std::vector<void *> buffers;
  for (npy::Array &a : ins) {
    if (a.bytes.empty())
      a.bytes.assign(1, 0);
    buffers.push_back(a.bytes.data());
  }
  for (npy::Array &a : outs)
    buffers.push_back(a.bytes.data());
  std::vector<void *> packed;
  for (void *&p : buffers)
    packed.push_back(&p);
  if (Error err = engine->invokePacked(entryName, packed))
    return std::move(err);
  for (npy::Array &a : outs)
    a.bytes.resize(a.numElements() * a.elementSize());
  return outs;
}

} // namespace flexmatch::execution
