"""Reckonings a text works out as shops, planners, utilities and leagues do: posts set every
so far along a length (两端都种), a price after a discount (打八五折), how many a total serves
at so much each (按每户…计算，可满足), a table's points (胜一场得3分) and goal difference
(净胜球), a budget's balance (收支相抵，结转), a change told again as the level it leaves
(减少33%，只剩上年的67%), a round trip (单程10分钟，往返20分钟), a quotient the trade names
(容积率, 求人倍率, 竞争比, 市盈率), stations along a line (站间距), as many buses or tents as
hold everyone (每辆限坐45人), a trip's time at its speed (1450公里，每小时跑60公里，要跑24小时),
a tariff's tiers (起步价8元（含3公里），超出部分每公里2.4元), what so many hold (接驳车18辆，每辆
45座，每轮可运送810人), the days a stock lasts at a day's use (日均消耗178吨，储备3627吨，可满足
20天): each must come out as told."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from itertools import pairwise

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import CLAUSE_STOP, Fact, by_line
from annotator.linking.suggestion import Suggestion, make
from annotator.numbers import parse_number

FIGURES_NEAR = 8  # how many figures either side of one its reckoning reads for its terms
EACHES_READ = 12  # 四枚面值各A，两枚面值各B，…，全套T: this many figures before a total read for its eaches
NOUN_AFTER = 6  # 60个冷藏集装箱: the noun a count of 个 counts, this close after it
EACH_READ = 20  # how far before a figure 按每户… (按全市应急状态下每天…) is read
AMOUNT_READ = 200  # how far before so much per a base amount the amount it is of is read
POINT_SLACK = 0.05  # points a level worked from a rounded change may stray by
LENGTH_READ = 300  # characters back a line's length is read on lines above its spacing
INSTALMENT_READ = 24  # characters back from an instalment its 分N期，每期 is read
HEADWAY_READ = 60  # … and from a count of runs its headway (每10分钟一班)
MARGIN_READ = 40  # … and from a win's margin its final score
POOLED_READ = 300  # … and from a pooled average its groups
LABEL_READ = 20  # … and from a figure on a form's line its label
BLOCK_READ = 300  # … and from a figure on a form's line the lines above it that tell its terms
AGE_BAND_READ = 16  # … and from a count of people the age band its clause names (15—64岁劳动年龄人口)


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Every such reckoning among an article's facts (in order of place) that does not come out."""
    return _posts_along(facts, text) + _discounted(facts, text) + _enough_for(facts, text) \
        + _league_points(facts, text) + _goal_difference(facts, text) + _margins(facts, text) + _balances(facts, text) \
        + _named_differences(facts, text) + _net_of_deductions(facts, text) + _rated_on_a_named_base(facts, text) \
        + _range_gaps(facts, text) \
        + _level_of_its_base(facts, text) + _round_trips(facts, text) + _named_quotients(facts, text) \
        + _station_spacing(facts, text) + _holding_all(facts, text) + _travel_times(facts, text) \
        + _tiered_charges(facts, text) + _capacities(facts, text) + _days_a_stock_lasts(facts, text) \
        + _so_many_each(facts, text) + _total_per_measure(facts, text) + _energy_of_power(facts, text) \
        + _per_base_amount(facts, text) + _runs_of_a_headway(facts, text) + _instalments(facts, text) \
        + _pooled_averages(facts, text) + _time_to_finish(facts, text) + _crop_values(facts, text) \
        + _dependency_ratios(facts, text) + _dividends(facts, text) + _months_of_a_monthly_sum(facts, text) \
        + _map_distances(facts, text) + _cut_rates(facts, text) + _months_of_a_year(facts, text) \
        + _priced_per_quantity(facts, text) + _lines_totalled(facts, text)


