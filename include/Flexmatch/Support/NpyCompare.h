//===- NpyCompare.h - Compare an output with a reference --------*- C++ -*-===//
//
// The element-wise comparison flexmatch-run --expect and flexmatch-validate
// make: an element is close when |actual - expected| <= atol + rtol *
// |expected|; non-finite elements must be equal (NaN equals NaN).
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_SUPPORT_NPYCOMPARE_H
#define FLEXMATCH_SUPPORT_NPYCOMPARE_H

#include "Flexmatch/Support/Npy.h"

#include <string>

namespace flexmatch::npy {

/// Element \p i of \p array as a double.
double elementAsDouble(const Array &array, int64_t i);

struct Comparison {
  /// Why the arrays cannot be compared (dtype or shape), empty otherwise.
  std::string incompatible;
  double maxAbsError = 0;
  /// Over elements whose expected value is not 0.
  double maxRelError = 0;
  int64_t elements = 0;
  int64_t mismatches = 0;
  /// The first mismatch: flat index, values.
  int64_t firstMismatch = -1;
  double firstActual = 0, firstExpected = 0;

  bool close() const { return incompatible.empty() && mismatches == 0; }
};

Comparison compare(const Array &actual, const Array &expected, double rtol,
                   double atol);

} // namespace flexmatch::npy

#endif // FLEXMATCH_SUPPORT_NPYCOMPARE_H
