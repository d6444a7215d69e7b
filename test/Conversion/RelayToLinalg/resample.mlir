// RUN: flexmatch-run %s --print | FileCheck %s
//
// nn.upsampling and image.resize2d against TVM's topi resize: output
// coordinates map to input coordinates by the coordinate transformation
// mode, then nearest neighbour (by the rounding method) or linear
// interpolation of the neighbours clamped to the input.

// out0: upsampling, nearest_neighbor, scales (2, 3): out[y, x] = in[y / 2, x / 3] (TVM: asymmetric
// out0: coordinates, rounding floor); column 2 reads column 0 (2 / 3 rounds down)
// CHECK: out0: float32 (1, 1, 4, 6)
// CHECK-NEXT: {{^}} 1 1 1 2 2 2 1 1{{$}}
// CHECK-NEXT: {{^}}1 2 2 2 3 3 3 4{{$}}
// CHECK-NEXT: {{^}}4 4 3 3 3 4 4 4{{$}}
// out1: upsampling 2x2 by 1.5 with align_corners: coordinates y * (2 - 1) / (3 - 1) = y / 2, rounded
// out1: half to even (TVM's round is llvm.nearbyint): 1 maps to 0.5, which rounds to 0
// CHECK: out1: float32 (1, 1, 3, 3)
// CHECK-NEXT: {{^}} 1 1 2 1 1 2 4 4{{$}}
// CHECK-NEXT: {{^}}8{{$}}
// out2: image.resize2d to 4x5, linear, half_pixel: in_y = (y + 0.5) * 2 / 4 - 0.5 (-0.25, 0.25,
// out2: 0.75, 1.25), in_x = (x + 0.5) * 3 / 5 - 0.5 (-0.2, 0.4, 1, 1.6, 2.2), neighbours clamped to the
// out2: input; out[1, 1] = 0.75 * (0.6 * 1 + 0.4 * 2) + 0.25 * (0.6 * 10 + 0.4 * 20) = 4.55
// CHECK: out2: float32 (1, 1, 4, 5)
// CHECK-NEXT: {{^}} {{(0\.999999[0-9]*|1(\.00000[0-9]*)?)}} {{(1\.39999[0-9]*|1\.40000[0-9]*)}} {{(1\.99999[0-9]*|2(\.00000[0-9]*)?)}} {{(3\.19999[0-9]*|3\.20000[0-9]*)}} {{(3\.99999[0-9]*|4(\.00000[0-9]*)?)}} {{(3\.24999[0-9]*|3\.25(000[0-9]*)?)}} {{(4\.54999[0-9]*|4\.55000[0-9]*)}} {{(6\.49999[0-9]*|6\.5(0000[0-9]*)?)}}{{$}}
// CHECK-NEXT: {{^}}{{(10\.3999[0-9]*|10\.4000[0-9]*)}} {{(12\.9999[0-9]*|13(\.0000[0-9]*)?)}} {{(7\.74999[0-9]*|7\.75(000[0-9]*)?)}} {{(10\.8499[0-9]*|10\.8500[0-9]*)}} {{(15\.4999[0-9]*|15\.5(000[0-9]*)?)}} {{(24\.7999[0-9]*|24\.8000[0-9]*)}} {{(30\.9999[0-9]*|31(\.0000[0-9]*)?)}} {{(10(\.0000[0-9]*)?|9\.99999[0-9]*)}}{{$}}
// CHECK-NEXT: {{^}}{{(13\.9999[0-9]*|14(\.0000[0-9]*)?)}} {{(19\.9999[0-9]*|20(\.0000[0-9]*)?)}} {{(31\.9999[0-9]*|32(\.0000[0-9]*)?)}} {{(39\.9999[0-9]*|40(\.0000[0-9]*)?)}}{{$}}
// out3: image.resize2d to 3x5, linear, align_corners: in_y = y / 2, in_x = x / 2
// CHECK: out3: float32 (1, 1, 3, 5)
// CHECK-NEXT: {{^}} {{(0\.999999[0-9]*|1(\.00000[0-9]*)?)}} {{(1\.49999[0-9]*|1\.5(0000[0-9]*)?)}} {{(1\.99999[0-9]*|2(\.00000[0-9]*)?)}} {{(2\.99999[0-9]*|3(\.00000[0-9]*)?)}} {{(3\.99999[0-9]*|4(\.00000[0-9]*)?)}} {{(5\.49999[0-9]*|5\.5(0000[0-9]*)?)}} {{(8\.24999[0-9]*|8\.25(000[0-9]*)?)}} {{(10\.9999[0-9]*|11(\.0000[0-9]*)?)}}{{$}}
// CHECK-NEXT: {{^}}{{(16\.4999[0-9]*|16\.5(000[0-9]*)?)}} {{(21\.9999[0-9]*|22(\.0000[0-9]*)?)}} {{(10(\.0000[0-9]*)?|9\.99999[0-9]*)}} {{(14\.9999[0-9]*|15(\.0000[0-9]*)?)}} {{(19\.9999[0-9]*|20(\.0000[0-9]*)?)}} {{(29\.9999[0-9]*|30(\.0000[0-9]*)?)}} {{(39\.9999[0-9]*|40(\.0000[0-9]*)?)}}{{$}}
// out4: image.resize2d to 3x5, nearest_neighbor, asymmetric, rounding_method "" (TVM's topi then
// out4: rounds down): in_y = y * 2 / 3 (0, 0.67, 1.33), in_x = x * 3 / 5 (0, 0.6, 1.2, 1.8, 2.4)
// CHECK: out4: float32 (1, 1, 3, 5)
// CHECK-NEXT: {{^}} 1 1 2 2 4 1 1 2{{$}}
// CHECK-NEXT: {{^}}2 4 10 10 20 20 40{{$}}
// out5: image.resize2d to 3x5, nearest_neighbor, align_corners, rounding_method round (the
// out5: attribute's default): in_y = y / 2 and in_x = x / 2; the ties 0.5 and 1.5 round to even (0 and 2)
// CHECK: out5: float32 (1, 1, 3, 5)
// CHECK-NEXT: {{^}} 1 1 2 4 4 1 1 2{{$}}
// CHECK-NEXT: {{^}}4 4 10 10 20 40 40{{$}}

