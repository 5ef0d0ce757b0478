"""Spans between dates a text gives, told again as so many days, weeks, months or years:
4月15日至19日，为期5天 (both ends count); 2023年8月至2024年7月，连续12个月; 1957年建成通车，到
2025年已服役68年; 自2014年起每年一届，到2025年已举办12届; 今天是5月30日，距6月9日还有10天;
clock times told in pairs (8:30—12:30、14:00—17:30，每天办公7.5小时); and a year's average of a
total over the years told (2021年至2025年累计A，年均B). Each must come out as told."""

from __future__ import annotations

import calendar
import datetime
import functools
import math
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import BOUNDS, Fact
from annotator.linking.suggestion import Suggestion, make
from annotator.numbers import parse_number

SPAN_READ = 40  # how far before a count of days the dates of its span are read
WEEKDAYS_READ = 80  # … and a count of the weekdays named in a span, its weekdays and span
CLOCK_READ = 120  # … and a length of time, the clock times of its spans
_WEEKDAYS = "一二三四五六日天"  # Monday first (日 and 天 both Sunday)
SOME_YEAR = 2025  # a year without 29 February, where the text names none

_NUMBERED = "[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}"  # (五月一日开园: a formal notice's numerals)
_DATE = r"(?:(?P<{p}y>(?:19|20)[0-9]{{2}})年)?(?:(?P<{p}m>" + _NUMBERED + r")月)?(?:(?P<{p}d>" + _NUMBERED + r")[日号])?"
# 4月15日至19日, 从9月20日开幕，到10月8日闭幕, 11月5日开幕，11月14日闭幕, 2023年8月至2024年7月
SPAN = re.compile(_DATE.format(p="a") + r"(?:[（(][^）)]{0,8}[）)])?(?:(?:[\u4e00-\u9fff]{0,4}[，,]?)?(?:至|到|—|－|-|～|~)"
                  + f"|(?:{lexicon.SPAN_OPENED})[，,、])(?:次年)?"
                  + _DATE.format(p="b") + r"(?![0-9])")
