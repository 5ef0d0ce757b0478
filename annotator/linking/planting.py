"""Drafts with planted errors and honest restatements, made from any corpus of articles.

Each case takes a real sentence of a source article and rewrites one of its figures: a
kind of mistake editors catch (digits transposed, 万 for 亿, a rise told as a fall …) or
a correct restatement in another form (0.35万亿元 for 3500亿元, 一千四百家 for 1400家 …).
Arithmetic cases are written from a real figure's own subject and unit. The finder is
then scored per kind, so a rule that only fits one article shows up as a kind it misses.
No Qt, no store: articles in, drafts and their keys out.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from annotator import lexicon
from annotator.claim import Claim
from annotator.context import Sentences
from annotator.extract import extract_claims
from annotator.linking.facts import SHORT_CLAUSE, value_interval
from annotator.numbers import parse_number

ERRORS = ("digits_transposed", "off_by_one_digit", "digit_dropped", "decimal_point_moved", "scale_word",
          "conversion_slip", "currency", "percent_vs_points", "person_vs_times", "unit_changed",
          "other_period", "other_edition", "other_entity", "hedge_direction", "rounding_beyond_hedge",
          "rank", "chinese_numeral_wrong", "rise_as_fall", "comparison_base", "other_frame",
          "goal_as_outcome", "fraction_misread", "different_figure")
ARITHMETIC = ("growth_vs_levels", "growth_vs_previous_level", "parts_exceed_total",
              "share_vs_parts", "difference_vs_levels", "points_vs_levels", "average_vs_total")
HONEST = ("verbatim", "scale", "converted", "rounding_within_hedge", "chinese_numerals", "doubled",
          "fraction_or_cheng", "labelled_period", "arithmetic_ok")
COMPUTED = (*ARITHMETIC, "doubled", "arithmetic_ok")  # written from a subject, not restated
# rewritten outside the figure (its year, edition or verb): the sentence is kept as it is
WIDE = ("other_period", "other_edition", "labelled_period", "rise_as_fall", "comparison_base",
        "other_frame", "goal_as_outcome")

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CN = "零一二三四五六七八九"
_CN_DIGIT = re.compile("[零〇一二两三四五六七八九十百千0-9０-９]")
_CLAUSE = re.compile(r"(?:[^，,；;]|,(?=[0-9]))+[，,；;]?")  # 21,041.4 is one number
_UP_DOWN = {"增长": "下降", "增加": "减少", "提高": "降低", "上升": "下降", "上涨": "下跌",
            "提升": "下降", "增": "降"}
_BASE_SWAP = {"同比": "环比", "环比": "同比"}
_CURRENCY_SWAP = {"美元": "元", "元": "美元", "港元": "元", "欧元": "美元", "日元": "元"}
_RELATIVE_YEARS = {"今年": 0, "去年": -1, "上年": -1}
_EXPLICIT_YEAR = re.compile(r"(20[0-9]{2})年")
_GOAL_YEAR = re.compile(r"(?:到|至)?20[0-9]{2}年(?:底|末)?")
_EDITION = re.compile(r"第([一二三四五六七八九十]+|[0-9]+)届")
_HEDGES_LONGEST_FIRST = sorted(lexicon.PREFIX_HEDGES, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Case:
    """One rewritten figure: where it stands in its draft, and the claim it restates."""

    kind: str
    draft: str
    offset: int                       # where the rewritten figure starts in the draft
    source: tuple[str, int] | None    # (article, claim start) it restates; None: arithmetic

    @property
    def honest(self) -> bool:
        return self.kind in HONEST


@dataclass(frozen=True, slots=True)
class Draft:
    name: str
    text: str
    cases: tuple[Case, ...]
    form: str = "paragraphs"


@dataclass(frozen=True, slots=True)
class _Spot:
    """A claim in its sentence: ``sentence[start:end]`` is the claim's text."""

    article: str
    published: str | None
    sentence: str
    start: int
    end: int
    claim: Claim
    siblings: tuple[Claim, ...]  # the article's other claims of the same kind and unit

    @property
    def text(self) -> str:
        return self.sentence[self.start:self.end]

    def replaced(self, new: str, at: int | None = None, end: int | None = None) -> tuple[str, int]:
        """The sentence with ``[at:end]`` (the claim by default) replaced, and where the
        claim starts afterwards."""
        lo, hi = (self.start, self.end) if at is None or end is None else (at, end)
        sentence = self.sentence[:lo] + new + self.sentence[hi:]
        return sentence, self.start + (len(new) - (hi - lo) if lo < self.start else 0)


