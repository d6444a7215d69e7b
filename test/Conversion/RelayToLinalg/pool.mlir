// RUN: flexmatch-run %s --print | FileCheck %s
//
// Pools against their definitions on a 1x2x5x5 input (channel 0 holds
// 1..25 row by row, channel 1 small integers of both signs). Averages
// that are not integers are matched to about 6 significant digits.

// out0: max, 2x2 windows, strides 2, ceil_mode: (5 - 2 + 1) / 2 + 1 = 3, the last
// out0: row and column of windows hanging over the edge
// CHECK: out0: float32 (1, 2, 3, 3)
// CHECK-NEXT: {{^}} 7 9 10 17 19 20 22 24{{$}}
// CHECK-NEXT: {{^}}25 4 5 3 1 4 5 3{{$}}
// CHECK-NEXT: {{^}}2 -2{{$}}
// out1: max, 3x3 windows, strides 2, padding 1 (padding never wins, even against negatives)
// CHECK: out1: float32 (1, 2, 3, 3)
// CHECK-NEXT: {{^}} 7 9 10 17 19 20 22 24{{$}}
// CHECK-NEXT: {{^}}25 4 5 5 4 4 5 3{{$}}
// CHECK-NEXT: {{^}}4 2{{$}}
// out2: avg, 3x3, strides 2, padding 1, count_include_pad false: corner windows
// out2: divide by 4, edge windows by 6, the centre by 9; out[0, 0] = (1 + 2 + 6 + 7) / 4 = 4
// CHECK: out2: float32 (1, 2, 3, 3)
// CHECK-NEXT: {{^}} 4 5.5 7 11.5 13 14.5 19 20.5{{$}}
// CHECK-NEXT: {{^}}22 -0.5 {{(0\.833332[0-9]*|0\.833333[0-9]*)}} 1.25 -1.16666{{[0-9]*}} -0.444444{{[0-9]*}} -0.333333{{[0-9]*}} 0{{$}}
// CHECK-NEXT: {{^}}-0.5 -1{{$}}
// out3: the same with count_include_pad: every window divides by 9; out[0, 0] = 16 / 9
// CHECK: out3: float32 (1, 2, 3, 3)
// CHECK-NEXT: {{^}} 1.77777{{[0-9]*}} 3.66666{{[0-9]*}} {{(3\.11110[0-9]*|3\.11111[0-9]*)}} {{(7\.66666[0-9]*|7\.66667[0-9]*)}} 13 {{(9\.66666[0-9]*|9\.66667[0-9]*)}} {{(8\.44443[0-9]*|8\.44444[0-9]*)}} 13.6666{{[0-9]*}}{{$}}
// CHECK-NEXT: {{^}}{{(9\.77777[0-9]*|9\.77778[0-9]*)}} -0.222222{{[0-9]*}} 0.555555{{[0-9]*}} 0.555555{{[0-9]*}} {{(-0\.777777[0-9]*|-0\.777778[0-9]*)}} -0.444444{{[0-9]*}} -0.222222{{[0-9]*}} 0{{$}}
// CHECK-NEXT: {{^}}-0.333333{{[0-9]*}} -0.444444{{[0-9]*}}{{$}}
// out4: avg, 2x2, strides 2, ceil_mode, count_include_pad false: windows over the
// out4: edge divide by their real elements only; out[0, 2] = (5 + 10) / 2, out[2, 2] = 25
// CHECK: out4: float32 (1, 2, 3, 3)
// CHECK-NEXT: {{^}} 4 6 7.5 14 16 17.5 21.5 23.5{{$}}
// CHECK-NEXT: {{^}}25 -0.5 -0.25 2 -2 1 0.5 1{{$}}
// CHECK-NEXT: {{^}}-1.5 -2{{$}}
// out5: avg, 2x2, strides 2, bottom padding 1, ceil_mode, count_include_pad: TVM 0.8
// out5: (topi pool_impl_nd before apache/tvm#9835) counts the explicit padding and the
// out5: stride - 1 positions ceil_mode adds, so every window here divides by 4
// CHECK: out5: float32 (1, 2, 3, 3)
// CHECK-NEXT: {{^}} 4 6 3.75 14 16 8.75 10.75 11.75{{$}}
// CHECK-NEXT: {{^}}6.25 -0.5 -0.25 1 -2 1 0.25 0.5{{$}}
// CHECK-NEXT: {{^}}-0.75 -0.5{{$}}
// out6: global average: 325 / 25 = 13 and the mean of channel 1
// CHECK: out6: float32 (1, 2, 1, 1)
// CHECK-NEXT: {{^}} 13 {{(-0\.199999[0-9]*|-0\.200000[0-9]*)}}{{$}}
// out7: adaptive average 5x5 -> 3x2: rows [0, 2), [1, 4), [3, 5), columns [0, 3), [2, 5)
// out7: (start floor(o * in / out), end ceil((o + 1) * in / out)); out[0, 0] = (1+2+3+6+7+8) / 6 = 4.5
// CHECK: out7: float32 (1, 2, 3, 2)
// CHECK-NEXT: {{^}} 4.5 6.5 12 14 19.5 21.5 {{(-0\.666666[0-9]*|-0\.666667[0-9]*)}} 0.5{{$}}
// CHECK-NEXT: {{^}}-0.111111{{[0-9]*}} 0.444444{{[0-9]*}} -0.166666{{[0-9]*}} {{(-0\.833332[0-9]*|-0\.833333[0-9]*)}}{{$}}
// out8: max, 2x2, strides 1, NHWC
// CHECK: out8: float32 (1, 4, 4, 2)
// CHECK-NEXT: {{^}} 7 4 8 4 9 5 10 5{{$}}
// CHECK-NEXT: {{^}}12 4 13 4 14 2 15 5{{$}}
// CHECK-NEXT: {{^}}17 1 18 4 19 4 20 5{{$}}
// CHECK-NEXT: {{^}}22 3 23 4 24 4 25 2{{$}}

