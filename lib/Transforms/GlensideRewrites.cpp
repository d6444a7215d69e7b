//===- GlensideRewrites.cpp - Access-pattern rewrites of the catalog ------===//
//
// glenside's rewrites over access patterns, under their original names. The
// im2col trio is what turns a convolution into a matrix product: every
// access pattern also gets a flattened view (flatten-unflatten), reshapes
// then bubble up through the cartesian product and the dot product, until
// a rank-2 dot product over a cartesian product of flat patterns appears.
//
//===----------------------------------------------------------------------===//

#include "RewriteEnv.h"

#include "Flexmatch/Dialect/Access/AccessOps.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::eqsat;
namespace ap = flexmatch::access;

static bool isZeroPad(Attribute kind) {
  auto padType = dyn_cast_or_null<ap::PadTypeAttr>(kind);
  return padType && padType.getValue() == ap::PadType::Zero;
}

static bool isConstantMode(DictionaryAttr attrs) {
  auto mode = attrs.getAs<StringAttr>("pad_mode");
  return !mode || mode.getValue() == "constant";
}

namespace {
int64_t product(ArrayRef<int64_t> dims) {
  return ShapedType::getNumElements(dims);
}

ArrayRef<int64_t> ints(DictionaryAttr attrs, StringRef name) {
  if (auto array = attrs.getAs<DenseI64ArrayAttr>(name))
    return array.asArrayRef();
  return {};
}

std::optional<ap::ComputeKind> kindOf(DictionaryAttr attrs) {
  if (auto kind = attrs.getAs<ap::ComputeKindAttr>("kind"))
    return kind.getValue();
  return std::nullopt;
}

/// A helper binding the rules of one config to its environment.
class Glenside {
public:
  explicit Glenside(RuleSet &rules) : Rules(rules), Env(rules.env()) {}

  DictionaryAttr reshapeAttrs(ArrayRef<int64_t> shape, ArrayRef<int64_t> item) {
    Builder &b = Env.builder();
    return b.getDictionaryAttr(
        {b.getNamedAttr("shape", b.getDenseI64ArrayAttr(shape)),
         b.getNamedAttr("item_shape", b.getDenseI64ArrayAttr(item))});
  }
  DictionaryAttr computeAttrs(ap::ComputeKind kind) {
    Builder &b = Env.builder();
    return b.getDictionaryAttr(
        b.getNamedAttr("kind", ap::ComputeKindAttr::get(b.getContext(), kind)));
  }
  bool isKind(const Subst &subst, StringRef var, ap::ComputeKind kind) {
    return kindOf(Env.attrs(subst, var)) == kind;
  }

  void flattenUnflatten() {
    Rules.forEachClass(
        "flatten-unflatten-all-accesses",
        [this](const Subst &subst) {
          // Already-flat patterns flatten to themselves: skipping them is
          // what lets saturation end.
          ap::PatternType type = Env.patternOf(subst[0]);
          return type && !(type.getShape().size() == 1 &&
                           type.getItemShape().size() == 1);
        },
        [this](Id root, const Subst &subst) {
          ap::PatternType type = Env.patternOf(subst[0]);
          Id flat = Env.add("access.flatten", DictionaryAttr(), {subst[0]});
          if (flat == egraph::InvalidId)
            return false;
          return Env.merge(
              root, Env.add("access.reshape",
                            reshapeAttrs(type.getShape(), type.getItemShape()),
                            {flat}));
        });
  }

