"""The conflict finder: the same fact told twice, figures that disagree, and arithmetic
inside one article that does not add up. No Qt, no database: facts in, suggestions out.

``facts`` turns claims into facts (who, what, when, unit dimension, value interval);
``retrieval`` finds candidates by block keys and pairs them one to one per pair of
articles; ``judge`` weighs the evidence and names the likely mistake; ``arithmetic``
checks each article's own sums; ``reasons`` says them in English.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from annotator.linking import periods
from annotator.linking.arithmetic import inconsistencies
from annotator.linking.facts import (
    FACTS_VERSION,
    ClaimLike,
    Fact,
    bulk,
    facts_of_article,
    facts_of_articles,
    grams,
    value_interval,
)
from annotator.linking.judge import (
    Evidence,
    agree,
    digits,
    directions_disagree,
    evidence,
    hedges_disagree,
    mistake,
    similarity,
)
from annotator.linking.retrieval import Index, candidate_pairs, one_to_one
from annotator.linking.suggestion import Suggestion, make, ordered

# an article's figures by (article id, kind, unit, value)
Figures = dict[tuple[int, str, str | None, float], list[Fact]]
Named = tuple[str, dict[str, Any]]  # a mistake's code and params

__all__ = ["CONFIRMED", "FACTS_VERSION", "ClaimLike", "Evidence", "Fact", "Index",
           "Suggestion", "facts_of_article", "facts_of_articles", "find_links", "similar",
           "value_interval"]

_CLAUSE_BREAK = re.compile("[、，,；;：:]")
SAME = 0.5          # evidence enough to call two agreeing figures one fact
NAMED = 0.45        # … two figures that differ by a named mistake
DIFFERENT = 0.62    # … two figures that simply differ
TELLING = 0.35      # … two figures one telling slip apart
RELATED = 0.1       # pairing prefers figures that differ by a named mistake
RANKING_WORDS = 6   # a rank's own clause this long, word for word, names one ranking
TELLING_SLIPS = ("digits_transposed", "off_by_one_digit", "scale_word", "decimal_point_moved")
SHIFTED = 0.6       # words alike enough to call one figure given for two times a mistake
RETOLD, RETOLD_PAIRS = 0.9, 7  # words alike enough, and enough of them, to be one told again
PREDICATE_KEPT = 0.75  # … or the share of the shorter predicate the other keeps
PREDICATE = 4       # word pairs before the number two different figures must share
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
    with bulk():
        mine = facts if only is None else [f for f in facts if f.article_id in only]
        found = cross_article(facts, only, sames, wide) + within_article(mine)
        by_article: dict[int, list[Fact]] = defaultdict(list)
        for fact in mine:
            by_article[fact.article_id].append(fact)
        for article_id, members in by_article.items():
            found += inconsistencies(members, texts[article_id])
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
        named = mistake(a, b) if windowed else _UNJUDGED
        if windowed and a.value != b.value and named is None:
            continue  # a window reports the same figure or a named slip, nothing else
        proof = evidence(a, b)
        if proof.entity == "different" and (not a.entity or not b.entity):
            named = mistake(a, b) if named is _UNJUDGED else named
            if _telling_slip(a, b, replace(proof, entity="unknown"), named):
                # owners told apart only by the words before the metric (现场签约 vs
                # 达成…协议) do not outweigh a slip as telling as 34.96万 for 34.96亿
                proof = replace(proof, entity="unknown")
        if not proof.possible:
            continue
        if proof.score >= TELLING:
            named = mistake(a, b) if named is _UNJUDGED else named
        if proof.period == "different" and not (
                named is not None and named[0] == "scale_word" and _telling_slip(a, b, proof, named)):
            # 超2100万元 and 超2100亿元: no figure grows ten thousandfold in a year, so one
            # told for two periods is a slip, not two periods' figures
            moved = _other_period(a, b, proof)
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
        link = _decide(a, b, proof, figures, windowed, named)
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


CONFIRMED = "same_fact"  # the code of a same whose score can overrule a conflict


def _superseded(s: Suggestion, best_same: Mapping[int, float]) -> bool:
    """A ``different_figure`` conflict one of whose claims is confirmed elsewhere at
    least as surely."""
    return s.relation == "conflict" and s.code == "different_figure" \
        and any(best_same.get(i, 0.0) >= s.score for i in s.claim_ids)


_UNJUDGED: Named = ("", {})  # mistake() not asked yet


def _decide(a: Fact, b: Fact, proof: Evidence, figures: Figures,
            windowed: bool = False, named: Named | None = _UNJUDGED) -> Suggestion | None:
    """``same``, ``conflict`` with the likely mistake, or None. ``figures`` (facts by
    article, kind, unit and value) finds a figure borrowed from another owner or time.
    ``windowed``: the two met in a window of a block too large to compare whole, where
    figures that merely differ, or agree only within their rounding, are other facts of
    one wording: only a named slip or the same figure is reported. ``named``: what
    ``mistake`` said of the pair, where it was asked already."""
    if agree(a, b) and a.claim.unit == b.claim.unit and not hedges_disagree(a, b) \
            and not directions_disagree(a, b):
        if proof.score < SAME or (windowed and a.value != b.value):
            return None  # in a window, figures only within each other's rounding are two
        return make("same", (a, b), min(1.0, proof.score), CONFIRMED, **_params(a, b, proof))
    if named is _UNJUDGED:
        named = mistake(a, b)
    if named is None and a.claim.kind == "rank":
        # ranks coincide often: two are one ranking's when the words say so
        named = ("rank", {}) if proof.score >= DIFFERENT or _one_ranking(a, b) else None
    if named is None and not _generic_rates(a, b, proof):
        named = _borrowed(a, b, figures) or _borrowed(b, a, figures)
    if named is not None:
        if proof.score < (TELLING if _telling_slip(a, b, proof, named) else NAMED):
            return None
        code, extra = named
    elif not windowed and proof.score >= DIFFERENT and _one_fact_told_twice(a, b, proof):
        code, extra = "different_figure", dict[str, object]()
    else:
        return None
    return make("conflict", (a, b), min(0.99, proof.score + (0.1 if named else 0)), code,
                **_params(a, b, proof), **extra)


def _one_ranking(a: Fact, b: Fact) -> bool:
    """The ranking told in the same words (游客接待量位居全国城市第二): what is ranked, and
    among whom, in the rank's own clause."""
    clause = _CLAUSE_BREAK.split(a.tail)[-1]
    return len(clause) >= RANKING_WORDS and clause == _CLAUSE_BREAK.split(b.tail)[-1]


