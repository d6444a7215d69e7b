//===- Npy.cpp - NumPy .npy array files -----------------------------------===//
//
// The reader is written to be fuzzed: every read from the input is bounds
// checked, every size product is overflow checked, the header parser has a
// nesting limit, and every failure is an llvm::Error naming the file.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Support/Npy.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SwapByteOrder.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstring>

using namespace flexmatch::npy;
using llvm::ArrayRef;
using llvm::Error;
using llvm::Expected;
using llvm::StringRef;
using llvm::Twine;

//===----------------------------------------------------------------------===//
// DType table
//===----------------------------------------------------------------------===//

namespace {
struct DTypeInfo {
  DType dtype;
  StringRef name;
  /// Canonical little-endian descr, as numpy.save writes it.
  StringRef descr;
  /// NumPy's kind character ('f', 'i', 'u', 'b') and item size: the part of
  /// a descr after the byte-order character.
  char kind;
  unsigned size;
};
} // namespace

static constexpr DTypeInfo DTypeInfos[] = {
    {DType::F32, "float32", "<f4", 'f', 4},
    {DType::F64, "float64", "<f8", 'f', 8},
    {DType::I8, "int8", "|i1", 'i', 1},
    {DType::I16, "int16", "<i2", 'i', 2},
    {DType::I32, "int32", "<i4", 'i', 4},
    {DType::I64, "int64", "<i8", 'i', 8},
    {DType::U8, "uint8", "|u1", 'u', 1},
    {DType::Bool, "bool", "|b1", 'b', 1},
};

/// Largest element size of any DType: checkedNumElements bounds the byte
/// size of every array with it.
static constexpr int64_t MaxElementSize = 8;

static const DTypeInfo &info(DType dtype) {
  for (const DTypeInfo &entry : DTypeInfos)
    if (entry.dtype == dtype)
      return entry;
  // Only reachable with an out-of-range enum value cast by the caller.
  llvm_unreachable("invalid DType");
}

size_t flexmatch::npy::dtypeSize(DType dtype) { return info(dtype).size; }
StringRef flexmatch::npy::dtypeName(DType dtype) { return info(dtype).name; }
StringRef flexmatch::npy::dtypeDescr(DType dtype) { return info(dtype).descr; }

std::optional<DType> flexmatch::npy::parseDTypeName(StringRef name) {
  for (const DTypeInfo &entry : DTypeInfos)
    if (entry.name == name)
      return entry.dtype;
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Shapes and arrays
//===----------------------------------------------------------------------===//

std::optional<int64_t>
flexmatch::npy::checkedNumElements(ArrayRef<int64_t> shape) {
  // Like NumPy, zero dimensions do not excuse an overflowing product of the
  // others: keeping the bound independent of zeros means a shape that is
  // accepted once stays valid for any size arithmetic a client does on it.
  int64_t bound = MaxElementSize;
  bool hasZero = false;
  for (int64_t dim : shape) {
    if (dim < 0)
      return std::nullopt;
    if (dim == 0) {
      hasZero = true;
      continue;
    }
    if (llvm::MulOverflow(bound, dim, bound))
      return std::nullopt;
  }
  return hasZero ? 0 : bound / MaxElementSize;
}

int64_t Array::numElements() const {
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  return count;
}

std::string flexmatch::npy::formatShape(ArrayRef<int64_t> shape) {
  // Python's tuple repr: a 1-tuple keeps its trailing comma.
  std::string text = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i)
      text += ", ";
    text += std::to_string(shape[i]);
  }
  if (shape.size() == 1)
    text += ",";
  return text + ")";
}

static Error makeError(StringRef fileName, const Twine &message) {
  return llvm::createStringError(Twine(fileName) + ": " + message);
}

/// \p text in single quotes, with unprintable bytes escaped, so hostile
/// header contents cannot garble an error message.
static std::string quoted(StringRef text) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << '\'';
  llvm::printEscapedString(text, os);
  os << '\'';
  return result;
}

/// The byte size \p array must have, or std::nullopt for an invalid shape.
static std::optional<uint64_t> expectedByteSize(const Array &array) {
  std::optional<int64_t> count = checkedNumElements(array.shape);
  if (!count)
    return std::nullopt;
  // checkedNumElements bounded count * MaxElementSize: no overflow.
  return uint64_t(*count) * array.elementSize();
}

