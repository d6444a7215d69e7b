// RUN: flexmatch-run %s --print | FileCheck %s
//
// Control and functions: relay.if (scf.if on a condition read from a
// constant or computed from constants), relay.fn literals called through
// relay.call (inlined before the conversion), relay.call_global of other
// functions (func.call; one of them returns a tuple), and an entry function
// returning a tuple, whose fields are the outputs out0, out1, ... in order.

// out0: if true: the then branch, x + y with x = (1, 2, 3), y = (10, 20, 30)
// CHECK: out0: float32 (3,)
// CHECK-NEXT: {{^}} 11 22 33{{$}}
// out1: if (sum(x) > 10) is false: the else branch, y / x
// CHECK: out1: float32 (3,)
// CHECK-NEXT: {{^}} 10 10 10{{$}}
// out2: an if yielding a tuple (condition: an int32 constant compared to 0), field 1 taken:
// out2: the then branch's (-x, y - x)
// CHECK: out2: float32 (3,)
// CHECK-NEXT: {{^}} 9 18 27{{$}}
// out3: a relay.fn (a * b + a) called twice, with (x, y) and then (its result, x):
// out3: (x * y + x) * x + (x * y + x) = (11, 42, 93) * x + (11, 42, 93)
// CHECK: out3: float32 (3,)
// CHECK-NEXT: {{^}} 22 126 372{{$}}
// out4: call_global @scale_shift(x, y): 2 * x - y
// CHECK: out4: float32 (3,)
// CHECK-NEXT: {{^}} -8 -16 -24{{$}}
// out5, out6: call_global @min_max(x, y - 20) returning the tuple (minimum, maximum):
// out5, out6: y - 20 = (-10, 0, 10)
// CHECK: out5: float32 (3,)
// CHECK-NEXT: {{^}} -10 0 3{{$}}
// CHECK: out6: float32 (3,)
// CHECK-NEXT: {{^}} 1 2 10{{$}}
// out7: a call_global whose callee calls another global and a relay.fn of its own:
// out7: @twice_scale_shift(x, y) = @scale_shift(x, y) + (x + x) = 4 * x - y
// CHECK: out7: float32 (3,)
// CHECK-NEXT: {{^}} -6 -12 -18{{$}}
// out8: an int32 field of the returned tuple: shape_of of the if's result
// CHECK: out8: int32 (1,)
// CHECK-NEXT: {{^}} 3{{$}}

func.func @scale_shift(%a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<3xf32> {
  %two = relay.constant dense<2.0> : tensor<f32>
  %0 = "relay.multiply"(%a, %two) : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %1 = "relay.subtract"(%0, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %1 : tensor<3xf32>
}

func.func @min_max(%a: tensor<3xf32>, %b: tensor<3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>> {
  %0 = "relay.minimum"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %1 = "relay.maximum"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %2 = relay.tuple %0, %1 : (tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>>
  return %2 : tuple<tensor<3xf32>, tensor<3xf32>>
}

func.func @twice_scale_shift(%a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<3xf32> {
  %0 = relay.call_global @scale_shift(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %f = relay.fn attrs {Primitive = 1 : i64} names ["p"] {
  ^bb0(%p: tensor<3xf32>):
    %d = "relay.add"(%p, %p) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %d : tensor<3xf32>
  } : (tensor<3xf32>) -> tensor<3xf32>
  %1 = "relay.call"(%f, %a) : ((tensor<3xf32>) -> tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %2 = "relay.add"(%0, %1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %2 : tensor<3xf32>
}

func.func @main() -> tuple<tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tuple<tensor<3xf32>, tensor<3xf32>>, tensor<3xf32>, tensor<1xi32>> {
  %x = relay.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = relay.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %true = relay.constant dense<true> : tensor<i1>
  %i0 = relay.if %true : tensor<i1> -> tensor<3xf32> {
    %s = "relay.add"(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %s : tensor<3xf32>
  } else {
    %p = "relay.multiply"(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %p : tensor<3xf32>
  }
  %sum = "relay.sum"(%x) : (tensor<3xf32>) -> tensor<f32>
  %ten = relay.constant dense<10.0> : tensor<f32>
  %cond = "relay.greater"(%sum, %ten) : (tensor<f32>, tensor<f32>) -> tensor<i1>
  %i1 = relay.if %cond : tensor<i1> -> tensor<3xf32> {
    %s = "relay.subtract"(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %s : tensor<3xf32>
  } else {
    %q = "relay.divide"(%y, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %q : tensor<3xf32>
  }
  %seven = relay.constant dense<7> : tensor<i32>
  %zero = relay.constant dense<0> : tensor<i32>
  %icond = "relay.not_equal"(%seven, %zero) : (tensor<i32>, tensor<i32>) -> tensor<i1>
  %i2 = relay.if %icond : tensor<i1> -> tuple<tensor<3xf32>, tensor<3xf32>> {
    %n = "relay.negative"(%x) : (tensor<3xf32>) -> tensor<3xf32>
    %d = "relay.subtract"(%y, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %t = relay.tuple %n, %d : (tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>>
    relay.yield %t : tuple<tensor<3xf32>, tensor<3xf32>>
  } else {
    %n = "relay.negative"(%y) : (tensor<3xf32>) -> tensor<3xf32>
    %e = "relay.exp"(%x) : (tensor<3xf32>) -> tensor<3xf32>
    %t = relay.tuple %n, %e : (tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>>
    relay.yield %t : tuple<tensor<3xf32>, tensor<3xf32>>
  }
  %i2f = relay.tuple_get_item %i2[1] : tuple<tensor<3xf32>, tensor<3xf32>> -> tensor<3xf32>
  %f = relay.fn attrs {Composite = "test.mul_add"} names ["a", "b"] {
  ^bb0(%a: tensor<3xf32>, %b: tensor<3xf32>):
    %m = "relay.multiply"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %s = "relay.add"(%m, %a) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    relay.yield %s : tensor<3xf32>
  } : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %c0 = "relay.call"(%f, %x, %y) : ((tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %c1 = "relay.call"(%f, %c0, %x) : ((tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %g = relay.call_global @scale_shift(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %twenty = relay.constant dense<20.0> : tensor<f32>
  %y20 = "relay.subtract"(%y, %twenty) : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %mm = relay.call_global @min_max(%x, %y20) : (tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>>
  %tw = relay.call_global @twice_scale_shift(%x, %y) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %shape = "relay.shape_of"(%i0) : (tensor<3xf32>) -> tensor<1xi32>
  %r = relay.tuple %i0, %i1, %i2f, %c1, %g, %mm, %tw, %shape : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tuple<tensor<3xf32>, tensor<3xf32>>, tensor<3xf32>, tensor<1xi32>) -> tuple<tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tuple<tensor<3xf32>, tensor<3xf32>>, tensor<3xf32>, tensor<1xi32>>
  return %r : tuple<tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tuple<tensor<3xf32>, tensor<3xf32>>, tensor<3xf32>, tensor<1xi32>>
}
