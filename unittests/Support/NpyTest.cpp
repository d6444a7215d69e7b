//===- NpyTest.cpp - .npy reading and writing -----------------------------===//
//
// The byte strings here are built by hand from the format's definition
// (magic, version, little-endian header length, dict text, padding, data),
// not by the code under test, and the expected writer output is what
// numpy.save produces.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Support/Npy.h"
#include "Flexmatch/Support/SeededData.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace flexmatch;
using namespace flexmatch::npy;
using llvm::StringRef;

namespace {

const std::string MagicText("\x93NUMPY", 6);

/// A .npy file with the given version, header dict text and data. The
/// header is padded with spaces and '\n' so the data starts at a multiple
/// of \p align (NumPy uses 64; versions before 1.14 used 16).
std::string npyFile(unsigned major, StringRef dict, StringRef data,
                    unsigned align = 64) {
  size_t lengthSize = major == 1 ? 2 : 4;
  std::string header = dict.str();
  size_t total = MagicText.size() + 2 + lengthSize + header.size() + 1;
  header.append((align - total % align) % align, ' ');
  header += '\n';
  std::string out = MagicText;
  out += char(major);
  out += char(0);
  for (size_t i = 0; i < lengthSize; ++i)
    out += char((header.size() >> (8 * i)) & 0xff);
  return out + header + data.str();
}

/// Little-endian bytes of \p values.
template <typename T> std::string leBytes(std::initializer_list<T> values) {
  std::string out;
  for (T value : values) {
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    if (llvm::sys::IsBigEndianHost)
      std::reverse(raw, raw + sizeof(T));
    out.append(raw, sizeof(T));
  }
  return out;
}

/// The elements of \p array as T (host order).
template <typename T> std::vector<T> elements(const Array &array) {
  EXPECT_EQ(array.bytes.size() % sizeof(T), 0u);
  std::vector<T> out(array.bytes.size() / sizeof(T));
  if (!out.empty())
    std::memcpy(out.data(), array.bytes.data(), array.bytes.size());
  return out;
}

Array parseOk(StringRef buffer) {
  llvm::Expected<Array> array = parseNpy(buffer, "test.npy");
  if (!array) {
    ADD_FAILURE() << llvm::toString(array.takeError());
    return Array();
  }
  return std::move(*array);
}

/// The error message parseNpy gives for \p buffer.
std::string errorOf(StringRef buffer) {
  llvm::Expected<Array> array = parseNpy(buffer, "bad.npy");
  if (array)
    return "<no error>";
  return llvm::toString(array.takeError());
}

using Shape = llvm::SmallVector<int64_t>;

//===----------------------------------------------------------------------===//
// DTypes and shapes
//===----------------------------------------------------------------------===//

TEST(NpyTest, DTypeNames) {
  EXPECT_EQ(dtypeName(DType::F32), "float32");
  EXPECT_EQ(dtypeName(DType::F64), "float64");
  EXPECT_EQ(dtypeName(DType::I8), "int8");
  EXPECT_EQ(dtypeName(DType::I16), "int16");
  EXPECT_EQ(dtypeName(DType::I32), "int32");
  EXPECT_EQ(dtypeName(DType::I64), "int64");
  EXPECT_EQ(dtypeName(DType::U8), "uint8");
  EXPECT_EQ(dtypeName(DType::Bool), "bool");
  for (DType dtype : AllDTypes)
    EXPECT_EQ(parseDTypeName(dtypeName(dtype)), dtype);
  EXPECT_EQ(parseDTypeName("complex64"), std::nullopt);
  EXPECT_EQ(parseDTypeName("Float32"), std::nullopt);
  EXPECT_EQ(parseDTypeName(""), std::nullopt);
}

TEST(NpyTest, DTypeSizes) {
  EXPECT_EQ(dtypeSize(DType::F32), 4u);
  EXPECT_EQ(dtypeSize(DType::F64), 8u);
  EXPECT_EQ(dtypeSize(DType::I8), 1u);
  EXPECT_EQ(dtypeSize(DType::I16), 2u);
  EXPECT_EQ(dtypeSize(DType::I32), 4u);
  EXPECT_EQ(dtypeSize(DType::I64), 8u);
  EXPECT_EQ(dtypeSize(DType::U8), 1u);
  EXPECT_EQ(dtypeSize(DType::Bool), 1u);
}

TEST(NpyTest, CheckedNumElements) {
  EXPECT_EQ(checkedNumElements({}), 1);
  EXPECT_EQ(checkedNumElements({0}), 0);
  EXPECT_EQ(checkedNumElements({2, 3, 4}), 24);
  EXPECT_EQ(checkedNumElements({2, 0, 4}), 0);
  EXPECT_EQ(checkedNumElements({-1}), std::nullopt);
  EXPECT_EQ(checkedNumElements({int64_t(1) << 40, int64_t(1) << 40}),
            std::nullopt);
  // Overflow is rejected even when another dimension is zero.
  EXPECT_EQ(checkedNumElements({int64_t(1) << 40, int64_t(1) << 40, 0}),
            std::nullopt);
  // The bound leaves room for 8-byte elements.
  EXPECT_EQ(checkedNumElements({int64_t(1) << 60}), std::nullopt);
  EXPECT_EQ(checkedNumElements({int64_t(1) << 60, 0}), std::nullopt);
  EXPECT_EQ(checkedNumElements({int64_t(1) << 59}), int64_t(1) << 59);
  EXPECT_EQ(checkedNumElements({int64_t(1) << 59, 0}), 0);
}

TEST(NpyTest, FormatShape) {
  EXPECT_EQ(formatShape({}), "()");
  EXPECT_EQ(formatShape({3}), "(3,)");
  EXPECT_EQ(formatShape({2, 0, 5}), "(2, 0, 5)");
}

TEST(NpyTest, VerifyArray) {
  Array array;
  array.dtype = DType::I16;
  array.shape = {2, 3};
  array.bytes.resize(12);
  EXPECT_FALSE(llvm::errorToBool(verifyArray(array, "a")));
  array.bytes.resize(11);
  EXPECT_EQ(llvm::toString(verifyArray(array, "a")),
            "a: array of shape (2, 3) and dtype int16 needs 12 bytes but "
            "has 11");
  array.shape = {-2, 3};
  EXPECT_EQ(llvm::toString(verifyArray(array, "a")),
            "a: invalid shape (-2, 3)");
}

//===----------------------------------------------------------------------===//
// Writing: byte-exact with numpy.save
//===----------------------------------------------------------------------===//

TEST(NpyTest, SerializeMatchesNumPy) {
  // np.save(f, np.zeros((3, 4), np.float32))
  Array array;
  array.dtype = DType::F32;
  array.shape = {3, 4};
  array.bytes.assign(48, 0);
  std::string expected = MagicText + std::string("\x01\x00\x76\x00", 4) +
                         "{'descr': '<f4', 'fortran_order': False, "
                         "'shape': (3, 4), }" +
                         std::string(58, ' ') + "\n" + std::string(48, '\0');
  EXPECT_EQ(serializeNpy(array), expected);

  // np.save(f, np.float64(1.5))
  Array scalar;
  scalar.dtype = DType::F64;
  scalar.shape = {};
  std::string data = leBytes<double>({1.5});
  scalar.bytes.assign(data.begin(), data.end());
  expected = MagicText + std::string("\x01\x00\x76\x00", 4) +
             "{'descr': '<f8', 'fortran_order': False, 'shape': (), }" +
             std::string(62, ' ') + "\n" + std::string("\0\0\0\0\0\0\xf8?", 8);
  EXPECT_EQ(serializeNpy(scalar), expected);
}

TEST(NpyTest, SerializeDescrs) {
  for (DType dtype : AllDTypes) {
    std::string file = serializeNpy(makeSeededArray(dtype, {2}, 1, 0));
    EXPECT_NE(file.find("'descr': '" + dtypeDescr(dtype).str() + "'"),
              std::string::npos)
        << file;
  }
  EXPECT_EQ(dtypeDescr(DType::I8), "|i1");
  EXPECT_EQ(dtypeDescr(DType::U8), "|u1");
  EXPECT_EQ(dtypeDescr(DType::Bool), "|b1");
  EXPECT_EQ(dtypeDescr(DType::I64), "<i8");
}

TEST(NpyTest, SerializeAlignsDataTo64) {
  // Header lengths that straddle alignment boundaries, including a rank
  // large enough to need several 64-byte blocks.
  for (size_t rank = 0; rank < 40; ++rank) {
    Shape shape(rank, 1);
    std::string file = serializeNpy(makeSeededArray(DType::I32, shape, 0, 0));
    size_t headerLength = uint8_t(file[8]) | uint8_t(file[9]) << 8;
    size_t dataStart = 10 + headerLength;
    EXPECT_EQ(dataStart % 64, 0u) << rank;
    EXPECT_EQ(file.size(), dataStart + 4) << rank;
    EXPECT_EQ(file[dataStart - 1], '\n');
    EXPECT_EQ(file[6], 1);
    EXPECT_EQ(file[7], 0);
  }
}

TEST(NpyTest, HugeHeaderUsesVersion2) {
  // 30000 dimensions do not fit a 65535-byte header; NumPy then writes 2.0.
  Shape shape(30000, 1);
  Array array = makeSeededArray(DType::U8, shape, 3, 0);
  std::string file = serializeNpy(array);
  EXPECT_EQ(file[6], 2);
  size_t headerLength = 0;
  for (int i = 3; i >= 0; --i)
    headerLength = headerLength << 8 | uint8_t(file[8 + i]);
  EXPECT_EQ((12 + headerLength) % 64, 0u);
  Array back = parseOk(file);
  EXPECT_EQ(back.shape, shape);
  EXPECT_EQ(back.bytes, array.bytes);
}

//===----------------------------------------------------------------------===//
// Round trips
//===----------------------------------------------------------------------===//

TEST(NpyTest, RoundTripEveryDTypeAndShape) {
  const Shape shapes[] = {{},     {0},       {1},          {7},      {2, 3},
                          {3, 0}, {2, 3, 4}, {1, 1, 1, 1}, {0, 5, 0}};
  for (DType dtype : AllDTypes) {
    for (const Shape &shape : shapes) {
      SCOPED_TRACE(dtypeName(dtype).str() + " " + formatShape(shape));
      Array array = makeSeededArray(dtype, shape, 1234, 2);
      Array back = parseOk(serializeNpy(array));
      EXPECT_EQ(back.dtype, dtype);
      EXPECT_EQ(back.shape, shape);
      EXPECT_EQ(back.bytes, array.bytes);
      EXPECT_EQ(back.numElements(), array.numElements());
    }
  }
}

TEST(NpyTest, RoundTripSpecialFloats) {
  Array array;
  array.dtype = DType::F64;
  array.shape = {5};
  std::string data = leBytes<double>(
      {-0.0, 1e308, -4.9e-324, std::numeric_limits<double>::infinity(),
       std::numeric_limits<double>::quiet_NaN()});
  array.bytes.assign(data.begin(), data.end());
  Array back = parseOk(serializeNpy(array));
  EXPECT_EQ(back.bytes, array.bytes);
}

TEST(NpyTest, WriteAndReadFile) {
  llvm::SmallString<128> dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("npytest", dir));
  llvm::SmallString<128> path(dir);
  llvm::sys::path::append(path, "a.npy");

