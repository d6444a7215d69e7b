# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "FLEXMATCH"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".relay", ".test"]
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.flexmatch_obj_root, "test")

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

# ILP extraction needs COIN-OR CBC (optional at configure time).
if getattr(config, "flexmatch_has_cbc", "") in ("1", "TRUE", "ON"):
    config.available_features.add("cbc")

# The project's own configs (configs/*.json).
config.substitutions.append(("%flexmatch_src", config.flexmatch_src_root))
config.substitutions.append(("%flexmatch_tools_dir", config.flexmatch_tools_dir))

# The corpus of real models lives beside the checkout (../shared/corpus). A
# user's clone has none: the tests that need it are then reported
# UNSUPPORTED, with this message.
corpus = os.path.realpath(
    os.path.join(config.flexmatch_src_root, "..", "shared", "corpus"))
if os.path.isdir(os.path.join(corpus, "relay")):
    config.available_features.add("corpus")
    config.substitutions.append(("%corpus", corpus))
else:
    lit_config.note("../shared/corpus not found: corpus tests are skipped")

tools = [
    ToolSubst("flexmatch-opt", unresolved="fatal"),
    ToolSubst("flexmatch-translate", unresolved="fatal"),
    ToolSubst("flexmatch-run", unresolved="fatal"),
    ToolSubst("flexmatch-extract", unresolved="fatal"),
    ToolSubst("flexmatch-validate", unresolved="fatal"),
]
llvm_config.add_tool_substitutions(tools, [config.flexmatch_tools_dir])
