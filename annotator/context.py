"""What a claim is about: its sentence, and the metric, entity and period stated near it.

Read where the text states them, in the article's own words: the period is the nearest
time expression of the sentence, the entity the first place or organisation of the
clause (or sentence), the metric the noun phrase before the figure's verb, or the noun
after a measure word (``50个国家``). A claim that states none (``同比增长34.3%``) takes
them from the claim before it in the same sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable

from annotator import lexicon, words
from annotator.claim import Claim

# A Markdown heading line (## 1 融通内外) is a sentence of its own, even when the first
# sentence follows on the very next line.
# (?=…): every end starts with one of these, and the lookahead lets a search skip the
# other characters at once (0.07 → 0.04 ms an article)
_SENTENCE_END = re.compile(r"(?=[。！？!?；;\n#])(?:[。！？!?；;]|\n[ \t\u3000]*\n\s*"
                           r"|(?:^|(?<=\n))#{1,6}[ \t][^\n]*\n|\n)", re.MULTILINE)
# How far either side of a claim its sentence is read: a table pasted as text is one
# "sentence" of thousands of figures, and reading all of it for each would make the
# cost per claim grow with the table. Real sentences are far shorter.
WINDOW = 400
SHARE_SCOPE_TAIL = 3  # what may follow a share's scope before its figure (的, 份额, 总量的)
CLOSERS = "。！？!?；;…”」』）)：:"
QUESTION_REACH = 160  # how far above its answer line a question's blank may stand
_CLAUSE_MARKS = frozenset("，,、")  # a line ending in one runs on where the next is indented
_INDENTS = frozenset(" \t\u3000")
SECTION_HEADING_MAX = 20  # a numbered line this short is a section's heading, commas or not
HEADING_MAX = 12  # a shorter line before a blank line is a heading, not a broken sentence
_CLAUSE_STOP = re.compile(r"[，,：:、；;。！？!?（）()“”\"《》\s]")

_REL = r"(?:今年|去年|明年|后年|前年|上年|当年|同年|本年|全年|同期|目前|当前|近年来|本届|上届|此前)"
_YEAR = r"(?:(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年)"
_SUB = (r"(?:[0-9]{1,2}(?:-|至|—|~)[0-9]{1,2}月|前三季度|[一二三四1-4]季度|[上下]半年|前(?:[0-9]{1,2}|[两二三四五六七八九十]{1,2})个月"
        r"|[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:[上下]午)?|年?底|年?末|年?初)")
_PERIOD = re.compile(
    r"(?=[截到至今去明前上当同本全目近此0-9〇零一二三四五六七八九“十下])(?:"
    rf"截至(?:目前|[^，。；！？\n]{{1,14}}?(?:底|末|止))"
    rf"|(?:到|至)?(?:{_REL}{_YEAR}?{_SUB}?|{_YEAR}(?:全年度?)?{_SUB}?|(?<![前近])[0-9]{{1,2}}(?:(?:-|至|—|~)[0-9]{{1,2}})?月份?(?![0-9０-９日号])"
    rf"|前三季度|[一二三四]季度|[上下]半年)"
    rf"|“?十[一二三四五六七]五”?(?:期间|时期|末|以来|规划))"
)
_YEAR_BEFORE_FIGURE = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![到从至在于自比较]){_YEAR}{_SUB}?(?=[\u4e00-\u9fff]{{0,3}}$)")
_ENTITY_TAGS = frozenset(("ns", "nt"))
_STOP_TAGS = frozenset("p c u uj ul uz ud ug uv r m q y x d ad t f zg".split())


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from after the previous stop to the next.

    A single line break is print layout. So is a blank line inside a running sentence
    (seed 003 breaks ``地区生产总`` / ``值增长``): it ends a sentence only after a heading,
    a closing punctuation mark, or before something that cannot continue a sentence.
    One lookup reads only around the span; ``Sentences`` indexes a whole text for many.
    """
    left = max(0, start - WINDOW)
    for m in _SENTENCE_END.finditer(text, left, start):
        if _is_stop(text, m):
            left = m.end()
    stop = min(len(text), end + WINDOW)
    line = text.rfind("\n", left, start) + 1 or left  # the claim's line, within the window
    after = line if text.startswith("#", line) else end  # a heading ends with its line
    right = next((m.end() for m in _SENTENCE_END.finditer(text, after, stop) if _is_stop(text, m)),
                 stop)
    return _trimmed(text, left, right)


