"""Two facts judged: how far the evidence says they are one fact (who, what, when, unit,
words), and, when their figures differ, the likely mistake by name."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from annotator import lexicon
from annotator.linking import periods, units
from annotator.linking.facts import CLAUSE_STOP, SCOPE_WORDS, ClaimLike, Fact, directionless, grams
from annotator.numbers import parse_number

ONE_SIDED = ("over", "nearly", "under")  # hedges that bound a figure on one side only
WEIGHTS = {"entity": 0.15, "metric": 0.15, "period": 0.075, "unit": 0.075}
WORDS_WEIGHT = 0.55
METRIC_REACH = 40  # how far from a figure its sentence may name its metric
AGREEMENT = {"same": 1.0, "sibling": 0.6, "unknown": 0.5, "different": 0.0}


@dataclass(frozen=True, slots=True)
class Evidence:
    """How two facts' parts agree: same, unknown (one does not say), sibling (units), or
    different; and how alike their words are, 0 to 1."""

    entity: str
    metric: str
    period: str
    unit: str
    words: float
    score: float = 0.0  # the parts weighed together, 0 to 1

    def __post_init__(self) -> None:
        parts = _PARTS[self.entity, self.metric, self.period, self.unit]
        object.__setattr__(self, "score", round(WORDS_WEIGHT * self.words + parts, 3))

    @property
    def possible(self) -> bool:
        """Whether the two can be one fact at all: never across owners, metrics or units."""
        return "different" not in (self.entity, self.metric, self.unit)

    def as_dict(self) -> dict[str, object]:
        """The parts, for people: one dict for equal parts (a full run's million
        suggestions hold a few thousand kinds of evidence), read and never changed."""
        return _as_dict(self.entity, self.metric, self.period, self.unit, round(self.words, 2))


@cache  # four parts of four agreements, and words to two places: bounded
def _as_dict(entity: str, metric: str, period: str, unit: str, words: float) -> dict[str, object]:
    return {"entity": entity, "metric": metric, "period": period, "unit": unit, "words": words}


# each agreement of the parts weighed, once (a pair is weighed often)
_PARTS = {(e, m, p, u): WEIGHTS["entity"] * AGREEMENT[e] + WEIGHTS["metric"] * AGREEMENT[m]
          + WEIGHTS["period"] * AGREEMENT[p] + WEIGHTS["unit"] * AGREEMENT[u]
          for e in AGREEMENT for m in AGREEMENT for p in AGREEMENT for u in AGREEMENT}


def evidence(a: Fact, b: Fact) -> Evidence:
    return _weighed(a, b, _metric(a, b), _unit(a, b))


def possible_evidence(a: Fact, b: Fact, flows: bool = True) -> Evidence | None:
    """``evidence``, or None where the metrics or units differ: no reading of the owners
    makes such a pair possible. Most pairs of a block end here, unweighed. ``flows=False``:
    a period's additions and a whole so far weighed as if told alike."""
    metric, unit = _metric(a, b, flows), _unit(a, b)
    if metric == "different" or unit == "different":
        return None
    return _weighed(a, b, metric, unit)


def goal_evidence(a: Fact, b: Fact) -> Evidence | None:
    """``possible_evidence`` of a goal and an outcome weighed as if both were goals: how
    alike they are but for that."""
    return possible_evidence(a, replace(b, target=a.target))


def _weighed(a: Fact, b: Fact, metric: str, unit: str) -> Evidence:
    return _evidence(_entity(a, b), metric, _period(a, b), unit, similarity(a.words, b.words))


