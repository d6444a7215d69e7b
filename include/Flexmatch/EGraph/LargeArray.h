//===- LargeArray.h - Growable array for the e-graph's big tables -*- C++ -*-===//
//
// A std::vector-like array of trivially copyable elements for the e-graph's
// per-node and per-id tables, which reach hundreds of megabytes in total.
// On Linux, blocks of LargeThreshold bytes and more are mapped directly:
//
//  * growth uses mremap, which moves page mappings instead of copying, so a
//    table never needs its old and new copies resident at once (a vector
//    doubling from 2 to 4 units briefly needs 6);
//  * growth is by 1.5x: the unused tail is not resident, but address space
//    and the 2 MiB granularity of huge pages are;
//  * freed blocks go straight back to the system. Through malloc they may
//    not: glibc raises its mmap threshold after freeing a large block, after
//    which blocks up to 32 MiB come from the heap and, once freed, stay
//    resident in the middle of it;
//  * the mapping is marked for transparent huge pages: these tables are
//    read at random positions, and with 4 KiB pages most reads would also
//    miss the TLB.
//
// Smaller blocks, and all blocks on other systems, use malloc/realloc.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_LARGEARRAY_H
#define FLEXMATCH_EGRAPH_LARGEARRAY_H

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace flexmatch::egraph {

namespace detail {
/// Allocates \p bytes (mapped if large); aborts on failure.
void *largeAllocate(size_t bytes);
/// Resizes a block from largeAllocate, keeping the first min(old, new)
/// bytes.
void *largeReallocate(void *block, size_t oldBytes, size_t newBytes);
void largeFree(void *block, size_t bytes);
} // namespace detail

template <typename T> class LargeArray {
  static_assert(std::is_trivially_copyable_v<T>,
                "elements are moved with memcpy/mremap");

public:
  using value_type = T;
  using iterator = T *;
  using const_iterator = const T *;

  LargeArray() = default;
  LargeArray(size_t count, const T &value) { assign(count, value); }
  LargeArray(const LargeArray &) = delete;
  LargeArray &operator=(const LargeArray &) = delete;
  LargeArray(LargeArray &&other) noexcept { swap(other); }
  LargeArray &operator=(LargeArray &&other) noexcept {
    if (this != &other) {
      release();
      swap(other);
    }
    return *this;
  }
  ~LargeArray() { release(); }

  void swap(LargeArray &other) noexcept {
    std::swap(Data, other.Data);
    std::swap(Size, other.Size);
    std::swap(Capacity, other.Capacity);
  }

  size_t size() const { return Size; }
  bool empty() const { return Size == 0; }
  size_t capacity() const { return Capacity; }
  /// Bytes reserved (not necessarily resident).
  size_t memoryUsage() const { return Capacity * sizeof(T); }

  T *data() { return Data; }
  const T *data() const { return Data; }
  T &operator[](size_t index) {
    assert(index < Size && "index out of range");
    return Data[index];
  }
  const T &operator[](size_t index) const {
    assert(index < Size && "index out of range");
    return Data[index];
  }
  T &back() { return (*this)[Size - 1]; }
  const T &back() const { return (*this)[Size - 1]; }
  T *begin() { return Data; }
  T *end() { return Data + Size; }
  const T *begin() const { return Data; }
  const T *end() const { return Data + Size; }

  void push_back(const T &value) {
    if (Size == Capacity)
      grow(Size + 1);
    Data[Size++] = value;
  }
  template <typename It> void append(It first, It last) {
    size_t count = std::distance(first, last);
    if (Size + count > Capacity)
      grow(Size + count);
    std::copy(first, last, Data + Size);
    Size += count;
  }
  /// Resizes; new elements are value-initialized.
  void resize(size_t count) {
    if (count > Capacity)
      reallocate(count);
    if (count > Size)
      std::fill(Data + Size, Data + count, T());
    Size = count;
  }
  /// Replaces the contents with \p count copies of \p value, reserving
  /// exactly \p count elements if more room is needed.
  void assign(size_t count, const T &value) {
    Size = 0;
    if (count > Capacity)
      reallocate(count);
    std::fill(Data, Data + count, value);
    Size = count;
  }
  void reserve(size_t count) {
    if (count > Capacity)
      reallocate(count);
  }
  /// Empties the array, keeping its memory.
  void clear() { Size = 0; }
  /// Empties the array and frees its memory.
  void release() {
    if (Data)
      detail::largeFree(Data, Capacity * sizeof(T));
    Data = nullptr;
    Size = Capacity = 0;
  }

private:
  void grow(size_t needed) {
    reallocate(std::max({needed, Capacity + Capacity / 2, size_t(16)}));
  }
  void reallocate(size_t count) {
    Data = static_cast<T *>(
        Data ? detail::largeReallocate(Data, Capacity * sizeof(T),
                                       count * sizeof(T))
             : detail::largeAllocate(count * sizeof(T)));
    Capacity = count;
  }

  T *Data = nullptr;
  size_t Size = 0;
  size_t Capacity = 0;
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_LARGEARRAY_H