  Array array = makeSeededArray(DType::F32, {4, 5}, 99, 1);
  ASSERT_FALSE(llvm::errorToBool(writeNpy(path, array)));
  llvm::Expected<Array> back = readNpy(path);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  EXPECT_EQ(back->dtype, DType::F32);
  EXPECT_EQ(back->shape, Shape({4, 5}));
  EXPECT_EQ(back->bytes, array.bytes);

  // An inconsistent array is refused and nothing is written.
  llvm::SmallString<128> badPath(dir);
  llvm::sys::path::append(badPath, "bad.npy");
  Array bad = array;
  bad.bytes.pop_back();
  EXPECT_EQ(llvm::toString(writeNpy(badPath, bad)),
            (badPath + ": array of shape (4, 5) and dtype float32 needs 80 "
                       "bytes but has 79")
                .str());
  EXPECT_FALSE(llvm::sys::fs::exists(badPath));

  // Writing into a missing directory names the path once, with the reason.
  llvm::SmallString<128> noDir(dir);
  llvm::sys::path::append(noDir, "missing", "c.npy");
  EXPECT_EQ(llvm::toString(writeNpy(noDir, array)),
            (noDir + ": cannot write file: No such file or directory").str());

  llvm::sys::fs::remove(path);
  llvm::sys::fs::remove(dir);
}