def _priced_per_quantity(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``报价18.6万元，建筑面积96平方米，每平方米造价A`` (单价A元/平方米; 加班26小时，加班费T，时薪A;
    全程42.195公里⏎净计时T，平均配速A/公里): so much per one of a measure, after the one sum
    in its unit and the one quantity in that measure its sentence tells before it, is the
    sum over the quantity."""
    found: list[Suggestion] = []
    for index, each in enumerate(facts):
        money, per = _priced_per(each, text)
        if per is None or each.claim.qualifier not in ("exact", "about"):
            continue
        before = [f for f in facts[max(0, index - FIGURES_NEAR):index] if f.sentence == each.sentence]
        totals = [f for f in before if units.same(f.claim.unit, money) and "/" not in (f.claim.unit or "")]
        quantities = [f for f in before if _per_count(f, per)]
        # (面积A，容积率3.0，价款T，楼面地价: a figure else on its line is a term too)
        line = [f for f in before if "\n" not in text[f.claim.end:each.claim.start]]
        if len(totals) != 1 or len(quantities) != 1 or any(f is not totals[0] and f is not quantities[0] for f in line) \
                or any(f.claim.qualifier not in ("exact", "about") or f.claim.kind != "amount" or not f.value
                       for f in (*totals, *quantities)) \
                or _priced_per(totals[0], text)[1]:
            continue
        found += _per_one_of(each, totals[0], quantities[0], _per_count(quantities[0], per), text)
    return found


def _per_one_of(each: Fact, total: Fact, quantity: Fact, count: float, text: str) -> list[Suggestion]:
    """So much per one of ``count`` of a quantity's measure is the total over them (none for
    a price told again, 每公斤13.6元，折合每斤 (conversions.py's), a count some of which pay
    nothing, 第二件半价, or a quantity with its smaller measure after it, 1斤7两)."""
    if lexicon.PRICE_PER_BEFORE.search(levels.lead(total, text)) \
            or levels.some_left_out((quantity, total, each), text) or levels.smaller_after(quantity, text):
        return []
    (low, high), (least, most) = levels.counted(total), levels.counted(each)
    if least * count <= high * 1.001 and low <= most * count * 1.001:
        return []
    return [make("inconsistent", (each, total, quantity), 0.8, "each_vs_total", a=each.claim.text,
                 total=total.claim.text, count=quantity.claim.text,
                 actual=units.written_like(total.value / count, each.claim.text))]


def _priced_per(each: Fact, text: str) -> tuple[str | None, str | None]:
    """The money and the measure a figure is told per: 1.94万元/平方米, 每平方米造价1938元,
    时薪54元; none for a figure not so told."""
    money, _, per = (each.claim.unit or "").partition("/")
    if per:
        return money, per
    if units.dimension(each.claim.unit) != "money":
        return None, None
    lead = levels.lead(each, text)
    told = lexicon.PER_MEASURE_NAMED.fullmatch(lead)
    named = next((measure for name, measure in lexicon.RATES_PER_MEASURE.items() if lead.endswith(name)), None)
    return each.claim.unit, (told["per"] if told else named)


def _per_count(quantity: Fact, per: str) -> float:
    """How many of ``per`` a quantity holds (286千字 is 286 of 千字, 2小时 120 of 分钟); 0 for
    a quantity of another measure."""
    if not quantity.claim.unit:
        return 0.0
    if per == quantity.claim.unit:
        return quantity.value
    scaled = units.scale(quantity.claim.unit, per)
    if scaled:
        return quantity.value * scaled
    tens = lexicon.SCALE_VALUES.get(per[:1])  # (千字: a thousand of what the quantity counts)
    return quantity.value / tens if tens and per[1:] == quantity.claim.unit else 0.0


def _lines_totalled(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``苹果 23.80元⏎鲜牛奶 36.50元⏎全麦面包 12.90元⏎合计：73.20元``: a slip's total line sums
    the lines right above it, back to a line without figures (its heading), a blank line, an
    earlier total or the text's start, where each holds figures of its unit alone (a line of
    another measure, 8瓶, of a price, 单价, of a cut or credit, 优惠, or a note in brackets
    leaves the sum unsaid)."""
    found: list[Suggestion] = []
    lines = by_line(facts, text)
    for start, told in lines.items():
        total = told[-1]
        end = text.find("\n", start)
        if len(told) != 1 or total.claim.qualifier != "exact" or not units.additive(total.claim.unit) \
                or not lexicon.LINE_TOTAL.fullmatch(text, start, total.claim.start) \
                or text[total.claim.end:end if end >= 0 else len(text)].strip():
            continue
        items = _lines_above(start, total, lines, text)
        if len(items) < 2:
            continue
        (low, high), least, most = levels.counted(total), sum(f.low for f in items), sum(f.high for f in items)
        if low <= most + 1e-9 and least - 1e-9 <= high:
            continue
        found.append(make("inconsistent", (total, *items), 0.8, "worked_wrong", a=total.claim.text,
                          expression="+".join(f.claim.text for f in items),
                          expected=units.written_like(sum(f.value for f in items), total.claim.text)
                          + (total.claim.unit or "")))
    return found


def _lines_above(start: int, total: Fact, lines: dict[int, list[Fact]], text: str) -> list[Fact]:
    """The figures of the item lines right above a total's line (none where one of them is
    no item of its sum)."""
    items: list[Fact] = []
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line, start = text[above:start - 1], above
        told = lines.get(above, [])
        if not told or not line.strip() or lexicon.LINE_TOTAL.fullmatch(text, above, told[0].claim.start):
            break  # (a heading, a blank line, an earlier total: the items start below it)
        # (住宿费960元（超标准部分160元由个人承担）: a note's figure, in or out of the sum unsaid)
        if lexicon.NOT_SUMMED_LINE.search(line) or any(
                not units.same(f.claim.unit, total.claim.unit) or f.claim.qualifier != "exact"
                or levels.in_brackets(text, f.claim.start) for f in told):
            return []
        items = told + items
    return items


def _months_of_a_year(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``年折旧额48000元；全年按12个月分摊，月折旧额A``: a month's amount of the name a
    year's was told by, in the block above, is its twelfth."""
    found: list[Suggestion] = []
    for month in facts:
        named = lexicon.MONTHS_NAMED.search(levels.lead(month, text))
        if named is None or month.claim.qualifier not in ("exact", "about") or not units.additive(month.claim.unit):
            continue
        years = [f for f in _before_in_block(month, facts, text) if units.same(f.claim.unit, month.claim.unit)
                 and f.claim.qualifier in ("exact", "about")
                 and re.search(f"(?<![0-9])年均?{re.escape(named['name'])}(?:额)?(?:为|是)?$", levels.lead(f, text))]
        if not years:
            continue
        year = years[-1]
        # (年付年服务费A，折合月服务费B；按月付费的月服务费C: the first month's after it is
        # the year's twelfth, a later one another plan's)
        if any(year.claim.end <= f.claim.start and f.claim.end <= month.claim.start and units.same(f.claim.unit, month.claim.unit)
               and lexicon.MONTHS_NAMED.search(levels.lead(f, text)) for f in facts):
            continue
        (low, high), (least, most) = levels.counted(month), levels.counted(year)
        # (to the rounding the month's figure is told to)
        low, high = min(low, month.value - month.place / 2), max(high, month.value + month.place / 2)
        if least / 12 <= high * 1.001 and low * 0.999 <= most / 12:
            continue
        found.append(make("inconsistent", (month, year), 0.8, "average_vs_total", a=month.claim.text,
                          total=year.claim.text, count="12个月", actual=units.written_like(year.value / 12, month.claim.text)))
    return found


def _cut_rates(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``指导价189800元，现金优惠12000元，成交价177800元，优惠幅度A``: the cuts told after the
    price listed, over it, or that price less the price paid, over it: either, in the block above."""
    found: list[Suggestion] = []
    for rate in facts:
        if rate.claim.unit not in ("%", "％") or not lexicon.CUT_RATE_BEFORE.search(levels.lead(rate, text)):
            continue
        before = [f for f in _before_in_block(rate, facts, text) if units.dimension(f.claim.unit) == "money"
                  and f.claim.qualifier == "exact"]
        listed, cut, paid = ([f for f in before if _labelled(f, names, text)]
                             for names in (lexicon.LISTED_PRICE, lexicon.CUT_NAMED, lexicon.PAID_PRICE))
        if not listed or not (cut or paid):
            continue
        price = listed[-1]
        # (店铺优惠A，平台券再减B，成交价C: the cuts together, or the price less the price paid)
        cuts = [f for f in cut if f.claim.start > price.claim.end]
        offs = [sum(f.value for f in cuts)] * bool(cuts) + [price.value - paid[-1].value] * bool(paid)
        low, high = levels.worked_out(rate, text)
        if not offs or any(low - 0.05 <= off / price.value * 100 <= high + 0.05 or off <= 0 for off in offs):
            continue
        off = offs[0]
        actual = off / price.value * 100
        found.append(make("inconsistent", (rate, price, *(cuts or paid[-1:])), 0.8, "share_vs_parts",
                          a=rate.claim.text, part="+".join(f.claim.text for f in cuts) or f"{price.claim.text}−{paid[-1].claim.text}",
                          total=price.claim.text, actual=f"{actual:.1f}%"))
    return found


def _per_base_amount(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``腊肉300克…每100克含热量498千卡，一盘合计约1800千卡``: so much per a base amount of a
    measure, over the amount told just before it in its paragraph, makes the total told right
    after it in its unit."""
    found: list[Suggestion] = []
    for index, per in enumerate(facts):
        based = lexicon.PER_BASE_AMOUNT.search(levels.lead(per, text))
        if based is None or per.claim.qualifier != "exact" or not per.claim.unit:
            continue
        base = units.converted(float(based["base"]), based["unit"])
        # (its line, read back no further than AMOUNT_READ: an endless line stays linear)
        reach = max(0, per.claim.start - AMOUNT_READ)
        line = max(text.rfind("\n", reach, per.claim.start), reach)
        amounts = [f for f in facts[max(0, index - FIGURES_NEAR):index] if f.claim.start > line
                   and f.claim.qualifier == "exact" and units.converted(f.value, f.claim.unit) is not None
                   and units.dimension(f.claim.unit) == units.dimension(based["unit"])]
        total = next((f for f in facts[index + 1:index + 2] if f.claim.unit == per.claim.unit
                      and lexicon.SUM_BEFORE.search(levels.lead(f, text))
                      and not lexicon.SENTENCE_END.search(text, per.claim.end, f.claim.start)), None)
        if not amounts or total is None or not base:
            continue
        amount = amounts[-1]
        expected = per.value * (units.converted(amount.value, amount.claim.unit) or 0.0) / base
        low, high = levels.stated(total, text) if total.claim.qualifier != "exact" else levels.counted(total)
        if low * 0.99 <= expected <= high * 1.01:
            continue
        found.append(make("inconsistent", (total, per, amount), 0.8, "worked_wrong", a=total.claim.text,
                          expression=f"{per.claim.text}×{amount.claim.text}÷{based.group('base')}{based.group('unit')}",
                          expected=units.written_like(expected, total.claim.text) + (total.claim.unit or "")))
    return found


def _held_by(each: Fact) -> tuple[str, ...] | frozenset[str]:
    """The units what each holds is counted in: persons for seats (45座, 限乘8人), else its own
    (每箱装载22吨: 吨)."""
    return lexicon.HELD_UNITS if each.claim.unit in lexicon.SEAT_UNITS else (each.claim.unit or "",)


def _counts_in(count: Fact, measure: str, text: str) -> bool:
    """Whether a figure counts what the measure word each is of (18辆 for 每辆, 24班 for
    每班次, 60个冷藏集装箱 for 每箱)."""
    unit = (count.claim.unit or "").removeprefix("个")
    return (bool(unit) and (unit == measure or measure.startswith(unit))) \
        or (count.claim.unit == "个" and measure in text[count.claim.end:count.claim.end + NOUN_AFTER])


def _energy_of_power(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``装机容量200兆瓦，按年利用小时数1150小时计算，年发电量约2.3亿千瓦时``: the power
    installed times the hours it is used makes the energy told after them in their sentence."""
    found: list[Suggestion] = []
    for index, hours in enumerate(facts):
        if hours.claim.unit not in ("小时", "个小时") or not lexicon.HOURS_USED_BEFORE.search(levels.lead(hours, text)):
            continue
        power = next((f for f in reversed(facts[max(0, index - FIGURES_NEAR):index]) if f.sentence == hours.sentence
                      and f.claim.unit in lexicon.POWER_FACTORS), None)
        energy = next((f for f in facts[index + 1:index + 1 + FIGURES_NEAR] if f.sentence == hours.sentence
                       and f.claim.unit in lexicon.ENERGY_FACTORS), None)
        if power is None or energy is None or not lexicon.ENERGY_MADE_BEFORE.search(levels.lead(energy, text)) \
                or {power.claim.qualifier, hours.claim.qualifier, energy.claim.qualifier} - {"exact", "about"}:
            continue
        # (watts times hours, in the 千瓦时 the energy is counted in)
        scale = lexicon.POWER_FACTORS[power.claim.unit or ""] / 1000 / lexicon.ENERGY_FACTORS[energy.claim.unit or ""]
        (low, high), (least, most) = levels.counted(power), levels.counted(energy)
        made = (low * hours.low * scale, high * hours.high * scale)
        if made[0] <= most * 1.001 and least <= made[1] * 1.001:
            continue
        found.append(make("inconsistent", (energy, power, hours), 0.8, "worked_wrong", a=energy.claim.text,
                          expression=f"{power.claim.text}×{hours.claim.text}",
                          expected=units.written_like(power.value * hours.value * scale, energy.claim.text)
                          + (energy.claim.unit or "")))
    return found


def _total_per_measure(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``合计30公斤；…运费360元，折合每公斤15元``: a total told again per one of a measure is
    the total over the last quantity in that measure told before it in its paragraph."""
    found: list[Suggestion] = []
    for index, (total, each) in enumerate(pairwise(facts)):
        # (每袋5公斤，售价32.50元，折合3.25元/斤: the measure it is per in its unit, and of
        # a quantity told in another measure of that dimension)
        money, _, written = (each.claim.unit or "").partition("/")
        again = lexicon.PER_MEASURE_TOLD.fullmatch(text, total.claim.end, each.claim.start)
        bare = None if again else lexicon.PER_MEASURE_BARE.fullmatch(text, total.claim.end, each.claim.start)
        again = again or bare
        per = again["per"] if again else written if lexicon.CONVERTED_TOLD.fullmatch(
            text, total.claim.end, each.claim.start) else None
        if not per or not units.same(total.claim.unit, money) or not total.value \
                or {total.claim.qualifier, each.claim.qualifier} - {"exact", "about"}:
            continue
        paragraph = text.rfind("\n\n", 0, total.claim.start)
        quantity = next((f for f in reversed(facts[max(0, index - FIGURES_NEAR):index]) if paragraph < f.claim.start
                         and f.claim.unit and f.value and f.claim.qualifier == "exact"
                         and (per.startswith(f.claim.unit) or units.scale(f.claim.unit, per))
                         and (not bare or f.sentence == each.sentence)), None)
        if quantity is not None:
            found += _per_one_of(each, total, quantity, quantity.value * (units.scale(quantity.claim.unit, per) or 1.0), text)
    return found


def _so_many_each(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``四枚面值各1.20元，两枚面值各1.50元，全套面值9.60元``: counts each at so much (各),
    then a total in the unit of the so much, which the counts times their each add up to
    (every figure of that unit before it in its sentence one of the eaches; a sentence of
    more figures than ``EACHES_READ`` before it is none such)."""
    found: list[Suggestion] = []
    for index, total in enumerate(facts):
        if not lexicon.TOTAL_OF_EACH.search(levels.lead(total, text)) \
                or (index > EACHES_READ and facts[index - EACHES_READ - 1].sentence == total.sentence):
            continue
        window = [f for f in facts[max(0, index - EACHES_READ):index] if f.sentence == total.sentence]
        alike = [f for f in window if units.same(f.claim.unit, total.claim.unit)]
        told = [(count, each) for count, each in pairwise(window) if units.same(each.claim.unit, total.claim.unit)
                and count.claim.qualifier == "exact" and count.claim.kind == "amount"
                and not units.same(count.claim.unit, each.claim.unit)
                and lexicon.EACH_AFTER_COUNT.fullmatch(text, count.claim.end, each.claim.start)]
        if not told or len(told) != len(alike):
            continue
        low = sum(levels.counted(each)[0] * n.value for n, each in told)
        high = sum(levels.counted(each)[1] * n.value for n, each in told)
        least, most = levels.counted(total)
        if low * 0.999 <= most and least <= high * 1.001:
            continue
        found.append(make("inconsistent", (total, *(f for term in told for f in term)), 0.8, "worked_wrong",
                          a=total.claim.text, expression="+".join(f"{n.claim.text}×{each.claim.text}" for n, each in told),
                          expected=units.written_like(sum(n.value * each.value for n, each in told), total.claim.text)
                          + (total.claim.unit or "")))
    return found


def _posts_along(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``长96米的步道一侧，每隔6米种一棵，两端都种，共需树苗17棵``: things set along a
    length every so far number its gaps, one more where both ends have one, one fewer
    where neither has (either, unsaid); the length is the last told before the gap in its
    paragraph, the count the first after it in its sentence."""
    found: list[Suggestion] = []
    for gap in facts:
        if units.dimension(gap.claim.unit) != "length" or gap.claim.qualifier != "exact" or not gap.value \
                or not lexicon.GAP_LEAD.search(levels.lead(gap, text)):
            continue
        paragraph = text.rfind("\n", 0, gap.claim.start)
        lengths = [f for f in _before_in_paragraph(gap, facts, text)
                   if units.dimension(f.claim.unit) == "length" and f.claim.qualifier == "exact"]
        # (a count of things: 棵, 盏, 根, whose measure words no dimension holds)
        counts = [f for f in facts if f.sentence == gap.sentence and f.claim.start >= gap.claim.end
                  and f.claim.unit and units.dimension(f.claim.unit) == f.claim.unit and f.claim.kind == "amount"]
        if not lengths or not counts:
            continue
        length, count = lengths[-1], counts[0]
        along = length.value * (units.converted(1.0, length.claim.unit) or 1.0) / (units.converted(1.0, gap.claim.unit) or 1.0)
        gaps = along / gap.value
        if abs(gaps - round(gaps)) > 1e-6:
            continue  # (gaps that do not divide the length: a rounding the text leaves unsaid)
        between = text[gap.claim.end:count.claim.start]
        ends = (1,) if lexicon.BOTH_ENDS.search(between) else (-1,) if lexicon.NEITHER_END.search(between) \
            else (0,) if lexicon.ONE_END.search(text, max(paragraph, 0), count.claim.start) else (-1, 0, 1)
        # (两侧每隔20米种一棵: a row each side)
        sides = (2,) if lexicon.BOTH_SIDES.search(text, length.claim.end, gap.claim.start) \
            else (1,) if lexicon.ONE_SIDE.search(text, length.claim.end, gap.claim.start) else (1, 2)
        low, high = levels.counted(count)
        if any(low <= (round(gaps) + end) * side <= high for end in ends for side in sides):
            continue
        found.append(make("inconsistent", (count, length, gap), 0.8, "average_vs_total",
                          a=gap.claim.text, total=length.claim.text, count=count.claim.text,
                          actual=units.written_like(along / max(count.value / sides[0] - (ends[0] if len(ends) == 1 else 0), 1),
                                                    gap.claim.text)))
    return found


def _runs_of_a_headway(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``接驳车每天运行8小时，每10分钟发一班，每日共发车48班``: a service's hours over its
    headway are its runs, one more where both the first and the last run at the hours'
    ends (either, unsaid); the runs the first count of them after the headway in its
    sentence, the hours the last told before it in its paragraph."""
    found: list[Suggestion] = []
    for index, count in enumerate(facts):
        if count.claim.unit not in lexicon.RUNS or count.claim.kind != "amount":
            continue
        told = list(lexicon.HEADWAY.finditer(text, max(count.sentence, count.claim.start - HEADWAY_READ), count.claim.start))
        headway = told[-1] if told else None  # (the last before the count)
        every = parse_number(headway["every"]) if headway else None
        if headway is None or not every:
            continue
        # (the last length of time before it in its paragraph, as far as the figures near it
        # are read: 高峰4小时每隔4分钟一班, not the day's 运营16小时; no other count between)
        paragraph = text.rfind("\n", max(0, headway.start() - HEADWAY_READ), headway.start())
        before = facts[max(0, index - FIGURES_NEAR):index]
        hours = [f for f in before if paragraph < f.claim.start and f.claim.end <= headway.start()
                 and units.hours_in(f.claim.unit, f.claim.text) is not None]
        if not hours or hours[-1].claim.qualifier != "exact" \
                or not (lexicon.SERVICE_HOURS_LEAD.search(levels.lead(hours[-1], text))
                        or not CLAUSE_STOP.search(text, hours[-1].claim.end, headway.start())) \
                or any(f.claim.unit in lexicon.RUNS and f.claim.start >= headway.end() for f in before):
            continue
        span = hours[-1]
        gaps = span.value * (units.hours_in(span.claim.unit, span.claim.text) or 0.0) / (every * lexicon.HOURS_IN[headway["unit"]])
        low, high = levels.counted(count)
        if abs(gaps - round(gaps)) > 1e-6 or any(low <= round(gaps) + end <= high for end in (0, 1)):
            continue  # (gaps that do not divide the hours: a rounding the text leaves unsaid)
        found.append(make("inconsistent", (count, span), 0.8, "worked_wrong", a=count.claim.text,
                          expression=f"{span.claim.text}÷{headway['every']}{headway['unit']}",
                          expected=f"{round(gaps)}{count.claim.unit}"))
    return found


def _instalments(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``消费券总额3000万元，分6期发放，每期500万元``: a total paid in so many instalments, each
    the total over their count; the total the last of its unit told before them in the
    sentence (a loan's, repaid with interest, checked only where said free of it)."""
    found: list[Suggestion] = []
    starts = [f.claim.start for f in facts]
    for index, each in enumerate(facts):
        split = lexicon.INSTALMENTS.search(text, max(each.sentence, each.claim.start - INSTALMENT_READ), each.claim.start)
        count = parse_number(split["count"]) if split else None
        if split is None or not count or each.claim.qualifier not in ("exact", "about") \
                or bisect.bisect_left(starts, split.start()) < bisect.bisect_left(starts, split.end()):
            continue  # (分4批: a count told as a figure, an average's to check)
        sentence = text[each.sentence:each.claim.end]
        if lexicon.WITH_INTEREST.search(sentence) and not lexicon.INTEREST_FREE.search(sentence):
            continue
        # (the figures of its sentence before it, as far as the figures near it are read)
        totals = [f for f in facts[max(0, index - FIGURES_NEAR):index] if f.sentence == each.sentence
                  and f.claim.end <= split.start() and units.same(f.claim.unit, each.claim.unit)
                  and f.claim.qualifier in ("exact", "about")]
        if not totals:
            continue
        total = totals[-1]
        low, high = levels.stated(each, text)
        least, most = levels.counted(total)
        if low * count <= most * 1.001 and least <= high * count * 1.001:
            continue
        found.append(make("inconsistent", (each, total), 0.8, "worked_wrong", a=each.claim.text,
                          expression=f"{total.claim.text}÷{split['count']}{split['each']}",
                          expected=units.written_like(total.value / count, each.claim.text) + (each.claim.unit or "")))
    return found


def _pooled_averages(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``甲班48人平均112.4分，乙班36人平均98.6分，两班合计平均106.5分``: groups' averages
    pooled (合计, 全县, 两部分) are weighed by the groups' counts; the groups the runs of a
    count and its average before it in its paragraph, each count told on the same side of
    its average, no other figure between."""
    found: list[Suggestion] = []
    for index, pooled in enumerate(facts):
        if pooled.claim.kind != "amount" or pooled.claim.qualifier not in ("exact", "about") \
                or not lexicon.POOLED_AVERAGE_BEFORE.search(levels.lead(pooled, text)):
            continue
        paragraph = text.rfind("\n", max(0, pooled.claim.start - POOLED_READ), pooled.claim.start)
        # (两班合计平均: a count in its own clause names the groups, no group's)
        before = [f for f in facts[max(0, index - FIGURES_NEAR):index] if f.claim.start > paragraph
                  and CLAUSE_STOP.search(text, f.claim.end, pooled.claim.start)]
        groups = _groups(before, pooled, text)
        if len(groups) < 2:
            continue
        weight = sum(count.value for count, _ in groups)
        expected = sum(count.value * average.value for count, average in groups) / weight
        slack = sum(count.value * (average.high - average.low) / 2 for count, average in groups) / weight
        low, high = levels.stated(pooled, text)
        if low - slack <= expected <= high + slack:
            continue
        found.append(make("inconsistent", (pooled, *(f for group in groups for f in group)), 0.8, "worked_wrong",
                          a=pooled.claim.text,
                          expression="(" + "+".join(f"{c.claim.text}×{a.claim.text}" for c, a in groups) + ")÷("
                          + "+".join(c.claim.text for c, _ in groups) + ")",
                          expected=units.written_like(expected, pooled.claim.text) + (pooled.claim.unit or "")))
    return found


def _groups(before: list[Fact], pooled: Fact, text: str) -> list[tuple[Fact, Fact]]:
    """The (count, average) pairs the figures right before a pooled average fall into, each
    count beside its average on the same side, the counts in one unit (城区考生2.1万人，平均
    538.6分；农村考生3.76万人，平均497.6分); read back while counts and averages take turns."""
    run: list[Fact] = []
    counted_in = None  # the counts' unit
    for fact in reversed(before):
        average = units.same(fact.claim.unit, pooled.claim.unit) \
            and lexicon.GROUP_AVERAGE_BEFORE.search(levels.lead(fact, text)) is not None
        count = not average and (fact.claim.unit in lexicon.PERSONS_COUNTED
                                 or units.dimension(fact.claim.unit) in ("counts", "weight"))
        turn = not run or average != units.same(run[0].claim.unit, pooled.claim.unit)
        if fact.claim.qualifier not in ("exact", "about") or not (average or count) or not turn \
                or (count and counted_in is not None and not units.same(fact.claim.unit, counted_in)):
            break  # (两家医院: no count of a group's; a turn missed)
        counted_in = fact.claim.unit if count else counted_in
        run.insert(0, fact)
    run = run[len(run) % 2:]  # (a count or an average left over at the front is no group's)
    if len(run) < 4:
        return []
    counts_first = not units.same(run[0].claim.unit, pooled.claim.unit)
    return [(run[i], run[i + 1]) if counts_first else (run[i + 1], run[i]) for i in range(0, len(run), 2)]


def _discounted(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``标价5299元，周末可打八五折，折后实付4504元``: the price paid after a discount told
    between a listed price and it, in one sentence, is that price times its tenths."""
    found: list[Suggestion] = []
    for price, paid in pairwise(facts):
        if price.sentence != paid.sentence or not units.same(price.claim.unit, paid.claim.unit) \
                or units.dimension(price.claim.unit) != "money" or price.claim.qualifier != "exact" \
                or not lexicon.LISTED_PRICE_BEFORE.search(levels.lead(price, text)) \
                or not lexicon.PAID_AFTER_DISCOUNT.search(levels.lead(paid, text)):
            continue
        cuts = list(lexicon.DISCOUNT.finditer(text, price.claim.end, paid.claim.start))
        if len(cuts) != 1:
            continue  # (none, or two stacked: which applies how, unsaid)
        told = cuts[0]["tenths"]
        # (八五折 is 8.5 tenths, 9折 nine)
        tenths = float(told) if told[0].isdigit() else (parse_number(told[0]) or 0) + (parse_number(told[1:]) or 0) / 10
        if not tenths:
            continue
        low, high = levels.counted(paid)
        expected = price.value * tenths / 10
        if low - 1 <= expected <= high + 1:  # (rounded to the yuan)
            continue
        found.append(make("inconsistent", (paid, price), 0.8, "conversion_vs_figure",
                          a=paid.claim.text, b=f"{price.claim.text}×{told}折",
                          expected=units.written_like(expected, paid.claim.text) + (paid.claim.unit or "")))
    return found


def _enough_for(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``年发电量约2.7亿千瓦时，按每户年用电3000千瓦时计算，可满足约9万户``: a total over so
    much each (按每户…计算) is how many it serves (满足, 供) in the each's word."""
    found: list[Suggestion] = []
    for index, each in enumerate(facts):
        if not index or not each.value or "按" not in text[max(0, each.claim.start - EACH_READ):each.claim.start]:
            continue
        assumed = lexicon.EACH_ASSUMED_BEFORE.search(levels.lead(each, text))
        if assumed is None:
            continue
        total = facts[index - 1]
        # (…共分为18个小组, counted in 个 of the each's word)
        served = next((f for f in facts[index + 1:index + 2] if f.sentence == each.sentence
                       and (f.claim.unit == assumed["each"]
                            or (f.claim.unit == "个" and text[f.claim.end:f.claim.end + 2].find(assumed["each"]) >= 0))
                       and lexicon.SERVES_BEFORE.search(levels.lead(f, text))), None)
        # (163吨 at 50公斤 each: a total in another unit of the each's measure)
        scale = 1.0 if units.same(total.claim.unit, each.claim.unit) else units.scale(total.claim.unit, each.claim.unit)
        # (已铺设8.4公里，按每天铺设0.35公里计算，剩余部分还需12天: the rest's, untold)
        if served is None or total.sentence != each.sentence or scale is None \
                or lexicon.REST_NAMED.search(levels.lead(served, text)):
            continue
        found += _quotient_off(served, total, each, scale)
    return found


def _days_a_stock_lasts(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``日均消耗成品粮油178吨，储备3627吨，可满足20天的需求``: a stock over a day's use, both
    told before the days in their sentence, is the days it lasts (whole days, rounded down
    or to the nearest)."""
    found: list[Suggestion] = []
    for days in facts:
        if days.claim.unit not in ("天", "日") or days.claim.qualifier != "exact" \
                or not lexicon.LASTS_BEFORE.search(levels.lead(days, text)):
            continue
        told = [f for f in facts if f.sentence == days.sentence and f.claim.end <= days.claim.start
                and f.claim.kind == "amount" and f.claim.qualifier in ("exact", "about") and f.value > 0]
        daily = [f for f in told if lexicon.A_DAYS_USE.search(levels.lead(f, text))]
        stocks = [f for f in told if f not in daily and units.same(f.claim.unit, daily[0].claim.unit)] if daily else []
        if len(daily) != 1 or len(stocks) != 1:
            continue
        found += _quotient_off(days, stocks[0], daily[0], rounded_down=True)
    return found


def _time_to_finish(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``全片共528行。熟练者每小时可织40行，全片约13小时可完成``, ``一本381页的读物，每天读30页，
    13天就能读完``: a whole told with a total word (or as what the work is of: 381页的) before so
    much a unit of time, over it, is the time told after with what finishes the work (a last
    part-day counting whole)."""
    found: list[Suggestion] = []
    for index, time in enumerate(facts):
        lead = levels.lead(time, text)
        # (剩余部分还需12天: the rest's time, of an amount untold)
        if time.claim.qualifier not in ("exact", "about") or lexicon.REST_NAMED.search(lead) \
                or not (lexicon.TIME_TO_FINISH.match(text, time.claim.end) or lexicon.TIME_TAKEN_BEFORE.search(lead)):
            continue
        before = facts[max(0, index - FIGURES_NEAR):index]
        # (每分钟可扫描45页，一卷2880页的档案46分钟即可完成: the each, then the work, then the time)
        eaches = [(f, per) for f in before[-2:] if (per := lexicon.EACH_TIME_DONE.search(levels.lead(f, text)))]
        if not eaches:
            continue
        each, per = eaches[-1]
        # (两台印刷机同时运转，每台每小时印3000页: one of several at work, the time theirs together)
        one_of_several = "每" in CLAUSE_STOP.split(levels.lead(each, text)[:per.start()])[-1]
        if each.claim.qualifier != "exact" or not each.value or one_of_several \
                or lexicon.FULL_STOP.search(text, each.claim.end, time.claim.start):
            continue
        # (每天 and 12天: the same unit; 每小时 and 46分钟: hours either way)
        hours, one = units.hours_in(time.claim.unit, time.claim.text), units.hours_in(per["unit"], "")
        scale = 1.0 if units.same(time.claim.unit, per["unit"]) else one / hours if hours and one else None
        wholes = [f for f in before if f is not each and f.claim.qualifier == "exact"
                  and units.same(f.claim.unit, each.claim.unit)
                  and (lexicon.TOTAL_TOLD.search(words := levels.lead(f, text)) or lexicon.WORK_DONE_BEFORE.search(words)
                       or lexicon.WORK_OF_IT.match(text, f.claim.end))]
        if wholes and scale:
            found += _quotient_off(time, wholes[-1], each, scale=scale)
    return found


def _crop_values(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``种植辣椒620亩，平均亩产1850公斤，按每公斤3.2元计算，总产值约367万元``: the area told
    right before a yield a 亩, times it, times the price a weight told right after, makes the
    value told next, all in one sentence."""
    found: list[Suggestion] = []
    for area, crop, price, value in zip(facts, facts[1:], facts[2:], facts[3:]):
        per = lexicon.PRICE_PER_WEIGHT_LEAD.search(levels.lead(price, text))
        mu = units.scale(area.claim.unit, "亩")
        weight = units.scale(crop.claim.unit, per["per"]) if per else None
        if not area.sentence == crop.sentence == price.sentence == value.sentence or mu is None or weight is None \
                or not lexicon.YIELD_PER_MU_LEAD.search(levels.lead(crop, text)) \
                or not lexicon.CROP_VALUE_LEAD.search(levels.lead(value, text)) \
                or units.dimension(price.claim.unit) != "money" or not units.same(price.claim.unit, value.claim.unit) \
                or any(f.claim.qualifier not in ("exact", "about") for f in (area, crop, price, value)):
            continue
        scale = mu * weight
        low, high = area.low * crop.low * price.low * scale, area.high * crop.high * price.high * scale
        least, most = levels.stated(value, text) if value.claim.qualifier != "exact" else levels.counted(value)
        if least <= high * 1.01 and low * 0.99 <= most:
            continue
        found.append(make("inconsistent", (value, area, crop, price), 0.8, "worked_wrong", a=value.claim.text,
                          expression=f"{area.claim.text}×{crop.claim.text}×{price.claim.text}",
                          expected=units.written_like(area.value * crop.value * price.value * scale, value.claim.text)
                          + (value.claim.unit or "")))
    return found


def _map_distances(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``图上1厘米代表实地6公里；图中璧南河长14厘米，折合实长约84公里`` (or 比例尺为1:50000…图上
    距离为4.3厘米，实地直线距离约2.15公里): a length on the map, at the map's scale told before
    it, is the length on the ground told right after it."""
    found: list[Suggestion] = []
    scale: tuple[float, str] | None = None  # (metres on the ground a metre on the map, as told)
    for index, fact in enumerate(facts):
        after = facts[index + 1] if index + 1 < len(facts) else None
        metres = units.scale(fact.claim.unit, "米")
        if after is not None and fact.value == 1 and metres and units.scale(after.claim.unit, "米") \
                and lexicon.MAP_SCALE_BETWEEN.fullmatch(text, fact.claim.end, after.claim.start):
            scale = (after.value * (units.scale(after.claim.unit, "米") or 0.0) / metres,
                     text[fact.claim.start:after.claim.end])
            continue
        if fact.claim.unit is None and lexicon.MAP_RATIO_LEAD.search(levels.lead(fact, text)) and fact.value:
            scale = (1 / fact.value, fact.claim.text)
            continue
        if scale is None or after is None or metres is None or not lexicon.ON_THE_MAP.search(levels.lead(fact, text)) \
                or not lexicon.ON_THE_GROUND.search(levels.lead(after, text)) or fact.claim.qualifier != "exact" \
                or after.claim.qualifier not in ("exact", "about") or not (ground := units.scale(after.claim.unit, "米")):
            continue
        expected = fact.value * metres * scale[0] / ground
        least, most = levels.stated(after, text) if after.claim.qualifier != "exact" else levels.counted(after)
        if least <= expected * 1.01 and expected * 0.99 <= most:
            continue
        found.append(make("inconsistent", (after, fact), 0.8, "worked_wrong", a=after.claim.text,
                          expression=f"{fact.claim.text}（{scale[1]}）",
                          expected=units.written_like(expected, after.claim.text) + (after.claim.unit or "")))
    return found


def _months_of_a_monthly_sum(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``月租金105600元…押金为两个月租金，计211200元``: so many months of a sum told a month
    before (the last such of its kind) make the total told right after them."""
    found: list[Suggestion] = []
    sums: list[Fact] = []  # the monthly sums told so far (the last few: a long text stays linear)
    for months, total in pairwise(facts):
        # (月租金每平方米120元 is a price, no month's sum)
        if months.claim.qualifier == "exact" and lexicon.MONTHLY_LEAD.search(lead := levels.lead(months, text)) \
                and not lexicon.PRICE_PER_BEFORE.search(lead):
            sums = [*sums[-FIGURES_NEAR:], months]
        said = lexicon.MONTHS_OF_IT.fullmatch(text, months.claim.end, total.claim.start)
        if said is None or months.claim.unit != "个月" or units.dimension(total.claim.unit) != "money" \
                or months.claim.qualifier != "exact" or total.claim.qualifier not in ("exact", "about"):
            continue
        monthly = [f for f in sums if units.same(f.claim.unit, total.claim.unit)
                   and said["what"][-2:] in levels.lead(f, text)]  # (月租金 for 租金: the same sum)
        # (首年月租金 of two years' told: the one named so)
        monthly = [f for f in monthly if said["whose"] + said["what"] in levels.lead(f, text)] or monthly
        if not monthly:
            continue
        expected = months.value * monthly[-1].value
        least, most = levels.stated(total, text) if total.claim.qualifier != "exact" else levels.counted(total)
        if least <= expected * 1.001 and expected * 0.999 <= most:
            continue
        found.append(make("inconsistent", (total, months, monthly[-1]), 0.8, "worked_wrong", a=total.claim.text,
                          expression=f"{months.claim.text}×{monthly[-1].claim.text}",
                          expected=units.written_like(expected, total.claim.text) + (total.claim.unit or "")))
    return found


def _dividends(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``每10股派发现金红利3.5元（含税），以总股本4.8亿股计，合计派发现金红利1.68亿元``: so much
    per so many shares, over the company's shares (总股本) told in the article, pays the total
    told after it."""
    found: list[Suggestion] = []
    shares = [f for f in facts if f.claim.unit == "股" and f.claim.qualifier == "exact"
              and lexicon.SHARES_OF_ALL.search(levels.lead(f, text))]
    for index, each in enumerate(facts):
        per = lexicon.DIVIDEND_PER_SHARES.search(levels.lead(each, text))
        if per is None or units.dimension(each.claim.unit) != "money" or len({f.value for f in shares}) != 1:
            continue
        paid = next((f for f in facts[index + 1:index + FIGURES_NEAR] if units.same(f.claim.unit, each.claim.unit)
                     and lexicon.DIVIDEND_PAID.search(levels.lead(f, text))), None)
        if paid is None or paid.claim.qualifier not in ("exact", "about"):
            continue
        expected = shares[0].value / (parse_number(per["per"]) or 1.0) * each.value
        least, most = levels.stated(paid, text) if paid.claim.qualifier != "exact" else levels.counted(paid)
        if least <= expected * 1.005 and expected * 0.995 <= most:
            continue
        found.append(make("inconsistent", (paid, each, shares[0]), 0.8, "worked_wrong", a=paid.claim.text,
                          expression=f"{shares[0].claim.text}÷{per['per']}×{each.claim.text}",
                          expected=units.written_like(expected, paid.claim.text) + (paid.claim.unit or "")))
    return found


def _dependency_ratios(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``0—14岁人口56万人，15—64岁人口280万人，65岁及以上人口42万人，总抚养比为35%``: the
    young and the old (少儿, 老年: either alone) over those of working age, each the one count
    of people its clause names by its age band, told before the ratio in its paragraph."""
    found: list[Suggestion] = []
    for index, ratio in enumerate(facts):
        named = lexicon.DEPENDENCY_RATIO.search(levels.lead(ratio, text)) if ratio.claim.unit in ("%", "％") else None
        if named is None or ratio.claim.qualifier not in ("exact", "about"):
            continue
        paragraph = text.rfind("\n", max(0, ratio.claim.start - POOLED_READ), ratio.claim.start)
        people = [f for f in facts[max(0, index - FIGURES_NEAR):index] if f.claim.start > paragraph
                  and f.claim.unit in lexicon.PERSONS_COUNTED and f.claim.qualifier == "exact"]
        bands = {band: [f for f in people if words.search(CLAUSE_STOP.split(text[max(paragraph + 1, f.claim.start - AGE_BAND_READ):f.claim.start])[-1])]
                 for band, words in lexicon.AGE_BANDS.items()}
        if any(len(told) != 1 for told in bands.values()) or not bands["working"][0].value:
            continue
        kind = named["kind"]
        over = [bands[band][0] for band in ("young", "old") if kind == "总" or band == {"少儿": "young", "老年": "old"}[kind]]
        expected = sum(f.value for f in over) / bands["working"][0].value * 100
        if ratio.low - 0.05 <= expected <= ratio.high + 0.05:
            continue
        found.append(make("inconsistent", (ratio, *over, bands["working"][0]), 0.8, "worked_wrong", a=ratio.claim.text,
                          expression=f"({'+'.join(f.claim.text for f in over)})÷{bands['working'][0].claim.text}",
                          expected=f"{expected:.1f}%"))
    return found


def _quotient_off(count: Fact, total: Fact, each: Fact, scale: float = 1.0,
                  rounded_down: bool = False) -> list[Suggestion]:
    """A count told as a total (``scale``: in the each's unit) over so much each: whole lots,
    the last part filled counting whole (113人，每张竹筏限乘8人，需15张), or, ``rounded_down``,
    the whole days a stock lasts (可满足20天 of 20.4)."""
    low, high = (bound * scale for bound in levels.counted(total))
    least, most = levels.counted(count)
    fewest = math.floor(low / each.high) if rounded_down else low / each.high
    if fewest <= most * 1.001 and least <= math.ceil(high / each.low * (1 - 1e-9)) * 1.001:
        return []
    return [make("inconsistent", (count, total, each), 0.8, "average_vs_total",
                 a=each.claim.text, total=total.claim.text, count=count.claim.text,
                 actual=units.written_like(total.value * scale / count.value, each.claim.text))]


def _league_points(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``取得14胜9平7负。按胜一场得3分、平一场得1分计算，全季积51分``; a table's rows
    ``7胜、2平、1负，积23分`` under or over its rule (计分办法：胜一场得三分，平一场得一分): each
    total of points is the wins and draws told last before it in its paragraph, each at its
    worth."""
    rule = lexicon.POINTS_RULE.search(text)
    if rule is None:
        return []
    worth = [parse_number(rule[name]) or 0 for name in ("win", "draw")]
    found: list[Suggestion] = []
    since = -1  # the last total's end: a row's wins are its own
    for total in facts:
        if total.claim.unit != "分" or not lexicon.POINTS_TOTAL_BEFORE.search(levels.lead(total, text)):
            continue
        before = [f for f in _before_in_paragraph(total, facts, text) if f.claim.start > since]
        since = total.claim.end
        wins = [f for f in before if f.claim.unit == "胜"]
        draws = [f for f in before if f.claim.unit == "平"]
        if not wins or not draws or total.claim.qualifier != "exact":
            continue
        expected = wins[-1].value * worth[0] + draws[-1].value * worth[1]
        if expected != total.value:
            found.append(make("inconsistent", (total, wins[-1], draws[-1]), 0.8, "listed_sum",
                              parts=f"{wins[-1].claim.text}×{worth[0]:g}+{draws[-1].claim.text}×{worth[1]:g}",
                              total=total.claim.text, actual=f"{expected:g}"))
    return found


def _goal_difference(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``打进48球…；丢33球，净胜球15个``: the goals scored less those let in, the last of
    each told before it."""
    found: list[Suggestion] = []
    for net in facts:
        if net.claim.qualifier != "exact" or not lexicon.NET_GOALS_BEFORE.search(levels.lead(net, text)):
            continue
        # (其中前锋打进19球: a player's, no part of the team's difference)
        goals = [f for f in _before_in_paragraph(net, facts, text)
                 if f.claim.unit in lexicon.GOAL_UNITS and f.claim.qualifier == "exact"
                 and not lexicon.PARTS_CUE.search(levels.lead(f, text))]
        scored = [f for f in goals if lexicon.GOALS_SCORED_BEFORE.search(levels.lead(f, text))]
        conceded = [f for f in goals if lexicon.GOALS_CONCEDED_BEFORE.search(levels.lead(f, text))]
        if not scored or not conceded or scored[-1].value - conceded[-1].value == net.value:
            continue
        found.append(make("inconsistent", (net, scored[-1], conceded[-1]), 0.8, "difference_vs_levels",
                          a=net.claim.text, later=scored[-1].claim.text, earlier=conceded[-1].claim.text,
                          expected=f"{scored[-1].value - conceded[-1].value:g}"))
    return found


def _margins(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``峤北队以98:86战胜渟州队，净胜12分``: a win's margin is its final score's difference;
    the score the one told in its sentence before the margin (a quarter's scores listed,
    7:1、2:1…, are none)."""
    found: list[Suggestion] = []
    for margin in facts:
        if margin.claim.qualifier != "exact" or margin.claim.kind != "amount" \
                or not lexicon.WIN_MARGIN_BEFORE.search(levels.lead(margin, text)):
            continue
        scores = list(lexicon.FINAL_SCORE.finditer(text, max(margin.sentence, margin.claim.start - MARGIN_READ),
                                                   margin.claim.start))
        told: tuple[Fact, ...] = ()
        if len(scores) == 1:
            a, b = float(scores[0]["a"]), float(scores[0]["b"])
        elif not scores and (sides := _sides_scored(margin, facts, text)):
            (a, b), told = (sides[0].value, sides[1].value), sides
        else:
            continue
        if abs(a - b) == margin.value:
            continue
        found.append(make("inconsistent", (margin, *told), 0.8, "worked_wrong", a=margin.claim.text,
                          expression=f"{a:g}−{b:g}", expected=f"{abs(a - b):g}{margin.claim.unit or ''}"))
    return found


def _sides_scored(margin: Fact, facts: Sequence[Fact], text: str) -> tuple[Fact, Fact] | None:
    """``全队共得79分；槐庐队全场得71分，…净胜10分``: with no final score, the two sides'
    points are the last two figures of the margin's unit its paragraph tells scored, in
    clauses of their own (no half's or quarter's)."""
    scored = [f for f in _before_in_paragraph(margin, facts, text) if f.claim.unit == margin.claim.unit
              and f.claim.qualifier == "exact" and lexicon.SIDE_SCORED_BEFORE.search(words := levels.lead(f, text))
              and not lexicon.PART_OF_GAME.search(words)]
    if len(scored) < 2 or not CLAUSE_STOP.search(text, scored[-2].claim.end, scored[-1].claim.start):
        return None
    return scored[-2], scored[-1]


def _balances(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``收入总计30.25亿元；支出26.87亿元，收支相抵，结转下年使用3.38亿元``: the balance is the
    income less the spending, the last of each named before it in its paragraph."""
    found: list[Suggestion] = []
    if lexicon.BALANCED.search(text) is None:
        return found
    for left in facts:
        paragraph = text.rfind("\n", 0, left.claim.start)
        balanced = lexicon.BALANCED.search(text, paragraph + 1, left.claim.start)
        if left.claim.qualifier != "exact" or balanced is None \
                or not lexicon.BALANCE_BEFORE.search(levels.lead(left, text)):
            continue
        before = [f for f in facts if paragraph < f.claim.start and f.claim.end <= balanced.start()
                  and units.same(f.claim.unit, left.claim.unit) and f.claim.qualifier == "exact"]
        income = [f for f in before if lexicon.INCOME_NAMED.search(levels.lead(f, text))]
        spending = [f for f in before if lexicon.SPENDING_NAMED.search(levels.lead(f, text))]
        if not income or not spending or income[-1].value <= spending[-1].value:
            continue
        low, high = levels.counted(left)
        gap = income[-1].value - spending[-1].value
        slack = sum((f.high - f.low) / 2 for f in (income[-1], spending[-1]))
        if low - slack <= gap <= high + slack:
            continue
        found.append(make("inconsistent", (left, income[-1], spending[-1]), 0.8, "difference_vs_levels",
                          a=left.claim.text, later=income[-1].claim.text, earlier=spending[-1].claim.text,
                          expected=units.written_like(gap, left.claim.text)))
    return found


def _named_differences(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``毛重 12.8吨　皮重 7.35吨　净重 5.95吨``, ``应付：108元　实收：200元　找零：82元``: a
    figure a form labels as what is left (lexicon.NAMED_DIFFERENCES) is the last figure its
    block labels as the whole less the last it labels as taken off, both told before it
    (and after the last such figure, the form's previous ticket)."""
    found: list[Suggestion] = []
    since: dict[int, int] = {}  # where the last figure of each difference was told
    for left in facts:
        kind = next((i for i, names in enumerate(lexicon.NAMED_DIFFERENCES) if _labelled(left, names[0], text)), None)
        if kind is None or left.claim.kind != "amount" or left.claim.qualifier != "exact":
            continue
        before = [f for f in _before_in_block(left, facts, text) if f.claim.start > since.get(kind, -1)
                  and units.same(f.claim.unit, left.claim.unit) and f.claim.qualifier == "exact"]
        since[kind] = left.claim.start
        whole, taken = ([f for f in before if _labelled(f, names, text)] for names in lexicon.NAMED_DIFFERENCES[kind][1:])
        # (上月合计110元: an earlier period's total is no whole of this one's)
        whole = [f for f in whole if not lexicon.EARLIER_TOTAL.search(levels.lead(f, text))]
        if not whole or not taken or whole[-1].value <= taken[-1].value \
                or lexicon.EXTRA_CHARGE.search(text, whole[-1].claim.end, left.claim.start):
            continue  # (合计A，抵用B，另收服务费C，应付A − B + C: a charge on top)
        (c, d), (low, high) = levels.counted(taken[-1]), levels.counted(left)
        # (总价9600元，…九折后应付8640元: any whole the block told, the one taken from unsaid)
        if any(low <= b - c + 1e-9 and a - d - 1e-9 <= high for a, b in map(levels.counted, whole)):
            continue
        found.append(make("inconsistent", (left, whole[-1], taken[-1]), 0.8, "difference_vs_levels",
                          a=left.claim.text, later=whole[-1].claim.text, earlier=taken[-1].claim.text,
                          expected=units.written_like(whole[-1].value - taken[-1].value, left.claim.text)))
    return found


def _net_of_deductions(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``应发合计6150元。三、扣款　社保1045元，个税63元；本月实发5542元``: what a pay slip pays
    is what is due less every amount taken off between the two (or their total, 扣款合计)."""
    left_named, due_named, taken_named, added_named = lexicon.NET_OF_DEDUCTIONS
    found: list[Suggestion] = []
    for left in facts:
        if left.claim.qualifier != "exact" or units.dimension(left.claim.unit) != "money" \
                or not _labelled(left, left_named, text):
            continue
        before = [f for f in _before_in_block(left, facts, text) if units.same(f.claim.unit, left.claim.unit)
                  and f.claim.qualifier == "exact" and not levels.in_brackets(text, f.claim.start)]
        due = next((at for at in range(len(before) - 1, -1, -1) if _labelled(before[at], due_named, text)), None)
        if due is None:
            continue
        # (应发工资A，其中加班费B: a part of what is due, taken off nothing)
        taken = [f for f in before[due + 1:] if not lexicon.PARTS_OPENER.search(levels.lead(f, text))]
        told = [f for f in taken if _labelled(f, taken_named, text)]
        if not taken or any(_labelled(f, left_named, text) for f in taken):
            continue  # (an earlier slip's net between: which deductions are whose, unsaid)
        added = [f for f in taken if _labelled(f, added_named, text)]
        taken = told[-1:] or [f for f in taken if f not in added]
        (a, b), (low, high) = levels.counted(before[due]), levels.counted(left)
        least, most = sum(f.low for f in taken) - sum(f.high for f in added), \
            sum(f.high for f in taken) - sum(f.low for f in added)
        if low <= b - least + 1e-9 and a - most - 1e-9 <= high:
            continue
        found.append(make("inconsistent", (left, before[due], *taken, *added), 0.8, "worked_wrong", a=left.claim.text,
                          expression="−".join(f.claim.text for f in (before[due], *taken))
                          + "".join("+" + f.claim.text for f in added),
                          expected=units.written_like(before[due].value - sum(f.value for f in taken)
                                                      + sum(f.value for f in added), left.claim.text)
                          + (left.claim.unit or "")))
    return found


def _rated_on_a_named_base(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``扣杂按净重的5%计，扣除0.19吨``, ``按销售额的3%提取，计1.2万元``: a rate of a base its
    words name is, times the figure its block labels so last before it, the amount told
    right after it in its sentence."""
    found: list[Suggestion] = []
    for index, rate in enumerate(facts):
        based = lexicon.RATED_ON.search(text, max(0, rate.claim.start - LABEL_READ), rate.claim.start)
        if based is None or rate.claim.unit != "%" or rate.claim.qualifier != "exact":
            continue
        amount = next((f for f in facts[index + 1:index + 2] if f.claim.qualifier == "exact" and f.claim.kind == "amount"
                       and units.additive(f.claim.unit) and f.claim.start - rate.claim.end <= LABEL_READ
                       and not lexicon.SENTENCE_END.search(text, rate.claim.end, f.claim.start)), None)
        if amount is None:
            continue
        bases = [f for f in _before_in_block(rate, facts, text)
                 if units.same(f.claim.unit, amount.claim.unit) and f.claim.qualifier == "exact"
                 and (_labelled(f, based["base"], text)  # (原价合计264元: its total's words)
                      or lexicon.WHOLE_SUFFIX.sub("", levels.lead(f, text)).endswith(based["base"]))]
        if not bases:
            continue
        base = bases[-1]
        # (加班2天，按日工资的200%计发: so many of what the base is each of)
        opening = max(text.rfind(stop, 0, rate.claim.start) for stop in "。；;！？\n")
        counts = [f for f in facts[:index] if f.claim.start > max(opening, base.claim.end)
                  and units.dimension(f.claim.unit) != "money" and f.claim.kind == "amount"]
        if len(counts) > 1 or (counts and counts[0].claim.qualifier != "exact"):
            continue
        times = rate.value / 100 * (counts[0].value if counts else 1)
        (a, b), (low, high) = levels.counted(base), levels.counted(amount)
        # (a rate a charge is taken at is set, as charges.py reads it: 5% is no 4.5% to 5.5%)
        if low <= b * times * 1.001 and a * times * 0.999 <= high:
            continue
        found.append(make("inconsistent", (amount, base, rate, *counts), 0.8, "worked_wrong", a=amount.claim.text,
                          expression="×".join(f.claim.text for f in (base, *counts, rate)),
                          expected=units.written_like(base.value * times, amount.claim.text) + (amount.claim.unit or "")))
    return found


def _range_gaps(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``气温17～29℃，昼夜温差12℃``: a gap told right after a range, in its sentence and
    unit, is its high end less its low."""
    found: list[Suggestion] = []
    for span, gap in pairwise(facts):
        high = span.claim.value_high
        if high is None or gap.sentence != span.sentence or not units.same(gap.claim.unit, span.claim.unit) \
                or gap.claim.qualifier != "exact" or not lexicon.RANGE_GAP_BEFORE.search(levels.lead(gap, text)):
            continue
        width = high - span.claim.value
        least, most = levels.counted(gap)
        if least <= width + 1e-9 and width - 1e-9 <= most:
            continue
        found.append(make("inconsistent", (gap, span), 0.8, "worked_wrong", a=gap.claim.text,
                          expression=f"{high:g}−{span.claim.value:g}",
                          expected=f"{width:g}{gap.claim.unit or ''}"))
    return found


def _labelled(fact: Fact, names: str, text: str) -> bool:
    """Whether a form's label right before a figure is one of ``names`` (实收（现金）：200元)."""
    return re.search(f"(?:{names}){lexicon.LABEL_ENDS}", text[max(0, fact.claim.start - LABEL_READ):fact.claim.start]) is not None


def _level_of_its_base(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``比上年减少33%，只剩上年的67%``, ``增长30%，是去年同期的1.3倍``: a change in percent
    told again right after it as the new level's share (or multiple) of its base is
    100% less or more than it."""
    found: list[Suggestion] = []
    for change, level in pairwise(facts):
        if change.sentence != level.sentence or change.claim.kind != "change" or change.claim.unit != "%" \
                or change.direction not in ("up", "down") or level.claim.unit not in ("%", "倍") \
                or not lexicon.LEVEL_OF_BASE_BETWEEN.fullmatch(text, change.claim.end, level.claim.start):
            continue
        said, base = _base_kind(levels.lead(change, text)), _base_kind(text[change.claim.end:level.claim.start])
        if said and base and said != base:
            continue  # (同比增长20%，是上月的1.5倍: two bases)
        low, high = levels.worked_out(change, text)
        sign = -1 if change.direction == "down" else 1
        expected = sorted((100 + sign * low, 100 + sign * high))
        scale = 100 if level.claim.unit == "倍" else 1
        least, most = (bound * scale for bound in levels.worked_out(level, text))
        if least <= expected[1] + POINT_SLACK and expected[0] - POINT_SLACK <= most:
            continue
        shown = 100 + sign * change.value
        found.append(make("inconsistent", (level, change), 0.8, "worked_wrong", a=level.claim.text,
                          expression=f"100%{'-' if sign < 0 else '+'}{change.claim.text}",
                          expected=f"{shown / scale:.4g}{level.claim.unit}"))
    return found


def _base_kind(words: str) -> str | None:
    """Whether words compare with a year before (同比, 上年) or a month before (环比, 上月)."""
    return "year" if lexicon.BASE_OF_A_YEAR.search(words) else "month" if lexicon.BASE_OF_A_MONTH.search(words) else None


def _before_in_paragraph(fact: Fact, facts: Sequence[Fact], text: str) -> list[Fact]:
    """The figures told before one in its paragraph, in order."""
    paragraph = text.rfind("\n", 0, fact.claim.start)
    return [f for f in facts if paragraph < f.claim.start and f.claim.end <= fact.claim.start]


def _before_in_block(fact: Fact, facts: Sequence[Fact], text: str) -> list[Fact]:
    """The figures told before one in its block of lines (a form's, up to a blank line), in order."""
    block = max(text.rfind("\n\n", 0, fact.claim.start), fact.claim.start - BLOCK_READ)
    return [f for f in facts if block < f.claim.start and f.claim.end <= fact.claim.start]


def _round_trips(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``单程10分钟，往返一趟20分钟``: a way there and back is twice the one way told last
    before it in its paragraph, in its unit of length or time."""
    found: list[Suggestion] = []
    for both in facts:
        lead = levels.lead(both, text)
        # (往返全程平均时速: a speed; 单程80元、往返140元: a fare, often cut for the return)
        if both.claim.qualifier != "exact" or not lexicon.ROUND_TRIP.search(lead) or lexicon.RATE_OF_A_WAY.search(lead) \
                or units.dimension(both.claim.unit) not in ("length", "durations"):
            continue
        one = [f for f in _before_in_paragraph(both, facts, text)
               if units.same(f.claim.unit, both.claim.unit) and lexicon.ONE_WAY.search(levels.lead(f, text))]
        if not one or one[-1].claim.qualifier != "exact" or both.value == 2 * one[-1].value:
            continue
        found.append(make("inconsistent", (both, one[-1]), 0.8, "worked_wrong", a=both.claim.text,
                          expression=f"2×{one[-1].claim.text}",
                          expected=units.written_like(2 * one[-1].value, both.claim.text) + (both.claim.unit or "")))
    return found


def _one_way_against_both(a: Fact, b: Fact, text: str) -> bool:
    """Whether one figure is told of one way (单程) and the other of there and back (往返)."""
    ways = [(lexicon.ONE_WAY.search(words := levels.lead(f, text)) is not None, lexicon.ROUND_TRIP.search(words) is not None)
            for f in (a, b)]
    return (ways[0][0] and ways[1][1]) or (ways[0][1] and ways[1][0])


def _named_quotients(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``用地面积4.2万平方米，总建筑面积10.5万平方米，容积率为2.5``: a quotient the trade names
    (lexicon.QUOTIENTS_NAMED; 平均住院日 is bed-days over discharges) is the last figure before
    it in its paragraph its numerator's words name over the last its denominator's do (since
    the last such quotient: 满载…百公里油耗A；空载返回百公里油耗B, whose terms come after)."""
    found: list[Suggestion] = []
    last: dict[str, int] = {}  # where the last figure of each quotient was told
    for told in facts:
        named = _quotient_named(told, text)
        if named is None:
            continue
        since = last.get(named[0], -1)
        last[named[0]] = told.claim.start
        # (a form's lines, 本期行驶 2800公里 above 百公里油耗　38.5升: its block when its line
        # tells no other figure; 全程300公里，平均百公里油耗 tells its litres nowhere)
        line = _before_in_paragraph(told, facts, text)
        terms = [_term(line or _before_in_block(told, facts, text), text, words, since) for words in named[1:3]]
        # (停车位1638个，其中访客车位126个: which of two is the term, unsaid; a form's lines apart say)
        if not all(terms) or any(len([f for f in term if f.sentence == told.sentence
                                      and "\n" not in text[f.claim.end:told.claim.start]]) > 1 for term in terms):
            continue
        top, bottom = terms[0][-1], terms[1][-1]
        if lexicon.ANNUALISED.search(text, min(top.claim.start, bottom.claim.start), told.claim.start):
            continue
        # (面积 over 面积 in their units; 升 over 公里, no one measure, as told)
        alike = units.dimension(top.claim.unit) == units.dimension(bottom.claim.unit)
        scale = ((units.converted(1.0, top.claim.unit) or 1.0) / (units.converted(1.0, bottom.claim.unit) or 1.0)
                 if alike else 1.0) * (named[3] if len(named) > 3 else 1.0)
        (a, b), (c, d) = levels.counted(top), levels.counted(bottom)
        low, high = a / d * scale, b / c * scale
        colon = lexicon.RATIO_COLON.search(told.claim.text) is not None
        least, most = levels.ratio_bounds(told) if colon else levels.worked_out(told, text)
        if colon and told.value < 1 < low and least > 0:
            least, most = 1 / most, 1 / least  # (竞争比1:55 is 55 to one too)
        if least <= high * 1.001 and low * 0.999 <= most:
            continue
        found.append(make("inconsistent", (told, top, bottom), 0.8, "ratio_vs_terms", a=told.claim.text,
                          part=top.claim.text, total=bottom.claim.text, actual=f"{top.value / bottom.value * scale:.3g}"))
    return found


def _term(before: list[Fact], text: str, words: str, since: int) -> list[Fact]:
    """The figures ``before`` a quotient (since its last) its term's words name; the sum
    right after them in its line (加油520升、460升，合计980升) alone where there is one."""
    # (观众19.3万人次，场均观众约1149人次: an average is no term of a quotient of totals)
    before = [f for f in before if f.value > 0 and f.claim.start > since and not lexicon.HEAD_AVERAGE_LEAD.search(levels.lead(f, text))]
    # (男婴A、女婴B: each item's own words, after the list's 、, and its unit: 1636户)
    named = [f for f in before if re.search(words, levels.lead(f, text).rpartition("、")[2] + (f.claim.unit or ""))]
    summed = [f for f in before if named and f.claim.start > named[-1].claim.start and f.claim.unit == named[-1].claim.unit
              and "\n" not in text[named[-1].claim.end:f.claim.start] and lexicon.SUMMED_LAST.search(levels.lead(f, text))]
    return summed[-1:] or named


def _quotient_named(told: Fact, text: str) -> tuple[str, str, str] | tuple[str, str, str, float] | None:
    """The quotient of lexicon.QUOTIENTS_NAMED a figure's words name, if any (油耗8.1升/百公里:
    the 百公里 its unit keeps)."""
    if told.claim.kind not in ("amount", "share"):
        return None
    lead = levels.lead(told, text)
    if (told.claim.unit or "").endswith(lexicon.PER_HUNDRED_KM):
        lead = lexicon.PER_HUNDRED_KM.lstrip("/") + CLAUSE_STOP.split(lead)[-1]
    return next((q for q in lexicon.QUOTIENTS_NAMED if re.search(f"{q[0]}{lexicon.QUOTIENT_SAID}", lead)), None)


def _station_spacing(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``全长36公里，共设车站18座，平均站间距2.1公里``: the line's length over one gap fewer
    than its stations (a loop line as many), the length and stations told last before it
    in its paragraph."""
    found: list[Suggestion] = []
    for spacing in facts:
        if units.dimension(spacing.claim.unit) != "length" \
                or not lexicon.STATION_SPACING_BEFORE.search(levels.lead(spacing, text)):
            continue
        paragraph = text.rfind("\n", 0, spacing.claim.start)
        before = _before_in_paragraph(spacing, facts, text)
        # (延长6.2公里: a difference, no length; 一、线路长度：…全长28.6公里 ⏎ 二、站点：…: a
        # line's length named on a line above)
        lengths = [f for f in before if units.dimension(f.claim.unit) == "length" and not levels.difference_led(f, text)] \
            or [f for f in facts if spacing.claim.start - LENGTH_READ <= f.claim.start and f.claim.end <= paragraph
                and units.dimension(f.claim.unit) == "length" and lexicon.LINE_LENGTH_NAMED.search(levels.lead(f, text))]
        stations = [f for f in before if f.claim.unit in ("座", "个") and f.claim.qualifier == "exact"
                    and lexicon.STATIONS_NAMED.search(levels.lead(f, text) + text[f.claim.end:f.claim.end + 2])]
        if not lengths or not stations or stations[-1].value < 2:
            continue
        length, count = lengths[-1], stations[-1]
        along = (units.converted(length.value, length.claim.unit) or 0) / (units.converted(1.0, spacing.claim.unit) or 1)
        gaps = count.value if lexicon.LOOP_LINE.search(text, max(paragraph, 0), spacing.claim.start) else count.value - 1
        least, most = levels.worked_out(spacing, text)
        slack = (length.high - length.low) / 2 / max(length.value, 1e-9) * along / gaps
        if least - slack <= along / gaps <= most + slack:
            continue
        found.append(make("inconsistent", (spacing, length, count), 0.8, "average_vs_total",
                          a=spacing.claim.text, total=length.claim.text, count=f"{gaps:g}",
                          actual=units.written_like(along / gaps, spacing.claim.text)))
    return found


def _holding_all(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``每辆大巴限坐45人，共有学生412人，至少需要租用大巴10辆``: as many as hold everyone,
    the last part-full: the total over what each holds, rounded up, the total the last of
    its unit told before the count needed in its paragraph."""
    found: list[Suggestion] = []
    for index, each in enumerate(facts):
        holds = lexicon.HOLDS_EACH.search(levels.lead(each, text))
        # (租用49座大巴，…共需9辆: a coach of so many seats, so many buses)
        seats = each.claim.unit == "座" and lexicon.SEATED_VEHICLE.match(text, each.claim.end) is not None
        if (holds is None and not seats) or each.claim.qualifier != "exact" or not each.value:
            continue
        paragraph = text.rfind("\n", 0, each.claim.start)
        needed = next((f for f in facts[index + 1:] if f.claim.qualifier == "exact" and f.claim.unit
                       and lexicon.NEEDED_BEFORE.search(levels.lead(f, text))
                       and (f.claim.unit == "辆" if holds is None
                            else holds["what"] in levels.lead(f, text) + text[f.claim.end:f.claim.end + 3])), None)
        held = _held_by(each)
        totals = [f for f in facts if paragraph < f.claim.start and f is not each and f.claim.qualifier == "exact"
                  and any(units.same(f.claim.unit, unit) for unit in held)
                  and needed is not None and f.claim.end <= needed.claim.start]
        if needed is None or not totals:
            continue
        total = max(totals, key=lambda f: f.value)
        if needed.value == math.ceil(total.value / each.value - 1e-9):
            continue
        found.append(make("inconsistent", (needed, total, each), 0.8, "worked_wrong", a=needed.claim.text,
                          expression=f"{total.claim.text}÷{each.claim.text}",
                          expected=f"{math.ceil(total.value / each.value - 1e-9)}{needed.claim.unit}"))
    return found


def _travel_times(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``全程1450公里，我每小时跑60公里，要跑约24小时``, ``时速60公里，行驶20小时，全程1200公里``:
    a trip's length over its speed is its time. Each is the last of its kind before the
    speed in its paragraph, or the first after it in its sentence; the later told of the
    length and the time, after the speed, is checked (a speed told last is
    ``arithmetic._speeds``'s)."""
    found: list[Suggestion] = []
    for speed in facts:
        lead = levels.lead(speed, text)
        if units.dimension(speed.claim.unit) != "length" or not speed.value \
                or not (lexicon.SPEED_LEAD.search(lead) or lexicon.SPEED_PER_HOUR_LEAD.search(lead)):
            continue
        near = [f for f in facts if f.sentence == speed.sentence and f.claim.start >= speed.claim.end] \
            + _before_in_paragraph(speed, facts, text)[::-1]
        near = [f for f in near if f.value > 0 and not lexicon.NOT_A_TRIP_BEFORE.search(levels.lead(f, text))]
        # (空载返程时速75公里: another leg's speed, no length)
        length = next((f for f in near if units.dimension(f.claim.unit) == "length"
                       and not lexicon.SPEED_PER_BEFORE.search(levels.lead(f, text))), None)
        time = next((f for f in near if units.hours_in(f.claim.unit, f.claim.text) is not None), None)
        # (单程150公里，往返共用时5小时: one way's length, both ways' time)
        if length is None or time is None or _one_way_against_both(length, time, text):
            continue
        checked = max(length, time, key=lambda f: f.claim.start)
        if checked.claim.start < speed.claim.start \
                or lexicon.STOPS_ON_THE_WAY.search(text, min(length.claim.end, time.claim.end), checked.claim.start):
            continue
        # the length in the speed's unit, the time in hours
        along = (units.converted(1.0, length.claim.unit) or 1.0) / (units.converted(1.0, speed.claim.unit) or 1.0)
        hours = units.hours_in(time.claim.unit, time.claim.text) or 0.0
        if checked is time:
            low, high = length.low * along / speed.high / hours, length.high * along / speed.low / hours
            expected, expression = length.value * along / speed.value / hours, f"{length.claim.text}÷每小时{speed.claim.text}"
        else:
            low, high = speed.low * time.low * hours / along, speed.high * time.high * hours / along
            expected, expression = speed.value * time.value * hours / along, f"每小时{speed.claim.text}×{time.claim.text}"
        least, most = levels.worked_out(checked, text)
        if least <= high * 1.001 and low * 0.999 <= most:
            continue
        found.append(make("inconsistent", (checked, speed), 0.8, "worked_wrong", a=checked.claim.text,
                          expression=expression,
                          expected=units.written_like(expected, checked.claim.text) + (checked.claim.unit or "")))
    return found


def _tiered_charges(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``起步价8元（含3公里），超出部分每公里2.4元。乘坐10公里，应付车费24.8元``;
    ``用电461千瓦时，其中第一档（180千瓦时以内）每千瓦时0.53元，超出部分每千瓦时0.68元，应缴电费``:
    a start fee (or the first tier's rate over its bound) and the rate past the bound over
    what was used make the charge told after them, in one paragraph."""
    found: list[Suggestion] = []
    for over in facts:
        tier = lexicon.OVER_TIER_RATE.search(levels.lead(over, text))
        if tier is None or units.dimension(over.claim.unit) != "money" or over.claim.qualifier != "exact":
            continue
        paragraph = [f for f in facts if text.rfind("\n", 0, f.claim.start) == text.rfind("\n", 0, over.claim.start)]
        measure = tier.string[tier.start("per"):]  # (每公里: 公里, as the figures' unit says)
        per = [f for f in paragraph if f.claim.unit and measure.startswith(f.claim.unit)]
        # (the bound 含3公里, 180千瓦时以内; what was used, told exactly)
        bounds = [f for f in per if f.claim.end <= over.claim.start
                  and lexicon.TIER_BOUND_AROUND.search(text, f.claim.start - 2, f.claim.end + 3)]
        used = [f for f in per if f not in bounds and f.claim.qualifier == "exact"]
        before = [f for f in paragraph if f.claim.end <= over.claim.start and units.same(f.claim.unit, over.claim.unit)]
        starts = [f for f in before if lexicon.START_FEE_BEFORE.search(levels.lead(f, text))]
        rates = [f for f in before if per and f"每{per[0].claim.unit}" in levels.lead(f, text)]
        totals = [f for f in paragraph if f.claim.start > over.claim.end and units.same(f.claim.unit, over.claim.unit)
                  and lexicon.CHARGE_TOTAL_BEFORE.search(levels.lead(f, text))]
        if len(bounds) != 1 or len(used) != 1 or not totals or len(starts) + len(rates) != 1:
            continue
        bound, amount, total = bounds[0], used[0], totals[0]
        past = max(amount.value - bound.value, 0.0)
        first = starts[0].value if starts else rates[0].value * min(amount.value, bound.value)
        # (另收燃油附加费1元: a flat charge on top)
        extras = [f for f in paragraph if over.claim.end <= f.claim.start < total.claim.start
                  and units.same(f.claim.unit, over.claim.unit) and lexicon.EXTRA_CHARGE.search(levels.lead(f, text))]
        expected = first + past * over.value + sum(f.value for f in extras)
        # (33.0元 for 33.04: a fare told to the 角 is rounded to it)
        if abs(total.value - expected) <= max(0.01, total.place / 2) + 1e-9 or total.claim.qualifier != "exact":
            continue
        bound_told = f"{bound.value:g}{bound.claim.unit}"  # (180千瓦时以内: the bound)
        first_told = starts[0].claim.text if starts else f"{bound_told}×{rates[0].claim.text}"
        first_told = "+".join([first_told, *(f.claim.text for f in extras)])
        found.append(make("inconsistent", (total, over), 0.8, "worked_wrong", a=total.claim.text,
                          expression=f"{first_told}+({amount.claim.text}-{bound_told})×{over.claim.text}",
                          expected=f"{expected:.2f}".rstrip("0").rstrip(".") + (total.claim.unit or "")))
    return found


def _capacities(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``接驳车18辆，每辆45座，每轮可运送810人``, ``每天6班，每班限载120人，日最大运力约720人次``:
    what so many hold, each so many seats (or a cap on each), is the count (the last figure
    of the each's measure before it in its sentence) times each, a seat a person."""
    found: list[Suggestion] = []
    for index, each in enumerate(facts):
        told = lexicon.CAPACITY_EACH.search(levels.lead(each, text))
        if told is None or each.claim.qualifier != "exact":
            continue
        measure = told["each"] or told["each_of"]
        # (or a load in its own unit: 每箱装载水果22吨，一趟就能运送1120吨)
        held = _held_by(each)
        total = next((f for f in facts[index + 1:] if f.sentence == each.sentence
                      and f.claim.unit in held
                      and lexicon.CAPACITY_TOTAL_BEFORE.search(levels.lead(f, text))), None)
        # the count in the each's measure (24班 of 每班次; 60个冷藏集装箱 of 每箱), before it
        # or between it and the total (每列定员613人，每天开行48列)
        counts = [f for f in facts[max(0, index - FIGURES_NEAR):index + FIGURES_NEAR] if f.sentence == each.sentence
                  and f.claim.qualifier == "exact" and f is not each
                  and f.claim.end <= (total.claim.start if total else each.claim.start)
                  and _counts_in(f, measure, text)]
        if not counts or total is None or not (each.claim.unit in lexicon.SEAT_UNITS or units.additive(each.claim.unit)):
            continue
        count = counts[-1]
        expected = count.value * each.value
        least, most = levels.worked_out(total, text)
        if least <= expected <= most:
            continue
        found.append(make("inconsistent", (total, count, each), 0.8, "worked_wrong", a=total.claim.text,
                          expression=f"{count.claim.text}×{each.claim.text}",
                          expected=f"{expected:g}{total.claim.unit}"))
    return found
