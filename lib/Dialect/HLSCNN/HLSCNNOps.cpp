//===- HLSCNNOps.cpp - The hlscnn dialect ---------------------------------===//

#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"

#include "Flexmatch/Dialect/Common/HardwareConstraints.h"
#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::hlscnn;

#include "Flexmatch/Dialect/HLSCNN/HLSCNNOpsDialect.cpp.inc"

void HLSCNNDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.cpp.inc"

LogicalResult Conv2DOp::verify() {
  Operation *op = getOperation();
  if (failed(accel::checkStatic(op)) ||
      failed(accel::checkRank(op, "NCHW data", getData(), 4)) ||
      failed(accel::checkRank(op, "OIHW weight", getWeight(), 4)) ||
      failed(accel::checkElementTypes(op, /*floatInputs=*/true)))
    return failure();
  ArrayRef<int64_t> strides = getStrides(), padding = getPadding();
  if (strides.size() != 2 || llvm::any_of(strides, [](int64_t s) {
        return s < 1;
      }))
    return emitOpError("strides must be two positive values [sh, sw], got ")
           << accel::shapeStr(strides);
  if (padding.size() != 4 || llvm::any_of(padding, [](int64_t p) {
        return p < 0;
      }))
    return emitOpError("padding must be four non-negative values [top, "
                       "left, bottom, right], got ")
           << accel::shapeStr(padding);
  ArrayRef<int64_t> data = getData().getType().getShape();
  ArrayRef<int64_t> weight = getWeight().getType().getShape();
  // One group: every output channel reads every input channel.
  if (weight[1] != data[1])
    return accel::violation(op, "groups == 1")
           << "the weight has " << weight[1]
           << " input channels but the data has " << data[1];
  int64_t height = data[2] + padding[0] + padding[2];
  int64_t width = data[3] + padding[1] + padding[3];
  if (weight[2] > height || weight[3] > width)
    return emitOpError("kernel ")
           << weight[2] << "x" << weight[3] << " exceeds the padded input "
           << height << "x" << width;
  int64_t expected[] = {data[0], weight[0],
                        (height - weight[2]) / strides[0] + 1,
                        (width - weight[3]) / strides[1] + 1};
  return accel::checkResultShape(op, expected);
}
