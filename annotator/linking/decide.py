"""One pair of facts from two articles decided: the same fact, a conflict named by its
likely mistake (a slip, another owner's or time's figure), or nothing. The thresholds are
here, each saying what it weighs."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from annotator import lexicon
from annotator.linking import frames, periods, units
from annotator.linking.facts import (
    CLAUSE_STOP,
    COMPANION_SCALE,
    Fact,
    clause_before,
    companions,
    figure_token,
    grams,
    significant_digits,
)
from annotator.linking.judge import (
    Evidence,
    agree,
    bound_rounded,
    digits,
    directions_disagree,
    goal_evidence,
    hedges_disagree,
    mistake,
    one_figure_ranked,
    possible_evidence,
    similarity,
)
from annotator.linking.suggestion import Suggestion, make

# an article's figures by (article id, kind, unit, value)
Figures = dict[tuple[int, str, str | None, float], list[Fact]]
Named = tuple[str, dict[str, Any]]  # a mistake's code and params

_CLAUSE_BREAK = re.compile("[、，,；;：:]")
SAME = 0.5          # evidence enough to call two agreeing figures one fact
NAMED = 0.45        # … two figures that differ by a named mistake
DIFFERENT = 0.62    # … two figures that simply differ
TELLING = 0.35      # … two figures one telling slip apart
RELATED = 0.3       # pairing prefers figures that differ by a named mistake
RANKING_WORDS = 6   # a rank's own clause this long, word for word, names one ranking
RANKING_PAIRS, RANKING_KEPT = 5, 0.6  # … or this many of its pairs, and this share, kept
# mistakes that join figures far apart, as loosely as figures that merely differ
LOOSE_MISTAKES = ("growth_as_multiple",)
TELLING_SLIPS = ("digits_transposed", "off_by_one_digit", "scale_word", "decimal_point_moved")
GOAL_SLIPS, GOAL_SLIP_DIGITS = ("digits_transposed", "off_by_one_digit"), 3  # … between a goal and an outcome
UNIT_SLIPS = ("currency", "unit_changed", "person_vs_times", "household_vs_person")
SHIFTED_AFTER = 3  # … or character pairs after the figure, of one metric
SHIFTED = 0.6       # words alike enough to call one figure given for two times a mistake
SHIFTED_SPECIFIC = 0.5  # … where the figure is specific (247个) and of one metric
OWNED_SHIFT = 0.8   # … of a short figure, where one owner's one metric
UNIQUE_DIGITS = 5   # significant digits that make a figure one fact's, whoever it is told of
RETOLD, RETOLD_PAIRS = 0.9, 7  # words alike enough, and enough of them, to be one told again
SENTENCE_PAIRS = 10  # … of a whole sentence told again
PREDICATE_KEPT = 0.75  # … or the share of the shorter predicate the other keeps
PREDICATE = 4       # word pairs before the number two different figures must share
SENTENCE_RETOLD = 0.75  # … and sentences alike enough (a rate's clause is every owner's)
SWAPPED = 0.5  # sentences this alike, each with the other's figure, are two told again swapped
ITEM_NAMED, ITEM_NEARER = 0.4, 2  # … or the words naming each item this alike, this many times the other's
RETOLD_TAIL = 6     # a clause this long told word for word is one told again (a rate's: 8)
LISTED_REACH = 80   # characters apart two items of one list stand at most
ITEM_KEPT = 3       # metric pairs a figure shares with its own item's (刑事案件 in 办理刑事案件)
BESIDE = 0.25       # … two figures of one unit in sentences that tell a third alike
TELLING_COMPANION = 3  # … that third's significant digits, where nothing else is alike
GOAL_TOLD = 0.45    # … a goal's figure and the same figure told as reached
TALLY_TOLD = 0.45   # … a period's additions and the same figure told as a whole so far
CONFIRMED = "same_fact"  # the code of a same whose score can overrule a conflict
KIN_ONLY = "kin_only"  # a conflict's mark (never shown): only between articles that agree on others
UNJUDGED: Named = ("", {})  # mistake() not asked yet
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")  # a pair of characters, no masked figure or mark


def decide(a: Fact, b: Fact, proof: Evidence, figures: Figures,
           windowed: bool = False, named: Named | None = UNJUDGED) -> Suggestion | None:
    """``same``, ``conflict`` with the likely mistake, or None. ``figures`` (facts by
    article, kind, unit and value) finds a figure borrowed from another owner or time.
    ``windowed``: the two met in a window of a block too large to compare whole, where
    figures that merely differ, or agree only within their rounding, are other facts of
    one wording: only a named slip or the same figure is reported. ``named``: what
    ``mistake`` said of the pair, where it was asked already."""
    if agree(a, b) and units.same(a.claim.unit, b.claim.unit) and not hedges_disagree(a, b) \
            and not directions_disagree(a, b):
        if proof.score < SAME or (windowed and a.value != b.value):
            return None  # in a window, figures only within each other's rounding are two
        framed = frames.apart(a, b)  # 同比增长34.3% told as 环比, 降低15% as 降至15%
        if framed is None and a.value != b.value:
            framed = _another_times(a, b, figures)
            if framed is None and (framed := _another_times(b, a, figures)) is not None:
                a, b = b, a
        if framed is not None:
            return make("conflict", (a, b), min(0.95, proof.score), framed[0],
                        **pair_params(a, b, proof), **framed[1])
        return make("same", (a, b), min(1.0, proof.score), CONFIRMED, **pair_params(a, b, proof))
    if named is UNJUDGED:
        named = mistake(a, b)
    if named is None and a.claim.kind == "rank":
        # ranks coincide often: two are one ranking's when the words say so
        named = ("rank", {}) if proof.score >= DIFFERENT or one_ranking(a, b) \
            or one_figure_ranked(a, b) else None
    if named is None:
        # (a goal is every owner's, but not a figure of one series given for another time)
        borrowed = _borrowed if not _generic_rates(a, b, proof) else \
            _another_times if proof.metric == "same" else None
        if borrowed is not None:
            named = borrowed(a, b, figures)
            if named is None and (named := borrowed(b, a, figures)) is not None:
                a, b = b, a  # the reason names the borrowed figure first ("{a} is 光大银行's figure")
    if named is not None:
        needed = TELLING if telling_slip(a, b, proof, named) or _unit_slip(a, b, named) else \
            DIFFERENT if named[0] in LOOSE_MISTAKES and proof.metric != "same" else NAMED
        if proof.score < needed and not (proof.score >= BESIDE and retold_beside(a, b, proof)):
            return None
        code, extra = named
    elif not windowed and units.same(a.claim.unit, b.claim.unit) and (
            (proof.score >= DIFFERENT and _one_fact_told_twice(a, b, proof))
            or (proof.score >= BESIDE and one_magnitude(a, b) and retold_beside(a, b, proof)
                and (proof.words or proof.metric == "same" or _told_alike_specific(a, b)))):
        # (with no slip named and nothing else alike, …有42名 and …有42人 are a coincidence)
        # (8% and 比前者高出约2个百分点: figures in sibling units that differ are two facts)
        code, extra = "different_figure", dict[str, object]()
    elif not windowed and _one_in_of_one_thing(a, b, proof):
        code, extra = "different_figure", dict[str, object]()
    elif not windowed and units.same(a.claim.unit, b.claim.unit) and proof.score >= DIFFERENT \
            and _retold_in_kin(a, b, proof):
        code, extra = "different_figure", {KIN_ONLY: True}
    else:
        return None
    return make("conflict", (a, b), min(0.99, proof.score + (0.1 if named else 0)), code,
                **pair_params(a, b, proof), **extra)


def retold_beside(a: Fact, b: Fact, proof: Evidence) -> bool:
    """Two figures whose sentences state a third specific figure alike (64个…近四百亿元 and
    46个…近400亿元): one sentence told again, whose figures of one unit are one fact's
    however few words they share, unless the words say another owner, metric or time, or
    one sentence states the other's figure too (95.3万辆…增加91万辆: the figure is told,
    and this is another)."""
    if "different" in (proof.entity, proof.metric, proof.period) or not _told_alike(a, b):
        return False
    return figure_token(b.claim) not in companions(a) and figure_token(a.claim) not in companions(b)


def _told_alike(a: Fact, b: Fact) -> bool:
    """Whether the two sentences state a third specific figure alike."""
    return not companions(a).isdisjoint(companions(b))


def _told_alike_specific(a: Fact, b: Fact) -> bool:
    """… one of ``TELLING_COMPANION`` significant digits or more, or past 亿 (asked only
    where nothing else is alike)."""
    values = (float(token.rpartition(":")[2]) for token in companions(a) & companions(b))
    return any(len(significant_digits(v)) >= TELLING_COMPANION or abs(v) >= COMPANION_SCALE for v in values)


def one_ranking(a: Fact, b: Fact) -> bool:
    """The ranking told in the same words (游客接待量位居全国城市第二): what is ranked, and
    among whom, in the rank's own clause, word for word or nearly (萤石矿探明储量居全国 and
    的萤石矿资源已探明储量全国: most of the shorter clause's character pairs)."""
    if a.claim.kind != "rank" or b.claim.kind != "rank":
        return False
    clause, other = (_CLAUSE_BREAK.split(f.tail)[-1] for f in (a, b))
    if len(clause) >= RANKING_WORDS and clause == other:
        return True
    pairs, others = grams(clause), grams(other)
    shared = len(pairs & others)
    return shared >= RANKING_PAIRS and shared >= RANKING_KEPT * min(len(pairs), len(others))


