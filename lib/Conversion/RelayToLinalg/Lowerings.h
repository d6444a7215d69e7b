//===- Lowerings.h - The relay lowering pattern sets ------------*- C++ -*-===//
//
// One pattern set per family of relay ops, each in its own file; the pass in
// RelayToLinalg.cpp adds them all.
//
//===----------------------------------------------------------------------===//

#ifndef FLEXMATCH_LIB_CONVERSION_RELAYTOLINALG_LOWERINGS_H
#define FLEXMATCH_LIB_CONVERSION_RELAYTOLINALG_LOWERINGS_H

#include "LoweringUtils.h"

namespace flexmatch::lowering {

void populateElementwiseLowerings(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns);
void populateReductionLowerings(const mlir::TypeConverter &converter,
                                mlir::RewritePatternSet &patterns);
void populateNormalizationLowerings(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns);
void populateContractionLowerings(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns);
void populatePoolingLowerings(const mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns);
void populateShapeLowerings(const mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns);
void populateResamplingLowerings(const mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns);
void populateQuantizedLowerings(const mlir::TypeConverter &converter,
                                mlir::RewritePatternSet &patterns);
void populateStructuralLowerings(const mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns);

} // namespace flexmatch::lowering

#endif // FLEXMATCH_LIB_CONVERSION_RELAYTOLINALG_LOWERINGS_H
