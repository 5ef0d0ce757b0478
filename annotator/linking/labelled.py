"""Figures told under one label through a text (片长18分钟 … 片长21分钟, one a block) and the
total or average a later sentence names by that label and a count (六部连映，总片长125分钟;
五部短片平均片长约22分钟), or a total by that label right after item lines that tell one each
(第一笔：本金50000元… ⏎ 第二笔：本金20000元… ⏎ 本金合计T): the labelled figures must make
it, to their rounding."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make
from annotator.numbers import parse_number

FIGURES_BACK = 60  # labelled figures read back from a total or an average, at most
LABEL_READ = 3000  # … within this many characters
COUNT_READ = 30  # characters before a total or an average its count is read in


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each labelled total or average that no run of the count's labelled figures makes."""
    found: list[Suggestion] = []
    for index, told in enumerate(facts):
        if told.claim.qualifier not in ("exact", "about") \
                or not (units.additive(told.claim.unit) or units.dimension(told.claim.unit) == "durations"):
            continue
        named = lexicon.LABELLED_SUMMARY.search(_sentence_before(told, text))
        if named is None:
            found += _over_items(told, facts[max(0, index - FIGURES_BACK):index], text)
            continue
        if (count := parse_number(named["count"])) is None or count != int(count) or count < 2:
            continue
        label = named["label"]
        items = [f for f in facts[max(0, index - FIGURES_BACK):index]
                 if f.claim.start >= told.claim.start - LABEL_READ and f.claim.unit == told.claim.unit
                 and f.claim.qualifier == "exact" and _labelled(f, label, text)]
        size = int(count)
        if len(items) < size:
            continue
        runs = [items[at:at + size] for at in range(len(items) - size + 1)]
        average = named["average"] is not None
        over = size if average else 1
        low, high = levels.stated(told, text) if told.claim.qualifier == "about" else levels.counted(told)
        if any(sum(f.low for f in run) / over <= high + 1e-9 and low - 1e-9 <= sum(f.high for f in run) / over
               for run in runs):
            continue
        run = runs[-1]
        shown = "+".join(f.claim.text for f in run)
        found.append(make("inconsistent", (told, *run), 0.8, "worked_wrong", a=told.claim.text,
                          expression=f"({shown})÷{size}" if average else shown,
                          expected=units.written_like(sum(f.value for f in run) / over, told.claim.text)
                          + (told.claim.unit or "")))
    return found


def _over_items(told: Fact, before: Sequence[Fact], text: str) -> list[Suggestion]:
    """第一笔：本金50000元… ⏎ 第二笔：本金20000元… ⏎ 本金合计T: a total named by a label
    right after a run of item lines, each telling one figure under it, sums them."""
    clause = re.split("[，,；;。\n]", _sentence_before(told, text))[-1]
    named = lexicon.TOTAL_CLAUSE.fullmatch(clause)
    line_start = text.rfind("\n", 0, told.claim.start) + 1
    if named is None or len(named["label"]) < 2 or line_start == 0 or lexicon.ITEM_OPENING.match(text, line_start):
        return []
    items: list[Fact] = []
    end = line_start
    while end > 0 and lexicon.ITEM_OPENING.match(text, start := text.rfind("\n", 0, end - 1) + 1):
        line = [f for f in before if start <= f.claim.start < end and f.claim.unit == told.claim.unit
                and _labelled(f, named["label"], text)]
        if len(line) != 1 or line[0].claim.qualifier != "exact":
            return []
        items.insert(0, line[0])
        end = start
    low, high = levels.stated(told, text) if told.claim.qualifier == "about" else levels.counted(told)
    if len(items) < 2 or (sum(f.low for f in items) <= high + 1e-9 and low - 1e-9 <= sum(f.high for f in items)):
        return []
    return [make("inconsistent", (told, *items), 0.8, "listed_sum", parts="+".join(f.claim.text for f in items),
                 total=told.claim.text, actual=units.written_like(sum(f.value for f in items), told.claim.text))]


def _sentence_before(fact: Fact, text: str) -> str:
    """The words of its sentence before a figure, as far back as a count may stand (六部连映，总片长)."""
    before = text[max(0, fact.claim.start - COUNT_READ):fact.claim.start]
    return before[max(before.rfind(stop) for stop in "。；;！？!?\n") + 1:]


def _labelled(fact: Fact, label: str, text: str) -> bool:
    """Whether a figure's own words end with the label (第二部《夜守梅溪》　片长22分钟), no
    total or average of its own."""
    lead = levels.lead(fact, text).rstrip(" \u3000：:为是")
    return lead.endswith(label) and not lead.endswith(("总" + label, "平均" + label))