YEAR = re.compile("(?:19|20)[0-9]{2}(?=年)")


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Every such span whose count does not come out."""
    found: list[Suggestion] = []
    for fact in facts:
        if fact.claim.kind == "amount" and fact.claim.qualifier in ("exact", "about") \
                and lexicon.YEARLY_AVERAGE_BEFORE.search(levels.lead(fact, text)):
            found += _a_years_share(fact, facts, text)
        lead = levels.lead(fact, text)
        # (持续近100天 for 6月12日至10月1日, 始于2002年，已坚持近20年: a span told as a bound,
        # past its bound; 共约100天 for 121, past its rounding)
        if (fact.claim.qualifier in BOUNDS or fact.claim.qualifier == "about") and fact.claim.kind == "amount":
            if fact.claim.unit in lexicon.SPAN_UNITS and lexicon.SPAN_TOLD_BEFORE.search(lead):
                found += _span(fact, text)
            elif fact.claim.unit == "年" and lexicon.YEARS_SINCE_BEFORE.search(lead):
                found += _years_since(fact, text)
        if fact.claim.qualifier != "exact" or fact.claim.kind != "amount":
            continue
        if fact.claim.unit in lexicon.SPAN_UNITS and lexicon.SPAN_TOLD_BEFORE.search(lead):
            found += _span(fact, text)
        elif fact.claim.unit == "年" and lexicon.YEARS_SINCE_BEFORE.search(lead):
            found += _years_since(fact, text)
        elif fact.claim.unit == "届" and lexicon.EDITIONS_BEFORE.search(lead):
            found += _editions(fact, text)
        elif fact.claim.unit in ("天", "日") and lexicon.DAYS_LEFT_BEFORE.search(lead):
            found += _days_left(fact, text)
        elif fact.claim.unit in lexicon.NIGHTS:
            found += _nights(fact, text)
        elif fact.claim.unit in lexicon.WEEKDAY_COUNTS and (each := lexicon.WEEKDAYS_EACH.search(
                text, max(fact.sentence, fact.claim.start - WEEKDAYS_READ), fact.claim.start)):
            found += _weekdays(fact, each, text)
        elif units.hours_in(fact.claim.unit, fact.claim.text) is not None \
                and (lexicon.CLOCK_TOTAL_BEFORE.search(lead) or lexicon.WEEK_CLOCK_TOTAL_BEFORE.search(lead)):
            found += _clock_spans(fact, text)
    return found


def _span(count: Fact, text: str) -> list[Suggestion]:
    """为期N天 after 4月15日至19日: the days from the first to the last, both counted
    (历时, 持续: either way); 连续N个月 after 2023年8月至2024年7月 likewise in months."""
    start = max(text.rfind("。", 0, count.claim.start), count.claim.start - SPAN_READ, 0)
    # (…在文化馆开展，展期自6月10日至6月21日: an opening word without its dates is no span)
    spans = [m for m in SPAN.finditer(text, start, count.claim.start)
             if (m["ay"] or m["am"]) and (m["by"] or m["bm"] or m["bd"])]
    if len(spans) != 1:
        return []
    m = spans[0]
    if lexicon.SOME_DAYS_OF_SPAN.search(text, m.start(), count.claim.start):
        return []  # (7月6日至8月31日的每个周六和周日，共17天: some days of it)
    year = int(m["ay"] or m["by"] or _text_year(text))
    months = count.claim.unit == "个月"
    if months:
        if not (m["am"] and m["bm"]) or ((m["ad"] or m["bd"]) and not _whole_months(m, year)):
            return []
        first = year * 12 + _numbered(m["am"])
        last = int(m["by"] or year) * 12 + _numbered(m["bm"])
        last += 12 * (last < first)
        between = last - first
    else:  # (days, or weeks of them)
        days = _days(m, year) if m["ad"] and m["bd"] and m["am"] else None
        if days is None:
            return []
        between = (days[1] - days[0]).days
    # (both ends count in 为期 and 共, and in days an event opens and closes on, 12月24日开幕，
    # 次年1月2日闭幕，持续10天; 历时 may count the gap alone)
    opened = re.search(lexicon.SPAN_OPENED, m.group()) is not None
    lead = levels.lead(count, text)
    allowed = {between, between + 1} if lexicon.GAP_OR_SPAN_BEFORE.search(lead) \
        and (not opened or lexicon.WORKS_PERIOD_BEFORE.search(lead)) else {between + 1}
    if count.claim.unit in lexicon.WEEK_UNITS:  # (70 days are 10 weeks; 66 days nine or ten)
        allowed = {days // 7 for days in allowed} | {math.ceil(days / 7) for days in allowed}
    if any(count.low <= days <= count.high for days in allowed):
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=m.group(), expected=f"{max(allowed)}{count.claim.unit}")]


def days_spanned(text: str, start: int, end: int) -> int | None:
    """The days, both ends counted, of the one span of dates told between ``start`` and
    ``end`` (9月1日至9月15日: 15), its year the text's where it tells none; None for none."""
    spans = [m for m in SPAN.finditer(text, start, end) if m["am"] and m["ad"] and m["bd"]]
    if len(spans) != 1:
        return None
    m = spans[0]
    days = _days(m, int(m["ay"] or m["by"] or _text_year(text)))
    return (days[1] - days[0]).days + 1 if days else None


def _days(m: re.Match[str], year: int) -> tuple[datetime.date, datetime.date] | None:
    """A span's first and last day (its second past New Year where it comes before the
    first: 12月24日至次年1月2日); None where no such day is."""
    try:
        first = datetime.date(year, _numbered(m["am"]), _numbered(m["ad"]))
        last = datetime.date(int(m["by"] or year), _numbered(m["bm"] or m["am"]), _numbered(m["bd"]))
    except ValueError:
        return None  # (no such day: not a span of dates)
    return first, last if last >= first else last.replace(year=last.year + 1)


