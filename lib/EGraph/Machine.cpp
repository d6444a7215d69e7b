//===- Machine.cpp - Compiled e-matching ----------------------------------===//

#include "Flexmatch/EGraph/Machine.h"
#include "Flexmatch/EGraph/EGraph.h"

#include "llvm/ADT/StringMap.h"

using namespace flexmatch::egraph;
using llvm::StringRef;

namespace flexmatch::egraph {
class ProgramCompiler {
public:
  explicit ProgramCompiler(Program &program) : Result(program) {}

  uint32_t variable(StringRef name) {
    auto [it, inserted] = VarIndex.try_emplace(name, Result.Vars.size());
    if (inserted) {
      Result.Vars.push_back(name.str());
      Result.VarRegisters.push_back(NoRegister);
    }
    return it->second;
  }

  bool isBound(StringRef name) {
    return Result.VarRegisters[variable(name)] != NoRegister;
  }
  uint32_t registerOf(StringRef name) {
    return Result.VarRegisters[variable(name)];
  }

  /// Binds variable \p name to \p reg, or checks consistency with an
  /// earlier binding.
  void bindVariable(StringRef name, uint32_t reg) {
    uint32_t &bound = Result.VarRegisters[variable(name)];
    if (bound == NoRegister) {
      bound = reg;
      return;
    }
    Instruction compare;
    compare.kind = Instruction::Kind::Compare;
    compare.input = reg;
    compare.output = bound;
    Result.Instructions.push_back(compare);
  }

  uint32_t newRegister() { return Result.NumRegisters++; }

  void scan(uint32_t reg, std::optional<OpId> op) {
    Instruction scan;
    scan.kind = Instruction::Kind::Scan;
    scan.output = reg;
    scan.scanAll = !op;
    scan.op = op.value_or(0);
    Result.Instructions.push_back(scan);
  }

  /// Emits code matching subpattern \p index against the class in \p reg.
  void compileNode(const Pattern &pattern, uint32_t index, uint32_t reg,
                   bool isRoot) {
    const Pattern::Node &node = pattern.nodes()[index];
    if (node.isVar()) {
      bindVariable(pattern.vars()[node.var], reg);
      return;
    }
    if (!isRoot && pattern.isGround(index)) {
      Instruction lookup;
      lookup.kind = Instruction::Kind::Lookup;
      lookup.input = reg;
      lookup.output = Result.GroundTerms.size();
      Result.GroundTerms.push_back(pattern.toTerm(index));
      Result.Instructions.push_back(lookup);
      return;
    }
    Instruction bind;
    bind.kind = Instruction::Kind::Bind;
    bind.input = reg;
    bind.output = Result.NumRegisters;
    bind.op = node.head.op;
    bind.payload = node.head.payload;
    bind.arity = node.children.size();
    Result.NumRegisters += bind.arity;
    if (node.hasNodeVar()) {
      bind.anyPayload = true;
      bind.payload = 0;
      bind.nodeOutput = newRegister();
    }
    Result.Instructions.push_back(bind);
    if (node.hasNodeVar())
      bindVariable(pattern.vars()[node.nodeVar], bind.nodeOutput);
    auto isCheap = [&](uint32_t child) {
      return pattern.nodes()[child].isVar() || pattern.isGround(child);
    };
    for (size_t i = 0; i != node.children.size(); ++i)
      if (isCheap(node.children[i]))
        compileNode(pattern, node.children[i], bind.output + i, false);
    for (size_t i = 0; i != node.children.size(); ++i)
      if (!isCheap(node.children[i]))
        compileNode(pattern, node.children[i], bind.output + i, false);
  }

  static constexpr uint32_t NoRegister = ~uint32_t(0);

private:
  Program &Result;
  llvm::StringMap<uint32_t> VarIndex;
};
} // namespace flexmatch::egraph

Program Program::compile(const Pattern &pattern) {
  Program program;
  ProgramCompiler compiler(program);
  // Fix the substitution layout to the pattern's own variable order.
  for (const std::string &var : pattern.vars())
    compiler.variable(var);
  const Pattern::Node &root = pattern.root();
  if (!root.isVar())
    program.RootOp = root.head.op;
  compiler.compileNode(pattern, pattern.rootIndex(), 0, /*isRoot=*/true);
  return program;
}

llvm::Expected<Program>
Program::compile(llvm::ArrayRef<MultiPatternEntry> entries) {
  if (entries.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "a multi-pattern needs at least one entry");
  for (const MultiPatternEntry &entry : entries)
    if (entry.var.size() < 2 || entry.var[0] != '?')
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "multi-pattern entry variable '" +
                                         entry.var +
                                         "' must look like '?name'");
  Program program;
  ProgramCompiler compiler(program);
  for (const MultiPatternEntry &entry : entries) {
    compiler.variable(entry.var);
    for (const std::string &var : entry.pattern.vars())
      compiler.variable(var);
  }
  for (size_t i = 0; i != entries.size(); ++i) {
    const MultiPatternEntry &entry = entries[i];
    const Pattern::Node &root = entry.pattern.root();
    std::optional<OpId> rootOp;
    if (!root.isVar())
      rootOp = root.head.op;
    uint32_t reg;
    if (i == 0) {
      reg = 0;
      program.RootOp = rootOp;
      compiler.bindVariable(entry.var, reg);
    } else if (compiler.isBound(entry.var)) {
      reg = compiler.registerOf(entry.var);
    } else {
      reg = compiler.newRegister();
      compiler.scan(reg, rootOp);
      compiler.bindVariable(entry.var, reg);
    }
    compiler.compileNode(entry.pattern, entry.pattern.rootIndex(), reg,
                         /*isRoot=*/true);
  }
  return program;
}