class Sentences:
    """Sentence boundaries of one text, found once and looked up by bisection."""

    def __init__(self, text: str):
        self.text = text
        item = _items_of(text)  # each line is read as a list's item once, not per break
        self.stops = [m.end() for m in _SENTENCE_END.finditer(text)
                      if m.group() in _STOP_MARKS or _is_stop(text, m, item)]

    def around(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.stops, start)
        left = self.stops[i - 1] if i else 0
        j = bisect.bisect_left(self.stops, end)
        right = self.stops[j] if j < len(self.stops) else len(self.text)
        return _trimmed(self.text, left, right)


@functools.lru_cache(maxsize=1)
def sentences_of(text: str) -> Sentences:
    """``Sentences(text)``, kept for the last text asked: an import extracts an article's
    claims and then builds their facts, and both read its sentences (a sixth of the
    facts' time)."""
    return Sentences(text)


def _trimmed(text: str, left: int, right: int) -> tuple[int, int]:
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


_STOP_MARKS = frozenset("。！？!?；;")  # always a sentence's end (_is_stop, asked first)


def _is_stop(text: str, m: re.Match[str], item: Callable[[int], bool] | None = None) -> bool:
    if m.group() == "\n":
        return _ends_line(text, m.start(), item or _items_of(text))
    return (m.group() in "。！？!?；;" or m.group().startswith("#")
            or not is_layout_break(text, m.start(), m.end()))


# A list's marks: a bullet or a number (1. or （二）).
_MARK = r"[ \t\u3000]*(?:[■□●○◆◇▲△▶►•·※*-]|[0-9０-９]{1,2}[.、．)）](?![0-9０-９])|[（(][0-9一二三四五六七八九十]{1,2}[)）])"
# A line of a list or a data box: a mark, a label and its colon (创新平台：100多个), or a
# figure told first (41家——签署…协议的伙伴).
_ITEM = re.compile(rf"{_MARK}|[^\n，,。；;：:、]{{1,24}}[：:](?=\S)|[0-9０-９][^\s，,。；;：:—]{{0,12}}——")
_MARKED = re.compile(_MARK)
_ANOTHERS_TIME = re.compile("的[0-9０-９]")  # a time right before another figure: that one's
_LAST_FIGURE = re.compile(r"[0-9０-９][0-9０-９.,，]*[^\s0-9０-９]*$")  # a line's last figure and its unit
_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]")


def _unmarked(line: str) -> str:
    """A line without its list mark."""
    m = _MARKED.match(line)
    return line[m.end():].lstrip() if m else line


def _items_of(text: str) -> Callable[[int], bool]:
    """Whether the line of ``text`` starting at an offset is a list's item, each read once."""
    items: dict[int, bool] = {}

    def item(start: int) -> bool:
        if start not in items:
            items[start] = bool(_ITEM.match(text, start))
        return items[start]
    return item


def _ends_line(text: str, at: int, item: Callable[[int], bool]) -> bool:
    """Whether the single line break at ``at`` ends a sentence: after a heading, or in a
    list (``item``: whether the line starting at an offset is a list's). Elsewhere it is
    print layout, which breaks lines anywhere."""
    line_start = text.rfind("\n", 0, at) + 1
    if _runs_on(text, at, item):
        return False
    if text[line_start:line_start + 1] in _INDENTS and item(at + 1):
        return True  # a turn carried on ends where the next turn opens (…二十倍，⏎乙：…)
    return _heading(text, line_start, at) or _in_list(text, line_start, at + 1, item)


def _runs_on(text: str, at: int, item: Callable[[int], bool]) -> bool:
    """A line that ends in a clause mark, and an indented next line that is no item: one
    sentence carried on (甲：…二〇二〇年才四点三万辆，⏎　　四年产量往上涨…; 其中：水运1520万吨，⏎
    　　　铁路640万吨)."""
    return text[at - 1:at] in _CLAUSE_MARKS and text[at + 1:at + 2] in _INDENTS and not item(at + 1)