@lru_cache(maxsize=1 << 16)  # a few thousand kinds of evidence among millions of pairs: one each
def _evidence(entity: str, metric: str, period: str, unit: str, words: float) -> Evidence:
    return Evidence(entity, metric, period, unit, words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The mean of overlap over union and over the shorter one (a draft may name the
    company a seed leaves out); 0 for a single shared pair, which says nothing."""
    shared = len(a & b)
    if shared < 2:
        return 0.0
    return (shared / (len(a) + len(b) - shared) + shared / min(len(a), len(b))) / 2


def levels_apart(a: Fact, b: Fact) -> bool:
    """Owners known to speak at two levels: an unnamed 全省 and 厦门, 全市 and 浙江 (a
    province's figure is no city's)."""
    return bool(a.level and b.level and a.level != b.level)


def _entity(a: Fact, b: Fact) -> str:
    x, y = a.entity, b.entity
    if (not x or not y) and levels_apart(a, b):
        return "different"
    if not x or not y:
        # no recognised owner: the words before the metric still say whose it is
        # a scope beside a name is every article's (全县梨树 and 全县稻虾 are two owners'
        # figures); alone, it is all the clause says of whose (全市 against 江城市)
        x_names, y_names = a.subject - SCOPE_WORDS, b.subject - SCOPE_WORDS
        x_told, y_told = (x_names, y_names) if x_names and y_names else (a.subject, b.subject)
        unrelated = x_told and y_told and not x_told & y_told \
            and (not x or x not in b.sentence_text) and (not y or y not in a.sentence_text)
        return "different" if unrelated else "unknown"
    if x in y or y in x:
        return "same"  # 重庆 and 重庆江北国际机场 agree
    if a.entity_stated and b.entity_stated:
        # 把临港的…带到重庆 and 将临港的…赋能重庆: both sentences name both owners
        crossed = x in b.sentence_text and y in a.sentence_text
        return "unknown" if crossed else "different"
    if a.entity_stated != b.entity_stated:
        # one names its owner, the other takes its article's subject: the other may name
        # that owner a sentence away (…50天！”豪达（浙江）公司总裁说)
        stated, other = (x, b) if a.entity_stated else (y, a)
        if stated in other.nearby:
            return "same"
    return "unknown"  # an article's subject is a guess: it rules nothing out


def _metric(a: Fact, b: Fact, flows: bool = True) -> str:
    if a.average != b.average:
        return "different"  # an average (年均, 人均) is another metric than a total
    if a.target != b.target and a.article_id != b.article_id:
        return "different"  # a goal is not an outcome (one article restating its goal is)
    if flows and _flow(a) != _flow(b):
        return "different"  # 新增…企业十一家 is a year's additions, not how many there are
    if _summed(a) != _summed(b):
        return "different"  # 两类合计306件 is a sum of the figures before it, no one of theirs
    if group_bound(a) != group_bound(b):
        return "different"  # 18岁以下的有42名 bounds a group; 最大的91岁 is one's age, 80岁以上 another group
    x, y = a.metric, b.metric
    if not x or not y:
        return "unknown"
    if {_measured_as(x), _measured_as(y)} == {"count", "amount"}:
        return "different"  # 项目数 and 项目总额: how many and how much of one thing
    if x in y or y in x or _told_near(x, b) or _told_near(y, a):
        return "same"
    x_pairs, y_pairs = a.metric_pairs, b.metric_pairs
    if not x_pairs & y_pairs:  # 区间涨跌幅 and 累计涨幅: one change, however its way is told
        x_pairs, y_pairs = _directionless_pairs(x), _directionless_pairs(y)
    shared = len(x_pairs & y_pairs)
    if not shared:  # (累计涨幅 names no thing: 股价 may be what rose)
        return "unknown" if one_figure_ranked(a, b) or _change_named_only(x) or _change_named_only(y) \
            else "different"
    # 投产产业项目 and 先进材料项目 share only the head noun: maybe a part, not the metric
    return "same" if 2 * shared >= min(len(x_pairs), len(y_pairs)) else "unknown"


@lru_cache(maxsize=1 << 14)
def _measured_as(metric: str) -> str | None:
    """Whether a metric counts (项目数, 企业数量) or sums an amount (项目总额, 合同金额)."""
    if lexicon.COUNT_METRIC.search(metric):
        return "count"
    return "amount" if lexicon.AMOUNT_METRIC.search(metric) else None


@lru_cache(maxsize=1 << 14)
def _change_named_only(metric: str) -> bool:
    return lexicon.CHANGE_NAME_ONLY.fullmatch(metric) is not None


@lru_cache(maxsize=1 << 14)
def _directionless_pairs(metric: str) -> frozenset[str]:
    return grams(directionless(metric)) - {"##"}


def one_figure_ranked(a: Fact, b: Fact) -> bool:
    """Two ranks each told right after one figure (占全省的35%，排名第一 and 约占全省的35%，
    位居第三): they rank that figure, whatever their own clause's words (a rank's metric)."""
    return a.claim.kind == b.claim.kind == "rank" and bool(a.follows) and a.follows == b.follows


def _told_near(metric: str, fact: Fact) -> bool:
    """A metric the words near a figure name (制造业项目167个、金额1572.8亿元: 金额's is
    制造业项目's), not one a long sentence named figures before (…制造业项目…，走访企业328家，
    帮助解决涉法问题96个)."""
    before, _, after = fact.sentence_text.partition("|")
    near = before[-METRIC_REACH:]
    at = near.rfind(metric)
    if at >= 0 and not _named_since(near[at + len(metric):], fact):
        return True
    return metric in after[:METRIC_REACH]


def _named_since(told: str, fact: Fact) -> bool:
    """规上工业增加值增长8%、工业投资增长10%: past a figure of its unit, the fact names its
    own metric, and the one before is the other figure's (but 园区产业规模超7000亿元、2030年
    破1万亿元、2035年达1.4万亿元 is one metric's series)."""
    last = told.rfind(f"#{fact.claim.unit or ''}")
    return last >= 0 and bool(fact.metric) and fact.metric in told[last:]


