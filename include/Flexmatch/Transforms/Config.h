//===- Config.h - flexmatch's JSON configs ----------------------*- C++ -*-===//
//
// The original flexmatch's five-key config schema:
//
//   {
//     "rewrites":        { "<rewrite>": [<int>, ...], ... },
//     "composites":      { "<accelerator function>": "<BYOC composite>" },
//     "compilers":       { "<accelerator function>": "<BYOC compiler>" },
//     "debug_functions": { "<accelerator function>": "<Relay fn text>" },
//     "out_dtypes":      { "<accelerator function>": "<dtype>" }
//   }
//
// ("compiler" is accepted for "compilers", as the original README spells
// it). Several configs merge; the same entry with different values in two
// files is an error naming both. Every error names the file, line and
// column of the offending key.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_TRANSFORMS_CONFIG_H
#define FLEXMATCH_TRANSFORMS_CONFIG_H

#include "Flexmatch/Transforms/RewriteCatalog.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace flexmatch::eqsat {

/// A place in a config file (line and column from 1; 0 when unknown).
struct ConfigLoc {
  std::string file;
  unsigned line = 0, column = 0;
  std::string str() const; ///< "file:line:col" (or "file")
};

/// A problem in a config, with its place.
class ConfigError : public llvm::ErrorInfo<ConfigError> {
public:
  static char ID;
  ConfigError(ConfigLoc loc, std::string message)
      : loc(std::move(loc)), message(std::move(message)) {}
  void log(llvm::raw_ostream &os) const override;
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }
  ConfigLoc loc;
  std::string message;
};

struct ConfigWarning {
  ConfigLoc loc;
  std::string message;
};

/// A rewrite a config asks for, with its integer arguments.
struct RewriteUse {
  const RewriteInfo *info;
  llvm::SmallVector<int64_t> args;
  ConfigLoc loc;
};

/// What the configs say about one accelerator function.
struct AcceleratorConfig {
  std::string composite; ///< e.g. "ilaflex.linear"
  std::string compiler;  ///< e.g. "ilaflex"
  std::string outDtype;  ///< a Relay dtype, e.g. "float32"
  /// Relay text of a function computing what the accelerator computes
  /// (`fn (%x, %w) { nn.dense(%x, %w) }`), used by the debug lowering;
  /// empty when the config gives none or gives something else (the
  /// original's Python lambdas), in which case the built-in semantics apply.
  std::string debugFunction;
  ConfigLoc debugFunctionLoc;
};

struct Config {
  /// The rewrites to run, in the catalog's order (never the files' order,
  /// so results do not depend on how a file lists its keys).
  std::vector<RewriteUse> rewrites;
  /// Per accelerator function, in name order.
  std::map<std::string, AcceleratorConfig> accelerators;
  std::vector<std::string> files;
  /// Non-fatal findings, e.g. a debug function that is not Relay text.
  std::vector<ConfigWarning> warnings;
};

/// Reads and merges the config files at `paths`.
llvm::Expected<Config> loadConfigs(llvm::ArrayRef<std::string> paths);

/// The same on in-memory texts: (file name, contents) pairs.
llvm::Expected<Config>
parseConfigs(llvm::ArrayRef<std::pair<std::string, std::string>> files);

} // namespace flexmatch::eqsat

#endif // FLEXMATCH_TRANSFORMS_CONFIG_H
