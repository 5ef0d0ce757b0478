"""A PDF page's characters and their boxes → article text in reading order.

No PDF library here: ``pdftext`` reads the characters, this module only does geometry,
so it is tested on boxes alone. Coordinates are points, ``top < bottom`` (y grows down).

1. Characters become *lines*: runs along one baseline, cut where a gap is wider than
   ``GAP`` (a gutter between columns is always wider).
2. Lines become *blocks*: lines of one size stacked at line spacing and overlapping
   sideways: a column of a paragraph, a headline, a byline.
3. Blocks are put in reading order by cutting the page along empty bands: rows top to
   bottom (headline, byline, body), each row's columns left to right, a column read to
   its end before the next even where a paragraph gap falls at one height in both.
4. A line that fills its block, followed by one that is neither indented nor set apart
   by more white than the block's line spacing, was broken by the layout and is joined
   to it, within a column, from one column to the next and across pages; every other
   break ends a line of the text (paragraph, headline, byline).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

# Sizes in ems of the font size at hand.
GAP = 0.6  # wider than a word space or letter spacing, narrower than any gutter
LEADING = 1.2  # the most white between two lines of one paragraph
SLACK = 1.0  # a full line ends less than one character short of its block's edge
INDENT = 0.5  # a first line starts at least this far in (papers indent two characters)
SPACING = 0.3  # white above a line beyond its block's line spacing: a new paragraph
# Sizes are box heights, which differ this much between the Latin and the Chinese font
# of one line; a headline, subhead or caption differs more.
SIZE = 0.15
# Blocks a line is tried against: more side by side at one height is a table, where a
# missed join costs a line break, and a crafted page could make the search quadratic.
NEAR = 64

# (character, left, top, right, bottom, size, made up by the reader): the size is the
# box's height, the font's full height at the size it is drawn
Char = tuple[str, float, float, float, float, float, bool]


@dataclass(slots=True)
class Line:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float


@dataclass(slots=True)
class Block:
    lines: list[Line] = field(default_factory=list)
    left: float = float("inf")
    top: float = float("inf")
    right: float = float("-inf")
    bottom: float = float("-inf")
    leading: float = float("inf")  # the least white between two of its lines

    def add(self, line: Line) -> None:
        if self.lines:
            self.leading = min(self.leading, line.top - self.lines[-1].bottom)
        self.lines.append(line)
        self.left, self.top = min(self.left, line.left), min(self.top, line.top)
        self.right, self.bottom = max(self.right, line.right), max(self.bottom, line.bottom)


def lines(chars: Iterable[Char]) -> list[Line]:
    """Runs of characters along one baseline, left to right, whatever order the page
    draws them in (some producers draw the digits of a line after its Chinese)."""
    glyphs = [c for c in chars if (c[0].isprintable() or c[0].isspace())
              and (not c[6] or c[0] == " ")]
    glyphs.sort(key=lambda c: (c[2] + c[4]) / 2)
    out: list[Line] = []
    row: list[Char] = []
    for glyph in glyphs:  # a row: centres within a third of an em of its first one
        if row and abs((glyph[2] + glyph[4]) - (row[0][2] + row[0][4])) / 2 > row[0][5] / 3:
            out.extend(_runs(row))
            row = []
        row.append(glyph)
    out.extend(_runs(row))
    return out


def _runs(row: list[Char]) -> list[Line]:
    """One row cut where the white between two glyphs is wider than ``GAP``."""
    out: list[Line] = []
    parts: list[str] = []
    line: Line | None = None
    for ch, left, top, right, bottom, size, _ in sorted(row, key=lambda c: c[1]):
        if ch.isspace():  # a word space, the reader's or the page's; it has no extent
            if parts and parts[-1] != " ":
                parts.append(" ")
            continue
        if line is None or left - line.right > GAP * max(size, line.size):
            _close(line, parts, out)
            line, parts = Line("", left, top, right, bottom, size), []
        elif ch == parts[-1] and abs(right - line.right) < 0.1 * size:
            continue  # drawn twice, a step apart: poor man's bold
        parts.append(ch)
        line.right = max(line.right, right)
        line.top, line.bottom = min(line.top, top), max(line.bottom, bottom)
        line.size = max(line.size, size)
    _close(line, parts, out)
    return out


def _close(line: Line | None, parts: list[str], out: list[Line]) -> None:
    if line is not None and (text := "".join(parts).strip()):
        line.text = text
        out.append(line)


def blocks(page: list[Line]) -> list[Block]:
    """Lines stacked into blocks. A line on the baseline of a block's last line and within
    the block's width (a table row, a spaced-out name) continues that line after a space."""
    found: list[Block] = []
    near: list[Block] = []  # blocks that a line further down may still continue
    for line in sorted(page, key=lambda ln: (ln.top, ln.left)):
        near = [b for b in near[-NEAR:] if line.top - b.bottom <= LEADING * line.size]
        for block in reversed(near):
            last = block.lines[-1]
            if not _same_size(last, line):
                continue
            if (_same_baseline(last, line) and line.left >= last.right
                    and line.right <= block.right + line.size):
                last.text += " " + line.text
                last.right = line.right
                break
            if (line.top - last.bottom > -0.3 * line.size
                    and _overlap(line, block) >= 0.5 * min(line.right - line.left,
                                                           block.right - block.left)):
                block.add(line)
                break
        else:
            block = Block()
            block.add(line)
            found.append(block)
            near.append(block)
    return found