def _telling_slip(a: Fact, b: Fact, proof: Evidence, named: Named | None) -> bool:
    """Figures of one unit whose digits are one slip apart (2100万 for 2100亿, 1527.8 for
    1572.8, four significant digits or more) are rarely two facts by chance: a slip so
    telling needs less context."""
    if proof.metric == "different" or a.claim.unit != b.claim.unit:
        return False
    if named is None or named[0] not in TELLING_SLIPS:
        return False
    return min(len(digits(a.value).rstrip("0")), len(digits(b.value).rstrip("0"))) >= 4 \
        or (named[0] == "scale_word" and len(digits(a.value).rstrip("0")) >= 2)


def _generic_rates(a: Fact, b: Fact, proof: Evidence) -> bool:
    """Rates and goals are every owner's (同比分别增长6.5%、5.9%; 控制在5%以内): two of no one
    stated owner are one fact only when one is the other's sentence told again, about an
    owner at least one of them names."""
    if proof.entity == "same" or (a.dimension != "rate" and not (a.target and b.target)):
        return False
    return proof.words < RETOLD or (a.entity is None and b.entity is None)


def _one_fact_told_twice(a: Fact, b: Fact, proof: Evidence) -> bool:
    """Two different figures with no named slip between them are one fact told twice only
    when they share a predicate (从考察到签约仅用了), not just a noun (总投资), are of one
    magnitude, and are one owner's or one is the other told again in its words: a
    statistic every place reports differs from place to place."""
    ratio = max(abs(a.value), abs(b.value)) / max(min(abs(a.value), abs(b.value)), 1e-9)
    if ratio >= 10:
        return False
    shared = a.before & b.before
    if len(shared) + len(a.after_words & b.after_words) < PREDICATE:
        return False  # 3.4万名困难重度残疾人, 抢下46个篮板: the predicate may follow the figure
    if proof.entity == "same":
        return True
    if _generic_rates(a, b, proof):
        return False
    # the predicate past the metric's own name (人均可支配收入 is every city's)
    kept = len(shared - a.metric_pairs)
    return (kept >= RETOLD_PAIRS and kept >= PREDICATE_KEPT * min(len(a.before), len(b.before))) \
        or (proof.words >= RETOLD and len(a.words & b.words) >= RETOLD_PAIRS)


