//===- Passes.h - flexmatch's equality saturation ---------------*- C++ -*-===//

#ifndef FLEXMATCH_TRANSFORMS_PASSES_H
#define FLEXMATCH_TRANSFORMS_PASSES_H

#include "Flexmatch/Dialect/Access/AccessDialect.h"
#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Dialect/Relay/RelayDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include <functional>
#include <map>
#include <string>

namespace flexmatch {

#define GEN_PASS_DECL
#include "Flexmatch/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Flexmatch/Transforms/Passes.h.inc"

/// What --eqsat did to one function (for tools such as flexmatch-validate;
/// the same figures progress=true prints).
struct EqSatFunctionReport {
  std::string function;
  std::string stopReason;
  unsigned iterations = 0;
  size_t eNodes = 0, eClasses = 0;
  double buildSeconds = 0, saturateSeconds = 0, extractSeconds = 0,
         rebuildSeconds = 0;
  /// The extracted program's offload cost, each node once.
  double dagCost = 0;
  /// The ILP proved the extraction optimal.
  bool optimal = false;
  /// Regions per accelerator function.
  std::map<std::string, unsigned> regions;
};

/// Called once per function --eqsat rewrites, possibly from several
/// threads at once.
using EqSatReportSink = std::function<void(const EqSatFunctionReport &)>;

/// --eqsat with \p options that also hands each function's report to
/// \p sink.
std::unique_ptr<mlir::Pass> createEqSatPass(EqSatOptions options,
                                            EqSatReportSink sink);

} // namespace flexmatch

#endif // FLEXMATCH_TRANSFORMS_PASSES_H
