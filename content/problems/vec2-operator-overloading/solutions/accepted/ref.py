# Complexity: O(total expression length) time: each expression is evaluated once, and every
# operator method is O(1) (coordinates stay below 10^13); O(1) memory per vector.
import builtins


class Vec2:
    __slots__ = ("_x", "_y")

    def __init__(self, x: int, y: int):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def y(self):
        return self._y

    def __repr__(self):
        return f"Vec2({self._x}, {self._y})"

    def __str__(self):
        return f"({self._x}, {self._y})"

    def __add__(self, other):
        if isinstance(other, Vec2):
            return Vec2(self._x + other._x, self._y + other._y)
        return NotImplemented

    def __radd__(self, other):
        # only the integer 0 is accepted on the left, so that sum() works without a start value
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vec2):
            return Vec2(self._x - other._x, self._y - other._y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, int):
            return Vec2(self._x * k, self._y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vec2):
            return self._x * other._x + self._y * other._y
        return NotImplemented

    def __neg__(self):
        return Vec2(-self._x, -self._y)

    def __eq__(self, other):
        if isinstance(other, Vec2):
            return self._x == other._x and self._y == other._y
        return NotImplemented

    def __hash__(self):
        return hash((self._x, self._y))

    def __bool__(self):
        return self._x != 0 or self._y != 0

    def __len__(self):
        return 2

    def __iter__(self):
        yield self._x
        yield self._y

    def __getitem__(self, i):
        return (self._x, self._y)[i]


def _public_name(exc):
    for cls in type(exc).__mro__:
        if getattr(builtins, cls.__name__, None) is cls:
            return cls.__name__


class Solution:
    def evaluate(self, expressions: list[str]) -> list[str]:
        out = []
        for expr in expressions:
            try:
                out.append(repr(eval(expr, {"Vec2": Vec2})))
            except Exception as exc:
                out.append(_public_name(exc))
        return out