def telling_slip(a: Fact, b: Fact, proof: Evidence, named: Named | None) -> bool:
    """Figures of one unit whose digits are one slip apart (2100万 for 2100亿, 1527.8 for
    1572.8, four significant digits or more) are rarely two facts by chance: a slip so
    telling needs less context."""
    if proof.metric == "different" or not units.same(a.claim.unit, b.claim.unit):
        return False
    if named is None or named[0] not in TELLING_SLIPS:
        return False
    shortest = min(len(digits(a.value).rstrip("0")), len(digits(b.value).rstrip("0")))
    # (three digits transposed, 163 for 136, tell as much where the metric is one)
    return shortest >= 4 or (named[0] == "scale_word" and len(digits(a.value).rstrip("0")) >= 2) \
        or (named[0] == "digits_transposed" and shortest >= 3 and proof.metric == "same")


def _unit_slip(a: Fact, b: Fact, named: Named) -> bool:
    """The number and its hedge kept, the unit slipped (约25亿美元 for 约25亿元, 150余家 for
    150余人; or the number kept to the digit, its hedge dropped: 25亿美元 for 约25亿元): one
    figure told with another unit, as telling as a digit slipped."""
    return named[0] in UNIT_SLIPS and (a.claim.qualifier == b.claim.qualifier  # (its values agree)
                                       or (a.claim.value == b.claim.value and "exact" in (a.claim.qualifier,
                                                                                        b.claim.qualifier)))


