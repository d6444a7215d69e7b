"""Depthwise-separable networks: MobileNet v1 as TVM's relay.testing builds
it, and the CIFAR MobileNetV2 of the pytorch-cifar collection as TVM's
PyTorch frontend imports it."""
from .layers import (BN_MXNET, BN_TORCH, batch_norm, batch_norm_params,
                     conv2d, relu, torch_linear)
from .relay_text import Program, tensor_type

# (output channels, stride) of separable_conv_block_1..13.  Unlike the
# paper, relay.testing keeps the last block at stride 1.
MOBILENET_BLOCKS = [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2),
                    (512, 1), (512, 1), (512, 1), (512, 1), (512, 1),
                    (1024, 2), (1024, 1)]

# (expansion, output channels, blocks, stride of the first block): the CIFAR
# variant keeps stride 1 in the second stage, the input being only 32x32.
MOBILENETV2_STAGES = [(1, 16, 1, 1), (6, 24, 2, 1), (6, 32, 3, 2),
                      (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2),
                      (6, 320, 1, 1)]


def mobilenet(num_classes=1000, image=32):
    """MobileNet v1 (relay.testing.mobilenet) on a 32x32 image: a strided 3x3
    convolution, 13 depthwise + pointwise blocks, each convolution followed
    by batch norm and relu, and a dense softmax classifier."""
    eps = 1e-05
    p = Program()
    data = p.param("data", (1, 3, image, image))

    def conv_bn_relu(x, weight, bn_prefix, channels, kernel, **conv):
        y = conv2d(p, x, weight, channels, kernel, **conv)
        bn = batch_norm_params(p, bn_prefix, channels, BN_MXNET)
        return relu(p, batch_norm(p, y, bn, eps))

    w = p.param("conv_block_1_conv_weight", (32, 3, 3, 3))
    x = conv_bn_relu(data, w, "conv_block_1_bn", 32, 3, stride=2, padding=1)
    in_channels = 32
    for i, (channels, stride) in enumerate(MOBILENET_BLOCKS, start=1):
        name = f"separable_conv_block_{i}"
        w = p.param(f"{name}_weight", (in_channels, 1, 3, 3))
        x = conv_bn_relu(x, w, f"{name}_bn1", in_channels, 3, stride=stride,
                         padding=1, groups=in_channels)
        w = p.param(f"{name}_conv2_weight", (channels, in_channels, 1, 1))
        x = conv_bn_relu(x, w, f"{name}_bn2", channels, 1)
        in_channels = channels
    x = p.call("nn.batch_flatten", p.call("nn.global_avg_pool2d", x))
    w = p.param("fc_weight", (num_classes, in_channels))
    b = p.param("fc_bias", (num_classes,))
    x = p.call("nn.bias_add", p.call("nn.dense", x, w, units=num_classes), b)
    return p.text(p.call("nn.softmax", x), tensor_type((1, num_classes)))


def mobilenetv2(num_classes=10, image=32):
    """MobileNetV2 for CIFAR-10 (kuangliu/pytorch-cifar): inverted residual
    blocks (1x1 expansion, 3x3 depthwise, 1x1 projection), a residual sum in
    every stride-1 block, through a 1x1 convolution when the width changes,
    then 1x1 to 1280 channels, 4x4 average pooling and a linear layer."""
    eps = 1e-05
    p = Program()
    data = p.param("input0", (1, 3, image, image))

    def conv_bn(x, name, bn_name, channels, in_channels, kernel, stride=1,
                groups=1):
        w = p.param(f"{name}_weight", (channels, in_channels // groups,
                                       kernel, kernel))
        if groups != 1:
            # The frontend reshapes a grouped convolution's weight to the
            # shape it already has.
            w = p.call("reshape", w, newshape=[channels, in_channels // groups,
                                               kernel, kernel])
        y = conv2d(p, x, w, channels, kernel, stride=stride,
                   padding=kernel // 2, groups=groups)
        bn = batch_norm_params(p, bn_name, channels, BN_TORCH)
        return batch_norm(p, y, bn, eps)

    x = relu(p, conv_bn(data, "conv1", "bn1", 32, 3, 3))
    in_channels = 32
    index = 0
    for expansion, channels, blocks, first_stride in MOBILENETV2_STAGES:
        for k in range(blocks):
            stride = first_stride if k == 0 else 1
            name = f"layers_{index}_"
            planes = expansion * in_channels
            h = relu(p, conv_bn(x, name + "conv1", name + "bn1", planes,
                                in_channels, 1))
            h = relu(p, conv_bn(h, name + "conv2", name + "bn2", planes, planes,
                                3, stride=stride, groups=planes))
            h = conv_bn(h, name + "conv3", name + "bn3", channels, planes, 1)
            if stride == 1:
                if in_channels == channels:
                    shortcut = x
                else:
                    shortcut = conv_bn(x, name + "shortcut_0", name + "shortcut_1",
                                       channels, in_channels, 1)
                h = p.call("add", h, shortcut)
            x = h
            in_channels = channels
            index += 1
    x = relu(p, conv_bn(x, "conv2", "bn2", 1280, in_channels, 1))
    x = p.call("nn.avg_pool2d", x, pool_size=[4, 4], strides=[4, 4],
               padding=[0, 0, 0, 0])
    x = p.call("reshape", x, newshape=[1, -1])
    w = p.param("linear_weight", (num_classes, 1280))
    b = p.param("linear_bias", (num_classes,))
    out = torch_linear(p, x, w, b, 1280, num_classes)
    return p.text(out, tensor_type((1, num_classes)))