def _section_heading(line: str) -> bool:
    """三、学聂雪梅，做细致入微的守河人: a short numbered line, commas or not, heads a section."""
    return len(line) <= SECTION_HEADING_MAX and _SECTION.match(line) is not None \
        and line[-1] not in "。！？!?；;：:，,、"


def _heading(text: str, start: int, end: int) -> bool:
    """A short line without clause punctuation that starts the text or a paragraph (a
    narrow column's lines are short too, but follow one another). A figure on its own
    (■ 超460亿元, 100名高层次人才) is no heading: the next line says what it counts."""
    line = text[start:end].strip()
    if _section_heading(line):
        return True
    if not line or any(mark in line for mark in "，,、"):
        return False
    if any(c.isdigit() for c in _unmarked(line)):
        # (数字十二｜2215.5亿元 over 外贸进出口总值达2215.5亿元，…: but a figure the next line
        # tells again heads it, as a section's title would)
        figure = _LAST_FIGURE.search(line) if len(line) <= SECTION_HEADING_MAX else None
        following = text.find("\n", end + 1)
        return figure is not None and figure.group() in text[end + 1:following if following >= 0 else len(text)]
    return len(line) < HEADING_MAX and not text[text.rfind("\n", 0, max(0, start - 1)) + 1:start].strip()


def _in_list(text: str, line_start: int, next_start: int, item: Callable[[int], bool]) -> bool:
    """Whether a line break, between the lines starting at these offsets, is in a list:
    two items meet at it, or either line is one of two items in a row (a list's odd line,
    19家整车企业…居第三位, stays a line of its own)."""
    if item(line_start):  # (the lines around read only as needed)
        return item(next_start) or (line_start > 0 and item(text.rfind("\n", 0, line_start - 1) + 1))
    following = text.find("\n", next_start)
    return following >= 0 and item(next_start) and item(following + 1)


