//===- FlexmatchDialect.td - Matched accelerator regions ---*- tablegen -*-===//
//
// The flexmatch dialect holds what --eqsat found: a region of work that an
// accelerator function of the configs computes, with the BYOC names the
// configs give it. The conversion passes turn it into a typed accelerator
// op; --export-relay writes it as a pair of BYOC functions.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_FLEXMATCH_FLEXMATCHDIALECT_TD
#define FLEXMATCH_DIALECT_FLEXMATCH_FLEXMATCHDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Flexmatch_Dialect : Dialect {
  let name = "flexmatch";
  let summary = "accelerator regions found by equality saturation";
  let cppNamespace = "::flexmatch::fm";
}

class Flexmatch_Op<string mnemonic, list<Trait> traits = []> :
    Op<Flexmatch_Dialect, mnemonic, traits>;

def Flexmatch_CompositeOp : Flexmatch_Op<"composite", [
    IsolatedFromAbove, RecursiveMemoryEffects, SingleBlock]> {
  let summary = "work offloaded to an accelerator function";
  let description = [{
    The body computes, from the block arguments (one per input), what the
    accelerator function `function` computes; it is the plain computation
    --eqsat matched (relay or access ops). `composite` and `compiler` are
    the BYOC names the configs give the function (`composites` and
    `compilers`).
    Example:
    ```mlir
    %0 = flexmatch.composite "flex-linear" composite "ilaflex.linear"
           compiler "ilaflex" (%x, %w, %b)
           : (tensor<4x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<4x3xf32> {
    ^bb0(%a: tensor<4x8xf32>, %c: tensor<3x8xf32>, %d: tensor<3xf32>):
      %1 = relay.nn.dense %a, %c : (tensor<4x8xf32>, tensor<3x8xf32>) -> tensor<4x3xf32>
      %2 = relay.nn.bias_add %1, %d : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
      flexmatch.yield %2 : tensor<4x3xf32>
    }
    ```
  }];
  let arguments = (ins StrAttr:$function, StrAttr:$composite,
                       StrAttr:$compiler, Variadic<AnyType>:$inputs);
  let results = (outs AnyType:$result);
  let regions = (region SizedRegion<1>:$body);
  // Custom: the body's block arguments are printed (a declarative $body
  // elides them).
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Flexmatch_YieldOp : Flexmatch_Op<"yield", [
    Pure, Terminator, HasParent<"CompositeOp">]> {
  let summary = "the result of a composite's body";
  let arguments = (ins AnyType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

#endif // FLEXMATCH_DIALECT_FLEXMATCH_FLEXMATCHDIALECT_TD
