//===- ReferenceRuntime.cpp - Accelerators computed on the CPU ------------===//
//
// Straightforward loops over memref descriptors (any strides). Products
// accumulate in float, in the order the host's linalg lowering uses, so a
// model gives the same numbers whether its accelerator work runs here or
// on the host (in double, a deep network amplifies the last-bit
// differences to visible ones). Each function implements one entry point
// of AcceleratorABI.h under every name the project's and the original
// configs give it.
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Runtime/ReferenceRuntime.h"
#include "Flexmatch/Runtime/AcceleratorABI.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace flexmatch::runtime;

namespace {
/// A view of a memref descriptor of rank N.
template <int N> struct View {
  FLEXMATCH_MEMREF(float, N) * desc;

  int64_t size(int k) const { return desc->sizes[k]; }
  float &at(std::initializer_list<int64_t> index) const {
    int64_t offset = desc->offset;
    int k = 0;
    for (int64_t i : index)
      offset += i * desc->strides[k++];
    return desc->aligned[offset];
  }
};
template <int N> View<N> view(void *desc) {
  return View<N>{static_cast<decltype(View<N>::desc)>(desc)};
}

float sigmoid(double x) { return float(1.0 / (1.0 + std::exp(-x))); }

template <typename Fn>
void elementwise(void *aDesc, void *bDesc, void *outDesc, Fn fn) {
  auto a = view<1>(aDesc), b = view<1>(bDesc), out = view<1>(outDesc);
  for (int64_t i = 0; i < out.size(0); ++i)
    out.at({i}) = fn(a.at({i}), b.at({i}));
}

extern "C" {

void flexmatch_conv2d_f32(void *dataDesc, void *weightDesc, void *outDesc,
                          int64_t padTop, int64_t padLeft, int64_t padBottom,
                          int64_t padRight, int64_t strideH, int64_t strideW) {
  (void)padBottom;
  (void)padRight;
  auto data = view<4>(dataDesc), weight = view<4>(weightDesc),
       out = view<4>(outDesc);
  int64_t h = data.size(2), w = data.size(3);
  for (int64_t n = 0; n < out.size(0); ++n)
    for (int64_t o = 0; o < out.size(1); ++o)
      for (int64_t y = 0; y < out.size(2); ++y)
        for (int64_t x = 0; x < out.size(3); ++x) {
          float sum = 0;
          for (int64_t c = 0; c < weight.size(1); ++c)
            for (int64_t ky = 0; ky < weight.size(2); ++ky)
              for (int64_t kx = 0; kx < weight.size(3); ++kx) {
                int64_t iy = y * strideH + ky - padTop;
                int64_t ix = x * strideW + kx - padLeft;
                if (iy < 0 || iy >= h || ix < 0 || ix >= w)
                  continue;
                sum += data.at({n, c, iy, ix}) * weight.at({o, c, ky, kx});
              }
          out.at({n, o, y, x}) = sum;
        }
}

void flexmatch_linear_f32(void *xDesc, void *wDesc, void *bDesc,
                          void *outDesc) {
  auto x = view<2>(xDesc), w = view<2>(wDesc), out = view<2>(outDesc);
  auto b = view<1>(bDesc);
  for (int64_t i = 0; i < out.size(0); ++i)
    for (int64_t j = 0; j < out.size(1); ++j) {
      float sum = 0;
      for (int64_t k = 0; k < x.size(1); ++k)
        sum += x.at({i, k}) * w.at({j, k});
      out.at({i, j}) = sum + b.at({j});
    }
}

void flexmatch_dense_f32(void *xDesc, void *wDesc, void *outDesc) {
  auto x = view<2>(xDesc), w = view<2>(wDesc), out = view<2>(outDesc);
  for (int64_t i = 0; i < out.size(0); ++i)
    for (int64_t j = 0; j < out.size(1); ++j) {
      float sum = 0;
      for (int64_t k = 0; k < x.size(1); ++k)
        sum += x.at({i, k}) * w.at({j, k});
      out.at({i, j}) = sum;
    }
}

void flexmatch_maxpool_f32(void *xDesc, void *outDesc) {
  auto x = view<2>(xDesc), out = view<2>(outDesc);
  for (int64_t i = 0; i < out.size(0); ++i)
    for (int64_t j = 0; j < out.size(1); ++j)
      out.at({i, j}) = std::max(x.at({2 * i, j}), x.at({2 * i + 1, j}));
}

void flexmatch_lstm_f32(void *xDesc, void *h0Desc, void *c0Desc,
                        void *wIhDesc, void *wHhDesc, void *bIhDesc,
                        void *bHhDesc, void *outDesc) {
  auto x = view<3>(xDesc), h0 = view<3>(h0Desc), c0 = view<3>(c0Desc),
       out = view<3>(outDesc);
  auto wIh = view<2>(wIhDesc), wHh = view<2>(wHhDesc);
  auto bIh = view<1>(bIhDesc), bHh = view<1>(bHhDesc);
  int64_t steps = x.size(0), batch = x.size(1), inputs = x.size(2),
          hidden = h0.size(2);
  std::vector<float> h(batch * hidden), c(batch * hidden),
      gates(4 * hidden);
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t j = 0; j < hidden; ++j) {
      h[b * hidden + j] = h0.at({0, b, j});
      c[b * hidden + j] = c0.at({0, b, j});
    }
  for (int64_t t = 0; t < steps; ++t)
    for (int64_t b = 0; b < batch; ++b) {
      for (int64_t g = 0; g < 4 * hidden; ++g) {
        double sum = double(bIh.at({g})) + bHh.at({g});
        for (int64_t k = 0; k < inputs; ++k)
          sum += double(x.at({t, b, k})) * wIh.at({g, k});
        for (int64_t k = 0; k < hidden; ++k)
          sum += double(h[b * hidden + k]) * wHh.at({g, k});
        gates[g] = float(sum);
      }
      for (int64_t j = 0; j < hidden; ++j) {
        float i = sigmoid(gates[j]), f = sigmoid(gates[hidden + j]),
              g = std::tanh(gates[2 * hidden + j]),
              o = sigmoid(gates[3 * hidden + j]);
        float &cell = c[b * hidden + j];
        cell = f * cell + i * g;
        h[b * hidden + j] = o * std::tanh(cell);
        out.at({t, b, j}) = h[b * hidden + j];
      }
    }
}

void flexmatch_layernorm_f32(void *xDesc, void *gammaDesc, void *betaDesc,
                             void *outDesc, double epsilon) {
  auto x = view<2>(xDesc), out = view<2>(outDesc);
  auto gamma = view<1>(gammaDesc), beta = view<1>(betaDesc);
  int64_t width = x.size(1);
  for (int64_t i = 0; i < x.size(0); ++i) {
    double mean = 0, var = 0;
    for (int64_t j = 0; j < width; ++j)
      mean += x.at({i, j});
    mean /= width;
    for (int64_t j = 0; j < width; ++j)
      var += (x.at({i, j}) - mean) * (x.at({i, j}) - mean);
    var /= width;
    for (int64_t j = 0; j < width; ++j)
      out.at({i, j}) = float((x.at({i, j}) - mean) / std::sqrt(var + epsilon) *
                                 gamma.at({j}) +
                             beta.at({j}));
  }
}

void flexmatch_attention_f32(void *qDesc, void *kDesc, void *vDesc,
                             void *outDesc) {
  auto q = view<2>(qDesc), k = view<2>(kDesc), v = view<2>(vDesc),
       out = view<2>(outDesc);
  int64_t d = q.size(1), m = k.size(0);
  std::vector<double> scores(m);
  for (int64_t i = 0; i < q.size(0); ++i) {
    double top = -INFINITY, total = 0;
    for (int64_t j = 0; j < m; ++j) {
      double dot = 0;
      for (int64_t l = 0; l < d; ++l)
        dot += double(q.at({i, l})) * k.at({j, l});
      scores[j] = dot / std::sqrt(double(d));
      top = std::max(top, scores[j]);
    }
    for (int64_t j = 0; j < m; ++j)
      total += scores[j] = std::exp(scores[j] - top);
    for (int64_t e = 0; e < out.size(1); ++e) {
      double sum = 0;
      for (int64_t j = 0; j < m; ++j)
        sum += scores[j] / total * v.at({j, e});
      out.at({i, e}) = float(sum);
    }
  }
}

void flexmatch_add_f32(void *a, void *b, void *out) {
  elementwise(a, b, out, [](float x, float y) { return x + y; });
}
void flexmatch_max_f32(void *a, void *b, void *out) {
  elementwise(a, b, out, [](float x, float y) { return std::max(x, y); });
}
void flexmatch_min_f32(void *a, void *b, void *out) {
  elementwise(a, b, out, [](float x, float y) { return std::min(x, y); });
}
void flexmatch_relu_f32(void *aDesc, void *outDesc) {
  auto a = view<1>(aDesc), out = view<1>(outDesc);
  for (int64_t i = 0; i < out.size(0); ++i)
    out.at({i}) = std::max(a.at({i}), 0.0f);
}

} // extern "C"

