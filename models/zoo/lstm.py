"""The unrolled LSTM that FlexASR's flex-lstm offloads, alone (the pattern
of configs/flexasr-lstm.json) and inside the word language model of the
PLDI artifact (embedding, one LSTM layer, decoder)."""
import json

from .layers import torch_linear
from .relay_text import Program


def lstm_params(p, features, hidden, prefix="rnn_"):
    """PyTorch's layer-0 LSTM weights: (w_ih, w_hh, b_ih, b_hh)."""
    return (p.param(f"{prefix}weight_ih_l0", (4 * hidden, features)),
            p.param(f"{prefix}weight_hh_l0", (4 * hidden, hidden)),
            p.param(f"{prefix}bias_ih_l0", (4 * hidden,)),
            p.param(f"{prefix}bias_hh_l0", (4 * hidden,)))


def unrolled_lstm(p, x, hidden0, hidden1, weights, steps):
    """PyTorch's single-layer LSTM as TVM's frontend unrolls it over the
    `steps` time steps of x: per step, one dense over the concatenated input
    and hidden state against the concatenated weights, both biases, gates
    i, f, g, o from a 4-way split, c = f * c + i * g, h = o * tanh(c).
    Returns the stacked hidden states.  flex-lstm matches exactly this
    statement structure, so any change here must regenerate
    configs/flexasr-lstm.json."""
    w_ih, w_hh, b_ih, b_hh = weights
    split = p.call("split", x, indices_or_sections=steps)
    items = [p.item(split, t) for t in range(steps)]
    inputs = p.tuple([p.call("squeeze", item, axis=[0]) for item in items])

    def initial(state):
        parts = p.call("split", p.let(state), indices_or_sections=1)
        return p.tuple([p.call("squeeze", p.item(parts, 0), axis=[0])])

    h_tuple = initial(hidden0)
    h = None
    c = None
    outputs = []
    for t in range(steps):
        x_t = p.item(inputs, t)
        if h is None:
            h = p.item(h_tuple, 0)
        pair = p.tuple([x_t, h])
        both = p.tuple([w_ih, w_hh])
        data = p.call("concatenate", pair, axis=1)
        weight = p.call("concatenate", both, axis=1)
        dense = p.call("nn.dense", data, weight, units=None)
        biased = p.call("add", p.call("add", dense, b_ih), b_hh)
        gates = p.call("split", biased, indices_or_sections=4, axis=-1)
        if c is None:
            c = p.item(initial(hidden1), 0)
        gate = [p.item(gates, k) for k in range(4)]
        i = p.call("sigmoid", gate[0])
        f = p.call("sigmoid", gate[1])
        g = p.call("tanh", gate[2])
        o = p.call("sigmoid", gate[3])
        kept = p.call("multiply", f, c)
        added = p.call("multiply", i, g)
        c = p.call("add", kept, added)
        h = p.call("multiply", o, p.call("tanh", c))
        outputs.append(h)
    return p.call("stack", p.tuple(outputs))


def lstm_pattern(steps=35, batch=1, features=128, hidden=128):
    """The LSTM alone over a (steps, batch, features) input."""
    p = Program()
    x = p.param("x", (steps, batch, features))
    h0 = p.param("hidden0", (1, batch, hidden))
    h1 = p.param("hidden1", (1, batch, hidden))
    weights = lstm_params(p, features, hidden)
    return p.text(unrolled_lstm(p, x, h0, h1, weights, steps))


def flexasr_lstm_config():
    """configs/flexasr-lstm.json: the pattern as flex-lstm's debug function."""
    pattern = lstm_pattern().split("\n", 1)[1]  # without the version line
    fn = " ".join(pattern.replace("def @main", "fn ", 1).split("\n")).strip()
    config = {
        "rewrites": {"flex-lstm": []},
        "composites": {"flex-lstm": "ilaflex.lstm"},
        "compilers": {"flex-lstm": "ilaflex"},
        "debug_functions": {"flex-lstm": fn},
        "out_dtypes": {"flex-lstm": "float32"},
    }
    return json.dumps(config, indent=2) + "\n"


def lstm_language_model(steps=35, batch=10, vocab=33278, hidden=128):
    """PyTorch's word_language_model (RNNModel, LSTM, one layer of 128) on
    35 steps of a batch of 10 token ids, as the PLDI artifact imported it:
    the hidden state passed as two tensors, token ids already int32.
    Returns (log-probabilities (steps * batch, vocab), final state)."""
    p = Program()
    data = p.param("data", (steps, batch), "int32")
    h0 = p.param("hidden0", (1, batch, hidden))
    h1 = p.param("hidden1", (1, batch, hidden))
    encoder = p.param("encoder_weight", (vocab, hidden))
    weights = lstm_params(p, hidden, hidden)
    decoder_w = p.param("decoder_weight", (vocab, hidden))
    decoder_b = p.param("decoder_bias", (vocab,))
    emb = p.call("take", encoder, data, axis=0)
    emb = p.item(p.call("nn.dropout", emb, rate=0.2), 0)
    stacked = unrolled_lstm(p, emb, h0, h1, weights, steps)
    # The frontend's LSTM returns (output, h_n, c_n) with the final states as
    # empty tuples; they surface in @main's result as the model's `hidden`.
    rnn = p.tuple([stacked, p.tuple([]), p.tuple([])])
    out = p.item(p.call("nn.dropout", p.item(rnn, 0), rate=0.2), 0)
    logits = torch_linear(p, out, decoder_w, decoder_b, hidden, vocab,
                          lead=[steps, batch])
    logits = p.call("reshape", logits, newshape=[-1, vocab])
    state = p.tuple([p.item(rnn, 1), p.item(rnn, 2)])
    log_probs = p.call("nn.log_softmax", logits, axis=1)
    return p.text(p.tuple([log_probs, state]))
