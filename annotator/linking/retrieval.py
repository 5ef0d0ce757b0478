"""Candidates: facts that share a block key (the words just before or after the number,
or the metric), compared pair by pair, and paired one to one within each pair of
articles, so that checking one new article against stored facts gives what a full run
gives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

from annotator.linking.facts import Fact

P = TypeVar("P")  # what else a scored pair carries (its evidence)

# A block this large is split by year, then by owner; a part still this large is a
# boilerplate phrase (同比增长 across a whole archive), not one fact, and is passed over.
BLOCK_LIMIT = 30


def keys(fact: Fact) -> frozenset[str]:
    """Block keys: kind, unit dimension and a few words that two mentions of one fact
    almost always share: the 3-4 characters before the number, the 2 after it
    (近2000名志愿者参与服务), or the metric."""
    # a share and a change in percent meet: 收窄0.8% may be a change written as a share
    kind = "rate" if fact.dimension == "rate" and fact.claim.kind in ("share", "change") else fact.claim.kind
    head = f"{kind}/{fact.dimension}/"
    found = {head + fact.tail[-n:] for n in (3, 4) if len(fact.tail) >= n}
    after = fact.after.lstrip("的")
    if len(after) >= 2 and "#" not in after[:2]:
        found.add(head + "|" + after[:2])
    if fact.metric:
        found.add(head + "m:" + fact.metric)
    return frozenset(found)


def blocks(facts: Iterable[Fact]) -> Iterator[list[Fact]]:
    """Facts sharing a key; a large block split by stated year (an undated fact joins
    every year), then by owner."""
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        for key in keys(fact):
            by_key[key].append(fact)
    for members in by_key.values():
        if len(members) <= BLOCK_LIMIT:
            yield members
            continue
        for group in _split(members, lambda f: f.when.year):
            yield from (group,) if len(group) <= BLOCK_LIMIT else \
                (g for g in _split(group, lambda f: f.entity) if len(g) <= BLOCK_LIMIT)


def _split(members: list[Fact], part: Callable[[Fact], Hashable]) -> Iterator[list[Fact]]:
    """Groups by ``part``; the facts that have none join every group."""
    groups: dict[object, list[Fact]] = defaultdict(list)
    for fact in members:
        groups[part(fact)].append(fact)
    unknown = groups.pop(None, [])
    yield from (group + unknown for group in groups.values())
    if not groups:
        yield unknown


class Index:
    """Facts by block key, to find one fact's candidates without reading all of them."""

    def __init__(self, facts: Iterable[Fact]):
        self.facts = list(facts)
        self.by_key: dict[str, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            for key in keys(fact):
                self.by_key[key].append(fact)

    def near(self, fact: Fact) -> list[Fact]:
        """The facts of other articles that share a block key with ``fact``, once each."""
        seen: dict[int, Fact] = {}
        for key in keys(fact):
            for other in self.by_key.get(key, ()):
                if other.article_id != fact.article_id:
                    seen.setdefault(other.claim_id, other)
        return list(seen.values())


def candidate_pairs(facts: Iterable[Fact]) -> Iterator[tuple[Fact, Fact]]:
    """Each pair of facts from different articles that share a block, once, lower id first."""
    seen: set[tuple[int, int]] = set()
    for members in blocks(facts):
        if len(members) < 2:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.article_id == b.article_id:
                    continue
                x, y = (a, b) if a.claim_id < b.claim_id else (b, a)
                if (x.claim_id, y.claim_id) not in seen:
                    seen.add((x.claim_id, y.claim_id))
                    yield x, y


def one_to_one(scored: Iterable[tuple[float, Fact, Fact, P]]) -> list[tuple[float, Fact, Fact, P]]:
    """Within each pair of articles, the best pairs first, each claim used once: a claim
    restated once elsewhere is matched with its restatement, not with its neighbours."""
    by_articles: dict[tuple[int, int], list[tuple[float, Fact, Fact, P]]] = defaultdict(list)
    for item in scored:  # (score, fact, fact, …)
        a, b = item[1], item[2]
        by_articles[(min(a.article_id, b.article_id), max(a.article_id, b.article_id))].append(item)
    kept = []
    for items in by_articles.values():
        items.sort(key=lambda item: (-item[0], item[1].claim_id, item[2].claim_id))
        used: set[int] = set()
        for item in items:
            a, b = item[1], item[2]
            if a.claim_id not in used and b.claim_id not in used:
                used.update((a.claim_id, b.claim_id))
                kept.append(item)
    return kept
