#!/usr/bin/env python3
"""Generates flexmatch's own example models as Relay text.

Usage: generate.py resnet-block          (a conv-bn-relu residual block + dense head)
       generate.py lstm-pattern          (the unrolled LSTM flex-lstm offloads)
       generate.py flexasr-lstm-config   (configs/flexasr-lstm.json: that LSTM as
                                          flex-lstm's debug function and pattern)
       generate.py list                  (the model zoo: name<TAB>description)
       generate.py zoo NAME              (one zoo model's Relay text)
       generate.py zoo-all DIR           (DIR/NAME.relay for every zoo model,
                                          and DIR/index.tsv: name, tab, description)

The zoo (models/zoo/) rebuilds the architectures of the evaluation's models
layer by layer, spelled as TVM's frontends import them; models/
compare_histogram.py checks a generated model against another program.
"""
import os
import sys

from zoo import ZOO
from zoo.lstm import flexasr_lstm_config, lstm_pattern
from zoo.resnet import resnet_block

EXAMPLES = {
    "resnet-block": resnet_block,
    "lstm-pattern": lstm_pattern,
    "flexasr-lstm-config": flexasr_lstm_config,
}


def usage():
    sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(EXAMPLES)}|list}}\n"
             f"       {sys.argv[0]} zoo NAME\n"
             f"       {sys.argv[0]} zoo-all DIR")


def zoo_model(name):
    if name not in ZOO:
        sys.stderr.write(f"{sys.argv[0]}: unknown zoo model '{name}'; "
                         f"valid: {', '.join(ZOO)}\n")
        sys.exit(2)
    return ZOO[name][0]()


def main(args):
    if len(args) == 1 and args[0] in EXAMPLES:
        sys.stdout.write(EXAMPLES[args[0]]())
    elif args == ["list"]:
        for name, (_, description) in ZOO.items():
            print(f"{name}\t{description}")
    elif len(args) == 2 and args[0] == "zoo":
        sys.stdout.write(zoo_model(args[1]))
    elif len(args) == 2 and args[0] == "zoo-all":
        os.makedirs(args[1], exist_ok=True)
        for name, (generate, _) in ZOO.items():
            # newline="\n": the same bytes on every platform.
            with open(os.path.join(args[1], f"{name}.relay"), "w",
                      newline="\n") as f:
                f.write(generate())
        # What flexmatch-validate --list-models prints; written last, so
        # its presence means the zoo is complete.
        with open(os.path.join(args[1], "index.tsv"), "w", newline="\n") as f:
            for name, (_, description) in ZOO.items():
                f.write(f"{name}\t{description}\n")
    else:
        usage()


if __name__ == "__main__":
    main(sys.argv[1:])
