//===- RelayTypes.td - Relay types without a builtin image -*- tablegen -*-===//
//
// Tensors, tuples and functions of Relay map to builtin MLIR types. Type
// variables and algebraic data types (the `type List[A] {...}` preludes) have
// no builtin counterpart and are defined here.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_RELAY_RELAYTYPES_TD
#define FLEXMATCH_DIALECT_RELAY_RELAYTYPES_TD

include "Flexmatch/Dialect/Relay/RelayDialect.td"
include "mlir/IR/AttrTypeBase.td"

class Relay_Type<string name, string typeMnemonic> :
    TypeDef<Relay_Dialect, name> {
  let mnemonic = typeMnemonic;
}

def Relay_TypeVarType : Relay_Type<"TypeVar", "type_var"> {
  let summary = "a Relay type variable, such as `A` in `List[A]`";
  let parameters = (ins StringRefParameter<"variable name">:$name);
  let assemblyFormat = "`<` $name `>`";
}

def Relay_ADTType : Relay_Type<"ADT", "adt"> {
  let summary = "an instance of a Relay algebraic data type, `List[A]`";
  let parameters = (ins StringRefParameter<"type name">:$name,
                        OptionalArrayRefParameter<"::mlir::Type">:$args);
  let assemblyFormat = "`<` $name (`,` `[` $args^ `]`)? `>`";
}

#endif // FLEXMATCH_DIALECT_RELAY_RELAYTYPES_TD