def _borrowed(a: Fact, b: Fact, figures: Figures) -> tuple[str, dict[str, Any]] | None:
    """``a`` gives the figure that ``b``'s article states for another owner or another
    time: 成都's figure written for 重庆, last year's for this one. A round figure (50个)
    recurs by chance, so it must have two significant digits or more."""
    found = figures.get((b.article_id, b.claim.kind, b.claim.unit, a.value), ())
    if not found or len(digits(a.value).rstrip("0")) < 2:
        return None
    for other in found:
        if other.claim_id == b.claim_id:
            continue
        if other.entity and b.entity and other.entity != b.entity:
            return "other_entity", {"owner": other.entity}
        if periods.stated_apart(other.when, b.when):
            return "other_period", {"when": f"{other.when.describe()} vs {b.when.describe()}"}
        owner = _named_apart(a, b, other)
        if owner:
            return "other_entity", {"owner": owner}
    return None


def _named_apart(a: Fact, b: Fact, other: Fact) -> str | None:
    """An owner no dictionary knows, told apart by the words before the metric: the source
    gives 渝农商行的总市值 and 沪农商行的总市值, and ``a`` names the first but gives the second's
    figure. Rates are left out: the words before a rate rarely name its owner."""
    if a.dimension == "rate" or other.entity_stated or b.entity_stated or not other.subject \
            or not b.subject or other.subject == b.subject \
            or len(a.subject & b.subject) <= len(a.subject & other.subject):
        return None
    owner = _CLAUSE_BREAK.split(other.tail.partition(other.metric)[0])[-1].rstrip("的为是")
    return owner if len(owner) >= 2 else None


def _params(a: Fact, b: Fact, proof: Evidence) -> dict[str, object]:
    return {"a": a.claim.text, "b": b.claim.text, "what": _describe(a), "evidence": proof.as_dict()}


def _other_period(a: Fact, b: Fact, proof: Evidence) -> Suggestion | None:
    """One figure, word for word, given for two different years or fair editions: likely
    last year's (or the last fair's) figure repeated as this one's. A short round figure
    (5%, 10个) recurs by chance, so the figure must be specific or the sentence the same."""
    ca, cb = a.claim, b.claim
    if (ca.value, ca.value_high, ca.unit) != (cb.value, cb.value_high, cb.unit) \
            or not periods.stated_apart(a.when, b.when):
        return None
    specific = len(digits(ca.value).rstrip("0")) >= 3
    sentence = similarity(_sentence_grams(a), _sentence_grams(b))
    if proof.words < SHIFTED or not (specific or sentence >= SHIFTED):
        return None
    when = f"{a.when.describe()} vs {b.when.describe()}"
    return make("conflict", (a, b), min(0.95, 0.4 + proof.words / 2), "other_period",
                a=ca.text, b=cb.text, what=_describe(a), when=when, evidence=proof.as_dict())


def _sentence_grams(fact: Fact) -> frozenset[str]:
    before, _, after = fact.sentence_text.partition("|")
    return grams(before) | grams(after)


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
                                      a=a.claim.text, what=_describe(a), evidence=proof.as_dict()))
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


def _describe(fact: Fact) -> str:
    """What a figure measures, for people: its metric, else the words just before it."""
    time = " ".join(str(x) for x in (fact.when.year, fact.when.part) if x)
    words = fact.tail.rpartition("#")[2].lstrip("的年月日")
    what = fact.claim.metric or (words if len(words) >= 2 else fact.claim.text)
    owner = f"{fact.entity} " if fact.entity and fact.entity not in what else ""
    return f"{owner}{what}" + (f", {time}" if time else "")
