//===- ConfigTest.cpp - The JSON config loader ----------------------------===//

#include "Flexmatch/Transforms/Config.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

using namespace flexmatch::eqsat;

namespace {

const char *kLinear = R"j({
    "rewrites": {
        "linear-rewrites": [],
        "flex-linear-rewrite": []
    },
    "composites": { "flex-linear": "ilaflex.linear" },
    "compilers": { "flex-linear": "ilaflex" },
    "debug_functions": {
        "flex-linear": "fn (%x, %w, %b) { nn.bias_add(nn.dense(%x, %w), %b) }"
    },
    "out_dtypes": { "flex-linear": "float32" }
})j";

/// The error message of a failed parse, "" on success.
std::string errorOf(std::vector<std::pair<std::string, std::string>> files) {
  auto config = parseConfigs(files);
  if (config)
    return "";
  return llvm::toString(config.takeError());
}

std::string errorOf(const std::string &text) {
  return errorOf({{"c.json", text}});
}

TEST(Config, ReadsAllFiveKeys) {
  auto config = parseConfigs({{"linear.json", kLinear}});
  ASSERT_TRUE(bool(config)) << llvm::toString(config.takeError());
  ASSERT_EQ(config->rewrites.size(), 2u);
  // Catalog order: linear-rewrites comes before flex-linear-rewrite there.
  EXPECT_EQ(config->rewrites[0].info->name, "linear-rewrites");
  EXPECT_EQ(config->rewrites[1].info->name, "flex-linear-rewrite");
  EXPECT_EQ(config->rewrites[1].loc.str(), "linear.json:4:9");
  const AcceleratorConfig &acc = config->accelerators.at("flex-linear");
  EXPECT_EQ(acc.composite, "ilaflex.linear");
  EXPECT_EQ(acc.compiler, "ilaflex");
  EXPECT_EQ(acc.outDtype, "float32");
  EXPECT_EQ(acc.debugFunction,
            "fn (%x, %w, %b) { nn.bias_add(nn.dense(%x, %w), %b) }");
  EXPECT_TRUE(config->warnings.empty());
}

TEST(Config, RewriteOrderDoesNotDependOnTheFile) {
  const char *reversed = R"j({"rewrites": {"flex-linear-rewrite": [],
    "linear-rewrites": []}, "composites": {}, "compilers": {},
    "debug_functions": {}, "out_dtypes": {}})j";
  auto config = parseConfigs({{"r.json", reversed}});
  ASSERT_TRUE(bool(config));
  EXPECT_EQ(config->rewrites[0].info->name, "linear-rewrites");
}

TEST(Config, IntegerArguments) {
  auto config = parseConfigs({{"m.json", R"j({"rewrites": {"reassociate-max": [2, 3]},
    "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j"}});
  ASSERT_TRUE(bool(config));
  EXPECT_EQ(config->rewrites[0].args, (llvm::SmallVector<int64_t>{2, 3}));
}

TEST(Config, AcceptsCompilerSpelledAsInTheReadme) {
  auto config = parseConfigs({{"c.json", R"j({"rewrites": {},
    "composites": {"vta-dense": "ilavta.dense"}, "compiler": {"vta-dense": "ilavta"},
    "debug_functions": {}, "out_dtypes": {}})j"}});
  ASSERT_TRUE(bool(config)) << llvm::toString(config.takeError());
  EXPECT_EQ(config->accelerators.at("vta-dense").compiler, "ilavta");
}

TEST(Config, PythonDebugFunctionsWarn) {
  auto config = parseConfigs({{"v.json", R"j({"rewrites": {},
    "composites": {}, "compilers": {},
    "debug_functions": {"vta-dense": "lambda x,w: nn.dense(x, w)"},
    "out_dtypes": {}})j"}});
  ASSERT_TRUE(bool(config));
  ASSERT_EQ(config->warnings.size(), 1u);
  EXPECT_EQ(config->warnings[0].loc.str(), "v.json:3:25");
  EXPECT_NE(config->warnings[0].message.find("not Relay text"),
            std::string::npos);
  EXPECT_TRUE(config->accelerators.at("vta-dense").debugFunction.empty());
}

TEST(Config, MalformedJsonHasLineAndColumn) {
  EXPECT_EQ(errorOf("{\n  \"rewrites\": {,\n}"),
            "c.json:2:16: malformed JSON: syntax error while parsing object "
            "key - unexpected ','; expected string literal");
  EXPECT_EQ(errorOf(""), "c.json:1:1: malformed JSON: syntax error while "
                         "parsing value - unexpected end of input; expected "
                         "'[', '{', or a literal");
}

TEST(Config, NotAnObject) {
  EXPECT_EQ(errorOf("[1, 2]"),
            "c.json:1:1: a config must be a JSON object with the keys "
            "rewrites, composites, compilers, debug_functions, out_dtypes");
}

TEST(Config, UnknownAndMissingKeys) {
  EXPECT_EQ(errorOf(R"j({"rewrites": {}, "composites": {}, "compilers": {},
 "debug_functions": {}, "out_dtypes": {}, "extra": 1})j"),
            "c.json:2:43: unknown key 'extra' (valid keys: rewrites, "
            "composites, compilers, debug_functions, out_dtypes)");
  EXPECT_EQ(errorOf(R"j({"rewrites": {}, "composites": {}, "compilers": {},
 "debug_functions": {}})j"),
            "c.json:1:1: missing key 'out_dtypes'");
  EXPECT_EQ(errorOf(R"j({"rewrites": {}, "composites": {}, "compilers": {},
 "compiler": {}, "debug_functions": {}, "out_dtypes": {}})j"),
            "c.json:2:2: both 'compiler' and 'compilers' are given; use one");
}

