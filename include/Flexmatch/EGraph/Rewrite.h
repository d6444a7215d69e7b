//===- Rewrite.h - Searchers, appliers and rewrite rules --------*- C++ -*-===//
//
// A rewrite is a searcher (finds substitutions in the e-graph snapshot), an
// applier (adds to the e-graph for one substitution, e.g. instantiating a
// right-hand-side pattern and merging it with the matched class) and an
// optional condition filtering substitutions before they are applied.
//
// Matches are handed over per root class as a packed array: vars().size()
// ids per match, in the order of the searcher's vars(): a class id for each
// class variable ("?x") and a NodeId for each node variable ("@c", see
// Pattern.h).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_REWRITE_H
#define FLEXMATCH_EGRAPH_REWRITE_H

#include "Flexmatch/EGraph/EGraph.h"
#include "Flexmatch/EGraph/ENode.h"
#include "Flexmatch/EGraph/Machine.h"
#include "Flexmatch/EGraph/Pattern.h"

#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flexmatch::egraph {

class Language;

/// One substitution: class ids for the searcher's class variables ("?x")
/// and node ids for its node variables ("@c").
class Subst {
public:
  Subst(llvm::ArrayRef<Id> values, llvm::ArrayRef<std::string> names)
      : Values(values), Names(names) {
    assert(values.size() == names.size() && "substitution layout mismatch");
  }
  Id operator[](unsigned index) const { return Values[index]; }
  /// The id bound to variable \p name: the class of "?x", or the NodeId of
  /// node variable "@c"; nullopt if unbound.
  std::optional<Id> lookup(llvm::StringRef name) const;
  /// The e-node bound to node variable \p name ("@c" or just "c"), e.g. for
  /// a condition reading `egraph.payload(subst.node("@c"))`. Returns
  /// InvalidId if the searcher has no such node variable.
  NodeId node(llvm::StringRef name) const;
  llvm::ArrayRef<Id> values() const { return Values; }
  llvm::ArrayRef<std::string> names() const { return Names; }
  size_t size() const { return Values.size(); }

private:
  llvm::ArrayRef<Id> Values;
  llvm::ArrayRef<std::string> Names;
};

/// Receives the matches of one root class; returns false to stop searching.
using MatchCallback =
    llvm::function_ref<bool(Id root, llvm::ArrayRef<Id> substs)>;

class Searcher {
public:
  virtual ~Searcher();
  /// The substitution layout.
  virtual llvm::ArrayRef<std::string> vars() const = 0;
  /// Searches the snapshot of \p egraph, calling \p onMatches once per root
  /// class that has matches. Stops when \p onMatches returns false or after
  /// \p limit matches in total. The e-graph may be modified from inside
  /// \p onMatches (but not rebuilt). Returns the number of matches reported.
  virtual size_t search(const EGraph &egraph, size_t limit,
                        MatchCallback onMatches) = 0;
  /// Collects all matches: (root, packed substitutions) pairs.
  std::vector<std::pair<Id, std::vector<Id>>>
  searchAll(const EGraph &egraph, size_t limit = ~size_t(0));
};

/// Searches with a compiled pattern or multi-pattern.
class PatternSearcher final : public Searcher {
public:
  explicit PatternSearcher(const Pattern &pattern)
      : Code(Program::compile(pattern)) {}
  explicit PatternSearcher(Program program) : Code(std::move(program)) {}
  static llvm::Expected<std::unique_ptr<PatternSearcher>>
  createMulti(llvm::ArrayRef<MultiPatternEntry> entries);

  llvm::ArrayRef<std::string> vars() const override { return Code.vars(); }
  size_t search(const EGraph &egraph, size_t limit,
                MatchCallback onMatches) override;
  const Program &program() const { return Code; }

private:
  Program Code;
  Machine Matcher;
  std::vector<Id> Buffer;
};

class Applier {
public:
  virtual ~Applier();
  /// Applies one match rooted at \p root. Returns true if the e-graph
  /// changed (egg counts such matches as "applied").
  virtual bool apply(EGraph &egraph, Id root, const Subst &subst) = 0;
  /// Applies all matches of one root class: \p substs packs names.size()
  /// ids per match. Returns how many changed the e-graph. The default calls
  /// apply() for each match in order.
  virtual unsigned applyMatches(EGraph &egraph, Id root,
                                llvm::ArrayRef<Id> substs,
                                llvm::ArrayRef<std::string> names);
};

