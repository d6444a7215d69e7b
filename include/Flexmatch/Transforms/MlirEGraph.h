//===- MlirEGraph.h - Bridge between func.func bodies and e-graphs -*- C++ -*-//
//
// The base of the equality-saturation pass: an egraph::Language whose
// operators are MLIR operation names and whose payloads are the ops'
// (uniqued) attribute dictionaries, the translation of a single-block
// func.func body into an e-graph, and the reverse translation of an
// extracted choice of e-nodes back into the body.
//
// Leaves:
//  - `arg`: a block argument of the body; payload = its argument number.
//    Printed and parsed as `argN`.
//  - `opaque`: an op kept as is (ops with regions, ops that are not free of
//    memory effects, unregistered ops, ops with != 1 result); payload = the
//    Operation* (for ops with several results, the opaque pointer of the
//    result Value, see MlirEGraphInfo::opaqueLeaves). Its operands (and the
//    values its regions use from above) are recorded and remapped when the
//    op is cloned back.
// Constants are ordinary nodes of their op (payload = their attributes).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_TRANSFORMS_MLIREGRAPH_H
#define FLEXMATCH_TRANSFORMS_MLIREGRAPH_H

#include "Flexmatch/EGraph/Analysis.h"
#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <map>
#include <string>
#include <vector>

namespace flexmatch {

/// Operators = interned OperationNames (ids in first-seen order, after the
/// two leaf kinds); payload of an operator node = its DictionaryAttr.
class MlirLanguage : public egraph::Language {
public:
  explicit MlirLanguage(mlir::MLIRContext *context);

  mlir::MLIRContext *getContext() const { return Context; }

  /// Op id of block-argument leaves (payload = argument number).
  egraph::OpId argOp() const { return ArgOp; }
  /// Op id of opaque leaves (payload = Operation* or result Value pointer).
  egraph::OpId opaqueOp() const { return OpaqueOp; }
  bool isLeafOp(egraph::OpId op) const {
    return op == ArgOp || op == OpaqueOp;
  }

  /// Interns \p name (stable id, first-seen order).
  egraph::OpId getOpId(mlir::OperationName name);
  /// The id of \p name if it was interned.
  std::optional<egraph::OpId> lookupOpId(mlir::OperationName name) const;
  /// The operation name of a non-leaf op id.
  mlir::OperationName getOperationName(egraph::OpId op) const;

  static egraph::Payload payloadOf(mlir::DictionaryAttr attrs) {
    return egraph::payloadFromPointer(attrs.getAsOpaquePointer());
  }
  static mlir::DictionaryAttr attrsOf(egraph::Payload payload) {
    return mlir::DictionaryAttr::getFromOpaquePointer(
        reinterpret_cast<const void *>(payload));
  }
  /// Payload of an operator node without attributes.
  egraph::Payload emptyPayload() const;

  /// Accepts `argN` (arity 0) and registered op names such as
  /// `relay.nn.dense` (any arity; payload = the empty dictionary; a pattern
  /// node variable `relay.nn.dense@d` matches any payload). A name may be
  /// followed by its attribute dictionary without spaces, e.g.
  /// `access.access{axis=1:i64}`.
  llvm::Expected<egraph::NodeHead> parseHead(llvm::StringRef token,
                                             unsigned arity) override;
  /// Prints the op name, `argN`, or `opaque` (with the op name of the
  /// opaque op, e.g. `opaque:relay.if`).
  void printHead(llvm::raw_ostream &os, egraph::NodeHead head) const override;

private:
  mlir::MLIRContext *Context;
  egraph::OpId ArgOp = 0;
  egraph::OpId OpaqueOp = 1;
  std::vector<mlir::OperationName> Names; // index = op id - 2
  llvm::DenseMap<void *, egraph::OpId> Ids;
};

/// What buildEGraph records besides the e-graph itself.
struct MlirEGraphInfo {
  struct OpaqueLeaf {
    mlir::Operation *op = nullptr;
    /// The result the leaf stands for (-1: an op without results).
    int resultIndex = 0;
    /// Classes of the op's operands followed by those of the values defined
    /// above that its regions use (see capturedValues).
    llvm::SmallVector<egraph::Id, 4> inputs;
    /// The values the regions use from above, in the order of the tail of
    /// `inputs`.
    llvm::SmallVector<mlir::Value, 2> capturedValues;
  };

  /// The types of the body's arguments (argument leaves' payloads index
  /// it).
  llvm::SmallVector<mlir::Type> argTypes;
  /// The MLIR type and a location of every class (keys are the ids returned
  /// when the class was added; look them up with lookupType/lookupLoc,
  /// which canonicalize).
  llvm::DenseMap<egraph::Id, mlir::Type> classTypes;
  llvm::DenseMap<egraph::Id, mlir::Location> classLocs;
  /// Classes of the return operands, in order.
  llvm::SmallVector<egraph::Id, 4> results;
  /// Opaque leaves by payload, and the opaque classes in program order (they
  /// are emitted even when unused, e.g. side-effecting ops).
  llvm::DenseMap<egraph::Payload, OpaqueLeaf> opaqueLeaves;
  llvm::SmallVector<egraph::Id, 4> opaqueRoots;
  /// Location of the terminator.
  std::optional<mlir::Location> returnLoc;

