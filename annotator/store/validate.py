"""Arguments of ``Store``'s methods checked at the door, so misuse is one clear error.

Without this a lone surrogate (``"\\ud800"``) in a name or note, an id of ``2**70`` or an
offset given as a string surface as ``UnicodeEncodeError``, ``OverflowError`` or
``TypeError`` from deep inside SQLite's driver, naming nothing the caller passed.
``@checked`` reads each public method's annotations: every ``int`` and ``str``
parameter (or ``… | None``) is checked, and the error names the parameter.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from annotator.store.errors import InvalidInputError

# SQLite's INTEGER is a signed 64-bit number.
INT_MIN, INT_MAX = -2 ** 63, 2 ** 63 - 1


def integer(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{field}: {value!r} is not a whole number")
    if not INT_MIN <= value <= INT_MAX:
        raise InvalidInputError(f"{field}: {value} is out of range")
    return value


def text(field: str, value: object, *, nul: bool = True) -> str:
    """``nul=False``: also refuse NUL, which full-text search cannot take."""
    if not isinstance(value, str):
        raise InvalidInputError(f"{field}: {value!r} is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError(f"{field}: holds a lone surrogate (half of a character), "
                                "not text") from None
    if not nul and "\x00" in value:
        raise InvalidInputError(f"{field}: holds a NUL character")
    return value


_CHECKS: dict[str, Callable[[str, object], object]] = {"int": integer, "str": text}
P = ParamSpec("P")
R = TypeVar("R")


def checked(method: Callable[P, R]) -> Callable[P, R]:
    """Check the ``int`` and ``str`` arguments of ``method`` (None passes where allowed)."""
    signature = inspect.signature(method)
    plans = {}
    for name, param in signature.parameters.items():
        kind, optional = str(param.annotation), False
        if kind.endswith(" | None"):
            kind, optional = kind[:-len(" | None")], True
        if kind in _CHECKS:
            plans[name] = (_CHECKS[kind], optional)

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = signature.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            plan = plans.get(name)
            if plan is not None and not (value is None and plan[1]):
                plan[0](name, value)
        return method(*args, **kwargs)

    return wrapper