TEST(NpyTest, ReadMissingFileNamesPath) {
  llvm::Expected<Array> array = readNpy("/nonexistent/dir/input0.npy");
  ASSERT_FALSE(bool(array));
  std::string message = llvm::toString(array.takeError());
  EXPECT_TRUE(StringRef(message).starts_with(
      "/nonexistent/dir/input0.npy: cannot read file: "))
      << message;
}

//===----------------------------------------------------------------------===//
// Reading hand-made files
//===----------------------------------------------------------------------===//

TEST(NpyTest, ReadVersion1) {
  Array array = parseOk(
      npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
              leBytes<float>({1, 2, 3, 4, 5, 6.5f})));
  EXPECT_EQ(array.dtype, DType::F32);
  EXPECT_EQ(array.shape, Shape({2, 3}));
  EXPECT_EQ(elements<float>(array), std::vector<float>({1, 2, 3, 4, 5, 6.5f}));
}

TEST(NpyTest, ReadVersion2And3) {
  for (unsigned major : {2u, 3u}) {
    Array array = parseOk(npyFile(
        major, "{'descr': '<i2', 'fortran_order': False, 'shape': (3,), }",
        leBytes<int16_t>({-1, 300, 7})));
    EXPECT_EQ(array.dtype, DType::I16);
    EXPECT_EQ(array.shape, Shape({3}));
    EXPECT_EQ(elements<int16_t>(array), std::vector<int16_t>({-1, 300, 7}));
  }
}

