"""When a figure holds: the article's own year, and a claim's year, part of year and
edition with relative words (今年, 上届) resolved against it."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from annotator import lexicon
from annotator.numbers import parse_number

# 2025年5月21日, 2025-05-21, 2025.5.21: one kind of mark throughout (2019年12.3亿元 is no date)
_DATELINE = re.compile(r"((?:19|20)[0-9]{2})\s*(?:年\s*[0-9]{1,2}\s*月|(?P<mark>[-/.])\s*[0-9]{1,2}\s*(?P=mark))"
                       r"\s*[0-9]{1,2}(?![0-9])")
# a last line (2025年1月) in brackets, or a date alone on it (a notice's or a letter's,
# under its signature: 2025年12月5日, 二〇二五年十二月五日)
_DIGIT_YEAR = "[一二][〇零一二三四五六七八九]{3}"
_YEAR = re.compile(rf"((?:19|20)[0-9]{{2}}|{_DIGIT_YEAR})年")  # 2024年, 二〇二四年
_SIGN_OFF = re.compile(
    r"(?:^|\n)\s*(?:[（(]\s*(?P<bracketed>(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?)\s*[）)]"
    rf"|(?P<year>(?:19|20)[0-9]{{2}}|{_DIGIT_YEAR})年(?P<month>[0-9]{{1,2}}|十?[一二三四五六七八九十])月"
    r"(?P<day>[0-9]{1,2}|[一二三]?十?[一二三四五六七八九十])日)\s*$")
_SIGN_OFF_LENGTH = 24
# a header line that ends with a month (区商务委员会命题组　2026年6月): its first day
_HEADER_MONTH = re.compile(r"(?m)(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月[ \t\u3000]*$")
TARGET_AFTER_READ = 12  # how far after a year its clause may say it is a goal (2027年产业规模要超…)
_CLAUSE_END = re.compile("[，,。；;！？!?\n]")
YEAR_BACK = 60  # how far back 当年 looks for the year it refers to
_RELATIVE = re.compile("|".join(w for w in lexicon.RELATIVE_YEARS if w not in lexicon.THAT_YEAR))
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_HEADER_LINES = 3
_EDITION = re.compile(r"第([0-9一二三四五六七八九十]+)届")
_PLAN = re.compile("十[一二三四五六七]五")
_PAST = re.compile("|".join(word for word, shift in {**lexicon.RELATIVE_YEARS, **lexicon.RELATIVE_EDITIONS}.items()
                            if shift < 0))
_FIRST_MONTHS = r"前([0-9]{1,2}|[两二三四五六七八九十]{1,2})个月"  # 前两个月: January to February
_PART = re.compile(rf"[0-9一二三四]+季度|[上下]半年|前三季度|全年|[0-9]{{1,2}}(?:-|至|—)[0-9]{{1,2}}月|{_FIRST_MONTHS}"
                   r"|[0-9]{1,2}月")


@dataclass(frozen=True, slots=True)
class ArticleTime:
    """The year an article is written in, and whether it is only a guess from its text."""

    year: int | None
    guessed: bool
    edition: int | None = None


def article_time(text: str, published: str | None, edition: int | None) -> ArticleTime:
    """The article's date (its dateline, or the date the store has) wins; without one,
    the year the text mentions most is a guess (a target year after 到/力争/预计 is not
    when it is written), and so is a stored date of that year: the import guessed it."""
    dated = dateline(text)
    if dated:
        return ArticleTime(int(dated[:4]), False, edition)
    year = main_year(text)
    if published:
        # a date the import guessed from the text's own years is still a guess; one the
        # editor set to another year is not
        return ArticleTime(int(published[:4]), int(published[:4]) == year, edition)
    return ArticleTime(year, True, edition)


def header(text: str) -> str:
    """An article's first lines: its title, and its dateline or page header."""
    return "\n".join(text.lstrip().split("\n", _HEADER_LINES)[:_HEADER_LINES])


