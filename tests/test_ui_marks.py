"""The current claim is outlined in the text, neighbouring figures stay two blocks
(10大类别90个), and the claims table has a qualifier column (近1400家 is not 1,400 家)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from ui_support import SEED_000, article_named, close_window, open_window, seeded_store

from annotator.store import Store
from annotator.ui import theme
from annotator.ui.claims_model import COLUMNS


@pytest.fixture
def window(qtbot, tmp_path):
    path = seeded_store(tmp_path / "m.db")
    with Store(path, editor="王编辑") as store:
        article = store.article(next(a.id for a in store.articles() if a.name.startswith(SEED_000)))
        start = article.text.index("10大类别90个")
        store.add_claim(article.id, start, start + len("10大类别"))  # right before 90个
    win = open_window(qtbot, path, tmp_path / "s.ini")
    win.resize(1300, 760)
    yield win
    close_window(win)


def _image(win):
    view = win.view
    return view.viewport().grab().toImage()


def _claim(win, text):
    return next(c for c in win.store.claims(article_named(win, SEED_000)) if c.text == text)


def test_neighbouring_figures_are_two_blocks_and_the_current_one_is_outlined(qtbot, window):
    win = window
    left, right = _claim(win, "10大类别"), _claim(win, "90个")
    win.open_article(left.article_id)
    win.select_claim(right.id)
    qtbot.wait(50)
    image = _image(win)
    view = win.view
    boundary = view._caret(right.start)  # where 10大类别 ends and 90个 begins
    middle = boundary.top() + boundary.height() // 2
    base = view.palette().base().color()
    assert image.pixelColor(QPoint(boundary.left(), middle)) in (base, QColor(theme.SELECTED_OUTLINE))
    # the current claim has a dark outline along its top edge, its neighbour none
    (rect,) = view._span_rects(right.start, right.end)
    top_mid = QPoint(rect.center().x(), rect.top())
    assert image.pixelColor(top_mid) == QColor(theme.SELECTED_OUTLINE)
    for other in view._span_rects(left.start, left.end):
        assert image.pixelColor(QPoint(other.center().x(), other.top())) != QColor(theme.SELECTED_OUTLINE)
    view.select_claim(None, scroll=False)  # no outline: the gap alone parts the two fills
    qtbot.wait(50)
    image = _image(win)
    assert image.pixelColor(QPoint(boundary.left() - 1, middle)) == base
    assert image.pixelColor(QPoint(boundary.left() + 3, middle)) != base


def test_the_qualifier_has_a_column_and_the_value_keeps_its_hedge(qtbot, window):
    win = window
    article = article_named(win, SEED_000)
    win.open_article(article)
    claim = next(c for c in win.store.claims(article) if c.text == "100多个")
    row = win.claims.row_of(claim.id)
    assert win.claims.index(row, COLUMNS.index("qualifier")).data() == "over"
    assert win.claims.index(row, COLUMNS.index("value")).data() == "超100个"
    assert win.claims.headerData(COLUMNS.index("qualifier"), Qt.Orientation.Horizontal) == "Qualifier"
