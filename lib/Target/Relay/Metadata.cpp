//===- Metadata.cpp - TVM's #[metadata] section ---------------------------===//

#include "Metadata.h"

#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/Endian.h"

using namespace flexmatch::relay;
using namespace mlir;
using llvm::Expected;
using llvm::StringRef;

static llvm::Error metaError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// TVM's NDArray serialization magic (kTVMNDArrayMagic).
static constexpr uint64_t kNDArrayMagic = 0xDD5E40F096B4A13FULL;

Expected<Metadata> Metadata::parse(StringRef text) {
  Metadata meta;
  auto value = llvm::json::parse(text);
  if (!value)
    return value.takeError();
  meta.root = std::move(*value);
  const llvm::json::Object *object = meta.root.getAsObject();
  if (!object)
    return metaError("metadata is not a JSON object");
  meta.nodes = object->getArray("nodes");
  std::optional<int64_t> rootIndex = object->getInteger("root");
  if (!meta.nodes || !rootIndex)
    return metaError("metadata lacks 'nodes' or 'root'");
  meta.arrays = object->getArray("b64ndarrays");
  auto rootNode = meta.getNode(*rootIndex);
  if (!rootNode)
    return rootNode.takeError();
  const llvm::json::Array *keys = (*rootNode)->getArray("keys");
  const llvm::json::Array *data = (*rootNode)->getArray("data");
  if (!keys || !data || keys->size() != data->size())
    return metaError("metadata root is not a map of keys to arrays");
  for (size_t i = 0; i < keys->size(); ++i) {
    auto key = (*keys)[i].getAsString();
    auto index = (*data)[i].getAsInteger();
    if (!key || !index)
      return metaError("metadata root map has a malformed entry");
    meta.keyToArray[*key] = *index;
  }
  return std::move(meta);
}

Expected<const llvm::json::Object *> Metadata::getNode(int64_t index) const {
  if (index < 0 || index >= int64_t(nodes->size()))
    return metaError("metadata node " + llvm::Twine(index) +
                     " does not exist");
  const llvm::json::Object *node = (*nodes)[index].getAsObject();
  if (!node)
    return metaError("metadata node " + llvm::Twine(index) +
                     " is not an object");
  return node;
}

Expected<int64_t> Metadata::lookup(StringRef typeKey, int64_t index) const {
  auto it = keyToArray.find(typeKey);
  if (it == keyToArray.end())
    return metaError("the metadata section has no '" + typeKey + "' entries");
  auto array = getNode(it->second);
  if (!array)
    return array.takeError();
  const llvm::json::Array *data = (*array)->getArray("data");
  if (!data || index < 0 || index >= int64_t(data->size()))
    return metaError("meta[" + typeKey + "][" + llvm::Twine(index) +
                     "] is out of range (" +
                     llvm::Twine(data ? data->size() : 0) + " entries)");
  auto node = (*data)[index].getAsInteger();
  if (!node)
    return metaError("meta[" + typeKey + "] holds a malformed entry");
  return *node;
}

/// Parses a decimal string of the JSON graph.
static std::optional<int64_t> parseInt(StringRef text) {
  int64_t value;
  if (text.trim().getAsInteger(10, value))
    return std::nullopt;
  return value;
}

Expected<Attribute> Metadata::decodeNode(int64_t index,
                                         MLIRContext *ctx) const {
  auto node = getNode(index);
  if (!node)
    return node.takeError();
  Builder b(ctx);
  StringRef typeKey = (*node)->getString("type_key").value_or("");
  const llvm::json::Object *attrs = (*node)->getObject("attrs");
  auto attrString = [&](StringRef name) -> StringRef {
    return attrs ? attrs->getString(name).value_or("") : "";
  };
  if (typeKey.empty())
    return Attribute(); // TVM's null object: None.
  if (typeKey == "IntImm") {
    if (auto v = parseInt(attrString("value")))
      return Attribute(b.getI64IntegerAttr(*v));
    return metaError("metadata IntImm node " + llvm::Twine(index) +
                     " has no integer value");
  }
  if (typeKey == "FloatImm") {
    double v;
    if (attrString("value").getAsDouble(v))
      return metaError("metadata FloatImm node " + llvm::Twine(index) +
                       " has no value");
    return Attribute(b.getF64FloatAttr(v));
  }
  if (typeKey == "runtime.String") {
    if (auto repr = (*node)->getString("repr_str"))
      return Attribute(b.getStringAttr(*repr));
    return Attribute(b.getStringAttr(attrString("data")));
  }
  if (typeKey == "Array") {
    const llvm::json::Array *data = (*node)->getArray("data");
    SmallVector<Attribute> elements;
    if (data)
      for (const llvm::json::Value &element : *data) {
        auto child = element.getAsInteger();
        if (!child)
          return metaError("metadata array node " + llvm::Twine(index) +
                           " has a malformed element");
        auto decoded = decodeNode(*child, ctx);
        if (!decoded)
          return decoded.takeError();
        elements.push_back(*decoded);
      }
    // Arrays of integers become i64 arrays, arrays of arrays nest.
    if (llvm::all_of(elements, [](Attribute a) { return isa<IntegerAttr>(a); })) {
      SmallVector<int64_t> ints;
      for (Attribute a : elements)
        ints.push_back(cast<IntegerAttr>(a).getInt());
      return Attribute(b.getDenseI64ArrayAttr(ints));
    }
    if (llvm::all_of(elements, [](Attribute a) {
          return isa<FloatAttr, IntegerAttr>(a);
        })) {
      SmallVector<double> values;
      for (Attribute a : elements)
        values.push_back(isa<FloatAttr>(a)
                             ? cast<FloatAttr>(a).getValueAsDouble()
                             : double(cast<IntegerAttr>(a).getInt()));
      return Attribute(b.getDenseF64ArrayAttr(values));
    }
    return Attribute(b.getArrayAttr(elements));
  }
  return metaError("metadata node " + llvm::Twine(index) + " of type '" +
                   typeKey + "' cannot be used as an attribute value");
}

