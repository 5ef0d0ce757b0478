"""A figure told again in another unit (18.6公顷，约合279亩; 120万千瓦，即1200兆瓦; 3万斤
（1.5万公斤）) or a year's told a month at a time (年收入8.64万元，折合每月7200元): the two
must be one quantity, to their rounding."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

CONSTANTS = 0.01  # 1亩 is 666.67平方米, told 666.7 or 667: conversions this rough agree
MONTHS_A_YEAR = 12
CONVERTING_READ = 8  # how far before a price its 折合 (按斤计，折合) is read
SUMS_READ = 4  # how many figures before a sum told in another currency the sum itself is sought
RATE_READ = 80  # how far before a sum in a foreign currency the rate it is told again at is read
SAID_READ = 40  # how far before a figure the words telling its unit's size (金价, 美制) are read


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each figure right after another, in another unit of its measure, joined by a word of
    converting or a bracket, that is not the same quantity."""
    found: list[Suggestion] = []
    quoted = _rates_told(facts, text)
    for counted, first, told in zip([None, *facts], facts, facts[1:]):
        if lexicon.MEASURE_GOES_ON.match(text, first.claim.end) or first.claim_id in quoted:
            continue  # (十三丈五尺，约合45米: a length told in two units, read in one; 1美元兑7.1元 a rate)
        if units.same(first.claim.unit, told.claim.unit) and _year_told_a_month(first, told, text):
            found += _off(first, told, 1 / MONTHS_A_YEAR)
            continue
        if units.same(first.claim.unit, told.claim.unit) and (per := _per_measures(first, told, text)):
            found += _off(first, told, per)
            continue
        if speed := _speed_told_again(first, told, text):
            found += _off(first, told, speed)
            continue
        strict = lexicon.CONVERSION_BETWEEN.fullmatch(text, first.claim.end, told.claim.start) is not None \
            or lexicon.MEASURE_TOLD_AGAIN.fullmatch(text, first.claim.end, told.claim.start) is not None
        # (体重222磅，约100.7公斤: another unit of one measure right after a comma and 约, its
        # clause closed there; 全程12公里，约3000米为山路 is a part)
        if not strict and (units.same(first.claim.unit, told.claim.unit)  # (合计57.6万元，即每人24元: an average)
                           or not (lexicon.CONVERTED_WITH_WORDS.fullmatch(text, first.claim.end, told.claim.start)
                                   or (lexicon.CONVERTED_ROUGHLY.fullmatch(text, first.claim.end, told.claim.start)
                                       and told.claim.text.startswith("约")
                                       and lexicon.CLAUSE_END.match(text, told.claim.end)))):
            continue
        if (scale := _temperatures(first, told, text)) is not None:  # (38℃，约合华氏100度)
            found += _off(first, told, 1.0, scale)
            continue
        # (36万桶，每桶18.9升，折合6804立方米: an each's count converted whole, or the each itself)
        count = counted if counted is not None and _counts_each(counted, first, text) else None
        if units.same(first.claim.unit, told.claim.unit):  # 9.8亿元（98000万元）: in another scale
            found += _off_either(first, told, 1.0, count) if told.claim.kind == first.claim.kind == "amount" else []
            continue
        said = text[max(first.sentence, first.claim.start - SAID_READ):told.claim.end]
        was, now = units.measure_told(first.claim.unit, said), units.measure_told(told.claim.unit, said)
        if was and now and was[0] == now[0]:
            found += _off_either(first, told, was[1] / now[1], count)  # (one of the first's units in the other's)
        elif (hours := units.hours_in(first.claim.unit, first.claim.text)) \
                and (each := units.hours_in(told.claim.unit, told.claim.text)):
            found += _off_either(first, told, hours / each, count)  # (270分钟，换算成4.5小时: a time)
        elif now and (sizes := [size for unit in lexicon.SIZES_EITHER.get(first.claim.unit or "", ())
                                if (size := units.measure(unit)) and size[0] == now[0]]):
            # (18.6万加仑，约合74.0万升: a bare gallon, US or imperial, flagged when neither gives it)
            offs = [_off_either(first, told, size[1] / now[1], count) for size in sizes]
            found += [] if [] in offs else offs[0]
    return found + _prices_per_another(facts, text) + _exchanged(facts, text, quoted)


