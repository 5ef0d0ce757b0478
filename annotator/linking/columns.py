"""A table's column worked out of two others in every row (品种｜2024年｜2025年｜增幅; 计划｜已开工｜
开工率; 认证产品｜总数｜占比): the working the other rows all follow is the column's, and the one
row it does not fit is told wrong. A column of shares of one whole (类别｜占比 … 其他｜…) makes
100%. Cells are read as the text writes them, bare numbers too (their unit in the title)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import permutations

from annotator import lexicon
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

ROWS = 40  # rows of one table judged together (an endless table, a block at a time)
COLUMNS = 12  # cells of a row read, at most
LEAST_ROWS = 3  # rows a column must fill to show its working
SHARES_SLACK = 0.1  # points shares of one whole may miss 100 by, past their rounding
_CELLS = lexicon.TABLE_CELL_TABBED  # (a line indented by a tab is no row: only marks within it part cells)
_CELL = re.compile(r"\s*(?P<number>[-−]?[0-9]+(?:\.[0-9]+)?)\s*(?P<percent>[%％])?\s*")

# how a column is worked out of two others, a and b, as a table's note would write it
_WORKINGS: dict[str, Callable[[float, float], float]] = {
    "({b}÷{a}−1)×100%": lambda a, b: (b / a - 1) * 100,
    "(1−{b}÷{a})×100%": lambda a, b: (1 - b / a) * 100,
    "{a}÷{b}×100%": lambda a, b: a / b * 100,
    "{b}−{a}": lambda a, b: b - a,
    "{a}÷{b}": lambda a, b: a / b,
    "{a}+{b}": lambda a, b: a + b,
    "{a}×{b}": lambda a, b: a * b,
}
_PERCENT = {"({b}÷{a}−1)×100%", "(1−{b}÷{a})×100%", "{a}÷{b}×100%"}  # workings that give a percentage
_EITHER_ORDER = {"{a}+{b}", "{a}×{b}"}


@dataclass(frozen=True, slots=True)
class Cell:
    value: float
    half: float  # half its last place: how far its rounding reaches
    percent: bool
    start: int  # where its number stands in the text


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    cells: tuple[Cell | None, ...]  # None: a cell of words (the row's name's among them)

    def at(self, column: int) -> Cell | None:
        return self.cells[column] if column < len(self.cells) else None


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each cell that its column's working in the other rows does not give."""
    if "｜" not in text and "|" not in text and "\t" not in text:
        return []  # (most texts: no table)
    starts = [f.claim.start for f in facts]

    def fact_at(cell: Cell | None) -> Fact | None:
        index = bisect_left(starts, cell.start) if cell else len(starts)
        return facts[index] if index < len(facts) and cell and starts[index] == cell.start else None

    found: list[Suggestion] = []
    for title, header, rows in _tables(text):
        for first in range(0, len(rows), ROWS):
            block = rows[first:first + ROWS]
            found += _worked_columns(block, fact_at)
            found += _shares_of_one_whole(title, header, block, fact_at)
    return found


def _tables(text: str) -> Iterator[tuple[str, list[str], list[Row]]]:
    """Each table: the line above it, its header's cells, and its rows."""
    lines = text.split("\n")
    at = index = 0
    while index < len(lines):
        if not _CELLS.search(lines[index].strip()):
            at += len(lines[index]) + 1
            index += 1
            continue
        title = lines[index - 1] if index else ""
        header = [c.strip() for c in _CELLS.split(lines[index].strip(" |｜\t"))]
        at += len(lines[index]) + 1
        index += 1
        rows: list[Row] = []
        while index < len(lines) and _CELLS.search(lines[index].strip()):
            if not lexicon.TABLE_RULE_ROW.fullmatch(lines[index]):
                rows.append(_row(lines[index], at))
            at += len(lines[index]) + 1
            index += 1
        yield title, header, rows


def _row(line: str, at: int) -> Row:
    cells: list[Cell | None] = []
    start = 0
    for mark in [*_CELLS.finditer(line), None][:COLUMNS]:
        end = mark.start() if mark else len(line)
        if cell := _CELL.fullmatch(line, start, end):
            number = cell["number"].replace("−", "-")
            half = 0.5 * 10 ** -len(number.partition(".")[2])
            cells.append(Cell(float(number), half, bool(cell["percent"]), at + cell.start("number")))
        else:
            cells.append(None)
        start = end + 1
    name = _CELLS.split(line.strip(" |｜\t"), maxsplit=1)[0].strip()
    if line.lstrip(" ").startswith(("|", "｜")):
        cells = cells[1:]  # (| 第一产业 | 198.7 |: a Markdown row opens with its mark)
    return Row(name, tuple(cells))


