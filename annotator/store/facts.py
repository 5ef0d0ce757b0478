"""Stored facts: every claim's fact (``linking.facts``) kept beside it, rebuilt in the
transaction that changes its claim or article, and the indexed reads that find a
draft's candidates without reading the rest of the store.

Triggers (schema v4) note each article a write touches in ``facts_pending``; the write
rebuilds its facts before it commits. A fact counts its claim as decided: a corrected
claim by its corrected value, a rejected or orphaned one not at all.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import lz4.block

from annotator.claim import Claim
from annotator.linking.facts import (
    FACTS_VERSION,
    ROW_FIELDS,
    ClaimValues,
    Fact,
    facts_of_article,
    from_values,
    row_values,
)
from annotator.linking.retrieval import BLOCK_LIMIT, WINDOW, head, keys
from annotator.linking.units import dimension
from annotator.store import staged_keys
from annotator.store.errors import StoreError

# A claim as the finder reads it once decided: corrected value, unit and qualifier where
# the editor corrected it (as records.StoredClaim.correction reads them).
_FIXED = "(status = 'corrected' AND corrected_value IS NOT NULL)"
_DECIDED = (
    f"SELECT id, start, end, text, CASE WHEN {_FIXED} THEN corrected_value ELSE value END, "
    f"CASE WHEN {_FIXED} THEN NULL ELSE value_high END, "
    f"CASE WHEN {_FIXED} THEN coalesce(nullif(corrected_unit, ''), unit) ELSE unit END, "
    f"CASE WHEN {_FIXED} THEN coalesce(nullif(corrected_qualifier, ''), 'exact') "
    "ELSE qualifier END, kind, metric, entity, period FROM claims "
    "WHERE article_id = ? AND NOT orphaned AND status != 'rejected' ORDER BY start, id")
_PARAMS = 500  # ids per IN (…): well under SQLite's limit on variables
# What stored facts were built by: the finder's version and how a row is packed here;
# facts stored under another are rebuilt (``stale``). packed-2: LZ4, not zlib.
STORED_VERSION = f"{FACTS_VERSION}/packed-2"


@functools.lru_cache(maxsize=1 << 16)  # a key recurs from fact to fact (kind, unit, words)
def key_hash(key: str) -> int:
    """A block key as a signed 64-bit integer: an index entry a third the size."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big",
                          signed=True)


# The ids are the table's columns and lead a row: a row packed before its claim has an
# id (in an import's worker process) is stored as it is, its values after the ids.
assert ROW_FIELDS[:2] == ("claim_id", "article_id")


def pack(fact: Fact) -> bytes:
    """The row's values after the ids (ROW_FIELDS[2:]), compressed by LZ4: a twelfth of
    zlib's time (2 µs a row against 23; the import packs 20 an article) and a sixth of
    its time to read back, for rows 600 bytes long instead of 490."""
    blob: bytes = lz4.block.compress(_ENCODE(row_values(fact)[2:]).encode())
    return blob


# json.dumps' output with these options, without building an encoder for each row
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def unpack(claim_id: int, article_id: int, blob: bytes) -> Fact:
    """The fact ``pack`` stored. A full run unpacks every fact twice (a head at a time,
    then an article at a time): its JSON is read by ``raw_decode`` straight from the
    text, without ``json.loads``' layers (bytes sniffed for their encoding, whitespace
    matched either side), 25 → 22 µs a fact of which ``from_values`` takes 14."""
    text = lz4.block.decompress(blob).decode()
    row, end = _DECODER.raw_decode(text)
    values = [claim_id, article_id, *row]
    if end != len(text) or len(values) != len(ROW_FIELDS):
        raise ValueError(f"a stored fact of {len(values)} values, not {len(ROW_FIELDS)}")
    for i in _WORDS_AT:  # one string for one word, however many facts read it
        word = values[i]
        if word is not None:
            values[i] = _intern(word)
    return from_values(values)


_DECODER = json.JSONDecoder()
_intern = sys.intern


# the short strings a row repeats from fact to fact: units, kinds, owners, metrics
_WORDS_AT = [ROW_FIELDS.index(name) for name in (
    "article", "claim_unit", "claim_qualifier", "claim_kind", "claim_metric", "claim_entity",
    "claim_period", "entity", "metric", "dimension", "direction", "tail", "after")]


# --- writing ----------------------------------------------------------------------------