def _generic_rates(a: Fact, b: Fact, proof: Evidence) -> bool:
    """Rates and goals are every owner's (同比分别增长6.5%、5.9%; 控制在5%以内): two of no one
    stated owner are one fact only when one is the other's sentence told again, about an
    owner at least one of them names."""
    if proof.entity == "same" or (a.dimension != "rate" and not (a.target and b.target)):
        return False
    return proof.words < RETOLD or (a.entity is None and b.entity is None) \
        or (not a.entity_stated and not b.entity_stated and not _sentence_retold(a, b))


def _sentence_retold(a: Fact, b: Fact) -> bool:
    """One sentence told again: alike as a whole, or stating a third figure alike."""
    return sentences_alike(a, b) >= SENTENCE_RETOLD or _told_alike(a, b)


def _one_fact_told_twice(a: Fact, b: Fact, proof: Evidence) -> bool:
    """Two different figures with no named slip between them are one fact told twice only
    when they share a predicate (从考察到签约仅用了), not just a noun (总投资), are of one
    magnitude, and are one owner's or one is the other told again in its words: a
    statistic every place reports differs from place to place."""
    if not one_magnitude(a, b):
        return False
    shared = a.before & b.before
    if len(shared) + len(a.after_words & b.after_words) < PREDICATE:
        return False  # 3.4万名困难重度残疾人, 抢下46个篮板: the predicate may follow the figure
    if proof.entity == "same":
        return True
    if _generic_rates(a, b, proof):
        return False
    # the predicate past the metric's own name (人均可支配收入 is every city's), before the
    # figure or around it (发动70余家企业共建责任河段 and 还发动40余家企业共建责任河段)
    kept = len(shared - a.metric_pairs)
    # (words only: 由6.6天缩短至6.2天 shares 缩短至 and a masked figure, a level it went to)
    after = [{w for w in f.after_words - a.metric_pairs if _WORDS.fullmatch(w)} for f in (a, b)]
    kept_after = len(after[0] & after[1])
    return (kept >= RETOLD_PAIRS and kept >= PREDICATE_KEPT * min(len(a.before), len(b.before))) \
        or (kept + kept_after >= RETOLD_PAIRS and kept_after >= max(PREDICATE, PREDICATE_KEPT * min(map(len, after)))) \
        or (proof.words >= RETOLD and len(a.words & b.words) >= RETOLD_PAIRS) \
        or _clause_retold(a, b, proof) or _told_again_whole(a, b)


