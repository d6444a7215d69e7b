# add_flexmatch_llvm_library(name sources...): a static library that
# depends on LLVM Support only (no MLIR), so it can be unit-tested and
# benchmarked alone: the e-graph engine, .npy support, the config loader.
function(add_flexmatch_llvm_library name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_include_directories(${name} SYSTEM PUBLIC ${LLVM_INCLUDE_DIRS})
  target_compile_features(${name} PUBLIC cxx_std_17)
  # Match LLVM's RTTI/exception settings. RTTI is PUBLIC: clients subclass
  # the libraries' polymorphic interfaces (Analysis, Language, Searcher,
  # ...), and a subclass compiled with RTTI needs the base's typeinfo.
  if(NOT LLVM_ENABLE_RTTI)
    target_compile_options(${name} PUBLIC -fno-rtti)
  endif()
  if(NOT LLVM_ENABLE_EH)
    target_compile_options(${name} PRIVATE -fno-exceptions)
  endif()
  # The shared libLLVM, when it exists, links much faster than the static
  # component libraries.
  if(TARGET LLVM)
    target_link_libraries(${name} PUBLIC LLVM)
  else()
    target_link_libraries(${name} PUBLIC LLVMSupport)
  endif()
endfunction()
