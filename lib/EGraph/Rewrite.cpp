//===- Rewrite.cpp - Searchers, appliers and rewrite rules ----------------===//

#include "Flexmatch/EGraph/Rewrite.h"
#include "Flexmatch/EGraph/EGraph.h"

#include "llvm/ADT/Twine.h"

#include <algorithm>

using namespace flexmatch::egraph;
using llvm::ArrayRef;
using llvm::StringRef;

std::optional<Id> Subst::lookup(StringRef name) const {
  for (size_t i = 0; i != Names.size(); ++i)
    if (Names[i] == name)
      return Values[i];
  return std::nullopt;
}

NodeId Subst::node(StringRef name) const {
  for (size_t i = 0; i != Names.size(); ++i) {
    StringRef candidate = Names[i];
    if (!Pattern::isNodeVarName(candidate))
      continue;
    if (candidate == name || candidate.drop_front() == name)
      return Values[i];
  }
  return InvalidId;
}

Searcher::~Searcher() = default;
Applier::~Applier() = default;

std::vector<std::pair<Id, std::vector<Id>>>
Searcher::searchAll(const EGraph &egraph, size_t limit) {
  std::vector<std::pair<Id, std::vector<Id>>> result;
  search(egraph, limit, [&](Id root, ArrayRef<Id> substs) {
    result.emplace_back(root, std::vector<Id>(substs.begin(), substs.end()));
    return true;
  });
  return result;
}

llvm::Expected<std::unique_ptr<PatternSearcher>>
PatternSearcher::createMulti(ArrayRef<MultiPatternEntry> entries) {
  auto program = Program::compile(entries);
  if (!program)
    return program.takeError();
  return std::make_unique<PatternSearcher>(std::move(*program));
}

size_t PatternSearcher::search(const EGraph &egraph, size_t limit,
                               MatchCallback onMatches) {
  if (limit == 0 || !Matcher.prepare(egraph, Code))
    return 0;
  size_t total = 0;
  // Returns false to stop. Indexing (rather than holding iterators) keeps
  // this independent of what onMatches does to the e-graph: the snapshot
  // arrays are only rewritten by rebuild().
  auto visit = [&](Id cls) {
    Buffer.clear();
    size_t found = Matcher.run(egraph, Code, cls, Buffer, limit - total);
    if (found == 0)
      return true;
    total += found;
    return onMatches(cls, Buffer) && total < limit;
  };
  if (std::optional<OpId> op = Code.rootOp()) {
    ArrayRef<Id> classes = egraph.classesWithOp(*op);
    for (size_t i = 0, e = classes.size(); i != e; ++i)
      if (!visit(classes[i]))
        break;
  } else {
    ArrayRef<Id> classes = egraph.classes();
    for (size_t i = 0, e = classes.size(); i != e; ++i)
      if (!visit(classes[i]))
        break;
  }
  // One class with very many matches should not pin its buffer for the
  // rest of the run.
  if (Buffer.capacity() > (size_t(1) << 16))
    std::vector<Id>().swap(Buffer);
  return total;
}

llvm::Expected<std::unique_ptr<PatternApplier>>
PatternApplier::create(const Pattern &pattern,
                       ArrayRef<std::string> searcherVars) {
  auto applier = std::unique_ptr<PatternApplier>(new PatternApplier());
  for (const Pattern::Node &node : pattern.nodes()) {
    Step step;
    step.slot = NoSlot;
    if (node.isVar()) {
      const std::string &name = pattern.vars()[node.var];
      auto it = llvm::find(searcherVars, name);
      if (it == searcherVars.end())
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "variable '" + name +
                                           "' is not bound by the searcher");
      step.slot = it - searcherVars.begin();
    } else {
      step.head = node.head;
      step.children = node.children;
      if (node.hasNodeVar()) {
        const std::string &name = pattern.vars()[node.nodeVar];
        auto it = llvm::find(searcherVars, name);
        if (it == searcherVars.end())
          return llvm::createStringError(
              llvm::inconvertibleErrorCode(),
              "node variable '" + name +
                  "' is not bound by the left-hand side");
        step.payloadSlot = it - searcherVars.begin();
      }
      // Worth memoizing when an operand is itself instantiated: then many
      // matches of a root share it (see applyMatches). The memo is keyed by
      // the children only, so not with a per-match payload.
      step.memoize = step.payloadSlot == NoSlot && !node.children.empty() &&
                     node.children.size() <= 2 &&
                     llvm::any_of(node.children, [&](uint32_t child) {
                       return !pattern.nodes()[child].isVar();
                     });
    }
    applier->Steps.push_back(std::move(step));
  }
  return applier;
}

