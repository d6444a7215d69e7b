//===- ExportRelay.cpp - The relay dialect to Relay text ------------------===//
//
// Prints a module of relay ops as TVM's text printer would: every operator
// call is a graph binding `%n = op(args, attrs) /* ty=... */;`, scalar
// constants are inline literals, tensor constants are
// `meta[relay.Constant][i]` with a `#[metadata]` section, and attributes equal
// to Relay's defaults are omitted. Each flexmatch.composite becomes a BYOC
// function pair (see Byoc.h).
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Target/Relay/ExportRelay.h"
#include "Byoc.h"
#include "Metadata.h"

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"

using namespace mlir;
using namespace flexmatch::relay;
using llvm::StringRef;

namespace {

/// The shortest decimal text that reads back as the same value of `type`.
std::string formatFloat(double value, Type type) {
  int maxDigits = type.isF64() ? 17 : 9;
  char buffer[64];
  for (int digits = 1; digits <= maxDigits; ++digits) {
    snprintf(buffer, sizeof(buffer), "%.*g", digits, value);
    double back = strtod(buffer, nullptr);
    // f16 values are exact floats, so float round trip suffices for them.
    if (type.isF64() ? back == value : float(back) == float(value))
      break;
  }
  return buffer;
}

class RelayPrinter {
public:
  explicit RelayPrinter(llvm::raw_ostream &os) : out(&os) {}

  LogicalResult printModule(ModuleOp module);

private:
  void printType(Type type);
  LogicalResult printTypeDef(TypeDefOp op);
  LogicalResult printFunction(func::FuncOp fn);
  /// Prints the ops of `block` as bindings and its result as the final
  /// expression, at `indent`.
  LogicalResult printBlock(Block &block, Value result, unsigned indent);
  /// Prints the expression computing `op` (without binding).
  LogicalResult printExpr(Operation *op, unsigned indent);
  LogicalResult printOperand(Value value);
  LogicalResult printAttr(Attribute attr, Location loc);
  LogicalResult printConstant(ConstantOp op);
  void printParams(Block &block, ArrayRef<std::string> names);
  /// Binds the BYOC function pair of `op` (printed before the binding that
  /// calls it) at `indent`.
  LogicalResult printCompositeFn(flexmatch::fm::CompositeOp op,
                                 unsigned indent);
  std::string bindName(Value value) {
    std::string name = "%" + std::to_string(counter++);
    names[value] = name;
    return name;
  }

  llvm::raw_ostream *out; // redirected while a binding is printed
  llvm::DenseMap<Value, std::string> names;
  llvm::StringMap<DictionaryAttr> defaultsCache;
  /// The name of each composite's outer BYOC function.
  llvm::DenseMap<Operation *, std::string> compositeFns;
  /// Composites printed so far per composite name (global_symbol suffix).
  llvm::StringMap<unsigned> compositeCounts;
  MetadataWriter metadata;
  unsigned counter = 0;
};

} // namespace

void RelayPrinter::printType(Type type) {
  llvm::raw_ostream &os = *out;
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    std::string dtype = printDType(tensor.getElementType());
    if (tensor.getRank() == 0) {
      os << dtype;
      return;
    }
    os << "Tensor[(";
    llvm::interleaveComma(tensor.getShape(), os, [&](int64_t d) {
      if (ShapedType::isDynamic(d))
        os << "?";
      else
        os << d;
    });
    os << "), " << dtype << "]";
    return;
  }
  if (auto tuple = dyn_cast<TupleType>(type)) {
    os << "(";
    llvm::interleaveComma(tuple.getTypes(), os, [&](Type t) { printType(t); });
    if (tuple.size() == 1)
      os << ",";
    os << ")";
    return;
  }
  if (auto fn = dyn_cast<FunctionType>(type)) {
    os << "fn (";
    llvm::interleaveComma(fn.getInputs(), os, [&](Type t) { printType(t); });
    os << ") -> ";
    printType(fn.getResult(0));
    return;
  }
  if (auto var = dyn_cast<TypeVarType>(type)) {
    os << var.getName();
    return;
  }
  if (auto adt = dyn_cast<ADTType>(type)) {
    os << adt.getName();
    if (!adt.getArgs().empty()) {
      os << "[";
      llvm::interleaveComma(adt.getArgs(), os, [&](Type t) { printType(t); });
      os << "]";
    }
    return;
  }
  os << type;
}