Rewrite = Callable[[_Spot, random.Random], "tuple[str, int] | None"]


# --- numerals ---------------------------------------------------------------------------

def chinese(n: int) -> str:
    """An integer below 10^8 in Chinese numerals: 1400 → 一千四百, 10 → 十, 305 → 三百零五."""
    if n == 0:
        return "零"
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        return chinese(high) + "万" + (("零" if low < 1000 else "") + chinese(low) if low else "")
    out, zero = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit:
            out += ("零" if zero and out else "") + _CN[digit] + word
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def _number(spot: _Spot) -> re.Match[str] | None:
    return _NUMBER.search(spot.text)


def _with_number(spot: _Spot, digits: str, prefix: str = "") -> tuple[str, int]:
    m = _number(spot)
    assert m is not None
    text = spot.text[:m.start()] + digits + spot.text[m.end():]
    return spot.replaced(prefix + text if prefix else text)


def _wrong(spot: _Spot, digits: str) -> tuple[str, int] | None:
    """``digits`` in place of the claim's number, if that is an error: a figure its own
    hedge allows (二十六倍 for 约27倍) is none."""
    m = _number(spot)
    assert m is not None
    claim, new, old = spot.claim, parse_number(digits), float(m.group())
    if new is None or not old:
        return None
    value = claim.value * new / old
    low, high = value_interval(claim.text, claim.value, claim.value_high, claim.qualifier)
    return None if low <= value <= high else _with_number(spot, digits)


def _format(value: float) -> str:
    return f"{value:.10g}" if value != int(value) else str(int(value))


# --- planted errors ---------------------------------------------------------------------

