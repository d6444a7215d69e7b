//===- HugePageAllocator.h - Allocator for large random-access arrays -*- C++
//-*-===//
//
// The hashcons is probed at random positions across tens of megabytes; with
// 4 KiB pages nearly every probe also misses the TLB. This allocator backs
// large allocations with 2 MiB-aligned memory and asks Linux for transparent
// huge pages before the memory is first touched. Small allocations use the
// ordinary heap. On other systems it is a plain aligned allocator.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_EGRAPH_HUGEPAGEALLOCATOR_H
#define FLEXMATCH_EGRAPH_HUGEPAGEALLOCATOR_H

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace flexmatch::egraph {

template <typename T> class HugePageAllocator {
public:
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U> HugePageAllocator(const HugePageAllocator<U> &) {}

  T *allocate(size_t count) {
    size_t bytes = count * sizeof(T);
    if (bytes < Threshold)
      return static_cast<T *>(
          ::operator new(bytes, std::align_val_t(alignof(T))));
    size_t rounded = (bytes + HugePage - 1) & ~(HugePage - 1);
    void *memory = std::aligned_alloc(HugePage, rounded);
    if (!memory)
      throwOrAbort();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Advisory only; failure just means ordinary pages.
    (void)madvise(memory, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<T *>(memory);
  }

  void deallocate(T *pointer, size_t count) {
    if (count * sizeof(T) < Threshold)
      ::operator delete(pointer, std::align_val_t(alignof(T)));
    else
      std::free(pointer);
  }

  friend bool operator==(const HugePageAllocator &, const HugePageAllocator &) {
    return true;
  }
  friend bool operator!=(const HugePageAllocator &, const HugePageAllocator &) {
    return false;
  }

private:
  static constexpr size_t HugePage = size_t(2) << 20;
  /// Below this size huge pages would waste more than they save.
  static constexpr size_t Threshold = size_t(4) << 20;

  [[noreturn]] static void throwOrAbort() {
#if defined(__cpp_exceptions)
    throw std::bad_alloc();
#else
    std::abort();
#endif
  }
};

} // namespace flexmatch::egraph

#endif // FLEXMATCH_EGRAPH_HUGEPAGEALLOCATOR_H
