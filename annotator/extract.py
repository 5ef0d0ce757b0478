"""Numeric claims in Chinese news text, as ``spec/claims-guide.md`` defines them.

One compiled pattern finds where a quantity may start (a number, a fraction, a ratio,
an ordinal, a bare scale word after 上/过); then plain functions read what follows
(hedges, scale word, unit, a range's second half), decide whether it is a claim at all
(dates, editions, names and idioms are not), and fill in kind and qualifier.

Spans never cross a line break, but what follows a number is read with print-layout
line breaks removed, so ``6%左\\n右`` is still "about" and ``增\\n长5%`` still a change.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from annotator import context
from annotator import lexicon as lx
from annotator.claim import Claim
from annotator.hanzi import simplified_at
from annotator.numbers import parse_number

EXTRACTOR_VERSION = "1.88"  # 1.88: 加了 is a change word (a metric is read past it as past any other); 1.87: bare percentages listed under the whole a sentence opens among (销售额中，A 51%，B 36%) and holdings (持股38.42%) are shares; 1.86: N倍于 is a change; a bare percentage in a list of named parts (房租38%、伙食26%) is a share; X场Y胜 is a match's rules only where Y is most of X (30场14胜6平10负 is a record); 1.85: owners listed before 分别 own its figures in turn (A、B分别为X和Y); 1.84: a rate told by a change's words (上调幅度为, 上浮, 下探, 贬值率, 下浮率, 失重率) is a change; 1.83: a firm named by its trade's suffix (某农商行, 某证券) is an entity; 1.82: data sizes and rates (24.9GB, 500Mbps) are units; 1.81: 平方厘米, 平方分米, 平方毫米, 立方厘米 and 分米 are units (960平方厘米 was read as 960平)

__all__ = ["EXTRACTOR_VERSION", "Claim", "extract_claims"]


# --- the pattern --------------------------------------------------------------------

_DIGITS = "0-9０-９"
# (9．2026年一季度: a list's number, then a year; no year has decimals)
_ARABIC = rf"[{_DIGITS}]+(?:[,，][{_DIGITS}]{{3}}(?![{_DIGITS}]))*(?:[.．](?!(?:19|20|１９|２０)[{_DIGITS}]{{2}}年)[{_DIGITS}]+)?"
# PDF text extraction leaves a space by a place word (1000 万, 三千 八百 九十六 万): it
# belongs to the numeral, and parse_number ignores it. After a place word it joins only
# a group that has a place word of its own, so 3万 5月 is not 3万5 (35000).
_SP = "[ \u3000]"
# 3万4000, 1亿2000万: Arabic groups joined by scale words are one numeral; the last group
# may close on a compound place (3亿2千万 is 3亿 + 2千万, not 3亿2千 times 万). A later
# group may have thousands separators too (1萬9,062元, 7兆8,562億元).
_GROUP = rf"[{_DIGITS}]+(?:[,，][{_DIGITS}]{{3}}(?![{_DIGITS}]))*"
_MIXED = (rf"{_ARABIC}(?:{_SP}?[万亿萬億千{lx.TRILLION}](?:{_SP}(?={_GROUP}[万亿萬億千百]))?{_GROUP})+"
          rf"(?:{_SP}?(?:[千百][万萬]|[万亿萬億千百])(?![瓦米克伏卡]))?")
_CN_DIGIT = "〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩貳參叁陸"
_CN_PLACE = "十百千万亿拾佰仟萬億廿卅" + lx.TRILLION
_CN_ANY = _CN_DIGIT + "零" + _CN_PLACE
# 几 inside a numeral stands for a digit of a smaller place (一百零几万, 三百几十, 一百零几).
_CN_JOIN = (rf"(?<=[{_CN_PLACE}])几(?=[{_CN_PLACE}])|(?<=零)几"
            rf"|{_SP}(?=[{_CN_PLACE}])|(?<=[{_CN_PLACE}]){_SP}(?=[{_CN_DIGIT}零]*[{_CN_PLACE}])")
_CHINESE = (rf"[{_CN_DIGIT}十拾廿卅][{_CN_ANY}]*(?:(?:{_CN_JOIN})[{_CN_ANY}]*)*(?:点[{_CN_DIGIT}零]+)?"
            rf"|零点[{_CN_DIGIT}零]+"
            rf"|(?<![{lx.HALF_HUNDRED_NOT_AFTER}]){lx.HALF_HUNDRED}(?![{lx.HALF_HUNDRED_NOT_BEFORE}])")
_NUM = rf"(?:{_MIXED}|{_ARABIC}|{_CHINESE})"
# 三又三分之一倍, 1又1/2小时: a whole number and a proper fraction, read as one value.
_AND_FRACTION = rf"又(?:{_NUM}分之{_NUM}|[{_DIGITS}]{{1,3}}[/／][{_DIGITS}]{{1,3}})"
_HEDGES = "|".join(sorted(lx.PREFIX_HEDGES, key=len, reverse=True))
_CURRENCY = "|".join(sorted(lx.CURRENCIES, key=len, reverse=True))
_UNIT = lx.UNIT_PATTERN

# A print line may break inside a fraction after its 分 (近三分\n之一, 百分之\n三十): the
# fraction is read whole, and its span, which never crosses a line break, is the part
# before the break. (Tried only once 分 is found: every number tries a fraction first.)
_FOLD = "(?:[ \t\u3000]*\n[ \t\u3000]*)?"
# Every character a match can begin with. Written as a leading lookahead it lets the
# regex engine skip ahead over plain text, about ten times faster than trying each position.
_FIRST = re.escape("".join(sorted(
    set("每第首半过零负翻-−－+＋" + _DIGITS.replace("0-9", "0123456789").replace("０-９", "０１２３４５６７８９"))
    | set(_CN_DIGIT + "十拾廿卅百千万") | set(lx.SCALE_HEDGES) | {h[0] for h in lx.PREFIX_HEDGES}
)))
_START = re.compile(
    rf"(?=[{_FIRST}])(?:"
    rf"(?P<ratio>每(?P<den_n>{_NUM})(?P<den_u>{_UNIT})?[^，。；！？,;!?\n]{{0,12}}?(?:[，,]?(?:就|便|即))?有"
    rf"(?P<num_n>{_NUM})(?P<num_u>{_UNIT}))"
    rf"|(?P<rank>第{_SP}?(?P<rank_n>{_NUM})(?:{_SP}?(?P<rank_u>位|名|大))?|首位)"
    rf"|(?P<fx>1(?:{_CURRENCY})兑(?:换)?(?P<fx_n>{_ARABIC})(?P<fx_u>{_CURRENCY}))"
    rf"|(?P<bare_hedge>{'|'.join(sorted(lx.SCALE_HEDGES, key=len, reverse=True))})(?P<bare_scale>[百千万亿]+)"
    rf"|(?P<pre>{_HEDGES})?(?:"
    rf"(?P<frac>(?P<frac_den>{_NUM}|百|千|万)分{_FOLD}之{_FOLD}(?P<frac_num>{_NUM}|百)"
    rf"|(?<![/0-9])(?P<slash_num>[0-9]{{1,3}})/(?P<slash_den>[0-9]{{1,3}})(?![/0-9]))"
    rf"|(?P<half>一半|半数|过半(?!百))"
    rf"|(?P<half_unit>半(?P<half_u>{lx.HALF_OF_A_UNIT}))"
    rf"|(?P<double>翻了?(?P<double_n>[一两二三四五六七八九十]|[1-9]|10)番)"
    rf"|(?P<sign>零下|负|[-−－]|(?:(?<=[为是达至到约：:，、（(\s｜|])|^)[+＋])?(?P<num>{_NUM}(?:{_AND_FRACTION})?)))"
)

# 108分，比客队的94分多出16分, 比上年多2天, 比去年的158篇多了66篇: a 多 before 出 or a
# number says "more by", no hedge.
_OUTER_HEDGE = "|".join("多(?!出|了?[0-9０-９一二两三四五六七八九十])" if hedge == "多" else hedge
                        for hedge in sorted(lx.OUTER_HEDGES, key=len, reverse=True))
# What may follow a number: inner hedge, scale word, inner hedge, unit, outer hedge.
_SUFFIX = re.compile(
    rf"(?P<h1>[余多来几])?(?:{_SP}?(?P<scale>{lx.SCALE_PATTERN}))?(?P<h1b>[余多])?"
    # 316 起: PDF text leaves a space before a unit too, but not after a scale word (68.3万 本科)
    rf"(?(scale)|(?:{_SP}(?=(?:{_UNIT})))?)(?P<unit>{_UNIT})?"
    rf"(?P<h2>{_OUTER_HEDGE})?"
)
# Only an outer hedge may follow a fraction or 一半 (一半以上); same groups as _SUFFIX.
_OUTER = re.compile(
    rf"(?P<h1>)(?P<scale>)(?P<h1b>)(?P<unit>)"
    rf"(?P<h2>{_OUTER_HEDGE})?"
)


def _suffix_at(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str]:
    """_SUFFIX or _OUTER at ``pos``: every part of them is optional, so they always match."""
    found = pattern.match(text, pos)
    assert found is not None
    return found


_RANGE = re.compile(rf"(?:至|到|-|~|～|—|－|–)(?P<sign>零下|负)?(?P<num>{_NUM})")
_CLAUSE_END = re.compile(r"[，。；！？,;!?：:\n]")
_SENTENCE_STOP = "，。；！？,;!?：:"
_CLAUSE_STOP = _SENTENCE_STOP + "\n"  # a line break kept by _Joined ends a clause too
_CHANGE = re.compile("|".join(sorted(lx.CHANGE_CUES, key=len, reverse=True)))
_SHARE = re.compile("|".join(sorted(lx.SHARE_CUES, key=len, reverse=True)))
_SHARE_AFTER = re.compile("|".join(lx.SHARE_CUES_AFTER))
_STRONG_SHARE = re.compile("|".join(sorted(set(lx.SHARE_CUES) - lx.WEAK_SHARE_CUES,
                                           key=len, reverse=True)))
_AMOUNT = re.compile("|".join(sorted(lx.AMOUNT_CUES, key=len, reverse=True)))
# 是去年的3倍, 增至平时的2倍: so many times another level, a change either way
_COMPARED = re.compile(r"(?:是|为|相当于|达到?|至|到)[^，。；,;]{0,12}的$")
_LISTED_ITEM = re.compile("[\u4e00-\u9fff]{1,8}")  # a part named in a list (房租, 多云天)
_AFTER_LISTED = re.compile("[%％][，,]$")  # (…、交通7%，其余29%: the rest's after the list)
_LEVEL_VERB = re.compile("[^增降长升涨跌幅](?:为|达到?)$")  # 水平为31.27%, 水平达到32.6%; not 增幅为
# 仍超推荐量将近一倍, 超出推荐上限30克四成多: the standard exceeded is named between the
# verb and the figure, which says by how much (but 超出推荐范围20%至30%的上限 names the standard).
# (超6.8万通 is a hedge on its own figure; 超员率在两成以上 names a rate.)
_EXCEED_BY = re.compile(rf"(?<![不未])(?:超出|超过|超(?![市级大高长前越导声额车强员]))了?"
                        rf"(?![{_DIGITS}{_CN_DIGIT}十百千万几])[^，。；！？,;!?的占为是达在率\n]{{1,12}}$")
# 约占, 约为, 约合人民币, 約新台幣 (72兆元), 突破新台幣, 约需两周, 超过每秒150转: a hedge may
# stand before a verb, the currency's name or the time a rate is per, which come between
# it and the number.
_PER_TIME = "秒|秒钟|分钟|小时|天|日|周|月|年"
# 超过了4.6万人: a verb's 了 may follow a hedge of two characters; 快 needs its verb (快到).
_BACK_HEDGE = re.compile(
    "(?P<h>" + "|".join(f"快(?={lx.NEARLY_VERB_AFTER.pattern})" if h == "快" else h
                        for h in sorted(lx.BACK_HEDGES, key=len, reverse=True)) + ")"
    rf"(?:(?<=超过|突破|接近|将近)了)?"
    rf"(?:要?(?:占|为|有|达到|达|到|是|合计|合|在|需要|需|要|用|花)?(?:{_CURRENCY})?|占?[^，。；！？、,;!?\s]{{1,10}}的"
    rf"|每(?:{_PER_TIME}))$"
)
_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"))
_QUOTE_MAX = {"《": 30}  # a number in a title is part of the title
_SAID = re.compile("[，。！？；,!?;]")  # a quotation holding these is speech
_SHORT_QUOTE = 12  # a quoted phrase this short is a name or slogan (“33618”, “渝味360碗”)
_QUOTE_OPENS = re.compile("|".join(re.escape(q) for q, _ in _QUOTES))
_QUOTE_REACH = max(_SHORT_QUOTE, *_QUOTE_MAX.values())
# The first characters of whatever may follow a claim's number: a cheap early reject.
_CAN_FOLLOW = frozenset(
    {u[0] for u in (*lx.UNITS, *lx.PER_BASES)} | {h[0] for h in lx.OUTER_HEDGES} | set(lx.INNER_HEDGES)
    | set("十百千万亿萬億至到-~～—－–分") | {"\n", " ", "\t", "\u3000", lx.TRILLION}
)
_LOOKAHEAD = 24
_LOOKBEHIND = 24


_CLOSERS = frozenset(context.CLOSERS)


class _Joined:
    """A stretch of text with print-layout line breaks (and the spaces around them) taken
    out. A break after a heading (``# …``) or after a closing mark stays, as one ``\n``.

    ``index[i]`` is the position in the article of the i-th character of ``text``.
    """

    __slots__ = ("_start", "index", "text")

    _BREAK = re.compile(r"[ \t\u3000]*(\n)\s*")

    def __init__(self, article: str, start: int, stop: int):
        chunk = article[start:stop]
        if "\n" not in chunk:
            self.text, self.index = chunk, None
            self._start = start
            return
        parts: list[str] = []
        index: list[int] = []
        pos = 0
        for brk in self._BREAK.finditer(chunk):
            parts.append(chunk[pos:brk.start()])
            index.extend(range(start + pos, start + brk.start()))
            pos = brk.end()
            at = start + brk.start()
            if article[at - 1:at] in _CLOSERS or article[article.rfind("\n", 0, at) + 1] in "#>" \
                    or lx.CLOCK_OPENING.match(article, start + pos) or lx.RECAP_OPENING.match(article, start + pos):
                # the end of a heading or of a sentence stays, and a line opening with a time
                # of day (a log's, a live blog's: 02:31　…) or a recap of the lines above (以上三项
                # 小计) is a new entry: nothing is read across
                parts.append("\n")
                index.append(start + brk.start(1))
        parts.append(chunk[pos:])
        index.extend(range(start + pos, start + len(chunk)))
        self.text, self.index = "".join(parts), index
        self._start = start

    def position(self, i: int) -> int:
        """Article position of joined character ``i`` (``i`` may be one past the end)."""
        if self.index is None:
            return self._start + i
        if i < len(self.index):
            return self.index[i]
        return (self.index[-1] + 1) if self.index else self._start

    def end_position(self, i: int) -> int:
        """Article position just after joined character ``i - 1``."""
        if i == 0:
            return self._start
        return self.position(i - 1) + 1


def _value(numeral: str) -> float | None:
    if numeral.isascii():  # the common case, 2215.5 or 1,400: no Chinese to parse
        try:
            value = float(numeral.replace(",", ""))
        except ValueError:
            return parse_number(numeral)
        return value if math.isfinite(value) else None  # 309 digits are no figure
    return parse_number(numeral.replace(lx.TRILLION, "兆"))


def _scale(word: str | None) -> float:
    factor = 1.0
    for ch in word or "":
        factor *= lx.SCALE_VALUES[ch]
    return factor


# --- the scan -----------------------------------------------------------------------

def extract_claims(text: str) -> list[Claim]:
    """Every numeric claim of ``text``, sorted by ``start``; spans are code-point offsets."""
    scan, changed = simplified_at(text)  # 億, 個, 約 read as 亿, 个, 约; same offsets
    if changed and "兆" in scan:
        scan = _NUMERAL_ZHAO.sub(lx.TRILLION, scan)
        changed = [i for i, (a, b) in enumerate(zip(text, scan, strict=True)) if a != b]
    claims = _scan(scan)
    if not changed:
        return claims
    # only a claim with a converted character in its span (or its unit's) is rebuilt
    return [_as_written(text, scan, c)
            if bisect_left(changed, c.end + UNIT_REACH) > bisect_left(changed, c.start) else c
            for c in claims]


UNIT_REACH = 8  # a claim's unit may be looked up this far past its end


# 兆 after a number and before no unit of its own (3兆元, 三兆, but not 3兆瓦).
_NUMERAL_ZHAO = re.compile(rf"(?<=[{_DIGITS}{_CN_ANY}])兆(?!{lx.MEGA_UNITS_AFTER})")


def _as_written(text: str, scan: str, claim: Claim) -> Claim:
    """A claim found in the simplified view, with its text and unit as the article writes them."""
    unit = claim.unit
    if unit:
        stop = claim.end + len(unit)
        if "/" in unit:  # a full-width slash was read as one: 元／顆 is 元/顆
            at = scan[claim.start:stop].replace("／", "/").find(unit)
            at = at + claim.start if at >= 0 else -1
        else:
            at = scan.find(unit, claim.start, stop)
        if at >= 0:
            unit = text[at:at + len(unit)].replace("／", "/")
    return Claim(claim.start, claim.end, text[claim.start:claim.end], claim.value, claim.value_high,
                 unit, claim.qualifier, claim.kind, claim.metric, claim.entity, claim.period)


def _scan(text: str) -> list[Claim]:
    claims: list[Claim] = []
    pos = 0
    search = _START.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        claim, resume = _read(text, m)
        if claim is not None:
            claims.append(claim)
        pos = max(resume, m.start() + 1)
    return context.annotate(text, claims)


def _read(text: str, m: re.Match[str]) -> tuple[Claim | None, int]:
    """The claim starting at match ``m`` (or None), and where scanning resumes."""
    if m.group("ratio"):
        return _ratio(text, m)
    if m.group("rank"):
        return _rank(text, m)
    if m.group("fx"):  # 1美元兑7.1元: the rate, in the second currency
        value = _value(m.group("fx_n"))
        return _claim(text, m.start(), m.end(), value, None, m.group("fx_u"), "exact", "amount"), m.end()
    if m.group("bare_hedge"):
        return _bare_scale(text, m)
    if m.group("num"):
        nxt = text[m.end():m.end() + 1]
        if nxt in lx.RATIO_COLONS:
            return _colon_ratio(text, m)
        if nxt == "比" and (said := _said_ratio(text, m)) is not None:
            return said
        if nxt not in _CAN_FOLLOW and m.group("num") != lx.HALF_HUNDRED and not (
                (not nxt or nxt in lx.STATISTIC_NEXT or _last_listed(text, m)) and _statistic(text, m)):
            return None, m.end()  # the common case (一场, 2025中国): nothing a claim needs follows
    return _quantity(text, m)


def _last_listed(text: str, m: re.Match[str]) -> bool:
    """局分比1.308和1.150区分高下: the number follows a list word after another figure."""
    start = m.start()
    return _before(text, start) in lx.STATISTIC_JOINERS and _before(text, start - 1).isdigit()


def _ratio(text: str, m: re.Match[str]) -> tuple[Claim | None, int]:
    den, num = _value(m.group("den_n")), _value(m.group("num_n"))
    if not _same_kind_of_thing(m.group("den_u"), m.group("num_u")):
        return None, m.start("num_n")  # 每百户拥有45辆: the count per household is the claim
    if not den or num is None or _in_name(text, m.start(), m.end()):
        return None, m.end()
    # 大约每3人就有1人: a hedge before 每 bounds the ratio, outside its span
    qualifier = _hedge_before(_clause_before(text, m.start()), "%") or "exact"
    return _claim(text, m.start(), m.end(), num / den * 100, None, "%", qualifier, "share"), m.end()


def _same_kind_of_thing(a: str | None, b: str | None) -> bool:
    return a is not None and (a == b or (a in lx.PERSON_COUNTS and b in lx.PERSON_COUNTS))


_SAID_TERM = re.compile(rf"比(?P<b>{_ARABIC}|{_CHINESE})")


def _said_ratio(text: str, m: re.Match[str]) -> tuple[Claim | None, int] | None:
    """男女比例为1比1.2, 生师比由一比十七降至一比十四: a ratio said with 比 is a colon
    ratio's twin, where words name a ratio (3比1 alone is a match's score). None: no ratio."""
    second = _SAID_TERM.match(text, m.end())
    if second is None or m.group("sign"):
        return None
    end = second.end()
    before, after = _clause_before(text, m.start()), _clause_after(text, end)
    sentence = _sentence_before(text, m.start())
    cued = lx.RATIO_BEFORE.search(before) or lx.RATIO_AFTER.match(after) \
        or (lx.RATIO_EARLIER.search(sentence) and not lx.SCORE_CUES.search(sentence)) \
        or _a_standard_named_after(after)
    if not cued or lx.SCORE_CUES.search(before) or lx.SCORE_CUES.search(after) \
            or _UNIT_AT.match(after) or _in_name(text, m.start(), end):
        return None  # 1比2负于对手: a score
    a, b = _value(m.group("num")), _value(second.group("b"))
    if not b or a is None:
        return None
    pre = m.group("pre") or ""
    read_back = not _compares_with_reference(pre, after)  # 低于一比十二的标准: the standard
    start = m.start() if pre and read_back else m.start("num")
    qualifier = lx.PREFIX_HEDGES.get(pre, "exact") if read_back else "exact"
    joined = _Joined(text, end, end + _LOOKAHEAD)
    suffix = _suffix_at(_OUTER, joined.text)  # 1比1左右
    end = _clip(text, start, joined.end_position(suffix.end()))
    return _finish(text, start, end, a / b, None, None, qualifier, suffix, read_back=read_back), end


_COLON_TERM = re.compile(rf"[{''.join(lx.RATIO_COLONS)}](?P<b>{_ARABIC})")
_DIGIT_OR_COLON = frozenset("0123456789０１２３４５６７８９.．") | lx.RATIO_COLONS


def _colon_ratio(text: str, m: re.Match[str]) -> tuple[Claim | None, int]:
    """生师比15.2:1 → 15.2, unit null: the first term over the second."""
    numeral = m.group("num")
    second = _COLON_TERM.match(text, m.end())
    if second is None or m.group("sign") or _is_chinese(numeral):
        return None, m.end()
    end = second.end()
    if text[end:end + 1] in _DIGIT_OR_COLON or _before(text, m.start("num")) in _DIGIT_OR_COLON:
        # 2:09:37 and 10:30:00 are times: skip the whole run
        while end < len(text) and text[end] in _DIGIT_OR_COLON:
            end += 1
        return _race_time(text, m, end), end
    if _SECONDS_AND_HUNDREDTHS.fullmatch(second.group("b")) and (race := _race_time(text, m, end)):
        return race, end  # 游出1:44.65
    if _COLON_RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None, end  # the 7:1 of 5:1至7:1: a range's end (optional, as the range is)
    a, b = _value(numeral), _value(second.group("b"))
    before, after = _clause_before(text, m.start()), _clause_after(text, end)
    sentence = _sentence_before(text, m.start())
    cued = lx.RATIO_BEFORE.search(before) or lx.RATIO_AFTER.match(after) \
        or (lx.RATIO_EARLIER.search(sentence) and not lx.SCORE_CUES.search(sentence)) \
        or (_a_standard_named_after(after) and not _CLOCK.fullmatch(text, m.start("num"), end))
    ends = not after or after.startswith("的") or _suffix_at(_OUTER, after).group("h2")
    per_one = second.group("b") in ("1", "１") and ends
    if not b or a is None or not (cued or per_one):
        return None, end
    # (a unit across a line break is the next line's word: …17.5:1\n\n本报讯)
    unit_after = _UNIT_AT.match(after) and text[end:end + 1] != "\n"
    if lx.SCORE_CUES.search(before) or lx.SCORE_CUES.search(after) or unit_after \
            or after[:1] in lx.DATE_AFTER or _in_name(text, m.start(), end):
        return None, end  # a score (optional in the guide), a date, a label
    pre = m.group("pre") or ""
    read_back = not _compares_with_reference(pre, after)
    start = m.start() if pre and read_back else m.start("num")
    qualifier = lx.PREFIX_HEDGES.get(pre, "exact") if read_back else "exact"
    joined = _Joined(text, end, end + _LOOKAHEAD)
    suffix = _suffix_at(_OUTER, joined.text)  # 1:1左右
    end = _clip(text, start, joined.end_position(suffix.end()))
    return _finish(text, start, end, a / b, None, None, qualifier, suffix, read_back=read_back), end


# 14:30的水平测试: a time of day; a ratio set as a standard, 1∶2 or 1:1.5, is no clock.
_CLOCK = re.compile("(?:[01０１]?[0-9０-９]|[2２][0-4０-４])[:：∶][0-5０-５][0-9０-９]")


def _a_standard_named_after(after: str) -> bool:
    """1∶2的标准, 1:1.5的配备要求: a ratio set as a standard or a target (a record of two
    such figures is a match's score: 2:0的纪录)."""
    named = lx.REFERENCE_AFTER.match(after)
    return named is not None and "纪录" not in named.group()


_COLON_RANGE_BEFORE = re.compile("[0-9][:：][0-9.]+(?:至|到|-|～|~|—)$")
_SECONDS_AND_HUNDREDTHS = re.compile("[0-5][0-9][.．][0-9]{1,3}")  # the 44.65 of 1:44.65
_CLOCK_RACE_TIME = re.compile(
    r"(?P<h>[0-9]{1,2})[:：](?P<m>[0-5][0-9])[:：](?P<s>[0-5][0-9](?:\.[0-9]{1,3})?)"
    r"|(?P<m2>[0-9]{1,2})[:：](?P<s2>[0-5][0-9]\.[0-9]{1,3})")


def _race_time(text: str, m: re.Match[str], end: int) -> Claim | None:
    """以2:09:37夺冠, 游出1:44.65: a race time written with colons is one claim in seconds,
    where a word of a race result is next to it (else it may be a clock: 10:30:00)."""
    if m.group("pre") or m.group("sign"):
        return None
    start = m.start("num")
    clock = _CLOCK_RACE_TIME.fullmatch(text, start, end)
    if clock is None or _before(text, start).isdigit():
        return None
    if not (lx.RACE_TIME_BEFORE.search(_clause_before(text, start))
            or lx.RACE_TIME_AFTER.match(_clause_after(text, end))):
        return None
    if clock.group("h"):
        seconds = int(clock.group("h")) * 3600 + int(clock.group("m")) * 60 + float(clock.group("s"))
    else:
        seconds = int(clock.group("m2")) * 60 + float(clock.group("s2"))
    return _claim(text, start, end, seconds, None, "秒", "exact", "amount")


_RANK_RANGE = re.compile(rf"(?:至|到|-|—|~|～){_SP}?(?:第{_SP}?(?P<n>{_NUM})(?:{_SP}?[位名])?"
                         rf"|(?P<bare>{_NUM}){_SP}?[位名])")  # 第十四至第十六位, 第3-5名


def _rank(text: str, m: re.Match[str]) -> tuple[Claim | None, int]:
    after = text[m.end():m.end() + 1]
    if text.endswith(lx.FROM_THE_BOTTOM, 0, m.start()):
        return None, m.end()  # 倒数第二: counted from the bottom, no position from the top
    # 排名第十四至第十六位: one range of positions
    upto = _RANK_RANGE.match(text, m.end()) if m.group("rank_u") != "大" else None
    if not m.group("rank_u") and after and after in lx.NOT_RANK_NEXT and upto is None:
        return None, m.end()
    value = _value(m.group("rank_n")) if m.group("rank_n") else 1.0  # 首位 is first
    if value is None or value != int(value) or value < 1:
        return None, m.end()
    window = _clause_before(text, m.start())
    cued = m.group("rank_u") == "大" or lx.RANK_CUES.search(window) \
        or lx.RANK_AFTER.match(text, m.end()) \
        or (m.group("rank_u") == "名" and (lx.PLACE_LABEL_AFTER.match(text, m.end())  # 第四名青湖队
                                          or _opens_table_row(text, m)))
    if not cued or _in_name(text, m.start(), m.end()):
        return None, m.end()
    high = _value(upto.group("n") or upto.group("bare")) if upto else None
    if upto is not None and high is not None and high > value:
        return _claim(text, m.start(), upto.end(), value, high, None, "exact", "rank"), upto.end()
    end = m.end("rank_n") if m.group("rank_u") == "大" else m.end()  # the span is 第一
    return _claim(text, m.start(), end, value, None, None, "exact", "rank"), m.end()


def _opens_table_row(text: str, m: re.Match[str]) -> bool:
    """第1名 青川队 …: the place opens its line and a cell gap follows it."""
    line = text.rfind("\n", 0, m.start()) + 1
    return text[m.end():m.end() + 1] in lx.TABLE_CELL_GAP and not text[line:m.start()].strip(" \t\u3000")


def _bare_scale(text: str, m: re.Match[str]) -> tuple[Claim | None, int]:
    """上百家, 过万人, 破亿元: a scale word alone means one of it."""
    hedge, scale = m.group("bare_hedge"), m.group("bare_scale")
    joined = _Joined(text, m.end(), m.end() + _LOOKAHEAD)
    suffix = _suffix_at(_SUFFIX, joined.text)
    unit = suffix.group("unit")
    if hedge in lx.HEDGE_BLOCKERS and _before(text, m.start()) in lx.HEDGE_BLOCKERS[hedge]:
        return None, m.end()
    if not unit and "万" not in scale and "亿" not in scale:
        return None, m.end()
    if unit == "年" and lx.CLASS_AFTER_YEAR.match(joined.text, suffix.end()):
        return None, m.end()  # 超过百年一遇
    if hedge == "近" and unit and _recent(text, m.start(), joined, suffix.start("unit")):
        return None, m.end()  # 近百年来: without its hedge a bare 百 is no figure
    end = _clip(text, m.start(), joined.end_position(suffix.end()))
    value = _scale(scale) * _scale(suffix.group("scale"))
    claim = _finish(text, m.start(), end, value, None, unit, lx.SCALE_HEDGES[hedge], suffix)
    return claim, max(end, m.end())


def _quantity(text: str, m: re.Match[str]) -> tuple[Claim | None, int]:
    start, pre = m.start(), m.group("pre")
    qualifier = lx.PREFIX_HEDGES.get(pre or "", "exact")
    if pre and pre in lx.HEDGE_BLOCKERS and _before(text, start) in lx.HEDGE_BLOCKERS[pre]:
        start, qualifier = m.end("pre"), "exact"
    elif pre and _before(text, start) in lx.HEDGE_HEAD_ENDS_WORD.get(pre, ()):
        start, qualifier = start + 1, lx.PREFIX_HEDGES[pre[1:]]  # 扩大|约三成

    if m.group("double"):  # 翻一番 doubles, 翻两番 quadruples: 2 or 4 times, a change
        value = 2.0 ** (_value(m.group("double_n")) or 0)
        joined = _Joined(text, m.end(), m.end() + _LOOKAHEAD)
        suffix = _suffix_at(_OUTER, joined.text)  # 翻了一番多, 翻一番以上: the hedge after 番
        end = _clip(text, start, joined.end_position(suffix.end()))
        claim = _finish(text, start, end, value, None, "倍", qualifier, suffix)
        return (None if claim is None else _as_change(claim)), max(end, m.end())
    if m.group("half_unit"):  # 领先近半秒, 用时不到半小时: half a unit, bounded by a hedge
        half_u = m.group("half_u")
        if pre in lx.TIME_FRAMING_HEDGES and _recent(
                text, m.start(), _Joined(text, m.start("half_u"), m.start("half_u") + _LOOKAHEAD), 0):
            return None, m.end()  # 近半个月来: the recent half month, no figure
        before = _clause_before(text, start)
        if not pre:  # 约需半天, 约⏎半秒: the hedge a little before, or on the line before
            qualifier = _hedge_before(before, half_u) or qualifier
        if qualifier == "exact" and half_u not in lx.BOARD_GAME_UNITS and not (
                # 提前了半小时: or led by a verb of lasting, as 用时3小时 is (半目 is go's margin)
                (lx.LASTING_LEADS if half_u == "天" else lx.DURATION_LEADS).search(before)
                and not (half_u in lx.AGO_UNITS and lx.AGO.match(text, m.end()))):  # 半小时前: a moment
            return None, m.end()
        end = _clip(text, start, m.end())
        return _finish(text, start, end, 0.5, None, half_u, qualifier, None), end
    if m.group("frac") or m.group("half"):
        value = _fraction(m)
        if value is None:
            return None, m.end()
        if m.group("half") == "过半":
            qualifier = "over"
        if lx.ROUND_AFTER_FRACTION.match(text, m.end()):
            return None, m.end()  # 四分之一决赛: a round, not a quarter
        if m.group("slash_num"):
            after = _UNIT_AT.match(text, m.end())
            if (after and after.group() in lx.SEASON_UNITS) or text[m.end():m.end() + 1] in lx.DATE_AFTER:
                return None, m.end()  # 24/25赛季, 9/10日: a season or a date, no fraction
            if after:  # 1/2小时: a fraction of the unit
                end = _clip(text, start, after.end())
                return _finish(text, start, end, value / 100, None, after.group(), qualifier, None), end
        joined = _Joined(text, m.end(), m.end() + _LOOKAHEAD)
        suffix = _suffix_at(_OUTER, joined.text)
        end = _clip(text, start, joined.end_position(suffix.end()))
        return _finish(text, start, end, value, None, "%", qualifier, suffix), max(end, m.end())
    return _number(text, m, start, qualifier)


_UNIT_AT = re.compile(lx.UNIT_PATTERN)


def _unit_takes_back(last: str, after: str) -> bool:
    """True when the numeral's last character starts a unit (千 of 千瓦, 百 of 百分点)."""
    if last not in "千百":
        return False
    unit = _UNIT_AT.match(last + after)
    return unit is not None and len(unit.group()) > 1


_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９" + _CN_ANY)
_ARABIC_AT = re.compile(_ARABIC)
_CHINESE_AT = re.compile(_CHINESE)


def _continued(numeral: str, after: str) -> str:
    """The rest of ``numeral`` at the start of ``after`` (the next print line), in the same
    script, or "" when the next line's number is not one with it."""
    chinese = _is_chinese(numeral)
    rest = (_CHINESE_AT if chinese else _ARABIC_AT).match(after)
    if rest is None or _is_chinese(rest.group()) != chinese or _value(numeral + rest.group()) is None:
        return ""
    return rest.group()


def _as_change(claim: Claim) -> Claim:
    return Claim(claim.start, claim.end, claim.text, claim.value, claim.value_high, claim.unit,
                 claim.qualifier, "change")


def _fraction(m: re.Match[str]) -> float | None:
    """三分之一 → 33.33, 百分之八十 → 80, 一半 → 50: fractions become percent."""
    if m.group("half"):
        return 50.0
    if m.group("slash_num"):
        top, bottom = float(m.group("slash_num")), float(m.group("slash_den"))
        return top / bottom * 100 if 0 < top < bottom else None  # 24/7 is a slogan, no share
    words = {"百": 100.0, "千": 1000.0, "万": 10000.0}
    den = words.get(m.group("frac_den")) or _value(m.group("frac_den"))
    num = 100.0 if m.group("frac_num") == "百" else _value(m.group("frac_num"))
    if not den or num is None:
        return None
    return num / den * 100


def _number(text: str, m: re.Match[str], start: int, qualifier: str) -> tuple[Claim | None, int]:
    numeral, num_end = m.group("num"), m.end("num")
    joined = _Joined(text, num_end, num_end + _LOOKAHEAD)
    if _is_chinese(numeral) and len(numeral) > 1 and _unit_takes_back(numeral[-1], joined.text):
        # 两千千瓦 is 两千 + 千瓦: give the unit its first character back.
        numeral, num_end = numeral[:-1], num_end - 1
        joined = _Joined(text, num_end, num_end + _LOOKAHEAD)
    elif joined.text[:1] in _NUMERAL_CHARS and joined.position(0) != num_end \
            and (rest := _continued(numeral, joined.text)):
        # 二〇二⏎五年, 20⏎25年: a print line broke one numeral; it is read whole (its span
        # is the part before the break) and the tail is no number of its own
        numeral, num_end = numeral + rest, joined.end_position(len(rest))
        joined = _Joined(text, num_end, num_end + _LOOKAHEAD)
    suffix = _suffix_at(_SUFFIX, joined.text)
    unit = suffix.group("unit")
    if unit in lx.FORMAT_UNITS and (rules := _FORMAT_WINS.match(joined.text, suffix.end())) \
            and _best_of(_value(numeral), _value(rules["wins"])) and not _NUMERAL_NEXT.match(joined.text, rules.end()):
        return None, joined.end_position(rules.end())  # 五局三胜, 3局2胜制: the rules of a match
    if unit and "有" in joined.text[suffix.end():suffix.end() + 12] and m.group("pre") not in lx.TIME_FRAMING_HEDGES \
            and (among := _AMONG.match(joined.text, suffix.end())) \
            and (said := _among(text, m, numeral, suffix, among, joined, qualifier)) is not None:
        return said
    if not _number_stands_alone(text, m, numeral, suffix, joined):
        return None, num_end
    value = _value(numeral)
    if value is None:
        return None, num_end
    value *= _scale(suffix.group("scale"))
    if (m.group("sign") or "+") not in _PLUS or (
            not m.group("pre") and _after_minus_word(text, start)):
        value = -value  # 仅为零下\n9.4℃: the sign may sit across a print line break
    pre = m.group("pre")
    if pre == "近" and start == m.start() and unit is not None \
            and _recent(text, m.start(), joined, suffix.start("unit")):
        return None, num_end  # 近十年, 近12个月: the time the figures after it cover, no figure
    duration = _duration(joined, suffix, value, numeral)
    # the standard is named after the whole figure (低于10秒05的全国纪录: after its 05)
    rest = joined.text[suffix.end() if duration is None else duration[2]:]
    read_back = not (pre and start == m.start() and _compares_with_reference(pre, rest)) \
        and not (not pre and _before(text, start) in _DONE_OR_BROKEN
                 and (done := _COMPARED_DONE.search(_clause_before(text, start)))
                 and _compares_with_reference(done.group(1), rest))  # 超过了35微克/立方米的标准
    if not read_back:  # 低于19:1的标准: no hedge, the span starts at the number
        start, qualifier = m.start("num"), "exact"
    if qualifier == "exact" and "几" in numeral:  # 一百零几万: the stated lower bound
        qualifier = "over"
    if qualifier == "exact" and numeral == lx.HALF_HUNDRED and _before(text, start) in lx.SCALE_HEDGES:
        qualifier = lx.SCALE_HEDGES[_before(text, start)]  # 年过半百: over, as 过万 is
    if duration is not None:
        return _duration_claim(text, m, start, qualifier, duration, joined, num_end, read_back)
    if unit and unit.startswith("成"):  # 七成 is 70%, 六成五 65%, 一成半 15%
        value = value * 10 + (5.0 if unit[1:] == "半" else _value(unit[1:]) or 0.0)
        unit = "%"
    value_high = None
    suffix_end = suffix.end()
    hedges: re.Match[str] | None = suffix
    rng = None
    if joined.text[suffix_end:suffix_end + 1] in _PART_NEXT and (part := _part_after(joined, suffix, value)):
        more, unit, suffix_end = part  # 三个半小时, 两年半, 2米35
        value += more
    else:
        # 指数：32～118: a statistic's range has no unit
        rng = _range(joined, suffix, value, unit is None and not suffix.group("scale") and _statistic(text, m))
    if rng is not None:
        value_high, unit, suffix_end, low_scale = rng
        value *= low_scale
        if value_high < value:  # 零下1℃至零下3℃: value is the low end
            value, value_high = value_high, value
        hedges = None  # a range's hedges were ruled out by _range
        if unit == "级" and not _graded(text, m, joined, suffix_end):
            return None, num_end
        if unit in lx.PERIOD_UNITS and lx.PERIOD_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            return None, joined.end_position(suffix_end)  # 未来3至5天: a frame, as 未来两年 is
    elif _not_a_claim(text, m, numeral, suffix, joined):
        return None, num_end
    end = _clip(text, start, joined.end_position(suffix_end))
    claim = _finish(text, start, end, value, value_high, unit, qualifier, hedges, read_back=read_back)
    if claim is not None and claim.kind == "share" and m.group("sign") in _MINUS \
            and not _STRONG_SHARE.search(_clause_before(text, start)):
        claim = _as_change(claim)  # 价格指数的-0.3%: a written minus is a fall, no part of a whole
    return claim, max(end, num_end)


# 7天中有6天, 10人中就有3人: a stated ratio, as 每4台就有1台 is; the things may be named
# between (三个孩子里只有一个, 十个人里有七个). After a comma (16个省辖市中，有12个) the
# second count is a clause's own figure.
_AMONG = re.compile(rf"(?P<noun>[^，。；！？,;!?\s{_DIGITS}{_CN_DIGIT}十的]{{0,6}}?)(?:之?中|当中|里)"
                    rf"(?P<so>就|便|即|也|才)?(?P<only>只|仅)?有(?P<n>{_NUM})(?P<u>{_UNIT})")


def _among(text: str, m: re.Match[str], numeral: str, suffix: re.Match[str], among: re.Match[str],
           joined: _Joined, qualifier: str) -> tuple[Claim | None, int] | None:
    """The stated ratio, or None where the counts are of two kinds of thing (3家企业中有200人:
    the count of firms stands alone). A hedge before it bounds it, outside its span (大约10人中
    就有3人, 差不多十个人里有七个), as before 每4台就有1台."""
    den, num = _value(numeral), _value(among.group("n"))
    end = joined.end_position(among.end())
    if suffix.group("scale") or suffix.group("h1") or suffix.group("h1b") or suffix.group("h2") \
            or not _same_kind_of_thing(suffix.group("unit"), among.group("u")) \
            or not den or num is None or num > den:
        return None
    if among.group("noun") and not (among.group("so") or among.group("only")) and math.log10(den) % 1:
        return None  # 11个设区市中有9个: members of a set named; a proportion is told per ten
        # or a hundred (十个人里有七个) or stressed (三个孩子里只有一个, 五所学校中就有两所)
    start = m.start("num")
    end = _clip(text, start, end)
    if qualifier == "exact":
        qualifier = _hedge_before(_clause_before(text, start), "%") or "exact"
    return _claim(text, start, end, num / den * 100, None, "%", qualifier, "share"), end


_MINUS = frozenset("-−－")
# 风速为+1.1米/秒: a written plus after a verb or a stop is part of the figure (but
# 19家整车+1200余家 adds two counts, and 13+2 is a name)
_PLUS = frozenset("+＋")
_PART_NEXT = frozenset("半0123456789０１２３４５６７８９小月星钟赛季工学")  # a half, centimetres, a span's noun
_SPAN_NOUN = re.compile("小时|月|星期|钟头|赛季|季度|工作日|学期")
_HALF_OF = re.compile("半(?P<of>小时|钟头|月)")
_HALF_AFTER = re.compile(f"半(?![{lx.NOT_HALF_AFTER}])")
_CENTIMETRES = re.compile(rf"[{_DIGITS}]{{2}}(?![{_DIGITS}.．])")


def _part_after(joined: _Joined, suffix: re.Match[str], value: float) -> tuple[float, str, int] | None:
    """A half or the hundredths written after the unit: 三个半小时 (3.5 小时), 一个半月
    (1.5 个月), 两年半 (2.5 年), a jump's 2米35 (2.35 米). (part, unit, end in joined)."""
    unit, at = suffix.group("unit"), suffix.end()
    if unit == "个" and suffix.group("h2") in ("多", "余") and not suffix.group("h1") \
            and (noun := _SPAN_NOUN.match(joined.text, at)):
        return 0.0, "个" + noun.group(), noun.end()  # 5个多小时, 两个多月: the hedge inside
    if unit is None or suffix.group("h2") or suffix.group("h1") or suffix.group("h1b"):
        return None
    if unit == "个":
        half = _HALF_OF.match(joined.text, at)
        if half is None:
            return None
        return 0.5, "个月" if half.group("of") == "月" else "小时", half.end()
    if unit in lx.HALF_UNITS and _HALF_AFTER.match(joined.text, at):
        return 0.5, unit, at + 1
    if unit == "米" and not suffix.group("scale") and value == int(value) and value < 100 \
            and (cm := _CENTIMETRES.match(joined.text, at)) is not None \
            and not _UNIT_AT.match(joined.text, cm.end()):
        return int(cm.group()) / 100, unit, cm.end()
    return None


# 超过了35微克/立方米的标准, 不得超过⏎35微克的限值: the comparison a little before
_COMPARED_DONE = re.compile(f"({'|'.join(sorted(lx.COMPARISONS, key=len, reverse=True))})了?$")
_DONE_OR_BROKEN = frozenset("了\n \t\u3000")


def _compares_with_reference(pre: str, rest: str) -> bool:
    """低于19:1的标准: the word compares something else with a stated standard; the
    standard itself is exact. A range's standard is named after its high end (低于7至10天的标准)."""
    if pre not in lx.COMPARISONS:
        return False
    high = _RANGE_HIGH.match(rest)
    return lx.REFERENCE_AFTER.match(rest, high.end() if high else 0) is not None


_RANGE_HIGH = re.compile(rf"{_RANGE.pattern}(?:{lx.SCALE_PATTERN})?(?:{_UNIT})?")


def _recent(text: str, hedge_start: int, joined: _Joined, unit_at: int) -> bool:
    """True when the 近 before a span of time means "recent" (近十年，近12个月平均), so it
    frames the present rather than hedging the span (缩短近2个月, 执教该队近十年。)."""
    span = lx.RECENT_SPAN.match(joined.text, unit_at)
    if span is None:
        return False
    before = _clause_before(text, hedge_start)
    if lx.DURATION_LEADS.search(before):
        return False
    rest = joined.text[span.end():]
    if lx.FRAME_AFTER.match(rest):
        return True
    if span.group("short"):
        return False
    closes = not rest or rest[0] in _CLAUSE_STOP or lx.SPAN_CLOSERS.match(rest)
    return not closes or not before.strip()


_MOMENT_BEFORE = re.compile(rf"(?:第|[{_DIGITS}{_CN_ANY}][时点])$")
_DURATION_UNIT = "|".join(sorted(lx.DURATION_PARTS, key=len, reverse=True))
# The seconds closing a race time may carry decimals (3分12.37秒).
_DURATION_PART = re.compile(rf"零?(?P<n>[{_DIGITS}]{{1,2}}(?:[.．][{_DIGITS}]{{1,3}}(?=秒))?|[{_CN_DIGIT}十]{{1,3}})"
                            rf"(?P<unit>{_DURATION_UNIT})")
# The hundredths of a sprint's time (9秒83), where no unit or digit follows them.
_HUNDREDTHS = re.compile(rf"[{_DIGITS}]{{1,3}}(?![{_DIGITS}.．])")


def _duration(joined: _Joined, suffix: re.Match[str], value: float,
              numeral: str) -> tuple[float, str, int] | None:
    """2小时09分37秒 → (7777, 秒, end in joined): a compound duration in its smallest unit,
    each part smaller than the unit before it (7天24小时 is two figures). None if not one."""
    unit = suffix.group("unit")
    if unit not in lx.DURATION_PARTS or suffix.group("scale") or suffix.group("h1") \
            or suffix.group("h1b") or suffix.group("h2") or (unit == "年" and _is_year(numeral)):
        return None
    dimension, size = lx.DURATION_PARTS[unit]
    total, pos = value * size, suffix.end("unit")
    while (part := _DURATION_PART.match(joined.text, pos)) is not None:
        part_dimension, part_size = lx.DURATION_PARTS[part.group("unit")]
        n = _value(part.group("n"))
        if part_dimension != dimension or part_size >= size or n is None or n * part_size >= size:
            break
        total, unit, size, pos = total + n * part_size, part.group("unit"), part_size, part.end()
    if unit == "秒" and (frac := _HUNDREDTHS.match(joined.text, pos)) is not None \
            and not _UNIT_AT.match(joined.text, frac.end()):
        total, pos = total + int(frac.group()) / 10 ** len(frac.group()), frac.end()
    if pos == suffix.end("unit"):
        return None
    return total / size, unit, pos


def _duration_claim(text: str, m: re.Match[str], start: int, qualifier: str,
                    duration: tuple[float, str, int], joined: _Joined, num_end: int,
                    read_back: bool) -> tuple[Claim | None, int]:
    value, unit, pos = duration
    end = _clip(text, start, joined.end_position(pos))
    head = m.start("num")
    if joined.text[pos:pos + 1] == "时" or _MOMENT_BEFORE.search(text, max(0, head - 2), head):
        return None, end  # 还剩2分10秒时, 第3分12秒, 11时20分30秒: a moment, not a length
    if _in_name(text, head, end):
        return None, end
    per = lx.PACE_AFTER.match(joined.text, pos)  # 配速5分05秒/公里: a pace, time per distance
    if per:
        unit, pos = f"{unit}/{per.group(1)}", per.end()
    suffix = _suffix_at(_OUTER, joined.text, pos)  # 2小时10分左右
    end = _clip(text, start, joined.end_position(suffix.end()))
    claim = _finish(text, start, end, value, None, unit, qualifier, suffix, read_back=read_back)
    return claim, max(end, num_end)


def _range(joined: _Joined, suffix: re.Match[str],
           low: float, bare: bool = False) -> tuple[float, str | None, int, float] | None:
    """``60%至80%``, ``3至5年``, ``10-20亿元``: (high, unit, end in joined, low's scale).
    ``bare``: the low end is a statistic's figure, and the range may have no unit."""
    r = _RANGE.match(joined.text, suffix.end())
    if r is None or suffix.group("h1") or suffix.group("h2"):
        return None
    second = _suffix_at(_SUFFIX, joined.text, r.end())
    unit2 = second.group("unit")
    if bare and unit2 is None and not second.group("scale") and not second.group("h2"):
        high = _value(r.group("num"))
        return None if high is None else (high, None, second.end(), 1.0)
    low_unit = suffix.group("unit")  # as written: 三成 is no longer "%" here
    if unit2 is None or (low_unit is not None and low_unit != unit2) \
            or ((unit2 == "年" or unit2 in lx.SEASON_UNITS) and _is_year(r.group("num"))):
        return None
    high = _value(r.group("num"))
    if high is None:
        return None
    scale = _scale(second.group("scale"))
    high *= scale * (-1 if r.group("sign") else 1)
    # A low end with nothing after it may share the high end's scale (3至5亿元); one
    # with its own unit (3元至5万元) or scale (8千至1.2万元) is whole as written.
    bare = not (suffix.group("scale") or low_unit)
    low_scale = _shared_scale(low, high, r.group("num"), scale) if bare else 1.0
    if unit2 == "成":  # 3至5成 and 三成至五成 are both 30% to 50%
        high, unit2 = high * 10, "%"
        if low_unit is None:
            low_scale *= 10
    return high, unit2, second.end(), low_scale


def _shared_scale(low: float, high: float, numeral: str, scale: float) -> float:
    """The scale a bare low end takes from the high end: the largest the high end is written
    with (its scale word, or the place words closing a Chinese numeral) under which the low
    end is still below the high end's number. 3至5亿: 亿; 三至五千万: 千万; 三百至五百万: 万
    (not 百万); 9000至1.2万, 三千至一万二千: none, the low end stands as written."""
    places = len(numeral)
    while places and numeral[places - 1] in lx.RANGE_SCALE_PLACES:
        places -= 1
    for cut in range(places, len(numeral) + 1):
        shared = scale * _scale(numeral[cut:])
        if abs(low) < abs(high) / shared:
            return shared
    return 1.0


def _number_stands_alone(text: str, m: re.Match[str], numeral: str, suffix: re.Match[str],
                         joined: _Joined) -> bool:
    """False when the digits belong to a code, a word or an idiom rather than a quantity."""
    start = m.start("num")
    prev = _before(text, start)
    if prev.isascii() and prev.isalpha() and not _counted_after_acronym(text, start, numeral, suffix):
        return False  # N2馆, B03, COVID-19, G1256次 (but AED60台 counts defibrillators)
    unit = suffix.group("unit")
    if unit in lx.NAME_PRONE_UNITS and _is_chinese(numeral) \
            and not lx.COUNT_VERBS.search(text, max(0, start - 2), start) \
            and not (m.group("pre") or suffix.group("h1") or suffix.group("h1b") or suffix.group("h2")):
        after = joined.text[suffix.end("unit"):suffix.end("unit") + 1]
        if not (after and (after in _CN_DIGIT or after.isdigit())) and prev not in lx.TALLY_UNITS \
                and not (unit in lx.FORMAT_UNITS and lx.MATCH_AFTER.match(joined.text, suffix.end("unit"))):
            return False  # 五金店, 中铁十一局, 检察五部, 七手八脚: a name (but 两金一银, 夺得两金)
    if prev in ("比", "∶", "/") and _before(text, start - 1).isdigit():
        return False  # 1比2负于对手, 两队1比1平: a score's second term; 2024/25赛季
    if prev and prev in "这那此该每数几" and not m.group("pre") \
            and not (prev == "数" and numeral[0] not in _VAGUE_PLACES):
        return False  # 这两家 refers back; 数十, 数百 are vague (but 床位数7.15张 and 总数八成 end a noun)
    if suffix.group("unit") in lx.ARABIC_ONLY_UNITS and _is_chinese(numeral) \
            and not (suffix.group("h1") or suffix.group("h1b")) \
            and not (suffix.group("unit") == "届" and lx.TITLE_AFTER_EDITIONS.match(joined.text, suffix.end())):
        return False  # 四平八稳, 四通八达 (but 二百余通: an idiom has no hedge inside)
    if suffix.group("unit") in lx.OLD_MEASURES and _is_chinese(numeral) and len(numeral) == 1 \
            and not (m.group("pre") or suffix.group("h1") or suffix.group("h1b") or suffix.group("h2")):
        return False  # 十里八乡, 火冒三丈, 三尺讲台: an idiom (but 二十四里, 18丈, 近十里)
    if suffix.group("unit") == "次" and lx.SECTORS_AFTER.match(joined.text, suffix.end()):
        return False  # 三次产业: the three sectors, a name
    glued = joined.text[:1] if suffix.end() == 0 else ""
    if glued.isascii() and glued.isalpha():  # 3D, 5G (but 58家A级景区 is a count)
        return False
    # 唯一一个, 一五一十: digit-by-digit Chinese is a year or an idiom; but 〇 is a written
    # zero no idiom has (一〇八名 is 108; a year, 二〇二五年, is ruled out by its 年 later)
    if _is_chinese(numeral) and len(numeral) > 1 and not re.search("[十百千万亿拾佰仟萬億廿卅点又〇]", numeral):
        return False
    if _is_chinese(numeral) and len(numeral) == 1:
        if numeral in lx.CAPITAL_DIGITS:
            return False  # 登陆本省: a capital numeral alone is a character of a word
        # 一 alone is the article (一场盛会, 一批); 二 alone an ordinal (二次创业, 二级),
        # since a count of two is 两.
        # 一天以内 and 不到一年 are figures; but the 多 of 一项多中心试验 starts the next word
        hedged = (suffix.group("h2") or "") not in ("", "多", "余") or m.group("pre") in lx.ONE_HEDGES \
            or (suffix.group("unit") == "个" and _HALF_OF.match(joined.text, suffix.end())) \
            or (suffix.group("unit") in lx.HALF_UNITS and _HALF_AFTER.match(joined.text, suffix.end())) \
            or (prev in lx.TALLY_UNITS and suffix.group("unit") in lx.TALLY_UNITS) \
            or (suffix.group("unit") in lx.MARGIN_UNITS
                and (lx.MARGIN_BEFORE.search(text, max(0, start - 3), start) is not None
                     or _one_span_lasting(text, start, joined, suffix))) \
            or (suffix.group("unit") in lx.PLACE_UNITS
                and lx.PLACES_MOVED_BEFORE.search(text, max(0, start - 3), start) is not None) \
            or _opens_range(joined, suffix)
        if numeral in "一二" and not (suffix.group("unit") or "").startswith(lx.UNITS_COUNTING_ONE) \
                and not hedged:
            return False
    return True


def _one_span_lasting(text: str, start: int, joined: _Joined, suffix: re.Match[str]) -> bool:
    """停课一天, 限时一分钟: one unit of time after a verb of lasting, stopping or a limit
    (but 有一天 is "some day", and 时间一天天过去 an idiom of time passing)."""
    return lx.LASTING_LEADS.search(text, max(0, start - 4), start) is not None \
        and not lx.TIME_PASSING_AFTER.match(joined.text, suffix.end())


_VAGUE_PLACES = frozenset("十拾百佰千仟万萬亿億")  # 数十, 数百万: 数 before a place word is "several"


def _opens_range(joined: _Joined, suffix: re.Match[str]) -> bool:
    """一到两成, 二至三年: the low end of a range whose high end has its unit."""
    r = _RANGE.match(joined.text, suffix.end()) if suffix.group("unit") is None else None
    return r is not None and _suffix_at(_SUFFIX, joined.text, r.end()).group("unit") is not None


_ACRONYM = re.compile("[A-Z]{2,}$")


def _counted_after_acronym(text: str, start: int, numeral: str, suffix: re.Match[str]) -> bool:
    """配备AED60台: a whole number with a measure word of things after an acronym of two
    or more capitals counts those things. A single letter makes a code (G1256次, N2馆,
    B03), and a decimal or a unit of time a name (PM2.5, PM10年均浓度)."""
    unit = suffix.group("unit")
    return (unit in lx.COUNTED_THINGS and not suffix.group("scale") and numeral.isdigit()
            and _ACRONYM.search(text, max(0, start - 8), start) is not None)


def _not_a_claim(text: str, m: re.Match[str], numeral: str, suffix: re.Match[str], joined: _Joined) -> bool:
    """Dates, editions, labels, names: digits that state no checkable quantity."""
    unit, scale = suffix.group("unit"), suffix.group("scale")
    end = suffix.end()
    nxt = joined.text[end:end + 1]
    if unit is None and not scale and numeral != lx.HALF_HUNDRED \
            and not (_is_chinese(numeral) and re.search("[万亿萬億]", numeral)) \
            and not (not (suffix.group("h1") or suffix.group("h1b")) and nxt not in lx.DATE_AFTER
                     and (_statistic(text, m) or _level_mark(text, m, numeral, suffix))):
        return True  # a bare number: a code, a year, a section number (but 指数已降至5以下;
        # 加权指数2日开高: a date)
    if scale in lx.SMALL_SCALES and numeral.isdigit() and len(numeral) >= 4:
        return True  # 2024千山马拉松: a year before a name, no 2024 thousands
    if unit and _year_opening_a_name(text, m, numeral, suffix, joined):
        return True  # 2024环太湖自行车赛: a year, then the name of the event
    if nxt and nxt in (lx.LABEL_AFTER_UNIT if unit else lx.LABEL_NEXT) \
            and unit not in lx.NOUN_COUNTERS:  # 世界500强, 300亿级 (but 20个级别)
        return True
    if unit in lx.EVENT_UNITS and (lx.EVENT_AFTER.match(joined.text, end)
                                   or lx.EVENT_BEFORE.search(_clause_before(text, m.start()))):
        return True  # 男子100米自由泳, 男⏎子5000米: a race's name (but 全程42.195公里 is its length)
    if unit in lx.BOARD_GAME_UNITS and not (joined.text.startswith("半", end)  # 一目半: go's margin
                                            or lx.BOARD_GAME_CUES.search(_sentence_before(text, m.start()))
                                            or lx.BOARD_GAME_CUES.search(_clause_after(text, m.end()))):
        return True  # 两手准备, 十目所视: no game of go told, no moves or points of it
    if unit in lx.ROTATION_UNITS and not lx.ROTATION_BEFORE.search(_clause_before(text, m.start())):
        return True  # 三转一响: no speed of turning told, no count of turns
    if unit == "字" and lx.MOTTO_AFTER.match(joined.text, end):
        return True  # 十六字方针: a motto's name
    if unit in lx.CREW_UNITS and lx.CREW_EVENT_AFTER.match(joined.text, end):
        return True  # 男子八人艇, 女子四人双桨: the event's name, no count of rowers
    if unit == "项" and (lx.MULTI_EVENT_AFTER.match(joined.text, end)
                        or lx.MULTI_EVENT_BEFORE.search(text, max(0, m.start() - 2), m.start())):
        return True  # 铁人三项, 十项全能: a sport's name
    if unit == "年":
        if not suffix.group("h1") and not m.group("pre") and (
                _is_year(numeral) or lx.ERA_BEFORE.search(text, max(0, m.start() - 2), m.start())):
            return True  # 2016年, and 民國105年 in the calendar of Taiwan copy
        if not suffix.group("h1") and m.group("pre") and _is_year(numeral) and (
                (_value(numeral) or 0) % 100 or lx.MONTH_AFTER_YEAR.match(joined.text, end)):
            return True  # 超过2013年创下的40.6℃: a year, no span of 2013 years
        if nxt and nxt in lx.TIME_AFTER_YEAR:  # 30年前, 未来10年内
            return True
        if lx.CLASS_AFTER_YEAR.match(joined.text, end):  # 五十年一遇, 五年一贯制: a class, no span of time
            return True
    if unit in lx.AGO_UNITS and lx.AGO.match(joined.text, end):
        return True  # 12小时前: a point in time
    if unit in lx.SPAN_OF_A_RATE_UNITS and lx.RATE_OVER_A_SPAN.match(joined.text, end):
        return True  # 5年生存率, 30天死亡率: the name of a rate, no figure
    if unit in lx.AVERAGING_WINDOW_UNITS and lx.AVERAGING_WINDOW_AFTER.match(joined.text, end):
        return True  # 日最大8小时平均浓度: the window of an average, part of its name
    if unit in lx.SEASON_UNITS and _is_year(numeral):
        return True  # 2025赛季: the season's name
    if unit == "周" and nxt in lx.WEEK_WORDS_NEXT:
        return True
    if unit in lx.SHOTS_UNITS and (m.group("pre") or _is_chinese(numeral) or not (
            lx.SHOT_AFTER.match(joined.text, end) if unit == "投"
            else lx.SHOT_BEFORE.search(text, max(0, m.start("num") - 4), m.start("num")))):
        return True  # 14投6中: attempts, then makes; 投资, 中国, 三中全会 are words
    if unit == "级" and not _graded(text, m, joined, end):
        return True  # 四级手术, 三级医院, 300亿级: a grade or a label, no figure
    if unit == "位" and nxt in ("数", "一"):  # 两位数增长, 三位一体
        return True
    if unit in ("分", "点") and not scale and _clock_or_label(text, m, numeral, _value(numeral), unit, joined, end):
        return True  # (no clock has a scale word: 2万点 is an index level)
    if unit == "秒" and re.search(r"[0-9０-９]分$", text[max(0, m.start("num") - 4):m.start("num")]):
        return True  # the 10秒 of 还剩2分10秒
    if unit == "次" and (_before(text, m.start("num")).strip() == "届"
                        or lx.SESSION_WORDS.match(joined.text, end)):
        return True  # 六届人大三次会议
    if unit == "成" and not m.group("pre") and lx.WORD_AFTER_TENTHS.match(text, joined.end_position(suffix.end("unit"))):
        # 成本, 成为, 成都: the 成 starts a word (but 约两成为: a share); a headline's 七成 ends
        # its line, and the next (⏎⏎本报讯) makes no word with it
        return True
    if unit in lx.PLACE_UNITS and _before(text, m.start()) == "前":
        return True  # 前8名中, 全国前10位: a band of places, not a count
    if unit in lx.PERIOD_UNITS and lx.PERIOD_BEFORE.search(text[max(0, m.start() - 2):m.start()]):
        return True  # 首十个月, 前三个季度, 未来两年
    return _in_name(text, m.start("num"), joined.end_position(end))


def _level_mark(text: str, m: re.Match[str], numeral: str, suffix: re.Match[str]) -> bool:
    """回落至100下方, 站上7.2上方: a bare level a market is above or below."""
    return suffix.group("h2") in lx.LEVEL_MARKS and not m.group("pre") and not _is_chinese(numeral) \
        and _before(text, m.start()) in lx.LEVEL_MARK_BEFORE


# What may stand right before a clause's first word (a cheap test before _clause_before).
_OPENING_BEFORE = frozenset(_CLAUSE_STOP + " \u3000#＃（(“「《") | {""}


def _year_opening_a_name(text: str, m: re.Match[str], numeral: str, suffix: re.Match[str],
                         joined: _Joined) -> bool:
    """2024环太湖自行车赛, 2025双城马拉松: a year at a clause's opening, then a measure word's
    character that begins an event's name. (2025名选手参赛 and 共有2025名 count people.)"""
    if len(numeral) != 4 or m.group("pre") or suffix.group("scale") \
            or suffix.group("h1") or suffix.group("h1b") or suffix.group("h2") \
            or _before(text, m.start()) not in _OPENING_BEFORE or not _is_year(numeral) \
            or _clause_before(text, m.start()).strip(" \u3000#＃（(“「《"):
        return False
    name = lx.YEAR_NAME_AFTER.match(joined.text, suffix.end("unit"))
    return name is not None and not lx.TAKING_PART.search(name.group())


# The wins that decide a match after its number of games: 五局三胜, 3局2胜制.
_FORMAT_WINS = re.compile(rf"(?P<wins>{_NUM})胜制?")


def _best_of(games: float | None, wins: float | None) -> bool:
    """五局三胜: the wins a match's rules ask are just over half its games (30场14胜 is a
    record, and so is 28场15胜5平8负, a count told after the wins)."""
    return games is not None and wins is not None and wins == games // 2 + 1


_NUMERAL_NEXT = re.compile(f"(?:{_NUM})")  # (28场15胜5平: a record's next count)


def _graded(text: str, m: re.Match[str], joined: _Joined, end: int) -> bool:
    """风力2级, 偏北风4～5级, 7级地震: 级 is a unit only of a wind force or a magnitude."""
    before = _clause_before(text, m.start())
    if not before and _before(text, m.start()) in lx.LABEL_COLONS:
        before = _clause_before(text, m.start() - 1) + "："  # 平均风力：3～4级, a data box's label
    return (lx.GRADE_BEFORE.search(before) is not None
            or lx.GRADE_AFTER.match(joined.text, end) is not None)


def _statistic(text: str, m: re.Match[str]) -> bool:
    """性别比104.69, 基尼系数为0.465: words right before make a bare figure a statistic; so
    do a comparison before it and the level it is after it (高于全国11.4的平均水平)."""
    numeral = m.group("num")
    if _is_chinese(numeral) or (_is_year(numeral) and "." not in numeral):
        return False
    if lx.STATISTIC_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None:
        return True
    if text.startswith("的", m.end()) and lx.REFERENCE_AFTER.match(text, m.end()) \
            and lx.COMPARED_LEVEL_BEFORE.search(_clause_before(text, m.start("num"))):
        return True  # 高于全国11.4的平均水平
    if "\n" not in text[max(0, m.start() - 16):m.start()]:
        return False
    before = _Joined(text, max(0, m.start() - 16), m.start()).text  # 中间价\n报7.0856
    return lx.STATISTIC_BEFORE.search(before) is not None


def _clock_or_label(text: str, m: re.Match[str], numeral: str, value: float | None, unit: str,
                    joined: _Joined, end: int) -> bool:
    """分 and 点 count points (31分, 2947.33点) only after Arabic digits, and never in a time
    (11时20分, 8点, 2分10秒) or a name (3分球, 十分重要)."""
    following = joined.text[end:end + 1]
    if unit == "点" and value is not None and value >= 100:
        return False  # 两万点, 三千点: an index level, in words as in digits; no clock reaches 100
    if _is_chinese(numeral) or value is None:
        # 连得两分: a score after a scoring verb, not 三分球, 十分之一, 七分饱
        return not (unit == "分" and value is not None and following not in lx.NOT_POINTS_NEXT
                    and lx.SCORED_BEFORE.search(text, max(0, m.start("num") - 4), m.start("num")))
    before = text[max(0, m.start("num") - 1):m.start("num")]
    if unit == "分":
        if following.isdigit():  # 2分10秒 is a time; 34分11个篮板 points, then another count
            return not lx.COUNT_AFTER_POINTS.match(joined.text, end)
        return before in ("时", "点") or (following != "" and following in "球钟") \
            or (following == "之" and not joined.text.startswith("之差", end))  # 1分之差: a margin
    return (value < 100 and "." not in numeral) or following.isdigit() or (following != "" and following in "钟半")


def _is_year(numeral: str) -> bool:
    value = parse_number(numeral)
    return value is not None and value == int(value) and 1000 <= value <= 2999 and "." not in numeral


def _is_chinese(numeral: str) -> bool:
    return not numeral[0].isascii() and not ("０" <= numeral[0] <= "９")


def _in_name(text: str, start: int, end: int) -> bool:
    """Inside a short quotation (“33618”, “三位一体”) or a title (《…2026》)."""
    if _QUOTE_OPENS.search(text, max(0, start - _QUOTE_REACH), start) is None:
        return False  # no quotation opens near enough: most figures
    for open_q, close_q in _QUOTES:
        limit = _QUOTE_MAX.get(open_q, _SHORT_QUOTE)
        o = text.rfind(open_q, max(0, start - limit), start)
        if o < 0 or close_q in text[o + 1:start]:
            continue
        c = text.find(close_q, end, o + limit + 2)
        # (“献一次血只要十几分钟，”: a clause said, not a name)
        if c >= 0 and open_q not in text[end:c] and not _SAID.search(text, o + 1, c):
            return True
    return False


def _before(text: str, pos: int) -> str:
    return text[pos - 1] if pos > 0 else ""


def _clip(text: str, start: int, end: int) -> int:
    """A span ends at the first line break, without trailing spaces."""
    brk = text.find("\n", start, end)
    if brk >= 0:
        end = brk
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return end


def _clause_before(text: str, start: int) -> str:
    """The clause leading up to ``start``, read across print-layout line breaks."""
    joined = _Joined(text, max(0, start - _LOOKBEHIND), start).text
    return joined[context.last_of(joined, _CLAUSE_STOP) + 1:]


def _after_minus_word(text: str, start: int) -> bool:
    """The clause before ``start`` ends with 零下 or 负, across a print line break too.
    (Its last character is the text's, unless that is a space or a break: a cheap test.)"""
    last = text[start - 1:start]
    if last not in ("下", "负") and not last.isspace():
        return False
    return _clause_before(text, start).endswith(("零下", "负"))


def _clause_after(text: str, end: int) -> str:
    joined = _Joined(text, end, end + _LOOKAHEAD).text
    stop = _CLAUSE_END.search(joined)
    return joined[:stop.start()] if stop else joined


def _finish(text: str, start: int, end: int, value: float, value_high: float | None,
            unit: str | None, qualifier: str, suffix: re.Match[str] | None,
            read_back: bool = True) -> Claim | None:
    if suffix is not None and qualifier == "exact":
        for group, table in (("h1", lx.INNER_HEDGES), ("h1b", lx.INNER_HEDGES),
                             ("h2", lx.OUTER_HEDGES)):
            word = suffix.group(group)
            if word:
                qualifier = table[word]
                break
    before = _clause_before(text, start)
    if qualifier == "exact" and read_back:  # not a word just ruled out as a hedge (近十年)
        qualifier = _hedge_before(before, unit) or qualifier
    kind = _kind(text, start, end, unit, before)
    return _claim(text, start, end, value, value_high, unit, qualifier, kind)


def _hedge_before(before: str, unit: str | None) -> str | None:
    """The qualifier of a hedge a little before the figure (约占全国的15%, 约需三周), or None.
    A base between them is the figure's (约为每10万人119例, 不高于每生每月1200元)."""
    base = _PER_BASE_END.search(before)
    if base:
        before = before[:base.start()]
    back = _BACK_HEDGE.search(before)
    # 约占全市的三成, 近去年的2倍: a hedge on a part of a whole; but 超过沪农商行的847.81亿元
    # and 超过去年的3000亿元 compare with another's figure, which is exact
    of_another = back is not None and back.group().endswith("的") and back.end("h") < back.end() - 1 \
        and not _of_a_whole(unit) and unit != "倍"
    if back and _before(before, back.start()) not in lx.HEDGE_BLOCKERS.get(back.group("h"), ()) \
            and not _FIGURE_BETWEEN.search(before, back.end("h")) and not of_another:
        return lx.BACK_HEDGES[back.group("h")]
    if _of_a_whole(unit) and (whole := _HEDGE_ON_A_PART.search(before)) \
            and _before(before, whole.start()) not in lx.HEDGE_BLOCKERS.get(whole.group("h"), ()):
        return lx.PREFIX_HEDGES[whole.group("h")]  # 约占总市值73.6兆元的四成
    return None


# 约占总市值73.6兆元的四成, 不到推荐量300克的四成: a hedge before a whole with its figure
# bounds the part of it (not 近, which may frame a time: 近三年的60%); so does one before
# 占 and a whole named without 的 (约占参检总数八成).
_HEDGE_ON_A_PART = re.compile(r"(?P<h>约|大约|超过|逾|不足|不到)"
                              r"(?:占?[^，。；！？、,;!?\s的]{1,16}的|占[^，。；！？、,;!?\s的]{1,10})$")
# a base (每10万人, 每千人口, 每生每月): 每, a number perhaps, and a short noun
_PER_BASE_END = re.compile(rf"(?:每(?:[0-9０-９.]+|[{_CN_DIGIT}十百千万]+)?[\u4e00-\u9fff]{{1,3}}){{1,2}}$")
# A figure between a hedge and the claim takes the hedge (在近12个月的34场中: 近 is of 12个月).
_FIGURE_BETWEEN = re.compile(rf"[{_DIGITS}]|[{_CN_DIGIT}十百千]+{_UNIT}")


def _kind(text: str, start: int, end: int, unit: str | None, before: str) -> str:
    if unit == "倍":
        # 增长超40倍, 是去年的3倍, 比上届多出近一倍: a change; 市盈率约为27倍: a level
        # (8.1倍于普通牛奶的: a multiple of the level after 于, as 是…的N倍 is)
        return "change" if _nearest_cue(before) == "change" or _COMPARED.search(before) \
            or lx.MORE_BY.search(before) or _EXCEED_BY.search(before) or text.startswith("于", end) else "amount"
    if unit in lx.CHANGE_UNITS:
        return "change"
    if not _of_a_whole(unit):
        # 申诉率为每百万件0.38件: a rate per a base is a part of a whole, as 18.5/10万 is
        return "share" if "每" in before and lx.RATE_PER_BASE.search(before) else "amount"
    if before[-1:] in _MORE_OR_LESS and lx.COMPARED_BY.search(before):
        return "change"  # 比周边市场低5%至15%: by how much one level is below another
    if _EXCEED_BY.search(before) and not text.startswith("的", end):
        return "change"  # 超出推荐上限30克四成多: by how much a level exceeds a standard
    percent = _PERCENT.search(text, start, end) is not None

    def level_word(cue: str | None) -> str | None:
        # a level's word earlier (最大坡度达12%) says nothing of 约有三分之一的车手
        return None if cue == "amount" and not percent else cue

    # its own clause; a part of what follows it (较上届提高2.6%，有62.5%的选手: whatever the
    # clause before did); the sentence's earlier clauses; the words after it
    after = _cue_after(text, end)
    of_what_follows = after if after == "share" and text.startswith("的", end) else None
    cue = level_word(_nearest_cue(before)) or of_what_follows \
        or level_word(_nearest_cue(_sentence_before(text, start), strong=True)) or after
    if cue is not None:
        return cue
    # A fraction written in words (十分之一, 一半, 七成) is a share; a bare % a rate, but
    # one a noun is said to be (健康素养水平为31.27%) a level: a part of its whole.
    if not percent or _LEVEL_VERB.search(before) or before.endswith("范围") or _listed_part(text, start, end, before):
        return "share"
    return "change"


def _listed_part(text: str, start: int, end: int, before: str) -> bool:
    """房租38%、伙食26%、交通7%，其余29%: a bare percentage in a list of them, each after the
    name of a part, is that part's share (a list of times, 一季度5.5%、二季度5.1%, is of rates;
    出口12%，进口8% with no heading of parts, of growths)."""
    item = re.split("[、，,：:；;。\n]", before)[-1]
    opened = start - len(item)
    if _LISTED_ITEM.fullmatch(item) is None or lx.TIMES_NAMED.search(item):
        return False
    if text.startswith("、", end) or text.startswith("、", opened - 1):
        return True
    # (…，其余29%; 营业收入构成：整车A%，…，售后服务B%: the rest, or any item under a heading of parts;
    # 销售额中，返奖奖金51%，公益金36%: or under the whole the sentence opens among)
    sentence = max(text.rfind(mark, 0, opened) for mark in "。\n") + 1
    among = lx.AMONG_WHOLE_OPENS.match(text, sentence)
    listed = _AFTER_LISTED.search(text, max(0, opened - 2), opened) is not None
    return (among is not None and (among.end() == opened or listed)) \
        or (listed and (lx.REST_NAMED.match(item) is not None or lx.MAKE_UP_OPENS.search(text, sentence, opened) is not None))


def _cue_after(text: str, end: int) -> str | None:
    """The kind the words right after a figure give it, if any."""
    after = _clause_after(text, end)[:6]  # 6%左右的经济增速; further on is another phrase
    change, share = _CHANGE.search(after), _SHARE_AFTER.search(after)
    if change or share:
        first = min((c for c in (change, share) if c), key=lambda c: c.start())
        return "change" if first is change else "share"
    if after.startswith("的") and _AMOUNT.search(after):
        return "amount"  # 以6.4%的平均坡度, 2.8%的优惠利率: the level it is named as
    if after.startswith("的") and not lx.NOT_A_WHOLE_AFTER.match(after, 1):
        return "share"  # 约80%的泵血功能, 30%的受访者: a part of what follows
    return None


_MORE_OR_LESS = frozenset("高低多少了")  # the last character COMPARED_BY may match
_PERCENT = re.compile("[%％‰]")


def _of_a_whole(unit: str | None) -> bool:
    """A percentage, 成 or a rate per so many (18.5/10万, 6.6/10万剂次): a part of a whole."""
    return unit in lx.PERCENT_UNITS or (unit is not None and unit.startswith(lx.PER_BASES))


def _sentence_before(text: str, start: int) -> str:
    """The earlier clauses of the sentence: 有效率为91.6%，对照组为78.3% reads 率 for both."""
    joined = _Joined(text, max(0, start - 40), start).text
    return joined[context.last_of(joined, "。；！？;!?\n") + 1:]


# 占…的3.6%，较上周下降0.4个百分点，低于去年同期（4.1%）: a change told in points is the
# change of a level; the sentence's other percentages are that level, not changes. The
# points may be in words (下降零点八个百分点, 提高五个百分点).
_POINTS_AFTER = re.compile(rf"了?(?:{_NUM})个?(?:百分点|基点)")


def _nearest_cue(before: str, strong: bool = False) -> str | None:
    """The cue ending nearest to the number; the longer word wins a tie (增长率 > 率).
    ``strong``: only words that name a rate or a whole (for cues read further away)."""
    best, best_key = None, (-1, 0)
    for pattern, label in ((_CHANGE, "change"), (_STRONG_SHARE if strong else _SHARE, "share"),
                           (_AMOUNT, "amount")):
        for cue in pattern.finditer(before):
            if label == "change" and (lx.LEVEL_AFTER_CHANGE.match(before, cue.end()) or (
                    cue.group() == "快" and lx.NEARLY_VERB_AFTER.match(before, cue.end())) or (
                    strong and (_POINTS_AFTER.match(before, cue.end())
                                or lx.VERDICT_AFTER_CHANGE.match(before, cue.end())))):
                continue
            key = (cue.end(), cue.end() - cue.start())
            if key > best_key:
                best, best_key = label, key
    return best


def _claim(text: str, start: int, end: int, value: float | None, value_high: float | None,
           unit: str | None, qualifier: str, kind: str) -> Claim | None:
    """The claim, or None when a scale word pushed its value past any float."""
    if value is None or not math.isfinite(value) or (
            value_high is not None and not math.isfinite(value_high)):
        return None
    if unit == "％":
        unit = "%"
    elif unit is not None and "／" in unit:
        unit = unit.replace("／", "/")  # 35元／株 is in 元/株, as ３５％ is in %
    return Claim(start, end, text[start:end], float(value),
                 None if value_high is None else float(value_high), unit, qualifier, kind)