  void bubbleReshapeThroughCartesianProduct() {
    Rules.rewrite(
        "bubble-reshape-through-cartesian-product",
        "(access.cartesian_product (access.reshape@r ?a) (access.reshape@s ?b))",
        [this](Id root, const Subst &subst) {
          ap::PatternType a = Env.patternOf(Env.cls(subst, "?a"));
          ap::PatternType b = Env.patternOf(Env.cls(subst, "?b"));
          // access.reshape keeps the number of elements of an item (its
          // verifier), so both reshapes keep items whole.
          if (!a || !b || a.getItemShape() != b.getItemShape())
            return false;
          DictionaryAttr r = Env.attrs(subst, "@r"), s = Env.attrs(subst, "@s");
          SmallVector<int64_t> shape(ints(r, "shape"));
          llvm::append_range(shape, ints(s, "shape"));
          SmallVector<int64_t> item{2};
          llvm::append_range(item, ints(r, "item_shape"));
          Id product = Env.add("access.cartesian_product", DictionaryAttr(),
                               {Env.cls(subst, "?a"), Env.cls(subst, "?b")});
          if (product == egraph::InvalidId)
            return false;
          return Env.merge(root, Env.add("access.reshape",
                                         reshapeAttrs(shape, item), {product}));
        });
  }

  /// compute(reshape(a)) = reshape(compute(a)) for a per-item reduction.
  void bubbleReshapeThroughCompute(StringRef name, ap::ComputeKind kind) {
    Rules.rewrite(
        name, "(access.compute@k (access.reshape@r ?a))",
        [this, kind](Id root, const Subst &subst) {
          ap::PatternType a = Env.patternOf(Env.cls(subst, "?a"));
          // Items stay whole under access.reshape (its verifier).
          if (!a || !isKind(subst, "@k", kind))
            return false;
          ArrayRef<int64_t> item = ints(Env.attrs(subst, "@r"), "item_shape");
          // A dot product multiplies the item's slices along axis 0: both
          // views must cut the item into the same slices.
          if (kind == ap::ComputeKind::DotProduct &&
              (item.empty() || a.getItemShape().empty() ||
               item.front() != a.getItemShape().front()))
            return false;
          Id computed = Env.add("access.compute", computeAttrs(kind),
                                {Env.cls(subst, "?a")});
          if (computed == egraph::InvalidId)
            return false;
          return Env.merge(
              root,
              Env.add("access.reshape",
                      reshapeAttrs(ints(Env.attrs(subst, "@r"), "shape"), {}),
                      {computed}));
        });
  }

  void accessReshapeToRelay() {
    Rules.rewrite(
        "access-reshape-to-relay", "(access.to_tensor (access.reshape@r ?a))",
        [this](Id root, const Subst &subst) {
          DictionaryAttr r = Env.attrs(subst, "@r");
          if (!ints(r, "item_shape").empty())
            return false;
          Id tensor =
              Env.add("access.to_tensor", DictionaryAttr(), {Env.cls(subst, "?a")});
          if (tensor == egraph::InvalidId)
            return false;
          Builder &b = Env.builder();
          return Env.merge(
              root,
              Env.add("relay.reshape",
                      {b.getNamedAttr("newshape", b.getDenseI64ArrayAttr(
                                                      ints(r, "shape")))},
                      {tensor}));
        });
  }

  /// p[i] after q: the permutation of transpose(transpose(a, q), p).
  static SmallVector<int64_t> compose(ArrayRef<int64_t> q, ArrayRef<int64_t> p) {
    SmallVector<int64_t> result;
    for (int64_t i : p)
      result.push_back(i >= 0 && size_t(i) < q.size() ? q[i] : -1);
    return result;
  }
  SmallVector<int64_t> composedTranspose(const Subst &subst) {
    return compose(ints(Env.attrs(subst, "@q"), "permutation"),
                   ints(Env.attrs(subst, "@p"), "permutation"));
  }

