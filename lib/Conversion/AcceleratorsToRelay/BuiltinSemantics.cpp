//===- BuiltinSemantics.cpp - What each accelerator op computes -----------===//
//
// The built-in semantics of the accelerator ops as relay computations, used
// by the debug lowering when no config gives a debug function. They follow
// the ops' documentation (and the original flexmatch's debug functions).
//
//===----------------------------------------------------------------------===//

#include "Semantics.h"

#include "Flexmatch/Dialect/FlexASR/FlexASROps.h"
#include "Flexmatch/Dialect/HLSCNN/HLSCNNOps.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "Flexmatch/Dialect/VTA/VTAOps.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace flexmatch;

static ArrayRef<int64_t> shapeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getShape();
}

/// The `out_dtype` attribute that makes a product accumulate in the op's
/// out dtype (int8 inputs, int32 results), when it differs from the inputs'.
static SmallVector<NamedAttribute> outDtype(RelayBuilder &r, Operation *op) {
  Type in = getElementTypeOrSelf(op->getOperand(0).getType());
  Type out = getElementTypeOrSelf(op->getResult(0).getType());
  if (in == out)
    return {};
  return {r.attr("out_dtype",
                 StringAttr::get(op->getContext(), relay::printDType(out)))};
}

static Value conv2d(RelayBuilder &r, hlscnn::Conv2DOp op) {
  SmallVector<NamedAttribute> attrs = outDtype(r, op);
  attrs.push_back(r.ints("strides", op.getStrides()));
  attrs.push_back(r.ints("padding", op.getPadding()));
  return r.op("nn.conv2d", {op.getData(), op.getWeight()}, attrs);
}

static Value linear(RelayBuilder &r, flexasr::LinearOp op) {
  Value product =
      r.op("nn.dense", {op.getData(), op.getWeight()}, outDtype(r, op));
  return r.op("nn.bias_add",
              {product, r.castTo(op.getBias(),
                                 cast<RankedTensorType>(op.getBias().getType())
                                     .clone(getElementTypeOrSelf(
                                         op.getResult().getType())))});
}

/// [t, h] -> [t/2, 2, h], the max over the pairs.
static Value maxpool(RelayBuilder &r, flexasr::MaxPoolOp op) {
  ArrayRef<int64_t> shape = shapeOf(op.getData());
  Value pairs = r.op("reshape", op.getData(),
                     {r.ints("newshape", {shape[0] / 2, 2, shape[1]})});
  return r.op("max", pairs, {r.ints("axis", {1})});
}

/// The LSTM unrolled over time, as models/generate.py's lstm-pattern spells
/// it: per step, gates = dense(concat(x_t, h), concat(w_ih, w_hh)) + b_ih +
/// b_hh, split in four (i, f, g, o).
static Value lstm(RelayBuilder &r, flexasr::LSTMOp op) {
  ArrayRef<int64_t> data = shapeOf(op.getData());
  int64_t steps = data[0], batch = data[1], input = data[2];
  int64_t hidden = shapeOf(op.getHiddenInit())[2];
  auto concat = [&](ValueRange parts, int64_t axis) {
    return r.op("concatenate", r.op("tuple", parts),
                {r.integer("axis", axis)});
  };
  auto slice = [&](Value value, ArrayRef<int64_t> begin,
                   ArrayRef<int64_t> end) {
    return r.op("strided_slice", value,
                {r.ints("begin", begin), r.ints("end", end)});
  };
  Value weight = concat({op.getWeightIh(), op.getWeightHh()}, 1);
  Value h = r.op("reshape", op.getHiddenInit(),
                 {r.ints("newshape", {batch, hidden})});
  Value c = r.op("reshape", op.getCellInit(),
                 {r.ints("newshape", {batch, hidden})});
  SmallVector<Value> outputs;
  for (int64_t t = 0; t < steps; ++t) {
    Value x = r.op("reshape",
                   slice(op.getData(), {t, 0, 0}, {t + 1, batch, input}),
                   {r.ints("newshape", {batch, input})});
    Value gates = r.op("nn.dense", {concat({x, h}, 1), weight});
    gates = r.op("add", {r.op("add", {gates, op.getBiasIh()}),
                         op.getBiasHh()});
    auto gate = [&](int64_t k) {
      return slice(gates, {0, k * hidden}, {batch, (k + 1) * hidden});
    };
    Value i = r.op("sigmoid", gate(0)), f = r.op("sigmoid", gate(1));
    Value g = r.op("tanh", gate(2)), o = r.op("sigmoid", gate(3));
    c = r.op("add", {r.op("multiply", {f, c}), r.op("multiply", {i, g})});
    h = r.op("multiply", {o, r.op("tanh", c)});
    outputs.push_back(
        r.op("reshape", h, {r.ints("newshape", {1, batch, hidden})}));
  }
  return concat(outputs, 0);
}

