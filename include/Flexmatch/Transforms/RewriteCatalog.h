//===- RewriteCatalog.h - The rewrites configs can name ---------*- C++ -*-===//
//
// Every rewrite name the original flexmatch's configs use, with its number
// of integer arguments, and the accelerator functions configs describe.
// Names are the original's, so its config files load unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_TRANSFORMS_REWRITECATALOG_H
#define FLEXMATCH_TRANSFORMS_REWRITECATALOG_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace flexmatch::eqsat {

struct RewriteInfo {
  llvm::StringRef name;
  /// How many integer arguments the config passes (e.g. reassociate-max's
  /// window and stride).
  unsigned numArgs;
  /// What the rewrite equates, in one line.
  llvm::StringRef summary;
};

/// All rewrites, in the order the e-graph pass applies them (a fixed order:
/// the result must not depend on the order of keys in a config file).
llvm::ArrayRef<RewriteInfo> rewriteCatalog();

/// The rewrite named `name`, or null.
const RewriteInfo *lookupRewrite(llvm::StringRef name);

/// The accelerator functions configs describe (keys of `composites`,
/// `compilers`, `debug_functions` and `out_dtypes`).
llvm::ArrayRef<llvm::StringRef> acceleratorFunctions();

} // namespace flexmatch::eqsat

#endif // FLEXMATCH_TRANSFORMS_REWRITECATALOG_H
