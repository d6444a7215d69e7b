//===- Analysis.h - E-class analysis hooks ----------------------*- C++ -*-===//
//
// An e-class analysis attaches a semilattice value to every e-class (egg's
// make / merge / modify). The e-graph talks to it through the type-erased
// Analysis interface, so the core stays a non-template library and pays
// nothing when no analysis is installed. ClassAnalysis adapts a plain
// "make / merge / modify" description with a concrete data type.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_ANALYSIS_H
#define FLEXMATCH_EGRAPH_ANALYSIS_H

#include "Flexmatch/EGraph/ENode.h"

#include <cassert>
#include <utility>
#include <vector>

namespace flexmatch::egraph {

class EGraph;

/// Result of joining two analysis values: which side's value changed.
struct DidMerge {
  /// The destination value changed (its parents must be revisited).
  bool intoChanged = false;
  /// The result differs from the source value.
  bool fromChanged = false;
};

/// Type-erased analysis interface used by EGraph.
class Analysis {
public:
  virtual ~Analysis();

  /// Class \p cls was just created for \p node (cls == node). The node's
  /// children are canonical and already have data.
  virtual void makeClass(EGraph &egraph, Id cls, NodeId node) = 0;
  /// Recomputes the value of \p node and joins it into canonical class
  /// \p cls; returns true if the class value changed.
  virtual bool joinNode(EGraph &egraph, Id cls, NodeId node) = 0;
  /// Class \p from was merged into class \p into; join the values.
  virtual DidMerge mergeClasses(Id into, Id from) = 0;
  /// Called after a class was created or its value changed. May add nodes
  /// and merge classes (e.g. constant folding); must not call rebuild().
  virtual void modify(EGraph &egraph, Id cls) {}
};

/// CRTP adapter: \p Derived provides
///   Data make(const EGraph &, NodeId node);
///   DidMerge merge(Data &into, Data from);
/// and optionally
///   void modifyClass(EGraph &, Id cls);
/// Values are stored in a vector indexed by class id.
template <typename Derived, typename DataT>
class ClassAnalysis : public Analysis {
public:
  using Data = DataT;

  /// The value of canonical class \p cls.
  const Data &data(Id cls) const {
    assert(cls < Values.size() && "class has no analysis data");
    return Values[cls];
  }

  void makeClass(EGraph &egraph, Id cls, NodeId node) final {
    Data value = derived().make(egraph, node);
    if (Values.size() <= cls)
      Values.resize(cls + 1);
    Values[cls] = std::move(value);
  }
  bool joinNode(EGraph &egraph, Id cls, NodeId node) final {
    return derived()
        .merge(Values[cls], derived().make(egraph, node))
        .intoChanged;
  }
  DidMerge mergeClasses(Id into, Id from) final {
    return derived().merge(Values[into], std::move(Values[from]));
  }
  void modify(EGraph &egraph, Id cls) final {
    derived().modifyClass(egraph, cls);
  }

  /// Default: no modification.
  void modifyClass(EGraph &, Id) {}

private:
  Derived &derived() { return static_cast<Derived &>(*this); }
  std::vector<Data> Values;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_ANALYSIS_H
