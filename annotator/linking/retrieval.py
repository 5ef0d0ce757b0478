"""Candidates: facts that share a block key (the words just before or after the number,
or the metric), compared pair by pair, and paired one to one within each pair of
articles, so that checking one new article against stored facts gives what a full run
gives."""

from __future__ import annotations

import functools
import re
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import chain
from typing import Any, TypeVar

from annotator import lexicon, words
from annotator.linking import units
from annotator.linking.facts import Fact, companions, significant_digits
from annotator.linking.judge import could_name, figure, of_an_earlier_time

S = TypeVar("S", bound=tuple[Any, ...])  # a scored pair: (score, fact, fact, what else it carries)

# A block this large is split by year, then by owner; a part still this large (同比增长
# across a whole archive) is compared within windows of values: each fact meets the
# WINDOW nearest values either side, so a slip (1804 for 1840) is never passed over.
# So many figures of one wording are many facts: a window reports named slips and
# agreement, not two figures that merely differ.
BLOCK_LIMIT = 30
WINDOW = 5
# a figure of this many significant digits meets its slips by them alone: 十九万条 for
# 190万条 or 11个 for 110个 share no words a reteller kept
SLIP_DIGITS = 2
RATE_SLIP_DIGITS = 4  # … a rate's (36.1% and 16.3% are common, and often both true)


def keys(fact: Fact) -> frozenset[str]:
    """Block keys: kind, unit and a few words that two mentions of one fact almost always
    share: the 3-4 characters before the number, the 2 after it (近2000名志愿者参与服务),
    or the metric; or its digits, whatever their order. Units of one dimension meet only
    by the number they share with those words (150余家 and 150余人): a block of every
    count's words would be most of an archive's."""
    base = head(fact.claim.kind, fact.dimension)
    start = base + units.block(fact.claim.unit)
    found = {start + fact.tail[-n:] for n in (3, 4) if len(fact.tail) >= n}
    after = fact.after.lstrip("的")
    if len(after) >= 2 and "#" not in after[:2]:
        found.add(start + "|" + after[:2])
    if fact.metric:
        found.add(start + "m:" + fact.metric)
        # 航点 and 航点总数, 项目 and 产业项目: a metric told longer or shorter keeps an end
        # (not a rate's: 旅游收入 grows at every city's rate)
        if len(fact.metric) > 2 and "#" not in fact.metric and fact.dimension != "rate":
            found.update((start + "m:" + fact.metric[:2], start + "m:" + fact.metric[-2:]))
            # (越南企业代表团 and 企业: or a word within it)
            found.update(start + "m:" + word for word in metric_words(fact.metric))
        elif lexicon.ONE_IN_NOUN.match(fact.claim.text):  # 每4台笔记本 and 每3台笔记本电脑中
            found.add(start + "m:" + fact.metric[:2])
    # figures one slip apart meet whatever their words: 848.71 and 847.81 (transposed),
    # 2215.5亿 and 2215.5万 (a scale word), 三百五十二 and 325
    # (出口额是前年的139.3%: a growth of 39.3%, keyed as that growth too)
    digits = "".join(sorted(significant_digits(fact.value)))
    keyed = {digits, "".join(sorted(significant_digits(fact.value - 100)))} if of_an_earlier_time(fact) else {digits}
    for told in keyed:
        if len(told) >= (RATE_SLIP_DIGITS if fact.dimension == "rate" else SLIP_DIGITS):
            found.add(start + "d:" + told)
        elif len(told) >= 2 and fact.entity:
            found.add(f"{start}d:{told}@{fact.entity}")  # a rate too short alone: one owner's
    if fact.dimension == "rate" and fact.entity:
        # … and a rate rounded, one owner's: its whole part (约13% and 13.26%, 三成九 and
        # 39.3%), or, a whole part of one digit, its tenths (约7.5% and 7.49%)
        scale = 1 if abs(fact.value) >= 10 else 10  # (rounded half up, as reporters round)
        whole = "".join(sorted(significant_digits(int(abs(fact.value) * scale + 0.5) / scale)))
        if len(whole) >= 2:
            found.add(f"{start}d:{whole}@{fact.entity}")
    # words alike though no run of them is shared (传统材料的研发周期有望缩短 and 有望将
    # 传统材料漫长的研发周期缩短): a min-hash sample of the words meets as often as the
    # words overlap
    worded = list(filter(_WORDED.fullmatch, fact.words))  # no masked number, no mark
    samples = [f"{_SAMPLE}{seed}:{min(worded, key=rank)}"
               for seed, rank in enumerate(_RANKS)] if worded else []
    found.update(start + sample for sample in samples)
    # sentences that state a third figure alike are one told again (64个：… and 46个，…
    # 近四百亿元 and 近400亿元): their figures meet whatever their words
    found.update(f"{base}c:{token}" for token in companions(fact))
    if fact.dimension in units.CHANGEABLE:  # the number with its words, across the dimension's units
        across = f"{base}x:{fact.value:g}"
        # (GDP目标 and GDP: a metric told longer keeps an end, whatever the figure's unit)
        ends = (fact.metric[:2], fact.metric[-2:]) if fact.metric and len(fact.metric) > 2 else ()
        words = (fact.tail[-2:], *("m:" + metric for metric in (fact.metric, *ends) if metric), *samples)
        found.update(across + word for word in words if len(word) >= 2)
        if len(digits) >= SLIP_DIGITS:  # … or as written, its hedge too, whatever its words
            found.add(f"{across}:{fact.claim.qualifier}")  # (150余家 for 150余人)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 14)  # a metric recurs from fact to fact
