"""Traditional characters read as simplified, one character for one.

The extractor's word lists are simplified (亿, 个, 约, 超过). Hong Kong and Taiwan copy
writes 億, 個, 約, 超過; scanning a simplified view of the text, character for character,
finds the same claims at the same offsets, and the claims keep the text as written.
"""

from __future__ import annotations

import functools
import re

from annotator.paths import resource


@functools.cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    pairs = [line.rstrip("\n") for line in
             resource("traditional-to-simplified.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    mapping = {ord(pair[0]): pair[1] for pair in pairs if len(pair) == 2}
    detector = re.compile("[" + "".join(pair[0] for pair in pairs if len(pair) == 2) + "]")
    return mapping, detector


def simplified_at(text: str) -> tuple[str, list[int]]:
    """``text`` with traditional characters replaced by their simplified forms, and where
    they stood; ``text`` itself when there are none (most of the time, at the cost of one
    regex search). A simplified article quoting one traditional name has only that
    character converted, not the whole text."""
    mapping, detector = _table()
    at = [m.start() for m in detector.finditer(text)]
    if not at:
        return text, at
    if len(at) > len(text) // SPARSE:
        return text.translate(mapping), at
    pieces: list[str] = []
    last = 0
    for i in at:
        pieces += (text[last:i], mapping[ord(text[i])])
        last = i + 1
    pieces.append(text[last:])
    return "".join(pieces), at


SPARSE = 64  # fewer traditional characters than one in this many: convert them one by one