/// Instantiates a pattern and merges it with the matched class.
class PatternApplier final : public Applier {
public:
  /// Fails if \p pattern uses a variable (class or node variable) not in
  /// \p searcherVars. A right-hand-side node "(op@c ...)" gets operator op
  /// and the payload of the e-node bound to "@c", whatever that node's
  /// operator: only the payload is copied.
  static llvm::Expected<std::unique_ptr<PatternApplier>>
  create(const Pattern &pattern, llvm::ArrayRef<std::string> searcherVars);
  bool apply(EGraph &egraph, Id root, const Subst &subst) override;
  /// Instantiates all matches step by step (each pattern node for every
  /// match before the next pattern node), then merges. Nested right-hand
  /// sides instantiate the same inner node for many matches of one root
  /// (e.g. assoc: (+ (+ a b) c) for every split of a+b), so steps with
  /// instantiated children are memoized per root: no merge happens between
  /// the adds, so equal child ids give equal results. The e-graph after the
  /// next rebuild is the same as with match-by-match application.
  unsigned applyMatches(EGraph &egraph, Id root, llvm::ArrayRef<Id> substs,
                        llvm::ArrayRef<std::string> names) override;
  /// Adds the instantiated pattern without merging; returns its class.
  Id instantiate(EGraph &egraph, const Subst &subst);

private:
  struct Step {
    /// Substitution slot for a variable step; NoSlot for a node step.
    uint32_t slot;
    /// Node step: substitution slot of the node variable whose e-node's
    /// payload replaces head.payload; NoSlot to use head.payload.
    uint32_t payloadSlot = NoSlot;
    NodeHead head;
    llvm::SmallVector<uint32_t, 2> children;
    /// Memoize this step within a root (see applyMatches).
    bool memoize = false;
  };
  static constexpr uint32_t NoSlot = ~uint32_t(0);
  std::vector<Step> Steps;
  llvm::SmallVector<Id, 8> Ids;
  llvm::SmallVector<Id, 4> Children;
  /// Step-major table of instantiated ids for applyMatches.
  std::vector<Id> Table;
  /// Open-addressing memo (children key -> id) for memoized steps.
  std::vector<std::pair<uint64_t, Id>> StepMemo;
  /// Nodes prepared ahead of their add (see applyMatches).
  std::vector<EGraph::PreparedNode> Prepared;
};

/// Applies an arbitrary C++ function.
class FunctionApplier final : public Applier {
public:
  using Function = llvm::unique_function<bool(EGraph &, Id, const Subst &)>;
  explicit FunctionApplier(Function function) : Fn(std::move(function)) {}
  bool apply(EGraph &egraph, Id root, const Subst &subst) override {
    return Fn(egraph, root, subst);
  }

private:
  Function Fn;
};

/// A predicate on a match, evaluated just before it is applied.
using Condition = llvm::unique_function<bool(EGraph &, Id, const Subst &)>;

class Rewrite {
public:
  Rewrite(std::string name, std::unique_ptr<Searcher> searcher,
          std::unique_ptr<Applier> applier, Condition condition = nullptr);
  Rewrite(Rewrite &&) = default;
  Rewrite &operator=(Rewrite &&) = default;

  /// Builds "lhs => rhs" from two pattern strings.
  static llvm::Expected<Rewrite> create(llvm::StringRef name,
                                        llvm::StringRef lhs,
                                        llvm::StringRef rhs, Language &language,
                                        Condition condition = nullptr);
  static llvm::Expected<Rewrite> create(llvm::StringRef name,
                                        const Pattern &lhs, const Pattern &rhs,
                                        Condition condition = nullptr);

  llvm::StringRef name() const { return Name; }
  Searcher &searcher() { return *TheSearcher; }
  Applier &applier() { return *TheApplier; }
  llvm::ArrayRef<std::string> vars() const { return TheSearcher->vars(); }
  std::optional<unsigned> varIndex(llvm::StringRef name) const;

  /// Applies the matches of one root class (packed as in MatchCallback)
  /// that satisfy the condition. Returns how many changed the e-graph.
  unsigned applyMatches(EGraph &egraph, Id root, llvm::ArrayRef<Id> substs);

private:
  std::string Name;
  std::unique_ptr<Searcher> TheSearcher;
  std::unique_ptr<Applier> TheApplier;
  Condition TheCondition;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_REWRITE_H
