//===- MlirEGraph.cpp - Bridge between func.func bodies and e-graphs ------===//

#include "Flexmatch/Transforms/MlirEGraph.h"

#include "Flexmatch/EGraph/Extract.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"

#include "llvm/ADT/SetVector.h"

#include <memory>

using namespace mlir;
using namespace flexmatch;
using egraph::Id;
using egraph::NodeId;
using egraph::OpId;
using egraph::Payload;

//===----------------------------------------------------------------------===//
// MlirLanguage
//===----------------------------------------------------------------------===//

MlirLanguage::MlirLanguage(MLIRContext *context) : Context(context) {}

OpId MlirLanguage::getOpId(OperationName name) {
  void *key = name.getAsOpaquePointer();
  auto [it, inserted] = Ids.try_emplace(key, OpId(Names.size() + 2));
  if (inserted)
    Names.push_back(name);
  return it->second;
}

std::optional<OpId> MlirLanguage::lookupOpId(OperationName name) const {
  auto it = Ids.find(name.getAsOpaquePointer());
  if (it == Ids.end())
    return std::nullopt;
  return it->second;
}

OperationName MlirLanguage::getOperationName(OpId op) const {
  assert(!isLeafOp(op) && op - 2 < Names.size() && "not an operator id");
  return Names[op - 2];
}

Payload MlirLanguage::emptyPayload() const {
  return payloadOf(DictionaryAttr::get(Context));
}

llvm::Expected<egraph::NodeHead>
MlirLanguage::parseHead(llvm::StringRef token, unsigned arity) {
  if (token.starts_with("arg")) {
    unsigned number;
    if (!token.drop_front(3).getAsInteger(10, number)) {
      if (arity != 0)
        return llvm::createStringError("'" + token + "' takes no children");
      return egraph::NodeHead{ArgOp, Payload(number)};
    }
  }
  // `name{attr-dict}`: the payload spelled out.
  StringRef opName = token, dictText;
  if (size_t brace = token.find('{'); brace != StringRef::npos) {
    opName = token.take_front(brace);
    dictText = token.drop_front(brace);
  }
  std::optional<RegisteredOperationName> name =
      RegisteredOperationName::lookup(opName, Context);
  if (!name)
    return llvm::createStringError("unknown operation '" + opName + "'");
  Payload payload = emptyPayload();
  if (!dictText.empty()) {
    auto dict = llvm::dyn_cast_or_null<DictionaryAttr>(
        parseAttribute(dictText, Context));
    if (!dict)
      return llvm::createStringError("bad attribute dictionary '" + dictText +
                                     "' of '" + opName + "'");
    payload = payloadOf(dict);
  }
  return egraph::NodeHead{getOpId(*name), payload};
}

void MlirLanguage::printHead(llvm::raw_ostream &os,
                             egraph::NodeHead head) const {
  if (head.op == ArgOp) {
    os << "arg" << head.payload;
    return;
  }
  if (head.op == OpaqueOp) {
    os << "opaque";
    return;
  }
  os << getOperationName(head.op).getStringRef();
  DictionaryAttr attrs = attrsOf(head.payload);
  if (attrs && !attrs.empty()) {
    // Without spaces, so that the token reads back (see parseHead).
    std::string text;
    llvm::raw_string_ostream textStream(text);
    attrs.print(textStream);
    llvm::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
    os << text;
  }
}

//===----------------------------------------------------------------------===//
// MlirEGraphInfo
//===----------------------------------------------------------------------===//

Type MlirEGraphInfo::lookupType(const egraph::EGraph &egraph, Id cls) const {
  if (Type type = classTypes.lookup(cls))
    return type;
  if (Type type = classTypes.lookup(egraph.find(cls)))
    return type;
  if (Canonical)
    return {};
  // After merges the recorded id of the class may not be canonical.
  Id canonical = egraph.find(cls);
  Type found;
  Id foundKey = egraph::InvalidId;
  for (auto &[key, type] : classTypes)
    if (egraph.find(key) == canonical && key < foundKey) {
      foundKey = key;
      found = type;
    }
  return found;
}

