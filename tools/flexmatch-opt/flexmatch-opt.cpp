//===- flexmatch-opt.cpp - flexmatch's optimizer driver -------------------===//
//
// mlir-opt for flexmatch's dialects and passes.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Conversion/Passes.h"
#include "Flexmatch/InitAllDialects.h"
#include "Flexmatch/Transforms/MlirEGraph.h"
#include "Flexmatch/Transforms/Passes.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  flexmatch::registerAllDialects(registry);
  flexmatch::registerConversionPasses();
  flexmatch::registerFlexmatchTransformsPasses();
  // Test passes (for lit tests only).
  flexmatch::registerTestEqSatRoundTripPass();
  // The generic cleanups users combine with flexmatch's passes.
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  mlir::registerPrintOpStatsPass();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "flexmatch optimizer driver\n", registry));
}