LogicalResult RelayPrinter::printModule(ModuleOp module) {
  llvm::raw_ostream &os = *out;
  os << "#[version = \"0.0.5\"]\n";
  for (Operation &op : module.getBody()->getOperations()) {
    if (auto typeDef = dyn_cast<TypeDefOp>(op)) {
      if (failed(printTypeDef(typeDef)))
        return failure();
    } else if (auto fn = dyn_cast<func::FuncOp>(op)) {
      if (failed(printFunction(fn)))
        return failure();
    } else {
      return op.emitError("cannot be exported to Relay: only func.func and "
                          "relay.type_def may appear at the top level");
    }
  }
  if (!metadata.empty())
    os << "#[metadata]\n" << metadata.str() << "\n";
  return success();
}

LogicalResult RelayPrinter::printTypeDef(TypeDefOp op) {
  llvm::raw_ostream &os = *out;
  os << "type " << op.getSymName();
  if (!op.getTypeParams().empty()) {
    os << "[";
    llvm::interleaveComma(op.getTypeParams(), os, [&](Attribute a) {
      os << cast<StringAttr>(a).getValue();
    });
    os << "]";
  }
  os << " {\n";
  for (Attribute ctorAttr : op.getConstructors()) {
    auto ctor = cast<ArrayAttr>(ctorAttr);
    os << "  " << cast<StringAttr>(ctor[0]).getValue();
    if (ctor.size() > 1) {
      os << "(";
      llvm::interleaveComma(ctor.getValue().drop_front(), os, [&](Attribute t) {
        printType(cast<TypeAttr>(t).getValue());
      });
      os << ")";
    }
    os << ",\n";
  }
  os << "}\n\n";
  return success();
}

void RelayPrinter::printParams(Block &block, ArrayRef<std::string> paramNames) {
  llvm::raw_ostream &os = *out;
  llvm::interleaveComma(llvm::enumerate(block.getArguments()), os,
                        [&](auto indexed) {
                          std::string name = "%" + paramNames[indexed.index()];
                          names[indexed.value()] = name;
                          os << name << ": ";
                          printType(indexed.value().getType());
                        });
}

LogicalResult RelayPrinter::printFunction(func::FuncOp fn) {
  llvm::raw_ostream &os = *out;
  if (fn.isExternal())
    return fn.emitError("cannot export a function declaration to Relay");
  if (fn.getFunctionType().getNumResults() != 1)
    return fn.emitError("a Relay function returns exactly one value");
  counter = 0;
  Block &entry = fn.getBody().front();
  SmallVector<std::string> paramNames;
  for (unsigned i = 0; i < entry.getNumArguments(); ++i) {
    auto name = fn.getArgAttrOfType<StringAttr>(i, "relay.name");
    paramNames.push_back(name ? name.str() : "arg" + std::to_string(i));
  }
  os << "def @" << fn.getSymName() << "(";
  printParams(entry, paramNames);
  if (auto attrs = fn->getAttrOfType<DictionaryAttr>("relay.attrs"))
    for (NamedAttribute attr : attrs) {
      os << ", " << attr.getName().getValue() << "=";
      if (failed(printAttr(attr.getValue(), fn.getLoc())))
        return failure();
    }
  os << ") -> ";
  printType(fn.getFunctionType().getResult(0));
  os << " {\n";
  auto ret = dyn_cast<func::ReturnOp>(entry.getTerminator());
  if (!ret || ret.getNumOperands() != 1)
    return fn.emitError("must end in func.return of one value");
  if (failed(printBlock(entry, ret.getOperand(0), 2)))
    return failure();
  os << "}\n\n";
  return success();
}