def is_layout_break(text: str, start: int, end: int) -> bool:
    """True when the line break(s) in ``text[start:end]`` cut a running sentence: the line
    before is no heading (short, or marked ``#``) and ends without a closing mark, and the
    text runs on. A blank line is layout only inside prose: when the line before it holds
    clause punctuation (seed 003's ``…新实`` / ``施``, ``…地区生产总`` / ``值``) or a figure
    runs on after it (``增长`` / ``8%``); after a subtitle it starts a paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start].strip()
    after = text[end:end + 1]
    if _section_heading(line):
        return False
    if "\n" not in text[start + 1:end] and _in_list(text, line_start, end, _items_of(text)):
        return False  # a list's lines stay apart
    if not (line and line[-1] not in CLOSERS and len(line) >= HEADING_MAX
            and line[0] not in "#>" and (after.isalnum() or after in "%％")):
        return False
    return (text.count("\n", start, end) < 2 or any(mark in line for mark in "，,；;：:。、")
            or bool(_FIGURE_RUNS_ON.match(text, end)))


# After a blank line, a figure (8%；) continues the sentence; a date (2024年，) starts one.
_FIGURE_RUNS_ON = re.compile(r"[0-9０-９][0-9０-９.．]*(?![0-9０-９.．]*[年月日])")


def annotate(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with ``metric``, ``entity`` and ``period`` filled where the text states them."""
    out: list[Claim] = []
    sentences = sentences_of(text)
    previous, previous_sentence = None, None
    sentence_entity: str | None = None
    entity_read = False  # sentence_entity read for this sentence yet
    answered: Counter[int] = Counter()  # figures told so far, by their line's start
    for claim in claims:
        # an answer (答案：2251.5亿元) is read where its question leaves the blank, the
        # k-th figure of an answer line at the k-th blank
        line = text.rfind("\n", 0, claim.start) + 1
        at = _blank_answered(text, line, claim.start, answered[line]) or (claim.start, claim.end)
        answered[line] += 1
        left, right = sentences.around(*at)
        before, after = words_around(text, *at, left, right, WINDOW)
        after = after[:16]
        cut = last_of(before, "，,：:；;")
        clause = before[cut + 1:]
        sized = after.startswith("的") and lexicon.SIZED_BEFORE.search(clause) is not None
        metric = _metric_after(after[1:] if sized else after, sized) if claim.unit in lexicon.MEASURE_WORDS else None
        if metric is None and claim.kind == "rank" and (verbs := lexicon.RANK_VERB.findall(clause)):
            # 汽车产量跃居全国城市第三位: what is ranked is named before the verb
            metric = _metric_before(clause[:clause.rfind(verbs[-1])])
        metric = metric or _metric_before(clause)
        if metric is None and claim.kind == "share":
            metric = _metric_before(_share_whole_cut(clause))
        if metric is None and cut >= 0 and before[cut] in "，," and _time_only(clause):
            metric = _metric_before(before[:cut])  # (…装机，2025年底是A: the clause before's)
        if metric is None and cut >= 0 and lexicon.RATIO_CLAUSE.fullmatch(clause):
            # (…航空货运量，是前年的1.5177倍: a multiple of what the clause before names)
            metric = _metric_before(before[:cut])
        if metric is None and cut >= 0 and before[cut] in "：:":
            # a label and its figure (规上电子信息企业：1500多家): the label says what it counts
            # (规上服务业营收（1-2月）：1070.52亿元: the note in brackets says when, not what)
            label = before[last_of(before[:cut], "，,：:；;") + 1:cut]
            metric = _metric_before(_LABEL_NOTE.sub("", label))
        if left != previous_sentence:
            entity_read = False
        told_first = not after and _opens(text, left, at[0])
        entity = _entity(clause) if len(clause) < len(before) or told_first else None
        # (渝农商行、沪农商行总市值分别为A和B: the k-th owner listed owns the k-th figure)
        if (each := lexicon.OWNERS_EACH.search(clause)) is not None:
            opened = at[0] - len(clause) + each.end()
            owners = lexicon.LIST_MARKS.split(each.group())  # (the last up to 分别: 沪农商行总市值…)
            k = sum(c.start >= opened and c.end <= at[0] for c in out)
            entity = (_entity(owners[k]) if k < len(owners) else None) or entity
        if entity is None:  # the subject at the sentence's start, read once a sentence
            if not entity_read:
                sentence_entity = _entity(unbroken(text[left:min(at[0], left + 64)]))
                entity_read = True
            entity = sentence_entity
        context = {"period": _period(before, after), "entity": entity,
                   "metric": metric}
        if previous is not None and previous_sentence == left:
            for key, value in context.items():
                if value is None:
                    context[key] = getattr(previous, key)
        claim = Claim(claim.start, claim.end, claim.text, claim.value, claim.value_high,
                      claim.unit, claim.qualifier, claim.kind, **context)
        out.append(claim)
        previous, previous_sentence = claim, left
    return out


def _blank_answered(text: str, line: int, start: int, k: int) -> tuple[int, int] | None:
    """The blank a figure on an answer line (答案：, 答：) fills: the k-th of the question
    above it, after the answer line before (a question with no blank gets none)."""
    label = lexicon.ANSWER_LABEL.match(text, line)
    if label is None or label.end() > start:
        return None
    since = max(0, line - QUESTION_REACH)
    for earlier in lexicon.ANSWER_LINE.finditer(text, since, line):
        since = earlier.end()
    blanks = list(lexicon.BLANK.finditer(text, since, line))
    return blanks[k].span() if k < len(blanks) else None


_QUOTED = re.compile(r"[“「『]([^“”「」『』，。；\n]{1,12})[”」』]")
_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]")
_DIGIT = re.compile("[0-9０-９]")
_LABEL_NOTE = re.compile(r"[（(][^（）()]{1,16}[）)]\s*$")
# A figure told first, then what it counts: 41家——签署…协议的伙伴.
_TOLD_FIRST = re.compile(r"[ \t\u3000]*(?:——|—|－－|--|：|:)[ \t\u3000]*")
_CLAUSE_END = re.compile(r"[，,；;。！？!?]")
_CLAUSE_MARK = re.compile(r"[，,、]")
_HEADING_BEFORE = re.compile(r"[ \t\u3000]*[【「『\[*#]*[ \t\u3000]*")
_HEADING_AFTER = re.compile(r"[ \t\u3000]*[】」』\]*]*[ \t\u3000]*\n\s*(?=\S)")
HEADING_MARKS = 8  # 【 or ** and spaces: how far a heading's figure may stand from its line's start


