//===- RelayDialect.td - The relay dialect -----------------*- tablegen -*-===//
//
// The relay dialect is a faithful image of TVM Relay: one op per Relay
// operator, attributes named as Relay names them, result types inferred by
// Relay's own type relations.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_RELAY_RELAYDIALECT_TD
#define FLEXMATCH_DIALECT_RELAY_RELAYDIALECT_TD

include "mlir/IR/OpBase.td"

def Relay_Dialect : Dialect {
  let name = "relay";
  let summary = "TVM Relay operators as MLIR operations";
  let description = [{
    Every Relay operator is one op whose name is the Relay name prefixed by
    `relay.` (`nn.conv2d` is `relay.nn.conv2d`). Relay attributes are op
    attributes with the same names; an attribute equal to Relay's default may
    be absent. Tensors are builtin ranked tensors (`?` dims are dynamic),
    Relay tuples are builtin tuples and Relay functions are builtin function
    types. Result types are inferred by Relay's type relations, so an op can
    be built from its operands and attributes alone.
  }];
  let cppNamespace = "::flexmatch::relay";
  // Attributes live in the attribute dictionary rather than in properties:
  // the importer, the exporter and the e-graph create and inspect relay ops
  // generically by name and attribute dictionary.
  let usePropertiesForAttributes = 0;
  let useDefaultTypePrinterParser = 1;
}

#endif // FLEXMATCH_DIALECT_RELAY_RELAYDIALECT_TD
