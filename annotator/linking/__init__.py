"""The conflict finder: the same fact told twice, figures that disagree, and arithmetic
inside one article that does not add up. No Qt, no database: facts in, suggestions out.

``facts`` turns claims into facts (who, what, when, unit dimension, value interval);
``retrieval`` finds candidates by block keys and pairs them one to one per pair of
articles; ``judge`` weighs the evidence and names the likely mistake; ``decide`` says
what a pair is (same, conflict and why, or nothing); ``arithmetic``
checks each article's own sums; ``reasons`` says them in English.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import pairwise

from annotator.linking import frames, units
from annotator.linking.arithmetic import inconsistencies
from annotator.linking.decide import (
    BESIDE,
    CONFIRMED,
    KIN_ONLY,
    NAMED,
    RELATED,
    RETOLD,
    TELLING,
    UNJUDGED,
    Figures,
    Named,
    decide,
    describe,
    goal_reached,
    goal_slipped,
    one_ranking,
    other_period,
    pair_params,
    retold_beside,
    sentences_alike,
    swapped_items,
    tally_told,
    telling_slip,
)
from annotator.linking.facts import (
    FACTS_VERSION,
    ClaimLike,
    Fact,
    bulk,
    companions,
    facts_of_article,
    facts_of_articles,
    figure_token,
    significant_digits,
    value_interval,
)
from annotator.linking.judge import (
    Evidence,
    agree,
    evidence,
    group_bound,
    levels_apart,
    mistake,
    possible_evidence,
    short_drop,
    short_slip,
    similarity,
    swapped_apart,
)
from annotator.linking.retold import realigned
from annotator.linking.retrieval import (
    Index,
    candidate_pairs,
    head,
    one_to_one,
)
from annotator.linking.suggestion import Suggestion, make, ordered

__all__ = ["CONFIRMED", "FACTS_VERSION", "ClaimLike", "Evidence", "Fact", "Index",
           "Suggestion", "facts_of_article", "facts_of_articles", "find_links", "similar", "suggest",
           "value_interval"]

# a candidate pair as weighed: score for pairing, the facts, evidence, met in a window, mistake
Scored = tuple[float, Fact, Fact, Evidence, bool, Named | None]
FactsOf = Callable[[Collection[int]], list[Fact]]  # every fact of some articles
# a linked claim's article, its number of figures, whether the figure is specific, whether
# it only bounds a group (60岁及以上), whether its own sentence names its owner, its value
ArticleOf = Mapping[int, tuple[int, int, bool, bool, bool, float, bool]]

CLOSE = 0.3         # evidence enough to show a figure as a close one elsewhere
REPEAT_WINDOW = 20  # the next statements of one figure a statement is compared with
WEAK = ("different_figure", "rounding_beyond_hedge")  # conflicts that need kin articles
# … and a slip two reports make by chance often enough (1,156.3亿元 a year, 156.3亿元 a quarter)
CHANCE_SLIPS = ("digit_dropped",)
WEAK_TIE = 0.5      # the share of ``RELATED`` pairing gives a pair those name
# … as it does a pair of fractions of one numerator: a list's items differ so too (十分之一
# 税收，十五分之一城镇就业)
FAINT_TIES = (*WEAK, "denominator_changed")
IN_TURN = 0.15      # … and a pair each told right after one figure (``_in_turn``)
BORROWED = ("other_entity", "other_period", "other_item")  # … and those that never do
SPECIFIC = 4        # … nor a named slip between figures this many significant digits long
ROOM = 6            # … where each of the two states this many figures
REPEATED = 0.35     # words alike enough to call a figure stated again in one article
SAMPLED = 0.4       # … to weigh two figures that met by a sample of their words alone
LISTED = 0.6        # … to call two figures one list's item, each after an item agreed on
KIN = 3             # same facts two articles share to be a retelling and its source
STRANGERS_SHARE = 2  # … fewer than this alike, none as specific as ``TELLING_DIGITS``, and they are strangers
TELLING_DIGITS = 3  # … significant digits of a figure told alike that is no coincidence (42名 may be)
# mistakes that win no pairing: a figure's twin in its own unit comes first (2倍 and 2倍,
# not 2倍 and the 35% beside it)
UNPAIRED = ("unit_changed", "growth_as_multiple")
SIBLING_SLIPS = ("percent_vs_points", "person_vs_times", "household_vs_person", "currency")
SLIPPED_DIGITS = 3  # … told for two times, a figure this specific in a sibling unit is one


def find_links(facts: list[Fact], texts: Mapping[int, str],
               only: set[int] | None = None, sames: Mapping[int, float] | None = None,
               wide: frozenset[int] = frozenset(),
               facts_of: FactsOf | None = None) -> list[Suggestion]:
    """Every suggestion (or only those touching the articles ``only`` names: a draft
    checked against the rest): conflicts and inconsistencies first, worst first, then
    sames. Pairs are decided per pair of articles, so both ways agree on a draft.
    ``sames``: the best ``same_fact`` score each claim already has with an article
    outside ``only`` (earlier runs found it), which a full run would weigh too; ``wide``:
    claims a draft reached only through a window of a large stored block; ``facts_of``:
    every fact of some articles (of ``facts`` unless given: a draft's candidates are
    only some of their articles' facts)."""
    with bulk():  # as soon as facts are built: no collector pass over them all
        by_head: dict[str, list[Fact]] = defaultdict(list)
        by_article: dict[int, list[Fact]] = defaultdict(list)
        for fact in facts:
            by_head[head(fact.claim.kind, fact.dimension)].append(fact)
            by_article[fact.article_id].append(fact)
        return suggest(by_head.values(), ((members, texts[article_id])
                                          for article_id, members in by_article.items()
                                          if only is None or article_id in only),
                       facts_of or (lambda ids: [f for i in ids for f in by_article[i]]),
                       only, sames, wide)


def suggest(heads: Iterable[list[Fact]], articles: Iterable[tuple[list[Fact], str]],
            facts_of: FactsOf, only: set[int] | None = None,
            sames: Mapping[int, float] | None = None, wide: frozenset[int] = frozenset()
            ) -> list[Suggestion]:
    """``find_links`` from facts given a head at a time (``retrieval.head``, each in the
    order of its articles and their text): no block key, no figure borrowed from another
    owner or time and no statement told again crosses a head, so each is judged alone,
    and the facts of all need not be held at once. Then each article's facts (those
    ``only`` names) with its text, for its arithmetic; then, read again by ``facts_of``,
    the articles of each retelling and its source, for what pairing left unexplained."""
    with bulk():
        found: list[Suggestion] = []
        article_of: dict[int, tuple[int, int, bool, bool, bool, float, bool]] = {}  # (``ArticleOf``)
        for group in heads:
            judged = cross_article(group, only, sames, wide)
            linked = {i for s in judged for i in s.claim_ids}
            article_of.update((f.claim_id, (f.article_id, f.figures, len(
                significant_digits(f.value)) >= SPECIFIC, group_bound(f) is not None, f.entity_stated, f.value,
                f.dimension == "rate"))
                for f in group if f.claim_id in linked)
            found += judged
            found += within_article(group if only is None else
                                    [f for f in group if f.article_id in only])
            del group  # its facts go before the next head's are read
        for members, text in articles:
            found += inconsistencies(members, text)
        across = _across(found, article_of)
        kin = _kin(across, article_of)
        found += _retold(found, across, kin, article_of, only, sames or {}, facts_of)
        return ordered(_strangers_apart(found, across, kin, article_of))


def _retold(found: list[Suggestion], across: list[Suggestion], kin: Counter[tuple[int, int]],
            article_of: ArticleOf, only: set[int] | None, sames: Mapping[int, float],
            facts_of: FactsOf) -> list[Suggestion]:
    """``retold.realigned`` over each pair of articles (those ``only`` names) that tell
    ``KIN`` figures alike to the digit: a retelling and its source, read whole (figures
    alike only within their rounding, 6%左右 and 6.1%, are as often a goal and last
    year's outcome). A figure that merely differs is no conflict where a third article
    states it the same (``_confirmed_elsewhere``)."""
    alike: dict[tuple[int, int], list[tuple[int, ...]]] = defaultdict(list)
    linked: dict[int, set[int]] = defaultdict(set)
    for s in across:
        x, y = (article_of[i][0] for i in s.claim_ids[:2])
        linked[s.claim_ids[0]].add(y)
        linked[s.claim_ids[1]].add(x)
        if s.relation == "same" and kin[_articles(x, y)] >= KIN and (only is None or x in only or y in only):
            alike[_articles(x, y)].append(s.claim_ids[:2])
    retellings = []
    for (x, y), told in alike.items():  # (few in a full run: few articles retell another)
        facts = facts_of((x, y))
        value = {f.claim_id: f.value for f in facts}
        if sum(a in value and value[a] == value.get(b) for a, b in told) >= KIN:
            retellings.append(([f for f in facts if f.article_id == x], [f for f in facts if f.article_id == y]))
    aligned = realigned(retellings, linked)
    claims = {i for s in aligned for i in s.claim_ids}
    confirmed = [s for s in found if s.relation == "same" and not claims.isdisjoint(s.claim_ids)]
    return [s for s in _confirmed_elsewhere(confirmed + aligned, sames) if s.relation == "conflict"]


def _strangers_apart(found: list[Suggestion], across: list[Suggestion], kin: Counter[tuple[int, int]],
                     article_of: ArticleOf) -> list[Suggestion]:
    """Drop a conflict across two articles with figures enough to share others (``ROOM``)
    that share no other fact (or one only, too short to tell: two clubs' 42名 and 42人) and
    no owner one of them names (both taking their articles' subjects is no naming): two reports that agree on nothing else
    are about different things (two provinces' 常住人口; 3.5% and 3.5个百分点), while a
    retelling shares most of its figures with its source. A figure the other article
    gives elsewhere (``BORROWED``), or a named slip between specific figures (1527.8 for
    1572.8), is a shared fact itself. A conflict marked ``KIN_ONLY`` stays only between
    articles that share ``KIN`` facts or more. Bounds of a group (65岁及以上) are no
    shared fact: every age table has them."""
    def articles(s: Suggestion) -> tuple[int, int]:
        return _articles(article_of[s.claim_ids[0]][0], article_of[s.claim_ids[1]][0])

    def telling_slip(s: Suggestion) -> bool:
        return s.code in BORROWED or (
            s.code not in WEAK + CHANCE_SLIPS and all(article_of[i][2] for i in s.claim_ids[:2])
            and not (s.code == "digits_transposed" and swapped_apart(*(article_of[i][5] for i in s.claim_ids[:2]))))

    # (one fact alike is a shared fact only where its figure is specific or its metric is
    # one: 42名 and 42人 may be two clubs' counts by chance, 41个工业门类 is one fact; 两项 of
    # two recaps, 两项合计, a digit alone, is none, nor a round rate, 增长20%, of any two)
    telling = {articles(s) for s in across if s.relation == "same"
               and (len(digits := significant_digits(article_of[s.claim_ids[0]][5])) >= TELLING_DIGITS
                    or (_metric_named(s) and article_of[s.claim_ids[0]][5] >= 10
                        and not (article_of[s.claim_ids[0]][6] and len(digits) == 1)))}
    apart = {id(s) for s in across if s.relation == "conflict" and not telling_slip(s)
             and not (_owner_named(s) and any(article_of[i][4] for i in s.claim_ids[:2]))
             and (articles(s) not in kin or (kin[articles(s)] < STRANGERS_SHARE and articles(s) not in telling))
             and min(article_of[i][1] for i in s.claim_ids[:2]) >= ROOM}
    across_ids = {id(s) for s in across}
    apart |= {id(s) for s in found if KIN_ONLY in s.params
              and (id(s) not in across_ids or kin[articles(s)] < KIN)}
    return [_unmarked(s) for s in found if id(s) not in apart]


def _across(found: list[Suggestion], article_of: ArticleOf) -> list[Suggestion]:
    """Links between claims of two articles."""
    return [s for s in found if s.claim_ids[0] in article_of and s.claim_ids[1] in article_of
            and article_of[s.claim_ids[0]][0] != article_of[s.claim_ids[1]][0]]


def _kin(across: list[Suggestion], article_of: ArticleOf) -> Counter[tuple[int, int]]:
    """Each pair of articles, the facts they tell alike to the value (a group's bound is
    none: every age table has 60岁及以上; nor two figures that merely overlap, 35% and 四成,
    told of two events' youth groups)."""
    alike = [(article_of[s.claim_ids[0]], article_of[s.claim_ids[1]]) for s in across if s.relation == "same"]
    return Counter(_articles(a[0], b[0]) for a, b in alike if not a[3] and a[5] == b[5])


def _unmarked(s: Suggestion) -> Suggestion:
    if KIN_ONLY not in s.params:
        return s
    return replace(s, params={k: v for k, v in s.params.items() if k != KIN_ONLY})


def _articles(a: int, b: int) -> tuple[int, int]:
    return min(a, b), max(a, b)


def _owner_named(s: Suggestion) -> bool:
    evidence = s.params.get("evidence")
    return isinstance(evidence, dict) and evidence.get("entity") == "same"


def _metric_named(s: Suggestion) -> bool:
    evidence = s.params.get("evidence")
    return isinstance(evidence, dict) and evidence.get("metric") == "same"


def cross_article(facts: list[Fact], only: set[int] | None = None,
                  sames: Mapping[int, float] | None = None,
                  wide: frozenset[int] = frozenset()) -> list[Suggestion]:
    """``same`` and ``conflict`` between claims of different articles."""
    by_id = {f.claim_id: f for f in facts}
    scored: list[Scored] = []
    shifted = []
    figures: Figures = defaultdict(list)
    in_unit: dict[tuple[int, str, str | None], list[Fact]] = defaultdict(list)
    for fact in facts:
        figures[(fact.article_id, fact.claim.kind, units.spelling(fact.claim.unit), fact.value)].append(fact)
        in_unit[(fact.article_id, fact.claim.kind, units.spelling(fact.claim.unit))].append(fact)
    kin_only: set[tuple[int, int]] = set()
    for a, b, windowed, sampled in _with_owners_own(candidate_pairs(facts, only), in_unit):
        windowed = windowed or a.claim_id in wide or b.claim_id in wide
        # mistake() is asked at most once a pair, and only where a rule below reads it
        if sampled and similarity(a.words, b.words) < SAMPLED:
            continue  # met by a sample of their words alone, and not worded alike enough
        proof = possible_evidence(a, b)
        if proof is None and a.target != b.target:
            if (reached := goal_reached(a, b)) is not None:
                shifted.append(reached)  # a goal told as reached (one figure): no same fact either
                continue
            proof = goal_slipped(a, b)  # … or one telling slip apart, the goal word a retelling's
        if proof is None:  # (first: most pairs end here, and a window's too)
            if (told := tally_told(a, b)) is not None:
                shifted.append(told)  # … or a whole so far told as one period's additions
            continue
        named = mistake(a, b) if windowed else UNJUDGED
        if windowed and a.value != b.value and named is None:
            continue  # a window reports the same figure or a named slip, nothing else
        if proof.entity == "different" and (not a.entity or not b.entity):
            named = mistake(a, b) if named is UNJUDGED else named
            if telling_slip(a, b, replace(proof, entity="unknown"), named):
                # owners told apart only by the words before the metric (现场签约 vs
                # 达成…协议) do not outweigh a slip as telling as 34.96万 for 34.96亿
                proof = replace(proof, entity="unknown")
            elif named is not None and not levels_apart(a, b):
                # … nor, between a retelling and its source, any named slip: 全市 and the
                # city its source names may be one owner (``KIN_ONLY``)
                proof = replace(proof, entity="unknown")
                kin_only.add((a.claim_id, b.claim_id))
        if not proof.possible:
            continue
        if sampled and proof.metric != "same":
            # words alike by a sample alone, no metric to share: only a named slip tells,
            # or one figure told in two frames (占全国8% and 占全球8%)
            named = mistake(a, b) if named is UNJUDGED else named
            if (named is None or named[0] in WEAK) and not one_ranking(a, b) \
                    and not (agree(a, b) and frames.apart(a, b)):
                continue
        beside = proof.score >= BESIDE and retold_beside(a, b, proof)
        if proof.score >= TELLING or beside:
            named = mistake(a, b) if named is UNJUDGED else named
        if proof.period == "different" and not _slipped_across_times(a, b, proof, named):
            moved = other_period(a, b, proof)
            if moved is not None:
                shifted.append(moved)
        elif proof.score >= TELLING or beside:
            if a.claim.kind != b.claim.kind and named is None and not agree(a, b):
                continue  # 同比增长21.2% and 渗透率63.62%: a change and a share that differ are two facts
            # figures one named mistake apart explain each other: they pair before a
            # neighbour whose figure is merely in the same unit
            tie = 0.0
            if named is not None and (not units.same(a.claim.unit, b.claim.unit) or not agree(a, b)) \
                    and not _round_tenfold(a, named) and named[0] not in UNPAIRED:
                # (a figure just past a hedge is a weaker tie than a slip: 1572.8 and 近1700)
                tie = RELATED * (WEAK_TIE if named[0] in FAINT_TIES else 1.0)
            elif named is None and not agree(a, b) and swapped_items(a, b, figures):
                tie = RELATED  # (98家渝企…累计设立7家 told for 7家渝企…累计设立98家)
            scored.append((proof.score + tie + IN_TURN * _in_turn(a, b), a, b, proof, windowed, named))
    # a claim caught giving another time's figure is not also that article's same fact
    moved_to = {(x, by_id[y].article_id) for s in shifted
                for x, y in (s.claim_ids[:2], s.claim_ids[1::-1])}
    judged = []
    undecided = []
    for _, a, b, proof, windowed, named in one_to_one(scored):
        link = decide(a, b, proof, figures, windowed, named)
        if link is None and not windowed:
            undecided.append((a, b, proof))
        if link is not None and (a.claim_id, b.claim_id) in kin_only:
            if link.relation != "conflict":
                continue
            link = replace(link, params={**link.params, KIN_ONLY: True})
        if link is None or (link.relation == "same" and (
                (a.claim_id, b.article_id) in moved_to or (b.claim_id, a.article_id) in moved_to)):
            continue
        judged.append(link)
    judged += _listed_in_turn(judged, scored, by_id)
    judged += _short_slips(judged, undecided, by_id)
    # a figure paired with its own time's, as that of another time, is not told again
    # as merely the same figure given for two times
    borrowed = {(s.claim_ids[0], by_id[s.claim_ids[1]].article_id) for s in judged
                if s.relation == "conflict" and s.code == "other_period"}
    shifted = [s for s in shifted if not any((x, by_id[y].article_id) in borrowed
                                             for x, y in (s.claim_ids[:2], s.claim_ids[1::-1]))]
    return _confirmed_elsewhere(_untwinned(judged, scored, figures, by_id), sames or {}) + shifted


def _with_owners_own(pairs: Iterable[tuple[Fact, Fact, bool, bool]],
                     in_unit: Mapping[tuple[int, str, str | None], list[Fact]]) -> Iterator[tuple[Fact, Fact, bool, bool]]:
    """The candidate pairs, and where two owners' figures agree (招商银行 13.26% and 光大银行
    13.26%), each with the figure the other's article gives its own owner (光大银行 7.49%):
    one owner's figure told as another's is a conflict of that owner's two (other_entity)."""
    seen: set[tuple[int, int]] = set()
    for a, b, windowed, sampled in pairs:
        seen.add((a.claim_id, b.claim_id))
        yield a, b, windowed, sampled
        # (a round figure, 5%, recurs by chance: only one of two significant digits is borrowed)
        if windowed or a.value != b.value or not (a.entity_stated and b.entity_stated) or a.entity == b.entity \
                or len(significant_digits(a.value)) < 2:
            continue
        for x, y in ((a, b), (b, a)):
            for owns in in_unit.get((x.article_id, x.claim.kind, units.spelling(x.claim.unit)), ()):
                if owns.entity == y.entity and owns.entity_stated and owns.metric == x.metric \
                        and (owns.claim_id, y.claim_id) not in seen:
                    seen.add((owns.claim_id, y.claim_id))
                    yield owns, y, False, False


def _in_turn(a: Fact, b: Fact) -> bool:
    """Each figure told right after one figure its sentence shares with the other's (…122个，
    正式合同金额约1800亿元 and …122个、正式合同金额近1700亿元): the same place in a sentence told
    again, unless either sentence states the other's figure too (then it is the item beside)."""
    return a.follows != "" and a.follows == b.follows \
        and figure_token(a.claim) not in companions(b) and figure_token(b.claim) not in companions(a)


def _slipped_across_times(a: Fact, b: Fact, proof: Evidence, named: Named | None) -> bool:
    """One figure mistyped, not two periods' figures, though each states its own time: 超2100
    万元 and 超2100亿元 (no figure grows ten thousandfold in a year), or one specific figure
    in a sibling unit (34.3% and 34.3个百分点)."""
    if named is None:
        return False
    if named[0] == "scale_word":
        return telling_slip(a, b, proof, named)
    return named[0] in SIBLING_SLIPS and a.value == b.value \
        and len(significant_digits(a.value)) >= SLIPPED_DIGITS


def _round_tenfold(a: Fact, named: Named) -> bool:
    """A decimal point moved between round figures (10 and 100 名): common enough in one
    sentence to say nothing of which figure retells which."""
    return named[0] == "decimal_point_moved" and len(significant_digits(a.value)) < 2


def _listed_in_turn(judged: list[Suggestion], scored: list[Scored], by_id: Mapping[int, Fact]
                    ) -> list[Suggestion]:
    """Two figures of one metric told in like words, each right after a figure the two
    articles give alike (…固定资产投资增长5%，其中工业投资增长10% and …增长12%): one list
    told again, where one item differs. Rates of no named owner need this much."""
    linked = {i for s in judged for i in s.claim_ids}
    told = [(a, b, proof) for _, a, b, proof, _, _ in scored
            if a.claim_id not in linked and b.claim_id not in linked and proof.metric == "same"
            and proof.words >= LISTED and not agree(a, b) and units.same(a.claim.unit, b.claim.unit)]
    if not told:
        return []  # the usual case: no sentence order to work out
    # (to the figure: 12.3万人次 and 12.35万人次 agree, but an item beside them may be
    # another hospital's)
    agreed = {frozenset(s.claim_ids[:2]) for s in judged
              if s.relation == "same" and by_id[s.claim_ids[0]].value == by_id[s.claim_ids[1]].value}
    # a fact's claim, the claim of its head just before it in its article (of its head, so
    # that facts given a head at a time or all at once agree; a list's items may run on
    # across ；, which ends a sentence)
    before: dict[int, int] = {}
    placed = sorted((head(f.claim.kind, f.dimension), f.article_id, f.claim.start, f.claim_id)
                    for f in by_id.values())
    for x, y in pairwise(placed):
        if x[:2] == y[:2]:
            before[y[3]] = x[3]
    found = []
    for a, b, proof in told:
        if a.claim_id in linked or b.claim_id in linked:
            continue
        previous = frozenset((before.get(a.claim_id, -1), before.get(b.claim_id, -2)))
        if previous in agreed:
            linked.update((a.claim_id, b.claim_id))
            found.append(make("conflict", (a, b), proof.score, "different_figure", **pair_params(a, b, proof)))
    return found


def _short_slips(judged: list[Suggestion], undecided: list[tuple[Fact, Fact, Evidence]],
                 by_id: Mapping[int, Fact]) -> list[Suggestion]:
    """Paired figures nothing else between their two articles explains that are one digit
    apart in a short figure (36个 for 46个, ``judge.short_slip``): a slip between a
    retelling and its source (``KIN_ONLY``), chance between two reports that share nothing
    else; or a digit left out of a short figure (``judge.short_drop``) whose words are
    told again. (A link with a third article explains nothing here: 21亿元 told for 20亿元
    is that slip, whatever 约25亿元 elsewhere is to it.)"""
    linked = {(x, by_id[y].article_id) for s in judged for x, y in (s.claim_ids[:2], s.claim_ids[1::-1])}
    found = []
    for a, b, proof in undecided:
        if (a.claim_id, b.article_id) in linked or (b.claim_id, a.article_id) in linked or proof.score < NAMED:
            continue
        if short_slip(a, b):
            found.append(make("conflict", (a, b), proof.score, "off_by_one_digit",
                              **pair_params(a, b, proof), **{KIN_ONLY: True}))
        elif proof.metric == "same" and proof.words >= RETOLD and short_drop(a, b):
            found.append(make("conflict", (a, b), proof.score, "digit_dropped", **pair_params(a, b, proof)))
    return found


def _untwinned(judged: list[Suggestion], scored: list[Scored], figures: Figures,
               by_id: Mapping[int, Fact]) -> list[Suggestion]:
    """Drop a conflict of figures that merely differ or miss a hedge (``WEAK``) one of whose
    claims the other article tells word for word elsewhere (近1700亿元 in both), in a
    sentence more like its own, where that twin is no other claim's same fact: pairing
    took the claim to a neighbour whose clause was closer (or whose hedge it just misses,
    1572.8亿元), but the figure is accounted for, and the neighbour is another fact.
    (A figure given to a neighbour, 材料's 850 for 装备's, is in a sentence less alike.)"""
    # (a claim may be in several: each is judged, whatever order pairing left them in)
    doubtful: dict[int, list[Suggestion]] = defaultdict(list)
    for s in judged:
        if s.code in WEAK:
            for i in s.claim_ids:
                doubtful[i].append(s)
    matched = {i for s in judged if s.relation == "same" for i in s.claim_ids}
    twinned: set[int] = set()
    for _, a, b, proof, windowed, named in scored:
        if a.value != b.value:
            continue
        same: bool | None = None  # whether the pair is one fact told twice, decided once
        for x, y in ((a, b), (b, a)):
            if y.claim_id in matched:
                continue
            for s in doubtful.get(x.claim_id, ()):
                if id(s) in twinned or y.claim_id in s.claim_ids \
                        or y.article_id not in {by_id[i].article_id for i in s.claim_ids}:
                    continue
                p, q = (by_id[i] for i in s.claim_ids[:2])
                if sentences_alike(x, y) <= sentences_alike(p, q):
                    continue
                if same is None:
                    twin = decide(a, b, proof, figures, windowed, named)
                    same = twin is not None and twin.relation == "same"
                if same:
                    twinned.add(id(s))
    return [s for s in judged if id(s) not in twinned]


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
