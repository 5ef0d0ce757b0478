"""The conflict finder: the same fact told twice, figures that disagree, and arithmetic
inside one article that does not add up. No Qt, no database: facts in, suggestions out.

``facts`` turns claims into facts (who, what, when, unit dimension, value interval);
``retrieval`` finds candidates by block keys and pairs them one to one per pair of
articles; ``judge`` weighs the evidence and names the likely mistake; ``decide`` says
what a pair is (same, conflict and why, or nothing); ``arithmetic``
checks each article's own sums; ``reasons`` says them in English.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from annotator.linking.arithmetic import inconsistencies
from annotator.linking.decide import (
    CONFIRMED,
    RELATED,
    TELLING,
    UNJUDGED,
    Figures,
    decide,
    describe,
    other_period,
    telling_slip,
)
from annotator.linking.facts import (
    FACTS_VERSION,
    ClaimLike,
    Fact,
    bulk,
    facts_of_article,
    facts_of_articles,
    value_interval,
)
from annotator.linking.judge import (
    Evidence,
    agree,
    evidence,
    mistake,
    possible_evidence,
)
from annotator.linking.retrieval import Index, candidate_pairs, head, one_to_one
from annotator.linking.suggestion import Suggestion, make, ordered

__all__ = ["CONFIRMED", "FACTS_VERSION", "ClaimLike", "Evidence", "Fact", "Index",
           "Suggestion", "facts_of_article", "facts_of_articles", "find_links", "similar", "suggest",
           "value_interval"]

CLOSE = 0.3         # evidence enough to show a figure as a close one elsewhere
REPEAT_WINDOW = 20  # the next statements of one figure a statement is compared with
REPEATED = 0.35     # words alike enough to call a figure stated again in one article


def find_links(facts: list[Fact], texts: Mapping[int, str],
               only: set[int] | None = None, sames: Mapping[int, float] | None = None,
               wide: frozenset[int] = frozenset()) -> list[Suggestion]:
    """Every suggestion (or only those touching the articles ``only`` names: a draft
    checked against the rest): conflicts and inconsistencies first, worst first, then
    sames. Pairs are decided per pair of articles, so both ways agree on a draft.
    ``sames``: the best ``same_fact`` score each claim already has with an article
    outside ``only`` (earlier runs found it), which a full run would weigh too; ``wide``:
    claims a draft reached only through a window of a large stored block."""
    with bulk():  # as soon as facts are built: no collector pass over them all
        by_head: dict[str, list[Fact]] = defaultdict(list)
        by_article: dict[int, list[Fact]] = defaultdict(list)
        for fact in facts:
            by_head[head(fact.claim.kind, fact.dimension)].append(fact)
            if only is None or fact.article_id in only:
                by_article[fact.article_id].append(fact)
        return suggest(by_head.values(), ((members, texts[article_id])
                                          for article_id, members in by_article.items()),
                       only, sames, wide)


def suggest(heads: Iterable[list[Fact]], articles: Iterable[tuple[list[Fact], str]],
            only: set[int] | None = None, sames: Mapping[int, float] | None = None,
            wide: frozenset[int] = frozenset()) -> list[Suggestion]:
    """``find_links`` from facts given a head at a time (``retrieval.head``, each in the
    order of its articles and their text): no block key, no figure borrowed from another
    owner or time and no statement told again crosses a head, so each is judged alone,
    and the facts of all need not be held at once. Then each article's facts (those
    ``only`` names) with its text, for its arithmetic."""
    with bulk():
        found: list[Suggestion] = []
        for group in heads:
            found += cross_article(group, only, sames, wide)
            found += within_article(group if only is None else
                                    [f for f in group if f.article_id in only])
            del group  # its facts go before the next head's are read
        for members, text in articles:
            found += inconsistencies(members, text)
        return ordered(found)


def cross_article(facts: list[Fact], only: set[int] | None = None,
                  sames: Mapping[int, float] | None = None,
                  wide: frozenset[int] = frozenset()) -> list[Suggestion]:
    """``same`` and ``conflict`` between claims of different articles."""
    by_id = {f.claim_id: f for f in facts}
    scored, shifted = [], []
    for a, b, windowed in candidate_pairs(facts, only):
        windowed = windowed or a.claim_id in wide or b.claim_id in wide
        # mistake() is asked at most once a pair, and only where a rule below reads it
        named = mistake(a, b) if windowed else UNJUDGED
        if windowed and a.value != b.value and named is None:
            continue  # a window reports the same figure or a named slip, nothing else
        proof = possible_evidence(a, b)
        if proof is None:
            continue
        if proof.entity == "different" and (not a.entity or not b.entity):
            named = mistake(a, b) if named is UNJUDGED else named
            if telling_slip(a, b, replace(proof, entity="unknown"), named):
                # owners told apart only by the words before the metric (现场签约 vs
                # 达成…协议) do not outweigh a slip as telling as 34.96万 for 34.96亿
                proof = replace(proof, entity="unknown")
        if not proof.possible:
            continue
        if proof.score >= TELLING:
            named = mistake(a, b) if named is UNJUDGED else named
        if proof.period == "different" and not (
                named is not None and named[0] == "scale_word" and telling_slip(a, b, proof, named)):
            # 超2100万元 and 超2100亿元: no figure grows ten thousandfold in a year, so one
            # told for two periods is a slip, not two periods' figures
            moved = other_period(a, b, proof)
            if moved is not None:
                shifted.append(moved)
        elif proof.score >= TELLING:
            # figures one named mistake apart explain each other: they pair before a
            # neighbour whose figure is merely in the same unit
            related = (a.claim.unit != b.claim.unit or not agree(a, b)) and named is not None
            scored.append((proof.score + RELATED * related, a, b, proof, windowed, named))
    # a claim caught giving another time's figure is not also that article's same fact
    moved_to = {(x, by_id[y].article_id) for s in shifted
                for x, y in (s.claim_ids[:2], s.claim_ids[1::-1])}
    judged = []
    figures: Figures = defaultdict(list)
    for fact in facts:
        figures[(fact.article_id, fact.claim.kind, fact.claim.unit, fact.value)].append(fact)
    for _, a, b, proof, windowed, named in one_to_one(scored):
        link = decide(a, b, proof, figures, windowed, named)
        if link is None or (link.relation == "same" and (
                (a.claim_id, b.article_id) in moved_to or (b.claim_id, a.article_id) in moved_to)):
            continue
        judged.append(link)
    return _confirmed_elsewhere(judged, sames or {}) + shifted


def _confirmed_elsewhere(found: list[Suggestion], sames: Mapping[int, float]
                         ) -> list[Suggestion]:
    """A claim that another article states the same, more surely than a third article
    contradicts it, is not contradicted: the two published figures would contradict each
    other, and they were not found to."""
    best_same: dict[int, float] = defaultdict(float, sames)
    for s in found:
        if s.relation == "same":
            for claim_id in s.claim_ids:
                best_same[claim_id] = max(best_same[claim_id], s.score)
    return [s for s in found if not _superseded(s, best_same)]


def _superseded(s: Suggestion, best_same: Mapping[int, float]) -> bool:
    """A ``different_figure`` conflict one of whose claims is confirmed elsewhere at
    least as surely."""
    return s.relation == "conflict" and s.code == "different_figure" \
        and any(best_same.get(i, 0.0) >= s.score for i in s.claim_ids)


def within_article(facts: list[Fact]) -> list[Suggestion]:
    """Repeated statements of one figure in an article, as a chain of ``same`` links."""
    found = []
    groups: dict[tuple[int, str, str | None, float, float | None], list[Fact]] = defaultdict(list)
    for fact in facts:
        c = fact.claim
        groups[(fact.article_id, c.kind, c.unit, c.value, c.value_high)].append(fact)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:i + 1 + REPEAT_WINDOW]:
                proof = evidence(a, b)
                if proof.words >= REPEATED and proof.possible and proof.period != "different":
                    found.append(make("same", (a, b), min(1.0, 0.5 + proof.words / 2), "repeated",
                                      a=a.claim.text, what=describe(a), evidence=proof.as_dict()))
                    break  # each statement links to its next repetition: a chain
    return found


def similar(fact: Fact, index: Index, limit: int = 10) -> list[tuple[Fact, Evidence]]:
    """The figures in other articles closest to ``fact``, best first, with the evidence:
    what an editor compares by hand when no alarm fires."""
    found = []
    for other in index.near(fact):
        proof = evidence(fact, other)
        if proof.possible and proof.score >= CLOSE:
            found.append((other, proof))
    found.sort(key=lambda item: (-item[1].score, item[0].claim_id))
    return found[:limit]
