"""存疑 (disputed): found wrong, not yet corrected. A state of its own in the store, the
exports, the progress counts and the desk; stores written before it open unchanged."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from test_store_support import SEED_000, first_claim
from ui_support import close_window, open_window, press

from annotator.store import Store, schema
from annotator.store import facts as stored_facts
from annotator.store.export import export


def test_a_store_of_the_previous_version_opens_with_its_decisions_and_takes_disputed(
        tmp_path, monkeypatch):
    path = tmp_path / "v2.db"
    with monkeypatch.context() as m:  # the store as today's release writes it
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        for writer in ("refresh_pending", "write_prepared"):  # no facts before v4
            m.setattr(stored_facts, writer, lambda *args: None)
        with Store(path, editor="amy") as store:
            store.import_text("a.txt", "重庆外贸进出口总值达2215.5亿元，增长4%。")
            first, second = store.claims(store.articles()[0].id)
            store.decide(first.id, first.version, "confirmed", note="核过")
    with Store(path, editor="amy") as store:
        kept = store.claim(first.id)
        assert (kept.status, kept.note) == ("confirmed", "核过")
        store.decide(second.id, second.version, "disputed")
        assert store.claim(second.id).status == "disputed"
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
    conn.close()
    assert list(tmp_path.glob("v2.db.v2-*.bak"))  # the copy made before the migration


def test_disputed_counts_as_decided_in_progress_and_stats(seeded):
    claim = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.decide(claim.id, claim.version, "disputed", note="统计局数字为2251.5亿元")
    stats = seeded.article_stats(claim.article_id)
    assert (stats.decided, stats.disputed) == (1, 1)
    assert [c.id for c in seeded.claims(claim.article_id) if c.status == "disputed"] == [claim.id]


def test_claimreview_rates_disputed_as_false(seeded):
    claim = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.decide(claim.id, claim.version, "disputed")
    out = io.StringIO()
    export(seeded.conn, "jsonld", out, status="disputed")
    (review,) = json.loads(out.getvalue())["@graph"]
    rating = review["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"]) == ("有误", 1)
    assert (rating["worstRating"], rating["bestRating"]) == (1, 3)


def test_the_stats_command_counts_disputed_as_decided(seeded_path, capsys):
    from annotator.cli import main
    with Store(seeded_path, editor="amy") as store:
        claim = first_claim(store, SEED_000, "2215.5亿元")
        store.decide(claim.id, claim.version, "disputed")
    assert main(["--db", str(seeded_path), "stats", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert (sum(r["decided"] for r in rows), sum(r["disputed"] for r in rows)) == (1, 1)
    assert main(["--db", str(seeded_path), "stats"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert "disputed" in table[0] and table[-1].split()[1:4] == ["192", "1", "1"]


@pytest.fixture
def window(qtbot, seeded_path, tmp_path):
    win = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    yield win
    close_window(win)


def test_d_disputes_the_current_claim_and_the_filter_finds_it(qtbot, window):
    win = window
    claim = first_claim(win.store, SEED_000, "2215.5亿元")
    win.open_article(claim.article_id)
    win.select_claim(claim.id)
    press(qtbot, win.table, Qt.Key.Key_D)
    assert win.store.claim(claim.id).status == "disputed"
    panel = win.claims_panel
    combo = panel.state_filter
    combo.setCurrentIndex(combo.findData("disputed"))
    assert combo.currentText() == "Disputed"
    assert panel.proxy.rowCount() == 1
    assert panel.claim_in_row(0).id == claim.id
