"""What the store hands out: plain frozen records, read straight from rows.

Each record's fields are in its table's column order, so ``StoredClaim(*row)`` builds
one from ``SELECT <StoredClaim.columns()> ...`` without a dict per row: the claims
table of a 2,000-claim article is read in a few milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import Field, dataclass, fields
from typing import Any, ClassVar, Self

from annotator.extract import Claim

# disputed (存疑): found wrong, not yet corrected; a decision like the others
STATUSES = ("unchecked", "confirmed", "corrected", "rejected", "disputed")
QUALIFIERS = ("exact", "about", "nearly", "over", "under")
KINDS = ("amount", "change", "share", "rank")
RELATIONS = ("same", "conflict", "related", "inconsistent")
LINK_STATES = ("suggested", "accepted", "dismissed")
# The editor's side of a claim: what a decision changes and what undo restores.
DECISION_FIELDS = ("status", "corrected_value", "corrected_unit", "corrected_qualifier",
                   "note", "evidence", "decided_by", "decided_at")


class _Columns:
    """Mixin: the SELECT list that matches the record's fields, in order."""

    _STORED_AS: ClassVar[dict[str, str]] = {}  # field name → column name, where they differ
    # what @dataclass gives each record; declared so fields(cls) type-checks on the mixin
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @classmethod
    def columns(cls, table: str = "") -> str:
        prefix = f"{table}." if table else ""
        return ", ".join(prefix + cls._STORED_AS.get(f.name, f.name) for f in fields(cls))

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Self:
        return cls(*row)


@dataclass(frozen=True, slots=True)
class Article(_Columns):
    id: int
    name: str
    title: str
    source_path: str | None
    content_hash: str
    text: str
    published: str | None
    edition: int | None
    imported_at: str
    version: int


@dataclass(frozen=True, slots=True)
class ArticleStats(_Columns):
    """One line of the articles panel and of ``annotator stats``."""

    id: int
    name: str
    title: str
    published: str | None
    edition: int | None
    claims: int
    decided: int
    disputed: int  # of the decided, those the editor left in doubt (存疑)
    open_conflicts: int
    orphaned: int


@dataclass(frozen=True, slots=True)
class Correction:
    """What a corrected claim should have said."""

    value: float
    unit: str | None = None
    qualifier: str = "exact"


@dataclass(frozen=True, slots=True)
class StoredClaim(_Columns):
    """A ``Claim`` as the store keeps it: the extractor's fields and the editor's decision."""

    id: int
    article_id: int
    start: int
    end: int
    text: str
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str | None
    kind: str | None
    metric: str | None
    entity: str | None
    period: str | None
    origin: str
    extractor_version: str | None
    status: str
    corrected_value: float | None
    corrected_unit: str | None
    corrected_qualifier: str | None
    note: str | None
    evidence: str | None
    decided_by: str | None
    decided_at: str | None
    orphaned: int
    version: int

    @property
    def decided(self) -> bool:
        return self.status != "unchecked"

    @property
    def correction(self) -> Correction | None:
        if self.status != "corrected" or self.corrected_value is None:
            return None
        return Correction(self.corrected_value, self.corrected_unit,
                          self.corrected_qualifier or "exact")

    def claim(self) -> Claim:
        """The extractor's view of it (editor-added claims may lack a value: 0 then)."""
        return Claim(self.start, self.end, self.text, self.value or 0.0, self.value_high,
                     self.unit, self.qualifier or "exact", self.kind or "amount",
                     self.metric, self.entity, self.period)


@dataclass(frozen=True, slots=True)
class Link(_Columns):
    id: int
    relation: str
    origin: str
    state: str
    reason: str | None
    score: float | None
    members: tuple[int, ...]
    created_by: str
    created_at: str
    decided_by: str | None
    decided_at: str | None
    version: int
    code: str | None = None          # the finder's reason as a code (None: an editor's link,
    params: dict[str, Any] | None = None       # or one stored before codes), and what it is built from

    # the table keeps the members as sorted ids, comma-separated, and params as JSON
    _STORED_AS: ClassVar[dict[str, str]] = {"members": "members_key"}

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Self:
        members = tuple(int(x) for x in row[6].split(","))
        params = json.loads(row[13]) if row[13] else None
        # as one list: mypy cannot count the fields that follow a splatted slice
        return cls(*[*row[:6], members, *row[7:13], params])


@dataclass(frozen=True, slots=True)
class Event(_Columns):
    """One entry of the append-only history; ``before``/``after`` are parsed JSON."""

    id: int
    at: str
    editor: str
    action: str
    entity: str
    entity_id: int
    article_id: int | None
    before: Any  # parsed JSON: a row, an article's snapshot, a fingerprint or None
    after: Any
    undoes: int | None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Self:
        before, after = (json.loads(x) if x is not None else None for x in row[7:9])
        return cls(*[*row[:7], before, after, row[9]])


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one file or text did: ``status`` is new, updated, unchanged or failed."""

    name: str
    status: str
    article_id: int | None = None
    claims: int = 0
    kept: int = 0          # decisions carried over to the edited text
    orphaned: int = 0      # decisions whose claim the edited text no longer holds
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place that matches a search: in an article's text, or in a claim's note."""

    article_id: int
    article_name: str
    title: str
    start: int
    end: int
    snippet: str
    claim_id: int | None = None
