"""A rate told for each day, night, week, month or year of a period (每天150份, 每晚460元,
每份每月3元) and the period's total (供餐期内累计送餐T, 订期内共T, 计T), where the document
tells the period's length (供餐4天, 订期6个月, 共3天): orders, bookings, subscriptions and
leases charge or deliver so much a day for so many days. The total is the rate times the
length (times the count each of whose it is), a total's daily average (合计2173元，折合日均A)
is the total over the length, and a rate told again for a shorter time by the document's
own reckoning (每月36元…按每月30天计，折合每天A) is the rate over it: to their rounding."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact, grams
from annotator.linking.suggestion import Suggestion, make

LENGTH_READ = 600  # characters before a total its period's length may be told within
TOTAL_READ = 80  # … and after a rate, its total
RATE_READ = 200  # characters before a reckoning (按每月30天计) the rate it divides is told within


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each total over a period, daily average of one, or rate reckoned per a shorter time
    that its terms do not make."""
    found: list[Suggestion] = []
    for index, fact in enumerate(facts):
        lead = levels.lead(fact, text)
        if fact.claim.qualifier not in ("exact", "about") or not units.additive(fact.claim.unit):
            continue
        if average := lexicon.PERIOD_AVERAGE_BEFORE.search(lead):
            time = average["time"] or average["per"]
            found += _average_over_length(fact, facts[:index], time, text) or _reckoned(fact, facts[:index], time, text)
        elif named := lexicon.NAMED_PERIOD_AVERAGE.search(lead):
            found += _named_average(fact, facts[:index], named, text)
        elif (told := lexicon.RATE_PER_TIME.search(lead)) and fact.claim.qualifier == "exact" \
                and "每" not in lead[:told.start()]:  # (每名医护人员每天: each of a count unsaid)
            found += _rate_over_length(fact, facts, index, told, text)
    return found


def _rate_over_length(rate: Fact, facts: Sequence[Fact], index: int, told: re.Match[str],
                      text: str) -> list[Suggestion]:
    total = _total(rate, facts[index + 1:], text)
    if total is None:
        return []
    if lexicon.PRICE_CUT.search(text, rate.claim.end, total.claim.start):
        return []  # (每人每晚150元，儿童半价: not one rate for all)
    length = _length(total, [f for f in facts if f.claim.end <= total.claim.start and f is not rate], told["time"], text)
    counts = _count(rate, facts[:index], told["each"], total, text)
    if length is None or counts is None:
        return []
    return _off(rate, total, [*counts, length])


def _average_over_length(average: Fact, before: Sequence[Fact], time: str, text: str) -> list[Suggestion]:
    """合计：2173元，折合日均A: the total right before the average in its sentence, over the
    period's length."""
    total = before[-1] if before else None
    if total is None or total.sentence != average.sentence or not units.same(total.claim.unit, average.claim.unit) \
            or total.claim.qualifier not in ("exact", "about") \
            or not lexicon.PERIOD_TOTAL_BEFORE.search(_label(total, text)) \
            or re.search("[0-9]", text[total.claim.end:average.claim.start]) \
            or lexicon.SUB_SPAN_BEFORE.search(levels.lead(average, text)):
        return []  # (前两周累计A，此后26天日均B: a span of its own)
    length = _length(total, before[:-1], time, text)
    return _off(average, total, [length], over=True) if length is not None else []


def _named_average(average: Fact, before: Sequence[Fact], named: re.Match[str], text: str) -> list[Suggestion]:
    """本周实销384份…日均实销A (结算周期…共7天): a daily average named by what it counts is
    the last total above it that those words tell, in its unit, over the period's length."""
    act = named["act"]
    totals = [f for f in before if f.claim.start >= average.claim.start - LENGTH_READ
              and units.same(f.claim.unit, average.claim.unit) and f.claim.qualifier in ("exact", "about")
              and levels.lead(f, text).rstrip("量数为达约").endswith(act) and not re.search("均|每|其中", levels.lead(f, text))]
    if not totals:
        return []
    total = totals[-1]
    length = _length(total, [f for f in before if f.claim.end <= total.claim.start], named["time"], text)
    return _off(average, total, [length], over=True) if length is not None else []


