"""A stock told at a period's opening, what was added and taken away since, and the stock
at its close (年初床位2860张，当年新增740张，撤并180张，年末达到3420张): the close is the
opening plus the additions less the removals, to their rounding."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

FLOWS = 4  # additions and removals told between an opening and a close, at most


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each close of a sentence that its opening and flows do not make."""
    found: list[Suggestion] = []
    for index, opening in enumerate(facts):
        if not _told(opening, lexicon.STOCK_OPENING, text):
            continue
        flows: list[tuple[Fact, int]] = []
        for fact in facts[index + 1:index + FLOWS + 2]:
            if fact.sentence != opening.sentence or not units.same(fact.claim.unit, opening.claim.unit):
                break
            if _told(fact, lexicon.STOCK_CLOSING, text):
                if flows:
                    found += _off(opening, flows, fact, text)
                break
            sign = 1 if _told(fact, lexicon.STOCK_ADDED, text) else -1 if _told(fact, lexicon.STOCK_TAKEN, text) else 0
            if not sign:
                break  # (a figure of neither: no plain tally)
            flows.append((fact, sign))
    return found


def _told(fact: Fact, words: re.Pattern[str], text: str) -> bool:
    """Whether a figure, told exactly or about, is one its own clause's words name so."""
    return fact.claim.kind == "amount" and fact.claim.qualifier in ("exact", "about") \
        and units.additive(fact.claim.unit) and words.search(levels.lead(fact, text)) is not None


def _off(opening: Fact, flows: list[tuple[Fact, int]], closing: Fact, text: str) -> list[Suggestion]:
    """The alarm, where the opening and the flows cannot make the close."""
    low = opening.low + sum(f.low if sign > 0 else -f.high for f, sign in flows)
    high = opening.high + sum(f.high if sign > 0 else -f.low for f, sign in flows)
    least, most = levels.counted(closing)
    if low <= most * 1.001 and least * 0.999 <= high:
        return []
    expected = opening.value + sum(sign * f.value for f, sign in flows)
    expression = opening.claim.text + "".join(("+" if sign > 0 else "−") + f.claim.text for f, sign in flows)
    return [make("inconsistent", (closing, opening, *(f for f, _ in flows)), 0.8, "worked_wrong",
                 a=closing.claim.text, expression=expression,
                 expected=units.written_like(expected, closing.claim.text) + (closing.claim.unit or ""))]
