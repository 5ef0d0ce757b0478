"""Finding a claim again in an edited text: by its own text and its surroundings.

Offsets move whenever a writer adds a word above a claim, so they cannot carry a
decision from one version of an article to the next. A claim is known instead by its
text and the few characters either side of it. Among the new claims with the same
text, the one whose surroundings agree longest wins; where several agree equally (or
the sentence around was rewritten), the one nearest the old position does.
"""

from __future__ import annotations

from dataclasses import dataclass

ANCHOR_CHARS = 12


@dataclass(frozen=True, slots=True)
class Anchor:
    """A span of some version of the text, known by ``key`` (a claim id or a list index)."""

    key: object
    text: str
    before: str
    after: str
    start: int


def anchor_at(key: object, text: str, start: int, end: int) -> Anchor:
    return Anchor(key, text[start:end], text[max(0, start - ANCHOR_CHARS):start],
                  text[end:end + ANCHOR_CHARS], start)


def occurrences(needle: str, text: str) -> list[Anchor]:
    """Every place ``needle`` appears in ``text``, keyed ``(needle, start)``: the
    candidates for a span an editor selected, which the extractor does not re-find."""
    found, pos = [], text.find(needle)
    while needle and pos >= 0:
        found.append(anchor_at((needle, pos), text, pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    return found


def match(old: list[Anchor], new: list[Anchor]) -> dict[object, object]:
    """Old key → new key, each used at most once; only spans with the same text pair up."""
    by_text: dict[str, list[Anchor]] = {}
    for anchor in new:
        by_text.setdefault(anchor.text, []).append(anchor)
    pairs = []
    for o in old:
        for n in by_text.get(o.text, ()):
            pairs.append((-_agreement(o, n), abs(o.start - n.start), o.key, n.key))
    pairs.sort(key=lambda p: (p[0], p[1]))
    matched: dict[object, object] = {}
    taken: set[object] = set()
    for _, _, old_key, new_key in pairs:
        if old_key not in matched and new_key not in taken:
            matched[old_key] = new_key
            taken.add(new_key)
    return matched


def _agreement(a: Anchor, b: Anchor) -> int:
    """How many characters of surroundings two spans share, reading outwards."""
    return _common_prefix(a.before[::-1], b.before[::-1]) + _common_prefix(a.after, b.after)


def _common_prefix(x: str, y: str) -> int:
    n = 0
    for p, q in zip(x, y):
        if p != q:
            break
        n += 1
    return n
