"""Arithmetic inside one article: a share against its part and total, growth against the
two levels it joins, parts of one whole past their total, shares past 100%. Only
additive quantities of one whole are summed: never thresholds, age bands, maxima,
averages or one station's figure against a count of stations."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from itertools import pairwise

from annotator import lexicon
from annotator.linking import units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

_LAST_OF_LIST = re.compile("和|及|与|以及")  # …、9.8%和7.4%
_SENTENCE_END = re.compile("[。；;！？!?\n]")
# Shares of one whole say so (分别占, 比重, 份额); rates listed together (达标率分别为
# 96.8%、98.1%) are of different wholes.
_PARTS_OF_WHOLE = re.compile("占|比重|份额|构成")
REACH = 120  # characters around a figure where the figures of its sum or share stand
RATE_FIRST = 4  # 增长20%，从A…: this few characters between a rate and its first level
SUM_REACH = 15  # 分别为A、B和C，地区生产总值合计T: the sum this close after the list
LIST_LEAD = 16  # 分别占全县规上工业营收的28.4%: 分别 this close before a list's first figure
OPENING = 12  # 其中 this close before a sentence's first figure may open it (其中，小学…)


def inconsistencies(facts: list[Fact], text: str) -> list[Suggestion]:
    """Each sentence's own arithmetic (a sum or a share spans two sentences only where
    the second opens with 其中)."""
    ordered = sorted(facts, key=lambda f: f.claim.start)
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for fact in ordered:
        by_sentence[fact.sentence].append(fact)
    found: list[Suggestion] = []
    previous: list[Fact] = []
    for members in by_sentence.values():
        near = _Nearby(members)
        start, end = members[0].claim.start, members[-1].claim.end
        opening = text.rfind("其中", max(0, start - OPENING), start)
        # 共有N所。其中，小学A所…: the parts (and their shares) open the sentence after
        # their total's, which they read too
        opens = opening >= 0 and not _SENTENCE_END.search(text, opening, start) \
            and _SENTENCE_END.search(text, max(0, opening - 2), opening) is not None
        with_total = _Nearby(previous + members) if opens else near
        for fact in members:
            if fact.claim.kind == "share" and fact.claim.unit == "%":
                found += _share_against_parts(fact, with_total, text)
            elif fact.claim.kind == "change":
                found += _growth_against_levels(fact, near, text)
        if opens:
            found += _parts_against_total(opening, with_total, text, across=True)
        for cue in lexicon.PARTS_CUE.finditer(text, start, end):
            found += _parts_against_total(cue.start(), near, text)
        previous = members
    found += _shares_past_whole(ordered, text)
    found += _listed_sums(ordered, text)
    return found


class _Nearby:
    """One sentence's facts by position: a sum or a share is read from nearby figures
    only, so a table pasted as one endless sentence costs what prose costs."""

    def __init__(self, facts: list[Fact]):
        self.facts = facts
        self.starts = [f.claim.start for f in facts]

    def between(self, low: int, high: int) -> list[Fact]:
        return self.facts[bisect_left(self.starts, low):bisect_left(self.starts, high)]


def _level(fact: Fact) -> bool:
    return fact.claim.kind == "amount" and fact.claim.qualifier in ("exact", "about")


def _part_like(fact: Fact, text: str) -> bool:
    """A figure that can be a part of a total: additive, and not a maximum, an average
    or a threshold (最高, 人均, 超过50毫米的站点)."""
    start = fact.claim.start
    return units.additive(fact.claim.unit) and fact.claim.qualifier in ("exact", "about") \
        and not lexicon.NOT_A_PART_BEFORE.search(text[max(0, start - 4):start])


def _share_against_parts(share: Fact, near: _Nearby, text: str) -> list[Suggestion]:
    """``A…占全市的S%…全市共T``: A/T must be S%."""
    amounts = [f for f in near.between(share.claim.start - REACH, share.claim.end + REACH)
               if _level(f) and _part_like(f, text)]
    wholes = [f for f in near.between(share.claim.start - REACH, share.claim.end + REACH)
              if f.claim.kind == "amount" and f.claim.qualifier in ("exact", "about")
              and units.additive(f.claim.unit)]
    # 比上年增加369.5万吨 is a change, not the part a share is of
    amounts = [f for f in amounts if not lexicon.INCREASE_BY.search(
        text[max(0, f.claim.start - 8):f.claim.start])]
    parts = [f for f in amounts if f.claim.end <= share.claim.start
             and _shared_by(text[f.claim.end:share.claim.start])]
    # …占42%，达2655个: the part follows its share
    parts += [f for f in amounts if f.claim.start >= share.claim.end
              and lexicon.PART_AFTER_SHARE.fullmatch(text[share.claim.end:f.claim.start])][:1]
    if not parts:
        return []
    part = parts[-1]
    for total in wholes:
        if total is part or total.claim.unit != part.claim.unit or not total.value \
                or total.value <= part.value * 1.01 or not (
                    lexicon.TOTAL_BEFORE.search(text[max(0, total.claim.start - 8):total.claim.start])
                    or ("其中" in text[total.claim.end:part.claim.start]  # 156个，其中…94个，
                        and "总" in text[part.claim.end:share.claim.start])):  # 占项目总数的
            continue
        actual = part.value / total.value * 100
        if not share.low - 1.0 <= actual <= share.high + 1.0:
            return [make("inconsistent", (share, part, total), 0.9, "share_vs_parts",
                         a=share.claim.text, part=part.claim.text, total=total.claim.text,
                         actual=f"{actual:.1f}%")]
    return []


def _whole_like(fact: Fact, text: str) -> bool:
    """A figure that can be the total of parts: as a part, or bounded above (近900家)."""
    start = fact.claim.start
    return units.additive(fact.claim.unit) \
        and fact.claim.qualifier in ("exact", "about", "nearly", "under") \
        and not lexicon.NOT_A_PART_BEFORE.search(text[max(0, start - 4):start])


def _nested(text: str, cue: int, start: int) -> bool:
    """A part of a part: inside brackets (…（其中三级医院24个）), or after a second 其中
    in its own clause (其中4A级26家，其中5A级3家)."""
    list_text = text[cue + 2:start]
    opened = max(list_text.rfind("（"), list_text.rfind("("))
    if opened > max(list_text.rfind("）"), list_text.rfind(")")):
        return True
    return "其中" in re.split("[，,；;、]", list_text)[-1]


def _shared_by(between: str) -> bool:
    """``167个，占…`` or ``167个占…``: the 占 clause is the part's own, not one with a
    subject of its own (174只平盘，上涨个股占比…)."""
    at = between.find("占")
    return at >= 0 and not lexicon.HEDGE_WORDS.sub("", re.split("[，,；;]", between[:at])[-1]).strip()


def _growth_against_levels(growth: Fact, near: _Nearby, text: str) -> list[Suggestion]:
    """``从A增长到B，增长N%`` or ``B，比上年的A增长N%``: B/A must fit N."""
    readings = _percent_readings(growth)
    if lexicon.MORE_AFTER.match(text, growth.claim.end):  # 翻了一番还多: a floor, no ceiling
        readings = [(low, math.inf) for low, _ in readings]
    if growth.direction == "down":  # 下降12.5%: the later level is that much lower
        readings = [(-high, -low) for low, high in readings if growth.claim.unit in ("%", "％")]
    if not readings:
        return []
    levels = [f for f in near.between(growth.claim.start - REACH, growth.claim.start) if _level(f)]
    after = [f for f in near.between(growth.claim.end, growth.claim.end + REACH) if _level(f)][:2]
    if len(after) == 2 and len(text[growth.claim.end:after[0].claim.start]) <= RATE_FIRST:
        levels.append(after[0])  # 增长20%，从A增加到B: the rate first, then its levels
        levels.append(after[1])
    for a, b in pairwise(levels):
        if a.claim.unit != b.claim.unit or not a.value or not b.value:
            continue
        between = text[a.claim.end:b.claim.start]
        lead = text[max(0, a.claim.start - 8):a.claim.start].rstrip("的年0123456789")
        lead_b = text[max(0, b.claim.start - 8):b.claim.start]
        if lexicon.GROWTH_FROM.search(lead) and lexicon.GROWTH_TO.search(between):
            earlier, later, base = a, b, a.value
        elif (lexicon.PREVIOUS_LEVEL.search(lead_b) or lexicon.MULTIPLE_OF.search(lead_b)) \
                and len(between) <= 12:
            earlier, later, base = b, a, b.value  # B，比上年的A增长X%; B，是上年A的N倍
        elif lexicon.INCREASE_BY.search(lead_b) and len(between) <= 12 and a.value > b.value \
                and lexicon.GROWTH_NEXT.match(text[b.claim.end:growth.claim.start]):
            earlier, later, base = b, a, a.value - b.value  # B，比上年增加C，增长X%: it was B - C
        else:
            continue
        first = growth.claim.end <= a.claim.start
        if (not first and growth.claim.start - max(a.claim.end, b.claim.end) > 12) \
                or _SENTENCE_END.search(text, *sorted((b.claim.end, growth.claim.start))):
            continue
        actual = (later.value / base - 1) * 100
        # the levels' own rounding moves the rate too
        slack = 1.0 + sum((f.high - f.low) / 2 / f.value for f in (later, earlier)) * 100
        if any(low - slack <= actual <= high + slack for low, high in readings):
            continue
        return [make("inconsistent", (growth, earlier, later), 0.85, "growth_vs_levels",
                     a=growth.claim.text, later=later.claim.text, earlier=earlier.claim.text,
                     expected=f"{actual:.1f}%")]
    return []


def _percent_readings(growth: Fact) -> list[tuple[float, float]]:
    """The growth a change states, in percent: 34.3% as written; 增长2倍 both ways
    (+200% strictly, +100% as often meant); 增长一倍 only as doubled (+100%: read loosely
    it would be no growth at all)."""
    # 一倍多 is more than one time, whatever the rounding of 一
    low = growth.value if growth.claim.qualifier == "over" else growth.low
    high = growth.value if growth.claim.qualifier == "nearly" else growth.high
    if growth.claim.unit in ("%", "％"):
        return [(low, high)]
    if growth.claim.unit == "倍":
        loose = (1,) if growth.value >= 2 else ()
        return [(low * 97 - k * 100, high * 103 - k * 100) for k in (0, *loose)]
    return []


def _parts_against_total(cue: int, near: _Nearby, text: str, across: bool = False
                         ) -> list[Suggestion]:
    """``共N个，其中A个、B个`` (or 包括; or 其中 opening the next sentence, ``across``): parts
    of one whole, listed after the cue, cannot add up past their total. A single part
    larger than the total says the parts belong to another whole."""
    stop = _SENTENCE_END.search(text, cue)
    end = stop.start() if stop else len(text)
    reach = max(0, cue - REACH)  # the total stands near: look no further back than that
    start = reach if across else \
        max(reach, *(text.rfind(mark, reach, cue) + 1 for mark in "。；;！？!?\n"))
    before = [f for f in near.between(max(start, cue - REACH), cue)
              if f.claim.end <= cue and _whole_like(f, text)]
    parts = [f for f in near.between(cue + 1, min(end, cue + REACH)) if _part_like(f, text)
             and not _nested(text, cue, f.claim.start)]
    for unit in sorted({p.claim.unit for p in parts if p.claim.unit}):
        # 比上年的4684.5万人次 is last year's level, not the whole of this year's parts
        totals = [t for t in before if t.claim.unit == unit and not lexicon.PREVIOUS_LEVEL.search(
            text[max(0, t.claim.start - 8):t.claim.start])]
        same = [p for p in parts if p.claim.unit == unit]
        if not totals or len(same) < 2:
            continue
        total = totals[-1]
        if any(p.low > total.high for p in same):
            continue
        if sum(p.low for p in same) > total.high * 1.001:
            return [make("inconsistent", (total, *same), 0.8, "parts_exceed_total",
                         parts="+".join(p.claim.text for p in same), total=total.claim.text)]
    return []


def _shares_past_whole(facts: list[Fact], text: str) -> list[Suggestion]:
    """``分别占40%、35%、30%``: shares listed together cannot pass 100%."""
    shares = [f for f in facts if f.claim.kind == "share" and f.claim.unit == "%"]
    runs: list[list[Fact]] = []
    for share in shares:
        if runs and _listed_together(runs[-1][-1], share, text):
            runs[-1].append(share)
        else:
            runs.append([share])
    return [make("inconsistent", tuple(run), 0.8, "shares_exceed_whole",
                 parts="+".join(f.claim.text for f in run))
            for run in runs if len(run) >= 2 and sum(f.low for f in run) > 100.5
            and _PARTS_OF_WHOLE.search(text[max(0, run[0].claim.start - 12):run[0].claim.start])]


def _listed_together(a: Fact, b: Fact, text: str) -> bool:
    """分别占40%、35%; or A占40%，B占35%: each share said of its own part, in a row."""
    between = text[a.claim.end:b.claim.start]
    if len(between) > 15 or re.search("[。；;]", between):
        return False
    parallel = text[a.claim.start - 1:a.claim.start] == "占" == text[b.claim.start - 1:b.claim.start]
    return parallel or "、" in between or _LAST_OF_LIST.fullmatch(between) is not None \
        or "分别" in text[max(0, a.claim.start - 12):a.claim.start]


def _listed_sums(facts: list[Fact], text: str) -> list[Suggestion]:
    """``分别为A、B和C，合计T``: figures listed one by one and then summed must sum to
    the sum stated, to their rounding (a share's sum too: 分别占…，合计占比超过七成)."""
    found: list[Suggestion] = []
    run: list[Fact] = []
    for fact in facts:
        if run and fact.claim.unit == run[-1].claim.unit and fact.claim.start > run[-1].claim.end:
            between = text[run[-1].claim.end:fact.claim.start]
            if not (len(between) <= SUM_REACH and lexicon.SUM_BEFORE.search(between)
                    and not _SENTENCE_END.search(between)):
                if _listed_together(run[-1], fact, text):
                    run.append(fact)
                else:
                    run = [fact]
                continue
            if len(run) >= 2 and "分别" in text[max(0, run[0].claim.start - LIST_LEAD):run[0].claim.start]:
                low, high = sum(f.low for f in run), sum(f.high for f in run)
                # 超过七成 says more than 70%, whatever the rounding of 七成
                floor = fact.value if fact.claim.qualifier == "over" else fact.low
                ceiling = fact.value if fact.claim.qualifier in ("nearly", "under") else fact.high
                if high < floor - 1e-9 or low > ceiling + 1e-9:
                    found.append(make("inconsistent", (fact, *run), 0.8, "listed_sum",
                                      parts="+".join(f.claim.text for f in run),
                                      total=fact.claim.text, actual=_format(low, high)))
            run = []
            continue
        run = [fact]
    return found


def _format(low: float, high: float) -> str:
    middle = (low + high) / 2
    return f"{middle:.6g}"


