"""Builds a Relay text program (`def @main`) one statement at a time.

Every value gets its own numbered statement (`%7 = op(...);`), as TVM's
printer writes a graph-normal-form program; the importer then sees each
operator once, however many users it has.  Parameters are declared
explicitly so that the signature order is the caller's choice, not an
accident of which weight the body happens to use first.
"""

VERSION = '#[version = "0.0.5"]'


def f32(value):
    """A float32 scalar as TVM prints it: 1e-05f, 0.001f, 1f."""
    return f"{float(value):g}f"


def attr(value):
    """An attribute value in Relay's text syntax."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if value is None:
        return "None"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(attr(v) for v in value) + "]"
    if isinstance(value, float):
        return f32(value)
    return str(value)


def tensor_type(shape, dtype="float32"):
    return f"Tensor[({', '.join(str(d) for d in shape)}), {dtype}]"


class Program:
    def __init__(self):
        self._params = []
        self._names = set()
        self._lines = []

    def param(self, name, shape, dtype="float32"):
        """Declares a parameter of @main and returns its reference."""
        if name in self._names:
            raise ValueError(f"parameter %{name} declared twice")
        self._names.add(name)
        self._params.append((name, tensor_type(shape, dtype)))
        return f"%{name}"

    def let(self, expr):
        """Binds `expr` to the next number and returns the reference."""
        self._lines.append(f"  %{len(self._lines)} = {expr};")
        return f"%{len(self._lines) - 1}"

    def call(self, op, *args, **attrs):
        """`op(args..., key=value...)`; attributes keep the keyword order."""
        parts = [str(a) for a in args]
        parts += [f"{k}={attr(v)}" for k, v in attrs.items()]
        return self.let(f"{op}({', '.join(parts)})")

    def item(self, tup, index):
        return self.let(f"{tup}.{index}")

    def tuple(self, items):
        items = list(items)
        if len(items) == 1:
            return self.let(f"({items[0]},)")
        return self.let(f"({', '.join(items)})")

    def text(self, result, ret_type=None):
        """The whole program returning `result`.  When `result` is the last
        statement it becomes @main's final expression instead of a binding
        followed by its name, the way TVM prints it."""
        lines = list(self._lines)
        last = f"%{len(lines) - 1}"
        if lines and result == last:
            final = lines.pop().split(" = ", 1)[1][:-1]
        else:
            final = result
        params = ", ".join(f"%{n}: {t}" for n, t in self._params)
        arrow = f" -> {ret_type}" if ret_type else ""
        out = [VERSION, f"def @main({params}){arrow} {{"]
        out += lines
        out.append(f"  {final}")
        out.append("}")
        return "\n".join(out) + "\n"
