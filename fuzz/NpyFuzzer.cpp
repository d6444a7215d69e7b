//===- NpyFuzzer.cpp - libFuzzer harness: the .npy reader -----------------===//
//
// Any bytes as a .npy file: the reader returns an array whose byte size
// matches its shape and dtype, or an error, and never crashes.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Support/Npy.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  auto array = flexmatch::npy::parseNpy(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), "fuzz.npy");
  if (!array) {
    llvm::consumeError(array.takeError());
    return 0;
  }
  if (int64_t(array->bytes.size()) !=
      array->numElements() * int64_t(array->elementSize()))
    std::abort(); // the array's bytes do not match its shape
  return 0;
}
