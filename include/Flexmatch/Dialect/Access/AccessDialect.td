//===- AccessDialect.td - The access dialect ---------------*- tablegen -*-===//
//
// The access dialect is glenside's access-pattern language: a tensor viewed
// as a shape of items, and the operators that re-split, rearrange and compute
// over such views. The e-graph rewrites Relay into it to expose the matrix
// products and convolutions that accelerators implement.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_DIALECT_ACCESS_ACCESSDIALECT_TD
#define FLEXMATCH_DIALECT_ACCESS_ACCESSDIALECT_TD

include "mlir/IR/OpBase.td"

def Access_Dialect : Dialect {
  let name = "access";
  let summary = "glenside access patterns as MLIR operations";
  let description = [{
    An access pattern is a tensor of dims `[d0, ..., dn-1]` viewed as a
    `shape` `[d0, ..., dk-1]` of `items` of shape `[dk, ..., dn-1]`; its type
    is `!access.pattern<[d0, ..., dk-1], [dk, ..., dn-1], element-type>`.
    Every glenside operator is one op: `access.tensor` and `access.literal`
    turn tensors into patterns, `access.access` re-splits, `access.compute`
    computes one value (or item) per item, `access.windows` and
    `access.cartesian_product` build the items of convolutions and matrix
    products, the others rearrange dims. Result types are inferred from the
    operands and attributes, so an op can be built from its operands and
    attribute dictionary alone.
  }];
  let cppNamespace = "::flexmatch::access";
  // Attributes live in the attribute dictionary rather than in properties:
  // the e-graph creates and inspects access ops generically by name and
  // attribute dictionary.
  let usePropertiesForAttributes = 0;
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let extraClassDeclaration = [{
    /// Adds the types; defined in AccessTypes.cpp, beside their storage.
    void registerTypes();
  }];
}

#endif // FLEXMATCH_DIALECT_ACCESS_ACCESSDIALECT_TD