def refresh_pending(conn: sqlite3.Connection) -> None:
    """Rebuild the facts of the articles this transaction touched."""
    pending = [r[0] for r in conn.execute("SELECT article_id FROM facts_pending")]
    if pending:
        rebuild(conn, pending)
        conn.execute("DELETE FROM facts_pending")


def rebuild(conn: sqlite3.Connection, article_ids: Iterable[int]) -> int:
    """Write the facts of these articles afresh (a deleted one's go); how many facts."""
    written = 0
    for article_id in article_ids:
        _drop(conn, article_id)
        found = conn.execute("SELECT name, text, published, edition FROM articles "
                             "WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            conn.execute("DELETE FROM fact_articles WHERE article_id = ?", (article_id,))
            continue
        claims = [ClaimValues(*r) for r in conn.execute(_DECIDED, (article_id,))]
        name, text, published, edition = found
        built = facts_of_article(article_id, name, text, published, edition, claims)
        _write(conn, built)
        conn.execute("INSERT OR REPLACE INTO fact_articles (article_id, version) VALUES (?, ?)",
                     (article_id, STORED_VERSION))
        written += len(built)
    return written


def _drop(conn: sqlite3.Connection, article_id: int) -> None:
    old = conn.execute("SELECT claim_id, value, keys FROM facts WHERE article_id = ?",
                       (article_id,)).fetchall()
    if not old:
        return
    staged_keys.drop(conn, article_id)
    conn.executemany("DELETE FROM fact_keys WHERE key = ? AND value = ? AND claim_id = ?",
                     [(int(h), value, claim_id) for claim_id, value, hashes in old
                      for h in hashes.split(",") if h])
    conn.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))


def _write(conn: sqlite3.Connection, built: list[Fact]) -> None:
    _insert(conn, *rows_of(built))


def _insert(conn: sqlite3.Connection, fact_rows: list[Row], key_rows: list[Row]) -> None:
    conn.executemany("INSERT INTO facts (claim_id, article_id, value, keys, row) "
                     "VALUES (?, ?, ?, ?, ?)", fact_rows)
    conn.executemany("INSERT INTO fact_keys (key, value, claim_id, year, entity) "
                     "VALUES (?, ?, ?, ?, ?)", key_rows)


def rows_of(built: list[Fact]) -> tuple[list[Row], list[Row]]:
    """The ``facts`` and ``fact_keys`` rows of these facts."""
    rows, ids = packed(built), {f.claim_id: f.claim_id for f in built}
    return fact_rows(rows, built[0].article_id if built else 0, ids), key_rows(rows, ids)


Row = tuple[Any, ...]  # a row of ``facts`` or ``fact_keys``
# (claim id or index, value, key hashes, year, entity, blob)
Packed = tuple[int, float, list[int], int | None, str | None, bytes]


def packed(built: list[Fact]) -> list[Packed]:
    """Facts as stored, before their claims have ids (``claim_id`` then is an index)."""
    return [(f.claim_id, f.value, sorted(set(map(key_hash, keys(f)))), f.when.year,
             f.entity, pack(f)) for f in built]


def fact_rows(rows: list[Packed], article_id: int, ids: Mapping[int, int]) -> list[Row]:
    """The ``facts`` rows of packed facts, ``ids`` mapping each fact's index to its
    claim's id."""
    return [(ids[index], article_id, value, ",".join(map(str, hashes)), blob)
            for index, value, hashes, _, _, blob in rows]


def key_rows(rows: list[Packed], ids: Mapping[int, int]) -> list[Row]:
    """The ``fact_keys`` rows of packed facts."""
    return [(h, value, ids[index], year, entity)
            for index, value, hashes, year, entity, _ in rows for h in hashes]


def prepared(name: str, text: str, published: str | None, edition: int | None,
             claims: list[Claim]) -> list[Packed]:
    """A new article's facts, packed where its text was read (an import's worker): its
    claims as extracted, none decided yet, identified by their place in ``claims``."""
    values = [ClaimValues(i, c.start, c.end, c.text, c.value, c.value_high, c.unit,
                          c.qualifier, c.kind, c.metric, c.entity, c.period)
              for i, c in enumerate(claims)]
    return packed(facts_of_article(0, name, text, published, edition, values))