def group_bound(fact: Fact) -> str | None:
    """60岁及以上患者, 身高1.2米以下儿童: the bound (以上, 以下, 以内), after a figure or in its
    own words, that defines the group the noun after it names; None where it bounds none."""
    return _bound(fact.claim.text, fact.after)


@lru_cache(maxsize=1 << 16)  # asked of both facts of every pair weighed
def _bound(text: str, after: str) -> str | None:
    bound = lexicon.BOUND_WORD_END.search(text)
    found = lexicon.GROUP_BOUND.match((bound.group() if bound else "") + after)
    return found.group("bound") if found else None


def _summed(fact: Fact) -> bool:
    return _sums(fact.tail)


@lru_cache(maxsize=1 << 16)  # asked of both facts of every pair weighed; tails recur
def _sums(tail: str) -> bool:
    return lexicon.SUMMED_TAIL.search(tail) is not None


def _flow(fact: Fact) -> bool:
    # (…1126家，比上年的968家: the level compared with is named by the level's words)
    return _flows(fact.sentence_text) or lexicon.FLOW_WORDS.search(fact.metric) is not None


@lru_cache(maxsize=1 << 16)  # a fact is weighed against many
def _flows(sentence: str) -> bool:
    clause = CLAUSE_STOP.split(sentence.partition("|")[0])[-1]
    return bool(lexicon.FLOW_WORDS.search(clause))


def _period(a: Fact, b: Fact) -> str:
    if not periods.comparable(a.when, b.when):
        return "different"
    if a.when.edition is not None and a.when.edition == b.when.edition:
        return "same"  # one edition is one time, though one names its year and one not
    stated = (a.when.year, a.when.part, a.when.edition), (b.when.year, b.when.part, b.when.edition)
    return "same" if any(x is not None for x in stated[0]) and stated[0] == stated[1] else "unknown"


def _unit(a: Fact, b: Fact) -> str:
    if units.same(a.claim.unit, b.claim.unit):
        return "same"
    if a.dimension == b.dimension and a.dimension:
        return "sibling"
    return "different"
STRETCH = 0.15  # a hedge stretched this far past its bound is misused, not another figure
CONVERSION_POWERS, CONVERSION_SLACK = 3, 0.1  # a conversion up to 1000 times off, to 10%
# two figures this many times apart may still be one slip: a leading digit dropped (747.4
# typed as 47.4, 31.08 as 1.08); a swap or one digit off stays within ten times
DROPPED_RATIO = 100
HUNDREDS = 100  # a rounded count this large keeps its leading digits on purpose
ROUNDING_PLACES = 3  # an 约 figure this many of its last places off the true one is misrounded


# --- the figures ---------------------------------------------------------------------------

