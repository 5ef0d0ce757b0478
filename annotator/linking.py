"""Cross-article links: the same fact told twice, figures that disagree, and arithmetic
inside one article that does not add up. No Qt, no database: facts in, suggestions out.

A claim's *fact* is what it measures (the words around it, numbers masked), when (year,
part of the year, fair edition — relative words resolved against the article's date and
edition) and its value as an interval that its hedge allows. Candidates are found by
blocking on kind, comparable units and the words just before the number, never by
comparing all pairs; each claim is then paired with its most similar claim in every
other article, and a pair is kept only when each is the other's best match.
"""

from __future__ import annotations

import functools
import gc
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from annotator.context import Sentences, last_of, unbroken

# Units that measure the same dimension; a currency mix-up is an error worth naming.
_FAMILIES = [{"元", "美元", "欧元", "日元", "英镑", "港元", "港币"}, {"%", "％"}, {"倍"},
             {"个百分点", "百分点"}, {"千瓦", "兆瓦", "吉瓦", "瓦"}, {"千瓦时", "度电"},
             {"公里", "千米", "米"}, {"天", "日"}, {"年"}, {"吨", "千克", "公斤"}]
_CURRENCIES = _FAMILIES[0]
_SCALE_FACTORS = (1e4, 1e8, 1e12)
_SYNONYMS = (("地区生产总值", "GDP"), ("国内生产总值", "GDP"), ("生产总值", "GDP"),
             ("经济增速", "GDP增速"))
_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")
_FILLER_TAIL = re.compile(r"(?:达到|达|为|是|约|共|仅|已|将|同比|环比|了|的|在|至|到)+$")
_CLAUSE_STOPS = "，。；！？,;：:"
_CLAUSE_STOP = re.compile(f"[{_CLAUSE_STOPS}]")
_REGIONS = {"全国", "全球", "全市", "全省", "我国", "我市", "国内", "世界"}  # scopes, not owners
_CN_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_EDITION = re.compile(r"第([0-9一二三四五六七八九十]+)届")
_RELATIVE_EDITION = {"本届": 0, "上届": -1, "下届": 1}

SAME_CLAUSE, SAME_SENTENCE = 0.35, 0.5     # how alike two contexts must be to be one fact
CONFLICT_CLAUSE, CONFLICT_SENTENCE = 0.35, 0.15
SIGNATURE_CLAUSE = 0.3                     # a named error needs less context to be believed
BLOCK_LIMIT = 50                           # past this, a block is boilerplate, not a fact
TOP_MATCHES = 3                            # a claim's best matches elsewhere that are judged
MIN_SHARED = 3
PREDICATE_SHARED = 4
SHIFT_CLAUSE = 0.6


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim with what the linker needs to compare it."""

    claim_id: int
    article_id: int
    article: str
    claim: object  # the claim itself: a Claim, or the store's StoredClaim
    clause: str
    grams: frozenset
    before_grams: frozenset
    sentence_text: str  # read only for the few pairs judged: its word pairs are made then
    metric_grams: frozenset
    year: int | None
    part: str | None
    edition: int | None
    sentence: int = field(compare=False, default=0)  # where its sentence starts
    entity: str | None = field(compare=False, default=None)
    metric_key: str = field(compare=False, default="")
    direction: str | None = field(compare=False, default=None)  # up or down, for a change
    place: float = field(compare=False, default=1.0)  # its last nonzero digit's place value
    low: float = field(compare=False, default=0.0)
    high: float = field(compare=False, default=0.0)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested link: ``relation`` between ``claim_ids`` (the first two are ``a``/``b``;
    for ``inconsistent``, the claim the arithmetic refutes comes first)."""

    relation: str
    claim_ids: tuple[int, ...]
    reason: str
    score: float


# --- facts ------------------------------------------------------------------------------

