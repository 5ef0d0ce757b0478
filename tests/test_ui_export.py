"""File ▸ Export asks what to export first: verified figures of this article by default,
or all claims of all articles; the spreadsheet holds just that."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from ui_support import (
    SEED_000,
    article_named,
    close_window,
    open_window,
    seeded_store,
    when_dialog_opens,
)

from annotator.ui.export_dialog import ExportDialog


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, seeded_store(tmp_path / "x.db"), tmp_path / "s.ini")
    yield win
    close_window(win)


def _export(qtbot, win, monkeypatch, target, choose) -> list[tuple]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def answer(dialog: ExportDialog):
        choose(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, ExportDialog, answer)
    win.findChild(QAction, "file.export(xlsx)").trigger()
    sheet = openpyxl.load_workbook(target).active
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]


def test_export_asks_verified_and_this_article_by_default(qtbot, window, monkeypatch, tmp_path):
    win = window
    article_id = article_named(win, SEED_000)
    win.open_article(article_id)
    claims = win.store.claims(article_id)
    win.store.decide(claims[0].id, claims[0].version, "confirmed")
    win.store.decide(claims[1].id, claims[1].version, "disputed")
    rows = _export(qtbot, win, monkeypatch, tmp_path / "a.xlsx", lambda d: None)
    assert sorted(r[2] for r in rows) == sorted([claims[0].text, claims[1].text])
    everything = _export(qtbot, win, monkeypatch, tmp_path / "b.xlsx",
                         lambda d: (d.every.setChecked(True), d.all_articles.setChecked(True)))
    assert len(everything) == win.store.count_claims()
