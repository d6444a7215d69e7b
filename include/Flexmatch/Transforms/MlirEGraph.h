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

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/Language.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

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
  /// node variable `relay.nn.dense@d` matches any payload).
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
                                    const NodeChoice &choice);

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
