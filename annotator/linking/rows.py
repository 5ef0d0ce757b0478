"""What a note under a table tells of its rows (指标｜2022年｜2023年｜2024年 …; 注：2022—2024年
利润总额合计12.29亿元；2024年营业收入同比增长23.5%): a row's total over the years it spans,
and a row's growth in a year against the year before, as the header's columns give them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

RATE_SLACK = 0.05  # a rate told to its tenth, worked from rounded cells
TABLE_READ = 2000  # a note's table stands this close above it


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Every such figure that the row it names does not give."""
    found: list[Suggestion] = []
    for fact in facts:
        lead = levels.clause_before(fact, text)
        if (summed := lexicon.ROW_SUMMED_BEFORE.search(lead)) and fact.claim.kind == "amount":
            found += _row_total(fact, summed, facts, text)
        elif (grown := lexicon.ROW_GROWN_BEFORE.search(lead)) and fact.claim.kind == "change" \
                and fact.claim.unit in ("%", "％"):
            found += _row_growth(fact, grown, facts, text)
    return found


def _row_total(total: Fact, said: re.Match[str], facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """2022—2024年利润总额合计T: the row's cells of those years add up to T."""
    cells = _cells(said["name"], facts, text, total)
    years = _years(text, total)
    first, last = int(said["a"]), int(said["b"])
    if cells is None or years is None or len(years) != len(cells):
        return []
    summed = [cell for year, cell in zip(years, cells, strict=True) if first <= year <= last]
    if len(summed) != last - first + 1 or not all(units.same(c.claim.unit, total.claim.unit) for c in summed):
        return []
    low = sum(levels.counted(c)[0] for c in summed)
    high = sum(levels.counted(c)[1] for c in summed)
    least, most = levels.counted(total)
    if low <= most * 1.001 and least <= high * 1.001:
        return []
    return [make("inconsistent", (total, *summed), 0.8, "listed_sum",
                 parts="+".join(c.claim.text for c in summed), total=total.claim.text,
                 actual=units.written_like(sum(c.value for c in summed), total.claim.text))]


def _row_growth(change: Fact, said: re.Match[str], facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """2024年营业收入同比增长X%: the row's cell of that year over the year before's."""
    cells = _cells(said["name"], facts, text, change)
    years = _years(text, change)
    if cells is None or years is None or len(years) != len(cells):
        return []
    by_year = dict(zip(years, cells, strict=True))
    year = int(said["year"])
    later, earlier = by_year.get(year), by_year.get(year - 1)
    if later is None or earlier is None or not earlier.value or not units.same(later.claim.unit, earlier.claim.unit):
        return []
    growth = (later.value / earlier.value - 1) * 100
    floor, ceiling = levels.stated(change, text)
    sign = -1 if change.direction == "down" else 1
    low, high = sorted((sign * floor, sign * ceiling))
    margin = RATE_SLACK + levels.rounding(earlier, later) * 100
    if low - margin <= growth <= high + margin:
        return []
    return [make("inconsistent", (change, earlier, later), 0.85, "growth_vs_levels", a=change.claim.text,
                 later=later.claim.text, earlier=earlier.claim.text, expected=f"{growth:.1f}%")]


def _cells(name: str, facts: Sequence[Fact], text: str, told: Fact) -> list[Fact] | None:
    """The figures of the table row named ``name`` above ``told`` (its line opening with
    the name and a column mark), in order; None where no such row stands."""
    start = max(0, told.claim.start - TABLE_READ)
    row = re.compile(f"(?:^|\\n){re.escape(name)}[｜|]([^\\n]*)").search(text, start, told.claim.start)
    if row is None:
        return None
    first = bisect.bisect_left(facts, row.start(1), key=lambda f: f.claim.start)
    last = bisect.bisect_right(facts, row.end(1), key=lambda f: f.claim.start)
    return [f for f in facts[first:last] if f.claim.end <= row.end(1)]


def _years(text: str, told: Fact) -> list[int] | None:
    """The years a table's header above ``told`` heads its columns with (指标｜2022年｜2023年)."""
    headers = list(lexicon.YEARS_HEADER.finditer(text, max(0, told.claim.start - TABLE_READ), told.claim.start))
    if not headers:
        return None
    return [int(y) for y in re.findall("((?:19|20)[0-9]{2})年", headers[-1].group())]