llvm::Error Metadata::decodeAttrs(int64_t index, DictionaryAttr defaults,
                                  NamedAttrList &result,
                                  MLIRContext *ctx) const {
  auto node = getNode(index);
  if (!node)
    return node.takeError();
  const llvm::json::Object *attrs = (*node)->getObject("attrs");
  if (!attrs)
    return metaError("metadata node " + llvm::Twine(index) +
                     " holds no attributes");
  Builder b(ctx);
  // Visit in a stable order: JSON objects are unordered.
  SmallVector<StringRef> names;
  for (const auto &entry : *attrs)
    names.push_back(entry.first);
  llvm::sort(names);
  for (StringRef name : names) {
    StringRef text = attrs->getString(name).value_or("");
    Attribute fallback = defaults ? defaults.get(name) : Attribute();
    Attribute value;
    if (fallback && isa<BoolAttr>(fallback)) {
      auto v = parseInt(text);
      if (!v)
        return metaError("attribute '" + name + "' is not a bool: " + text);
      value = b.getBoolAttr(*v != 0);
    } else if (fallback && isa<IntegerAttr>(fallback)) {
      auto v = parseInt(text);
      if (!v)
        return metaError("attribute '" + name + "' is not an integer: " +
                         text);
      value = b.getI64IntegerAttr(*v);
    } else if (fallback && isa<FloatAttr>(fallback)) {
      double v;
      if (text.getAsDouble(v))
        return metaError("attribute '" + name + "' is not a number: " + text);
      value = b.getF64FloatAttr(v);
    } else if (fallback && isa<StringAttr>(fallback)) {
      value = b.getStringAttr(text);
    } else {
      // Object-valued fields refer to another node by index; a plain string
      // (a dtype or layout without a default) stays a string.
      auto ref = parseInt(text);
      if (!ref) {
        value = b.getStringAttr(text);
      } else {
        auto decoded = decodeNode(*ref, ctx);
        if (!decoded)
          return decoded.takeError();
        value = *decoded;
      }
    }
    if (value)
      result.set(name, value);
  }
  return llvm::Error::success();
}

