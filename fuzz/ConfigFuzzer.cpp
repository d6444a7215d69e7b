//===- ConfigFuzzer.cpp - libFuzzer harness: the config loader ------------===//
//
// Any bytes as a config file: the loader must return a config or an error
// naming the file, line and column, and never crash.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Transforms/Config.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  auto config = flexmatch::eqsat::parseConfigs({{"fuzz.json", text}});
  if (!config)
    llvm::consumeError(config.takeError());
  return 0;
}
