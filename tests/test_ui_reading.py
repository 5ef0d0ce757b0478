"""Reading the desk: Markdown headings look like headings and are no part of the first
sentence, the empty review panel is a strip, and titles keep their room and tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from ui_support import close_window, open_window, wait_for_jobs

from annotator.store import Store
from annotator.ui.articles_panel import TITLE, ArticleRole

MARKDOWN = "# 报告\n\n## 1 融通内外\n今年一季度，重庆外贸进出口总值达2215.5亿元，同比增长34.3%。\n"


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "r.db"
    with Store(path, editor="amy") as store:
        store.import_text("融通内外.md", MARKDOWN)
        store.import_text("other.txt", "今年前4月，重庆完成货物贸易进出口总值达2251.5亿元。")
    win = open_window(qtbot, path, tmp_path / "s.ini")
    win.resize(1366, 740)
    qtbot.wait(20)
    yield win
    close_window(win)


def _open(win, name):
    article = next(a for a in win.store.articles() if a.name == name)
    win.open_article(article.id)
    return article


def test_markdown_headings_render_as_headings(qtbot, window):
    win = window
    _open(win, "融通内外.md")
    document = win.view.document()
    body = document.findBlockByNumber(3)
    heading = next(b for b in (document.findBlockByNumber(i) for i in range(4))
                   if b.text().startswith("## "))
    cursor = QTextCursor(heading)
    cursor.setPosition(heading.position() + 5)  # inside 融通内外
    shown = cursor.charFormat()
    assert shown.fontWeight() == QFont.Weight.Bold
    body_size = QTextCursor(body).charFormat().fontPointSize() or win.view.font().pointSizeF()
    assert shown.fontPointSize() > body_size


def test_the_sentence_panel_never_runs_a_headline_into_the_first_sentence(qtbot, window):
    win = window
    article = _open(win, "融通内外.md")
    claim = next(c for c in win.store.claims(article.id) if c.text == "2215.5亿元")
    win.select_claim(claim.id)
    sentence = win.detail.sentence.text()
    assert "今年一季度" in sentence and "融通内外" not in sentence and "#" not in sentence


def test_the_empty_review_panel_is_a_strip(qtbot, window):
    win = window
    assert win.conflicts.list.count() == 0  # the finder has not run
    assert win.conflicts_dock.height() < win.height() // 6


def test_titles_keep_their_room_and_tooltips_show_them(qtbot, window):
    win = window
    table = win.articles.table
    assert table.columnWidth(TITLE) >= 6 * table.fontMetrics().horizontalAdvance("新")
    index = win.articles.proxy.index(0, TITLE)
    article = win.store.article(index.data(ArticleRole).id)
    assert index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == article.title


def test_the_review_panel_opens_once_the_finder_found_something(qtbot, window):
    win = window
    win.file_handlers.find_conflicts()
    wait_for_jobs(qtbot, win)
    qtbot.waitUntil(lambda: win.conflicts.list.count() > 0, timeout=10000)
    qtbot.waitUntil(lambda: win.conflicts_dock.height() >= win.height() // 5, timeout=2000)
