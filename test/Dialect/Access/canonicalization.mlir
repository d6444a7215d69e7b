// RUN: flexmatch-opt %s -canonicalize | FileCheck %s
//
// Access ops are pure and access.literal is a constant: equal literals merge
// and unused ops disappear.

// CHECK-LABEL: func.func @literals(
func.func @literals() -> (!access.pattern<[], [2], f32>, !access.pattern<[1], [2], f32>) {
  // CHECK-NEXT: %[[L:.*]] = access.literal dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
  // CHECK-NEXT: %[[I:.*]] = access.insert_axis %[[L]] axis 0
  // CHECK-NEXT: return %[[L]], %[[I]] :
  %0 = access.literal dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = access.literal dense<[1.0, 2.0]> : tensor<2xf32>
  %2 = access.insert_axis %1 axis 0 : !access.pattern<[], [2], f32> -> !access.pattern<[1], [2], f32>
  %3 = access.literal dense<[3.0, 4.0]> : tensor<2xf32>
  %4 = access.flatten %2 : !access.pattern<[1], [2], f32> -> !access.pattern<[1], [2], f32>
  return %0, %2 : !access.pattern<[], [2], f32>, !access.pattern<[1], [2], f32>
}
