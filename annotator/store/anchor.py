"""Finding a claim again in an edited text: by its own text and its surroundings.

Offsets move whenever a writer adds a word above a claim, so they cannot carry a
decision from one version of an article to the next. A claim is known instead by its
text and the few characters either side of it. Among the new claims with the same
text, the one whose surroundings agree longest wins; where several agree equally (or
the sentence around was rewritten), the one nearest the old position does. A text that
repeats thousands of times (a pasted table) is paired in linear time instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")  # what an anchor is known by
J = TypeVar("J")

ANCHOR_CHARS = 12


@dataclass(frozen=True, slots=True)
class Anchor(Generic[K]):
    """A span of some version of the text, known by ``key`` (a claim id or a list index)."""

    key: K
    text: str
    before: str
    after: str
    start: int


def anchor_at(key: K, text: str, start: int, end: int) -> Anchor[K]:
    return Anchor(key, text[start:end], text[max(0, start - ANCHOR_CHARS):start],
                  text[end:end + ANCHOR_CHARS], start)


def occurrences(needle: str, text: str) -> list[Anchor[tuple[str, int]]]:
    """Every place ``needle`` appears in ``text``, keyed ``(needle, start)``: the
    candidates for a span an editor selected, which the extractor does not re-find."""
    found, pos = [], text.find(needle)
    while needle and pos >= 0:
        found.append(anchor_at((needle, pos), text, pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    return found


# Spans of one text are scored pair by pair up to this many pairs; beyond it (a table of
# identical cells, thousands of 12%) pairing would grow with the square of the count.
PAIR_LIMIT = 64 * 64


def match(old: list[Anchor[K]], new: list[Anchor[J]]) -> dict[K, J]:
    """Old key → new key, each used at most once; only spans with the same text pair up."""
    new_by_text: dict[str, list[Anchor[J]]] = {}
    for anchor in new:
        new_by_text.setdefault(anchor.text, []).append(anchor)
    old_by_text: dict[str, list[Anchor[K]]] = {}
    for was in old:
        old_by_text.setdefault(was.text, []).append(was)
    matched: dict[K, J] = {}
    for text, olds in old_by_text.items():
        news = new_by_text.get(text, [])
        if len(olds) * len(news) <= PAIR_LIMIT:
            matched.update(_best_pairs(olds, news))
        else:
            matched.update(_pairs_in_order(olds, news))
    return matched


def _best_pairs(olds: list[Anchor[K]], news: list[Anchor[J]]) -> dict[K, J]:
    """The longest agreement first, then the nearest position: every pair is scored."""
    pairs = sorted((-_agreement(o, n), abs(o.start - n.start), i, j)
                   for i, o in enumerate(olds) for j, n in enumerate(news))
    matched: dict[K, J] = {}
    taken: set[int] = set()
    for _, _, i, j in pairs:
        if olds[i].key not in matched and j not in taken:
            matched[olds[i].key] = news[j].key
            taken.add(j)
    return matched


def _pairs_in_order(olds: list[Anchor[K]], news: list[Anchor[J]]) -> dict[K, J]:
    """In linear time: spans whose surroundings are unchanged pair first, the rest in
    text order (an edit moves a table's cells, it rarely reorders them)."""
    by_context: dict[tuple[str, str], list[Anchor[J]]] = {}
    for n in sorted(news, key=lambda a: a.start, reverse=True):
        by_context.setdefault((n.before, n.after), []).append(n)
    matched: dict[K, J] = {}
    taken: set[int] = set()
    rest = []
    for o in sorted(olds, key=lambda a: a.start):
        same = by_context.get((o.before, o.after))
        if same:
            n = same.pop()
            matched[o.key] = n.key
            taken.add(id(n))
        else:
            rest.append(o)
    free = [n for n in sorted(news, key=lambda a: a.start) if id(n) not in taken]
    matched.update((o.key, n.key) for o, n in zip(rest, free))
    return matched


def _agreement(a: Anchor[K], b: Anchor[J]) -> int:
    """How many characters of surroundings two spans share, reading outwards."""
    return _common_prefix(a.before[::-1], b.before[::-1]) + _common_prefix(a.after, b.after)


def _common_prefix(x: str, y: str) -> int:
    n = 0
    for p, q in zip(x, y):
        if p != q:
            break
        n += 1
    return n
