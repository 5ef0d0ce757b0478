"""Exports of claims with their decisions and links: CSV, JSON, JSON-LD and Markdown.

- CSV: one row per claim, UTF-8 with a byte-order mark, which is what makes Excel read
  Chinese correctly.
- JSON: everything, with provenance (extractor version, who decided what and when).
- JSON-LD: a schema.org ``ClaimReview`` per confirmed, corrected or disputed claim, the
  form fact checks are published in (rejected claims are "not a claim" and are not
  reviews).
- Markdown: a correction report per article that an editor can send to the writer.

Every field comes from users or articles, so none may turn into something else where the
file is opened: CSV text cells that a spreadsheet would read as a formula get a leading
``'`` (OWASP's advice), JSON escapes ``<``, ``>`` and ``&`` so that it can be pasted into
a ``<script>`` element, and Markdown fields are escaped and kept on one line.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import IO, Any, BinaryIO, TextIO

from annotator import __version__
from annotator.context import sentence_span
from annotator.extract import EXTRACTOR_VERSION
from annotator.formatting import format_value
from annotator.store import queries
from annotator.store.errors import InvalidInputError
from annotator.store.records import STATUSES, Article, Link, StoredClaim
from annotator.weburl import is_web_address

FORMATS = ("csv", "xlsx", "json", "jsonld", "md")
BINARY_FORMATS = ("xlsx",)  # written to a byte stream, the others to text
# Beyond the statuses: every decided claim, the figures checked (confirmed, corrected or
# found wrong: what a desk hands on), and decisions that lost their claim.
VERIFIED = ("confirmed", "corrected", "disputed")
STATUS_FILTERS = (*STATUSES, "decided", "verified", "orphaned")
# A disputed claim is one found wrong and not yet corrected: rated as false (有误).
RATINGS = {"confirmed": ("属实", 3), "corrected": ("已更正", 2), "disputed": ("有误", 1)}
STATUS_NAMES = {"unchecked": "未核", "confirmed": "属实", "corrected": "已更正",
                "rejected": "非数据", "disputed": "存疑"}
RELATION_NAMES = {"same": "相同", "conflict": "冲突", "related": "相关",
                  "inconsistent": "不一致"}
CSV_COLUMNS = ("article", "sentence", "claim text", "value", "as written", "unit", "qualifier",
               "kind",
               "metric", "period", "status", "correction", "note", "evidence",
               "linked claims", "entity", "start", "end", "orphaned", "decided by",
               "decided at", "extractor version")


@dataclass
class Selection:
    """The articles and claims an export covers, and the links among them."""

    articles: list[tuple[Article, list[StoredClaim]]]
    links: dict[int, list[Link]]         # claim id → its accepted links
    claim_places: dict[int, tuple[str, str]]  # claim id → (article name, claim text)


def export(conn: sqlite3.Connection, fmt: str, out: IO[Any], *, status: str | None = None,
           article: str | None = None, newsroom: str = "数核") -> None:
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    selection = select(conn, status, article)
    WRITERS[fmt](selection, out, newsroom)


def select(conn: sqlite3.Connection, status: str | None, article: str | None) -> Selection:
    keep = _status_filter(status)
    ids = ([queries.article_id_named(conn, article)] if article is not None else
           [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY name")])
    articles = []
    for article_id in ids:
        claims = [c for c in queries.claims_of(conn, article_id) if keep(c)]
        if claims or article is not None:
            articles.append((queries.article(conn, article_id), claims))
    # a suggestion the editor has not accepted is no link yet: it is not exported
    all_links = queries.links_of(conn, state="accepted")
    links: dict[int, list[Link]] = {}
    for link in all_links:
        for member in link.members:
            links.setdefault(member, []).append(link)
    places = _claim_places(conn, sorted({m for link in all_links for m in link.members}))
    return Selection(articles, links, places)


def _claim_places(conn: sqlite3.Connection, claim_ids: list[int]) -> dict[int, tuple[str, str]]:
    places: dict[int, tuple[str, str]] = {}
    for i in range(0, len(claim_ids), 500):
        chunk = claim_ids[i:i + 500]
        places.update((r[0], r[1:]) for r in conn.execute(
            "SELECT c.id, a.name, c.text FROM claims c JOIN articles a ON a.id = c.article_id "
            f"WHERE c.id IN ({', '.join('?' * len(chunk))})", chunk))
    return places


def _status_filter(status: str | None) -> Callable[[StoredClaim], bool]:
    if status is None:
        return lambda c: True
    if status not in STATUS_FILTERS:
        raise InvalidInputError(f"unknown status {status!r}; use one of {', '.join(STATUS_FILTERS)}")
    if status == "decided":
        return lambda c: c.decided
    if status == "verified":
        return lambda c: c.status in VERIFIED
    if status == "orphaned":
        return lambda c: bool(c.orphaned)
    return lambda c: c.status == status


# --- shared wording -------------------------------------------------------------------

def format_number(value: float | None) -> str:
    """``221550000000``, ``34.3``, ``6.6667``: never an exponent, never a trailing zero."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def correction_text(claim: StoredClaim) -> str:
    """``约1840列``, ``2251.5亿元``: the corrected figure as an editor writes it down."""
    fix = claim.correction
    if fix is None:
        return ""
    return format_value(fix.value, fix.unit, claim.kind, qualifier=fix.qualifier)


