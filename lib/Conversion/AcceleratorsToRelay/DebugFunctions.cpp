//===- DebugFunctions.cpp - Ops computed by the configs' debug functions --===//
//
// A config's debug function (`fn (%x: Tensor[...], ...) { ... }`) says what
// an accelerator function computes. The debug lowering imports it with the
// Relay importer and clones its body onto an op's operands. Its parameter
// types need not be the operands' (the LSTM pattern is written for batch 1,
// a model may run batch 10), so every cloned op's type is inferred again;
// untyped parameters (`fn (%x, %w)`, as the original configs write them)
// are given the operands' types before the import.
//
//===----------------------------------------------------------------------===//

#include "Semantics.h"

#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "Flexmatch/Dialect/VTA/VTAOps.h"
#include "Flexmatch/Target/Relay/ImportRelay.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace flexmatch;

StringRef flexmatch::acceleratorFunctionOf(Operation *op) {
  if (isa<hlscnn::Conv2DOp>(op))
    return "hlscnn-conv2d";
  if (isa<flexasr::LinearOp>(op))
    return "flex-linear";
  if (isa<flexasr::MaxPoolOp>(op))
    return "flex-maxpool";
  if (isa<flexasr::LSTMOp>(op))
    return "flex-lstm";
  if (isa<vta::DenseOp>(op))
    return "vta-dense";
  return "";
}

DebugFunctions::DebugFunctions(const eqsat::Config &config) {
  // The loader leaves debugFunction empty for what is not Relay text (the
  // original's Python lambdas): those functions keep the built-in semantics.
  for (const auto &[function, accelerator] : config.accelerators)
    if (!accelerator.debugFunction.empty())
      Configs[function] = accelerator;
}

/// Relay's spelling of a tensor type: Tensor[(2, 3), float32].
static std::string relayType(Type type) {
  auto tensor = cast<RankedTensorType>(type);
  std::string dtype = relay::printDType(tensor.getElementType());
  if (tensor.getRank() == 0)
    return dtype;
  std::string text = "Tensor[(";
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(tensor.getShape(), os);
  os << "), " << dtype << "]";
  return text;
}

/// `fn (<params>) <body>` as `def @debug(<params>) <body>`, every untyped
/// parameter given the type of its operand; nullopt if the text does not
/// have that form (the importer then is not asked).
static std::optional<std::string> asTypedDef(StringRef text,
                                             TypeRange operandTypes) {
  text = text.ltrim();
  if (!text.consume_front("fn"))
    return std::nullopt;
  text = text.ltrim();
  if (!text.starts_with("("))
    return std::nullopt;
  // The parameter list: up to the ')' that closes the '(' (types nest
  // brackets and parentheses), split at commas outside them.
  SmallVector<std::string> params(1);
  int depth = 0;
  size_t end = 0;
  for (size_t i = 1; i < text.size() && !end; ++i) {
    char ch = text[i];
    if (ch == '(' || ch == '[')
      ++depth;
    else if ((ch == ')' || ch == ']') && depth > 0)
      --depth;
    else if (ch == ')')
      end = i;
    if (end)
      break;
    if (ch == ',' && depth == 0)
      params.emplace_back();
    else
      params.back() += ch;
  }
  if (!end)
    return std::nullopt;
  if (StringRef(params.front()).trim().empty())
    params.clear();
  std::string def = "#[version = \"0.0.5\"]\ndef @debug(";
  for (auto [index, param] : llvm::enumerate(params)) {
    if (index)
      def += ", ";
    StringRef trimmed = StringRef(param).trim();
    def += trimmed.str();
    if (!trimmed.contains(':') && index < operandTypes.size())
      def += ": " + relayType(operandTypes[index]);
  }
  return def + text.drop_front(end).str();
}

