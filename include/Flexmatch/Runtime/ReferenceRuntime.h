//===- ReferenceRuntime.h - Accelerators computed on the CPU ----*- C++ -*-===//
//
// A software implementation of the accelerator ABI (AcceleratorABI.h), so a
// model compiled with runtime calls runs end to end without a device.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_RUNTIME_REFERENCERUNTIME_H
#define FLEXMATCH_RUNTIME_REFERENCERUNTIME_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace flexmatch::runtime {

struct Symbol {
  llvm::StringRef name;
  void *address;
};

/// The entry points of the reference runtime, for the JIT's symbol table.
llvm::ArrayRef<Symbol> referenceSymbols();

} // namespace flexmatch::runtime

#endif // FLEXMATCH_RUNTIME_REFERENCERUNTIME_H