def written(claim: StoredClaim) -> str:
    """The extracted value as a paper writes it (``近1400家``), beside the bare number."""
    return format_value(claim.value, claim.unit, claim.kind, claim.value_high, claim.qualifier)


def sentence(article: Article, claim: StoredClaim) -> str:
    """The sentence the claim is in; none for an orphan, whose offsets are stale."""
    if claim.orphaned:
        return ""
    start, end = sentence_span(article.text, claim.start, claim.end)
    return article.text[start:end].replace("\n", "")


def _linked(selection: Selection, claim: StoredClaim) -> list[tuple[Link, str, str]]:
    """(link, other article, other claim text) for each other member of each link."""
    return [(link, *selection.claim_places[m]) for link in selection.links.get(claim.id, ())
            for m in link.members if m != claim.id and m in selection.claim_places]


# --- the formats ----------------------------------------------------------------------

def table_rows(selection: Selection) -> Iterator[tuple[Any, ...]]:
    """One row per claim in ``CSV_COLUMNS`` order, for the CSV and the spreadsheet: text
    cells as ``str`` (or None), numbers as numbers."""
    for article, claims in selection.articles:
        for c in claims:
            linked = "; ".join(f"{link.relation}: {name} “{text}”"
                               for link, name, text in _linked(selection, c))
            yield (article.name, sentence(article, c), c.text, c.value, written(c), c.unit,
                   c.qualifier, c.kind, c.metric, c.period, c.status, correction_text(c),
                   c.note, c.evidence, linked, c.entity, c.start, c.end,
                   "yes" if c.orphaned else "", c.decided_by, c.decided_at,
                   c.extractor_version)


def write_csv(selection: Selection, out: TextIO, newsroom: str) -> None:
    out.write("\ufeff")  # Excel reads UTF-8 Chinese only with the byte-order mark
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in table_rows(selection):
        writer.writerow([format_number(x) if isinstance(x, float) else
                         x if isinstance(x, int) else csv_text(x) for x in row])


# What a spreadsheet starts a formula with (tab and CR too: Excel skips them first).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str | None) -> str:
    """A text cell as text: ``=HYPERLINK(…)`` becomes ``'=HYPERLINK(…)``, shown as typed.
    Only text cells: a negative number stays a number."""
    value = value or ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_json(selection: Selection, out: TextIO, newsroom: str) -> None:
    links = {k.id: k for ks in selection.links.values() for k in ks}
    document = {
        "generator": f"annotator {__version__}",
        "extractor_version": EXTRACTOR_VERSION,
        "exported_at": _now(),
        "newsroom": newsroom,
        "articles": [_article_json(selection, a, claims) for a, claims in selection.articles],
        "links": [_link_json(selection, k) for k in sorted(links.values(), key=lambda k: k.id)],
    }
    write_json_text(document, out)


# In a <script> element these end it or start markup; U+2028/9 end a line in old JavaScript.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                  "\u2029": "\\u2029"}


def write_json_text(document: object, out: TextIO) -> None:
    """JSON that stays data where it is pasted: no ``</script>``, no ``Infinity``. The
    characters escaped can only occur inside strings, where ``\\u003c`` reads as ``<``."""
    text = json.dumps(_finite(document), ensure_ascii=False, indent=2, allow_nan=False)
    out.write(re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group()], text))
    out.write("\n")