def agree(a: Fact, b: Fact) -> bool:
    """Whether both wordings allow one value. Two bounds with the same hedge (超700家,
    超800家) are two statements of one bound, and agree only when their numbers do; so are
    two roundings to one place (约1% and 约2%: one value rounds to one of them)."""
    if (earlier := of_an_earlier_time(a)) != of_an_earlier_time(b):
        ratio, growth = (a, b) if earlier else (b, a)
        if growth.claim.kind == "change" and growth.claim.unit == ratio.claim.unit:
            low, high = (-growth.high, -growth.low) if growth.direction == "down" else (growth.low, growth.high)
            return _overlap(ratio.low - 100, ratio.high - 100, low, high)
    qa, qb = a.claim.qualifier, b.claim.qualifier
    if qa == qb and (qa in ONE_SIDED or (qa == "about" and _close(a.place, b.place))) \
            and not _close(a.value, b.value) and not (qa == "over" and bound_rounded(a, b)):
        return False
    if a.claim.value_high is not None and b.claim.value_high is not None:
        # two ranges (46亿至50亿元) are one statement when both ends agree, not when they overlap
        return all(_overlap(*x, *y) for x, y in zip(_ends(a), _ends(b), strict=True))
    return _overlap(a.low, a.high, b.low, b.high)


def bound_rounded(a: Fact, b: Fact) -> bool:
    """超1500万 and 超1599万: one floor told again rounded down to its last digit (or one
    ceiling, 近1700 and 近1650, rounded up). A floor so rounded is still true (超2000 for
    超2100) and agrees; a ceiling rounded up claims a closeness it lacks (近2000 for 近1700)."""
    if a.claim.qualifier != b.claim.qualifier or a.claim.qualifier not in ONE_SIDED:
        return False
    rough, fine = sorted((a, b), key=lambda f: -f.place)
    step = math.floor if rough.claim.qualifier == "over" else math.ceil
    return math.isclose(step(fine.value / rough.place) * rough.place, rough.value)


def of_an_earlier_time(f: Fact) -> bool:
    """出口额是前年的139.3%: a level told as a percentage of an earlier time's, which says
    the growth (39.3%) a change in % would."""
    return f.claim.unit in ("%", "％") and _told_of_earlier(f.sentence_text)


@lru_cache(maxsize=1 << 16)  # asked of both facts of many pairs; sentences recur
def _told_of_earlier(sentence: str) -> bool:
    return lexicon.RATIO_TO_EARLIER.search(sentence.partition("|")[0]) is not None


def _ends(f: Fact) -> tuple[tuple[float, float], tuple[float, float]]:
    """Each end of a range with the slack its wording gives it."""
    high = f.claim.value_high
    assert high is not None
    below, above = f.value - f.low, f.high - high
    return (f.low, f.value + below), (high - above, f.high)


def _overlap(a_low: float, a_high: float, b_low: float, b_high: float) -> bool:
    common = min(a_high, b_high) - max(a_low, b_low)
    tolerance = 1e-9 * max(abs(a_low), abs(b_high), 1.0)
    if a_low == a_high or b_low == b_high:  # a word's exact figure (一半) inside a range
        return common >= -tolerance
    return common > tolerance  # touching ranges do not


def hedges_disagree(a: Fact, b: Fact) -> bool:
    """近1400家 and 超1400家: one number, but one says under it and the other over."""
    below, above = {"nearly", "under"}, {"over"}
    qa, qb = a.claim.qualifier, b.claim.qualifier
    return a.value == b.value and ((qa in below and qb in above) or (qa in above and qb in below))


def directions_disagree(a: Fact, b: Fact) -> bool:
    return a.direction is not None and b.direction is not None and a.direction != b.direction


