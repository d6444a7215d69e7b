"""PyTorch's nn.Transformer (post-norm encoder-decoder) as TVM's PyTorch
frontend imports F.multi_head_attention_forward: one packed in-projection
sliced into q, k and v, heads folded into the batch axis, both attention
products as nn.batch_matmul, and every dropout kept as nn.dropout (the
frontend leaves them to SimplifyInference)."""
from .layers import torch_linear
from .relay_text import Program, f32


class Shape:
    """A sequence-first activation (length, batch, d_model) and its heads."""

    def __init__(self, length, batch, d_model, heads):
        self.length, self.batch, self.d_model, self.heads = length, batch, d_model, heads
        self.head_dim = d_model // heads

    def lead(self):
        return [self.length, self.batch]


def _slice(p, x, begin, end):
    rank = len(begin)
    return p.call("strided_slice", x, begin=begin, end=end, strides=[1] * rank,
                  axes=list(range(rank)), slice_mode="end")


def _dropout(p, x, rate):
    return p.item(p.call("nn.dropout", x, rate=rate), 0)


def _heads(p, x, s):
    """(L, N, E) -> (N * heads, L, head_dim), the layout of k and v."""
    x = p.call("reshape", x, newshape=[-1, s.batch * s.heads, s.head_dim])
    return p.call("transpose", x, axes=[1, 0, 2])


def _attend(p, q, k, v, qs, dropout):
    """softmax(q k^T) v over heads; q is already scaled and shaped
    (Lq, N * heads, head_dim), k and v come as (N * heads, L, head_dim).
    `bmm(q, k.transpose(1, 2))` reaches TVM as a transpose that the
    batch_matmul converter (whose b is transposed) undoes again."""
    k_t = p.call("transpose", k, axes=[0, 2, 1])
    q = p.call("transpose", q, axes=[1, 0, 2])
    scores = p.call("nn.batch_matmul", q, p.call("transpose", k_t, axes=[0, 2, 1]),
                    transpose_b=True)
    weights = _dropout(p, p.call("nn.softmax", scores), dropout)
    v_t = p.call("transpose", v, axes=[0, 2, 1])
    out = p.call("nn.batch_matmul", weights, v_t, transpose_b=True)
    out = p.call("transpose", out, axes=[1, 0, 2])
    return p.call("reshape", out, newshape=[qs.length, qs.batch, qs.d_model])


def _scaled_query(p, q, s):
    q = p.call("multiply", q, f32(s.head_dim ** -0.5))
    return p.call("reshape", q, newshape=[s.length, s.batch * s.heads, s.head_dim])


class Weights:
    """Declares a module's parameters under their PyTorch state-dict names."""

    def __init__(self, p, prefix):
        self.p, self.prefix = p, prefix

    def __call__(self, name, shape):
        return self.p.param(f"{self.prefix}_{name}", shape)

    def sub(self, name):
        return Weights(self.p, f"{self.prefix}_{name}")


def _self_attention(p, x, s, w, dropout):
    e = s.d_model
    in_w, in_b = w("in_proj_weight", (3 * e, e)), w("in_proj_bias", (3 * e,))
    qkv = torch_linear(p, x, in_w, in_b, e, 3 * e, lead=s.lead())
    end = [s.length, s.batch]
    q = _scaled_query(p, _slice(p, qkv, [0, 0, 0], end + [e]), s)
    k = _heads(p, _slice(p, qkv, [0, 0, e], end + [2 * e]), s)
    v = _heads(p, _slice(p, qkv, [0, 0, 2 * e], end + [3 * e]), s)
    out = _attend(p, q, k, v, s, dropout)
    out_w, out_b = w("out_proj_weight", (e, e)), w("out_proj_bias", (e,))
    return torch_linear(p, out, out_w, out_b, e, e, lead=s.lead())