TEST(NpyTest, ReadOldSixteenByteAlignment) {
  // NumPy before 1.14 aligned the data to 16 bytes only.
  std::string file =
      npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }",
              leBytes<int64_t>({INT64_MIN, INT64_MAX}), 16);
  Array array = parseOk(file);
  EXPECT_EQ(elements<int64_t>(array),
            std::vector<int64_t>({INT64_MIN, INT64_MAX}));
}

TEST(NpyTest, ReadEveryDescr) {
  struct Case {
    const char *descr;
    DType dtype;
  } cases[] = {{"<f4", DType::F32}, {"<f8", DType::F64},  {"|i1", DType::I8},
               {"<i2", DType::I16}, {"<i4", DType::I32},  {"<i8", DType::I64},
               {"|u1", DType::U8},  {"|b1", DType::Bool}, {"<i1", DType::I8},
               {">u1", DType::U8},  {"=b1", DType::Bool}, {"f8", DType::F64}};
  for (const Case &c : cases) {
    SCOPED_TRACE(c.descr);
    size_t size = dtypeSize(c.dtype);
    Array array = parseOk(npyFile(1,
                                  std::string("{'descr': '") + c.descr +
                                      "', 'fortran_order': False, "
                                      "'shape': (2,), }",
                                  std::string(2 * size, '\0')));
    EXPECT_EQ(array.dtype, c.dtype);
    EXPECT_EQ(array.bytes, std::vector<char>(2 * size, 0));
  }
}

TEST(NpyTest, ReadBigEndian) {
  Array ints = parseOk(
      npyFile(1, "{'descr': '>i4', 'fortran_order': False, 'shape': (2,), }",
              std::string("\x00\x00\x01\x02\xff\xff\xff\xfe", 8)));
  EXPECT_EQ(elements<int32_t>(ints), std::vector<int32_t>({258, -2}));

  Array shorts = parseOk(
      npyFile(1, "{'descr': '>i2', 'fortran_order': False, 'shape': (1,), }",
              std::string("\x80\x01", 2)));
  EXPECT_EQ(elements<int16_t>(shorts), std::vector<int16_t>({-32767}));

  // 1.5 as an IEEE double is 0x3FF8000000000000.
  Array doubles = parseOk(
      npyFile(1, "{'descr': '>f8', 'fortran_order': False, 'shape': (), }",
              std::string("\x3f\xf8\0\0\0\0\0\0", 8)));
  EXPECT_EQ(elements<double>(doubles), std::vector<double>({1.5}));

  // -2.0f is 0xC0000000.
  Array floats = parseOk(
      npyFile(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }",
              std::string("\xc0\0\0\0", 4)));
  EXPECT_EQ(elements<float>(floats), std::vector<float>({-2.0f}));

  Array longs = parseOk(
      npyFile(1, "{'descr': '>i8', 'fortran_order': False, 'shape': (1,), }",
              std::string("\x01\x02\x03\x04\x05\x06\x07\x08", 8)));
  EXPECT_EQ(elements<int64_t>(longs),
            std::vector<int64_t>({0x0102030405060708}));
}