def _told_again_whole(a: Fact, b: Fact) -> bool:
    """The figures' whole sentences told again word for word, their places aside (应届高校
    毕业生约32万人，九成以上实现就业 and …约13万人，…): one sentence, one figure told wrong,
    unless their owners differ, named or taken from their articles (河州市应届高校毕业生…:
    one template, two cities)."""
    if a.entity != b.entity and (a.entity_stated or b.entity_stated or (a.entity and b.entity)):
        return False
    x, y = _sentence_grams(a), _sentence_grams(b)
    return len(x & y) >= SENTENCE_PAIRS and similarity(x, y) >= RETOLD


def _retold_in_kin(a: Fact, b: Fact, proof: Evidence) -> bool:
    """Two figures of one metric whose predicates agree beyond the metric's name (非法捕捞犯罪率
    下降67% and 非法捕捞犯罪率下降33%; 推动解决涉河问题138个 and 经她推动解决的涉河问题184个)
    but of no owner either states: every place reports such a figure, so they are one fact
    only where the two articles agree on other facts, a retelling and its source
    (``KIN_ONLY``). A count or an amount needs an owner on one side at least (two hospitals'
    reports agree on many a figure, each of its own 手术), and a floor rounded down (超1500万
    for 超1599万) is no other figure."""
    if proof.metric != "same" or proof.entity == "different" or not one_magnitude(a, b) \
            or (a.dimension != "rate" and not (a.entity or b.entity)) \
            or bound_rounded(a, b):
        return False
    return len((a.before & b.before) - a.metric_pairs) >= PREDICATE


def _one_in_of_one_thing(a: Fact, b: Fact, proof: Evidence) -> bool:
    """每4台笔记本就有1台 and 每5台笔记本就有1台 of one owner: one share of one thing, told
    in words so particular that two values are one fact told twice."""
    return proof.entity == "same" and proof.score >= NAMED and bool(a.metric) and bool(b.metric) \
        and (a.metric in b.metric or b.metric in a.metric) \
        and all(lexicon.ONE_IN_NOUN.match(f.claim.text) for f in (a, b))


def one_magnitude(a: Fact, b: Fact) -> bool:
    return max(abs(a.value), abs(b.value)) / max(min(abs(a.value), abs(b.value)), 1e-9) < 10


def _clause_retold(a: Fact, b: Fact, proof: Evidence) -> bool:
    """外资经营主体超8200家 for 外资经营主体超8700家: a short clause told word for word, of an
    owner one of them names, the other none (two cities' reports each name their own)."""
    return a.tail == b.tail and len(a.tail) >= (RETOLD_TAIL + 2 if a.dimension == "rate" else RETOLD_TAIL) \
        and proof.words >= RETOLD and proof.entity == "unknown" and bool(a.entity) != bool(b.entity)


