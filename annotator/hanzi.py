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


def simplified(text: str) -> str:
    """``text`` with traditional characters replaced by their simplified forms; the same
    object back when there are none (most of the time, at the cost of one regex search)."""
    mapping, detector = _table()
    if detector.search(text) is None:
        return text
    return text.translate(mapping)