def told_next_line(text: str, start: int, end: int) -> int | None:
    """Where the line telling a heading's figure starts: a figure that is its line's whole
    text, brackets or bold aside (【46个】, **46个**), says on the next line what it counts."""
    after = _HEADING_AFTER.match(text, end)
    if after is None:
        return None
    line = text.rfind("\n", max(0, start - HEADING_MARKS), start) + 1
    if line == 0 and start > HEADING_MARKS:
        return None
    return after.end() if _HEADING_BEFORE.fullmatch(text, line, start) else None


TABLE_ROWS = 40  # how far above a cell its table's header may stand, in rows
CELL_WORDS = 4  # characters a table cell may hold beside its figure (（预计）, 以上)
ROW_MAX = 200  # a table row is no longer than this


def table_cell_words(text: str, start: int, end: int) -> tuple[str, str] | None:
    """What a table cell's figure is (银行｜累计涨跌幅 over 招商银行｜-13.26%): its row's
    name and its column's header (招商银行, 累计涨跌幅); None
    outside a table, in its first column, or in a cell of words (1｜电子信息｜…签约，总投资
    52亿元; 招商银行｜CMB：累计涨幅13.26%: a label's translation)."""
    line = text.rfind("\n", max(0, start - ROW_MAX), start) + 1
    stop = text.find("\n", start, start + ROW_MAX)
    stop = len(text) if stop < 0 and len(text) - start < ROW_MAX else stop
    if (line == 0 and start > ROW_MAX) or stop < 0:
        return None  # (a line this long is prose, and reading it whole a figure at a time costs its square)
    column = len(lexicon.TABLE_CELL.findall(text, line, start))
    if not column:
        return None
    after = lexicon.TABLE_CELL.search(text, end, stop)
    cell = text[max(m.end() for m in lexicon.TABLE_CELL.finditer(text, line, start)):after.start() if after else stop]
    if len(cell.strip()) - (end - start) > CELL_WORDS:
        return None
    row = lexicon.TABLE_CELL.split(text[line:stop].strip())
    if row and not row[0]:
        row = row[1:]  # | 第一产业 | 198.7 |: a Markdown row opens with its mark
        column -= 1
    header = None
    above = line - 1
    for _ in range(TABLE_ROWS):
        if above <= 0:
            break
        top = text.rfind("\n", max(0, above - ROW_MAX), above) + 1
        cells = text[top:above]
        if (top == 0 and above > ROW_MAX) or not lexicon.TABLE_CELL.search(cells):
            break  # (a line longer than a row is none of the table's)
        if not lexicon.TABLE_RULE_ROW.fullmatch(cells):
            header = cells
        above = top - 1
    if header is None or column < 1 or not row:
        return None
    names = [c.strip() for c in lexicon.TABLE_CELL.split(header.strip())]
    names = names[1:] if names and not names[0] else names
    return row[0].strip(), names[column] if column < len(names) else ""


def heading_copy(text: str, start: int, end: int, figure: str) -> bool:
    """数字一｜近600家 over 全市法院共有员额法官近600家…: a short line whose figure the next
    line, of words and no table's, tells again is that figure's heading, the same claim
    told twice (the sentence's copy is the one with words)."""
    line = text.rfind("\n", max(0, start - SECTION_HEADING_MAX), start) + 1
    stop = text.find("\n", end, line + SECTION_HEADING_MAX + 1)
    if stop < 0 or (line == 0 and start >= SECTION_HEADING_MAX):
        return False
    following = text[stop:stop + WINDOW].lstrip()
    following = following[:following.find("\n")] if "\n" in following else following
    return figure in following and len(following) > stop - line and not lexicon.TABLE_CELL.search(following)


