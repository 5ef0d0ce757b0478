"""First guesses of an article's title, publication date and fair edition, from its text.

They are guesses an editor can correct: the linker resolves 今年 and 本届 against them,
so a wrong guess is fixed once on the article, not claim by claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from annotator import lexicon
from annotator.linking import periods
from annotator.numbers import parse_number

TITLE_MAX = 120
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# (?=\d): every date starts with a digit, and the lookahead lets a search skip the other
# characters at once, where the optional year was tried at each (0.11 → 0.05 ms an article)
_DATE = re.compile(r"(?=\d)(?:((?:19|20)\d\d)年)?(\d{1,2})月(\d{1,2})日")
_EDITION = re.compile(r"第([一二三四五六七八九十百〇零两\d]{1,4})届")
COMING_READ = 6  # characters before an edition read for a word saying it is still to come
# A year written this close before a bare 5月21日 is taken as that date's year
# (2025年1月1日至……的5月22日).
_YEAR_REACH = 60


@dataclass(frozen=True, slots=True)
class Guesses:
    title: str
    published: str | None
    edition: int | None


def guess(text: str) -> Guesses:
    return Guesses(guess_title(text), guess_published(text), guess_edition(text))


def guess_title(text: str) -> str:
    """The first non-empty line, without Markdown heading marks."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:TITLE_MAX]
    return ""


def guess_published(text: str) -> str | None:
    """The dateline's date; else the header's; else the date the article mentions most
    (the latest on a tie), as ``YYYY-MM-DD``.

    A date without a year takes the year written just before it, else the year the
    article mentions most (not a target after 到/力争). Without any year there is no
    guess.
    """
    dated = periods.dateline(text)
    if dated:
        return dated
    main_year = periods.main_year(text)
    # 本报讯（记者 陈曦）11月25日: the header's date, though it names no year, is the
    # article's; a date further down may be a plan's or a target's
    header = periods.header(text)
    if (first := _DATE.search(header)) and (year := _year_before(header, first.start()) or main_year):
        try:
            return date(year, int(first.group(2)), int(first.group(3))).isoformat()
        except ValueError:
            pass
    dates: Counter[date] = Counter()
    for m in _DATE.finditer(text):
        year = int(m.group(1)) if m.group(1) else _year_before(text, m.start()) or main_year
        if year is None:
            continue
        try:
            dates[date(year, int(m.group(2)), int(m.group(3)))] += 1
        except ValueError:  # 2月30日: a typo, not a date
            continue
    best = _most_common_latest(dates.elements())
    return best.isoformat() if best else None


def guess_edition(text: str) -> int | None:
    """The edition the article speaks of most (第八届 → 8), the latest on a tie: a piece
    comparing 第七届 with 第八届 is written at the eighth. One still to come (明年第九届) is
    none it speaks at."""
    read = [parse_number(m.group(1)) for m in _EDITION.finditer(text)
            if not lexicon.COMING_BEFORE.search(text, max(0, m.start() - COMING_READ), m.start())]
    editions = [int(e) for e in read if e is not None and e == int(e) and 0 < e < 1000]
    if not editions:
        return None
    counts = Counter(editions)
    top = max(counts.values())
    return max(e for e in editions if counts[e] == top)


def _year_before(text: str, pos: int) -> int | None:
    years = _YEAR.findall(text, max(0, pos - _YEAR_REACH), pos)
    return int(years[-1]) if years else None


def _most_common_latest(values: Iterable[date]) -> date | None:
    counts = Counter(values)
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], v))
