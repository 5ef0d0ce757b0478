"""What the editor sees of counts, columns and the window: the conflict count, a long
correction, the metric on the next start, the progress bar, the window on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import (
    SEED_000,
    SEED_003,
    article_named,
    claim_named,
    close_window,
    open_window,
    press,
    seeded_store,
    when_dialog_opens,
)

from annotator.store import Store
from annotator.ui.articles_panel import CONFLICTS, PROGRESS
from annotator.ui.claims_model import COLUMNS
from annotator.ui.dialogs import CorrectDialog, LinkDialog


@pytest.fixture
def store_path(tmp_path):
    return seeded_store(tmp_path / "layout.db")


def column_rect(win, name: str) -> tuple[int, int]:
    header = win.table.horizontalHeader()
    column = COLUMNS.index(name)
    return header.sectionViewportPosition(column), header.sectionSize(column)


def one_character(win) -> int:
    return win.table.fontMetrics().horizontalAdvance("国")


def test_the_other_articles_conflict_count_shows_as_soon_as_they_are_linked(qtbot, store_path, tmp_path):
    win = open_window(qtbot, store_path, tmp_path / "s.ini")
    claim = claim_named(win, SEED_003, "1804列")
    other = article_named(win, SEED_000)
    win.open_article(claim.article_id)
    win.select_claim(claim.id)

    def as_conflict(dialog: LinkDialog):
        dialog.search.query.setText("2215.5")
        dialog.search.hits.setCurrentRow(0)
        dialog.relation.setCurrentIndex(dialog.relation.findData("conflict"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, LinkDialog, as_conflict)
    press(qtbot, win.table, Qt.Key.Key_L)
    model = win.articles.model
    for article_id in (claim.article_id, other):
        assert model.index(model.row_of(article_id), CONFLICTS).data() == "⚠ 1"
    close_window(win)


def test_a_long_correction_keeps_the_state_and_the_metric_in_view(qtbot, store_path, tmp_path):
    win = open_window(qtbot, store_path, tmp_path / "s.ini")
    win.resize(1366, 740)  # a laptop screen, the window as it opens there
    claim = claim_named(win, SEED_000, "2215.5亿元")
    win.select_claim(claim.id)

    def fix(dialog: CorrectDialog):
        dialog.value.setText("2251.5亿")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, CorrectDialog, fix)
    press(qtbot, win.table, Qt.Key.Key_E)
    assert win.store.claim(claim.id).status == "corrected"
    room = win.table.viewport().width()
    left, width = column_rect(win, "state")
    assert 0 <= left and left + width <= room, "the state column is pushed off screen"
    assert column_rect(win, "metric")[1] >= 4 * one_character(win), "the metric is squeezed to …"
    row = win.claims_filter.mapFromSource(win.claims.index(win.claims.row_of(claim.id), 1))
    assert "→ 2251.5亿元" in row.data(Qt.ItemDataRole.ToolTipRole)  # whole, where the cell cuts it
    close_window(win)


def test_the_next_start_opens_with_the_layout_the_editor_left(qtbot, store_path, tmp_path):
    settings = tmp_path / "s.ini"
    win = open_window(qtbot, store_path, settings)
    main = win.centralWidget()  # the splitter of the three panes
    win.setGeometry(20, 60, 740, 680)  # on the screen, with room for a title bar
    main.setSizes([150, 220, 390])  # the claims table widened to read the metric
    left = (win.geometry(), main.sizes(), column_rect(win, "metric")[1])
    assert left[2] >= 4 * one_character(win)
    close_window(win)

    win = open_window(qtbot, store_path, settings)
    main = win.centralWidget()  # the splitter of the three panes
    assert (win.size(), main.sizes(), column_rect(win, "metric")[1]) == (left[0].size(), *left[1:])
    assert (win.geometry().topLeft() - left[0].topLeft()).manhattanLength() <= 6  # frame rounding
    close_window(win)


def test_the_window_opens_within_the_available_screen(qtbot, store_path, tmp_path):
    win = open_window(qtbot, store_path, tmp_path / "s.ini")
    available = win.screen().availableGeometry()
    assert available.contains(win.frameGeometry()), (win.frameGeometry(), available)
    assert win.minimumSizeHint().width() <= available.width()
    close_window(win)


def test_the_progress_bar_never_covers_its_text(qtbot, store_path, tmp_path):
    with Store(store_path, editor="x") as store:
        for claim in store.claims(1):
            store.decide(claim.id, claim.version, "confirmed")
    win = open_window(qtbot, store_path, tmp_path / "s.ini")
    win.resize(1366, 740)
    win.open_article(2)  # the finished article is not the current row: no selection colour
    table = win.articles.table
    cell = table.visualRect(win.articles.proxy.index(win.articles.model.row_of(1), PROGRESS))
    image = table.viewport().grab(cell).toImage()
    metrics = table.fontMetrics()
    text = metrics.horizontalAdvance(win.articles.model.index(win.articles.model.row_of(1), PROGRESS).data())
    assert cell.width() >= text, "the column cuts the count short"

    def coloured(y: int) -> bool:  # any pixel of the row that is neither grey nor white
        return any(_saturation(image.pixelColor(x, y)) > 60 for x in range(image.width()))

    rows = [y for y in range(image.height()) if coloured(y)]
    assert rows, "no bar is drawn"
    text_bottom = (cell.height() + metrics.height()) // 2  # the text is centred in the cell
    assert min(rows) >= text_bottom - 2, f"the bar reaches up to {min(rows)}, into the text"
    close_window(win)


def _saturation(colour: QColor) -> int:
    return colour.hsvSaturation() if colour.value() > 40 else 0
