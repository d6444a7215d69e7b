//===- Report.cpp - flexmatch-validate's report, as text and JSON ---------===//

#include "Flexmatch/Validation/Validate.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

using namespace flexmatch;
using namespace flexmatch::validation;

namespace {
unsigned total(const std::map<std::string, unsigned> &counts) {
  unsigned sum = 0;
  for (const auto &[name, count] : counts)
    sum += count;
  return sum;
}

/// "<label>: <total> (<name> <count>, ...)".
void printCounts(llvm::raw_ostream &os, llvm::StringRef label,
                 const std::map<std::string, unsigned> &counts) {
  os << label << ": " << total(counts);
  if (!counts.empty()) {
    os << " (";
    bool first = true;
    for (const auto &[name, count] : counts) {
      os << (first ? "" : ", ") << name << " " << count;
      first = false;
    }
    os << ")";
  }
  os << "\n";
}

const char *modeOf(const ValidationOptions &options) {
  return options.debug ? "debug functions" : "runtime calls";
}
} // namespace

void flexmatch::validation::printText(llvm::raw_ostream &os,
                                      const ValidationReport &report) {
  const ValidationOptions &options = report.options;
  os << "model: " << options.model << " (" << options.modelPath << ")\n";
  os << "configs: " << llvm::join(options.configNames, " ") << "\n";
  os << "extraction: " << (options.useIlp ? "ilp" : "greedy") << "\n";
  os << "accelerator ops run as: " << modeOf(options)
     << (options.debug ? " (the configs', else the built-in semantics)"
                       : " (the reference runtime's C ABI)")
     << "\n";
  os << "relay ops: " << report.opsBefore << " before, " << report.opsAfter
     << " after\n";
  for (const EqSatFunctionReport &function : report.functions) {
    os << "e-graph @" << function.function << ": " << function.eNodes
       << " e-nodes, " << function.eClasses << " e-classes, "
       << function.iterations << " iterations, stop " << function.stopReason
       << llvm::format(", DAG cost %.17g", function.dagCost);
    if (options.useIlp)
      os << (function.optimal ? " (optimal)" : " (not proven optimal)");
    os << "\n";
  }
  printCounts(os, "regions", report.regions);
  printCounts(os, "accelerator ops", report.acceleratorOps);
  os << "time:";
  for (size_t i = 0; i != report.times.size(); ++i)
    os << (i ? "," : "") << " " << report.times[i].first
       << llvm::format(" %.3f s", report.times[i].second);
  os << "\n";
  os << "inputs: " << report.numInputs << " seeded (seed " << options.seed
     << ")\n";
  for (const OutputResult &output : report.outputs) {
    const npy::Comparison &c = output.comparison;
    os << output.name << " " << output.type << ": ";
    if (!c.incompatible.empty()) {
      os << c.incompatible << "\n";
      continue;
    }
    os << llvm::format("max abs error %.3g, max rel error %.3g", c.maxAbsError,
                       c.maxRelError);
    if (c.mismatches)
      os << "; " << c.mismatches << " of " << c.elements
         << " elements differ, the first at flat index " << c.firstMismatch
         << llvm::format(": %.9g instead of %.9g", c.firstActual,
                         c.firstExpected);
    os << "\n";
  }
  os << (report.passed() ? "PASSED" : "FAILED")
     << llvm::format(" (rtol %g, atol %g)\n", options.rtol, options.atol);
}

void flexmatch::validation::printJson(llvm::raw_ostream &os,
                                      const ValidationReport &report) {
  const ValidationOptions &options = report.options;
  llvm::json::OStream json(os, 2);
  auto counts = [&](llvm::StringRef key,
                    const std::map<std::string, unsigned> &values) {
    json.attributeObject(key, [&] {
      for (const auto &[name, count] : values)
        json.attribute(name, count);
    });
  };
  json.object([&] {
    json.attribute("model", options.model);
    json.attribute("path", options.modelPath);
    json.attributeArray("configs", [&] {
      for (const std::string &name : options.configNames)
        json.value(name);
    });
    json.attribute("extraction", options.useIlp ? "ilp" : "greedy");
    json.attribute("debug", options.debug);
    json.attribute("relay_ops_before", int64_t(report.opsBefore));
    json.attribute("relay_ops_after", int64_t(report.opsAfter));
    json.attributeArray("functions", [&] {
      for (const EqSatFunctionReport &function : report.functions)
        json.object([&] {
          json.attribute("name", function.function);
          json.attribute("e_nodes", int64_t(function.eNodes));
          json.attribute("e_classes", int64_t(function.eClasses));
          json.attribute("iterations", function.iterations);
          json.attribute("stop", function.stopReason);
          json.attribute("dag_cost", function.dagCost);
          json.attribute("proven_optimal", function.optimal);
          counts("regions", function.regions);
        });
    });
    counts("regions", report.regions);
    counts("accelerator_ops", report.acceleratorOps);
    json.attributeObject("seconds", [&] {
      for (const auto &[stage, seconds] : report.times)
        json.attribute(stage, seconds);
    });
    json.attribute("inputs", report.numInputs);
    json.attribute("seed", int64_t(options.seed));
    json.attribute("rtol", options.rtol);
    json.attribute("atol", options.atol);
    json.attributeArray("outputs", [&] {
      for (const OutputResult &output : report.outputs)
        json.object([&] {
          const npy::Comparison &c = output.comparison;
          json.attribute("name", output.name);
          json.attribute("type", output.type);
          if (!c.incompatible.empty()) {
            json.attribute("incompatible", c.incompatible);
            return;
          }
          json.attribute("max_abs_error", c.maxAbsError);
          json.attribute("max_rel_error", c.maxRelError);
          json.attribute("elements", c.elements);
          json.attribute("mismatches", c.mismatches);
        });
    });
    json.attribute("passed", report.passed());
  });
  os << "\n";
}