def _same_size(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= SIZE * max(a.size, b.size)


def _same_baseline(a: Line, b: Line) -> bool:
    return min(a.bottom, b.bottom) - max(a.top, b.top) >= 0.5 * min(a.bottom - a.top,
                                                                    b.bottom - b.top)


def _overlap(a: Line | Block, b: Line | Block) -> float:
    return min(a.right, b.right) - max(a.left, b.left)


def reading_order(page: list[Block]) -> list[Block]:
    """Cuts along empty bands: rows top to bottom, then columns left to right. A row
    whose blocks all keep clear of the gutters of the row above continues its columns
    (a paragraph gap that falls at one height in two columns makes no row; a column
    that ends early is still read before the next)."""
    out: list[Block] = []
    todo = [page]  # a stack, not recursion: a crafted page can nest cuts deeply
    while todo:
        group = todo.pop()
        parts = _rows(group)
        if len(parts) == 1:
            parts = _cut(group, "left", "right") or parts
        if len(parts) == 1:  # one block, or blocks overlapping both ways
            out.extend(sorted(group, key=lambda b: (b.top, b.left)))
        else:
            todo.extend(reversed(parts))
    return out


def _rows(group: list[Block]) -> list[list[Block]]:
    """``group`` cut into rows; a row none of whose blocks spans a gutter of the row
    above (where that row starts its columns) belongs to that row."""
    rows: list[list[Block]] = []
    gutters: list[tuple[float, float]] = []
    for row in _cut(group, "top", "bottom") or [group]:
        if gutters and not any(b.left <= lo and b.right >= hi
                               for b in row for lo, hi in gutters):
            rows[-1].extend(row)
            continue
        rows.append(row)
        columns = _cut(row, "left", "right") or []
        gutters = [(max(b.right for b in left), min(b.left for b in right))
                   for left, right in itertools.pairwise(columns)]
    return rows


def _cut(group: list[Block], low: str, high: str) -> list[list[Block]] | None:
    """``group`` parted along empty bands across the axis ``low``-``high``, in order."""
    if len(group) < 2:
        return None
    parts: list[list[Block]] = []
    reach = float("-inf")
    for block in sorted(group, key=lambda b: getattr(b, low)):
        if getattr(block, low) > reach:
            parts.append([])
        parts[-1].append(block)
        reach = max(reach, getattr(block, high))
    return parts if len(parts) > 1 else None


def text(pages: Iterable[list[Line]]) -> str:
    """The article: each page's blocks in reading order, layout breaks joined."""
    parts: list[str] = []
    before: tuple[Line, Block] | None = None
    for page in pages:
        for block in reading_order(blocks(page)):
            for line in block.lines:
                if before is not None:
                    parts.append(_joint(*before, line, block))
                parts.append(line.text)
                before = line, block
    return "".join(parts)


def _joint(last: Line, last_block: Block, line: Line, block: Block) -> str:
    """What stands between two lines read one after the other: nothing where the layout
    broke a running line (as ``layout.Reflow`` joins print-layout breaks), a space between
    two Latin words or two parts of one spaced-out line (a byline), else a line break."""
    if not _same_size(last, line):
        return "\n"
    if (len(last_block.lines) == len(block.lines) == 1 and _same_baseline(last, line)
            and line.left > last.right):
        return " "
    apart = last_block is block and line.top - last.bottom > block.leading + SPACING * line.size
    if (len(last_block.lines) < 2 or last.right < last_block.right - SLACK * last.size
            or line.left > block.left + INDENT * line.size or apart):
        return "\n"  # the line before ends short, this one is indented or set apart
    return " " if _latin(last.text[-1]) and _latin(line.text[0]) else ""


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()
