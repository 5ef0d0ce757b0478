"""Arithmetic inside one article: a share against its part and total, a change against
the two levels it joins (levels.py), an average against its total and count, parts of one
whole past their total, shares past 100%. Only
additive quantities of one whole are summed: never thresholds, age bands, maxima,
averages or one station's figure against a count of stations."""

from __future__ import annotations

import calendar
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations, pairwise

from annotator import lexicon
from annotator import words as words_of
from annotator.context import ROW_MAX, table_cell_words, told_next_line
from annotator.linking import (
    areas,
    cards,
    charges,
    columns,
    compositions,
    conversions,
    dated,
    equations,
    interest,
    items,
    judge,
    labelled,
    levels,
    limits,
    periodic,
    periods,
    price_lists,
    reckoning,
    rows,
    stocks,
    units,
)
from annotator.linking.conversions import MONTHS_A_YEAR
from annotator.linking.facts import BOUNDS, CLAUSE_STOP, Fact, clause_before, grams, precision
from annotator.linking.suggestion import Suggestion, make
from annotator.numbers import parse_number

# Shares of one whole say so (分别占, 比重, 份额); rates listed together (达标率分别为
# 96.8%、98.1%) are of different wholes.
_PARTS_OF_WHOLE = re.compile("占|比重|份额|构成")
_DIGIT = re.compile("[0-9０-９]")
_DIGITS = re.compile("[0-9０-９]+|[零一二三四五六七八九十百千两]+")  # 每5名…有1名: the two counts
_HALVES = lexicon.COMPLEMENTS + tuple((other, one) for one, other in lexicon.COMPLEMENTS)  # either order
_SHARE_TOLD = re.compile(f"[%％]|(?<=[0-9０-９一二三四五六七八九十两半])成(?!{lexicon.WORD_AFTER_TENTHS.pattern})")  # a share told before in the sentence (not 构成)
_LIST_END = re.compile("[。！？!?\n]")  # a list of items runs on past ；
REACH = 120  # characters around a figure where the figures of its sum or share stand
TOTAL_NEXT = 10  # characters from a total to the 其中 opening its parts, told right after it
SLIP_PAST = 10  # how many times a total its parts may make, and it be a slip (a digit, a scale word)
SUM_REACH = 15  # 分别为A、B和C，地区生产总值合计T: the sum this close after the list
SUM_RIGHT_AFTER = 4  # 刑事案件A件、公益诉讼案件B件，合计T件: a sum this close sums the list
ACT_AFTER_READ = 16  # 11788名完成HPV疫苗全程接种: an act told this far after its count
ONE_IN_SLACK = 0.6  # 每4名…有1名 for one in 3.85: one in so many rounded to a whole, and a little
PARALLEL_ITEM = 10  # 服装公司实现利润B: an item's words this long, laid out as the one before
ENDING_ITEM = 16  # … or this long, closing on the same act (机关干部职工和市民个人捐款B)
LIST_LEAD = 16  # 分别占全县规上工业营收的28.4%: 分别 this close before a list's first figure
STATED = ("exact", "about")  # figures an average is checked by; a bound (近, 超) only clears it
NEAR_MISS = 0.025  # 人均 over the year's mean population strays this far from over its end
RECAP_REACH = 400  # 上述…合计 sums the figures listed this close before it, at most
RECAP_NAMES = 16  # 甲、乙、丙三类合计: the items a recap names stand this close before its count
BLOCK_LINES = 2  # lines right above a figure's own an each's count may stand on
WHOLE_REACH = 400  # a share's part may be of a whole of the same thing this close before it
NAMED_WHOLE_REACH = 1500  # … and of a whole named by its words this close either side
SHARE_PHRASE = 40  # 占《投资昌都机会清单》73个项目近140亿元总投资的一半: how long a 占 phrase runs
TOLD_NAME = 4  # 合同总价款: a whole's name this long, told right before a figure, is that figure's
HALVES_READ = 6  # figures after a half read for its other half and their whole (others of other units between)
NAMED_AFTER = 10  # 72家规上食品企业: the noun an average's count counts, this close after it
# 120所学校, 渡口6个: the noun a 每's count counts, this close either side of it (read any
# wider, another count of the sentence is taken for the one each is of)
EACH_NAMED = 4
COUNTED_AFTER = 3  # 12个小组: the noun a count's measure word counts, this close after it
NAMED_ACT = 4  # 累计服务15小时: how long the act a total names, after its sum word, may be
WORKED_REACH, RESULT_REACH = 400, 60  # a worked sum's figures told above it; its result after it
COUNTED_NOUN = 2  # … its first characters, named again where a count is read a sentence on
_ASIDE = re.compile("[（(][^（()）]*[）)]")  # a note in brackets
_ASIDE_CLOSED = re.compile("[）)]")  # … closed
_BRACKETED = re.compile("[（(]其中[^（()）]*[）)]")  # (服务业A（其中电商B）: a part of an item, aside)
_OWN = re.compile("[、，,]")  # an item's own words: past the list's last mark
_CHINESE = re.compile("[\u4e00-\u9fff]{2}")  # two characters of a noun (no figure, no mark)
OPENING = 12  # 其中 this close before a sentence's first figure may open it (其中，小学…; 分行业看，)
BREAKDOWN_READ = 120  # … read this far back for whether a sentence opened as a breakdown
# 其中A、B、C: three parts leaving out more than a small rest and less than a fifth of
# their total read as the whole split (a list naming less is plainly partial)
SMALL_REST, LEFT_OUT = 0.03, 0.2
REST_AFTER = 3  # 其余 this close after a list's last figure tells the rest
MOST_TAKEN = 3  # 上午发出A，下午又发出B，还剩R: the parts taken before what is left, at most
PERIOD_PARTS = 8  # 一季度…二季度…上半年累计: the figures before a span's that may tile it
SHARE_SLACK = 0.5  # points a share stated exactly may stray from its part over its whole
BOUND_SLACK = 1.0  # … and one told as a bound
SPLIT_SLACK = 1.0  # points shares told in prose that make a whole may miss 100 by, past their rounding
SMALL_SHARE_SLACK = 0.1  # … and no more than this much of itself
OVERLAP_TOLD = 12  # 88人次为两病合并感染: how far after the last part the groups' overlap is told
SHARE_WORD = 4  # 占比达到: how long the words right before a share that say it is one run
ACT_AT_LENGTH = 4  # 机械播种: how long an act its rate names short (机播率) may be told
SPLIT_APART = 15  # 男性占A，女性占B: how far apart the shares of a whole's two halves stand
IN_STEP = 0.05  # how far apart, relatively, shares told of one whole may stray from their parts
WHOLE_NAME_READ = 30  # 主营业务收入由2024年的: how far before an earlier level its name is read
SAMPLE_NAMED = 8  # 有效问卷：860份: how far before a figure a survey's sample is named
PER_BASE_READ = 30  # how far before a rate per so many of the population its words are read
WHOLE_NAME_BEFORE = 16  # how far before a share the words naming its whole are read
AMONG_READ = 16  # 外地游客中，省外游客35万人次: how far before a part the group it is of may open its clause
_SPANS_OF_A_YEAR = {"日": (365, 366), "月": (MONTHS_A_YEAR,)}  # 日均, 月均 of a year's total
MOST_PARTS_COUNTED = 12  # 三处观景点共…：A、B、C: a count of the parts this small, no quantity
COMMON_YEAR, LEAP_YEAR = 2001, 2004  # a February of no year told is either's
NAMESAKE = 2  # 射门 of 射门6次 and 射门21次: the characters a part and a total share to be namesakes
ALL_IN_READ = 300  # characters back from a list an all-in total sums the price it adds to may stand
ASIDE_ITEMS = 3  # 主干道A，其中…P；次干道B…: the figures before a list one of which may be its first item
NAMED_GROWTH = 40  # 悬谜总数较去年的128条增长: how long such a sentence runs to its growth, at most
PREVIOUS_READ = 8  # 较去年的128条: how far before a level the words comparing with it stand
MOST_CHAINED = 12  # rates on the period before chained into a span's: a year's months at most
LISTED_READ = 60  # how far apart two items of a list stand at most, a note in brackets between
SAME_LIST_REACH = 30  # …，占78.0%；中性信息2.58万条，占: the next item of a list of shares this close


def inconsistencies(facts: list[Fact], text: str) -> list[Suggestion]:
    """Each sentence's own arithmetic (a sum or a share spans two sentences only where
    the second opens with 其中; a data card's lines are one sentence)."""
    facts, text = cards.as_prose(facts, text)
    ordered = sorted(facts, key=lambda f: f.claim.start)
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    starts = [f.claim.start for f in ordered]
    headings: set[int] = set()
    for fact in ordered:
        # 【436个】⏎…来电，其中…: a heading figure is the first of the sentence it heads
        heads = _heads(fact, starts, text)
        if heads is not None:
            headings.add(fact.claim_id)
        by_sentence[fact.sentence if heads is None else ordered[heads].sentence].append(fact)
    found: list[Suggestion] = []
    previous: list[Fact] = []
    previous_opened = False  # (the sentence before opened with 其中 or 分…看: a part, no whole)
    # the clauses before this one a semicolon joins to it (A；B；this), and the whole sentence
    # before them (a level's change may be told a clause or a sentence on)
    joined: list[Fact] = []
    last_whole: list[Fact] = []
    sentences = list(by_sentence.values())
    article = _Nearby(ordered)
    for index, members in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else []
        near, before = _Nearby(members), _Nearby(last_whole + joined)
        # (盘亏12套；单价385元，盘亏金额T: the clause a semicolon ends tells the quantity priced)
        clause_before = [f for f in joined if f.sentence == joined[-1].sentence] if joined else []
        start, end = members[0].claim.start, members[-1].claim.end
        openers = list(lexicon.PARTS_OPENER.finditer(text, max(0, start - OPENING), start))
        opening, opener = (openers[-1].start(), openers[-1].group()) if openers else (-1, "")
        # 共有N所。其中，小学A所…: the parts (and their shares) open the sentence after
        # their total's, which they read too
        # (an indented line may open with it: …318.4亿元。⏎　　其中：出口…)
        opens = opening >= 0 and not lexicon.SENTENCE_END.search(text, opening, start) \
            and lexicon.SENTENCE_END.search(lexicon.SCRIPT_MARK_END.sub("", text[max(0, opening - OPENING):opening]
                                                                     .rstrip(" \t\u3000")).rstrip()[-2:]) is not None
        # (分行业看 opens parts of a whole only after a sentence that is no breakdown itself, and
        # its shares are of the parts' own whole: 分方向看，省内A，占67.1%)
        breakdown = opens and opener != "其中"
        opens = opens and not (breakdown and previous_opened)
        opened = _breakdown_opening(text, start)
        with_total = _Nearby(previous + members) if opens and not breakdown else near
        for fact in members:
            if fact.claim.kind == "share" and fact.claim.unit in ("%", "成"):
                # 完成计划的86.0%: its 计划 names what it is of, no goal; 比上年末的30.1%: last
                # year's share, not one of this year's parts; 明年要达到30%以上: a goal, and
                # 低于10%的规定上限 a limit, not what the parts make
                lead = levels.lead(fact, text)
                if lexicon.OF_THE_PLAN.search(lead):
                    found += _of_the_plan(fact, article.between(fact.claim.start - WHOLE_REACH, fact.claim.start), text)
                elif (not fact.target or lexicon.RATE_OF_THE_PLAN.search(lead) or lexicon.PLAN_SHARE_LEAD.search(lead)) \
                        and not lexicon.PREVIOUS_LEVEL.search(
                        text, max(0, fact.claim.start - 8), fact.claim.start) \
                        and not lexicon.LIMIT_AFTER.match(text, fact.claim.end):
                    # (a ratio named by its terms is judged by them alone: 毛利11.47亿元，毛利率
                    # 29.7% is no share of the 营业成本 told before it)
                    judged = levels.share_of_earlier(fact, members, following, text)
                    judged = _named_ratio(fact, _told_above(fact, article, text), text) if judged is None else judged
                    found += judged if judged is not None else (
                        _of_the_level_named(fact, near.between(fact.claim.start - REACH, fact.claim.start), text)
                        or _one_in_so_many(fact, near.between(fact.claim.start - REACH, fact.claim.start), text)
                        or _of_the_plan_told(fact, with_total.between(fact.claim.start - REACH, fact.claim.start), text)
                        or _share_within(fact, members, text)
                        or _item_of_its_list(fact, near.between(fact.claim.start - REACH, fact.claim.start), text)
                        or _share_against_parts(fact, with_total, text, previous + following, article)
                        or _rate_of_its_act(fact, with_total.between(fact.claim.start - REACH, fact.claim.start), text,
                                            _told_above(fact, article, text))
                        or _named_part(fact, article, text)
                        or _terms_named(fact, _block_above(fact, article, text, fact.claim.start), text)
                        or _whole_told_elsewhere(fact, article, text)
                        or _share_beside_rest(fact, article.between(fact.claim.start - REACH, fact.claim.end + REACH), text))
                continue
            # the figures near it only: a table pasted as one sentence stays linear
            around = near.between(fact.claim.start - REACH, fact.claim.end + REACH)
            found += levels.against_levels(
                fact, around, text, before.between(fact.claim.start - REACH, fact.claim.start),
                [f for f in following if f.claim.start <= fact.claim.end + REACH]) \
                or _growth_of_the_named(fact, near, article, text)
            if fact.claim.kind == "amount":
                found += _average_against_total(fact, around, text, _told_above(fact, article, text, fact.sentence)) \
                    or _per_item_against_total(fact, around, text, _block_above(fact, article, text),
                                               [f for f in following if "\n" not in text[fact.claim.end:f.claim.start]]) \
                    or _priced_total(fact, around, text, article, clause_before) \
                    or _month_over_year(fact, near.between(fact.claim.end, fact.claim.end + REACH), text,
                                        near.between(fact.claim.start - REACH, fact.claim.start)) \
                    or _shared_out(fact, near.between(fact.claim.start - REACH, fact.claim.start), text) \
                    or _terms_ratio(fact, _told_above(fact, article, text), text) \
                    or _ratio_of_two(fact, [*before.between(fact.claim.start - REACH, fact.claim.start), *around], text) \
                    or _per_population(fact, article.between(fact.claim.start - WHOLE_REACH, fact.claim.start), text)
        if opens:
            found += _parts_against_total(opening, _Nearby(previous + members), text, across=True, cue_length=len(opener))
        headed = members[0].claim_id in headings  # its total stands on the line before
        for cue in lexicon.PARTS_CUE.finditer(text, start, end):
            found += _parts_against_total(cue.start(), near, text, across=headed)
        # 共收到留言210条：咨询类96条、…: a colon right after a total (or its noun: 捡了86袋
        # 垃圾：) opens its parts, and so do 中 (调研的40家企业中，海运19家、…其余5家) and a
        # bracket listing them (共36人（…、…）)
        for at, fact in enumerate(members):
            if colon := lexicon.COLON_AFTER.match(text, fact.claim.end):
                found += _parts_against_total(colon.end() - 1, near, text, cue_length=1,
                                              count=_parts_counted(members[at - 1] if at else None, fact, text))
            elif among := lexicon.AMONG_AFTER.match(text, fact.claim.end):
                found += _parts_against_total(among.end() - 1, near, text, cue_length=1)
            elif listed := lexicon.PARTS_IN_BRACKETS.match(text, fact.claim.end):
                found += _parts_against_total(listed.end(), near, text, cue_length=0)
            elif (named := lexicon.NOUN_THEN_ITEMS.match(text, fact.claim.end)) \
                    and _bare_items(named.end(), near, text):
                found += _parts_against_total(named.end() - 1, near, text, cue_length=1)
        for split in lexicon.SPLIT_INTO.finditer(text, start, end):
            if "其中" not in text[split.end():end]:  # (一期约20公里，其中…: an item's own parts)
                found += _parts_against_total(split.end() - 1, near, text, cue_length=1,
                                              count=int(parse_number(split.group("count")) or 0))
        previous, previous_opened = members, opened
        joined = [f for f in joined if f.claim.start >= end - REACH] + members  # (as far as is read)
        if not following or text[following[0].sentence - 1] not in "；;":
            last_whole, joined = joined, []
    found += _shares_past_whole(ordered, text)
    found += _shares_out_of_step(ordered, text)
    found += _shares_off_the_told_whole(ordered, text)
    found += _listed_sums(ordered, text)
    found += _listed_averages(ordered, text)
    found += _worked_sums(article, text)
    found += _period_sums(ordered, text)
    found += equations.wrong(ordered, text)
    found += conversions.wrong(ordered, text)
    found += charges.wrong(ordered, text)
    found += price_lists.wrong(ordered, text)
    found += items.wrong(ordered, text)
    found += columns.wrong(ordered, text)
    found += compositions.wrong(ordered, text)
    found += labelled.wrong(ordered, text)
    found += stocks.wrong(ordered, text)
    found += periodic.wrong(ordered, text)
    found += limits.wrong(ordered, text)
    found += interest.wrong(ordered, text)
    found += areas.wrong(ordered, text)
    found += _recap_sums(ordered, text)
    found += _table_sums(ordered, text)
    found += _sector_sums(ordered, text)
    found += _rests(ordered, text)
    found += _halves_after_total(ordered, text)
    found += _halves_before_whole(ordered, text)
    found += _compounded(ordered, text)  # (rates of change compound; _listed_sums leaves them)
    found += _yearly_means(ordered, text)
    found += _per_base(ordered, text)
    found += _made_of_parts(article, text)
    found += _speeds(ordered, text)
    found += reckoning.wrong(ordered, text)
    found += dated.wrong(ordered, text)
    found += rows.wrong(ordered, text)
    # (上半年合计T after 一季度A、二季度B is a listed sum and a period's sum: one finding)
    by_id = {f.claim_id: f for f in ordered}
    return [s for s in {(s.claim_ids, s.code): s for s in found}.values()
            if s.code != "share_vs_parts" or not _given_by_a_whole_told(by_id[s.claim_ids[0]], by_id[s.claim_ids[1]],
                                                                        article, text)]


def _told_above(fact: Fact, article: _Nearby, text: str, end: int | None = None) -> list[Fact]:
    """The figures before one in its paragraph, or in a table its rows above it (up to
    ``end``: an average's count may stand sentences back, 报关单3860票。…单票货值)."""
    # (read no further back than its reach: a text of one endless line costs what prose costs)
    start = fact.claim.start
    floor = max(0, start - WHOLE_REACH)
    line = text.rfind("\n", floor, start)
    in_table = lexicon.TABLE_CELL.search(text, line + 1 if line >= 0 else floor, start) is not None
    while in_table and line > 0:
        above = text.rfind("\n", floor, line)
        if not lexicon.TABLE_CELL.search(text, max(above + 1, floor), line):
            break
        line = above
    return article.between(max(line + 1, floor), start if end is None else end)


def _block_above(fact: Fact, article: _Nearby, text: str, end: int | None = None) -> list[Fact]:
    """The figures before a figure's sentence (or ``end``) in its paragraph, and on the lines
    right above its own with no blank line between (本场设宴24桌。⏎整桌菜品：…⏎每桌标准3880元，
    全场合计T)."""
    start = fact.claim.start
    floor = max(0, start - WHOLE_REACH)
    line = text.rfind("\n", floor, start)
    for _ in range(BLOCK_LINES):
        if line <= floor:
            break
        above = text.rfind("\n", floor, line)
        if not text[above + 1:line].strip():
            break  # (a blank line closes the block)
        line = above
    return article.between(max(line + 1, floor), fact.sentence if end is None else end)


def _breakdown_opening(text: str, start: int) -> bool:
    """Whether the sentence of the figure at ``start`` opens with 其中 or 分…看 (a part's)."""
    opening = levels.opening_words(text, start, BREAKDOWN_READ, _LIST_END)  # (its items part at ；)
    return lexicon.PARTS_OPENER.match(opening.lstrip()) is not None


def _heads(fact: Fact, starts: list[int], text: str) -> int | None:
    """Where the first figure of the line a heading figure (【436个】 alone on its line)
    heads stands among ``starts``, if that line's first sentence states one."""
    told = told_next_line(text, fact.claim.start, fact.claim.end)
    if told is None:
        return None
    first = bisect_left(starts, told)
    if first == len(starts) or lexicon.SENTENCE_END.search(text, told, starts[first]):
        return None
    return first


class _Nearby:
    """One sentence's facts by position: a sum or a share is read from nearby figures
    only, so a table pasted as one endless sentence costs what prose costs."""

    def __init__(self, facts: list[Fact]):
        self.facts = facts
        self.starts = [f.claim.start for f in facts]

    def between(self, low: int, high: int) -> list[Fact]:
        return self.facts[bisect_left(self.starts, low):bisect_left(self.starts, high)]


def _level(fact: Fact) -> bool:
    return fact.claim.kind == "amount" and fact.claim.qualifier in ("exact", "about")


def _part_like(fact: Fact, text: str, shared: bool = False) -> bool:
    """A figure that can be a part of a total: additive, and not a maximum, an average,
    a threshold or a rate (最高, 人均, 超过50毫米的站点, 每千名新生儿); ``shared``: the part a
    share is of, which may be a group past a threshold (60岁以上的1300人，占四成)."""
    start = fact.claim.start
    not_a_part = lexicon.NOT_A_SHARED_PART_BEFORE if shared else lexicon.NOT_A_PART_BEFORE
    return _additive(fact, text) and fact.claim.qualifier in ("exact", "about") \
        and not not_a_part.search(text[max(0, start - 4):start]) \
        and not lexicon.PER_BASE_BEFORE.search(levels.lead(fact, text))


def _additive(fact: Fact, text: str = "") -> bool:
    """Counts, money, weights; and a score's points where its sentence names the full marks
    they make (满分100分：班列开行30分，…) or its words say they were scored (全队得分103分，
    其中两分球得分52分)."""
    return units.additive(fact.claim.unit) or (fact.claim.unit == lexicon.POINTS_UNIT and (
        lexicon.FULL_MARKS.search(fact.sentence_text) is not None
        or (bool(text) and lexicon.POINTS_EARNED_BEFORE.search(levels.lead(fact, text)) is not None)))


def _share_against_parts(share: Fact, near: _Nearby, text: str,
                         neighbours: list[Fact], article: _Nearby) -> list[Suggestion]:
    """``A…占全市的S%…全市共T``: A/T must be S%. The total may stand inside the 占 phrase
    (占清单73个项目近140亿元总投资的一半), or in the sentence before or after when its words
    name the whole the share is of (占全市开行的40%；全市全年开行约5500列)."""
    # (其中农村公路占85.0%；农村公路中硬化路面占96.0%，计2611.2公里: a share within an item a
    # share before names is of that item, whose figure is untold)
    if any(_within_item(f, share, text) for f in article.between(share.claim.start - REACH, share.claim.start)
           if f.claim.unit == share.claim.unit):
        return []
    amounts = [f for f in near.between(share.claim.start - REACH, share.claim.end + REACH)
               if _level(f) and _part_like(f, text, shared=True)]
    # a whole is told before its share, or after it in words that name it (占全市的26.4%，
    # 全市共有2045家; but 占大盘的30.7%，…累计票房11.63亿元 is the part's own total); and
    # it is not the level before
    named_as = _whole_named(share, text)
    # (项目260个以上: a floor is a whole too, its shares at most so much)
    wholes = [f for f in near.between(share.claim.start - REACH, share.claim.end + REACH)
              if f.claim.kind == "amount"
              and units.additive(f.claim.unit) and not _compared(f, text)
              and ((f.claim.end <= share.claim.start  # (占入境口岸旅客比重: not of the 游客总数 before)
                    and (named_as is None or _may_name(named_as.group("whole"), levels.lead(f, text))))
                   or (named_as is not None and _names(named_as.group("whole"), _called(f, text))))]
    # 展会总面积16万平方米…；国际展区面积4.8万平方米，占比40%: a total the clause before the
    # semicolon names as such, for a share that names no whole
    told_before = [f for f in neighbours if share.claim.start - REACH <= f.claim.start < f.claim.end <= share.claim.start
                   and f.claim.kind == "amount" and f.claim.qualifier in ("exact", "about") and not _compared(f, text)
                   and not re.search("[。！？!?\n]", text[f.claim.end:share.claim.start])]
    if named_as is None:
        wholes += [f for f in told_before if "总" in levels.lead(f, text)]
    # 比上年增加369.5万吨 is a change, not the part a share is of, nor 比上年的5270万千瓦时
    # (last year's level); 计划160公里的116.3% a whole
    amounts = [f for f in amounts if not lexicon.INCREASE_BY.search(
        text[max(0, f.claim.start - 8):f.claim.start])
        and not _compared(f, text) and not lexicon.PERCENT_OF_AFTER.match(text, f.claim.end)]
    of = named_as.start() if named_as and not named_as.group().startswith("占") else \
        text.rfind("占", max(0, share.claim.start - SHARE_PHRASE), share.claim.start)
    if lexicon.SENTENCE_END.search(text, max(of, 0), share.claim.start):
        of = -1
    # (居民3126万平方米、公建736万平方米，居民占80.9%，公建占19.1%: a share between a figure
    # and this one is that figure's)
    shares = [f.claim.start for f in near.between(share.claim.start - REACH, share.claim.start)
              if f.claim.unit == share.claim.unit and "占" in levels.lead(f, text)]
    # (累计注册46.7万人（上年末为38.3万人），占…: a figure in brackets closed before the share
    # is an aside, not its part; 16家尚未安装，其余单位均已安装，占…: the rest's share)
    parts = [f for f in amounts if f.claim.end <= share.claim.start and (of < 0 or f.claim.end <= of)
             and (_shared_by(text[f.claim.end:share.claim.start], levels.lead(f, text)) or _apposed(f, share, text))
             and not lexicon.REST_CLAUSE.search(text, f.claim.end, share.claim.start)
             and not any(f.claim.end <= at for at in shares)
             and (not levels.in_brackets(text, f.claim.start) or levels.in_brackets(text, share.claim.start))
             # (项目148个，合同金额1100亿元，占签约总额的: a whole of money has parts of money)
             and (named_as is None or not lexicon.MONEY_WHOLE.search(named_as.group("whole"))
                  or units.dimension(f.claim.unit) == "money")]
    # …占42%，达2655个: the part follows its share
    parts += [f for f in amounts if f.claim.start >= share.claim.end
              and lexicon.PART_AFTER_SHARE.fullmatch(text[share.claim.end:f.claim.start])][:1]
    inside = [f for f in near.between(of, share.claim.start) if f.claim.kind == "amount"
              and units.additive(f.claim.unit)] if of >= 0 else []
    paragraph = text.rfind("\n", 0, share.claim.start)
    earlier = article.between(max(paragraph + 1, share.claim.start - WHOLE_REACH), share.claim.start)
    named = _named_whole(share, neighbours, text, earlier=earlier) or (
        _told_by_name(share, article.between(0, share.claim.start), text, named_as.group("whole"))
        if named_as else [])
    # (支出安排115亿元。其中，…；其他…，其中含预备费…，占支出总额的: a whole named further
    # back may be the one; it clears a share, but may be a part too, and flags none)
    named_before = _named_whole(share, earlier, text)
    # (本次参加学生共412人。…38人，占参加人数的12.5%: one told as a total under that name, 共,
    # is the whole)
    named = named or [f for f in named_before if lexicon.PERIOD_TOTAL.search(levels.lead(f, text))]
    # 其中制造业项目167个、金额1572.8亿元，占全部签约项目的近八成: the last part of a unit
    # with a total (新增6个，累计达四十二个，占…: the share is the last one's, or none's)
    seen: set[str | None] = set()
    for part in reversed(parts):
        if part.claim.unit in seen:
            continue
        seen.add(part.claim.unit)
        # (未成年人81.7万人次，占28.5%；境外观众3.92万人次，约占1.4%: a figure with a share
        # of its own is the part before, of the same untold whole)
        unnamed = [t for t in wholes + told_before if named_as is None and t.claim.end <= part.claim.start
                   and (lexicon.SHARE_OF_UNNAMED.fullmatch(text, part.claim.end, share.claim.start)
                        or _apposed(part, share, text))
                   and not lexicon.OWN_SHARE_AFTER.match(text, t.claim.end)]
        # (外销量中销往省外3.1万吨，占68.9%: of the figure its words name before 中)
        nested_in = _among(part, article.between(0, part.claim.start), text) if named_as is None else None
        if nested_in is not None:
            return _share_of(share, part, [nested_in], text)
        # (a total the very figure of its part is the part told again: 三家景区…占三家景区的;
        # 贡献了七成以上的城镇就业, no 占 before it, is of the 城镇就业, not the 地区生产总值
        # told before)
        after = lexicon.WHOLE_AFTER_SHARE.match(text, share.claim.end) \
            if named_as is None and not lexicon.BARE_SHARE.search(levels.lead(share, text)) else None
        totals = [t for t in wholes + inside + named + [u for u in unnamed if u not in wholes] if t.value != part.value
                  and (after is None or lexicon.NOT_A_WHOLE_AFTER.match(after["whole"])
                       or _may_name(after["whole"], _called(t, text)))
                  and (units.same(t.claim.unit, part.claim.unit) or _opens_its_count(t, part, share, near, text))
                  and t.value and t.high > part.low and not _items_of_one_list(t, part, text)
                  and (named_as is None or t in inside or t in named or _may_name(named_as.group("whole"), _called(t, text)))
                  and (
                      t in inside or t in named or t in unnamed
                      or lexicon.TOTAL_BEFORE.search(text[max(0, t.claim.start - 8):t.claim.start])
                      or lexicon.AMONG_AFTER.match(text, t.claim.end)  # 参与的2360人里，…1180人，约占
                      or lexicon.GROUP_THEN_PART.fullmatch(text, t.claim.end, part.claim.start)
                      or ("其中" in text[t.claim.end:part.claim.start]  # 156个，其中…94个，
                          and ("总" in text[part.claim.end:share.claim.start]  # 占项目总数的
                               or (named_as is None and _whole_of_its_list(t, part, text))
                               # 净值12.6亿元，其中…，占净值的: the whole its words name
                               or (named_as is not None and _names(named_as.group("whole"), _called(t, text))))))]
        if totals:
            # of several wholes the text gives (户籍 and 常住人口, a sector and its bracket's
            # 其中), the share may be of any: an alarm needs all to disagree
            # (常住人口 two sentences before 户籍人口…其中: a whole of the same thing told
            # earlier in its paragraph)
            told = [f for f in article.between(max(paragraph + 1, part.claim.start - WHOLE_REACH), part.claim.start)
                    if _alike(levels.lead(f, text), levels.lead(part, text))]
            others = [t for t in near.facts + neighbours + told + named_before
                      if t is not part and _level(t) and t.claim.unit == part.claim.unit and t.value > part.value
                      and not periods.stated_apart(t.when, share.when)  # (last year's is no whole of this year's)
                      # (较上年同期的9.8亿元 is last year's level, 28.2亿元，占… a part: no whole,
                      # unless its parts follow)
                      and not _compared(t, text) and (not lexicon.OWN_SHARE_AFTER.match(text, t.claim.end)
                                                      or _opens_its_parts(t, part, article, text))
                      # (…，其中工业文物45件、…。图录选登60件，其中18件…，占四成: another
                      # sentence's part is no whole of this one's)
                      and not (_LIST_END.search(text, t.claim.end, share.claim.start) and levels.a_part(t, text))]
            # (执业医师851人；医师中女性417人，占医师总数的: a whole the share names is none other)
            if named_as is not None:
                # (its whole clause: 开展安全生产标准化建设的有 is longer than a lead)
                others = [t for t in others
                          if _may_name(named_as.group("whole"), levels.clause_before(t, text) + t.after)]
            # 在受访的80家企业中，…31家，占比: a whole its words single out is the one
            # (… unless the share names its whole itself: 占已开展企业的, of those that did)
            among = [t for t in totals if lexicon.AMONG_AFTER.match(text, t.claim.end)] if named_as is None else []
            # (出口500亿元，进口300亿元，占比37.5%: an unnamed whole may be the two together,
            # unless the first is named a whole, 进出口总额, or the part one of its 其中, or
            # told as a group of it: 在校生2400人，获得奖助学金的有950人，占比约三成)
            together = [replace(t, value=t.value + part.value, low=t.low + part.low, high=t.high + part.high)
                        for t in totals if t in unnamed and "其中" not in text[t.claim.end:part.claim.start]
                        and not lexicon.PART_COUNT_LEAD.search(levels.lead(part, text))
                        and "总" not in (lead := levels.lead(t, text)) and not lexicon.SUM_BEFORE.search(lead)]
            together += _list_before(part, totals, text)
            return _share_of(share, part, among or totals + others + together, text)
    return _share_of_listed(share, near, text) if named_as is None else []