std::optional<Location>
MlirEGraphInfo::lookupLoc(const egraph::EGraph &egraph, Id cls) const {
  auto it = classLocs.find(cls);
  if (it != classLocs.end())
    return it->second;
  it = classLocs.find(egraph.find(cls));
  if (it != classLocs.end())
    return it->second;
  if (Canonical)
    return std::nullopt;
  Id canonical = egraph.find(cls);
  std::optional<Location> found;
  Id foundKey = egraph::InvalidId;
  for (auto &[key, loc] : classLocs)
    if (egraph.find(key) == canonical && key < foundKey) {
      foundKey = key;
      found = loc;
    }
  return found;
}

void MlirEGraphInfo::setClassInfo(Id cls, Type type, Location loc) {
  classTypes.try_emplace(cls, type);
  classLocs.try_emplace(cls, loc);
}

void MlirEGraphInfo::canonicalize(const egraph::EGraph &egraph,
                                  llvm::function_ref<Type(Id)> typeOf) {
  auto rekey = [&](auto &map) {
    std::decay_t<decltype(map)> result;
    llvm::DenseMap<Id, Id> winner;
    for (auto &[key, value] : map) {
      Id canonical = egraph.find(key);
      auto [it, inserted] = winner.try_emplace(canonical, key);
      if (inserted || key < it->second) {
        it->second = key;
        result.insert_or_assign(canonical, value);
      }
    }
    map = std::move(result);
  };
  rekey(classTypes);
  rekey(classLocs);
  if (typeOf)
    for (Id cls : egraph.classes())
      if (Type type = typeOf(cls))
        classTypes.insert_or_assign(cls, type);
  Canonical = true;
}

//===----------------------------------------------------------------------===//
// TypeAnalysis
//===----------------------------------------------------------------------===//

Type TypeAnalysis::make(const egraph::EGraph &egraph, NodeId node) {
  OpId op = egraph.op(node);
  Payload payload = egraph.payload(node);
  if (op == Lang.argOp())
    return payload < Info.argTypes.size() ? Info.argTypes[payload] : Type();
  if (op == Lang.opaqueOp()) {
    auto it = Info.opaqueLeaves.find(payload);
    if (it == Info.opaqueLeaves.end() || it->second.resultIndex < 0)
      return {};
    return it->second.op->getResult(it->second.resultIndex).getType();
  }
  llvm::SmallVector<Type, 4> childTypes;
  for (Id child : egraph.children(node))
    childTypes.push_back(data(egraph.find(child)));
  Type type = infer(op, payload, childTypes);
  if (!type && Failure.empty()) {
    llvm::raw_string_ostream os(Failure);
    os << "cannot infer the type of " << Lang.headToString({op, payload})
       << " on operands (";
    llvm::interleaveComma(childTypes, os, [&](Type t) {
      if (t)
        os << t;
      else
        os << "<unknown>";
    });
    os << ")";
  }
  return type;
}

Type TypeAnalysis::infer(OpId op, Payload payload,
                         llvm::ArrayRef<Type> childTypes) {
  DictionaryAttr attrs = MlirLanguage::attrsOf(payload);
  if (auto given = attrs.getAs<TypeAttr>(TypeAttrName))
    return given.getValue();
  if (llvm::is_contained(childTypes, Type()))
    return {};
  llvm::SmallVector<uintptr_t, 6> key{op, payload};
  for (Type type : childTypes)
    key.push_back(reinterpret_cast<uintptr_t>(type.getAsOpaquePointer()));
  auto [it, inserted] = Cache.try_emplace(std::move(key), Type());
  if (inserted) {
    FailureOr<Type> type = inferType(Lang.getContext(),
                                     Lang.getOperationName(op), attrs,
                                     childTypes);
    it->second = succeeded(type) ? *type : Type();
  }
  return it->second;
}

