//===- RewriteCatalog.cpp - The rewrites configs can name -----------------===//

#include "Flexmatch/Transforms/RewriteCatalog.h"

#include "llvm/ADT/STLExtras.h"

using namespace flexmatch::eqsat;

static const RewriteInfo catalog[] = {
    // Access-pattern plumbing (glenside).
    {"flatten-unflatten-all-accesses", 0,
     "every access pattern a = reshape(flatten(a)) back to its shape"},
    {"bubble-reshape-through-cartesian-product", 0,
     "cartesian(reshape(a), reshape(b)) = reshape(cartesian(a, b))"},
    {"bubble-reshape-through-compute-dot-product", 0,
     "dot-product(reshape(a)) = reshape(dot-product(a))"},
    {"access-reshape-to-relay", 0,
     "an access reshape with an empty item shape = relay reshape"},
    {"im2col", 0, "the three im2col rewrites above together"},
    {"bubble-access-reshape-through-compute-reduce-max", 0,
     "reduce-max(reshape(a)) = reshape(reduce-max(a))"},
    {"simplify-multiple-accesses", 0, "access(access(a, d0), d1) = access(a, d1)"},
    {"simplify-multiple-transposes", 0,
     "two transposes composing to the identity vanish"},
    {"simplify-multiple-access-reshapes", 0,
     "reshape(reshape(a, s0), s1) = reshape(a, s1)"},
    {"bubble-access-through-access-transpose", 0,
     "transpose(access(a, d), p) = access(transpose(a, p), d)"},
    {"simplify-reduce-max", 0,
     "reduce-max over an item of one element is a reshape"},
    {"collapse-nested-transposes", 0,
     "two transposes = one composed transpose"},
    {"reassociate-max", 2,
     "reduce-max(a) = reduce-max(reduce-max(windows(a, w, s)))"},
    // Relay-level rewrites.
    {"linear-rewrites", 0,
     "reshape(dense(x, w)) + b and add(x, b) as bias_add(dense(x, w), b)"},
    {"add_bias_add_to_dense", 0, "dense(x, w) = bias_add(dense(x, w), zeros)"},
    {"glenside_matmul_to_relay_dense", 0,
     "rank-2 dot-product over a cartesian product = relay dense"},
    // Accelerator rewrites.
    {"flex-linear-rewrite", 0, "bias_add(dense(x, w), b) -> flex-linear"},
    {"vta-dense-rewrite", 0,
     "rank-2 dot-product over a cartesian product -> vta-dense (dims % 16)"},
    {"hlscnn-conv2d", 0, "relay conv2d with groups == 1 -> hlscnn-conv2d"},
    {"flexasr-maxpool", 0,
     "reduce-max(windows(a, 2, 2)) on a (t, h) view -> flex-maxpool"},
    {"flex-lstm", 0, "the unrolled LSTM pattern -> flex-lstm"},
};

static const llvm::StringRef accelerators[] = {
    "hlscnn-conv2d", "flex-linear", "flex-maxpool", "vta-dense", "flex-lstm"};

llvm::ArrayRef<RewriteInfo> flexmatch::eqsat::rewriteCatalog() {
  return catalog;
}

const RewriteInfo *flexmatch::eqsat::lookupRewrite(llvm::StringRef name) {
  const RewriteInfo *it = llvm::find_if(
      catalog, [&](const RewriteInfo &info) { return info.name == name; });
  return it == std::end(catalog) ? nullptr : it;
}

llvm::ArrayRef<llvm::StringRef> flexmatch::eqsat::acceleratorFunctions() {
  return accelerators;
}