func.func @main() -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>, tensor<1x2x3x2xf32>, tensor<1x4x4x2xf32>) {
  %c0 = relay.constant dense<[[[[1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0], [11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0, 25.0]], [[-5.0, 2.0, -2.0, 5.0, 1.0], [-3.0, 4.0, 0.0, -4.0, 3.0], [-1.0, -5.0, 2.0, -2.0, 5.0], [1.0, -3.0, 4.0, 0.0, -4.0], [3.0, -1.0, -5.0, 2.0, -2.0]]]]> : tensor<1x2x5x5xf32>
  %v1 = "relay.nn.max_pool2d"(%c0) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %v2 = "relay.nn.max_pool2d"(%c0) {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %v3 = "relay.nn.avg_pool2d"(%c0) {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %v4 = "relay.nn.avg_pool2d"(%c0) {pool_size = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, count_include_pad = true} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %v5 = "relay.nn.avg_pool2d"(%c0) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %v6 = "relay.nn.avg_pool2d"(%c0) {pool_size = array<i64: 2, 2>, strides = array<i64: 2, 2>, padding = array<i64: 0, 0, 1, 0>, ceil_mode = true, count_include_pad = true} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %v7 = "relay.nn.global_avg_pool2d"(%c0) : (tensor<1x2x5x5xf32>) -> tensor<1x2x1x1xf32>
  %v8 = "relay.nn.adaptive_avg_pool2d"(%c0) {output_size = array<i64: 3, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x2xf32>
  %c9 = relay.constant dense<[[[[1.0, -5.0], [2.0, 2.0], [3.0, -2.0], [4.0, 5.0], [5.0, 1.0]], [[6.0, -3.0], [7.0, 4.0], [8.0, 0.0], [9.0, -4.0], [10.0, 3.0]], [[11.0, -1.0], [12.0, -5.0], [13.0, 2.0], [14.0, -2.0], [15.0, 5.0]], [[16.0, 1.0], [17.0, -3.0], [18.0, 4.0], [19.0, 0.0], [20.0, -4.0]], [[21.0, 3.0], [22.0, -1.0], [23.0, -5.0], [24.0, 2.0], [25.0, -2.0]]]]> : tensor<1x5x5x2xf32>
  %v10 = "relay.nn.max_pool2d"(%c9) {pool_size = array<i64: 2, 2>, layout = "NHWC"} : (tensor<1x5x5x2xf32>) -> tensor<1x4x4x2xf32>
  return %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v10 : tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>, tensor<1x2x3x2xf32>, tensor<1x4x4x2xf32>
}
