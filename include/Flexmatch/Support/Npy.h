//===- Npy.h - NumPy .npy array files ---------------------------*- C++ -*-===//
//
// Reading and writing the NumPy .npy format (numpy/lib/format.py, "NEP 1"):
//
//   "\x93NUMPY" major minor headerLength header data
//
// where headerLength is a little-endian uint16 (version 1.0) or uint32
// (versions 2.0 and 3.0), and header is the text of a Python dict literal
//
//   {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }
//
// padded with spaces and a final '\n'. The data follows immediately.
//
// Only plain numeric dtypes are supported (see DType). Arrays in memory are
// always C order in host byte order: the reader byte-swaps big-endian
// ('>') data and transposes fortran_order data, so clients never see either.
//
// The reader treats its input as hostile: every malformed file is reported
// as an llvm::Error of the form "<file>: <what is wrong>", never by an
// assertion, and no size computation can overflow.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_SUPPORT_NPY_H
#define FLEXMATCH_SUPPORT_NPY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace flexmatch::npy {

/// The element types a .npy file may hold here.
enum class DType {
  F32,  ///< '<f4', numpy.float32
  F64,  ///< '<f8', numpy.float64
  I8,   ///< '|i1', numpy.int8
  I16,  ///< '<i2', numpy.int16
  I32,  ///< '<i4', numpy.int32
  I64,  ///< '<i8', numpy.int64
  U8,   ///< '|u1', numpy.uint8
  Bool, ///< '|b1', numpy.bool_; one byte per element holding 0 or 1
};

/// All DType values, for tests and for iterating over the supported types.
inline constexpr DType AllDTypes[] = {DType::F32, DType::F64, DType::I8,
                                      DType::I16, DType::I32, DType::I64,
                                      DType::U8,  DType::Bool};

/// Size in bytes of one element of \p dtype.
size_t dtypeSize(DType dtype);

/// The NumPy name of \p dtype: "float32", "float64", "int8", "int16",
/// "int32", "int64", "uint8", "bool".
llvm::StringRef dtypeName(DType dtype);

/// Inverse of dtypeName(); std::nullopt for any other string.
std::optional<DType> parseDTypeName(llvm::StringRef name);

/// The little-endian .npy descr string of \p dtype ("<f4", "|i1", ...).
llvm::StringRef dtypeDescr(DType dtype);

/// A dense array: C (row-major) order, host byte order.
struct Array {
  DType dtype = DType::F32;
  /// Empty for a 0-d (scalar) array; dimensions may be 0.
  llvm::SmallVector<int64_t> shape;
  /// numElements() * elementSize() bytes. Bool elements are 0 or 1.
  std::vector<char> bytes;

  /// Product of the dimensions (1 for a scalar). The shape must be valid
  /// (see checkedNumElements), which every parsed Array's is.
  int64_t numElements() const;
  size_t elementSize() const { return dtypeSize(dtype); }
};

/// Product of \p shape, or std::nullopt if a dimension is negative or the
/// product of the dimensions times the largest element size (8) overflows
/// int64_t. Any shape accepted here can be allocated without overflow
/// checks.
std::optional<int64_t> checkedNumElements(llvm::ArrayRef<int64_t> shape);

/// Checks that \p array is self-consistent: valid shape and bytes.size()
/// equal to numElements() * elementSize(). The message names \p what.
llvm::Error verifyArray(const Array &array, llvm::StringRef what);

/// Parses the contents of a .npy file. \p fileName is used only in error
/// messages. Accepts format versions 1.0, 2.0 and 3.0; byte orders '<',
/// '>', '=' and '|' (single-byte types); fortran_order True or False; any
/// key order and whitespace in the header dict. Bool bytes other than 0 are
/// normalized to 1.
llvm::Expected<Array> parseNpy(llvm::StringRef buffer,
                               llvm::StringRef fileName);

/// Reads and parses the .npy file at \p path.
llvm::Expected<Array> readNpy(llvm::StringRef path);

/// Serializes \p array exactly as numpy.save does: version 1.0 (2.0 only if
/// the header would exceed 65535 bytes), little-endian descr, keys sorted,
/// spare space for growing the first axis, and the data aligned to 64
/// bytes. \p array must satisfy verifyArray.
std::string serializeNpy(const Array &array);

/// Writes serializeNpy(array) to \p path atomically (via a temporary file
/// that is renamed into place); "-" writes to stdout. Fails without writing
/// if \p array is inconsistent.
llvm::Error writeNpy(llvm::StringRef path, const Array &array);

/// Formats \p shape as NumPy prints it: "()", "(3,)", "(2, 3)".
std::string formatShape(llvm::ArrayRef<int64_t> shape);

} // namespace flexmatch::npy

#endif // FLEXMATCH_SUPPORT_NPY_H