Error flexmatch::npy::verifyArray(const Array &array, StringRef what) {
  std::optional<uint64_t> expected = expectedByteSize(array);
  if (!expected)
    return makeError(what, "invalid shape " + formatShape(array.shape));
  if (array.bytes.size() != *expected)
    return makeError(what, "array of shape " + formatShape(array.shape) +
                               " and dtype " + dtypeName(array.dtype) +
                               " needs " + Twine(*expected) +
                               " bytes but has " + Twine(array.bytes.size()));
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Header dict parsing
//===----------------------------------------------------------------------===//

namespace {
/// A parsed Python literal. The header only ever needs strings, booleans,
/// integers and tuples, but lists, None and nested dicts are parsed too so
/// that e.g. a structured dtype's descr list gets a precise "unsupported"
/// message instead of a syntax error.
struct PyValue {
  enum Kind { Str, Int, Bool, None, Tuple, List, Dict } kind = None;
  std::string str;
  int64_t intValue = 0;
  bool boolValue = false;
  /// Tuple and list elements; for a dict, keys and values alternate.
  std::vector<PyValue> items;
};

/// Recursive-descent parser for the subset of Python literal syntax that
/// .npy headers use (what ast.literal_eval accepts for them).
class HeaderParser {
public:
  HeaderParser(StringRef text, StringRef fileName)
      : text(text), fileName(fileName) {}

  Expected<PyValue> parseWhole() {
    PyValue value;
    skipSpace();
    if (Error err = parseValue(value, /*depth=*/0))
      return std::move(err);
    skipSpace();
    if (pos != text.size())
      return fail("unexpected " + describeNext() + " after the dict");
    return value;
  }

private:
  /// Deep enough for any real header; bounds recursion on hostile input.
  static constexpr unsigned MaxDepth = 32;

  StringRef text;
  StringRef fileName;
  size_t pos = 0;

  Error fail(const Twine &message) {
    return makeError(fileName, "malformed header: " + message +
                                   " at header offset " + Twine(pos));
  }

  std::string describeNext() const {
    if (pos >= text.size())
      return "end of header";
    return quoted(text.substr(pos, 1));
  }

  bool atEnd() const { return pos >= text.size(); }
  char peek() const { return atEnd() ? '\0' : text[pos]; }

  void skipSpace() {
    while (!atEnd() && llvm::isSpace(text[pos]))
      ++pos;
  }

  Error parseValue(PyValue &value, unsigned depth) {
    if (depth > MaxDepth)
      return fail("nesting deeper than " + Twine(MaxDepth));
    char c = peek();
    if (c == '\'' || c == '"')
      return parseString(value);
    if (c == '(')
      return parseSequence(value, depth, ')');
    if (c == '[')
      return parseSequence(value, depth, ']');
    if (c == '{')
      return parseDict(value, depth);
    if (c == '-' || c == '+' || llvm::isDigit(c))
      return parseInt(value);
    if (llvm::isAlpha(c) || c == '_')
      return parseName(value);
    return fail("expected a value but found " + describeNext());
  }

  Error parseString(PyValue &value) {
    char quote = text[pos++];
    size_t start = pos;
    while (!atEnd() && text[pos] != quote) {
      // Real headers never need escapes; refusing them keeps the parser
      // small and avoids guessing at Python's escape rules.
      if (text[pos] == '\\')
        return fail("escape sequences in strings are not supported");
      if (text[pos] == '\n')
        return fail("unterminated string");
      ++pos;
    }
    if (atEnd())
      return fail("unterminated string");
    value.kind = PyValue::Str;
    value.str = text.slice(start, pos).str();
    ++pos;
    return Error::success();
  }

  Error parseInt(PyValue &value) {
    size_t start = pos;
    bool negative = false;
    if (peek() == '-' || peek() == '+') {
      negative = peek() == '-';
      ++pos;
    }
    if (!llvm::isDigit(peek()))
      return fail("expected a digit but found " + describeNext());
    // Accumulate negatively so that INT64_MIN parses; a positive value is
    // negated at the end.
    int64_t result = 0;
    while (llvm::isDigit(peek())) {
      int64_t digit = text[pos] - '0';
      if (llvm::MulOverflow(result, int64_t(10), result) ||
          llvm::SubOverflow(result, digit, result)) {
        pos = start;
        return fail("integer too large");
      }
      ++pos;
    }
    if (!negative) {
      if (result == INT64_MIN) {
        pos = start;
        return fail("integer too large");
      }
      result = -result;
    }
    // Python 2's NumPy wrote long integers as "3L".
    if (peek() == 'L' || peek() == 'l')
      ++pos;
    value.kind = PyValue::Int;
    value.intValue = result;
    return Error::success();
  }

  Error parseName(PyValue &value) {
    size_t start = pos;
    while (!atEnd() && (llvm::isAlnum(text[pos]) || text[pos] == '_'))
      ++pos;
    StringRef name = text.slice(start, pos);
    if (name == "True" || name == "False") {
      value.kind = PyValue::Bool;
      value.boolValue = name == "True";
    } else if (name == "None") {
      value.kind = PyValue::None;
    } else {
      pos = start;
      return fail("unexpected name " + quoted(name));
    }
    return Error::success();
  }

  /// Tuples and lists. As in Python, "(x)" is just x; only "()" and a comma
  /// make a tuple.
  Error parseSequence(PyValue &value, unsigned depth, char close) {
    ++pos; // the opening bracket
    bool isTuple = close == ')';
    value.kind = isTuple ? PyValue::Tuple : PyValue::List;
    bool sawComma = false;
    skipSpace();
    while (peek() != close) {
      PyValue item;
      if (Error err = parseValue(item, depth + 1))
        return err;
      value.items.push_back(std::move(item));
      skipSpace();
      if (peek() == close)
        break;
      if (peek() != ',')
        return fail("expected ',' or '" + Twine(close) + "' but found " +
                    describeNext());
      sawComma = true;
      ++pos;
      skipSpace();
    }
    ++pos; // the closing bracket
    if (isTuple && value.items.size() == 1 && !sawComma) {
      PyValue inner = std::move(value.items.front());
      value = std::move(inner);
    }
    return Error::success();
  }

  Error parseDict(PyValue &value, unsigned depth) {
    ++pos; // '{'
    value.kind = PyValue::Dict;
    skipSpace();
    while (peek() != '}') {
      PyValue key, item;
      if (Error err = parseValue(key, depth + 1))
        return err;
      skipSpace();
      if (peek() != ':')
        return fail("expected ':' but found " + describeNext());
      ++pos;
      skipSpace();
      if (Error err = parseValue(item, depth + 1))
        return err;
      value.items.push_back(std::move(key));
      value.items.push_back(std::move(item));
      skipSpace();
      if (peek() == '}')
        break;
      if (peek() != ',')
        return fail("expected ',' or '}' but found " + describeNext());
      ++pos;
      skipSpace();
    }
    ++pos; // '}'
    return Error::success();
  }
};

/// What the header dict says about the data.
struct HeaderInfo {
  DType dtype;
  /// The data is stored in the opposite of the host's byte order.
  bool swapBytes = false;
  bool fortranOrder = false;
  llvm::SmallVector<int64_t> shape;
  int64_t numElements = 0;
};
} // namespace

/// Parses a descr such as '<f4'. A missing byte-order character means
/// native, as in numpy.dtype(); '|' ("not applicable") is also treated as
/// native, as NumPy does.
static Error parseDescr(StringRef descr, StringRef fileName,
                        HeaderInfo &header) {
  StringRef rest = descr;
  char order = '=';
  if (!rest.empty() && StringRef("<>=|").contains(rest.front())) {
    order = rest.front();
    rest = rest.drop_front();
  }
  const DTypeInfo *match = nullptr;
  for (const DTypeInfo &entry : DTypeInfos)
    if (rest.size() == 2 && rest[0] == entry.kind &&
        rest[1] == char('0' + entry.size))
      match = &entry;
  if (!match)
    return makeError(fileName, "unsupported dtype " + quoted(descr) +
                                   " (supported: float32, float64, int8, "
                                   "int16, int32, int64, uint8, bool)");
  header.dtype = match->dtype;
  bool littleData = order == '<' || ((order == '=' || order == '|') &&
                                     llvm::sys::IsLittleEndianHost);
  header.swapBytes =
      match->size > 1 && littleData != llvm::sys::IsLittleEndianHost;
  return Error::success();
}

static Error interpretHeader(const PyValue &dict, StringRef fileName,
                             HeaderInfo &header) {
  if (dict.kind != PyValue::Dict)
    return makeError(fileName, "header is not a dict");
  const PyValue *descr = nullptr, *fortran = nullptr, *shape = nullptr;
  for (size_t i = 0; i + 1 < dict.items.size(); i += 2) {
    const PyValue &key = dict.items[i];
    if (key.kind != PyValue::Str)
      return makeError(fileName, "header dict has a non-string key");
    const PyValue **slot = key.str == "descr"           ? &descr
                           : key.str == "fortran_order" ? &fortran
                           : key.str == "shape"         ? &shape
                                                        : nullptr;
    // NumPy also insists on exactly these three keys.
    if (!slot)
      return makeError(fileName,
                       "unexpected key " + quoted(key.str) + " in header");
    if (*slot)
      return makeError(fileName,
                       "duplicate key " + quoted(key.str) + " in header");
    *slot = &dict.items[i + 1];
  }
  if (!descr)
    return makeError(fileName, "header has no 'descr' key");
  if (!fortran)
    return makeError(fileName, "header has no 'fortran_order' key");
  if (!shape)
    return makeError(fileName, "header has no 'shape' key");

  if (descr->kind == PyValue::List)
    return makeError(fileName,
                     "unsupported dtype: structured dtypes are not supported");
  if (descr->kind != PyValue::Str)
    return makeError(fileName, "'descr' is not a string");
  if (Error err = parseDescr(descr->str, fileName, header))
    return err;

  if (fortran->kind != PyValue::Bool)
    return makeError(fileName, "'fortran_order' is not True or False");
  header.fortranOrder = fortran->boolValue;

  if (shape->kind != PyValue::Tuple)
    return makeError(fileName, "'shape' is not a tuple");
  for (const PyValue &dim : shape->items) {
    if (dim.kind != PyValue::Int)
      return makeError(fileName, "'shape' contains a non-integer");
    if (dim.intValue < 0)
      return makeError(fileName, "negative dimension " + Twine(dim.intValue) +
                                     " in shape");
    header.shape.push_back(dim.intValue);
  }
  std::optional<int64_t> count = checkedNumElements(header.shape);
  if (!count)
    return makeError(fileName,
                     "shape " + formatShape(header.shape) + " is too large");
  header.numElements = *count;
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Data layout conversion
//===----------------------------------------------------------------------===//

/// Copies Fortran-order elements from \p src into C order in \p dst. Walks
/// the destination in C order with an odometer over the multi-index while
/// tracking the matching Fortran offset incrementally.
static void fortranToC(const char *src, char *dst, ArrayRef<int64_t> shape,
                       int64_t count, size_t elementSize) {
  size_t rank = shape.size();
  llvm::SmallVector<int64_t> strides(rank), index(rank, 0);
  int64_t stride = 1;
  for (size_t k = 0; k < rank; ++k) {
    strides[k] = stride;
    stride *= shape[k];
  }
  int64_t offset = 0;
  for (int64_t i = 0; i < count; ++i) {
    std::memcpy(dst + i * elementSize, src + offset * elementSize, elementSize);
    // Advance the innermost (last) C index, carrying outwards.
    for (size_t k = rank; k-- > 0;) {
      ++index[k];
      offset += strides[k];
      if (index[k] < shape[k])
        break;
      offset -= shape[k] * strides[k];
      index[k] = 0;
    }
  }
}

static void swapElements(std::vector<char> &bytes, size_t elementSize) {
  for (size_t i = 0; i + elementSize <= bytes.size(); i += elementSize)
    std::reverse(bytes.begin() + i, bytes.begin() + i + elementSize);
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

static constexpr char Magic[] = "\x93NUMPY";
static constexpr size_t MagicSize = sizeof(Magic) - 1;

static uint32_t readLE(StringRef bytes) {
  uint32_t value = 0;
  for (size_t i = bytes.size(); i-- > 0;)
    value = value << 8 | uint8_t(bytes[i]);
  return value;
}

Expected<Array> flexmatch::npy::parseNpy(StringRef buffer, StringRef fileName) {
  if (!buffer.starts_with(StringRef(Magic, MagicSize))) {
    if (StringRef(Magic, MagicSize).starts_with(buffer))
      return makeError(fileName, "truncated file: only " +
                                     Twine(buffer.size()) + " bytes");
    return makeError(fileName, "not a .npy file (bad magic string)");
  }
  if (buffer.size() < MagicSize + 2)
    return makeError(fileName, "truncated file: no format version");
  unsigned major = uint8_t(buffer[MagicSize]);
  unsigned minor = uint8_t(buffer[MagicSize + 1]);
  if (minor != 0 || major < 1 || major > 3)
    return makeError(fileName, "unsupported .npy format version " +
                                   Twine(major) + "." + Twine(minor));
  size_t lengthSize = major == 1 ? 2 : 4;
  size_t prefixSize = MagicSize + 2 + lengthSize;
  if (buffer.size() < prefixSize)
    return makeError(fileName, "truncated header: no header length");
  uint64_t headerLength = readLE(buffer.substr(MagicSize + 2, lengthSize));
  // uint64_t: prefixSize + a 32-bit length cannot overflow it.
  uint64_t dataStart = prefixSize + headerLength;
  if (dataStart > buffer.size())
    return makeError(fileName, "truncated header: header length is " +
                                   Twine(headerLength) + " bytes but only " +
                                   Twine(buffer.size() - prefixSize) +
                                   " bytes follow");

  StringRef headerText = buffer.substr(prefixSize, headerLength);
  Expected<PyValue> dict = HeaderParser(headerText, fileName).parseWhole();
  if (!dict)
    return dict.takeError();
  HeaderInfo header;
  if (Error err = interpretHeader(*dict, fileName, header))
    return std::move(err);

  Array array;
  array.dtype = header.dtype;
  array.shape = header.shape;
  size_t elementSize = array.elementSize();
  // checkedNumElements bounded count * MaxElementSize, so no overflow.
  uint64_t expected = uint64_t(header.numElements) * elementSize;
  uint64_t actual = buffer.size() - dataStart;
  if (actual != expected)
    return makeError(
        fileName,
        Twine("data is too ") + (actual < expected ? "short" : "long") +
            ": shape " + formatShape(header.shape) + " of " +
            dtypeName(header.dtype) + " needs " + Twine(expected) +
            " bytes but the file has " + Twine(actual) + " bytes of data");

  const char *data = buffer.data() + dataStart;
  array.bytes.resize(expected);
  // Rank < 2 is identical in both orders.
  if (header.fortranOrder && header.shape.size() > 1 && expected > 0)
    fortranToC(data, array.bytes.data(), header.shape, header.numElements,
               elementSize);
  else if (expected > 0)
    std::memcpy(array.bytes.data(), data, expected);
  if (header.swapBytes)
    swapElements(array.bytes, elementSize);
  // Any other byte would be an invalid C++ bool if a client reinterprets
  // the data; NumPy treats nonzero as True.
  if (array.dtype == DType::Bool)
    for (char &byte : array.bytes)
      byte = byte != 0;
  return array;
}

Expected<Array> flexmatch::npy::readNpy(StringRef path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFileOrSTDIN(path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!file)
    return makeError(path, "cannot read file: " + file.getError().message());
  return parseNpy((*file)->getBuffer(), path);
}

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

std::string flexmatch::npy::serializeNpy(const Array &array) {
  assert(expectedByteSize(array) == array.bytes.size() &&
         "serializeNpy needs a consistent array");
  // Byte-for-byte what numpy.save (format.py, _write_array_header and
  // _wrap_header) produces, so files are interchangeable and diffable.
  std::string dict =
      "{'descr': '" + dtypeDescr(array.dtype).str() +
      "', 'fortran_order': False, 'shape': " + formatShape(array.shape) + ", }";
  // NumPy leaves room to rewrite the first dimension with up to 21 digits
  // in place (GROWTH_AXIS_MAX_DIGITS).
  if (!array.shape.empty())
    dict.append(21 - std::to_string(array.shape.front()).size(), ' ');

  // The header is padded with spaces and ends in '\n' so that the data
  // starts at a multiple of 64 bytes; NumPy always adds at least one space
  // (a full 64 when already aligned).
  size_t textSize = dict.size() + 1;
  unsigned major = 1;
  size_t lengthSize = 2;
  size_t padding = 64 - (MagicSize + 2 + lengthSize + textSize) % 64;
  if (textSize + padding > 0xffff) {
    major = 2;
    lengthSize = 4;
    padding = 64 - (MagicSize + 2 + lengthSize + textSize) % 64;
  }
  uint32_t headerLength = textSize + padding;

  std::string out(Magic, MagicSize);
  out += char(major);
  out += char(0);
  for (size_t i = 0; i < lengthSize; ++i)
    out += char((headerLength >> (8 * i)) & 0xff);
  out += dict;
  out.append(padding, ' ');
  out += '\n';

  size_t dataStart = out.size();
  out.append(array.bytes.begin(), array.bytes.end());
  // The descr says little-endian.
  if (llvm::sys::IsBigEndianHost)
    for (size_t i = dataStart, size = array.elementSize();
         i + size <= out.size(); i += size)
      std::reverse(out.begin() + i, out.begin() + i + size);
  return out;
}

Error flexmatch::npy::writeNpy(StringRef path, const Array &array) {
  if (Error err = verifyArray(array, path))
    return err;
  std::string contents = serializeNpy(array);
  Error err = llvm::writeToOutput(path, [&](llvm::raw_ostream &os) {
    os << contents;
    return Error::success();
  });
  if (!err)
    return Error::success();
  // writeToOutput quotes the path itself; drop that so the message reads
  // like the reader's "<path>: cannot read file: <reason>".
  std::string reason = llvm::toString(std::move(err));
  StringRef trimmed(reason);
  trimmed.consume_front(("'" + path + "': ").str());
  return makeError(path, "cannot write file: " + trimmed);
}