LogicalResult RelayPrinter::printCompositeFn(flexmatch::fm::CompositeOp op,
                                            unsigned indent) {
  llvm::raw_ostream &os = *out;
  auto restore = llvm::scope_exit([&] { out = &os; });
  Block &body = op.getBody().front();
  unsigned numArgs = body.getNumArguments();
  Type resultType = op.getResult().getType();
  std::string n = std::to_string(compositeCounts[op.getComposite()]++);

  // The inner function: the composite's body, with the composite and the
  // accelerator function's names.
  std::string inner;
  llvm::raw_string_ostream innerOs(inner);
  out = &innerOs;
  SmallVector<std::string> innerNames;
  for (unsigned i = 0; i < numArgs; ++i)
    innerNames.push_back(byoc::InnerArgPrefix + std::to_string(i));
  innerOs << "fn (";
  printParams(body, innerNames);
  innerOs << (numArgs ? ", " : "") << byoc::CompositeAttr << "=";
  if (failed(printAttr(op.getCompositeAttr(), op.getLoc())))
    return failure();
  innerOs << ", " << byoc::FunctionAttr << "=";
  if (failed(printAttr(op.getFunctionAttr(), op.getLoc())))
    return failure();
  innerOs << ") -> ";
  printType(resultType);
  innerOs << " {\n";
  auto yield = cast<flexmatch::fm::YieldOp>(body.getTerminator());
  if (failed(printBlock(body, yield.getValue(), indent + 4)))
    return failure();
  innerOs.indent(indent + 2) << "}";
  std::string innerName = "%" + std::to_string(counter++);

  // The outer function: the partition for the compiler, which calls the
  // inner one with its parameters.
  std::string outer;
  llvm::raw_string_ostream outerOs(outer);
  out = &outerOs;
  outerOs << "fn (";
  for (unsigned i = 0; i < numArgs; ++i) {
    outerOs << (i ? ", " : "") << "%" << byoc::OuterArgPrefix << i << ": ";
    printType(body.getArgument(i).getType());
  }
  outerOs << (numArgs ? ", " : "") << byoc::CompilerAttr << "=";
  if (failed(printAttr(op.getCompilerAttr(), op.getLoc())))
    return failure();
  outerOs << ", " << byoc::PrimitiveAttr << "=1, " << byoc::GlobalSymbolAttr
          << "=";
  if (failed(printAttr(StringAttr::get(op.getContext(),
                                       op.getComposite() + "_" + n),
                       op.getLoc())))
    return failure();
  outerOs << ") -> ";
  printType(resultType);
  outerOs << " {\n";
  outerOs.indent(indent + 2) << innerName << " = " << inner << ";\n";
  outerOs.indent(indent + 2) << innerName << "(";
  for (unsigned i = 0; i < numArgs; ++i)
    outerOs << (i ? ", " : "") << "%" << byoc::OuterArgPrefix << i;
  outerOs << ") /* ty=";
  printType(resultType);
  outerOs << " */\n";
  outerOs.indent(indent) << "}";

  std::string outerName = "%" + std::to_string(counter++);
  compositeFns[op] = outerName;
  os.indent(indent) << outerName << " = " << outer << ";\n";
  return success();
}

LogicalResult RelayPrinter::printBlock(Block &block, Value result,
                                       unsigned indent) {
  llvm::raw_ostream &os = *out;
  Operation *resultOp = result.getDefiningOp();
  bool inlineResult = resultOp && resultOp->getBlock() == &block &&
                      result.hasOneUse() && !isa<ConstantOp>(resultOp);
  for (Operation &op : block.without_terminator()) {
    if (isa<ConstantOp>(op))
      continue; // printed inline where used
    if (auto composite = dyn_cast<flexmatch::fm::CompositeOp>(op))
      if (failed(printCompositeFn(composite, indent)))
        return failure();
    if (&op == resultOp && inlineResult)
      continue;
    if (op.getNumResults() != 1)
      return op.emitError("has no Relay form: Relay expressions have one "
                          "result");
    os.indent(indent);
    // Print the expression first: nested functions number their bindings
    // before this one, as TVM does.
    std::string buffer;
    llvm::raw_string_ostream tmp(buffer);
    out = &tmp;
    LogicalResult printed = printExpr(&op, indent);
    out = &os;
    if (failed(printed))
      return failure();
    std::string name = bindName(op.getResult(0));
    os << name << " = " << buffer;
    os << ";\n";
  }
  os.indent(indent);
  if (inlineResult) {
    if (failed(printExpr(resultOp, indent)))
      return failure();
  } else if (failed(printOperand(result))) {
    return failure();
  }
  os << "\n";
  return success();
}

LogicalResult RelayPrinter::printOperand(Value value) {
  llvm::raw_ostream &os = *out;
  if (auto constant = value.getDefiningOp<ConstantOp>())
    return printConstant(constant);
  auto it = names.find(value);
  if (it == names.end()) {
    if (Operation *op = value.getDefiningOp())
      return op->emitError("is used before it is printed");
    return failure();
  }
  os << it->second;
  return success();
}

