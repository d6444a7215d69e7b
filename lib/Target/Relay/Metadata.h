//===- Metadata.h - TVM's #[metadata] section -------------------*- C++ -*-===//
//
// The metadata section of Relay text is TVM's JSON object graph (SaveJSON):
// `nodes` with type keys and string-valued attributes that refer to other
// nodes by index, `b64ndarrays` holding tensors in TVM's NDArray binary
// format, and a root map from type keys (relay.Constant,
// relay.attrs.Conv2DAttrs, ...) to arrays of nodes. `meta[key][i]` in the
// text names element i of such an array.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_TARGET_RELAY_METADATA_H
#define FLEXMATCH_LIB_TARGET_RELAY_METADATA_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OperationSupport.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

namespace flexmatch::relay {

class Metadata {
public:
  /// Parses the JSON text of a metadata section.
  static llvm::Expected<Metadata> parse(llvm::StringRef text);

  /// The node index of `meta[typeKey][index]`.
  llvm::Expected<int64_t> lookup(llvm::StringRef typeKey, int64_t index) const;

  /// Decodes the attributes node `node` into MLIR attributes for an op.
  /// `defaults` (the op's default attributes) tells plain values (ints,
  /// floats, bools, strings, stored inline as strings) from references to
  /// other nodes (arrays, optional values).
  llvm::Error decodeAttrs(int64_t node, mlir::DictionaryAttr defaults,
                          mlir::NamedAttrList &attrs,
                          mlir::MLIRContext *ctx) const;

  /// Decodes the relay.Constant node `node` into its tensor value.
  llvm::Expected<mlir::DenseElementsAttr>
  decodeConstant(int64_t node, mlir::MLIRContext *ctx) const;

private:
  llvm::Expected<const llvm::json::Object *> getNode(int64_t index) const;
  llvm::Expected<mlir::Attribute> decodeNode(int64_t index,
                                             mlir::MLIRContext *ctx) const;

  llvm::json::Value root = nullptr;
  const llvm::json::Array *nodes = nullptr;
  const llvm::json::Array *arrays = nullptr;
  llvm::StringMap<int64_t> keyToArray;
};

/// Builds the metadata section of exported Relay text: relay.Constant values
/// that are not scalars.
class MetadataWriter {
public:
  /// Records a constant and returns its index in meta[relay.Constant].
  int64_t addConstant(mlir::DenseElementsAttr value);
  bool empty() const { return constants.empty(); }
  /// The JSON text of the section (without the `#[metadata]` marker).
  std::string str() const;

private:
  std::vector<std::string> constants; // base64 NDArrays
};

} // namespace flexmatch::relay

#endif // FLEXMATCH_LIB_TARGET_RELAY_METADATA_H