def _share_within(share: Fact, sentence: list[Fact], text: str) -> list[Suggestion]:
    """``线上渠道收入4.86亿元，在营业收入38.2亿元中占12.7%``: the figure right before 在 is the
    part, the one inside 在…中 its whole, of one unit."""
    before = [f for f in sentence if f.claim.end <= share.claim.start]
    if len(before) < 2:
        return []
    part, whole = before[-2:]
    if not lexicon.SHARE_WITHIN_WHOLE.fullmatch(text, whole.claim.end, share.claim.start) \
            or not lexicon.WHOLE_WITHIN_OPENS.search(text, part.claim.end, whole.claim.start) \
            or text[part.claim.end:whole.claim.start].count("在") != 1 \
            or not units.same(part.claim.unit, whole.claim.unit) or {part.claim.kind, whole.claim.kind} != {"amount"}:
        return []
    return _share_of(share, part, [whole], text)


def _one_in_so_many(share: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``劳动者13.1万人，其中网约配送员2.03万人，每5名劳动者中就有1名是网约配送员``: one in so
    many is the part the words after it name over the whole those inside it name, the so
    many rounded to a whole (1 in 3.85 is 每4名)."""
    told = lexicon.ONE_IN_NOUN.match(share.claim.text)
    counts = _DIGITS.findall(share.claim.text)
    if told is None or len(counts) != 2 or share.claim.qualifier != "exact":
        return []
    many, one = (parse_number(c) or 0.0 for c in counts)
    # (…就有1名是网约配送员: the part; …有1名60岁以上老人: the part's words, a time or an age)
    part_words = CLAUSE_STOP.split(text[share.claim.end:share.claim.end + NAMED_AFTER])[0].removeprefix("是")
    alike = [f for f in before if _level(f) and f.claim.qualifier == "exact" and f.value]
    parts = [f for f in alike if len(part_words) >= 2 and part_words[:2] in levels.lead(f, text)]
    wholes = [f for f in alike if told["noun"][:2] in levels.lead(f, text) and f not in parts]
    # (…老年人口48.6万，占全市常住人口228.2万的21.3%，相当于每4个人中就有1个老人: the only two
    # levels of one unit in its sentence, the less a part of the more)
    # (in the measure word the one in so many counts by, persons however counted, or told
    # bare: 每四台…一台 is no count of 个)
    measure = _DIGITS.split(share.claim.text, maxsplit=1)[-1][:1]
    two = [f for f in alike if f.sentence == share.sentence
           and (f.claim.unit is None or units.same(f.claim.unit, measure)
                or (measure in lexicon.PERSON_COUNTS and f.claim.unit in {*lexicon.PERSON_COUNTS, "人次"}))]
    if (not parts or not wholes) and len(two) == 2 and units.same(two[0].claim.unit, two[1].claim.unit):
        parts, wholes = [min(two, key=lambda f: f.value)], [max(two, key=lambda f: f.value)]
    if not parts or not wholes or not units.same(parts[-1].claim.unit, wholes[-1].claim.unit):
        return []
    part, whole = parts[-1], wholes[-1]
    if abs(whole.value / part.value * one - many) <= ONE_IN_SLACK:
        return []
    return [make("inconsistent", (share, part, whole), 0.9, "share_vs_parts", a=share.claim.text,
                 part=part.claim.text, total=whole.claim.text, actual=f"{part.value / whole.value * 100:.1f}%")]


def _of_the_level_named(share: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``成本53元，仅为传统方法216元的四分之一``, ``…22.4千瓦时，仅为普通住宅（113.3千瓦时）的
    20%``: a level told as a share of the level right before the share, which its clause
    names after 为, 是 or 相当于 (not 占: a part's)."""
    levels_told = [f for f in before if f.claim.end <= share.claim.start and _level(f) and f.claim.unit]
    # (一半, 半数: told as roughly as speech has it)
    if len(levels_told) < 2 or not lexicon.SHARE_WRITTEN.search(share.claim.text) \
            or not lexicon.OF_THIS_LEVEL.fullmatch(text, levels_told[-1].claim.end, share.claim.start):
        return []
    level, base = levels_told[-2:]
    if not units.same(level.claim.unit, base.claim.unit) or not base.value \
            or not lexicon.LEVEL_AS_SHARE.fullmatch(text, level.claim.end, base.claim.start):
        return []
    return _share_of(share, level, [base], text)


def _share_of_listed(share: Fact, near: _Nearby, text: str) -> list[Suggestion]:
    """``国产设备99台、进口设备260台，国产设备占比38.1%``: a share whose words name one item of
    the list right before it, no whole told, is of the items together."""
    listed = _items_listed(share, near, text)
    if listed is None:
        return _share_done(share, near, text)
    part, items = listed
    return _share_of(share, part, [_summed(items)], text, whole_said="（" + "+".join(f.claim.text for f in items) + "）")


def _share_done(share: Fact, near: _Nearby, text: str) -> list[Suggestion]:
    """``排查桥梁286座，已完成改造97座，已改造的占33.9%``: a share whose words name what is
    done of the figure before, the two alone in its sentence, is the done over that figure."""
    named = lexicon.SHARE_OF_ITEM.search(levels.lead(share, text))
    items = [f for f in near.between(_sentence_start(share, text), share.claim.start) if _level(f)]
    if named is None or len(items) != 2 or not units.same(items[0].claim.unit, items[1].claim.unit) \
            or {f.claim.qualifier for f in items} - set(STATED):
        return []
    whole, part = items
    done = _own_words(part, text)
    if not lexicon.DONE_OF_THE_FIRST.match(done) or not set(grams(done[1:])) & set(grams(named["item"])):
        return []
    return _share_of(share, part, [whole], text)


def _items_listed(share: Fact, near: _Nearby, text: str) -> tuple[Fact, list[Fact]] | None:
    """The item a share's words name and the list right before it in its sentence, each
    item in its own words (a time named by an item after the first makes a series, 2023年…、
    2024年…, not a list; one at the first is the sentence's: 今年购全价票的…，购半价票的…)."""
    named = lexicon.SHARE_OF_ITEM.search(levels.lead(share, text))
    start = _sentence_start(share, text)
    items = [f for f in near.between(start, share.claim.start) if _level(f) and f.claim.qualifier in STATED]
    if named is None or len(items) < 2 or any(not units.same(f.claim.unit, items[0].claim.unit) for f in items) \
            or not all(re.fullmatch("[、，,][^，,。；;0-9]{0,8}", between := text[a.claim.end:b.claim.start])
                       and not lexicon.PARTS_OPENER.search(between) for a, b in pairwise(items)) \
            or any(lexicon.TOTAL_BEFORE.search(levels.lead(f, text)) for f in items):
        return None
    names = [_own_words(f, text) for f in items]
    part = [f for f, name in zip(items, names, strict=True) if named["item"][:2] in name]
    # (排查桥梁286座，已完成改造97座: what is done of the first, no item beside it)
    if len(part) != 1 or len(set(names)) != len(names) or any(lexicon.TIME_WORD.search(n) for n in names[1:]) \
            or any(lexicon.DONE_OF_THE_FIRST.match(n) for n in names[1:]) \
            or lexicon.TIME_WORD.search(lexicon.LEADING_TIME.sub("", names[0])):
        return None
    return part[0], items


def _summed(items: list[Fact]) -> Fact:
    """Items as one figure, their sum."""
    return replace(items[-1], value=sum(f.value for f in items), low=sum(f.low for f in items),
                   high=sum(f.high for f in items))


def _list_before(part: Fact, totals: list[Fact], text: str) -> list[Fact]:
    """首次申请的学生5120名，续贷学生8680名。其中脱贫家庭学生4347名: a 其中 after a list of
    items opens the parts of them all, whose sum is then a whole (as one figure)."""
    items = [t for t in totals if "其中" in text[t.claim.end:part.claim.start]]
    if len(items) < 2 or not all(_listed_together(a, b, text) or _next_item(a, text[a.claim.end:b.claim.start], text)
                                 for a, b in pairwise(items)):
        return []
    return [_summed(items)]


def _opens_its_count(whole: Fact, part: Fact, share: Fact, near: _Nearby, text: str) -> bool:
    """回收有效问卷312份，其中制造业企业186家: a count its 其中 opens right after it counts the
    things its parts do, in whatever measure word (a questionnaire a firm), unless a part
    in its own word comes before the share (参展企业1426家，其中境外企业186家，来自23个国家)."""
    return whole.claim.unit in lexicon.MEASURE_WORDS and part.claim.unit in lexicon.MEASURE_WORDS \
        and lexicon.PARTS_OPENED_AFTER.match(text, whole.claim.end) is not None \
        and not any(f.claim.unit == whole.claim.unit for f in near.between(whole.claim.end, share.claim.start))


def _opens_its_parts(whole: Fact, part: Fact, article: _Nearby, text: str) -> bool:
    """老年人11.8万人，占22.7%，其中80岁以上老人2.1万人: a 其中 after a figure's own share
    opens that figure's parts, where no other figure of the part's unit stands between."""
    return "其中" in text[whole.claim.end:part.claim.start] and not any(
        f.claim.unit == part.claim.unit for f in article.between(whole.claim.end, part.claim.start))


def _rate_of_its_act(rate: Fact, sentence: list[Fact], text: str, above: Sequence[Fact] = ()) -> list[Suggestion]:
    """``收到建议1320件，采纳1042件，采纳率78.9%``: a rate named by an act is the count of
    that act (its verb before it) over the count just before in the unit (``sentence``:
    the figures just before the rate in its sentence), or else over a total told in the
    unit earlier in its paragraph (``above``: 共悬谜160条。…猜中104条，猜中率约75%)."""
    named = lexicon.ACT_RATE.search(levels.lead(rate, text))
    if named is None:
        return []
    if named.group("act") == "命中" and (shots := _shots(rate, sentence, text)):
        return shots
    # (…2417名完成接种，上年接种率为74.8%: last year's rate, of counts untold)
    if lexicon.LAST_YEAR.match(CLAUSE_STOP.split(levels.lead(rate, text))[-1]):
        return []
    # (10秒接听率: a figure in the rate's own name is none of its counts)
    before = [f for f in sentence if f.claim.end <= rate.claim.start and _level(f)
              and f.claim.qualifier == "exact" and not _compared(f, text)
              and CLAUSE_STOP.search(text, f.claim.end, rate.claim.start)]
    # the item's own words name the act (表示满意的), not a part or the opposite of it
    # (部分属实, 不实)
    act = named.group("act")
    verbs = (act, *lexicon.ACT_VERBS.get(act, ()))

    def done(f: Fact) -> bool:
        said = _own_words(f, text).removesuffix("有").removesuffix("的")  # (排查的有1092户)
        own = lexicon.ACT_FINISHED.sub("", said)
        if verb := next((v for v in verbs if own.endswith(v)), None):
            # (未通过1.12万人次: the act not done, no count of it)
            return not lexicon.ACT_QUALIFIED.search(own[:-len(verb)]) and not own[:-len(verb)].endswith(lexicon.NOT_DONE)
        # (应种A，实种B，接种率; 应到课A，实到B，到课率; 其中机械播种B，机播率: the act told
        # short, or at length)
        if own.endswith((f"实{act[-1]}", f"已{act[-1]}", f"实{act[0]}")) or _abbreviated(act, own[-ACT_AT_LENGTH:]):
            return not lexicon.ACT_QUALIFIED.search(own)
        # (配备急救设备的学校386所: the act in a clause naming the item)
        if (named_by := re.search(f"(?:{'|'.join(map(re.escape, verbs))})[^的]{{0,8}}的[\u4e00-\u9fff]{{1,4}}$", said)) \
                and not said[:named_by.start()].endswith(lexicon.NOT_DONE):
            return not lexicon.GROUP_BEFORE_PART.match(text, f.claim.end)
        # (回收有效问卷180份, 189人晋级复赛: the act before its object, or right after the count)
        # (截至8月底已落实毕业去向12033人: the act after 已, anywhere in the item's words)
        # (1820名被录取: the act told passive)
        return (own.startswith(verbs) or lexicon.DONE_ALREADY.sub("", f.after, count=1).removeprefix("被").startswith(verbs)
                or re.search(f"(?:{lexicon.ALREADY})(?:{'|'.join(map(re.escape, verbs))})", said) is not None
                or re.match(f"{lexicon.ACT_DONE_AFTER}(?:{'|'.join(map(re.escape, verbs))})",
                            _DIGIT.sub("#", text[f.claim.end:f.claim.end + ACT_AFTER_READ])) is not None) \
            and not lexicon.GROUP_BEFORE_PART.match(text, f.claim.end)

    acts = [f for f in before if done(f)]
    # (满意的650人，基本满意的190人，满意率（含基本满意）: the count the rate takes in too)
    if acts and (also := lexicon.RATE_ALSO.search(text, acts[-1].claim.end, rate.claim.end)):
        acts += [f for f in before if f not in acts and f.claim.start > acts[-1].claim.end
                 and also["also"] in _own_words(f, text) and units.same(f.claim.unit, acts[-1].claim.unit)]
        together = replace(acts[-1], value=sum(f.value for f in acts), low=sum(f.low for f in acts),
                           high=sum(f.high for f in acts))
        wholes = [f for f in before if f.claim.end <= acts[0].claim.start and units.same(f.claim.unit, acts[0].claim.unit)
                  and f.value > together.value]
        return _share_of(rate, together, wholes[-1:], text, f"({'+'.join(f.claim.text for f in acts)})") if wholes else []
    if not acts and before and lexicon.DONE_SET.fullmatch(_own_words(before[-1], text)) \
            and not lexicon.ACT_QUALIFIED.search(_own_words(before[-1], text)):
        acts = before[-1:]  # (已开展垃圾分类的1043个，覆盖率: the set done, right before the rate)
    # (接种疫苗4800人，其中接种第二剂4500人，接种率: a 其中 after the act's count is a part of it)
    if len(acts) >= 2 and lexicon.PARTS_OPENER.match(CLAUSE_STOP.split(levels.lead(acts[-1], text))[-1]):
        acts = acts[:-1]
    # (回收1511份，有效问卷1305份，有效回收率: a rate of a kind the act's count is not told of)
    kind = lexicon.RATE_QUALIFIER.search(levels.lead(rate, text), 0, named.start())
    if kind and not any(kind.group() in levels.lead(f, text) for f in acts):
        return []
    # (抽检3640组，其中不合格182组，合格率: the act's count is what the not-done leave)
    # (939人参考，204人未通过，通过率: or after its count)
    undone = [f for f in before if re.split("[、，,0-9]", levels.lead(f, text))[-1].removesuffix("的")
              .endswith(tuple(no + act for no in lexicon.NOT_DONE))
              or re.match(f"{lexicon.NOT_DONE_AFTER.pattern}(?:{'|'.join(map(re.escape, verbs))})", f.after)]
    if not acts and len(undone) == 1 and (wholes := [f for f in before if f.claim.end <= undone[0].claim.start
                                                       and units.same(f.claim.unit, undone[0].claim.unit)]):
        whole = wholes[-1]
        if whole.value > undone[0].value:
            rest = replace(undone[0], value=whole.value - undone[0].value, low=whole.low - undone[0].high,
                           high=whole.high - undone[0].low)
            return _share_of(rate, rest, [whole], text, f"({whole.claim.text}−{undone[0].claim.text})")
    if not acts:
        return _done_of_due(rate, before, text)
    part = acts[-1]
    # (治愈1142人，治愈率88.8%；其中重度患者214人，治愈率为71.0%: a group a 其中 opens after
    # the act's count is the rate's, its count told or not: 其中初中学生合格率88.7%)
    if "其中" in text[part.claim.end:rate.claim.start]:
        return []
    # 计划招生3.52万人，实际录取3.49万人，录取率59.6%: a plan is no whole of what was done;
    # 签约居民1.58万人…其中65岁及以上老年人签约5438人，签约率79.5%: a count of the act itself
    # is the whole of a group's count, not of its rate (of the group's number, untold)
    # (筛查2.31万人，应筛查2.64万人，筛查率: what was due may be told after what was done)
    # (按起跑人数计，完赛率: the whole the text names, in the act's unit)
    if basis := lexicon.RECKONED_BY.search(text, part.claim.end, rate.claim.start):
        named_whole = [f for f in (*above, *before) if f.claim.end <= part.claim.start and f is not part
                       and units.same(f.claim.unit, part.claim.unit) and basis["basis"] in _own_words(f, text)]
        return _share_of(rate, part, named_whole[-1:], text) if named_whole else []
    # (学校386所，全市中小学共512所: a total may follow the act's count)
    due = re.compile(f"应[\u4e00-\u9fff]{{0,3}}{re.escape(act)}")  # (应参保人数, 应参加体检的: its due)
    wholes = [f for f in before if (f.claim.end <= part.claim.start or due.search(levels.lead(f, text))
                                    or lexicon.TOTAL_TOLD.search(levels.lead(f, text)))
              and f is not part and units.same(f.claim.unit, part.claim.unit)
              and (_planned(part, text) or not _planned(f, text) or act in lexicon.PLANNED_ACTS)
              and (act not in (words := levels.lead(f, text)) or due.search(words))]
    if not wholes and sentence:  # (the last total told before, in the act's unit: 共2.6万个名额 is no
        # whole of 实际参赛2.47万人 beside an earlier 共有6.8万人报名)
        totals = [f for f in above if f.claim.end <= sentence[0].claim.start and _level(f)
                  and f.claim.qualifier == "exact" and lexicon.TOTAL_TOLD.search(levels.lead(f, text))]
        wholes = totals[-1:] if totals and units.same(totals[-1].claim.unit, part.claim.unit) else []
    # (在册学生420人，其中36人因集训缺考，及格300人: the absent are no part of the whole sat)
    absent = [f for f in wholes if lexicon.ABSENT_AFTER.match(text, f.claim.end)]
    if absent and (present := [f for f in wholes if f not in absent and f.claim.end <= absent[0].claim.start]):
        whole = present[-1]
        sat = replace(whole, value=whole.value - absent[0].value, low=whole.low - absent[0].high,
                      high=whole.high - absent[0].low)
        return _share_of(rate, part, [sat], text, whole_said=f"({whole.claim.text}−{absent[0].claim.text})") \
            if sat.value > part.value else []
    # (新受理2148件，加上上年结转的326件，共办结2287件: what was carried over adds to the whole)
    if len(wholes) >= 2 and lexicon.CARRIED_OVER.search(levels.lead(wholes[-1], text)):
        new, carried = wholes[-2:]
        wholes = [replace(new, value=new.value + carried.value, low=new.low + carried.low, high=new.high + carried.high)]
        return _share_of(rate, part, wholes, text, whole_said=f"({new.claim.text}+{carried.claim.text})") \
            if wholes[0].value > part.value else []
    if not wholes or wholes[-1].value <= part.value:
        return []
    if len(acts) >= 2:  # (首次检查合格712家，…复查合格118家，最终合格率: the acts' counts together)
        together = replace(part, value=sum(f.value for f in acts), low=sum(f.low for f in acts),
                           high=sum(f.high for f in acts))
        if together.value <= wholes[-1].value and not _share_of(rate, together, wholes[-1:], text):
            return []
    return _share_of(rate, part, wholes[-1:], text)


def _shots(rate: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``三分球20投7中，三分命中率40%``: a rate of makes is the makes over the attempts
    written right before them (16罚12中, 64投命中30中)."""
    told = [f for f in before if f.claim.end <= rate.claim.start]
    if len(told) < 2 or told[-1].claim.unit != "中" or told[-2].claim.unit not in lexicon.SHOTS_TRIED:
        return []
    tried, made = told[-2:]
    joined = lexicon.SHOT_AFTER.match(text, tried.claim.end)
    # (72投33中（三分球32投11中），投篮命中率: an aside's shots are another rate's)
    aside = _ASIDE_CLOSED.search(text, made.claim.end, rate.claim.start)
    return _share_of(rate, made, [tried], text) if joined and joined.end() == made.claim.end and not aside else []


def _done_of_due(rate: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``应参加医保的有1860人，已经缴费的1674人，参保率T``: a rate whose counts do not name
    its act is of the one count told done (实际, 已) over the one told due before it, in its
    unit (应, 计划, 登记; 416个行政村中; 主体结构共18层，已完成12层，进度)."""
    done = [f for f in before if lexicon.DONE_MARK.search(_own_words(f, text))]
    if len(done) != 1:
        return []
    # (a total told is what there is to do only for progress: 共有房源A，已出租B，空置率 is the rest's)
    progress = lexicon.RATE_OF_THE_PLAN.search(levels.lead(rate, text)) is not None
    due = [f for f in before if f.claim.end <= done[0].claim.start and units.same(f.claim.unit, done[0].claim.unit)
           and (lexicon.DUE_MARK.search(_own_words(f, text)) or lexicon.AMONG_AFTER.match(text, f.claim.end)
                or (progress and lexicon.TOTAL_TOLD.search(levels.lead(f, text))))]
    if len(due) != 1 or due[0].value <= done[0].value:
        return []
    return _share_of(rate, done[0], due, text)


def _abbreviated(act: str, words: str) -> bool:
    """机播 for 机械播种: each character of the short act in the words, in order, the first
    opening them."""
    return words.startswith(act[0]) and act[1] in words[2:] and act not in words


def _named_ratio(rate: Fact, before: list[Fact], text: str) -> list[Suggestion] | None:
    """``年营业收入约6.3亿元；年利润总额7560万元，销售利润率15%``: a ratio named by its terms
    (lexicon.NAMED_RATIOS) is its part's figure over its whole's, told ``before`` it of its
    time (in a table, in its column); flagged when no such pair gives it, and judged by
    nothing else (营业利润率 is no share of the 净利润 told before it). None when the rate
    is no such ratio of the whole's."""
    name = _name(rate, text)
    found_as = next(((terms, named) for terms in lexicon.NAMED_RATIOS
                     if (named := re.search(f"(?:{terms[0]})$", name))), None)
    # (其中海外业务毛利率, 同行业平均毛利率: a segment's or a peer's rate, of figures not told)
    if found_as is None or not lexicon.RATIO_OF_ALL.fullmatch(name, 0, found_as[1].start()):
        return None
    _, part_words, whole_words, rest_words = found_as[0]
    column = _column(rate, text)
    terms = [f for f in before if _level(f) and not _compared(f, text) and _column(f, text) == column
             and not periods.stated_apart(f.when, rate.when) and units.additive(f.claim.unit)]
    wholes = [f for f in terms if re.search(whole_words, _name(f, text))]
    if not wholes and found_as[0][0] in lexicon.RATIOS_OF_OTHER_TERMS:
        return None  # (检查企业239家，达标222家，达标率: those that pass over those checked)
    # (原计划4100户，年中调增至4800户: the revised plan's figure)
    wholes += [f for f in terms if wholes and f.claim.start > wholes[0].claim.end and f not in wholes
               and lexicon.PLAN_REVISED.search(levels.lead(f, text))]
    parts = [(f, f.claim.text) for f in terms if re.search(f"(?:{part_words})$", _name(f, text))]
    if rest_words:  # 营业收入48.62亿元，营业成本28.59亿元: 毛利 is the one less the other
        parts += [(replace(rest, value=whole.value - rest.value, low=whole.low - rest.high,
                           high=whole.high - rest.low), f"({whole.claim.text}−{rest.claim.text})")
                  for rest in terms if re.search(f"(?:{rest_words})$", _name(rest, text))
                  for whole in wholes if units.same(whole.claim.unit, rest.claim.unit) and whole.value > rest.value]
    # (a plan may be done past its whole: 计划86亿元，实际完成94.6亿元，完成率110%)
    past = found_as[0][0] == lexicon.DONE_RATE
    across = found_as[0][0] in lexicon.RATIOS_ACROSS_COUNTS
    pairs = [(part, said, [w for w in wholes if (units.same(w.claim.unit, part.claim.unit) or (across and {
                               w.claim.unit, part.claim.unit} <= lexicon.MEASURE_WORDS)) and (past or w.value > part.value)])
             for part, said in reversed(parts)]
    found = [_share_of(rate, part, of[::-1], text, said) for part, said, of in pairs if of]
    return found[0] if found and all(found) else []


def _whole_told_elsewhere(share: Fact, article: _Nearby, text: str) -> list[Suggestion]:
    """``有148份问卷反映…，占有效问卷的约五成`` with ``回收有效问卷386份`` told paragraphs before
    (or after: 占会员总数的约24% … 今年会员总数286家): a whole the 占 phrase names in words of
    its own is any outcome of the article told by them, of the part's measure and time;
    flagged when none gives the share."""
    named = lexicon.WHOLE_OF_SHARE.search(text, max(0, share.claim.start - 16), share.claim.start)
    if named is None or named.group("whole") in lexicon.LOCAL_SCOPES | lexicon.NATIONAL_SCOPES:
        return []
    of = named.start()
    told = [f for f in article.between(of - REACH, of) if f.claim.end <= of and f.claim.kind == "amount"]
    before = [f for f in told if _level(f) and _part_like(f, text, shared=True) and not _compared(f, text)]
    # the item the 占 clause names, else the figure right before it in its clause (none when
    # that one is no part: 项目122个，金额近1700亿元，占总额的五成以上 is not the 122's share)
    part = _part_named(of, before, text)
    if part is None and before and before[-1] is told[-1] and not lexicon.SENTENCE_END.search(text, before[-1].claim.end, of) \
            and _shared_by(text[before[-1].claim.end:share.claim.start], levels.lead(before[-1], text)):
        part = before[-1]
    if part is None:
        return []
    candidates = [f for f in article.between(share.claim.start - NAMED_WHOLE_REACH, share.claim.end + NAMED_WHOLE_REACH)
                  if f is not part and _level(f) and not _compared(f, text)
                  and not f.target and units.same(f.claim.unit, part.claim.unit) and f.value > part.value
                  and not periods.stated_apart(f.when, share.when)]
    # (参赛队伍中来自企业的30支: a group among the whole, no whole)
    wholes = [f for f in candidates if _told_by(named.group("whole"), words := _called(f, text))
              and f"{named.group('whole')}中" not in words] \
        or _told_alike(named.group("whole"), [f for f in candidates if f.claim.start < share.claim.start], text)
    # the whole its paragraph tells before the share, if any; else one of the article told
    # of no other span or year than the part's (一季度营收56.88亿元, 到2027年…15万亩: no whole
    # of a part told of no time; but 3月 may be the day a survey was taken)
    paragraph = text.rfind("\n", max(0, share.claim.start - NAMED_WHOLE_REACH), share.claim.start)
    wholes = [f for f in wholes if paragraph < f.claim.start < share.claim.start] or [
        f for f in wholes if not periods.spans_apart(periods.months(f.when.part), periods.months(part.when.part) or (1, 12))
        and (f.when.assumed or f.when.year in (None, part.when.year))]
    if not wholes and (summed := lexicon.SUM_OF_NAMED.fullmatch(named.group("whole"))):
        # (成交价4280元…成交价3650元…占所购家电成交价之和的: the figures its name labels, summed)
        items = [f for f in told if f is not part and units.same(f.claim.unit, part.claim.unit)
                 and f.claim.qualifier in STATED and len(label := levels.lead(f, text)) >= 2
                 and summed["name"].endswith(label)]
        if len(items) >= 2:
            return _share_of(share, part, [_summed(items)], text, whole_said="+".join(f.claim.text for f in items))
    return _share_of(share, part, wholes, text) if wholes else []


def _part_named(of: int, before: list[Fact], text: str) -> Fact | None:
    """其中设备2.1亿元、厂房0.9亿元…，设备投资占总投资的七成: the 占 clause's own subject names
    the item of a list told before it (its own words, two characters at least, in it)."""
    clause = re.split("[，,；;。！？\n]", text[max(0, of - SHARE_PHRASE):of])[-1]
    subject = lexicon.HEDGE_WORDS.sub("", clause).strip()
    if len(subject) < 2:
        return None
    # (办公部分 of 办公楼900平方米: its name's first word; 玉米中青贮玉米4.7万吨 of 青贮玉米: its last)
    named = [f for f in before if len(own := _OWN.split(levels.lead(f, text))[-1].removeprefix("其中")) >= 2
             and (own in subject or own.endswith(subject) or (len(own) > 2 and subject.startswith(own[:2])))]
    return named[-1] if named else None


def _told_alike(whole: str, candidates: list[Fact], text: str) -> list[Fact]:
    """占出席会议有表决权股份的 of 所持有表决权的股份31245万股, 占本期总电量的 of 本期合计108000
    千瓦时: the one figure told before whose words share the most pairs of characters with
    a whole's name, a third of them at least (a sum word counting for its 总), and plainly
    more than any other does."""
    named = grams(whole)
    def shared(fact: Fact) -> int:
        words = _called(fact, text)
        # (其中…所持股份: a part itself; 进出口总值 told in full is _told_by's to judge; 由9.60亿元
        # 增至12.18亿元: the earlier level its words name)
        if "其中" in words or whole in words or lexicon.REACHED_FROM.match(text, fact.claim.end):
            return 0
        return len(named & grams(words)) + ("总" in whole and lexicon.TOTAL_BEFORE.search(words) is not None)
    scored = sorted(((shared(f), f.claim.start, f) for f in candidates), key=lambda s: s[:2])
    if not scored or scored[-1][0] < max(2, len(named) / 3) or (len(scored) > 1 and scored[-2][0] > scored[-1][0] - 2):
        return []
    return [scored[-1][2]]


def _told_by(whole: str, words: str) -> bool:
    """Whether a figure's words name a share's whole (有效问卷 in 回收有效问卷, 会员总数 in
    今年会员总数; 意向订单 of 意向订单额, 签约重大项目 of 签约重大项目总数): in full, or past
    its scope and its 总数 or 额 when three characters are left; never as the tail of a
    longer word (出口 in 进出口)."""
    core = lexicon.WHOLE_SUFFIX.sub("", lexicon.SCOPE_PREFIX.sub("", whole))
    core = lexicon.MEASURE_SUFFIX.sub("", core) if len(core) > 3 else core
    if not core and lexicon.TOTAL_LABEL.search(whole):
        return lexicon.TOTAL_LABEL.fullmatch(words.strip()) is not None  # (占本单合计的: ④合计：T)
    # (占全年的: a scope of time, no name of a thing)
    for name in (whole, core) if len(core) >= 3 else (whole,) if len(core) == 2 else ():
        at = words.find(name)
        if at >= 0 and (at == 0 or words_of.tags().get(words[at - 1:at + 2]) is None):
            return True
    return False


def _named_part(share: Fact, article: _Nearby, text: str) -> list[Suggestion]:
    """``刑事类122件，公益诉讼类184件。…合计306件，其中公益诉讼案件约七成``: a share after 其中
    that names an item is of the figure told by that name not far before (the name before
    it or after it), over the total told right before the 其中 that its items sum to."""
    lead = levels.lead(share, text)
    named = lexicon.NAMED_PART_SHARE.fullmatch(lead)
    if named is None:
        return []
    opening = share.claim.start - len(lead)
    before = [f for f in article.between(opening - WHOLE_REACH, opening) if _level(f) and not _compared(f, text)]
    if not before or lexicon.SENTENCE_END.search(text, before[-1].claim.end, opening):
        return []
    whole, name = before[-1], named.group("name")[:2]
    parts = [f for f in before[:-1] if units.same(f.claim.unit, whole.claim.unit) and f.value < whole.value
             and (name in _OWN.split(levels.lead(f, text))[-1] or name in f.after[:len(named.group("name"))]
                  or levels.item_label(f, text).startswith(name))]
    if not parts:
        return []
    # …its items, the named one among them, sum to the total: 刑事类122件，公益诉讼类184件 of
    # 两类案件合计306件 (not 2023年's 民事案件60件 of 2024年's total, nor 新设企业 of 注销)
    items = [f for f in before[:-1] if f.sentence == parts[-1].sentence and units.same(f.claim.unit, whole.claim.unit)]
    if len(items) < 2:  # (①荤素套餐：每天120份…⏎②素食套餐：每天30份…⏎③每天合计150份: a line an item)
        items = [f for f in before[:-1] if units.same(f.claim.unit, whole.claim.unit)
                 and f.claim.start >= _list_start(whole, text)]
    if len(items) >= 2 and _sums_to(items, whole):
        return _share_of(share, parts[-1], [whole], text)
    # (运输费10200元。…人工费7200元。包装材料费1600元。⏎以上小计19000元: a run of amounts
    # right before the total, the named one among them, no price each, makes it)
    amounts = [f for f in before[:-1] if units.same(f.claim.unit, whole.claim.unit) and "每" not in levels.lead(f, text)
               and not levels.in_brackets(text, f.claim.start)]
    named_at = amounts.index(parts[-1]) if parts[-1] in amounts else -1
    runs = [amounts[at:] for at in range(named_at + 1) if len(amounts) - at >= 2]
    return _share_of(share, parts[-1], [whole], text) if any(_sums_to(run, whole) for run in runs) else []


def _item_of_its_list(share: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``入场6160辆次，其中免费车辆280辆次，收费车辆5880辆次，免费车辆占比A``: a share whose
    clause names one item of the 其中 list just before it, the items making the whole, is
    that item's of the whole."""
    named = lexicon.SHARE_OF_ITEM.fullmatch(CLAUSE_STOP.split(levels.lead(share, text))[-1])
    if named is None or len(before) < 3 or CLAUSE_STOP.search(text, before[-1].claim.end, share.claim.start) is None:
        return []
    for at in range(len(before) - 3, -1, -1):
        whole, items = before[at], before[at + 1:]
        if "其中" not in text[whole.claim.end:items[0].claim.start] or lexicon.SENTENCE_END.search(
                text, whole.claim.end, share.claim.start):
            continue
        if not all(units.same(f.claim.unit, whole.claim.unit) and f.claim.kind == "amount" for f in (whole, *items)) \
                or not _sums_to(items, whole):
            return []
        parts = [f for f in items if named["item"] in _own_words(f, text)]
        return _share_of(share, parts[0], [whole], text) if len(parts) == 1 else []
    return []


def _list_start(fact: Fact, text: str) -> int:
    """Where the run of numbered lines a figure's line closes opens (its own line's start
    where the lines above are none)."""
    start = text.rfind("\n", 0, fact.claim.start) + 1
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not lexicon.ITEM_NUMBERED.match(text[above:start].lstrip()):
            break
        start = above
    return start


def _terms_named(share: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``低筋面粉250克，黄油125克（黄油用量为面粉的50%）``: a share whose clause names the
    thing it is of and the thing it is of that (A为B的, A占B的) is A's figure told before
    over B's, the two whose own words name them told closest together, in one unit."""
    named = lexicon.TERMS_OF_SHARE.search(levels.lead(share, text))
    if named is None or not lexicon.SHARE_WRITTEN.search(share.claim.text):
        return []
    levels_told = [f for f in before if _level(f) and f.claim.unit and not _compared(f, text)]
    parts = [f for f in levels_told if named["part"] in _own_words(f, text)]
    # (脂肪 of 饱和脂肪占脂肪的: a whole whose name holds the part's is the part's)
    wholes = [f for f in levels_told if named["whole"] in (own := _own_words(f, text)) and named["part"] not in own]
    # (the two told together: 碳水化合物10.5克，其中糖9.8克, not 每瓶含糖38克 a line on)
    pairs = [(abs(p.claim.start - w.claim.start), -w.claim.start, p, w) for p in parts for w in wholes
             if p is not w and units.same(p.claim.unit, w.claim.unit) and w.value]
    if not pairs:
        return []
    *_, part, whole = min(pairs, key=lambda pair: pair[:2])
    return _share_of(share, part, [whole], text)


def _per_population(rate: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``常住人口386.5万人…注册护士17620人。每万人口注册护士45.6人``: a count per so many of the
    population is a count its words name over the population, both told before it; flagged
    when no count so named gives it over any population told."""
    # (its whole clause: 每十万人口中具有大学文化程度的人数为 is longer than a lead)
    clause = CLAUSE_STOP.split(text[max(0, rate.claim.start - PER_BASE_READ):rate.claim.start])[-1]
    named = lexicon.PER_POPULATION.search(clause)
    base = parse_number(named.group("base")[1:]) if named else None
    if named is None or not base or rate.claim.qualifier not in STATED:
        return []
    name = named.group("name")[:2]
    told = [f for f in before if _level(f) and not _compared(f, text) and not periods.stated_apart(f.when, rate.when)]
    # (常住人口520万: a population told with no measure word counts people)
    people = [f for f in told if lexicon.POPULATION.search(levels.lead(f, text))
              and (units.same(f.claim.unit, "人") or f.claim.unit is None)
              and not lexicon.PER_BASE_BEFORE.search(levels.lead(f, text))]
    counts = [f for f in told if units.same(f.claim.unit, rate.claim.unit) and f not in people
              and (name in _OWN.split(clause_before(f))[-1] or name in f.after[:NAMED_AFTER])
              and not lexicon.PER_BASE_BEFORE.search(levels.lead(f, text))]
    if not name and len(counts) != 1:
        return []  # (每万人拥有A, what is had unnamed: the one count of its unit told before, if one)
    # (按常住人口计每万人拥有: the population named, not 户籍人口 told beside it)
    if (reckoned := lexicon.POPULATION_RECKONED.search(clause)) is not None:
        people = [f for f in people if reckoned["whole"] in levels.lead(f, text)]
    if not people or not counts:
        return []
    # (献血3.42万人次 and 流动献血车采血1.27万人次, 常住人口 and 非户籍人口: any count so named
    # and any population told may be the ones)
    if any(rate.low * whole_low <= high * base and low * base <= rate.high * whole_high
           for low, high in map(levels.counted, counts) for whole_low, whole_high in map(levels.counted, people)):
        return []
    count, whole = counts[-1], people[-1]
    actual = count.value / whole.value * base
    return [make("inconsistent", (rate, count, whole), 0.85, "per_base_vs_counts", a=rate.claim.text,
                 base=f"{base:g}", part=count.claim.text, total=whole.claim.text,
                 actual=units.written_like(actual, rate.claim.text))]


def _of_the_plan(share: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``年度经营计划为营业收入42亿元，全年完成计划的86.0%``: a share of the plan is what was
    done of the metric the plan names (营业收入38.62亿元, told before) over the plan's figure."""
    plans = [(f, named["metric"]) for f in before
             if _level(f) and (named := lexicon.PLAN_NAMES.search(levels.lead(f, text)))]
    if not plans:
        return []
    plan, metric = plans[-1]
    # (计划完成投资128亿元，…已完成86.4亿元: the plan's own verb names what was done)
    done = [f for f in before if f is not plan and _level(f) and not _planned(f, text) and not _compared(f, text)
            and units.same(f.claim.unit, plan.claim.unit)
            and (_name(f, text).endswith(metric) or lexicon.ACTUAL_DONE.match(_name(f, text))
                 or (metric.startswith(lexicon.PLANNED_ACTS) and _name(f, text).endswith(metric[:2])))]
    found = [_share_of(share, f, [plan], text) for f in done]
    return found[-1] if found and all(found) else []


def _of_the_plan_told(share: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``已完成造林3.84万亩，完成全年4.5万亩任务的85.3%`` (完成收购计划15万吨的84%): the plan's
    figure told in the share's own phrase, what was done the level of its unit just before it."""
    plan = before[-1] if before else None
    told = lexicon.PLAN_FIGURE_BEFORE.search(levels.lead(plan, text)) if plan is not None else None
    if plan is None or told is None or not _level(plan):
        return []
    between = text[plan.claim.end:share.claim.start]
    if not (between == "的" if told["named"] else lexicon.PLAN_FIGURE_AFTER.fullmatch(between)):
        return []
    done = [f for f in before[:-1] if _level(f) and units.same(f.claim.unit, plan.claim.unit)
            and not _planned(f, text) and not _compared(f, text)]
    return _share_of(share, done[-1], [plan], text) if done else []


def _name(fact: Fact, text: str) -> str:
    """What a figure is of: a table cell's row name (总负债｜251.7亿元｜…), or its clause's
    words less the verb (营业收入为)."""
    if _column(fact, text) is not None:
        line = text[text.rfind("\n", 0, fact.claim.start) + 1:fact.claim.start]
        return lexicon.TABLE_CELL.split(line)[0].strip()
    return lexicon.LEVEL_VERB_AFTER.sub("", levels.lead(fact, text))


def _planned(fact: Fact, text: str) -> bool:
    return lexicon.TARGET_WORDS.search(levels.lead(fact, text)) is not None


def _alike(words: str, other: str) -> bool:
    """Whether two figures' words share a pair of characters (常住人口 and 0至14岁人口)."""
    return any(words[i:i + 2] in other for i in range(len(words) - 1) if words[i:i + 2].isalpha())


def _items_of_one_list(a: Fact, b: Fact, text: str) -> bool:
    """全血献血7.24万人次、机采…1.38万人次: two items of one list, neither the other's whole
    (whatever 全 or 总 their words hold); so are two clauses of a list a semicolon opens
    each of (青年组672名，占四成；成年组756名；老年组252名，占15%)."""
    between = text[a.claim.end:b.claim.start]
    if "其中" in between:
        return False
    if "、" in between and not re.search("[，,；;。：:]", between):
        return True
    line = text.rfind("\n", 0, a.claim.start) + 1
    opened = CLAUSE_STOP.findall(text, max(line, a.claim.start - REACH), a.claim.start)
    return bool(opened) and opened[-1] in "；;" and re.search("[；;]", between) is not None \
        and not re.search("[。！？!?\n]", between)


def _whole_of_its_list(whole: Fact, part: Fact, text: str) -> bool:
    """采访了62位参会者，其中…37位，约占三分之二: a share that names no whole is of the 其中's,
    unless that whole has a share of its own (169.1万人，占17.16%，其中…占12.34%: the two
    shares are of one larger whole)."""
    return "占" not in text[whole.claim.end:text.find("其中", whole.claim.end, part.claim.start)]


def _named_whole(share: Fact, neighbours: list[Fact], text: str, earlier: Sequence[Fact] = ()) -> list[Fact]:
    """The totals of the sentences either side that the share's 占全市开行的 (or 占全部国际
    航线的) names: their words hold the whole's name, its scope word aside. A name with no
    mark of a whole (占营业收入的) is of a figure told before in its paragraph (``earlier``)
    under that very name (公司实现营业收入18.46亿元。其中…。研发投入…占营业收入的8.1%)."""
    whole = _whole_named(share, text)
    if not whole:
        return []
    name = whole.group("whole")
    core = lexicon.WHOLE_SUFFIX.sub("", lexicon.SCOPE_PREFIX.sub("", name))
    if len(core) < 2:
        return []
    if name[0] not in "全总" and not lexicon.WHOLE_SUFFIX.search(name):
        return [f for f, words in _levels_named(earlier, share, text)
                if not lexicon.OWN_SHARE_AFTER.match(text, f.claim.end) and _names(name, words)]
    # the whole by its core name alone (游客 for 全部游客) is told before the share: one
    # after it is as likely another part (…乡村旅游点接待游客B)
    # (预付式消费投诉9840件，占服务类的34.8%: a figure with a share of its own is a part)
    # (比今年总产量多出3.9万吨 names the whole, but is a gap)
    return [f for f in neighbours if f.claim.kind == "amount" and f.claim.qualifier in ("exact", "about")
            and not lexicon.OWN_SHARE_AFTER.match(text, f.claim.end) and not _compared(f, text)
            and any(_names(n, _called(f, text))
                    for n in ((name, core) if f.claim.start < share.claim.start else (name,)))]


def _whole_named(share: Fact, text: str) -> re.Match[str] | None:
    """The words naming a share's whole: 占全市开行的, or 为设计产值的 right after its part
    (为上年的95% is a level against an earlier one's, no whole)."""
    start = max(0, share.claim.start - WHOLE_NAME_BEFORE)
    named = lexicon.WHOLE_OF_SHARE.search(text, start, share.claim.start)
    if named is None and (named := lexicon.WHOLE_NAMED_AS.search(text, start, share.claim.start)) \
            and lexicon.TIME_WORD.search(named["whole"]):
        return None
    return named


def _levels_named(facts: Sequence[Fact], share: Fact, text: str) -> list[tuple[Fact, str]]:
    """The levels among ``facts`` a share's whole may be (of its time, none compared with),
    each with the words that say what it is."""
    return [(f, _what_it_is(f, before, text)) for f, before in zip(facts, [None, *facts])
            if _level(f) and not _compared(f, text) and not periods.stated_apart(f.when, share.when)]


def _what_it_is(level: Fact, before: Fact | None, text: str) -> str:
    """A level's words; for one reached from the figure before it (主营业务收入由2024年的9.60
    亿元增至2025年的12.18亿元), those before the 由 that name what both are."""
    if before is None or before.claim.unit != level.claim.unit \
            or not lexicon.REACHED_FROM.fullmatch(text, before.claim.end, level.claim.start):
        return levels.lead(level, text)
    clause = CLAUSE_STOP.split(text[max(0, before.claim.start - WHOLE_NAME_READ):before.claim.start])[-1]
    named = lexicon.GROWTH_FROM.search(clause)
    return clause[:named.start()] if named else levels.lead(level, text)


def _told_by_name(share: Fact, before: list[Fact], text: str, name: str) -> list[Fact]:
    """占合同总价款的三成: a whole ``name``d in so many words (``TOLD_NAME``) is a figure told
    anywhere before in the article right after that very name, as its clause's whole words
    (…，合同总价款55.1万元; but 进出口总值 is no 出口总值), of no other time (2023年营业收入
    is no whole of this year's 海外业务收入)."""
    if len(name) < TOLD_NAME:
        return []
    return [f for f, words in _levels_named(before, share, text)
            if _told_as(lexicon.LEVEL_VERB_AFTER.sub("", words), name)]


def _told_as(words: str, name: str) -> bool:
    """Whether a figure's words are ``name``, after a 的 or the reporter's own name for itself
    (发行人主营业务收入, 公司营业收入: the report's own figure)."""
    return words in (name, f"的{name}") or (words.endswith(name) and words[:-len(name)] in lexicon.SELF_NAMES)


def _called(fact: Fact, text: str) -> str:
    """The words that name a figure: its own clause's before it and the noun after it
    (全场共12个节目)."""
    return (levels.lead(fact, text) or levels.item_label(fact, text)) + fact.after


def _may_name(whole: str, lead: str) -> bool:
    """Whether a figure's words may be the whole a share names: a scope (占全市的) or a
    total of anything (占总数的) may be any figure's; 占求助类的 only one whose words share
    some of 求助类."""
    core = lexicon.WHOLE_SUFFIX.sub("", lexicon.SCOPE_PREFIX.sub("", whole))
    return not _scopes_apart(whole, lead) and (
        len(core) < 2 or whole in lexicon.LOCAL_SCOPES | lexicon.NATIONAL_SCOPES or _alike(core, lead))


def _scopes_apart(whole: str, words: str) -> bool:
    """占全市新评定的 and 全省新评定3920家: a whole named by a scope and words of a scope of
    another level (全市 and 本市 are one)."""
    scopes = lexicon.LOCAL_SCOPES | lexicon.NATIONAL_SCOPES | lexicon.GLOBAL_SCOPES
    named = {_scope_level(scope) for scope in scopes if whole.startswith(scope)}
    told = {_scope_level(scope) for scope in scopes if scope in words}
    return bool(named) and bool(told) and not named & told


def _scope_level(scope: str) -> str:
    if scope in lexicon.NATIONAL_SCOPES:
        return "全国"
    return "全球" if scope in lexicon.GLOBAL_SCOPES else lexicon.SCOPE_LEVELS.get(scope, scope)


def _names(whole: str, lead: str) -> bool:
    """Whether a figure's words name the whole (全市开行 in 全市全年共开行): its ends, how
    many of it aside (订单数 in 本月订单)."""
    core = lexicon.MEASURE_OF_SUFFIX.sub("", whole)
    whole = core if len(core) >= 2 else whole
    return whole[:2] in lead and whole[-2:] in lead


def _share_of(share: Fact, part: Fact, totals: list[Fact], text: str, said: str = "",
              whole_said: str = "") -> list[Suggestion]:
    """Flagged against the first total when no total the share may be of gives it (a
    hedged total, 近140亿元 or 逾260个, allows a range of shares). A part or a whole worked
    out (收入 less 成本, 99台+260台) is ``said`` as such."""
    part_low, part_high = levels.counted(part)
    for total in totals:
        total_low, total_high = levels.counted(total)
        if _share_allows(share, part_low / total_high * 100, part_high / max(total_low, 1e-9) * 100, text):
            return []
    total = totals[0]
    actual = part.value / total.value * 100
    return [make("inconsistent", (share, part, total), 0.9, "share_vs_parts",
                 a=share.claim.text, part=said or part.claim.text, total=whole_said or total.claim.text,
                 actual=f"{actual:.1f}%")]


def _given_by_a_whole_told(share: Fact, part: Fact, article: _Nearby, text: str) -> bool:
    """Whether a figure the article tells as a whole of the part's kind (共举办各类演出168场;
    外地游客中，省外游客A: the group its clause opens with) gives the share of the part after
    all: then the whole the check took was another. A share naming its whole (占全县农作物
    播种面积的) takes only a figure that name may be."""
    low, high = levels.counted(part)
    among = lexicon.AMONG_GROUP_BEFORE.search(text, max(0, part.claim.start - AMONG_READ), part.claim.start)
    named = _whole_named(share, text)
    core = lexicon.WHOLE_SUFFIX.sub("", lexicon.SCOPE_PREFIX.sub("", named["whole"])) if named else ""
    # (as far as a named whole is read: a huge table's shares stay linear)
    for whole in article.between(share.claim.start - NAMED_WHOLE_REACH, share.claim.end + NAMED_WHOLE_REACH):
        if whole is part or whole.value <= part.value or not _level(whole) \
                or not units.same(whole.claim.unit, part.claim.unit) or _compared(whole, text) \
                or periods.stated_apart(whole.when, share.when):  # (去年全年进口…: last year's whole)
            continue
        words = levels.lead(whole, text)
        # (净利率9.4% names no whole: 负债总额 is no whole of 净利润; 占全县农作物播种面积的
        # names one, which 粮食作物中 is not)
        opened = among is not None and words.endswith(among["group"])
        if (_names(core, words) and (opened or lexicon.WHOLE_TOLD.search(words))) if len(core) >= 2 else opened:
            bottom, top = levels.counted(whole)
            if _share_allows(share, low / top * 100, high / max(bottom, 1e-9) * 100, text):
                return True
    return False


def _share_allows(share: Fact, low: float, high: float, text: str) -> bool:
    """Whether a share's wording allows a value between ``low`` and ``high`` percent; one
    stated exactly may be worked out from unrounded figures, 约 says it was rounded, and
    so do tenths (七成 is 65% to 75%, no more)."""
    floor, ceiling = levels.worked_out(share, text)
    # (a small share's slack is as small: 1.25% is no 0.995%)
    # (a bound is said loosely: 一半以上 of 49.4%)
    slack = 0.0 if share.claim.qualifier == "about" or lexicon.IN_TENTHS.search(share.claim.text) \
        else min(BOUND_SLACK if share.claim.qualifier in BOUNDS else SHARE_SLACK, SMALL_SHARE_SLACK * abs(share.value))
    return floor - slack <= high and low <= ceiling + slack


def _share_beside_rest(share: Fact, near: list[Fact], text: str) -> list[Suggestion]:
    """以自有资金1.4亿元作为项目资本金，占总投资约四成；其余2.8亿元申请银行贷款: the part
    told right before its share and the rest told right after it make the whole."""
    before = [f for f in near if f.claim.end <= share.claim.start]
    after = [f for f in near if f.claim.start >= share.claim.end]
    if not before or not after or before[-1].claim.kind != "amount" or after[0].claim.kind != "amount":
        return []
    part, rest = before[-1], after[0]
    # (the whole named as a whole, 占总投资: 外销3.1万吨，占68.9%；其余… may be the rest of another)
    named = lexicon.WHOLE_OF_SHARE.search(text, max(0, share.claim.start - 16), share.claim.start)
    if named is None or not (named.group("whole")[0] in "全总" or lexicon.WHOLE_SUFFIX.search(named.group("whole"))) \
            or not units.same(part.claim.unit, rest.claim.unit) or "占" not in text[part.claim.end:share.claim.start] \
            or not lexicon.REST_OPENS.match(CLAUSE_STOP.split(levels.lead(rest, text))[-1]) \
            or {part.claim.qualifier, rest.claim.qualifier} - set(STATED):
        return []
    (part_low, part_high), (rest_low, rest_high) = levels.counted(part), levels.counted(rest)
    if _share_allows(share, part_low / (part_low + rest_high) * 100, part_high / (part_high + rest_low) * 100, text):
        return []
    return [make("inconsistent", (share, part, rest), 0.9, "share_vs_parts", a=share.claim.text,
                 part=part.claim.text, total=f"{part.claim.text}+{rest.claim.text}",
                 actual=f"{part.value / (part.value + rest.value) * 100:.1f}%")]


def _average_against_total(average: Fact, facts: list[Fact], text: str,
                           previous: Sequence[Fact] = ()) -> list[Suggestion]:
    """``人均约6.5万元``, ``平均每家企业营收3.6亿元``, ``平均亩产650公斤``: the average of a
    total over a count among the figures near it (the count of the 每 or 单 word).
    Flagged only when no total there gives it."""
    lead = levels.lead(average, text)
    head = lexicon.PER_HEAD_BEFORE.search(lead)
    # (户均少交250元: an average of a difference, its total untold; but 共实现增收A，户均增收B
    # tells it)
    change = lexicon.AVERAGE_OF_A_CHANGE.search(lead, head.start()) if head else None
    summed = change is not None and _change_summed(average, change.group(), facts, text)
    # (价格由平均每个1.3万元降至700元: the average is the figure before, this one its new level)
    if head is None or _DIGIT.search(lead, head.start()) \
            or not (units.additive(average.claim.unit) or _summed_nearby(average, facts, text)
                    # (一局90分钟，共20轮，每轮平均约6分钟: a time told whole shared out, said as an
                    # average; not 用时最长的6小时, one's)
                    or (head.group("each") and units.dimension(average.claim.unit) == "durations"
                        and any(units.same(f.claim.unit, average.claim.unit)
                                and lexicon.WHOLE_TIME_LEAD.search(levels.lead(f, text)) for f in facts))) \
            or (levels.difference_led(average, text) and not summed) \
            or lexicon.PREVIOUS_LEVEL.search(lead, 0, head.start()) \
            or lexicon.COMPARED_BEFORE.search(lead, 0, head.start()) or lexicon.ABOVE_ANOTHER.search(lead) \
            or lexicon.ONE_ROUND_BEFORE.search(lead, 0, head.start()):
        # 每季亩产60公斤: one harvest's of several, no average of the year's total;
        # 场均…，比上赛季（场均2.61球）多0.24球: last season's level, and a difference;
        # 较去年国庆假期日均20.8万辆次, 高于其生涯场均的15.2分: the average compared with, not this total's
        return []
    each = head.group("word") or head.group("each") or head.group("single") or head.group("per") or head.group("bare") \
        or head.group("yield") or ("人" if head.group("score") else "")
    # (其余两年平均拨付: the rest's)
    said = lead[head.end(head.lastgroup or 0):].lstrip("均产")  # what the average counts (进球)
    # (单件269元，第二件半价，两件403.5元: money paid at a cut is no even share)
    cut = units.dimension(average.claim.unit) == "money" and lexicon.PRICE_CUT.search(
        text, _sentence_start(average, text), _sentence_end(average.claim.end, text)) is not None
    # (人均月收入 is a month's, of no year's total; 月租金合计…，套均月租金 of a month's total)
    monthly = lexicon.PER_TIME_TOO.search(said) and not any(
        f is not average and units.same(f.claim.unit, average.claim.unit) and said[:3] in levels.lead(f, text)
        for f in facts)
    # (去年，向2812名…发放补贴A，人均每月B: a year's total, each head's month a twelfth of it)
    months = MONTHS_A_YEAR if monthly and units.dimension(average.claim.unit) == "money" \
        and lexicon.EACH_MONTH.fullmatch(said) \
        and lexicon.A_YEARS_TOTAL.match(text, _sentence_start(average, text)) else 1
    # (月工资A，按每月26个工作日计，折合每个工作日B: the document's own reckoning, periodic.py's)
    reckoned = lexicon.RECKONED_AS.search(text, max(0, average.claim.start - SHARE_PHRASE), average.claim.start)
    if cut or reckoned or (monthly and months == 1) \
            or ((head.group("word") or head.group("each")) in lexicon.PERIOD_LENGTHS
                and lexicon.PER_ONE_BEFORE.search(lead, 0, head.start())) \
            or (change and not summed) \
            or lexicon.REST_OF_LIST.search(levels.opening_words(text, average.claim.start, SHARE_PHRASE)):
        return []
    measure = ""
    if head.group("each"):
        # (全长23.6公里，…平均每公里: a measure of two characters or more, as a figure near counts it)
        measure = next((f.claim.unit for f in facts if f.claim.unit and len(f.claim.unit) > 1
                        and lead.startswith(f.claim.unit, head.start("each"))), "")
        each = measure or each
    counted = lexicon.PER_HEAD_UNITS.get(each, (each,))
    if head.group("each"):
        noun = head.group(0)[head.end("each") - head.start() + max(0, len(measure) - 1):].removeprefix("平均")[:2]
    else:
        noun = (head.group("noun") or "")[:2]
    # 最多的一位法官结案1021件 is one's, 每晚限流3000人 one night's: no total, no count
    # (a bound, 近140亿元, is a total that may give the average, never one to flag it by;
    # in a table, 日均观众｜约4122人次｜约3183人次, its column's figures: one year's)
    column = _column(average, text)
    def amounts(found: Iterable[Fact]) -> list[Fact]:
        return [f for f in found if f is not average and f.claim.kind == "amount" and f.value
                and not lexicon.ONE_OF_MANY_BEFORE.search(words := levels.lead(f, text))
                and not lexicon.SPEED_PER_BEFORE.search(words)  # (时速60公里: a speed, no total)
                and _column(f, text) in (None, column)]

    near = amounts(facts)
    # 日均 counts days by their unit: 单日最高 is no count of days
    # (or by the noun right after its measure word: 12个小组, 250个工作日); a bare 每组 is an
    # average only of a whole split into that count (每队14场 of 8支球队 is no share of 56场)
    def counts_of(facts: Iterable[Fact]) -> list[Fact]:
        return [f for f in facts if f.claim.qualifier in STATED and f.claim.unit is not None
                and units.dimension(f.claim.unit) != "rate"  # (是…的2.1倍: no count)
                and not lexicon.DAYS_OFF_BEFORE.search(levels.lead(f, text))  # (停业4天: the days not worked)
                # (人均制作玩具4000套: one head's count, the whole untold; 日均发车144趟 is a
                # day's, as a day's average is)
                and ((one := lexicon.PER_HEAD_BEFORE.search(levels.lead(f, text))) is None or one.group("word") in ("日", "月"))
                # (连续4个月增长。1至8月累计A，月均B: its span's own months, told in its words)
                and not (each in "日月" and average.when.part is not None and f.sentence != average.sentence)
                and (not units.same(f.claim.unit, average.claim.unit)
                     or _counts_its_each(f, noun if each == lexicon.GENERAL_COUNTER else each, text)
                     # (护理员18名，平均每名护理员照护A人: heads of those it is per, by its noun
                     # and measure word; 带动就业5400人，平均每人带动A人 counts those it counts)
                     or (f.claim.unit != average.claim.unit and len(noun) == 2
                         and noun in CLAUSE_STOP.split(levels.lead(f, text))[-1]
                         and "其中" not in text[average.sentence:f.claim.start]))  # (其中小班84人: which served, unsaid)
                and _in_units_of(f, average) is None
                # (场均进球1.8个: 个 counts 球, and 打进48球 is its total, no count)
                and not (average.claim.unit == lexicon.GENERAL_COUNTER and f.claim.unit in said)
                and not _compared(f, text)  # 比去年的900场次: last year's count
                and not lexicon.COMPARED_BEFORE.search(levels.lead(f, text))  # (比买两张单程票: a thing compared with)
                # (家庭154户506人: 户, the unit of the figure before, is no word of 506人's)
                and (f.claim.unit in counted or (each not in "日月" and _named_in(each, levels.lead(f, text)))
                     or (f.claim.unit == lexicon.PER_HEAD_VISITS.get(each) and f.claim.end <= average.claim.start
                         and units.dimension(average.claim.unit) == "money")
                     or f.claim.unit.endswith(each)
                     or each in CLAUSE_STOP.split(text[f.claim.end:f.claim.end + COUNTED_AFTER])[0]
                     # (48家社区书店…店均: the noun its measure word counts ends in the 均 word;
                     # 1284家快递网点…平均每个网点: 个 stands for any measure word, its noun says what)
                     or (f.claim.unit in lexicon.MEASURE_WORDS and each not in "日月"
                         and re.match(f"[\u4e00-\u9fff]{{0,{NAMED_AFTER - 1}}}?{re.escape(each)}", text[f.claim.end:]) is not None)
                     or (each == lexicon.GENERAL_COUNTER and f.claim.unit in lexicon.GENERAL_COUNTED)
                     or _area_in(f, each) is not None)  # (117公顷, 平均每亩: an area in another unit)
                and (not head.group("bare") or lexicon.PARTITION_BEFORE.search(levels.lead(f, text)))]

    counts = counts_of(near) or _told_before(average, counts_of(amounts(previous)), near,
                                             head.group("per"), counted, text)
    # 平均每个助餐点3次 counts 助餐点, not the 问题 found (整改问题41个): 个 counts anything,
    # so the noun after it says what (单个项目平均: the noun between); a measure word of its
    # own (每家) is specific already, but a count told after the average must name the noun
    # too (平均每处渡口…，整改隐患163处 is no count of 渡口; 每家提交 has a verb there)
    if _CHINESE.fullmatch(noun):
        # (新招收学生31名 … 平均每名在校生: this year's arrivals are no count of those enrolled)
        counts = [f for f in counts if (each != "个" and f.claim.start < average.claim.start
                                        and not lexicon.FLOW_WORDS.search(levels.lead(f, text)))
                  or noun in levels.lead(f, text)  # (72家规上食品企业: its clause)
                  or noun in CLAUSE_STOP.split(text[f.claim.end:f.claim.end + NAMED_AFTER])[0]]
    # 人均结案314.7件，其中民事庭16名法官…: a count past a 其中 after the average is a part's
    counts = [f for f in counts if f.claim.start < average.claim.start
              or "其中" not in text[average.claim.end:f.claim.start]]
    if not counts:
        return _per_time_against_total(average, near, each, text) if each in "日月" else []
    # 人均科研经费约39.6万元，其中工科人均68.2万元: an average is no total
    near = [f for f in near if not lexicon.PER_HEAD_BEFORE.search(levels.lead(f, text))]
    # the count the average is of: the nearest before it (其中示范社156家，平均每家…); or
    # the whole group's, whose parts stand between (巡护人员1280人，其中专职436人、兼职
    # 844人，…人均): flagged only when neither count gives it
    told_before = [f for f in counts if f.claim.start < average.claim.start]
    *others, count = told_before or counts
    if told_before:  # (在校生1350人，生均A元，按核定学额1400人拨付T: a count told after may be it)
        others += [f for f in counts if f.claim.start > average.claim.start]
    if lexicon.SUB_SPAN_BEFORE.search(levels.lead(count, text)) or lexicon.SUB_SPAN_BEFORE.search(lead, 0, head.start()):
        return []  # (持续45天，…此后31天日均约1.2万人次: the rest's total, untold)

    item = re.split("[、，,0-9]", lead[:head.start()])[-1].removesuffix("平均")  # (早稻亩产: 早稻's)

    # (本月按30天计，日均出库T: the days of a period named, whose figure told above is its total)
    period = lexicon.DAYS_OF_PERIOD.search(levels.lead(count, text)) if each in "日月" else None

    def told_as_total(total: Fact) -> bool:
        # (会员累计消费1860元；今年共到店15次，平均每次消费T: or in the words of what the
        # average counts, 消费; 本月订单T；营业30天，日均订单A: a span's whole, its days told)
        words = levels.lead(total, text)
        return ("人均" in lead and lexicon.TOTAL_TOLD.search(words) is not None) \
            or (len(said) >= 2 and said[:2] in words and (
                lexicon.PERIOD_TOTAL.search(words) is not None
                or (each in "日月" and (lexicon.WHOLE_PERIOD_OPENS.match(words) is not None
                                         or re.search(re.escape(said[:2]) + lexicon.ACT_MEASURED, words) is not None))
                or (period is not None and period["period"] in text[total.sentence:total.claim.start])))

    told_totals = [t for t in amounts(previous) if t.claim.unit == average.claim.unit and t.claim.qualifier in STATED
                   and not levels.a_part(t, text) and told_as_total(t) and not periods.stated_apart(t.when, average.when)]

    def reading(count: Fact) -> tuple[list[Fact], list[Suggestion]]:
        """The totals ``count`` may divide, and the alarm they raise (none without them)."""
        # (平均每位审阅180副，入围168副: a count after the average, of another act and told
        # as no total, is no total of its; money after it may be, 单车平均运费…，运输收入)
        totals = [t for t in _totals_of(average, count, near, text, change.group() if summed and change else "", said)
                  if (t.claim.start < average.claim.start
                  or units.dimension(t.claim.unit) == "money"
                  or lexicon.TOTAL_BEFORE.search(told := levels.lead(t, text)) or not said or said[:2] in told)
                  and not _of_more_than(item, t, near, text) and not _counted_apart(t, count, near, text)
                  and not _whole_of_halves(average, t, text)]
        if each in "日月":  # (43名眼科医生…历时18天，日均筛查约2700人: the doctors are no day's work;
            # 共有客房156间，日均出租138间: what is held, no days' sum, unless visits)
            totals = [t for t in totals if not _counts_another(t, lead) and not (
                lexicon.HELD_BEFORE.search(levels.lead(t, text)) and not (t.claim.unit or "").endswith("次"))]
        # (共悬谜160条，其中…。12位社员分头制谜，人均约16条: a head's share with none in its
        # sentence, of the one total its paragraph told before in its unit)
        if not totals and len(told_totals) == 1 and count.sentence == average.sentence \
                and (count.claim.unit in lexicon.PERSONS_COUNTED if "人均" in lead else units.same(count.claim.unit, each)):
            totals = told_totals
        area = _area_in(count, each)  # (117公顷 of 每亩: ×15)
        told = count.claim.text + (f"×{months}个月" if months > 1 else "") + (f"×{area:g}" if area else "")
        return totals, _average_off(average, totals, count.value * months * (area or 1.0), (count,), told, text)

    totals, found = reading(count)
    # (雾笛开了46天。…船舶共2.19万艘次，日均60艘次: a day's average of the year's total,
    # the days told before some other act's)
    if found and each in "日月" and count.claim.start < average.sentence \
            and any(not _average_off(average, totals, span, (count,), "", text) for span in _SPANS_OF_A_YEAR[each]):
        return []
    return [] if any(totals and not off for totals, off in map(reading, others)) else found


def _counted_apart(total: Fact, count: Fact, near: list[Fact], text: str) -> bool:
    """全赛季22场共得2178分 after 上半赛季11场场均96.0分: a total told with a count of its own
    (another in the count's unit, in its clause) is no total of that count."""
    return any(f is not count and units.same(f.claim.unit, count.claim.unit) and f.claim.end <= total.claim.start
               and not CLAUSE_STOP.search(text, f.claim.end, total.claim.start)
               and "\n" not in text[f.claim.end:total.claim.start] for f in near)


def _whole_of_halves(average: Fact, total: Fact, text: str) -> bool:
    """早稻亩产410公斤…全年稻谷总产5220吨: an average told of a half (早稻, 上半场) is no
    average of the whole's total (全年, 全场)."""
    clause = CLAUSE_STOP.split(levels.lead(average, text))[-1]
    return any(half in clause for pair in lexicon.HALVES_OF_TIME for half in pair) \
        and lexicon.WHOLE_AFTER_HALVES.search(levels.lead(total, text)) is not None


def _named_in(word: str, words: str) -> bool:
    """Whether a word stands in words as a word, not a figure's unit (154户) nor one of it
    (胜一场得三分, 每场: a rate per one, no count)."""
    at = words.find(word)
    while at >= 0:
        if not at or not (words[at - 1].isdigit() or words[at - 1] in "一每"):
            return True
        at = words.find(word, at + 1)
    return False


def _change_summed(average: Fact, change: str, facts: list[Fact], text: str) -> bool:
    """户均增收B after 共实现增收A: the change an average is of, told summed too."""
    return any(f is not average and units.same(f.claim.unit, average.claim.unit)
               and change in (words := levels.lead(f, text)) and lexicon.PERIOD_TOTAL.search(words) is not None
               for f in facts)


def _of_more_than(item: str, total: Fact, near: list[Fact], text: str) -> bool:
    """种植早稻8.2万亩、晚稻9.6万亩，早稻亩产405公斤…，全年稻谷总产7.66万吨: an average of one
    item of a list told near it is of no total told as a whole (总, 全年) not naming it."""
    told = levels.lead(total, text)
    if len(item) < 2 or item in told or lexicon.WHOLE_TOLD.search(told) is None:
        return False
    names = [(f.claim.unit, re.split("[、，,0-9]", levels.lead(f, text))[-1]) for f in near]
    return any(item in name and any(u == unit and other and item not in other for u, other in names)
               for unit, name in names)


def _counts_its_each(count: Fact, each: str, text: str) -> bool:
    """充电桩3600个，分布在120个充电站，平均每站: 个 counts anything, the noun right after it
    what (the stations an average is per, not the chargers it counts)."""
    return count.claim.unit == lexicon.GENERAL_COUNTER and bool(each) \
        and each in CLAUSE_STOP.split(text[count.claim.end:count.claim.end + COUNTED_AFTER])[0]


def _summed_nearby(average: Fact, facts: list[Fact], text: str) -> bool:
    """累计测试1680小时，平均每台350小时: hours (or days, points, rain) told as a sum add
    up, so their average is of that sum, as an average of an additive unit is."""
    return any(f is not average and units.same(f.claim.unit, average.claim.unit)
               and lexicon.SUM_NAMED.search(levels.lead(f, text)) for f in facts)


def _told_each(each: Fact, facts: Sequence[Fact], text: str) -> tuple[str, Fact | None]:
    """The words before a figure; or, the next item of a list told so much for each
    (每箱毛重18.5公斤、净重16.2公斤), those of its own after the first's 每 (每箱净重), with
    that first item (an each of another total, not one before it of this one's)."""
    words = levels.lead(each, text)
    own = words.rpartition("、")[2]
    first = next((f for f in facts if f.claim.end == each.claim.start - len(own) - 1), None)
    if first is None or not own or text[first.claim.end] != "、" or not units.same(first.claim.unit, each.claim.unit):
        return words, None
    head = lexicon.PER_ITEM_BEFORE.search(levels.lead(first, text))
    return (f"每{head['each']}{own}", first) if head and head["noun"] is None else (words, None)


def _per_item_against_total(each: Fact, facts: list[Fact], text: str,
                            above: Sequence[Fact] = (), after: Sequence[Fact] = ()) -> list[Suggestion]:
    """``120所学校每校配备2名…，共配备240名``, ``6班，每班120人，合计720人``: so much for
    each of a count told before it, and their total of the same act told after it with a
    sum word, which the count times it must give (a cap, 每班限载, gives none). The count
    may stand in a sentence ``above`` in its paragraph (设宴24桌。每桌标准3880元，全场合计),
    the total in the sentence right ``after`` (每箱装48个，一共装了25箱。…一共1200个)."""
    lead, first = _told_each(each, facts, text)
    head = lexicon.PER_ITEM_BEFORE.search(lead)
    # (days add up here: 每地展出9天，共计54天)
    # (每月发放补助800元，另一次性发放慰问金每人2000元，全年共计T: a total of more than this each)
    # (此后每公里2.3元: a rate past a tier's bound, reckoning's to check)
    if head is None or each.claim.qualifier not in STATED \
            or _each_before(each, [f for f in (*above, *facts) if f is not first], text) \
            or not (units.additive(each.claim.unit) or units.dimension(each.claim.unit) == "durations") \
            or lexicon.OVER_TIER_RATE.search(lead):
        return []
    measure, noun = head.group("each"), head.group("noun")
    # (两个孩子各买了3件: a count of each of a group the total counts for all; 团体票（15人及以上）:
    # a bound of the group priced, no count)
    def countable(f: Fact) -> bool:
        return f.claim.qualifier == "exact" and f.value > 0 and f.claim.unit is not None and f.dimension != "rate" \
            and not units.same(f.claim.unit, each.claim.unit) and "/" not in f.claim.unit \
            and _weighed_in(f, each) is None \
            and not lexicon.EACH_OF_GROUP_BEFORE.search(levels.lead(f, text)) and judge.group_bound(f) is None \
            and not _averaged(f, text) \
            and not lexicon.ANOTHER_COUNT_NOTED.match(text, f.claim.end)  # (会期3天（住宿2晚）: which, unsaid)

    following = min((f for f in facts if f.claim.start >= each.claim.end), key=lambda f: f.claim.start, default=None)
    counted = [f for f in facts if (f.claim.end <= each.claim.start or f is following) and countable(f)]
    # a measure of two characters or more (每小时耗油: 小时, as 14小时 counts)
    if noun is None:
        measure = next((unit for f in counted if len(unit := (f.claim.unit or "").removeprefix("个")) > 1
                        and head.group(0).startswith(unit, 1)), measure)
        if head.group(0).startswith(f"{measure}次", 1):
            measure += "次"  # (每人次1200元: per visit, counted in 人次)
    # the total of the same act (共配备 after 每校配备; 共计 of whatever was told), not of a
    # wider set (每个组别评出一等奖5名，共评出获奖者60名), nor of a time (每站日均: one day's)
    done = head.group(0)[1 + len(measure):]
    # 3间、2晚，每间每晚380元: a second 每 counts by a second measure word, the counts multiply
    measures = [measure, *lexicon.EACH_MEASURE.findall(done)] if noun is None else [measure]
    # (每个工位每月900元: a month's too, whose count of months a period tells)
    if len(measures) == 1 and lexicon.PER_TIME_TOO.search(done if noun else lexicon.EACH_MEASURE.sub("", done)):
        return []
    done = lexicon.EACH_MEASURE.sub("", done)
    # the count's measure word is the 每's (6班, 每班), or its noun holds it (120所学校, 每校;
    # 渡口6个, 每个渡口); told before it, or as the figure right after it (每月3000元，一年12个月共…)
    one_head = False
    if len(measures) > 1:
        # (按每人每天100元的标准，为314名学员…，为期8天: the counts may all follow it)
        told = counted + [f for f in facts if f.claim.start > each.claim.end and f is not following and countable(f)
                          and f.sentence == each.sentence]
        found = [[f for f in told if units.same((f.claim.unit or "").removeprefix("个"), word)] for word in measures]
        # 每生每年5800元，三年合计: one head's over the years, where no count of heads is told
        # near (the heads may be counted further up: their total is then a whole multiple)
        heads = lexicon.PER_HEAD_UNITS.get(measures[0], ()) if measures[0] in lexicon.PER_PERSON else ()
        one_head = bool(heads) and not any(f.claim.unit in heads for f in counted)
        if one_head:
            measures, found = measures[1:], found[1:]
        # (每人每年发放A，全年支出T: a year's each of a year's total, its year counted once)
        elif measures[-1] == "年" and not found[-1] and lexicon.A_YEAR.search(text, each.claim.end, _sentence_end(each.claim.end, text)):
            measures, found = measures[:-1], found[:-1]
        # (每人每月发放650元，每月共需T: each month's total, its months counted once, though
        # their count follows: 每天共需900公斤，按15天计…; not 全年新增支出T；…每人每月860元)
        elif (total := next((f for f in facts if f.claim.start > each.claim.end
                                                and units.same(f.claim.unit, each.claim.unit)), None)) \
                and f"每{measures[-1]}" in levels.lead(total, text):
            measures, found = measures[:-1], found[:-1]
        counts = [f for f, *more in found if not more] if all(found) else []
        counts = counts if len(counts) == len(measures) else []
    else:
        # (2400公顷, 每亩: a count in another unit of the each's measure, converted)
        counts = [f for f in counted if (noun is None and (units.same((f.claim.unit or "").removeprefix("个") or f.claim.unit, measure)
                                                           or units.scale(f.claim.unit, measure)))  # (12个月, 每月; 37天, 每日)
                  or (noun or measure) in levels.lead(f, text)[-EACH_NAMED:] + _noun_after(f, text)]
        counts = counts if len(counts) == 1 else []
        if not counts and noun is None and not counted:
            # the last count by its measure word above (一等奖3副、…，共52副。一等奖每副奖金: the
            # one its words name, where the each names one first)
            told = [f for f in above if countable(f) and units.same((f.claim.unit or "").removeprefix("个"), measure)
                    and not _compared(f, text)]
            named = lead[:head.start()]
            counts = [f for f in told if named and named in re.split("[、，,0-9]", levels.lead(f, text))[-1]][-1:]
            # (故事片放映2180场、…、戏曲片180场。…每场补助200元: one item of a list is no count of all)
            # (and from the lines above its own, only the one count there is: 设宴24桌, not the
            # last of 新建24片…其中七人制30片)
            line = text.rfind("\n", max(0, each.claim.start - WHOLE_REACH), each.claim.start)  # (told: within it)
            # (生产1.2亿支…。出口4800万支，占总产量的40%。每支用料A: nor a part, its share told
            # right after it)
            next_told = next((f for f in above if f.claim.start >= told[-1].claim.end), None) if told else None
            if not counts and told and not any(f.sentence == told[-1].sentence for f in told[:-1]) \
                    and (len(told) == 1 or told[0].claim.start > line) \
                    and not levels.a_part(told[-1], text) \
                    and not (next_told is not None and next_told.claim.kind == "share"
                             and next_told.sentence == told[-1].sentence):
                counts = told[-1:]
    # (每次投喂30公斤，每天投喂3次，连续投喂10天: a count that is so many each of another
    # measure, whose count multiplies too)
    if len(counts) == 1 and (per := lexicon.PER_ITEM_BEFORE.search(levels.lead(counts[0], text))) \
            and per.group("noun") is None:
        counts += [f for f in facts if f not in (each, counts[0]) and countable(f) and f.claim.start > counts[0].claim.end
                   and units.same((f.claim.unit or "").removeprefix("个"), per.group("each"))][:1] \
            or [f for f in facts if f not in (each, counts[0]) and countable(f) and f.claim.end <= counts[0].claim.start
                and f.claim.unit in lexicon.MEASURE_WORDS and _noun_after(f, text).startswith(per.group("each"))][-1:]
        # (全镇23个村，每村订阅2份，每份每年96元: the count its each is of, told before it)
    # (persons each time over so many times make person-times: 每次18人 over 4次, 累计72人次)
    # (…每盒38元，卖出15万盒…。…户均增收约8000元，合计约128万元: a total past another
    # each is that one's)
    def another_each(f: Fact) -> bool:
        return any(g is not each and each.claim.end <= g.claim.start and g.claim.end <= f.claim.start
                   and units.same(g.claim.unit, each.claim.unit) and _said_each(levels.lead(g, text))
                   for g in (*facts, *after))

    def totals_in(facts: Iterable[Fact]) -> list[Fact]:
        # (共计发放近2000万元: a total told as a bound holds the product to it)
        return [f for f in facts if f.claim.start > each.claim.end
                and f.claim.qualifier in (*STATED, *BOUNDS)
                and not another_each(f)
                and (units.same(f.claim.unit, each.claim.unit) or _hours_of(f, each) is not None
                     # (每人60克，全园用米12.6公斤; in its sentence: 两项合计 after is no product's)
                     or (_weighed_in(f, each) is not None and f.sentence == each.sentence)
                     or (len(counts) == 1 and f.claim.unit == f"{each.claim.unit}{counts[0].claim.unit}"))
                and not lexicon.GROUP_AVERAGE_BEFORE.search(lead := levels.lead(f, text))  # (合计均价: an average)
                # (毛重合计A，净重合计B: a list's each's total is the one naming it)
                and (first is None or done[-2:] in lead)
                and (_summed_as_done(lead, done, text[each.claim.end:f.claim.start])
                     # (每人20公斤，全团共360公斤; 每亩8公斤，全块共T: the group the heads make,
                     # the plot the 亩 make, summed)
                     or ((measure in lexicon.PER_PERSON or units.dimension(measure) == "area")
                         and lexicon.WHOLE_GROUP_SUM.fullmatch(lead) is not None)
                     or (units.dimension(f.claim.unit) == "money" and lexicon.EARNED_BEFORE.search(lead))
                     # (32桌，每桌10位，三百六十位来宾: the next clause opening on their total)
                     or (f is following and not lead and lexicon.NEXT_CLAUSE.fullmatch(text, each.claim.end, f.claim.start)))]

    totals = totals_in(facts) or totals_in(after)
    # (… once: 每条剑道每天约27场 is per two measures; 每餐补贴3元、…每餐补贴5元 two eaches)
    worked_out = not totals and len(counts) == len(measures) == 1 and "每" not in lead[:head.start()]
    if worked_out:
        # (一个班次8小时可灌装2419瓶，每小时灌装302瓶: the total told with its count, before; the
        # each then worked out of it, to its rounding)
        totals = [f for f in facts if counts[0].claim.end <= f.claim.start and f.claim.end <= each.claim.start
                  and f.claim.qualifier in STATED and units.same(f.claim.unit, each.claim.unit)
                  and not CLAUSE_STOP.search(text, counts[0].claim.end, f.claim.start)
                  and not lexicon.EACH_OF_A_COUNT.search(levels.lead(f, text))]
    # (每人会务费600元、住宿每晚300元，会务、住宿费合计T: a total of the eaches listed together)
    listed = bool(totals) and lexicon.LIST_JOIN.search(levels.lead(totals[0], text)) is not None and any(
        g is not each and g.sentence == each.sentence and g.claim.end <= each.claim.start
        and units.same(g.claim.unit, each.claim.unit) and lexicon.LIST_JOIN.match(text, g.claim.end) for g in facts)
    if not counts or not totals or listed or lexicon.PRICE_CUT.search(text, each.claim.end, totals[0].claim.start) \
            or lexicon.PAID_IN_PARTS.search(text, each.claim.end, totals[0].claim.start):
        return []  # (原价每台5800元，按九折成交，合计T: the total paid is less; 押一付三: paid in parts)
    total, count = totals[0], math.prod(f.value for f in counts)
    if len(counts) == 1:  # (2400公顷 at 每亩: the count in the each's measure)
        count *= units.scale(counts[0].claim.unit, measures[0]) or 1.0
        # (单程里程206公里，往返油费T，每公里油费A: there and back is twice the way)
        if lexicon.ONE_WAY.search(levels.lead(counts[0], text)) \
                and (lexicon.ROUND_TRIP.search(levels.lead(total, text)) or lexicon.ROUND_TRIP.search(lead)):
            count *= 2
    count *= _hours_of(total, each) or _weighed_in(total, each) or 1.0  # (每天45分钟，累计6小时: minutes into hours)
    low, high = levels.counted(each)  # (每校2名 is 2, not 1.5 to 2.5)
    if worked_out:
        low, high = min(low, each.value - each.place / 2), max(high, each.value + each.place / 2)
    least, most = levels.counted(total)
    # (420名司机每周领取补贴150元，全年（按52周计）: the heads its clause opens with count too)
    head_counts = [f.value for f in counted if f not in counts and f.claim.end <= each.claim.start
                   and not CLAUSE_STOP.search(text, f.claim.end, each.claim.start)]
    if any(low * count * n <= most * 1.001 and least <= high * count * n * 1.001 for n in [1.0, *head_counts]) \
            or (one_head and _whole_multiple(total.value / (each.value * count))):
        return []
    # (学费每人1800元，另收教材费150元、报名费80元；全班36人合计T; 每人96元，另收讲解费每人10元：
    # each head's charges on top of the price told right before them count)
    told = [f for f in facts if units.same(f.claim.unit, each.claim.unit) and f.claim.end <= each.claim.end]
    charge = lexicon.EXTRA_CHARGE.search(text, min(f.claim.start for f in told), total.claim.start)
    price = next((f for f in reversed(told) if charge and f.claim.end <= charge.start()), None)
    if price is not None and (on_top := price_lists.charges_on_top(price, total.claim.start, facts, text)):
        whole = price.value + sum(f.value for f in on_top)
        if least <= whole * count * 1.001 and whole * count <= most * 1.001:
            return []
    # (加班16小时，每小时37.5元，加班费600元；应发合计6150元: the product told before a wider total)
    if any(low * count <= (bounds := levels.counted(f))[1] * 1.001 and bounds[0] <= high * count * 1.001
           for f in facts if each.claim.end <= f.claim.start and f.claim.end <= total.claim.start
           and units.same(f.claim.unit, each.claim.unit)):
        return []
    return [make("inconsistent", (each, total, *counts), 0.8, "each_vs_total",
                 a=each.claim.text, total=total.claim.text, count="×".join(f.claim.text for f in counts),
                 actual=units.written_like(total.value / count, each.claim.text))]


def _averaged(fact: Fact, text: str) -> bool:
    """人均完成150件: a head's average, no count (每队4人 is one)."""
    head = lexicon.PER_HEAD_BEFORE.search(levels.lead(fact, text))
    return head is not None and "均" in head.group()


def _weighed_in(total: Fact, each: Fact) -> float | None:
    """How many of a total's unit one of an each's is, where both weigh or hold (克 and
    公斤, 毫升 and 升) in two units; else None."""
    one, other = units.measure(each.claim.unit), units.measure(total.claim.unit)
    if units.same(total.claim.unit, each.claim.unit) or one is None or other is None \
            or one[0] != other[0] or one[0] not in ("weight", "volume"):
        return None
    return one[1] / other[1]


def _noun_after(count: Fact, text: str) -> str:
    """1865个公共充电桩按每桩…: the noun a count counts, up to what is said of it."""
    noun = lexicon.NOUN_AFTER_COUNT.match(text, count.claim.end)
    return noun.group() if noun else ""


def _each_before(each: Fact, facts: Sequence[Fact], text: str) -> bool:
    """Whether another so-much-each of its unit stands before it in its sentence (its
    clauses after a semicolon too: 学生38人，每人收费800元；其余18人每人收费1200元): a total
    after both is of more than either; not one summed before this one (每条50万次，合计300万次；
    每组15万次，合计T)."""
    return any(f is not each and f.claim.end <= each.claim.start
               and not lexicon.FULL_STOP.search(text, f.claim.end, each.claim.start)
               and units.same(f.claim.unit, each.claim.unit) and "每" in (clause := levels.clause_before(f, text))
               and not lexicon.EACH_CONTENT.search(clause)  # (每亩折纯氮A: the each before, converted)
               and (f.sentence == each.sentence or not any(
                   f.claim.end <= g.claim.start and g.claim.end <= each.claim.start and units.same(g.claim.unit, f.claim.unit)
                   for g in facts))
               for f in facts)


def _hours_of(total: Fact, each: Fact) -> float | None:
    """How many of the total's units one of the each's is, both times in other units
    (45分钟 is 0.75小时); None otherwise."""
    whole, one = units.hours_in(total.claim.unit, total.claim.text), units.hours_in(each.claim.unit, each.claim.text)
    if units.same(total.claim.unit, each.claim.unit) or whole is None or one is None:
        return None
    return one / whole


def _said_each(lead: str) -> bool:
    """每户3000元, 户均8000元: so much each, or on average."""
    return lexicon.PER_ITEM_BEFORE.search(lead) is not None or lexicon.AVERAGE_LEAD.search(lead) is not None


def _whole_multiple(ratio: float) -> bool:
    """A ratio of two or more, a whole number to within rounding (so many heads)."""
    return ratio >= 2 - 1e-6 and abs(ratio - round(ratio)) <= 1e-6 * ratio


def _summed_as_done(lead: str, done: str, between: str = "") -> bool:
    """A total's words sum what each did (算下来走了 after 每次沿河走), or what each cost
    (一学期共需 after 每天45元; 共 alone, 全季共56场, may count what each is one of); an each
    naming no act, what the words ``between`` it and the total name (按每人每天100元的标准，
    …发放生活补助，…补助总额)."""
    # (若每个周末巡河2次，一年就能巡河104次: the whole span's, of the same act)
    if (span := lexicon.WHOLE_SPAN_DONE.search(lead)) and len(done) >= 2 and span["act"].endswith(done[-2:]):
        return True
    if not done and lexicon.SHORT_SUM_LEAD.fullmatch(lead):  # (每班48人，选课共144人: an each of no act)
        return True
    if len(done) >= 2 and lead.endswith(f"总{done}"):  # (总造价 after 每个造价)
        return True
    # (补贴总额 after 每亩补贴: the act's whole, named by it)
    if (total := lexicon.WHOLE_OF_ACT.search(lead)) and (
            total["act"].endswith(done[-2:]) if len(done) >= 2 else not done and total["act"][-2:] in between):
        return True
    for summed_by, as_done in ((lexicon.SUM_BEFORE, True), (lexicon.RUNNING_TOTAL, True), (lexicon.EACH_SUMMED, False)):
        if summed := summed_by.search(lead):
            rest = lead[summed.end():].removesuffix("了")
            # (每场3小时，累计服务15小时: an each naming no act sums under any)
            # (共需饵料鱼 after 每次投喂饵料鱼: what is needed, named as each's)
            paid = lexicon.PAID_IN_ALL.match(rest)
            # (累计服务时长 after 每人服务: the act's total named by the act)
            if (as_done and (rest in done or (not done and len(rest) <= NAMED_ACT)
                             or (len(done) >= 2 and rest.startswith(done)))) \
                    or (paid is not None and rest[paid.end():] in done):
                return True
    return False


def _priced_total(price: Fact, facts: list[Fact], text: str, article: _Nearby,
                  clause_before: Sequence[Fact] = ()) -> list[Suggestion]:
    """年产电池包8万套，按单价约1.9万元测算，年销售收入约19.2亿元; 每月空运12吨，运价18.5元/
    公斤，月运费26.4万元: the quantity told last before a unit price, at that price, makes
    the money named right after it, of the same period. A price per unit of area with no
    such quantity near is of the area its lines above name in that unit (租赁面积320平方米。⏎
    物业费每月6元/平方米，每月物业费T); a price whose sentence tells no quantity, of the one
    ending the clause a semicolon closed before it (盘亏12套；单价385元，盘亏金额T)."""
    money, _, per = (price.claim.unit or "").partition("/")
    lead = levels.lead(price, text)
    if not per and (each := lexicon.PRICE_PER_BEFORE.search(lead)):
        # (收购价为每公斤42元: 元 a 公斤; 每公斤售价: the measure, not 公 alone)
        after = lead[each.start() + 1:]
        # (电价每千瓦时0.627元: a unit of three characters a quantity before is told in)
        told = {f.claim.unit for f in facts if f.claim.end <= price.claim.start}
        per = next((after[:n] for n in (3, 2) if units.converted(1.0, after[:n]) is not None or after[:n] in told),
                   each.group("per"))
    # (学生38人，每人收费800元；其余18人每人收费1200元，共收费T: the total is both groups')
    if units.dimension(money) != "money" or price.claim.qualifier not in STATED \
            or not (per or lexicon.UNIT_PRICE_BEFORE.search(lead)) \
            or _each_before(price, article.between(price.claim.start - REACH, price.claim.start), text):
        return []
    # (平均每头出栏重量120公斤 is one's, no quantity sold; 用电260度 at 每度0.56元 is a
    # quantity, though 度 may be a temperature)
    def quantities_in(told: Iterable[Fact]) -> list[Fact]:
        return [f for f in told if f.claim.end <= price.claim.start and f.claim.qualifier in STATED
                and f.value > 0 and units.dimension(f.claim.unit) != "money" and "/" not in (f.claim.unit or "")
                and (units.additive(f.claim.unit) or f.claim.unit == per)
                and not lexicon.PER_HEAD_BEFORE.search(lead_of := levels.lead(f, text)) and not _compared(f, text)
                # (每亩油耗3.5升: one mu's, no quantity bought; 每月空运15吨 is a month's)
                and ((one := lexicon.PER_ITEM_BEFORE.search(lead_of)) is None or one.group("each") in lexicon.PERIOD_LENGTHS)]

    quantities = quantities_in(facts)
    totals = [f for f in facts if f.claim.start >= price.claim.end and units.dimension(f.claim.unit) == "money"]
    # (1329名师生…团体票每张20元: a ticket a head)
    ticket = per == "张" and lexicon.TICKET_PRICED.search(lead) is not None
    if not quantities and per:  # 以每股5.2元买入3000股，成本T: so many of what it is per, told after it
        # (按每公斤3.85元收购4.62万吨: or in another unit of its measure)
        quantities = [f for f in facts if price.claim.end <= f.claim.start
                      and (_priced_per(f.claim.unit, per) or _measured_alike(f.claim.unit, per)
                           or (ticket and f.claim.unit in lexicon.PERSONS_COUNTED))
                      and f.claim.qualifier in STATED and f.value > 0 and totals
                      and f.claim.end <= totals[0].claim.start and f.sentence == price.sentence
                      # (购进80袋（每袋50公斤），合4吨: so much each is no quantity bought)
                      and not lexicon.PER_ITEM_BEFORE.search(levels.lead(f, text))][:1]
    if not quantities and per and units.dimension(per) == "area":
        areas = [f for f in _block_above(price, article, text) if f.claim.unit == per and f.claim.qualifier in STATED and f.value > 0
                 and lexicon.AREA_NAMED.search(levels.lead(f, text))]
        quantities = areas[-1:] if len({f.value for f in areas}) == 1 else []
    if not quantities and not any(units.dimension(f.claim.unit) != "money" for f in facts if f is not price):
        # (共产奶酪18吨，比去年的14.4吨增长25%；售价每公斤A，销售额T: not a level compared with;
        # 其余360吨鲜销，每公斤90元，收入T1；干参每公斤3000元，收入T2: nor one priced already)
        priced = any(units.dimension(f.claim.unit) == "money" for f in clause_before)
        quantities = [] if priced else [f for f in quantities_in(clause_before) if not _compared(f, text)][-1:]
    # (冠军8000元、亚军5000元…，优秀奖12个、每个1000元，奖金总额T: a total of more than it)
    if any(f.sentence == price.sentence and f.claim.end <= price.claim.start
           and units.dimension(f.claim.unit) == "money" for f in facts):
        return []
    # (两项飞行体验收入合计T: a recap of several items' money, no one price's)
    if not quantities or not totals or "/" in (totals[0].claim.unit or "") \
            or totals[0].claim.qualifier not in STATED \
            or not lexicon.PRICED_TOTAL_BEFORE.search(levels.lead(totals[0], text)) \
            or lexicon.RECAP_BEFORE.search(levels.lead(totals[0], text)):
        return []
    quantity, total = quantities[-1], totals[0]
    factor = 1.0
    ticket = ticket and quantity.claim.unit in lexicon.PERSONS_COUNTED
    if per[1:] == quantity.claim.unit and per[0] in lexicon.SCALE_VALUES:  # (14000字 at 240元/千字: 14 thousands)
        factor = 1 / lexicon.SCALE_VALUES[per[0]]
    elif per and not ticket and not _priced_per(quantity.claim.unit, per):  # (12吨 at 18.5元/公斤: 12000 of them; 亩 is no 公斤)
        of, one = units.converted(1.0, quantity.claim.unit), units.converted(1.0, per)
        if of is None or one is None or units.dimension(quantity.claim.unit) != units.dimension(per):
            return []
        factor = of / one
    # 年产8万套…年销售收入: one period each; 月租每平方米18元…一年租金: a month's price over a year
    period, spent = _period_of(quantity, text) or _period_of(price, text), _period_of(total, text)
    first_each = lead.find("每")
    if not spent and not _period_of(quantity, text) and first_each >= 0 and lexicon.PER_TIME_TOO.search(lead, first_each + 1):
        return []  # (每人每天餐费45元，…餐费合计T: a second 每, of days, unsaid; not 每小时 of 1.5小时)
    if period == "月" and spent == "年":
        factor *= MONTHS_A_YEAR
    elif period != spent and spent:  # (这个月用电A度…电费是T: the quantity's period, unsaid again)
        return []
    least, most = levels.counted(total)
    # (建筑面积180平方米、套内面积144平方米，按建筑面积计租: any told in the unit may be the one)
    readings = [f for f in quantities if f.claim.unit == quantity.claim.unit]
    # (套餐内20GB，超出5.6GB，超出部分单价5元/GB: the excess the price is of, told as such)
    if lexicon.EXCESS_NAMED.search(lead):
        readings += [f for f in facts if f.claim.end <= price.claim.start and f.claim.unit == quantity.claim.unit
                     and lexicon.EXCESS_NAMED.search(levels.lead(f, text) + f.claim.text)]
    # (共300平方米，其中外摆区60平方米不收物业费，其余面积每月3.5元/平方米: or the rest)
    if lexicon.REST_NAMED.search(lead) and len(readings) >= 2 and readings[-1].value < readings[-2].value:
        whole, part = readings[-2:]
        readings.append(replace(part, value=whole.value - part.value, low=whole.low - part.high,
                                high=whole.high - part.low))
    for told_in_unit in readings:
        low, high = levels.counted(told_in_unit)
        if low * factor * price.low <= most * 1.001 and least <= high * factor * price.high * 1.001:
            return []
    return [make("inconsistent", (price, total, quantity), 0.8, "each_vs_total",
                 a=price.claim.text, total=total.claim.text, count=quantity.claim.text,
                 actual=units.written_like(total.value / (quantity.value * factor), price.claim.text))]


def _measured_alike(unit: str | None, per: str) -> bool:
    """Whether a quantity's unit and the measure a price is per are two units of one
    measure (吨 and 公斤), each convertible."""
    return units.converted(1.0, unit) is not None and units.converted(1.0, per) is not None \
        and units.dimension(unit) == units.dimension(per)


def _priced_per(unit: str | None, per: str) -> bool:
    """Whether a quantity in ``unit`` is counted by the measure a price is per: 每股 of 3000股,
    每人 of 2.3万人次 (a ticket a visit) or of 1200名."""
    return unit == per or (per == "人" and (units.same(unit, per) or unit == "人次"))


def _shared_out(each: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``分红总额86.4万元，按全村1200名股民平均分配，每人可分到820元`` (平分, AA下来每人; the
    count may come first: 12个人AA…一共花了1956元): a total shared out evenly among a
    count, so much each: the total over the count."""
    if each.claim.qualifier not in STATED or not lexicon.EACH_SHARE_BEFORE.search(levels.lead(each, text)):
        return []
    counts = [f for f in before if f.claim.kind == "amount" and f.claim.qualifier == "exact" and f.value >= 2
              and units.dimension(f.claim.unit) not in ("money", "durations", "rate", None)]
    if not counts:
        return []
    count = counts[-1]
    totals = [f for f in before if units.same(f.claim.unit, each.claim.unit)
              and f.claim.qualifier in STATED and _level(f)]
    if not totals:
        return []
    total = totals[-1]
    # (补贴资金3186万元，补贴面积59万亩，每亩补贴54元: what each gets named by the total's own
    # verb, per the count's measure, shares it out too)
    per = lexicon.EACH_GETS_BEFORE.search(levels.lead(each, text))
    if not lexicon.SHARED_OUT.search(text, min(total.claim.end, count.claim.end), each.claim.start) \
            and not (per and per["per"] == count.claim.unit != lexicon.GENERAL_COUNTER
                     and total.claim.end <= count.claim.start and per["verb"] in levels.lead(total, text)
                     and _additive(total)
                     and "其中" not in text[total.claim.end:each.claim.start]):
        return []
    # (收益66万元，拿出一半…平均分红: the share told of the total is what is shared out)
    taken = [f for f in before if f.claim.start > total.claim.end and f.claim.kind == "share"]
    # (每个分馆142册，余下6册留在总馆: what is left over after the even shares)
    if len(taken) > 1 or (taken and taken[0].claim.unit not in ("%", "成")) \
            or lexicon.LEFT_OVER.search(text, each.claim.end, _sentence_end(each.claim.end, text)) \
            or lexicon.SHARED_BY_THE_REST.search(text, count.claim.end, each.claim.start) \
            or levels.some_left_out((count, each), text):
        return []
    part = (taken[0].low / 100, taken[0].high / 100, taken[0].value / 100) if taken else (1.0, 1.0, 1.0)
    least, most = levels.counted(total)
    low, high = levels.stated(each, text)
    if least * part[0] / count.value <= high * 1.001 and low <= most * part[1] / count.value * 1.001:
        return []
    return [make("inconsistent", (each, total, count), 0.8, "each_vs_total", a=each.claim.text,
                 total="×".join(f.claim.text for f in (total, *taken)), count=count.claim.text,
                 actual=units.written_like(total.value * part[2] / count.value, each.claim.text))]


def _month_over_year(monthly: Fact, after: list[Fact], text: str, before: Sequence[Fact] = ()) -> list[Suggestion]:
    """``月租金3800元，一年下来房租就要4.16万元``: a month's money, and a year's told after it in
    its sentence, twelve times it (times the one count told between them: 每个摊位月租金1500元，
    共设40个摊位，一年可收取租金T; or, each of a count's, the count right before it: 为743名…
    人员每人每月发放补贴450元，全年需支出T)."""
    if units.dimension(monthly.claim.unit) != "money" or monthly.claim.qualifier not in STATED \
            or not lexicon.MONTHLY_BEFORE.search(levels.lead(monthly, text)) \
            or _each_before(monthly, before, text):  # (一级的52人每月260元，二级的40人每月180元，全年共计T)
        return []
    total = next((f for f in after if units.dimension(f.claim.unit) == "money"), None)
    # (一年下来，车位租金要交T: the year may open a clause of its own; 首月免租 leaves a
    # month unpaid)
    months = _months_summed(monthly, total, text) if total is not None else 0
    if total is None or total.claim.qualifier not in STATED or "/" in (total.claim.unit or "") or not months \
            or lexicon.MONTHLY_BEFORE.search(levels.lead(total, text)) \
            or lexicon.NOT_PAID.search(text, monthly.claim.end, total.claim.start) \
            or lexicon.PAID_IN_PARTS.search(text, monthly.claim.end, total.claim.start):
        return []  # (押一付三，签约时首次支付T: four months, no year)
    between = [f for f in after if f.claim.end <= total.claim.start]
    if len(between) > 1 or any(f.claim.qualifier != "exact" or f.claim.kind != "amount"
                               or units.dimension(f.claim.unit) in ("money", "durations") for f in between):
        return []  # (a count of things alone: no duration, no other money)
    clause = levels.clause_before(monthly, text)
    # (为1860名80岁以上老人每月发放100元: the heads its own clause counts, an age aside)
    heads = [f for f in before if f.sentence == monthly.sentence and f.claim.qualifier == "exact"
             and f.claim.unit in lexicon.PERSONS_COUNTED and not CLAUSE_STOP.search(text, f.claim.end, monthly.claim.start)]
    if not between and heads:
        between = heads[-1:]
    elif not between and (lexicon.PER_HEAD_BEFORE.search(clause) or lexicon.EACH_OF_A_COUNT.search(clause)
                          or lexicon.GIVEN_TO_EACH.search(clause)):
        # (雇用村民60人，人均月工资3500元 / 1.24万人，每人每月100元，全年T: its count before,
        # the figure right before it in its sentence, a head count)
        head = max(before, key=lambda f: f.claim.start, default=None)
        if head is None or head.sentence != monthly.sentence or head.claim.qualifier != "exact" \
                or head.claim.unit not in lexicon.PERSONS_COUNTED:
            return []
        between = [head]
    count = months * math.prod(f.value for f in between)
    least, most = levels.counted(total)
    if monthly.low * count <= most * 1.001 and least <= monthly.high * count * 1.001:
        return []
    return [make("inconsistent", (monthly, total, *between), 0.8, "each_vs_total",
                 a=monthly.claim.text, total=total.claim.text,
                 count="×".join([*(f.claim.text for f in between), f"{months}个月"]),
                 actual=units.written_like(total.value / count, monthly.claim.text))]


def _growth_of_the_named(change: Fact, sentence: _Nearby, article: _Nearby, text: str) -> list[Suggestion]:
    """``悬谜总数较去年的128条增长四成`` after ``本届谜会共悬谜160条`` sentences before: a growth
    over last year's level told in its own clause, of what its sentence opens by naming, is of
    the figure told before whose words name that best (``_told_alike``)."""
    if change.claim.kind != "change" or change.claim.unit not in ("%", "％") \
            or change.claim.start - change.sentence > NAMED_GROWTH:
        return []  # (a short sentence of its own: an endless one stays linear)
    told = [f for f in sentence.between(change.sentence, change.claim.start) if f.claim.end <= change.claim.start]
    if len(told) != 1:
        return []
    base = told[0]
    compared = lexicon.PREVIOUS_LEVEL.search(text, max(0, base.claim.start - PREVIOUS_READ), base.claim.start)
    opened = text[change.sentence:base.claim.start]
    if compared is None or not _level(base) or not base.value or CLAUSE_STOP.search(opened) \
            or not lexicon.RISE_OR_FALL_ONLY.fullmatch(text, base.claim.end, change.claim.start):
        return []
    subject = opened[:compared.start() - change.sentence]
    earlier = [f for f in article.between(change.claim.start - WHOLE_REACH, change.sentence)
               if units.same(f.claim.unit, base.claim.unit) and _level(f) and not _compared(f, text) and f.value]
    later = _told_alike(subject, earlier, text) if len(subject) >= 2 else []
    return levels.growth_against(change, base, later[0], text) if later else []


def _months_summed(monthly: Fact, total: Fact, text: str) -> int:
    """How many months a total told after a month's figure sums: twelve for a year (一年下来,
    全年), or the span its words name between them (上半年共发放: six; a single month read
    out of 4月至12月 is none); 0 where none is told."""
    if lexicon.A_YEAR.search(text, monthly.claim.end, total.claim.start):
        return MONTHS_A_YEAR
    span = periods.months(total.when.part) \
        if total.when.part and total.when.part in text[monthly.claim.end:total.claim.start] else None
    return span[1] - span[0] + 1 if span and span[1] > span[0] else 0


def _terms_ratio(ratio: Fact, before: list[Fact], text: str) -> list[Suggestion]:
    """``医师2340人、注册护士2860人，医护比达到1:1.45``: a ratio named by its terms (a character
    of each, or the words: 助攻失误比) is the one count over the other, each the one figure
    before it whose own words hold its term; 性别比 is per a hundred women."""
    lead = levels.lead(ratio, text)
    named = lexicon.TERMS_JOINED_RATIO.search(lead) or lexicon.TERMS_RATIO_BEFORE.search(lead)
    if named is None or ratio.claim.unit is not None or ratio.claim.qualifier not in (*STATED, "nearly"):
        return []
    if named.re is lexicon.TERMS_JOINED_RATIO and named["both"]:  # (A套，B套，两者之比: those two)
        # (每名社区工作者服务约330人: so much each, no term)
        two = [f for f in before if f.claim.end <= ratio.claim.start and _level(f) and f.sentence == ratio.sentence
               and not lexicon.EACH_OF_A_COUNT.search(levels.lead(f, text))]
        if len(two) < 2 or not units.same(two[-2].claim.unit, two[-1].claim.unit) \
                or not lexicon.RATIO_COLON.search(ratio.claim.text):
            return []
        return _ratio_off(ratio, [(two[-2], two[-1])])
    pair = named["first"] + named["second"]
    scale = 100.0 if pair == "性别" else 1.0
    # (a bare figure after two characters' 比 is a ratio only of terms known, or named by words:
    # 局分比1.308 is of games and points won and lost)
    if scale == 1.0 and not lexicon.RATIO_COLON.search(ratio.claim.text) \
            and pair not in lexicon.RATIO_TERMS and len(pair) < 4:
        return []
    terms = []
    for term in lexicon.RATIO_TERMS.get(pair, (named["first"], named["second"])):
        # (居民44902户，…网格员188名，户员比: a term its count's unit names)
        # (每万人口执业医师37.0人 is a rate of the term, no count of it; 14胜6平: 胜 is the unit of
        # the figure before 6平, no word of its own)
        holding = [f for f in before if f.claim.end <= ratio.claim.start and _level(f) and f.claim.qualifier in STATED
                   and (re.search(term, re.split("[、，,]|[0-9]+[\u4e00-\u9fff]?", levels.lead(f, text))[-1])
                        or f.claim.unit == term)
                   and not lexicon.PER_BASE_BEFORE.search(levels.lead(f, text))]
        if len(holding) != 1:
            return []
        terms.append(holding[0])
    # (性别比's terms are of one unit; 床位 over 护理员 need not be)
    if terms[0] is terms[1] or not terms[1].value \
            or (scale != 1.0 and not units.same(terms[0].claim.unit, terms[1].claim.unit)):
        return []
    # (报名4926人，通过资格审查4025人，按审查通过人数计算，报录比为68.2:1: a term its reckoning
    # names in place of the one its character does)
    pairs = [(terms[0], terms[1])]
    if basis := lexicon.RECKONED_BY.search(text, ratio.sentence, ratio.claim.start):
        named_by = [f for f in before if f.claim.end <= basis.start() and _level(f) and f not in terms
                    and grams(basis["basis"]) & grams(levels.lead(f, text))]
        pairs = [pair for f in named_by for pair in ((f, terms[1]), (terms[0], f))] or pairs
    return _ratio_off(ratio, pairs, scale)


def _ratio_off(ratio: Fact, pairs: list[tuple[Fact, Fact]], scale: float = 1.0,
               said: tuple[str, str] | None = None) -> list[Suggestion]:
    """Flagged against the first pair of terms when no pair gives the ratio (per a hundred:
    ``scale``; the terms ``said`` so where they are worked out)."""
    low, high = levels.ratio_bounds(ratio)

    def fits(first: Fact, second: Fact) -> bool:
        (a_low, a_high), (b_low, b_high) = levels.counted(first), levels.counted(second)
        return a_low / b_high * scale <= high * 1.001 and low * 0.999 <= a_high / b_low * scale

    if any(fits(*pair) for pair in pairs):
        return []
    first, second = pairs[0]
    actual = first.value / second.value * scale
    # (written as the ratio is: 1:1.22 for 1:1.45, 15:1 for 16.5:1, 107 for 116.9)
    if scale != 1.0:
        told = f"{actual:.3g}"
    else:
        told = f"1:{_three_figures(1 / actual)}" if lexicon.ONE_TO.match(ratio.claim.text) else f"{_three_figures(actual)}:1"
    part, total = said or (first.claim.text, second.claim.text)
    return [make("inconsistent", (ratio, first, second), 0.8, "ratio_vs_terms", a=ratio.claim.text,
                 part=part, total=total, actual=told)]


def _three_figures(value: float) -> str:
    """1489.5 as 1490 (not 1.49e+03), 1.224 as 1.22."""
    return f"{value:.3g}" if value < 100 else f"{round(value, -len(str(int(value))) + 3):.0f}"


def _ratio_of_two(ratio: Fact, around: list[Fact], text: str) -> list[Suggestion]:
    """``公共停车泊位28.3万个，…泊位与汽车之比约为1:3.2``: a ratio of two things its words name
    (A与B之比) is the figure of the one over the figure of the other, each the one ``around``
    it in its sentence (the clauses a semicolon joins before it too) whose own words name it."""
    named = lexicon.RATIO_OF_TWO.search(levels.lead(ratio, text))
    if ratio.claim.qualifier not in STATED or not lexicon.RATIO_COLON.search(ratio.claim.text):
        return []
    # (…其中老城区31.2万人；老城区与新城区人口之比: the clauses a semicolon joins before it too)
    told = [f for f in around if f is not ratio and _level(f) and f.claim.unit
            and not lexicon.FULL_STOP.search(text, min(f.claim.end, ratio.claim.end), max(f.claim.start, ratio.claim.start))]
    if named is None:  # (保育人员1180人，在托婴幼儿9640人，保育比为1:8.2: the two told before it, either way)
        # (no ratio of last year's, 比上年的2.05:1; no prices per two measures, 每公斤…每斤; no
        # whole and its part, 教职工98人，其中专任教师76人，生师比)
        two = [f for f in told if f.claim.end <= ratio.claim.start]
        if len(two) != 2 or not units.same(two[0].claim.unit, two[1].claim.unit) or _compared(ratio, text) \
                or "其中" in text[two[0].claim.end:two[1].claim.start] \
                or units.dimension(two[0].claim.unit) == "rate" or not two[0].value or not two[1].value \
                or any(lexicon.EACH_OF_A_COUNT.search(levels.lead(f, text)) for f in two) \
                or lexicon.NET_GAIN.search(levels.lead(two[1], text)):
            return []
        # (the order first whose quotient stands on the ratio's side of one)
        return _ratio_off(ratio, sorted([(two[0], two[1]), (two[1], two[0])],
                                        key=lambda p: (p[0].value < p[1].value) != (ratio.value < 1)))
    # (新增用户中线上与线下之比: the group the first term is among is no term)
    first = lexicon.AMONG_LEAD.sub("", named["a"]) or named["a"]
    # (非国有博物馆22座 is no term 国有 names: its negation is the other's)
    terms = [[f for f in told if re.search(f"(?<![非未不]){re.escape(name[:2])}", _own_words(f, text))]
             for name in (first, named["b"])]
    after = [f for f in told if f.claim.start > ratio.claim.end][:2]
    if lexicon.RESPECTIVELY_AFTER.match(text, ratio.claim.end) and len(after) == 2 \
            and units.same(after[0].claim.unit, after[1].claim.unit):
        terms = [after[:1], after[1:]]  # (之比为4.71:1，分别为1286亿元和347亿元: the terms in turn)
    if sorted(map(len, terms)) == [0, 1]:
        # (新车46.2万辆，其中新能源汽车21.8万辆，新能源与燃油车之比: the other term the rest of
        # the whole the one is a part of)
        part = next(f for found in terms for f in found)
        wholes = [f for f in told if f is not part and units.same(f.claim.unit, part.claim.unit) and f.value > part.value
                  and ((f.claim.end <= part.claim.start and "其中" in text[f.claim.end:part.claim.start])
                       or lexicon.WHOLE_SCOPE_LEAD.match(CLAUSE_STOP.split(levels.lead(f, text))[-1]))]
        if len(wholes) != 1:
            return []
        whole = wholes[0]
        rest = replace(whole, value=whole.value - part.value, low=whole.low - part.high, high=whole.high - part.low)
        terms = [found or [rest] for found in terms]
        said = tuple(f"({whole.claim.text}−{part.claim.text})" if f is rest else f.claim.text
                     for f in (terms[0][0], terms[1][0]))
        return _ratio_off(ratio, [(terms[0][0], terms[1][0])], said=(said[0], said[1]))
    if any(len(found) != 1 for found in terms) or terms[0][0] is terms[1][0] or not terms[1][0].value:
        return []
    return _ratio_off(ratio, [(terms[0][0], terms[1][0])])


def _period_of(fact: Fact, text: str) -> str:
    """The period its own clause counts in (年产, 月运费), if any (a time told, 今年, is none;
    of two, the one nearest the figure: 首年月租金 is a month's)."""
    found = lexicon.PERIOD_CHARACTER.findall(lexicon.TIMES_NAMED.sub("", CLAUSE_STOP.split(levels.lead(fact, text))[-1]))
    return found[-1] if found else ""


def _told_before(average: Fact, counts: list[Fact], near: list[Fact], per: str | None,
                 counted: tuple[str, ...], text: str) -> list[Fact]:
    """The count an average's own sentence leaves to those before it in its paragraph
    (486家企业参会。参会企业共提交需求1260条，平均每家约4条): the whole's where what it
    counts, the noun right after it, is named again before the average, with the total,
    or a 单's measure word is its (报关单3860票。…单票货值); or where its measure word is
    the one the average is per (共出战30场。…打进48球，场均进球1.8个), other than 个, which
    counts anything, and no part of it is told (竹林38万亩，其中投产22.8万亩…亩均: either
    may be the one). The parts after 其中 come too, before the whole: the average may be of
    either."""
    parts = [f for f in counts if "其中" in text[f.sentence:f.claim.start]]
    counts = [f for f in counts if f not in parts]
    if len(counts) != 1 or not any(f.claim.start < average.claim.start and f.claim.qualifier in STATED
                                   and _counted_alike(f, average, text) for f in near):
        return []
    noun = text[counts[0].claim.end:counts[0].claim.end + COUNTED_NOUN]
    sentence = text[average.sentence:average.claim.start]
    unit = counts[0].claim.unit
    told = (_CHINESE.fullmatch(noun) and noun in sentence) or unit == per \
        or (not parts and unit in counted and unit != lexicon.GENERAL_COUNTER
            and not lexicon.PART_COUNT_LEAD.search(CLAUSE_STOP.split(levels.lead(counts[0], text))[-1]))
    return parts + counts if told else []  # (the whole's, last, is the one an alarm names)


def _column(fact: Fact, text: str) -> int | None:
    """The cell of a table row (指标｜2024年｜2023年) a figure stands in; None in prose."""
    line = text[text.rfind("\n", 0, fact.claim.start) + 1:fact.claim.start]
    cells = lexicon.TABLE_CELL.split(line)
    return len(cells) - 1 if len(cells) > 1 else None


def _totals_of(average: Fact, count: Fact, near: list[Fact], text: str, change: str = "",
               said: str = "") -> list[Fact]:
    """The totals near an average that ``count`` may divide: a total on the other side of
    a 其中 is the whole group's, not the count's; last season's (比上赛季的500球) is none,
    nor one item of a list (分别为21次、18次和24次) other than the one whose own words open
    what the average counts, ``said`` (进17球、失9球，场均失球), nor a change unless the
    average is of that ``change`` (共实现增收A，户均增收B); an average listed after 其中
    (其中城区人均4.1册) is a part's, and no total before the 其中 is its part's."""
    opening = text.rfind("其中", max(0, average.claim.start - REACH), average.claim.start)
    if opening < 0 or lexicon.SENTENCE_END.search(text, opening, average.claim.start):
        opening = -1
    return [f for f in near if f is not count and _counted_alike(f, average, text) and f.claim.end > opening
            and not lexicon.NOT_A_PART_BEFORE.search(text[max(0, f.claim.start - 4):f.claim.start])
            and (not levels.difference_led(f, text) or (change and change in levels.lead(f, text)))
            and not _compared(f, text) and not lexicon.DEDUCTED_BEFORE.search(levels.lead(f, text))
            and (not _listed_item(f, near, text) or _item_counted(f, said, text))
            # (a table's 其中 row is one row of it: 接待观众｜…⏎其中青少年｜…⏎开放天数｜…)
            and (_column(f, text) is not None
                 or "其中" not in text[max(min(f.claim.end, count.claim.end), f.sentence):max(f.claim.start, count.claim.start)]
                 # …1280人，其中专职436人、兼职844人，累计巡护5.6万人次: a total past the
                 # parts, said of all, is the whole group's
                 or (count.claim.start < f.claim.start and (lexicon.TOTAL_BEFORE.search(levels.lead(f, text))
                                                            or _past_its_parts(count, f, near))))]


def _item_counted(item: Fact, said: str, text: str) -> bool:
    """Whether a listed item's own words (失 of 进17球、失9球) open what an average counts (失球)."""
    own = levels.lead(item, text).rpartition("、")[2].strip()
    return bool(own) and said.startswith(own)


def _counted_alike(total: Fact, average: Fact, text: str) -> bool:
    """A total in the average's unit, or in the noun a bare 个 counts (打进48球，场均进球1.8个),
    or its person-times for a head's times (累计参训1564人次，人均11.5次) or for the persons
    of each trip (运送旅客318.4万人次，平均每班运送旅客129人)."""
    unit, each = total.claim.unit, average.claim.unit
    return units.same(unit, each) or (each is not None and unit == f"人{each}") \
        or (unit == "人次" and units.same(each, "人")) or (
        average.claim.unit == lexicon.GENERAL_COUNTER and unit is not None and levels.lead(average, text).endswith(unit)) \
        or _in_units_of(total, average) is not None


def _area_in(count: Fact, each: str) -> float | None:
    """How many of the area ``each`` is per (亩) one of the count's other unit of area holds
    (公顷: 15); None where the count is no area in another unit."""
    scale = units.scale(count.claim.unit, each)
    return scale if scale and not units.same(count.claim.unit, each) and units.dimension(each) == "area" else None


def _in_units_of(total: Fact, average: Fact) -> float | None:
    """What one of a total's unit is in the average's, where they are two measures of one
    dimension (7.25万吨 over 18.6万亩, 亩产458公斤: a 吨 is 1000 公斤); else None."""
    unit, each = total.claim.unit, average.claim.unit
    if units.same(unit, each) or units.dimension(unit) != units.dimension(each):
        return None
    of, one = units.converted(1.0, unit), units.converted(1.0, each)
    return of / one if of and one else None


def _counts_another(total: Fact, said: str) -> bool:
    """43名眼科医生: a figure told of the noun right after it counts that noun, which the
    words ``said`` of an average do not name."""
    noun = total.after[:2]
    return bool(_CHINESE.fullmatch(noun)) and noun not in said


def _past_its_parts(count: Fact, total: Fact, near: list[Fact]) -> bool:
    """1480场，其中线上520场、线下960场，参与读者21.3万人次: a total told right after the
    count's own parts (every figure between them in the count's unit) is the whole's."""
    between = [f for f in near if count.claim.end <= f.claim.start and f.claim.end <= total.claim.start]
    return bool(between) and all(units.same(f.claim.unit, count.claim.unit) for f in between)


def _per_time_against_total(average: Fact, near: list[Fact], each: str, text: str) -> list[Suggestion]:
    """``前三个月共发车540列，月均约200列``, ``7月共保障航班3286架次，日均约106架次``: an
    average a month (or a day) of a total told for the months its period spans (全年 twelve;
    their days, a February's only where its year is known), which the text names in words,
    not as a figure; working days (工作日) are not counted so."""
    span = periods.months(average.when.part)
    # told as a total (共, 累计, 全年…): 6月销量4860辆为上半年最高 is one month's
    alike = [f for f in near if units.same(f.claim.unit, average.claim.unit) and f.when.part == average.when.part
             and f.claim.start < average.claim.start]
    totals = [f for f in alike if lexicon.TOTAL_BEFORE.search(levels.lead(f, text))]
    # (上半年新建基站2460个，平均每月新建约520个; 一季度门急诊量18.6万人次，日均约2.07万人次: the
    # level right before it in its sentence, of the act the average names, or of any where it
    # names none)
    said = lexicon.PER_HEAD_BEFORE.split(levels.lead(average, text))[-1].lstrip("每个月日天约为是")
    if not totals and alike and alike[-1].sentence == average.sentence and not lexicon.PER_HEAD_BEFORE.search(
            levels.lead(alike[-1], text)) and (not said or said[:2] in levels.lead(alike[-1], text)):
        totals = alike[-1:]
    if span is None:
        # (书展于9月1日至9月15日举行，累计入场A，日均入场B: the days its dates span)
        days = dated.days_spanned(text, max(average.sentence, average.claim.start - dated.SPAN_READ * 2),
                                  average.claim.start) if each == "日" else None
        # (a form's 统计区间：6月1日至6月15日 above 本期行驶2800公里…日均行驶: the form's period)
        ruled = lexicon.PERIOD_RULED.search(text, max(0, average.claim.start - NAMED_WHOLE_REACH), average.claim.start) \
            if each == "日" and not days else None
        if ruled and totals and lexicon.WHOLE_PERIOD_BEFORE.search(levels.lead(totals[-1], text)):
            days = dated.days_spanned(text, ruled.end(), ruled.end() + dated.SPAN_READ)
        return _average_off(average, totals, days, (), f"{days}天", text) if days else []
    months = range(span[0], span[1] + 1)
    if each == "月":
        return _average_off(average, totals, len(months), (), f"{len(months)}个月", text)
    if lexicon.WORKING_DAYS.search(text, average.sentence, average.claim.start):
        return []
    # (a February of no year told: 28 days or 29, flagged only when neither gives it)
    years = [average.when.year] if average.when.year is not None or 2 not in months else [COMMON_YEAR, LEAP_YEAR]
    offs = [_average_off(average, totals, days, (), f"{days}天", text)
            for days in (sum(calendar.monthrange(year or COMMON_YEAR, month)[1] for month in months) for year in years)]
    return offs[0] if all(offs) else []


def _average_off(average: Fact, totals: list[Fact], count: float, counted_by: tuple[Fact, ...],
                 said: str, text: str) -> list[Suggestion]:
    """Flagged against the last total stated (``STATED``) when no total over ``count``
    (the figure ``counted_by`` states, or a period's months) gives the average, to their
    rounding, or within a bound's range."""
    if not totals:
        return []
    low, high = levels.worked_out(average, text)
    for total in totals:
        factor = _in_units_of(total, average) or 1.0
        least, most = (total.value, total.value) if total.claim.qualifier in STATED else (total.low, total.high)
        slack = total.value * factor / count * (levels.rounding(total, *counted_by) + NEAR_MISS)
        if low - slack <= most * factor / count and least * factor / count <= high + slack:
            return []
    stated = [total for total in totals if total.claim.qualifier in STATED]
    if not stated:
        return []
    total = stated[-1]
    told = (average, total, *counted_by)
    if levels.some_left_out(told, text) or any(levels.smaller_after(f, text) for f in counted_by):
        return []
    return [make("inconsistent", told, 0.8, "average_vs_total",
                 a=average.claim.text, total=total.claim.text, count=said,
                 actual=units.written_like(total.value * (_in_units_of(total, average) or 1.0) / count,
                                           average.claim.text))]


def _whole_like(fact: Fact, text: str) -> bool:
    """A figure that can be the total of parts: as a part, or bounded above (近900家)."""
    start = fact.claim.start
    return _additive(fact, text) \
        and fact.claim.qualifier in ("exact", "about", "nearly", "under") \
        and not lexicon.NOT_A_PART_BEFORE.search(text[max(0, start - 4):start])


def _split_average(fact: Fact, cue: int, text: str) -> bool:
    """人均费用680元，其中交通费180元、住宿费220元…: an average split right after it is
    the whole of its parts, each as much a head's."""
    return units.additive(fact.claim.unit) and fact.claim.qualifier in ("exact", "about") \
        and lexicon.AVERAGE_LEAD.search(levels.lead(fact, text)) is not None \
        and text[fact.claim.end:cue].strip("，, ") == ""


def _nested(text: str, cue: int, start: int) -> bool:
    """A part of a part: inside brackets (…（其中三级医院24个）), or after a second 其中
    in its own clause (其中4A级26家，其中5A级3家); ``cue`` is where the list starts."""
    list_text = text[cue:start]
    opened = max(list_text.rfind("（"), list_text.rfind("("))
    if opened > max(list_text.rfind("）"), list_text.rfind(")")):
        return True
    return "其中" in re.split("[，,；;、]", list_text)[-1]


def _apposed(part: Fact, share: Fact, text: str) -> bool:
    """``涉及民生的134件，超过一半，…``: a share standing alone as a clause right after a
    part is that part's (not 134件，一半以上已办结: a share of the 134件 itself)."""
    return lexicon.CLAUSE_JOIN.fullmatch(text, part.claim.end, share.claim.start) is not None \
        and lexicon.CLAUSE_END.match(text, share.claim.end) is not None


def _shared_by(between: str, lead: str) -> bool:
    """``167个，占…``, ``167个占…``, ``出口额532.7亿元，出口所占比重…`` or ``资本金3亿元，
    资本金比例为``: the 占 clause is the part's own, not one with a subject of its own
    (174只平盘，上涨个股占比…), or a share in brackets right after it (290家（约五成）)."""
    if lexicon.BRACKETED_SHARE.fullmatch(between) or lexicon.WHOLE_NAMED_AS.fullmatch(between) \
            or lexicon.REACH_SHARE.fullmatch(between):
        return True  # (…28.8亿元，为设计产值的: the figure right before)
    at = min((i for i in map(between.find, lexicon.SHARE_CLAUSE_WORDS) if i >= 0), default=-1)
    subject = lexicon.HEDGE_WORDS.sub("", re.split("[，,；;、]", between[:at])[-1]).strip().rstrip("所")
    subject = lexicon.SUBJECT_STRESSED.sub("", subject)  # (兴趣班一项就占: 兴趣班)
    # the part's own item of a list (其中车险1.12万件、农险0.43万件: 农险's is 农险); its
    # count or amount named (装备类项目100个，…，项目数占: 项目's)
    own = lead.rpartition("、")[2]
    counted = lexicon.MEASURE_OF_SUFFIX.sub("", subject)
    return at >= 0 and (not subject or subject in own or _held_apart(subject, own)
                        or (counted != subject and bool(counted) and counted in own))


def _held_apart(name: str, words: str) -> bool:
    """线上销售 in 其中线上渠道销售: a name of four characters or more whose first two and last
    two the words hold in order, a word or two between them."""
    first = words.find(name[:2])
    return len(name) >= 4 and first >= 0 and words.find(name[-2:], first + 2) >= 0


def _parts_against_total(cue: int, near: _Nearby, text: str, across: bool = False,
                         cue_length: int = 2, count: int = 0) -> list[Suggestion]:
    """``共N个，其中A个、B个`` (or 包括, a colon; or 其中 opening the next sentence,
    ``across``): parts of one whole, listed after the cue, cannot add up past their total.
    A single part larger than the total says the parts belong to another whole; ``count``
    parts (分三段：) make it."""
    named = re.split(r"[（(，,；;。\n]", text[max(0, cue - REACH):cue])[-1]
    if text.startswith("分别", cue) and lexicon.TIMES_NAMED.fullmatch(named):
        return []  # 11月和上年12月分别为A和B: levels of other times, no parts
    stop = lexicon.SENTENCE_END.search(text, cue)
    end = stop.start() if stop else len(text)
    if levels.in_brackets(text, cue):  # 第二产业A（其中工业B），第三产业C: the bracket's parts only
        end = min(end, *(at for mark in "）)" if (at := text.find(mark, cue, end)) >= 0))
    reach = max(0, cue - REACH)  # the total stands near: look no further back than that
    start = reach if across else \
        max(reach, *(text.rfind(mark, reach, cue) + 1 for mark in "。；;！？!?\n"))
    # (超过12万人次 over parts its count says are all of them: a floor they must reach)
    before = [f for f in near.between(max(start, cue - REACH), cue)
              if f.claim.end <= cue and (_whole_like(f, text) or _split_average(f, cue, text)
                                         or (count and f.claim.qualifier == "over" and _additive(f, text)))]
    # 较上一交易日的1.10万亿元放量1100亿元: the level before and the change are no parts
    # (…，两项合计5120万吨: the sum of the parts, not one more)
    # (…，占辖区重点人群1.82万人的80.2%: a share's whole, no part)
    # (a part's words are those after the cue: 共36人登台（男声14人 is no sum's 共)
    parts = [f for f in near.between(cue + 1, min(end, cue + REACH)) if _part_like(f, text)
             and not _nested(text, cue + cue_length, f.claim.start) and not _compared(f, text)
             and not lexicon.SUM_BEFORE.search(levels.lead(f, text)[cue - f.claim.start:])
             and not lexicon.PERCENT_OF_AFTER.match(text, f.claim.end)]
    parts = _listed_run([p for i, p in enumerate(parts) if _among(p, parts[:i], text) is None], text)
    # (接待游客4.92万人次：1日1.42万、2日1.36万…: parts told bare, in the total's scale, are in its unit)
    bare = [] if any(p.claim.unit for p in parts) else [
        f for f in near.between(cue + 1, min(end, cue + REACH)) if f.claim.unit is None and f.claim.kind == "amount"
        and f.claim.qualifier in ("exact", "about") and lexicon.SCALED.search(f.claim.text)]
    measures = {_measure(p.claim.unit) for p in parts if p.claim.unit} or {_measure(t.claim.unit) for t in before[-1:] if bare}
    # (one unit however spelt: 68名志愿者…分别是28人、19人和11人; one measure however
    # told: 共3.62公斤，其中A克、B克, 总产量21.6万吨，其中稻谷C斤、玉米D吨)
    for unit in sorted(measures, key=str):
        # 比上年的4684.5万人次 is last year's level, not the whole of this year's parts
        totals = [t for t in before if _measure(t.claim.unit) == unit and not _compared(t, text)]
        same = [p for p in parts if _measure(p.claim.unit) == unit] or bare
        if not totals or len(same) < 2:
            continue
        same = [_measured(p, totals[-1].claim.unit) for p in same]
        total = totals[-1]
        # 参保38.62万人，应参保人数39.90万人…。其中…: the parts are of the total they make
        # (共有一千四百五十名运动员参赛，其中…1522名: a part past a total told right before its
        # 其中 is a slip; past one told further back, of another whole)
        # (亩产约53.6公斤。其中名优茶1120吨: a level of another kind, no total)
        right_before = text.startswith("其中", cue) and cue - total.claim.end <= TOTAL_NEXT and not total.average \
            and not near.between(total.claim.end, cue) and all(p.claim.unit == total.claim.unit for p in same) \
            and sum(p.value for p in same) <= SLIP_PAST * total.value
        if any(_sums_to(same, t) for t in totals[:-1]) \
                or (any(p.low > total.high for p in same) and not right_before) \
                or _cross_cutting(same, text) or _closed_before(same, total, near) \
                or _of_their_namesakes(same, totals, text) or _yield_after(total, cue, near, text) \
                or any(levels.nested(x, y) for x, y in combinations(same, 2)) \
                or sum(bool(lexicon.OVER_BOUND_LEAD.search(levels.lead(p, text))) for p in same) >= 2:
            continue  # (… or groups over bounds, which nest)
        if sum(levels.counted(p)[0] for p in same) > levels.counted(total)[1] * 1.001 \
                and not _gap_told(same, total, near, text):
            return [make("inconsistent", (total, *same), 0.8, "parts_exceed_total",
                         parts="+".join(p.claim.text for p in same), total=total.claim.text)]
        # 其他群体1.09万人, 3A级及以下48个: the list names every part, so they make the total
        named = sum(levels.counted(p)[1] for p in same)
        closed = lexicon.REST_OF_LIST.search(levels.lead(same[-1], text)) or _complements(same, text) \
            or len(same) == count
        if (closed and named < levels.counted(total)[0] * 0.999) or _split_short(same, named, total, text):
            return [_listed_sum(total, same, text)]
    return []


def _yield_after(total: Fact, cue: int, near: _Nearby, text: str) -> bool:
    """``用去果枝720吨，出炭率25%。其中…``: a yield's rate told after the total, the parts
    that follow are of what it yields, no parts of the total."""
    return any(f.claim.unit in ("%", "％") and lexicon.YIELD_RATE.search(levels.lead(f, text))
               for f in near.between(total.claim.end, cue))


def _parts_counted(count: Fact | None, total: Fact, text: str) -> int:
    """三处观景点共接待游客超过12万人次：…: how many parts a count in the total's clause says
    it is made of (0: none told)."""
    if count is None or count.claim.qualifier != "exact" or not 2 <= count.value <= MOST_PARTS_COUNTED \
            or count.value != int(count.value) or units.same(count.claim.unit, total.claim.unit) \
            or CLAUSE_STOP.search(text, count.claim.end, total.claim.start):
        return 0
    return int(count.value)


def _measure(unit: str | None) -> str | None:
    """A unit's spelling, or its dimension where it converts (克, 公斤 and 吨 are one)."""
    return f"={units.dimension(unit)}" if units.converted(1.0, unit) else units.spelling(unit)


def _measured(fact: Fact, unit: str | None) -> Fact:
    """A figure told again in ``unit``, another measure of its dimension (1860克 as 1.86公斤;
    ``_measure`` says they are one)."""
    return levels.in_unit(fact, unit) or fact


def _listed_run(parts: list[Fact], text: str) -> list[Fact]:
    """其中民商事案件A、刑事案件B，涉企案件C (出口A、进口B，贸易顺差C): a list joined by 、 ends
    at the comma after it where the next clause tells a group across it or a difference of
    its items, no item of it (上涨18只、下跌7只，平盘9只 goes on)."""
    for index in range(2, len(parts)):
        joined = [text[a.claim.end:b.claim.start] for a, b in pairwise(parts[:index])]
        if all("、" in j for j in joined) and re.search("[，,]", text[parts[index - 1].claim.end:parts[index].claim.start]) \
                and lexicon.NO_ITEM_AFTER_LIST.search(levels.lead(parts[index], text)):
            return parts[:index]
    return parts


def _bare_items(start: int, near: _Nearby, text: str) -> bool:
    """The rest of the sentence from ``start`` is two items or more, each a short name and
    a figure with no noun after it (前排36位，中间48位，后排46位——…)."""
    stop = lexicon.SENTENCE_END.search(text, start)
    items = near.between(start, stop.start() if stop else len(text))
    at = start
    for item in items:
        if not lexicon.BARE_ITEM_NAME.fullmatch(text, at, item.claim.start) \
                or lexicon.HANZI.match(text, item.claim.end):
            return False
        at = item.claim.end
    return len(items) >= 2


def _among(part: Fact, earlier: Sequence[Fact], text: str) -> Fact | None:
    """外销4.5万吨，…，外销量中销往省外3.1万吨: the earlier figure of the part's unit that
    its words before 中 name, whose part it is."""
    found = lexicon.AMONG_LEAD.search(levels.lead(part, text))
    if found is None:
        return None
    name = lexicon.AMOUNT_SUFFIX.sub("", found.group("whole"))  # 外销量: 外销
    # (客车中小型客车: a part too; 比去年的1250件: last year's, no whole of this year's part)
    wholes = [f for f in reversed(earlier) if units.same(f.claim.unit, part.claim.unit) and f.value > part.value
              and f"{name}中" not in levels.lead(f, text) and not _compared(f, text)]
    # (其中女性601名…；女性选手中…123名: named by the whole's own words, the name's first)
    return next((f for f in wholes if name in levels.lead(f, text)), None) \
        or next((f for f in wholes if len(own := _own_words(f, text)) >= 2 and name.startswith(own)), None)


def _own_words(fact: Fact, text: str) -> str:
    """The words of a figure's own item: 女性 of 其中女性601名, 进口设备 of …、进口设备260台."""
    return lexicon.PARTS_OPENER.sub("", re.split("[、，,0-9]", levels.lead(fact, text))[-1])


def _closed_before(parts: list[Fact], total: Fact, near: _Nearby) -> bool:
    """总投资2.85亿元，其中资本金0.95亿元，贷款1.90亿元，利率3.6%，年利息684万元: the parts
    made their total before a figure of another unit broke the list, and what follows it
    is told of them (the loan's interest), no part."""
    return any(_sums_to(parts[:k], total) and any(
        not units.same(f.claim.unit, total.claim.unit)
        for f in near.between(parts[k - 1].claim.end, parts[k].claim.start)) for k in range(1, len(parts)))


def _gap_told(parts: list[Fact], total: Fact, near: _Nearby, text: str) -> bool:
    """联票98元，分开购买分别为45元、38元、35元，可省20元: the text tells by how much the
    parts pass the figure before them, which is then no total of theirs."""
    over = sum(p.value for p in parts) - total.value
    return any(_compared(f, text) and units.same(f.claim.unit, total.claim.unit)
               and abs(f.value - over) <= sum((high - low) / 2 for low, high in map(levels.counted, (f, total, *parts)))
               for f in near.between(parts[-1].claim.end, parts[-1].claim.end + REACH))


def _of_their_namesakes(parts: list[Fact], totals: list[Fact], text: str) -> bool:
    """射门21次、射正9次；其中前锋射门6次、射正5次: parts named as two of the totals before
    are each a part of its namesake, none of the last total's."""
    names = {levels.lead(t, text)[-NAMESAKE:] for t in totals}
    return len({name for p in parts if (name := levels.lead(p, text)[-NAMESAKE:]) in names}) >= 2


def _cross_cutting(parts: list[Fact], text: str) -> bool:
    """其中卫生技术人员2790人，具有高级职称的612人: a group named by a kind and one named
    by what its members have (a 的 phrase: 面向高校毕业生的专场招聘会) or by a bound on them
    (35岁以下青年) may overlap; parts of one split are named alike (其余 or 其他 closing one
    names the rest, either way)."""
    names = [CLAUSE_STOP.split(levels.lead(p, text))[-1] for p in parts]
    # (流感患者A、新冠患者B，有C人次为两病合并感染: the overlap told, which both count)
    last = parts[-1].claim.end
    overlap = lexicon.BOTH_AT_ONCE.search(text, last, last + OVERLAP_TOLD) is not None
    # (已开工14个，已完成注册11个，仍处于前期阶段的17个: stages of one progress, one at a time)
    if not overlap and all(lexicon.STAGE_OPENS.match(name) for name in names):
        return False
    across = [lexicon.GROUP_ACROSS.search(name) is not None for name in names]
    return overlap or len({"的" in name or lexicon.BAND_NAMED.search(name) is not None
                           for name in names if not lexicon.REST_OF_LIST.search(name)}) == 2 \
        or (any(across) and not all(across) and not _complements(parts, text))


def _split_short(parts: list[Fact], named: float, total: Fact, text: str) -> bool:
    """其中工业55个、服务业38个、农业14个 of 120: three parts or more that name most of
    their total but not all read as the whole split; 等 after them says some are left out,
    and 主要 before them that they are the main ones."""
    rest = 1 - named / total.low if total.low else 0.0
    # (…、古籍3.7万册，其余11.8万件为视听资料: the rest told after them, in any unit; 总投资T，
    # 重点包括：… the main ones; 近视A、龋齿B…；均未查出的C: conditions one may have several of)
    after = text[parts[-1].claim.end:parts[-1].claim.end + REST_AFTER].lstrip("，,、；;")
    return len(parts) >= 3 and SMALL_REST < rest < LEFT_OUT \
        and not lexicon.ONLY_THE_MAIN.search(levels.lead(parts[0], text)) \
        and not lexicon.ONLY_THE_MAIN.search(text, total.claim.end, parts[0].claim.start) \
        and not lexicon.MORE_UNLISTED_AFTER.match(text, parts[-1].claim.end) \
        and not lexicon.REST_OF_LIST.match(after) \
        and not lexicon.NONE_OF_THEM.search(text, parts[-1].claim.end, _sentence_end(parts[-1].claim.end, text))


def _whole_named_of_both(parts: list[Fact], between: str, text: str) -> bool:
    """出口A，进口B，进出口总额T: two complements' total, named by their names run together."""
    whole = lexicon.WHOLE_OF_BOTH.fullmatch(between)
    names = [CLAUSE_STOP.split(levels.lead(p, text))[-1][-2:] for p in parts[-2:]]
    return whole is not None and _complements(parts[-2:], text) and all(set(name) <= set(whole["name"]) for name in names)


def _complements(parts: list[Fact], text: str) -> bool:
    """境内A、境外B; 上半年A、下半年B: two parts whose names split one whole between them."""
    if len(parts) != 2:
        return False
    first, second = (CLAUSE_STOP.split(levels.lead(p, text))[-1].rpartition("、")[2].lstrip("其中，和及与")
                     for p in parts)
    # at the name's end (其中境内) or its start (男职工、女职工), in either order; not a name
    # of both (男女生总数, 进出口总额: their whole)
    if any(one in name and other in name for one, other in lexicon.COMPLEMENTS for name in (first, second)):
        return False
    return any(first.endswith(one) and second.endswith(other) for one, other in _HALVES) \
        or any(first.startswith(one) and second.startswith(other) for one, other in _HALVES)


def _compared(fact: Fact, text: str) -> bool:
    """A level before (比上年的A) or a change (增加B, 放量C): what a figure is compared with."""
    lead = text[max(0, fact.claim.start - 10):fact.claim.start]
    return bool(lexicon.PREVIOUS_LEVEL.search(lead) or lexicon.CHANGE_BY_BEFORE.search(lead))


def _shares_past_whole(facts: list[Fact], text: str) -> list[Suggestion]:
    """``分别占40%、35%、30%``: shares listed together cannot pass 100%."""
    shares = [f for f in facts if f.claim.kind == "share" and f.claim.unit == "%"]
    runs: list[list[Fact]] = []
    for share in shares:
        if runs and levels.in_brackets(text, share.claim.start) and "其中" in levels.lead(share, text):
            continue  # (制造业占A（其中技改贷款占P），…: a part of an item, aside)
        # (…60岁及以上人口占22.8%，其中65岁及以上占17.6%: a part of the last item, no item)
        if runs and _listed_together(runs[-1][-1], share, text) \
                and "其中" not in _ASIDE.sub("", text[runs[-1][-1].claim.end:share.claim.start]) \
                and not _within_item(runs[-1][-1], share, text):
            runs[-1].append(share)
        else:
            runs.append([share])
    # (在阅读方式上（可多选），…占71.3%，…占58.6%; …占35%（可多选）: answers several may
    # give are no parts)
    found = [make("inconsistent", tuple(run), 0.8, "shares_exceed_whole",
                  parts="+".join(f.claim.text for f in run))
             for run in runs if len(run) >= 2 and sum(f.low for f in run) > 100.5
             and _PARTS_OF_WHOLE.search(text[max(0, run[0].claim.start - 12):run[0].claim.start])
             and not _several_answers(run, text)]
    # (华东占A，华南占B，其他地区占C: the rest named, the shares make the whole)
    flagged = {s.claim_ids for s in found}
    # (…时段分布：早餐时段占A，…; 按渠道分，…: the sentence opens on the whole's make-up)
    closed = [run for run in runs if len(run) >= 3 and tuple(f.claim_id for f in run) not in flagged
              and not _SHARE_TOLD.search(text, (opening := _sentence_start(run[0], text)), run[0].claim.start)
              and (lexicon.REST_OF_SHARES.match(last := CLAUSE_STOP.split(levels.lead(run[-1], text))[-1])
                   or lexicon.REST_NAMED.search(last) or lexicon.REST_BY_EXCEPTION.search(last)  # (生物质等其他电源)
                   or lexicon.REST_CLAUSE.match(text, run[-2].claim.end)  # (…，其余为非化石能源，占C)
                   or (lexicon.MAKE_UP_OPENS.search(text, opening, run[0].claim.start)
                       and not lexicon.MAIN_PARTS_ONLY.search(text, opening, run[-1].claim.start)
                       # (…，其余为18岁以下乘客: a rest told after, its share unsaid)
                       and not lexicon.REST_NAMED.search(text, run[-1].claim.end, _sentence_end(run[-1].claim.end, text))))
              and not _several_answers(run, text) and _off_the_whole(run)]
    return found + [compositions.whole_made(run) for run in closed] \
        + [compositions.whole_made(split) for at, (a, b) in enumerate(pairwise(shares))
           if (split := _shares_split(a, b, shares[at + 2:], text))] \
        + [compositions.whole_made(named) for named in _shares_of_named_parts(shares, text)
           if tuple(f.claim_id for f in named) not in flagged and _off_the_whole(named)]


def _within_item(item: Fact, share: Fact, text: str) -> bool:
    """外来人口占42%，外来人口中外籍人士占5%: a share whose clause opens within the item
    before it (外来人口中) is a part of that item, no item of the list."""
    within = lexicon.SHARE_WITHIN_ITEM.match(CLAUSE_STOP.split(levels.lead(share, text))[-1])
    return within is not None and within["item"] in CLAUSE_STOP.split(levels.lead(item, text))[-1]


def _shares_of_named_parts(shares: list[Fact], text: str) -> list[list[Fact]]:
    """第一产业占A，第二产业占B（其中工业占C）；第三产业占D: in a sentence, one share told of
    each part of a whole its parts' names make (lexicon.WHOLE_BY_NAME), a 其中's aside."""
    found = []
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for share in shares:  # (its full sentence, semicolons and all, read back no further than WHOLE_REACH)
        by_sentence[max(text.rfind(mark, max(0, share.claim.start - WHOLE_REACH), share.claim.start)
                        for mark in "。！？!?\n")].append(share)
    for told in by_sentence.values():
        # (its whole clause: 第三产业增加值占地区生产总值的 is longer than a lead)
        named = [(f, CLAUSE_STOP.split(text[max(0, f.claim.start - SHARE_PHRASE):f.claim.start])[-1])
                 for f in told]
        own = [(f, words) for f, words in named if "其中" not in words and not levels.in_brackets(text, f.claim.start)]
        for parts in lexicon.WHOLE_BY_NAME:
            # (女性占第一产业从业人员的41.2%: a part of the sector, told as its whole)
            each = [[f for f, words in own if part in words.split("占")[0]] for part in parts]
            if all(len(of) == 1 for of in each):
                found.append(sorted((of[0] for of in each), key=lambda f: f.claim.start))
    return found


def _sentence_start(fact: Fact, text: str) -> int:
    """Where the sentence holding a figure starts (after its full stop or line break)."""
    return max(text.rfind(mark, 0, fact.claim.start) for mark in "。！？!?\n") + 1


def _sentence_end(at: int, text: str) -> int:
    """Where the sentence holding ``at`` ends, its full stop included."""
    end = lexicon.FULL_STOP.search(text, at)
    return end.end() if end else len(text)


def _several_answers(run: list[Fact], text: str) -> bool:
    """Whether the survey a run of shares answers lets one give several answers, said on
    its line before the run or in its sentence after it; or its groups overlap (患高血压的
    占A，患糖尿病的占B，两种病都没有的占C: one may have both)."""
    start, stop = text.rfind("\n", 0, run[0].claim.start) + 1, _sentence_end(run[-1].claim.end, text)
    return lexicon.SEVERAL_ANSWERS.search(text, start, stop) is not None \
        or lexicon.NONE_OF_THEM.search(text, run[0].claim.start, stop) is not None


def _shares_split(a: Fact, b: Fact, after: list[Fact], text: str) -> list[Fact]:
    """男性占51.2%，女性占48.8%; 国内收入占比为A，海外收入占比为B: two shares, each told of one
    half of a whole split in two (their names ending alike past the halves'), and the shares
    told next after them (省内占A，省外占B，境外占C: a whole split three ways), when they do
    not make the whole, to their rounding (男职工中党员占 is of another whole)."""
    between = text[a.claim.end:b.claim.start]
    if len(between) > SPLIT_APART or lexicon.SENTENCE_END.search(between):
        return []
    leads = [CLAUSE_STOP.split(levels.lead(share, text))[-1] for share in (a, b)]
    told = [lexicon.SHARE_TOLD_BEFORE.search(lead) for lead in leads]
    first, second = (lead[:said.start()] if said else lead for lead, said in zip(leads, told))
    # (民生支出78.6%，非民生支出21.4%: a part and the rest named by its negation, told bare)
    negated = len(first) >= 2 and second == f"非{first}"
    if not ((told[0] and told[1]) or negated) or any("中" in lead for lead in leads):
        return []
    while first and second and first[-1] == second[-1]:
        first, second = first[:-1], second[:-1]  # (城镇常住人口, 乡村常住人口: 城镇, 乡村)
    if not negated and not any(first.endswith(one) and second.endswith(other) for one, other in _HALVES):
        return []
    split = [a, b]
    for share in after:  # (…，女生中住校的占C: a share within the last, no third part)
        if not lexicon.SHARE_TOLD_NEXT.fullmatch(text, split[-1].claim.end, share.claim.end) \
                or _within_item(split[-1], share, text):
            break
        split.append(share)
    return split if _off_the_whole(split) else []


def _off_the_whole(run: list[Fact]) -> bool:
    """Whether shares told in prose that make a whole add up to something else than 100%,
    past their rounding and a point of slack."""
    return compositions.off_the_whole(run, SPLIT_SLACK)


def _shares_out_of_step(facts: list[Fact], text: str) -> list[Suggestion]:
    """``正面9.83万条，占78.0%；中性2.58万条，占20.5%；负面0.19万条，占0.5%``: figures told
    in a row each with its share of one untold whole must stand as their shares do. The
    share whose whole disagrees with that of all the others (three or more) is flagged."""
    found: list[Suggestion] = []
    for run in _own_share_runs(facts, text):
        wholes = [_whole_by_share(part, share, text) for part, share in run]
        # (each item's whole against the one all the others agree on, if they do)
        out = [(i, common) for i, (low, high) in enumerate(wholes)
               if (common := _common([w for j, w in enumerate(wholes) if j != i])) is not None
               and (high < common[0] or low > common[1])]
        if len(out) != 1:
            continue  # none out of step, or no telling which
        (index, (low, high)), = out
        part, share = run[index]
        whole = (low + high) / 2
        found.append(make("inconsistent", (share, part), 0.8, "share_out_of_step",
                          a=share.claim.text, part=part.claim.text,
                          whole=units.written_like(whole, part.claim.text) + (part.claim.unit or ""),
                          actual=f"{part.value / whole * 100:.1f}%"))
    return found


def _shares_off_the_told_whole(facts: list[Fact], text: str) -> list[Suggestion]:
    """``有效问卷860份`` … ``很满意301份，占35.0%；…合计516份，占约七成``: figures each told with
    its share of an unnamed whole, where another such figure of its paragraph (or, the whole
    being a survey's sample, of the article) gives a whole the article tells: the share
    whose part that whole does not give, and no other whole told does, is flagged."""
    pairs = [(part, share) for part, share in pairwise(facts) if _own_share(part, share, text)]
    if len(pairs) < 2:
        return []
    breaks = [m.start() for m in re.finditer("\n", text)]  # (a paragraph by bisection: one huge line stays linear)
    # a unit's wholes, and whether a sample's; an item told with its share gives none, but
    # may be a share's own whole (中性2.58万条，占20.5%，其中转发1.2万条，占46.5%)
    told: dict[str | None, list[tuple[float, bool]]] = defaultdict(list)
    items = {id(part) for part, _ in pairs}
    nested = sorted((units.spelling(part.claim.unit) or "", part.value) for part, _ in pairs)
    for f in facts:
        if _level(f) and id(f) not in items and not f.target and not _compared(f, text) and not lexicon.EARLIER_TIME.search(levels.lead(f, text)):
            sample = lexicon.SAMPLE_WHOLE.search(text, max(0, f.claim.start - SAMPLE_NAMED), f.claim.start)
            told[units.spelling(f.claim.unit)].append((f.value, sample is not None))
    for listed in told.values():
        listed.sort()
    given: dict[tuple[str | None, int], set[float]] = defaultdict(set)  # by unit and paragraph (-2: a sample's)
    open_ = []
    for part, share in pairs:
        unit = units.spelling(part.claim.unit)
        low, high = _whole_by_share(part, share, text)
        listed = told[unit]
        at, to = bisect_left(listed, (low, False)), bisect_right(listed, (high, True))
        if to == at:
            if bisect_left(nested, (unit or "", low)) == bisect_right(nested, (unit or "", high)):
                open_.append((part, share))
        elif to == at + 1:  # (one whole it gives: two say nothing of which)
            value, named = listed[at]
            given[unit, bisect_left(breaks, part.claim.start)].add(value)
            if named:
                given[unit, -2].add(value)
    found = []
    for part, share in open_:
        unit = units.spelling(part.claim.unit)
        agreed = given[unit, bisect_left(breaks, part.claim.start)] | given[unit, -2]
        if len(agreed) == 1:
            whole, = agreed
            found.append(make("inconsistent", (share, part), 0.8, "share_out_of_step",
                              a=share.claim.text, part=part.claim.text,
                              whole=units.written_like(whole, part.claim.text) + (part.claim.unit or ""),
                              actual=f"{part.value / whole * 100:.1f}%"))
    return found


def _own_share(part: Fact, share: Fact, text: str) -> bool:
    """A figure followed by its own share of an unnamed whole (9.83万条，占78.0%; 290家（约五成）)."""
    return share.claim.kind == "share" and share.claim.unit == "%" and not share.target \
        and _level(part) and _part_like(part, text, shared=True) \
        and bool(lexicon.SHARE_OF_UNNAMED.fullmatch(text, part.claim.end, share.claim.start)
                 or lexicon.BRACKETED_SHARE.fullmatch(text, part.claim.end, share.claim.start))


def _own_share_runs(facts: list[Fact], text: str) -> list[list[tuple[Fact, Fact]]]:
    """Runs of figures each followed by its own share of an unnamed whole (9.83万条，占78.0%),
    in one sentence (its items may part at ；), of one unit, none opening another's parts
    (其中)."""
    runs: list[list[tuple[Fact, Fact]]] = []
    for part, share in pairwise(facts):
        if not _own_share(part, share, text):
            continue
        if runs and runs[-1][-1][0].claim.unit == part.claim.unit \
                and _same_list(text[runs[-1][-1][1].claim.end:part.claim.start]):
            runs[-1].append((part, share))
        else:
            runs.append([(part, share)])
    return [run for run in runs if len(run) >= 3]


def _same_list(between: str) -> bool:
    """Whether the words between two items keep them in one list."""
    return len(between) <= SAME_LIST_REACH and "其中" not in between and not _LIST_END.search(between)


def _whole_by_share(part: Fact, share: Fact, text: str) -> tuple[float, float]:
    """The whole a part and its share give, as an interval (both rounded, the share
    worked out from figures that may be weighted or unrounded a little further)."""
    low, high = levels.worked_out(share, text)
    part_low, part_high = levels.counted(part)
    low, high = low * (1 - IN_STEP), high * (1 + IN_STEP)
    return part_low * 100 / high if high > 0 else math.inf, part_high * 100 / low if low > 0 else math.inf


def _common(intervals: list[tuple[float, float]]) -> tuple[float, float] | None:
    low, high = max(i[0] for i in intervals), min(i[1] for i in intervals)
    return (low, high) if low <= high else None


def _listed_together(a: Fact, b: Fact, text: str) -> bool:
    """分别占40%、35%; or A占40%，B占35%: each share said of its own part, in a row."""
    # (上午议程（一、二项）共计: a note's 、 joins nothing; 制造业占A（其中技改贷款占P），普惠小微
    # 占B: nor does its length part the items, within LISTED_READ)
    if b.claim.start - a.claim.end > LISTED_READ:
        return False
    between = _ASIDE.sub("", text[a.claim.end:b.claim.start])
    if len(between) > 15 or re.search("[。；;]", between):
        return False
    # (A占40%，B占35%; A占比40%，B占比35%)
    parallel = all(lexicon.SHARE_TOLD_BEFORE.search(text, max(0, f.claim.start - SHARE_WORD), f.claim.start)
                   for f in (a, b))
    # (…占24.4%，其余54.0%: the rest's, told bare)
    return parallel or "、" in between or lexicon.LAST_OF_LIST.fullmatch(between) is not None \
        or lexicon.REST_SHARE_CLAUSE.fullmatch(between) is not None \
        or "分别" in text[max(0, a.claim.start - 12):a.claim.start] \
        or (lexicon.NEXT_ITEM.fullmatch(between) is not None
            and lexicon.PARTS_HEADED.search(text, max(_sentence_start(a, text), a.claim.start - BREAKDOWN_READ),
                                            a.claim.start) is not None
            and not lexicon.SUM_BEFORE.search(between) and not lexicon.TOLD_AGAIN_AS.match(between))


def _listed_item(fact: Fact, near: list[Fact], text: str) -> bool:
    """Whether a figure is one of a list with another of its unit near it (分别为21次、
    18次和24次): one item, no total."""
    return any(_listed_together(fact, other, text) if fact.claim.start < other.claim.start
               else _listed_together(other, fact, text)
               for other in near if other is not fact and other.claim.unit == fact.claim.unit)


def _listed_sums(facts: list[Fact], text: str) -> list[Suggestion]:
    """``分别为A、B和C，合计T``: figures listed one by one and then summed must sum to
    the sum stated, to their rounding (a share's sum too: 分别占…，合计占比超过七成)."""
    found: list[Suggestion] = []
    run: list[Fact] = []
    position = {f.claim_id: at for at, f in enumerate(facts)}
    for index, fact in enumerate(facts):
        if run and levels.in_brackets(text, fact.claim.start) and lexicon.PARTS_OPENER.search(levels.lead(fact, text)):
            continue  # (服务业2.63万个（其中电商0.81万个），合计: a part of the item before, no item)
        if run and lexicon.SUM_AFTER_COUNT.match(text, fact.claim.end):
            # (…10.2亿元，三年累计投入T: how many are summed, no item; a count other than
            # the run's, 水果A，肉类B，三类合计T, sums more than it: _recap_sums's)
            if fact.value != len(run):
                run = []
            continue
        if run and index + 1 < len(facts) and _measure(fact.claim.unit) != _measure(run[-1].claim.unit) \
                and _measure(facts[index + 1].claim.unit) == _measure(run[-1].claim.unit) \
                and lexicon.WITHIN_ITEM.fullmatch(text, fact.claim.end, facts[index + 1].claim.start):
            continue  # (往返高铁409元，民宿两晚597元: a count in an item's own words, no item)
        if run and _measure(fact.claim.unit) == _measure(run[-1].claim.unit) and fact.claim.start > run[-1].claim.end:
            between = _BRACKETED.sub("", text[run[-1].claim.end:fact.claim.start])
            each = "分别" in text[max(0, run[0].claim.start - LIST_LEAD):run[0].claim.start]
            # (分别为A、B和C，累计T: 累计 right after items told one by one sums them)
            # (全队 after two halves of it: 党员A、群众B, not 队长1人、教练2人, some of it)
            both = _whole_named_of_both(run, between, text)  # (出口A，进口B，进出口总额T)
            summed = lexicon.SUM_BEFORE.search(between) or (each and lexicon.EACH_SUMMED.search(between)) \
                or (lexicon.WHOLE_BODY_AFTER.fullmatch(between) and _complements(run, text)) or both
            # (包间订出154桌、大厅订出368桌，累计预订T: 累计 may count more than the items, never less)
            at_least = not summed and lexicon.RUNNING_TOTAL.search(between) is not None
            made = lexicon.NOUN_SUMMED_AFTER.fullmatch(between) is not None
            summed = summed or at_least or made
            if summed and lexicon.REST_OF_LIST.search(between):
                # (…分别占A、B和C，其余省份合计占D: the rest's sum, which shares of one whole leave)
                if each and fact.claim.unit == "%" and len(between) <= SUM_REACH \
                        and all(f.claim.unit == "%" for f in run) and _off_the_whole([*run, fact]):
                    found.append(compositions.whole_made([*run, fact]))
                run = []
                continue
            # (…、三孩0.42亿元；合计T: a semicolon right before the sum word closes the list)
            if not (len(between) <= SUM_REACH and summed and not lexicon.SENTENCE_END.search(
                    between, 1 if between[:1] in "；;" and len(between) <= SUM_RIGHT_AFTER else 0)):
                if _listed_together(run[-1], fact, text) or _next_item(run[-1], between, text):
                    run.append(fact)
                else:
                    run = [fact]
                continue
            # 分别为A、B，合计T; or A、B，合计T with the sum word right after the list
            # (分别为每人980元、680元和380元: prices, no parts of a sum)
            # (男女冠军各8万元、亚军各5万元，合计T: each item twice or more, no plain sum)
            if len(run) >= 2 and (each or len(between) <= SUM_RIGHT_AFTER or _sum_named(run, between, facts, text)
                                  or lexicon.SUM_OPENS_NEXT.fullmatch(between)
                                  or (at_least and lexicon.RUNNING_SUM_AFTER.fullmatch(between)) or made or both) \
                    and not _of_another_act(run, between, text) \
                    and not any(levels.lead(f, text).endswith("各") for f in run) \
                    and not all(f.claim.kind == "change" and f.claim.unit in ("%", "％") for f in run) \
                    and not lexicon.NOT_A_PART_BEFORE.search(text[max(0, run[0].claim.start - 4):run[0].claim.start]) \
                    and not lexicon.ADDED_TO_EARLIER.search(levels.lead(run[0], text)) \
                    and not lexicon.GAP_BEFORE.search(levels.lead(fact, text)) \
                    and not any(_more_or_less_than(f, text) for f in run) \
                    and not (lexicon.STOCK_OPENING.search(levels.lead(run[0], text))
                             and lexicon.STOCK_CLOSING.search(levels.lead(fact, text))) \
                    and not (lexicon.EACH_OF_A_COUNT.search(levels.clause_before(run[0], text))
                             and not lexicon.EACH_OF_A_COUNT.search(levels.clause_before(fact, text))):
                # (每人每月岗位补贴A、社保补贴B，全年共计T: eaches, and a total of all heads' months;
                # 共得98分，对手共得84分，总得分多出14分: a gap told after a sum word, no sum; nor
                # 下半年比上半年多6.8万人次 an item of one; 年初A，新发B，注销C，年末共T: a stock's
                # reckoning, stocks.py's)
                parts = [_measured(f, fact.claim.unit) for f in run]  # (12吨、1800公斤，共计T吨)
                bounds = levels.stated(fact, text)  # 合计占比超过七成: a floor
                # (声明价值400元，运费18元，保价费3元，合计21元: a first item past the total is no
                # part of it, what the charge was on, where the rest make it)
                past = next((at for at, f in enumerate(parts) if f.value <= bounds[1]), len(parts))
                # (一等奖A，占参赛人数的10%；二等奖B、三等奖C，共T: the list's first item before an
                # aside that broke it; 企业A，其中外资企业P；另合作社B。两类合计T: or the whole of
                # a part the list opens with)
                # (主干道A，其中…P；次干道B、支路C，共T: an item before its own part, any of the
                # few figures before the list)
                # (票面924元；另收基金50元、燃油费70元，每人合计T: charges on top of a figure
                # told before, on a line of its own or not)
                first = position[run[0].claim_id]
                on_top = lexicon.EXTRA_CHARGE.search(levels.lead(run[0], text)) is not None
                # (成交价A。…代办费用：…，落地价合计T: a total of all paid, any price above)
                all_in = lexicon.ALL_IN_TOTAL.search(levels.lead(fact, text)) is not None
                reach = [f for f in facts[:first] if f.claim.start >= run[0].claim.start - ALL_IN_READ] if all_in \
                    else facts[max(0, first - ASIDE_ITEMS):first]
                asides = [f for f in reach if _measure(f.claim.unit) == _measure(fact.claim.unit)
                          and (on_top or all_in or not _LIST_END.search(text, f.claim.end, run[0].claim.start))]
                readings = [[aside, *parts] for aside in asides] + (
                    [[asides[-1], *parts[1:]]] if asides and "其中" in levels.lead(run[0], text) else [])
                if _sum_off(parts, bounds, at_least, text) \
                        and not (past and len(parts) - past >= 2 and not _sum_off(parts[past:], bounds, at_least, text)) \
                        and not any(not _sum_off(r, bounds, at_least, text) for r in readings):
                    found.append(_listed_sum(fact, parts, text))
            run = []
            continue
        run = [fact]
    return found


def _sum_off(parts: list[Fact], bounds: tuple[float, float], at_least: bool, text: str) -> bool:
    """Whether the parts cannot make a total within ``bounds`` (a running total, ``at_least``,
    may count more than them)."""
    low, high = _signed_sum(parts, text)
    return (high < bounds[0] - 1e-9 and not at_least) or low > bounds[1] + 1e-9


def _listed_averages(facts: list[Fact], text: str) -> list[Suggestion]:
    """``成绩分别为174次、183次、187次、168次和198次，平均每人182次``: figures listed one by one
    and then averaged, right after them in their unit, make that mean to its rounding."""
    found: list[Suggestion] = []
    run: list[Fact] = []
    named = False  # (冼琬191厘米、钭瑛206厘米: items named; their mean 平均身高, not 平均每队)
    for fact in facts:
        between = text[run[-1].claim.end:fact.claim.start] if run else ""
        if run and units.same(fact.claim.unit, run[-1].claim.unit) and fact.claim.start > run[-1].claim.end \
                and lexicon.AVERAGE_AFTER_LIST.fullmatch(between) and len(run) >= 2 \
                and all(f.claim.qualifier == "exact" for f in run) and not (named and "每" in between) \
                and not lexicon.SPEED_PER_BEFORE.search(levels.lead(fact, text)):  # (往返平均时速: no mean of the two)
            mean = sum(f.value for f in run) / len(run)
            low, high = levels.worked_out(fact, text)
            half = precision(fact.claim.text, fact.value)[1] / 2 if fact.claim.qualifier == "exact" else 0.0
            if not low - half - 1e-9 <= mean <= high + half + 1e-9:
                found.append(make("inconsistent", (fact, *run), 0.8, "worked_wrong", a=fact.claim.text,
                                  expression=f"({'+'.join(f.claim.text for f in run)})÷{len(run)}",
                                  expected=units.written_like(mean, fact.claim.text) + (fact.claim.unit or "")))
            run = []
            continue
        if run and units.same(fact.claim.unit, run[-1].claim.unit) \
                and (lexicon.LIST_JOIN.fullmatch(between) or lexicon.NAMED_LIST_JOIN.fullmatch(between)):
            named = named or lexicon.LIST_JOIN.fullmatch(between) is None
            run.append(fact)
        else:
            run, named = [fact], False
    return found


def _of_another_act(run: list[Fact], between: str, text: str) -> bool:
    """共 alone sums the items only where its words end as theirs (金牌A、银牌B，共摘得奖牌T;
    新收A，加上旧存B，共审结T counts another act), or name the act the list opens with
    (采集耕地样品A、林地样品B，共采集T)."""
    named = lexicon.SUM_NAMED_AFTER.fullmatch(between)
    bare: str = (named.group("bare") or "") if named else ""
    return bool(bare) and not levels.lead(run[-1], text).endswith(bare[-1]) \
        and not (len(bare) >= 2 and bare in levels.lead(run[0], text))


def _sum_named(run: list[Fact], between: str, facts: list[Fact], text: str) -> bool:
    """…效益指标28分，自评总分92分: a sum word a few words of its own after a list, which
    opens its sentence's figures of its unit (收入28.64亿元，加上级补助收入39.8亿元、…，收入总计:
    the sum of more than the list)."""
    named = lexicon.SUM_NAMED_AFTER.fullmatch(between)
    return named is not None and named.group("bare") != "" and not _of_another_act(run, between, text) \
        and not lexicon.REST_OF_LIST.search(between) \
        and not any(f.sentence == run[0].sentence and f.claim.end <= run[0].claim.start
                    and units.same(f.claim.unit, run[0].claim.unit) for f in facts)


def _next_item(previous: Fact, between: str, text: str) -> bool:
    """东苑1200小时，西苑800小时: a word or two after a comma names the list's next item,
    unless either item's words tell a change (同比增加8万人次, 今年新增10万吨) or a part
    (其中住校800人)."""
    if lexicon.NEXT_ITEM.fullmatch(between) is None and not _laid_out_alike(previous, between, text):
        return False
    return not any(lexicon.PARTS_CUE.search(words) or lexicon.RISE_WORDS.search(words)
                   or lexicon.FALL_WORDS.search(words)
                   for words in (between, CLAUSE_STOP.split(levels.lead(previous, text))[-1]))


def _laid_out_alike(previous: Fact, between: str, text: str) -> bool:
    """印染公司实现利润A，服装公司实现利润B，化纤公司亏损C: a clause whose words are laid out as
    the previous item's (a word at the same place in each) continues its list, however long."""
    # (去程：…运行36小时；⏎回程：运行44小时: the next line's item, past its label)
    line = lexicon.NEXT_LINE_ITEM.fullmatch(between)
    words = line["words"] if line else between[1:]
    if (between[:1] not in "，," and not line) or len(words) > ENDING_ITEM or CLAUSE_STOP.search(words):
        return False
    mine = CLAUSE_STOP.split(levels.lead(previous, text))[-1]
    # (企业捐款A，机关干部职工和市民个人捐款B: or the same act closing both, each its own subject)
    if len(mine) >= 2 and len(words) >= 2 and mine[-2:] == words[-2:]:
        return True
    # (物业服务费A，生活垃圾处理费B: items of one kind, a fee each)
    if mine[-1:] == words[-1:] and words[-1:] in lexicon.ITEM_KINDS:
        return True
    return len(words) <= PARALLEL_ITEM and any(mine[i:i + 2] == words[i:i + 2] for i in range(min(len(mine), len(words)) - 1))


def _recap_sums(facts: list[Fact], text: str) -> list[Suggestion]:
    """``…超850亿元；…超510亿元；…，上述四类项目合计总投资约1500亿元``: a total that sums up
    the figures of its unit listed before it in the sentence or the clauses before it."""
    found: list[Suggestion] = []
    near = _Nearby(facts)
    for total in facts:
        recap = lexicon.RECAP_BEFORE.search(text, max(0, total.claim.start - 24), total.claim.start)
        # (两项合计是五年前总数1448人的2.7倍: the base of a multiple, no sum told; 以上三项小计 on
        # a line of its own: the lines', items.py's)
        if recap is None or lexicon.BASE_OF_MULTIPLE_AFTER.match(text, total.claim.end) \
                or items.recapped(total, text):
            continue
        # 上述…: the figures of its sentence; 四类合计: the last four of its unit in its paragraph
        told = recap.group("count") or recap.group("span")
        count = parse_number(told) if told else None
        # 两地合计约214万: a count of what is summed makes figures of no unit a sum too
        unitless = total.claim.unit is None and count is not None
        if not (units.additive(total.claim.unit) or unitless):
            continue
        if count is not None and "、" in CLAUSE_STOP.split(text[max(0, recap.start() - RECAP_NAMES):recap.start()])[-1]:
            continue  # 铁矿砂、原油、大豆三类合计: items named here, with no figures of their own
        reach = max(0, total.claim.start - RECAP_REACH)
        since = text.rfind("\n", reach, recap.start())
        if count is None:
            since = max(since, text.rfind("。", reach, recap.start()))
        # 超850亿元 is a part too: its floor is what the sum cannot go under
        # (每人次补贴3.5元 is one's, no part of a sum)
        parts = [f for f in near.between(max(since + 1, reach), total.claim.start)
                 if f.claim.unit == total.claim.unit and not levels.in_brackets(text, f.claim.start)
                 and (_whole_like(f, text) or f.claim.qualifier == "over" or unitless)
                 and not lexicon.ONE_OF_MANY_BEFORE.search(levels.lead(f, text))
                 # (比上年的8960人, 比上年增加410人; 顺差14.6亿元, a balance: no part)
                 and not _compared(f, text) and not lexicon.NOT_A_PART_BEFORE.search(text, max(0, f.claim.start - 4), f.claim.start)]
        if count is not None and (count != int(count) or len(parts) < count):
            continue
        # 生态林每亩补助1000元，经济林每亩补助400元，两项补助合计2150万元: the items its count
        # names are its own sentence's, of another unit, not the figures of the one before
        opened = max(text.rfind(stop, reach, recap.start()) for stop in "。！？!?")
        if count is not None and opened > since and not any(p.claim.start > opened for p in parts) \
                and len([f for f in near.between(opened, recap.start()) if f.claim.end <= recap.start()]) >= count:
            continue
        # 小麦A、稻谷B、玉米C，小麦和稻谷两项合计T: any N in a row the text lists may be the N
        # (the last N named first)
        size = int(count) if count is not None else len(parts)
        runs = [parts[at - size:at] for at in range(len(parts), size - 1, -1)]
        # (企业A，其中外资企业P；另合作社B。两类合计T: or with a part its whole holds left out)
        listed = [p for p, before in zip(parts, [None, *parts])
                  if before is None or "其中" not in text[before.claim.end:p.claim.start]]
        if count is not None and listed != parts:  # (that reading named first)
            runs = [listed[at - size:at] for at in range(len(listed), size - 1, -1)] + runs
        # 三个园区合计: the 园区 its parts are of (三个县城 with none told: a sum of its own); 三天一共:
        # the days its parts are told of (第一天…，第二天…)
        # (两地进出口总额合计: each place's parts, all of them, where the count is of owners)
        if count is not None and lexicon.OWNERS_COUNTED.search(recap.group()):
            runs.append(parts)
        if named := recap.group("noun"):
            runs = [run for run in runs if all(named in levels.lead(p, text) for p in run)]
        elif recap.group("time"):  # (each part of its own day or year)
            runs = [run for run in runs if len({_told_time(p, recap.group("time"), text) for p in run} - {None})
                    == len(run)]
        if size >= 2 and runs and not any(
                (sums := _signed_sum(run, text))[0] <= total.high * 1.001 and sums[1] >= total.low * 0.999
                for run in runs):
            found.append(_listed_sum(total, runs[0], text))
    return found


def _period_sums(facts: list[Fact], text: str) -> list[Suggestion]:
    """``一季度完成12.68亿元，二季度完成11.94亿元，上半年累计完成24.62亿元``: a figure for a span
    of months is the sum of the figures just before it in its unit whose spans tile it, one
    after the other (前三季度 of 上半年 and 三季度 too); or of those right after it (全年完成A，
    分季度看，一季度B、二季度C…), all of them."""
    found: list[Suggestion] = []
    for index, total in enumerate(facts):
        span = periods.months(total.when.part)
        if span is None or span[0] == span[1] or not _summed_over(total, text):
            continue
        before = reversed(facts[max(0, index - PERIOD_PARTS):index])
        parts = _tiling(total, before, span, text) \
            or _tiling(total, facts[index + 1:index + 1 + PERIOD_PARTS], span, text)
        if parts and not _sums_to(parts, total):
            found.append(_listed_sum(total, parts, text))
    return found


def _more_or_less_than(fact: Fact, text: str) -> bool:
    """下半年比上半年多6.8万人次: a difference from another figure, no part of a sum."""
    words = levels.lead(fact, text)
    return lexicon.INCREASE_BY.search(words) is not None or lexicon.DECREASE_BY.search(words) is not None


def _tiling(total: Fact, facts: Iterable[Fact], span: tuple[int, int], text: str) -> list[Fact]:
    """The figures of ``total``'s unit and thing, read in turn from it (backwards or
    forwards), whose spans of months tile its span one after the other; none unless two
    or more tile it whole."""
    parts: list[Fact] = []
    low, high = span
    for fact in facts:
        if not units.same(fact.claim.unit, total.claim.unit):
            continue
        tiles = periods.months(fact.when.part)
        first, last = sorted((fact, total), key=lambda f: f.claim.start)
        if not _summed_over(fact, text) or tiles is None or tiles[0] < low or tiles[1] > high or _more_or_less_than(fact, text) \
                or (tiles[1] != high and tiles[0] != low) \
                or periods.stated_apart(replace(fact.when, part=None), replace(total.when, part=None)) \
                or "\n" in text[first.claim.end:last.claim.start] or not _same_thing(fact, total, text):
            break
        parts.append(fact)
        low, high = (tiles[1] + 1, high) if tiles[0] == low else (low, tiles[0] - 1)
        if low > high:
            return sorted(parts, key=lambda f: f.claim.start) if len(parts) >= 2 else []
    return []


def _summed_over(fact: Fact, text: str) -> bool:
    """A flow a period's figures add up to: no stock (余额, 期末库存), peak, average or plan,
    nor a head count (服务企业320家 and 280家 may be the same firms)."""
    words = levels.lead(fact, text)
    return _level(fact) and units.additive(fact.claim.unit) and not _planned(fact, text) \
        and units.spelling(fact.claim.unit) not in lexicon.HEADS_COUNTED \
        and not lexicon.NOT_A_PART_BEFORE.search(words) and not lexicon.AT_A_TIME.search(words)


def _same_thing(a: Fact, b: Fact, text: str) -> bool:
    """Whether two figures' words, times and totalling aside, may name one thing (一季度完成
    and 上半年累计完成; not 出口 and 进口, 销售收入 and 利税): what they end with, or what
    one ends with, where the other names the thing too (二季度实现 and 上半年累计实现地区生产
    总值: a list's later item leaves the name to the first)."""
    words = [lexicon.DONE_VERB_AFTER.sub("", lexicon.LEVEL_VERB_AFTER.sub("", lexicon.SUM_WORDS.sub(
        "", lexicon.TIMES_NAMED.sub("", levels.lead(f, text).rpartition("、")[2].removeprefix("其中")))))
        for f in (a, b)]  # (…、二季度: a list's item; 累计完成 names no other thing than 实现外贸进出口)
    return not all(words) or words[0][-2:] in words[1] or words[1][-2:] in words[0]


def _told_time(part: Fact, time: str, text: str) -> str | None:
    """The day or year a figure is told of by its number or name (第二天, 2024年, 去年)."""
    told = re.search(f"(?:第?[0-9一二三四五六七八九十两]+|[今去前上本昨]){time}", levels.lead(part, text))
    return told.group() if told else None


def _worked_sums(article: _Nearby, text: str) -> list[Suggestion]:
    """``解：1572.8＋752.8⏎答：…合计2452.6亿元``: a sum worked out in bare numbers, each a
    figure told above as written, and its result, the first figure of their unit after it
    (or after its ＝), must agree to their rounding."""
    found: list[Suggestion] = []
    if "+" not in text and "＋" not in text:
        return found  # (most texts: no regex pass over them)
    for worked in lexicon.WORKED_SUM.finditer(text):
        told = article.between(max(0, worked.start() - WORKED_REACH), worked.start())
        operands = lexicon.OPERAND.findall(worked.group())
        parts = [f for f in (next((f for f in reversed(told) if _written_number(f) == operand), None)
                             for operand in operands) if f is not None]
        if len(parts) != len(operands) or len({p.claim.unit for p in parts}) != 1:
            continue
        total = next((f for f in article.between(worked.end(), worked.end() + RESULT_REACH)
                      if f.claim.unit == parts[0].claim.unit and _level(f)), None)
        if total is not None and not _sums_to(parts, total):
            found.append(_listed_sum(total, parts, text))
    return found


def _written_number(fact: Fact) -> str | None:
    """The number a figure is written with (1572.8 of 金额1572.8亿元), if in digits."""
    number = lexicon.OPERAND.search(fact.claim.text)
    return number.group() if number else None


def _table_sums(facts: list[Fact], text: str) -> list[Suggestion]:
    """``普通高校｜86420 … 小学｜265137 / 合计｜640454``: a table's 合计 row is the sum of the
    rows above it in each column that adds up (counts, amounts, shares of one whole; not
    增速 or 单价), where every row above has a figure there and none is a part of another
    (其中：出口)."""
    totals = [f for f in facts if (cell := table_cell_words(text, f.claim.start, f.claim.end)) is not None
              and lexicon.TABLE_TOTAL_ROW.fullmatch(cell[0]) and not lexicon.NOT_SUMMED_COLUMN.search(cell[1])]
    if not totals:
        return []  # (most articles: no table's rows to place)
    found: list[Suggestion] = []
    by_line: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:  # (the rows of tables: lines no longer than a row)
        line = text.rfind("\n", max(0, fact.claim.start - ROW_MAX), fact.claim.start)
        if line >= 0 or fact.claim.start <= ROW_MAX:
            by_line[line + 1].append(fact)
    for total in totals:
        column = _column(total, text)
        parts: list[Fact] = []
        line = text.rfind("\n", 0, total.claim.start) + 1
        while line > 0:
            line = text.rfind("\n", 0, line - 1) + 1
            row = text[line:text.find("\n", line)]
            if not lexicon.TABLE_CELL.search(row):
                break  # a table with no header: its first row is a part too
            if lexicon.TABLE_RULE_ROW.fullmatch(row):
                continue
            cells = [f for f in by_line.get(line, ()) if _column(f, text) == column]
            if not cells:  # the header, if the line above it is no table's
                above = text.rfind("\n", 0, max(line - 1, 0)) + 1
                if line > 0 and lexicon.TABLE_CELL.search(text, above, line - 1):
                    parts = []
                break
            if lexicon.PART_ROW.match(row.strip(" |｜\t\u3000")):
                parts = []
                break  # (其中：出口 is a part of a row above, not of the total)
            parts.append(cells[0])
        if len(parts) >= 2 and all(units.same(p.claim.unit, total.claim.unit) for p in parts) \
                and not _sums_to(parts, total):
            found.append(_listed_sum(total, parts[::-1], text))
    return found


def _sector_sums(facts: list[Fact], text: str) -> list[Suggestion]:
    """``全年实现地区生产总值A。分产业看，第一产业增加值B，第二产业增加值C，第三产业增加值D``:
    the three sectors, told in turn in one sentence, make up the whole of their unit told
    last before them in their paragraph: its 生产总值, or the same thing's total (固定资产投资
    and 第一产业投资)."""
    found: list[Suggestion] = []
    for index, first in enumerate(facts):
        if not levels.lead(first, text).startswith(lexicon.SECTORS[0]):
            continue
        rest = [f for f in facts[index + 1:index + len(lexicon.SECTORS)] if f.sentence == first.sentence]
        parts = [first, *rest]
        if len(parts) != len(lexicon.SECTORS) or any(
                not levels.lead(f, text).startswith(sector) or not units.same(f.claim.unit, first.claim.unit)
                or f.claim.qualifier not in STATED for f, sector in zip(parts, lexicon.SECTORS, strict=True)):
            continue
        paragraph = text.rfind("\n", 0, first.claim.start)
        wholes = [f for f in facts[:index] if f.claim.start > paragraph and _level(f) and f.claim.qualifier in STATED
                  and units.same(f.claim.unit, first.claim.unit)]
        if not wholes:
            continue
        whole = wholes[-1]
        named = levels.lead(whole, text)
        if (lexicon.SECTORS_WHOLE.search(named) or _same_thing(first, whole, text)) and not _sums_to(parts, whole):
            found.append(_listed_sum(whole, parts, text))
    return found


def _halves_after_total(facts: list[Fact], text: str) -> list[Suggestion]:
    """``46人的合唱团全体上台，女声30人、男声22人``: the two halves of a whole (男 and 女, 城镇
    and 乡村) told together right after a total of their measure in its sentence make it."""
    found: list[Suggestion] = []
    for index, (first, second) in enumerate(pairwise(facts)):
        if first.sentence != second.sentence or _measure(first.claim.unit) != _measure(second.claim.unit) \
                or not lexicon.HALVES_JOINED.fullmatch(text, first.claim.end, second.claim.start) \
                or not _complements([first, second], text):
            continue
        total = facts[index - 1] if index else None
        # (一季度出口A，二季度出口B，上半年进口C: figures of three spans, no whole and halves)
        if total is None or total.sentence != first.sentence or _measure(total.claim.unit) != _measure(first.claim.unit) \
                or len({f.when.part for f in (total, first, second)}) > 1 \
                or total.claim.qualifier not in STATED or not _additive(total) or _compared(total, text) \
                or levels.difference_led(total, text) or "其中" in text[total.claim.end:first.claim.start]:
            continue  # (a 其中 opens parts the other checks read)
        halves = [_measured(f, total.claim.unit) for f in (first, second)]
        if not _sums_to(halves, total):
            found.append(_listed_sum(total, halves, text))
    return found


def _compounded(facts: list[Fact], text: str) -> list[Suggestion]:
    """``前年增长36.9%，去年再增长42.7%，两年累计增长95.4%``, ``分别下降9.2%、10.4%和10.7%，
    三年累计下降27.3%``: so many years' rates told one by one in its sentence, as many as the
    years its words name, compound to the rate over them all (not their sum)."""
    found: list[Suggestion] = []
    for index, total in enumerate(facts):
        over = lexicon.YEARS_OF_A_CHANGE.search(levels.lead(total, text)) \
            if total.claim.kind == "change" and total.claim.unit in ("%", "％") else None
        years = int(parse_number(over["years"]) or 0) if over else 0
        if not years and total.claim.kind == "change" and lexicon.RUNNING_TOTAL.search(levels.lead(total, text)):
            years = _chained_rates(facts[max(0, index - MOST_CHAINED):index], total, text)
        if years < 2:
            continue
        # (the rates right before it, and no more of them in its sentence: one beyond is read too)
        rates = [f for f in facts[max(0, index - years - 1):index] if f.sentence == total.sentence
                 and f.claim.kind == "change" and f.claim.unit == total.claim.unit]
        if len(rates) != years or any(f.direction != total.direction or f.claim.qualifier != "exact" for f in rates):
            continue
        sign = -1 if total.direction == "down" else 1
        low = math.prod(1 + sign * f.low / 100 for f in rates) - 1
        high = math.prod(1 + sign * f.high / 100 for f in rates) - 1
        least, most = sorted((sign * 100 * low, sign * 100 * high))
        floor, ceiling = levels.stated(total, text)
        if floor - 0.05 <= most and least <= ceiling + 0.05:
            continue
        found.append(make("inconsistent", (total, *rates), 0.8, "worked_wrong", a=total.claim.text,
                          expression="×".join(f"(1{'-' if sign < 0 else '+'}{f.claim.text})" for f in rates) + "−1",
                          expected=f"{sign * 100 * (math.prod(1 + sign * f.value / 100 for f in rates) - 1):.1f}%"))
    return found


def _yearly_means(facts: list[Fact], text: str) -> list[Suggestion]:
    """``五年累计下降31.6%，年均下降7.3%``: a change over so many years its words name, and
    the yearly rate told right after it in its sentence, which compounds to it (not its
    share of so many years)."""
    found: list[Suggestion] = []
    for total, mean in pairwise(facts):
        over = lexicon.YEARS_OF_A_CHANGE.search(levels.lead(total, text))
        if over is None or total.sentence != mean.sentence or total.direction != mean.direction \
                or not {total.claim.unit, mean.claim.unit} <= {"%", "％"} or total.claim.kind != "change" \
                or not lexicon.YEARLY_RATE_LEAD.search(levels.lead(mean, text)):
            continue
        years, sign = int(parse_number(over["years"]) or 0), (-1 if total.direction == "down" else 1)
        low, high = levels.stated(total, text)
        least, most = sorted(sign * 100 * ((1 + sign * x / 100) ** (1 / years) - 1) for x in (low, high))
        floor, ceiling = levels.stated(mean, text)
        if floor - 0.05 <= most and least <= ceiling + 0.05:
            continue
        found.append(make("inconsistent", (mean, total), 0.8, "worked_wrong", a=mean.claim.text,
                          expression=f"(1{'-' if sign < 0 else '+'}{total.claim.text})^(1/{years})−1",
                          expected=f"{sign * 100 * ((1 + sign * total.value / 100) ** (1 / years) - 1):.1f}%"))
    return found


def _chained_rates(before: list[Fact], total: Fact, text: str) -> int:
    """一、二季度分别环比下降12.4%和15.8%，上半年累计下降: how many rates right before a running
    total of a span, each on the period before (环比), chain into it (0: none such)."""
    rates = [f for f in before if f.sentence == total.sentence and f.claim.kind == "change"
             and f.claim.unit == total.claim.unit]
    span = periods.months(total.when.part)
    if len(rates) < 2 or span is None or span[0] == span[1] \
            or lexicon.CHAINED_RATE.search(text, max(0, rates[0].claim.start - LIST_LEAD), rates[0].claim.start) is None:
        return 0
    return len(rates)


def _halves_before_whole(facts: list[Fact], text: str) -> list[Suggestion]:
    """``上半场得38分，下半场得47分，全场共得85分``: what was done in the two halves of a time
    (上学期 and 下学期, 上午 and 下午) told together makes the whole named right after them in
    their sentence, of the same thing (全学年借阅 after 借阅量为)."""
    found: list[Suggestion] = []
    for index, first in enumerate(facts):
        # (上半程15轮拿到22分，下半程15轮拿到29分，全赛季30轮共积61分: the figures of its measure,
        # others between)
        alike = [f for f in facts[index + 1:index + HALVES_READ] if f.sentence == first.sentence
                 and _measure(f.claim.unit) == _measure(first.claim.unit)]
        if len(alike) < 2:
            continue
        second, whole = alike[:2]
        if not lexicon.HALVES_JOINED_ACROSS.fullmatch(text, first.claim.end, second.claim.start) \
                or not _halves_named(first, second, text) or whole.claim.qualifier not in STATED \
                or not (all(_added(f, text) for f in (first, second, whole)) or _yields_of_two_crops(first, second, whole, text)):
            continue
        named = lexicon.WHOLE_AFTER_HALVES.search(lead := levels.lead(whole, text))
        if named is None or not _named_alike(CLAUSE_STOP.split(levels.lead(first, text))[-1], lead[named.end():]):
            continue
        halves = [_measured(f, whole.claim.unit) for f in (first, second)]
        if not _sums_to(halves, whole):
            found.append(_listed_sum(whole, halves, text))
    return found


def _yields_of_two_crops(first: Fact, second: Fact, whole: Fact, text: str) -> bool:
    """早稻亩产A，晚稻亩产B，双季稻全年亩产C: a field's yields of two seasons add up (亩产 is
    no average over fields here, the same land's, told alike for the halves and the year)."""
    yields = [lexicon.PER_HEAD_BEFORE.search(levels.lead(f, text)) for f in (first, second, whole)]
    return all(y is not None and y.group("word") == "亩" and y.group(0).startswith("亩产") for y in yields)


def _halves_named(first: Fact, second: Fact, text: str) -> bool:
    """鹭栖队上半场得A，下半场得B: two figures whose clauses name a time's two halves."""
    told = [CLAUSE_STOP.split(levels.lead(f, text))[-1] for f in (first, second)]
    return any(one in told[0] and other in told[1] for one, other in lexicon.HALVES_OF_TIME)


def _added(fact: Fact, text: str) -> bool:
    """An amount told as done (接待1.2万人次, points scored: 得38分), no average, rate, speed
    (去程时速60公里), one at a time, nor a temperature or an age."""
    words = levels.lead(fact, text)
    scored = fact.claim.unit == lexicon.POINTS_UNIT and lexicon.POINTS_EARNED_BEFORE.search(words) is not None
    return fact.claim.kind == "amount" and (units.additive(fact.claim.unit) or scored) \
        and not lexicon.PER_HEAD_BEFORE.search(words) and not lexicon.AT_A_TIME.search(words) \
        and not lexicon.SPEED_PER_BEFORE.search(words)


def _named_alike(half: str, whole: str) -> bool:
    """A half's words and its whole's (after their names) share a word's character, or one
    names nothing (下半场得 and 共得; 借阅量为 and 借阅), verbs of being and summing aside."""
    told = [set(words) - set(lexicon.NAMING_ASIDE) for words in (half, whole)]
    return not all(told) or bool(told[0] & told[1])


def _rests(facts: list[Fact], text: str) -> list[Suggestion]:
    """``涉案金额达1860万元，已追缴1320万元，尚有540万元未能追回``: the rest not done is the
    whole less the part done, the only two figures of its unit before it in its sentence;
    ``备下1200份，上午发出860份，下午又发出290份，还剩80份``: what is left (剩) is the whole
    less every part taken since (none added, 新增, 补进, nor so much each, 每个社区41箱), the
    first no part itself (其中，公办25所，民办3所，剩下的10所: the whole was told before);
    a saving is the budget less the outcome, an overrun (超支) the outcome less the budget."""
    found: list[Suggestion] = []
    for rest in facts:
        lead = levels.lead(rest, text)
        left = rest.claim.kind == "amount" and lexicon.REST_LEFT.search(lead) is not None
        saved = rest.claim.kind == "amount" and lexicon.SAVED_BEFORE.search(lead) is not None
        # (预算24.1万元，实际花了27.9万元，超支3.8万元: the outcome less the budget)
        over = rest.claim.kind == "amount" and lexicon.OVERRUN_BEFORE.search(lead) is not None
        saved = saved or over
        # (共1.2万平方米，室内展区8000平方米，其余为室外展区，计6000平方米: the rest's clause before)
        named = lexicon.REST_TOLD.fullmatch(lead) is not None \
            and lexicon.REST_CLAUSE.search(text, rest.sentence, rest.claim.start) is not None
        if rest.claim.qualifier != "exact" or not (left or saved or named or (
                lexicon.REST_BEFORE.search(lead) and lexicon.REST_NOT_DONE.match(text, rest.claim.end))):
            continue
        before = [f for f in facts if f.sentence == rest.sentence and f.claim.end <= rest.claim.start
                  and units.same(f.claim.unit, rest.claim.unit)]
        if len(before) < 2 or len(before) > (MOST_TAKEN + 1 if left else 2) \
                or any(f.claim.qualifier != "exact" for f in before) \
                or (saved and not lexicon.BUDGETED_BEFORE.search(levels.lead(before[0], text))):
            continue
        whole, *done = before[::-1] if over else before
        opened = max(text.rfind(mark, 0, whole.claim.start) for mark in "。！？!?\n") + 1
        if lexicon.PARTS_CUE.search(text, opened, whole.claim.start) or sum(f.value for f in done) >= whole.value \
                or any(lexicon.NOT_TAKEN_BEFORE.search(levels.lead(f, text)) for f in done):
            continue
        if not _sums_to([*done, rest], whole):
            found.append(make("inconsistent", (rest, whole, *done), 0.8, "difference_vs_levels",
                              a=rest.claim.text, later=whole.claim.text,
                              earlier="+".join(f.claim.text for f in done),
                              expected=units.written_like(whole.value - sum(f.value for f in done),
                                                          rest.claim.text)))
    return found


def _made_of_parts(article: _Nearby, text: str) -> list[Suggestion]:
    """``营业收入38.62亿元…。分产品看，营业收入由三部分构成：A、B、C``: the parts, as many as
    it says, make the whole its words name, the last so named before it in the article."""
    found: list[Suggestion] = []
    for made in lexicon.MADE_OF_PARTS.finditer(text):
        count = int(parse_number(made["count"]) or 0)
        parts = article.between(made.end(), _sentence_end(made.end(), text))[:count]
        named = lexicon.WHOLE_MADE_OF.search(text, max(0, made.start() - 8), made.start())
        if named is None:
            continue
        # (公司营业收入 names the 营业收入 of 公司实现营业收入: an end of it, two characters or more)
        ends = [named.group()[i:] for i in range(len(named.group()) - 1)]
        if len(parts) != count or len({_measure(p.claim.unit) for p in parts}) != 1 \
                or any(p.claim.kind != "amount" or p.claim.qualifier not in STATED for p in parts):
            continue
        totals = [f for f in article.between(0, made.start()) if f.claim.kind == "amount" and _level(f)
                  and f.claim.qualifier in STATED and not _compared(f, text) and any(end in levels.lead(f, text) for end in ends)
                  and _measure(f.claim.unit) == _measure(parts[0].claim.unit)]
        if totals and not _sums_to([_measured(p, totals[-1].claim.unit) for p in parts], totals[-1]):
            found.append(_listed_sum(totals[-1], [_measured(p, totals[-1].claim.unit) for p in parts], text))
    return found


def _per_base(facts: list[Fact], text: str) -> list[Suggestion]:
    """``老年人42.8万人，养老床位13867张，每千名老年人拥有养老床位3.2张``, ``千人汽车保有量``;
    ``土地面积6523平方公里，常住人口338.6万人，人口密度每平方公里约519人``: so much for each
    thousand of a group (the population's per 每 is ``_per_population``'s) or each unit of an
    area is a total its words name over the group's count (the area), each told before it
    in its paragraph; flagged when no such total and count give it."""
    found: list[Suggestion] = []
    for rate in facts:
        if rate.claim.kind != "amount" or rate.claim.qualifier not in STATED or not units.additive(rate.claim.unit):
            continue
        lead = levels.lead(rate, text)
        named = lexicon.PER_BASE_LEAD.search(lead) or lexicon.PER_AREA_LEAD.search(lead) \
            or lexicon.PER_AREA_NAMED_AFTER.search(lead)
        if named is None or levels.difference_led(rate, text) or _compared(rate, text) \
                or lexicon.PER_POPULATION.search(lead):
            continue
        paragraph = text.rfind("\n", 0, rate.claim.start)
        before = [f for f in facts if paragraph < f.claim.start and f.claim.end <= rate.claim.start
                  and f.claim.kind == "amount" and f.claim.qualifier in STATED and f.value > 0
                  and not _compared(f, text) and not lexicon.PER_HEAD_BEFORE.search(levels.lead(f, text))
                  and not lexicon.PER_BASE_LEAD.search(levels.lead(f, text))]  # (每千人口医师3.61人: another such)
        totals = [f for f in before if units.same(f.claim.unit, rate.claim.unit)
                  and _alike(named.group("metric"), levels.lead(f, text))]
        if "area" in named.groupdict():
            base, per = named.group("area"), 1.0
            # (规划面积860公顷，每平方公里产值: the area in the unit it is per)
            counts = [g for f in before if (g := levels.in_unit(f, base)) is not None]
        else:
            # (千人 and 万人口 count the population: 常住人口394.6万人)
            group = named.group("base")
            noun = lexicon.POPULATION.pattern if group in ("人", lexicon.POPULATION.pattern) else group
            per = lexicon.BASE_SCALES.get(named.group("scale")) or parse_number(named.group("scale")) or 0.0
            base = f"{per:g}"
            counts = [f for f in before if f.claim.unit in lexicon.PERSONS_COUNTED and noun in levels.lead(f, text)
                      and f.value >= per]
        if not totals or not counts or not per or any(
                rate.low * count_low <= high * per and low * per <= rate.high * count_high
                for low, high in map(levels.counted, totals) for count_low, count_high in map(levels.counted, counts)):
            continue
        total, count = totals[-1], counts[-1]
        found.append(make("inconsistent", (rate, total, count), 0.85, "per_base_vs_counts", a=rate.claim.text,
                          base=base, part=total.claim.text, total=count.claim.text,
                          actual=units.written_like(total.value / count.value * per, rate.claim.text)))
    return found


def _speeds(facts: list[Fact], text: str) -> list[Suggestion]:
    """``全长283公里，最快1小时30分钟可达，全程平均时速约188公里``: a trip's average speed is
    the length told before it in its sentence over the time told there."""
    found: list[Suggestion] = []
    for speed in facts:
        if units.dimension(speed.claim.unit) != "length" or not lexicon.SPEED_LEAD.search(levels.lead(speed, text)):
            continue
        before = [f for f in facts if f.sentence == speed.sentence and f.claim.end <= speed.claim.start
                  and f.claim.kind == "amount" and f.value > 0]
        lengths = [f for f in before if units.dimension(f.claim.unit) == "length"]
        times = [f for f in before if units.hours_in(f.claim.unit, f.claim.text) is not None]
        if len(lengths) != 1 or len(times) != 1:
            continue  # (none, or which of them unclear)
        (length,), (time,) = lengths, times
        if time.claim.qualifier == "exact":  # (1小时30分钟 is told to the minute, no rounding of 90)
            time = replace(time, low=time.value, high=time.value)
        hours = time.value * (units.hours_in(time.claim.unit, time.claim.text) or 0.0)
        per_km = (units.converted(1.0, length.claim.unit) or 1.0) / (units.converted(1.0, speed.claim.unit) or 1.0)
        found += _average_off(speed, [replace(length, value=length.value * per_km, low=length.low * per_km,
                                              high=length.high * per_km)],
                              hours, (time,), time.claim.text, text)
    return found


def _sums_to(parts: list[Fact], total: Fact) -> bool:
    return sum(p.low for p in parts) <= total.high * 1.001 and sum(p.high for p in parts) >= total.low * 0.999


def _signed_sum(parts: list[Fact], text: str) -> tuple[float, float]:
    """The least and most figures listed make (两项业务分别盈利A、B，新业务亏损C，三项利润合计:
    a loss takes away)."""
    low = high = 0.0
    for part in parts:
        if _a_loss(part, text):
            low, high = low - part.high, high - part.low
        else:
            low, high = low + part.low, high + part.high
    return low, high


def _a_loss(part: Fact, text: str) -> bool:
    return lexicon.LOSS_BEFORE.search(CLAUSE_STOP.split(levels.lead(part, text))[-1]) is not None


def _listed_sum(total: Fact, parts: list[Fact], text: str) -> Suggestion:
    """The parts listed add up to something else than the total that sums them (their
    losses taken away)."""
    actual = sum(_signed_sum(parts, text)) / 2
    said = "".join(("-" if _a_loss(p, text) else "+" if i else "") + p.claim.text for i, p in enumerate(parts))
    return make("inconsistent", (total, *parts), 0.8, "listed_sum", parts=said, total=total.claim.text,
                actual=units.written_like(actual, total.claim.text))


