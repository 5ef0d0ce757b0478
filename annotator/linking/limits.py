"""A measurement, the limit told beside it and how many times over the limit it is (总磷
0.26毫克/升，限值0.2毫克/升，超标0.3倍): test reports and bulletins tell the excess over the
limit as a multiple of it, some writers the measurement itself as one, and the multiple
must be either, to its rounding. (超过标准（A）N倍 is a multiple of levels compared: levels.py.)"""

from __future__ import annotations

from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

FIGURES_BACK = 3  # figures before a multiple its limit and its measurement are among


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each multiple over a limit that neither the excess nor the measurement gives."""
    found: list[Suggestion] = []
    for index, times in enumerate(facts):
        if times.claim.unit != "倍" or times.claim.qualifier not in ("exact", "about") \
                or not lexicon.OVER_LIMIT_BEFORE.search(levels.lead(times, text)):
            continue
        before = [f for f in facts[max(0, index - FIGURES_BACK):index] if f.sentence == times.sentence]
        limit = next((f for f in reversed(before) if lexicon.LIMIT_NAMED.search(levels.lead(f, text))), None)
        measured = next((f for f in reversed(before) if limit is not None and f.claim.end <= limit.claim.start
                         and units.same(f.claim.unit, limit.claim.unit)), None)
        if limit is None or measured is None or limit.claim.qualifier != "exact" or not limit.value:
            continue
        # (a limit is a rule's figure, exact as told; a measurement may be rounded)
        excess = (measured.low / limit.value - 1, measured.high / limit.value - 1)
        if any(low <= times.high * 1.001 and times.low * 0.999 <= high for low, high in (excess, (excess[0] + 1, excess[1] + 1))):
            continue
        found.append(make("inconsistent", (times, measured, limit), 0.8, "worked_wrong", a=times.claim.text,
                          expression=f"({measured.claim.text}−{limit.claim.text})÷{limit.claim.text}",
                          expected=units.written_like(measured.value / limit.value - 1, times.claim.text) + "倍"))
    return found

