"""A retelling read beside its source, sentence by sentence.

Pairing weighs a figure's own words, so a figure a retelling puts in other words
(会场坐了近150人 for 共150余人齐聚一堂) or under another unit (239公里 for 239条) is left
unexplained. Between two articles that agree on other facts (``KIN``: a retelling and
its source), such a figure is the same fact as the one the source tells in the most
alike sentence, when that one is unexplained too: the two are one fact told wrong. So is
a figure the other article tells only in a sentence much less alike, where that
sentence's place holds another figure (the retelling's 近200名 where the source has
260余名, its 260余名 said of someone else).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from annotator.linking import units
from annotator.linking.decide import (
    SAME,
    Named,
    clauses_alike,
    describe,
    one_magnitude,
    pair_params,
    sentences_alike,
)
from annotator.linking.facts import Fact, significant_digits
from annotator.linking.judge import (
    Evidence,
    agree,
    bound_rounded,
    evidence,
    hedges_disagree,
    mistake,
    short_drop,
)
from annotator.linking.suggestion import Suggestion, make

ALIKE = 0.3     # sentences this alike (their character pairs) are one sentence told again
SIBLING_ALIKE = 0.1  # … or, a number told in a sibling unit, one retold in other words
DIGITS_ALIKE = 0.2  # … or, its digits kept in another order or place, one retold loosely
DIGITS_KEPT = ("digits_transposed", "decimal_point_moved", "scale_word")
RETOLD_WHOLE = 0.5  # … nearly whole: one figure told wrong, whatever metric each was read as
STATED_PLACES = 2  # places a figure told again may be rounded past the one it tells
KEPT = 2        # digits a figure keeps under another unit's dimension to be the same figure
SPECIFIC_KEPT = 3  # … and to be as telling as a sibling unit, in a sentence retold loosely
PLACE_APART = 0.2  # how much more alike a figure's place is than the sentence stating it
CLAUSE_APART = 0.4  # … or its clause, the sentences about as alike
Linked = Mapping[int, set[int]]  # a claim → the articles it is linked with


def realigned(pairs: Iterable[tuple[list[Fact], list[Fact]]], linked: Linked) -> list[Suggestion]:
    """Conflicts between the figures each pair of kin articles left unexplained, paired
    by their sentences, most alike first, one to one."""
    found = []
    for mine, theirs in pairs:
        open_mine, open_theirs = _open(mine, theirs, linked), _open(theirs, mine, linked)
        weighed: list[tuple[float, Fact, Fact, Fact | None]] = [
            (sentences_alike(a, b), a, b, None) for a in open_mine for b in open_theirs]
        weighed += _borrowing(mine, theirs, open_theirs, linked) + _borrowing(theirs, mine, open_mine, linked)
        weighed.sort(key=lambda x: -x[0])
        taken: set[int] = set()
        for alike, a, b, owner in weighed:
            if alike < SIBLING_ALIKE:
                break
            if alike < ALIKE and not _sibling_slip(a, b) and not (alike >= DIGITS_ALIKE and _digits_slip(a, b)):
                continue
            if a.claim_id in taken or b.claim_id in taken:
                continue
            proof = evidence(a, b)
            told = _told_wrong(a, b, proof)
            if owner is not None and proof.period != "different" and (told is None or told[0] == "different_figure"):
                # (the figure is the one the source gives ``owner``, however far from b's)
                told = "other_item", {"item": describe(owner)}
            if told is not None:
                taken.update((a.claim_id, b.claim_id))
                # no surer than a same fact: one a third article tells overrules it
                found.append(make("conflict", (a, b), min(SAME, alike), told[0],
                                  **pair_params(a, b, proof), **told[1]))
    return found


def _sibling_slip(a: Fact, b: Fact) -> bool:
    """One number told in a sibling unit (126人次 for 120余人, 35个百分点 for 35%), or a
    specific one under any other unit (二百三十九公里 for 239条): as telling as a digit
    slipped, so a sentence retold in other words is alike enough."""
    if units.sibling_mixup(a.claim.unit, b.claim.unit) is not None:
        return max(a.low, b.low) <= min(a.high, b.high)
    return a.claim.value == b.claim.value and a.claim.qualifier == b.claim.qualifier \
        and len(significant_digits(a.claim.value)) >= SPECIFIC_KEPT and not units.same(a.claim.unit, b.claim.unit) \
        and not units.counted_alike(a.claim.unit, b.claim.unit)


def _digits_slip(a: Fact, b: Fact) -> bool:
    """The digits of one figure kept in the other, swapped or moved (19万条 for 190万条, 5800名
    for 8500名): as telling as a sibling unit, in a sentence retold loosely."""
    named = mistake(a, b)
    return named is not None and named[0] in DIGITS_KEPT


def _borrowing(mine: Sequence[Fact], theirs: Sequence[Fact], opened: Sequence[Fact], linked: Linked
               ) -> list[tuple[float, Fact, Fact, Fact | None]]:
    """A figure of ``mine`` that ``theirs`` states, but in a place much less alike than
    the one where ``theirs`` tells an unexplained figure of its unit: one of them put in
    the other's place (近40家, a delegation's, for the 9家 that invested; 1200余人 where
    the source has 120余人, the 120余人 told in another sentence; 累计设立9家企业 where the
    source's sentence gives 9家企业投资 and 累计设立64家企业); ``opened``: the facts of
    ``theirs`` left unexplained (``_open``). Each with the neighbour whose figure it gives,
    if one does (``_neighbour``)."""
    article = theirs[0].article_id if theirs else -1
    found = []
    for a in mine:
        stating = [o for o in theirs if _states(o, a)] if article not in linked.get(a.claim_id, ()) else []
        if not stating:
            continue
        found += [(sentences_alike(a, b), a, b, _neighbour(a, b, stating, mine, linked)) for b in opened
                  if b.dimension == a.dimension and units.same(a.claim.unit, b.claim.unit)
                  and all(_in_place_of(a, b, o) for o in stating)]
    return found


def _neighbour(a: Fact, b: Fact, stating: Sequence[Fact], mine: Sequence[Fact], linked: Linked
               ) -> Fact | None:
    """The item of ``b``'s article that it gives ``a``'s very figure, in ``b``'s sentence or
    in one ``a``'s article tells again, where nothing of ``a``'s article tells that item's
    figure: the eye slipped to it. (近200人 allows 160余人, 约三分之一 32.6%, but neither is
    that figure; a figure the other article tells in a sentence ``a``'s never tells may be
    the one told right.)"""
    return next((o for o in stating if o.value == a.value and units.same(o.claim.unit, a.claim.unit)
                 and a.article_id not in linked.get(o.claim_id, ())
                 and (o.sentence == b.sentence or any(sentences_alike(x, o) >= ALIKE for x in mine))), None)


def _in_place_of(a: Fact, b: Fact, told: Fact) -> bool:
    """Whether ``a`` stands where ``b`` does rather than where ``told`` does: in a sentence
    much more alike (unless ``told``'s clause is far more alike: a list told as one
    sentence where the other ends each item with ；), or in one about as alike (two items
    of one list) and a clause far more alike."""
    apart = sentences_alike(a, b) - sentences_alike(a, told)
    clause_apart = clauses_alike(a, b) - clauses_alike(a, told)
    return (apart >= PLACE_APART and clause_apart > -CLAUSE_APART) or (
        apart >= -PLACE_APART / 2 and clause_apart >= CLAUSE_APART)


def _open(facts: Sequence[Fact], other: Sequence[Fact], linked: Linked) -> list[Fact]:
    """Facts linked with nothing of the other article, whose figure it states nowhere."""
    article = other[0].article_id if other else -1
    return [f for f in facts if article not in linked.get(f.claim_id, ())
            and not any(_states(o, f) for o in other)]


def _states(told: Fact, fact: Fact) -> bool:
    """Whether ``told`` gives the figure of ``fact``, in its unit or converted (20余吨 and
    两万多公斤), rounded no further than ``STATED_PLACES`` places (一成 allows 7.49%, but
    tells no such figure)."""
    if told.place > fact.place * 10 ** STATED_PLACES:
        return False
    if units.same(told.claim.unit, fact.claim.unit):
        return agree(told, fact) and not hedges_disagree(told, fact)
    x, y = units.converted(1.0, told.claim.unit), units.converted(1.0, fact.claim.unit)
    if not x or not y or units.dimension(told.claim.unit) != units.dimension(fact.claim.unit):
        return False  # (300余亩 tells no 239公里, though both convert to some 200,000)
    return max(told.low * x, fact.low * y) <= min(told.high * x, fact.high * y)


def _told_wrong(a: Fact, b: Fact, proof: Evidence) -> Named | None:
    """How a figure told again in an alike sentence went wrong, if it is one figure at all:
    of one dimension (or another, its digits kept: 165.7% for 165.7亿元), of one time."""
    kept = significant_digits(a.value) == significant_digits(b.value)
    if a.dimension != b.dimension and not (kept and len(significant_digits(a.value)) >= KEPT):
        return None
    if proof.period == "different":
        return None  # a figure labelled with its own year is no retelling's slip
    named = mistake(a, b)
    if named is not None or (proof.metric == "different" and a.metric != b.metric
                             and sentences_alike(a, b) < RETOLD_WHOLE):
        # (two figures of metrics told apart are one only by a named slip; one metric told
        # as a goal in one, or as a year's additions, is one figure told wrong, and so is
        # one of a sentence told again nearly whole, whatever its metric was read as)
        return named
    if a.claim.kind == "rank" and b.claim.kind == "rank":
        return "rank", {}
    if short_drop(a, b):
        return "digit_dropped", {}  # (184件 told as 18件: more than one magnitude apart)
    if units.same(a.claim.unit, b.claim.unit):
        # 超1500万 for 超1599万 is one floor rounded; a figure ten times off is another's;
        # a count or an amount of no owner either names is every place's (two reports'
        # 解决问题138个 and 184个)
        owned = a.dimension == "rate" or bool(a.entity or b.entity)
        return ("different_figure", {}) if owned and one_magnitude(a, b) and not bound_rounded(a, b) else None
    kept_apart = kept and not units.counted_alike(a.claim.unit, b.claim.unit)
    return ("unit_changed", {"a_unit": a.claim.unit, "b_unit": b.claim.unit}) if kept_apart else None