def _exchanged(facts: Sequence[Fact], text: str, quoted: set[int]) -> list[Suggestion]:
    """``卖出美元现汇6000美元，现汇买入价7.1526，折合人民币42915.60元``: a sum in a foreign
    currency told again in yuan (or the other way) at a rate told before it, near it in its
    paragraph, is the sum times the rate (any of the rates there, where several are);
    ``quoted``: the claims that tell a rate, no sums."""
    found: list[Suggestion] = []
    for index, told in enumerate(facts):
        if not lexicon.IN_ANOTHER_CURRENCY.search(levels.lead(told, text)):
            continue
        # (人民币5万元，按1美元兑7.18元计算，约合T美元: the sum before the rate)
        first = next((f for f in reversed(facts[max(0, index - SUMS_READ):index]) if f.sentence == told.sentence
                      and f.claim_id not in quoted
                      and {f.claim.unit, told.claim.unit} & {"元"} and f.claim.unit != told.claim.unit), None)
        foreign = None if first is None else told.claim.unit if first.claim.unit == "元" else first.claim.unit
        if first is None or foreign not in lexicon.FOREIGN_CURRENCIES:
            continue
        paragraph = text.rfind("\n\n", 0, first.claim.start) + 1
        rates = [rate for told_rate in lexicon.EXCHANGE_RATE_TOLD.finditer(
                     text, max(paragraph, first.claim.start - RATE_READ), told.claim.start)
                 for rate in _yuan_each(told_rate, foreign)]
        offs = [_off(first, told, rate if first.claim.unit == foreign else 1 / rate,
                     said=f"{first.claim.text}×{rate:g}" if first.claim.unit == foreign else "") for rate in rates]
        found += offs[-1] if offs and [] not in offs else []
    return found


def _rates_told(facts: Sequence[Fact], text: str) -> set[int]:
    """The claims that tell an exchange rate (按100日元兑4.9元: 100日元 and 4.9元), no sums."""
    if not any(f.claim.unit in lexicon.FOREIGN_CURRENCIES for f in facts):
        return set()
    spans = [m.span() for m in lexicon.EXCHANGE_RATE_TOLD.finditer(text)]  # (in order, apart)
    starts = [start for start, _ in spans]
    return {f.claim_id for f in facts
            if (at := bisect.bisect_right(starts, f.claim.start) - 1) >= 0 and f.claim.start < spans[at][1]}


def _yuan_each(told: re.Match[str], foreign: str) -> list[float]:
    """The yuan one of ``foreign`` is worth, as a rate told gives it (none: a rate of
    another currency)."""
    if told["bare"] and told["named"] and not units.same(told["named"], foreign):
        return []
    if told["bare"]:
        rate = float(told["bare"])
        return [rate, rate / 100] if foreign in lexicon.QUOTED_PER_HUNDRED else [rate]
    if units.same(told["currency"], foreign) and float(told["one"]):
        return [float(told["rate"]) / float(told["one"])]
    return []


