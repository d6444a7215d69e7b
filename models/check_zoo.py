#!/usr/bin/env python3
"""Checks the generated model zoo with flexmatch's tools: every model
imports, offloads as many regions per config as expected and, with --run,
runs with finite outputs.  Given the reference models (--reference DIR), it
also compares signatures, op histograms and offload counts against them.

Usage: check_zoo.py --bin DIR [--configs DIR] [--reference DIR] [--run]
                    [MODEL ...]

  --bin DIR        flexmatch-translate, flexmatch-opt, flexmatch-run
  --configs DIR    the eqsat configs (default: the repository's configs/)
  --reference DIR  NAME.relay files to compare with (a model's reference
                   file name is REFERENCE_FILES[name] when it differs)
  --run            also JIT-run each model with --seed 1 (slow)

Exit status 0 when every check passes.
"""
import os
import re
import subprocess
import sys
import tempfile

from compare_histogram import histogram
from zoo import ZOO

HERE = os.path.dirname(os.path.abspath(__file__))

# Offload counts the zoo must reproduce: (configs, {pattern: regions}).
EXPECTED = {
    "resnet18": [("hlscnn-conv2d", {"hlscnn-conv2d": 21})],
    "efficientnet": [("hlscnn-conv2d", {"hlscnn-conv2d": 35})],
    "max_pool2d": [("flexasr-maxpool", {})],
    "mobilenet": [("hlscnn-conv2d,linear-rewrites",
                   {"hlscnn-conv2d": 14, "flex-linear": 1})],
    "mobilenetv2": [("im2col,vta-dense", {"vta-dense": 34})],
    "resmlp": [("linear-rewrites", {"flex-linear": 26}),
               ("im2col,linear-rewrites", {"flex-linear": 38})],
    "resnet20": [("hlscnn-conv2d", {"hlscnn-conv2d": 21})],
    "lstm": [("flexasr-lstm", {"flex-lstm": 1})],
    "transformer": [("vta-dense", {"vta-dense": 66}),
                    ("flexasr-lstm,linear-rewrites", {"flex-linear": 66})],
}

REFERENCE_FILES = {"lstm": "lstm-for-pldi.relay"}


def tool(bindir, name, *args):
    return subprocess.run([os.path.join(bindir, name)] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)


def regions(bindir, configs_dir, mlir, configs):
    paths = ",".join(os.path.join(configs_dir, c + ".json") for c in configs.split(","))
    r = tool(bindir, "flexmatch-opt", mlir, f"--eqsat={paths} progress=true",
             "-o", os.devnull)
    m = re.search(r"regions (\d+)((?: [\w-]+=\d+)*)\s*$", r.stdout, flags=re.M)
    if r.returncode != 0 or not m:
        return None
    return {k: int(v) for k, v in re.findall(r"([\w-]+)=(\d+)", m.group(2))}


def main(argv):
    opts = {"--configs": os.path.join(os.path.dirname(HERE), "configs")}
    names, run = [], False
    it = iter(argv)
    for a in it:
        if a in ("--bin", "--configs", "--reference"):
            opts[a] = next(it, None)
        elif a == "--run":
            run = True
        elif a in ZOO:
            names.append(a)
        else:
            sys.exit(__doc__)
    if not opts.get("--bin"):
        sys.exit(__doc__)
    bindir, configs_dir = opts["--bin"], opts["--configs"]
    reference = opts.get("--reference")
    failures = 0

    def check(ok, what):
        nonlocal failures
        failures += not ok
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")

    with tempfile.TemporaryDirectory() as tmp:
        for name in names or list(ZOO):
            print(name)
            text = ZOO[name][0]()
            relay = os.path.join(tmp, name + ".relay")
            mlir = os.path.join(tmp, name + ".mlir")
            with open(relay, "w") as f:
                f.write(text)
            ref_relay = ref_mlir = None
            if reference:
                ref_relay = os.path.join(reference, REFERENCE_FILES.get(name, name + ".relay"))
                ref_mlir = os.path.join(tmp, name + ".reference.mlir")
                (sig, hist) = histogram(text)
                with open(ref_relay) as f:
                    (ref_sig, ref_hist) = histogram(f.read())
                check([t for _, t in sig[0]] == [t for _, t in ref_sig[0]],
                      f"{len(sig[0])} parameters, types as the reference's")
                check(hist == ref_hist, f"{sum(hist.values())} ops, histogram "
                      "as the reference's")
                r = tool(bindir, "flexmatch-translate", "--import-relay", ref_relay,
                         "-o", ref_mlir)
                if r.returncode != 0:
                    ref_mlir = None
            r = tool(bindir, "flexmatch-translate", "--import-relay", relay, "-o", mlir)
            check(r.returncode == 0 and "error" not in r.stdout, "imports")
            if r.returncode != 0:
                continue
            for configs, expected in EXPECTED.get(name, []):
                got = regions(bindir, configs_dir, mlir, configs)
                what = f"{configs}: {got}"
                if ref_mlir:
                    what += f", reference {regions(bindir, configs_dir, ref_mlir, configs)}"
                check(got == expected, what)
            if run:
                r = tool(bindir, "flexmatch-run", relay, "--seed", "1")
                outs = re.findall(r"nonfinite=(\d+)", r.stdout)
                check(r.returncode == 0 and outs and all(n == "0" for n in outs),
                      "runs, outputs finite: "
                      + " | ".join(l for l in r.stdout.split("\n")[:3] if l))
    print("all checks passed" if not failures else f"{failures} checks FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