def _finite(value: object) -> object:
    """Non-finite numbers (a store written before they were refused) as null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _article_json(selection: Selection, article: Article,
                  claims: list[StoredClaim]) -> dict[str, Any]:
    info = {k: v for k, v in asdict(article).items() if k != "text"}
    info["claims"] = [{**asdict(c), "orphaned": bool(c.orphaned),
                       "sentence": sentence(article, c),
                       "links": [k.id for k in selection.links.get(c.id, ())]} for c in claims]
    return info


def _link_json(selection: Selection, link: Link) -> dict[str, Any]:
    members = [{"claim_id": m, "article": selection.claim_places[m][0],
                "text": selection.claim_places[m][1]} for m in link.members]
    return {**asdict(link), "members": members}


def write_jsonld(selection: Selection, out: TextIO, newsroom: str) -> None:
    reviews = [_review(a, c, newsroom) for a, claims in selection.articles for c in claims
               if c.status in RATINGS]
    write_json_text({"@context": "https://schema.org", "@graph": reviews}, out)


def _review(article: Article, claim: StoredClaim, newsroom: str) -> dict[str, Any]:
    name, value = RATINGS[claim.status]
    appearance = {"@type": "NewsArticle", "headline": article.title, "name": article.name}
    if article.published:
        appearance["datePublished"] = article.published
    review = {
        "@type": "ClaimReview",
        "claimReviewed": sentence(article, claim) or claim.text,
        "reviewRating": {"@type": "Rating", "alternateName": name, "ratingValue": value,
                         "bestRating": 3, "worstRating": 1},
        "itemReviewed": {"@type": "Claim", "text": claim.text, "appearance": appearance},
        "author": {"@type": "Organization", "name": newsroom},
        "datePublished": (claim.decided_at or _now())[:10],
    }
    body = "；".join(x for x in (_correction_sentence(claim), claim.note) if x)
    if body:
        review["reviewBody"] = body
    if claim.evidence and is_web_address(claim.evidence):
        review["citation"] = claim.evidence
    return review


def _correction_sentence(claim: StoredClaim) -> str:
    fix = correction_text(claim)
    return f"原文“{claim.text}”有误，应为{fix}" if fix else ""


def write_markdown(selection: Selection, out: TextIO, newsroom: str) -> None:
    for index, (article, claims) in enumerate(selection.articles):
        if index:
            out.write("\n---\n\n")
        out.write(_report(selection, article, claims, newsroom))


def _report(selection: Selection, article: Article, claims: list[StoredClaim],
            newsroom: str) -> str:
    counts = {s: sum(1 for c in claims if c.status == s and not c.orphaned) for s in STATUSES}
    lines = [f"# 更正报告：{md(article.title)}", "",
             f"- 文章：{md(article.name)}（发布日期：{md(article.published or '未知')}"
             + (f"，第{article.edition}届" if article.edition else "") + "）",
             "- 核对：" + "，".join(f"{STATUS_NAMES[s]} {counts[s]} 条" for s in STATUSES),
             f"- {md(newsroom)}，{_now()[:10]}", ""]
    fixes = [c for c in claims if c.status == "corrected" and not c.orphaned]
    lines += _section("需要更正", [_fix_item(article, c) for c in fixes])
    conflicts = [(c, link, name, text) for c in claims for link, name, text in _linked(selection, c)
                 if link.relation in ("conflict", "inconsistent") and c.status == "unchecked"]
    # the finder's reason is English (the app renders its code): the relation says it here
    lines += _section("与已发表的数字不一致，待核", [
        f"- “{md(c.text)}”与 {md(name)} 的“{md(text)}”{RELATION_NAMES[link.relation]}"
        for c, link, name, text in conflicts])
    orphans = [c for c in claims if c.orphaned]
    lines += _section("原文已改、找不到位置的决定", [
        f"- “{md(c.text)}”：{STATUS_NAMES[c.status]}"
        + (f"（{md(c.decided_by)}）" if c.decided_by else "")
        + (f"，应为 {md(correction_text(c))}" if c.correction else "") for c in orphans])
    if not (fixes or conflicts or orphans):
        lines += ["没有需要更正的数字。", ""]
    return "\n".join(lines)


def _section(title: str, items: list[str]) -> list[str]:
    return [f"## {title}（{len(items)}）", "", *items, ""] if items else []


def _fix_item(article: Article, claim: StoredClaim) -> str:
    parts = [f"1. “{md(claim.text)}”应为 **{md(correction_text(claim))}**",
             f"   原句：{md(sentence(article, claim))}"]
    if claim.note:
        parts.append(f"   备注：{md(claim.note)}")
    if claim.evidence:
        parts.append(f"   依据：{md(claim.evidence)}")
    return "  \n".join(parts)


# The marks that start emphasis, code, a link or image, raw HTML, an entity, a table cell
# or strike-through mid-line (CommonMark, GFM); escaped, each reads as itself. Marks that
# act only at the start of a line (``-``, ``+``, ``1.``) cannot: fields never start one.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&])")
_LINE_BREAKS = re.compile("[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def md(text: str) -> str:
    """A field as literal text on its report line: no heading, link, image or raw HTML
    can start inside it, and a line break in a note cannot start a new block."""
    return _MD_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_xlsx(selection: Selection, out: BinaryIO, newsroom: str) -> None:
    from annotator.store.xlsx import write_table  # loaded only for a spreadsheet
    write_table(out, CSV_COLUMNS, table_rows(selection))


# each writes to a text stream, but those of BINARY_FORMATS to a byte stream
WRITERS: dict[str, Callable[[Selection, Any, str], None]] = {
    "csv": write_csv, "xlsx": write_xlsx, "json": write_json, "jsonld": write_jsonld,
    "md": write_markdown}
