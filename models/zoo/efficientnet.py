"""EfficientNet-B0 as a Gluon implementation defines it and TVM's MXNet
frontend imports it: swish activations, explicit nn.pad before every
unpadded 3x3/5x5 convolution, and no squeeze-and-excitation."""
from .layers import BN_GLUON, batch_norm, batch_norm_params, conv2d
from .relay_text import Program, f32, tensor_type

# (expansion, kernel, stride of the first block, output channels, blocks).
# This implementation strides at the 112-channel stage instead of the
# 80-channel one; the final resolution (7x7) is the same.
STAGES = [(1, 3, 1, 16, 1), (6, 3, 2, 24, 2), (6, 5, 2, 40, 2),
          (6, 3, 1, 80, 3), (6, 5, 2, 112, 3), (6, 5, 2, 192, 4),
          (6, 3, 1, 320, 1)]

EPS = 0.001
PREFIX = "efficientnet0_"


def _normalised(p, x, prefix, channels):
    """The batch norm of x as a source that re-emits the folded chain for
    every user, as the frontend did: a batch norm read twice (by swish, or by
    the next block and its residual sum) appears twice."""
    bn = batch_norm_params(p, prefix, channels, BN_GLUON)
    return lambda: batch_norm(p, x, bn, EPS)


def _swish(p, source):
    """x * sigmoid(beta * x) with beta = 1, the multiply kept."""
    x = source()
    gate = p.call("sigmoid", p.call("multiply", source(), f32(1)))
    return p.call("multiply", x, gate)


def _conv_bn_swish(p, x, name, k, channels, in_channels, kernel, stride):
    """conv{k} (a depthwise one when kernel > 1), batchnorm{k}, swish."""
    groups = channels if kernel > 1 else 1
    if kernel > 1:
        pad = kernel // 2
        x = p.call("nn.pad", x, 0, pad_width=[[0, 0], [0, 0], [pad, pad], [pad, pad]])
    w = p.param(f"{name}conv{k}_weight", (channels, in_channels // groups, kernel, kernel))
    y = conv2d(p, x, w, channels, kernel, stride=stride, groups=groups)
    return _swish(p, _normalised(p, y, f"{name}batchnorm{k}", channels))


def _mbconv(p, name, source, in_channels, expansion, kernel, stride, channels):
    """Inverted residual block: 1x1 expansion, depthwise kxk, 1x1 projection
    (no activation after it); the sum with the input when shapes allow.
    `source` yields the block's input once per use.  Returns the output as
    a source too."""
    mid = in_channels * expansion
    h = _conv_bn_swish(p, source(), name, 0, mid, in_channels, 1, 1)
    h = _conv_bn_swish(p, h, name, 1, mid, mid, kernel, stride)
    w = p.param(f"{name}conv2_weight", (channels, mid, 1, 1))
    projected = _normalised(p, conv2d(p, h, w, channels, 1), f"{name}batchnorm2",
                            channels)
    if stride != 1 or in_channels != channels:
        return projected
    out = p.call("add", projected(), source())
    return lambda: out


def efficientnet(num_classes=1000, image=224):
    """EfficientNet-B0, 224x224 input, 1000 classes from a 1x1 convolution
    over the pooled features."""
    p = Program()
    data = p.param("data", (1, 3, image, image))
    features = PREFIX + "features_"
    stem = p.call("nn.pad", data, 0, pad_width=[[0, 0], [0, 0], [1, 1], [1, 1]])
    w = p.param(features + "conv0_weight", (32, 3, 3, 3))
    stem = conv2d(p, stem, w, 32, 3, stride=2)
    x = _swish(p, _normalised(p, stem, features + "batchnorm0", 32))
    source = lambda: x  # noqa: E731  (a plain value: any number of uses)
    in_channels = 32
    index = 0
    for expansion, kernel, first_stride, channels, blocks in STAGES:
        for k in range(blocks):
            stride = first_stride if k == 0 else 1
            source = _mbconv(p, f"{features}mbconv{index}_", source, in_channels,
                             expansion, kernel, stride, channels)
            in_channels = channels
            index += 1
    w = p.param(features + "conv1_weight", (1280, in_channels, 1, 1))
    head = conv2d(p, source(), w, 1280, 1)
    x = _swish(p, _normalised(p, head, features + "batchnorm1", 1280))
    x = p.call("nn.global_avg_pool2d", x)
    w = p.param(PREFIX + "output_pred_weight", (num_classes, 1280, 1, 1))
    x = conv2d(p, x, w, num_classes, 1)
    out = p.call("nn.batch_flatten", x)
    return p.text(out, tensor_type((1, num_classes)))