def _borrowed(a: Fact, b: Fact, figures: Figures) -> tuple[str, dict[str, Any]] | None:
    """``a`` gives the figure that ``b``'s article states for another owner or another
    time: 成都's figure written for 重庆, last year's for this one. A round figure (50个)
    recurs by chance, so it must have two significant digits or more, unless it is another
    time's of the series ``b`` is of (``_another_times``)."""
    found = figures.get((b.article_id, b.claim.kind, units.spelling(b.claim.unit), a.value), ())
    if not found:
        return _time_beside(a, b, figures)
    # ``a``'s article states ``b``'s figure too: both told in both, none borrowed (unless
    # it gives that figure to another owner, or in the sentence that tells ``a``'s figure
    # in ``b``'s article: two figures swapped)
    told_too = figures.get((a.article_id, b.claim.kind, units.spelling(b.claim.unit), b.value), ())
    swapped = any(_swapped(a, b, told, found) for told in told_too)
    if not swapped and any(not _owners_apart(told, b) for told in told_too):
        return None
    if len(digits(a.value).rstrip("0")) < 2:
        return _another_times(a, b, figures)  # (but not as another time's of one series)
    for other in found:
        if other.claim_id == b.claim_id:
            continue
        if other.entity and b.entity and other.entity != b.entity and a.entity:
            return "other_entity", {"owner": other.entity}
        if other.level and b.level and other.level != b.level and other.claim.entity:
            return "other_entity", {"owner": other.claim.entity}  # 全省's figure given to 延安
        if periods.stated_apart(other.when, b.when) and not periods.comparable(a.when, other.when):
            # (a figure that names no time may be telling ``other`` itself)
            return _other_time(other, b)
        owner = _named_apart(a, b, other)
        if owner:
            return "other_entity", {"owner": owner}
        if _other_item(a, b, other) or swapped:
            return "other_item", {"item": other.claim.metric or describe(other)}
    return None


def swapped_items(a: Fact, b: Fact, figures: Figures) -> bool:
    """Either figure is the one the other's article gives another item, and the other's
    figure is told there too, the two swapped (``_swapped``): a pair a slip explains,
    before the pairs of the same figures told alike."""
    for x, y in ((a, b), (b, a)):
        unit = units.spelling(y.claim.unit)
        found = figures.get((y.article_id, y.claim.kind, unit, x.value), ())
        if found and any(_swapped(x, y, told, found) for told in figures.get((x.article_id, y.claim.kind, unit, y.value), ())):
            return True
    return False


def _swapped(a: Fact, b: Fact, told: Fact, found: Sequence[Fact]) -> bool:
    """录取…超过千人的高校有2300余所 and 全国共有二十几所高校… against the other way round:
    each sentence told again (``SWAPPED``), each more like the other article's sentence
    it retells than like the one that holds its figure there; or each figure's item named
    by words far nearer the other article's item it retells (``_NAMINGS``)."""
    near = sentences_alike(a, b)
    return any(other.claim_id != b.claim_id and (
        (near >= SWAPPED and (back := sentences_alike(told, other)) >= SWAPPED
         and (a.sentence, b.sentence) != (told.sentence, other.sentence)  # (one sentence each: no telling)
         and sentences_alike(a, other) < near and sentences_alike(told, b) < back)
        or any(_named_nearer(a, b, other, *naming) and _named_nearer(told, other, b, *naming) for naming in _NAMINGS))
        for other in found)


def _named_nearer(fact: Fact, x: Fact, y: Fact, named: Callable[[Fact], frozenset[str]],
                  alike: Callable[[frozenset[str], frozenset[str]], float]) -> bool:
    """The words naming ``fact``'s item name ``x``'s far better than ``y``'s: two items of
    one sentence told again, each with the other's figure, are told apart so."""
    own = named(fact)
    near = alike(own, named(x))
    return near >= ITEM_NAMED and near >= ITEM_NEARER * alike(own, named(y))


def _kept(own: frozenset[str], other: frozenset[str]) -> float:
    """The share of ``own``'s pairs that ``other`` keeps."""
    return len(own & other) / len(own) if own else 0.0


def _owners_apart(x: Fact, y: Fact) -> bool:
    return bool(x.entity and y.entity and x.entity != y.entity)


def _other_time(other: Fact, b: Fact) -> Named:
    return "other_period", {"when": f"{other.when.describe()} vs {b.when.describe()}"}


def _one_series(b: Fact, other: Fact) -> bool:
    """``other`` is ``b``'s metric of ``b``'s owner told for another time (2027年超7000亿元、
    2030年破1万亿元): a figure given for one of its times is that series' figure, however
    round."""
    return bool(b.metric) and other.metric == b.metric and other.entity == b.entity \
        and periods.stated_apart(other.when, b.when)


