"""ResMLP (res-mlp-pytorch) as TVM's PyTorch frontend imports it: patches
mixed across by a 1x1 Conv1d over the patch axis, across channels by a
GELU feed-forward, each branch between an affine pre-norm and a learned
per-channel layer scale."""
from .layers import torch_linear
from .relay_text import Program, f32


def _affine(p, x, g, b):
    return p.call("add", p.call("multiply", x, g), b)


def _gelu(p, x):
    """Exact GELU through erf: x * (0.5 + 0.5 * erf(x / sqrt(2)))."""
    e = p.call("erf", p.call("multiply", x, f32(0.5 ** 0.5)))
    return p.call("multiply", x, p.call("add", f32(0.5), p.call("multiply", e, f32(0.5))))


def resmlp(image=32, patch=16, dim=64, depth=12, num_classes=32):
    """ResMLP with 16x16 patches of a 32x32 image (4 patches), width 64,
    12 layers, feed-forward expansion 4, 32 classes."""
    side = image // patch
    patches = side * side
    patch_dim = 3 * patch * patch
    hidden = 4 * dim
    p = Program()
    data = p.param("input0", (1, 3, image, image))
    # Rearrange 'b c (h p1) (w p2) -> b (h w) (p1 p2 c)', then the embedding.
    x = p.call("reshape", data, newshape=[1, 3, side, patch, side, patch])
    x = p.call("transpose", x, axes=[0, 2, 4, 3, 5, 1])
    x = p.call("reshape", x, newshape=[1, patches, patch_dim])
    w = p.param("v1_weight", (dim, patch_dim))
    b = p.param("v1_bias", (dim,))
    x = torch_linear(p, x, w, b, patch_dim, dim, lead=[1, patches])
    vec = (1, 1, dim)
    # Layers are the sequential model's children v2..v{depth+1}; each holds
    # the token-mixing (_0) and the channel-mixing (_1) residual branch.
    for layer in range(2, depth + 2):
        name = f"v{layer}_0_"
        g, b = p.param(name + "affine_g", vec), p.param(name + "affine_b", vec)
        w = p.param(name + "fn_weight", (patches, patches, 1))
        bias = p.param(name + "fn_bias", (patches,))
        scale = p.param(name + "scale", vec)
        h = p.call("nn.conv1d", _affine(p, x, g, b), w, channels=patches,
                   kernel_size=[1])
        h = p.call("nn.bias_add", h, bias)
        x = p.call("add", p.call("multiply", h, scale), x)

        name = f"v{layer}_1_"
        g, b = p.param(name + "affine_g", vec), p.param(name + "affine_b", vec)
        w1 = p.param(name + "fn_0_weight", (hidden, dim))
        b1 = p.param(name + "fn_0_bias", (hidden,))
        w2 = p.param(name + "fn_2_weight", (dim, hidden))
        b2 = p.param(name + "fn_2_bias", (dim,))
        scale = p.param(name + "scale", vec)
        h = torch_linear(p, _affine(p, x, g, b), w1, b1, dim, hidden,
                         lead=[1, patches])
        h = torch_linear(p, _gelu(p, h), w2, b2, hidden, dim, lead=[1, patches])
        x = p.call("add", p.call("multiply", h, scale), x)
    last = depth + 2
    g = p.param(f"v{last}_g", vec)
    b = p.param(f"v{last}_b", vec)
    x = _affine(p, x, g, b)
    # Reduce('b n c -> b c', 'mean') as einops lowers it: a no-op reshape,
    # the mean, an identity transpose; the classifier then flattens to rows.
    x = p.call("reshape", x, newshape=[1, patches, dim])
    x = p.call("mean", x, axis=[1])
    x = p.call("transpose", x, axes=[0, 1])
    x = p.call("reshape", x, newshape=[1, dim])
    w = p.param(f"v{last + 2}_weight", (num_classes, dim))
    b = p.param(f"v{last + 2}_bias", (num_classes,))
    out = torch_linear(p, x, w, b, dim, num_classes)
    return p.text(out)