func::FuncOp DebugFunctions::import(StringRef function, Operation *op) {
  std::string key = function.str();
  llvm::raw_string_ostream keyOs(key);
  for (Type type : op->getOperandTypes())
    keyOs << " " << type;
  if (auto found = Imported.find(key); found != Imported.end())
    return found->second->lookupSymbol<func::FuncOp>("debug");

  const eqsat::AcceleratorConfig &config = Configs.at(function.str());
  Location configLoc = FileLineColLoc::get(
      op->getContext(), config.debugFunctionLoc.file,
      config.debugFunctionLoc.line, config.debugFunctionLoc.column);
  std::optional<std::string> text =
      asTypedDef(config.debugFunction, op->getOperandTypes());
  if (!text) {
    emitError(configLoc, "the debug function of ")
        << function << " is not a Relay function `fn (...) { ... }`";
    return nullptr;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(
          *text, config.debugFunctionLoc.str() + ": debug function of " +
                     function.str()),
      llvm::SMLoc());
  OwningOpRef<ModuleOp> module = relay::importRelay(sourceMgr, op->getContext());
  if (!module)
    return nullptr;
  auto debug = module->lookupSymbol<func::FuncOp>("debug");
  if (!debug || debug.getBody().getBlocks().size() != 1) {
    emitError(configLoc, "the debug function of ")
        << function << " is not a single-block function";
    return nullptr;
  }
  Imported[key] = std::move(module);
  return debug;
}

Value DebugFunctions::build(RelayBuilder &r, StringRef function,
                            Operation *op) {
  func::FuncOp debug = import(function, op);
  if (!debug)
    return nullptr;
  if (debug.getNumArguments() != op->getNumOperands()) {
    emitError(r.getLoc(), "the debug function of ")
        << function << " has " << debug.getNumArguments()
        << " parameters but " << op->getName() << " has "
        << op->getNumOperands() << " operands";
    return nullptr;
  }
  IRMapping mapping;
  mapping.map(debug.getArguments(), op->getOperands());
  for (Operation &inner : debug.getBody().front()) {
    if (auto ret = dyn_cast<func::ReturnOp>(inner)) {
      if (ret.getNumOperands() != 1) {
        emitError(r.getLoc(), "the debug function of ")
            << function << " returns " << ret.getNumOperands()
            << " values, not one tensor";
        return nullptr;
      }
      return mapping.lookup(ret.getOperand(0));
    }
    if (inner.getNumRegions() || inner.getNumResults() != 1) {
      emitError(r.getLoc(), "the debug function of ")
          << function << " holds " << inner.getName()
          << ", which the debug lowering cannot clone";
      return nullptr;
    }
    SmallVector<Value> operands;
    for (Value operand : inner.getOperands())
      operands.push_back(mapping.lookup(operand));
    SmallVector<NamedAttribute> attrs(inner.getAttrs());
    // The convolution of hlscnn-conv2d's debug function takes the op's
    // strides and padding where it leaves them at their defaults, as the
    // original's RelayConv2D took the call's attributes: one function
    // then describes every convolution the accelerator runs.
    if (auto conv = dyn_cast<hlscnn::Conv2DOp>(op);
        conv && inner.getName().getStringRef() == "relay.nn.conv2d") {
      // The importer keeps default attributes, so "left at the default"
      // means absent or equal to it (strides 1, padding 0).
      auto all = [](ArrayRef<int64_t> values, int64_t value) {
        return llvm::all_of(values, [&](int64_t v) { return v == value; });
      };
      auto isDefault = [&](StringRef name, int64_t value) {
        auto array = inner.getAttrOfType<DenseI64ArrayAttr>(name);
        return !array || all(array.asArrayRef(), value);
      };
      auto replace = [&](NamedAttribute attr) {
        llvm::erase_if(attrs, [&](NamedAttribute a) {
          return a.getName() == attr.getName();
        });
        attrs.push_back(attr);
      };
      if (isDefault("strides", 1) && !all(conv.getStrides(), 1))
        replace(r.ints("strides", conv.getStrides()));
      if (isDefault("padding", 0) && !all(conv.getPadding(), 0))
        replace(r.ints("padding", conv.getPadding()));
    }
    Value result = r.op(inner.getName(), operands,
                        DictionaryAttr::get(op->getContext(), attrs));
    if (!result) {
      emitRemark(r.getLoc(), "in the debug function of ") << function;
      return nullptr;
    }
    mapping.map(inner.getResult(0), result);
  }
  emitError(r.getLoc(), "the debug function of ")
      << function << " does not return";
  return nullptr;
}