def dateline(text: str) -> str | None:
    """The date in an article's first lines (a dateline or a page header; a month alone
    ending a line, its first day), else in its sign-off (a last line （2025年1月）, its
    month's first day; or a date alone on the last line, under a notice's or a letter's
    signature), as YYYY-MM-DD."""
    found = _DATELINE.search(header(text)) or _HEADER_MONTH.search(header(text))
    if found:
        year, month, day = (int(n) for n in [*re.findall("[0-9]+", found.group()), 1][:3])
    else:
        signed = _SIGN_OFF.search(text.rstrip()[-_SIGN_OFF_LENGTH:])
        if not signed:
            return None
        if signed["bracketed"]:
            year, month, day = (int(n) for n in [*re.findall("[0-9]+", signed["bracketed"]), 1][:3])
        else:
            year = _year_number(signed["year"])
            month, day = (int(parse_number(signed[name]) or 0) for name in ("month", "day"))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


@functools.lru_cache(maxsize=1)
def main_year(text: str) -> int | None:
    """The year the text mentions most, the latest on a tie, targets and the starts of
    spans (自2021年起) left out. Kept for the last text asked: an import guesses its
    article's date and then builds its facts, and both ask."""
    years = Counter(_year(m) for m in _YEAR.finditer(text)
                    if not _target(text, m) and not _span_start(text, m))
    return max(years, key=lambda y: (years[y], y)) if years else None


def base_year(clause: str) -> int | None:
    """The year a change's clause compares with (比2020年提高, 与2019年相比), if it names one:
    one figure against two years is two facts."""
    found = [m for m in _YEAR.finditer(clause) if lexicon.BASE_TIME_BEFORE.search(clause, 0, m.start())]
    return _year(found[-1]) if found else None


def _year(m: re.Match[str]) -> int:
    return _year_number(m.group(1))


def _year_number(written: str) -> int:
    """A year as written, in digits or in Chinese numerals (二〇二四)."""
    return int(written.translate(_YEAR_DIGITS))


def _span_start(text: str, m: re.Match[str]) -> bool:
    return bool(lexicon.SPAN_START_BEFORE.search(text, max(0, m.start() - 2), m.start())
                or lexicon.SPAN_START_AFTER.match(text, m.end()))


def _target(text: str, year: re.Match[str]) -> bool:
    """到2030年, 力争2027年, 2030年市场规模将突破…: a target; but 从2020年的A增至2024年的B
    is a year gone by."""
    start = year.start()
    cue = lexicon.TARGET_BEFORE.search(text, max(0, start - 4), start)
    if cue is None:
        clause = _CLAUSE_END.split(text[year.end():year.end() + TARGET_AFTER_READ], 1)[0]
        return lexicon.TARGET_AFTER.search(clause) is not None
    if cue.group() not in ("到", "至"):
        return True
    clause = _CLAUSE_END.split(text[max(0, start - 30):start])[-1]
    return not ("从" in clause or "由" in clause or lexicon.CHANGE_WORD_BEFORE.search(clause[:-1]))


@dataclass(frozen=True, slots=True)
class When:
    year: int | None
    part: str | None
    edition: int | None
    assumed: bool = False  # the year came from a relative word and a guessed article year

    def describe(self) -> str:
        parts = [f"第{self.edition}届" if self.edition else "", str(self.year or ""), self.part or ""]
        return " ".join(p for p in parts if p) or "no stated time"