  void simplifications(StringRef name) {
    if (name == "simplify-multiple-accesses") {
      Rules.rewrite(name, "(access.access@d1 (access.access@d0 ?a))",
                    "(access.access@d1 ?a)");
    } else if (name == "simplify-multiple-access-reshapes") {
      Rules.rewrite(name, "(access.reshape@r1 (access.reshape@r0 ?a))",
                    "(access.reshape@r1 ?a)");
    } else if (name == "bubble-access-through-access-transpose") {
      Rules.rewrite(name, "(access.transpose@p (access.access@d ?a))",
                    "(access.access@d (access.transpose@p ?a))");
    } else if (name == "simplify-multiple-transposes") {
      Rules.rewrite(name, "(access.transpose@p (access.transpose@q ?a))", "?a",
                    [this](const Subst &subst) {
                      SmallVector<int64_t> perm = composedTranspose(subst);
                      for (auto [i, p] : llvm::enumerate(perm))
                        if (p != int64_t(i))
                          return false;
                      return true;
                    });
    } else if (name == "collapse-nested-transposes") {
      Rules.rewrite(
          name, "(access.transpose@p (access.transpose@q ?a))",
          [this](Id root, const Subst &subst) {
            Builder &b = Env.builder();
            return Env.merge(
                root,
                Env.add("access.transpose",
                        {b.getNamedAttr("permutation",
                                        b.getDenseI64ArrayAttr(
                                            composedTranspose(subst)))},
                        {Env.cls(subst, "?a")}));
          });
    } else if (name == "simplify-reduce-max") {
      Rules.rewrite(name, "(access.compute@k ?a)",
                    [this](Id root, const Subst &subst) {
                      ap::PatternType a = Env.patternOf(Env.cls(subst, "?a"));
                      if (!a || !isKind(subst, "@k", ap::ComputeKind::ReduceMax) ||
                          product(a.getItemShape()) != 1)
                        return false;
                      return Env.merge(
                          root, Env.add("access.reshape",
                                        reshapeAttrs(a.getShape(), {}),
                                        {Env.cls(subst, "?a")}));
                    });
    }
  }

  /// max over an item = max of the maxes of its windows of `window`
  /// elements `stride` apart, when the windows cover the item.
  void reassociateMax(int64_t window, int64_t stride) {
    Rules.rewrite(
        "reassociate-max", "(access.compute@k ?a)",
        [this, window, stride](Id root, const Subst &subst) {
          ap::PatternType a = Env.patternOf(Env.cls(subst, "?a"));
          if (!a || !isKind(subst, "@k", ap::ComputeKind::ReduceMax) ||
              a.getItemShape().size() != 1)
            return false;
          int64_t n = a.getItemShape().front();
          if (window < 1 || stride < 1 || stride > window || n <= window ||
              n % window != 0 || (n - window) % stride != 0)
            return false;
          Builder &b = Env.builder();
          Id windows = Env.add(
              "access.windows",
              {b.getNamedAttr("window_shape", b.getDenseI64ArrayAttr(window)),
               b.getNamedAttr("strides", b.getDenseI64ArrayAttr(stride))},
              {Env.cls(subst, "?a")});
          if (windows == egraph::InvalidId)
            return false;
          Id inner = Env.add("access.compute",
                             computeAttrs(ap::ComputeKind::ReduceMax), {windows});
          Id regrouped = Env.add(
              "access.access",
              {b.getNamedAttr("axis", b.getI64IntegerAttr(a.getShape().size()))},
              {inner});
          if (regrouped == egraph::InvalidId)
            return false;
          return Env.merge(root,
                           Env.add("access.compute",
                                   computeAttrs(ap::ComputeKind::ReduceMax),
                                   {regrouped}));
        });
  }

