"""A data card (〔数据卡〕… a line a figure, each after its label and a colon: 2024年营业额：2.96亿元
⏎ 2025年营业额：3.58亿元 ⏎ 增幅：30.9%) read as the sentence it stands for (2024年营业额2.96亿元，
2025年营业额3.58亿元，增幅30.9%), so the arithmetic of prose reads it too: a card line's
colon goes, the line break between two card lines becomes a comma (and the one before the
card a full stop), every figure after moved back by the colons gone. A row of items
parted by slashes (适龄女生8640人／完成接种7430人／接种率86.0%) is read with commas there,
and a figure bracketed right after what it is of (常住人口（412.3万人）比户籍人口（398.6万人）多)
without its brackets, as a level told in the words (常住人口412.3万人比户籍人口398.6万人多). A verb
taking a share (花掉了开支的38.7%) is read as the 占 it means, and a form's line of items parted
by wide spaces (出车天数：26天　营运里程：7800公里) as a sentence, commas for the spaces."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from annotator import lexicon
from annotator.linking.facts import ClaimLike, Fact, by_line

LABEL = re.compile("[\u4e00-\u9fff0-9０-９A-Za-z（）()％%·]{1,16}")  # a card line's label: words only
LINE_END = re.compile("[ \t\u3000。；;]*")  # what may close a card line after its figure
CARD_LINES = 2  # lines a card has at least
BRACKET_HEDGE = 2  # how many characters of hedge (约, 近, 超过) a bracketed figure may have before it
COMPARED_READ = 12  # how far before a bracket the 比 or 较 of a base in it is read
HEDGE_ONLY = re.compile("(?:约|近|逾|超|超过|不到|不足)?")
ITEM_SPACE = re.compile("\u3000+| {2,}")  # what parts a form line's items (出车天数：26天　营运里程：…)
ITEM_END = re.compile("(?:（[^（）\n]{0,16}）)?[。；;]?")  # what may close an item after its figure
SHARE_VERB_READ = 16  # how far before a share the verb taking it (花掉了开支的) is read
ROW_SLASHES = 2  # slashes parting a line's items at least (城区4.26万人／乡村1.38万人／城乡比3.1:1)


class _Moved:
    """A claim read at another place (its text's colons before it gone)."""

    __slots__ = ("_claim", "end", "start")

    def __init__(self, claim: ClaimLike, by: int) -> None:
        self._claim, self.start, self.end = claim, claim.start - by, claim.end - by

    def __getattr__(self, name: str) -> Any:
        return getattr(self._claim, name)


def as_prose(facts: Sequence[Fact], text: str) -> tuple[list[Fact], str]:
    """The facts and text with each card read as one sentence (the facts of a card that of
    its first line); text and facts as they are where there is none."""
    text = _slashes_as_commas(facts, text)
    on_line = by_line(facts, text)
    cards = _cards(on_line, text)
    taken = _shares_taken(facts, text)
    commas, spaced = _spaced_items(on_line, text)
    dropped = sorted([colon for lines in cards for _, colon, _ in lines] + _label_brackets(facts, text)
                     + [at for start, end in taken for at in range(start + 1, end)] + spaced)
    if not dropped:
        return list(facts), text
    chars = list(text)
    for start, _ in taken:
        chars[start] = "占"
    for at in commas:
        chars[at] = "，"
    sentence_of: dict[int, int] = {}
    for lines in cards:
        if lines[0][0]:
            chars[lines[0][0] - 1] = "。"  # (a title line above is a sentence of its own)
        for start, _, _ in lines[1:]:
            chars[start - 1] = "，"
        sentence_of |= {f.claim_id: lines[0][0] for _, _, members in lines for f in members}
    kept = [0, *(at + 1 for at in dropped)]  # (the text between the dropped characters)
    prose = "".join("".join(chars[start:end]) for start, end in zip(kept, [*dropped, len(chars)], strict=True))

    def moved(at: int) -> int:
        return at - bisect.bisect_left(dropped, at)

    return [replace(f, claim=_Moved(f.claim, f.claim.start - moved(f.claim.start)),
                    sentence=moved(sentence_of.get(f.claim_id, f.sentence))) for f in facts], prose


def _cards(lines: dict[int, list[Fact]], text: str) -> list[list[tuple[int, int, list[Fact]]]]:
    """Runs of CARD_LINES or more lines in a row, each a label, a colon and one figure
    (its start, its colon's place, its fact), in the order of the text."""
    cards: list[list[tuple[int, int, list[Fact]]]] = []
    run: list[tuple[int, int, list[Fact]]] = []
    for start in sorted(lines):
        line = _card_line(start, lines[start], text)
        if line is not None and run and text.count("\n", run[-1][0], start) == 1:
            run.append(line)
            continue
        if len(run) >= CARD_LINES:
            cards.append(run)
        run = [line] if line is not None else []
    if len(run) >= CARD_LINES:
        cards.append(run)
    return cards


def _card_line(start: int, members: list[Fact], text: str) -> tuple[int, int, list[Fact]] | None:
    """A line that is a label, a colon and its one figure, and nothing after (but a stop)."""
    end = text.find("\n", start)
    colon = _item_colon(start, len(text) if end < 0 else end, members, text, LINE_END)
    return None if colon is None else (start, colon, members)


def _label_brackets(facts: Sequence[Fact], text: str) -> list[int]:
    """The places of the brackets that hold one figure alone (a hedge with it) right after
    the words it is of: 营业收入（8630亿元）中; not a figure told again in another unit
    (3万斤（1.5万公斤）), nor a bracket of words (增长5.2%（上年为4.8%）)."""
    if "（" not in text and "(" not in text:
        return []
    ends = {f.claim.end for f in facts}
    found = []
    for fact in facts:
        opened = text.rfind("（", max(0, fact.claim.start - BRACKET_HEDGE - 1), fact.claim.start)
        opened = max(opened, text.rfind("(", max(0, fact.claim.start - BRACKET_HEDGE - 1), fact.claim.start))
        per = lexicon.PER_WRITTEN_AFTER.match(text, fact.claim.end)  # (金价（2386美元/盎司）)
        closed = per.end() if per else fact.claim.end
        if opened < 1 or text[closed:closed + 1] not in ("）", ")") \
                or not HEDGE_ONLY.fullmatch(text, opened + 1, fact.claim.start) \
                or not "\u4e00" <= text[opened - 1] <= "\u9fff" or opened in ends \
                or text[closed + 1:closed + 2].isdigit() or text[closed + 1:closed + 2] == "的" \
                or lexicon.COMPARED_BEFORE.search(text, max(0, opened - COMPARED_READ), opened):
            continue  # (超过警戒水位（26.50米）3.15米, 较去年同期（B）多蓄D, 是…（B）的N倍: a base, read bracketed)
        found += [opened, closed]
    return found


def _spaced_items(lines: dict[int, list[Fact]], text: str) -> tuple[list[int], list[int]]:
    """A line of items a form parts by wide spaces, each a label, a colon and its one figure
    (出车天数：26天　营运里程：7800公里　实载率：78%), read as a sentence: the places where a comma
    stands for each space, and those of the colons and further spaces that go."""
    if "：" not in text and ":" not in text:
        return [], []
    commas: list[int] = []
    dropped: list[int] = []
    for start, members in lines.items():
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        gaps = list(ITEM_SPACE.finditer(text, start, end))
        bounds = [start, *(at for gap in gaps for at in gap.span()), end]
        items = list(zip(bounds[::2], bounds[1::2], strict=True))
        colons = [_item_colon(first, last, members, text) for first, last in items]
        if not gaps or None in colons:
            continue
        commas += [gap.start() for gap in gaps]
        dropped += [at for gap in gaps for at in range(gap.start() + 1, gap.end())] + [c for c in colons if c is not None]
    return commas, dropped


def _item_colon(start: int, end: int, members: list[Fact], text: str, ends: re.Pattern[str] = ITEM_END) -> int | None:
    """The colon of an item that is a label, a colon and one figure, closed by ``ends`` (a
    line's stop; an item's note in brackets)."""
    inside = [f for f in members if start <= f.claim.start < end]
    if len(inside) != 1:
        return None
    fact = inside[0]
    colon = fact.claim.start - 1
    if colon <= start or text[colon] not in "：:" or not LABEL.fullmatch(text, start, colon) \
            or not ends.fullmatch(text, fact.claim.end, end):
        return None
    return colon


def _shares_taken(facts: Sequence[Fact], text: str) -> list[tuple[int, int]]:
    """The verbs that take a share of a whole named right after them (花掉了开支的38.7%,
    独揽全队得分的53.4%), each read as the 占 it means."""
    found = []
    for fact in facts:
        if fact.claim.kind == "share" and text[fact.claim.start - 1:fact.claim.start] == "的":
            verb = lexicon.SHARE_TAKEN.search(text, max(0, fact.claim.start - SHARE_VERB_READ), fact.claim.start)
            found += [verb.span()] if verb else []
    return found


def _slashes_as_commas(facts: Sequence[Fact], text: str) -> str:
    """The text with the slashes of a line parted by ROW_SLASHES or more of them, outside
    any figure (5元／斤 keeps its own), read as commas."""
    if text.count("／") < ROW_SLASHES:
        return text  # (most texts: nothing to read, and no set of every claim's characters)
    inside = {i for f in facts for i in range(f.claim.start, f.claim.end)}
    chars = list(text)
    start = 0
    for line in text.split("\n"):
        slashes = [start + i for i, c in enumerate(line) if c == "／" and start + i not in inside]
        if len(slashes) >= ROW_SLASHES:
            for at in slashes:
                chars[at] = "，"
        start += len(line) + 1
    return "".join(chars)
