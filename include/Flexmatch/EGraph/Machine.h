//===- Machine.h - Compiled e-matching ---------------------------*- C++
//-*-===//
//
// Patterns are compiled into a small register program, as in egg's
// "abstract machine" e-matcher. Register 0 holds the candidate root class.
//
//   Bind    enumerate the nodes with a given head and arity in the class
//           held by `input`; for each, write its children to registers
//           `output ..< output + arity` and continue (backtracking point).
//           With `anyPayload` (a node variable, "(op@c ...)") the payload
//           is not checked and the node's NodeId goes to `nodeOutput`.
//   Compare continue only if registers `input` and `output` hold the same
//           class (repeated variables).
//   Lookup  continue only if register `input` holds the class of ground
//           term `output` (resolved once per search).
//   Scan    enumerate classes (all, or those having `op`) into register
//           `output`; starts the second and later patterns of a
//           multi-pattern.
//
// The compiler emits the cheap checks (Compare/Lookup) of a node's operands
// before descending into compound operands, so failing candidates are pruned
// before any further enumeration.
//
// Matching runs against the e-graph snapshot (see EGraph.h), so the graph
// may be modified between two runs of the machine.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_MACHINE_H
#define FLEXMATCH_EGRAPH_MACHINE_H

#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/Pattern.h"
#include "Flexmatch/EGraph/Term.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace flexmatch::egraph {

class EGraph;

struct Instruction {
  enum class Kind : uint8_t { Bind, Compare, Lookup, Scan };
  Kind kind = Kind::Bind;
  /// Scan: enumerate every class instead of the classes having `op`.
  bool scanAll = false;
  /// Bind: accept any payload and write the node id to `nodeOutput`.
  bool anyPayload = false;
  uint32_t input = 0;
  uint32_t output = 0;
  OpId op = 0;
  uint32_t arity = 0;
  /// Bind with anyPayload: register receiving the matched NodeId.
  uint32_t nodeOutput = 0;
  Payload payload = 0;
};

/// One conjunct of a multi-pattern: the class bound to `var` must match
/// `pattern`. Variables with the same name denote the same class (node
/// variables, "@c", the same e-node).
struct MultiPatternEntry {
  std::string var;
  Pattern pattern;
};

class Program {
public:
  /// Compiles a single pattern. The substitution layout is pattern.vars():
  /// a class id per "?x" variable, a NodeId per "@c" node variable.
  static Program compile(const Pattern &pattern);
  /// Compiles a multi-pattern. The first entry's class is the match root;
  /// the substitution layout is the entry variables and pattern variables
  /// in order of first occurrence.
  static llvm::Expected<Program>
  compile(llvm::ArrayRef<MultiPatternEntry> entries);

  llvm::ArrayRef<Instruction> instructions() const { return Instructions; }
  unsigned numRegisters() const { return NumRegisters; }
  /// Variable names of the substitution layout.
  llvm::ArrayRef<std::string> vars() const { return Vars; }
  /// Register holding each variable when the program reaches its end.
  llvm::ArrayRef<uint32_t> varRegisters() const { return VarRegisters; }
  llvm::ArrayRef<Term> groundTerms() const { return GroundTerms; }
  /// Candidate roots are the classes having this operator; all classes if
  /// unset (the root pattern is a variable).
  std::optional<OpId> rootOp() const { return RootOp; }

  void print(llvm::raw_ostream &os) const;

private:
  friend class ProgramCompiler;
  std::vector<Instruction> Instructions;
  std::vector<std::string> Vars;
  std::vector<uint32_t> VarRegisters;
  std::vector<Term> GroundTerms;
  std::optional<OpId> RootOp;
  unsigned NumRegisters = 1;
};

/// Executes programs. Reusable across programs; keeps its buffers.
class Machine {
public:
  /// Resolves the program's ground terms against the snapshot of
  /// \p egraph. Returns false if one is absent: the program cannot match.
  /// Must be called before run() for each program and snapshot.
  bool prepare(const EGraph &egraph, const Program &program);

  /// Matches \p program at class \p root (a snapshot class), appending one
  /// substitution (vars().size() ids) per match to \p out; stops after
  /// \p limit matches. Returns the number of matches appended.
  size_t run(const EGraph &egraph, const Program &program, Id root,
             std::vector<Id> &out, size_t limit = ~size_t(0));

private:
  bool execute(unsigned pc);

  const EGraph *Graph = nullptr;
  const Program *Code = nullptr;
  std::vector<Id> *Out = nullptr;
  size_t Limit = 0;
  size_t Found = 0;
  llvm::SmallVector<Id, 16> Registers;
  llvm::SmallVector<Id, 4> GroundClasses;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_MACHINE_H
