"""A claim's fact: who (entity), what (metric and the words around it), when, in which
unit dimension, and the interval of values its wording allows. Plain values: they can be
stored and indexed."""

from __future__ import annotations

import bisect
import functools
import gc
import hashlib
import math
import operator
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol

from annotator import lexicon, words
from annotator.context import heading_copy, last_of, sentences_of, table_cell_words, words_around
from annotator.hanzi import simplified_at
from annotator.linking import periods, units
from annotator.linking.periods import ArticleTime, When
from annotator.numbers import parse_number

# numbers are masked, but not an ordinal's: 第二产业 and 第三产业 are two metrics
# (the lookahead: a search skips at once what starts no number)
_NUMBER = re.compile(r"(?=[0-9０-９零〇一二两三四五六七八九十百千万亿])"
                     r"(?:[0-9０-９][0-9０-９.,，]*|(?<!第)[零〇一二两三四五六七八九十百千万亿]+)")
_CLAUSE_STOPS = "，。；！？,;：:"
CLAUSE_STOP = re.compile(f"[{_CLAUSE_STOPS}]")
_CHINESE_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿兆]+(?:点[零〇一二三四五六七八九]+)?")
_CHENG_TENTHS = re.compile("成[一二三四五六七八九]")  # 三成六: tenths of a 成
_TIME_PARTS = re.compile(r"[0-9]+(?:\.[0-9]+)?(?=小时|分钟|分|秒|′|″)")  # 2小时11分08秒: each part's number
_WRITTEN = re.compile(r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_SUFFIX_OVER = re.compile(r"[0-9０-９.．,，]+[万亿千百]*[余多]")
_DIGITS = re.compile("[0-9０-９]")
COMPANION_DIGITS, COMPANION_SCALE = 2, 1e8  # a figure this long, or past 亿, is specific (figure_token)
PARAGRAPH_READ = 300  # characters back a paragraph's named edition (第七届…本届) is read from
SCOPE_WORDS = lexicon.NATIONAL_SCOPES | lexicon.GLOBAL_SCOPES | lexicon.LOCAL_SCOPES | lexicon.OWNER_SCOPES
_SCOPES = re.compile("|".join(sorted(SCOPE_WORDS, key=len, reverse=True)))
_ATTRIBUTIVE = re.compile("的[^#，。；、]{2}")  # a figure told of the noun after it
ATTRIBUTIVE_READ = 24  # … which is read this far
_GOAL_YEAR = re.compile("(?:到|至)[0-9]{4}年")  # 到2030年规模就将: the year a forecast is for
_TIMES = re.compile(r"[#0-9]+年|[今去明前上本全当同]年|[上下]半年|[一二三四#]季度|[#0-9]+月|同期|实现|完成|达到|累计|共")
# What a stored fact was built by: bump FINDER when this module, periods, units or
# retrieval.keys change what a fact holds; the lexicon's lists are hashed in.
FINDER = "111"  # 111: a level compared right after another (300公斤，比去年的3000吨) is of what that one names only where it could be one of its levels (one measure, less than tenfold apart), else of nothing named; 110: a firm is no place an article's figures take (_most_named), but one named after a place (重庆银行) names it; a clause short once the year it looks ahead to is gone (到2030年规模就将) reads the clause before it too; 109: a change's written sign (（+12.1%）) says its direction where no word does; 108: two places' joint figure (中国和越南的双边贸易额) is owned by the pair (中越); 107: 压缩 is a fall (由5个工作日压缩至2个工作日，压缩了60%), a fact's direction; 106: a fact is told with the figures within COMPANIONS of it in its sentence, not all its sentence's (an endless sentence stays linear); 105: 收窄 is a fall (亏损额同比收窄39.4%), a fact's direction; 104: a change word told of a figure of its own a clause before is none of the next figure's (回落2.6个百分点，上半年为11.2%), 少了 and 多了 are a fall and a rise; 103: a compound duration (1小时15分钟, 4分19.56秒) is rounded as its last part is; 102: 压减, 下调, 削减 are falls and 上调 a rise (a fact's direction); 101: an extreme alone (年龄最小的, 最大的) names no metric; 100: a level's own clause alone says it is an average (平均每家A，累计设立B: B is none); 99: a rate's rounded key rounds half up; 98: a rate keys its tenths only where its whole part is one digit; 97: a goal's name after a metric (GDP目标) is none of the metric's, a rate's keys across its units keep a long metric's ends; 96: an owner's rate keys its tenths too (约7.5% meets 7.49%); 95: a whole sentence told again word for word with another figure, no owner named apart, is one fact told wrong; 94: a figure of the year a goal its sentence opens is set for (力争到2026年…，…保持在七成左右) is the goal's; 93: a line heading the next with its figure (数字一｜13.26%) ends there; a time right before another figure (由目前的486公里) is that one's; 92: a figure in brackets (固定资产投资增长5%（工业投资增长15%）) is told by its bracket's words; progress (已完成18公里，进度四成) is what was done of the plan, and 成 shares are checked as % ones; 91: one owner's rate keys its whole part (约13% meets 13.26%); “十四五”规划 names its plan as a figure's time; a goal and an outcome a digit apart in three (计划把156项, 将…136项) are one figure; a short slip between two articles is not explained by a link with a third; a fraction's 近 reaches its tenth (近三分之二 is 60-66.7%); 90: a change against a year it names (比2020年) is another fact than against another year; a figure for a later year than a dated article's is a goal; a year right before 全年 is the figure's time, a base compared with alone none; a month ending a header line dates the article; 89: a growth's earlier level pointed back to from a year before (而在2020年，这一数字) is of the level before it; 88: a score's points add up to the full marks its sentence names (满分100分：…); 87: a difference reads the two levels its clause names either side of 比, a growth the earlier level in a clause of its own closed by 相比; 86: a day's average of a month's total over its days; 城镇 and 乡村 split a whole; 实现 before 翻两番 says it of the levels; 85: a figure in a unit per another (40微克/立方米) is no fraction; a list's later item (二季度实现) is of the thing its first names; 共 after items told one by one sums them, and the count of the items summed (三年累计) is no item; a month told alone (3月份) is its own time; a price per a measure (收购价为每公斤42元) prices the quantity before it; 分别 and its verb list parts; 主要 names the main parts only; points read last year's rate told before them; 84: a growth whose clause names the earlier level by its words (比首印增长) is of the level before it over the one so named; 83: items only named and counted after a total and its noun (120位观众，前排36位，中间48位) are its parts; 82: an average reads its count anywhere before it in its paragraph, a part after 其中 as well as the whole, and a head's times (人均12次) of person-times (960人次); 81: a share's whole named (占参加人数的) and told as a total (共) further back in its paragraph flags it; 80: digits swapped count as chance only where both figures have fewer than three significant digits (8070多家 for 超8700家 is a transposition, whichever is asked first); 79: 累计 right after items told one by one (分别为A、B，累计T) sums them; 78: a level told as a percentage of an earlier year's (是前年的139.3%) is a growth of 39.3% and keyed as one; 77: two articles are kin only by figures told alike to the value (35% and 四成 are no shared fact); a multiple of another rate (增速是…增速的两倍) is no growth; 76: an average per a measure word (场均, 每轮平均) reads its count in that word in the sentence before, when alone there and no part; items a semicolon opens each of are no whole of one another; 75: a floor told again rounded down to its last digit (超2000亿元 for 超2100亿元) agrees; 74: 一共 a few words after a list sums it (今天一共98公斤); 73: one edition is one time though only one figure names its year; 72: a year right after 规划 (按规划，2027年…) is a goal's, no guess of the year an article is written; 71: a figure rounded more than two places past another (一成 and 7.49%) does not tell it to a retelling; 70: an 约 figure reaches half its last place, a count or an amount rounded to one digit 5% of it; a figure told in a sentence much more alike is not in its place where another clause tells it far more alike; 69: 节省 is 节约 (metric synonyms), a retelling that leaves a digit out of a short figure (184件 as 18件) tells that slip; 68: an item named in up to six characters continues a list, 8400单 counts orders (no 单 of one), a day's average of one of a count (每站日均) is no total over the days; 67: two roundings to one place agree only on one figure, a digit left out of a short figure is a slip where the words are told again, 目标人群 names no goal; 66: a number told in a sibling unit is read beside its source's in a sentence retold in other words; 65: a colon after a total's noun opens its parts; a growth told after the earlier level is of the later told before it; a share of an unnamed whole is of the whole its siblings give; 64: a figure a retelling puts in the place of another item of its source's list or sentence is that item's; a goal's figure told wrong without its goal word is one figure; 63: two figures swapped between two sentences told again are each the other's; 62: a heading's copy of the next line's figure has no fact (the sentence's copy is paired); 61: a table's 合计 row sums the rows above it; 60: a table cell's figure is told by its row's name and its column's header, its direction by its sign under 涨跌幅; 59: 单票货值 is an average over the count in 票, told in its sentence or the one before; 58: a rate named by an act finds it before its object (回收有效问卷) or after its count (189人晋级复赛); 57: a share names its whole told anywhere in the article (占有效问卷的), its part by the 占 clause's subject (设备投资占), and a rate told as roughly as 四成 has no slack past its rounding; 56: so many persons each time over so many times make person-times, 累计 sums them; 55: hours told as a sum (累计训练960小时) have an average of that sum; 54: a share's whole is named by the noun after its figure too (共12个节目…占全场节目的); 53: a bracket right after a total listing its parts (共36人登台（男声14人、女声12人…）) is checked against it; 52: people told as visits within the hedge (298人次 for 近300位) are the mix-up; a retelling keeps two digits under another dimension's unit; 51: a retelling is read beside its source sentence by sentence, figures pairing left unexplained in alike sentences one fact told wrong; 50: one digit off in a short figure, unit and hedge kept (36个 for 46个), is a slip between a retelling and its source; 49: two digits swapped under one bound kept (95%以上 as 59%以上) are a slip, as exact ones are; 48: a rank reads what is ranked before its verb (extraction 1.57); 47: two owners' figures swapped are each borrowed, 同比 and 环比 are no words alike or apart for pairing, an article whose claims name no owner twice takes the place its headline names at the level of its scope words (安徽 for 全省); 46: an owner the headline names is the article's before one a later line opens with, 定在 sets a goal; 45: both levels of 从A，增至B are of what the words before 从 name, a level compared with right after a level (A，比上年的B) of what that level names; 44: a scope word (全市) of an article whose headline names no place is the place its figures name most; 43: a scope word (全县) beside a name is no name of the owner, 名 and 人 levels are one unit, a base is read past a note in brackets; 42: 三成六 is 36% give or take half a percent, 比…低了 a fall; 41: a year in Chinese numerals (二〇二四年) is a year; 40: a goal word after a year is a verb's (要超, 将突破; not 即将, 要点); 39: a count keys its number and hedge across its dimension's units (150余家 and 150余人); 38: a share whose clause opens with 占 reads goal words in its own clause only; 37: a year with a goal after it in its clause (2030年…将突破) or opening a change (由2020年的) is no guess of the article's year; 36: 当年 is the year told just before it; 35: a level after 比上年(同期)的 is no goal; 34: a goal word before 的有 names the set counted (计划…的有176家), no goal; 33: a figure told of the thing after it (…亿元的…项目) reads all of its name; 32: a fact keeps the figure told just before it in its sentence (pairing by place); 31: a level in a rate's units (增长至40倍) meets the changes and shares of its dimension; 30: an edition named as a past one (去年第七届) is not the one 本届 refers to, a one-in-N figure (每4台笔记本就有1台) measures what it counts; 29: a duration (11天) is no figure two sentences tell alike; 28: a fraction is a tenth of itself either way (十分之一 is not 十五分之一); 27: a figure alone on its line (【46个】) is read by the next line's first sentence; 26: a figure of two significant digits (not a rate) keys its digits alone; 25: 前两个月 is a span of months (January to February), the scope a share is of (占全国) is not its owner, area is a dimension and 斤 a weight, a goal word after a figure is read in its own clause only; 24: figures in sentences that state a third alike are one fact's, a figure told first is read after its colon too; 23: 本届 refers to the edition its paragraph names before it, and a text naming two editions alike is of the later; 22: spans of months are periods (1-2月 is not 一季度); a label's bracketed note says when; 21: an owner is told by the names before its metric (a clause pointing back, 该公司, names none); 20: units of one dimension keep their own blocks and meet by their number; 19: one in N (每4台…就有1台) is a fraction, exact; 18: counts, electricity and durations are dimensions (a measure word changed is a named slip); 17: a figure of two significant digits keys its digits with its owner; 16: a hedge holds to its bound (近一半 is 45-50%, 超三成 over 30%); 15: block keys sample a figure's words (min-hash), a span's first year is not the article's; 14: each line of a list or data box is a sentence, a figure told first (41家——…) read by the clause after its dash, partners named first (与…等) own nothing; 13: three significant digits make a digit key (a rate still four); 12: any average (人均, 平均每个) is another metric, not only 年均; 11: a figure for 明年, 后年 or later is a forecast; 10: an 约 figure widens to its rounding or its hedge, not both; 9: a figure told of the noun after it (…亿元的项目) takes no subject; 8: how many figures its article states; 7: a Chinese numeral's decimals (七百五十二点八) set its rounding; 6: a stored date of the text's own year is a guess; 5: metric ends as block keys; 4: an owner's level (全省 is no city's); 3: block keys on a figure's digits; 2: ordinals unmasked, owners within the metric's clause, traditional read as simplified
READ = 200  # characters read either side of a claim, at most
NEARBY = 120  # characters either side where an owner named once still holds
COMPANIONS = 8  # figures read either side of a claim in its sentence for those it is told with
HEAD_LINES, DATELINE = 4, 24  # the headline, and where a dateline stands in the lines after
HEADLINE_READ = 40  # the longest headline read for the place it names
MOST_NAMED = 3  # claims a place names, twice any other's, to be whose 全市 an unheaded article's is
SHORT_CLAUSE = 6  # a clause this short before a number says only how it changed
COMPARED_APART = 10  # a level ten times another's is no earlier level of the same thing
NAMED_FROM = 30  # characters read back from an earlier level for the name before its 从


class ClaimLike(Protocol):
    """What the finder reads of a claim: the extractor's ``Claim`` or the store's row.
    Read-only properties, so frozen records match."""

    @property
    def id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> float: ...
    @property
    def value_high(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def metric(self) -> str | None: ...
    @property
    def entity(self) -> str | None: ...
    @property
    def period(self) -> str | None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """One claim with what the finder compares."""

    claim_id: int
    article_id: int
    article: str
    figures: int                # how many figures its article states: room to share others
    claim: ClaimLike
    value: float                # the claim's value, read often enough to keep at hand
    entity: str | None          # whose figure: stated, or the article's own subject
    entity_stated: bool         # named by the claim's own sentence, not taken from the article
    level: str | None           # the level its owner speaks at (全省: a province), if known
    subject: frozenset[str]     # character pairs of the words before its metric: whose it is
    metric: str                 # what it measures, synonyms folded, numbers masked
    metric_pairs: frozenset[str]  # its character pairs
    average: bool               # 年均, 人均, 平均每个: an average is another metric than a total
    target: bool                # 目标, 预期, 力争: a goal is another metric than an outcome
    when: When
    base_year: int | None       # the year a change is compared with, where named (比2020年)
    dimension: str              # money, rate, persons … or the unit itself
    low: float                  # the values its wording allows
    high: float
    place: float                # the place value of its last nonzero digit
    direction: str | None       # up or down, for a change
    words: frozenset[str]       # character pairs of its clause and metric, numbers masked
    before: frozenset[str]      # those of the words just before the number
    tail: str                   # the words just before the number, masked, fillers dropped
    after: str                  # the words just after it, masked
    after_words: frozenset[str]  # their character pairs
    sentence: int               # where its sentence starts
    sentence_text: str          # the sentence, masked, split at the claim by "|"
    companions: str             # the other specific figures its sentence states (``companions``)
    follows: str                # the figure just before it in its sentence, as unit:value
    nearby: str                 # the text around it, sentences either side included


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector: building ~10 objects a claim for 100,000 claims
    makes it rescan the growing heap again and again, and nothing built here forms a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# (article_id, name, text, published, edition, claims), as the store gives it
Article = tuple[int, str, str, str | None, int | None, Sequence[ClaimLike]]


def facts_of_articles(articles: Iterable[Article]) -> list[Fact]:
    with bulk():
        return [fact for article in articles for fact in facts_of_article(*article)]


def facts_of_article(article_id: int, name: str, text: str, published: str | None,
                     edition: int | None, claims: Iterable[ClaimLike]) -> list[Fact]:
    """Facts for an article's claims that have a value and a kind, a heading's copy of
    the next line's figure aside."""
    text = simplified_at(text)[0]  # 增長 is read as 增长, as the word lists spell it
    claims = [c for c in claims if c.value is not None and c.kind is not None
              and not heading_copy(text, c.start, c.end, c.text)]
    time = periods.article_time(text, published, edition)
    named = Counter(c.entity for c in claims if c.entity and owner(c.entity, None) == c.entity)
    named.update(place for c in claims if (place := _firms_place(c.entity)))
    subject = article_subject(named, text)
    home = subject or _most_named(named)
    sentences = sentences_of(text)
    scope = level(subject) or _scope_level(claims)
    if subject is None and scope is not None:
        subject = home = _headline_place(text, scope) or home
    spans = [sentences.around(c.start, c.end) for c in claims]
    tokens = [figure_token(c) for c in claims]
    others = _companions(tokens, [left for left, _ in spans])
    follows: list[str] = [""] * len(claims)
    named_by: list[str | None] = [None] * len(claims)
    for i, j in pairwise(sorted(range(len(claims)), key=lambda k: claims[k].start)):
        if spans[i][0] == spans[j][0]:
            follows[j] = _as_token(claims[i])
            what, both = _level_named(text, claims[i], claims[j])
            named_by[j] = what
            if both:  # (a 从 level's own clause names it too, past its 从)
                named_by[i] = what
    return [_fact(article_id, name, len(claims), text, c, time, subject, home, scope, span, told, after, lead)
            for c, span, told, after, lead in zip(claims, spans, others, follows, named_by, strict=True)]


def _companions(tokens: list[str | None], sentences: list[int]) -> list[str]:
    """The specific figures told near each claim in its sentence, COMPANIONS either side
    (an endless sentence of figures keeps each fact's share of it bounded)."""
    members: dict[int, list[int]] = {}  # the claims each sentence states, by its start
    places = []
    for k, left in enumerate(sentences):
        places.append(len(group := members.setdefault(left, [])))
        group.append(k)
    found = []
    for k, (left, place) in enumerate(zip(sentences, places, strict=True)):
        near = members[left][max(0, place - COMPANIONS):place + COMPANIONS + 1]
        found.append(" ".join(sorted({t for j in near if j != k and (t := tokens[j])})))
    return found


def _level_named(text: str, earlier: ClaimLike, level: ClaimLike) -> tuple[str | None, bool]:
    """新能源汽车产量从2020年的4.3万辆，突飞猛进到2024年的95.3万辆: both levels are of what
    the words before 从 name, which the later one's own clause does not; and a level compared
    with right after a level (…1126家，比上年的968家) is of what that level's words name,
    or of nothing it names where it cannot be that level's (``comparable``). The name (None:
    as its own words give it), and whether it is the earlier level's too."""
    clause = re.split(f"[{_CLAUSE_STOPS}\n“”]", text[max(0, earlier.start - NAMED_FROM):earlier.start])[-1]
    if lexicon.LEVEL_COMPARED.fullmatch(text, earlier.end, level.start):
        return (clause or None if comparable(earlier, level) else ""), False
    named = lexicon.GROWTH_FROM.search(clause)
    if named is None or not lexicon.LEVEL_REACHED.fullmatch(text, earlier.end, level.start):
        return None, False
    return clause[:named.start()] or None, True


def comparable(a: ClaimLike, b: ClaimLike) -> bool:
    """Two levels one thing's in two years can be: one measure, less than COMPARED_APART
    apart (平均亩产300公斤，比去年的3000吨增长20%: the tonnes are the harvest's, not the yield's)."""
    assert a.value is not None and b.value is not None
    if units.same(a.unit, b.unit):
        x, y = a.value, b.value
    elif (size := units.scale(b.unit, a.unit)) is not None:
        x, y = a.value, b.value * size
    else:
        return False
    return min(abs(x), abs(y)) * COMPARED_APART > max(abs(x), abs(y))


def figure_token(c: ClaimLike) -> str | None:
    """A figure as its unit and value, if specific enough to show that two sentences tell
    one thing: two significant digits (a rate three: 13% is in too many sentences), or a
    scale past 亿 (近400亿元 and 近四百亿元 alike). Not a duration: 11天 frames every
    sentence about an event, whoever's figure it tells."""
    assert c.value is not None
    if units.dimension(c.unit) == "durations":
        return None
    needed = COMPANION_DIGITS + (units.dimension(c.unit) == "rate")
    if len(significant_digits(c.value)) < needed and abs(c.value) < COMPANION_SCALE:
        return None
    return _as_token(c)


def _as_token(c: ClaimLike) -> str:
    """A figure as its unit and value (万人 and 人 spelled alike)."""
    return f"{units.spelling(c.unit) or ''}:{c.value:.6g}"


def companions(fact: Fact) -> frozenset[str]:
    return _companion_set(fact.companions)


@functools.lru_cache(maxsize=1 << 16)
def _companion_set(told: str) -> frozenset[str]:
    return frozenset(told.split(" ")) - {""}


def significant_digits(value: float) -> str:
    """The digits of a value without its scale: 2.2155e11 → 22155."""
    mantissa = f"{abs(value):.10e}".partition("e")[0].replace(".", "")
    return mantissa.rstrip("0")


def _ahead(period: str | None, when: When, time: ArticleTime) -> bool:
    """A figure for 明年, 后年 or a later year than the article's (past the next where the
    article's year is a guess: it may be one off) is a goal or a forecast (2040年渗透率超80%
    的愿景), whatever word comes with it."""
    if period and any(word in period for word, shift in lexicon.RELATIVE_YEARS.items() if shift > 0):
        return True
    return when.year is not None and time.year is not None and when.year > time.year + time.guessed


def _scope_level(claims: list[ClaimLike]) -> str | None:
    """An article that names no place speaks at the level of the scope it uses most
    (全省城镇新增就业…: its unowned figures are a province's); one that names places may
    give an unowned figure to any of them."""
    if any(level(owner(c.entity, None)) for c in claims):
        return None
    counts = Counter(lexicon.SCOPE_LEVELS[c.entity] for c in claims if c.entity in lexicon.SCOPE_LEVELS)
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


def article_subject(named: Counter[str], text: str) -> str | None:
    """The owner the article is about, which its unowned figures and 全市-like scopes take:
    the place or organisation its claims name most (twice at least; ``named``: how many
    claims name each owner) that its headline or dateline names too (a word read as a place
    by mistake rarely heads an article). One its headline names first: a line's opening
    words (东湖站至滨海站…) may name a place the article only passes through."""
    lines = [line.strip() for line in text.lstrip().split("\n") if line.strip()]
    for lead in (lines[:1], [line[:DATELINE] for line in lines[1:HEAD_LINES]]):
        counts = {entity: n for entity, n in named.items() if n >= 2 and any(entity in line for line in lead)}
        if counts:
            return max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    return None


def _headline_place(text: str, scope: str) -> str | None:
    """The first place the headline names at the level the article's scope words speak at
    (前三季度安徽经济运行稳中有进 over 全省…): whose those figures are, though its claims
    name it seldom."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or len(lines[0]) > HEADLINE_READ or "。" in lines[0]:
        return None  # (a text that opens with its body has no headline)
    return next((word for word, _ in words.words_after(lines[0], limit=HEADLINE_READ)
                 if len(word) >= 2 and owner(word, None) == word and level(word) == scope), None)


def _firms_place(entity: str | None) -> str | None:
    """The place a firm is named after (重庆银行: 重庆), which it names as its article's."""
    if entity is None or not lexicon.FIRM_NAME.fullmatch(entity):
        return None
    place = lexicon.FIRM_SUFFIX.sub("", entity)
    return place if place in lexicon.PROVINCES or words.tags().get(place) == "ns" else None


def _most_named(named: Counter[str]) -> str | None:
    """The place an article's claims name far more than any other (MOST_NAMED times, twice
    the next), whose 全市 its scope words are though its headline names no place (西洽会…
    绩效自评报告): a guess good for a scope word, not for a figure that names no owner."""
    # (a firm, 某农商行, is no place)
    places = Counter({e: n for e, n in named.items() if e not in lexicon.NATIONAL_SCOPES | lexicon.GLOBAL_SCOPES
                      and not lexicon.FIRM_NAME.fullmatch(e)})
    ranked = [*places.most_common(2), ("", 0), ("", 0)]
    return ranked[0][0] if ranked[0][1] >= MOST_NAMED and ranked[0][1] >= 2 * ranked[1][1] else None


def owner(entity: str | None, subject: str | None) -> str | None:
    """Scopes become owners: 我国 is 全国, 全市 is the article's own place (but 全省 is not
    a city article's city)."""
    if entity in lexicon.NATIONAL_SCOPES:
        return "全国"
    if entity in lexicon.GLOBAL_SCOPES:
        return "全球"
    if entity in lexicon.SCOPE_LEVELS and level(subject) not in (None, lexicon.SCOPE_LEVELS[entity]):
        return None  # 全省 in an article about 延安
    if entity is None or entity in lexicon.LOCAL_SCOPES or entity in lexicon.NOT_OWNERS \
            or len(entity) < 2:
        return subject  # a word the dictionary also knows as a place (新建), or one character
    return entity


def level(entity: str | None) -> str | None:
    """The level an owner speaks at: 全省 or 浙江 a province, 全市 or 厦门 below one; a
    municipality either, an organisation none."""
    if entity is None:
        return None
    if entity in lexicon.SCOPE_LEVELS:
        return lexicon.SCOPE_LEVELS[entity]
    name = entity.removesuffix("省")
    if name in lexicon.MUNICIPALITIES or name.removesuffix("市") in lexicon.MUNICIPALITIES:
        return None
    if name in lexicon.PROVINCES:
        return lexicon.PROVINCE_LEVEL
    if entity.endswith(lexicon.PLACE_SUFFIXES) or words.tags().get(entity) == "ns":
        return lexicon.BELOW_PROVINCE
    return None


def _fact(article_id: int, name: str, figures: int, text: str, c: ClaimLike, time: ArticleTime,
          subject: str | None, home: str | None, scope: str | None, span: tuple[int, int],
          told: str, follows: str, named_by: str | None) -> Fact:
    left, right = span
    # a table pasted as one endless sentence must not cost more per claim than prose
    before, after = words_around(text, c.start, c.end, left, right, READ)
    # 招商银行｜-13.26% under 银行｜累计涨跌幅: a table cell's figure is told as a sentence
    # would tell it (招商银行累计涨跌幅), of what its column's header names
    cell = table_cell_words(text, c.start, c.end)
    if cell is not None:
        before, after = "".join(cell), ""
    # A rank's own clause is bare (…涨幅30.77%，排名第一位): read the sentence before it;
    # so is a rate's (净利润87.6亿元，增长12.1%): read the clause before too.
    cut = last_of(before, _CLAUSE_STOPS)
    # (固定资产投资增长5%（工业投资增长15%）: a figure in brackets is its bracket's, told as
    # a clause of its own)
    if (opened := last_of(before, "（(")) > max(cut, last_of(before, "）)")):
        cut = opened
    own = before[cut + 1:]  # its own clause
    # (…碳化硅功率器件这一细分市场，到2030年规模就将突破: short once its time is gone)
    if c.kind != "rank" and cut - (last := last_of(before[:max(cut, 0)], _CLAUSE_STOPS)) > 0 \
            and len(before) - cut - sum(map(len, _GOAL_YEAR.findall(before, cut + 1))) <= SHORT_CLAUSE:
        cut = last
    clause = before if c.kind == "rank" else (named_by or "") + before[cut + 1:]
    # which way a change goes is judged apart: 增长 and 下降 are the same word here
    left_part = directionless(masked(clause[-24:]))
    after_clause = after[:_first_stop(after)]
    right_part = masked(after_clause[:10])
    if _ATTRIBUTIVE.match(right_part):  # 总投资25亿元的硅基…晶圆制造项目: the thing it is told of, whole
        right_part = masked(after_clause[:ATTRIBUTIVE_READ])
    # (去年同期 says when, not what; a level reached takes the name its earlier level's 从 follows)
    called = _one_in(c.text) or named_by
    metric = _TIMES.sub("", masked(called if called is not None else (cell[1] if cell else c.metric) or ""))
    metric = lexicon.GOAL_NAMED_AFTER.sub("", metric) or metric  # (GDP目标 is GDP's, a goal)
    metric = "" if lexicon.EXTREME_ONLY.fullmatch(metric) else metric
    # (同比 and 环比 say what a change is against, judged apart (frames): no words alike or
    # apart for pairing, as 增长 and 下降 are not)
    before_grams, after_words = grams(lexicon.CHANGE_BASES.sub("比", left_part)), grams(right_part)
    slack, place = precision(c.text, c.value)
    low, high = interval(c.text, c.value, c.value_high, c.qualifier, slack, place)
    # (the paragraph read back a little way only: a text with no blank line stays linear)
    back = max(0, c.start - PARAGRAPH_READ)
    paragraph = text.rfind("\n\n", back, c.start)
    when = periods.when(c.period, before + after, time, text[paragraph + 1 if paragraph >= 0 else back:c.start])
    if _ATTRIBUTIVE.match(right_part):
        subject = home = None  # 总投资超50亿元的…项目: one project's figure, not the article's own
    # 占全国份额超过50%: the whole a share is of, not whose share it is (frames.scope)
    named, owned_by = _two_owners(clause) or c.entity, clause
    if c.kind == "share":
        wholes = {scope_spelled(m["scope"]) for m in lexicon.SHARE_SCOPE.finditer(clause)}
        named = None if named and scope_spelled(named) in wholes else named
        owned_by = lexicon.SHARE_SCOPE.sub("", clause)
    entity = owner(named, home if named in lexicon.LOCAL_SCOPES else subject)
    return Fact(
        claim_id=c.id, article_id=article_id, article=name, figures=figures, claim=c,
        value=c.value,
        entity=entity, entity_stated=owner(named, None) is not None,
        level=level(named if named in lexicon.SCOPE_LEVELS else entity) or (
            scope if named is None else None),
        subject=_subject(owned_by, c.metric, right_part), metric=metric,
        metric_pairs=grams(metric) - {"##"}, average=_averaged(c, own, left_part),
        target=_goal(own if c.kind == "share" and lexicon.BARE_SHARE.match(own) else before,
                     after_clause) or _ahead(c.period, when, time) or _goal_of_its_year(before, when),
        when=when, base_year=periods.base_year(before[cut + 1:]) if c.kind == "change" else None,
        dimension=units.dimension(c.unit),
        low=low, high=high, place=place,
        direction=direction(before, c.value, c.text) if c.kind == "change" else None,
        words=before_grams | after_words | grams(metric), before=before_grams,
        tail=lexicon.FIGURE_LEAD.sub("", left_part.rstrip("#")), after=right_part,
        after_words=after_words,
        sentence=left, sentence_text=masked(before) + "|" + masked(after),
        companions=told,
        follows=follows,
        nearby=text[max(0, c.start - NEARBY):c.end + NEARBY])


def _two_owners(clause: str) -> str | None:
    """中国和越南的双边贸易额: two places' joint figure is owned by the pair, named as news
    shortens it (中越), as the text may tell it elsewhere."""
    joint = next(reversed(list(lexicon.JOINT_OWNERS.finditer(clause))), None)  # (the last: nearest the figure)
    if joint is None or words.tags().get(joint["second"]) != "ns":
        return None
    first = next((name for size in (2, 3) if words.tags().get(name := clause[joint.start() - size:joint.start()]) == "ns"),
                 None)
    return first[0] + joint["second"][0] if first else None


def _averaged(c: ClaimLike, own: str, left_part: str) -> bool:
    """An average (人均, 平均每家): a level's own clause says so (平均每家超228万美元，累计设立98家:
    the count is no average), a change's or a share's the clause it reads."""
    words = directionless(masked(own[-24:])) if c.kind == "amount" else left_part
    return lexicon.AVERAGE_LEAD.search(words) is not None


def _goal_of_its_year(before: str, when: When) -> bool:
    """A figure of the year a goal its sentence opens is set for (力争到2026年把…，…保持在七成
    左右), however far the goal word stands: not one of another time (由目前的486公里)."""
    goals = list(lexicon.GOAL_BY_YEAR.finditer(before))
    return bool(goals) and when.year == int(goals[-1]["year"])


def _goal(before: str, after_clause: str) -> bool:
    """A goal word near the figure: a little before it, or in its own clause after it
    (…的近35%，这是我们争取… is no goal). Not before 的有 (计划扩大投资的有176家 says who is
    counted), nor for a level gone by (比上年同期的342万吨, whatever goal the clause before
    names)."""
    if lexicon.PREVIOUS_LEVEL.search(before[-12:]):
        return False
    return lexicon.TARGET_WORDS.search(before[-24:].rpartition(lexicon.COUNTED_SET)[2] + after_clause[:8]) is not None


def clause_before(fact: Fact) -> str:
    """Its clause up to the figure, numbers masked."""
    return CLAUSE_STOP.split(fact.sentence_text.partition("|")[0])[-1]


def scope_spelled(word: str) -> str:
    """One spelling for a scope word (我国 is 全国, 世界 全球)."""
    return lexicon.SCOPE_SPELLINGS.get(word, word)


def _one_in(text: str) -> str:
    """What a one-in-N figure counts (每4台笔记本就有1台: 笔记本): its metric, whatever
    the clause before says (市商务委亮出的家底：全球每5台…)."""
    found = lexicon.ONE_IN_NOUN.match(text)
    return found.group("noun") if found else ""


def _subject(clause: str, metric: str | None, after: str) -> frozenset[str]:
    """The names a clause puts before what it measures (成渝地区双城经济圈 in …实现地区生产总值),
    or after a figure told of the noun after it (总投资52亿元的…项目): whose figure it is when
    no owner is recognised. Empty when the clause points back (该公司, 其): whose it is was
    told before, and no word of it is here."""
    at = clause.find(metric) if metric else -1
    # the words in the metric's own clause: 受三季报提振，收盘报 names no owner
    own = CLAUSE_STOP.split(clause[:at])[-1] if at > 0 else ""
    # … since the last figure: 项目93个、正式合同金额 names no owner of 合同金额
    own = _TIMES.sub("", masked(_DIGITS.split(own)[-1]))
    if _ATTRIBUTIVE.match(after):
        own += " " + after[1:_first_stop(after)]
    # a scope word (全县) is kept whole, no pair of it joined to the name beside it (县梨)
    return _name_pairs(_SCOPES.sub(" ", own)) | frozenset(_SCOPES.findall(own))


@functools.lru_cache(maxsize=1 << 16)  # a clause's words recur from fact to fact
def _name_pairs(text: str) -> frozenset[str]:
    """The character pairs of a text's names: runs of words joined by no verb, adverb,
    particle or stop (the words around a name vary with whoever retells it)."""
    pairs: set[str] = set()
    run = ""
    for word, tag in words.words_after(text, len(text)):
        if word in lexicon.BACK_REFERENCES or word.startswith(lexicon.BACK_REFERENCE_LEADS):
            return frozenset()
        joins = tag != "vn" and (tag or "n")[0] in (_NOT_NAMES if len(word) > 1 else _NOT_IN_NAMES)
        if not joins and ("\u4e00" <= word[0] <= "\u9fff" or word.isalnum()):
            run += word
            continue
        pairs |= grams(run)
        run = ""
    return frozenset(pairs | grams(run))  # (a masked number, #, is no name's: it ends a run)


# parts of speech that join or frame names but are none (jieba's tags: verb, adverb,
# conjunction, preposition, particle, pronoun, numeral, measure word, time, modal …)
_NOT_NAMES = "vdcpurmqtyex"
_NOT_IN_NAMES = "vdcpurtyex"  # a single character tagged a numeral or measure word may be a name's (丙类)


def _first_stop(s: str) -> int:
    stop = CLAUSE_STOP.search(s)
    return stop.start() if stop else len(s)


@functools.lru_cache(maxsize=1 << 16)  # the words around a figure recur (a boilerplate clause)
def masked(s: str) -> str:
    """Numbers as ``#``, metric synonyms as one name."""
    if _ANY_SYNONYM.search(s):  # most text has none: one search instead of a loop of them
        for word, common in lexicon.METRIC_SYNONYMS:
            if word in s:
                s = s.replace(word, common)
    return _NUMBER.sub("#", s)


_ANY_SYNONYM = re.compile("|".join(re.escape(word) for word, _ in lexicon.METRIC_SYNONYMS))


def directionless(s: str) -> str:
    return lexicon.FALL_WORDS.sub("变", lexicon.RISE_WORDS.sub("变", s))


@functools.lru_cache(maxsize=1 << 16)  # a clause, a metric recur from fact to fact
def grams(s: str) -> frozenset[str]:
    """Adjacent character pairs: Chinese words are mostly two characters long. Interned:
    a million facts hold a few thousand distinct pairs, each once (a third less memory)."""
    return frozenset(map(sys.intern, map(str.__add__, s, s[1:])))


_TOLD_OF_ANOTHER = re.compile(f"[0-9０-９][^{_CLAUSE_STOPS}]*[{_CLAUSE_STOPS}]")


_SIGNS = {"+": "up", "＋": "up"}  # a change's written plus (a minus is the value's own sign)


def direction(before: str, value: float, written: str = "") -> str | None:
    """Which way the nearest change word before a rate points; a word of both ways
    (涨跌幅, 增减) leaves it to the figure's sign, and so does no word (1260.5亿元，+5.2%)."""
    up = [m.end() for m in lexicon.RISE_WORDS.finditer(before)]
    down = [m.end() for pattern in (lexicon.FALL_WORDS, lexicon.SAVING_WORDS) for m in pattern.finditer(before)]
    if not up and not down:
        return _SIGNS.get(written[:1])
    # (增速回落2.6个百分点，上半年为11.2%: a word told of a figure of its own, a clause
    # before, is that figure's)
    if _TOLD_OF_ANOTHER.search(before, max(up + down)):
        return None
    if (both := lexicon.BOTH_WAYS.search(before)) and both.end() >= max(up + down):
        return "down" if value < 0 else "up"
    return "up" if max(up, default=-1) > max(down, default=-1) else "down"


# --- the values a wording allows ----------------------------------------------------------

def value_interval(text: str, value: float, value_high: float | None,
                   qualifier: str | None) -> tuple[float, float]:
    """Unhedged: its rounding (half its last written digit). Hedged by the place of its
    last nonzero digit: 约2300 is 2250-2350 (so not 2215.5), 约2000 1900-2100, 近1400 is
    1300-1400, 1500余 is 1500-1600; 超过50% is 50 up to twice that."""
    return interval(text, value, value_high, qualifier, *precision(text, value))


FRACTION_ROUGHLY = 0.1  # 十分之一, 约三分之一: a fraction give or take a tenth of it
BOUNDS = ("nearly", "over", "under")  # 近, 超, 不到: a figure told as a bound
ROUGH_ABOUT = 0.05  # 约2000: a count or an amount rounded to one digit, give or take this share


def _value_place(value: float) -> float:
    """The place of a value's last nonzero digit, where no digits are written."""
    return _place(f"{abs(value):.6f}".rstrip("0").rstrip("."))


def precision(text: str, value: float) -> tuple[float, float]:
    """(half the last written digit, the place of the last nonzero digit), in the claim's
    own scale: 2300亿 → (0.5e8, 1e10)."""
    written = _WRITTEN.search(text)
    if units.fraction(text):
        # a fraction is a share told roughly, a tenth of it either way (十分之一 is 9-11%,
        # not 十五分之一), its hedge by the place of its last nonzero digit
        return FRACTION_ROUGHLY * abs(value), _value_place(value)
    if _CHENG_TENTHS.search(text):
        return 0.5, 1.0  # 三成六 is 36% to its last digit, a percent
    if len(parts := _TIME_PARTS.findall(text)) > 1:  # (1小时15分钟 is 75 minutes to the minute, not the hour)
        return 0.5 * 10.0 ** -len(parts[-1].partition(".")[2]), 1.0
    if not written:
        # a Chinese numeral is exact to the unit of its scale word, as its digits would be
        # (三十个 is 30, not 25-35; 二百一十万 is 210万)
        place = _value_place(value)
        numeral = _CHINESE_NUMERAL.search(text)
        core = parse_number(numeral.group().rstrip("万亿兆")) if numeral else None
        scale = abs(value / core) if core else 0.0
        if scale and math.log10(scale) % 1 > 1e-9:
            scale = 0.0  # 一半 is 50 %, 翻一番 2 倍: a word's figure, exact as it stands
        decimals = len(numeral.group().partition("点")[2]) if numeral and core else 0
        return (0.5 * 10.0 ** -decimals * scale if core else 0.5 * place), place
    digits = written.group().translate(_FULL_WIDTH).replace(",", "")
    number = float(digits)
    scale = abs(value / number) if number else 1.0
    return 0.5 * 10.0 ** -len(digits.partition(".")[2]) * scale, _place(digits) * scale


def interval(text: str, value: float, value_high: float | None, qualifier: str | None,
             slack: float, place: float) -> tuple[float, float]:
    low, high = value - slack, (value_high if value_high is not None else value) + slack
    qualifier = qualifier or "exact"
    if qualifier == "about":
        # rounded to the place of its last nonzero digit (约2300 is 2250-2350, 约三成 25-35%);
        # but a count or an amount rounded to one digit, no further than ROUGH_ABOUT from it
        # (约2000亿元 is no 2215.5亿元, 约400项 no 367项: 约2200, 约370 would be told)
        widen = max(0.0, 0.5 * place - slack)
        if _round(value, place) and not lexicon.RATE_WORDS.search(text):
            widen = min(widen, max(0.0, ROUGH_ABOUT * abs(value) - slack))
        low, high = low - widen, high + widen
    elif qualifier == "nearly":
        # 近一半 is 45-50%, not 40%: a round figure's hedge reaches half its place; a
        # fraction's, its tenth (近三分之二 is 60-66.7%, whatever its decimals)
        reach = 0.5 * place if _round(value, place) else place
        low, high = value - (max(reach, slack) if units.fraction(text) else reach), value
    elif qualifier == "over":
        # 超三成 is over 30%, whatever its word's rounding
        low = value
        high = value + place if _SUFFIX_OVER.search(text) else max(2 * value, value + place)
    elif qualifier == "under":
        low, high = min(0.5 * value, value - place), value
    return low, high


def _round(value: float, place: float) -> bool:
    """One significant digit: 七成, 一半, 4000."""
    return abs(value) < 9.5 * place


def _place(digits: str) -> float:
    """The place value of the last nonzero digit: 2300 → 100, 2215.5 → 0.1, 30 → 10."""
    if "e" in digits:
        return 10.0 ** int(digits.partition("e")[2])
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    if fraction:
        return 10.0 ** -len(fraction)
    stripped = whole.rstrip("0")
    return 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0


# --- facts as rows: stored beside their claims, read back without the article ------------

@dataclass(frozen=True, slots=True)
class ClaimValues:
    """A claim read back from a stored fact: what the finder reads of it, nothing more."""

    id: int
    start: int
    end: int
    text: str
    value: float
    value_high: float | None
    unit: str | None
    qualifier: str
    kind: str
    metric: str | None
    entity: str | None
    period: str | None


_CLAIM_FIELDS = ClaimValues.__slots__
_PAIR = re.compile("..", re.S)
_PAIR_SETS = ("subject", "metric_pairs", "words", "before", "after_words")


def _lexicon_digest() -> str:
    """The lexicon's lists, hashed in a stable order (a set's own order varies by run)."""
    def plain(value: object) -> object:
        if isinstance(value, re.Pattern):
            return value.pattern
        if isinstance(value, (set, frozenset)):
            return sorted(map(plain, value), key=repr)
        if isinstance(value, dict):
            return sorted(((plain(k), plain(v)) for k, v in value.items()), key=repr)
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value
    lists = sorted((name, repr(plain(value))) for name, value in vars(lexicon).items()
                   if name.isupper())
    return hashlib.sha256(repr(lists).encode()).hexdigest()[:12]


FACTS_VERSION = f"{FINDER}/{_lexicon_digest()}"


# to_row's keys, in Fact's order, and where each is read: a claim's and a when's
# fields flattened (claim_start, when_year)
_READ_AS = [(key, path) for name in Fact.__slots__
            for key, path in ([(f"claim_{f}", f"claim.{f}") for f in _CLAIM_FIELDS if f != "id"]
                              if name == "claim" else
                              [(f"when_{f}", f"when.{f}") for f in When.__slots__]
                              if name == "when" else [(name, name)])]
ROW_FIELDS = tuple(key for key, _ in _READ_AS)
_READ = operator.attrgetter(*(path for _, path in _READ_AS))  # every value in one call
_PAIR_AT = [ROW_FIELDS.index(name) for name in _PAIR_SETS]
_NEARBY_AT = ROW_FIELDS.index("nearby")


def to_row(fact: Fact) -> dict[str, Any]:
    """A fact as a flat row of plain values (JSON-ready). Character-pair sets are written
    as one string: every pair is two characters, so the string splits back unambiguously.
    ``nearby`` is read only for an owner taken from the article (judge._entity): it is
    left out of other rows, a third of a row's bytes."""
    return dict(zip(ROW_FIELDS, row_values(fact)))


def row_values(fact: Fact) -> list[Any]:
    """``to_row``'s values alone, in ROW_FIELDS order."""
    values = list(_READ(fact))
    for i in _PAIR_AT:
        values[i] = "".join(sorted(values[i]))
    if not fact.entity or fact.entity_stated:
        values[_NEARBY_AT] = ""
    return values


@functools.lru_cache(maxsize=1 << 16)
def _pair_set(pairs: str) -> frozenset[str]:
    """A pair set written as one string, split back two by two; one set for one string
    (a phrase's pairs recur in fact after fact)."""
    return frozenset(map(sys.intern, _PAIR.findall(pairs)))


def from_row(row: dict[str, Any]) -> Fact:
    """The fact ``to_row`` wrote."""
    return from_values([row[key] for key in ROW_FIELDS])


# from_values reads a row's values by place: a Fact's own fields, its claim's, its when's
_SCALARS = tuple(name for name in Fact.__slots__ if name not in ("claim", "when"))
_SCALARS_OF = operator.itemgetter(*map(ROW_FIELDS.index, _SCALARS))
_CLAIM_OF = operator.itemgetter(*map(ROW_FIELDS.index, (
    "claim_id", *(f"claim_{f}" for f in _CLAIM_FIELDS[1:]))))
_WHEN_OF = operator.itemgetter(*(ROW_FIELDS.index(f"when_{f}") for f in When.__slots__))


def from_values(values: Sequence[Any]) -> Fact:
    """The fact ``row_values`` gave: ``from_row`` without the names to look up (a full
    run reads a million stored facts)."""
    fields = dict(zip(_SCALARS, _SCALARS_OF(values)))
    for name in _PAIR_SETS:
        fields[name] = _pair_set(fields[name])
    year, part, edition, assumed = _WHEN_OF(values)
    return Fact(claim=ClaimValues(*_CLAIM_OF(values)), when=When(year, part, edition, bool(assumed)),
                **fields)


def by_line(facts: Sequence[Fact], text: str) -> dict[int, list[Fact]]:
    """Facts by the start of the line each stands on (a long line is read once, not once a fact)."""
    breaks = [at.end() for at in re.finditer("\n", text)]
    lines: dict[int, list[Fact]] = {}
    for fact in facts:
        at = bisect.bisect_right(breaks, fact.claim.start)
        lines.setdefault(breaks[at - 1] if at else 0, []).append(fact)
    return lines
