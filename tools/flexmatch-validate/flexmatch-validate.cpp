//===- flexmatch-validate.cpp - Check a compiled model end to end ---------===//
//
// flexmatch-validate MODEL (--configs C... | --defaults) [--use-ilp] [--debug]
//     [--json] [--rtol R] [--atol A] [--seed N]
// flexmatch-validate --list-models
//
// MODEL is a zoo model's name or a .relay/.mlir file; a config is a name in
// configs/ or a file. Imports the model, offloads it (--eqsat), converts the
// regions to accelerator ops, runs them as runtime calls (or, with --debug,
// as the configs' debug functions), runs the original and the compiled
// model on the same seeded inputs and compares them. Prints a report and
// PASSED or FAILED. Exit status: 0 PASSED, 1 FAILED, 2 an error (bad
// arguments, a model or config that does not load, a failing stage).
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/InitAllDialects.h"
#include "Flexmatch/Validation/ModelZoo.h"
#include "Flexmatch/Validation/Validate.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace flexmatch;
using namespace flexmatch::validation;
namespace cl = llvm::cl;

static cl::OptionCategory category("flexmatch-validate options");
// The model, then (after --configs) more config names: the original took
// `--configs a b c`.
static cl::list<std::string> positional(cl::Positional,
                                        cl::desc("<model> [config...]"),
                                        cl::cat(category));
static cl::list<std::string>
    configs("configs", cl::CommaSeparated,
            cl::desc("Configs: names in configs/ (im2col, vta-dense, ...) or "
                     "files; also --configs a b c"),
            cl::cat(category));
static cl::opt<bool>
    defaults("defaults",
             cl::desc("Use the model's default configs (the original's "
                      "--defaults table)"),
             cl::cat(category));
static cl::opt<bool> useIlp("use-ilp",
                            cl::desc("Extract with the ILP (COIN-OR CBC)"),
                            cl::cat(category));
static cl::opt<double>
    ilpTimeLimit("ilp-time-limit", cl::init(10.0),
                 cl::desc("ILP time limit in seconds (default 10)"),
                 cl::cat(category));
static cl::opt<bool> debug(
    "debug",
    cl::desc("Run accelerator ops as the configs' debug functions instead "
             "of calls to the reference runtime"),
    cl::cat(category));
static cl::opt<bool> json("json", cl::desc("Print the report as JSON"),
                          cl::cat(category));
static cl::opt<double>
    relTolerance("rtol", cl::init(1e-4),
         cl::desc("Relative tolerance (default 1e-4: float32 sums taken in "
                  "another order)"),
         cl::cat(category));
static cl::opt<double> absTolerance("atol", cl::init(1e-5),
                            cl::desc("Absolute tolerance (default 1e-5)"),
                            cl::cat(category));
static cl::opt<uint64_t> seed("seed", cl::init(0),
                              cl::desc("Seed of the inputs (default 0)"),
                              cl::cat(category));
static cl::opt<bool> listModels("list-models",
                                cl::desc("List the zoo's models and exit"),
                                cl::cat(category));
static cl::opt<std::string>
    zooDir("zoo", cl::desc("The model zoo's directory (default: the build "
                           "tree's, or $FLEXMATCH_ZOO)"),
           cl::value_desc("DIR"), cl::cat(category));
static cl::opt<std::string>
    configDir("config-dir",
              cl::desc("Where config names are looked up (default: the "
                       "source tree's configs/, or $FLEXMATCH_CONFIGS)"),
              cl::value_desc("DIR"), cl::cat(category));
static cl::opt<bool> quiet("quiet", cl::desc("No progress on stderr"),
                           cl::cat(category));

static int error(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "flexmatch-validate") << message << "\n";
  return 2;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "flexmatch-validate: does the compiled model compute what the original "
      "did?\n");

  std::string zoo = zooDirectory(zooDir);
  if (listModels) {
    auto models = listZoo(zoo);
    if (!models)
      return error(llvm::toString(models.takeError()));
    for (const ZooModel &model : *models)
      llvm::outs() << model.name << "\t" << model.description << "\n";
    return 0;
  }
  if (positional.empty())
    return error("no model (a zoo name or a .relay file; see --list-models)");

  ValidationOptions options;
  auto path = resolveModel(positional.front(), zoo, options.model);
  if (!path)
    return error(llvm::toString(path.takeError()));
  options.modelPath = *path;

  std::vector<std::string> names(configs.begin(), configs.end());
  if (positional.size() > 1) {
    if (names.empty())
      return error("unexpected argument '" + positional[1] +
                   "' (configs follow --configs)");
    names.insert(names.end(), positional.begin() + 1, positional.end());
  }
  if (defaults && !names.empty())
    return error("--configs and --defaults are exclusive");
  if (!defaults && names.empty())
    return error("name the configs (--configs a b ...) or use --defaults");
  if (defaults) {
    auto fromTable = defaultConfigs(options.model);
    if (!fromTable)
      return error(llvm::toString(fromTable.takeError()));
    names = *fromTable;
  }
  std::string configs = configDirectory(configDir);
  for (const std::string &name : names) {
    auto config = resolveConfig(name, configs);
    if (!config)
      return error(llvm::toString(config.takeError()));
    options.configNames.push_back(name);
    options.configPaths.push_back(*config);
  }
  if (!(relTolerance >= 0) || !(absTolerance >= 0))
    return error("--rtol and --atol must be non-negative");
  if (!(ilpTimeLimit > 0))
    return error("--ilp-time-limit must be positive");
  options.useIlp = useIlp;
  options.ilpSeconds = ilpTimeLimit;
  options.debug = debug;
  options.rtol = relTolerance;
  options.atol = absTolerance;
  options.seed = seed;
  if (!quiet)
    options.progress = [&](llvm::StringRef stage) {
      llvm::errs() << "flexmatch-validate: " << options.model << ": " << stage
                   << "\n";
    };

  mlir::DialectRegistry registry;
  registerAllDialects(registry);
  mlir::MLIRContext context(registry);
  context.loadAllAvailableDialects();
  auto report = validate(context, options);
  if (!report)
    return error(llvm::toString(report.takeError()));
  if (json)
    printJson(llvm::outs(), *report);
  else
    printText(llvm::outs(), *report);
  return report->passed() ? 0 : 1;
}