Expected<DenseElementsAttr> Metadata::decodeConstant(int64_t index,
                                                     MLIRContext *ctx) const {
  auto node = getNode(index);
  if (!node)
    return node.takeError();
  const llvm::json::Object *attrs = (*node)->getObject("attrs");
  auto dataIndex =
      parseInt(attrs ? attrs->getString("data").value_or("") : "");
  if (!dataIndex || !arrays || *dataIndex < 0 ||
      *dataIndex >= int64_t(arrays->size()))
    return metaError("relay.Constant node " + llvm::Twine(index) +
                     " refers to no b64ndarrays entry");
  auto encoded = (*arrays)[*dataIndex].getAsString();
  if (!encoded)
    return metaError("b64ndarrays entry is not a string");
  std::vector<char> bytes;
  if (auto err = llvm::decodeBase64(*encoded, bytes))
    return std::move(err);
  // Header: magic, reserved, device (2 x i32), ndim (i32), dtype (u8 code,
  // u8 bits, u16 lanes), shape (i64 x ndim), byte size (i64), data.
  size_t pos = 0;
  auto need = [&](size_t n) { return pos + n <= bytes.size(); };
  auto read64 = [&] {
    uint64_t v = llvm::support::endian::read64le(bytes.data() + pos);
    pos += 8;
    return v;
  };
  auto read32 = [&] {
    uint32_t v = llvm::support::endian::read32le(bytes.data() + pos);
    pos += 4;
    return v;
  };
  if (!need(28) || read64() != kNDArrayMagic)
    return metaError("constant " + llvm::Twine(index) +
                     " is not a TVM NDArray (bad magic)");
  read64();
  read32();
  read32();
  int32_t ndim = int32_t(read32());
  if (ndim < 0 || ndim > 32 || !need(4 + 8 * size_t(ndim) + 8))
    return metaError("constant " + llvm::Twine(index) + " is truncated");
  uint8_t code = uint8_t(bytes[pos]), bits = uint8_t(bytes[pos + 1]);
  uint16_t lanes = llvm::support::endian::read16le(bytes.data() + pos + 2);
  pos += 4;
  SmallVector<int64_t> shape;
  int64_t count = 1;
  for (int32_t i = 0; i < ndim; ++i) {
    int64_t d = int64_t(read64());
    if (d < 0 || (d > 0 && count > (int64_t(1) << 40) / d))
      return metaError("constant " + llvm::Twine(index) + " has a bad shape");
    shape.push_back(d);
    count *= d;
  }
  int64_t size = int64_t(read64());
  Type elem;
  if (lanes == 1) {
    if (code == 2)
      elem = bits == 16   ? Type(Float16Type::get(ctx))
             : bits == 32 ? Type(Float32Type::get(ctx))
             : bits == 64 ? Type(Float64Type::get(ctx))
                          : Type();
    else if (code == 0 && (bits == 1 || bits == 8 || bits == 16 ||
                           bits == 32 || bits == 64))
      elem = IntegerType::get(ctx, bits);
    else if (code == 1 && (bits == 1 || bits == 8 || bits == 16 ||
                           bits == 32 || bits == 64))
      elem = bits == 1 ? IntegerType::get(ctx, 1)
                       : IntegerType::get(ctx, bits, IntegerType::Unsigned);
  }
  if (!elem)
    return metaError("constant " + llvm::Twine(index) +
                     " has an unsupported dtype (code " + llvm::Twine(code) +
                     ", bits " + llvm::Twine(bits) + ")");
  int64_t elemBytes = (bits + 7) / 8;
  if (size != count * elemBytes || !need(size_t(size)))
    return metaError("constant " + llvm::Twine(index) +
                     " has the wrong number of bytes");
  auto type = RankedTensorType::get(shape, elem);
  ArrayRef<char> raw(bytes.data() + pos, size_t(size));
  if (bits == 1) {
    SmallVector<bool> values;
    for (char c : raw)
      values.push_back(c != 0);
    return DenseElementsAttr::get(type, values);
  }
  bool detectedSplat = false;
  if (!DenseElementsAttr::isValidRawBuffer(type, raw, detectedSplat))
    return metaError("constant " + llvm::Twine(index) +
                     " has an invalid data buffer");
  return DenseElementsAttr::getFromRawBuffer(type, raw);
}

int64_t MetadataWriter::addConstant(DenseElementsAttr value) {
  auto type = cast<RankedTensorType>(value.getType());
  Type elem = type.getElementType();
  unsigned bits = elem.getIntOrFloatBitWidth();
  uint8_t code = isa<FloatType>(elem) ? 2 : elem.isUnsignedInteger() ? 1 : 0;
  std::string bytes;
  auto put = [&](uint64_t v, int n) {
    for (int i = 0; i < n; ++i)
      bytes.push_back(char((v >> (8 * i)) & 0xff));
  };
  put(kNDArrayMagic, 8);
  put(0, 8);
  put(1, 4); // kDLCPU
  put(0, 4);
  put(uint64_t(type.getRank()), 4);
  bytes.push_back(char(code));
  bytes.push_back(char(bits));
  put(1, 2);
  for (int64_t d : type.getShape())
    put(uint64_t(d), 8);
  int64_t elemBytes = (bits + 7) / 8;
  put(uint64_t(type.getNumElements() * elemBytes), 8);
  if (bits == 1) {
    for (bool v : value.getValues<bool>())
      bytes.push_back(char(v));
  } else if (value.isSplat()) {
    ArrayRef<char> one = value.getRawData();
    for (int64_t i = 0; i < type.getNumElements(); ++i)
      bytes.append(one.data(), one.size());
  } else {
    ArrayRef<char> raw = value.getRawData();
    bytes.append(raw.data(), raw.size());
  }
  constants.push_back(llvm::encodeBase64(bytes));
  return int64_t(constants.size()) - 1;
}

std::string MetadataWriter::str() const {
  // Node 0 is TVM's null; node 1 the root map; node 2 the constants array;
  // nodes 3.. the relay.Constant nodes.
  llvm::json::Array nodes;
  nodes.push_back(llvm::json::Object{{"type_key", ""}});
  nodes.push_back(llvm::json::Object{
      {"type_key", "Map"},
      {"keys", llvm::json::Array{"relay.Constant"}},
      {"data", llvm::json::Array{2}}});
  llvm::json::Array refs;
  for (size_t i = 0; i < constants.size(); ++i)
    refs.push_back(int64_t(3 + i));
  nodes.push_back(
      llvm::json::Object{{"type_key", "Array"}, {"data", std::move(refs)}});
  for (size_t i = 0; i < constants.size(); ++i)
    nodes.push_back(llvm::json::Object{
        {"type_key", "relay.Constant"},
        {"attrs", llvm::json::Object{{"data", std::to_string(i)},
                                     {"span", "0"},
                                     {"virtual_device_", "0"}}}});
  llvm::json::Array arrays;
  for (const std::string &c : constants)
    arrays.push_back(c);
  llvm::json::Object root{
      {"root", 1},
      {"nodes", std::move(nodes)},
      {"b64ndarrays", std::move(arrays)},
      {"attrs", llvm::json::Object{{"tvm_version", "0.8.0"}}}};
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(root)));
  return text;
}
