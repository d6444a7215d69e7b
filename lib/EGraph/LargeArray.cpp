//===- LargeArray.cpp - Memory blocks for LargeArray ----------------------===//
//
// A block is mapped directly iff its size is at least LargeThreshold, so
// its size alone tells how it was allocated.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/EGraph/LargeArray.h"

#include "llvm/Support/ErrorHandling.h"

#if defined(__linux__)
#include <sys/mman.h>
#define FLEXMATCH_LARGE_ARRAY_MMAP 1
#endif

using namespace flexmatch::egraph;

namespace {
#if FLEXMATCH_LARGE_ARRAY_MMAP
/// Below this, malloc is fine: the block is small next to the heap.
constexpr size_t LargeThreshold = size_t(1) << 20;
constexpr size_t PageSize = 4096;

size_t pageRound(size_t bytes) { return (bytes + PageSize - 1) & ~(PageSize - 1); }
bool isMapped(size_t bytes) { return bytes >= LargeThreshold; }

void adviseHugePages(void *block, size_t bytes) {
#if defined(MADV_HUGEPAGE)
  // Advisory only; failure just means ordinary pages.
  (void)madvise(block, pageRound(bytes), MADV_HUGEPAGE);
#endif
}

void *mapBlock(size_t bytes) {
  void *block = mmap(nullptr, pageRound(bytes), PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (block == MAP_FAILED)
    llvm::report_bad_alloc_error("LargeArray: mmap failed");
  adviseHugePages(block, bytes);
  return block;
}
#endif

void *checked(void *block) {
  if (!block)
    llvm::report_bad_alloc_error("LargeArray: out of memory");
  return block;
}
} // namespace

void *detail::largeAllocate(size_t bytes) {
#if FLEXMATCH_LARGE_ARRAY_MMAP
  if (isMapped(bytes))
    return mapBlock(bytes);
#endif
  return checked(std::malloc(bytes ? bytes : 1));
}

void *detail::largeReallocate(void *block, size_t oldBytes, size_t newBytes) {
#if FLEXMATCH_LARGE_ARRAY_MMAP
  if (isMapped(oldBytes) && isMapped(newBytes)) {
    void *moved = mremap(block, pageRound(oldBytes), pageRound(newBytes),
                         MREMAP_MAYMOVE);
    if (moved == MAP_FAILED)
      llvm::report_bad_alloc_error("LargeArray: mremap failed");
    if (newBytes > oldBytes)
      adviseHugePages(moved, newBytes);
    return moved;
  }
  if (isMapped(oldBytes) || isMapped(newBytes)) {
    void *fresh = largeAllocate(newBytes);
    std::memcpy(fresh, block, std::min(oldBytes, newBytes));
    largeFree(block, oldBytes);
    return fresh;
  }
#else
  (void)oldBytes;
#endif
  return checked(std::realloc(block, newBytes ? newBytes : 1));
}

void detail::largeFree(void *block, size_t bytes) {
#if FLEXMATCH_LARGE_ARRAY_MMAP
  if (isMapped(bytes)) {
    munmap(block, pageRound(bytes));
    return;
  }
#else
  (void)bytes;
#endif
  std::free(block);
}