@contextmanager
def _bulk():
    """Pause the cyclic garbage collector: building ~10 objects a claim for 100,000 claims
    makes it rescan the growing heap again and again (seconds, and erratic), and nothing
    built here forms a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def facts_of_articles(articles) -> list[Fact]:
    """Facts of many articles: ``(article_id, name, text, published, edition, claims)`` each."""
    with _bulk():
        return [fact for article in articles for fact in facts_of_article(*article)]


def facts_of_article(article_id: int, name: str, text: str, published: str | None,
                     edition: int | None, claims) -> list[Fact]:
    """Facts for an article's claims (any objects with the Claim fields plus ``id``)."""
    year_of_article = int(published[:4]) if published else None
    sentences = Sentences(text)
    facts = []
    for c in claims:
        if c.value is None or c.kind is None:
            continue
        left, right = sentences.around(c.start, c.end)
        before = unbroken(text[left:c.start])
        after = unbroken(text[c.end:right])
        # A rank's own clause is bare (…涨幅30.77%，排名第一位): read the sentence before it.
        left_part = _masked((before if c.kind == "rank" else before[last_of(before, _CLAUSE_STOPS) + 1:])[-24:])
        right_part = _masked(after[:_first_stop(after)][:10])
        before_grams = _grams(left_part)
        # what it measures counts too: a rate's own clause is often just 同比增长
        metric_grams = _grams(_masked(c.metric or ""))
        clause = left_part + "|" + right_part
        sentence = before + "|" + after
        year, part = _period(c.period, year_of_article)
        slack, place = _precision(c.text, c.value)
        low, high = _interval(c.text, c.value, c.value_high, c.qualifier, slack, place)
        facts.append(Fact(
            c.id, article_id, name, c, clause, before_grams | _grams(right_part) | metric_grams,
            before_grams,
            sentence, metric_grams, year, part,
            _edition(before + after, edition), left, c.entity, _masked(c.metric or ""),
            _direction(before) if c.kind == "change" else None, place, low, high))
    return facts


def _first_stop(s: str) -> int:
    stop = _CLAUSE_STOP.search(s)
    return stop.start() if stop else len(s)


def _masked(s: str) -> str:
    if "总值" in s or "增速" in s:  # every synonym holds one of these
        for word, common in _SYNONYMS:
            s = s.replace(word, common)
    return _NUMBER.sub("#", s)


def _grams(s: str) -> frozenset:
    """Adjacent character pairs: Chinese words are mostly two characters long."""
    return frozenset(map(str.__add__, s, s[1:]))


def _period(period: str | None, article_year: int | None) -> tuple[int | None, str | None]:
    """(year, part of it) of a claim's period; relative words against the article's year."""
    if not period:
        return None, None
    year = None
    explicit = re.search(r"([0-9]{4})年", period)
    if explicit:
        year = int(explicit.group(1))
    else:
        for word, shift in _CN_YEARS.items():
            if word in period and article_year is not None:
                year = article_year + shift
                break
    if re.search("十[一二三四五六七]五", period):
        return None, re.search("十[一二三四五六七]五", period).group()
    # 全年 is the whole of whichever year the text is about, not this year: a part of it
    part = re.search(r"[0-9一二三四]+季度|[上下]半年|前三季度|全年|[0-9]{1,2}(?:-|至|—)[0-9]{1,2}月"
                     r"|[0-9]{1,2}月", period)
    if year is None and part is None and re.search("目前|截至目前", period) and article_year:
        year = article_year
    return year, part.group() if part else None


_UP = re.compile("增长|增加|提高|提升|上升|上涨|增|涨|扩大|加快")
_DOWN = re.compile("下降|降低|减少|下滑|下跌|回落|缩小|缩短|降|减|跌")


def _direction(before: str) -> str | None:
    """Which way the nearest change word before a rate points."""
    up = [m.end() for m in _UP.finditer(before)]
    down = [m.end() for m in _DOWN.finditer(before)]
    if not up and not down:
        return None
    return "up" if max(up, default=-1) > max(down, default=-1) else "down"


def _edition(sentence: str, article_edition: int | None) -> int | None:
    from annotator.numbers import parse_number

    explicit = _EDITION.search(sentence)
    if explicit:
        value = parse_number(explicit.group(1))
        return int(value) if value else None
    for word, shift in _RELATIVE_EDITION.items():
        if word in sentence and article_edition is not None:
            return article_edition + shift
    return None


