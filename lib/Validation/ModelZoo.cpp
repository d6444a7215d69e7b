//===- ModelZoo.cpp - Zoo models, configs and --defaults ------------------===//

#include "Flexmatch/Validation/ModelZoo.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cstdlib>

using namespace flexmatch::validation;
using llvm::StringRef;

namespace {
struct Defaults {
  const char *model;
  std::vector<std::string> configs;
};

/// The original's --defaults (REFERENCE.md), then ours for the zoo models
/// it had none for: the accelerator each was built to show off.
const std::vector<Defaults> &defaultsTable() {
  static const std::vector<Defaults> table = {
      {"max_pool2d", {"flexasr-maxpool"}},
      {"resnet18", {"hlscnn-conv2d"}},
      {"mobilenet", {"hlscnn-conv2d", "linear-rewrites"}},
      {"mobilenetv2", {"im2col", "vta-dense"}},
      {"resmlp", {"linear-rewrites"}},
      {"efficientnet", {"hlscnn-conv2d"}},
      // Not in the original's table.
      {"resnet20", {"hlscnn-conv2d"}},
      {"lstm", {"flexasr-lstm"}},
      {"lstm-for-pldi", {"flexasr-lstm"}},
      {"transformer", {"vta-dense"}},
  };
  return table;
}

std::string fromEnvironment(const char *variable, StringRef fallback) {
  if (const char *value = std::getenv(variable); value && *value)
    return value;
  return fallback.str();
}
} // namespace

std::string flexmatch::validation::zooDirectory(StringRef overrideDir) {
  if (!overrideDir.empty())
    return overrideDir.str();
  return fromEnvironment("FLEXMATCH_ZOO", FLEXMATCH_ZOO_DIR);
}

std::string flexmatch::validation::configDirectory(StringRef overrideDir) {
  if (!overrideDir.empty())
    return overrideDir.str();
  return fromEnvironment("FLEXMATCH_CONFIGS", FLEXMATCH_CONFIG_DIR);
}

llvm::Expected<std::vector<ZooModel>>
flexmatch::validation::listZoo(StringRef zooDir) {
  llvm::SmallString<256> index(zooDir);
  llvm::sys::path::append(index, "index.tsv");
  auto buffer = llvm::MemoryBuffer::getFile(index);
  if (!buffer)
    return llvm::createStringError(
        buffer.getError(),
        "cannot read the model zoo's index " + index + ": " +
            buffer.getError().message() +
            " (build the flexmatch-zoo target, or set FLEXMATCH_ZOO)");
  std::vector<ZooModel> models;
  llvm::SmallVector<StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, /*KeepEmpty=*/false);
  for (StringRef line : lines) {
    auto [name, description] = line.split('\t');
    llvm::SmallString<256> path(zooDir);
    llvm::sys::path::append(path, name + ".relay");
    models.push_back({name.trim().str(), description.trim().str(),
                      path.str().str()});
  }
  return models;
}

llvm::Expected<std::string>
flexmatch::validation::resolveModel(StringRef model, StringRef zooDir,
                                    std::string &displayName) {
  if (llvm::sys::fs::is_regular_file(model)) {
    displayName = llvm::sys::path::stem(model).str();
    return model.str();
  }
  if (model.ends_with(".relay") || model.ends_with(".mlir") ||
      model.contains('/'))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no such model file: " + model);
  auto zoo = listZoo(zooDir);
  if (!zoo)
    return zoo.takeError();
  for (const ZooModel &entry : *zoo) {
    if (entry.name == model) {
      displayName = entry.name;
      return entry.path;
    }
  }
  std::string names;
  for (const ZooModel &entry : *zoo)
    names += (names.empty() ? "" : ", ") + entry.name;
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "'" + model +
                                     "' is neither a file nor a zoo model (" +
                                     names + ")");
}

llvm::Expected<std::string>
flexmatch::validation::resolveConfig(StringRef config, StringRef configDir) {
  if (llvm::sys::fs::is_regular_file(config))
    return config.str();
  llvm::SmallString<256> path(configDir);
  llvm::sys::path::append(path, config);
  if (!config.ends_with(".json"))
    path += ".json";
  if (llvm::sys::fs::is_regular_file(path))
    return path.str().str();
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "no config '" + config + "' (not a file, "
                                 "and not in " + configDir + ")");
}

llvm::Expected<std::vector<std::string>>
flexmatch::validation::defaultConfigs(StringRef model) {
  for (const Defaults &entry : defaultsTable())
    if (model == entry.model)
      return entry.configs;
  std::string names;
  for (const Defaults &entry : defaultsTable())
    names += (names.empty() ? "" : ", ") + std::string(entry.model);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--defaults: no default configs for '" +
                                     model + "' (there are for " + names +
                                     "); name them with --configs");
}