LogicalResult RelayPrinter::printConstant(ConstantOp op) {
  llvm::raw_ostream &os = *out;
  auto value = dyn_cast<DenseElementsAttr>(op.getValue());
  if (!value)
    return op.emitError("only dense constants can be exported to Relay");
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getRank() != 0) {
    os << "meta[relay.Constant][" << metadata.addConstant(value) << "]";
  } else {
    Type elem = type.getElementType();
    if (elem.isInteger(1)) {
      os << (value.getSplatValue<bool>() ? "True" : "False");
    } else if (auto floatType = dyn_cast<FloatType>(elem)) {
      double v = value.getSplatValue<APFloat>().convertToDouble();
      if (!std::isfinite(v))
        return op.emitError("Relay text cannot express the constant ") << v;
      os << formatFloat(v, elem)
         << (elem.isF32() ? "f" : elem.isF64() ? "f64" : "f16");
    } else {
      APInt v = value.getSplatValue<APInt>();
      if (elem.isUnsignedInteger())
        os << v.getZExtValue();
      else
        os << v.getSExtValue();
      unsigned width = elem.getIntOrFloatBitWidth();
      if (elem.isUnsignedInteger())
        os << "u" << width;
      else if (width != 32)
        os << "i" << width;
    }
  }
  os << " /* ty=";
  printType(type);
  os << " */";
  return success();
}

LogicalResult RelayPrinter::printAttr(Attribute attr, Location loc) {
  llvm::raw_ostream &os = *out;
  if (auto b = dyn_cast<BoolAttr>(attr)) {
    os << (b.getValue() ? "True" : "False");
  } else if (auto i = dyn_cast<IntegerAttr>(attr)) {
    os << i.getInt();
  } else if (auto f = dyn_cast<FloatAttr>(attr)) {
    os << formatFloat(f.getValueAsDouble(), Float64Type::get(f.getContext()))
       << "f";
  } else if (auto s = dyn_cast<StringAttr>(attr)) {
    os << '"';
    for (char c : s.getValue()) {
      if (c == '"' || c == '\\')
        os << '\\' << c;
      else if (c == '\n')
        os << "\\n";
      else
        os << c;
    }
    os << '"';
  } else if (auto ints = dyn_cast<DenseI64ArrayAttr>(attr)) {
    os << "[";
    llvm::interleaveComma(ints.asArrayRef(), os);
    os << "]";
  } else if (auto floats = dyn_cast<DenseF64ArrayAttr>(attr)) {
    os << "[";
    llvm::interleaveComma(floats.asArrayRef(), os, [&](double v) {
      os << formatFloat(v, Float64Type::get(attr.getContext())) << "f";
    });
    os << "]";
  } else if (auto array = dyn_cast<ArrayAttr>(attr)) {
    os << "[";
    for (auto [i, element] : llvm::enumerate(array)) {
      if (i)
        os << ", ";
      if (failed(printAttr(element, loc)))
        return failure();
    }
    os << "]";
  } else {
    return emitError(loc) << "attribute " << attr << " has no Relay form";
  }
  return success();
}

