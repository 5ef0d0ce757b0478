"""Article text as an editor reads it: print-layout line breaks joined, offsets kept.

The stored text keeps every line break (claim offsets refer to it), but a paragraph
broken every twenty characters by a newspaper's column layout is tiring to read. The
display text joins those breaks; ``Reflow`` maps offsets both ways, and into the UTF-16
units Qt counts in (a character outside the BMP is two of them, one of ours).
"""

from __future__ import annotations

import bisect
import re

from annotator.context import is_layout_break

_BREAK = re.compile(r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*")


class Reflow:
    """The display text of ``stored`` and the offset maps between the two."""

    def __init__(self, stored: str):
        parts, cuts, pos = [], [], 0
        # cuts: (stored offset where a removed run starts, its length)
        for m in _BREAK.finditer(stored):
            if is_layout_break(stored, m.start(), m.end()):
                parts.append(stored[pos:m.start()])
                cuts.append((m.start(), m.end() - m.start()))
                pos = m.end()
        parts.append(stored[pos:])
        self.stored = stored
        self.text = "".join(parts)
        self._starts = [start for start, _ in cuts]
        self._removed_before = [0]  # characters removed before cut i
        for _, size in cuts:
            self._removed_before.append(self._removed_before[-1] + size)
        self._utf16 = _utf16_prefix(self.text)

    def to_display(self, offset: int) -> int:
        """Display position of stored ``offset`` (inside a removed break: where it was)."""
        i = bisect.bisect_right(self._starts, offset)
        if i and offset < self._starts[i - 1] + (self._removed_before[i] - self._removed_before[i - 1]):
            return self._starts[i - 1] - self._removed_before[i - 1]
        return offset - self._removed_before[i]

    def to_stored(self, position: int) -> int:
        """Stored offset of display ``position``."""
        lo, hi = 0, len(self._starts)
        while lo < hi:  # the number of cuts that lie before this display position
            mid = (lo + hi) // 2
            if self._starts[mid] - self._removed_before[mid] <= position:
                lo = mid + 1
            else:
                hi = mid
        return position + self._removed_before[lo]

    def to_qt(self, offset: int) -> int:
        """Qt (UTF-16) position of stored ``offset`` in the display text."""
        position = self.to_display(offset)
        return self._utf16[position] if self._utf16 is not None else position

    def from_qt(self, qt_position: int) -> int:
        """Stored offset of a Qt (UTF-16) position in the display text."""
        if self._utf16 is not None:
            qt_position = bisect.bisect_right(self._utf16, qt_position) - 1
        return self.to_stored(qt_position)


def _utf16_prefix(text: str) -> list[int] | None:
    """UTF-16 index of each code point (and of the end), or None when they coincide."""
    if text.isascii() or max(text, default="\0") <= "\uffff":
        return None
    prefix, units = [], 0
    for ch in text:
        prefix.append(units)
        units += 2 if ord(ch) > 0xFFFF else 1
    prefix.append(units)
    return prefix
