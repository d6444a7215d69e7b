//===- flexmatch-translate.cpp - Relay text <-> relay dialect -------------===//
//
// `flexmatch-translate --import-relay model.relay` reads TVM Relay text into
// the relay dialect; `--export-relay` writes it back as Relay text.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/InitAllTranslations.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  flexmatch::registerAllTranslations();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "flexmatch translation driver"));
}