void Program::print(llvm::raw_ostream &os) const {
  for (const Instruction &inst : Instructions) {
    switch (inst.kind) {
    case Instruction::Kind::Bind:
      os << "bind r" << inst.input << " op=" << inst.op;
      if (inst.anyPayload)
        os << " payload=any";
      else
        os << " payload=" << inst.payload;
      os << " arity=" << inst.arity << " -> r" << inst.output;
      if (inst.anyPayload)
        os << " node -> r" << inst.nodeOutput;
      os << "\n";
      break;
    case Instruction::Kind::Compare:
      os << "compare r" << inst.input << " == r" << inst.output << "\n";
      break;
    case Instruction::Kind::Lookup:
      os << "lookup r" << inst.input << " == ground#" << inst.output << "\n";
      break;
    case Instruction::Kind::Scan:
      os << "scan ";
      if (inst.scanAll)
        os << "all";
      else
        os << "op=" << inst.op;
      os << " -> r" << inst.output << "\n";
      break;
    }
  }
  for (size_t i = 0; i != Vars.size(); ++i)
    os << "yield " << Vars[i] << " = r" << VarRegisters[i] << "\n";
}

bool Machine::prepare(const EGraph &egraph, const Program &program) {
  GroundClasses.clear();
  llvm::SmallVector<Id, 8> ids;
  llvm::SmallVector<Id, 4> children;
  for (const Term &term : program.groundTerms()) {
    ids.clear();
    for (const Term::Node &node : term.nodes()) {
      children.clear();
      for (uint32_t child : node.children)
        children.push_back(ids[child]);
      std::optional<Id> cls =
          egraph.lookupInSnapshot(node.head.op, node.head.payload, children);
      if (!cls)
        return false;
      ids.push_back(*cls);
    }
    GroundClasses.push_back(ids.back());
  }
  return true;
}

size_t Machine::run(const EGraph &egraph, const Program &program, Id root,
                    std::vector<Id> &out, size_t limit) {
  assert(GroundClasses.size() == program.groundTerms().size() &&
         "prepare() was not called for this program");
  if (limit == 0)
    return 0;
  Graph = &egraph;
  Code = &program;
  Out = &out;
  Limit = limit;
  Found = 0;
  Registers.resize(program.numRegisters());
  Registers[0] = root;
  execute(0);
  return Found;
}

bool Machine::execute(unsigned pc) {
  llvm::ArrayRef<Instruction> code = Code->instructions();
  while (true) {
    if (pc == code.size()) {
      for (uint32_t reg : Code->varRegisters())
        Out->push_back(Registers[reg]);
      return ++Found < Limit;
    }
    const Instruction &inst = code[pc];
    switch (inst.kind) {
    case Instruction::Kind::Compare:
      if (Registers[inst.input] != Registers[inst.output])
        return true;
      ++pc;
      continue;
    case Instruction::Kind::Lookup:
      if (Registers[inst.input] != GroundClasses[inst.output])
        return true;
      ++pc;
      continue;
    case Instruction::Kind::Bind: {
      auto [begin, end] = Graph->classNodeRange(Registers[inst.input], inst.op);
      if (inst.anyPayload) {
        // Node variable: every payload; positions index classNodes() order,
        // so snapshotNodeId() gives the e-node itself.
        for (uint32_t position = begin; position != end; ++position) {
          llvm::ArrayRef<Id> children = Graph->snapshotChildren(position);
          if (children.size() != inst.arity)
            continue;
          std::copy(children.begin(), children.end(),
                    Registers.begin() + inst.output);
          Registers[inst.nodeOutput] = Graph->snapshotNodeId(position);
          if (!execute(pc + 1))
            return false;
        }
        return true;
      }
      for (uint32_t position = begin; position != end; ++position) {
        if (Graph->snapshotNode(position).payload != inst.payload)
          continue;
        llvm::ArrayRef<Id> children = Graph->snapshotChildren(position);
        if (children.size() != inst.arity)
          continue;
        std::copy(children.begin(), children.end(),
                  Registers.begin() + inst.output);
        if (!execute(pc + 1))
          return false;
      }
      return true;
    }
    case Instruction::Kind::Scan: {
      llvm::ArrayRef<Id> classes =
          inst.scanAll ? Graph->classes() : Graph->classesWithOp(inst.op);
      for (Id cls : classes) {
        Registers[inst.output] = cls;
        if (!execute(pc + 1))
          return false;
      }
      return true;
    }
    }
  }
}