def _transposed(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m:
        return None
    digits = m.group()
    places = [i for i in range(len(digits) - 1) if digits[i].isdigit() and digits[i + 1].isdigit()
              and digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")]
    if not places:
        return None
    i = rng.choice(places)
    return _wrong(spot, digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])


def _off_by_one(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m or len(m.group().replace(".", "")) < 2:
        return None
    digits = m.group()
    i = rng.choice([i for i, d in enumerate(digits) if d.isdigit()])
    digit = int(digits[i])
    new = digit + 1 if digit < 9 else digit - 1
    if i == 0 and new == 0:
        return None
    return _wrong(spot, digits[:i] + str(new) + digits[i + 1:])


def _digit_dropped(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """1572.8 typed as 572.8, 2015 as 215, 305 as 3005: a digit dropped or a zero added,
    not at the end (that moves the decimal point)."""
    m = _number(spot)
    digits = m.group() if m else ""
    whole = digits.partition(".")[0]
    if len(digits.replace(".", "")) < 3 or len(whole) < 2 or spot.claim.kind == "rank":
        return None
    if rng.random() < 0.5:  # drop one digit of the whole part, never its last
        i = rng.randrange(len(whole) - 1)
        new = digits[:i] + digits[i + 1:]
    else:  # add a zero inside the whole part
        i = rng.randrange(1, len(whole))
        new = digits[:i] + "0" + digits[i:]
    if new[0] in "0.":
        return None
    return _wrong(spot, new)


def _decimal_moved(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m or spot.claim.kind == "rank":
        return None
    whole, _, fraction = m.group().partition(".")
    if fraction and len(whole) >= 1 and whole != "0":
        moved = whole + fraction[0] + ("." + fraction[1:] if fraction[1:] else "")
    elif len(whole) >= 3:
        moved = whole[:-1] + "." + whole[-1]
    else:
        return None
    return _with_number(spot, moved)


def _scale_word(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    text = spot.text
    for old, new in (("万亿", "亿"), ("亿", "万"), ("万", "亿")):
        at = text.find(old)
        # the scale word of the whole figure, not one inside a numeral (一万二千)
        if at >= 0 and not _CN_DIGIT.match(text, at + len(old)):
            return spot.replaced(text[:at] + new + text[at + len(old):])
    return None


def _currency(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    unit = spot.claim.unit
    if unit not in _CURRENCY_SWAP or not spot.text.endswith(unit):
        return None
    return spot.replaced(spot.text[:-len(unit)] + _CURRENCY_SWAP[unit])


def _percent_points(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    text = spot.text
    if spot.claim.unit == "个百分点" and text.endswith("个百分点"):
        return spot.replaced(text[:-4] + "%")
    if spot.claim.kind == "change" and spot.claim.unit == "%" and text.endswith("%"):
        return spot.replaced(text[:-1] + "个百分点")
    return None


def _person_times(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    text = spot.text
    if text.endswith("人次"):
        return spot.replaced(text[:-2] + "人")
    if text.endswith("人") and spot.claim.unit == "人":
        return spot.replaced(text + "次")
    return None


def _unit_changed(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """150余家 told as 150余人, 1.36亿千瓦 as 1.36亿千瓦时: the number kept, the unit not."""
    unit = spot.claim.unit or ""
    other = lexicon.UNIT_SWAPS.get(unit)
    if other is None or not spot.text.endswith(unit):
        return None
    return spot.replaced(spot.text[:-len(unit)] + other)


def _conversion_slip(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """20吨 told as 2000公斤: a unit converted with the decimal point moved."""
    return _converted_by(spot, 0.1)


def _converted(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """20吨 told as 20000公斤, 45亩 as 3万平方米: the same figure in another unit."""
    return _converted_by(spot, 1.0)


def _converted_by(spot: _Spot, slip: float) -> tuple[str, int] | None:
    unit = spot.claim.unit or ""
    other = lexicon.CONVERSIONS.get(unit)
    m = _number(spot)
    if other is None or m is None or not spot.text.endswith(unit) or spot.claim.kind != "amount":
        return None
    value = spot.claim.value * lexicon.UNIT_FACTORS[unit] / lexicon.UNIT_FACTORS[other] * slip
    if value != round(value) or value < 1:
        return None  # a conversion no one writes (2.67公顷 for 40亩)
    return spot.replaced(spot.text[:m.start()] + _format(value) + other)


def _other_period(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    years = list(_EXPLICIT_YEAR.finditer(spot.sentence, 0, spot.start))
    if not years or spot.claim.kind == "rank":
        return None
    year = years[-1]
    shifted = str(int(year.group(1)) - 1)
    return spot.replaced(shifted, year.start(1), year.end(1))


def _other_edition(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    editions = list(_EDITION.finditer(spot.sentence, 0, spot.start))
    if not editions:
        return None
    edition = editions[-1]
    written = edition.group(1)
    number = int(written) if written.isdigit() else _CN.index(written[-1]) if len(written) == 1 else None
    if not number or number < 2:
        return None
    other = str(number - 1) if written.isdigit() else chinese(number - 1)
    return spot.replaced(other, edition.start(1), edition.end(1))


def _other_entity(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    own = spot.claim.entity
    others = [c for c in spot.siblings if c.entity and own and c.entity != own
              and c.metric and c.metric == spot.claim.metric
              and c.value != spot.claim.value and c.qualifier == spot.claim.qualifier]
    if not others:
        return None
    return spot.replaced(rng.choice(others).text)


def _hedge_direction(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """近1400家 told as 超1400家, and the other way round."""
    turned = {"nearly": "超", "over": "近"}.get(spot.claim.qualifier)
    word = next((w for w in _HEDGES_LONGEST_FIRST if spot.text.startswith(w)), None)
    if turned is None or word is None or lexicon.PREFIX_HEDGES[word] != spot.claim.qualifier:
        return None
    return spot.replaced(turned + spot.text[len(word):])


def _significant(spot: _Spot) -> tuple[float, float] | None:
    """(the written number, the place to round it at) for a figure of 3+ digits."""
    m = _number(spot)
    if not m or spot.claim.qualifier != "exact" or spot.claim.kind == "rank":
        return None
    number = float(m.group())
    digits = len(m.group().replace(".", "").lstrip("0"))
    if number < 100 or digits < 3:
        return None
    place = 10.0 ** (len(m.group().partition(".")[0]) - 2)
    return number, place


def _rounded_beyond(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    found = _significant(spot)
    if not found:
        return None
    number, place = found
    rounded = round(number / place) * place + rng.choice((-2, 2)) * place
    # 约300 for 325 is 325 rounded at the place its own zeros leave: a coarse rounding, no error
    own = _last_place(rounded)
    if rounded <= 0 or round(number / own) * own == rounded:
        return None
    return _with_number(spot, _format(rounded), "约")


def _last_place(number: float) -> float:
    """The place of a whole number's last nonzero digit: 2000 → 1000."""
    digits = _format(number)
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if "." not in digits else 1.0


def _rank(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    if spot.claim.kind != "rank":
        return None
    value = int(spot.claim.value)
    other = value + 1 if value < 9 else value - 1
    m = re.search("[一二三四五六七八九十]+|[0-9]+", spot.text)
    if not m:
        return None
    written = str(other) if m.group().isdigit() else chinese(other)
    return spot.replaced(spot.text[:m.start()] + written + spot.text[m.end():])


def _chinese_wrong(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m or "." in m.group() or spot.claim.kind == "rank" or "%" in spot.text:
        return None  # 八十二% is written by no one
    number = int(m.group())
    if not 11 <= number < 100_000:
        return None
    digits = str(number)
    i = rng.randrange(len(digits))
    digit = int(digits[i])
    wrong = int(digits[:i] + str(digit - 1 if digit else 1) + digits[i + 1:])
    return _wrong(spot, chinese(wrong)) if wrong != number and wrong else None


def _rise_as_fall(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    return _swapped_in_clause(spot, _UP_DOWN)


def _comparison_base(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """同比增长34.3% told as 环比增长34.3%, and the other way round."""
    return _swapped_in_clause(spot, _BASE_SWAP)


def _other_frame(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """降低15% told as 降至15%, 缩短至20分钟 as 缩短了20分钟: the amount changed told as the
    level reached, or the other way round; or a share of the nation's told as the world's."""
    m = lexicon.CHANGE_REACH.search(spot.sentence, 0, spot.start)
    if not m:
        scope = list(lexicon.SHARE_SCOPE.finditer(spot.sentence, 0, spot.start))
        if spot.claim.kind != "share" or not scope:  # 占全国的8% told as 占全球的8%
            return None
        other = "全球" if scope[-1]["scope"] in ("全国", "我国") else "全国"
        return spot.replaced(other, scope[-1].start("scope"), scope[-1].end("scope"))
    words = m["words"]
    verb = words.replace("了", "")[:-1] if m["to"] else words.replace("了", "")
    new = verb + "了" if m["to"] else verb + "至"
    return spot.replaced(new, m.start("words"), m.end("words"))


def _goal_as_outcome(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    """力争到2027年达到X told as 去年已达到X: a goal's figure told as reached, its goal word
    said as 已 and its year as last year. Not where the sentence still says a goal or the
    future before the figure (专项计划…已招生, 明年…已安排, 届时已将有: still a plan), nor of
    a plan compared with (较原计划增加4列: the figure is an outcome)."""
    clause = max(spot.sentence.rfind(stop, 0, spot.start) for stop in "，,；;：:") + 1
    goals = list(lexicon.TARGET_WORDS.finditer(spot.sentence, clause, spot.start))
    if not goals or lexicon.PLAN_COMPARED.search(spot.sentence, 0, goals[-1].start()):
        return None
    edits = [(goals[-1].start(), goals[-1].end(), "已")]
    edits += [(m.start(), m.end(), "去年") for m in _GOAL_YEAR.finditer(spot.sentence, clause, spot.start)]
    sentence, start = spot.sentence, spot.start
    for lo, hi, new in sorted(edits, reverse=True):  # a goal word holds no year: none overlap
        sentence = sentence[:lo] + new + sentence[hi:]
        start += len(new) - (hi - lo)
    if lexicon.TARGET_WORDS.search(sentence, 0, start) or lexicon.FUTURE_WORDS.search(sentence, 0, start):
        return None
    return sentence, start


def _swapped_in_clause(spot: _Spot, swaps: dict[str, str]) -> tuple[str, int] | None:
    """A change's sentence with the word of ``swaps`` nearest before it in its clause
    replaced by its other (增长 by 下降, 同比 by 环比)."""
    if spot.claim.kind != "change":
        return None
    clause_start = max(spot.sentence.rfind(stop, 0, spot.start) for stop in "，,；：")
    found = max(((spot.sentence.rfind(word, clause_start + 1, spot.start), word) for word in swaps),
                default=(-1, ""))
    at, word = found
    return spot.replaced(swaps[word], at, at + len(word)) if at >= 0 else None


def _fraction_misread(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    claim = spot.claim
    if claim.unit != "%" or claim.kind == "change" or not claim.value:
        return None
    whole = 100 / claim.value
    if whole == claim.value:
        return None  # 十分之一 told as 10% is no misreading
    if "分之" in spot.text and whole == int(whole):
        return spot.replaced(f"{int(whole)}%")
    if spot.text.endswith("%") and claim.value == int(claim.value) and claim.value >= 2 \
            and whole == int(whole):
        return spot.replaced(chinese(int(claim.value)) + "分之一")
    return None


def _different_figure(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m or spot.claim.kind == "rank" or not spot.claim.value:
        return None
    number = float(m.group())
    decimals = len(m.group().partition(".")[2])
    factor = rng.choice((1.3, 1.6, 2.5, 0.6, 0.4))
    new = round(number * factor, decimals)
    if new == number or new <= 0 or (spot.claim.kind == "share" and new > 100):
        return None  # no share passes the whole
    return _wrong(spot, f"{new:.{decimals}f}")


# --- honest restatements ------------------------------------------------------------------

def _scale(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m or spot.claim.kind != "amount":
        return None
    text, number = spot.text, float(m.group())
    after = text[m.end():]
    if after.startswith("亿") and not after.startswith("亿万") and number >= 1000:
        return spot.replaced(text[:m.start()] + _format(number / 10_000) + "万亿" + after[1:])
    if after.startswith("万") and not after.startswith("万亿") and number >= 10_000:
        return spot.replaced(text[:m.start()] + _format(number / 10_000) + "亿" + after[1:])
    if number >= 10_000 and spot.claim.unit and after == spot.claim.unit:
        return spot.replaced(text[:m.start()] + _format(number / 10_000) + "万" + after)
    return None


def _rounded_within(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    found = _significant(spot)
    if not found:
        return None
    number, place = found
    rounded = round(number / place) * place
    return _with_number(spot, _format(rounded), "约") if rounded != number else None


def _chinese_numerals(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    m = _number(spot)
    if not m or "." in m.group() or spot.claim.kind == "rank" or "%" in spot.text \
            or not 11 <= int(m.group()) < 100_000:
        return None
    return _with_number(spot, chinese(int(m.group())))


def _fraction_or_cheng(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    claim = spot.claim
    if claim.unit != "%" or claim.kind != "share" or not spot.text.endswith("%") \
            or claim.qualifier != "exact" or not claim.value:
        return None
    m = _number(spot)
    assert m is not None  # the text ends in a percent sign, after its number
    number = spot.text[m.start():]
    if claim.value % 10 == 0 and claim.value < 100:
        return spot.replaced(spot.text.replace(number, chinese(int(claim.value // 10)) + "成"))
    whole = 100 / claim.value
    if whole == int(whole):
        return spot.replaced(spot.text.replace(number, chinese(int(whole)) + "分之一"))
    return None


def _labelled_period(spot: _Spot, rng: random.Random) -> tuple[str, int] | None:
    if not spot.published:
        return None
    year = int(spot.published[:4])
    for word, shift in _RELATIVE_YEARS.items():
        at = spot.sentence.rfind(word, 0, spot.start)
        if at >= 0:
            return spot.replaced(f"{year + shift}年", at, at + len(word))
    found = list(_EXPLICIT_YEAR.finditer(spot.sentence, 0, spot.start))
    if found and int(found[-1].group(1)) in (year, year - 1):
        word = "今年" if int(found[-1].group(1)) == year else "去年"
        return spot.replaced(word, found[-1].start(), found[-1].end())
    return None


REWRITES: dict[str, Rewrite] = {
    "digits_transposed": _transposed, "off_by_one_digit": _off_by_one, "digit_dropped": _digit_dropped,
    "decimal_point_moved": _decimal_moved, "scale_word": _scale_word, "currency": _currency,
    "percent_vs_points": _percent_points, "person_vs_times": _person_times, "unit_changed": _unit_changed,
    "conversion_slip": _conversion_slip, "converted": _converted,
    "other_period": _other_period, "other_edition": _other_edition,
    "other_entity": _other_entity, "hedge_direction": _hedge_direction,
    "rounding_beyond_hedge": _rounded_beyond, "rank": _rank,
    "chinese_numeral_wrong": _chinese_wrong, "rise_as_fall": _rise_as_fall,
    "comparison_base": _comparison_base, "other_frame": _other_frame,
    "goal_as_outcome": _goal_as_outcome,
    "fraction_misread": _fraction_misread, "different_figure": _different_figure,
    "scale": _scale, "rounding_within_hedge": _rounded_within,
    "chinese_numerals": _chinese_numerals, "fraction_or_cheng": _fraction_or_cheng,
    "labelled_period": _labelled_period, "verbatim": lambda spot, rng: (spot.sentence, spot.start),
}


# --- arithmetic, written from a real figure's subject and unit ---------------------------

def _arithmetic(kind: str, spot: _Spot, rng: random.Random, honest: bool) -> tuple[str, int] | None:
    """A sentence of one article's own arithmetic, and where the figure it states starts."""
    claim = spot.claim
    subject = (claim.entity or "") + (claim.metric or "")
    unit = claim.unit
    if claim.kind != "amount" or not claim.metric or not unit or len(subject) < 2 \
            or unit in lexicon.NOT_ADDITIVE_UNITS or unit in lexicon.UNIT_DIMENSIONS["rate"] \
            or lexicon.NOT_A_PART_BEFORE.search(subject):
        return None  # sums and shares are of counts and amounts, not of ages, rates or averages
    base = rng.randrange(120, 900)
    if kind in ("growth_vs_levels", "growth_vs_previous_level", "doubled"):
        rise = rng.choice((0.2, 0.3, 0.4, 0.6)) if kind != "doubled" else 1.0
        later = round(base * (1 + rise))
        true = (later / base - 1) * 100
        stated = _growth_words(true, honest, rng)
        if kind == "doubled":
            head = f"{subject}从{base}{unit}增长到{later}{unit}，"
            return head + "翻了一番。", len(head) + 1
        if kind == "growth_vs_levels" and rng.random() < 0.25:
            head = f"{subject}比上年增长"  # the rate first, then the levels it joins
            return f"{head}{stated}，从{base}{unit}增加到{later}{unit}。", len(head)
        if kind == "growth_vs_levels":
            head = rng.choice((f"{subject}从{base}{unit}增长到{later}{unit}，增长",
                               f"{subject}由上年的{base}{unit}增至{later}{unit}，增长",
                               f"{subject}由两年前的{base}{unit}提高到{later}{unit}，提高了"))
        else:
            head = rng.choice((f"全年{subject}{later}{unit}，比上年的{base}{unit}增长",
                               f"全年{subject}达到{later}{unit}，较上年同期的{base}{unit}增长",
                               f"全年{subject}{later}{unit}，比上年增加{later - base}{unit}，增长"))
        return head + stated + "。", len(head)
    if kind == "parts_exceed_total":
        one, two = rng.randrange(40, 90), rng.randrange(40, 90)
        total = one + two + rng.randrange(5, 30) if honest else one + two - rng.randrange(10, 30)
        head = rng.choice((f"{subject}共{total}{unit}", f"{subject}合计{total}{unit}",
                           f"全年累计{subject}{total}{unit}"))
        tail = rng.choice((f"，其中新增{one}{unit}、改造{two}{unit}。",
                           f"，包括新增{one}{unit}和改造{two}{unit}。",
                           f"。其中，新增{one}{unit}，改造{two}{unit}。"))
        return head + tail, len(head) - len(f"{total}{unit}")
    if kind == "difference_vs_levels":
        later = round(base * rng.choice((1.2, 1.3, 1.5)))
        gap = later - base
        said = gap if honest else gap + rng.choice((-1, 1)) * max(3, round(gap * 0.3))
        head = rng.choice((f"全年{subject}{later}{unit}，比上年的{base}{unit}增加",
                           f"{subject}由上年的{base}{unit}增至{later}{unit}，净增",
                           f"{subject}达到{later}{unit}，较上年的{base}{unit}多出"))
        return f"{head}{said}{unit}。", len(head)
    if kind == "points_vs_levels":
        low = rng.randrange(150, 600) / 10
        high = round(low + rng.choice((1.2, 2.4, 3.6, 5.1)), 1)
        points = round(high - low, 1) if honest else round(high - low + rng.choice((-1.5, 1.8, 2.3)), 1)
        owner = claim.entity or "全市"
        head = rng.choice((f"{owner}{claim.metric}占比从{low}%提高到{high}%，提高",
                           f"{owner}{claim.metric}比重为{high}%，比上年的{low}%提高",
                           f"{owner}{claim.metric}占比由上年的{low}%升至{high}%，上升"))
        return f"{head}{points}个百分点。", len(head)
    if kind == "average_vs_total":
        if unit in lexicon.PER_HEAD_UNITS["人"] or unit == "家":
            return None  # an average per firm is of money or goods, not of firms
        count, each = rng.randrange(20, 200), rng.randrange(12, 90)
        said = each if honest else round(each * rng.choice((0.7, 1.35)))
        head = rng.choice((f"全市{count}家企业{claim.metric}合计{count * each}{unit}，平均每家",
                           f"参与企业共{count}家，{claim.metric}共{count * each}{unit}，平均每家企业"))
        return f"{head}{said}{unit}。", len(head)
    if kind == "share_vs_parts":
        total = base * 10
        part = round(total * rng.choice((0.2, 0.3, 0.45)))
        share = f"{part / total * 100 + (0 if honest else rng.choice((-12, 12))):.0f}%"
        owner = claim.entity or "该区"
        choice = rng.randrange(4)
        if choice == 3:  # the share first, then its part
            head = f"全市{claim.metric}共{total}{unit}，{owner}占"
            return f"{head}{share}，达{part}{unit}。", len(head)
        if choice == 0:
            head = f"{owner}{claim.metric}{part}{unit}，占全市的"
            return f"{head}{share}，全市共{total}{unit}。", len(head)
        if choice == 1:
            head = f"全市共有{claim.metric}{total}{unit}，其中{owner}{part}{unit}，占比"
            return f"{head}{share}。", len(head)
        head = f"全市{claim.metric}总计{total}{unit}，{owner}{part}{unit}，占全市比重为"
        return f"{head}{share}。", len(head)
    return None


def _growth_words(true: float, honest: bool, rng: random.Random) -> str:
    """A growth rate as reporters write it: 34.3%, 三成, 近五成 (the true one, or a wrong
    one: half or 1.6 times it, or tenths of the whole off)."""
    if rng.random() < 0.5:
        return f"{true:.1f}%" if honest else f"{true * rng.choice((0.5, 1.6)):.1f}%"
    tenths = round(true / 10)
    if not honest:
        tenths += rng.choice((2, 3)) if tenths <= 2 else rng.choice((-2, 2, 3))
    hedge = "" if honest else rng.choice(("", "近"))
    return hedge + ("两" if tenths == 2 else chinese(tenths)) + "成"


# --- drafts -------------------------------------------------------------------------------

def _spots(name: str, text: str, published: str | None) -> Iterable[_Spot]:
    claims = extract_claims(text)
    sentences = Sentences(text)
    for claim in claims:
        left, right = sentences.around(claim.start, claim.end)
        if right - left > 300 or "\n" in text[left:right]:
            continue  # print-layout breaks: a rewritten copy would not read as one sentence
        siblings = tuple(c for c in claims if c is not claim and c.kind == claim.kind
                         and c.unit == claim.unit)
        yield _Spot(name, published, text[left:right], claim.start - left, claim.end - left,
                    claim, siblings)


def make_drafts(corpus: Iterable[tuple[str, str, str | None]], per_kind: int = 24,
                seed: int = 0) -> list[Draft]:
    """Drafts over ``(name, text, published)`` articles: for every kind, up to ``per_kind``
    rewritten figures, at most one a sentence, in one draft per source article and kind.
    Each draft opens with its source's date and headline, as a newspaper page does."""
    rng = random.Random(seed)
    corpus = list(corpus)
    by_article = {name: (published, list(_spots(name, text, published)))
                  for name, text, published in corpus}
    # a draft is headed as its source is: the headline names whose news it is
    headlines = {name: next((line.strip() for line in text.split("\n") if line.strip()), "")
                 for name, text, _ in corpus}
    drafts = []
    for kind in ERRORS + ARITHMETIC + HONEST:
        made = []
        for name, (published, spots) in by_article.items():
            order = list(spots)
            rng.shuffle(order)
            for spot in order:
                written = _rewrite(kind, spot, rng)
                if written:
                    made.append((name, published, spot, *written))
        rng.shuffle(made)
        drafts += _assemble(kind, made[:per_kind], headlines, rng)
    return drafts


def _rewrite(kind: str, spot: _Spot, rng: random.Random) -> tuple[str, int, str] | None:
    """(sentence, where the figure starts, the kind recorded) or None."""
    if kind in ARITHMETIC:
        written = _arithmetic(kind, spot, rng, honest=False)
        return (*written, kind) if written else None
    if kind in ("arithmetic_ok", "doubled"):
        form = rng.choice(ARITHMETIC) if kind == "arithmetic_ok" else kind
        written = _arithmetic(form, spot, rng, honest=True)
        return (*written, kind) if written else None
    written = REWRITES[kind](spot, rng)
    if not written or (written[0] == spot.sentence and kind != "verbatim"):
        return None
    return (*(written if kind in WIDE else _in_other_words(*written, rng)), kind)


def _in_other_words(sentence: str, at: int, rng: random.Random) -> tuple[str, int]:
    """A reporter retelling a figure seldom copies its sentence: half the time keep only
    the sentence's opening clause and the figure's own, with a lead-in or a verb of their
    own (达到 for 实现), so that the finder meets figures in words other than their source's."""
    if rng.random() < 0.5:
        return sentence, at
    clauses = [m.span() for m in _CLAUSE.finditer(sentence)]
    own = next((i for i, (lo, hi) in enumerate(clauses) if lo <= at < hi), None)
    if own is None:
        return sentence, at
    # a figure's clause that only says how it changed (，增长6.4%) keeps the clause naming it
    lo, _ = clauses[own]
    keep = sorted({0, own - 1 if own and at - lo <= SHORT_CLAUSE else own, own})
    text, shift = "", 0
    for i in keep:
        lo, hi = clauses[i]
        if i == own:
            shift = len(text) - lo
        text += sentence[lo:hi]
    lead = rng.choice(lexicon.RETELLING_LEADS)
    lead = "" if text.startswith(lead.rstrip("，")) else lead
    text, shift = lead + text, shift + len(lead)
    figure_at = at + shift
    for word, other in lexicon.RETELLING_VERBS:
        found = text.rfind(word, 0, figure_at)
        if found >= 0 and figure_at - found <= 8:
            text = text[:found] + other + text[found + len(word):]
            figure_at += len(other) - len(word)
            break
    if not text.rstrip().endswith(("。", "！", "？")):
        text = text.rstrip("，,；;") + "。"
    return text, figure_at


# (article name, its date, the spot, the sentence rewritten, where the claim is in it, kind)
Made = tuple[str, str | None, _Spot, str, int, str]


def _assemble(kind: str, made: list[Made], headlines: dict[str, str],
              rng: random.Random) -> list[Draft]:
    """One draft per source article, in one of the ``FORMS`` a newsroom writes in, dated
    as its source is, in one of the ways a page carries a date."""
    drafts = []
    by_source: dict[str, list[Made]] = {}
    for item in made:
        by_source.setdefault(item[0], []).append(item)
    for name, items in sorted(by_source.items()):
        form = rng.choice(FORMS)
        top, opening, bottom = _dated(items[0][1], rng)
        draft_name = f"{kind}~{name}"
        text, cases, seen = f"{top}{headlines[name]}（待审稿）\n\n{opening}", [], set()
        for number, (_, _, spot, sentence, at, recorded) in enumerate(items, start=1):
            if (spot.sentence, recorded) in seen:
                continue
            seen.add((spot.sentence, recorded))
            source = None if recorded in COMPUTED else (spot.article, spot.claim.start)
            lead = _lead(form, number, sentence, at, rng)
            cases.append(Case(recorded, draft_name, len(text) + len(lead) + at, source))
            text += lead + sentence + "\n\n"
        drafts.append(Draft(draft_name, text + bottom, tuple(cases), form))
    return drafts


# How a draft lays out its sentences: paragraphs; a numbered thread (①…); a script's
# speakers (画外音：); a listicle whose items open with their figure (数字3｜2215.5亿元).
FORMS = ("paragraphs", "thread", "script", "listicle")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _lead(form: str, number: int, sentence: str, at: int, rng: random.Random) -> str:
    """What goes before the ``number``-th sentence, whose figure is at ``at``."""
    if form == "thread":
        return _CIRCLED[(number - 1) % len(_CIRCLED)]
    if form == "script":
        return rng.choice(lexicon.SCRIPT_SPEAKERS)
    if form == "listicle":
        figure = next((c.text for c in extract_claims(sentence) if c.start <= at < c.end), None)
        return f"数字{chinese(number)}｜{figure}\n" if figure else ""
    return ""


def _dated(published: str | None, rng: random.Random) -> tuple[str, str, str]:
    """(the line above the headline, the words opening the text, its last line): a date
    line or a page header with its time and source, a dateline, or a sign-off."""
    if not published:
        return "", "", ""
    y, m, d = (int(n) for n in published.split("-"))
    return rng.choice(((f"{y}年{m}月{d}日\n", "", ""), (f"{y}-{m:02d}-{d:02d} 08:30 来源：本报\n", "", ""),
                       ("", f"【本报{m}月{d}日讯】", ""), ("", "", f"（{y}年{m}月）\n")))
