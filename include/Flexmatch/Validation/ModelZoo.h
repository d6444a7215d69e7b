//===- ModelZoo.h - Zoo models, configs and --defaults ----------*- C++ -*-===//
//
// Where flexmatch-validate finds things: the model zoo (Relay text that
// models/generate.py writes into the build tree), the configs (configs/ of
// the source tree; a name stands for <dir>/<name>.json), and the default
// configs of each model (the original's --defaults table, extended to the
// zoo models it did not list).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_VALIDATION_MODELZOO_H
#define FLEXMATCH_VALIDATION_MODELZOO_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace flexmatch::validation {

struct ZooModel {
  std::string name;
  std::string description;
  std::string path; ///< the Relay text
};

/// The directory holding the zoo (\p overrideDir if given, else
/// $FLEXMATCH_ZOO, else the build tree's models/).
std::string zooDirectory(llvm::StringRef overrideDir = "");
/// The directory holding the configs (\p overrideDir, $FLEXMATCH_CONFIGS,
/// else the source tree's configs/).
std::string configDirectory(llvm::StringRef overrideDir = "");

/// The zoo's models, from its index (index.tsv: name, tab, description).
llvm::Expected<std::vector<ZooModel>> listZoo(llvm::StringRef zooDir);

/// MODEL as the user wrote it: an existing file (.relay or .mlir), or the
/// name of a zoo model. \p displayName gets the model's short name (the
/// zoo name, or the file's stem).
llvm::Expected<std::string> resolveModel(llvm::StringRef model,
                                         llvm::StringRef zooDir,
                                         std::string &displayName);

/// A config as the user wrote it: an existing file, or a name in
/// \p configDir (with or without .json).
llvm::Expected<std::string> resolveConfig(llvm::StringRef config,
                                          llvm::StringRef configDir);

/// The default config names of \p model (a zoo name or a file stem), or an
/// error naming the models that have defaults.
llvm::Expected<std::vector<std::string>> defaultConfigs(llvm::StringRef model);

} // namespace flexmatch::validation

#endif // FLEXMATCH_VALIDATION_MODELZOO_H
