#!/usr/bin/env python3
"""Generates flexmatch's own example models as Relay text.

Usage: generate.py resnet-block   (a conv-bn-relu residual block + dense head)
"""
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


MODELS = {"resnet-block": resnet_block}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in MODELS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(MODELS)}}}")
    sys.stdout.write(MODELS[sys.argv[1]]())
