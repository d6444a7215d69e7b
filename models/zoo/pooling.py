"""A lone 2-D max pool, the smallest model FlexASR's pooling offload is
tried on: a large window with stride 1 over several images and channels."""
from .relay_text import Program, tensor_type


def max_pool2d(batch=5, channels=7, size=256, window=16):
    p = Program()
    data = p.param("data", (batch, channels, size, size))
    out = p.call("nn.max_pool2d", data, pool_size=[window, window],
                 padding=[0, 0, 0, 0])
    side = size - window + 1
    return p.text(out, tensor_type((batch, channels, side, side)))