def words_around(text: str, start: int, end: int, left: int, right: int, reach: int
                 ) -> tuple[str, str]:
    """The words of its sentence (``left``, ``right``) before and after a figure at
    ``start``–``end``, ``reach`` characters at most, without line breaks. A figure told
    first (its sentence opens with it, a dash follows) is read as if the clause after
    the dash came before it: 41家——签署…协议的生态合作伙伴 counts 生态合作伙伴."""
    if _opens(text, left, start) and (dash := _TOLD_FIRST.match(text, end, right)):
        clause = text[dash.end():right]
        stop = _CLAUSE_END.search(clause)
        return unbroken(clause[:stop.start() if stop else len(clause)][:reach]), ""
    if (told := told_next_line(text, start, end)) is not None:
        # its first sentence as one clause: what it counts may come last (…的企业到会参展)
        line = text[told:told + reach]
        stop = lexicon.SENTENCE_END.search(line)
        return _CLAUSE_MARK.sub("", line[:stop.start() if stop else len(line)]), ""
    return (unbroken(text[max(left, start - reach):start]),
            unbroken(text[end:min(right, end + reach)]))


def _opens(text: str, left: int, start: int) -> bool:
    """Whether a figure at ``start`` opens its sentence (a list's mark aside)."""
    return not _unmarked(text[left:start]).strip()


def unbroken(s: str) -> str:
    """Print-layout line breaks (and the spaces around them) removed."""
    return _LINE_BREAK.sub("", s) if "\n" in s else s


_LINE_BREAK = re.compile(r"\s*\n\s*")


def last_of(s: str, stops: str) -> int:
    """Where the last of ``stops`` is in ``s`` (-1 if none): the regex engine's backward
    scan (``.*`` then one of them), a third of a loop over characters' time."""
    found = (_LAST_OF.get(stops) or _last_of_pattern(stops))(s)
    return found.end() - 1 if found else -1


_LAST_OF: dict[str, Callable[[str], re.Match[str] | None]] = {}


def _last_of_pattern(stops: str) -> Callable[[str], re.Match[str] | None]:
    match = _LAST_OF[stops] = re.compile(f"(?s:.*)[{re.escape(stops)}]").match
    return match


def _period(before: str, after: str) -> str | None:
    found = None
    # 近95万辆：2024年产量（2020年4.3万辆）: a note in brackets with a figure of its own says
    # that figure's time; one with a time alone ((1-2月)：1070.52亿元) says the label's
    before = _BRACKETED.sub(lambda m: "" if _DIGIT.search(_PERIOD.sub("", m.group(1))) else m.group(), before)
    for m in _PERIOD.finditer(before):
        # (截至2025年底…较“十三五”末增长: the base is no time of the figure's; but 也与到2027年
        # 全市GDP迈上…的目标相衔接 names a time reached, no base)
        # (…，比2020年的4.3万辆: the base's time is the time of the level told right after it)
        # (去年…，是前年的1.5倍: the time after 是 is the base of a multiple, not its time)
        based = before[m.end():] == "的"
        if _ANOTHERS_TIME.match(before, m.end()):
            continue  # (由目前的486公里增加到800公里，覆盖5个…: the time of the figure after it)
        base = (lexicon.BASE_TIME_BEFORE.search(before, 0, m.start()) and not based) \
            or (lexicon.RATIO_BASE_BEFORE.search(before, 0, m.start()) and based)
        # (比上半年加快: a base compared with alone says no time of the figure's; 达到上年的1.5倍:
        # the 到 of 达到 reaches the base, no time)
        reached = lexicon.TIME_REACHED.match(m.group()) and not (based and before.endswith("达", 0, m.start()))
        if not base or reached \
                or (found is None and not lexicon.COMPARED_TIME_BEFORE.search(before, 0, m.start())):
            # (去年全年进口4.12万吨: a part of the year right after its year is that year's)
            found = found + m.group() if found and before.endswith(found, 0, m.start()) and m.group() in lexicon.YEAR_PARTS \
                else m.group()
    if found is None:  # (由十年前的A提高到今年的B: a time reached after it is the next level's)
        later = _PERIOD.search(after[:_first_stop(after)])
        found = later.group() if later and not later.group().startswith(("到", "至")) else None
    return found


def _time_only(clause: str) -> bool:
    """Whether a clause tells a time alone (2025年底是, 去年为) before its figure."""
    rest = _PERIOD.sub("", clause)
    return rest != clause and lexicon.TIME_CLAUSE_REST.fullmatch(rest) is not None


def _first_stop(s: str) -> int:
    m = _CLAUSE_STOP.search(s)
    return m.start() if m else len(s)