TEST(NpyTest, ReadNativeByteOrder) {
  // '=' and a bare type code mean the host's order; '|' is treated as
  // native too, as numpy.dtype('|f4') is float32.
  for (const char *descr : {"=f4", "f4", "|f4"}) {
    SCOPED_TRACE(descr);
    float value = 3.25f;
    std::string data(reinterpret_cast<const char *>(&value), 4);
    Array array =
        parseOk(npyFile(1,
                        std::string("{'descr': '") + descr +
                            "', 'fortran_order': False, 'shape': (1,), }",
                        data));
    EXPECT_EQ(elements<float>(array), std::vector<float>({3.25f}));
  }
}

TEST(NpyTest, ReadFortranOrder2D) {
  // The C-order matrix [[1, 2, 3], [4, 5, 6]] stored column by column.
  Array array = parseOk(
      npyFile(1, "{'descr': '<i4', 'fortran_order': True, 'shape': (2, 3), }",
              leBytes<int32_t>({1, 4, 2, 5, 3, 6})));
  EXPECT_EQ(array.shape, Shape({2, 3}));
  EXPECT_EQ(elements<int32_t>(array), std::vector<int32_t>({1, 2, 3, 4, 5, 6}));
}

TEST(NpyTest, ReadFortranOrder3D) {
  // a[i][j][k] = 100 i + 10 j + k with shape (2, 3, 4). Fortran order
  // stores the first index fastest; C order the last.
  std::string data;
  for (int k = 0; k < 4; ++k)
    for (int j = 0; j < 3; ++j)
      for (int i = 0; i < 2; ++i)
        data += leBytes<int16_t>({int16_t(100 * i + 10 * j + k)});
  Array array = parseOk(npyFile(
      1, "{'descr': '<i2', 'fortran_order': True, 'shape': (2, 3, 4), }",
      data));
  std::vector<int16_t> expected;
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 3; ++j)
      for (int k = 0; k < 4; ++k)
        expected.push_back(100 * i + 10 * j + k);
  EXPECT_EQ(elements<int16_t>(array), expected);
}

TEST(NpyTest, ReadFortranOrderBigEndian) {
  // Transposition and byte swapping combined: [[1, 2], [3, 4]].
  Array array = parseOk(
      npyFile(1, "{'descr': '>i2', 'fortran_order': True, 'shape': (2, 2), }",
              std::string("\0\x01\0\x03\0\x02\0\x04", 8)));
  EXPECT_EQ(elements<int16_t>(array), std::vector<int16_t>({1, 2, 3, 4}));
}

TEST(NpyTest, ReadFortranOrderDegenerate) {
  // Rank 0 and 1 and empty arrays are the same in both orders.
  Array vector = parseOk(
      npyFile(1, "{'descr': '|u1', 'fortran_order': True, 'shape': (3,), }",
              "\x01\x02\x03"));
  EXPECT_EQ(vector.bytes, std::vector<char>({1, 2, 3}));
  Array empty = parseOk(npyFile(
      1, "{'descr': '<f8', 'fortran_order': True, 'shape': (0, 3), }", ""));
  EXPECT_EQ(empty.shape, Shape({0, 3}));
  EXPECT_TRUE(empty.bytes.empty());
  Array scalar = parseOk(npyFile(
      1, "{'descr': '|i1', 'fortran_order': True, 'shape': (), }", "\x7f"));
  EXPECT_EQ(scalar.bytes, std::vector<char>({0x7f}));
}

TEST(NpyTest, ReadScalarAndEmptyShapes) {
  Array scalar = parseOk(
      npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (), }",
              leBytes<int64_t>({-42})));
  EXPECT_TRUE(scalar.shape.empty());
  EXPECT_EQ(scalar.numElements(), 1);
  EXPECT_EQ(elements<int64_t>(scalar), std::vector<int64_t>({-42}));

  Array empty = parseOk(npyFile(
      1, "{'descr': '<f4', 'fortran_order': False, 'shape': (4, 0, 2), }", ""));
  EXPECT_EQ(empty.shape, Shape({4, 0, 2}));
  EXPECT_EQ(empty.numElements(), 0);
  EXPECT_TRUE(empty.bytes.empty());
}