func.func @main() -> (tensor<1x1x4x6xf32>, tensor<1x1x3x3xf32>, tensor<1x1x4x5xf32>, tensor<1x1x3x5xf32>, tensor<1x1x3x5xf32>, tensor<1x1x3x5xf32>) {
  %c0 = relay.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %v1 = "relay.nn.upsampling"(%c0) {scale_h = 2.0 : f64, scale_w = 3.0 : f64} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x6xf32>
  %c2 = relay.constant dense<[[[[1.0, 2.0], [4.0, 8.0]]]]> : tensor<1x1x2x2xf32>
  %v3 = "relay.nn.upsampling"(%c2) {scale_h = 1.5 : f64, scale_w = 1.5 : f64, align_corners = true} : (tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
  %c4 = relay.constant dense<[[[[1.0, 2.0, 4.0], [10.0, 20.0, 40.0]]]]> : tensor<1x1x2x3xf32>
  %v5 = "relay.image.resize2d"(%c4) {size = array<i64: 4, 5>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32>
  %v6 = "relay.image.resize2d"(%c4) {size = array<i64: 3, 5>, coordinate_transformation_mode = "align_corners"} : (tensor<1x1x2x3xf32>) -> tensor<1x1x3x5xf32>
  %v7 = "relay.image.resize2d"(%c4) {size = array<i64: 3, 5>, method = "nearest_neighbor", coordinate_transformation_mode = "asymmetric", rounding_method = ""} : (tensor<1x1x2x3xf32>) -> tensor<1x1x3x5xf32>
  %v8 = "relay.image.resize2d"(%c4) {size = array<i64: 3, 5>, method = "nearest_neighbor", coordinate_transformation_mode = "align_corners"} : (tensor<1x1x2x3xf32>) -> tensor<1x1x3x5xf32>
  return %v1, %v3, %v5, %v6, %v7, %v8 : tensor<1x1x4x6xf32>, tensor<1x1x3x3xf32>, tensor<1x1x4x5xf32>, tensor<1x1x3x5xf32>, tensor<1x1x3x5xf32>, tensor<1x1x3x5xf32>
}