def mistake(a: Fact, b: Fact) -> tuple[str, dict[str, object]] | None:
    """The likely mistake that turns one figure into the other, as a code and its params."""
    ca, cb = a.claim, b.claim
    if (ca.value < 0) != (cb.value < 0) and _close(abs(ca.value), abs(cb.value)):
        # a written minus (涨跌幅-30.77%) against the rise the other tells
        return "rise_as_fall", {"a_direction": _way(a), "b_direction": _way(b)}
    if _close(ca.value, cb.value):  # the mix-ups of one number told two ways
        if directions_disagree(a, b):
            return "rise_as_fall", {"a_direction": a.direction, "b_direction": b.direction}
        if hedges_disagree(a, b):
            return "hedge_direction", {}
        mixup = units.sibling_mixup(ca.unit, cb.unit)
        if mixup:
            return mixup, {"a_unit": ca.unit, "b_unit": cb.unit}
        if units.currencies_differ(ca.unit, cb.unit):
            return "currency", {"a_unit": ca.unit, "b_unit": cb.unit}
        if units.changed(ca.unit, cb.unit):
            return "unit_changed", {"a_unit": ca.unit, "b_unit": cb.unit}
    if not units.same(ca.unit, cb.unit):
        mixup = units.sibling_mixup(ca.unit, cb.unit)
        if mixup and agree(a, b):  # 298人次 for 近300位: the figure kept within its hedge
            return mixup, {"a_unit": ca.unit, "b_unit": cb.unit}
        return _conversion_slip(a, b) or _growth_as_multiple(a, b) or _growth_as_multiple(b, a)
    if directions_disagree(a, b) and agree(a, b):  # (下跌约7.5% for a rise of 7.49%)
        return "rise_as_fall", {"a_direction": a.direction, "b_direction": b.direction}
    if _fraction_misread(a, b) or _fraction_misread(b, a):
        return "fraction_misread", {}
    if _denominator_changed(ca.text, cb.text):
        return "denominator_changed", {}
    if not ca.value or not cb.value:
        return None
    ratio = max(abs(ca.value), abs(cb.value)) / min(abs(ca.value), abs(cb.value))
    power = _tenfold(ratio) if ratio > 9.99 else 0  # log10 only near a power of ten
    if power in (4, 8, 12):
        return "scale_word", {"a_scale": _scale_word(ca.text), "b_scale": _scale_word(cb.text)}
    if power and power <= 3:
        return "decimal_point_moved", {}
    if ratio < DROPPED_RATIO:  # (past 10 only a dropped leading digit: 747.4 typed as 47.4)
        places = max(_decimals(ca.value), _decimals(cb.value))  # digits(a, b), digits(b, a)
        slip = _slip(_written(ca.value, places), _written(cb.value, places))
        if slip == "digits_transposed" and max(len(digits(f.value).rstrip("0")) for f in (ca, cb)) < 3 \
                and (ca.qualifier != cb.qualifier or _rounded(ca) or _rounded(cb)) \
                and not _hundreds_kept(ca, cb):
            # 约25 and 52: rounded figures of two digits swap them by chance, and so do a
            # bound and another figure (超21 and 12); one bound kept, its digits swapped, is
            # the slip (95%以上 as 59%以上), as two exact figures' are, and so is a third
            # digit moved in (8070多家 for 超8700家), whichever is asked first
            slip = None
        if slip:
            return slip, {}
    gap = max(a.low - b.high, b.low - a.high, 0.0)
    # the rounder is the coarser figure (either on a tie): 2215.5 is 9 short of 约2300's
    # range; 约430 is 412.6 rounded two places off
    allowed = _rounding_allowed(a) if a.place > b.place else _rounding_allowed(b) \
        if b.place > a.place else max(_rounding_allowed(a), _rounding_allowed(b))
    if gap <= allowed or _hedge_stretched(a, b) or _hedge_stretched(b, a):
        return "rounding_beyond_hedge", {}
    return None


def short_slip(a: Fact, b: Fact) -> bool:
    """68个 for 78个, 近20家 for 近30家: one digit off in a figure of one or two significant
    digits, its unit and hedge kept. Chance between strangers (a rank or a rounded figure
    always), telling between a retelling and its source."""
    ca, cb = a.claim, b.claim
    if ca.kind == "rank" or ca.qualifier != cb.qualifier or _rounded(ca) or _rounded(cb) \
            or ca.unit != cb.unit or units.fraction(ca.text) or units.fraction(cb.text):
        return False
    places = max(_decimals(ca.value), _decimals(cb.value))
    wa, wb = _written(ca.value, places), _written(cb.value, places)
    return len(wa) == len(wb) and len(wa.rstrip("0")) < 3 and len(wb.rstrip("0")) < 3 \
        and _one_digit_off(wa, wb)


def short_drop(a: Fact, b: Fact) -> bool:
    """72.3% for 2.3%, 9800人 for 900人: a digit left out of a figure of three digits or
    more but fewer significant ones than ``_digit_dropped`` asks, unit and hedge kept.
    Chance between two reports (12.3% and 2.3%), telling where the words around both
    are one's told again."""
    ca, cb = a.claim, b.claim
    if ca.kind == "rank" or ca.qualifier != cb.qualifier or ca.unit != cb.unit or not ca.value or not cb.value:
        return False
    if _tenfold(max(abs(ca.value), abs(cb.value)) / min(abs(ca.value), abs(cb.value))):
        return False  # a trailing digit left out moves the decimal point
    places = max(_decimals(ca.value), _decimals(cb.value))
    wa, wb = sorted((_written(ca.value, places), _written(cb.value, places)), key=len)
    return len(wb) >= 3 and _digit_dropped(wb, wa, least=2) is not None


