//===- VTAOps.cpp - The vta dialect ---------------------------------------===//

#include "Flexmatch/Dialect/VTA/VTAOps.h"

#include "Flexmatch/Dialect/Common/HardwareConstraints.h"
#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::vta;

#include "Flexmatch/Dialect/VTA/VTAOpsDialect.cpp.inc"

void VTADialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Flexmatch/Dialect/VTA/VTAOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/VTA/VTAOps.cpp.inc"

/// The GEMM core multiplies 16 x 16 tiles: every dim is a multiple of 16.
static constexpr int64_t kTile = 16;

LogicalResult DenseOp::verify() {
  Operation *op = getOperation();
  if (failed(accel::checkStatic(op)) ||
      failed(accel::checkRank(op, "data", getData(), 2)) ||
      failed(accel::checkRank(op, "weight", getWeight(), 2)) ||
      failed(accel::checkElementTypes(op)))
    return failure();
  ArrayRef<int64_t> data = getData().getType().getShape();
  ArrayRef<int64_t> weight = getWeight().getType().getShape();
  if (data[1] != weight[1])
    return emitOpError("data [m, k] = ")
           << accel::shapeStr(data) << " and weight [n, k] = "
           << accel::shapeStr(weight) << " differ in k";
  for (auto [name, dim] : {std::pair<const char *, int64_t>{"m", data[0]},
                           {"n", weight[0]},
                           {"k", data[1]}})
    if (dim % kTile != 0)
      return accel::violation(op, "dims % 16 == 0")
             << name << " = " << dim << " is not a multiple of 16";
  return accel::checkResultShape(op, {data[0], weight[0]});
}

/// The ALU combines tensors of one type elementwise, without broadcasting.
static LogicalResult verifyAlu(Operation *op) {
  if (failed(accel::checkStatic(op)))
    return failure();
  Type type = op->getResult(0).getType();
  for (auto [index, operand] : llvm::enumerate(op->getOperands()))
    if (operand.getType() != type)
      return accel::violation(op, "same-shape elementwise")
             << "operand #" << index << " has type " << operand.getType()
             << " but the result has type " << type;
  return success();
}

LogicalResult AddOp::verify() { return verifyAlu(getOperation()); }
LogicalResult MaxOp::verify() { return verifyAlu(getOperation()); }
LogicalResult MinOp::verify() { return verifyAlu(getOperation()); }
LogicalResult ReluOp::verify() { return verifyAlu(getOperation()); }
