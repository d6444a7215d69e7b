//===- AcceleratorOpBase.td - The accelerator ops --------*- tablegen -*-===//
//
// What the hlscnn, flexasr and vta ops have in common: ranked tensor
// operands, one ranked tensor result, and the BYOC names of the work (the
// `composite` and `compiler` a config gives the accelerator function), which
// later name the runtime calls and the exported BYOC functions.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_COMMON_ACCELERATOROPBASE_TD
#define FLEXMATCH_DIALECT_COMMON_ACCELERATOROPBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

// `operands` are the op's tensor inputs (ins ...), `extra` its other
// attributes. Every op prints as
//   %r = dialect.op %a, %b {attrs} composite "c" compiler "d" : (types) -> type
class Accelerator_Op<Dialect dialect, string mnemonic, dag tensorOperands,
                     dag extra = (ins), list<Trait> traits = []> :
    Op<dialect, mnemonic, !listconcat([Pure], traits)> {
  let arguments = !con(tensorOperands, extra,
                       (ins StrAttr:$composite, StrAttr:$compiler));
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = [{
    operands attr-dict `composite` $composite `compiler` $compiler `:`
    functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

#endif // FLEXMATCH_DIALECT_COMMON_ACCELERATOROPBASE_TD
