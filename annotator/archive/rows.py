"""One article as archive rows: its claims, their facts (``to_row``) and the facts'
block keys. Pure: the same article and id give the same rows on any machine."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from annotator.archive.sources import Part, Record, records
from annotator.extract import extract_claims
from annotator.linking.facts import ClaimValues, bulk, facts_of_article, to_row
from annotator.linking.guess import guess
from annotator.linking.retrieval import keys

# A claim's id is its article's id shifted left by this many bits, plus its place in the
# article: ids need no count of other articles' claims, so parts number their claims
# alone. A 20 MB article holds fewer than 2**24 claims (each takes two characters).
CLAIM_BITS = 24


@dataclass(frozen=True, slots=True)
class ArticleRows:
    article: tuple[Any, ...]   # id, name, title, published, edition, source, text
    claims: list[tuple[Any, ...]]  # id, article id, start, end, text, value, value_high, unit,
    #                      qualifier, kind, metric, entity, period
    facts: list[tuple[int, int, str]]  # claim id, article id, the fact's row as JSON
    keys: list[tuple[str, int, str, int]]   # key, year (0: none stated), owner ("": none), claim id


def article_rows(article_id: int, record: Record) -> ArticleRows:
    """Claims extracted, the date and edition guessed where the source gives none, as
    an import guesses them, and facts built as the finder builds a store's."""
    text = record.text
    guessed = guess(text)
    published = record.published or guessed.published
    edition = record.edition if record.edition is not None else guessed.edition
    claims = [ClaimValues((article_id << CLAIM_BITS) + i, c.start, c.end, c.text, c.value, c.value_high,
                          c.unit, c.qualifier, c.kind, c.metric, c.entity, c.period)
              for i, c in enumerate(extract_claims(text))]
    facts = facts_of_article(article_id, record.name, text, published, edition, claims)
    return ArticleRows(
        article=(article_id, record.name, guessed.title, published, edition, record.source, text),
        claims=[(c.id, article_id, c.start, c.end, c.text, c.value, c.value_high, c.unit,
                 c.qualifier, c.kind, c.metric, c.entity, c.period) for c in claims],
        facts=[(f.claim_id, article_id, json.dumps(to_row(f), ensure_ascii=False, allow_nan=False))
               for f in facts],
        keys=[(key, f.when.year or 0, f.entity or "", f.claim_id) for f in facts for key in sorted(keys(f))])


def part_rows(part: Part, ids: list[int | None]) -> list[ArticleRows | str]:
    """A part's articles as rows, those with an id (None: already archived), or for an
    article that cannot be read the line that says why."""
    if part.kind == "files":  # an archived file is not read again
        kept = [(f, i) for f, i in zip(part.files, ids) if i is not None]
        part = Part("files", part.path, tuple(f for f, _ in kept))
        ids = [i for _, i in kept]
    out: list[ArticleRows | str] = []
    with bulk():
        for record, article_id in zip(records(part), ids):
            if isinstance(record, str):
                out.append(record)
            elif article_id is not None:
                out.append(article_rows(article_id, record))
    return out
