//===- JsonErrors.h - Where a JSON text is wrong ----------------*- C++ -*-===//
//
// flexmatch parses JSON with nlohmann::json without exceptions (LLVM builds
// with -fno-exceptions), which says that a parse failed but not where. The
// config loader and the egraph-serialize reader re-run a failed parse
// through firstSyntaxError, and turn byte offsets into line and column with
// lineColumnAt, so their errors read file:line:col.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_SUPPORT_JSONERRORS_H
#define FLEXMATCH_SUPPORT_JSONERRORS_H

#include "llvm/ADT/StringRef.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace flexmatch::support {

/// A syntax error: the byte offset it was found at, and what is wrong.
struct SyntaxError {
  size_t offset = 0;
  std::string message;
};

namespace detail {
/// A SAX handler that accepts everything and records the first error.
template <typename Json>
class SyntaxErrorFinder : public nlohmann::json_sax<Json> {
  using Base = nlohmann::json_sax<Json>;

public:
  SyntaxError error;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(typename Base::number_integer_t) override { return true; }
  bool number_unsigned(typename Base::number_unsigned_t) override {
    return true;
  }
  bool number_float(typename Base::number_float_t,
                    const typename Base::string_t &) override {
    return true;
  }
  bool string(typename Base::string_t &) override { return true; }
  bool binary(typename Base::binary_t &) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(typename Base::string_t &) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string &,
                   const nlohmann::detail::exception &ex) override {
    // nlohmann reports the position after the offending character.
    error.offset = position ? position - 1 : 0;
    // "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error while parsing ..." -> "syntax error while parsing ...".
    llvm::StringRef what(ex.what());
    size_t colon = what.find(": ");
    error.message =
        (colon == llvm::StringRef::npos ? what : what.drop_front(colon + 2))
            .str();
    return false;
  }
};
} // namespace detail

/// The first syntax error of \p text, read as \p Json (nlohmann::json or
/// nlohmann::ordered_json), for a text whose parse failed.
template <typename Json>
SyntaxError firstSyntaxError(llvm::StringRef text) {
  detail::SyntaxErrorFinder<Json> finder;
  Json::sax_parse(text.begin(), text.end(), &finder);
  return finder.error;
}

/// The 1-based line and column of byte \p offset of \p text.
inline std::pair<unsigned, unsigned> lineColumnAt(llvm::StringRef text,
                                                  size_t offset) {
  unsigned line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

} // namespace flexmatch::support

#endif // FLEXMATCH_SUPPORT_JSONERRORS_H