  /// The recorded type of \p cls (found through any id of its class), or a
  /// null type.
  mlir::Type lookupType(const egraph::EGraph &egraph, egraph::Id cls) const;
  std::optional<mlir::Location> lookupLoc(const egraph::EGraph &egraph,
                                          egraph::Id cls) const;
  /// Records \p type / \p loc for a (new) class.
  void setClassInfo(egraph::Id cls, mlir::Type type, mlir::Location loc);
  /// Re-keys classTypes and classLocs by canonical class (the entry of the
  /// smallest original id wins) after saturation merged classes, so that
  /// lookups are direct; \p typeOf, when given, supplies the types of all
  /// classes (e.g. from a TypeAnalysis). Lookups then never scan.
  void canonicalize(const egraph::EGraph &egraph,
                    llvm::function_ref<mlir::Type(egraph::Id)> typeOf = {});

private:
  bool Canonical = false;
};

/// The e-class analysis of the equality-saturation pass: the MLIR type of
/// the class's values. Leaves take the types recorded by buildEGraph;
/// operator nodes get the type their op infers from their attributes and
/// their children's types, or the type in their `flexmatch.type` attribute
/// (ops that cannot infer, e.g. composites with regions). Two nodes of one
/// class with different types are a bug in a rewrite: the first such
/// conflict is recorded (never asserted) for the pass to report.
class TypeAnalysis
    : public egraph::ClassAnalysis<TypeAnalysis, mlir::Type> {
public:
  TypeAnalysis(MlirLanguage &lang, const MlirEGraphInfo &info)
      : Lang(lang), Info(info) {}

  mlir::Type make(const egraph::EGraph &egraph, egraph::NodeId node);
  egraph::DidMerge merge(mlir::Type &into, mlir::Type from);

  /// The type of (any id of) class \p cls; null if unknown.
  mlir::Type typeOf(const egraph::EGraph &egraph, egraph::Id cls) const {
    return data(egraph.find(cls));
  }
  /// The type op \p op with \p payload would have on children of
  /// \p childTypes (cached); null if it does not infer.
  mlir::Type infer(egraph::OpId op, egraph::Payload payload,
                   llvm::ArrayRef<mlir::Type> childTypes);

  /// The first type conflict, as a message; empty if none.
  const std::string &firstConflict() const { return Conflict; }
  unsigned numConflicts() const { return NumConflicts; }
  /// The first operator node whose type could not be inferred.
  const std::string &firstInferenceFailure() const { return Failure; }

  /// The attribute giving the type of ops that cannot infer it.
  static constexpr llvm::StringLiteral TypeAttrName = "flexmatch.type";

private:
  MlirLanguage &Lang;
  const MlirEGraphInfo &Info;
  std::map<llvm::SmallVector<uintptr_t, 6>, mlir::Type> Cache;
  std::string Conflict, Failure;
  unsigned NumConflicts = 0;
};

/// Adds every value of the single-block body of \p func to \p egraph and
/// records types, locations, return classes and opaque ops in \p info.
/// Fails (with a diagnostic) on a body that is not a single block.
/// Rebuilds the e-graph before returning.
mlir::LogicalResult buildEGraph(mlir::func::FuncOp func, MlirLanguage &lang,
                                egraph::EGraph &egraph, MlirEGraphInfo &info);

/// The chosen node of each class (keyed by canonical class id).
using NodeChoice = llvm::DenseMap<egraph::Id, egraph::NodeId>;

/// A choice by egraph::Extractor with the AST-size cost for every class
/// reachable from the results and opaque roots. Requires a clean e-graph.
NodeChoice chooseSmallest(const egraph::EGraph &egraph,
                          const MlirEGraphInfo &info);

/// Emits an op that is not built from its attribute dictionary alone (e.g.
/// an op with regions) at the builder's insertion point; returns its result,
/// null to let the default (an op with the payload's attributes) apply, or
/// failure after a diagnostic.
using OpEmitter = llvm::function_ref<mlir::FailureOr<mlir::Value>(
    mlir::OpBuilder &builder, mlir::Location loc, mlir::OperationName name,
    mlir::DictionaryAttr attrs, mlir::ValueRange operands, mlir::Type type)>;

/// Replaces the body of \p func by the chosen nodes: classes are emitted in
/// topological order from the return operands (then the remaining opaque
/// ops in program order), each once. Types and locations come from \p info,
/// attributes from the payloads; opaque ops are cloned with remapped
/// operands. Fails (with a diagnostic) if a class has no choice, no type,
/// or the choice is cyclic.
mlir::LogicalResult rebuildFunction(mlir::func::FuncOp func,
                                    const MlirLanguage &lang,
                                    const egraph::EGraph &egraph,
                                    const MlirEGraphInfo &info,
                                    const NodeChoice &choice,
                                    OpEmitter emitOp = {});

/// The single result type of op \p name with attributes \p attrs applied to
/// operands of \p operandTypes, from the op's InferTypeOpInterface. Fails
/// if the op is unregistered, has no type inference, rejects the operands,
/// or infers != 1 result.
mlir::FailureOr<mlir::Type> inferType(mlir::MLIRContext *context,
                                      mlir::OperationName name,
                                      mlir::DictionaryAttr attrs,
                                      mlir::ArrayRef<mlir::Type> operandTypes);

/// Registers --test-eqsat-roundtrip (a testing pass).
void registerTestEqSatRoundTripPass();

} // namespace flexmatch

#endif // FLEXMATCH_TRANSFORMS_MLIREGRAPH_H