LogicalResult RelayPrinter::printExpr(Operation *op, unsigned indent) {
  llvm::raw_ostream &os = *out;
  auto printArgs = [&](ValueRange args) -> LogicalResult {
    for (auto [i, arg] : llvm::enumerate(args)) {
      if (i)
        os << ", ";
      if (failed(printOperand(arg)))
        return failure();
    }
    return success();
  };
  auto printTypeComment = [&] {
    os << " /* ty=";
    printType(op->getResult(0).getType());
    os << " */";
  };
  if (auto tuple = dyn_cast<TupleOp>(op)) {
    os << "(";
    if (failed(printArgs(tuple.getFields())))
      return failure();
    if (tuple.getFields().size() == 1)
      os << ",";
    os << ")";
    printTypeComment();
    return success();
  }
  if (auto get = dyn_cast<TupleGetItemOp>(op)) {
    if (failed(printOperand(get.getTuple())))
      return failure();
    os << "." << get.getIndex();
    printTypeComment();
    return success();
  }
  if (auto call = dyn_cast<CallOp>(op)) {
    if (failed(printOperand(call.getCallee())))
      return failure();
    os << "(";
    if (failed(printArgs(call.getArgs())))
      return failure();
    os << ")";
    printTypeComment();
    return success();
  }
  if (auto composite = dyn_cast<flexmatch::fm::CompositeOp>(op)) {
    os << compositeFns.lookup(op) << "(";
    if (failed(printArgs(composite.getInputs())))
      return failure();
    os << ")";
    printTypeComment();
    return success();
  }
  if (auto call = dyn_cast<CallGlobalOp>(op)) {
    os << "@" << call.getCallee() << "(";
    if (failed(printArgs(call.getArgs())))
      return failure();
    os << ")";
    printTypeComment();
    return success();
  }
  if (auto fn = dyn_cast<FnOp>(op)) {
    Block &body = fn.getBody().front();
    SmallVector<std::string> paramNames;
    for (Attribute name : fn.getArgNames())
      paramNames.push_back(cast<StringAttr>(name).str());
    os << "fn (";
    printParams(body, paramNames);
    for (NamedAttribute attr : fn.getAttrs()) {
      os << ", " << attr.getName().getValue() << "=";
      if (failed(printAttr(attr.getValue(), fn.getLoc())))
        return failure();
    }
    os << ") -> ";
    printType(cast<FunctionType>(fn.getType()).getResult(0));
    os << " {\n";
    auto yield = cast<YieldOp>(body.getTerminator());
    if (failed(printBlock(body, yield.getValue(), indent + 2)))
      return failure();
    os.indent(indent) << "}";
    return success();
  }
  if (auto ifOp = dyn_cast<IfOp>(op)) {
    os << "if (";
    if (failed(printOperand(ifOp.getCondition())))
      return failure();
    os << ") {\n";
    for (Region *region : {&ifOp.getThenRegion(), &ifOp.getElseRegion()}) {
      Block &block = region->front();
      if (failed(printBlock(block, cast<YieldOp>(block.getTerminator()).getValue(),
                            indent + 2)))
        return failure();
      os.indent(indent) << "}";
      if (region == &ifOp.getThenRegion())
        os << " else {\n";
    }
    return success();
  }
  if (isa_and_nonnull<flexmatch::access::AccessDialect>(op->getDialect()))
    return op->emitError()
           << "'" << op->getName()
           << "' has no Relay form: --export-relay writes relay ops and "
              "flexmatch.composite regions, not the access patterns "
              "--eqsat leaves outside a composite (run flexmatch-opt "
              "--convert-access-to-relay first)";
  if (!isa<RelayDialect>(op->getDialect()) || isa<ConstantOp, YieldOp>(op))
    return op->emitError("has no Relay form");

  // An operator call: name(args, non-default attributes).
  StringRef name = op->getName().getStringRef();
  name.consume_front("relay.");
  os << name << "(";
  bool first = true;
  for (Value operand : op->getOperands()) {
    if (!first)
      os << ", ";
    first = false;
    if (failed(printOperand(operand)))
      return failure();
  }
  DictionaryAttr &defaults = defaultsCache[op->getName().getStringRef()];
  if (!defaults) {
    NamedAttrList list;
    op->getName().populateDefaultAttrs(list);
    defaults = list.getDictionary(op->getContext());
  }
  for (NamedAttribute attr : op->getAttrs()) {
    if (defaults.get(attr.getName()) == attr.getValue())
      continue;
    if (!first)
      os << ", ";
    first = false;
    os << attr.getName().getValue() << "=";
    if (failed(printAttr(attr.getValue(), op->getLoc())))
      return failure();
  }
  os << ")";
  printTypeComment();
  return success();
}

LogicalResult flexmatch::relay::exportRelay(ModuleOp module,
                                            llvm::raw_ostream &os) {
  RelayPrinter printer(os);
  return printer.printModule(module);
}

void flexmatch::relay::registerExportRelayTranslation() {
  TranslateFromMLIRRegistration registration(
      "export-relay", "Export the relay dialect as TVM Relay text",
      [](Operation *op, llvm::raw_ostream &os) -> LogicalResult {
        auto module = dyn_cast<ModuleOp>(op);
        if (!module)
          return op->emitError("expected a builtin.module");
        return exportRelay(module, os);
      },
      [](DialectRegistry &registry) {
        registry.insert<RelayDialect, func::FuncDialect,
                        flexmatch::fm::FlexmatchDialect,
                        flexmatch::access::AccessDialect>();
      });
}