egraph::DidMerge TypeAnalysis::merge(Type &into, Type from) {
  if (into == from)
    return {false, false};
  if (!from)
    return {false, true};
  if (!into) {
    into = from;
    return {true, false};
  }
  if (NumConflicts++ == 0) {
    llvm::raw_string_ostream os(Conflict);
    os << "an e-class has two types, " << into << " and " << from;
  }
  return {false, true};
}

//===----------------------------------------------------------------------===//
// buildEGraph
//===----------------------------------------------------------------------===//

/// Ops that become operator nodes; everything else is an opaque leaf.
static bool isPlainOp(Operation *op) {
  return op->getName().isRegistered() && op->getNumRegions() == 0 &&
         op->getNumSuccessors() == 0 && op->getNumResults() == 1 &&
         isMemoryEffectFree(op);
}

LogicalResult flexmatch::buildEGraph(func::FuncOp func, MlirLanguage &lang,
                                     egraph::EGraph &egraph,
                                     MlirEGraphInfo &info) {
  if (func.isExternal() || !func.getBody().hasOneBlock())
    return func.emitError("e-graph translation needs a single-block body");
  Block &block = func.getBody().front();
  llvm::DenseMap<Value, Id> classOf;
  info.argTypes.assign(block.getArgumentTypes().begin(),
                       block.getArgumentTypes().end());

  for (BlockArgument arg : block.getArguments()) {
    Id id = egraph.add(lang.argOp(), Payload(arg.getArgNumber()), {});
    info.setClassInfo(id, arg.getType(), arg.getLoc());
    classOf[arg] = id;
  }

  auto classesOf = [&](Operation *op, ValueRange values,
                       llvm::SmallVectorImpl<Id> &out) -> LogicalResult {
    for (Value value : values) {
      auto it = classOf.find(value);
      if (it == classOf.end())
        return op->emitError("operand is not defined earlier in the body");
      out.push_back(it->second);
    }
    return success();
  };

  for (Operation &opRef : block) {
    Operation *op = &opRef;
    if (op == block.getTerminator() && !op->getNumRegions()) {
      if (!isa<func::ReturnOp>(op))
        return op->emitError("expected func.return as the terminator");
      if (failed(classesOf(op, op->getOperands(), info.results)))
        return failure();
      info.returnLoc = op->getLoc();
      continue;
    }
    if (isPlainOp(op)) {
      llvm::SmallVector<Id, 4> children;
      if (failed(classesOf(op, op->getOperands(), children)))
        return failure();
      Id id = egraph.add(lang.getOpId(op->getName()),
                         MlirLanguage::payloadOf(op->getAttrDictionary()),
                         children);
      info.setClassInfo(id, op->getResult(0).getType(), op->getLoc());
      classOf[op->getResult(0)] = id;
      continue;
    }
    // Opaque: record operands and values its regions capture.
    MlirEGraphInfo::OpaqueLeaf leaf;
    leaf.op = op;
    if (failed(classesOf(op, op->getOperands(), leaf.inputs)))
      return failure();
    llvm::SetVector<Value> captured;
    getUsedValuesDefinedAbove(op->getRegions(), captured);
    for (Value value : captured) {
      leaf.capturedValues.push_back(value);
      if (failed(classesOf(op, value, leaf.inputs)))
        return failure();
    }
    if (op->getNumResults() == 0) {
      leaf.resultIndex = -1;
      Payload payload = egraph::payloadFromPointer(op);
      info.opaqueLeaves[payload] = leaf; // before add: the analysis reads it
      Id id = egraph.add(lang.opaqueOp(), payload, {});
      info.classLocs.try_emplace(id, op->getLoc());
      info.opaqueRoots.push_back(id);
      continue;
    }
    for (OpResult result : op->getResults()) {
      leaf.resultIndex = result.getResultNumber();
      Payload payload =
          op->getNumResults() == 1
              ? egraph::payloadFromPointer(op)
              : egraph::payloadFromPointer(result.getAsOpaquePointer());
      info.opaqueLeaves[payload] = leaf; // before add: the analysis reads it
      Id id = egraph.add(lang.opaqueOp(), payload, {});
      info.setClassInfo(id, result.getType(), op->getLoc());
      info.opaqueRoots.push_back(id);
      classOf[result] = id;
    }
  }
  if (!info.returnLoc)
    return func.emitError("expected the body to end in func.return");
  egraph.rebuild();
  return success();
}