def metric_words(metric: str) -> tuple[str, ...]:
    """The dictionary's words of two characters or more within a metric."""
    return tuple(word for word, _ in words.words_before(metric, limit=8) if len(word) >= 2)


SAMPLES = 2
_SAMPLE = "~w"  # what a sample's key holds (no unit or word does)
_WORDED = re.compile(r"[\u4e00-\u9fff]{2}")


def _ranked(seed: int, gram: str) -> int:
    return zlib.crc32(gram.encode(), seed * 0x9E3779B1 & 0xFFFFFFFF)


# a gram's rank for each seed, cached (grams recur from fact to fact) and called from C:
# a lambda around it cost a Python call a gram, 0.1 ms an article's keys
_RANKS = [functools.cache(functools.partial(_ranked, seed)) for seed in range(SAMPLES)]


def head(kind: str, dimension: str) -> str:
    """What a fact's block keys start with: its kind and unit dimension. Only facts of
    one head meet."""
    # every kind in a rate's units meets: 收窄0.8% may be a change written as a share, and
    # 增长40倍 told as 增长至40倍 (a level reached) is a change told in another frame
    kind = "rate" if dimension == "rate" else kind
    return f"{kind}/{dimension}/"


# Parts of one year compared within windows, sharing facts: each of ``groups`` (one
# owner's facts, or the unowned where none has an owner) with all of ``shared`` (the
# unowned), each group and ``shared`` in order of value.
Windows = tuple[list[list[Fact]], list[Fact]]


def parts(members: list[Fact]) -> tuple[list[list[Fact]], list[Windows]]:
    """One block's parts: those compared whole, and those still too large, compared
    within windows; every fact is in one at least."""
    if len(members) <= BLOCK_LIMIT:
        return [members], []
    whole: list[list[Fact]] = []
    windows: list[Windows] = []
    years, undated = _split(members, lambda f: f.when.year)
    for group in [year + undated for year in years] or [undated]:
        if len(group) <= BLOCK_LIMIT:
            whole.append(group)
            continue
        owners, unowned = _split(group, lambda f: f.entity)
        if not owners:
            windows.append(([_ordered(unowned)], []))
            continue
        whole += [owner + unowned for owner in owners if len(owner) + len(unowned) <= BLOCK_LIMIT]
        large = [_ordered(owner) for owner in owners if len(owner) + len(unowned) > BLOCK_LIMIT]
        if large:
            windows.append((large, _ordered(unowned)))
    return whole, windows


