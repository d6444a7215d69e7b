//===- SeededData.h - Reproducible input data -------------------*- C++ -*-===//
//
// Fills arrays with pseudo-random values that depend only on (seed, argument
// index, dtype, shape), bit-for-bit identical on every platform and
// compiler. The standard <random> distributions are implementation-defined,
// so the generator and the mapping to values are fixed here instead:
//
// Generator: SplitMix64 (Steele, Lea, Flood 2014), with state s and
//
//   next():  s += 0x9E3779B97F4A7C15
//            z = s
//            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
//            z = (z ^ (z >> 27)) * 0x94D049BB133111EB
//            return z ^ (z >> 31)
//
// Streams: argument k gets its own generator, whose initial state is the
// (k+1)-th output of a SplitMix64 generator started at state `seed`. So
// argument 0 starts from the first output of SplitMix64(seed), argument 1
// from the second, and so on.
//
// Values: element i (in C order) is computed from the (i+1)-th output x of
// the argument's generator, one 64-bit draw per element whatever the dtype:
//
//   float32:  ((x >> 40) * 2^-23) - 1   (top 24 bits; uniform in [-1, 1),
//                                        multiples of 2^-23, exact)
//   float64:  ((x >> 11) * 2^-52) - 1   (top 53 bits; uniform in [-1, 1),
//                                        multiples of 2^-52, exact)
//   int8, int16, int32, int64:
//             (x >> 60) - 8             (top 4 bits; uniform in [-8, 8))
//   uint8:    x >> 60                   (top 4 bits; uniform in [0, 16))
//   bool:     x >> 63                   (top bit; 0 or 1)
//
// The integer ranges are small so that sums and products of a few values
// stay exact in every integer type, and the float values are exact so that
// a reference computation sees exactly the values the kernel sees.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_SUPPORT_SEEDEDDATA_H
#define FLEXMATCH_SUPPORT_SEEDEDDATA_H

#include "Flexmatch/Support/Npy.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>

namespace flexmatch {

/// The SplitMix64 generator described above.
class SplitMix64 {
public:
  explicit SplitMix64(uint64_t state) : state(state) {}

  uint64_t next() {
    state += 0x9E3779B97F4A7C15ull;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

private:
  uint64_t state;
};

/// Initial generator state for argument \p argIndex under \p seed: the
/// (argIndex+1)-th output of SplitMix64(seed), computed in O(1).
uint64_t seededStreamState(uint64_t seed, unsigned argIndex);

/// Overwrites every element of \p array (whose shape and byte size must be
/// consistent, see npy::verifyArray) with the values described above.
void fillSeeded(npy::Array &array, uint64_t seed, unsigned argIndex);

/// A new array of \p dtype and \p shape filled by fillSeeded. \p shape must
/// be valid (npy::checkedNumElements).
npy::Array makeSeededArray(npy::DType dtype, llvm::ArrayRef<int64_t> shape,
                           uint64_t seed, unsigned argIndex);

} // namespace flexmatch

#endif // FLEXMATCH_SUPPORT_SEEDEDDATA_H
