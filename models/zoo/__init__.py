"""flexmatch's model zoo: the architectures of the evaluation's models,
generated as Relay text in the form TVM's frontends produce.

ZOO maps a model's name to (generator, one-line description); a generator
takes no arguments and returns the program text, the same bytes every run.
"""
from .efficientnet import efficientnet
from .lstm import lstm_language_model
from .mobilenet import mobilenet, mobilenetv2
from .pooling import max_pool2d
from .resmlp import resmlp
from .resnet import resnet18, resnet20
from .transformer import transformer

ZOO = {
    "resnet18": (resnet18, "ResNet-18 v2 (pre-activation, MXNet zoo), "
                 "input 1x3x224x224 -> 1x32 softmax"),
    "efficientnet": (efficientnet, "EfficientNet-B0 (Gluon, swish, no SE), "
                     "input 1x3x224x224 -> 1x1000"),
    "max_pool2d": (max_pool2d, "one nn.max_pool2d, 16x16 window stride 1, "
                   "input 5x7x256x256 -> 5x7x241x241"),
    "mobilenet": (mobilenet, "MobileNet v1 (relay.testing), "
                  "input 1x3x32x32 -> 1x1000 softmax"),
    "mobilenetv2": (mobilenetv2, "MobileNetV2 for CIFAR-10 (PyTorch), "
                    "input 1x3x32x32 -> 1x10"),
    "resmlp": (resmlp, "ResMLP, 12 layers of width 64 over 4 16x16 patches "
               "(PyTorch), input 1x3x32x32 -> 1x32"),
    "resnet20": (resnet20, "CIFAR ResNet-20 v1 (Gluon), "
                 "input 1x3x32x32 -> 1x10"),
    "lstm": (lstm_language_model, "word language model: embedding, LSTM "
             "(128 units) unrolled over 35 steps, decoder to 33278 words; "
             "input 35x10 int32 tokens -> 350x33278 log-probabilities"),
    "transformer": (transformer, "nn.Transformer d_model 256, 8 heads, "
                    "6+6 layers (PyTorch), src 10x32x256, tgt 20x32x256 "
                    "-> 20x32x256"),
}