def _split(members: list[Fact], part: Callable[[Fact], Hashable]
           ) -> tuple[list[list[Fact]], list[Fact]]:
    """Groups by ``part``, and the facts that have none (they join every group)."""
    groups: dict[object, list[Fact]] = defaultdict(list)
    for fact in members:
        groups[part(fact)].append(fact)
    unknown = groups.pop(None, [])
    return list(groups.values()), unknown


def _ordered(facts: list[Fact]) -> list[Fact]:
    return sorted(facts, key=lambda f: (f.value, f.claim_id))


def window_pairs(groups: list[list[Fact]], shared: list[Fact]) -> Iterator[tuple[Fact, Fact]]:
    """Each pair at most WINDOW apart in some part made of one of ``groups`` and all of
    ``shared``, in order of value, once. An unowned fact is in every part of its block,
    so ``shared`` is not walked once a group: a group's facts are read with the WINDOW
    either side of them, and two shared facts k apart are a pair where some group puts
    no more than WINDOW - k of its facts between them."""
    order = [(f.value, f.claim_id) for f in shared]
    between: dict[int, Counter[int]] = defaultdict(Counter)  # n → each group's facts just before shared[n]
    for number, group in enumerate(groups):
        mine = [(f.value, f.claim_id) for f in group]
        for i, fact in enumerate(group):
            at = bisect_left(order, mine[i])
            between[at][number] += 1
            p, q = i + 1, at  # the WINDOW after it: a group's own pairs are read forwards
            for _ in range(WINDOW):
                if p < len(group) and (q == len(shared) or mine[p] < order[q]):
                    yield fact, group[p]
                    p += 1
                elif q < len(shared):
                    yield fact, shared[q]
                    q += 1
            p, q = i - 1, at - 1  # the WINDOW before it: the shared ones
            for _ in range(WINDOW):
                if q >= 0 and (p < 0 or order[q] > mine[p]):
                    yield shared[q], fact
                    q -= 1
                else:
                    p -= 1
    for j, fact in enumerate(shared):
        counts: Counter[int] = Counter()
        for k in range(1, min(WINDOW, len(shared) - 1 - j) + 1):
            counts.update(between.get(j + k, ()))  # the groups' facts between fact and shared[j + k]
            if len(counts) < len(groups) or min(counts.values()) <= WINDOW - k:
                yield fact, shared[j + k]


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


def candidate_pairs(facts: Sequence[Fact], only: set[int] | None = None
                    ) -> Iterator[tuple[Fact, Fact, bool, bool]]:
    """Each pair of facts from different articles that share a part of a block, once,
    lower id first, with whether they met only in a window, and only by a sample of their
    words; with ``only``, those with a fact of the articles it names. A block's parts are
    ``parts``; a part too large to compare whole is read in order of value (then claim
    id), each fact with the WINDOW after it, and of two different values only those
    ``mistake`` may name a slip of (a window reports nothing else). Whole parts come
    first, so a pair found in both is not a window's; and words run alike before samples."""
    whole, windows = _blocks(facts)
    # The pairs met, to meet each once, in this order (linking reads the scored pairs in
    # it). A pair is met again only in a later step (a whole part, or a part's windows)
    # that holds both facts, so it is kept under the fact whose last step comes first,
    # from the step it is met in until that one, and not kept where it is met in that
    # last step: a large head's millions of pairs are a few hundred thousand at once.
    # A fact's rank is its last step, then its id, as one number: which one a pair is
    # kept under, and until when, in one comparison each.
    span = 1 + max((f.claim_id for f in facts), default=0)
    rank = {f.claim_id: step * span + f.claim_id
            for step, members in enumerate(_steps(whole, windows)) for f in members}
    met: dict[int, set[int]] = {}
    wanted = only if only is not None else frozenset()
    for step, (chunk, sampled) in enumerate(whole):
        later = (step + 1) * span  # the ranks of facts met again after this step
        for i, a in enumerate(chunk, 1):
            mine = only is None or a.article_id in only
            x, article, ranked = a.claim_id, a.article_id, rank[a.claim_id]
            for b in chunk[i:]:
                if b.article_id == article or not (mine or b.article_id in wanted):
                    continue
                # (``_first_meeting`` inline: a call a visit took 6 % of a large head's time)
                y = b.claim_id
                other = rank[y]
                z, w, sooner = (x, y, ranked) if ranked < other else (y, x, other)
                kept = met.get(z)
                if kept is not None and w in kept:
                    continue
                if sooner >= later:
                    if kept is None:
                        met[z] = {w}
                    else:
                        kept.add(w)
                yield (a, b, False, sampled) if x < y else (b, a, False, sampled)
        _leave(met, chunk, rank, later)
    # what could_name reads, once a fact, though it is in several blocks
    figures = {f.claim_id: f for groups, shared in windows for f in chain(shared, *groups)}
    shown = {claim_id: figure(f) for claim_id, f in figures.items()}
    for step, (groups, shared) in enumerate(windows, len(whole)):
        later = (step + 1) * span
        for a, b in window_pairs(groups, shared):
            if b.article_id == a.article_id or not (
                    only is None or a.article_id in wanted or b.article_id in wanted):
                continue
            x, y = a.claim_id, b.claim_id
            if not _first_meeting(met, x, y, rank, later):  # weighed once, even where it names nothing
                continue
            if a.value == b.value or could_name(shown[x], shown[y]):
                yield (a, b, True, False) if x < y else (b, a, True, False)
        _leave(met, chain(shared, *groups), rank, later)