def _numbered(told: str) -> int:
    """A month's or a day's number, in digits or numerals."""
    return int(told) if told.isdigit() else int(parse_number(told) or 0)


def _weekdays(count: Fact, each: re.Match[str], text: str) -> list[Suggestion]:
    """``9月1日至10月31日，每周二、周四排练，共排练18次``: so many days of those weekdays in the
    span of dates told in the count's sentence (or in the month told, 2025年8月…当月), its
    year told or the article's."""
    opening = max(count.sentence, count.claim.start - WEEKDAYS_READ)  # (as far as its weekdays are read)
    if lexicon.DAYS_LEFT_OUT.search(text, opening, count.claim.start) or count.claim.start - each.end() <= 1:
        return []  # (每周二、四、六晚间: no count of nights)
    weekdays = _weekdays_named(each["days"])
    if each["to"]:  # (周二至周日)
        weekdays = set(range(min(weekdays), _weekday(each["to"]) + 1))
    spans = [m for m in SPAN.finditer(text, opening, count.claim.start) if m["am"] and m["ad"] and m["bd"]]
    month = lexicon.MONTH_TOLD.search(text, max(0, count.sentence - SPAN_READ), count.claim.start)
    # (the year the span tells, or its sentence, or the article's)
    year = next(iter(YEAR.findall(text, opening, count.claim.start)), None) \
        or (count.when.year if not count.when.assumed else None)
    if len(spans) == 1 and (spans[0]["ay"] or spans[0]["by"] or year):
        days, told = _days(spans[0], int(spans[0]["ay"] or spans[0]["by"] or year or 0)), spans[0].group()
    elif not spans and month is not None:
        in_year, number = int(month["y"]), int(month["m"])
        days = datetime.date(in_year, number, 1), datetime.date(in_year, number, calendar.monthrange(in_year, number)[1])
        told = month.group()
    else:
        return []
    if days is None:
        return []
    first, last = days
    expected = sum((first + datetime.timedelta(days=n)).weekday() in weekdays for n in range((last - first).days + 1))
    if count.value == expected:
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=f"{told} {each.group()}", expected=f"{expected}{count.claim.unit}")]


def _days_open_a_week(text: str, start: int, end: int) -> int | None:
    """The days a week a place opens, its hours told after (周二至周日: six; 每周一闭馆: six);
    None where the words tell neither."""
    if opened := lexicon.WEEKDAY_RANGE.search(text, start, end):
        return (_weekday(opened["b"]) - _weekday(opened["a"])) % 7 + 1
    if closed := lexicon.WEEKDAYS_CLOSED.search(text, start, end):
        return 7 - len(_weekdays_named(closed["days"]))
    return None


def _weekday(told: str) -> int:
    """Monday 0 … Sunday 6 (日 and 天 both Sunday)."""
    return min(_WEEKDAYS.index(told), 6)


def _weekdays_named(told: str) -> set[int]:
    """The weekdays a run of them names (二、四、六; 一和周三)."""
    return {_weekday(day) for day in re.findall(f"[{_WEEKDAYS}]", told)}


@functools.lru_cache(maxsize=8)
def _text_year(text: str) -> int:
    """The first year a text tells, where a date tells none (SOME_YEAR where it tells no
    year): found once for the text, however many of its dates ask."""
    told = YEAR.search(text)
    return int(told.group()) if told else SOME_YEAR


def _whole_months(m: re.Match[str], year: int) -> bool:
    """4月1日至10月31日: a span from a month's first day to another's last is whole months."""
    last_month = _numbered(m["bm"])
    return bool(m["ad"] and m["bd"]) and _numbered(m["ad"]) == 1 and 1 <= last_month <= 12 \
        and _numbered(m["bd"]) == calendar.monthrange(int(m["by"] or year), last_month)[1]