//===----------------------------------------------------------------------===//
// Extraction and rebuilding
//===----------------------------------------------------------------------===//

NodeChoice flexmatch::chooseSmallest(const egraph::EGraph &egraph,
                                     const MlirEGraphInfo &) {
  egraph::Extractor<size_t> extractor(egraph, egraph::astSize);
  NodeChoice choice;
  for (Id cls : egraph.classes()) {
    NodeId node = extractor.bestNode(cls);
    if (node != egraph::InvalidId)
      choice[egraph.find(cls)] = node;
  }
  return choice;
}

namespace {
class Rebuilder {
public:
  Rebuilder(func::FuncOp func, const MlirLanguage &lang,
            const egraph::EGraph &egraph, const MlirEGraphInfo &info,
            const NodeChoice &choice, OpEmitter emitOp)
      : Func(func), Lang(lang), Graph(egraph), Info(info), Choice(choice),
        EmitOp(emitOp), Builder(func.getContext()) {}

  LogicalResult run();

private:
  FailureOr<Value> emit(Id cls);
  FailureOr<Operation *> cloneOpaque(const MlirEGraphInfo::OpaqueLeaf &leaf);

  func::FuncOp Func;
  const MlirLanguage &Lang;
  const egraph::EGraph &Graph;
  const MlirEGraphInfo &Info;
  const NodeChoice &Choice;
  OpEmitter EmitOp;
  OpBuilder Builder;
  Block *Body = nullptr;
  llvm::DenseMap<Id, Value> Emitted;
  llvm::DenseSet<Id> InProgress;
  llvm::DenseMap<Operation *, Operation *> Clones;
};
} // namespace

FailureOr<Operation *>
Rebuilder::cloneOpaque(const MlirEGraphInfo::OpaqueLeaf &leaf) {
  auto it = Clones.find(leaf.op);
  if (it != Clones.end())
    return it->second;
  IRMapping mapping;
  unsigned numOperands = leaf.op->getNumOperands();
  for (auto [index, input] : llvm::enumerate(leaf.inputs)) {
    FailureOr<Value> value = emit(input);
    if (failed(value))
      return failure();
    mapping.map(index < numOperands
                    ? leaf.op->getOperand(index)
                    : leaf.capturedValues[index - numOperands],
                *value);
  }
  Operation *clone = Builder.clone(*leaf.op, mapping);
  Clones[leaf.op] = clone;
  return clone;
}

