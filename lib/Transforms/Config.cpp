//===- Config.cpp - flexmatch's JSON configs ------------------------------===//
//
// nlohmann::ordered_json parses (LLVM builds without exceptions, so parsing
// never throws: a failed parse is re-run through a SAX handler that records
// where it failed). Values are type-checked before every access.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Transforms/Config.h"
#include "Flexmatch/Support/JsonErrors.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

using namespace flexmatch;
using namespace flexmatch::eqsat;
using json = nlohmann::ordered_json;
using llvm::StringRef;

char ConfigError::ID = 0;

std::string ConfigLoc::str() const {
  if (line == 0)
    return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

void ConfigError::log(llvm::raw_ostream &os) const {
  os << loc.str() << ": " << message;
}

namespace {

const char *const kSections[] = {"rewrites", "composites", "compilers",
                                 "debug_functions", "out_dtypes"};

const char *const kDTypes[] = {"float16", "float32", "float64", "int8",
                               "int16",   "int32",   "int64",   "uint8",
                               "uint16",  "uint32",  "uint64",  "bool"};

/// One config file being read.
class ConfigReader {
public:
  /// `origins` remembers where each accelerator entry was set, across
  /// files, so that a conflict names both places.
  ConfigReader(StringRef file, StringRef text, Config &config,
               std::map<std::string, ConfigLoc> &origins)
      : file(file), text(text), config(config), origins(origins) {}

  llvm::Error read();

private:
  ConfigLoc locAt(size_t offset) const {
    auto [line, column] = support::lineColumnAt(text, offset);
    return ConfigLoc{file.str(), line, column};
  }
  /// The place of `"key"` (inside `"section"` when given).
  ConfigLoc locOf(StringRef key, StringRef section = {}) const {
    size_t from = 0;
    if (!section.empty()) {
      size_t s = text.find(("\"" + section + "\"").str());
      if (s != StringRef::npos)
        from = s + section.size() + 2;
    }
    size_t k = text.find(("\"" + key + "\"").str(), from);
    if (k == StringRef::npos)
      return locAt(from);
    return locAt(k);
  }
  llvm::Error error(ConfigLoc loc, const llvm::Twine &message) const {
    return llvm::make_error<ConfigError>(std::move(loc), message.str());
  }

  llvm::Error readRewrites(const json &section);
  llvm::Error readAcceleratorSection(StringRef name, const json &section);
  llvm::Error setField(StringRef section, const std::string &function,
                       std::string AcceleratorConfig::*field,
                       const std::string &value);

  StringRef file, text;
  Config &config;
  std::map<std::string, ConfigLoc> &origins;
};

llvm::Error ConfigReader::read() {
  json root = json::parse(text.begin(), text.end(), nullptr,
                          /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    support::SyntaxError syntax = support::firstSyntaxError<json>(text);
    return error(locAt(syntax.offset), "malformed JSON: " + syntax.message);
  }
  std::string validKeys = llvm::join(std::begin(kSections),
                                     std::end(kSections), ", ");
  if (!root.is_object())
    return error(locAt(0), "a config must be a JSON object with the keys " +
                               validKeys);
  for (auto &[key, value] : root.items()) {
    if (!llvm::is_contained(kSections, key) && key != "compiler")
      return error(locOf(key), "unknown key '" + key +
                                   "' (valid keys: " + validKeys + ")");
  }
  if (root.contains("compiler") && root.contains("compilers"))
    return error(locOf("compiler"),
                 "both 'compiler' and 'compilers' are given; use one");
  for (const char *section : kSections) {
    bool present = root.contains(section) ||
                   (StringRef(section) == "compilers" &&
                    root.contains("compiler"));
    if (!present)
      return error(locAt(0), "missing key '" + llvm::Twine(section) + "'");
  }
  if (llvm::Error err = readRewrites(root["rewrites"]))
    return err;
  for (const char *section : kSections) {
    StringRef name(section);
    if (name == "rewrites")
      continue;
    StringRef key = name == "compilers" && !root.contains("compilers")
                        ? StringRef("compiler")
                        : name;
    if (llvm::Error err = readAcceleratorSection(key, root[key.str()]))
      return err;
  }
  config.files.push_back(file.str());
  return llvm::Error::success();
}

llvm::Error ConfigReader::readRewrites(const json &section) {
  if (!section.is_object())
    return error(locOf("rewrites"),
                 "'rewrites' must be an object mapping rewrite names to "
                 "arrays of integer arguments");
  for (auto &[name, args] : section.items()) {
    ConfigLoc loc = locOf(name, "rewrites");
    const RewriteInfo *info = lookupRewrite(name);
    if (!info) {
      std::string valid;
      for (const RewriteInfo &r : rewriteCatalog())
        valid += (valid.empty() ? "" : ", ") + r.name.str();
      return error(loc, "unknown rewrite '" + name + "' (valid rewrites: " +
                            valid + ")");
    }
    if (!args.is_array())
      return error(loc, "the arguments of rewrite '" + name +
                            "' must be an array of integers");
    llvm::SmallVector<int64_t> values;
    for (const json &arg : args) {
      if (!arg.is_number_integer())
        return error(loc, "the arguments of rewrite '" + name +
                              "' must be integers, got " + arg.dump());
      values.push_back(arg.get<int64_t>());
    }
    if (values.size() != info->numArgs)
      return error(loc, "rewrite '" + name + "' takes " +
                            llvm::Twine(info->numArgs) +
                            " integer argument" +
                            (info->numArgs == 1 ? "" : "s") + ", got " +
                            llvm::Twine(values.size()));
    auto existing = llvm::find_if(config.rewrites, [&](const RewriteUse &use) {
      return use.info == info;
    });
    if (existing == config.rewrites.end()) {
      config.rewrites.push_back({info, values, loc});
      continue;
    }
    if (existing->args != values)
      return error(loc, "rewrite '" + name + "' is given arguments [" +
                            llvm::join(llvm::map_range(values,
                                                       [](int64_t v) {
                                                         return std::to_string(
                                                             v);
                                                       }),
                                       ", ") +
                            "] here but different ones in " +
                            existing->loc.str());
  }
  return llvm::Error::success();
}

llvm::Error ConfigReader::setField(StringRef section,
                                   const std::string &function,
                                   std::string AcceleratorConfig::*field,
                                   const std::string &value) {
  AcceleratorConfig &acc = config.accelerators[function];
  std::string &slot = acc.*field;
  // "compiler" and "compilers" are one section.
  std::string key =
      (section == "compiler" ? StringRef("compilers") : section).str() + "/" +
      function;
  ConfigLoc loc = locOf(function, section);
  if (!slot.empty() && slot != value)
    return error(loc, section + " of '" + function + "' is '" + value +
                          "' here but '" + slot + "' at " +
                          origins[key].str());
  if (slot.empty())
    origins[key] = loc;
  slot = value;
  return llvm::Error::success();
}

llvm::Error ConfigReader::readAcceleratorSection(StringRef name,
                                                 const json &section) {
  if (!section.is_object())
    return error(locOf(name), "'" + name +
                                  "' must be an object mapping accelerator "
                                  "functions to strings");
  std::string validFunctions = llvm::join(acceleratorFunctions(), ", ");
  for (auto &[function, value] : section.items()) {
    ConfigLoc loc = locOf(function, name);
    if (!llvm::is_contained(acceleratorFunctions(), function))
      return error(loc, "unknown accelerator function '" + function +
                            "' in '" + name + "' (valid: " + validFunctions +
                            ")");
    if (!value.is_string())
      return error(loc, "the value of '" + function + "' in '" + name +
                            "' must be a string, got " + value.dump());
    std::string text = value.get<std::string>();
    if (name == "composites") {
      if (llvm::Error err =
              setField(name, function, &AcceleratorConfig::composite, text))
        return err;
    } else if (name == "compilers" || name == "compiler") {
      if (llvm::Error err =
              setField(name, function, &AcceleratorConfig::compiler, text))
        return err;
    } else if (name == "out_dtypes") {
      if (!llvm::is_contained(kDTypes, text))
        return error(loc, "'" + text + "' is not a Relay dtype (valid: " +
                              llvm::join(std::begin(kDTypes),
                                         std::end(kDTypes), ", ") +
                              ")");
      if (llvm::Error err =
              setField(name, function, &AcceleratorConfig::outDtype, text))
        return err;
    } else if (name == "debug_functions") {
      // Relay text functions start with `fn`; anything else (the original
      // configs hold Python lambdas and names of Python classes) cannot be
      // read here.
      if (!StringRef(text).ltrim().starts_with("fn")) {
        config.warnings.push_back(
            {loc, "the debug function of '" + function +
                      "' is not Relay text (expected e.g. 'fn (%x, %w) { "
                      "nn.dense(%x, %w) }'); debug mode uses the built-in "
                      "semantics of " +
                      function});
        config.accelerators[function];
        continue;
      }
      if (llvm::Error err = setField(name, function,
                                     &AcceleratorConfig::debugFunction, text))
        return err;
      config.accelerators[function].debugFunctionLoc = loc;
    }
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<Config> flexmatch::eqsat::parseConfigs(
    llvm::ArrayRef<std::pair<std::string, std::string>> files) {
  Config config;
  std::map<std::string, ConfigLoc> origins;
  for (const auto &[name, text] : files)
    if (llvm::Error err = ConfigReader(name, text, config, origins).read())
      return std::move(err);
  // The catalog's order, whatever order the files list rewrites in (the
  // catalog is one array, so pointer order is catalog order).
  llvm::stable_sort(config.rewrites,
                    [](const RewriteUse &a, const RewriteUse &b) {
                      return a.info < b.info;
                    });
  return config;
}

llvm::Expected<Config>
flexmatch::eqsat::loadConfigs(llvm::ArrayRef<std::string> paths) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string &path : paths) {
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!buffer)
      return llvm::make_error<ConfigError>(
          ConfigLoc{path}, "cannot read config: " + buffer.getError().message());
    files.emplace_back(path, (*buffer)->getBuffer().str());
  }
  return parseConfigs(files);
}