Id PatternApplier::instantiate(EGraph &egraph, const Subst &subst) {
  Ids.clear();
  for (const Step &step : Steps) {
    if (step.slot != NoSlot) {
      Ids.push_back(subst[step.slot]);
      continue;
    }
    Children.clear();
    for (uint32_t child : step.children)
      Children.push_back(Ids[child]);
    Payload payload = step.payloadSlot == NoSlot
                          ? step.head.payload
                          : egraph.payload(subst[step.payloadSlot]);
    Ids.push_back(egraph.add(step.head.op, payload, Children));
  }
  return Ids.back();
}

bool PatternApplier::apply(EGraph &egraph, Id root, const Subst &subst) {
  return egraph.merge(instantiate(egraph, subst), root);
}

unsigned Applier::applyMatches(EGraph &egraph, Id root, ArrayRef<Id> substs,
                               ArrayRef<std::string> names) {
  size_t width = names.size();
  // A variable-free searcher reports one (empty) match per root.
  size_t numMatches = width ? substs.size() / width : 1;
  unsigned changed = 0;
  for (size_t i = 0; i != numMatches; ++i)
    changed +=
        apply(egraph, root, Subst(substs.slice(i * width, width), names));
  return changed;
}

unsigned PatternApplier::applyMatches(EGraph &egraph, Id root,
                                      ArrayRef<Id> substs,
                                      ArrayRef<std::string> names) {
  size_t width = names.size();
  size_t numMatches = width ? substs.size() / width : 1;
  if (numMatches < 4 || egraph.getAnalysis())
    // An analysis may merge classes inside add(), which would invalidate
    // the memo; fall back to match-by-match application.
    return Applier::applyMatches(egraph, root, substs, names);
  // Bound the scratch tables (a big class can have hundreds of thousands
  // of matches): apply in slices. The memo only saves repeated add()s, so
  // slicing does not change the result.
  constexpr size_t MaxSlice = size_t(1) << 14;
  if (numMatches > MaxSlice) {
    unsigned changed = 0;
    for (size_t first = 0; first < numMatches; first += MaxSlice)
      changed += applyMatches(
          egraph, root,
          substs.slice(first * width,
                       std::min(MaxSlice, numMatches - first) * width),
          names);
    return changed;
  }

  Table.resize(Steps.size() * numMatches);
  for (size_t stepIndex = 0; stepIndex != Steps.size(); ++stepIndex) {
    const Step &step = Steps[stepIndex];
    Id *row = Table.data() + stepIndex * numMatches;
    if (step.slot != NoSlot) {
      for (size_t match = 0; match != numMatches; ++match)
        row[match] = substs[match * width + step.slot];
      continue;
    }
    const uint32_t *childSteps = step.children.data();
    size_t arity = step.children.size();
    // Prepare each add a few matches ahead and prefetch what it will touch
    // (see EGraph::prefetchSlot), so that the cache misses of several adds
    // overlap instead of happening one after the other. Prepared nodes wait
    // in a ring: Far of them are in flight.
    constexpr size_t Near = 4, Far = 12, Ring = 16;
    static_assert(Far < Ring, "the ring must hold every prepared node");
    Prepared.resize(Ring);
    auto prepareAt = [&](size_t match) {
      if (match >= numMatches)
        return;
      Children.clear();
      for (size_t i = 0; i != arity; ++i)
        Children.push_back(Table[childSteps[i] * numMatches + match]);
      EGraph::PreparedNode &node = Prepared[match % Ring];
      Payload payload =
          step.payloadSlot == NoSlot
              ? step.head.payload
              : egraph.payload(substs[match * width + step.payloadSlot]);
      egraph.prepare(step.head.op, payload, Children, node);
      egraph.prefetchSlot(node);
    };
    auto prefetchAt = [&](size_t match) {
      if (match < numMatches)
        egraph.prefetchCandidate(Prepared[match % Ring]);
    };
    for (size_t match = 0; match != Far; ++match)
      prepareAt(match);
    for (size_t match = 0; match != Near; ++match)
      prefetchAt(match);
    auto advance = [&](size_t match) {
      prepareAt(match + Far);
      prefetchAt(match + Near);
    };
    if (!step.memoize) {
      for (size_t match = 0; match != numMatches; ++match) {
        advance(match);
        row[match] = egraph.addPrepared(Prepared[match % Ring]);
      }
      continue;
    }
    // Memoized step (arity 1 or 2): key = the two child ids.
    size_t memoSize = 16;
    while (memoSize < numMatches * 2)
      memoSize *= 2;
    StepMemo.assign(memoSize, {~uint64_t(0), InvalidId});
    for (size_t match = 0; match != numMatches; ++match) {
      advance(match);
      Id first = Table[childSteps[0] * numMatches + match];
      Id second = arity > 1 ? Table[childSteps[1] * numMatches + match] : 0;
      uint64_t key = (uint64_t(first) << 32) | second;
      size_t index = (key * 0x9E3779B97F4A7C15ULL) >> 40 & (memoSize - 1);
      while (StepMemo[index].first != key &&
             StepMemo[index].second != InvalidId)
        index = (index + 1) & (memoSize - 1);
      if (StepMemo[index].second == InvalidId)
        StepMemo[index] = {key, egraph.addPrepared(Prepared[match % Ring])};
      row[match] = StepMemo[index].second;
    }
  }
  const Id *results = Table.data() + (Steps.size() - 1) * numMatches;
  unsigned changed = 0;
  for (size_t match = 0; match != numMatches; ++match)
    changed += egraph.merge(results[match], root);
  return changed;
}

