"""A whole's make-up told a line a part (市民日常出行方式构成 ⏎ 公共交通｜46.2% ⏎ 小汽车｜31.4% ⏎
…, or ❖ 制造业：27.5% under 行业分布), or a line a whole (工资构成（基本工资、绩效、其他）： ⏎
—甲企业 52.4%、31.8%、15.8%): the parts' shares make 100%, to their rounding. A heading
names the make-up (构成, 结构, 分布), or the last part is the rest (其他)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact, by_line
from annotator.linking.suggestion import Suggestion, make

PARTS_AT_LEAST = 3  # lines a make-up is told in, at least
SLACK = 0.1  # points shares that make a whole may stray past their rounding
ROWS_READ = 8  # rows of parts read up past to their heading
BELOW_READ = 32  # characters of the line below a make-up read for a rest told there
LABEL = re.compile("[^%％]*[\u4e00-\u9fffA-Za-z][^%％]*")  # a line's words before its share (18至35岁 too)
LINE_END = re.compile("[ \t\u3000。；;，,]*")  # what may close a part's line after its share


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each make-up, told a line a part or a line a whole, whose shares do not make 100%."""
    # (a table's 46.2% reads as a change till its heading says; a line with a figure of its own
    # besides, 东港作业区 276.3 65.4 23.7%, is a row of a table, its share a rate; a band is
    # a part's name, 18至35岁)
    told = by_line(facts, text)
    lines = {start: [f for f in line if f.claim.unit in ("%", "％")] for start, line in told.items()
             if all(f.claim.unit in ("%", "％") or _a_band(f) for f in line)}
    found: list[Suggestion] = []
    run: list[tuple[int, Fact]] = []
    last = -1  # the start of the run's last line (a part's own part, 其中…, read past)
    for start in [*sorted(lines), -1]:
        part = _part_line(start, lines.get(start, []), told.get(start, []), text)
        if part is not None and run and text.count("\n", last, start) == 1:
            last = start
            if not lexicon.PART_OF_A_PART.match(text, start):
                run.append((start, part))
            continue
        last = start
        if len(run) >= PARTS_AT_LEAST and _a_make_up(run, text):
            found += _off([fact for _, fact in run])
        run = [(start, part)] if part is not None else []
        if start >= 0 and part is None and len(row := lines[start]) >= PARTS_AT_LEAST \
                and _a_row_of_parts(start, row, text):
            found += _off(row)
    return found


def _a_band(fact: Fact) -> bool:
    """18至35岁, 60岁以上: a band of figures naming a group, no figure of its own."""
    return fact.claim.value_high is not None or fact.claim.qualifier in ("over", "under")


def _part_line(start: int, shares: list[Fact], line: list[Fact], text: str) -> Fact | None:
    """A line that is a label (its bands aside, no figure in it) and its one share, and
    nothing after (but a stop)."""
    if len(shares) != 1:
        return None
    share = shares[0]
    end = text.find("\n", share.claim.end)
    label = text[start:share.claim.start]
    for band in line:
        if band is not share:
            label = label.replace(band.claim.text, "")
    if not LABEL.fullmatch(text, start, share.claim.start) or lexicon.ANY_DIGIT.search(label) \
            or lexicon.CHANGED_LABEL.search(text, start, share.claim.start) \
            or not LINE_END.fullmatch(text, share.claim.end, len(text) if end < 0 else end):
        return None
    return share


def _a_make_up(run: list[tuple[int, Fact]], text: str) -> bool:
    """Whether a run of part lines tells a whole's make-up: its heading (the line above, or
    the one above a table's header) names one, or its last part is the rest; and no
    survey's several answers, no main parts only."""
    first = run[0][0]
    above = text.rfind("\n", 0, max(first - 1, 0)) + 1 if first else first
    higher = text.rfind("\n", 0, max(above - 1, 0)) + 1 if above else above
    heading = text[higher:first]
    last = run[-1][1]
    words = text[text.rfind("\n", 0, last.claim.start) + 1:last.claim.start]
    after = text.find("\n", last.claim.end)
    below = "" if after < 0 else text[after + 1:after + 1 + BELOW_READ].split("\n", 1)[0]
    # (…⏎ 其余为未填写者: a rest told below, its share unsaid)
    if lexicon.SEVERAL_ANSWERS.search(heading) or lexicon.MAIN_PARTS_ONLY.search(heading) \
            or lexicon.REST_NAMED.search(below):
        return False
    return lexicon.MAKE_UP_NAMED.search(heading) is not None or lexicon.REST_NAMED.search(words) is not None


def _a_row_of_parts(start: int, row: list[Fact], text: str) -> bool:
    """Whether a line's shares, listed with 、 after its label, are one whole's parts in the
    order a heading above names them (工资构成（基本工资、绩效、其他）：)."""
    heading, line = "", start
    for _ in range(ROWS_READ):  # (up past the rows above it to the heading)
        if not line:
            break
        above = text.rfind("\n", 0, line - 1) + 1
        heading, line = text[above:line], above
        if not lexicon.ROW_OF_SHARES.search(heading):
            break
    return lexicon.MAKE_UP_NAMED.search(heading) is not None \
        and all(text[a.claim.end:b.claim.start] in ("、", "，", ",") for a, b in pairwise(row)) \
        and LABEL.fullmatch(text, start, row[0].claim.start) is not None


def _off(parts: list[Fact]) -> list[Suggestion]:
    """The alarm, where the parts' shares cannot make 100% to their rounding."""
    return [whole_made(parts)] if off_the_whole(parts, SLACK) else []


def off_the_whole(parts: Sequence[Fact], slack: float) -> bool:
    """Whether shares that make a whole add up to something else than 100%, past their
    rounding and ``slack`` points."""
    bounds = [levels.counted(share) for share in parts]
    low, high = sum(b[0] for b in bounds), sum(b[1] for b in bounds)
    return high < 100 - slack or low > 100 + slack


def whole_made(parts: Sequence[Fact]) -> Suggestion:
    """The alarm on shares that should make a whole and do not."""
    return make("inconsistent", tuple(parts), 0.8, "shares_make_whole", parts="+".join(f.claim.text for f in parts),
                actual=units.written_like(sum(f.value for f in parts), parts[0].claim.text) + "%")