TEST(NpyTest, ReadFlexibleHeaderSyntax) {
  // Any key order, double quotes, odd whitespace, trailing commas in the
  // dict and the tuple, Python 2 long suffixes.
  const char *dicts[] = {
      "{'shape': (2, 3), 'fortran_order': False, 'descr': '<i4'}",
      "  {\n\t\"descr\" :'<i4' ,'shape':(2,3,),\r\n'fortran_order':False,}",
      "{'fortran_order': False, 'shape': (2L, 3L), 'descr': '<i4', }",
      "{'descr':'<i4','fortran_order':False,'shape':(+2,3)}",
  };
  for (const char *dict : dicts) {
    SCOPED_TRACE(dict);
    Array array =
        parseOk(npyFile(1, dict, leBytes<int32_t>({1, 2, 3, 4, 5, 6})));
    EXPECT_EQ(array.dtype, DType::I32);
    EXPECT_EQ(array.shape, Shape({2, 3}));
    EXPECT_EQ(elements<int32_t>(array),
              std::vector<int32_t>({1, 2, 3, 4, 5, 6}));
  }
}

TEST(NpyTest, ReadNormalizesBools) {
  Array array = parseOk(
      npyFile(1, "{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }",
              std::string("\x00\x01\x02\xff", 4)));
  EXPECT_EQ(array.bytes, std::vector<char>({0, 1, 1, 1}));
}

//===----------------------------------------------------------------------===//
// Malformed files
//===----------------------------------------------------------------------===//

std::string withDict(StringRef dict, StringRef data = "") {
  return npyFile(1, dict, data);
}

const char *const Tail = "'fortran_order': False, 'shape': (2,), }";

TEST(NpyTest, ErrorBadMagic) {
  EXPECT_EQ(errorOf("PK\x03\x04 this is a zip file"),
            "bad.npy: not a .npy file (bad magic string)");
  EXPECT_EQ(errorOf("\x93NUMPX\x01\x00"),
            "bad.npy: not a .npy file (bad magic string)");
}

TEST(NpyTest, ErrorTruncatedPrefix) {
  EXPECT_EQ(errorOf(""), "bad.npy: truncated file: only 0 bytes");
  EXPECT_EQ(errorOf("\x93NUM"), "bad.npy: truncated file: only 4 bytes");
  EXPECT_EQ(errorOf(MagicText), "bad.npy: truncated file: no format version");
  EXPECT_EQ(errorOf(MagicText + "\x01"),
            "bad.npy: truncated file: no format version");
  EXPECT_EQ(errorOf(MagicText + std::string("\x01\x00\x10", 3)),
            "bad.npy: truncated header: no header length");
  EXPECT_EQ(errorOf(MagicText + std::string("\x02\x00\x10\x00\x00", 5)),
            "bad.npy: truncated header: no header length");
}

TEST(NpyTest, ErrorUnsupportedVersion) {
  EXPECT_EQ(errorOf(MagicText + std::string("\x04\x00\x00\x00", 4)),
            "bad.npy: unsupported .npy format version 4.0");
  EXPECT_EQ(errorOf(MagicText + std::string("\x01\x01\x00\x00", 4)),
            "bad.npy: unsupported .npy format version 1.1");
  EXPECT_EQ(errorOf(MagicText + std::string("\x00\x00\x00\x00", 4)),
            "bad.npy: unsupported .npy format version 0.0");
}

TEST(NpyTest, ErrorTruncatedHeader) {
  std::string file =
      withDict(std::string("{'descr': '<f4', ") + Tail, leBytes<float>({1, 2}));
  // Cut inside the header.
  EXPECT_EQ(errorOf(StringRef(file).take_front(50)),
            "bad.npy: truncated header: header length is 118 bytes but only "
            "40 bytes follow");
  // A v2 length field claiming 4 GiB.
  EXPECT_EQ(errorOf(MagicText + std::string("\x02\x00\xff\xff\xff\xff{}", 8)),
            "bad.npy: truncated header: header length is 4294967295 bytes "
            "but only 2 bytes follow");
}

TEST(NpyTest, ErrorHeaderNotADict) {
  EXPECT_EQ(errorOf(withDict("['descr', '<f4']")),
            "bad.npy: header is not a dict");
  EXPECT_EQ(errorOf(withDict("42")), "bad.npy: header is not a dict");
  EXPECT_EQ(errorOf(withDict("")),
            "bad.npy: malformed header: expected a value but found end of "
            "header at header offset 54");
}

TEST(NpyTest, ErrorMissingKeys) {
  EXPECT_EQ(errorOf(withDict("{'fortran_order': False, 'shape': (2,)}")),
            "bad.npy: header has no 'descr' key");
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4', 'shape': (2,)}")),
            "bad.npy: header has no 'fortran_order' key");
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4', 'fortran_order': False}")),
            "bad.npy: header has no 'shape' key");
  EXPECT_EQ(errorOf(withDict("{}")), "bad.npy: header has no 'descr' key");
}