def _prices_per_another(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``2.4公斤 × 12.5元/公斤 ＝ 30元（按斤计，折合6.85元/斤）``: a price per one measure
    told again per another of its dimension, a figure or two after it (a form's line below
    included), is as many times it as the second measure holds of the first."""
    found: list[Suggestion] = []
    for told in facts:
        money, _, per = (told.claim.unit or "").partition("/")
        converting = lexicon.CONVERTING_BEFORE.search(text, max(0, told.claim.start - CONVERTING_READ), told.claim.start)
        now = units.measure(per)
        if not per or converting is None or now is None:
            continue
        earlier = [f for f in facts if f.claim.end <= converting.start() and f.claim.start >= told.claim.start - SAID_READ * 2
                   and (f.claim.unit or "").partition("/")[0] == money and (f.claim.unit or "").partition("/")[2] not in ("", per)]
        # (今日4.60元/斤，昨日4.20元/斤，…折合9.20元/公斤: any of the prices before it may be
        # the one told again; flagged against the nearest when none gives it)
        offs = [_off(f, told, now[1] / was[1]) for f in reversed(earlier)
                if (was := units.measure(f.claim.unit.partition("/")[2] if f.claim.unit else "")) and was[0] == now[0]]
        found += offs[0] if offs and [] not in offs else []
    return found


def _off_either(first: Fact, told: Fact, ratio: float, count: Fact | None) -> list[Suggestion]:
    """The alarm where neither the first figure by itself nor, an each right after its
    ``count``, the count's whole gives the second (named by the whole where there is one)."""
    offs = [_off(first, told, ratio)]
    if count is not None:
        offs.append(_off(first, told, ratio * count.value, said=f"{count.claim.text}×{first.claim.text}"))
    return [] if [] in offs else offs[-1]


def _counts_each(count: Fact, each: Fact, text: str) -> bool:
    """36万桶，每桶18.9升: a count right before a so-much-each, of the thing each is of."""
    per = lexicon.PER_ITEM_BEFORE.search(levels.lead(each, text))
    return per is not None and bool(count.claim.unit) and per["each"] == (count.claim.unit or "")[-1] \
        and lexicon.EACH_AFTER_ITS_COUNT.fullmatch(text, count.claim.end, each.claim.start) is not None


def _per_measures(first: Fact, told: Fact, text: str) -> float | None:
    """收购价每公斤13.6元，折合每斤6.8元: a price per one measure told again per another of its
    dimension, as many times the first as the second measure holds of the first (None:
    no such pair)."""
    each = lexicon.PRICE_PER_BEFORE.search(levels.lead(first, text))
    # (金价2386美元/盎司，折合每克B: the measure it is per written after its unit)
    after = lexicon.PER_WRITTEN_AFTER.match(text, first.claim.end)
    again = lexicon.PER_MEASURE_TOLD.fullmatch(text, after.end() if after else first.claim.end, told.claim.start)
    if again and (lexicon.RISE_WORDS.search(again["per"]) or lexicon.FALL_WORDS.search(again["per"])):
        return None  # (每公斤4.60元，昨日每公斤4.20元，折合每斤上涨0.20元: a change, no price)
    if again is None or (each is None and after is None):
        return None
    said = text[max(first.sentence, first.claim.start - SAID_READ):told.claim.end]
    was, now = (units.measure_told(next((per[:n] for n in (3, 2, 1) if units.measure_told(per[:n], said)), ""), said)
                for per in (each["per"] if each else after["per"] if after else "", again["per"]))
    return now[1] / was[1] if was and now and was[0] == now[0] else None


def _speed_told_again(first: Fact, told: Fact, text: str) -> float | None:
    """最大风速每秒14.6米，约合每小时53公里: a length per one time told again per another, in
    a length unit of its own: as many times the first as the lengths and times scale
    (None: no such pair)."""
    again = lexicon.PER_MEASURE_TOLD.fullmatch(text, first.claim.end, told.claim.start)
    each = lexicon.SPEED_PER_BEFORE.search(levels.lead(first, text))
    # (阵风31.3米/秒，相当于每小时113公里: the time it is per written in its unit)
    length, _, written_per = (first.claim.unit or "").partition("/")
    if first.claim.unit == lexicon.KNOT and "速" in levels.lead(first, text):
        length, written_per = "海里", "小时"  # (航速28节: nautical miles an hour)
    # (航速16节，即29.6公里/小时: told again with the time it is per in its unit)
    told_length, _, told_per = (told.claim.unit or "").partition("/")
    if again is None and told_per and lexicon.CONVERTED_TOLD.fullmatch(text, first.claim.end, told.claim.start):
        again_per = told_per
    else:
        told_length, again_per = told.claim.unit or "", again["per"] if again else ""
    lengths = [units.measure(length), units.measure(told_length)]
    if not again_per or (each is None and written_per not in lexicon.TIME_FACTORS) \
            or not all(m and m[0] == "length" for m in lengths):
        return None
    per = written_per if each is None else each["per"] or ("小时" if each["rate"] == "时" else "秒")
    now = next((lexicon.TIME_FACTORS[again_per[:n]] for n in (2, 1) if again_per[:n] in lexicon.TIME_FACTORS), None)
    if now is None:
        return None
    was_length, now_length = (m[1] for m in lengths if m)
    return was_length / now_length * now / lexicon.TIME_FACTORS[per]


def _year_told_a_month(first: Fact, told: Fact, text: str) -> bool:
    """人均年收入8.64万元，折合每月约7200元: a year's figure told again a month at a time."""
    return lexicon.PER_MONTH_TOLD.fullmatch(text, first.claim.end, told.claim.start) is not None \
        and lexicon.A_YEAR_OF.search(levels.lead(first, text)) is not None


def _temperatures(first: Fact, told: Fact, text: str) -> tuple[float, float] | None:
    """38℃，约合华氏100.4度; 98华氏度，约36.7摄氏度: a temperature told again on the other
    scale, as its slope and offset (None: no such pair)."""
    scales = [_scale_of(f, text) for f in (first, told)]
    if None in scales or scales[0] == scales[1]:
        return None
    slope = 1.8 if scales[0] == "C" else 1 / 1.8
    # (温差最大达36华氏度，也就是20摄氏度: a difference has no offset)
    if lexicon.TEMPERATURE_GAP.search(levels.lead(first, text)):
        return slope, 0.0
    return slope, 32.0 if scales[0] == "C" else -32.0 / 1.8


def _scale_of(fact: Fact, text: str) -> str | None:
    """C or F: the scale a temperature is told on (华氏68度, 摄氏15度: the scale before its figure)."""
    if fact.claim.unit in lexicon.CELSIUS or (fact.claim.unit == "度" and levels.lead(fact, text).endswith("摄氏")):
        return "C"
    if fact.claim.unit == "华氏度" or (fact.claim.unit == "度" and levels.lead(fact, text).endswith("华氏")):
        return "F"
    return None


def _off(first: Fact, told: Fact, ratio: float, scale: tuple[float, float] | None = None,
         said: str = "") -> list[Suggestion]:
    """The alarm, where the second figure is not the first times ``ratio`` (or on another
    ``scale``, its slope and offset), to their rounding (``said``: how the first is told,
    if not by itself)."""
    slope, offset = scale or (ratio, 0.0)
    (low, high), (least, most) = levels.counted(first), levels.counted(told)
    low, high = low * slope + offset, high * slope + offset
    margin = CONSTANTS * max(abs(low), abs(high), abs(least), abs(most))
    if low - margin <= most and least <= high + margin:
        return []
    expected = units.written_like(first.value * slope + offset, told.claim.text) + (told.claim.unit or "")
    return [make("inconsistent", (told, first), 0.8, "conversion_vs_figure",
                 a=told.claim.text, b=said or first.claim.text, expected=expected)]
