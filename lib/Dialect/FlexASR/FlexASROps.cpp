//===- FlexASROps.cpp - The flexasr dialect -------------------------------===//

#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"

#include "Flexmatch/Dialect/Common/HardwareConstraints.h"
#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace flexmatch;
using namespace flexmatch::flexasr;

#include "Flexmatch/Dialect/FlexASR/FlexASROpsDialect.cpp.inc"

void FlexASRDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Flexmatch/Dialect/FlexASR/FlexASROps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "Flexmatch/Dialect/FlexASR/FlexASROps.cpp.inc"

/// FlexASR's vector unit processes 16 values at a time.
static constexpr int64_t kVector = 16;

/// The common checks: static shapes, the operands' ranks (in operand
/// order, with the names the diagnostics use), one input element type.
static LogicalResult
checkOperands(Operation *op,
              ArrayRef<std::pair<const char *, int64_t>> namesAndRanks) {
  if (failed(accel::checkStatic(op)))
    return failure();
  for (auto [operand, nameAndRank] :
       llvm::zip(op->getOperands(), namesAndRanks))
    if (failed(accel::checkRank(op, nameAndRank.first, operand,
                                nameAndRank.second)))
      return failure();
  return accel::checkElementTypes(op);
}

static ArrayRef<int64_t> shapeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getShape();
}

/// Reports that \p what = \p actual where \p expected was required.
static LogicalResult mismatch(Operation *op, StringRef what,
                              ArrayRef<int64_t> actual,
                              ArrayRef<int64_t> expected) {
  if (actual == expected)
    return success();
  return op->emitOpError() << what << " has shape " << accel::shapeStr(actual)
                           << " but " << accel::shapeStr(expected)
                           << " is required";
}

LogicalResult LinearOp::verify() {
  Operation *op = getOperation();
  if (failed(checkOperands(op, {{"data", 2}, {"weight", 2}, {"bias", 1}})))
    return failure();
  ArrayRef<int64_t> data = shapeOf(getData()), weight = shapeOf(getWeight());
  if (failed(mismatch(op, "weight [m, k]", weight, {weight[0], data[1]})) ||
      failed(mismatch(op, "bias [m]", shapeOf(getBias()), {weight[0]})))
    return failure();
  return accel::checkResultShape(op, {data[0], weight[0]});
}

LogicalResult MaxPoolOp::verify() {
  Operation *op = getOperation();
  if (failed(checkOperands(op, {{"data", 2}})))
    return failure();
  ArrayRef<int64_t> data = shapeOf(getData());
  if (data[0] % 2 != 0)
    return accel::violation(op, "t even")
           << "the data [t, h] = " << accel::shapeStr(data)
           << " has an odd number of steps";
  if (data[1] % kVector != 0)
    return accel::violation(op, "h % 16 == 0")
           << "the data [t, h] = " << accel::shapeStr(data)
           << " has h not a multiple of 16";
  return accel::checkResultShape(op, {data[0] / 2, data[1]});
}

LogicalResult LSTMOp::verify() {
  Operation *op = getOperation();
  if (failed(checkOperands(op, {{"data", 3},
                                {"initial hidden state", 3},
                                {"initial cell state", 3},
                                {"weight_ih", 2},
                                {"weight_hh", 2},
                                {"bias_ih", 1},
                                {"bias_hh", 1}})))
    return failure();
  ArrayRef<int64_t> data = shapeOf(getData());
  int64_t steps = data[0], batch = data[1], input = data[2];
  int64_t hidden = shapeOf(getHiddenInit())[2];
  int64_t state[] = {1, batch, hidden};
  if (failed(mismatch(op, "the initial hidden state [1, B, H]",
                      shapeOf(getHiddenInit()), state)) ||
      failed(mismatch(op, "the initial cell state [1, B, H]",
                      shapeOf(getCellInit()), state)) ||
      failed(mismatch(op, "weight_ih [4H, I]", shapeOf(getWeightIh()),
                      {4 * hidden, input})) ||
      failed(mismatch(op, "weight_hh [4H, H]", shapeOf(getWeightHh()),
                      {4 * hidden, hidden})) ||
      failed(mismatch(op, "bias_ih [4H]", shapeOf(getBiasIh()),
                      {4 * hidden})) ||
      failed(mismatch(op, "bias_hh [4H]", shapeOf(getBiasHh()),
                      {4 * hidden})))
    return failure();
  return accel::checkResultShape(op, {steps, batch, hidden});
}

LogicalResult LayerNormOp::verify() {
  Operation *op = getOperation();
  if (failed(checkOperands(op, {{"data", 2}, {"gamma", 1}, {"beta", 1}})))
    return failure();
  ArrayRef<int64_t> data = shapeOf(getData());
  if (failed(mismatch(op, "gamma [h]", shapeOf(getGamma()), {data[1]})) ||
      failed(mismatch(op, "beta [h]", shapeOf(getBeta()), {data[1]})))
    return failure();
  if (!(getEpsilon().convertToDouble() >= 0))
    return emitOpError("epsilon must be non-negative, got ")
           << getEpsilon().convertToDouble();
  return accel::checkResultShape(op, data);
}

LogicalResult AttentionOp::verify() {
  Operation *op = getOperation();
  if (failed(checkOperands(op, {{"query", 2}, {"key", 2}, {"value", 2}})))
    return failure();
  ArrayRef<int64_t> query = shapeOf(getQuery()), key = shapeOf(getKey()),
                    value = shapeOf(getValue());
  if (failed(mismatch(op, "key [m, d]", key, {key[0], query[1]})) ||
      failed(mismatch(op, "value [m, e]", value, {key[0], value[1]})))
    return failure();
  return accel::checkResultShape(op, {query[0], value[1]});
}