_WRITTEN = re.compile(r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_SUFFIX_OVER = re.compile(r"[0-9０-９.．,，]+[万亿千百]*[余多]")


def value_interval(text: str, value: float, value_high: float | None,
                   qualifier: str | None) -> tuple[float, float]:
    """The values a claim's wording allows. Unhedged: its rounding (half its last written
    digit). Hedged by the place of its last nonzero digit: 约2300 is 2225-2375 (so not
    2215.5), 近1400 is 1300-1400, 1500余 is 1500-1600; 超过50% is 50 up to twice that."""
    return _interval(text, value, value_high, qualifier, *_precision(text, value))


def _precision(text: str, value: float) -> tuple[float, float]:
    """(half the last written digit, the place of the last nonzero digit), in the claim's
    own scale: 2300亿 → (0.5e8, 1e10)."""
    written = _WRITTEN.search(text)
    if not written:  # a Chinese numeral: no written precision to read, so a relative one
        return abs(value) * 0.005, abs(value) * 0.1
    digits = written.group().translate(_FULL_WIDTH).replace(",", "")
    number = float(digits)
    scale = abs(value / number) if number else 1.0
    return 0.5 * 10.0 ** -len(digits.partition(".")[2]) * scale, _place(digits) * scale


def _interval(text: str, value: float, value_high: float | None, qualifier: str | None,
              slack: float, place: float) -> tuple[float, float]:
    low, high = value - slack, (value_high if value_high is not None else value) + slack
    qualifier = qualifier or "exact"
    if qualifier == "about":
        low, high = low - 0.75 * place, high + 0.75 * place
    elif qualifier == "nearly":
        low = value - place
    elif qualifier == "over":
        high = value + place if _SUFFIX_OVER.search(text) else max(2 * value, value + place)
    elif qualifier == "under":
        low = min(0.5 * value, value - place)
    return low, high


def _place(digits: str) -> float:
    """The place value of the last nonzero digit: 2300 → 100, 2215.5 → 0.1, 30 → 10."""
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    if fraction:
        return 10.0 ** -len(fraction)
    stripped = whole.rstrip("0")
    return 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0


def agree(a: Fact, b: Fact) -> bool:
    return a.low <= b.high and b.low <= a.high


@functools.lru_cache(maxsize=None)
def family(unit: str | None) -> str:
    for members in _FAMILIES:
        if unit in members:
            return min(members)
    return unit or ""


# --- comparing ---------------------------------------------------------------------------

def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _sentence_similarity(a: Fact, b: Fact) -> float:
    return _jaccard(_sentence_grams(a.sentence_text), _sentence_grams(b.sentence_text))


@functools.lru_cache(maxsize=4096)
def _sentence_grams(sentence: str) -> frozenset:
    before, _, after = _masked(sentence).partition("|")
    return _grams(before) | _grams(after)


def similarity(a: frozenset, b: frozenset) -> float:
    """How alike two contexts are: the mean of overlap over union and over the shorter
    one (a draft may name the company a seed leaves out), 0 below three shared word
    pairs (排名 alone says nothing about whose ranking it is)."""
    shared = len(a & b)
    if shared < MIN_SHARED:
        return 0.0
    return (shared / len(a | b) + shared / min(len(a), len(b))) / 2


def _same_metric_possible(a: Fact, b: Fact) -> bool:
    """False when both name what they measure and the names share nothing
    (固定资产投资 vs 社会消费品零售总额 in one sentence template), or both name whose
    figure it is and the names differ (成都 vs 重庆; 重庆 and 重庆江北国际机场 may agree)."""
    if a.metric_grams and b.metric_grams and not a.metric_grams & b.metric_grams:
        return False
    if ("年均" in a.clause) != ("年均" in b.clause):  # an average over years is another metric
        return False
    x, y = a.entity, b.entity
    return not x or not y or x in y or y in x or (x in _REGIONS and y in _REGIONS)


def _comparable_time(a: Fact, b: Fact) -> bool:
    """No stated time matches any; a five-year plan (十四五) matches only itself."""
    if a.year == b.year and a.part == b.part and a.edition == b.edition:
        return True  # the common case, decided at once
    plans = [f.part for f in (a, b) if f.part and "五" in f.part and f.part.startswith("十")]
    if plans and (len(plans) < 2 or plans[0] != plans[1]) and (a.part or a.year) and (b.part or b.year):
        return False
    return (a.year is None or b.year is None or a.year == b.year) and \
        (a.part is None or b.part is None or a.part == b.part) and \
        (a.edition is None or b.edition is None or a.edition == b.edition)


def _block_keys(fact: Fact) -> set[str]:
    """The words just before the number (and just after a measure word), numbers masked:
    two mentions of one fact almost always share one of these tails."""
    before, _, after = fact.clause.partition("|")
    before = _FILLER_TAIL.sub("", before.rstrip("#"))
    keys = {before[-n:] for n in (3, 4) if len(before) >= n}
    if fact.metric_key:
        keys.add("m:" + fact.metric_key)
    if len(after) >= 2 and fact.claim.unit not in ("%", "倍", "个百分点"):
        keys.add("|" + after[:2])
    return keys


def _hedges_disagree(a: Fact, b: Fact) -> bool:
    """近1400家 and 超1400家: one number, but one says under it and the other over."""
    below, above = {"nearly", "under"}, {"over"}
    qa, qb = a.claim.qualifier, b.claim.qualifier
    return a.claim.value == b.claim.value and (qa in below and qb in above or qa in above and qb in below)


def _directions_disagree(a: Fact, b: Fact) -> bool:
    return a.direction is not None and b.direction is not None and a.direction != b.direction


def error_signature(a: Fact, b: Fact) -> str | None:
    """The likely mistake that turns one figure into the other, when there is one."""
    if _directions_disagree(a, b):
        return "direction: a rise in one, a fall in the other"
    if _hedges_disagree(a, b):
        return f"hedge: {a.claim.text} vs {b.claim.text}"
    if a.claim.unit != b.claim.unit and a.claim.unit in _CURRENCIES and b.claim.unit in _CURRENCIES:
        if abs(a.claim.value - b.claim.value) <= 1e-9 * max(abs(a.claim.value), 1):
            return f"currency: {a.claim.unit} vs {b.claim.unit}"
    digits_a, digits_b = _digits(a.claim.text), _digits(b.claim.text)
    if digits_a and digits_a != digits_b and sorted(digits_a) == sorted(digits_b):
        return "digits transposed?"
    if a.claim.value and b.claim.value:
        ratio = max(abs(a.claim.value), abs(b.claim.value)) / min(abs(a.claim.value), abs(b.claim.value))
        for factor in _SCALE_FACTORS:
            if abs(ratio / factor - 1) < 1e-6:
                return f"scale word: {_scale_word(a)} vs {_scale_word(b)}"
        if any(abs(ratio / 10 ** k - 1) < 1e-6 for k in (1, 2, 3)):
            return "decimal point moved?"
        gap = max(a.low - b.high, b.low - a.high, 0.0)
        if gap <= 0.5 * max(a.place, b.place):
            return "rounding beyond the hedge?"  # 2215.5 is 9 short of 约2300's range: < half of 100
    return None


def _digits(text: str) -> str:
    m = re.search(r"[0-9][0-9,.]*", text)
    return re.sub(r"[^0-9]", "", m.group()) if m else ""


def _scale_word(fact: Fact) -> str:
    m = re.search(r"万亿|亿|万", fact.claim.text)
    return m.group() if m else "no scale word"


def _describe(fact: Fact) -> str:
    time = " ".join(str(x) for x in (fact.year, fact.part) if x)
    return f"{fact.clause.split('|')[0][-10:] or fact.claim.text}" + (f", {time}" if time else "")


def cross_article(facts: list[Fact]) -> list[Suggestion]:
    """``same`` and ``conflict`` between claims of different articles."""
    top: dict[int, list[tuple[float, int]]] = defaultdict(list)  # claim → its best matches
    by_id = {f.claim_id: f for f in facts}
    shifted: dict[tuple[int, int], Suggestion] = {}
    seen: set[tuple[int, int]] = set()
    for members in _blocks(facts):
        if len(members) < 2 or len(members) > BLOCK_LIMIT:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a.claim_id, b.claim_id) if a.claim_id < b.claim_id else (b.claim_id, a.claim_id)
                if a.article_id == b.article_id or pair in seen or not _same_metric_possible(a, b):
                    continue
                seen.add(pair)
                if not _comparable_time(a, b):
                    moved = _other_period(a, b)
                    if moved is not None:
                        shifted[pair] = moved
                    continue
                score = similarity(a.grams, b.grams)
                if score > 0:
                    _keep_best(top[a.claim_id], score, b.claim_id)
                    _keep_best(top[b.claim_id], score, a.claim_id)
    # a claim caught giving another edition's or period's figure is not also the same
    # fact as that article's other claims
    moved = {(x, by_id[y].article_id) for x, y in shifted for x, y in ((x, y), (y, x))}
    found = []
    for claim_id, matches in top.items():
        for score, negative_id in matches:
            other = -negative_id
            a, b = by_id[claim_id], by_id[other]
            if claim_id < other and _best_in(top[claim_id], b, by_id) and _best_in(top[other], a, by_id):
                link = _judge(a, b, score)
                if link is not None and link.relation == "same" and (
                        (a.claim_id, b.article_id) in moved or (b.claim_id, a.article_id) in moved):
                    continue
                if link is not None:
                    found.append(link)
    return found + list(shifted.values())


