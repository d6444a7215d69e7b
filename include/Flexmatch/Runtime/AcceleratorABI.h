/*===- AcceleratorABI.h - How compiled models call accelerators ---*- C -*-===*
 *
 * The C ABI of the calls that --convert-accelerators-to-runtime emits, for
 * people who plug in a device driver or a simulator. A plain C header.
 *
 * Names. One entry point per accelerator op, named
 *     flexmatch_<compiler>_<composite>_<element type>
 * with the configs' compiler and composite names, every character that is
 * not a letter or a digit replaced by '_', and the element type of the
 * result (f32, f64, i8, i32, ...). Example: hlscnn.conv2d with the configs'
 * "ilacnn" / "ilacnn.conv2d" on f32 calls flexmatch_ilacnn_ilacnn_conv2d_f32.
 *
 * Arguments. Every tensor is passed as a pointer to a memref descriptor of
 * its rank (FLEXMATCH_MEMREF below: the layout of MLIR's
 * StridedMemRefType<T, N>). The operands come first, in the op's order,
 * then the result, which the callee fills (it is allocated, row-major and
 * contiguous, by the caller). Operands must not be written. After the
 * tensors come the op's scalar attributes, in the alphabetical order of
 * their names, each integer as int64_t and each float as double; an
 * integer array attribute passes one int64_t per element.
 *
 * The entry points of the ops (T is the element type):
 *   hlscnn.conv2d    (data[N,C,H,W], weight[O,C,KH,KW], out[N,O,OH,OW],
 *                     pad_top, pad_left, pad_bottom, pad_right,
 *                     stride_h, stride_w)                  -- "padding", "strides"
 *   flexasr.linear   (x[N,K], w[M,K], b[M], out[N,M])      out = x w^T + b
 *   flexasr.maxpool  (x[T,H], out[T/2,H])                  out[i] = max(x[2i], x[2i+1])
 *   flexasr.lstm     (x[T,B,I], h0[1,B,H], c0[1,B,H], w_ih[4H,I], w_hh[4H,H],
 *                     b_ih[4H], b_hh[4H], out[T,B,H])      gates i, f, g, o
 *   flexasr.layernorm(x[N,H], gamma[H], beta[H], out[N,H], epsilon)
 *   flexasr.attention(q[N,D], k[M,D], v[M,E], out[N,E])   softmax(q k^T / sqrt(D)) v
 *   vta.dense        (x[M,K], w[N,K], out[M,N])            out = x w^T
 *   vta.add, vta.max, vta.min (a, b, out), vta.relu (a, out): elementwise,
 *                     every tensor passed flattened as rank 1.
 *
 * The reference runtime (lib/Runtime) implements these for f32 on the CPU
 * under the names the project's configs and the original configs give;
 * flexmatch-run links it into the JIT.
 *
 *===----------------------------------------------------------------------===*/

#ifndef FLEXMATCH_RUNTIME_ACCELERATORABI_H
#define FLEXMATCH_RUNTIME_ACCELERATORABI_H

#include <stdint.h>

/* A ranked memref descriptor: element (i0, ..., iN-1) is at
 * aligned[offset + sum(ik * strides[k])]. */
#define FLEXMATCH_MEMREF(T, N)                                                 \
  struct {                                                                     \
    T *allocated;                                                              \
    T *aligned;                                                                \
    int64_t offset;                                                            \
    int64_t sizes[N];                                                          \
    int64_t strides[N];                                                        \
  }

typedef FLEXMATCH_MEMREF(float, 1) flexmatch_memref_f32_1d;
typedef FLEXMATCH_MEMREF(float, 2) flexmatch_memref_f32_2d;
typedef FLEXMATCH_MEMREF(float, 3) flexmatch_memref_f32_3d;
typedef FLEXMATCH_MEMREF(float, 4) flexmatch_memref_f32_4d;

#endif /* FLEXMATCH_RUNTIME_ACCELERATORABI_H */