FailureOr<Value> Rebuilder::emit(Id cls) {
  cls = Graph.find(cls);
  auto done = Emitted.find(cls);
  if (done != Emitted.end())
    return done->second;
  if (!InProgress.insert(cls).second)
    return Func.emitError("the chosen nodes form a cycle through class ")
           << cls;
  auto chosen = Choice.find(cls);
  if (chosen == Choice.end())
    return Func.emitError("no node chosen for class ") << cls;
  NodeId node = chosen->second;
  OpId op = Graph.op(node);
  Payload payload = Graph.payload(node);
  Value result;
  if (op == Lang.argOp()) {
    if (payload >= Body->getNumArguments())
      return Func.emitError("no block argument ") << payload;
    result = Body->getArgument(payload);
  } else if (op == Lang.opaqueOp()) {
    auto leaf = Info.opaqueLeaves.find(payload);
    if (leaf == Info.opaqueLeaves.end())
      return Func.emitError("unknown opaque leaf in class ") << cls;
    FailureOr<Operation *> clone = cloneOpaque(leaf->second);
    if (failed(clone))
      return failure();
    if (leaf->second.resultIndex >= 0)
      result = (*clone)->getResult(leaf->second.resultIndex);
  } else {
    llvm::SmallVector<Id, 4> children(Graph.children(node));
    llvm::SmallVector<Value, 4> operands;
    for (Id child : children) {
      FailureOr<Value> value = emit(child);
      if (failed(value))
        return failure();
      operands.push_back(*value);
    }
    Type type = Info.lookupType(Graph, cls);
    if (!type)
      return Func.emitError("no type recorded for class ") << cls;
    Location loc = Info.lookupLoc(Graph, cls).value_or(Func.getLoc());
    OperationName name = Lang.getOperationName(op);
    DictionaryAttr attrs = MlirLanguage::attrsOf(payload);
    if (EmitOp) {
      FailureOr<Value> special =
          EmitOp(Builder, loc, name, attrs, operands, type);
      if (failed(special))
        return failure();
      result = *special;
    }
    if (!result) {
      OperationState state(loc, name);
      state.addOperands(operands);
      state.addAttributes(attrs.getValue());
      state.addTypes(type);
      result = Builder.create(state)->getResult(0);
    }
  }
  InProgress.erase(cls);
  Emitted[cls] = result;
  return result;
}

LogicalResult Rebuilder::run() {
  if (Func.isExternal() || !Func.getBody().hasOneBlock())
    return Func.emitError("e-graph translation needs a single-block body");
  Body = &Func.getBody().front();
  llvm::SmallVector<Operation *> oldOps;
  for (Operation &op : *Body)
    oldOps.push_back(&op);
  Builder.setInsertionPointToStart(Body);

  llvm::SmallVector<Value> results;
  for (Id cls : Info.results) {
    FailureOr<Value> value = emit(cls);
    if (failed(value))
      return failure();
    results.push_back(*value);
  }
  for (Id cls : Info.opaqueRoots)
    if (failed(emit(cls)))
      return failure();
  func::ReturnOp::create(Builder, Info.returnLoc.value_or(Func.getLoc()),
                         results);

  for (Operation *op : oldOps)
    op->dropAllReferences();
  for (Operation *op : llvm::reverse(oldOps))
    op->erase();
  return success();
}

LogicalResult flexmatch::rebuildFunction(func::FuncOp func,
                                         const MlirLanguage &lang,
                                         const egraph::EGraph &egraph,
                                         const MlirEGraphInfo &info,
                                         const NodeChoice &choice,
                                         OpEmitter emitOp) {
  return Rebuilder(func, lang, egraph, info, choice, emitOp).run();
}

//===----------------------------------------------------------------------===//
// Type inference for new nodes
//===----------------------------------------------------------------------===//

FailureOr<Type> flexmatch::inferType(MLIRContext *context, OperationName name,
                                     DictionaryAttr attrs,
                                     ArrayRef<Type> operandTypes) {
  std::optional<RegisteredOperationName> registered = name.getRegisteredInfo();
  if (!registered)
    return failure();
  auto *inference = registered->getInterface<InferTypeOpInterface>();
  if (!inference)
    return failure();
  // Placeholder operands: arguments of a scratch block.
  Location loc = UnknownLoc::get(context);
  auto scratch = std::make_unique<Block>();
  for (Type type : operandTypes)
    scratch->addArgument(type, loc);
  if (!attrs)
    attrs = DictionaryAttr::get(context);
  // Default-valued attributes the interface may expect.
  NamedAttrList attrList(attrs);
  registered->populateDefaultAttrs(attrList);
  SmallVector<Type> resultTypes;
  if (failed(inference->inferReturnTypes(
          context, std::nullopt, ValueRange(scratch->getArguments()),
          attrList.getDictionary(context), OpaqueProperties(nullptr),
          RegionRange(), resultTypes)) ||
      resultTypes.size() != 1)
    return failure();
  return resultTypes.front();
}
