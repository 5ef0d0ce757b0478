"""An editor's changes to claims: decide, annotate, add a missed claim, delete it again.

Each change names the row version the editor loaded; if the claim moved on since (a
colleague decided it, a re-import touched it), the change is refused, not merged. Each
runs in the caller's transaction and records its event there.
"""

from __future__ import annotations

import math
import sqlite3

from annotator.extract import extract_claims
from annotator.numbers import parse_number
from annotator.store import history, rows
from annotator.store.anchor import anchor_at
from annotator.store.errors import InvalidInputError, NotFoundError
from annotator.store.records import DECISION_FIELDS, KINDS, QUALIFIERS, STATUSES, Correction
from annotator.store.rows import Row
from annotator.weburl import is_web_address


def decide(conn: sqlite3.Connection, editor: str, claim_id: int, version: int, status: str,
           correction: Correction | None, note: str | None, evidence: str | None) -> None:
    if status not in STATUSES:
        raise InvalidInputError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    if (status == "corrected") != (correction is not None):
        raise InvalidInputError("a correction goes with the status 'corrected', and only with it")
    changes = {"status": status, **_correction_fields(correction)}
    decided = status != "unchecked"
    changes.update(decided_by=editor if decided else None,
                   decided_at=history.now() if decided else None)
    changes.update(_note_fields(note, evidence))
    _change(conn, editor, claim_id, version, "decide", changes)


def annotate(conn: sqlite3.Connection, editor: str, claim_id: int, version: int,
             note: str | None, evidence: str | None) -> None:
    _change(conn, editor, claim_id, version, "annotate", _note_fields(note, evidence))


def _correction_fields(correction: Correction | None) -> Row:
    if correction is None:
        return {"corrected_value": None, "corrected_unit": None, "corrected_qualifier": None}
    try:
        value = float(correction.value)
    except (TypeError, ValueError):
        raise InvalidInputError(f"the corrected value {correction.value!r} is not a number") from None
    if not math.isfinite(value):
        raise InvalidInputError("the corrected value must be a finite number")
    if correction.qualifier not in QUALIFIERS:
        raise InvalidInputError(f"unknown qualifier {correction.qualifier!r}; use one of "
                                f"{', '.join(QUALIFIERS)}")
    return {"corrected_value": value, "corrected_unit": correction.unit or None,
            "corrected_qualifier": correction.qualifier}


def _note_fields(note: str | None, evidence: str | None) -> Row:
    """None leaves a field as it is; an empty string clears it."""
    fields: Row = {}
    if note is not None:
        fields["note"] = note.strip() or None
    if evidence is not None:
        evidence = evidence.strip() or None
        if evidence is not None and not is_web_address(evidence):
            raise InvalidInputError(f"evidence: {evidence[:80]!r} is not a web address "
                                    "(http:// or https://)")
        fields["evidence"] = evidence
    return fields


def _change(conn: sqlite3.Connection, editor: str, claim_id: int, version: int, action: str,
            changes: Row) -> None:
    current = rows.row_at_version(conn, "claims", claim_id, version)
    before = {f: current[f] for f in DECISION_FIELDS}
    rows.update_row(conn, "claims", claim_id, changes)
    history.record(conn, editor, action, "claim", claim_id, current["article_id"], before,
                   {**before, **changes})


def add_claim(conn: sqlite3.Connection, editor: str, article_id: int, start: int, end: int,
              overrides: Row) -> int:
    """A claim the extractor missed, on the span the editor selected; its id."""
    found = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if found is None:
        raise NotFoundError(f"article {article_id} does not exist")
    text = found[0]
    span = _checked_span(text, start, end)
    if conn.execute("SELECT 1 FROM claims WHERE article_id = ? AND start = ? AND end = ? "
                    "AND NOT orphaned", (article_id, start, end)).fetchone():
        raise InvalidInputError(f"“{span}” is already a claim")
    anchor = anchor_at(None, text, start, end)
    row = {"article_id": article_id, "start": start, "end": end, "text": span,
           **_read_span(span), **_checked_overrides(overrides),
           "anchor_before": anchor.before, "anchor_after": anchor.after, "origin": "editor"}
    claim_id = rows.insert_row(conn, "claims", row)
    history.record(conn, editor, "add_claim", "claim", claim_id, article_id, None,
                   rows.row(conn, "claims", claim_id))
    return claim_id


def _checked_span(text: str, start: int, end: int) -> str:
    if not (0 <= start < end <= len(text)):
        raise InvalidInputError(f"the span {start}–{end} is not inside the article "
                                f"(0–{len(text)})")
    span = text[start:end]
    if "\n" in span or not span.strip():
        raise InvalidInputError("a claim is a stretch of one line with some text in it")
    return span


def _read_span(span: str) -> Row:
    """What the extractor reads in the selected text, if anything."""
    claims = extract_claims(span)
    if not claims:
        return {"value": parse_number(span.strip()), "qualifier": "exact", "kind": "amount"}
    c = claims[0]
    return {"value": c.value, "value_high": c.value_high, "unit": c.unit,
            "qualifier": c.qualifier, "kind": c.kind}


def _checked_overrides(overrides: Row) -> Row:
    chosen = {k: v for k, v in overrides.items() if v is not None}
    if "value" in chosen:
        value = chosen["value"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInputError(f"value: {value!r} is not a number")
        try:
            chosen["value"] = float(value)
        except OverflowError:  # an int beyond any float
            raise InvalidInputError("value: must be a finite number") from None
        if not math.isfinite(chosen["value"]):
            raise InvalidInputError("value: must be a finite number")
    if chosen.get("qualifier", "exact") not in QUALIFIERS:
        raise InvalidInputError(f"unknown qualifier {chosen['qualifier']!r}")
    if chosen.get("kind", "amount") not in KINDS:
        raise InvalidInputError(f"unknown kind {chosen['kind']!r}")
    return chosen


def delete_claim(conn: sqlite3.Connection, editor: str, claim_id: int, version: int) -> None:
    current = rows.row_at_version(conn, "claims", claim_id, version)
    if current["origin"] != "editor":
        raise InvalidInputError("only a claim an editor added can be deleted; "
                                "reject an extracted one instead")
    conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
    history.record(conn, editor, "delete_claim", "claim", claim_id, current["article_id"],
                   current, None)
