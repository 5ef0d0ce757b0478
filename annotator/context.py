"""What a claim is about: its sentence, and the metric, entity and period stated near it."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。！？!?；;]|\n\s*\n")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from after the previous stop to the next.

    A single line break is print layout, not a sentence end; a blank line is.
    """
    left = max(0, start - 400)
    for m in _SENTENCE_END.finditer(text, left, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right
