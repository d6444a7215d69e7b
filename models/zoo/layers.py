"""Layers spelled the way TVM's frontends leave them after SimplifyInference,
which is the form flexmatch's rewrites and accelerator patterns expect to
meet in real imported models.
"""
from .relay_text import f32

# Parameter suffixes of a batch norm, per framework: (scale, shift, mean, var).
BN_MXNET = ("gamma", "beta", "moving_mean", "moving_var")
BN_GLUON = ("gamma", "beta", "running_mean", "running_var")
BN_TORCH = ("weight", "bias", "running_mean", "running_var")


def batch_norm_params(p, prefix, channels, names):
    return tuple(p.param(f"{prefix}_{n}", (channels,)) for n in names)


def batch_norm(p, x, bn, eps, scale=True):
    """Inference batch norm folded into elementwise ops on NCHW data:
    x * (gamma / sqrt(var + eps)) + (beta - mean * gamma / sqrt(var + eps)),
    the per-channel vectors broadcast by expand_dims.  `scale=False` is
    MXNet's fix_gamma: gamma stays a parameter but is never read."""
    gamma, beta, mean, var = bn
    inv_std = p.call("divide", f32(1), p.call("sqrt", p.call("add", var, f32(eps))))
    factor = p.call("multiply", inv_std, gamma) if scale else inv_std
    factor_nchw = p.call("expand_dims", factor, axis=1, num_newaxis=2)
    shift = p.call("add", p.call("multiply", p.call("negative", mean), factor), beta)
    scaled = p.call("multiply", x, factor_nchw)
    return p.call("add", scaled, p.call("expand_dims", shift, axis=1, num_newaxis=2))


def conv2d(p, x, weight, channels, kernel, stride=1, padding=0, groups=1):
    """nn.conv2d with TVM's attribute order; strides and groups only when
    they differ from 1, as the printer omits defaults."""
    attrs = {}
    if stride != 1:
        attrs["strides"] = [stride, stride]
    attrs["padding"] = [padding] * 4
    if groups != 1:
        attrs["groups"] = groups
    attrs["channels"] = channels
    attrs["kernel_size"] = [kernel, kernel]
    return p.call("nn.conv2d", x, weight, **attrs)


def relu(p, x):
    return p.call("nn.relu", x)


def torch_linear(p, x, weight, bias, in_features, out_features, lead=None):
    """PyTorch's nn.Linear as TVM's PyTorch frontend converts it: the weight
    transposed by `weight.t()` and back by the matmul converter, then
    nn.dense.  An input of rank above 2 (`lead` = its leading dimensions)
    goes through the matmul path: flattened to rows for the dense and
    reshaped back.  The bias is a broadcasting add, not nn.bias_add."""
    w_t = p.call("transpose", weight, axes=[1, 0])
    if lead is None:
        w = p.call("transpose", w_t, axes=[1, 0])
        y = p.call("nn.dense", x, w, units=out_features)
    else:
        rows = p.call("reshape", x, newshape=[-1, in_features])
        w = p.call("transpose", w_t, axes=[1, 0])
        dense = p.call("nn.dense", rows, w, units=None)
        y = p.call("reshape", dense, newshape=list(lead) + [out_features])
    return p.call("add", y, bias) if bias is not None else y