def _best_in(matches: list[tuple[float, int]], fact: Fact, by_id: dict[int, Fact]) -> bool:
    """True when ``fact`` is the best of its article among a claim's matches."""
    for _, negative_id in matches:
        if by_id[-negative_id].article_id == fact.article_id:
            return -negative_id == fact.claim_id
    return False


def _blocks(facts: list[Fact]):
    """Facts sharing kind, unit family, a block key and a year; a fact whose year is not
    known joins every year's block under its key."""
    by_key: dict[tuple, dict[int | None, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    undated = []
    for fact in facts:
        for key in _block_keys(fact):
            entry = (fact.claim.kind, family(fact.claim.unit), key)
            if fact.year is None:
                undated.append((entry, fact))
            else:
                by_key[entry][fact.year].append(fact)
    for entry, fact in undated:
        years = by_key[entry]
        for year in list(years) + [None] if None not in years else list(years):
            years[year].append(fact)
    for years in by_key.values():
        yield from years.values()


def _keep_best(matches: list[tuple[float, int]], score: float, other: int) -> None:
    """Keep a claim's ``TOP_MATCHES`` most similar claims elsewhere, best first, as
    (score, -claim id): ties go to the lower id, so blocks' order never matters."""
    entry = (score, -other)
    if len(matches) < TOP_MATCHES or entry > matches[-1]:
        matches.append(entry)
        matches.sort(reverse=True)
        del matches[TOP_MATCHES:]


def _other_period(a: Fact, b: Fact) -> Suggestion | None:
    """One figure, word for word, given for two different years or fair editions: likely
    last year's (or the last fair's) figure repeated as this one's. A short round figure
    (5%, 10个) recurs by chance, so the figure must be specific or the sentence the same."""
    if a.claim.value != b.claim.value or a.claim.value_high != b.claim.value_high or a.claim.unit != b.claim.unit:
        return None
    clause = similarity(a.grams, b.grams)
    specific = len(_digits(a.claim.text).strip("0")) >= 3
    if clause < SHIFT_CLAUSE or not (specific or _sentence_similarity(a, b) >= 0.6):
        return None
    when = " vs ".join(_when(x) for x in (a, b))
    return Suggestion("conflict", (a.claim_id, b.claim_id), score=round(min(0.95, 0.4 + clause / 2), 2),
                      reason=f"same metric ({_describe(a)}): {a.claim.text} given for {when} — "
                             f"another edition's or period's figure?")


def _when(fact: Fact) -> str:
    parts = [f"第{fact.edition}届" if fact.edition else "", str(fact.year or ""), fact.part or ""]
    return " ".join(p for p in parts if p) or "no stated time"


def _judge(a: Fact, b: Fact, clause: float) -> Suggestion | None:
    sentence = _sentence_similarity(a, b)
    what = _describe(a)
    if agree(a, b) and a.claim.unit == b.claim.unit and not _hedges_disagree(a, b) \
            and not _directions_disagree(a, b):
        if clause >= SAME_CLAUSE or (sentence >= SAME_SENTENCE and clause >= 0.15):
            return Suggestion("same", (a.claim_id, b.claim_id),
                              reason=f"same fact ({what}): {a.claim.text} and {b.claim.text} agree",
                              score=round(min(1.0, 0.5 + clause / 2), 2))
        return None
    signature = error_signature(a, b)
    # Without a named mistake, only the same predicate (从考察到签约仅用了) makes two
    # different figures one fact: sharing the noun after them (个优质项目) is not enough.
    believable = (clause >= SIGNATURE_CLAUSE if signature else
                  clause >= CONFLICT_CLAUSE and sentence >= CONFLICT_SENTENCE
                  and len(a.before_grams & b.before_grams) >= PREDICATE_SHARED)
    if not believable:
        return None
    score = round(min(0.99, 0.45 + clause / 2 + (0.15 if signature else 0)), 2)
    why = signature or "different figures for the same fact"
    return Suggestion("conflict", (a.claim_id, b.claim_id),
                      reason=f"same metric ({what}): {a.claim.text} vs {b.claim.text} — {why}", score=score)


def within_article(facts: list[Fact]) -> list[Suggestion]:
    """Repeated statements of one figure in an article, grouped as ``same``."""
    found = []
    by_article: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_article[fact.article_id].append(fact)
    for members in by_article.values():
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in members:
            # periods are checked pair by pair: an undated repeat still joins a dated one
            groups[(fact.claim.kind, fact.claim.unit, fact.claim.value, fact.claim.value_high)].append(fact)
        for group in groups.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    score = similarity(a.grams, b.grams)
                    if score >= SAME_CLAUSE and _comparable_time(a, b) and _same_metric_possible(a, b):
                        found.append(Suggestion(
                            "same", (a.claim_id, b.claim_id), score=round(min(1.0, 0.5 + score / 2), 2),
                            reason=f"the same figure stated again ({_describe(a)}): {a.claim.text}"))
                        break  # each statement links to its next repetition: a chain
    return found


# --- arithmetic inside one article --------------------------------------------------------

def inconsistencies(facts: list[Fact], text: str) -> list[Suggestion]:
    """Shares against their parts, growth against the two levels it joins, parts past
    their total: claims of one article that their own numbers refute."""
    ordered = sorted(facts, key=lambda f: f.claim.start)
    found = []
    for share in (f for f in ordered if f.claim.kind == "share" and f.claim.unit == "%"):
        found += _share_against_parts(share, ordered, text)
    for growth in (f for f in ordered if f.claim.kind == "change" and f.claim.unit in ("%", "倍")):
        found += _growth_against_levels(growth, ordered, text)
    for cue in re.finditer("其中", text):
        found += _parts_against_total(cue.start(), ordered, text)
    found += _shares_past_whole(ordered, text)
    return found


def _same_sentence(a: Fact, b: Fact) -> bool:
    return a.sentence == b.sentence


def _share_against_parts(share: Fact, facts: list[Fact], text: str) -> list[Suggestion]:
    """``A…占全市的S%…全市共T``: A/T must be S%."""
    amounts = [f for f in facts if f.claim.kind == "amount" and _same_sentence(f, share)]
    parts = [f for f in amounts if f.claim.end <= share.claim.start]
    if not parts:
        return []
    part = parts[-1]
    totals = [f for f in amounts if f.claim_id != part.claim_id and f.claim.unit == part.claim.unit
              and re.search(r"(?:全|总|共|合计)", text[max(0, f.claim.start - 8):f.claim.start])]
    for total in totals:
        if not total.claim.value or total.claim.value <= part.claim.value * 0.99:
            continue
        actual = part.claim.value / total.claim.value * 100
        if not share.low - 1.0 <= actual <= share.high + 1.0:
            return [Suggestion("inconsistent", (share.claim_id, part.claim_id, total.claim_id), score=0.9,
                               reason=f"{share.claim.text} of the whole, but {part.claim.text} / {total.claim.text} "
                                      f"= {actual:.1f}%")]
    return []


def _growth_against_levels(growth: Fact, facts: list[Fact], text: str) -> list[Suggestion]:
    """``从A增长到B，增长N倍/N%``: B/A must fit N (either reading of 增长N倍)."""
    levels = [f for f in facts if f.claim.kind == "amount" and _same_sentence(f, growth)
              and f.claim.start < growth.claim.start]
    for a, b in zip(levels, levels[1:]):
        between = text[a.claim.end:b.claim.start]
        if a.claim.unit != b.claim.unit or not a.claim.value or not re.search(r"增长|增加|提高|上升|突飞猛进|到|至", between):
            continue
        ratio = b.claim.value / a.claim.value
        if growth.claim.unit == "%":
            fits = growth.low - 1.0 <= (ratio - 1) * 100 <= growth.high + 1.0
            expected = f"{(ratio - 1) * 100:.1f}%"
        else:  # 增长N倍: strictly N+1 times, often written for N times
            fits = any(growth.low * 0.97 <= r <= growth.high * 1.03 for r in (ratio, ratio - 1))
            expected = f"{ratio:.1f} times"
        if not fits:
            return [Suggestion("inconsistent", (growth.claim_id, a.claim_id, b.claim_id), score=0.85,
                               reason=f"{growth.claim.text}, but {b.claim.text} / {a.claim.text} is {expected}")]
    return []


def _parts_against_total(cue: int, facts: list[Fact], text: str) -> list[Suggestion]:
    """``共N个，其中A个、B个``: the parts after 其中 cannot add up past the total before it."""
    before = [f for f in facts if f.claim.kind == "amount" and cue - 120 <= f.claim.start and f.claim.end <= cue]
    stop = text.find("。", cue)
    parts = [f for f in facts if f.claim.kind == "amount" and cue < f.claim.start < (stop if stop >= 0 else len(text))]
    for unit in {p.claim.unit for p in parts}:
        totals = [t for t in before if t.claim.unit == unit]
        same = [p for p in parts if p.claim.unit == unit]
        if not totals or not same:
            continue
        total = totals[-1]
        if sum(p.low for p in same) > total.high * 1.001:
            listed = "+".join(p.claim.text for p in same)
            return [Suggestion("inconsistent", (total.claim_id, *(p.claim_id for p in same)), score=0.8,
                               reason=f"the parts {listed} add up to more than the total {total.claim.text}")]
    return []


def _shares_past_whole(facts: list[Fact], text: str) -> list[Suggestion]:
    """``分别占40%、35%、30%``: shares listed together cannot pass 100%."""
    shares = [f for f in facts if f.claim.kind == "share" and f.claim.unit == "%"]
    runs, run = [], []
    for share in shares:
        if run and _listed_together(run[-1], share, text):
            run.append(share)
        else:
            run = [share]
            runs.append(run)
    found = []
    for run in runs:
        if len(run) >= 2 and sum(f.low for f in run) > 100.5:
            found.append(Suggestion(
                "inconsistent", tuple(f.claim_id for f in run), score=0.8,
                reason=f"shares listed together add up to more than 100%: {'+'.join(f.claim.text for f in run)}"))
    return found


def _listed_together(a: Fact, b: Fact, text: str) -> bool:
    between = text[a.claim.end:b.claim.start]
    return len(between) <= 15 and not re.search("[。；;]", between) and (
        "、" in between or "分别" in text[max(0, a.claim.start - 12):a.claim.start])


# --- everything ---------------------------------------------------------------------------

def find_links(facts: list[Fact], texts: dict[int, str]) -> list[Suggestion]:
    """Every suggestion: conflicts and inconsistencies first (worst first), then sames."""
    with _bulk():
        return _find_links(facts, texts)


def _find_links(facts: list[Fact], texts: dict[int, str]) -> list[Suggestion]:
    found = cross_article(facts) + within_article(facts)
    by_article: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_article[fact.article_id].append(fact)
    for article_id, members in by_article.items():
        found += inconsistencies(members, texts[article_id])
    order = {"conflict": 0, "inconsistent": 1, "same": 2}
    return sorted(found, key=lambda f: (order[f.relation], -f.score, f.claim_ids))
