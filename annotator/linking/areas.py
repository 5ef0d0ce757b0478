"""A rectangle's sides and its area told together (宽35厘米、高24厘米，版面面积840平方厘米;
地块长120米、宽80米，面积9600平方米; 边长30米的正方形…面积900平方米): ad orders, land notices
and building reports give both, and the area must be the sides' product, to their rounding.
A third side (长宽高: a box, its volume) or a floor area (建筑面积: so many storeys) is
left alone."""

from __future__ import annotations

from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

FIGURES_BACK = 4  # figures before an area its sides are among


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each area its sentence's sides do not make."""
    found: list[Suggestion] = []
    for index, area in enumerate(facts):
        square = _metres(area.claim.unit, lexicon.AREA_UNITS)
        lead = levels.lead(area, text)
        if square is None or area.claim.qualifier not in ("exact", "about") \
                or not lexicon.AREA_BEFORE.search(lead) or lexicon.FLOOR_AREA.search(lead):
            continue
        sides = [(f, side) for f in facts[max(0, index - FIGURES_BACK):index] if f.sentence == area.sentence
                 and _metres(f.claim.unit, lexicon.LENGTH_UNITS) is not None and f.claim.qualifier == "exact"
                 and (side := lexicon.SIDE_BEFORE.search(levels.lead(f, text)))]
        named = {side["side"] for _, side in sides}
        if not ((len(sides) == 2 and len(named) == 2 and "边长" not in named)
                or (len(sides) == 1 and named == {"边长"})):
            continue
        lengths = [f for f, _ in sides] * (3 - len(sides))  # (a square's side, twice)
        made = 1.0
        for f in lengths:
            made *= f.value * (_metres(f.claim.unit, lexicon.LENGTH_UNITS) or 1.0)
        least, most = levels.counted(area)
        if least * square * 0.999 <= made <= most * square * 1.001:
            continue
        found.append(make("inconsistent", (area, *(f for f, _ in sides)), 0.8, "worked_wrong", a=area.claim.text,
                          expression="×".join(f.claim.text for f in lengths),
                          expected=units.written_like(made / square, area.claim.text) + (area.claim.unit or "")))
    return found


def _metres(unit: str | None, table: dict[str, float]) -> float | None:
    """A length's metres or an area's square metres, by the unit's name."""
    return table.get(unit or "")
