"""Lines of a quotation, an invoice or a budget recapped on a line of their own (1. …金额
36720元；2. …包干5400元；… 以上五项小计69420元): each line's amount is its last figure in the
recap's unit, and the lines sum to the recap, to their rounding."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make
from annotator.numbers import parse_number

LINES_READ = 12  # the most lines a recap of 以上各项 reads back
RECAP_READ = 24  # characters a recap's words take before its figure, at most


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each recap that its lines above do not add up to."""
    found: list[Suggestion] = []
    starts = [f.claim.start for f in facts]
    for total in facts:
        if not units.additive(total.claim.unit) or total.claim.qualifier not in ("exact", "about"):
            continue
        if recap := recapped(total, text):
            told = recap["count"]
            count = None if told in (None, "各") else parse_number(told)
            amounts = _line_amounts(facts, starts, text, recap.start(), total, count)
        elif recap := _clause_recap(total, text):
            amounts = _clause_amounts(facts, starts, text, recap.start(), total)
        if recap is None or amounts is None or len(amounts) < 2 or not _of_its_lines(recap.group(), amounts, text):
            continue
        low = sum(f.low for f in amounts)
        high = sum(f.high for f in amounts)
        if low <= total.high * 1.001 and total.low * 0.999 <= high:
            continue
        found.append(make("inconsistent", (total, *amounts), 0.8, "listed_sum",
                          parts="+".join(f.claim.text for f in amounts), total=total.claim.text,
                          actual=units.written_like(sum(f.value for f in amounts), total.claim.text)))
    return found


def recapped(total: Fact, text: str) -> re.Match[str] | None:
    """以上五项小计 from its line's start to the figure; read no further back than such a
    line's words reach (an endless line costs what prose costs)."""
    floor = max(0, total.claim.start - RECAP_READ)
    line_start = text.rfind("\n", floor, total.claim.start) + 1
    if line_start == 0 and floor > 0:
        return None
    return lexicon.LINES_RECAP.fullmatch(text, line_start, total.claim.start)


def _clause_recap(total: Fact, text: str) -> re.Match[str] | None:
    """…计800元；加班费合计1480元: a total opening a clause a semicolon opens, in so few words."""
    opening = max(text.rfind(stop, max(0, total.claim.start - RECAP_READ), total.claim.start) for stop in "；;")
    return lexicon.TOTAL_CLAUSE.fullmatch(text, opening + 1, total.claim.start) if opening >= 0 else None


def _clause_amounts(facts: Sequence[Fact], starts: list[int], text: str, end: int, total: Fact) -> list[Fact] | None:
    """The amount each clause its sentence's semicolons close before ``end`` ends on, in the
    total's unit; None where a clause ends on another figure, a price each (每人500元) or a
    subtotal of the clauses before (以上小计)."""
    opening = max(text.rfind(stop, 0, end) for stop in "。！？!?\n") + 1
    amounts: list[Fact] = []
    for clause in re.finditer("[^；;]+[；;]", text[opening:end]):
        # (…计2300元，其中租用音响计800元；…（上月为450元）: a part of the amount, an aside)
        within = lexicon.ITEM_PART_OPENING.search(clause.group())
        close = opening + (clause.start() + within.start() if within else clause.end())
        inside = [f for f in facts[bisect.bisect_left(starts, opening + clause.start()):bisect.bisect_left(starts, close)]
                  if not levels.in_brackets(text, f.claim.start)]
        if not inside or inside[-1].claim.unit != total.claim.unit or inside[-1].claim.qualifier not in ("exact", "about") \
                or lexicon.EACH_OR_RECAP_LEAD.search(levels.lead(inside[-1], text)):
            return None
        amounts.append(inside[-1])
    return amounts


def _of_its_lines(recap: str, amounts: list[Fact], text: str) -> bool:
    """Whether the lines' amounts are what a recap naming a thing (③优惠合计) sums: subtotals
    (小计) any total sums, else figures named by a word of the recap's (应补 for 补贴合计; not
    报价 for 优惠合计)."""
    named = lexicon.RECAP_NAMED.search(lexicon.RECAP_OPENING.sub("", recap))
    words = named.group("named") if named else ""
    return not words or all(lexicon.SUBTOTAL_LEAD.search(levels.lead(f, text)) for f in amounts) \
        or any(set(words) & set(levels.lead(f, text)) for f in amounts)


def _line_amounts(facts: Sequence[Fact], starts: list[int], text: str, end: int, total: Fact,
                  count: float | None) -> list[Fact] | None:
    """The last figure in the total's unit of each line above ``end``: ``count`` lines, or
    (None) the run of numbered lines right above; None where a line has no such figure."""
    amounts: list[Fact] = []
    while end > 0 and len(amounts) < (count or LINES_READ):
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end - 1]
        if not line.strip():
            break
        inside = facts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end - 1)]
        # (③每天合计150份…: a line of other figures, the counts the money lines price, adds
        # nothing to them, even one summing those counts)
        apart = count is None and all(units.dimension(f.claim.unit) != units.dimension(total.claim.unit) for f in inside)
        if count is None and (not lexicon.ITEM_NUMBERED.match(line.lstrip())
                              or (lexicon.LINES_RECAP.match(line) and not apart)):  # (the lines an earlier 小计 sums up)
            break
        # (合计62720元。（门市价860元…）: an aside in brackets is no line's amount)
        last = next((f for f in reversed(inside) if f.claim.unit == total.claim.unit
                     and f.claim.qualifier in ("exact", "about") and not levels.in_brackets(text, f.claim.start)), None)
        if last is None and apart and inside:
            end = start
            continue
        if last is None:
            return None
        amounts.insert(0, last)
        end = start
    return amounts if count is None or len(amounts) == count else None
