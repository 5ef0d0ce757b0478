"""Spans between dates a text gives, told again as so many days, months or years: 4月15日
至19日，为期5天 (both ends count); 2023年8月至2024年7月，连续12个月; 1957年建成通车，到
2025年已服役68年. Each must come out as told."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

SPAN_READ = 40  # how far before a count of days the dates of its span are read
SOME_YEAR = 2025  # a year without 29 February, where the text names none

_DATE = r"(?:(?P<{p}y>(?:19|20)[0-9]{{2}})年)?(?:(?P<{p}m>[0-9]{{1,2}})月)?(?:(?P<{p}d>[0-9]{{1,2}})[日号])?"
# 4月15日至19日, 从9月20日开幕，到10月8日闭幕, 2023年8月至2024年7月
SPAN = re.compile(_DATE.format(p="a") + r"(?:[（(][^）)]{0,8}[）)])?(?:[\u4e00-\u9fff]{0,4}[，,]?)?(?:至|到|—|－|-|～|~)(?:次年)?"
                  + _DATE.format(p="b") + r"(?![0-9])")
YEAR = re.compile("(?:19|20)[0-9]{2}(?=年)")


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Every such span whose count does not come out."""
    found: list[Suggestion] = []
    for fact in facts:
        if fact.claim.qualifier != "exact" or fact.claim.kind != "amount":
            continue
        lead = levels.lead(fact, text)
        if fact.claim.unit in lexicon.SPAN_UNITS and lexicon.SPAN_TOLD_BEFORE.search(lead):
            found += _span(fact, text)
        elif fact.claim.unit == "年" and lexicon.YEARS_SINCE_BEFORE.search(lead):
            found += _years_since(fact, text)
    return found


def _span(count: Fact, text: str) -> list[Suggestion]:
    """为期N天 after 4月15日至19日: the days from the first to the last, both counted
    (历时, 持续: either way); 连续N个月 after 2023年8月至2024年7月 likewise in months."""
    start = max(text.rfind("。", 0, count.claim.start), count.claim.start - SPAN_READ, 0)
    spans = list(SPAN.finditer(text, start, count.claim.start))
    if len(spans) != 1:
        return []
    m = spans[0]
    if lexicon.SOME_DAYS_OF_SPAN.search(text, m.start(), count.claim.start):
        return []  # (7月6日至8月31日的每个周六和周日，共17天: some days of it)
    year = int(m["ay"] or m["by"] or next(iter(YEAR.findall(text)), SOME_YEAR))
    months = count.claim.unit == "个月"
    if months:
        if not (m["am"] and m["bm"]) or m["ad"] or m["bd"]:
            return []
        first = year * 12 + int(m["am"])
        last = int(m["by"] or year) * 12 + int(m["bm"])
        last += 12 * (last < first)
        between = last - first
    else:
        if not (m["ad"] and m["bd"] and m["am"]):
            return []
        try:
            first_day = datetime.date(year, int(m["am"]), int(m["ad"]))
            last_day = datetime.date(int(m["by"] or year), int(m["bm"] or m["am"]), int(m["bd"]))
        except ValueError:
            return []  # (no such day: not a span of dates)
        if last_day < first_day:
            last_day = last_day.replace(year=last_day.year + 1)
        between = (last_day - first_day).days
    # (both ends count in 为期 and 共; 历时 may count the gap alone)
    allowed = {between + 1} if not lexicon.GAP_OR_SPAN_BEFORE.search(levels.lead(count, text)) \
        else {between, between + 1}
    if count.value in allowed:
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=m.group(), expected=f"{max(allowed)}{count.claim.unit}")]


def _years_since(count: Fact, text: str) -> list[Suggestion]:
    """1957年建成通车，到2025年已服役68年: the years from the founding year told first in its
    sentence to the last year told before the count (one fewer where the day is not yet
    come)."""
    start = max(text.rfind("。", 0, count.claim.start) + 1, 0)
    years = [int(y) for y in YEAR.findall(text, start, count.claim.start)]
    if len(years) < 2 or not lexicon.FOUNDED.search(text, start, count.claim.start):
        return []
    expected = years[-1] - years[0]
    if expected <= 0 or count.value in (expected, expected - 1):
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=f"{years[-1]}-{years[0]}", expected=f"{expected}{count.claim.unit}")]