def _first_meeting(met: dict[int, set[int]], x: int, y: int, rank: dict[int, int], later: int) -> bool:
    """Whether facts ``x`` and ``y`` meet here for the first time; the pair is kept (under
    the one ranked first) while a later step (ranked from ``later``) may meet it again."""
    ranked, other = rank[x], rank[y]
    z, w, sooner = (x, y, ranked) if ranked < other else (y, x, other)
    kept = met.get(z)
    if kept is not None and w in kept:
        return False
    if sooner >= later:
        if kept is None:
            met[z] = {w}
        else:
            kept.add(w)
    return True


def _steps(whole: list[tuple[list[Fact], bool]], windows: list[Windows]) -> Iterator[Iterable[Fact]]:
    """The facts of each step ``candidate_pairs`` walks, in order: whole parts, then windows."""
    yield from (chunk for chunk, _ in whole)
    yield from (chain(shared, *groups) for groups, shared in windows)


def _leave(met: dict[int, set[int]], members: Iterable[Fact], rank: dict[int, int],
           later: int) -> None:
    """Let go of the pairs kept under facts whose last step this is (ranked below ``later``)."""
    for f in members:
        if rank[f.claim_id] < later:
            met.pop(f.claim_id, None)


def _blocks(facts: Iterable[Fact]) -> tuple[list[tuple[list[Fact], bool]], list[Windows]]:
    """Every block's parts (``parts``) that pair facts of two articles or more: those
    compared whole, each with whether its key is a sample of words, and the windows. The
    keys go once their blocks are known: a large head's million keys, most of one fact
    each, would take more memory than its pairs."""
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        for key in keys(fact):
            by_key[key].append(fact)
    whole: list[tuple[list[Fact], bool]] = []
    windows: list[Windows] = []
    # two keys that gather the same facts pair them alike; a sample's key counts last, so
    # the facts a word run or metric gathers too are not taken as met by a sample alone
    blocks: dict[tuple[int, ...], tuple[list[Fact], bool]] = {}
    for sampled in (False, True):
        for key, members in by_key.items():
            # (most keys are one fact's: no pair, and no tuple of ids worth building)
            if len(members) > 1 and (_SAMPLE in key) == sampled:
                blocks.setdefault(tuple(f.claim_id for f in members), (members, sampled))
    for members, sampled in blocks.values():
        if len({f.article_id for f in members}) < 2 or (sampled and len(members) > BLOCK_LIMIT):
            # one article's own repetitions: no pair across articles; and a word sampled
            # from many figures' (项目, 企业) says nothing: they meet by their own keys
            continue
        small, large = parts(members)
        whole += [(chunk, sampled) for chunk in small]
        windows += large
    return whole, windows


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
