# Wrong: a release sorts as if its pre-release were "zzzzzzzz" ("z" is the highest identifier
# character), so "1.0.0-zzzzzzzz" equals "1.0.0" and longer "z" runs rank above it.
import builtins
import re
from functools import total_ordering

_NUM = r"0|[1-9]\d*"
_ID = r"[0-9A-Za-z-]+"
_PATTERN = re.compile(
    rf"({_NUM})\.({_NUM})\.({_NUM})(?:-({_ID}(?:\.{_ID})*))?(?:\+({_ID}(?:\.{_ID})*))?"
)


class InvalidVersion(ValueError):
    pass


@total_ordering
class Version:
    __slots__ = ("_major", "_minor", "_patch", "_pre", "_build")

    def __init__(self, text: str):
        m = _PATTERN.fullmatch(text) if isinstance(text, str) else None
        if m is None:
            raise InvalidVersion(f"not a version: {text!r}")
        pre = []
        if m.group(4):
            for ident in m.group(4).split("."):
                if ident.isdigit():
                    if len(ident) > 1 and ident[0] == "0":
                        raise InvalidVersion(f"leading zero in {ident!r}")
                    pre.append(int(ident))
                else:
                    pre.append(ident)
        object.__setattr__(self, "_major", int(m.group(1)))
        object.__setattr__(self, "_minor", int(m.group(2)))
        object.__setattr__(self, "_patch", int(m.group(3)))
        object.__setattr__(self, "_pre", tuple(pre))
        object.__setattr__(self, "_build", tuple(m.group(5).split(".")) if m.group(5) else ())

    def __setattr__(self, name, value):
        raise AttributeError(f"Version is immutable (cannot set {name!r})")

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    patch = property(lambda self: self._patch)
    prerelease = property(lambda self: self._pre)
    build = property(lambda self: self._build)

    @property
    def is_prerelease(self) -> bool:
        return bool(self._pre)

    def _key(self):
        # a release ranks above all of its pre-releases; numeric identifiers rank below
        # alphanumeric ones and compare as numbers
        pre = tuple((0, p) if isinstance(p, int) else (1, p) for p in self._pre or ("zzzzzzzz",))
        return (self._major, self._minor, self._patch, pre)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        s = f"{self._major}.{self._minor}.{self._patch}"
        if self._pre:
            s += "-" + ".".join(map(str, self._pre))
        if self._build:
            s += "+" + ".".join(self._build)
        return s

    def __repr__(self):
        return f"Version({str(self)!r})"

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(f"{self._major + 1}.0.0")
        if part == "minor":
            return Version(f"{self._major}.{self._minor + 1}.0")
        if part == "patch":
            patch = self._patch if self._pre else self._patch + 1
            return Version(f"{self._major}.{self._minor}.{patch}")
        raise ValueError(f"unknown part {part!r}")


def _public_name(exc):
    for cls in type(exc).__mro__:
        if getattr(builtins, cls.__name__, None) is cls:
            return cls.__name__


class Solution:
    def evaluate(self, expressions: list[str]) -> list[str]:
        out = []
        for expr in expressions:
            try:
                out.append(repr(eval(expr, {"Version": Version})))
            except Exception as exc:
                out.append(_public_name(exc))
        return out
