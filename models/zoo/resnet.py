"""Residual networks: the hand-written example block, ResNet-18 v2 as MXNet's
model zoo builds it, and the CIFAR ResNet-20 v1 of Gluon's model zoo."""
from .layers import (BN_GLUON, BN_MXNET, batch_norm, batch_norm_params,
                     conv2d, relu)
from .relay_text import Program, tensor_type


def resnet_block():
    """A conv-bn-relu residual block and a dense head, small enough to read:
    the demo model and the first thing to try a config on."""
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


def _preact_unit(p, x, name, in_channels, channels, stride, project, eps):
    """MXNet's residual_unit (version 2, no bottleneck): batch norm and relu
    come before each convolution, and a projecting unit takes its 1x1
    shortcut from the first activation rather than from the raw input."""
    bn1 = batch_norm_params(p, f"{name}_bn1", in_channels, BN_MXNET)
    act1 = relu(p, batch_norm(p, x, bn1, eps))
    w1 = p.param(f"{name}_conv1_weight", (channels, in_channels, 3, 3))
    conv1 = conv2d(p, act1, w1, channels, 3, stride=stride, padding=1)
    bn2 = batch_norm_params(p, f"{name}_bn2", channels, BN_MXNET)
    act2 = relu(p, batch_norm(p, conv1, bn2, eps))
    w2 = p.param(f"{name}_conv2_weight", (channels, channels, 3, 3))
    conv2 = conv2d(p, act2, w2, channels, 3, padding=1)
    if project:
        w_sc = p.param(f"{name}_sc_weight", (channels, in_channels, 1, 1))
        shortcut = conv2d(p, act1, w_sc, channels, 1, stride=stride)
    else:
        shortcut = x
    return p.call("add", conv2, shortcut)


def resnet18(num_classes=32, image=224):
    """ResNet-18 v2 (pre-activation) from MXNet's symbol zoo, the version
    TVM's relay.testing.resnet reproduces: the input itself is batch
    normalised, four stages of two units, 32 classes."""
    eps = 2e-05
    p = Program()
    data = p.param("data", (1, 3, image, image))
    # fix_gamma=True on the input normalisation.
    x = batch_norm(p, data, batch_norm_params(p, "bn_data", 3, BN_MXNET), eps,
                   scale=False)
    w0 = p.param("conv0_weight", (64, 3, 7, 7))
    x = conv2d(p, x, w0, 64, 7, stride=2, padding=3)
    x = relu(p, batch_norm(p, x, batch_norm_params(p, "bn0", 64, BN_MXNET), eps))
    x = p.call("nn.max_pool2d", x, pool_size=[3, 3], strides=[2, 2],
               padding=[1, 1, 1, 1])
    in_channels = 64
    for stage, channels in enumerate([64, 128, 256, 512], start=1):
        for unit in (1, 2):
            # The first unit of every stage projects, even in stage 1 where
            # the width does not change (dim_match=False in MXNet).
            stride = 2 if unit == 1 and stage > 1 else 1
            x = _preact_unit(p, x, f"stage{stage}_unit{unit}", in_channels,
                             channels, stride, unit == 1, eps)
            in_channels = channels
    x = relu(p, batch_norm(p, x, batch_norm_params(p, "bn1", 512, BN_MXNET), eps))
    x = p.call("nn.batch_flatten", p.call("nn.global_avg_pool2d", x))
    w = p.param("fc1_weight", (num_classes, 512))
    b = p.param("fc1_bias", (num_classes,))
    x = p.call("nn.bias_add", p.call("nn.dense", x, w, units=num_classes), b, axis=-1)
    out = p.call("nn.softmax", x)
    return p.text(out, tensor_type((1, num_classes)))


def _conv_bn(p, x, name, k, in_channels, channels, kernel, stride, padding, eps):
    """Gluon's conv{k} followed by batchnorm{k} of one stage."""
    w = p.param(f"{name}conv{k}_weight", (channels, in_channels, kernel, kernel))
    y = conv2d(p, x, w, channels, kernel, stride=stride, padding=padding)
    bn = batch_norm_params(p, f"{name}batchnorm{k}", channels, BN_GLUON)
    return batch_norm(p, y, bn, eps)


def resnet20(num_classes=10):
    """Gluon's cifar_resnet20_v1: a 3x3 stem, three stages of three basic
    blocks (16, 32, 64 channels), relu after each residual sum."""
    prefix = "cifarresnetv11_"
    eps = 1e-05
    p = Program()
    data = p.param("data", (1, 3, 32, 32))
    w0 = p.param(prefix + "conv0_weight", (16, 3, 3, 3))
    stem = conv2d(p, data, w0, 16, 3, padding=1)
    bn0 = batch_norm_params(p, prefix + "batchnorm0", 16, BN_GLUON)
    # Gluon's stem has no relu, and the frontend folded the stem's batch
    # norm once per user: the first block's body and its identity shortcut
    # each read their own copy.
    skip = batch_norm(p, stem, bn0, eps)
    x = batch_norm(p, stem, bn0, eps)
    in_channels = 16
    for stage, channels in enumerate([16, 32, 64], start=1):
        name = f"{prefix}stage{stage}_"
        layer = 0  # Gluon numbers conv/batchnorm layers per stage
        for block in range(3):
            stride = 2 if block == 0 and stage > 1 else 1
            downsample = in_channels != channels
            if downsample:
                # The shortcut is the sum's first operand, so the printer
                # emits the downsampling branch, and declares its weights,
                # before the body although Gluon numbers it after.
                skip = _conv_bn(p, x, name, layer + 2, in_channels, channels,
                                1, stride, 0, eps)
            h = relu(p, _conv_bn(p, x, name, layer, in_channels, channels,
                                 3, stride, 1, eps))
            h = _conv_bn(p, h, name, layer + 1, channels, channels, 3, 1, 1, eps)
            layer += 3 if downsample else 2
            x = relu(p, p.call("add", skip, h))
            skip = x
            in_channels = channels
    x = p.call("nn.batch_flatten", p.call("nn.global_avg_pool2d", x))
    w = p.param(prefix + "dense0_weight", (num_classes, 64))
    b = p.param(prefix + "dense0_bias", (num_classes,))
    out = p.call("nn.bias_add", p.call("nn.dense", x, w, units=num_classes), b, axis=-1)
    return p.text(out, tensor_type((1, num_classes)))
