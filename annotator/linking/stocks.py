"""A stock told at a period's opening, what was added and taken away since, and the stock
at its close (年初床位2860张，当年新增740张，撤并180张，年末达到3420张): the close is the
opening plus the additions less the removals, to their rounding; and a net told after the
flows alone (新设2846家，注销1127家，净增1719家) is the additions less the removals."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import CLAUSE_STOP, Fact
from annotator.linking.suggestion import Suggestion, make

FLOWS = 4  # additions and removals told between an opening and a close, at most


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each close of a sentence that its opening and flows do not make, and each net
    (新设A，注销B，净增C) that its flows do not."""
    found: list[Suggestion] = []
    for index, first in enumerate(facts):
        opening = first if _told(first, lexicon.STOCK_OPENING, text) else None
        if opening is None and (not _flow(first, text) or (index and facts[index - 1].sentence == first.sentence
                                                           and _flow(facts[index - 1], text))):
            continue  # (a net's flows are read from the first of them)
        flows: list[tuple[Fact, int]] = []
        for fact in facts[index + (opening is not None):index + FLOWS + 2]:
            if fact.sentence != first.sentence or not units.same(fact.claim.unit, first.claim.unit):
                break
            net = lexicon.STOCK_NET.search(levels.lead(fact, text)) if opening is None else None
            if (opening is not None and _told(fact, lexicon.STOCK_CLOSING, text)) or net:
                if {sign for _, sign in flows} == {1, -1} or (opening is not None and flows):
                    found += _off(opening, flows, fact, text, falls=net is not None and net["fall"] is not None)
                break
            sign = _flow(fact, text)
            if not sign and flows and _listed_after(flows[-1][0], fact, text):
                sign = flows[-1][1]  # (扣除社保1045元、个税63元: an item of the list its flow opened)
            if not sign:
                break  # (a figure of neither: no plain tally)
            flows.append((fact, sign))
    return found


def _flow(fact: Fact, text: str) -> int:
    """1 for an addition, -1 for a removal, 0 for neither."""
    return 1 if _told(fact, lexicon.STOCK_ADDED, text) else -1 if _told(fact, lexicon.STOCK_TAKEN, text) else 0


def _listed_after(flow: Fact, fact: Fact, text: str) -> bool:
    """Whether a figure follows a flow as the next item of one list (、个税63元)."""
    between = text[flow.claim.end:fact.claim.start]
    return lexicon.LIST_JOIN.match(between) is not None and not CLAUSE_STOP.search(between)


def _told(fact: Fact, words: re.Pattern[str], text: str) -> bool:
    """Whether a figure, told exactly or about, is one its own clause's words name so."""
    return fact.claim.kind == "amount" and fact.claim.qualifier in ("exact", "about") \
        and units.additive(fact.claim.unit) and words.search(levels.lead(fact, text)) is not None


def _off(opening: Fact | None, flows: list[tuple[Fact, int]], closing: Fact, text: str,
         falls: bool = False) -> list[Suggestion]:
    """The alarm, where the opening (none: a net's) and the flows cannot make the close (a
    net fall its opposite)."""
    way = -1 if falls else 1
    low = (opening.low if opening else 0.0) + sum(f.low if sign * way > 0 else -f.high for f, sign in flows)
    high = (opening.high if opening else 0.0) + sum(f.high if sign * way > 0 else -f.low for f, sign in flows)
    least, most = levels.counted(closing)
    if low <= most * 1.001 and least * 0.999 <= high:
        return []
    expected = (opening.value if opening else 0.0) + sum(sign * way * f.value for f, sign in flows)
    # (出生A，死亡B，自然减少C: told B−A, the figures' signs as the net's way reads them)
    ordered = flows if opening else sorted(flows, key=lambda flow: flow[1] * way < 0)
    said = "".join(("+" if sign * way > 0 else "−") + f.claim.text for f, sign in ordered)
    expression = opening.claim.text + said if opening else said.removeprefix("+")
    return [make("inconsistent", (closing, *([opening] if opening else []), *(f for f, _ in flows)), 0.8, "worked_wrong",
                 a=closing.claim.text, expression=expression,
                 expected=units.written_like(expected, closing.claim.text) + (closing.claim.unit or ""))]
