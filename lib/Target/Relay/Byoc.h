//===- Byoc.h - The BYOC form of flexmatch.composite in Relay ---*- C++ -*-===//
//
// --export-relay writes each flexmatch.composite as TVM's BYOC function pair
//
//   %1 = fn (%outer_arg_0: T0, ..., Compiler="<compiler>", Primitive=1,
//            global_symbol="<composite>_<n>") -> R {
//     %0 = fn (%inner_arg_0: T0, ..., Composite="<composite>",
//              flexmatch_function="<function>") -> R {
//       <the composite's body>
//     };
//     %0(%outer_arg_0, ...)
//   };
//   %1(<the composite's inputs>)
//
// and --import-relay turns exactly that shape back into the composite.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_TARGET_RELAY_BYOC_H
#define FLEXMATCH_LIB_TARGET_RELAY_BYOC_H

namespace flexmatch::relay::byoc {

// Attributes of the outer (partitioned) function.
inline constexpr const char *CompilerAttr = "Compiler";
inline constexpr const char *PrimitiveAttr = "Primitive";
inline constexpr const char *GlobalSymbolAttr = "global_symbol";
// Attributes of the inner (composite) function.
inline constexpr const char *CompositeAttr = "Composite";
/// Keeps the accelerator function's name (flexmatch.composite's `function`);
/// only functions carrying it are turned back into composites.
inline constexpr const char *FunctionAttr = "flexmatch_function";
// Parameter name prefixes.
inline constexpr const char *OuterArgPrefix = "outer_arg_";
inline constexpr const char *InnerArgPrefix = "inner_arg_";

} // namespace flexmatch::relay::byoc

#endif // FLEXMATCH_LIB_TARGET_RELAY_BYOC_H
