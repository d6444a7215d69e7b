//===- SeededDataTest.cpp - Reproducible input data -----------------------===//
//
// The expected values are computed here from the documented definition
// (an independent SplitMix64 and the documented mappings) and also pinned
// as literal constants, so any change to the generated data - on any
// platform - fails a test.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Support/SeededData.h"

#include "gtest/gtest.h"

#include <cstring>
#include <set>

using namespace flexmatch;
using namespace flexmatch::npy;

namespace {

/// Reference SplitMix64, written out separately from the library's.
uint64_t referenceSplitMix(uint64_t &state) {
  state += 0x9E3779B97F4A7C15ull;
  uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// The first \p count raw draws for argument \p argIndex, by the documented
/// recipe: the stream state is the (argIndex+1)-th output of SplitMix64
/// started at the seed.
std::vector<uint64_t> referenceDraws(uint64_t seed, unsigned argIndex,
                                     size_t count) {
  uint64_t master = seed;
  uint64_t streamState = 0;
  for (unsigned i = 0; i <= argIndex; ++i)
    streamState = referenceSplitMix(master);
  std::vector<uint64_t> draws;
  for (size_t i = 0; i < count; ++i)
    draws.push_back(referenceSplitMix(streamState));
  return draws;
}

template <typename T> std::vector<T> elements(const Array &array) {
  std::vector<T> out(array.bytes.size() / sizeof(T));
  if (!out.empty())
    std::memcpy(out.data(), array.bytes.data(), array.bytes.size());
  return out;
}

TEST(SeededDataTest, SplitMix64KnownAnswers) {
  // The reference implementation's outputs for state 0.
  SplitMix64 generator(0);
  EXPECT_EQ(generator.next(), 0xE220A8397B1DCDAFull);
  EXPECT_EQ(generator.next(), 0x6E789E6AA1B965F4ull);
  EXPECT_EQ(generator.next(), 0x06C45D188009454Full);
}

TEST(SeededDataTest, StreamStateSkipsAhead) {
  for (uint64_t seed : {0ull, 42ull, ~0ull}) {
    uint64_t master = seed;
    for (unsigned argIndex = 0; argIndex < 20; ++argIndex)
      EXPECT_EQ(seededStreamState(seed, argIndex), referenceSplitMix(master))
          << seed << " " << argIndex;
  }
}

TEST(SeededDataTest, PinnedRawDraws) {
  EXPECT_EQ(referenceDraws(42, 0, 3),
            std::vector<uint64_t>({0x57E1FABA65107204ull, 0xF4ABD143FEB24055ull,
                                   0x7C816738C12903B2ull}));
  EXPECT_EQ(referenceDraws(42, 1, 3),
            std::vector<uint64_t>({0xFC991BCA1A1AA1AEull, 0x4F0482A72B57EE7Dull,
                                   0x81BA563D55228AB4ull}));
}

TEST(SeededDataTest, Float32Values) {
  Array array = makeSeededArray(DType::F32, {2, 3}, 42, 0);
  ASSERT_EQ(array.bytes.size(), 24u);
  std::vector<float> values = elements<float>(array);
  std::vector<uint64_t> draws = referenceDraws(42, 0, 6);
  for (size_t i = 0; i < 6; ++i)
    EXPECT_EQ(values[i], float(double(draws[i] >> 40) / (1 << 23) - 1.0)) << i;
  // Pinned: (x >> 40) * 2^-23 - 1 for the draws above.
  EXPECT_EQ(values[0], float(0x57E1FA) / (1 << 23) - 1.0f);
  EXPECT_EQ(values[0], -0.3134162425994873f);
  EXPECT_EQ(values[1], 0.9114934206008911f);
  EXPECT_EQ(values[2], -0.02730095386505127f);
}

TEST(SeededDataTest, Float64Values) {
  Array array = makeSeededArray(DType::F64, {4}, 42, 1);
  std::vector<double> values = elements<double>(array);
  std::vector<uint64_t> draws = referenceDraws(42, 1, 4);
  for (size_t i = 0; i < 4; ++i)
    EXPECT_EQ(values[i], double(draws[i] >> 11) / double(1ull << 52) - 1.0)
        << i;
  EXPECT_EQ(values[0], 0x1.f2646f28686a8p-1);
  EXPECT_EQ(values[1], -0x1.87dbeac6a540cp-2);
  EXPECT_EQ(values[2], 0x1.ba563d5522880p-7);
}

TEST(SeededDataTest, IntegerValues) {
  std::vector<uint64_t> draws = referenceDraws(42, 0, 6);
  std::vector<int64_t> expected;
  for (uint64_t x : draws)
    expected.push_back(int64_t(x >> 60) - 8);
  EXPECT_EQ(expected, std::vector<int64_t>({-3, 7, -1, -7, 2, -7}));

  EXPECT_EQ(elements<int64_t>(makeSeededArray(DType::I64, {6}, 42, 0)),
            expected);
  std::vector<int32_t> i32 =
      elements<int32_t>(makeSeededArray(DType::I32, {6}, 42, 0));
  std::vector<int16_t> i16 =
      elements<int16_t>(makeSeededArray(DType::I16, {6}, 42, 0));
  std::vector<int8_t> i8 =
      elements<int8_t>(makeSeededArray(DType::I8, {6}, 42, 0));
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(i32[i], expected[i]);
    EXPECT_EQ(i16[i], expected[i]);
    EXPECT_EQ(i8[i], expected[i]);
  }

  EXPECT_EQ(elements<uint8_t>(makeSeededArray(DType::U8, {6}, 42, 0)),
            std::vector<uint8_t>({5, 15, 7, 1, 10, 1}));
  EXPECT_EQ(elements<uint8_t>(makeSeededArray(DType::Bool, {6}, 42, 0)),
            std::vector<uint8_t>({0, 1, 0, 0, 1, 0}));
  EXPECT_EQ(elements<uint8_t>(makeSeededArray(DType::Bool, {6}, 42, 1)),
            std::vector<uint8_t>({1, 0, 1, 1, 1, 0}));
}

TEST(SeededDataTest, Ranges) {
  const int64_t n = 4096;
  for (uint64_t seed : {0ull, 1ull, 0xDEADBEEFull}) {
    for (float v : elements<float>(makeSeededArray(DType::F32, {n}, seed, 0))) {
      EXPECT_GE(v, -1.0f);
      EXPECT_LT(v, 1.0f);
    }
    for (double v :
         elements<double>(makeSeededArray(DType::F64, {n}, seed, 0))) {
      EXPECT_GE(v, -1.0);
      EXPECT_LT(v, 1.0);
    }
    std::set<int64_t> seen;
    for (int8_t v : elements<int8_t>(makeSeededArray(DType::I8, {n}, seed, 0)))
      seen.insert(v);
    for (int16_t v :
         elements<int16_t>(makeSeededArray(DType::I16, {n}, seed, 0)))
      seen.insert(v);
    for (int32_t v :
         elements<int32_t>(makeSeededArray(DType::I32, {n}, seed, 0)))
      seen.insert(v);
    for (int64_t v :
         elements<int64_t>(makeSeededArray(DType::I64, {n}, seed, 0)))
      seen.insert(v);
    // All 16 values of [-8, 8) occur, and nothing else.
    EXPECT_EQ(seen.size(), 16u);
    EXPECT_EQ(*seen.begin(), -8);
    EXPECT_EQ(*seen.rbegin(), 7);

    std::set<uint8_t> bytes;
    for (uint8_t v :
         elements<uint8_t>(makeSeededArray(DType::U8, {n}, seed, 0)))
      bytes.insert(v);
    EXPECT_EQ(bytes.size(), 16u);
    EXPECT_EQ(*bytes.rbegin(), 15);

    std::set<uint8_t> bools;
    for (uint8_t v :
         elements<uint8_t>(makeSeededArray(DType::Bool, {n}, seed, 0)))
      bools.insert(v);
    EXPECT_EQ(bools, std::set<uint8_t>({0, 1}));
  }
}

TEST(SeededDataTest, FloatsLookUniform) {
  // A coarse sanity check of the mapping: the mean of many values is near
  // 0 and both halves of the range are hit about equally.
  std::vector<float> values =
      elements<float>(makeSeededArray(DType::F32, {10000}, 7, 3));
  double sum = 0;
  int negative = 0;
  for (float v : values) {
    sum += v;
    negative += v < 0;
  }
  EXPECT_NEAR(sum / values.size(), 0.0, 0.05);
  EXPECT_NEAR(negative, 5000, 300);
}

TEST(SeededDataTest, SameSeedSameData) {
  for (DType dtype : AllDTypes) {
    Array a = makeSeededArray(dtype, {3, 7}, 123, 4);
    Array b = makeSeededArray(dtype, {3, 7}, 123, 4);
    EXPECT_EQ(a.bytes, b.bytes) << dtypeName(dtype).str();
  }
}

TEST(SeededDataTest, DifferentArgumentOrSeedDifferentData) {
  for (DType dtype : AllDTypes) {
    Array arg0 = makeSeededArray(dtype, {64}, 123, 0);
    Array arg1 = makeSeededArray(dtype, {64}, 123, 1);
    Array otherSeed = makeSeededArray(dtype, {64}, 124, 0);
    EXPECT_NE(arg0.bytes, arg1.bytes) << dtypeName(dtype).str();
    EXPECT_NE(arg0.bytes, otherSeed.bytes) << dtypeName(dtype).str();
  }
}

TEST(SeededDataTest, ValuesDependOnlyOnFlatIndex) {
  // Element i is the i-th draw whatever the shape, so reshaping keeps the
  // data, and a prefix of a longer array is a shorter array.
  Array flat = makeSeededArray(DType::I32, {24}, 9, 2);
  Array cube = makeSeededArray(DType::I32, {2, 3, 4}, 9, 2);
  Array prefix = makeSeededArray(DType::I32, {5}, 9, 2);
  EXPECT_EQ(flat.bytes, cube.bytes);
  EXPECT_TRUE(
      std::equal(prefix.bytes.begin(), prefix.bytes.end(), flat.bytes.begin()));
}

TEST(SeededDataTest, ScalarAndEmptyShapes) {
  Array scalar = makeSeededArray(DType::F64, {}, 42, 1);
  EXPECT_TRUE(scalar.shape.empty());
  ASSERT_EQ(scalar.bytes.size(), 8u);
  EXPECT_EQ(elements<double>(scalar)[0], 0x1.f2646f28686a8p-1);

  Array empty = makeSeededArray(DType::I16, {3, 0}, 42, 0);
  EXPECT_EQ(empty.shape, llvm::SmallVector<int64_t>({3, 0}));
  EXPECT_TRUE(empty.bytes.empty());
}

TEST(SeededDataTest, FillSeededOverwrites) {
  Array array;
  array.dtype = DType::U8;
  array.shape = {6};
  array.bytes.assign(6, char(0xAA));
  fillSeeded(array, 42, 0);
  EXPECT_EQ(elements<uint8_t>(array),
            std::vector<uint8_t>({5, 15, 7, 1, 10, 1}));
}

} // namespace
