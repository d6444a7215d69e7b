#!/usr/bin/env python3
"""Compares two Relay text programs by their @main signature and the
histogram of the operators in @main.

Usage: compare_histogram.py A.relay B.relay [--attrs] [--quiet]
       compare_histogram.py A.relay            (one histogram)

Calls are counted by op name; nn.conv2d is split into dense convolutions,
depthwise (groups == channels) and other grouped ones, because accelerators
offload them differently.  Tuples, tuple projections (`%5.0`) and bare
variable aliases (`%7 = %x;`) are counted as `(tuple)`, `(get-item)` and
`(alias)`.  With --attrs every call is keyed by its attributes as well, which
catches a wrong stride, padding or kernel that the plain histogram cannot.

The signature check compares the parameter types in order (names may
differ) and the declared result type when both programs declare one.

Exit status: 0 when signatures and histograms agree, 1 otherwise.
"""
import re
import sys
from collections import Counter

IDENT = r"[A-Za-z_][A-Za-z0-9_.]*"


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def main_function(text):
    """(header, body) of `def @main`; the header runs to the opening brace,
    the body to the matching closing brace, so prelude type definitions and
    a trailing #[metadata] section are ignored."""
    text = strip_comments(text)
    start = text.find("def @main")
    if start < 0:
        raise ValueError("no def @main")
    depth = 0
    brace = None
    i = start
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "{" and depth == 0:
            brace = i
            break
        i += 1
    if brace is None:
        raise ValueError("def @main has no body")
    depth = 0
    for j in range(brace, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[start:brace], text[brace + 1:j]
    raise ValueError("unterminated def @main")


def split_top(s, sep=","):
    """Splits at `sep` outside brackets and string literals."""
    parts, depth, cur, quote = [], 0, [], False
    for c in s:
        if c == '"':
            quote = not quote
        elif not quote and c in "([{":
            depth += 1
        elif not quote and c in ")]}":
            depth -= 1
        if c == sep and depth == 0 and not quote:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def signature(header):
    """([param type, ...], result type or None)."""
    open_paren = header.index("(")
    depth = 0
    for k in range(open_paren, len(header)):
        if header[k] in "([":
            depth += 1
        elif header[k] in ")]":
            depth -= 1
            if depth == 0:
                break
    params = []
    for p in split_top(header[open_paren + 1:k]):
        name, _, ty = p.partition(":")
        params.append((name.strip(), " ".join(ty.split())))
    rest = header[k + 1:].strip()
    result = " ".join(rest[2:].split()) if rest.startswith("->") else None
    return params, result


def statements(body):
    """The right-hand sides of @main's statements and its final expression."""
    out = []
    for stmt in split_top(body, ";"):
        m = re.match(r"%\w+\s*=\s*(.*)$", stmt, flags=re.S)
        out.append((m.group(1) if m else stmt).strip())
    return out


def call_key(op, args, with_attrs):
    attrs = {}
    for a in split_top(args):
        m = re.match(r"(\w+)\s*=\s*(.*)$", a, flags=re.S)
        if m:
            attrs[m.group(1)] = " ".join(m.group(2).split())
    key = op
    if op == "nn.conv2d" and int(attrs.get("groups", "1")) != 1:
        if attrs.get("groups") == attrs.get("channels"):
            key = "nn.conv2d[depthwise]"
        else:
            key = "nn.conv2d[grouped]"
    if with_attrs and attrs:
        key += "{" + ", ".join(f"{k}={attrs[k]}" for k in sorted(attrs)) + "}"
    return key


def histogram(text, with_attrs=False):
    header, body = main_function(text)
    counts = Counter()
    for expr in statements(body):
        if re.fullmatch(r"%\w+", expr):
            counts["(alias)"] += 1
            continue
        items = len(re.findall(r"%\w+\.\d+", expr))
        if items:
            counts["(get-item)"] += items
        # Calls: an identifier directly followed by its argument list.
        for m in re.finditer(rf"({IDENT})\(", expr):
            op = m.group(1)
            if op in ("Tensor", "meta"):
                continue
            depth, k = 0, m.end() - 1
            for k in range(m.end() - 1, len(expr)):
                if expr[k] == "(":
                    depth += 1
                elif expr[k] == ")":
                    depth -= 1
                    if depth == 0:
                        break
            counts[call_key(op, expr[m.end():k], with_attrs)] += 1
        # Tuples: an opening parenthesis that no identifier precedes.
        tuples = len(re.findall(r"(?<![A-Za-z0-9_.\]])\(", expr))
        if tuples:
            counts["(tuple)"] += tuples
    return signature(header), counts


def load(path, with_attrs):
    with open(path) as f:
        return histogram(f.read(), with_attrs)


def report(paths, with_attrs, quiet):
    (sig_a, hist_a) = load(paths[0], with_attrs)
    if len(paths) == 1:
        params, result = sig_a
        print(f"params {len(params)}  result {result or '(not declared)'}")
        for op in sorted(hist_a):
            print(f"{hist_a[op]:7d}  {op}")
        print(f"{sum(hist_a.values()):7d}  total")
        return 0
    (sig_b, hist_b) = load(paths[1], with_attrs)
    ok = True
    (params_a, result_a), (params_b, result_b) = sig_a, sig_b
    types_a = [t for _, t in params_a]
    types_b = [t for _, t in params_b]
    if types_a == types_b:
        print(f"params: {len(types_a)} = {len(types_b)}, types equal in order")
    else:
        ok = False
        print(f"params: {len(types_a)} vs {len(types_b)}, types DIFFER")
        if sorted(types_a) == sorted(types_b):
            print("  (same multiset of types, different order)")
        for k in range(max(len(params_a), len(params_b))):
            pa = params_a[k] if k < len(params_a) else ("-", "-")
            pb = params_b[k] if k < len(params_b) else ("-", "-")
            if pa[1] != pb[1]:
                print(f"  #{k}: {pa[0]}: {pa[1]}  vs  {pb[0]}: {pb[1]}")
    if result_a and result_b:
        if result_a == result_b:
            print(f"result: {result_a} (both)")
        else:
            ok = False
            print(f"result: {result_a}  vs  {result_b}  DIFFER")
    else:
        print(f"result: {result_a or '(not declared)'}  vs  "
              f"{result_b or '(not declared)'}")
    width = max([len(op) for op in list(hist_a) + list(hist_b)] + [2])
    print(f"{'op':<{width}}  {'A':>6}  {'B':>6}")
    for op in sorted(set(hist_a) | set(hist_b)):
        a, b = hist_a.get(op, 0), hist_b.get(op, 0)
        mark = "" if a == b else f"  {a - b:+d}"
        if a != b:
            ok = False
        if a != b or not quiet:
            print(f"{op:<{width}}  {a:6d}  {b:6d}{mark}")
    ta, tb = sum(hist_a.values()), sum(hist_b.values())
    print(f"{'total':<{width}}  {ta:6d}  {tb:6d}{'' if ta == tb else f'  {ta - tb:+d}'}")
    print("histograms and signatures AGREE" if ok else "DIFFERENCES found")
    return 0 if ok else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    if not 1 <= len(args) <= 2 or flags - {"--attrs", "--quiet"}:
        sys.exit(__doc__)
    sys.exit(report(args, "--attrs" in flags, "--quiet" in flags))