def write_prepared(conn: sqlite3.Connection, article_id: int, rows: list[Packed],
                   stage: bool = False) -> None:
    """A new article's facts packed by ``prepared``: its claims were inserted in order,
    so the n-th id is the n-th claim's. The article needs no rebuild before commit.
    ``stage``: its keys are staged, to be filed with a bulk import's (staged_keys.py)."""
    ids = dict(enumerate(r[0] for r in conn.execute(
        "SELECT id FROM claims WHERE article_id = ? ORDER BY id", (article_id,))))
    _insert(conn, fact_rows(rows, article_id, ids), [] if stage else key_rows(rows, ids))
    if stage:  # a fact's year and owner: its row holds its keys and value
        staged_keys.stage(conn, [(ids[index], year, entity)
                                 for index, _, _, year, entity, _ in rows])
    conn.execute("INSERT OR REPLACE INTO fact_articles (article_id, version) VALUES (?, ?)",
                 (article_id, STORED_VERSION))
    conn.execute("DELETE FROM facts_pending WHERE article_id = ?", (article_id,))


def stale(conn: sqlite3.Connection) -> list[int]:
    """Articles whose facts are missing (a store from before v4) or built by another
    facts version."""
    # the common case in two index counts: a write rebuilds (or drops) the facts of every
    # article it touches, so fact_articles never names an article that is gone
    current = conn.execute("SELECT count(*) FROM fact_articles WHERE version = ?",
                           (STORED_VERSION,)).fetchone()[0]
    if current == conn.execute("SELECT count(*) FROM articles").fetchone()[0]:
        return []
    return [r[0] for r in conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN fact_articles f ON f.article_id = a.id "
        "WHERE f.version IS NOT ? ORDER BY a.id", (STORED_VERSION,))]


# --- reading ----------------------------------------------------------------------------

def all_facts(conn: sqlite3.Connection) -> Iterator[Fact]:
    """Every stored fact, article by article, in text order within one."""
    for _, rows in _by_article(conn.execute("SELECT claim_id, article_id, row FROM facts "
                                            "ORDER BY article_id")):
        yield from _in_text_order(rows)


def by_head(conn: sqlite3.Connection) -> Iterator[list[Fact]]:
    """Every stored fact, a head (``retrieval.head``) at a time, each head's in the order
    ``all_facts`` gives: what ``linking.suggest`` judges one at a time. The largest head
    first: its facts are let go before the suggestions of the rest pile up."""
    heads: dict[str, list[int]] = defaultdict(list)
    for claim_id, kind, unit in conn.execute(
            "SELECT f.claim_id, c.kind, CASE WHEN " + _FIXED + " THEN "
            "coalesce(nullif(c.corrected_unit, ''), c.unit) ELSE c.unit END "
            "FROM facts f JOIN claims c ON c.id = f.claim_id"):
        # the claim as decided, as _DECIDED reads it: the kind and unit its fact has
        heads[head(kind, dimension(unit))].append(claim_id)
    for name, ids in sorted(heads.items(), key=lambda item: (-len(item[1]), item[0])):
        yield _of_head(conn, name, ids)  # held by the caller alone: let go when it is done


def _of_head(conn: sqlite3.Connection, name: str, ids: list[int]) -> list[Fact]:
    found = sorted(of_claims(conn, ids), key=lambda f: (f.article_id, f.claim.start, f.claim_id))
    if any(head(f.claim.kind, f.dimension) != name for f in found):
        raise StoreError("the stored facts are older than their claims: run the finder again")
    return found


def by_article(conn: sqlite3.Connection) -> Iterator[tuple[list[Fact], str]]:
    """Every article's stored facts, as ``all_facts`` gives them, with its text."""
    texts = conn.execute("SELECT id, text FROM articles ORDER BY id")
    article_id, text = 0, ""
    for wanted, rows in _by_article(conn.execute("SELECT claim_id, article_id, row FROM facts "
                                                 "ORDER BY article_id")):
        while article_id < wanted:  # every fact's article is there (rebuild drops the rest)
            article_id, text = next(texts)
        yield _in_text_order(rows), text


def _in_text_order(rows: Iterable[Row]) -> list[Fact]:
    """One article's facts from their rows, in the order of its text."""
    return sorted((unpack(*r) for r in rows), key=lambda f: (f.claim.start, f.claim_id))


def _by_article(rows: Iterable[Row]) -> Iterator[tuple[int, list[Row]]]:
    current: int = 0
    group: list[Row] = []
    for row in rows:
        if row[1] != current and group:
            yield current, group
            group = []
        current = row[1]
        group.append(row)
    if group:
        yield current, group


