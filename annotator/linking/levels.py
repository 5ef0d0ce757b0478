"""Two levels of one metric and what a sentence says of them: a growth rate (从A增至B，
增长X%), a multiple (B是A的N倍), a difference (比上年的A多D) or a change in points (从A%提高到
B%，提高D个百分点). The levels are joined by the words around them (从, 由, 比, 较, 上年,
到, 至); where no word says which came first, both orders are tried, and a figure is
flagged only when it fits neither."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from annotator import lexicon
from annotator.linking import periods, units
from annotator.linking.facts import CLAUSE_STOP, FRACTION_ROUGHLY, Fact, comparable, grams, precision
from annotator.linking.suggestion import Suggestion, make
from annotator.numbers import parse_number

RATE_FIRST = 4  # 增长20%，从A…: this few characters between a rate and its first level
AFTER_PAIR = 14  # 从A增至B，同比增长X%: this few characters between the later level and its change
LEAD = 12  # the words just before a level that say it is the earlier one
NOTED_LEAD = 40  # … read past a note in brackets this long
_SPEAKER_MARK = re.compile(r"[】\]]")  # 【画外音】这一成绩比…: the clause opens after a script's mark
_SPEAKER_LINE = re.compile("(?<=[。！？!?\n])【[^】]{1,6}】")  # 。【画外音】去年…: who speaks next, no words of it
_NOTE = re.compile("（[^（）]*）|\\([^()]*\\)")  # a note in brackets: an aside
MULTIPLE_SLACK = 0.02  # a multiple is this close to its levels' ratio, past its own rounding
ROUND_MULTIPLE_SLACK = 0.05  # … and a round one (3倍, 翻一番) this close
LEFT_OUT_AFTER = 8  # 单价4.50元（买三送一）: how far after the figures the words leaving some out are read
EVEN_HEDGED = 1.05  # 约1:1 holds two terms this far apart (about even, no half unit of either)
# words of a scope or a time, which name no metric (全市, 今年)
_NO_NAMES = lexicon.LOCAL_SCOPES | lexicon.NATIONAL_SCOPES | set(lexicon.RELATIVE_YEARS) | {"全年"}
APART = 20  # two levels of one metric this many times apart are rarely said with a rate
PART_TOLD = 60  # 春运40天，…263.5万人次: how far before a level the part of the year it is of is told
BRACKET_REACH = 120  # a bracket opened this far back in its sentence may hold a figure
PART_READ = 200  # 其中A…；其他B: how far back a level's sentence is read for the 其中 that makes it a part
OPENING_READ = 30  # … the words since its sentence's start read this far back for a time it names


@dataclass(frozen=True, slots=True)
class Pair:
    earlier: Fact
    later: Fact
    ordered: bool  # whether the words say which came first


def against_levels(change: Fact, facts: Sequence[Fact], text: str, previous: Sequence[Fact] = (),
                   following: Sequence[Fact] = ()) -> list[Suggestion]:
    """The change's levels, and whether the change fits them (``facts``: its sentence's;
    ``previous``: the sentence before's, where last year's level may be told; ``following``:
    the sentence after's, where it may be told too)."""
    unit = change.claim.unit
    if unit in lexicon.BASIS_POINTS:  # (下调25个基点: 0.25 points)
        change, unit = replace(change, value=change.value / 100, low=change.low / 100, high=change.high / 100), "个百分点"
    if unit == "个百分点":
        rates = [f for f in [*previous, *facts] if f.claim.unit in ("%", "％") and f is not change
                 and f.claim.qualifier in ("exact", "about")]
        told = [f for f in rates if f in facts]  # (the sentence before's only where named)
        # 增长46.2%，占营业收入的29.1%: a growth and a share are no two levels of one rate
        return _gap(change, [p for p in _pairs(change, told, text)
                             if _rate_kinds_alike(p.earlier, p.later, text)]
                    or _named_against(change, rates, text) or _gap_of_two(change, rates, text)
                    or _points_since_last_year(change, rates, text)
                    or _base_told_after(change, facts, following, text, rates=True)
                    or _short_of_the_bound(change, facts, text),
                    text, "points_vs_levels")
    if change.claim.kind == "change" and unit in ("%", "％") \
            and (yearly := lexicon.YEARLY_RATE_LEAD.search(lead(change, text))) is not None:
        return _yearly_growth(change, facts, yearly["years"], text)
    # (为储备目标350万吨的110.3%，比上年同期的342万吨增加44万吨: a goal is no level of an outcome)
    facts = [f for f in facts if change.target or not f.target]
    if unit == "倍":  # 是首期的3倍, and …（2.4亿元）的30倍 read as a level
        # (今年新增147家，是去年新增38家的N倍: a year's additions, a level of them as a multiple tells it)
        flows = lexicon.FLOW_WORDS.search(lead(change, text)) is not None
        levels = [f for f in facts if _level(f) and (not difference_led(f, text) or (flows and _added(f, text)))
                  and not _part_after(change, f, text)]
        # (…，2020年0.41万件；今年是2020年的1.4倍: a year's level named may be told a clause before)
        last_year = lexicon.MULTIPLE_OF_LAST_YEAR.search(lead(change, text)) is not None
        told_before = [f for f in previous if _level(f) and not difference_led(f, text)] \
            if last_year or lexicon.MULTIPLE_OF_YEAR.search(lead(change, text)) else []
        pairs = _times_over(change, levels, text) or _pairs(change, levels, text) or _of_the_one_before(change, levels, text) \
            or _of_the_named(change, levels, text) or _both_named(change, levels, text) \
            or _base_told_after(change, facts, following, text) \
            or (_of_the_named(change, [*told_before, *levels], text) if told_before else []) \
            or (_of_last_year(change, [*told_before, *levels]) if last_year else [])
        return _multiple(change, [p for p in pairs if not _subject_apart(change, p, text)], text)
    if change.claim.kind == "change":
        # (三季度A，上年同期B，二季度C，环比增长X%: a growth on the period before is of no year-ago
        # level, and a 同比 growth, a year-ago level told, of no earlier period of the year)
        said = lead(change, text)
        if lexicon.CUT_RATE_BEFORE.search(said):
            return []  # (原价A，优惠幅度两成，优惠B: a cut's rate, reckoning's to check)
        levels = [f for f in facts if _level(f) and not difference_led(f, text)
                  and not _part_after(change, f, text)]
        year_ago = [f for f in levels if lexicon.SAME_TIME_LAST_YEAR.match(lead(f, text))]
        if "环比" in said:
            levels = [f for f in levels if f not in year_ago]
        elif "同比" in said and year_ago:
            levels = [f for i, f in enumerate(levels) if f in year_ago or not i
                      or not lexicon.EARLIER_PERIOD.match(lead(f, text))]
        elif "同比" in said and (own := _month_told(change, levels, text)):
            # (8月当月A，同比增长X%，7月B: a 同比 growth is of no other month's level)
            levels = [f for f in levels if _month(f, text) in (None, own)]
        if unit in ("%", "％"):
            return _growth(change, levels, facts, text, previous, following) or _points_as_percent(change, facts, text)
        return []
    if _level(change) and difference_led(change, text):
        unit = _per_its_measure(change, facts, text)
        # (7.94米，…7.73米，两人相差21厘米: levels in another unit of the gap's measure, in its unit)
        levels = [g for f in facts if _level(f) and f is not change and (g := in_unit(f, unit)) is not None
                  and not difference_led(f, text) and not _part_after(change, f, text)
                  and not _bound_held(f, text)]
        if lexicon.NET_CHANGE.search(lead(change, text)) and any(_listed(a, b, text) for a, b in pairwise(levels)):
            return []  # 新开24条、撤销9条，净增15条: the net of the items listed, not of two levels
        spread = _spread(change, text)
        if lexicon.FORMER_LATTER_BEFORE.search(lead(change, text)):
            before = [f for f in levels if f.claim.end <= change.claim.start]
            if len(before) != 2:
                return []  # (甲校学生…、教师…，乙校学生…、教师…，前者多: two of four, which unclear)
            spread = True
        if spread and (two := lexicon.TWO_NAMED.search(lead(change, text))):
            return _gap(change, _the_two_named(change, levels, two, text), text, "difference_vs_levels")
        named = _past_its_mark(change, levels, text) or _extremes(change, levels, text) \
            or _both_named_apart(change, levels, text) \
            or _contrasted(change, levels, text) or _gap_from_the_named(change, levels, text) \
            or _one_more_than_other(change, levels, text) \
            or _subject_told_before(change, levels, previous, text)
        if named:
            return _gap(change, named, text, "difference_vs_levels")
        # (指导价A，厂家直降D后再享九折，成交价B: a cut and then a discount, B no A − D)
        pairs = [p for p in _pairs(change, levels, text, across=spread)
                 if not lexicon.DISCOUNT.search(text, change.claim.end, max(p.earlier.claim.start, p.later.claim.start))]
        if spread:  # (…积19分，与安全区相差4分，…积22分: the gap of levels told before it)
            pairs = [p for p in pairs if max(p.earlier.claim.end, p.later.claim.end) <= change.claim.start]
        other = lexicon.COMPARED_OTHER.search(lead(change, text))
        if other and not lexicon.TIME_WORD.search(other["other"]) and other["other"] not in lexicon.BACK_REFERENCES:
            # 比新房多0.55万套: a level of 新房's, not this one's bracketed base (2023年为…)
            pairs = [p for p in pairs if any(other["other"][:2] in lead(f, text) for f in (p.earlier, p.later))]
        return _gap(change, pairs, text, "difference_vs_levels")
    return []



def _per_its_measure(change: Fact, facts: Sequence[Fact], text: str) -> str | None:
    """今日13.80元/斤，昨日14.50元/斤，每斤下跌0.70元: the unit of a change told per one of a
    measure, where levels are written in that unit (元/斤), else its own."""
    per = lexicon.CHANGE_PER_MEASURE.search(lead(change, text))
    written = f"{change.claim.unit}/{per['per']}" if per else None
    return written if written and any(f.claim.unit == written for f in facts) else change.claim.unit


def in_unit(level: Fact, unit: str | None) -> Fact | None:
    """A figure told again in ``unit``, another measure of its dimension (2.02米 as 202厘米,
    1860克 as 1.86公斤), or None where it is no measure of it."""
    if units.same(level.claim.unit, unit):
        return level
    scale = units.scale(level.claim.unit, unit)
    # (2小时05分 as 125分钟: a time in hours and minutes told in minutes)
    hours, into = units.hours_in(level.claim.unit, level.claim.text), units.hours_in(unit, "")
    if scale is None and hours is not None and into is not None:
        scale = hours / into
    if scale is None:
        return None
    return replace(level, value=level.value * scale, low=level.low * scale, high=level.high * scale)