def _years_since(count: Fact, text: str) -> list[Suggestion]:
    """1957年建成通车，到2025年已服役68年: the years from the founding year told first in its
    sentence to the last year told before the count, or the count's own (one fewer where
    the day is not yet come)."""
    start = max(text.rfind("。", 0, count.claim.start) + 1, 0)
    years = [int(y) for y in YEAR.findall(text, start, count.claim.start)]
    # (始建于1990年的…大桥今年…，已安全通行33年: to the year the text is of, where it is told)
    if len(years) == 1 and count.when.year and not count.when.assumed:
        years.append(count.when.year)
    if len(years) < 2 or not lexicon.FOUNDED.search(text, start, count.claim.start):
        return []
    expected = years[-1] - years[0]
    if expected <= 0 or any(count.low <= years <= count.high for years in (expected, expected - 1)):
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=f"{years[-1]}-{years[0]}", expected=f"{expected}{count.claim.unit}")]


def _a_years_share(average: Fact, facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """2021年至2025年，累计投入37.6亿元，年均投入7.52亿元: a total over the years its sentence
    spans (both counted; 五年来, “十四五”期间: five) told as a year's average."""
    opening = text[average.sentence:average.claim.start]
    if span := lexicon.YEAR_SPAN.search(opening):
        years = int(span["b"]) - int(span["a"]) + 1
    elif told := lexicon.YEARS_TOLD.search(opening):
        years = int(parse_number(told["years"]) or 0)
    else:
        years = lexicon.PLAN_YEARS if lexicon.FIVE_YEAR_PLAN.search(opening) else 0
    totals = [f for f in facts if f.sentence == average.sentence and f.claim.end <= average.claim.start
              and f.claim.qualifier in ("exact", "about") and units.same(f.claim.unit, average.claim.unit)
              and lexicon.PERIOD_TOTAL.search(levels.lead(f, text))]
    if years < 2 or len(totals) != 1:
        return []
    (low, high), (least, most) = levels.counted(totals[0]), levels.counted(average)
    if least * years <= high * 1.001 and low <= most * years * 1.001:
        return []
    return [make("inconsistent", (average, totals[0]), 0.8, "average_vs_total", a=average.claim.text,
                 total=totals[0].claim.text, count=f"{years}年",
                 actual=units.written_like(totals[0].value / years, average.claim.text))]


def _editions(count: Fact, text: str) -> list[Suggestion]:
    """自2014年起每年举办一届，到今年（2025年）已连续举办12届: a yearly event's editions from
    the first year told in its sentence to the last, both counted."""
    told = list(YEAR.finditer(text, count.sentence, count.claim.start))
    years = [int(y[0]) for y in told]
    # (自2019年创办，每年一届，到今年已连续举办8届: this year, the article's, the last)
    if len(years) == 1 and count.when.year is not None and not count.when.assumed \
            and lexicon.TO_THIS_YEAR.search(text, told[0].end(), count.claim.start):
        years.append(count.when.year)
    # (其中2020年停办一年: an edition left out, how many editions that leaves unsaid)
    if len(years) < 2 or not lexicon.EACH_YEAR_ONCE.search(text, count.sentence, count.claim.start) \
            or any(lexicon.EDITION_SKIPPED.match(text, y.end()) for y in told):
        return []
    expected = years[-1] - years[0] + 1
    if expected <= 0 or count.value == expected:
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=f"{years[-1]}-{years[0]}+1", expected=f"{expected}{count.claim.unit}")]


def _days_left(count: Fact, text: str) -> list[Suggestion]:
    """今天是5月30日，距离6月9日开幕…还有10天: the days from today's date to the one counted
    down to, told before the count in its sentence (or the one before)."""
    before = max(text.rfind(stop, 0, max(count.sentence - 1, 0)) for stop in "。！？!?\n") + 1
    today = lexicon.TODAY_IS.search(text, before, count.claim.start)
    to = lexicon.COUNTDOWN_TO.search(text, today.end(), count.claim.start) if today else None
    if today is None or to is None:
        return []
    told = _DAY.match(text, today.end()), _DAY.match(text, to.end())
    first, last = (_day(m, text) for m in told)
    if told[0] is None or told[1] is None or first is None or last is None:
        return []
    if last < first:
        last = last.replace(year=last.year + 1)
    expected = (last - first).days
    if count.value == expected:
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=f"{told[1].group()}−{told[0].group()}",
                 expected=f"{expected}{count.claim.unit}")]