/// (x - mean) / sqrt(variance + epsilon) * gamma + beta over each row, the
/// variance being the mean of the squared deviations (Relay's `variance`).
static Value layernorm(RelayBuilder &r, flexasr::LayerNormOp op) {
  Type element = getElementTypeOrSelf(op.getData().getType());
  auto rowMean = [&](Value value) {
    return r.op("mean", value,
                {r.ints("axis", {1}),
                 r.attr("keepdims", BoolAttr::get(op.getContext(), true))});
  };
  Value centered =
      r.op("subtract", {op.getData(), rowMean(op.getData())});
  Value variance = rowMean(r.op("multiply", {centered, centered}));
  Value epsilon =
      r.scalar(element, op.getEpsilon().convertToDouble());
  Value normalized = r.op(
      "divide", {centered, r.op("sqrt", r.op("add", {variance, epsilon}))});
  return r.op("add",
              {r.op("multiply", {normalized, op.getGamma()}), op.getBeta()});
}

/// softmax(q k^T / sqrt(d)) v, with v^T as the dense weight.
static Value attention(RelayBuilder &r, flexasr::AttentionOp op) {
  Type element = getElementTypeOrSelf(op.getQuery().getType());
  int64_t depth = shapeOf(op.getQuery())[1];
  Value scores = r.op("multiply",
                      {r.op("nn.dense", {op.getQuery(), op.getKey()}),
                       r.scalar(element, 1.0 / std::sqrt(double(depth)))});
  Value weights = r.op("nn.softmax", scores, {r.integer("axis", -1)});
  Value valueT = r.op("transpose", op.getValue(), {r.ints("axes", {1, 0})});
  return r.op("nn.dense", {weights, valueT});
}

Value flexmatch::buildBuiltinSemantics(RelayBuilder &r, Operation *op) {
  return llvm::TypeSwitch<Operation *, Value>(op)
      .Case([&](hlscnn::Conv2DOp conv) { return conv2d(r, conv); })
      .Case([&](flexasr::LinearOp o) { return linear(r, o); })
      .Case([&](flexasr::MaxPoolOp o) { return maxpool(r, o); })
      .Case([&](flexasr::LSTMOp o) { return lstm(r, o); })
      .Case([&](flexasr::LayerNormOp o) { return layernorm(r, o); })
      .Case([&](flexasr::AttentionOp o) { return attention(r, o); })
      .Case([&](vta::DenseOp o) {
        return r.op("nn.dense", {o.getData(), o.getWeight()}, outDtype(r, o));
      })
      .Case([&](vta::AddOp o) {
        return r.op("add", {o.getLhs(), o.getRhs()});
      })
      .Case([&](vta::MaxOp o) {
        return r.op("maximum", {o.getLhs(), o.getRhs()});
      })
      .Case([&](vta::MinOp o) {
        return r.op("minimum", {o.getLhs(), o.getRhs()});
      })
      .Case([&](vta::ReluOp o) { return r.op("nn.relu", o.getData()); })
      .Default([&](Operation *other) {
        emitError(r.getLoc(), "no built-in semantics for ")
            << other->getName();
        return Value();
      });
}
