//===- SeededData.cpp - Reproducible input data ---------------------------===//
//
// Every value is computed with integer arithmetic and exact floating-point
// operations only, so the results cannot depend on the compiler, the FPU's
// rounding of intermediate results, or FMA contraction.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Support/SeededData.h"

#include <cassert>
#include <cstring>

using namespace flexmatch;
using npy::Array;
using npy::DType;

uint64_t flexmatch::seededStreamState(uint64_t seed, unsigned argIndex) {
  // SplitMix64's n-th output only depends on seed + n * gamma, so skipping
  // ahead to output argIndex+1 is a multiplication (modulo 2^64).
  uint64_t skipped = seed + uint64_t(argIndex) * 0x9E3779B97F4A7C15ull;
  return SplitMix64(skipped).next();
}

/// Stores \p value as element \p i of \p bytes, in host byte order.
template <typename T> static void store(char *bytes, int64_t i, T value) {
  std::memcpy(bytes + i * sizeof(T), &value, sizeof(T));
}

void flexmatch::fillSeeded(Array &array, uint64_t seed, unsigned argIndex) {
  assert(!llvm::errorToBool(npy::verifyArray(array, "array")) &&
         "fillSeeded needs a consistent array");
  SplitMix64 generator(seededStreamState(seed, argIndex));
  // Counting from the byte size rather than the shape keeps the writes in
  // bounds even if the precondition is violated in a release build.
  int64_t count = array.bytes.size() / array.elementSize();
  char *bytes = array.bytes.data();
  for (int64_t i = 0; i < count; ++i) {
    uint64_t x = generator.next();
    // The top 4 bits, as a signed value in [-8, 8).
    int64_t small = int64_t(x >> 60) - 8;
    switch (array.dtype) {
    case DType::F32:
      // x >> 40 < 2^24 converts exactly; scaling by a power of two and the
      // subtraction are exact too, as the result has at most 24 bits.
      store(bytes, i, float(x >> 40) * 0x1p-23f - 1.0f);
      break;
    case DType::F64:
      store(bytes, i, double(x >> 11) * 0x1p-52 - 1.0);
      break;
    case DType::I8:
      store(bytes, i, int8_t(small));
      break;
    case DType::I16:
      store(bytes, i, int16_t(small));
      break;
    case DType::I32:
      store(bytes, i, int32_t(small));
      break;
    case DType::I64:
      store(bytes, i, int64_t(small));
      break;
    case DType::U8:
      store(bytes, i, uint8_t(x >> 60));
      break;
    case DType::Bool:
      store(bytes, i, uint8_t(x >> 63));
      break;
    }
  }
}

Array flexmatch::makeSeededArray(DType dtype, llvm::ArrayRef<int64_t> shape,
                                 uint64_t seed, unsigned argIndex) {
  std::optional<int64_t> count = npy::checkedNumElements(shape);
  assert(count && "makeSeededArray needs a valid shape");
  Array array;
  array.dtype = dtype;
  array.shape.assign(shape.begin(), shape.end());
  array.bytes.resize(size_t(count.value_or(0)) * array.elementSize());
  fillSeeded(array, seed, argIndex);
  return array;
}