def _rate_kinds_alike(a: Fact, b: Fact, text: str) -> bool:
    """Two levels of one rate: no growth beside a share (增长46.2%，占营业收入的29.1%); a
    price told as a level and the same compared (票面利率2.59%，较上一期的2.89%) alike, and a
    growth and the rate compared with it."""
    kinds = {_rate_kind(a, text), _rate_kind(b, text)}
    # (增速为5.0%，比去年同期的8.0%回落: a rate compared with is the growth's of before)
    # (LPR为3.95%, a level a change word further back made a change, is no growth; 涨幅是
    # 同期…13.26%的两倍多 is a multiple's base)
    compared = [f for f in (a, b) if f.claim.kind != "change"
                and lexicon.PREVIOUS_LEVEL.search(text, max(0, f.claim.start - 10), f.claim.start)]
    grown = [f for f in (a, b) if f.claim.kind == "change"
             and (lexicon.RISE_WORDS.search(words := lead(f, text)) or lexicon.FALL_WORDS.search(words))
             and not lexicon.BASE_OF_MULTIPLE_AFTER.match(text, f.claim.end)]
    # (增速由上年同期的-2.9%回升至9.0%: a rate and the level it went to, one rate's)
    first, second = sorted((a, b), key=lambda f: f.claim.start)
    joined = lexicon.LEVEL_TO.search(text[first.claim.end:second.claim.start]) is not None
    return len(kinds) == 1 or kinds == {"amount", "share"} \
        or (kinds == {"change", "share"} and (len(compared) == len(grown) == 1 or joined))


def _short_of_the_bound(change: Fact, facts: Sequence[Fact], text: str) -> list[Pair]:
    """``要求绿地率不低于30%，现方案绿地率25.2%，还差4.8个百分点``: points short of a floor (or
    past a ceiling, 超出) are the gap between the one bound and the one rate told before
    them in their sentence."""
    if not lexicon.SHORT_OF_BOUND.search(lead(change, text)):
        return []
    told = [f for f in facts if f.claim.unit in ("%", "％") and f.claim.end <= change.claim.start]
    bounds = [f for f in told if f.claim.qualifier in ("over", "under")]
    rates = [f for f in told if f.claim.qualifier in ("exact", "about") and f.claim.kind != "change"]
    if len(bounds) != 1 or len(rates) != 1:
        return []
    bound = bounds[0]  # (a floor or ceiling is its figure, however far a level may pass it)
    return [Pair(rates[0], replace(bound, low=bound.value, high=bound.value), False)]


def _rate_kind(rate: Fact, text: str) -> str | None:
    """A rate's kind, a growth where the words after it name one (比去年9.3%的增速)."""
    return "change" if lexicon.GROWTH_NAMED_AFTER.match(text, rate.claim.end) else rate.claim.kind


def _both_named_apart(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``女性考生有A人，男性考生有B人，女性考生比男性考生多D人``: the two levels before a
    difference whose words its clause names on either side of 比 (not a time: 比上年)."""
    both = lexicon.ONE_THAN_OTHER.search(lead(change, text))
    if both is None or lexicon.TIME_WORD.search(both["other"]):
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start]
    one, other = ([f for f in before if both[side][:2] in lead(f, text)] for side in ("one", "other"))
    return [Pair(other[0], one[0], False)] if len(one) == len(other) == 1 and one[0] is not other[0] else []


def _the_two_named(change: Fact, levels: list[Fact], two: re.Match[str], text: str) -> list[Pair]:
    """``早班2180米，中班2040米，夜班1960米，早、中两班拉开D``: a gap of the two its clause
    names, the levels whose words open on those names (none, where not one each)."""
    before = [f for f in levels if f.claim.end <= change.claim.start]
    named = [[f for f in before if CLAUSE_STOP.split(lead(f, text))[-1].startswith(two[side])] for side in ("x", "y")]
    return [Pair(named[0][-1], named[1][-1], False)] if all(len(n) == 1 for n in named) else []


def _extremes(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``亩产分别为A、B和C，最高与最低相差D``: a gap of the extremes is of the least and the
    most of the levels told before it in its sentence."""
    if not lexicon.EXTREMES_APART.search(text, max(0, change.claim.start - LEAD), change.claim.start):
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start]
    if len(before) < 2:
        return []
    return [Pair(min(before, key=lambda f: f.value), max(before, key=lambda f: f.value), False)]


def _subject_told_before(change: Fact, levels: list[Fact], previous: Sequence[Fact], text: str) -> list[Pair]:
    """``语文112分，数学127分。数学比上学期的108分提高了25分``: a change whose clause opens on
    what it tells of, then 比 and the level compared with, is of that level and the one the
    opening names before it, in its sentence or the one before (that one alone)."""
    before = [f for f in levels if f.claim.end <= change.claim.start]
    if not before or CLAUSE_STOP.search(text, before[-1].claim.end, change.claim.start):
        return []
    base = before[-1]
    compared = lexicon.SUBJECT_THAN_BASE.search(lead(base, text))
    if compared is None or lexicon.TIME_WORD.search(compared["subject"]):
        return []
    name = compared["subject"][:2]
    told = [f for f in (*previous, *before[:-1]) if _level(f) and units.same(f.claim.unit, base.claim.unit)
            and name in lead(f, text) and not difference_led(f, text)]
    return [Pair(base, told[0], True)] if len(told) == 1 else []


def _one_more_than_other(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``网约车订单A，出租车订单B，网约车多出D``: a difference whose clause opens on what one of
    the two levels just told in its sentence is of, and no more, is of those two."""
    one = lexicon.ONE_MORE_THAN_OTHER.search(lead(change, text))
    if one is None or lexicon.TIME_WORD.search(one["one"]):
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start and f.sentence == change.sentence]
    if len(before) != 2 or not units.same(before[0].claim.unit, before[1].claim.unit):
        return []
    named = [f for f in before if one["one"][:2] in lead(f, text)]
    if len(named) != 1:
        return []
    other = before[1] if named[0] is before[0] else before[0]
    return [Pair(other, named[0], False)]


def _past_its_mark(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``汛限水位186米，目前水位179.4米，低于汛限D``: a height past (or short of) a mark its
    words name is of the last level told before it and the last that mark's words name."""
    mark = lexicon.PAST_MARK.search(lead(change, text))
    if mark is None:
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start]
    marked = [f for f in before if mark["mark"] in lead(f, text)]
    now = [f for f in before if not re.search(lexicon.WATER_MARKS, lead(f, text))]  # (no other mark: 警戒水位（46.50米）)
    return [Pair(marked[-1], now[-1], True)] if marked and now else []