def _reckoned(rate: Fact, before: Sequence[Fact], time: str, text: str) -> list[Suggestion]:
    """每月36元…按每月30天计，折合每天A: the rate told for the longer time before the
    reckoning, over the reckoning's count."""
    reckonings = list(lexicon.RECKONED_AS.finditer(text, max(0, rate.claim.start - RATE_READ), rate.claim.start))
    reckoning = reckonings[-1] if reckonings else None
    if reckoning is None or reckoning["short"] not in lexicon.PERIOD_LENGTHS[time]:
        return []
    longer = [f for f in before if f.claim.end <= reckoning.start() and units.same(f.claim.unit, rate.claim.unit)
              and f.claim.qualifier == "exact" and f.claim.start >= reckoning.start() - RATE_READ
              and re.search(f"每个?{reckoning['long']}$|(?<![0-9一二三四五六七八九十上下本当]){reckoning['long']}(?=[\u4e00-\u9fff])",
                            levels.lead(f, text))]  # (每月36元; 月工资5200元)
    count = next((f for f in before if f.claim.start >= reckoning.start() and f.claim.end <= reckoning.end()), None)
    if not longer or count is None:
        return []
    return _off(rate, longer[-1], [count], over=True)


def _off(each: Fact, total: Fact, counts: list[Fact], over: bool = False) -> list[Suggestion]:
    """The alarm where ``each`` times the counts cannot make the total (``over``: where the
    total over the counts cannot make ``each``, an average or a rate reckoned from it)."""
    times = math.prod(f.value for f in counts)
    least, most = levels.counted(each if over else total)
    low, high = (total.low / times, total.high / times) if over else (each.low * times, each.high * times)
    if low <= most * 1.001 and least * 0.999 <= high:
        return []
    return [make("inconsistent", (each, total, *counts), 0.8, "average_vs_total" if over else "each_vs_total",
                 a=each.claim.text, total=total.claim.text, count="×".join(f.claim.text for f in counts),
                 actual=units.written_like(total.value / times, each.claim.text))]


def _total(rate: Fact, after: Sequence[Fact], text: str) -> Fact | None:
    """The next figure in the rate's unit, if its words tell it a total over the period
    (期内, 累计, 共, 计) and no other rate of the unit comes between."""
    for fact in after:
        if fact.claim.start > rate.claim.end + TOTAL_READ:
            return None
        if not units.same(fact.claim.unit, rate.claim.unit):
            continue
        lead = levels.lead(fact, text)
        if fact.claim.qualifier not in ("exact", "about") or lexicon.RATE_PER_TIME.search(lead) \
                or not lexicon.PERIOD_TOTAL_BEFORE.search(lead):
            return None
        return fact
    return None


def _length(total: Fact, before: Sequence[Fact], time: str, text: str) -> Fact | None:
    """The period's length in the rate's time unit, told exactly above the total and not as
    a rate itself (按每月30天计 is none): the last one whose words the total's share (供餐4天
    for 供餐期内), or else, where the total names no span of its own, the last one told as a
    period's whole length (共3天, 为期5天)."""
    lengths = [f for f in before if f.claim.start >= total.claim.start - LENGTH_READ and f.claim.unit in lexicon.PERIOD_LENGTHS[time]
               and f.claim.qualifier == "exact" and not re.search("每[^，。；,;]{0,4}$", levels.lead(f, text))]
    said = grams(_label(total, text))
    length = next((f for f in reversed(lengths) if said & grams(levels.lead(f, text))), None)
    # (1至10月累计成交T，月均A: its own months, not 连续5个月's; but a span told of the same
    # months, 账期4月1日至30日，计30天, is theirs)
    length = length or next((f for f in reversed(lengths) if lexicon.SPAN_TOLD_BEFORE.search(levels.lead(f, text))
                             and total.when.part in (None, f.when.part)), None)
    # (会期3天（住宿2晚）: a length noted with another, which one the total is of unsaid)
    noted = length is not None and (levels.in_brackets(text, length.claim.start)
                                    or lexicon.ANOTHER_COUNT_NOTED.match(text, length.claim.end) is not None)
    return None if noted else length


def _label(fact: Fact, text: str) -> str:
    """A figure's lead, or on a labelled line (④合计：2173元) the label."""
    return levels.lead(fact, text) or levels.item_label(fact, text, numbered=False)


def _count(rate: Fact, before: Sequence[Fact], each: str | None, total: Fact, text: str) -> list[Fact] | None:
    """The count the rate is each one's (每份每月3元: the one figure of 份 told before it in its
    line); none where the rate names no each or the total is itself each one's (订期内每份T);
    None where no count of it is told, or several (成人16人、儿童8人)."""
    if not each or f"每{each}" in levels.lead(total, text):
        return []
    line = text.rfind("\n", 0, rate.claim.start)
    counts = [f for f in before if f.claim.start > line and f.claim.unit == each]
    return counts if len(counts) == 1 and counts[0].claim.qualifier == "exact" else None