def _hundreds_kept(a: ClaimLike, b: ClaimLike) -> bool:
    """1500余家 as 5100余家: a count rounded to its hundreds or more, told with the same
    hedge word, its leading digits swapped (two rates of 约25 and 52 are chance)."""
    hedge = [h for h in lexicon.INNER_HEDGES if h in a.text]
    return a.qualifier == b.qualifier and bool(hedge) and all(h in b.text for h in hedge) \
        and min(abs(a.value), abs(b.value)) >= HUNDREDS


def _rounded(claim: ClaimLike) -> bool:
    """约25, 25左右, 20余: rounded on purpose (25%以上 and 超25% are bounds, as sure as 25)."""
    return claim.qualifier == "about" or any(hedge in claim.text for hedge in lexicon.INNER_HEDGES)


def _conversion_slip(a: Fact, b: Fact) -> tuple[str, dict[str, object]] | None:
    """20余吨 told as 两千多公斤, 300余亩 as 2万平方米: a unit converted with its decimal point
    moved, a power of ten off once both are in one unit (to a converted figure's rounding)."""
    x, y = units.converted(a.value, a.claim.unit), units.converted(b.value, b.claim.unit)
    if not x or not y or units.dimension(a.claim.unit) != units.dimension(b.claim.unit):
        return None
    ratio = max(x, y) / min(x, y)
    power = round(math.log10(ratio))
    if 1 <= power <= CONVERSION_POWERS and abs(ratio / 10.0 ** power - 1) <= CONVERSION_SLACK:
        return "conversion_slip", {"a_unit": a.claim.unit, "b_unit": b.claim.unit}
    return None


def _hedge_stretched(hedged: Fact, exact: Fact) -> bool:
    """近一半 for 40%, 超三成 for 28.41%: an exact figure just short of the hedge's own
    bound (by less than its place, and a ``STRETCH`` of it)."""
    return _stretched(hedged.claim.qualifier, _reach(hedged), hedged.claim.value, hedged.low,
                      hedged.high, exact.claim.qualifier, exact.low, exact.high)


def _stretched(qualifier: str, reach: float, value: float, low: float, high: float,
               exact_qualifier: str, exact_low: float, exact_high: float) -> bool:
    """``_hedge_stretched`` of the values it reads, which ``could_name`` has at hand too."""
    if reach < 0 or exact_qualifier not in (None, "exact"):
        return False
    if qualifier == "under":
        return high < exact_low <= high + reach
    bound = low if qualifier == "nearly" else value
    return bound - reach <= exact_high < bound


def _reach(hedged: Fact) -> float:
    """How far past its bound ``_hedge_stretched`` reads a hedge (近, 超, 不足; not a range)
    as stretched: so far, the gap between the two figures' ranges is at most this; -1 for
    any other figure."""
    if hedged.claim.qualifier not in ("nearly", "over", "under") or hedged.claim.value_high is not None:
        return -1.0
    return min(hedged.place, STRETCH * abs(hedged.claim.value))


def _fraction_misread(fraction: Fact, other: Fact) -> bool:
    """四分之一 (25%) told as 4% or 四成: one in N read as N percent, or N tenths."""
    if not units.fraction(fraction.claim.text) or units.fraction(other.claim.text):
        return False
    product = fraction.claim.value * other.claim.value
    return _close(product, 100.0) or ("成" in other.claim.text and _close(product, 1000.0))


def _denominator_changed(a: str, b: str) -> bool:
    """十五分之一 told as 五十分之一, 十二分之一 as 二十一分之一: one in N with N's digits
    swapped, its numerator kept (四分之一 and 五分之一 are as often two items' shares)."""
    x, y = _ONE_IN_N.search(a), _ONE_IN_N.search(b)
    if x is None or y is None or x.group("of") != y.group("of") or x.group("n") == y.group("n"):
        return False
    # (swapped as written, 十五 and 五十, or as digits, 十二 and 二十一)
    m, n = x.group("n"), y.group("n")
    return sorted(m) == sorted(n) or sorted(f"{parse_number(m) or 0:g}") == sorted(f"{parse_number(n) or 0:g}")