def of_articles(conn: sqlite3.Connection, article_ids: Iterable[int]) -> list[Fact]:
    found = []
    for article_id in sorted(set(article_ids)):
        found += _in_text_order(conn.execute(
            "SELECT claim_id, article_id, row FROM facts WHERE article_id = ?", (article_id,)))
    return found


def of_claims(conn: sqlite3.Connection, claim_ids: Iterable[int]) -> list[Fact]:
    ids = sorted(set(claim_ids))
    found = []
    for i in range(0, len(ids), _PARAMS):
        chunk = ids[i:i + _PARAMS]
        found += [unpack(*r) for r in conn.execute(
            f"SELECT claim_id, article_id, row FROM facts WHERE claim_id IN ({','.join('?' * len(chunk))})", chunk)]
    return found


def candidates(conn: sqlite3.Connection, drafts: list[Fact]
               ) -> tuple[list[Fact], frozenset[int]]:
    """The stored facts of other articles that share a block key with a draft's fact, as
    ``retrieval.parts`` would pair them: a whole block where it is small; in a large one
    the fact's year, then its owner, then the WINDOW values nearest either side. And the
    claims reached only through such windows (``find_links``'s ``wide``)."""
    mine = {f.article_id for f in drafts}
    ids: set[int] = set()
    windowed: set[int] = set()
    for fact in drafts:
        for key in keys(fact):
            near, window = _near(conn, key_hash(key), fact)
            (windowed if window else ids).update(near)
    wide = frozenset(windowed - ids)
    ids |= windowed
    found = [f for f in of_claims(conn, ids) if f.article_id not in mine]
    # the judge looks for a draft's figure among all of a candidate's article's figures
    # (another owner's or year's, linking._borrowed): those with a draft's value come too
    articles = sorted({f.article_id for f in found})
    values = sorted({f.value for f in drafts})
    for i in range(0, len(articles), _PARAMS):
        for j in range(0, len(values), _PARAMS):
            some, them = articles[i:i + _PARAMS], values[j:j + _PARAMS]
            found += [unpack(*r) for r in conn.execute(
                "SELECT claim_id, article_id, row FROM facts WHERE article_id IN "
                f"({','.join('?' * len(some))}) AND value IN ({','.join('?' * len(them))})",
                (*some, *them)) if r[0] not in ids]
    return found, wide


def _near(conn: sqlite3.Connection, key: int, fact: Fact) -> tuple[list[int], bool]:
    """The claims ``fact`` meets through one key, and whether through a window."""
    terms: list[str] = ["key = ?"]
    args: list[Any] = [key]
    found = _ids(conn, terms, args, BLOCK_LIMIT + 1)
    for column, value in (("year", fact.when.year), ("entity", fact.entity)):
        if len(found) <= BLOCK_LIMIT:
            return found, False
        if value is not None:  # an undated (or unowned) fact joins every group
            terms, args = [*terms, f"({column} = ? OR {column} IS NULL)"], [*args, value]
            found = _ids(conn, terms, args, BLOCK_LIMIT + 1)
    if len(found) <= BLOCK_LIMIT:
        return found, False
    where = " AND ".join(terms)
    above = conn.execute(f"SELECT claim_id FROM fact_keys WHERE {where} AND "
                         "(value, claim_id) > (?, ?) ORDER BY value, claim_id LIMIT ?",
                         (*args, fact.value, fact.claim_id, WINDOW)).fetchall()
    below = conn.execute(f"SELECT claim_id FROM fact_keys WHERE {where} AND "
                         "(value, claim_id) < (?, ?) ORDER BY value DESC, claim_id DESC "
                         "LIMIT ?", (*args, fact.value, fact.claim_id, WINDOW)).fetchall()
    return [r[0] for r in above + below], True


def _ids(conn: sqlite3.Connection, terms: list[str], args: list[Any], limit: int) -> list[int]:
    return [r[0] for r in conn.execute(
        f"SELECT claim_id FROM fact_keys WHERE {' AND '.join(terms)} LIMIT ?", (*args, limit))]


class Texts(Mapping[int, str]):
    """Articles' texts by id, read when asked: the finder wants only the few whose
    arithmetic it checks."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __getitem__(self, article_id: int) -> str:
        found = self.conn.execute("SELECT text FROM articles WHERE id = ?",
                                  (article_id,)).fetchone()
        if found is None:
            raise KeyError(article_id)
        text: str = found[0]
        return text

    def __iter__(self) -> Iterator[int]:
        return (r[0] for r in self.conn.execute("SELECT id FROM articles"))

    def __len__(self) -> int:
        count: int = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count