Rewrite::Rewrite(std::string name, std::unique_ptr<Searcher> searcher,
                 std::unique_ptr<Applier> applier, Condition condition)
    : Name(std::move(name)), TheSearcher(std::move(searcher)),
      TheApplier(std::move(applier)), TheCondition(std::move(condition)) {
  assert(TheSearcher && TheApplier && "a rewrite needs searcher and applier");
}

llvm::Expected<Rewrite> Rewrite::create(StringRef name, const Pattern &lhs,
                                        const Pattern &rhs,
                                        Condition condition) {
  auto searcher = std::make_unique<PatternSearcher>(lhs);
  auto applier = PatternApplier::create(rhs, searcher->vars());
  if (!applier)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "rewrite '" + name + "': " + llvm::toString(applier.takeError()));
  return Rewrite(name.str(), std::move(searcher), std::move(*applier),
                 std::move(condition));
}

llvm::Expected<Rewrite> Rewrite::create(StringRef name, StringRef lhs,
                                        StringRef rhs, Language &language,
                                        Condition condition) {
  auto lhsPattern = Pattern::parse(lhs, language);
  if (!lhsPattern)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "rewrite '" + name + "' left-hand side: " +
                                       llvm::toString(lhsPattern.takeError()));
  auto rhsPattern = Pattern::parse(rhs, language);
  if (!rhsPattern)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "rewrite '" + name + "' right-hand side: " +
                                       llvm::toString(rhsPattern.takeError()));
  return create(name, *lhsPattern, *rhsPattern, std::move(condition));
}

std::optional<unsigned> Rewrite::varIndex(StringRef name) const {
  ArrayRef<std::string> names = vars();
  auto it = llvm::find(names, name);
  if (it == names.end())
    return std::nullopt;
  return it - names.begin();
}

unsigned Rewrite::applyMatches(EGraph &egraph, Id root, ArrayRef<Id> substs) {
  ArrayRef<std::string> names = vars();
  if (!TheCondition)
    return TheApplier->applyMatches(egraph, root, substs, names);
  size_t width = names.size();
  if (width == 0) {
    // A variable-free searcher reports one (empty) match per root.
    if (!TheCondition(egraph, root, Subst({}, names)))
      return 0;
    return TheApplier->applyMatches(egraph, root, {}, names);
  }
  // Conditions see the e-graph as modified by earlier matches, as in egg,
  // where conditions are checked during the apply phase.
  unsigned changed = 0;
  for (size_t i = 0, e = substs.size() / width; i != e; ++i) {
    Subst subst(substs.slice(i * width, width), names);
    if (TheCondition(egraph, root, subst))
      changed += TheApplier->apply(egraph, root, subst);
  }
  return changed;
}