_ONE_IN_N = re.compile("(?P<n>[0-9零〇一二两三四五六七八九十百]+)分之(?P<of>[0-9一二两三四五六七八九十]+)")


def _growth_as_multiple(times: Fact, rate: Fact) -> tuple[str, dict[str, object]] | None:
    """翻一番 (2倍, +100%) or 增长2倍 (+200%) against a growth in %: the growth each says,
    read by its words (the guide stores both as 2倍), disagreeing."""
    before = times.sentence_text.partition("|")[0]
    if times.claim.unit != "倍" or rate.claim.unit not in ("%", "％") \
            or "change" != times.claim.kind or "change" != rate.claim.kind \
            or lexicon.FROM_LEVEL_TO.search(before) or lexicon.OF_A_RATE_BEFORE.search(before):
        return None  # 从A增长到B，翻了一番: said of the levels its sentence gives (or of a rate)
    # 增长2倍 adds twice the level; 翻一番 and 是…的2倍 make it twice
    added = 0.0 if lexicon.GROWTH_BY_TIMES.search(before) else 1.0
    low, high = (times.low - added) * 100, (times.high - added) * 100
    if rate.high < low - 1 or rate.low > high + 1:
        return "growth_as_multiple", {"times": times.claim.text,
                                      "growth": f"{(times.value - added) * 100:.0f}%"}
    return None


def _tenfold(ratio: float) -> int:
    """k where ``ratio`` is 10^k (k ≥ 1), else 0."""
    power = round(math.log10(ratio))
    return power if power and abs(ratio / 10.0 ** power - 1) < 1e-6 else 0


def _rounding_allowed(rounder: Fact) -> float:
    """How far outside its own range a figure may lie and still be ``rounder`` misrounded:
    several of its last places for an 约 figure with two significant digits or more (约430,
    not 约1/5 or 约300), half a place for an exact one; never for a fraction (exact)."""
    telling = len(digits(rounder.value).rstrip("0")) >= 2
    text, qualifier = rounder.claim.text, rounder.claim.qualifier
    if units.fraction(text):
        return -1.0
    if qualifier == "about":
        return ROUNDING_PLACES * rounder.place if telling else 0.5 * rounder.place
    return 0.5 * rounder.place if qualifier == "exact" and telling else -1.0


class Figure(NamedTuple):
    """What ``could_name`` reads of a fact, worked out once a fact, not once a pair."""

    value: float
    unit: str | None
    fraction: bool    # written as a fraction (units.fraction)
    low: float
    high: float
    place: float
    allowed: float    # _rounding_allowed, were it the rounder
    reach: float      # _reach
    qualifier: str
    decimals: int
    digits: str       # written to its own places
    number: int       # those digits as a number


def figure(fact: Fact) -> Figure:
    value = fact.claim.value
    places = _decimals(value)
    written = _written(value, places)
    return Figure(value, units.spelling(fact.claim.unit), units.fraction(fact.claim.text), fact.low, fact.high,
                  fact.place, _rounding_allowed(fact), _reach(fact), fact.claim.qualifier, places, written,
                  int(written or 0))