def _worked_columns(rows: list[Row], fact_at: Callable[[Cell | None], Fact | None]) -> list[Suggestion]:
    """A column that one working of two others gives in every row but one, that row's cell
    a claim: told wrong (two workings blaming two rows: no telling)."""
    found: list[Suggestion] = []
    width = max((len(row.cells) for row in rows), default=0)
    for told in range(1, width):
        blamed = _blamed(rows, told, width)
        if blamed is None:
            continue
        said, a, b, fitting, row = blamed
        cell = row.at(told)
        wrong_fact = fact_at(cell)
        beside = next(((f, c) for other in fitting if (f := fact_at(c := other.at(told))) and c), None)
        left, right = row.at(a), row.at(b)
        if cell is None or wrong_fact is None or beside is None or left is None or right is None:
            continue
        value = _WORKINGS[said](left.value, right.value)
        places = max(0, round(-math.log10(beside[1].half * 2)))  # (as the column's other cells are told)
        found.append(make("inconsistent", (wrong_fact, beside[0]), 0.8, "worked_wrong", a=wrong_fact.claim.text,
                          expression=said.format(a=f"{left.value:g}", b=f"{right.value:g}"),
                          expected=f"{value:.{places}f}" + ("%" if cell.percent else "")))
    return found


def _blamed(rows: list[Row], told: int, width: int) -> tuple[str, int, int, list[Row], Row] | None:
    """The working, its two columns, the rows it fits and the one row it does not, where
    the column ``told`` has one; None where a working fits every row, or none blames one."""
    blamed: list[tuple[str, int, int, list[Row], Row]] = []
    for a, b in permutations([c for c in range(1, width) if c != told], 2):
        filled = [row for row in rows if all(row.at(c) is not None for c in (a, b, told))]
        if len(filled) < LEAST_ROWS:
            continue
        percent = all(cell.percent for row in filled if (cell := row.at(told)))
        for said, work in _WORKINGS.items():
            if (said in _PERCENT) != percent or (said in _EITHER_ORDER and a > b):
                continue
            fitting = [row for row in filled if _fits(work, row.at(a), row.at(b), row.at(told))]
            if len(fitting) == len(filled):
                return None  # the column holds
            if len(fitting) == len(filled) - 1:
                blamed.append((said, a, b, fitting, next(row for row in filled if row not in fitting)))
    return blamed[0] if len({id(entry[4]) for entry in blamed}) == 1 else None


def _fits(work: Callable[[float, float], float], a: Cell | None, b: Cell | None, told: Cell | None) -> bool:
    """Whether the working of two cells, each anywhere in its rounding, gives the cell told."""
    if a is None or b is None or told is None:
        return False
    try:
        corners = [work(x, y) for x in (a.value - a.half, a.value + a.half) for y in (b.value - b.half, b.value + b.half)]
    except ZeroDivisionError:
        return False
    return min(corners) - told.half - 1e-9 <= told.value <= max(corners) + told.half + 1e-9


def _shares_of_one_whole(title: str, header: list[str], rows: list[Row],
                         fact_at: Callable[[Cell | None], Fact | None]) -> list[Suggestion]:
    """类别｜占比 with a row for the rest (其他), or under a title naming a whole's make-up
    (商品结构): the column's shares make 100%, to their rounding."""
    if not (lexicon.WHOLE_SPLIT_TITLE.search(title) or any(lexicon.REST_ROW.fullmatch(row.name) for row in rows)):
        return []
    found: list[Suggestion] = []
    rows = [row for row in rows if not lexicon.TABLE_TOTAL_ROW.fullmatch(row.name)]  # (合计｜100%: the whole itself)
    for column, name in enumerate(header[1:], start=1):
        cells = [row.at(column) for row in rows]
        facts = [f for cell in cells if cell and cell.percent and (f := fact_at(cell))]
        if not lexicon.SHARE_COLUMN.search(name) or len(facts) != len(cells) or len(cells) < LEAST_ROWS:
            continue
        total = sum(cell.value for cell in cells if cell)
        if abs(total - 100) > sum(cell.half for cell in cells if cell) + SHARES_SLACK:
            found.append(make("inconsistent", tuple(facts), 0.8, "shares_make_whole",
                              parts="+".join(f.claim.text for f in facts), actual=f"{total:g}%"))
    return found