TEST(NpyTest, ErrorBadKeys) {
  EXPECT_EQ(
      errorOf(withDict(std::string("{'descr': '<f4', 'extra': 1, ") + Tail)),
      "bad.npy: unexpected key 'extra' in header");
  EXPECT_EQ(errorOf(withDict(std::string("{'descr': '<f4', 'descr': '<f4', ") +
                             Tail)),
            "bad.npy: duplicate key 'descr' in header");
  EXPECT_EQ(errorOf(withDict(std::string("{1: '<f4', ") + Tail)),
            "bad.npy: header dict has a non-string key");
}

TEST(NpyTest, ErrorUnsupportedDTypes) {
  const char *const supported =
      " (supported: float32, float64, int8, int16, int32, int64, uint8, "
      "bool)";
  for (const char *descr :
       {"<c8", "|O", "<U5", "|S3", "<f2", "<u4", "<i16", "", "<", "x"}) {
    SCOPED_TRACE(descr);
    EXPECT_EQ(
        errorOf(withDict(std::string("{'descr': '") + descr + "', " + Tail)),
        std::string("bad.npy: unsupported dtype '") + descr + "'" + supported);
  }
  // Unprintable bytes are escaped in the message.
  EXPECT_EQ(errorOf(withDict(std::string("{'descr': '<\x01\xff', ") + Tail)),
            std::string("bad.npy: unsupported dtype '<\\01\\FF'") + supported);
  EXPECT_EQ(errorOf(withDict(std::string("{'descr': [('a', '<f4')], ") + Tail)),
            "bad.npy: unsupported dtype: structured dtypes are not "
            "supported");
  EXPECT_EQ(errorOf(withDict(std::string("{'descr': 4, ") + Tail)),
            "bad.npy: 'descr' is not a string");
}

TEST(NpyTest, ErrorBadFortranOrder) {
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4', 'fortran_order': 0, "
                             "'shape': (2,)}")),
            "bad.npy: 'fortran_order' is not True or False");
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4', 'fortran_order': None, "
                             "'shape': (2,)}")),
            "bad.npy: 'fortran_order' is not True or False");
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4', 'fortran_order': true, "
                             "'shape': (2,)}")),
            "bad.npy: malformed header: unexpected name 'true' at header "
            "offset 34");
}

TEST(NpyTest, ErrorBadShapes) {
  auto withShape = [](StringRef shape) {
    return withDict(
        ("{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + "}")
            .str());
  };
  EXPECT_EQ(errorOf(withShape("(3, -2)")),
            "bad.npy: negative dimension -2 in shape");
  // "(3)" is the integer 3 in Python, not a tuple.
  EXPECT_EQ(errorOf(withShape("(3)")), "bad.npy: 'shape' is not a tuple");
  EXPECT_EQ(errorOf(withShape("[3]")), "bad.npy: 'shape' is not a tuple");
  EXPECT_EQ(errorOf(withShape("3")), "bad.npy: 'shape' is not a tuple");
  EXPECT_EQ(errorOf(withShape("(3, 'a')")),
            "bad.npy: 'shape' contains a non-integer");
  EXPECT_EQ(errorOf(withShape("(3, (2,))")),
            "bad.npy: 'shape' contains a non-integer");
  EXPECT_EQ(errorOf(withShape("(4294967296, 4294967296)")),
            "bad.npy: shape (4294967296, 4294967296) is too large");
  EXPECT_EQ(errorOf(withShape("(99999999999999999999,)")),
            "bad.npy: malformed header: integer too large at header offset "
            "51");
  EXPECT_EQ(errorOf(withShape("(-9223372036854775808,)")),
            "bad.npy: negative dimension -9223372036854775808 in shape");
  EXPECT_EQ(errorOf(withShape("(9223372036854775808,)")),
            "bad.npy: malformed header: integer too large at header offset "
            "51");
}