def when(period: str | None, sentence: str, article: ArticleTime, lead: str = "") -> When:
    """``lead``: the figure's paragraph up to it, where 本届 may refer to an edition named
    just before (第七届西洽会闭幕。本届签约…) rather than to the article's own."""
    # 去年第七届西洽会的…。本届西洽会发布的…: an edition named as a past one is not this one
    named = [m.group(1) for m in _EDITION.finditer(lead) if not _PAST.search(lead, max(0, m.start() - 3), m.start())]
    edition = parse_number(named[-1]) if named else None
    article = replace(article, edition=int(edition)) if edition else article
    year, part, assumed = None, None, False
    if period:
        explicit = _YEAR.search(period)
        if explicit:
            year = _year(explicit)
        elif article.year is not None:
            for word, shift in lexicon.RELATIVE_YEARS.items():
                if word in period:
                    year, assumed = article.year + shift, article.guessed
                    if word in lexicon.THAT_YEAR:  # 前年…；当年…: the year told just before
                        year, assumed = _year_told_before(lead[-YEAR_BACK:], article) or (year, assumed)
                    break
        plan = _PLAN.search(period)
        if plan:
            return When(None, plan.group(), _edition(sentence, article.edition))
        found = _PART.search(period)
        part = found.group() if found else None
        if year is None and part is None and "目前" in period and article.year:
            year, assumed = article.year, article.guessed
    return When(year, part, _edition(sentence, article.edition), assumed)


def _year_told_before(lead: str, article: ArticleTime) -> tuple[int, bool] | None:
    """The last year ``lead`` names, written out or relative to the article's, if any."""
    told = [(m.start(), _year(m), False) for m in _YEAR.finditer(lead)]
    assert article.year is not None
    told += [(m.start(), article.year + lexicon.RELATIVE_YEARS[m.group()], article.guessed)
             for m in _RELATIVE.finditer(lead)]
    return max(told)[1:] if told else None


def _edition(sentence: str, article_edition: int | None) -> int | None:
    explicit = _EDITION.search(sentence)
    if explicit:
        value = parse_number(explicit.group(1))
        return int(value) if value else None
    if article_edition is None:
        return None
    for word, shift in lexicon.RELATIVE_EDITIONS.items():
        if word in sentence:
            return article_edition + shift
    return None


def comparable(a: When, b: When) -> bool:
    """No stated time matches any; a five-year plan matches only itself. A year resolved
    from a guessed article year (今年 in an undated draft) is read both ways: as that year
    and as the one next to it."""
    if a == b:
        return True
    plans = [w.part for w in (a, b) if w.part and _PLAN.fullmatch(w.part)]
    if plans and (len(plans) < 2 or plans[0] != plans[1]):
        return False
    return (_years_meet(a, b)
            and (a.part is None or b.part is None or a.part == b.part or months(a.part) == months(b.part))
            and (a.edition is None or b.edition is None or a.edition == b.edition))


def _years_meet(a: When, b: When) -> bool:
    if a.year is None or b.year is None or a.year == b.year:
        return True
    # (an undated text is written in the year it names most or later: 去年 may be two on)
    return (a.assumed and -1 <= b.year - a.year <= 2) or (b.assumed and -1 <= a.year - b.year <= 2)


def stated_apart(a: When, b: When) -> bool:
    """Both state a time, and the times differ: two years, two editions, or two spans of
    months (1-2月 and 一季度; one month alone may be a date, not the figure's span)."""
    return (a.year is not None and b.year is not None and a.year != b.year and not _years_meet(a, b)) \
        or (a.edition is not None and b.edition is not None and a.edition != b.edition) \
        or spans_apart(months(a.part), months(b.part))


def spans_apart(x: tuple[int, int] | None, y: tuple[int, int] | None) -> bool:
    return x is not None and y is not None and x != y and x[0] < x[1] and y[0] < y[1]


def months(part: str | None) -> tuple[int, int] | None:
    """The first and last month a part of a year spans: 一季度 and 1-3月 are (1, 3)."""
    if part is None:
        return None
    if part in lexicon.YEAR_PARTS:
        return lexicon.YEAR_PARTS[part]
    if part.endswith("季度"):
        quarter = _QUARTERS.index(part[0]) + 1 if part[0] in _QUARTERS else int(part[0])
        return 3 * quarter - 2, 3 * quarter
    first = re.fullmatch(_FIRST_MONTHS, part)
    if first:
        return 1, int(parse_number(first.group(1)) or 0)
    ends = [int(n) for n in re.findall("[0-9]+", part)]
    return (ends[0], ends[-1]) if ends else None


_QUARTERS = "一二三四"
