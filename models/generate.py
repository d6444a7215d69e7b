#!/usr/bin/env python3
"""Generates flexmatch's own example models as Relay text.

Usage: generate.py resnet-block          (a conv-bn-relu residual block + dense head)
       generate.py lstm-pattern          (the unrolled LSTM flex-lstm offloads)
       generate.py flexasr-lstm-config   (configs/flexasr-lstm.json: that LSTM as
                                          flex-lstm's debug function and pattern)
"""
import json
import sys


def resnet_block():
    c, h = 16, 8
    lines = ['#[version = "0.0.5"]']
    params = [
        f"%data: Tensor[(1, {c}, {h}, {h}), float32]",
        f"%w1: Tensor[({c}, {c}, 3, 3), float32]",
        f"%w2: Tensor[({c}, {c}, 3, 3), float32]",
        f"%gamma: Tensor[({c}), float32]",
        f"%beta: Tensor[({c}), float32]",
        f"%mean: Tensor[({c}), float32]",
        f"%var: Tensor[({c}), float32]",
        f"%fc_w: Tensor[(10, {c}), float32]",
        "%fc_b: Tensor[(10), float32]",
    ]
    lines.append(f"def @main({', '.join(params)}) -> Tensor[(1, 10), float32] {{")
    body = [
        "nn.conv2d(%data, %w1, padding=[1, 1, 1, 1])",
        "nn.batch_norm(%0, %gamma, %beta, %mean, %var)",
        "%1.0",
        "nn.relu(%2)",
        "nn.conv2d(%3, %w2, padding=[1, 1, 1, 1])",
        "add(%4, %data)",
        "nn.relu(%5)",
        "nn.global_avg_pool2d(%6)",
        "nn.batch_flatten(%7)",
        "nn.dense(%8, %fc_w)",
    ]
    for i, expr in enumerate(body):
        lines.append(f"  %{i} = {expr};")
    lines.append(f"  nn.bias_add(%{len(body) - 1}, %fc_b)")
    lines.append("}")
    return "\n".join(lines) + "\n"


class Body:
    """Numbered Relay let-free statements: add() returns the new %name."""

    def __init__(self):
        self.lines = []

    def add(self, expr):
        self.lines.append(f"  %{len(self.lines)} = {expr};")
        return f"%{len(self.lines) - 1}"


def lstm_pattern(steps=35, batch=1, features=128, hidden=128):
    """PyTorch's single-layer LSTM as TVM's frontend unrolls it (the word
    language model of the PLDI artifact): per step, one dense over the
    concatenated input and hidden state against the concatenated weights,
    both biases, gates i, f, g, o from a 4-way split, c = f * c + i * g,
    h = o * tanh(c); the hidden states stacked."""
    params = [
        f"%x: Tensor[({steps}, {batch}, {features}), float32]",
        f"%hidden0: Tensor[(1, {batch}, {hidden}), float32]",
        f"%hidden1: Tensor[(1, {batch}, {hidden}), float32]",
        f"%rnn_weight_ih_l0: Tensor[({4 * hidden}, {features}), float32]",
        f"%rnn_weight_hh_l0: Tensor[({4 * hidden}, {hidden}), float32]",
        f"%rnn_bias_ih_l0: Tensor[({4 * hidden}), float32]",
        f"%rnn_bias_hh_l0: Tensor[({4 * hidden}), float32]",
    ]
    b = Body()
    split = b.add(f"split(%x, indices_or_sections={steps})")
    items = [b.add(f"{split}.{t}") for t in range(steps)]
    squeezed = [b.add(f"squeeze({item}, axis=[0])") for item in items]
    inputs = b.add(f"({', '.join(squeezed)})")

    def initial(state):
        parts = b.add(f"split({b.add(state)}, indices_or_sections=1)")
        first = b.add(parts + ".0")
        return b.add(f"({b.add(f'squeeze({first}, axis=[0])')},)")

    h_tuple = initial("%hidden0")
    h = None
    c = None
    outputs = []
    for t in range(steps):
        x_t = b.add(f"{inputs}.{t}")
        if h is None:
            h = b.add(f"{h_tuple}.0")
        pair = b.add(f"({x_t}, {h})")
        weights = b.add("(%rnn_weight_ih_l0, %rnn_weight_hh_l0)")
        data = b.add(f"concatenate({pair}, axis=1)")
        weight = b.add(f"concatenate({weights}, axis=1)")
        dense = b.add(f"nn.dense({data}, {weight}, units=None)")
        with_ih = b.add(f"add({dense}, %rnn_bias_ih_l0)")
        biased = b.add(f"add({with_ih}, %rnn_bias_hh_l0)")
        gates = b.add(f"split({biased}, indices_or_sections=4, axis=-1)")
        if c is None:
            c = b.add(f"{initial('%hidden1')}.0")
        gate = [b.add(f"{gates}.{k}") for k in range(4)]
        i = b.add(f"sigmoid({gate[0]})")
        f = b.add(f"sigmoid({gate[1]})")
        g = b.add(f"tanh({gate[2]})")
        o = b.add(f"sigmoid({gate[3]})")
        kept = b.add(f"multiply({f}, {c})")
        added = b.add(f"multiply({i}, {g})")
        c = b.add(f"add({kept}, {added})")
        h = b.add(f"multiply({o}, {b.add(f'tanh({c})')})")
        outputs.append(h)
    stacked = b.add(f"({', '.join(outputs)})")
    lines = ['#[version = "0.0.5"]', f"def @main({', '.join(params)}) {{"]
    lines += b.lines
    lines.append(f"  stack({stacked})")
    lines.append("}")
    return "\n".join(lines) + "\n"


def flexasr_lstm_config():
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


MODELS = {
    "resnet-block": resnet_block,
    "lstm-pattern": lstm_pattern,
    "flexasr-lstm-config": flexasr_lstm_config,
}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in MODELS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(MODELS)}}}")
    sys.stdout.write(MODELS[sys.argv[1]]())
