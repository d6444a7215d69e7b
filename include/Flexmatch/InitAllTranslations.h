//===- InitAllTranslations.h - flexmatch translations -----------*- C++ -*-===//

#ifndef FLEXMATCH_INITALLTRANSLATIONS_H
#define FLEXMATCH_INITALLTRANSLATIONS_H

#include "Flexmatch/Target/Relay/ExportRelay.h"
#include "Flexmatch/Target/Relay/ImportRelay.h"

namespace flexmatch {

/// Registers --import-relay and --export-relay.
inline void registerAllTranslations() {
  static bool registered = [] {
    relay::registerImportRelayTranslation();
    relay::registerExportRelayTranslation();
    return true;
  }();
  (void)registered;
}

} // namespace flexmatch

#endif // FLEXMATCH_INITALLTRANSLATIONS_H