def _another_times(a: Fact, b: Fact, figures: Figures) -> Named | None:
    """``a`` is, exactly, the figure ``b``'s article gives ``b``'s series for another time
    (2030年破1万亿元 given to 2035): that time's figure given to this one, however round, and
    even where it agrees with ``b`` within its rounding or hedge (达1万亿元 and 1.4万亿元). A
    figure told 约 or 左右 is rounded on purpose, unless the other time's is told so too."""
    for other in figures.get((b.article_id, b.claim.kind, units.spelling(b.claim.unit), a.value), ()):
        if _one_series(b, other) and not periods.comparable(a.when, other.when) \
                and (a.claim.qualifier != "about" or other.claim.qualifier == "about"):
            return _other_time(other, b)
    return None


def _time_beside(a: Fact, b: Fact, figures: Figures) -> Named | None:
    """``a``, rounded or hedged, holds the figure ``b``'s sentence gives ``b``'s series for
    another time (从2020年的4.3万辆…到2024年的95.3万辆, and 2024年为四万多辆): that time's
    figure given to this one."""
    if a.claim.qualifier == "exact":
        return None
    unit = units.spelling(b.claim.unit)
    for token in companions(b):
        told, _, written = token.rpartition(":")
        value = float(written)
        if told == (unit or "") and a.low <= value <= a.high and value != b.value:
            for other in figures.get((b.article_id, b.claim.kind, unit, value), ()):
                if other.sentence == b.sentence and _one_series(b, other) and not periods.comparable(a.when, other.when):
                    return _other_time(other, b)
    return None


def _other_item(a: Fact, b: Fact, other: Fact) -> bool:
    """``a`` names ``b``'s item but gives the figure of another item of ``b``'s article
    (服务业项目 told with 制造业项目's count; 现代物流…项目投资 with 智能网联…'s 总投资, by the
    item's name before it): the next item's figure, a slip of the eye."""
    x, y = a.metric, other.metric
    if not y or x in y or y in x or x in other.sentence_text:
        return False  # (8500名 told of 员工 and 增至8500名 in one sentence: one item)
    # by the metric, or by the item's name where the two are one owner's items of one list
    named_by = [(a.metric_pairs, b.metric_pairs, other.metric_pairs)]
    if b.entity == other.entity and abs(other.claim.start - b.claim.start) <= LISTED_REACH:
        named_by.append((a.before, b.before, other.before))
    # (or, items of owners not told apart, by the words naming each: 车规光电模组…总投资 told with
    # 锂电池隔膜项目's 65亿元)
    return any(len(own & told) >= ITEM_KEPT and _overlap(own, neighbour) < _overlap(own, told) / 2
               for own, told, neighbour in named_by) \
        or (not _owners_apart(b, other) and any(_named_nearer(a, b, other, *naming) for naming in _NAMINGS))


def _named_apart(a: Fact, b: Fact, other: Fact) -> str | None:
    """An owner no dictionary knows, told apart by the words before the metric: the source
    gives 渝农商行的总市值 and 沪农商行的总市值, and ``a`` names the first but gives the second's
    figure. Rates are left out: the words before a rate rarely name its owner."""
    if a.dimension == "rate" or other.entity_stated or b.entity_stated or not other.subject \
            or not b.subject or other.subject == b.subject \
            or not _nearer(a.subject, b.subject, other.subject):
        return None
    owner = _CLAUSE_BREAK.split(other.tail.partition(other.metric)[0])[-1].rstrip("的为是")
    return owner if len(owner) >= 2 else None


def _nearer(own: frozenset[str], x: frozenset[str], y: frozenset[str]) -> bool:
    """``x`` names what ``own`` names better than ``y`` does: more of its words, then
    fewer others (东部省市 is nearer 东部省市 than 东部及中部省市 is, but 东部及中部省市 is
    nearer 广东、湖北等东部及中部省市 than 东部省市)."""
    return (len(own & x), -len(x - own)) > (len(own & y), -len(y - own))


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    """Shared pairs over all pairs."""
    return len(x & y) / len(x | y) if x or y else 0.0


def pair_params(a: Fact, b: Fact, proof: Evidence) -> dict[str, object]:
    """What a suggestion between two facts says of them: both figures, the metric, the evidence."""
    return {"a": a.claim.text, "b": b.claim.text, "what": describe(a), "evidence": proof.as_dict()}


