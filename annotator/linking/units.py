"""Units as dimensions: what can be compared with what, and the mix-ups worth naming."""

from __future__ import annotations

import functools
import re

from annotator import lexicon


@functools.cache
def dimension(unit: str | None) -> str:
    """The dimension a unit measures (money, rate, persons …), or the unit itself."""
    for name, members in lexicon.UNIT_DIMENSIONS.items():
        if unit in members:
            return name
    return unit or ""


@functools.cache
def spelling(unit: str | None) -> str | None:
    """One spelling for a unit written several ways (名 and 人, ％ and %)."""
    for members in lexicon.UNIT_SPELLINGS:
        if unit in members:
            return min(members)
    return unit


def measure_told(unit: str | None, said: str) -> tuple[str, float] | None:
    """``measure``, or where the words ``said`` about a figure tell a unit's size (金价每盎司:
    the troy ounce; 加仑（美制）: the US gallon), that."""
    for told, named, size in lexicon.TOLD_FACTORS:
        if unit == named and told.search(said):
            return size
    return measure(unit)


def scale(unit: str | None, into: str | None) -> float | None:
    """How many of ``into`` one ``unit`` holds (1吨 is 1000公斤), where both measure one thing."""
    a, b = measure(unit), measure(into)
    return a[1] / b[1] if a and b and a[0] == b[0] else None


def hours_in(unit: str | None, told: str) -> float | None:
    """The hours in one of a length of time's unit, ``told`` its claim's text (1小时24分 is
    told in minutes: 分 after 小时); None for no unit of time."""
    if unit == "分" and "小时" in told:
        return lexicon.HOURS_IN["分钟"]
    return lexicon.HOURS_IN.get(unit or "")


def same(a: str | None, b: str | None) -> bool:
    return a == b or spelling(a) == spelling(b)


def sibling_mixup(a: str | None, b: str | None) -> str | None:
    """The code of a mix-up between two sibling units (% and 个百分点), if they are."""
    if same(a, b) or a is None or b is None:
        return None
    return lexicon.SIBLING_UNITS.get(frozenset((a, b)))


# Dimensions whose units are things apart, told one for another by a slip.
CHANGEABLE = ("counts", "electricity", "durations")


def converted(value: float, unit: str | None) -> float | None:
    """A figure in its dimension's smallest common unit (20吨: 20000), if it converts."""
    factor = lexicon.UNIT_FACTORS.get(unit or "")
    return value * factor if factor else None


def measure(unit: str | None) -> tuple[str, float] | None:
    """What a unit measures and how many of that measure's smallest unit it holds (兆瓦:
    power, 1e6 瓦; 厘米: length, 0.01 米), if it converts; power and energy apart."""
    if (one := converted(1.0, unit)) is not None:
        return dimension(unit), one
    for name, factors in (("power", lexicon.POWER_FACTORS), ("energy", lexicon.ENERGY_FACTORS),
                          *lexicon.MORE_FACTORS.items()):
        if unit in factors:
            return name, factors[unit]
    return None


def changed(a: str | None, b: str | None) -> bool:
    """Two units of one dimension, neither a currency nor a rate, that no spelling makes
    one (150余家 and 150余人, 1.36亿千瓦 and 1.36亿千瓦时, 20分钟 and 20秒), nor two
    measure words counting one thing (230家 and 230个)."""
    return not same(a, b) and dimension(a) == dimension(b) \
        and dimension(a) in (*CHANGEABLE, "length", "weight", "area") and not counted_alike(a, b)


def counted_alike(a: str | None, b: str | None) -> bool:
    """Two measure words that count one thing (个 and 家; 场 and 项): the same figure."""
    if a == lexicon.GENERAL_COUNTER or b == lexicon.GENERAL_COUNTER:
        return (b if a == lexicon.GENERAL_COUNTER else a) in lexicon.GENERAL_COUNTED
    return frozenset((a, b)) in lexicon.EVENT_COUNTERS


def block(unit: str | None) -> str:
    """What a unit adds to its dimension's block keys: within a dimension whose units are
    things apart, each unit keeps its own blocks (they meet by their number); sibling
    units (人 and 人次, 户 and 人) share theirs."""
    spelled = spelling(unit)
    if dimension(unit) not in CHANGEABLE or spelled in _SIBLINGS:
        return ""  # (名 is spelled 人: a sibling's too)
    return f"{spelled}/"


_SIBLINGS = frozenset(unit for pair in lexicon.SIBLING_UNITS for unit in pair)


_SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))


def written_like(amount: float, text: str) -> str:
    """``amount`` in the scale word of a figure written ``text`` (2040000 beside 约214万
    is 204万, not 2.04e+06), to four significant digits."""
    word, factor = next(((w, f) for w, f in _SCALES if w in text), ("", 1.0))
    shown = f"{amount / factor:.4g}"
    return f"{amount / factor:.0f}{word}" if "e" in shown else f"{shown}{word}"  # 50400, not 5.04e+04


_SLASHED = re.compile("[0-9０-９][/／][0-9０-９]")  # 1/4, not the unit of 42微克/立方米 or 18.5元/公斤


def fraction(text: str) -> bool:
    """Whether a figure is written as a fraction: 四分之一, 1/4, 每4台就有1台 (not 百分之四,
    nor a unit per another, 18.5元/公斤)."""
    return bool(_SLASHED.search(text)) or ("分之" in text and "百分之" not in text) or bool(lexicon.ONE_IN.search(text))


def currencies_differ(a: str | None, b: str | None) -> bool:
    return a != b and a in lexicon.CURRENCIES and b in lexicon.CURRENCIES


def additive(unit: str | None) -> bool:
    """Whether figures in this unit add up to a whole: counts, money, weight, persons;
    not ages, durations, rainfall or temperatures."""
    return unit is not None and unit not in lexicon.NOT_ADDITIVE_UNITS \
        and unit not in lexicon.UNIT_DIMENSIONS["rate"]
