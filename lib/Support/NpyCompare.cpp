//===- NpyCompare.cpp - Compare an output with a reference ----------------===//

#include "Flexmatch/Support/NpyCompare.h"

#include <cmath>
#include <cstring>

using namespace flexmatch::npy;

double flexmatch::npy::elementAsDouble(const Array &array, int64_t i) {
  const char *p = array.bytes.data() + i * array.elementSize();
  auto read = [&](auto tag) {
    decltype(tag) v;
    std::memcpy(&v, p, sizeof(v));
    return double(v);
  };
  switch (array.dtype) {
  case DType::F32:
    return read(float());
  case DType::F64:
    return read(double());
  case DType::I8:
    return read(int8_t());
  case DType::I16:
    return read(int16_t());
  case DType::I32:
    return read(int32_t());
  case DType::I64:
    return read(int64_t());
  case DType::U8:
  case DType::Bool:
    return read(uint8_t());
  }
  return 0;
}

Comparison flexmatch::npy::compare(const Array &actual, const Array &expected,
                                   double rtol, double atol) {
  Comparison result;
  if (actual.dtype != expected.dtype) {
    result.incompatible = "dtype " + dtypeName(actual.dtype).str() +
                          " differs from the reference's " +
                          dtypeName(expected.dtype).str();
    return result;
  }
  if (actual.shape != expected.shape) {
    result.incompatible = "shape " + formatShape(actual.shape) +
                          " differs from the reference's " +
                          formatShape(expected.shape);
    return result;
  }
  result.elements = actual.numElements();
  for (int64_t i = 0; i < result.elements; ++i) {
    double got = elementAsDouble(actual, i),
           want = elementAsDouble(expected, i);
    bool close;
    if (!std::isfinite(got) || !std::isfinite(want)) {
      close = (std::isnan(got) && std::isnan(want)) || got == want;
    } else {
      double abs = std::fabs(got - want);
      result.maxAbsError = std::max(result.maxAbsError, abs);
      if (want != 0)
        result.maxRelError =
            std::max(result.maxRelError, abs / std::fabs(want));
      close = abs <= atol + rtol * std::fabs(want);
    }
    if (!close && result.mismatches++ == 0) {
      result.firstMismatch = i;
      result.firstActual = got;
      result.firstExpected = want;
    }
  }
  return result;
}