TEST(NpyTest, ErrorHeaderSyntax) {
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4")),
            "bad.npy: malformed header: unterminated string at header offset "
            "53");
  EXPECT_EQ(errorOf(withDict("{'descr' '<f4'}")),
            "bad.npy: malformed header: expected ':' but found ''' at header "
            "offset 9");
  EXPECT_EQ(errorOf(withDict("{'descr': '<f4' 'shape': (2,)}")),
            "bad.npy: malformed header: expected ',' or '}' but found ''' at "
            "header offset 16");
  EXPECT_EQ(errorOf(withDict("{'descr': '<\\x66\\x34'}")),
            "bad.npy: malformed header: escape sequences in strings are not "
            "supported at header offset 12");
  EXPECT_EQ(errorOf(withDict("{'shape': (2 3)}")),
            "bad.npy: malformed header: expected ',' or ')' but found '3' at "
            "header offset 13");
  EXPECT_EQ(errorOf(withDict("{} {}")),
            "bad.npy: malformed header: unexpected '{' after the dict at "
            "header offset 3");
  EXPECT_EQ(errorOf(withDict("{'shape': -}")),
            "bad.npy: malformed header: expected a digit but found '}' at "
            "header offset 11");
  EXPECT_EQ(errorOf(withDict("{'shape': @}")),
            "bad.npy: malformed header: expected a value but found '@' at "
            "header offset 10");
  // Deep nesting is refused rather than recursing without bound.
  std::string deep = "{'shape': " + std::string(10000, '(') + "}";
  std::string message = errorOf(withDict(deep));
  EXPECT_TRUE(StringRef(message).starts_with(
      "bad.npy: malformed header: nesting deeper than 32"))
      << message;
}

TEST(NpyTest, ErrorDataSize) {
  std::string dict = "{'descr': '<f4', 'fortran_order': False, "
                     "'shape': (2, 3), }";
  EXPECT_EQ(errorOf(withDict(dict, std::string(20, '\0'))),
            "bad.npy: data is too short: shape (2, 3) of float32 needs 24 "
            "bytes but the file has 20 bytes of data");
  EXPECT_EQ(errorOf(withDict(dict, std::string(25, '\0'))),
            "bad.npy: data is too long: shape (2, 3) of float32 needs 24 "
            "bytes but the file has 25 bytes of data");
  EXPECT_EQ(errorOf(withDict(dict)),
            "bad.npy: data is too short: shape (2, 3) of float32 needs 24 "
            "bytes but the file has 0 bytes of data");
  // A huge but representable shape against a tiny file.
  EXPECT_EQ(errorOf(withDict("{'descr': '<f8', 'fortran_order': False, "
                             "'shape': (1099511627776, 1024), }")),
            "bad.npy: data is too short: shape (1099511627776, 1024) of "
            "float64 needs 9007199254740992 bytes but the file has 0 bytes "
            "of data");
}

//===----------------------------------------------------------------------===//
// Robustness: every truncation and many corruptions fail cleanly
//===----------------------------------------------------------------------===//

TEST(NpyTest, EveryTruncationFailsCleanly) {
  std::string file = serializeNpy(makeSeededArray(DType::I16, {3, 5}, 7, 0));
  for (size_t size = 0; size < file.size(); ++size) {
    llvm::Expected<Array> array =
        parseNpy(StringRef(file).take_front(size), "t");
    EXPECT_FALSE(bool(array)) << size;
    llvm::consumeError(array.takeError());
  }
}

TEST(NpyTest, CorruptedBytesNeverCrash) {
  // Deterministic single- and multi-byte corruptions of a valid file; each
  // must either parse to a consistent array or fail with a message. Run
  // under a sanitizer this also checks for out-of-bounds reads.
  std::string file = serializeNpy(makeSeededArray(DType::F32, {2, 3}, 5, 0));
  SplitMix64 random(2024);
  const char interesting[] = {'(', ')', '{', '}', ',',  '\'',   '-', '9',
                              'T', '>', '<', ' ', '\0', '\xff', '2', '3'};
  for (int trial = 0; trial < 20000; ++trial) {
    std::string copy = file;
    int edits = 1 + random.next() % 3;
    for (int e = 0; e < edits; ++e) {
      size_t at = random.next() % copy.size();
      uint64_t what = random.next();
      if (what % 2)
        copy[at] = interesting[(what >> 8) % sizeof(interesting)];
      else
        copy[at] = char(what >> 16);
    }
    llvm::Expected<Array> array = parseNpy(copy, "fuzz");
    if (array) {
      EXPECT_FALSE(llvm::errorToBool(verifyArray(*array, "fuzz")));
    } else {
      std::string message = llvm::toString(array.takeError());
      EXPECT_TRUE(StringRef(message).starts_with("fuzz: ")) << message;
    }
  }
}

} // namespace