def could_name(a: Figure, b: Figure) -> bool:
    """False where ``mistake`` surely names nothing between two facts whose values differ:
    its rules as bounds, cheapest first, so that a window of a large block need not ask
    it of every pair (a test holds this to ``mistake``)."""
    x, unit, fraction, low, high, place, allowed, reach, qualifier, decimals, written, number = a
    y, unit_b, fraction_b, low_b, high_b, place_b, allowed_b, reach_b, qualifier_b, decimals_b, written_b, \
        number_b = b
    if _close(x, y):
        return True
    if unit != unit_b:  # (sibling units, the values one figure's: 298人次 and 近300位)
        return units.sibling_mixup(unit, unit_b) is not None and max(low, low_b) <= min(high, high_b)
    if fraction != fraction_b and (_close(x * y, 100.0) or _close(x * y, 1000.0)):
        return True  # (a fraction read as N%, or as N成)
    if fraction and fraction_b:
        return True  # (a denominator's digits swapped: fractions are few enough to ask mistake())
    if not x or not y:
        return False
    # mistake() takes the rounder by place, either on a tie
    gap = max(low - high_b, low_b - high, 0.0)
    if gap <= (allowed if place > place_b else allowed_b if place_b > place else max(allowed, allowed_b)) \
            or _stretched(qualifier, reach, x, low, high, qualifier_b, low_b, high_b) \
            or _stretched(qualifier_b, reach_b, y, low_b, high_b, qualifier, low, high):
        return True
    ratio = abs(x / y) if abs(x) > abs(y) else abs(y / x)
    if ratio > 9.99 and _tenfold(ratio):
        return True
    if ratio >= DROPPED_RATIO:
        return False
    if decimals != decimals_b:  # digits(x, y), digits(y, x), with the places at hand
        places = max(decimals, decimals_b)
        return _slip(_written(x, places), _written(y, places)) is not None
    if len(written) != len(written_b):
        return _slip(written, written_b) is not None
    return _slip_apart(abs(number - number_b)) and _digit_slip(written, written_b) is not None


def _slip(da: str, db: str) -> str | None:
    return _digit_slip(da, db) or _digit_dropped(da, db) or _digit_dropped(db, da)


def _digit_slip(da: str, db: str) -> str | None:
    """Two digits swapped, or one digit off. Two short figures often differ by a digit by
    chance: 3 or more significant digits make that slip telling (a swap, of two or more)."""
    if len(da) != len(db) or da == db:
        return None
    if not _slip_apart(abs(int(da) - int(db))):
        return None  # most pairs end here, before the digits are sorted
    apart = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    if len(apart) == 2 and da[apart[0]] == db[apart[1]] and da[apart[1]] == db[apart[0]]:
        return "digits_transposed"  # two digits swapped (of two digits too: 34家 for 43家)
    if len(da.rstrip("0")) < 3 and len(db.rstrip("0")) < 3:
        return None
    return "off_by_one_digit" if _one_digit_off(da, db) else None


def swapped_apart(a: float, b: float) -> bool:
    """Two digits swapped across others (405 and 504): a slip less often made than a swap
    of neighbours (2215.5 and 2251.5), as often two figures alike by chance."""
    da, db = digits(a, b), digits(b, a)
    apart = [i for i, (x, y) in enumerate(zip(da, db, strict=False)) if x != y]
    return len(da) == len(db) and len(apart) == 2 and apart[1] - apart[0] > 1


def _one_digit_off(da: str, db: str) -> bool:
    return sum(x != y for x, y in zip(da, db, strict=True)) == 1


def _digit_dropped(longer: str, shorter: str, least: int = 4) -> str | None:
    """One digit of ``longer`` left out (1572.8 typed as 572.8, 2015 as 215), with 4 or
    more significant digits: 12.3% and 2.3% are two rates more often than one slipped."""
    if len(longer) != len(shorter) + 1 or len(longer.rstrip("0")) < least:
        return None
    dropped = any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
    return "digit_dropped" if dropped else None


def _slip_apart(apart: int) -> bool:
    """Whether two numbers this far apart may be one slip apart: a transposition keeps the
    digits' sum (so the number modulo 9); one digit off changes the number by that
    digit's place times at most 9."""
    return not apart % 9 or len(str(apart).rstrip("0")) == 1


def _way(fact: Fact) -> str:
    return "down" if fact.claim.value < 0 else fact.direction or "up"


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0)


def digits(value: float, other: float | None = None) -> str:
    """The digits of a value written to the places of both values: 43.3 against 43.25
    is 4330; 2215.5亿 is 221550000000."""
    places = max(_decimals(value), _decimals(other if other is not None else value))
    return _written(value, places)


@lru_cache(maxsize=1 << 16)  # every pair a figure is in asks again
def _written(value: float, places: int) -> str:
    return f"{abs(value):.{places}f}".replace(".", "").lstrip("0")


@lru_cache(maxsize=1 << 16)  # a value's places, asked of every pair it is in
def _decimals(value: float) -> int:
    written = f"{abs(value):.10g}"
    if "e" in written:
        return max(0, -int(written.partition("e")[2]))
    return len(written.partition(".")[2])


def _scale_word(text: str) -> str:
    m = re.search(r"万亿|亿|万", text)
    return m.group() if m else ""