def _entity(s: str) -> str | None:
    """The place, organisation or region among the first words of ``s``: the subject
    (after a clause that opens with 围绕, 依托 …: that clause names a topic, not who; and
    not where something comes from, nor who reports it, nor a time told first, nor
    partners named first: 与四川等省区共建…)."""
    s = _unmarked(s)
    if lexicon.TOPIC_OPENERS.match(s) and (stop := _CLAUSE_STOP.search(s)):
        s = s[stop.end():]
    s = lexicon.SOURCE_PHRASE.sub("", s)
    s = lexicon.PARTNER_PHRASE.sub("", lexicon.ORIGIN_PHRASE.sub("", lexicon.LEADING_TIME.sub("", s)))
    # (渝农商行、重庆银行分别以…: a list of owners, each its own figure's, names none alone)
    if (firm := lexicon.FIRM_NAME.match(s)) and not lexicon.NOT_A_FIRM.match(firm["name"]) \
            and not s.startswith("、", firm.end()):
        return firm["name"]
    verb = False
    for word, tag in words.words_after(s[:16], limit=4):
        # an organisation right after a verb is what is acted on (接待法律咨询), not who acts
        if word in lexicon.OWNER_SCOPES or (tag in _ENTITY_TAGS and not (verb and tag == "nt")):
            return word
        verb = (tag or "").startswith("v")
    return None


def _share_whole_cut(clause: str) -> str:
    """A share's clause without the scope it is of (人均水资源量仅相当于全市的四分之一: 全市
    is the whole, 人均水资源量 what is shared)."""
    found = [m for m in lexicon.SHARE_SCOPE.finditer(clause) if len(clause) - m.end() <= SHARE_SCOPE_TAIL]
    return clause[:found[-1].start()] if found else clause


def _metric_before(clause: str) -> str | None:
    taken: list[str] = []
    after_preposition = False
    # 粮食产量2024年达到620万吨: a year between what is measured and the figure is no figure
    # (货运量2024年达到上年的1.5倍: nor the earlier time a multiple is of)
    clause = lexicon.SET_AT_END.sub("", _YEAR_BEFORE_FIGURE.sub("", lexicon.RATIO_TO_EARLIER.sub("", clause[-24:])))
    for word, tag in words.words_before(clause[-16:], limit=8):
        if word[0].isdigit() or word[0] in "%％":
            break  # another figure: what precedes it is that figure's phrase
        if not taken:
            # Skip what introduces the figure: 达, 同比增长, 定在, 控制在, 迈上.
            if word in lexicon.FIGURE_FILLER or _change_word(word) or tag in _STOP_TAGS or (tag == "v" and (
                    len(word) == 1 or after_preposition)):
                after_preposition = tag == "p" or word in lexicon.FIGURE_PREPOSITIONS
                continue
        elif tag in _STOP_TAGS or tag == "v" or word in lexicon.FIGURE_FILLER or _change_word(word):
            break
        if word in lexicon.OWNER_SCOPES or tag in _ENTITY_TAGS or _PERIOD.fullmatch(word) or _CLAUSE_STOP.match(word):
            break
        taken.append(word)
    return "".join(reversed(taken)) or None


def _change_word(word: str) -> bool:
    """上升, 回落, 下滑: a change's verb (however tagged) says how, not what; so does 比降
    of 同比降了, as the dictionary cuts it."""
    verb = word[1:] if len(word) == 2 and word[0] in "比较" else word
    return bool(lexicon.RISE_WORDS.fullmatch(verb) or lexicon.FALL_WORDS.fullmatch(verb))


def _metric_after(after: str, sized: bool = False) -> str | None:
    """What a count's measure word counts, named right after it (or after the 的 of a thing
    it sizes, ``sized``: 一支300人的巡河护卫队, whose first character the dictionary may
    leave a morpheme, zg)."""
    quoted = _QUOTED.match(after)
    if quoted:  # 10名“科技副总”: the name in quotes is what it counts
        return quoted.group(1)
    taken: list[str] = []
    for word, tag in words.words_after(after[:_first_stop(after)], limit=4):
        if (tag in _STOP_TAGS and not (sized and tag == "zg")) or tag == "v" or word in lexicon.FIGURE_FILLER:
            break
        taken.append(word)
    return "".join(taken) or None