def other_period(a: Fact, b: Fact, proof: Evidence) -> Suggestion | None:
    """One figure, word for word, given for two different years or fair editions: likely
    last year's (or the last fair's) figure repeated as this one's. A short round figure
    (5%, 10个) recurs by chance, so the figure must be specific, the sentence the same or
    the words after the figure."""
    ca, cb = a.claim, b.claim
    # (an undated draft's year is a guess: its 今年 may be any year told, no other year; its
    # months, 1-2月 for 一季度, are told)
    guessed = (a.when.assumed or b.when.assumed) and not periods.stated_apart(replace(a.when, year=None), b.when)
    if (ca.value, ca.value_high, ca.unit) != (cb.value, cb.value_high, cb.unit) \
            or not periods.stated_apart(a.when, b.when) or guessed:
        return None
    specific = _specific(ca.value)
    sentence = sentences_alike(a, b)
    alike = (proof.words >= SHIFTED and (specific or sentence >= SHIFTED)) \
        or (specific and proof.metric == "same" and proof.words >= SHIFTED_SPECIFIC)
    # or one metric, told in the same words after the figure (第七届…吸引近1400家企业、机构
    # 参展; 第八届…近1400家企业、机构走进重庆)
    followed = proof.metric == "same" and len(a.after_words & b.after_words) >= SHIFTED_AFTER
    # or one owner's one metric, in any words where the figure is specific, in like words
    # where it is not (2024年突破1.2万亿元 and 2023年12000亿元以上)
    owned = proof.entity == "same" and proof.metric == "same" and (specific or proof.words >= OWNED_SHIFT)
    # or one metric, a figure so specific (1070.52亿元) that no other owner has it by chance
    unique = proof.metric == "same" and len(digits(ca.value).rstrip("0")) >= UNIQUE_DIGITS
    # or one goal's level set for two years: a level is a goal once (到2027年迈上4万亿元台阶),
    # unless the goal is to hold it (稳定在)
    goal = a.target and b.target and ca.kind == "amount" and proof.metric == "same" \
        and proof.words >= GOAL_TOLD and not (_holds_a_level(a) or _holds_a_level(b))
    if not (alike or followed or owned or unique or goal):
        return None
    when = f"{a.when.describe()} vs {b.when.describe()}"
    return make("conflict", (a, b), min(0.95, 0.4 + proof.words / 2), "other_period",
                a=ca.text, b=cb.text, what=describe(a), when=when, evidence=proof.as_dict())


def _specific(value: float) -> bool:
    """A figure no other time gives by chance: three significant digits, or two that are
    not a round step (46, 4.3; not 50 or 25)."""
    sig = digits(value).rstrip("0")
    return len(sig) >= 3 or (len(sig) == 2 and sig[-1] != "5")


def goal_reached(a: Fact, b: Fact) -> Suggestion | None:
    """A goal's figure, word for word, told as reached (到2027年迈上4万亿元台阶 and 去年已
    迈上4万亿元台阶): said to be reached already (已, 如今), or given for a year before the
    goal's. A goal to hold a level (稳定在) may be met by the same figure before."""
    ca, cb = a.claim, b.claim
    if a.target == b.target or (ca.value, ca.value_high) != (cb.value, cb.value_high) \
            or not units.same(ca.unit, cb.unit):
        return None
    goal, told = (a, b) if a.target else (b, a)
    proof = goal_evidence(a, b)
    if proof is None or proof.entity == "different" or proof.metric != "same" or proof.words < GOAL_TOLD \
            or _holds_a_level(goal):
        return None
    told_in, goal_in = told.when.year, goal.when.year
    earlier = told_in is not None and goal_in is not None and told_in < goal_in
    if not (earlier or lexicon.REACHED_WORDS.search(clause_before(told))):
        return None
    return make("conflict", (a, b), min(0.95, proof.score), "goal_as_outcome", **pair_params(a, b, proof),
                goal=goal.claim.text)