def _gap_from_the_named(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``甲厂产量为A，乙厂为B，比甲厂高出D``: a difference whose clause names what it is
    compared with (not a time: 比上年) is of the level just before it and the one before
    that those words name."""
    other = lexicon.COMPARED_OTHER.search(lead(change, text))
    if other is None or lexicon.TIME_WORD.search(other["other"]) or other["other"] in lexicon.BACK_REFERENCES:
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start]
    if len(before) < 2 or other["other"][:2] in lead(before[-1], text):
        return []
    bases = [f for f in before[:-1] if other["other"][:2] in lead(f, text)]
    return [Pair(bases[-1], before[-1], True)] if len(bases) == 1 else []


def _contrasted(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``鹭湾区月租金约4200元，而星澜区只要2650元，每月少了D``: two levels set against each
    other by 而 (但), the difference told right after the second."""
    before = [f for f in levels if f.claim.end <= change.claim.start]
    if len(before) < 2:
        return []
    a, b = before[-2:]
    if not lexicon.CONTRAST_NEXT.match(text, a.claim.end, b.claim.start) \
            or _distance(change, a, b, text, False) is None:
        return []
    return [Pair(a, b, False)]


def _gap_of_two(change: Fact, rates: Sequence[Fact], text: str) -> list[Pair]:
    """甲涨了30.77%，…；乙涨了28.41%，两家涨幅差了2.36个百分点: a gap (相差, 差了) is of the
    two rates told before it in its sentence, when they are the only two (甲班及格率、优秀率，
    乙班…: which two, unsaid) and it names no other level (与全国相差, 比去年差了, 距目标还差)."""
    if not _spread(change, text) or lexicon.GAP_AGAINST.search(lead(change, text)):
        return []
    told = [f for f in rates if f.claim.unit in ("%", "％") and f.claim.end <= change.claim.start
            and not lexicon.FULL_STOP.search(text, f.claim.end, change.claim.start)]
    if len(told) != 2 or told[0].claim.kind != told[1].claim.kind:
        return []
    return [Pair(told[0], told[1], False)]


def _points_since_last_year(change: Fact, rates: Sequence[Fact], text: str) -> list[Pair]:
    """``素养水平达到32.6%。去年这一比例为28.9%，提升了3.7个百分点``: points against the one
    rate told of last year before them, in their sentence or the one before, from the rate
    of the same words (or pointed back to: 这一比例) told last before them."""
    told = [f for f in rates if f.claim.end <= change.claim.start and f.claim.unit in ("%", "％")]
    earlier = [f for f in told if lexicon.LAST_YEAR.search(lead(f, text))]
    if len(earlier) != 1:
        return []
    words = lead(earlier[0], text)
    later = [f for f in told if f is not earlier[0] and f.claim.kind == earlier[0].claim.kind
             and (lexicon.POINTED_BACK.search(words) or grams(lead(f, text)) & grams(lexicon.LAST_YEAR.sub("", words)))]
    return [Pair(earlier[0], later[-1], True)] if later else []


def _part_after(change: Fact, fact: Fact, text: str) -> bool:
    """A figure past a 其中 after the change is a part (新增6个，其中4个设在…; 1650名，比上届的
    1200人增长37.5%，其中男子1312人), no level the change is of."""
    return fact.claim.start > change.claim.end and "其中" in text[change.claim.end:fact.claim.start]


def _level(fact: Fact) -> bool:
    """A level, hedged or not (近2.9亿元 is one, to its hedge's interval)."""
    return fact.claim.kind == "amount" and fact.claim.unit not in ("%", "％", "倍")


def _bound_held(fact: Fact, text: str) -> bool:
    """连续五年稳定在50万吨以上: a bound held year after year, no level of one year."""
    return fact.claim.qualifier in ("over", "under") and lexicon.HOLD_WORDS.search(lead(fact, text)) is not None


def lead(fact: Fact, text: str) -> str:
    """The words of a figure's own clause just before it: what it is of (其中出口额…)."""
    # a note in brackets is an aside: 比常年（1991—2020年平均）的 is 比常年的
    # and a quoted name with a figure one word: 知晓“15分钟生活圈”政策的 is 知晓“”政策的
    before = lexicon.QUOTED_FIGURE.sub("“”", _NOTE.sub("", text[max(0, fact.claim.start - NOTED_LEAD):fact.claim.start]))[-LEAD:]
    # (本期抄见电量⏎峰段42000千瓦时: a line's figure is told by its own line, not the heading above)
    return _SPEAKER_MARK.split(CLAUSE_STOP.split(before)[-1])[-1].rpartition("\n")[2]


def item_label(fact: Fact, text: str, numbered: bool = True) -> str:
    """The words opening a figure's item of a form before it, marker and colon gone
    (②素食套餐：每天30份; ①素菜：180份；②荤菜：270份 on one line, each its own; ④合计：T); none
    where ``numbered`` and no marker (①, 1.) opens it."""
    line = text[text.rfind("\n", 0, fact.claim.start) + 1:fact.claim.start]
    item = re.split("[，,；;。]", line)[-1].lstrip()
    marker = lexicon.ITEM_NUMBERED.match(item)
    if marker is None and numbered:
        return ""
    return item[marker.end() if marker else 0:].replace("：", "").replace(":", "").strip()


def clause_before(fact: Fact, text: str) -> str:
    """The words of a figure's clause before it, read as far back as a note's lead (a
    clause longer than ``lead``'s: 为743名人员每人每月发放交通补贴)."""
    return CLAUSE_STOP.split(text[max(0, fact.claim.start - NOTED_LEAD):fact.claim.start])[-1]


def difference_led(fact: Fact, text: str) -> bool:
    """比上年多出2.9万人, 相差约54万人次: an amount said as a difference, no level (最低11.92元
    is a level)."""
    words = lead(fact, text)
    # (塔楼主体高328米: a height, a level; 比去年高0.5米 a difference)
    if lexicon.MEASURE_ADJECTIVE_LEAD.search(words) and not lexicon.COMPARED_IN_CLAUSE.search(CLAUSE_STOP.split(words)[-1]):
        return False
    return lexicon.DIFFERENCE_BEFORE.search(words) is not None and not lexicon.EXTREME_BEFORE.search(words)


def _spread(fact: Fact, text: str) -> bool:
    """相差D, 差距D: the difference of the two levels before it, whatever joins them."""
    return lexicon.SPREAD_BEFORE.search(lead(fact, text)) is not None


def _subject_apart(change: Fact, pair: Pair, text: str) -> bool:
    """…累计超过1亿元，2025年募集额是2020年1180万元的2.02倍: the multiple's own clause naming
    what is the multiple (募集额是) holds both its levels; a figure in a clause before is
    another's."""
    first, second = sorted((pair.earlier, pair.later), key=lambda f: f.claim.start)
    return second.claim.end <= change.claim.start and lexicon.MULTIPLE_SUBJECT.search(lead(second, text)) is not None \
        and CLAUSE_STOP.search(text, second.claim.end, change.claim.start) is None \
        and CLAUSE_STOP.search(text, first.claim.end, second.claim.start) is not None


def _of_the_one_before(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``B，约为…总投资（2.4亿元）的30倍``: the level just before 的N倍 is what B is a multiple
    of, and B the level before it in the sentence."""
    before = sorted((f for f in levels if f.claim.end <= change.claim.start), key=lambda f: f.claim.start)
    if len(before) < 2 or not lexicon.MULTIPLE_OF_THIS.fullmatch(text[before[-1].claim.end:change.claim.start]):
        return []
    base = before[-1]
    # (528万人次，是2019年406万人次的1.3倍，是去年480万人次的1.1倍: 406万 is another multiple's base)
    later = next((f for f in reversed(before[:-1]) if units.same(f.claim.unit, base.claim.unit)
                  and not lexicon.BASE_OF_MULTIPLE_AFTER.match(text, f.claim.end)), None)
    if later is not None and _listed(later, base, text):
        return []
    return [Pair(base, later, True)] if later is not None and later.value and base.value else []


def _listed(a: Fact, b: Fact, text: str) -> bool:
    """Items of one list (3862只上涨、1347只下跌、172只平盘，上涨个股约为下跌个股的2.9倍): the
    last is not the multiple's own level, nor the one before it its base."""
    return lexicon.LIST_JOIN.search(text[a.claim.end:b.claim.start]) is not None


def _of_the_named(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``首期产能60万套，二期…总产能150万套，是首期的3倍``: what B is a multiple of is named
    between 是 and 的; B is the level just before the multiple."""
    named = lexicon.MULTIPLE_OF_NAMED.search(lead(change, text))
    before = [f for f in levels if f.claim.end <= change.claim.start]
    if (year := lexicon.MULTIPLE_OF_YEAR.search(lead(change, text))) and len(before) >= 2:
        # (从2020年的48万千瓦增长到今年的312万千瓦，…是2020年的6.5倍: the level of that year)
        of_year = [f for f in before if f.when.year == int(year["year"])]
        # (今年A，上年B，2020年C；今年是2020年的N倍: the level of the multiple's own year)
        later = next((f for f in reversed(before) if f.when.year == change.when.year and f not in of_year), before[-1])
        return [Pair(of_year[0], later, True)] if len(of_year) == 1 and of_year[0] is not later \
            and units.same(of_year[0].claim.unit, later.claim.unit) else []
    if named is None or len(before) < 2:
        return []
    if lexicon.FORMER_OF_LATTER.search(lead(change, text)):  # 甲A，乙B，前者是后者的N倍
        first, second = before[-2:]
        return [Pair(second, first, True)] if units.same(first.claim.unit, second.claim.unit) else []
    later = max(before, key=lambda f: f.claim.start)
    if any(_listed(f, later, text) for f in before if f is not later):
        return []
    pairs = grams(named.group("x"))

    def named_by(f: Fact) -> int:  # 第一阶梯 names 第一阶梯每立方米A, not 第二阶梯…B
        # (or a time opening its sentence: 十年前，…快递量是A)
        words = lead(f, text)
        return sum(p in words for p in pairs) or sum(p in opening_words(text, f.claim.start) for p in pairs)

    alike = [f for f in before if f is not later and units.same(f.claim.unit, later.claim.unit)]
    bases = [f for f in alike if named_by(f)]
    if not bases and len(alike) == 1 and named.group("x")[:2] in lead(later, text):
        # (外贸A，内贸B，外贸箱量是内贸的N倍: the base named by its first word is the last
        # level, the multiple the one before)
        bases, later = [later], alike[0]
    base = max(bases, key=lambda f: (named_by(f), f.claim.start), default=None)
    return [Pair(base, later, True)] if base is not None and base.value and later.value else []


def opening_words(text: str, start: int, reach: int = OPENING_READ, ends: re.Pattern[str] = lexicon.SENTENCE_END) -> str:
    """The words of a sentence before ``start``, read at most ``reach`` back (its end
    marks ``ends``)."""
    return ends.split(text[max(0, start - reach):start])[-1]


def _both_named(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """出口额为31.8亿元 … 出口额是进口额的5.3倍: two levels whose own words name them in the
    multiple's clause, in either order."""
    clause = lead(change, text)
    named = [f for f in levels if len(name := lexicon.LEVEL_VERB_AFTER.sub("", lead(f, text))[-3:]) >= 2
             and name in clause]
    return _pairs(change, named, text, across=True)


def _base(fact: Fact, text: str) -> bool:
    """从A, 较上年的A, 与十年前的A相比, 上年为A: the level a change starts from (比他赛前的
    个人最好成绩A: named at length)."""
    words = lead(fact, text)
    label = re.split("[，,；;。\n\\s]", text[max(0, fact.claim.start - LEAD):fact.claim.start])[-1]  # (调薪前：B)
    return lexicon.BASE_LEVEL_BEFORE.search(words) is not None or lexicon.BASE_OF_THE_ACT.search(label) is not None \
        or lexicon.COMPARED_CLAUSE.match(clause_before(fact, text)) is not None or _day_before(fact, words, text)


def _of_last_year(change: Fact, levels: Sequence[Fact]) -> list[Pair]:
    """今年出口2860台，2024年为1320台。今年出口量是上年的N倍: the one level of the change's own
    year and the one of the year before, told before it in one unit."""
    before = [f for f in levels if f.claim.end <= change.claim.start and f.claim.unit]
    # (…前年C；与上年相比，下降X%: of the latest year told, whatever year the 上年 in its clause
    # gave the change itself)
    year = max((f.when.year for f in before if f.when.year is not None and not f.target), default=None)
    this = [f for f in before if f.when.year == year]
    last = [f for f in before if year is not None and f.when.year == year - 1]
    if len(this) != 1 or len(last) != 1 or not units.same(this[0].claim.unit, last[0].claim.unit):
        return []
    return [Pair(last[0], this[0], True)]


def _month(fact: Fact, text: str) -> str | None:
    """The month a level's clause opens on (8月当月, 7月), if it names one."""
    named = lexicon.MONTH_OPENING.match(CLAUSE_STOP.split(lead(fact, text))[-1])
    return named["month"] if named else None


def _month_told(change: Fact, levels: Sequence[Fact], text: str) -> str | None:
    """The month of the level right before a change, the one it is said of."""
    before = [f for f in levels if f.claim.end <= change.claim.start]
    return _month(before[-1], text) if before else None


def _added(fact: Fact, text: str) -> bool:
    """新增38家: a period's additions told as such, compared with nothing in its clause."""
    words = CLAUSE_STOP.split(lead(fact, text))[-1]
    return lexicon.FLOW_WORDS.search(words[-4:]) is not None and not lexicon.COMPARED_IN_CLAUSE.search(words)


def _day_before(fact: Fact, words: str, text: str) -> bool:
    """今日4.60元，昨日4.20元: the day before's level, where its sentence has told the day's
    own first (昨日 alone is the day the news tells of)."""
    yesterday = lexicon.DAY_BEFORE.search(words)
    if yesterday is None:
        return False
    opening = opening_words(text, fact.claim.start)
    # (批发价1.46元/斤，昨日1.18元/斤: 昨日 alone after a level of the sentence is that level's day before)
    return lexicon.THE_DAY.search(opening, 0, len(opening) - len(words) + yesterday.start()) is not None \
        or (words == yesterday.group() and re.search("[0-9０-９]", opening) is not None)


def _noted_bases(level: Fact, last: Fact, text: str) -> bool:
    """A，同比增长X%，环比增长Y%（去年10月为B，今年9月为C）: the levels in one bracket after a
    level are its bases, each (B too: 其中…A'，增长Y%（上年同期为C） gives C to A', not A)."""
    between = text[level.claim.end:last.claim.start]
    opened = max(between.rfind("（"), between.rfind("("))
    return opened >= 0 and max(between.rfind("）"), between.rfind(")")) < opened


def _compared_with(fact: Fact, text: str) -> bool:
    words = lead(fact, text)
    return lexicon.COMPARED_BEFORE.search(words) is not None or lexicon.ABOVE_ANOTHER.search(words) is not None


def _pairs(change: Fact, levels: list[Fact], text: str, across: bool = False) -> list[Pair]:
    """The pairs of levels of one unit that the words join (从A到B, B，比上年的A; with
    ``across``, any two in a row) and that the change may be said of (between them, right
    after them, right before them), nearest first."""
    found: list[tuple[int, Pair]] = []
    by_unit: dict[str | None, list[Fact]] = {}
    for fact in sorted(levels, key=lambda f: f.claim.start):
        by_unit.setdefault(units.spelling(fact.claim.unit), []).append(fact)  # 万名 and 万人
    neighbours = {(a.claim_id, b.claim_id): (a, b) for same in by_unit.values()
                  for run in (same, [f for f in same if not _aside(f, text)]) for a, b in pairwise(run)}
    over = lexicon.YEARS_OF_A_CHANGE.search(lead(change, text))
    for same in by_unit.values():  # A，比B…，比C…: C is A's base too, B between them
        for a, b, c in zip(same, same[1:], same[2:]):  # (A，上年底为B，比C…: B an aside too)
            if over and a.when.year is not None and c.when.year is not None \
                    and c.when.year - a.when.year == parse_number(over["years"]):
                neighbours[(a.claim_id, c.claim_id)] = (a, c)  # (两年累计: the first and the third)
            # (A，比上年的B增长…，是2020年C的N倍: a multiple's base is compared with too)
            if (not _compared_with(a, text)
                    and (_compared_with(c, text) or lexicon.BASE_OF_MULTIPLE_AFTER.match(text, c.claim.end))
                    and (_compared_with(b, text) or lexicon.LAST_YEAR_ASIDE.fullmatch(lead(b, text)))) \
                    or (_noted_bases(a, b, text) and _noted_bases(a, c, text)):
                neighbours[(a.claim_id, c.claim_id)] = (a, c)
        for whole, compared in _wholes_past_parts(same, text):
            neighbours[(whole.claim_id, compared.claim_id)] = (whole, compared)
    for key, (a, b) in list(neighbours.items()):
        if (named := _named_later(b, by_unit[units.spelling(b.claim.unit)], text)) is None:
            continue
        earlier, told = named
        if told and len(told) < len(earlier) and told[-1] is not a:  # (all told: none named)
            del neighbours[key]  # 造成42人死亡、356人受伤，死亡人数比上年的48人: 42, not 356
            neighbours[(told[-1].claim_id, b.claim_id)] = (told[-1], b)
        elif not told and a in earlier:
            del neighbours[key]  # 5金…共10枚奖牌，金牌数比上届的3枚: 10枚 is no 金牌数
    for a, b in neighbours.values():
        between = text[a.claim.end:b.claim.start]
        distance = _distance(change, a, b, text, across)
        # (a rate over a span and over a span within it are two levels of one rate: 增速由一季度的
        # 6.2%回落至上半年的3.4%)
        if distance is None or not a.value or not b.value or lexicon.SENTENCE_END.search(between) \
                or (nested(a, b) and a.dimension != "rate") \
                or (any(lexicon.BASE_OF_MULTIPLE_AFTER.match(text, f.claim.end) for f in (a, b))
                    and all(lexicon.BASE_OF_MULTIPLE_AFTER.match(text, f.claim.end) or _compared_with(f, text)
                            for f in (a, b))):
            continue  # (是2019年A的1.3倍，是去年B的1.1倍; 比上年的A增长…，是2020年B的N倍: two bases)
        # 场均2.97球 and 688球, 户均1.2万元 and 2.4亿元: no levels of one metric (but words that
        # join two levels join them however far apart: 由14500元降到634元)
        if change.claim.unit != "倍" and max(a.value / b.value, b.value / a.value) > APART \
                and not lexicon.LEVEL_TO.search(between):
            continue
        if across:
            pair = Pair(a, b, False)
        elif lexicon.LIST_JOIN.fullmatch(between):
            continue  # 分别为A和B: two owners' figures, not one's at two times
        elif lexicon.LEVEL_TO.search(between) or lexicon.REST_LEFT.search(between):
            pair = Pair(a, b, True)  # (现金50万元，今晚只剩32万元: what is left is the later level)
        elif (base_a := _base(a, text)) and _base(b, text):
            if _compared_with(a, text) and _compared_with(b, text):
                continue  # A，比上周的B…，比去年同期的C…: two bases of A, neither the other's
            pair = Pair(a, b, False)  # 去年…A，比上年的B: both read as the earlier; try both
        elif base_a:
            pair = Pair(a, b, True)
        elif _base(b, text):
            pair = Pair(b, a, True)
        elif successive := _successive(a, b, change, text):
            pair = successive
        elif lexicon.BEFORE_THE_ACT.match(lead(a, text)) and lexicon.AFTER_THE_ACT.match(lead(b, text)):
            pair = Pair(a, b, True)  # 原线路全长A，调整后全长B
        elif lexicon.TIME_LEAD.search(lead(a, text)) or lexicon.TIME_LEAD.search(lead(b, text)):
            pair = Pair(a, b, False)  # 11月为A，10月为B: two times, the order left to the months
        elif _noted_bases(a, b, text):
            pair = Pair(b, a, True)  # A，增长X%（上年甲、乙分别为B'和B）: a bracket's levels are bases
        else:
            continue
        if not _years_apart(change, a, b, text):
            found.append((distance, pair))
    return [pair for _, pair in sorted(found, key=lambda item: item[0])]


def _per_apart(a: Fact, b: Fact, text: str) -> bool:
    """Whether two figures are told per two measures (每公斤, 每斤)."""
    return None not in (per := (_per_measure(a, text), _per_measure(b, text))) and per[0] != per[1]


def _per_measure(fact: Fact, text: str) -> str | None:
    """The measure a figure is told per (每公斤9.0元: 公斤), where its words name one."""
    words = lead(fact, text)
    at = words.rfind("每")
    if at < 0:
        return None
    return next((words[at + 1:at + 1 + n] for n in (3, 2, 1)
                 if units.converted(1.0, words[at + 1:at + 1 + n]) is not None), None)


def _years_apart(change: Fact, a: Fact, b: Fact, text: str) -> bool:
    """2022年为40.0%，去年达到46.4%，比上年提高D: a change against the year before is of no
    two levels told of years further apart; 2022年A，2023年B，2024年C，两年累计提高D: one over
    so many years of none told nearer (去年 may be a year off: the article's year is a guess)."""
    x, y = a.when.year, b.when.year
    if x is None or y is None:
        return False
    if over := lexicon.YEARS_OF_A_CHANGE.search(lead(change, text)):
        return abs(x - y) < (parse_number(over["years"]) or 0)
    return abs(x - y) > 1 and lexicon.AGAINST_LAST_YEAR.search(lead(change, text)) is not None


def nested(a: Fact, b: Fact) -> bool:
    """二季度13亿元，上半年25亿元: a span and a span within it, a part and its whole, no two
    levels of one figure."""
    x, y = periods.months(a.when.part), periods.months(b.when.part)
    return x is not None and y is not None and x != y and (
        x[0] <= y[0] <= y[1] <= x[1] or y[0] <= x[0] <= x[1] <= y[1])


def _successive(a: Fact, b: Fact, change: Fact, text: str) -> Pair | None:
    """二季度A，三季度B，环比增长X%; 2023年营收A，2024年B，增长X%: two levels each told with
    its own time, the one right after the other, are the change's earlier and later (two
    quarters' only when it says 环比: a bare 增长 of a quarter is against last year's; a
    growth of 生产总值 or at constant prices is real, no ratio of the levels told)."""
    if not (lexicon.TIMES_NAMED.search(lead(a, text)) and lexicon.TIMES_NAMED.search(lead(b, text))) \
            or lexicon.REAL_TERMS.search(text, a.sentence, change.claim.end):
        return None
    x, y = a.when, b.when
    if x.year is not None and y.year is not None and x.part == y.part and abs(x.year - y.year) == 1:
        return Pair(a, b, True) if x.year < y.year else Pair(b, a, True)
    first, second = periods.months(x.part), periods.months(y.part)
    if x.year != y.year or first is None or second is None or "环比" not in lead(change, text):
        return None
    if first[1] - first[0] != second[1] - second[0]:
        return None
    return Pair(a, b, True) if second[0] == first[1] + 1 else Pair(b, a, True) if first[0] == second[1] + 1 else None


_OWN_WORDS = re.compile("[、0-9]")  # a figure's own words before it: past the last item or figure


def _wholes_past_parts(same: list[Fact], text: str) -> Iterator[tuple[Fact, Fact]]:
    """A whole and a level compared right after its parts (11项，其中男子6项、女子5项，比上届
    的7项增加4项): the comparison may be the whole's, past its parts after 其中."""
    for i, whole in enumerate(same):
        for n, later in enumerate(same[i + 1:]):
            between = text[whole.claim.end:later.claim.start]
            if lexicon.SENTENCE_END.search(between) or "其中" not in between:
                break
            if n and _compared_with(later, text):
                yield whole, later
                break


def _named_later(base: Fact, same: list[Fact], text: str) -> tuple[list[Fact], list[Fact]] | None:
    """The levels before a compared one whose clause names what it compares before its 比
    (死亡人数比上年同期的48人), and those of them whose own words say it (42人死亡)."""
    named = lexicon.COMPARED_NAMED.search(lead(base, text))
    if named is None:
        return None
    core = named.group(1).removeprefix("其中")[:2]
    if not core.isalpha():
        return None  # (约210亿元（较上年同期的: no name, a bracket)
    earlier = [f for f in same if f.claim.end <= base.claim.start
               and not lexicon.SENTENCE_END.search(text[f.claim.end:base.claim.start])]
    told = [f for f in earlier if core in _OWN_WORDS.split(lead(f, text))[-1][-4:] or core in f.after[:4]]
    return earlier, told


def _named_against(change: Fact, rates: list[Fact], text: str) -> list[Pair]:
    """甲涨了A%，乙涨了B%，比甲少D个百分点; 收益率A%，基准B%，超越基准D个百分点: the rate of
    the one the points name against the rate told just before them (no time: 比上年 is a
    level not given)."""
    named = lexicon.POINTS_AGAINST.search(lead(change, text))
    if named is None or lexicon.BASE_LEVEL_BEFORE.search(named.group("other")) \
            or lexicon.TIME_WORD.search(named.group("other")):
        return []  # (较年初上升D个百分点: a time's level, not given)
    other = named.group("other")[:2]
    theirs = [f for f in rates if other in lead(f, text)]
    if len(theirs) != 1:
        return []
    # (全省…为43.2%，2024年为43.6%；本市…: the other's series goes on in a time's clause)
    series = [theirs[0], *(f for f in rates if theirs[0].claim.end <= f.claim.start < change.claim.start
                           and lexicon.TIME_LEAD.fullmatch(lead(f, text)))]
    # a share and a growth are no two levels of one rate; a rate level (收益率3.1%) is either's
    mine = [f for f in rates if f.claim.start < change.claim.start and f not in series
            and (f.claim.kind == theirs[0].claim.kind or "amount" in (f.claim.kind, theirs[0].claim.kind))]
    return [Pair(base, mine[-1], False) for base in series] if mine else []


def _aside(fact: Fact, text: str) -> bool:
    """An average, a goal, a note in brackets (茶园6850亩（其中有机认证的2130亩），比2020年的
    3420亩翻了一番) or the whole of a share: two levels of a metric may stand either side of it."""
    return lexicon.AVERAGE_LEAD.search(lead(fact, text)) is not None \
        or lexicon.GOAL_AFTER.match(text, fact.claim.end) is not None or in_brackets(text, fact.claim.start) \
        or lexicon.PERCENT_OF_AFTER.match(text, fact.claim.end) is not None  # 为年度预算55亿元的52.1%


def in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` stands inside brackets opened in its sentence."""
    reach = max(0, at - BRACKET_REACH)
    stop = max(text.rfind(mark, reach, at) for mark in "。；;！？!?\n")
    start = stop + 1 if stop >= 0 else reach
    opened = max(text.rfind("（", start, at), text.rfind("(", start, at))
    return opened > max(text.rfind("）", start, at), text.rfind(")", start, at))


def _distance(change: Fact, a: Fact, b: Fact, text: str, across: bool) -> int | None:
    """How far the change stands from the pair it may be said of; None when it is another's."""
    if a.claim.end <= change.claim.start and change.claim.end <= b.claim.start:
        # …增长15.5%，比2020年的3.38亿元翻了一番 (or 是2023年420万元的3倍): a level after the
        # change with a comparison of its own is that comparison's, not this change's
        if _compared_with(b, text) or lexicon.BASE_OF_MULTIPLE_AFTER.match(text, b.claim.end):
            return None
        return 0
    if change.claim.start >= b.claim.end:
        gap = text[b.claim.end:change.claim.start]
        # (今年2.58亿件（同比增长12.1%）: the change in a bracket right after the later level)
        said = lexicon.CHANGE_LEAD.fullmatch(clause := CLAUSE_STOP.split(gap)[-1].lstrip("）)").lstrip("（("))
        said_of = across or (said is not None and (not said["name"] or _names_levels(said["name"], a, b, text))
                             and (not said["subject"] or any(said["subject"] in lead(f, text) for f in (a, b)))
                             and _of_the_year_named(clause, a, b))
        return len(gap) if len(gap) <= AFTER_PAIR and said_of and not lexicon.SENTENCE_END.search(gap) \
            else None
    gap = text[change.claim.end:a.claim.start]
    return len(gap) if len(gap) <= RATE_FIRST or lexicon.FROM_LEVEL_OPENS.fullmatch(gap) else None


def _of_the_year_named(words: str, a: Fact, b: Fact) -> bool:
    """2025年A，2024年B，比2023年增长X%: a change against a year it names is of a pair with
    a level of that year, or of none whose years are told."""
    named = lexicon.COMPARED_YEAR.search(words)
    return named is None or any(f.when.year in (None, int(named["year"])) for f in (a, b))


def _names_levels(name: str, a: Fact, b: Fact, text: str) -> bool:
    """开行780列，去年同期为520列，开行量翻了一番: the amount a change names (开行量) is what
    the levels' words name (开行班列), no head count of it (用电户数 for 用电量), and an
    amount of money (成交额) is told in money (not 成交1200套)."""
    core = lexicon.AMOUNT_SUFFIX.sub("", name)
    if name.endswith("额") and a.claim.unit not in lexicon.CURRENCIES:
        return False
    # (…人次，…人次，单日人次增幅: named by what the levels count in)
    return lexicon.AMOUNT_ALONE.fullmatch(name) is not None or name.endswith(a.claim.unit or "\0") or any(
        core in (words := lead(f, text)) and not lexicon.HEADCOUNT.search(words, words.index(core)) for f in (a, b))


def _orders(pair: Pair) -> list[tuple[Fact, Fact]]:
    first = (pair.earlier, pair.later)
    return [first] if pair.ordered else [first, (pair.later, pair.earlier)]


def rounding(*facts: Fact) -> float:
    """The relative rounding of levels: a ratio of rounded figures is that uncertain."""
    total = 0.0
    for fact in facts:
        low, high = counted(fact)
        total += (high - low) / 2 / abs(fact.value) if fact.value else 0.0
    return total


def counted(fact: Fact) -> tuple[float, float]:
    """A whole number written out (5名, 23家, 4天) is exactly that, and so is a price in
    yuan to the 角 or 分 (每斤3.6元, 0.56元): no rounding to allow."""
    if fact.claim.qualifier == "exact" and ((fact.high - fact.low <= 1.0 and fact.value == int(fact.value))
                                            or _yuan_priced(fact)):
        return fact.value, fact.value
    return fact.low, fact.high


def _yuan_priced(fact: Fact) -> bool:
    return fact.claim.unit == "元" and fact.high - fact.low <= 0.1 and not lexicon.SCALED.search(fact.claim.text)


def stated(fact: Fact, text: str) -> tuple[float, float]:
    """The interval a figure states: 超过六成, 3倍多 and 翻了一番还多 are floors whatever
    their rounding, 近 and 不足 ceilings."""
    low = fact.value if fact.claim.qualifier == "over" else fact.low
    high = fact.value if fact.claim.qualifier in ("nearly", "under") else fact.high
    if lexicon.MORE_AFTER.match(text, fact.claim.end):
        high = math.inf
    return low, high


def worked_out(fact: Fact, text: str) -> tuple[float, float]:
    """The interval a figure worked out from others states: 约40% is 40 to its ten
    (35-45), as it was rounded, not 约's wider hedge (34.4% is written 约34%), and
    约三分之一 a third give or take a tenth of it."""
    low, high = stated(fact, text)
    if fact.claim.qualifier != "about":
        return low, high
    if units.fraction(fact.claim.text):
        return fact.value * (1 - FRACTION_ROUGHLY), fact.value * (1 + FRACTION_ROUGHLY)
    half = precision(fact.claim.text, fact.value)[1] / 2
    return max(low, fact.value - half), min(high, fact.value + half)


def _growth(change: Fact, levels: list[Fact], facts: Sequence[Fact], text: str,
            previous: Sequence[Fact], following: Sequence[Fact]) -> list[Suggestion]:
    """增长X%: the later level over the earlier, less one; or, beside a stated increase
    (B，比上年增加C，增长X%), the increase over what it was. A year's additions are no level
    of the whole (新建绿道62.8公里，上年末全市绿道为423.5公里，一年增长14.8%)."""
    # (含13%增值税1150.44元: a tax's rate, no growth)
    if lexicon.CHARGE_NAMED_AFTER.match(text, change.claim.end):
        return []
    # (加计增值税9%（28764元）: the amount in brackets right after a rate is what it comes to)
    levels = [f for f in levels if text[change.claim.end:f.claim.start].strip() not in ("（", "(")]
    pairs = [p for p in _pairs(change, levels, text) if not _stock_and_flow(p, text)
             and not _into_its_part(p, change, text) and not _based_elsewhere(change, p, text)]
    # (是三年前2.4万吨的3.5倍，三年间增长350%: a growth right after a multiple is of its levels,
    # unless it names a base of its own, 比上年同期增长30.0%, or is a year's, 折合年均增速约117%)
    told = [f for f in facts if f.claim.end <= change.claim.start]
    if not pairs and told and told[-1].claim.unit == "倍" and told[-1].claim.kind == "change" \
            and not lexicon.COMPARED_BEFORE.search(lead(change, text)) and "年均" not in lead(change, text) \
            and not lexicon.SENTENCE_END.search(text, told[-1].claim.end, change.claim.start):
        pairs = _pairs(told[-1], levels, text)
    if pairs:
        return _growth_of(change, pairs, text)
    increase = _increase_before(change, facts, text)
    if increase is None:
        told_after = _base_told_after(change, facts, following, text)
        return (told_after and _growth_of(change, told_after, text)) \
            or _against_last_year(change, facts, previous, text) \
            or _growth_of(change, _year_ago_told_last(change, facts, previous, text), text) \
            or _after_the_one_before(change, facts, previous, text) \
            or _of_the_named_base(change, [*previous, *levels], text) \
            or _growth_of(change, _years_a_semicolon_apart(change, levels, previous, text), text) \
            or (_growth_of(change, _of_last_year(change, [*previous, *levels]), text)  # (今年A，去年B，前年C；比去年下降X%)
                if lexicon.COMPARED_LAST_YEAR.search(opening_words(text, change.claim.start)) else [])
    level, by, fall = increase
    low, high, slack = _rate_bounds(change, text)
    # (去年交售4900公斤，比去年多交700公斤，增幅: the level told is the base itself)
    year = lexicon.LAST_YEAR.search(lead(level, text))
    based = year is not None and re.search(f"[比较]{year.group()}", lead(by, text)) is not None
    base = level.value if based else level.value + by.value if fall else level.value - by.value
    actual = (-1 if fall else 1) * by.value / base * 100
    # the growth grows with the increase and falls with the level: its bounds are those of
    # the rounded figures' extremes (0.3万名 of 2.1万名 is 13.5% to 20%); a fall is the
    # decrease over the level plus it
    (level_low, level_high), (by_low, by_high) = counted(level), counted(by)
    if based:
        rates = [(-1 if fall else 1) * b / at * 100 for b in (by_low, by_high) for at in (level_low, level_high)]
        least, most = min(rates), max(rates)
    elif fall:
        least, most = -by_high / (level_low + by_high) * 100, -by_low / (level_high + by_low) * 100
    else:
        least = by_low / (level_high - by_low) * 100
        most = by_high / (level_low - by_high) * 100 if level_low > by_high else math.inf
    if low - slack <= most and least <= high + slack:
        return []
    earlier = level.claim.text if based else f"{level.claim.text} {'+' if fall else '−'} {by.claim.text}"
    return [make("inconsistent", (change, by, level), 0.85, "growth_vs_levels",
                 a=change.claim.text, later=by.claim.text, earlier=earlier, expected=f"{actual:.1f}%")]


def _years_a_semicolon_apart(change: Fact, levels: list[Fact], previous: Sequence[Fact], text: str) -> list[Pair]:
    """``去年出口鲜果540吨，占…；前年出口450吨，出口量增长20%``: two levels each told with its
    year, the later first, a semicolon apart: a change right after the second is of them."""
    if not previous or text[change.sentence - 1:change.sentence] not in ("；", ";"):
        return []
    earlier = [f for f in levels if f.claim.end <= change.claim.start]
    later = [f for f in previous if _level(f) and earlier and units.same(f.claim.unit, earlier[-1].claim.unit)]
    if not later:
        return []
    a, b = later[-1], earlier[-1]
    if a.when.year is None or b.when.year is None or a.when.year - b.when.year != 1 or a.when.part != b.when.part \
            or not all(lexicon.TIMES_NAMED.match(opening_words(text, f.claim.start)) for f in (a, b)):
        return []
    return [Pair(b, a, True)]


def _yearly_growth(change: Fact, facts: Sequence[Fact], years: str | None, text: str) -> list[Suggestion]:
    """``从2020年的55.6亿元增至2024年的119.5亿元，年均增长21.1%``: the rate that, compounded
    over the years between two levels (each told with its year, or the ``years`` the rate
    names), makes the later of the earlier."""
    levels = [f for f in facts if f.claim.end <= change.claim.start and _level(f) and f.value > 0]
    pairs = [(earlier, later) for earlier, later in reversed(list(pairwise(levels)))
             if units.same(earlier.claim.unit, later.claim.unit)
             and lexicon.LEVEL_REACHED.fullmatch(text, earlier.claim.end, later.claim.start)]
    # (2025年…36.8亿元，2020年为21.5亿元，年均增长: the two levels right before it, each of a
    # year told, the later first)
    last = levels[-2:]
    if not pairs and len(last) == 2 and units.same(last[0].claim.unit, last[1].claim.unit) \
            and not last[0].when.assumed and not last[1].when.assumed \
            and last[0].when.year and last[1].when.year and last[0].when.year > last[1].when.year \
            and lexicon.YEAR_NAMED_LEVEL.match(text, last[0].claim.end, last[1].claim.start):
        pairs = [(last[1], last[0])]
    for earlier, later in pairs:
        told = [lexicon.LEVEL_YEAR.search(text, max(0, f.claim.start - 8), f.claim.start) for f in (earlier, later)]
        # (五年来…从18.6万亩扩大到31.4万亩，年均增长: or the years its sentence opens with)
        opened = lexicon.YEARS_TOLD.search(text, earlier.sentence, earlier.claim.start)
        span = parse_number(years) if years else (
            int(told[1]["year"]) - int(told[0]["year"]) if told[0] and told[1]
            else later.when.year - earlier.when.year if later.when.year and earlier.when.year
            else parse_number(opened["years"]) if opened else 0)
        if not span or span <= 0:
            return []
        low, high, slack = _rate_bounds(change, text)
        growth = ((later.value / earlier.value) ** (1 / span) - 1) * 100
        margin = slack + rounding(earlier, later) * 100 / span
        if low - margin <= growth <= high + margin:
            return []
        return [make("inconsistent", (change, earlier, later), 0.85, "yearly_growth_vs_levels",
                     a=change.claim.text, earlier=earlier.claim.text, later=later.claim.text,
                     years=f"{span:g}", expected=f"{growth:.1f}%")]
    return []


def _based_elsewhere(change: Fact, pair: Pair, text: str) -> bool:
    """比2023年同期的130万次增长1.2倍，比上年同期增长30%: a growth against another time than
    the one the earlier level is told of."""
    own = lexicon.COMPARED_TIME.search(lead(change, text))
    return own is not None and any(
        (theirs := lexicon.COMPARED_TIME.search(lead(f, text))) is not None and own["time"] != theirs["time"]
        for f in (pair.earlier, pair.later))


def _into_its_part(pair: Pair, change: Fact, text: str) -> bool:
    """较上年的557.6亿元扩大12.7%，其中出口418.6亿元，增长15.3%: a growth after a part its
    其中 opens is the part's, no change from the whole to it."""
    second = max(pair.earlier, pair.later, key=lambda f: f.claim.start)
    return second.claim.end <= change.claim.start and "其中" in lead(second, text)  # (not 比上届的: the whole's)


def _stock_and_flow(pair: Pair, text: str) -> bool:
    """One a year's additions (新建), the other what stood at a year's end (上年末…为)."""
    words = [lead(f, text) for f in (pair.earlier, pair.later)]
    return any(lexicon.FLOW_WORDS.search(x) is not None and lexicon.STOCK_AT_END.search(y) is not None
               for x, y in (words, words[::-1]))


def growth_against(change: Fact, earlier: Fact, later: Fact, text: str) -> list[Suggestion]:
    """增长X% of ``later`` over ``earlier``, the words saying which came first."""
    return _growth_of(change, [Pair(earlier, later, True)], text)


def _growth_of(change: Fact, pairs: list[Pair], text: str) -> list[Suggestion]:
    """增长X% against the pairs of levels it may be said of (人均缝制3500套，比去年的37.5万套:
    not a head's average and a whole far apart, no two levels of one thing; 人均收入2.3万元，
    比上年的2.1万元 are)."""
    pairs = [p for p in pairs if p.earlier.average == p.later.average or comparable(p.earlier.claim, p.later.claim)]
    low, high, slack = _rate_bounds(change, text)

    def growth(pair: Pair) -> float:
        return (pair.later.value / pair.earlier.value - 1) * 100

    def nearest(pair: Pair) -> Pair:
        """Levels the words leave unordered, read in the order nearer the stated growth
        (去年…47天，比常年的35.6天偏多: 47 is the later): it fits if either does."""
        readings = [Pair(earlier, later, True) for earlier, later in _orders(pair)]
        return min(readings, key=lambda p: max(low - growth(p), growth(p) - high, 0))

    def fits(pair: Pair) -> bool:
        margin = slack + rounding(pair.earlier, pair.later) * 100
        return low - margin <= growth(pair) <= high + margin

    return _judged(change, [nearest(p) for p in pairs], fits, "growth_vs_levels",
                   lambda p: f"{growth(p):.1f}%", text)


def _year_ago_told_last(change: Fact, sentence: Sequence[Fact], previous: Sequence[Fact], text: str) -> list[Pair]:
    """``10月网签4089套，9月为3606套，环比增长13.4%；去年10月为2372套，同比增长52.4%``: a 同比
    growth right after a year-ago level (去年10月, 上年同期) is of the level its sentence (or the
    clauses a semicolon joins before it) opens on in that unit, or of the total told there."""
    base = max((f for f in sentence if f.claim.end <= change.claim.start), default=None, key=lambda f: f.claim.start)
    if base is None or not _level(base) or not lexicon.YEAR_ON_YEAR.search(lead(change, text)) \
            or not lexicon.SAME_TIME_LAST_YEAR.match(CLAUSE_STOP.split(lead(base, text))[-1]) \
            or CLAUSE_STOP.search(text, base.claim.end, change.claim.start) is None:
        return []
    # (10月A，9月为B: the first told, not an earlier period's after it; 番茄A、…，共T: a total
    # of the items)
    told = [f for f in (*previous, *sentence) if f.claim.end <= base.claim.start and _level(f)
            and units.same(f.claim.unit, base.claim.unit) and not lexicon.LAST_YEAR.search(lead(f, text))]
    totals = [f for f in told if lexicon.TOTAL_TOLD.search(lead(f, text))]
    level = totals[-1] if totals else told[0] if told else None
    if level is None or max(level.value / base.value, base.value / level.value) > APART:
        return []
    return [Pair(base, level, True)]


def _against_last_year(change: Fact, sentence: Sequence[Fact], previous: Sequence[Fact],
                       text: str) -> list[Suggestion]:
    """``上年巡河1.2万人次。今年巡河1.5万人次，同比增长35%``: a year-on-year growth said of
    the level just before it, against last year's level of the same words in its own
    sentence or the one before (去年A；今年这一数字升至B，增长X%: this year's level against
    last year's needs no 同比)."""
    later = max((f for f in sentence if f.claim.end <= change.claim.start), default=None,
                key=lambda f: f.claim.start)
    if later is None or not _level(later) or _distance(change, later, later, text, False) is None \
            or difference_led(later, text):
        return []  # (比上年的400场增加80场，增长20%: the increase is no level)
    # 同比 says last year; without it, a level of 今年 is against last year's unless the
    # change names something else (比2020年增长, 环比)
    said = lead(change, text)
    named_other = lexicon.COMPARED_WITH.search(said) or lexicon.ON_PREVIOUS_PERIOD.search(said)
    this_year = lexicon.THIS_YEAR.match(opening_words(text, later.claim.start))
    if not lexicon.YEAR_ON_YEAR.search(said) and (named_other or not this_year):
        return []
    # the same metric (or, unnamed, the same words), over the same part of the year (上年
    # is no base for 今年上半年)
    name = lexicon.LAST_YEAR.sub("", lexicon.LEVEL_VERB_AFTER.sub("", lead(later, text)))
    pairs = grams(name) - _NO_NAMES
    # (去年，…吞吐量为A。今年1—11月，这一数字已达到B，比去年全年增长X%: last year named at its
    # sentence's opening, the metric pointed back to, a part of this year against all of last)
    pointed = lexicon.POINTED_BACK.search(lead(later, text)) is not None
    whole_year = lexicon.WHOLE_YEAR_BASE.search(lead(change, text)) is not None
    earlier = [f for f in (*previous, *sentence) if f.claim.end <= later.claim.start and _level(f)
               and units.same(f.claim.unit, later.claim.unit) and f.value
               and (_part(f) == _part(later) or (whole_year and _part(f) is None))
               and lexicon.LAST_YEAR.search(opening_words(text, f.claim.start))
               and (pointed or ((f.metric in later.metric or later.metric in f.metric) if f.metric and later.metric
                                else any(p in lead(f, text) for p in pairs)))]
    if len(earlier) != 1 or max(later.value / earlier[0].value, earlier[0].value / later.value) > APART:
        return []  # none, which of them is unclear, or two metrics (门诊 296元, 住院 11862元)
    return _growth_of(change, [Pair(earlier[0], later, True)], text)


def _after_the_one_before(change: Fact, sentence: Sequence[Fact], previous: Sequence[Fact],
                          text: str) -> list[Suggestion]:
    """``本月回访1680户；上月1200户，环比增长约四成``: a growth told right after the earlier
    level, its clause naming only that earlier time, is of the one later level of its unit
    told before it, in its sentence or the one before (an average, 人均约320户, is none)."""
    earlier = max((f for f in sentence if f.claim.end <= change.claim.start), default=None,
                  key=lambda f: f.claim.start)
    if earlier is None or not _level(earlier) or not earlier.value:
        return []
    # (…1265起。与2023年的1592起相比，降幅达到: the earlier level's own clause compares;
    # …41.7万吨。而在2020年，这一数字还只有35.2万吨，…增长了: or points back from a year, to
    # an average too: 场均观众A。上赛季，这个数字只有B)
    pointed = lexicon.POINTED_BACK.match(lead(earlier, text)) \
        and lexicon.YEAR_BEFORE.search(text, earlier.sentence, earlier.claim.start)
    compared = (lexicon.COMPARED_ALONE.fullmatch(lead(earlier, text))
                and lexicon.COMPARED_CLOSE.match(text, earlier.claim.end)) or pointed
    # (去年同期用电96000千瓦时，本期同比增长18%: last year's level named, the change naming the
    # period whose level it is of: 本期合计108000千瓦时)
    said = lead(change, text)
    named = lexicon.YEAR_ON_YEAR.search(said)
    this = grams(said[:named.start()]) - _NO_NAMES if named and lexicon.LAST_YEAR.match(lead(earlier, text).lstrip()) else set()
    if not compared and not this and not (lexicon.CHANGE_BASES.search(said)
                                          and lexicon.EARLIER_TIME_ALONE.fullmatch(lead(earlier, text))):
        return []
    later = [f for f in (*previous, *sentence) if f.claim.end <= earlier.claim.start and _level(f)
             and units.same(f.claim.unit, earlier.claim.unit) and (not f.average or pointed) and f.value
             and not lexicon.EARLIER_TIME_ALONE.fullmatch(lead(f, text)) and not a_part(f, text)
             and (compared or not this or bool(this & grams(lead(f, text))))]
    if len(later) != 1 or max(later[0].value / earlier.value, earlier.value / later[0].value) > APART:
        return []  # none, or which of them unclear
    return _growth_of(change, [Pair(earlier, later[0], True)], text)


def a_part(level: Fact, text: str) -> bool:
    """…18吨。其中塑料垃圾11.7吨…；其他垃圾2.7吨: a level its sentence tells as a part of a
    whole told before (其中, 其他), no whole of its own."""
    back = max(0, level.claim.start - PART_READ)  # (an endless sentence stays linear)
    opened = max(text.rfind("。", back, level.claim.start) + 1, back)
    return "其中" in text[opened:level.claim.start] or lexicon.REST_NAMED.search(lead(level, text)) is not None


def _base_told_after(change: Fact, sentence: Sequence[Fact], following: Sequence[Fact],
                     text: str, rates: bool = False) -> list[Pair]:
    """``交易额达6.82亿元，同比增长27.5%。去年同期，这一数字为4.96亿元``: the earlier level of
    a change said of the level just before it, told right after it (in its sentence or the
    next) in a clause naming only the earlier time or thing the change names (同比: last
    year's), or that and what it is (``rates``: levels of a rate, for points)."""
    named = lexicon.EARLIER_NAMED.search(lead(change, text))
    if named is None and not lexicon.YEAR_ON_YEAR.search(lead(change, text)):
        return []
    # (…1425万人次，比2022年的1086万人次增长A，比上年增长B（2023年为C）: the level, not a base)
    later = max((f for f in sentence if f.claim.end <= change.claim.start and not _base(f, text)
                 and f.claim.kind != "change"), default=None, key=lambda f: f.claim.start)
    base = min((f for f in (*sentence, *following) if f.claim.start >= change.claim.end), default=None,
               key=lambda f: f.claim.start)
    if later is None or base is None or base.target or not later.value or not base.value \
            or not (_rate_level(later) and base.claim.unit == later.claim.unit if rates
                    else _level(later) and _level(base)) \
            or not units.same(base.claim.unit, later.claim.unit) \
            or max(later.value / base.value, base.value / later.value) > APART:
        return []
    name = named["name"] if named else "去年"
    # (…提高了6.2个百分点。【画外音】去年…为53.1%: a script's mark opens the next line)
    between = _SPEAKER_LINE.sub("", text[change.claim.end:base.claim.start])
    if any(told is not None and _names_base(name, told["name"], later, text)
           and not (told["words"] and not grams(told["words"]) & grams(lead(later, text)))
           for told in (pattern.fullmatch(between)
                        for pattern in (lexicon.BASE_TOLD_AFTER, lexicon.BASE_TIME_TOLD_AFTER))):
        return [Pair(base, later, True)]
    return []


def _rate_level(fact: Fact) -> bool:
    """86.4%, a rate's level (no growth, no points; the level told after it, 去年同期为77.6%,
    its clause says is one)."""
    return fact.claim.kind != "change" and fact.claim.unit in ("%", "％")


def _names_base(name: str, told: str, later: Fact, text: str) -> bool:
    """Whether the words opening a clause (去年同期, 去年一季度, 平日日均) name the earlier time
    or other thing a change names (去年 and 上年 are one time; 种植玉米 is told as 玉米), and
    only that: a time and the part of the year the later level is of."""
    if (time := lexicon.YEAR_BEFORE.match(name)) is not None:
        if (told_time := lexicon.YEAR_BEFORE.match(told)) is None:
            return False
        same = time.group() == told_time.group() \
            or bool(lexicon.LAST_YEAR.fullmatch(time.group()) and lexicon.LAST_YEAR.fullmatch(told_time.group())) \
            or bool(lexicon.LAST_YEAR.fullmatch(time.group()) and later.when.year
                    and told_time.group() == f"{later.when.year - 1}年")  # (2024年…比上年…（2023年为）
        rest = told[told_time.end():].removeprefix("同期")
        # (…春运40天，…运送旅客263.5万人次…。去年春运: the part of the year told before)
        return same and (not rest or rest == (later.when.part or "")
                         or rest in text[max(0, later.claim.start - PART_TOLD):later.claim.start])
    return told.startswith(name[-2:])


def share_of_earlier(share: Fact, sentence: Sequence[Fact], following: Sequence[Fact],
                     text: str) -> list[Suggestion] | None:
    """``用电量48.6亿千瓦时，相当于去年同期的92.4%，去年同期为46.3亿千瓦时``: a level as a
    share of an earlier time's, that level told after it (None: no such share)."""
    pairs = _base_told_after(share, sentence, following, text) \
        if lexicon.EARLIER_NAMED.search(lead(share, text)) else []
    if not pairs:
        return None
    low, high, slack = _rate_bounds(share, text)

    def ratio(pair: Pair) -> float:
        return pair.later.value / pair.earlier.value * 100

    def fits(pair: Pair) -> bool:
        margin = slack + rounding(pair.earlier, pair.later) * 100
        return low - margin <= ratio(pair) <= high + margin

    return _judged(share, pairs, fits, "growth_vs_levels", lambda p: f"{ratio(p):.1f}%", text)


def _of_the_named_base(change: Fact, levels: list[Fact], text: str) -> list[Suggestion]:
    """``首印1.2万册…累计2万册，比首印多了约九成``: a growth whose clause names the earlier
    level by its words (not by a time: 比上年 is ``_against_last_year``'s) is of the level
    just before it over the one before that those words name, in its sentence or the one
    before."""
    named = lexicon.GROWTH_OF_NAMED.search(lead(change, text))
    if named is None or lexicon.TIME_WORD.search(other := named.group("other")) \
            or other in lexicon.BACK_REFERENCES:
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start and f.value]
    if len(before) < 2:
        return []
    later = before[-1]
    bases = [f for f in before[:-1] if units.same(f.claim.unit, later.claim.unit)
             and other[:2] in lead(f, text)]
    return _growth_of(change, [Pair(bases[-1], later, True)], text) if len(bases) == 1 else []


def _part(fact: Fact) -> str | None:
    return None if fact.when.part == "全年" else fact.when.part


def _rate_bounds(change: Fact, text: str) -> tuple[float, float, float]:
    """The growth a rate states, signed by its direction, and the slack it is read with."""
    low, high = worked_out(change, text)
    if change.direction == "down":
        low, high = -high, -low
    return low, high, _rate_slack(low, high)


COARSE_RATE = 10.0  # points a rate's rounding spans (四成: 35-45) that leave it no further slack


def _rate_slack(low: float, high: float) -> float:
    """Rates are worked out from unrounded levels, or at comparable prices: a twentieth
    of the rate (a third of a point at least) is no error; but a rate told as roughly as
    四成 or 约40% (35-45) has room enough in its own rounding."""
    if high - low >= COARSE_RATE:
        return 0.3
    return max(0.3, 0.05 * min(abs(low), abs(high)) if math.isfinite(high) else 0.3)


def _increase_before(change: Fact, facts: Sequence[Fact], text: str) -> tuple[Fact, Fact, bool] | None:
    """``B，比上年增加C，增长X%`` (or 减少C，下降X%; or B，增长X%，全年净增C): the level, the
    increase the growth is said of, and whether it is a fall."""
    before = [f for f in facts if f.claim.end <= change.claim.start and _level(f)]
    after = [f for f in facts if f.claim.start >= change.claim.end and _level(f)]
    if len(before) >= 2:
        level, by = before[-2], before[-1]
        lead_in, joined = text[max(0, by.claim.start - 8):by.claim.start], text[by.claim.end:change.claim.start]
        rise = lexicon.INCREASE_BY.search(lead_in) and lexicon.GROWTH_NEXT.match(joined)
        fall = lexicon.DECREASE_BY.search(lead_in) and lexicon.FALL_NEXT.match(joined)
        if (rise or fall) and len(text[level.claim.end:by.claim.start]) <= 12:
            return _increase(level, by, bool(fall))
    if before and after and lexicon.INCREASE_AFTER.search(text[change.claim.end:after[0].claim.start]) \
            and lexicon.GROWTH_NEXT.search(text[before[-1].claim.end:change.claim.start]):
        return _increase(before[-1], after[0], False)
    return None


def _increase(level: Fact, by: Fact, fall: bool) -> tuple[Fact, Fact, bool] | None:
    if not units.same(level.claim.unit, by.claim.unit) or by.value >= level.value:
        return None
    return level, by, fall


def _times_over(change: Fact, levels: list[Fact], text: str) -> list[Pair]:
    """``含钙185毫克，8.1倍于普通牛奶的104毫克``, ``主会场1200人，分会场280人，主会场6.3倍于
    分会场``: N倍于 sets the level before it against the one its clause tells after 于, or the
    two of one unit its sentence told before it."""
    if not text.startswith("于", change.claim.end) or lexicon.MEASURE_OF_SIZE.search(lead(change, text)):
        return []
    before = [f for f in levels if f.claim.end <= change.claim.start]
    after = [f for f in levels if f.claim.start > change.claim.end
             and not CLAUSE_STOP.search(text, change.claim.end, f.claim.start)][:1]
    if after:
        told = [f for f in before if units.same(f.claim.unit, after[0].claim.unit)]
        return [Pair(after[0], told[-1], True)] if told else []
    two = [f for f in before if units.same(f.claim.unit, before[-1].claim.unit)] if before else []
    return [Pair(two[1], two[0], False)] if len(two) == 2 else []


def _multiple(change: Fact, pairs: list[Pair], text: str) -> list[Suggestion]:
    """B是A的N倍 (a ratio); 增长N倍 (the ratio less one); 翻一番 (written as 2 倍: a ratio)."""
    # (超过国家二级标准（75微克/立方米）0.53倍: over what its clause opens by, the excess)
    grown = (lexicon.GROWTH_BEFORE.search(text[max(0, change.claim.start - 6):change.claim.start])
             or lexicon.EXCEEDS_LEAD.match(lead(change, text))) and "番" not in change.claim.text
    low, high = stated(change, text)
    if change.claim.qualifier == "exact":  # 是首期的3倍 is 3 to a twentieth, not 2.5 to 3.5
        low, high = change.value, (change.value if math.isfinite(high) else high)  # 翻了一番还多

    # (翻了一番, 3倍: a round multiple is said loosely; 2.79倍 is worked out)
    slack = ROUND_MULTIPLE_SLACK if "番" in change.claim.text or change.value == int(change.value) else MULTIPLE_SLACK

    def ratio(pair: Pair) -> float:
        larger, smaller = sorted((pair.earlier.value, pair.later.value), reverse=True)
        return larger / smaller - (1 if grown else 0)

    def fits(pair: Pair) -> bool:
        margin = (ratio(pair) + 1) * rounding(pair.earlier, pair.later) + slack * change.value
        return low - margin <= ratio(pair) <= high + margin

    return _judged(change, pairs, fits, "multiple_vs_levels", lambda p: f"{ratio(p):.2g}", text)


def _points_as_percent(change: Fact, facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``降至4.18%，比上年的4.63%下降0.45%``: a change in % right after last year's rate,
    the rate reached told just before: the relative change of the two rates, or a gap in
    points written as % (named so); nothing where it is the relative change."""
    before = [f for f in facts if f.claim.end <= change.claim.start]
    if len(before) < 2 or not all(f.claim.unit in ("%", "％") for f in before[-2:]):
        return []
    later, earlier = before[-2:]
    if not lexicon.PREVIOUS_LEVEL.search(lead(earlier, text)) or not earlier.value \
            or CLAUSE_STOP.search(text, earlier.claim.end, change.claim.start) \
            or not _rate_kinds_alike(earlier, later, text):
        return []
    relative = (_signed(later, text) / earlier.value - 1) * 100
    low, high, slack = _rate_bounds(change, text)
    if low - slack <= relative <= high + slack:
        return []
    relative = abs(relative)
    return [make("inconsistent", (change, earlier, later), 0.85, "growth_vs_levels", a=change.claim.text,
                 later=later.claim.text, earlier=earlier.claim.text,
                 expected=f"{relative:.1f}%")]


def _gap(change: Fact, pairs: list[Pair], text: str, code: str) -> list[Suggestion]:
    """比上年的A多D, 相差D, 提高D个百分点: D is the gap between the two levels (whole
    numbers, 41个 and 39个 and 只差2个, to the unit; a rate's points to its rounding)."""
    def interval(fact: Fact) -> tuple[float, float]:
        return (fact.low, fact.high) if fact.dimension == "rate" else counted(fact)

    low, high = interval(change) if change.claim.qualifier == "exact" else stated(change, text)

    def gap(pair: Pair) -> float:  # (增长2.1%，…上年同期为下降2.2%: 4.3 points apart)
        return abs(_signed(pair.later, text) - _signed(pair.earlier, text))

    def fits(pair: Pair) -> bool:  # (2.9 − 2.6 is 0.2999… in floating point: a hair of slack)
        margin = sum((top - bottom) / 2 for bottom, top in map(interval, (pair.earlier, pair.later))) \
            + 1e-9 * max(abs(pair.earlier.value), abs(pair.later.value))
        gaps = [gap(pair)] + ([abs(100 - pair.earlier.value - pair.later.value)] if _one_the_rest(pair, text) else [])
        return any(low - margin <= g <= high + margin for g in gaps)

    # (每斤9.8元，每斤4.5元，每公斤差价10.6元: a gap told per another measure, unread)
    pairs = [p for p in pairs if not _per_apart(change, p.later, text)]
    return _judged(change, pairs, fits, code, lambda p: units.written_like(gap(p), change.claim.text), text)


def _one_the_rest(pair: Pair, text: str) -> bool:
    """``退货率8.2%；没有退货的订单达94.5%，退货率低了2.7个百分点``: of two shares in percent,
    one of those not doing the act (没有退货的) stands for 100 less its rate."""
    rates = (pair.earlier, pair.later)
    return all(f.claim.unit == "%" for f in rates) \
        and len({lexicon.NOT_DOING.search(lead(f, text)) is not None for f in rates}) == 2


def some_left_out(told: Sequence[Fact], text: str) -> bool:
    """买三送一, 寿星不出钱, 因伤缺席6场 in the sentence of figures an average or a price each is
    worked from: some of those counted pay or play nothing, so the count told is not its count."""
    start = min(f.claim.start for f in told)
    opening = start - len(opening_words(text, start))
    return lexicon.LEFT_OUT_OF_AVERAGE.search(text, opening, max(f.claim.end for f in told) + LEFT_OUT_AFTER) is not None


def smaller_after(fact: Fact, text: str) -> bool:
    """面积3亩5分, 1斤7两: a measure's figure with one of its next smaller measure right after
    it, more than it says."""
    smaller = lexicon.SMALLER_MEASURE.get(fact.claim.unit or "")
    return smaller is not None and re.match(f"[0-9０-９零一二两三四五六七八九十]+{smaller}",
                                            text[fact.claim.end:fact.claim.end + 8]) is not None


def _signed(fact: Fact, text: str) -> float:
    """A figure with the sign its words give it: a fall (下降2.2%) or a loss (去年亏损0.21亿元，
    今年盈利0.63亿元，同比增加0.84亿元) below zero."""
    # (降至4.18%: a level reached, no fall)
    fell = fact.claim.kind == "change" and fact.direction == "down" and not lexicon.REACHED_BEFORE.search(lead(fact, text))
    lost = fact.dimension == "money" and lexicon.LOSS_LEVEL.search(lead(fact, text)) is not None
    return -abs(fact.value) if fell or lost else fact.value  # (-1.2%: a written minus is the fall)


def _judged(change: Fact, pairs: list[Pair], fits: Callable[[Pair], bool], code: str,
            expected: Callable[[Pair], str], text: str) -> list[Suggestion]:
    """Flagged against the nearest pair, only when no pair the words allow fits (nor one
    of prices per two measures, 批发价每公斤9.0元，零售每斤6.3元: no levels of one price)."""
    pairs = [p for p in pairs if not _per_apart(p.earlier, p.later, text)]
    if not pairs or any(fits(pair) for pair in pairs):
        return []
    pair = pairs[0]
    return [make("inconsistent", (change, pair.earlier, pair.later), 0.85, code,
                 a=change.claim.text, later=pair.later.claim.text,
                 earlier=pair.earlier.claim.text, expected=expected(pair))]


def ratio_bounds(ratio: Fact) -> tuple[float, float]:
    """1:1.45 is 1 over 1.445 to 1.455 (116.9, no colon: its own rounding)."""
    terms = lexicon.RATIO_COLON.split(ratio.claim.text)
    if len(terms) != 2:
        return ratio.low, ratio.high
    hedged = ratio.claim.qualifier != "exact"
    if hedged and all(_written_bounds(t) == (1.0, 1.0) for t in terms):
        return 1 / EVEN_HEDGED, EVEN_HEDGED  # (男女比约1:1: about even, 5210 to 4986)
    (p_low, p_high), (q_low, q_high) = (_written_bounds(t, hedged) for t in terms)
    return p_low / q_high, (p_high / q_low if q_low else math.inf)


def _written_bounds(term: str, hedged: bool = False) -> tuple[float, float]:
    """A ratio's term as written, to half its last decimal place (1.45: 1.445 to 1.455; a
    whole term, the 1 of 16.5:1, is exact, but for a hedge, 约3:1, to half a unit but the 1)."""
    digits = re.search(r"[0-9]+(?:\.([0-9]+))?", term)
    if digits is None:  # (三比一, 一比十八: in words, whole terms)
        numerals = lexicon.RATIO_TERM_NUMERALS.search(term)
        value = parse_number(numerals.group()) if numerals else None
        if value is None:
            return 0.0, math.inf
        half = 0.5 if hedged and value != 1 and "点" not in term else 0.0
        return value - half, value + half
    half = 0.5 * 10 ** -len(digits.group(1)) if digits.group(1) else (0.5 if hedged and digits.group() != "1" else 0.0)
    return float(digits.group()) - half, float(digits.group()) + half