  /// The tensor a view op gives is a relay view op of the tensor under it,
  /// so extraction can end an access chain in a few relay ops.
  void viewsToRelay() {
    Rules.rewrite("to-tensor-of-tensor", "(access.to_tensor (access.tensor ?x))",
                  "?x");
    Rules.rewrite("to-tensor-of-access",
                  "(access.to_tensor (access.access@a ?p))",
                  "(access.to_tensor ?p)");
    auto relayView = [this](StringRef name, StringRef lhs,
                            std::function<std::optional<NamedAttribute>(
                                const Subst &, ap::PatternType)>
                                attr) {
      Rules.rewrite(name, lhs, [this, attr](Id root, const Subst &subst) {
        Id p = Env.cls(subst, "?p");
        ap::PatternType type = Env.patternOf(p);
        if (!type)
          return false;
        std::optional<NamedAttribute> attribute = attr(subst, type);
        if (!attribute)
          return false;
        std::string op = attribute->getName() == "newshape" ? "relay.reshape"
                         : attribute->getName() == "axes" ? "relay.transpose"
                                                          : "relay.squeeze";
        return Env.merge(
            root,
            Env.add(op, {*attribute},
                    {Env.add("access.to_tensor", DictionaryAttr(), {p})}));
      });
    };
    Builder &b = Env.builder();
    relayView("to-tensor-of-flatten", "(access.to_tensor (access.flatten ?p))",
              [&b](const Subst &, ap::PatternType type) {
                return b.getNamedAttr(
                    "newshape",
                    b.getDenseI64ArrayAttr({product(type.getShape()),
                                            product(type.getItemShape())}));
              });
    relayView("to-tensor-of-reshape",
              "(access.to_tensor (access.reshape@r ?p))",
              [this, &b](const Subst &subst, ap::PatternType) {
                DictionaryAttr r = Env.attrs(subst, "@r");
                SmallVector<int64_t> dims(ints(r, "shape"));
                llvm::append_range(dims, ints(r, "item_shape"));
                return b.getNamedAttr("newshape", b.getDenseI64ArrayAttr(dims));
              });
    relayView("to-tensor-of-transpose",
              "(access.to_tensor (access.transpose@t ?p))",
              [this, &b](const Subst &subst, ap::PatternType) {
                return b.getNamedAttr(
                    "axes", b.getDenseI64ArrayAttr(
                                ints(Env.attrs(subst, "@t"), "permutation")));
              });
    relayView("to-tensor-of-squeeze",
              "(access.to_tensor (access.squeeze@s ?p))",
              [this, &b](const Subst &subst,
                         ap::PatternType) -> std::optional<NamedAttribute> {
                auto axis = Env.attrs(subst, "@s").getAs<IntegerAttr>("axis");
                if (!axis)
                  return std::nullopt;
                return b.getNamedAttr("axis",
                                      b.getDenseI64ArrayAttr(axis.getInt()));
              });
    collapseRelayReshapes();
    padsToRelay();
    trivialWindowsToRelay();
  }

  /// Windows that span whole item dimensions or single elements, with
  /// stride 1, only reorder the elements (a kernel-size-1 convolution's
  /// im2col): to_tensor(flatten(windows(p))) is to_tensor(p) with the
  /// access dims first, then the single-element dims (the window
  /// positions), then the whole ones (the window), reshaped to 2-D. Two
  /// relay ops instead of five access ops.
  void trivialWindowsToRelay() {
    Rules.rewrite(
        "trivial-windows-to-relay",
        "(access.to_tensor (access.flatten (access.windows@w ?p)))",
        [this](Id root, const Subst &subst) {
          Id p = Env.cls(subst, "?p");
          ap::PatternType type = Env.patternOf(p);
          DictionaryAttr w = Env.attrs(subst, "@w");
          auto window = w.getAs<DenseI64ArrayAttr>("window_shape");
          auto strides = w.getAs<DenseI64ArrayAttr>("strides");
          if (!type || !window || !strides ||
              window.size() != int64_t(type.getItemShape().size()) ||
              strides.size() != window.size())
            return false;
          ArrayRef<int64_t> items = type.getItemShape();
          int64_t accessDims = type.getShape().size();
          SmallVector<int64_t> perm, whole;
          for (int64_t i = 0; i != accessDims; ++i)
            perm.push_back(i);
          int64_t rows = product(type.getShape()), cols = 1;
          for (auto [i, extent] : llvm::enumerate(items)) {
            if (strides[i] != 1)
              return false;
            if (window[i] == 1 && extent != 1) {
              perm.push_back(accessDims + i);
              rows *= extent;
            } else if (window[i] == extent) {
              whole.push_back(accessDims + i);
              cols *= extent;
            } else {
              return false;
            }
          }
          llvm::append_range(perm, whole);
          Builder &b = Env.builder();
          Id tensor = Env.add("access.to_tensor", DictionaryAttr(), {p});
          bool identity = llvm::equal(perm, llvm::seq<int64_t>(0, perm.size()));
          Id moved =
              identity ? tensor
                       : Env.add("relay.transpose",
                                 {b.getNamedAttr("axes",
                                                 b.getDenseI64ArrayAttr(perm))},
                                 {tensor});
          return Env.merge(
              root, Env.add("relay.reshape",
                            {b.getNamedAttr("newshape",
                                            b.getDenseI64ArrayAttr({rows, cols}))},
                            {moved}));
        });
  }