def tally_told(a: Fact, b: Fact) -> Suggestion | None:
    """One specific figure, word for word, told as a period's additions in one and as
    the whole so far in the other (去年新开通航线116条 and 已累计开通航线116条; 新招聘8500名
    员工 and 拥有8500名员工): the whole is no one period's growth."""
    ca, cb = a.claim, b.claim
    if (ca.value, ca.value_high) != (cb.value, cb.value_high) or not units.same(ca.unit, cb.unit) \
            or not _specific(ca.value):
        return None
    x, y = frames.tally(a), frames.tally(b)
    if not x or not y or x[0] == y[0]:
        return None
    proof = possible_evidence(a, b, flows=False)
    if proof is None or proof.entity == "different" or proof.metric != "same" or proof.words < TALLY_TOLD:
        return None
    return make("conflict", (a, b), min(0.95, proof.score), "other_frame", **pair_params(a, b, proof),
                a_frame=x[1], b_frame=y[1])


def goal_slipped(a: Fact, b: Fact) -> Evidence | None:
    """A goal and an outcome one telling slip apart (计划把…一百六十三项 for 将…136项, 突破
    100亿元 for 突破100亿美元, 60至80个百分点 for 有望…60%至80%), weighed as two goals: a goal
    word is as often a retelling's own wording as the slip is its mistake. Of one metric,
    a digit slipped in a figure of three (156项 for 136项) tells as much."""
    proof = goal_evidence(a, b)
    named = mistake(a, b) if proof is not None else None
    if proof is None or named is None:
        return None
    slipped = telling_slip(a, b, proof, named) or _unit_slip(a, b, named) or named[0] == "percent_vs_points" \
        or (named[0] in GOAL_SLIPS and proof.metric == "same"
            and min(len(digits(f.value).rstrip("0")) for f in (a, b)) >= GOAL_SLIP_DIGITS)
    return proof if slipped else None


def _holds_a_level(goal: Fact) -> bool:
    """稳定在90万吨以上: a goal to hold a level, which the same figure may meet year after year."""
    return lexicon.HOLD_WORDS.search(clause_before(goal)) is not None


def sentences_alike(a: Fact, b: Fact) -> float:
    """How alike the two sentences are, the figures' own places left out."""
    return similarity(_sentence_grams(a), _sentence_grams(b))


def clauses_alike(a: Fact, b: Fact) -> float:
    """How alike the clauses holding the two figures are, their own places left out."""
    return similarity(_clause_grams(a), _clause_grams(b))


def _clause_grams(fact: Fact) -> frozenset[str]:
    before, _, after = fact.sentence_text.partition("|")
    return grams(CLAUSE_STOP.split(before)[-1]) | grams(CLAUSE_STOP.split(after, maxsplit=1)[0])


def _sentence_grams(fact: Fact) -> frozenset[str]:
    before, _, after = fact.sentence_text.partition("|")
    return grams(before) | grams(after)


def describe(fact: Fact) -> str:
    """What a figure measures, for people: its metric, else the words just before it."""
    time = " ".join(str(x) for x in (fact.when.year, fact.when.part) if x)
    # the clause's own words (the tail has its verbs spelt 变 for matching), after its last number
    words = clause_before(fact).rpartition("#")[2].strip("“”\"‘’「」（）() ").lstrip("的年月日")
    what = fact.claim.metric or (words if len(words) >= 2 else fact.claim.text)
    owner = f"{fact.entity} " if fact.entity and fact.entity not in what else ""
    # one string for one description: a full run's million suggestions tell a few thousand
    return sys.intern(f"{owner}{what}" + (f", {time}" if time else ""))


def _before(fact: Fact) -> frozenset[str]:
    return fact.before


def _item_grams(fact: Fact) -> frozenset[str]:
    """The words of a figure's own item, either side of it up to the next mark, list comma
    or figure (品牌企业700余家、…: 品牌企业; 98家渝企在越投资逾#: 渝企在越投资逾)."""
    before, _, after = fact.sentence_text.partition("|")
    return grams(_ITEM_STOP.split(before)[-1]) | grams(_ITEM_STOP.split(after, maxsplit=1)[0])


_ITEM_STOP = re.compile(f"{CLAUSE_STOP.pattern}|[、#]")
# What names a figure's item: the words before it (制造业项目#个，合计 and 其中制造业项目#个、
# 金额, not 现代服务业项目#个、金额), or its own item's, either side (98家渝企在越投资, 累计设立
# 7家企业), as much of them kept
_NAMINGS = ((_before, _overlap), (_item_grams, _kept))