TEST(Config, UnknownRewriteListsTheValidNames) {
  std::string message = errorOf(R"j({"rewrites": {"im2col": [], "im2row": []},
    "composites": {}, "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j");
  EXPECT_EQ(message.rfind("c.json:1:29: unknown rewrite 'im2row' (valid "
                          "rewrites: flatten-unflatten-all-accesses, ",
                          0),
            0u)
      << message;
  EXPECT_NE(message.find("reassociate-max"), std::string::npos);
  EXPECT_NE(message.find("flex-lstm)"), std::string::npos);
}

TEST(Config, WrongArguments) {
  auto wrap = [](const std::string &rewrites) {
    return "{\"rewrites\": {" + rewrites +
           "}, \"composites\": {}, \"compilers\": {}, \"debug_functions\": "
           "{}, \"out_dtypes\": {}}";
  };
  EXPECT_EQ(errorOf(wrap(R"j("reassociate-max": [2])j")),
            "c.json:1:15: rewrite 'reassociate-max' takes 2 integer "
            "arguments, got 1");
  EXPECT_EQ(errorOf(wrap(R"j("im2col": [1])j")),
            "c.json:1:15: rewrite 'im2col' takes 0 integer arguments, got 1");
  EXPECT_EQ(errorOf(wrap(R"j("reassociate-max": [2, "2"])j")),
            "c.json:1:15: the arguments of rewrite 'reassociate-max' must be "
            "integers, got \"2\"");
  EXPECT_EQ(errorOf(wrap(R"j("im2col": {})j")),
            "c.json:1:15: the arguments of rewrite 'im2col' must be an array "
            "of integers");
}

TEST(Config, BadAcceleratorEntries) {
  EXPECT_EQ(errorOf(R"j({"rewrites": {}, "composites": {"tpu-conv": "x"},
 "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j"),
            "c.json:1:33: unknown accelerator function 'tpu-conv' in "
            "'composites' (valid: hlscnn-conv2d, flex-linear, flex-maxpool, "
            "vta-dense, flex-lstm)");
  EXPECT_EQ(errorOf(R"j({"rewrites": {}, "composites": {}, "compilers": {},
 "debug_functions": {}, "out_dtypes": {"vta-dense": "float33"}})j"),
            "c.json:2:40: 'float33' is not a Relay dtype (valid: float16, "
            "float32, float64, int8, int16, int32, int64, uint8, uint16, "
            "uint32, uint64, bool)");
  EXPECT_EQ(errorOf(R"j({"rewrites": {}, "composites": {"vta-dense": 3},
 "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j"),
            "c.json:1:33: the value of 'vta-dense' in 'composites' must be a "
            "string, got 3");
  EXPECT_EQ(errorOf(R"j({"rewrites": [], "composites": {}, "compilers": {},
 "debug_functions": {}, "out_dtypes": {}})j"),
            "c.json:1:2: 'rewrites' must be an object mapping rewrite names "
            "to arrays of integer arguments");
}

TEST(Config, MergesFilesAndReportsConflictsWithBothPlaces) {
  const char *other = R"j({"rewrites": {"flex-linear-rewrite": [], "im2col": []},
 "composites": {"flex-linear": "ilaflex.linear"}, "compilers": {},
 "debug_functions": {}, "out_dtypes": {}})j";
  auto config = parseConfigs({{"a.json", kLinear}, {"b.json", other}});
  ASSERT_TRUE(bool(config)) << llvm::toString(config.takeError());
  EXPECT_EQ(config->rewrites.size(), 3u);
  EXPECT_EQ(config->files, (std::vector<std::string>{"a.json", "b.json"}));

  const char *conflict = R"j({"rewrites": {}, "composites": {"flex-linear": "other.linear"},
 "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j";
  EXPECT_EQ(errorOf({{"a.json", kLinear}, {"b.json", conflict}}),
            "b.json:1:33: composites of 'flex-linear' is 'other.linear' here "
            "but 'ilaflex.linear' at a.json:6:21");
  const char *args1 = R"j({"rewrites": {"reassociate-max": [2, 2]}, "composites": {},
 "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j";
  const char *args2 = R"j({"rewrites": {"reassociate-max": [4, 4]}, "composites": {},
 "compilers": {}, "debug_functions": {}, "out_dtypes": {}})j";
  EXPECT_EQ(errorOf({{"a.json", args1}, {"b.json", args2}}),
            "b.json:1:15: rewrite 'reassociate-max' is given arguments [4, 4] "
            "here but different ones in a.json:1:15");
}

TEST(Config, MissingFile) {
  auto config = loadConfigs({"/nonexistent/x.json"});
  ASSERT_FALSE(bool(config));
  EXPECT_EQ(llvm::toString(config.takeError()),
            "/nonexistent/x.json: cannot read config: No such file or "
            "directory");
}

TEST(Config, OriginalConfigsLoadUnchanged) {
  llvm::SmallString<128> dir(FLEXMATCH_CORPUS_DIR);
  llvm::sys::path::append(dir, "configs-original");
  if (!llvm::sys::fs::is_directory(dir))
    GTEST_SKIP() << "no corpus at " << dir.str().str();
  std::error_code ec;
  int loaded = 0;
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    if (!llvm::StringRef(it->path()).ends_with(".json"))
      continue;
    auto config = loadConfigs({it->path()});
    EXPECT_TRUE(bool(config))
        << it->path() << ": " << llvm::toString(config.takeError());
    ++loaded;
  }
  EXPECT_EQ(loaded, 8);
}

} // namespace