  /// A reshape or squeeze of a reshape, squeeze, expand_dims or
  /// batch_flatten only renumbers row-major elements: it is one reshape of
  /// the inner view's input (or that input itself when the shapes agree).
  /// What im2col leaves after a region (reshape, squeeze, transpose) loses
  /// an op this way.
  void collapseRelayReshapes() {
    for (StringRef outer : {"relay.reshape", "relay.squeeze"}) {
      for (StringRef inner : {"relay.reshape", "relay.squeeze",
                              "relay.expand_dims", "relay.nn.batch_flatten"}) {
        // Node variables (@o, @i) let the ops match whatever attributes
        // they carry.
        std::string lhs = ("(" + outer + "@o (" + inner + "@i ?x))").str();
        Rules.rewrite(("collapse-" + outer.drop_front(6) + "-of-" +
                       inner.drop_front(6))
                          .str(),
                      lhs, [this](Id root, const Subst &subst) {
                        Id x = Env.cls(subst, "?x");
                        RankedTensorType to = Env.tensorOf(root);
                        RankedTensorType from = Env.tensorOf(x);
                        if (!to || !from || !to.hasStaticShape() ||
                            !from.hasStaticShape())
                          return false;
                        if (to == from)
                          return Env.merge(root, x);
                        Builder &b = Env.builder();
                        return Env.merge(
                            root, Env.add("relay.reshape",
                                          {b.getNamedAttr(
                                              "newshape",
                                              b.getDenseI64ArrayAttr(
                                                  to.getShape()))},
                                          {x}));
                      });
      }
    }
  }

