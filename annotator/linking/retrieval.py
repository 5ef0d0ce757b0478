"""Candidates: facts that share a block key (the words just before or after the number,
or the metric), compared pair by pair, and paired one to one within each pair of
articles, so that checking one new article against stored facts gives what a full run
gives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

from annotator.linking.facts import Fact

S = TypeVar("S", bound=tuple[Any, ...])  # a scored pair: (score, fact, fact, what else it carries)

# A block this large is split by year, then by owner; a part still this large (同比增长
# across a whole archive) is compared within windows of values: each fact meets the
# WINDOW nearest values either side, so a slip (1804 for 1840) is never passed over.
# So many figures of one wording are many facts: a window reports named slips and
# agreement, not two figures that merely differ.
BLOCK_LIMIT = 30
WINDOW = 5
SLIP_DIGITS = 4  # a figure of this many significant digits is told apart by them


def keys(fact: Fact) -> frozenset[str]:
    """Block keys: kind, unit dimension and a few words that two mentions of one fact
    almost always share: the 3-4 characters before the number, the 2 after it
    (近2000名志愿者参与服务), or the metric; or its digits, whatever their order."""
    # a share and a change in percent meet: 收窄0.8% may be a change written as a share
    kind = "rate" if fact.dimension == "rate" and fact.claim.kind in ("share", "change") else fact.claim.kind
    head = f"{kind}/{fact.dimension}/"
    found = {head + fact.tail[-n:] for n in (3, 4) if len(fact.tail) >= n}
    after = fact.after.lstrip("的")
    if len(after) >= 2 and "#" not in after[:2]:
        found.add(head + "|" + after[:2])
    if fact.metric:
        found.add(head + "m:" + fact.metric)
        # 航点 and 航点总数, 项目 and 产业项目: a metric told longer or shorter keeps an end
        # (not a rate's: 旅游收入 grows at every city's rate)
        if len(fact.metric) > 2 and "#" not in fact.metric and fact.dimension != "rate":
            found.update((head + "m:" + fact.metric[:2], head + "m:" + fact.metric[-2:]))
    # figures one slip apart meet whatever their words: 848.71 and 847.81 (transposed),
    # 2215.5亿 and 2215.5万 (a scale word), 三百五十二 and 325
    digits = significant_digits(fact.value)
    if len(digits) >= SLIP_DIGITS:
        found.add(head + "d:" + "".join(sorted(digits)))
    return frozenset(found)


def significant_digits(value: float) -> str:
    """The digits of a value without its scale: 2.2155e11 → 22155."""
    mantissa = f"{abs(value):.10e}".partition("e")[0].replace(".", "")
    return mantissa.rstrip("0")


def parts(members: list[Fact]) -> Iterator[tuple[list[Fact], bool]]:
    """One block's parts, each with whether it is still too large to compare whole;
    every fact is in one at least."""
    if len(members) <= BLOCK_LIMIT:
        yield members, False
        return
    for group in _split(members, lambda f: f.when.year):
        if len(group) <= BLOCK_LIMIT:
            yield group, False
            continue
        for part in _split(group, lambda f: f.entity):
            yield part, len(part) > BLOCK_LIMIT


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


def candidate_pairs(facts: Iterable[Fact], only: set[int] | None = None
                    ) -> Iterator[tuple[Fact, Fact, bool]]:
    """Each pair of facts from different articles that share a part of a block, once,
    lower id first, with whether they met only in a window; with ``only``, those with a
    fact of the articles it names. A block's parts are ``parts``; a part too large to
    compare whole is read in order of value (then claim id), each fact with the WINDOW
    after it. Whole parts come first, so a pair found in both is not a window's."""
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        for key in keys(fact):
            by_key[key].append(fact)
    whole: list[list[Fact]] = []
    large: list[list[Fact]] = []
    for members in by_key.values():
        if len({f.article_id for f in members}) < 2:
            continue  # one article's own repetitions: no pair across articles
        for part, too_large in parts(members):
            if too_large:
                large.append(sorted(part, key=lambda f: (f.value, f.claim_id)))
            else:
                whole.append(part)
    seen: set[tuple[int, int]] = set()
    wanted = only if only is not None else frozenset()
    for chunk, windowed in [(p, False) for p in whole] + [(p, True) for p in large]:
        reach = WINDOW if windowed else len(chunk)
        for i, a in enumerate(chunk):
            mine = only is None or a.article_id in only
            for b in chunk[i + 1:i + 1 + reach]:
                # once a pair, across articles, touching ``only``; lower claim id first
                if b.article_id == a.article_id or not (mine or b.article_id in wanted):
                    continue
                x, y = (a, b) if a.claim_id < b.claim_id else (b, a)
                if (x.claim_id, y.claim_id) not in seen:
                    seen.add((x.claim_id, y.claim_id))
                    yield x, y, windowed


def one_to_one(scored: Iterable[S]) -> list[S]:
    """Within each pair of articles, the best pairs first, each claim used once: a claim
    restated once elsewhere is matched with its restatement, not with its neighbours."""
    by_articles: dict[tuple[int, int], list[S]] = defaultdict(list)
    for item in scored:  # (score, fact, fact, …)
        a, b = item[1], item[2]
        by_articles[(min(a.article_id, b.article_id), max(a.article_id, b.article_id))].append(item)
    kept: list[S] = []
    for items in by_articles.values():
        items.sort(key=lambda item: (-item[0], item[1].claim_id, item[2].claim_id))
        used: set[int] = set()
        for item in items:
            a, b = item[1], item[2]
            if a.claim_id not in used and b.claim_id not in used:
                used.update((a.claim_id, b.claim_id))
                kept.append(item)
    return kept