def _cross_attention(p, x, s, memory, ms, w, dropout):
    """Queries from the decoder, keys and values from the encoder's output:
    the packed projection is sliced into its q rows and its k-v rows."""
    e = s.d_model
    in_w, in_b = w("in_proj_weight", (3 * e, e)), w("in_proj_bias", (3 * e,))
    q_w = _slice(p, in_w, [0, 0], [e, e])
    q = torch_linear(p, x, q_w, None, e, e, lead=s.lead())
    q = _scaled_query(p, p.call("add", q, _slice(p, in_b, [0], [e])), s)
    kv_w = _slice(p, in_w, [e, 0], [3 * e, e])
    kv = torch_linear(p, memory(), kv_w, None, e, 2 * e, lead=ms.lead())
    kv = p.call("add", kv, _slice(p, in_b, [e], [3 * e]))
    end = [ms.length, ms.batch]
    k = _heads(p, _slice(p, kv, [0, 0, 0], end + [e]), ms)
    v = _heads(p, _slice(p, kv, [0, 0, e], end + [2 * e]), ms)
    out = _attend(p, q, k, v, s, dropout)
    out_w, out_b = w("out_proj_weight", (e, e)), w("out_proj_bias", (e,))
    return torch_linear(p, out, out_w, out_b, e, e, lead=s.lead())


def _add_norm(p, x, branch, w, norm, e, dropout):
    """Post-norm residual: layer_norm(x + dropout(branch))."""
    summed = p.call("add", x, _dropout(p, branch, dropout))
    return p.call("nn.layer_norm", summed, w(f"{norm}_weight", (e,)),
                  w(f"{norm}_bias", (e,)))


def _feed_forward(p, x, s, w, ff, dropout):
    e = s.d_model
    w1, b1 = w("linear1_weight", (ff, e)), w("linear1_bias", (ff,))
    h = torch_linear(p, x, w1, b1, e, ff, lead=s.lead())
    h = _dropout(p, p.call("nn.relu", h), dropout)
    w2, b2 = w("linear2_weight", (e, ff)), w("linear2_bias", (e,))
    return torch_linear(p, h, w2, b2, ff, e, lead=s.lead())


def _encoder_layer(p, x, s, w, ff, dropout):
    e = s.d_model
    x = _add_norm(p, x, _self_attention(p, x, s, w.sub("self_attn"), dropout),
                  w, "norm1", e, dropout)
    return _add_norm(p, x, _feed_forward(p, x, s, w, ff, dropout), w, "norm2",
                     e, dropout)


def _decoder_layer(p, x, s, memory, ms, w, ff, dropout):
    e = s.d_model
    x = _add_norm(p, x, _self_attention(p, x, s, w.sub("self_attn"), dropout),
                  w, "norm1", e, dropout)
    cross = _cross_attention(p, x, s, memory, ms, w.sub("multihead_attn"), dropout)
    x = _add_norm(p, x, cross, w, "norm2", e, dropout)
    return _add_norm(p, x, _feed_forward(p, x, s, w, ff, dropout), w, "norm3",
                     e, dropout)


def transformer(src_len=10, tgt_len=20, batch=32, d_model=256, heads=8,
                layers=6, ff=2048, dropout=0.1):
    """nn.Transformer(d_model=256, nhead=8, 6 encoder and 6 decoder layers,
    feed-forward 2048) on a source of 10 and a target of 20 positions, batch
    32, sequence-first; no masks.  Returns the decoder's (20, 32, 256)."""
    p = Program()
    tgt = p.param("tgt", (tgt_len, batch, d_model))
    src = p.param("src", (src_len, batch, d_model))
    src_shape = Shape(src_len, batch, d_model, heads)
    tgt_shape = Shape(tgt_len, batch, d_model, heads)
    encoded = []

    def memory():
        # The encoder is emitted when the first cross attention needs it,
        # where TVM's post-order printer puts it, so the weights are
        # declared in the imported model's order.
        if not encoded:
            x = src
            for i in range(layers):
                x = _encoder_layer(p, x, src_shape,
                                   Weights(p, f"encoder_layers_{i}"), ff, dropout)
            norm = Weights(p, "encoder_norm")
            encoded.append(p.call("nn.layer_norm", x, norm("weight", (d_model,)),
                                  norm("bias", (d_model,))))
        return encoded[0]

    x = tgt
    for i in range(layers):
        x = _decoder_layer(p, x, tgt_shape, memory, src_shape,
                           Weights(p, f"decoder_layers_{i}"), ff, dropout)
    norm = Weights(p, "decoder_norm")
    out = p.call("nn.layer_norm", x, norm("weight", (d_model,)),
                 norm("bias", (d_model,)))
    return p.text(out)
