"""How a figure is framed beyond its value: what a change is compared with (同比, 环比),
whether it is the amount changed or the level reached (降低15%, 降至15%), what a
frequency counts per (每周, 每月), and what scope a share is of (全国, 全市). One figure
told word for word in two frames is two claims that cannot both be right: a conflict,
however alike the words."""

from __future__ import annotations

from typing import Any

from annotator import lexicon
from annotator.linking.facts import CLAUSE_STOP, Fact, clause_before, scope_spelled

STOCK_READ = 20  # how far before a figure 截至 may open its sentence (截至目前，325家)


def comparison_base(fact: Fact) -> str | None:
    """What a change is against: 同比 (a year before) or 环比 (the period before), whichever
    its clause names last; a growth in % that names no base is 同比, as statistics are
    reported (环比 is always said), unless it compares with something (比2019年) or is a
    level reached (增长到8.9%)."""
    if fact.claim.kind != "change":
        return None
    found = [(m.end(), "同比") for m in lexicon.YEAR_ON_YEAR.finditer(fact.tail)] + \
        [(m.end(), "环比") for m in lexicon.ON_PREVIOUS_PERIOD.finditer(fact.tail)]
    if found:
        return max(found)[1]
    # (the tail spells its change words 变)
    told = fact.claim.unit in ("%", "％") and fact.tail.endswith("变")
    reached = reach(fact)
    return "同比" if told and not lexicon.COMPARED_WITH.search(fact.tail) and not (reached and reached[0]) else None


# A frame as read: what tells two frames apart, and the words that say it.
Frame = tuple[object, str]


def reach(fact: Fact) -> Frame | None:
    """Whether a figure right after a change word is the level reached (缩短至20分钟) or
    the amount changed (缩短了20分钟), with the words that say so."""
    m = lexicon.CHANGE_REACH.search(_before(fact))
    return (m["to"] is not None, m["words"]) if m else None


def per(fact: Fact) -> Frame | None:
    """The period a frequency counts per, named in its clause (每周巡河不少于3次: 周)."""
    found = list(lexicon.PER_PERIOD.finditer(clause_before(fact)))
    if not found:
        return None
    period = lexicon.PER_PERIOD_SPELLINGS.get(found[-1]["period"], found[-1]["period"])
    return period, f"每{period}"


def scope(fact: Fact) -> Frame | None:
    """The scope a share is of, named in its clause (占全国份额超过50%: 全国)."""
    found = list(lexicon.SHARE_SCOPE.finditer(clause_before(fact))) if fact.claim.kind == "share" else []
    if not found:
        return None
    named = scope_spelled(found[-1]["scope"])
    return named, f"占{named}"


def tally(fact: Fact) -> Frame | None:
    """Whether a figure is a period's additions (新增, 新开通; 新落户 after it) or the whole
    standing so far (累计, 拥有, 截至目前), with the word that says so; additions where both
    are said (累计新增)."""
    clause, after = clause_before(fact), fact.sentence_text.partition("|")[2]
    flow = lexicon.FLOW_WORDS.search(clause) or lexicon.FLOW_AFTER.search(CLAUSE_STOP.split(after, 1)[0])
    if flow:
        return "flow", flow.group()
    stock = lexicon.STOCK_WORDS.search(clause) or lexicon.STOCK_OPENER.search(_before(fact)[-STOCK_READ:])
    return ("stock", stock.group()) if stock else None


def apart(a: Fact, b: Fact) -> tuple[str, dict[str, Any]] | None:
    """The frames in which two statements of one figure differ, as a conflict's code and
    params, or None where neither says or they agree."""
    bases = comparison_base(a), comparison_base(b)
    if bases[0] and bases[1] and bases[0] != bases[1]:  # 同比增长34.3% told as 环比
        return "comparison_base", {"a_base": bases[0], "b_base": bases[1]}
    if a.base_year and b.base_year and a.base_year != b.base_year:  # 比2020年 told as 比2019年
        return "comparison_base", {"a_base": f"比{a.base_year}年", "b_base": f"比{b.base_year}年"}
    # 降低15% as 降至15%, 每周 as 每月, 占全国 as 占全球, 新增 as 累计
    for read in (reach, per, scope, tally):
        x, y = read(a), read(b)
        if x and y and x[0] != y[0]:
            return "other_frame", {"a_frame": x[1], "b_frame": y[1]}
    return None


def _before(fact: Fact) -> str:
    """Its sentence up to the figure, numbers masked."""
    return fact.sentence_text.partition("|")[0]