_DAY = re.compile(r"(?:(?P<y>(?:19|20)[0-9]{2})年)?(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})[日号]")


def _day(found: re.Match[str] | None, text: str) -> datetime.date | None:
    if found is None:
        return None
    year = int(found["y"] or _text_year(text))
    try:
        return datetime.date(year, int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def _nights(count: Fact, text: str) -> list[Suggestion]:
    """``7月20日入住…，7月26日退房，共住了6晚``: the nights of a stay, from the day told with its
    arrival to the day told with its departure, in the count's sentence."""
    days = list(_DAY.finditer(text, max(count.sentence, count.claim.start - WEEKDAYS_READ), count.claim.start))
    arrived = [d for d in days if lexicon.CHECKED_IN_AFTER.match(text, d.end())]
    left = [d for d in days if lexicon.CHECKED_OUT_AFTER.match(text, d.end())]
    if len(arrived) != 1 or len(left) != 1:
        return []
    first, last = _day(arrived[0], text), _day(left[0], text)
    if first is None or last is None or last <= first or count.value == (last - first).days:
        return []
    return [make("inconsistent", (count,), 0.8, "worked_wrong", a=count.claim.text,
                 expression=f"{arrived[0].group()}—{left[0].group()}", expected=f"{(last - first).days}{count.claim.unit}")]


def _clock_spans(total: Fact, text: str) -> list[Suggestion]:
    """上午8:30—12:30、下午14:00—17:30对外办公，每天办公7.5小时: clock times told in pairs
    before a length of time in its sentence, each pair a span (past midnight where the
    second is earlier or 次日), make it."""
    opening = max(total.sentence, total.claim.start - CLOCK_READ)
    times = list(lexicon.CLOCK.finditer(text, opening, total.claim.start))
    # (北京时间…起飞，当地时间…抵达: two clocks; 含休息30分钟: a break taken out, or not)
    if not times or len(times) % 2 or lexicon.TIME_ZONES.search(text, opening, total.claim.start) \
            or lexicon.BREAK_TOLD.search(text, opening, total.claim.start):
        return []
    spans = []
    for begin, end in zip(times[::2], times[1::2], strict=True):
        first, last = ((int(t["h"]) + (12 if t["pm"] and int(t["h"]) < 12 else 0)) * 60 + int(t["m"]) for t in (begin, end))
        if last <= first or end["next"] == "次日":
            last += 24 * 60
        spans.append(last - first)
    weekly = lexicon.WEEK_CLOCK_TOTAL_BEFORE.search(levels.lead(total, text)) is not None
    days = _days_open_a_week(text, opening, times[0].start()) if weekly else 1
    if days is None:
        return []
    low, high = levels.worked_out(total, text)
    scale = (units.hours_in(total.claim.unit, total.claim.text) or 0.0) * 60  # (minutes in one of its unit)
    # (白班8:00至20:00，夜班20:00至次日8:00，每班12小时: each span's length, not their sum)
    each = lexicon.EACH_SHIFT.search(levels.lead(total, text)) is not None
    minutes = (spans[0] if each and len(set(spans)) == 1 else sum(spans)) * days
    if (each and len(set(spans)) > 1) or low * scale - 1e-6 <= minutes <= high * scale + 1e-6:
        return []
    hours, rest = divmod(minutes, 60)
    return [make("inconsistent", (total,), 0.8, "worked_wrong", a=total.claim.text,
                 expression="、".join(f"{b.group()}—{e.group()}" for b, e in zip(times[::2], times[1::2], strict=True))
                 + (f"×{days}" if days > 1 else ""),
                 expected=f"{hours}小时{rest}分钟" if rest else f"{hours}小时")]