template <typename Fn> void *address(Fn fn) {
  return reinterpret_cast<void *>(fn);
}

const Symbol symbols[] = {
    {"flexmatch_ilacnn_ilacnn_conv2d_f32", address(flexmatch_conv2d_f32)},
    {"flexmatch_ilaflex_ilaflex_linear_f32", address(flexmatch_linear_f32)},
    {"flexmatch_ilaflex_ilaflex_max_pool_f32", address(flexmatch_maxpool_f32)},
    {"flexmatch_ilaflex_ilaflex_maxpool_f32", address(flexmatch_maxpool_f32)},
    {"flexmatch_ilaflex_ilaflex_lstm_f32", address(flexmatch_lstm_f32)},
    {"flexmatch_ilaflex_ilaflex_layernorm_f32",
     address(flexmatch_layernorm_f32)},
    {"flexmatch_ilaflex_ilaflex_attention_f32",
     address(flexmatch_attention_f32)},
    {"flexmatch_ilavta_ilavta_dense_f32", address(flexmatch_dense_f32)},
    // The original vta-dense.json spells the compiler "ilavata".
    {"flexmatch_ilavata_ilavta_dense_f32", address(flexmatch_dense_f32)},
    {"flexmatch_ilavta_ilavta_add_f32", address(flexmatch_add_f32)},
    {"flexmatch_ilavta_ilavta_max_f32", address(flexmatch_max_f32)},
    {"flexmatch_ilavta_ilavta_min_f32", address(flexmatch_min_f32)},
    {"flexmatch_ilavta_ilavta_relu_f32", address(flexmatch_relu_f32)},
};
} // namespace

llvm::ArrayRef<Symbol> flexmatch::runtime::referenceSymbols() {
  return symbols;
}