  /// Zero padding of a whole tensor's axis (access.pad of access.tensor,
  /// before any axis is split off) is Relay's nn.pad, and two nn.pads by
  /// the same constant are one: the two pads in front of every padded
  /// im2col convolution become one op.
  void padsToRelay() {
    Rules.rewrite(
        "pad-of-tensor-to-relay", "(access.pad@p (access.tensor ?x))",
        [this](Id root, const Subst &subst) {
          Id x = Env.cls(subst, "?x");
          RankedTensorType tensor = Env.tensorOf(x);
          DictionaryAttr p = Env.attrs(subst, "@p");
          auto axis = p.getAs<IntegerAttr>("axis");
          auto before = p.getAs<IntegerAttr>("before");
          auto after = p.getAs<IntegerAttr>("after");
          auto kind = p.get("pad_type");
          if (!tensor || !axis || !before || !after || !kind ||
              !isZeroPad(kind) || axis.getInt() >= tensor.getRank() ||
              !isa<FloatType>(tensor.getElementType()))
            return false;
          SmallVector<Attribute> widths;
          Builder &b = Env.builder();
          for (int64_t i = 0; i != tensor.getRank(); ++i)
            widths.push_back(b.getDenseI64ArrayAttr(
                i == axis.getInt()
                    ? ArrayRef<int64_t>{before.getInt(), after.getInt()}
                    : ArrayRef<int64_t>{0, 0}));
          Id zero = Env.add(
              "relay.constant",
              {b.getNamedAttr("value",
                              DenseElementsAttr::get(
                                  RankedTensorType::get(
                                      {}, tensor.getElementType()),
                                  b.getZeroAttr(tensor.getElementType())))},
              {});
          Id padded = Env.add("relay.nn.pad",
                              {b.getNamedAttr("pad_width",
                                              b.getArrayAttr(widths))},
                              {x, zero});
          if (padded == egraph::InvalidId)
            return false;
          return Env.merge(root,
                           Env.add("access.tensor", DictionaryAttr(), {padded}));
        });
    Rules.rewrite(
        "merge-nested-pads", "(relay.nn.pad@o (relay.nn.pad@i ?x ?c) ?c)",
        [this](Id root, const Subst &subst) {
          auto outer = Env.attrs(subst, "@o").getAs<ArrayAttr>("pad_width");
          auto inner = Env.attrs(subst, "@i").getAs<ArrayAttr>("pad_width");
          if (!outer || !inner || outer.size() != inner.size() ||
              !isConstantMode(Env.attrs(subst, "@o")) ||
              !isConstantMode(Env.attrs(subst, "@i")))
            return false;
          SmallVector<Attribute> widths;
          Builder &b = Env.builder();
          for (auto [o, i] : llvm::zip(outer, inner)) {
            auto ow = dyn_cast<DenseI64ArrayAttr>(o);
            auto iw = dyn_cast<DenseI64ArrayAttr>(i);
            if (!ow || !iw || ow.size() != 2 || iw.size() != 2 ||
                llvm::any_of(ow.asArrayRef(), [](int64_t v) { return v < 0; }) ||
                llvm::any_of(iw.asArrayRef(), [](int64_t v) { return v < 0; }))
              return false;
            widths.push_back(
                b.getDenseI64ArrayAttr({ow[0] + iw[0], ow[1] + iw[1]}));
          }
          return Env.merge(
              root, Env.add("relay.nn.pad",
                            {b.getNamedAttr("pad_width", b.getArrayAttr(widths))},
                            {Env.cls(subst, "?x"), Env.cls(subst, "?c")}));
        });
  }

private:
  RuleSet &Rules;
  RewriteEnv &Env;
};
} // namespace

void flexmatch::eqsat::addViewRules(RuleSet &rules) {
  rules.make<Glenside>().viewsToRelay();
}

bool flexmatch::eqsat::addGlensideRules(RuleSet &rules, const RewriteUse &use) {
  Glenside &glenside = rules.make<Glenside>();
  StringRef name = use.info->name;
  if (name == "flatten-unflatten-all-accesses") {
    glenside.flattenUnflatten();
  } else if (name == "bubble-reshape-through-cartesian-product") {
    glenside.bubbleReshapeThroughCartesianProduct();
  } else if (name == "bubble-reshape-through-compute-dot-product") {
    glenside.bubbleReshapeThroughCompute(name, ap::ComputeKind::DotProduct);
  } else if (name == "bubble-access-reshape-through-compute-reduce-max") {
    glenside.bubbleReshapeThroughCompute(name, ap::ComputeKind::ReduceMax);
  } else if (name == "access-reshape-to-relay") {
    glenside.accessReshapeToRelay();
  } else if (name == "im2col") {
    glenside.flattenUnflatten();
    glenside.bubbleReshapeThroughCartesianProduct();
    glenside.bubbleReshapeThroughCompute(
        "bubble-reshape-through-compute-dot-product",
        ap::ComputeKind::DotProduct);
  } else if (name == "reassociate-max") {
    glenside.reassociateMax(use.args[0], use.args[1]);
  } else if (name.starts_with("simplify-") || name.starts_with("bubble-access") ||
             name == "collapse-nested-transposes") {
    glenside.simplifications(name);
  } else {
    return false;
  }
  return true;
}
